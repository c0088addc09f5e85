// WGSL math functions that the kernels share, ported from the wasm kernels'
// own (asm/src/math.ts, asm/src/reduce.ts) so that both backends compute
// exp and log with the same reduction, polynomial and fused multiply-adds:
// their accuracy no longer depends on the driver's builtins (WGSL only
// promises exp within 3 + 2|x| ulp), and on a CPU whose wasm relaxed_madd
// fuses, the two backends agree bit for bit (log) or nearly (exp, whose
// round() may differ from wasm's magic-constant rounding at exact ties).
//
// WGSL compilers may reassociate float arithmetic and assume that no NaN or
// infinity occurs (the software adapter folds (a + C) - C to a, turns
// select(x, c, x < c) into a max that drops NaN, and x - x into 0): no tricks
// that rely on intermediate rounding, and special values are tested on the
// bits, which integer arithmetic keeps exact.
//
// Not a program: snippets that programs paste into their source.

/**
 * `exp_neg(x)`: e^x for x <= 0 (max-shifted arguments of softmax and
 * logSumExp), within 2 ulp. x < -87.34 gives 0 (e^x would be subnormal),
 * -inf gives 0, NaN gives NaN; x > 0 is not supported.
 */
export const EXP_NEG_WGSL = `
fn exp_neg(x: f32) -> f32 {
  if ((bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u) { return x; }
  let cut = -87.33654;
  // x < cut: clamped (the result is masked to 0 below); NaN passes through
  let xc = select(x, cut, x < cut);
  // n = round(x log2 e) in [-126, 0]. (wasm adds and subtracts a magic
  // constant; WGSL compilers may reassociate that away, so round() here.)
  let n = round(xc * 1.44269504088896341);
  var r = fma(n, -0.693359375, xc);
  r = fma(n, 2.12194440e-4, r);
  var p = 1.9875691500e-4;
  p = fma(p, r, 1.3981999507e-3);
  p = fma(p, r, 8.3334519073e-3);
  p = fma(p, r, 4.1665795894e-2);
  p = fma(p, r, 1.6666665459e-1);
  p = fma(p, r, 5.0000001201e-1);
  let y = fma(p, r * r, r) + 1.0;
  return select(y * bitcast<f32>(u32(i32(n) + 127) << 23u), 0.0, x < cut);
}
`;

/**
 * `log_f32(x)`: the natural logarithm within 2 ulp (Cephes' reduction to
 * m in [sqrt(1/2), sqrt(2)) and degree-9 polynomial), subnormals included;
 * log(+inf) = +inf, log(0) = -inf, log(x < 0) = NaN, NaN stays NaN.
 */
export const LOG_WGSL = `
fn log_f32(x: f32) -> f32 {
  let tiny = x < 1.17549435e-38;
  let xs = select(x, x * 33554432.0, tiny);
  let bits = bitcast<u32>(xs);
  var e = i32(bits >> 23u) - 126;
  e = select(e, e - 25, tiny);
  var m = bitcast<f32>((bits & 0x807fffffu) | 0x3f000000u);
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
  y = fma(ef, -2.12194440e-4, y);
  y = fma(z, -0.5, y);
  var r = m + y;
  r = fma(ef, 0.693359375, r);
  let b = bitcast<u32>(x);
  r = select(r, x, b == 0x7f800000u);
  r = select(r, bitcast<f32>(0xff800000u), (b & 0x7fffffffu) == 0u);
  r = select(r, bitcast<f32>(0x7fc00000u), b > 0x80000000u);
  return select(r, x, (b & 0x7fffffffu) > 0x7f800000u);
}
`;
