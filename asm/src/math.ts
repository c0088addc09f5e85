// SIMD polynomial approximations of the transcendentals, four float32 lanes at a
// time. Each function states its error bound; tests/math_test.ts checks it
// against float64 Math (and a float64 erf) on dense and random samples.
//
// Errors are in ulp of the exact result: |got - exact| / ulp(exact), where
// ulp(y) = 2^(floor(log2 |y|) - 23) for normal y and 2^-149 for subnormal y.
// How the bounds were found: the float32-lane functions exhaustively over
// every float32 with |x| in [2^-30, 128), both signs (log: every positive
// float32), where they do their work, and on every 101st bit pattern of the
// whole range, where outside that band they are saturated, linear in x or an
// exact limit; the float64-lane functions on every 101st bit pattern (erf and
// gelu every 1001st). `relaxed_madd` was measured both fused (V8 on x86-64
// with FMA, exhaustively) and unfused (what V8 emits without FMA, sampled):
// each stated bound covers both.
//
// Two precisions:
// - float32 lanes (exp, expm1, log, log1p, tanh, sigmoid, softplus): fast,
//   errors of 1 to 2.5 ulp.
// - float64 pairs (sin, cos, erf, gelu, rsqrt): each float32x4 is widened to
//   two f64x2 halves, evaluated with float64 polynomials accurate to ~1e-11,
//   and rounded once: within 0.501 ulp (correctly rounded but for near-ties).
//   sin, cos, erfc and gelu's tail are exponentially or periodically
//   sensitive to rounding in their arguments, which float32 arithmetic
//   cannot hold to a few ulp.
//
// These are building blocks for kernels (unary.ts, binary.ts), not exports.
// Everything here is a pure function of its lanes, so SIMD bodies and scalar
// tails (which run the same code on a padded vector) agree bit for bit.

// Clamps use pmin/pmax (x first): one x86 instruction each where min/max cost
// several, and x < c ? c : x still passes NaN through.

// @ts-ignore: decorator
@inline function fma(a: v128, b: v128, c: v128): v128 {
  return f32x4.relaxed_madd(a, b, c);
}
// @ts-ignore: decorator
@inline function fma64(a: v128, b: v128, c: v128): v128 {
  return f64x2.relaxed_madd(a, b, c);
}
// @ts-ignore: decorator
@inline function splat(x: f32): v128 {
  return f32x4.splat(x);
}
// @ts-ignore: decorator
@inline function splat64(x: f64): v128 {
  return f64x2.splat(x);
}

const SIGN: i32 = 0x80000000;

/** |x| with the sign bit of `s` (copysign for four lanes). */
// @ts-ignore: decorator
@inline function copysign_v(x: v128, s: v128): v128 {
  return v128.bitselect(s, x, i32x4.splat(SIGN));
}

// ---------------------------------------------------------------- exp

const LOG2E: f32 = 1.44269504088896341;
// ln 2 split in a part exact in float32 and a correction (Cody-Waite reduction).
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.12194440e-4;

// e^r - 1 for |r| <= ln2/2, as r + r² p(r) with Cephes' degree-5 minimax p
// for (e^r - 1 - r) / r². Relative error below 1 ulp of the result.
// @ts-ignore: decorator
@inline function expm1_r(r: v128): v128 {
  let p = splat(1.9875691500e-4);
  p = fma(p, r, splat(1.3981999507e-3));
  p = fma(p, r, splat(8.3334519073e-3));
  p = fma(p, r, splat(4.1665795894e-2));
  p = fma(p, r, splat(1.6666665459e-1));
  p = fma(p, r, splat(5.0000001201e-1));
  return fma(p, f32x4.mul(r, r), r);
}

// round(x log2 e) + 1.5·2^23: the addition rounds the product to an integer
// (ties to even, as f32x4.nearest), which then sits in the low mantissa bits:
// n = t - 1.5·2^23 as a float, t's bits - 0x4B400000 as an integer (|n| < 2^22).
// Cheaper than nearest + trunc_sat, whose saturation costs several x86 ops.
const ROUND_BIAS: f32 = 12582912.0;
const ROUND_BIAS_BITS: i32 = 0x4b400000;
// @ts-ignore: decorator
@inline function round_bias(x: v128): v128 {
  return f32x4.add(f32x4.mul(x, splat(LOG2E)), splat(ROUND_BIAS));
}

// x = n ln2 + r: returns r; `n` must be round(x log2 e). Exact up to the
// rounding of n ln2_lo (|n| < 2^9 keeps n ln2_hi exact).
// @ts-ignore: decorator
@inline function reduce_ln2(x: v128, n: v128): v128 {
  const r = f32x4.sub(x, f32x4.mul(n, splat(LN2_HI)));
  return f32x4.sub(r, f32x4.mul(n, splat(LN2_LO)));
}

// y 2^n for integer n in [-252, 254], as two exponent-field scalings so that
// neither factor overflows; the second multiply rounds once into subnormals.
// @ts-ignore: decorator
@inline function scale_2n(y: v128, ni: v128): v128 {
  const n1 = i32x4.shr_s(ni, 1);
  const n2 = i32x4.sub(ni, n1);
  const bias = i32x4.splat(127);
  const s1 = i32x4.shl(i32x4.add(n1, bias), 23);
  const s2 = i32x4.shl(i32x4.add(n2, bias), 23);
  return f32x4.mul(f32x4.mul(y, s1), s2);
}

/**
 * e^x for four lanes. Max error 1.02 ulp over all float32 x (measured 1.0114
 * at x = 70.39; subnormal results are rounded once): e^x = +inf above
 * 88.7228, +0 below -103.973, e^-inf = 0, NaN for NaN.
 *
 * Reduction: x = n ln2 + r with n = round(x log2 e), |r| <= ln2 / 2; e^r by a
 * degree-6 minimax polynomial (Cephes' coefficients); 2^n applied as two
 * exponent-field scalings so that n in [-150, 128] never overflows the field.
 */
// @ts-ignore: decorator
@inline export function exp_v(x: v128): v128 {
  x = f32x4.pmin(f32x4.pmax(x, splat(-104)), splat(89));
  const t = round_bias(x);
  const n = f32x4.sub(t, splat(ROUND_BIAS));
  const r = reduce_ln2(x, n);
  const y = f32x4.add(expm1_r(r), splat(1));
  return scale_2n(y, i32x4.sub(t, i32x4.splat(ROUND_BIAS_BITS)));
}

/**
 * e^x - 1 for four lanes. Max error 2 ulp over all float32 x (relative, so
 * tiny x keep full precision: expm1(x) = x for |x| < 2^-24); expm1(±0) = ±0,
 * +inf above 88.7228, -1 below -17.33 (and for -inf), NaN for NaN.
 *
 * Same reduction as exp. For n <= 24: expm1(x) = 2^n expm1(r) + (2^n - 1),
 * where the product is exact (a power-of-two scaling), so the one rounding of
 * the sum is the same fused or not. For n > 24 (x > 16.98) the -1 is below
 * half an ulp: expm1(x) = e^x, computed as exp does.
 */
// @ts-ignore: decorator
@inline export function expm1_v(x: v128): v128 {
  const xc = f32x4.pmin(f32x4.pmax(x, splat(-30)), splat(89));
  const t = round_bias(xc);
  const n = f32x4.sub(t, splat(ROUND_BIAS));
  const em = expm1_r(reduce_ln2(xc, n));
  const ni = i32x4.sub(t, i32x4.splat(ROUND_BIAS_BITS));
  // 2^min(n, 24) directly in the exponent field (n >= -44 here).
  const s = i32x4.shl(i32x4.add(i32x4.min_s(ni, i32x4.splat(24)), i32x4.splat(127)), 23);
  const small = fma(s, em, f32x4.sub(s, splat(1)));
  const big = scale_2n(f32x4.add(em, splat(1)), ni);
  const r = v128.bitselect(big, small, i32x4.gt_s(ni, i32x4.splat(24)));
  // e^x - 1 has the sign of x (this also gives expm1(-0) = -0).
  return copysign_v(r, x);
}

// e^z for z <= 0 (or NaN), the same bits as exp_v(z) in fewer steps: no upper
// clamp, and 2^n (n in [-150, 0]) applied as an exact multiply by 2^(n + 64)
// (a normal float) and one by 2^-64, which rounds once into subnormals as
// exp_v's second scaling does.
// @ts-ignore: decorator
@inline export function exp_neg_v(z: v128): v128 {
  z = f32x4.pmax(z, splat(-104));
  const t = round_bias(z);
  const n = f32x4.sub(t, splat(ROUND_BIAS));
  const y = f32x4.add(expm1_r(reduce_ln2(z, n)), splat(1));
  // 2^(n + 64) from the exponent field (bias 127 folded in), exact to apply
  const s64 = i32x4.shl(i32x4.sub(t, i32x4.splat(ROUND_BIAS_BITS - 191)), 23);
  return f32x4.mul(f32x4.mul(y, s64), splat(5.421010862427522e-20));
}

/** -|x|: x with its sign bit set. */
// @ts-ignore: decorator
@inline function neg_abs(x: v128): v128 {
  return v128.or(x, i32x4.splat(SIGN));
}

// ---------------------------------------------------------------- log

const SQRT_HALF: f32 = 0.707106781186547524;

/**
 * Natural log for four lanes. Max error 1 ulp for positive normal and subnormal
 * inputs; log(±0) = -inf, log(x < 0) = NaN, log(+inf) = +inf, NaN for NaN.
 *
 * Reduction: x = m 2^e with m in [sqrt(1/2), sqrt(2)); log(1 + f) with
 * f = m - 1 by Cephes' degree-9 polynomial; e ln2 added in two parts.
 */
// @ts-ignore: decorator
@inline export function log_v(x: v128): v128 {
  // Subnormals: scale by 2^25 so the exponent field is meaningful.
  const tiny = f32x4.lt(x, splat(1.17549435e-38));
  const xs = v128.bitselect(f32x4.mul(x, splat(33554432.0)), x, tiny);
  const bits = xs;
  let e = i32x4.sub(i32x4.shr_u(bits, 23), i32x4.splat(126));
  e = v128.bitselect(i32x4.sub(e, i32x4.splat(25)), e, tiny);
  // m in [0.5, 1)
  let m = v128.or(v128.and(bits, i32x4.splat(0x807fffff)), i32x4.splat(0x3f000000));
  const small = f32x4.lt(m, splat(SQRT_HALF));
  // if m < sqrt(1/2): e -= 1, f = 2m - 1; else f = m - 1
  e = i32x4.add(e, small); // `small` lanes are -1
  m = f32x4.sub(f32x4.add(m, v128.and(m, small)), splat(1));
  const ef = f32x4.convert_i32x4_s(e);
  const z = f32x4.mul(m, m);
  let p = splat(7.0376836292e-2);
  p = fma(p, m, splat(-1.1514610310e-1));
  p = fma(p, m, splat(1.1676998740e-1));
  p = fma(p, m, splat(-1.2420140846e-1));
  p = fma(p, m, splat(1.4249322787e-1));
  p = fma(p, m, splat(-1.6668057665e-1));
  p = fma(p, m, splat(2.0000714765e-1));
  p = fma(p, m, splat(-2.4999993993e-1));
  p = fma(p, m, splat(3.3333331174e-1));
  let y = f32x4.mul(f32x4.mul(p, m), z);
  y = fma(ef, splat(LN2_LO), y);
  y = fma(z, splat(-0.5), y);
  let r = f32x4.add(m, y);
  r = fma(ef, splat(LN2_HI), r);
  // Special cases, in increasing priority.
  const inf = splat(Infinity);
  r = v128.bitselect(inf, r, f32x4.eq(x, inf));
  r = v128.bitselect(splat(-Infinity), r, f32x4.eq(x, splat(0)));
  r = v128.bitselect(splat(NaN), r, f32x4.lt(x, splat(0)));
  return v128.bitselect(x, r, f32x4.ne(x, x));
}

/**
 * ln(1 + x) for four lanes. Max error 1.5 ulp over all float32 x (relative,
 * so tiny x keep full precision); log1p(±0) = ±0, log1p(-1) = -inf,
 * log1p(x < -1) = NaN, log1p(+inf) = +inf, NaN for NaN.
 *
 * With u = fl(1 + x): log1p(x) = log(u) + (x - (u - 1)) / u, where the second
 * term is the first-order correction for the rounding of 1 + x (u - 1 is
 * exact wherever the correction matters). ln(1 + x) has the sign of x.
 */
// @ts-ignore: decorator
@inline export function log1p_v(x: v128): v128 {
  const u = f32x4.add(x, splat(1));
  const lu = log_v(u);
  const c = f32x4.div(f32x4.sub(x, f32x4.sub(u, splat(1))), u);
  // u = 0 (x = -1) and u = +inf have no correction (it would be NaN).
  const r = v128.bitselect(lu, f32x4.add(lu, c), v128.or(f32x4.eq(u, splat(0)), f32x4.eq(u, splat(Infinity))));
  return copysign_v(r, x);
}

// ---------------------------------------------------------------- tanh, sigmoid, softplus

/**
 * tanh x for four lanes. Max error 1.5 ulp over all float32 x (relative, so
 * tiny x keep full precision); tanh(±0) = ±0, ±1 for |x| >= 9.01 and ±inf,
 * NaN for NaN; exactly odd.
 *
 * |x| < 0.625: x + x³ P(x²), P a degree-4 minimax fit (0.74 ulp). Above:
 * tanh |x| = 1 - 2 / (1 + e^(2|x|)), which cancels little there (the result
 * is > 0.55; e^(2|x|) may overflow to +inf for |x| > 44, giving 1). The sign
 * of x is copied on.
 */
// @ts-ignore: decorator
@inline export function tanh_v(x: v128): v128 {
  const a = f32x4.abs(x);
  const e = exp_v(f32x4.add(a, a));
  const big = f32x4.sub(splat(1), f32x4.div(splat(2), f32x4.add(splat(1), e)));
  const u = f32x4.mul(x, x);
  let p = splat(-5.69734583e-3);
  p = fma(p, u, splat(2.06317231e-2));
  p = fma(p, u, splat(-5.37372679e-2));
  p = fma(p, u, splat(1.33314103e-1));
  p = fma(p, u, splat(-3.33332807e-1));
  const small = fma(f32x4.mul(x, u), p, x);
  // NaN fails the comparison and takes `big`, which is NaN too; the sign is
  // copied after the select, which also gives tanh(-0) = -0.
  return copysign_v(v128.bitselect(small, big, f32x4.lt(a, splat(0.625))), x);
}

/**
 * The logistic function 1 / (1 + e^-x) for four lanes. Max error 2.5 ulp
 * over all float32 x (measured 2.40 at x = -4.157), relative also in the tail (sigmoid(-100) = 3.72e-44 is a
 * correctly scaled subnormal); sigmoid(+inf) = 1, sigmoid(-inf) = 0, NaN for
 * NaN.
 *
 * With E = e^-|x| (no overflow): 1 / (1 + E) for x >= 0, E / (1 + E) for x < 0.
 */
// @ts-ignore: decorator
@inline export function sigmoid_v(x: v128): v128 {
  const e = exp_neg_v(neg_abs(x));
  // x's sign bit as a lane mask (-0 takes the x < 0 side, which also gives 1/2)
  const num = v128.bitselect(e, splat(1), i32x4.shr_s(x, 31));
  return f32x4.div(num, f32x4.add(e, splat(1)));
}

/**
 * softplus(x) = ln(1 + e^x) for four lanes. Max error 2 ulp over all float32
 * x (measured 1.99), relative also in the tail (softplus(x) ~ e^x for x -> -inf);
 * softplus(+inf) = +inf, softplus(-inf) = 0, NaN for NaN.
 *
 * softplus(x) = max(x, 0) + log1p(e^-|x|), which neither overflows nor cancels.
 */
// @ts-ignore: decorator
@inline export function softplus_v(x: v128): v128 {
  const e = exp_neg_v(neg_abs(x));
  return f32x4.add(f32x4.pmax(x, splat(0)), log1p_v(e));
}

// ---------------------------------------------------------------- float64 pairs

/** Lanes 0, 1 of a float32x4 as float64x2. */
// @ts-ignore: decorator
@inline function lo64(x: v128): v128 {
  return f64x2.promote_low_f32x4(x);
}
/** Lanes 2, 3 of a float32x4 as float64x2. */
// @ts-ignore: decorator
@inline function hi64(x: v128): v128 {
  return f64x2.promote_low_f32x4(f32x4.shuffle(x, x, 2, 3, 2, 3));
}
/** Two float64x2 rounded (once, to nearest) into one float32x4. */
// @ts-ignore: decorator
@inline function join32(a: v128, b: v128): v128 {
  return f32x4.shuffle(f32x4.demote_f64x2_zero(a), f32x4.demote_f64x2_zero(b), 0, 1, 4, 5);
}

/**
 * 1/√x for four lanes, in float64 and rounded once (two float32 roundings
 * would reach 1.05 ulp): max error 0.501 ulp; rsqrt(+0) = +inf,
 * rsqrt(-0) = -inf, rsqrt(+inf) = 0, NaN for x < 0 and NaN.
 */
// @ts-ignore: decorator
@inline export function rsqrt_v(x: v128): v128 {
  const one = splat64(1);
  return join32(f64x2.div(one, f64x2.sqrt(lo64(x))), f64x2.div(one, f64x2.sqrt(hi64(x))));
}

const LN2_HI64: f64 = 6.93147180369123816490e-01; // 32 significant bits
const LN2_LO64: f64 = 1.90821492927058770002e-10;
const MAGIC64: f64 = 6755399441055744.0; // 1.5 · 2^52
const MAGIC64_BITS: i64 = 0x4338000000000000;

/**
 * e^x for two float64 lanes with x in [-700, 0] (clamped below: e^-700 is far
 * below float32 range). Relative error < 1e-15 (Taylor to r^11, |r| <= ln2/2).
 */
// @ts-ignore: decorator
@inline function exp64_neg(x: v128): v128 {
  x = f64x2.pmax(x, splat64(-700));
  const n = f64x2.nearest(f64x2.mul(x, splat64(1.4426950408889634)));
  let r = f64x2.sub(x, f64x2.mul(n, splat64(LN2_HI64)));
  r = f64x2.sub(r, f64x2.mul(n, splat64(LN2_LO64)));
  let p = splat64(1.0 / 39916800);
  p = fma64(p, r, splat64(1.0 / 3628800));
  p = fma64(p, r, splat64(1.0 / 362880));
  p = fma64(p, r, splat64(1.0 / 40320));
  p = fma64(p, r, splat64(1.0 / 5040));
  p = fma64(p, r, splat64(1.0 / 720));
  p = fma64(p, r, splat64(1.0 / 120));
  p = fma64(p, r, splat64(1.0 / 24));
  p = fma64(p, r, splat64(1.0 / 6));
  p = fma64(p, r, splat64(0.5));
  p = fma64(p, r, splat64(1));
  p = fma64(p, r, splat64(1));
  // 2^n in the exponent field: n + 1.5·2^52 holds n in its low bits.
  const nb = i64x2.sub(f64x2.add(n, splat64(MAGIC64)), i64x2.splat(MAGIC64_BITS - 1023));
  return f64x2.mul(p, i64x2.shl(nb, 52));
}

// erfc(z) = t e^(-z²) P(v), t = 1 / (1 + z/2), v = (t - 0.58) / 0.42 in
// [-1, 1] for z in [0, 10.5]: a degree-14 fit to relative error 4e-12.
// (P(v) is erfc(z) e^(z²) / t, smooth on the whole half-line.)
// @ts-ignore: decorator
@inline function erfc64(z: v128, z2: v128): v128 {
  const zc = f64x2.pmin(z, splat64(10.5));
  const t = f64x2.div(splat64(1), fma64(zc, splat64(0.5), splat64(1)));
  const v = fma64(t, splat64(1 / 0.42), splat64(-0.58 / 0.42));
  let p = splat64(-7.5352867427408981e-8);
  p = fma64(p, v, splat64(3.7469627786745765e-7));
  p = fma64(p, v, splat64(7.0372081371499604e-8));
  p = fma64(p, v, splat64(-3.4103353963157547e-6));
  p = fma64(p, v, splat64(5.8882716344423403e-6));
  p = fma64(p, v, splat64(1.4104809292714629e-5));
  p = fma64(p, v, splat64(-7.1273002320901345e-5));
  p = fma64(p, v, splat64(2.8574847422279849e-6));
  p = fma64(p, v, splat64(6.2520684535871858e-4));
  p = fma64(p, v, splat64(-6.7196479616927812e-4));
  p = fma64(p, v, splat64(-6.3273465403736661e-3));
  p = fma64(p, v, splat64(6.3079200698442544e-3));
  p = fma64(p, v, splat64(1.0352099367171938e-1));
  p = fma64(p, v, splat64(3.2718793136607693e-1));
  p = fma64(p, v, splat64(5.6940872244411889e-1));
  return f64x2.mul(f64x2.mul(t, p), exp64_neg(f64x2.neg(z2)));
}

// erf for two float64 lanes: x P(x²) for |x| < 1 (degree-8 fit in x², relative
// error 8e-13), else ±(1 - erfc|x|).
// @ts-ignore: decorator
@inline function erf64(x: v128): v128 {
  const u = f64x2.mul(x, x);
  let p = splat64(1.0562716936987800e-6);
  p = fma64(p, u, splat64(-1.3898601513428459e-5));
  p = fma64(p, u, splat64(1.1954803580879403e-4));
  p = fma64(p, u, splat64(-8.5424877489444521e-4));
  p = fma64(p, u, splat64(5.2237763542620514e-3));
  p = fma64(p, u, splat64(-2.6866131396870972e-2));
  p = fma64(p, u, splat64(1.1283791285230851e-1));
  p = fma64(p, u, splat64(-3.7612638888497807e-1));
  p = fma64(p, u, splat64(1.1283791670945853));
  const small = f64x2.mul(x, p);
  const a = f64x2.abs(x);
  const big = f64x2.sub(splat64(1), erfc64(a, u));
  const bigS = v128.bitselect(f64x2.neg(big), big, f64x2.lt(x, splat64(0)));
  return v128.bitselect(small, bigS, f64x2.lt(a, splat64(1)));
}

/**
 * The error function for four lanes, evaluated in float64 and rounded once:
 * max error 0.501 ulp over all float32 x (relative, so tiny x keep full
 * precision); erf(±0) = ±0, erf(±inf) = ±1, NaN for NaN.
 */
// @ts-ignore: decorator
@inline export function erf_v(x: v128): v128 {
  return join32(erf64(lo64(x)), erf64(hi64(x)));
}

const FLT_MAX64: f64 = 3.4028234663852886e38;

// x Φ(x) with Φ the standard normal CDF: Φ(x) = erfc(-x/√2) / 2, taken as
// 1 - erfc(|x|/√2)/2 for x >= 0 so that both sides keep relative precision.
// x is raised to -FLT_MAX so that gelu(-inf) = -0 (the limit) and not NaN.
// @ts-ignore: decorator
@inline function gelu64(x: v128): v128 {
  const z = f64x2.mul(f64x2.abs(x), splat64(0.70710678118654752));
  const half = f64x2.mul(erfc64(z, f64x2.mul(f64x2.mul(x, x), splat64(0.5))), splat64(0.5));
  const cdf = v128.bitselect(half, f64x2.sub(splat64(1), half), f64x2.lt(x, splat64(0)));
  return f64x2.mul(f64x2.pmax(x, splat64(-FLT_MAX64)), cdf);
}

/**
 * GELU, x Φ(x) with Φ the standard normal CDF (TensorFlow's exact form
 * x (1 + erf(x/√2)) / 2), for four lanes, evaluated in float64 and rounded
 * once: max error 0.501 ulp over all float32 x, relative also in the negative
 * tail (gelu(-14) = -1.4e-43 keeps its digits where the erf form cancels to 0);
 * gelu(+inf) = +inf, gelu(-inf) = -0 (the limit; the erf form gives NaN),
 * NaN for NaN.
 */
// @ts-ignore: decorator
@inline export function gelu_v(x: v128): v128 {
  return join32(gelu64(lo64(x)), gelu64(hi64(x)));
}

// x σ(2u) with u = √(2/π)(x + 0.044715 x³): equal to the tanh form
// x (1 + tanh u) / 2, without its cancellation for negative x.
// @ts-ignore: decorator
@inline function gelu_tanh64(x: v128): v128 {
  // 2u = x (K1 + K2 x²), K1 = 2√(2/π), K2 = 0.044715 K1
  const a = f64x2.mul(x, fma64(f64x2.mul(x, x), splat64(0.07135481627260025), splat64(1.5957691216057308)));
  const e = exp64_neg(f64x2.neg(f64x2.abs(a)));
  const num = v128.bitselect(e, splat64(1), f64x2.lt(a, splat64(0)));
  const s = f64x2.div(num, f64x2.add(e, splat64(1)));
  return f64x2.mul(f64x2.pmax(x, splat64(-FLT_MAX64)), s);
}

/**
 * GELU's tanh approximation x (1 + tanh(√(2/π)(x + 0.044715 x³))) / 2
 * (TensorFlow's `approximate=True`) for four lanes, evaluated in float64 and
 * rounded once: max error 0.501 ulp against that formula in exact arithmetic,
 * over all float32 x; gelu(+inf) = +inf, gelu(-inf) = -0, NaN for NaN.
 */
// @ts-ignore: decorator
@inline export function gelu_tanh_v(x: v128): v128 {
  return join32(gelu_tanh64(lo64(x)), gelu_tanh64(hi64(x)));
}

// ---------------------------------------------------------------- sin, cos

// π/2 = PIO2_1 + PIO2_1T + O(2^-86): PIO2_1 has 33 significant bits, so
// k PIO2_1 is exact for |k| < 2^20, and x - k PIO2_1 is exact for float32 x.
const PIO2_1: f64 = 1.5707963267341256;
const PIO2_1T: f64 = 6.077100506506192e-11;
const TWO_OVER_PI: f64 = 0.6366197723675814;
/** Above this |x| the reduction goes through remPio2Large (Payne-Hanek). */
const TRIG_FAST_MAX: f32 = 1048576.0; // 2^20

// The bits of 2/π (computed with BigInt arithmetic from Machin's formula),
// after two zero words so that a 96-bit window may start before the point.
const TWO_OVER_PI_BITS: usize = memory.data<u32>([
  0, 0,
  0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599,
  0x3c439041, 0xfe5163ab, 0xdebbc561, 0xb7246e3a, 0x424dd2e0,
]);

let largeQuadrant: i32 = 0;

/**
 * Payne-Hanek reduction of one float32 |x| >= 2^20: returns r with
 * x = (4j + q) π/2 + r, |r| <= π/4 (absolute error < 2^-60), and leaves the
 * quadrant q in `largeQuadrant`. NaN for ±inf.
 *
 * |x| = m 2^s (m a 24-bit integer). Bit j of 2/π (weight 2^-j) contributes
 * m 2^(s-j) to |x| 2/π; bits with s - j >= 2 add multiples of 4 and are
 * skipped, so a 96-bit window from j = s - 1 gives |x| 2/π mod 4 with 62
 * fraction bits as a 64-bit fixed-point number (integer products, mod 2^64).
 */
function remPio2Large(x: f32): f64 {
  const bits = reinterpret<u32>(x);
  const e = <i32>((bits >> 23) & 0xff);
  if (e == 0xff) {
    largeQuadrant = 0;
    return NaN;
  }
  const m = <u64>((bits & 0x7fffff) | 0x800000);
  // Window start: bit j = s - 1 = e - 151 sits at table bit j + 63.
  const p0 = e - 88;
  const w = TWO_OVER_PI_BITS + (<usize>(p0 >> 5) << 2);
  const sh = <u64>(p0 & 31);
  const a = (<u64>load<u32>(w) << 32) | <u64>load<u32>(w + 4);
  const b = (<u64>load<u32>(w + 8) << 32) | <u64>load<u32>(w + 12);
  const top = sh == 0 ? a : (a << sh) | (b >> (64 - sh));
  const w2 = top >> 32;
  const w1 = top & 0xffffffff;
  const w0 = (b << sh) >> 32;
  // (m W mod 2^96) >> 32: two integer bits (|x| 2/π mod 4), 62 fraction bits.
  const y = ((m * w0) >> 32) + m * w1 + ((m * w2) << 32);
  let q = <i32>(y >> 62);
  const f = <i64>(y << 2); // the fraction in units of 2^-64, minus 1 when >= 1/2
  if (f < 0) q += 1;
  let r = <f64>f * (1.5707963267948966 / 18446744073709551616.0);
  if (x < 0) {
    r = -r;
    q = -q;
  }
  largeQuadrant = q & 3;
  return r;
}

// sin and cos of r, |r| <= π/4 (plus a hair), Taylor series to r^13 and
// r^12: relative errors below 2e-14 and 4e-13.
// @ts-ignore: decorator
@inline function sin64_r(r: v128, r2: v128): v128 {
  let p = splat64(1.0 / 6227020800);
  p = fma64(p, r2, splat64(-1.0 / 39916800));
  p = fma64(p, r2, splat64(1.0 / 362880));
  p = fma64(p, r2, splat64(-1.0 / 5040));
  p = fma64(p, r2, splat64(1.0 / 120));
  p = fma64(p, r2, splat64(-1.0 / 6));
  return fma64(f64x2.mul(p, r2), r, r);
}
// @ts-ignore: decorator
@inline function cos64_r(r2: v128): v128 {
  let p = splat64(1.0 / 479001600);
  p = fma64(p, r2, splat64(-1.0 / 3628800));
  p = fma64(p, r2, splat64(1.0 / 40320));
  p = fma64(p, r2, splat64(-1.0 / 720));
  p = fma64(p, r2, splat64(1.0 / 24));
  p = fma64(p, r2, splat64(-0.5));
  return fma64(p, r2, splat64(1));
}

// sin (cos when `cosine`) of two float64 lanes given their reduction r and
// quadrant q in {0, 1, 2, 3} (as f64): sin x = ±sin r or ±cos r by quadrant.
// @ts-ignore: decorator
@inline function trig64(r: v128, q: v128, cosine: bool): v128 {
  if (cosine) q = f64x2.add(q, splat64(1)); // cos x = sin(x + π/2)
  const r2 = f64x2.mul(r, r);
  const s = sin64_r(r, r2);
  const c = cos64_r(r2);
  const half = f64x2.floor(f64x2.mul(q, splat64(0.5)));
  const odd = f64x2.ne(q, f64x2.add(half, half));
  const neg = f64x2.eq(f64x2.sub(half, f64x2.mul(f64x2.floor(f64x2.mul(half, splat64(0.5))), splat64(2))), splat64(1));
  const v = v128.bitselect(c, s, odd);
  return v128.bitselect(f64x2.neg(v), v, neg);
}

// Fast reduction of two float64 lanes holding float32 values, |x| < 2^20:
// k = round(x 2/π) and r = x - k π/2.
// @ts-ignore: decorator
@inline function reduce64_k(x: v128): v128 {
  return f64x2.nearest(f64x2.mul(x, splat64(TWO_OVER_PI)));
}
// @ts-ignore: decorator
@inline function reduce64_r(x: v128, k: v128): v128 {
  const r = f64x2.sub(x, f64x2.mul(k, splat64(PIO2_1)));
  return f64x2.sub(r, f64x2.mul(k, splat64(PIO2_1T)));
}
// k mod 4, in {0, 1, 2, 3}
// @ts-ignore: decorator
@inline function mod4(k: v128): v128 {
  return f64x2.sub(k, f64x2.mul(f64x2.floor(f64x2.mul(k, splat64(0.25))), splat64(4)));
}

/**
 * sin x (cos x when `cosine`) for four lanes, evaluated in float64 and rounded
 * once: max error 0.501 ulp over all finite float32 x, large ones included;
 * sin(±0) = ±0, cos(±0) = 1, NaN for ±inf and NaN.
 *
 * Reduction x = k π/2 + r, |r| <= π/4: for |x| < 2^20 in float64 with π/2 in
 * two parts (Cody-Waite; the error of r is below 2^-80 absolute); above, by
 * Payne-Hanek with 96 bits of 2/π per lane (scalar, only for lanes that need
 * it), exact to 2^-60 for every float32 up to 3.4e38.
 */
// @ts-ignore: decorator
@inline export function sincos_v(x: v128, cosine: bool): v128 {
  const xl = lo64(x);
  const xh = hi64(x);
  const kl = reduce64_k(xl);
  const kh = reduce64_k(xh);
  let rl = reduce64_r(xl, kl);
  let rh = reduce64_r(xh, kh);
  let ql = mod4(kl);
  let qh = mod4(kh);
  const large = f32x4.ge(f32x4.abs(x), splat(TRIG_FAST_MAX));
  if (v128.any_true(large)) {
    // Rare: scalar Payne-Hanek for the lanes that need it.
    if (i32x4.extract_lane(large, 0)) {
      rl = f64x2.replace_lane(rl, 0, remPio2Large(f32x4.extract_lane(x, 0)));
      ql = f64x2.replace_lane(ql, 0, <f64>largeQuadrant);
    }
    if (i32x4.extract_lane(large, 1)) {
      rl = f64x2.replace_lane(rl, 1, remPio2Large(f32x4.extract_lane(x, 1)));
      ql = f64x2.replace_lane(ql, 1, <f64>largeQuadrant);
    }
    if (i32x4.extract_lane(large, 2)) {
      rh = f64x2.replace_lane(rh, 0, remPio2Large(f32x4.extract_lane(x, 2)));
      qh = f64x2.replace_lane(qh, 0, <f64>largeQuadrant);
    }
    if (i32x4.extract_lane(large, 3)) {
      rh = f64x2.replace_lane(rh, 1, remPio2Large(f32x4.extract_lane(x, 3)));
      qh = f64x2.replace_lane(qh, 1, <f64>largeQuadrant);
    }
  }
  let res = join32(trig64(rl, ql, cosine), trig64(rh, qh, cosine));
  // sin(±0) = ±0: the reduction loses the sign of zero.
  if (!cosine) res = v128.bitselect(x, res, f32x4.eq(x, splat(0)));
  return res;
}
