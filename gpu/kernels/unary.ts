// WGSL versions of the unary transcendentals (the wasm ones are in
// asm/src/math.ts). WGSL states loose bounds for its built-ins (exp within
// 3 + 2|x| ulp, log 3 ulp or 2^-21 absolute, sin/cos 2^-11 absolute on
// [-π, π] only, tanh inherited from a formula that cancels), and the software
// adapter's tanh(NaN) is -1; so every transcendental here is a polynomial with
// its own range reduction, as on wasm.
//
// What a WGSL compiler may do to float code, and how these functions cope:
// - fma() need not fuse (the software adapter rounds the product): every
//   polynomial is accurate with either rounding, and no error-free product
//   relies on fma: exact products split their factors into 12-bit halves by
//   masking the bits (an integer operation nothing can fold).
// - Float arithmetic may be reassociated and may be assumed free of NaN and
//   infinities: no result relies on (a + b) - a recovering b, and special
//   values (NaN, ±inf, ±0) are decided on the bits at the end of each
//   function.
// - Subnormals may be flushed to zero on some GPUs (the software adapter
//   keeps them); the GPU tolerances in tests/_ulp.ts allow that.
//
// Each function states its error bound in ulp of the exact result, as
// measured on the software adapter over the sweeps of tests/math_test.ts
// (where fma rounds twice and division and sqrt are correctly rounded; WGSL
// lets a GPU's division be off by 2.5 ulp, which can add to the bounds of the
// functions that divide: tanh, sigmoid, reciprocal, rsqrt).
//
// Not a program: `mathWgsl(...names)` returns the source of the named
// functions and their dependencies, which a program pastes in (see
// unaryWgsl's `lib` argument in elementwise.ts).

interface Fn {
  deps: readonly string[];
  code: string;
}

const FNS: Record<string, Fn> = {};
function def(name: string, deps: readonly string[], code: string): void {
  FNS[name] = { deps, code };
}

def(
  "u_base",
  [],
  `
fn u_bits(x: f32) -> u32 { return bitcast<u32>(x); }
fn u_isnan(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn u_isinf(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0x7f800000u; }
fn u_iszero(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) == 0u; }
fn u_neg(x: f32) -> f32 { return bitcast<f32>(bitcast<u32>(x) ^ 0x80000000u); }
fn u_abs(x: f32) -> f32 { return bitcast<f32>(bitcast<u32>(x) & 0x7fffffffu); }
// |a| with the sign of s
fn u_copysign(a: f32, s: f32) -> f32 {
  return bitcast<f32>((bitcast<u32>(a) & 0x7fffffffu) | (bitcast<u32>(s) & 0x80000000u));
}
fn u_inf() -> f32 { return bitcast<f32>(0x7f800000u); }
fn u_nan() -> f32 { return bitcast<f32>(0x7fc00000u); }
// 2^n for an integer n in [-126, 127], from the exponent field
fn u_pow2(n: i32) -> f32 { return bitcast<f32>(u32(n + 127) << 23u); }
// x's top 12 significant bits (x - u_hi12(x) is exact and has 12 bits too)
fn u_hi12(x: f32) -> f32 { return bitcast<f32>(bitcast<u32>(x) & 0xfffff000u); }
// a b as hi + lo, |lo| <= 2^-11 |hi|, to 2^-35 relative: the four products of
// the 12-bit halves are exact, only the small ones are summed with rounding
fn u_mul2(a: f32, b: f32) -> vec2<f32> {
  let ah = u_hi12(a); let al = a - ah; let bh = u_hi12(b); let bl = b - bh;
  return vec2<f32>(ah * bh, (ah * bl + al * bh) + al * bl);
}
`,
);

def(
  "u_expm1_r",
  [],
  `
// e^r - 1 for |r| <= ln2/2: r + r² p(r), Cephes' degree-5 minimax p
fn u_expm1_r(r: f32) -> f32 {
  var p = 1.9875691500e-4;
  p = fma(p, r, 1.3981999507e-3);
  p = fma(p, r, 8.3334519073e-3);
  p = fma(p, r, 4.1665795894e-2);
  p = fma(p, r, 1.6666665459e-1);
  p = fma(p, r, 5.0000001201e-1);
  return fma(p, r * r, r);
}
`,
);

def(
  "u_exp",
  ["u_base", "u_expm1_r"],
  `
// e^x: x = n ln2 + r (ln2 in two parts, n ln2_hi exact), e^r by the
// polynomial, 2^n applied as two exponent-field factors (the second rounds
// once into subnormals). +inf above 88.7228, +0 below -103.973.
fn u_exp(x: f32) -> f32 {
  let xc = clamp(x, -104.0, 89.0);
  let n = round(xc * 1.44269504088896341);
  let r = (xc - n * 0.693359375) - n * -2.12194440e-4;
  let y = u_expm1_r(r) + 1.0;
  let ni = i32(n);
  let n1 = ni >> 1u;
  var res = (y * u_pow2(n1)) * u_pow2(ni - n1);
  res = select(res, u_inf(), x > 88.72283);
  res = select(res, 0.0, x < -103.972084);
  return select(res, x, u_isnan(x));
}
`,
);

def(
  "u_exp_neg",
  ["u_base", "u_expm1_r"],
  `
// e^z for z <= 0 (no overflow to guard), NaN for NaN.
fn u_exp_neg(z: f32) -> f32 {
  let zc = max(z, -104.0);
  let n = round(zc * 1.44269504088896341);
  let r = (zc - n * 0.693359375) - n * -2.12194440e-4;
  let y = u_expm1_r(r) + 1.0;
  // 2^n = 2^(n + 64) 2^-64, both normal for n >= -150
  var res = (y * u_pow2(i32(n) + 64)) * 5.421010862427522e-20;
  res = select(res, 0.0, z < -103.972084);
  return select(res, z, u_isnan(z));
}
`,
);

def(
  "u_expm1",
  ["u_base", "u_expm1_r", "u_exp"],
  `
// e^x - 1. For n <= 24: 2^n expm1(r) + (2^n - 1), the product exact (a
// power-of-two scaling); above, the -1 is below half an ulp: e^x. Relative
// for tiny x; expm1(±0) = ±0, -1 below -17.33.
fn u_expm1(x: f32) -> f32 {
  let xc = clamp(x, -30.0, 89.0);
  let n = round(xc * 1.44269504088896341);
  let r = (xc - n * 0.693359375) - n * -2.12194440e-4;
  let em = u_expm1_r(r);
  let s = u_pow2(min(i32(n), 24));
  var res = select(s * em + (s - 1.0), u_exp(x), n > 24.0);
  res = u_copysign(res, x);
  return select(res, x, u_isnan(x));
}
`,
);

def(
  "u_log",
  ["u_base"],
  `
// ln x: x = m 2^e with m in [√½, √2), ln(1 + f) by Cephes' degree-9
// polynomial, e ln2 added in two parts. Subnormal inputs are scaled first.
fn u_log(x: f32) -> f32 {
  let b0 = bitcast<u32>(x);
  let tiny = b0 < 0x00800000u;
  let xs = select(x, x * 33554432.0, tiny);
  let bits = bitcast<u32>(xs);
  var e = i32(bits >> 23u) - 126;
  e = select(e, e - 25, tiny);
  var m = bitcast<f32>((bits & 0x007fffffu) | 0x3f000000u);
  let small = m < 0.707106781186547524;
  e = select(e, e - 1, small);
  m = select(m, m + m, small) - 1.0;
  let ef = f32(e);
  let z = m * m;
  var p = 7.0376836292e-2;
  p = fma(p, m, -1.1514610310e-1);
  p = fma(p, m, 1.1676998740e-1);
  p = fma(p, m, -1.2420140846e-1);
  p = fma(p, m, 1.4249322787e-1);
  p = fma(p, m, -1.6668057665e-1);
  p = fma(p, m, 2.0000714765e-1);
  p = fma(p, m, -2.4999993993e-1);
  p = fma(p, m, 3.3333331174e-1);
  var y = (p * m) * z;
  y = y + ef * -2.12194440e-4;
  y = y - 0.5 * z;
  var r = (m + y) + ef * 0.693359375;
  r = select(r, x, b0 == 0x7f800000u);
  r = select(r, u_neg(u_inf()), (b0 & 0x7fffffffu) == 0u);
  r = select(r, u_nan(), b0 > 0x80000000u);
  return select(r, x, u_isnan(x));
}
`,
);

def(
  "u_log1p",
  ["u_base", "u_log"],
  `
// ln(1 + x). |x| < 0.375: 2 atanh(s) with s = x / (2 + x), an odd series in s
// (no rounding of 1 + x to correct: that correction, x - ((1 + x) - 1), is
// what a reassociating compiler folds to 0). Else ln(1 + x) with the
// first-order correction for the rounding of 1 + x.
fn u_log1p(x: f32) -> f32 {
  let s = x / (2.0 + x);
  let s2 = s * s;
  // 2 atanh s = 2s + s³ q(s²), |s| <= 0.158
  var q = 2.0 / 11.0;
  q = fma(q, s2, 2.0 / 9.0);
  q = fma(q, s2, 2.0 / 7.0);
  q = fma(q, s2, 2.0 / 5.0);
  q = fma(q, s2, 2.0 / 3.0);
  let near = 2.0 * s + (s * s2) * q;
  // u = 1 + x behind a select the compiler cannot see through (x = 1 gives
  // 2 either way), so that (u - 1) is not folded back to x
  let u = select(x + 1.0, 2.0, x == 1.0);
  let far = u_log(u) + (x - (u - 1.0)) / u;
  var res = select(far, near, abs(x) < 0.375);
  res = select(res, u_log(u), u_isinf(u) || u_iszero(u));
  res = select(res, u_nan(), x < -1.0);
  res = select(res, u_neg(u_inf()), x == -1.0);
  // log1p(x) = x below 2^-25 (where x / (2 + x) would round subnormals away)
  res = select(res, x, abs(x) < 2.98023224e-8);
  return select(res, x, u_isnan(x));
}
`,
);

def(
  "u_tanh",
  ["u_base", "u_exp"],
  `
// tanh: |x| < 0.625: x + x³ P(x²) (degree-4 minimax); above,
// 1 - 2 / (1 + e^(2|x|)), which cancels little (tanh > 0.55). Exactly odd.
fn u_tanh(x: f32) -> f32 {
  let a = abs(x);
  let e = u_exp(min(a + a, 88.0));
  let big = 1.0 - 2.0 / (1.0 + e);
  let u = x * x;
  var p = -5.69734583e-3;
  p = fma(p, u, 2.06317231e-2);
  p = fma(p, u, -5.37372679e-2);
  p = fma(p, u, 1.33314103e-1);
  p = fma(p, u, -3.33332807e-1);
  let small = (x * u) * p + x;
  var res = u_copysign(select(big, small, a < 0.625), x);
  res = select(res, u_copysign(1.0, x), a >= 9.1);
  return select(res, x, u_isnan(x));
}
`,
);

def(
  "u_sigmoid",
  ["u_base", "u_exp_neg"],
  `
// 1 / (1 + e^-x) with E = e^-|x| (no overflow): 1 / (1 + E) for x >= 0,
// E / (1 + E) for x < 0 (relative in the tail).
fn u_sigmoid(x: f32) -> f32 {
  let e = u_exp_neg(-abs(x));
  let neg = (bitcast<u32>(x) & 0x80000000u) != 0u;
  var res = select(1.0, e, neg) / (1.0 + e);
  res = select(res, select(1.0, 0.0, neg), u_isinf(x));
  return select(res, x, u_isnan(x));
}
`,
);

def(
  "u_softplus",
  ["u_base", "u_exp_neg", "u_log1p"],
  `
// ln(1 + e^x) = max(x, 0) + log1p(e^-|x|): no overflow, no cancellation.
fn u_softplus(x: f32) -> f32 {
  let e = u_exp_neg(-abs(x));
  var res = max(x, 0.0) + u_log1p(e);
  res = select(res, select(x, 0.0, x < 0.0), u_isinf(x));
  return select(res, x, u_isnan(x));
}
`,
);

def(
  "u_sincos",
  ["u_base"],
  `
// 2/π in bits, after two zero words so that a 96-bit window may start before
// the point.
var<private> U_TWO_OVER_PI: array<u32, 12> = array<u32, 12>(0u, 0u,
  0xa2f9836eu, 0x4e441529u, 0xfc2757d1u, 0xf534ddc0u, 0xdb629599u,
  0x3c439041u, 0xfe5163abu, 0xdebbc561u, 0xb7246e3au, 0x424dd2e0u);

// a b as (low word, high word)
fn u_mulwide(a: u32, b: u32) -> vec2<u32> {
  let a0 = a & 0xffffu; let a1 = a >> 16u; let b0 = b & 0xffffu; let b1 = b >> 16u;
  let p00 = a0 * b0; let p01 = a0 * b1; let p10 = a1 * b0;
  let mid = (p00 >> 16u) + (p01 & 0xffffu) + (p10 & 0xffffu);
  return vec2<u32>((mid << 16u) | (p00 & 0xffffu), a1 * b1 + (p01 >> 16u) + (p10 >> 16u) + (mid >> 16u));
}

// (a << s) | (b >> (32 - s)) for s in [0, 31]
fn u_funnel(a: u32, b: u32, s: u32) -> u32 {
  return select((a << s) | (b >> (32u - s)), a, s == 0u);
}

// sin x (cos x when cosine) for finite x. Payne-Hanek reduction for every
// |x| > π/4, in integer arithmetic: |x| = m 2^(e-150) (m a 24-bit integer);
// bits of 2/π weighing 4 or more after the product are skipped, so a 96-bit
// window W gives (m W mod 2^96) >> 32 = |x| 2/π mod 4 with 62 fraction bits:
// the quadrant q and the fraction f in [-1/2, 1/2). r = f π/2 then comes as
// hi + lo from 12-bit pieces of f and of π/2 (exact products), to 2^-34.
fn u_sincos(x: f32, cosine: bool) -> f32 {
  let bits = bitcast<u32>(x);
  let ax = bitcast<f32>(bits & 0x7fffffffu);
  var q = 0u;
  var rh = x;
  var rl = 0.0;
  if (ax > 0.785398163) {
    let e = (bits >> 23u) & 0xffu;
    let m = (bits & 0x7fffffu) | 0x800000u;
    let p0 = e - 88u;
    let w = p0 >> 5u;
    let sh = p0 & 31u;
    let t0 = U_TWO_OVER_PI[w]; let t1 = U_TWO_OVER_PI[w + 1u];
    let t2 = U_TWO_OVER_PI[w + 2u]; let t3 = U_TWO_OVER_PI[w + 3u];
    let w2 = u_funnel(t0, t1, sh);
    let w1 = u_funnel(t1, t2, sh);
    let w0 = u_funnel(t2, t3, sh);
    let h0 = u_mulwide(m, w0).y;
    let p1 = u_mulwide(m, w1);
    let ylo = h0 + p1.x;
    let carry = select(0u, 1u, ylo < h0);
    let yhi = p1.y + m * w2 + carry;
    q = yhi >> 30u;
    var fhi = (yhi << 2u) | (ylo >> 30u);
    var flo = ylo << 2u;
    let neg = (fhi & 0x80000000u) != 0u;
    if (neg) {
      // f >= 1/2: round to the next quadrant, |f| = 2^64 - f
      q = q + 1u;
      flo = ~flo + 1u;
      fhi = ~fhi + select(0u, 1u, flo == 0u);
    }
    // normalize |f| to a 32-bit T with its top bit set: |f| ~ T 2^(32 - lz)
    var t: u32;
    var scale: f32;
    if (fhi != 0u) {
      let lz = countLeadingZeros(fhi);
      t = u_funnel(fhi, flo, lz);
      scale = u_pow2(-64 + 32 - i32(lz));
    } else {
      let lz = countLeadingZeros(flo);
      t = flo << lz;
      scale = u_pow2(-64 - i32(lz));
    }
    // T in 12 + 12 + 8 bits, π/2 = P1 + P2 + P3 (P1, P2 of 12 bits)
    let ta = f32(t & 0xfff00000u) * scale;
    let tb = f32(t & 0x000fff00u) * scale;
    let tc = f32(t & 0x000000ffu) * scale;
    let P1 = 1.57080078125; let P2 = -4.453584551811218e-6; let P3 = -8.705515695504166e-10;
    var hi = ta * P1;
    var lo = (ta * P2 + tb * P1) + ((ta * P3 + tb * P2) + tc * P1);
    let r = hi + lo;
    rl = lo - (r - hi);
    rh = r;
    if (neg) { rh = -rh; rl = -rl; }
    if ((bits & 0x80000000u) != 0u) { rh = -rh; rl = -rl; q = 0u - q; }
  }
  if (cosine) { q = q + 1u; }
  let z = rh * rh;
  // Cephes' sinf/cosf polynomials on |r| <= π/4, with the first-order
  // corrections for rl
  var ps = -1.9515295891e-4;
  ps = fma(ps, z, 8.3321608736e-3);
  ps = fma(ps, z, -1.6666654611e-1);
  var pc = 2.443315711809948e-5;
  pc = fma(pc, z, -1.388731625493765e-3);
  pc = fma(pc, z, 4.166664568298827e-2);
  let c = ((pc * z) * z - 0.5 * z) - rl * rh + 1.0;
  let s = ((rh * z) * ps + rl * (1.0 - 0.5 * z)) + rh;
  var res = select(s, c, (q & 1u) != 0u);
  res = select(res, -res, (q & 2u) != 0u);
  // sin(±0) = ±0; ±inf and NaN give NaN
  res = select(res, x, !cosine && u_iszero(x));
  return select(res, u_nan(), (bits & 0x7f800000u) == 0x7f800000u);
}
`,
);

def(
  "u_erfc_core",
  ["u_base", "u_expm1_r"],
  `
// e^(-(hi + lo)) for hi >= 0 exact and |lo| <= 2^-8 hi + 1: the argument is
// reduced as a pair (hi - n ln2_hi is exact by Sterbenz's lemma), so that the
// result is as accurate as exp of a float32 argument.
fn u_exp_neg2(hi: f32, lo: f32) -> f32 {
  let n = round(max(-hi - lo, -104.0) * 1.44269504088896341);
  let r = ((-hi - n * 0.693359375) - n * -2.12194440e-4) - lo;
  let y = u_expm1_r(r) + 1.0;
  var res = (y * u_pow2(i32(n) + 64)) * 5.421010862427522e-20;
  res = select(res, 0.0, hi + lo > 103.972084);
  return select(res, hi, u_isnan(hi));
}

// x² as hi + lo: x's 12-bit halves give an exact hi and a small lo
fn u_sq2(x: f32) -> vec2<f32> {
  let xh = u_hi12(x); let xl = x - xh;
  return vec2<f32>(xh * xh, (2.0 * xh) * xl + xl * xl);
}

// erfc(z) e^(z²) for z >= 0: t P(v), t = 1 / (1 + z/2), v = (t - 0.58) / 0.42
// in [-1, 1] for z in [0, 10.5] (the degree-14 fit of the wasm kernel, whose
// relative error 4e-12 is far below float32's)
fn u_erfcx(z: f32) -> f32 {
  let zc = min(z, 10.5);
  let t = 1.0 / (zc * 0.5 + 1.0);
  let v = t * (1.0 / 0.42) - 0.58 / 0.42;
  var p = -7.5352867427408981e-8;
  p = fma(p, v, 3.7469627786745765e-7);
  p = fma(p, v, 7.0372081371499604e-8);
  p = fma(p, v, -3.4103353963157547e-6);
  p = fma(p, v, 5.8882716344423403e-6);
  p = fma(p, v, 1.4104809292714629e-5);
  p = fma(p, v, -7.1273002320901345e-5);
  p = fma(p, v, 2.8574847422279849e-6);
  p = fma(p, v, 6.2520684535871858e-4);
  p = fma(p, v, -6.7196479616927812e-4);
  p = fma(p, v, -6.3273465403736661e-3);
  p = fma(p, v, 6.3079200698442544e-3);
  p = fma(p, v, 1.0352099367171938e-1);
  p = fma(p, v, 3.2718793136607693e-1);
  p = fma(p, v, 5.6940872244411889e-1);
  return t * p;
}
`,
);

def(
  "u_erf",
  ["u_base", "u_erfc_core"],
  `
// erf: |x| < 1: x P(x²) (degree-8 fit); else ±(1 - erfc|x|) with e^(-x²)
// taken from x² as an exact hi + small lo.
fn u_erf(x: f32) -> f32 {
  let u = x * x;
  var p = 1.0562716936987800e-6;
  p = fma(p, u, -1.3898601513428459e-5);
  p = fma(p, u, 1.1954803580879403e-4);
  p = fma(p, u, -8.5424877489444521e-4);
  p = fma(p, u, 5.2237763542620514e-3);
  p = fma(p, u, -2.6866131396870972e-2);
  p = fma(p, u, 1.1283791285230851e-1);
  p = fma(p, u, -3.7612638888497807e-1);
  p = fma(p, u, 1.1283791670945853);
  let small = x * p;
  let a = min(abs(x), 10.0);
  let sq = u_sq2(a);
  let big = 1.0 - u_erfcx(a) * u_exp_neg2(sq.x, sq.y);
  var res = select(u_copysign(big, x), small, abs(x) < 1.0);
  return select(res, x, u_isnan(x));
}
`,
);

def(
  "u_gelu",
  ["u_base", "u_erfc_core"],
  `
// x Φ(x), Φ(x) = erfc(-x/√2) / 2, taken as 1 - erfc(|x|/√2)/2 for x >= 0 so
// that both sides keep relative precision; e^(-x²/2) from x directly (x² as
// an exact hi + small lo), since erfc is too sensitive to a rounded |x|/√2.
// gelu(-inf) = -0 (the limit).
fn u_gelu(x: f32) -> f32 {
  let a = min(abs(x), 15.0);
  let sq = u_sq2(a);
  let half = 0.5 * (u_erfcx(a * 0.70710678118654752) * u_exp_neg2(0.5 * sq.x, 0.5 * sq.y));
  let cdf = select(1.0 - half, half, x < 0.0);
  var res = x * cdf;
  res = select(res, select(x, -0.0, x < 0.0), u_isinf(x));
  return select(res, x, u_isnan(x));
}
`,
);

def(
  "u_gelu_tanh",
  ["u_base", "u_erfc_core"],
  `
// x (1 + tanh u) / 2 = x σ(2u), 2u = K1 x + K2 x³ (K1 = 2√(2/π),
// K2 = 0.044715 K1). e^(-|2u|) is sensitive to the rounding of 2u where it
// matters (the negative tail), so it is taken as a product of exps of the
// exact parts of K1 x and K2 x³ (12-bit splits) and one of their small
// remainders. K1, K2 as float32 plus their float64 tails.
fn u_gelu_tanh(x: f32) -> f32 {
  let xc = clamp(x, -12.0, 12.0);
  let K1 = 1.5957691216057308; let K1t = -4.534068032135963e-8;
  let K2 = 0.07135481627260025; let K2t = 2.3988323966106506e-9;
  let p = u_mul2(K1, xc);
  let sq = u_mul2(xc, xc);
  let c3 = u_mul2(xc, sq.x);
  let x3l = c3.y + xc * sq.y;
  let q = u_mul2(K2, c3.x);
  // |2u| = A + L: A sums the parts on a 2^-12 grid (exact: below 2^8), L the
  // small remainders, signed as x
  let ph = round(p.x * 4096.0) * (1.0 / 4096.0);
  let qh = round(q.x * 4096.0) * (1.0 / 4096.0);
  let lo = ((p.x - ph) + (q.x - qh)) + ((p.y + K1t * xc) + (q.y + K2 * x3l + K2t * c3.x));
  let sg = select(1.0, -1.0, xc < 0.0);
  let e = u_exp_neg2(abs(ph + qh), sg * lo);
  let neg = xc < 0.0;
  var res = x * (select(1.0, e, neg) / (1.0 + e));
  res = select(res, select(x, -0.0, neg), abs(x) > 12.0);
  return select(res, x, u_isnan(x));
}
`,
);

def(
  "u_misc",
  ["u_base"],
  `
fn u_sign(x: f32) -> f32 { return select(u_copysign(1.0, x), x, u_iszero(x) || u_isnan(x)); }
fn u_sqrt(x: f32) -> f32 {
  var r = sqrt(x);
  r = select(r, u_nan(), bitcast<u32>(x) > 0x80000000u);
  r = select(r, x, u_iszero(x) || bitcast<u32>(x) == 0x7f800000u);
  return select(r, x, u_isnan(x));
}
fn u_rsqrt(x: f32) -> f32 {
  var r = 1.0 / sqrt(x);
  r = select(r, u_copysign(u_inf(), x), u_iszero(x));
  r = select(r, 0.0, bitcast<u32>(x) == 0x7f800000u);
  r = select(r, u_nan(), bitcast<u32>(x) > 0x80000000u);
  return select(r, x, u_isnan(x));
}
fn u_reciprocal(x: f32) -> f32 {
  var r = 1.0 / x;
  r = select(r, u_copysign(u_inf(), x), u_iszero(x));
  r = select(r, u_copysign(0.0, x), u_isinf(x));
  return select(r, x, u_isnan(x));
}
// relu, relu6: NaN stays NaN, -0 gives +0
fn u_relu(x: f32) -> f32 { return select(select(x, 0.0, x <= 0.0), x, u_isnan(x)); }
fn u_relu6(x: f32) -> f32 { return select(select(select(x, 6.0, x > 6.0), 0.0, x <= 0.0), x, u_isnan(x)); }
fn u_leaky(x: f32, alpha: f32) -> f32 { return select(select(alpha * x, x, x > 0.0), x, u_isnan(x)); }
// floor, ceil, round: the result has x's sign (ceil(-0.5) = -0); NaN and ±inf stay
fn u_floor(x: f32) -> f32 { return select(u_copysign(floor(x), x), x, u_isnan(x) || u_isinf(x)); }
fn u_ceil(x: f32) -> f32 { return select(u_copysign(ceil(x), x), x, u_isnan(x) || u_isinf(x)); }
fn u_round(x: f32) -> f32 { return select(u_copysign(round(x), x), x, u_isnan(x) || u_isinf(x)); }
`,
);

def(
  "u_elu",
  ["u_base", "u_expm1"],
  `
fn u_elu(x: f32) -> f32 { return select(select(u_expm1(x), x, x > 0.0), x, u_isnan(x)); }
// SELU's constants as TensorFlow rounds them; the negative side uses their
// product, rounded once
fn u_selu(x: f32) -> f32 {
  let r = select(u_expm1(x) * 1.7580993408473768599402175208123, x * 1.0507009873554804934193349852946, x > 0.0);
  return select(r, x, u_isnan(x));
}
`,
);

/** The WGSL source of the named functions and everything they use, each once. */
export function mathWgsl(...names: string[]): string {
  const done = new Set<string>();
  const out: string[] = [];
  const visit = (n: string) => {
    if (done.has(n)) return;
    const f = FNS[n];
    if (f === undefined) throw new Error(`mathWgsl: no WGSL function ${n} (a tapeflow bug)`);
    done.add(n);
    for (const d of f.deps) visit(d);
    out.push(f.code);
  };
  for (const n of names) visit(n);
  return out.join("");
}
