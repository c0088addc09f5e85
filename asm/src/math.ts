// SIMD polynomial approximations of the transcendentals, four float32 lanes at a
// time. Each function states its measured error bound; tests/math_test.ts checks
// it against float64 Math on dense and random samples.
//
// These are building blocks for kernels (unary.ts, binary.ts), not exports.

// ---------------------------------------------------------------- exp

const LOG2E: f32 = 1.44269504088896341;
// ln 2 split in a part exact in float32 and a correction (Cody-Waite reduction).
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.12194440e-4;

/**
 * e^x for four lanes. Max error 2 ulp over [-103, 88.7]; exp(x) = +inf above
 * 88.72, 0 below -103.97, NaN for NaN.
 *
 * Reduction: x = n ln2 + r with n = round(x log2 e), |r| <= ln2 / 2; e^r by a
 * degree-6 minimax polynomial (Cephes' coefficients); 2^n applied as two
 * exponent-field scalings so that n in [-252, 254] never overflows the field.
 */
// @ts-ignore: decorator
@inline export function exp_v(x: v128): v128 {
  x = f32x4.min(f32x4.max(x, f32x4.splat(-104)), f32x4.splat(89));
  const n = f32x4.nearest(f32x4.mul(x, f32x4.splat(LOG2E)));
  let r = f32x4.sub(x, f32x4.mul(n, f32x4.splat(LN2_HI)));
  r = f32x4.sub(r, f32x4.mul(n, f32x4.splat(LN2_LO)));
  let p = f32x4.splat(1.9875691500e-4);
  p = f32x4.relaxed_madd(p, r, f32x4.splat(1.3981999507e-3));
  p = f32x4.relaxed_madd(p, r, f32x4.splat(8.3334519073e-3));
  p = f32x4.relaxed_madd(p, r, f32x4.splat(4.1665795894e-2));
  p = f32x4.relaxed_madd(p, r, f32x4.splat(1.6666665459e-1));
  p = f32x4.relaxed_madd(p, r, f32x4.splat(5.0000001201e-1));
  const r2 = f32x4.mul(r, r);
  const y = f32x4.add(f32x4.relaxed_madd(p, r2, r), f32x4.splat(1));
  const ni = i32x4.trunc_sat_f32x4_s(n);
  const n1 = i32x4.shr_s(ni, 1);
  const n2 = i32x4.sub(ni, n1);
  const bias = i32x4.splat(127);
  const s1 = i32x4.shl(i32x4.add(n1, bias), 23);
  const s2 = i32x4.shl(i32x4.add(n2, bias), 23);
  return f32x4.mul(f32x4.mul(y, s1), s2);
}

// ---------------------------------------------------------------- log

const SQRT_HALF: f32 = 0.707106781186547524;

/**
 * Natural log for four lanes. Max error 2 ulp for positive normal and subnormal
 * inputs; log(0) = -inf, log(x < 0) = NaN, log(+inf) = +inf, NaN for NaN.
 *
 * Reduction: x = m 2^e with m in [sqrt(1/2), sqrt(2)); log(1 + f) with
 * f = m - 1 by Cephes' degree-9 polynomial; e ln2 added in two parts.
 */
// @ts-ignore: decorator
@inline export function log_v(x: v128): v128 {
  // Subnormals: scale by 2^25 so the exponent field is meaningful.
  const tiny = f32x4.lt(x, f32x4.splat(1.17549435e-38));
  const xs = v128.bitselect(f32x4.mul(x, f32x4.splat(33554432.0)), x, tiny);
  const bits = xs;
  let e = i32x4.sub(i32x4.shr_u(bits, 23), i32x4.splat(126));
  e = v128.bitselect(i32x4.sub(e, i32x4.splat(25)), e, tiny);
  // m in [0.5, 1)
  let m = v128.or(v128.and(bits, i32x4.splat(0x807fffff)), i32x4.splat(0x3f000000));
  const small = f32x4.lt(m, f32x4.splat(SQRT_HALF));
  // if m < sqrt(1/2): e -= 1, f = 2m - 1; else f = m - 1
  e = i32x4.add(e, small); // `small` lanes are -1
  m = f32x4.sub(f32x4.add(m, v128.and(m, small)), f32x4.splat(1));
  const ef = f32x4.convert_i32x4_s(e);
  const z = f32x4.mul(m, m);
  let p = f32x4.splat(7.0376836292e-2);
  p = f32x4.relaxed_madd(p, m, f32x4.splat(-1.1514610310e-1));
  p = f32x4.relaxed_madd(p, m, f32x4.splat(1.1676998740e-1));
  p = f32x4.relaxed_madd(p, m, f32x4.splat(-1.2420140846e-1));
  p = f32x4.relaxed_madd(p, m, f32x4.splat(1.4249322787e-1));
  p = f32x4.relaxed_madd(p, m, f32x4.splat(-1.6668057665e-1));
  p = f32x4.relaxed_madd(p, m, f32x4.splat(2.0000714765e-1));
  p = f32x4.relaxed_madd(p, m, f32x4.splat(-2.4999993993e-1));
  p = f32x4.relaxed_madd(p, m, f32x4.splat(3.3333331174e-1));
  let y = f32x4.mul(f32x4.mul(p, m), z);
  y = f32x4.relaxed_madd(ef, f32x4.splat(LN2_LO), y);
  y = f32x4.relaxed_madd(z, f32x4.splat(-0.5), y);
  let r = f32x4.add(m, y);
  r = f32x4.relaxed_madd(ef, f32x4.splat(LN2_HI), r);
  // Special cases, in increasing priority.
  const inf = f32x4.splat(Infinity);
  r = v128.bitselect(inf, r, f32x4.eq(x, inf));
  r = v128.bitselect(f32x4.splat(-Infinity), r, f32x4.eq(x, f32x4.splat(0)));
  r = v128.bitselect(f32x4.splat(NaN), r, f32x4.lt(x, f32x4.splat(0)));
  return v128.bitselect(x, r, f32x4.ne(x, x));
}
