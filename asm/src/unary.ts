// Elementwise unary kernels over contiguous data.
//
// Contract: `x` and `o` are byte offsets of `n` elements; float32/int32 data is
// 4-byte aligned, bool outputs (one byte each, 0 or 1) need no alignment. `o`
// may equal `x` (in place, same element size) but must not otherwise overlap
// it. `alpha` is the op's scalar parameter where it has one (leakyRelu's
// slope), else ignored.
//
// The op code is a constant inside each specialised loop (see binary.ts).
// Float32 tails run the vector code on a zero-padded vector, so every element
// gets the same bits whatever its position (the transcendentals in math.ts
// are not correctly rounded, so a separate scalar version would differ).

import {
  erf_v, exp_v, expm1_v, gelu_tanh_v, gelu_v, log1p_v, log_v, rsqrt_v, sigmoid_v, sincos_v,
  softplus_v, tanh_v,
} from "./math";

const NEG: i32 = 0;
const ABS: i32 = 1;
const SQUARE: i32 = 2;
const SQRT: i32 = 3;
const EXP: i32 = 4;
const LOG: i32 = 5;
const RELU: i32 = 6;
const SIGN: i32 = 7;
const RSQRT: i32 = 8;
const RECIPROCAL: i32 = 9;
const EXPM1: i32 = 10;
const LOG1P: i32 = 11;
const SIN: i32 = 12;
const COS: i32 = 13;
const TANH: i32 = 14;
const SIGMOID: i32 = 15;
const SOFTPLUS: i32 = 16;
const RELU6: i32 = 17;
const LEAKY_RELU: i32 = 18;
const ELU: i32 = 19;
const SELU: i32 = 20;
const GELU: i32 = 21;
const GELU_TANH: i32 = 22;
const ERF: i32 = 23;
const FLOOR: i32 = 24;
const CEIL: i32 = 25;
const ROUND: i32 = 26;

// Bool-valued tests (unary_f32_bool).
const IS_NAN: i32 = 0;
const IS_FINITE: i32 = 1;

// SELU's constants (Klambauer et al. 2017), as TensorFlow rounds them; the
// negative branch uses their product, rounded once.
const SELU_SCALE: f32 = 1.0507009873554804934193349852946;
const SELU_SCALE_ALPHA: f32 = 1.7580993408473768599402175208123;

// ---------------------------------------------------------------- float32

// @ts-ignore: decorator
@inline function uv(op: i32, x: v128, alpha: v128): v128 {
  const zero = f32x4.splat(0);
  if (op == NEG) return f32x4.neg(x);
  if (op == ABS) return f32x4.abs(x);
  if (op == SQUARE) return f32x4.mul(x, x);
  if (op == SQRT) return f32x4.sqrt(x);
  if (op == EXP) return exp_v(x);
  if (op == LOG) return log_v(x);
  // relu: pmax(x, 0) = x < 0 ? 0 : x keeps NaN (one x86 instruction where
  // f32x4.max takes several); + 0 turns its -0 for -0 into +0.
  if (op == RELU) return f32x4.add(f32x4.pmax(x, zero), zero);
  if (op == SIGN) {
    // ±1 with x's sign where x < 0 or x > 0; x itself for ±0 and NaN.
    const one = v128.or(v128.and(x, i32x4.splat(0x80000000)), f32x4.splat(1));
    return v128.bitselect(one, x, v128.or(f32x4.lt(x, zero), f32x4.gt(x, zero)));
  }
  if (op == RSQRT) return rsqrt_v(x);
  if (op == RECIPROCAL) return f32x4.div(f32x4.splat(1), x);
  if (op == EXPM1) return expm1_v(x);
  if (op == LOG1P) return log1p_v(x);
  if (op == SIN) return sincos_v(x, false);
  if (op == COS) return sincos_v(x, true);
  if (op == TANH) return tanh_v(x);
  if (op == SIGMOID) return sigmoid_v(x);
  if (op == SOFTPLUS) return softplus_v(x);
  if (op == RELU6) return f32x4.add(f32x4.pmin(f32x4.pmax(x, zero), f32x4.splat(6)), zero);
  // x > 0 ? x : alpha x (NaN > 0 is false: alpha NaN = NaN).
  if (op == LEAKY_RELU) return v128.bitselect(x, f32x4.mul(x, alpha), f32x4.gt(x, zero));
  if (op == ELU) return v128.bitselect(x, expm1_v(x), f32x4.gt(x, zero));
  if (op == SELU) {
    const pos = f32x4.mul(x, f32x4.splat(SELU_SCALE));
    const neg = f32x4.mul(expm1_v(x), f32x4.splat(SELU_SCALE_ALPHA));
    return v128.bitselect(pos, neg, f32x4.gt(x, zero));
  }
  if (op == GELU) return gelu_v(x);
  if (op == GELU_TANH) return gelu_tanh_v(x);
  if (op == ERF) return erf_v(x);
  if (op == FLOOR) return f32x4.floor(x);
  if (op == CEIL) return f32x4.ceil(x);
  // round half to even, as TensorFlow's tf.round
  return f32x4.nearest(x);
}

// @ts-ignore: decorator
@inline function unaryLoop(op: i32, x: usize, o: usize, n: i32, alpha: f32): void {
  const av = f32x4.splat(alpha);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    v128.store(o + k, uv(op, v128.load(x + k), av));
  }
  if (i < n) {
    // Tail: run the same vector code on a zero-padded copy so that the tail
    // gets bit-identical results to the body.
    const k = <usize>i << 2;
    let t = f32x4.splat(0);
    const rem = n - i;
    t = f32x4.replace_lane(t, 0, load<f32>(x + k));
    if (rem > 1) t = f32x4.replace_lane(t, 1, load<f32>(x + k + 4));
    if (rem > 2) t = f32x4.replace_lane(t, 2, load<f32>(x + k + 8));
    const r = uv(op, t, av);
    store<f32>(o + k, f32x4.extract_lane(r, 0));
    if (rem > 1) store<f32>(o + k + 4, f32x4.extract_lane(r, 1));
    if (rem > 2) store<f32>(o + k + 8, f32x4.extract_lane(r, 2));
  }
}

// One wasm function per op (a loop never inlined into the dispatcher): small
// functions reach V8's optimising tier quickly, where one function holding
// every op's loop stayed in the baseline tier for many calls.
function f32_neg(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(NEG, x, o, n, alpha); }
function f32_abs(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(ABS, x, o, n, alpha); }
function f32_square(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(SQUARE, x, o, n, alpha); }
function f32_sqrt(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(SQRT, x, o, n, alpha); }
function f32_exp(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(EXP, x, o, n, alpha); }
function f32_log(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(LOG, x, o, n, alpha); }
function f32_relu(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(RELU, x, o, n, alpha); }
function f32_sign(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(SIGN, x, o, n, alpha); }
function f32_rsqrt(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(RSQRT, x, o, n, alpha); }
function f32_reciprocal(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(RECIPROCAL, x, o, n, alpha); }
function f32_expm1(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(EXPM1, x, o, n, alpha); }
function f32_log1p(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(LOG1P, x, o, n, alpha); }
function f32_sin(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(SIN, x, o, n, alpha); }
function f32_cos(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(COS, x, o, n, alpha); }
function f32_tanh(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(TANH, x, o, n, alpha); }
function f32_sigmoid(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(SIGMOID, x, o, n, alpha); }
function f32_softplus(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(SOFTPLUS, x, o, n, alpha); }
function f32_relu6(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(RELU6, x, o, n, alpha); }
function f32_leaky_relu(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(LEAKY_RELU, x, o, n, alpha); }
function f32_elu(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(ELU, x, o, n, alpha); }
function f32_selu(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(SELU, x, o, n, alpha); }
function f32_gelu(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(GELU, x, o, n, alpha); }
function f32_gelu_tanh(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(GELU_TANH, x, o, n, alpha); }
function f32_erf(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(ERF, x, o, n, alpha); }
function f32_floor(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(FLOOR, x, o, n, alpha); }
function f32_ceil(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(CEIL, x, o, n, alpha); }
function f32_round(x: usize, o: usize, n: i32, alpha: f32): void { unaryLoop(ROUND, x, o, n, alpha); }

/** A float32 unary op over `n` contiguous elements (see the contract above). */
export function unary_f32(op: i32, x: usize, o: usize, n: i32, alpha: f32): void {
  switch (op) {
    case NEG: f32_neg(x, o, n, alpha); break;
    case ABS: f32_abs(x, o, n, alpha); break;
    case SQUARE: f32_square(x, o, n, alpha); break;
    case SQRT: f32_sqrt(x, o, n, alpha); break;
    case EXP: f32_exp(x, o, n, alpha); break;
    case LOG: f32_log(x, o, n, alpha); break;
    case RELU: f32_relu(x, o, n, alpha); break;
    case SIGN: f32_sign(x, o, n, alpha); break;
    case RSQRT: f32_rsqrt(x, o, n, alpha); break;
    case RECIPROCAL: f32_reciprocal(x, o, n, alpha); break;
    case EXPM1: f32_expm1(x, o, n, alpha); break;
    case LOG1P: f32_log1p(x, o, n, alpha); break;
    case SIN: f32_sin(x, o, n, alpha); break;
    case COS: f32_cos(x, o, n, alpha); break;
    case TANH: f32_tanh(x, o, n, alpha); break;
    case SIGMOID: f32_sigmoid(x, o, n, alpha); break;
    case SOFTPLUS: f32_softplus(x, o, n, alpha); break;
    case RELU6: f32_relu6(x, o, n, alpha); break;
    case LEAKY_RELU: f32_leaky_relu(x, o, n, alpha); break;
    case ELU: f32_elu(x, o, n, alpha); break;
    case SELU: f32_selu(x, o, n, alpha); break;
    case GELU: f32_gelu(x, o, n, alpha); break;
    case GELU_TANH: f32_gelu_tanh(x, o, n, alpha); break;
    case ERF: f32_erf(x, o, n, alpha); break;
    case FLOOR: f32_floor(x, o, n, alpha); break;
    case CEIL: f32_ceil(x, o, n, alpha); break;
    case ROUND: f32_round(x, o, n, alpha); break;
  }
}

// ---------------------------------------------------------------- int32

// The ops TensorFlow defines on int32: wrapping arithmetic (abs(INT_MIN) and
// -INT_MIN are INT_MIN, square wraps mod 2^32), as TensorFlow's kernels do.
// @ts-ignore: decorator
@inline function iv(op: i32, x: v128): v128 {
  const zero = i32x4.splat(0);
  if (op == NEG) return i32x4.neg(x);
  if (op == ABS) return i32x4.abs(x);
  if (op == SQUARE) return i32x4.mul(x, x);
  // the comparison masks are -1 where true: (x < 0) - (x > 0) = sign(x)
  if (op == SIGN) return i32x4.sub(i32x4.lt_s(x, zero), i32x4.gt_s(x, zero));
  if (op == RELU) return i32x4.max_s(x, zero);
  return i32x4.min_s(i32x4.max_s(x, zero), i32x4.splat(6)); // RELU6
}

// @ts-ignore: decorator
@inline function is_(op: i32, x: i32): i32 {
  if (op == NEG) return -x;
  if (op == ABS) return x < 0 ? -x : x;
  if (op == SQUARE) return x * x;
  if (op == SIGN) return <i32>(x > 0) - <i32>(x < 0);
  if (op == RELU) return max<i32>(x, 0);
  return min<i32>(max<i32>(x, 0), 6);
}

// @ts-ignore: decorator
@inline function intLoop(op: i32, x: usize, o: usize, n: i32): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    v128.store(o + k, iv(op, v128.load(x + k)));
  }
  for (; i < n; i++) {
    const k = <usize>i << 2;
    store<i32>(o + k, is_(op, load<i32>(x + k)));
  }
}

/** An int32 unary op (NEG, ABS, SQUARE, SIGN, RELU, RELU6) over `n` elements. */
export function unary_i32(op: i32, x: usize, o: usize, n: i32): void {
  switch (op) {
    case NEG: intLoop(NEG, x, o, n); break;
    case ABS: intLoop(ABS, x, o, n); break;
    case SQUARE: intLoop(SQUARE, x, o, n); break;
    case SIGN: intLoop(SIGN, x, o, n); break;
    case RELU: intLoop(RELU, x, o, n); break;
    case RELU6: intLoop(RELU6, x, o, n); break;
  }
}

// ---------------------------------------------------------------- float32 -> bool

// -1 in lanes where the test holds.
// @ts-ignore: decorator
@inline function bv(op: i32, x: v128): v128 {
  if (op == IS_NAN) return f32x4.ne(x, x);
  return f32x4.lt(f32x4.abs(x), f32x4.splat(Infinity)); // IS_FINITE (false for NaN)
}

// @ts-ignore: decorator
@inline function bs(op: i32, x: f32): u8 {
  if (op == IS_NAN) return <u8>(x != x);
  return <u8>(Mathf.abs(x) < Infinity);
}

// @ts-ignore: decorator
@inline function boolLoop(op: i32, x: usize, o: usize, n: i32): void {
  const one = i8x16.splat(1);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const k = x + (<usize>i << 2);
    const a = i16x8.narrow_i32x4_s(bv(op, v128.load(k)), bv(op, v128.load(k, 16)));
    const b = i16x8.narrow_i32x4_s(bv(op, v128.load(k, 32)), bv(op, v128.load(k, 48)));
    v128.store(o + <usize>i, v128.and(i8x16.narrow_i16x8_s(a, b), one));
  }
  for (; i < n; i++) store<u8>(o + <usize>i, bs(op, load<f32>(x + (<usize>i << 2))));
}

/** A float32 -> bool test (IS_NAN, IS_FINITE) over `n` elements: 1 byte each. */
export function unary_f32_bool(op: i32, x: usize, o: usize, n: i32): void {
  switch (op) {
    case IS_NAN: boolLoop(IS_NAN, x, o, n); break;
    case IS_FINITE: boolLoop(IS_FINITE, x, o, n); break;
  }
}
