// Fused kernels: bias + activation epilogues (applied by matmul and conv2d to
// their output while it is still in cache), activation gradients in one pass,
// and softmax cross-entropy (loss in one kernel, gradient in another).
//
// Contract (every kernel here):
// - Pointers are byte offsets into the one linear memory, float32 4-byte
//   aligned; int32 labels 4-byte aligned. Outputs do not overlap inputs
//   unless stated.
// - Activation codes: LINEAR 0, RELU 1, RELU6 2, LEAKY_RELU 3 (slope alpha),
//   ELU 4, SIGMOID 5, TANH 6. The activations use the formulas of unary.ts's
//   kernels, so that a fused op gives the bits of its unfused composition
//   (matmul, add, activation).
// - Every kernel takes a range of rows so that threads can split it.

import { exp_neg_v, expm1_v, log_v, sigmoid_v, tanh_v } from "./math";

const LINEAR: i32 = 0;
const RELU: i32 = 1;
const RELU6: i32 = 2;
const LEAKY_RELU: i32 = 3;
const ELU: i32 = 4;
const SIGMOID: i32 = 5;
const TANH: i32 = 6;

// ---------------------------------------------------------------- activations

// The same expressions as unary.ts's uv for these ops.
@inline function act_v(act: i32, x: v128, alpha: v128): v128 {
  const zero = f32x4.splat(0);
  if (act == RELU) return f32x4.add(f32x4.pmax(x, zero), zero);
  if (act == RELU6) return f32x4.add(f32x4.pmin(f32x4.pmax(x, zero), f32x4.splat(6)), zero);
  if (act == LEAKY_RELU) return v128.bitselect(x, f32x4.mul(x, alpha), f32x4.gt(x, zero));
  if (act == ELU) return v128.bitselect(x, expm1_v(x), f32x4.gt(x, zero));
  if (act == SIGMOID) return sigmoid_v(x);
  if (act == TANH) return tanh_v(x);
  return x;
}

// The first n (1..3) lanes at p, zeros elsewhere; and their store.
@inline function ldPart(p: usize, n: i32): v128 {
  let t = f32x4.splat(0);
  t = f32x4.replace_lane(t, 0, load<f32>(p));
  if (n > 1) t = f32x4.replace_lane(t, 1, load<f32>(p, 4));
  if (n > 2) t = f32x4.replace_lane(t, 2, load<f32>(p, 8));
  return t;
}

@inline function stPart(p: usize, v: v128, n: i32): void {
  store<f32>(p, f32x4.extract_lane(v, 0));
  if (n > 1) store<f32>(p, f32x4.extract_lane(v, 1), 4);
  if (n > 2) store<f32>(p, f32x4.extract_lane(v, 2), 8);
}

// c[r][j] = act(c[r][j] + bias[j]) (no bias when HAS_BIAS is false) for rows
// [r0, r1) of N columns, `ldc` floats apart. Tails run the vector code on a
// zero-padded vector (same bits as the body).
@inline function biasActRows(
  act: i32, HAS_BIAS: bool, c: usize, ldc: i32, N: i32, r0: i32, r1: i32, bias: usize, alpha: f32,
): void {
  const av = f32x4.splat(alpha);
  const ld = <usize>ldc << 2;
  for (let r = r0; r < r1; r++) {
    const row = c + <usize>r * ld;
    let j = 0;
    for (; j + 4 <= N; j += 4) {
      const k = <usize>j << 2;
      let v = v128.load(row + k);
      if (HAS_BIAS) v = f32x4.add(v, v128.load(bias + k));
      v128.store(row + k, act_v(act, v, av));
    }
    if (j < N) {
      const k = <usize>j << 2;
      let v = ldPart(row + k, N - j);
      if (HAS_BIAS) v = f32x4.add(v, ldPart(bias + k, N - j));
      stPart(row + k, act_v(act, v, av), N - j);
    }
  }
}

@inline function biasActAct(HAS_BIAS: bool, act: i32, c: usize, ldc: i32, N: i32, r0: i32, r1: i32, bias: usize, alpha: f32): void {
  switch (act) {
    case RELU: biasActRows(RELU, HAS_BIAS, c, ldc, N, r0, r1, bias, alpha); break;
    case RELU6: biasActRows(RELU6, HAS_BIAS, c, ldc, N, r0, r1, bias, alpha); break;
    case LEAKY_RELU: biasActRows(LEAKY_RELU, HAS_BIAS, c, ldc, N, r0, r1, bias, alpha); break;
    case ELU: biasActRows(ELU, HAS_BIAS, c, ldc, N, r0, r1, bias, alpha); break;
    case SIGMOID: biasActRows(SIGMOID, HAS_BIAS, c, ldc, N, r0, r1, bias, alpha); break;
    case TANH: biasActRows(TANH, HAS_BIAS, c, ldc, N, r0, r1, bias, alpha); break;
    default: biasActRows(LINEAR, HAS_BIAS, c, ldc, N, r0, r1, bias, alpha); break;
  }
}

/**
 * The epilogue of a fused matmul or conv2d, in place: rows [r0, r1) of an
 * N-column matrix at c (row stride ldc floats) become act(c + bias), bias an
 * N-vector (none when bias = 0). LINEAR without bias does nothing.
 */
export function bias_act_f32(c: usize, ldc: i32, N: i32, r0: i32, r1: i32, bias: usize, act: i32, alpha: f32): void {
  if (bias != 0) biasActAct(true, act, c, ldc, N, r0, r1, bias, alpha);
  else if (act != LINEAR) biasActAct(false, act, c, ldc, N, r0, r1, bias, alpha);
}

// ---------------------------------------------------------------- activation gradients

// dz from dy and the activation's output y, as TensorFlow's *Grad kernels:
// relu dy·(y > 0), relu6 dy·(0 < y < 6), leakyRelu (alpha >= 0) y > 0 ? dy :
// alpha dy, elu y < 0 ? dy (y + 1) : dy, sigmoid dy y (1 - y), tanh
// dy (1 - y²). For relu and relu6 the mask multiplies (dy · 0 keeps the sign
// of zero and NaN of dy, as multiply(dy, cast(mask)) does).
@inline function actGrad_v(act: i32, dy: v128, y: v128, alpha: v128): v128 {
  const zero = f32x4.splat(0), one = f32x4.splat(1);
  if (act == RELU) return f32x4.mul(dy, v128.and(f32x4.gt(y, zero), one));
  if (act == RELU6) {
    const m = v128.and(f32x4.gt(y, zero), f32x4.lt(y, f32x4.splat(6)));
    return f32x4.mul(dy, v128.and(m, one));
  }
  if (act == LEAKY_RELU) return v128.bitselect(dy, f32x4.mul(dy, alpha), f32x4.gt(y, zero));
  if (act == ELU) return v128.bitselect(f32x4.mul(dy, f32x4.add(y, one)), dy, f32x4.lt(y, zero));
  if (act == SIGMOID) return f32x4.mul(f32x4.mul(dy, y), f32x4.sub(one, y));
  if (act == TANH) return f32x4.mul(dy, f32x4.sub(one, f32x4.mul(y, y)));
  return dy;
}

@inline function actGradLoop(act: i32, dy: usize, y: usize, o: usize, n: i32, alpha: f32): void {
  const av = f32x4.splat(alpha);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    v128.store(o + k, actGrad_v(act, v128.load(dy + k), v128.load(y + k), av));
  }
  if (i < n) {
    const k = <usize>i << 2;
    stPart(o + k, actGrad_v(act, ldPart(dy + k, n - i), ldPart(y + k, n - i), av), n - i);
  }
}

/**
 * o = the gradient through activation `act` of n elements: dy the output's
 * gradient, y the activation's output (see actGrad_v). o may equal dy.
 */
export function act_grad_f32(act: i32, dy: usize, y: usize, o: usize, n: i32, alpha: f32): void {
  switch (act) {
    case RELU: actGradLoop(RELU, dy, y, o, n, alpha); break;
    case RELU6: actGradLoop(RELU6, dy, y, o, n, alpha); break;
    case LEAKY_RELU: actGradLoop(LEAKY_RELU, dy, y, o, n, alpha); break;
    case ELU: actGradLoop(ELU, dy, y, o, n, alpha); break;
    case SIGMOID: actGradLoop(SIGMOID, dy, y, o, n, alpha); break;
    case TANH: actGradLoop(TANH, dy, y, o, n, alpha); break;
    default: memory.copy(o, dy, <usize>n << 2); break;
  }
}

// ---------------------------------------------------------------- softmax cross-entropy

// max over n floats at p (NaN if any is NaN); four accumulators hide the
// latency of the (NaN-propagating, several-instruction) vector max.
@inline function rowMax(p: usize, n: i32): f32 {
  let m0 = f32x4.splat(-Infinity), m1 = m0, m2 = m0, m3 = m0;
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const q = p + (<usize>i << 2);
    m0 = f32x4.max(m0, v128.load(q));
    m1 = f32x4.max(m1, v128.load(q, 16));
    m2 = f32x4.max(m2, v128.load(q, 32));
    m3 = f32x4.max(m3, v128.load(q, 48));
  }
  for (; i + 4 <= n; i += 4) m0 = f32x4.max(m0, v128.load(p + (<usize>i << 2)));
  const m = f32x4.max(f32x4.max(m0, m1), f32x4.max(m2, m3));
  let s = max<f32>(max<f32>(f32x4.extract_lane(m, 0), f32x4.extract_lane(m, 1)),
    max<f32>(f32x4.extract_lane(m, 2), f32x4.extract_lane(m, 3)));
  for (; i < n; i++) s = max<f32>(s, load<f32>(p + (<usize>i << 2)));
  return s;
}

// Σ exp(x - m) over n floats at p (x - m <= 0: math.ts's exp_neg_v, the bits
// of exp_v in fewer steps), four accumulators; padded tail lanes are masked out.
@inline function rowExpSum(p: usize, n: i32, m: f32): f32 {
  const mv = f32x4.splat(m);
  let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const q = p + (<usize>i << 2);
    a0 = f32x4.add(a0, exp_neg_v(f32x4.sub(v128.load(q), mv)));
    a1 = f32x4.add(a1, exp_neg_v(f32x4.sub(v128.load(q, 16), mv)));
    a2 = f32x4.add(a2, exp_neg_v(f32x4.sub(v128.load(q, 32), mv)));
    a3 = f32x4.add(a3, exp_neg_v(f32x4.sub(v128.load(q, 48), mv)));
  }
  for (; i + 4 <= n; i += 4) a0 = f32x4.add(a0, exp_neg_v(f32x4.sub(v128.load(p + (<usize>i << 2)), mv)));
  if (i < n) {
    const e = exp_neg_v(f32x4.sub(ldPart(p + (<usize>i << 2), n - i), mv));
    const rem = n - i;
    const keep = rem == 1 ? i32x4(-1, 0, 0, 0) : rem == 2 ? i32x4(-1, -1, 0, 0) : i32x4(-1, -1, -1, 0);
    a1 = f32x4.add(a1, v128.and(e, keep));
  }
  const a = f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3));
  return (f32x4.extract_lane(a, 0) + f32x4.extract_lane(a, 1)) +
    (f32x4.extract_lane(a, 2) + f32x4.extract_lane(a, 3));
}

@inline function logS(x: f32): f32 {
  return f32x4.extract_lane(log_v(f32x4.splat(x)), 0);
}

// log Σ exp over a row: m + log Σ exp(x - m); m itself where m is not finite.
@inline function rowLse(p: usize, n: i32): f32 {
  const m = rowMax(p, n);
  if (!(Mathf.abs(m) < Infinity)) return m;
  return logS(rowExpSum(p, n, m)) + m;
}

/**
 * Softmax cross-entropy with probability labels, rows [r0, r1) of
 * [rows, n] logits x and labels t: loss[r] = Σ_j t[r][j] (lse_r - x[r][j]),
 * lse_r = log Σ_j exp x[r][j] (max-shifted), as
 * tf.nn.softmax_cross_entropy_with_logits.
 */
export function softmax_xent_f32(x: usize, t: usize, loss: usize, n: i32, r0: i32, r1: i32): void {
  const rb = <usize>n << 2;
  for (let r = r0; r < r1; r++) {
    const xr = x + <usize>r * rb, tr = t + <usize>r * rb;
    const lse = rowLse(xr, n);
    const lv = f32x4.splat(lse);
    let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
    let j = 0;
    for (; j + 16 <= n; j += 16) {
      const k = <usize>j << 2;
      const t0 = tr + k, x0 = xr + k;
      a0 = f32x4.add(a0, f32x4.mul(v128.load(t0), f32x4.sub(lv, v128.load(x0))));
      a1 = f32x4.add(a1, f32x4.mul(v128.load(t0, 16), f32x4.sub(lv, v128.load(x0, 16))));
      a2 = f32x4.add(a2, f32x4.mul(v128.load(t0, 32), f32x4.sub(lv, v128.load(x0, 32))));
      a3 = f32x4.add(a3, f32x4.mul(v128.load(t0, 48), f32x4.sub(lv, v128.load(x0, 48))));
    }
    for (; j + 4 <= n; j += 4) {
      const k = <usize>j << 2;
      a0 = f32x4.add(a0, f32x4.mul(v128.load(tr + k), f32x4.sub(lv, v128.load(xr + k))));
    }
    const a = f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3));
    let s = (f32x4.extract_lane(a, 0) + f32x4.extract_lane(a, 1)) +
      (f32x4.extract_lane(a, 2) + f32x4.extract_lane(a, 3));
    for (; j < n; j++) {
      const k = <usize>j << 2;
      s += load<f32>(tr + k) * (lse - load<f32>(xr + k));
    }
    store<f32>(loss + (<usize>r << 2), s);
  }
}

/**
 * Its gradient with respect to the logits, rows [r0, r1):
 * dx[r][j] = g[r] (softmax(x[r])[j] - t[r][j]), g the loss's gradient (one
 * per row). With `sparse` = 1, t holds one int32 class per row instead
 * (t[r][j] = 1 where j is that class, else 0).
 */
export function softmax_xent_grad_f32(x: usize, t: usize, g: usize, dx: usize, n: i32, r0: i32, r1: i32, sparse: i32): void {
  const rb = <usize>n << 2;
  for (let r = r0; r < r1; r++) {
    const xr = x + <usize>r * rb, dr = dx + <usize>r * rb;
    const m = rowMax(xr, n);
    const mv = f32x4.splat(m);
    // softmax = exp(x - m) / Σ exp(x - m): exp into dx, then scale
    let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
    let j = 0;
    for (; j + 16 <= n; j += 16) {
      const k = <usize>j << 2;
      const x0 = xr + k, d0 = dr + k;
      const e0 = exp_neg_v(f32x4.sub(v128.load(x0), mv));
      const e1 = exp_neg_v(f32x4.sub(v128.load(x0, 16), mv));
      const e2 = exp_neg_v(f32x4.sub(v128.load(x0, 32), mv));
      const e3 = exp_neg_v(f32x4.sub(v128.load(x0, 48), mv));
      v128.store(d0, e0);
      v128.store(d0, e1, 16);
      v128.store(d0, e2, 32);
      v128.store(d0, e3, 48);
      a0 = f32x4.add(a0, e0);
      a1 = f32x4.add(a1, e1);
      a2 = f32x4.add(a2, e2);
      a3 = f32x4.add(a3, e3);
    }
    for (; j + 4 <= n; j += 4) {
      const k = <usize>j << 2;
      const e = exp_neg_v(f32x4.sub(v128.load(xr + k), mv));
      v128.store(dr + k, e);
      a0 = f32x4.add(a0, e);
    }
    const a = f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3));
    let s = (f32x4.extract_lane(a, 0) + f32x4.extract_lane(a, 1)) +
      (f32x4.extract_lane(a, 2) + f32x4.extract_lane(a, 3));
    for (; j < n; j++) {
      const k = <usize>j << 2;
      const e = f32x4.extract_lane(exp_neg_v(f32x4.splat(load<f32>(xr + k) - m)), 0);
      store<f32>(dr + k, e);
      s += e;
    }
    const gr = load<f32>(g + (<usize>r << 2));
    const inv = f32x4.splat(1 / s), gv = f32x4.splat(gr);
    if (sparse != 0) {
      // as the dense case with a one-hot row: g (p - 1) at the class, g p elsewhere
      const c = load<i32>(t + (<usize>r << 2));
      const hit = c >= 0 && c < n;
      const ec = hit ? load<f32>(dr + (<usize>c << 2)) : 0;
      j = 0;
      for (; j + 4 <= n; j += 4) {
        const k = <usize>j << 2;
        v128.store(dr + k, f32x4.mul(gv, f32x4.mul(v128.load(dr + k), inv)));
      }
      for (; j < n; j++) {
        const k = <usize>j << 2;
        store<f32>(dr + k, gr * (load<f32>(dr + k) * (1 / s)));
      }
      if (hit) store<f32>(dr + (<usize>c << 2), gr * (ec * (1 / s) - 1));
    } else {
      const tr = t + <usize>r * rb;
      j = 0;
      for (; j + 4 <= n; j += 4) {
        const k = <usize>j << 2;
        v128.store(dr + k, f32x4.mul(gv, f32x4.sub(f32x4.mul(v128.load(dr + k), inv), v128.load(tr + k))));
      }
      for (; j < n; j++) {
        const k = <usize>j << 2;
        store<f32>(dr + k, gr * (load<f32>(dr + k) * (1 / s) - load<f32>(tr + k)));
      }
    }
  }
}

/**
 * Sparse softmax cross-entropy, rows [r0, r1): loss[r] = lse_r - x[r][c_r],
 * c_r the int32 class of row r; NaN for a class outside [0, n) (as
 * TensorFlow on GPUs; its CPU kernel raises an error).
 */
export function sparse_softmax_xent_f32(x: usize, t: usize, loss: usize, n: i32, r0: i32, r1: i32): void {
  const rb = <usize>n << 2;
  for (let r = r0; r < r1; r++) {
    const xr = x + <usize>r * rb;
    const c = load<i32>(t + (<usize>r << 2));
    const v = c >= 0 && c < n ? rowLse(xr, n) - load<f32>(xr + (<usize>c << 2)) : NaN;
    store<f32>(loss + (<usize>r << 2), v);
  }
}
