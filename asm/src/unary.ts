// Elementwise unary kernels over contiguous data.
//
// Contract: `x` and `o` are byte offsets of `n` elements, 4-byte aligned;
// `o` may equal `x` (in place) but must not otherwise overlap it. `alpha` is the
// op's scalar parameter where it has one (leakyRelu's slope), else ignored.
//
// The op code is a constant inside each specialised loop (see binary.ts).

import { exp_v, log_v } from "./math";

const NEG: i32 = 0;
const ABS: i32 = 1;
const SQUARE: i32 = 2;
const SQRT: i32 = 3;
const EXP: i32 = 4;
const LOG: i32 = 5;
const RELU: i32 = 6;

@inline function uv(op: i32, x: v128, alpha: v128): v128 {
  if (op == NEG) return f32x4.neg(x);
  if (op == ABS) return f32x4.abs(x);
  if (op == SQUARE) return f32x4.mul(x, x);
  if (op == SQRT) return f32x4.sqrt(x);
  if (op == EXP) return exp_v(x);
  if (op == LOG) return log_v(x);
  // relu: max(x, 0) but NaN stays NaN (f32x4.max propagates it).
  return f32x4.max(x, f32x4.splat(0));
}

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

/** A float32 unary op over `n` contiguous elements (see the contract above). */
export function unary_f32(op: i32, x: usize, o: usize, n: i32, alpha: f32): void {
  switch (op) {
    case NEG: unaryLoop(NEG, x, o, n, alpha); break;
    case ABS: unaryLoop(ABS, x, o, n, alpha); break;
    case SQUARE: unaryLoop(SQUARE, x, o, n, alpha); break;
    case SQRT: unaryLoop(SQRT, x, o, n, alpha); break;
    case EXP: unaryLoop(EXP, x, o, n, alpha); break;
    case LOG: unaryLoop(LOG, x, o, n, alpha); break;
    case RELU: unaryLoop(RELU, x, o, n, alpha); break;
  }
}
