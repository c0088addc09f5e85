// Reductions (sum, prod, max, min, logSumExp, all, any), arg-reductions,
// cumulative sums and softmax, over one group of adjacent axes.
//
// Contract (every kernel here):
// - Pointers are byte offsets into the one linear memory; f32/i32 data is
//   4-byte aligned. Outputs overlap neither the input nor `tmp`.
// - The input is viewed as a row-major block (outer, r, inner): `r` is the
//   extent of the reduced (or scanned) axes, merged by the caller; `outer` and
//   `inner` are the products of the axes before and after them. Reductions
//   write (outer, inner) elements; cumsum and softmax write (outer, r, inner).
//   Reductions over non-adjacent axis groups are done by the caller one group
//   at a time (sum, prod, max, min, logSumExp, all and any all compose).
// - outer, r, inner >= 1: the caller handles empty tensors (identities).
// - inner == 1: each contiguous row of r elements is reduced with SIMD
//   (8 vector accumulators). inner > 1: whole rows of `inner` elements are
//   combined with SIMD, no transpose; the loop order depends on the row width
//   so that memory is read in few sequential streams (colLeaf).
// - `tmp` has at least `reduce_tmp_bytes(kind, r, inner)` bytes.
//
// Accuracy of float32 sums (reduceSum, reduceMean, reduceLogSumExp, softmax):
// float32 accumulation, blocked pairwise. Rows: each of 32 lanes adds at most
// 32 consecutive-group elements, leaves of 1024 elements are combined by a
// binary tree; columns: leaves of at most CB = 32 rows, combined by a binary
// tree of partial rows kept in `tmp`. The error of a sum of n elements is
// therefore at most about (40 + log2(n / 1024)) * 2^-24 * sum|x| (rows) and
// (32 + log2(r / 32)) * 2^-24 * sum|x| (columns): it grows with log n, not n.
// Products multiply sequentially per lane (n - 1 roundings: pairing does not
// help a product's bound). max, min, all, any and int32 sums are exact (int32
// wraps modulo 2^32, as TensorFlow's does).
//
// NaN: float max and min propagate NaN (as tf.reduce_max does); argMax and
// argMin return the index of the first NaN when there is one; sums and
// products propagate NaN through IEEE arithmetic.

import { log_v } from "./math";

const SUM: i32 = 0;
const PROD: i32 = 1;
const MAX: i32 = 2;
const MIN: i32 = 3;
const LSE: i32 = 4;

const ALL: i32 = 0;
const ANY: i32 = 1;

// Rows per leaf of the column kernels (and per streamed block).
const CB: i32 = 32;
// Groups of 32 floats per leaf of the row sums (1024 floats, 4 KiB).
const LEAF: i32 = 32;
// Loop orders of the column kernels, by row width (see colLeaf): up to NARROW
// columns in registers over CB rows; up to TILE streamed row by row through
// an L1-resident dst; wider in registers over WIDE_ROWS rows at a time.
const NARROW: i32 = 64;
const TILE: i32 = 4096;
const WIDE_ROWS: i32 = 8;
// Rows shorter than this are reduced by a plain scalar loop (no vector setup).
const SHORT: i32 = 16;

// ---------------------------------------------------------------- generic helpers

@inline function vop<T>(op: i32, a: v128, b: v128): v128 {
  if (isFloat<T>()) {
    if (op == SUM) return f32x4.add(a, b);
    if (op == PROD) return f32x4.mul(a, b);
    if (op == MAX) return f32x4.max(a, b);
    return f32x4.min(a, b);
  } else {
    if (op == SUM) return i32x4.add(a, b);
    if (op == PROD) return i32x4.mul(a, b);
    if (op == MAX) return i32x4.max_s(a, b);
    return i32x4.min_s(a, b);
  }
}

@inline function sop<T>(op: i32, a: T, b: T): T {
  if (op == SUM) return a + b;
  if (op == PROD) return a * b;
  if (op == MAX) return max<T>(a, b);
  return min<T>(a, b);
}

// The identity of each op: sum 0, prod 1, max -inf (int32: its lowest value),
// min +inf (int32: its highest).
@inline function sid<T>(op: i32): T {
  if (isFloat<T>()) {
    if (op == SUM) return <T>0;
    if (op == PROD) return <T>1;
    if (op == MAX) return <T>-Infinity;
    return <T>Infinity;
  } else {
    if (op == SUM) return <T>0;
    if (op == PROD) return <T>1;
    if (op == MAX) return <T>i32.MIN_VALUE;
    return <T>i32.MAX_VALUE;
  }
}

@inline function vsplat<T>(x: T): v128 {
  if (isFloat<T>()) return f32x4.splat(<f32>x);
  return i32x4.splat(<i32>x);
}

@inline function vid<T>(op: i32): v128 {
  return vsplat<T>(sid<T>(op));
}

// Combines the four lanes of v: (l0 op l1) op (l2 op l3).
@inline function hred<T>(op: i32, v: v128): T {
  if (isFloat<T>()) {
    const a = sop<f32>(op, f32x4.extract_lane(v, 0), f32x4.extract_lane(v, 1));
    const b = sop<f32>(op, f32x4.extract_lane(v, 2), f32x4.extract_lane(v, 3));
    return <T>sop<f32>(op, a, b);
  } else {
    const a = sop<i32>(op, i32x4.extract_lane(v, 0), i32x4.extract_lane(v, 1));
    const b = sop<i32>(op, i32x4.extract_lane(v, 2), i32x4.extract_lane(v, 3));
    return <T>sop<i32>(op, a, b);
  }
}

// The first k (1..3) lanes at p, zeros elsewhere.
@inline function loadPartial(p: usize, k: i32): v128 {
  let t = f32x4.splat(0);
  t = f32x4.replace_lane(t, 0, load<f32>(p));
  if (k > 1) t = f32x4.replace_lane(t, 1, load<f32>(p + 4));
  if (k > 2) t = f32x4.replace_lane(t, 2, load<f32>(p + 8));
  return t;
}

@inline function storePartial(p: usize, v: v128, k: i32): void {
  store<f32>(p, f32x4.extract_lane(v, 0));
  if (k > 1) store<f32>(p + 4, f32x4.extract_lane(v, 1));
  if (k > 2) store<f32>(p + 8, f32x4.extract_lane(v, 2));
}

// ---------------------------------------------------------------- exp of x <= 0

const LOG2E: f32 = 1.44269504088896341;
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.12194440e-4;
// ln(2^-126): below it e^x is subnormal, and is flushed to 0.
const EXP_CUT: f32 = -87.33654;
// 1.5 * 2^23 + 127: adding it to |v| < 2^22 rounds v to an integer n and
// leaves n + 127 in the low mantissa bits, i.e. the exponent field of 2^n.
const MAGIC: f32 = 12583039.0;

/**
 * e^x for x <= 0 (the max-shifted arguments of softmax and logSumExp), four
 * lanes. The reduction and polynomial of math.ts's exp_v (max error 2 ulp),
 * with one exponent-field scaling since n = round(x log2 e) is in [-126, 0]:
 * about half the instructions. x < -87.34 gives 0 (e^x would be subnormal,
 * below 1.2e-38), -inf gives 0, NaN gives NaN; x > 0 is not supported.
 */
@inline function expNeg_v(x: v128): v128 {
  const cut = f32x4.splat(EXP_CUT);
  // pmax keeps a NaN first operand: NaN lanes stay NaN through the end
  const xc = f32x4.pmax(x, cut);
  const t = f32x4.relaxed_madd(xc, f32x4.splat(LOG2E), f32x4.splat(MAGIC));
  const n = f32x4.sub(t, f32x4.splat(MAGIC));
  let r = f32x4.relaxed_madd(n, f32x4.splat(-LN2_HI), xc);
  r = f32x4.relaxed_madd(n, f32x4.splat(-LN2_LO), r);
  let p = f32x4.splat(1.9875691500e-4);
  p = f32x4.relaxed_madd(p, r, f32x4.splat(1.3981999507e-3));
  p = f32x4.relaxed_madd(p, r, f32x4.splat(8.3334519073e-3));
  p = f32x4.relaxed_madd(p, r, f32x4.splat(4.1665795894e-2));
  p = f32x4.relaxed_madd(p, r, f32x4.splat(1.6666665459e-1));
  p = f32x4.relaxed_madd(p, r, f32x4.splat(5.0000001201e-1));
  const y = f32x4.add(f32x4.relaxed_madd(p, f32x4.mul(r, r), r), f32x4.splat(1));
  return v128.andnot(f32x4.mul(y, i32x4.shl(t, 23)), f32x4.lt(x, cut));
}

@inline function expNegS(x: f32): f32 {
  return f32x4.extract_lane(expNeg_v(f32x4.splat(x)), 0);
}

@inline function logS(x: f32): f32 {
  return f32x4.extract_lane(log_v(f32x4.splat(x)), 0);
}

// ---------------------------------------------------------------- rows (inner == 1)

// op over n contiguous elements at p with 8 accumulators (no pairing: for
// prod, max, min and int32 sums, whose result does not depend on the order
// beyond per-operation rounding).
@inline function rowFlat<T>(op: i32, p: usize, n: i32): T {
  let a0 = vid<T>(op), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
  let i = 0;
  for (; i + 32 <= n; i += 32) {
    const q = p + (<usize>i << 2);
    a0 = vop<T>(op, a0, v128.load(q));
    a1 = vop<T>(op, a1, v128.load(q, 16));
    a2 = vop<T>(op, a2, v128.load(q, 32));
    a3 = vop<T>(op, a3, v128.load(q, 48));
    a4 = vop<T>(op, a4, v128.load(q, 64));
    a5 = vop<T>(op, a5, v128.load(q, 80));
    a6 = vop<T>(op, a6, v128.load(q, 96));
    a7 = vop<T>(op, a7, v128.load(q, 112));
  }
  for (; i + 4 <= n; i += 4) a0 = vop<T>(op, a0, v128.load(p + (<usize>i << 2)));
  const v = vop<T>(op, vop<T>(op, vop<T>(op, a0, a1), vop<T>(op, a2, a3)),
    vop<T>(op, vop<T>(op, a4, a5), vop<T>(op, a6, a7)));
  let r = hred<T>(op, v);
  for (; i < n; i++) r = sop<T>(op, r, load<T>(p + (<usize>i << 2)));
  return r;
}

// Sum of g groups of 32 floats at p, as four lane partial sums: leaves of at
// most LEAF groups summed by 8 accumulators, leaves paired by a binary tree.
function pwSum(p: usize, g: i32): v128 {
  if (g <= LEAF) {
    let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
    for (let j = 0; j < g; j++) {
      const q = p + (<usize>j << 7);
      a0 = f32x4.add(a0, v128.load(q));
      a1 = f32x4.add(a1, v128.load(q, 16));
      a2 = f32x4.add(a2, v128.load(q, 32));
      a3 = f32x4.add(a3, v128.load(q, 48));
      a4 = f32x4.add(a4, v128.load(q, 64));
      a5 = f32x4.add(a5, v128.load(q, 80));
      a6 = f32x4.add(a6, v128.load(q, 96));
      a7 = f32x4.add(a7, v128.load(q, 112));
    }
    return f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)),
      f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  }
  const h = g >> 1;
  return f32x4.add(pwSum(p, h), pwSum(p + (<usize>h << 7), g - h));
}

// As pwSum, of exp(x - m).
function pwExpSum(p: usize, g: i32, m: v128): v128 {
  if (g <= LEAF) {
    let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
    for (let j = 0; j < g; j++) {
      const q = p + (<usize>j << 7);
      a0 = f32x4.add(a0, expNeg_v(f32x4.sub(v128.load(q), m)));
      a1 = f32x4.add(a1, expNeg_v(f32x4.sub(v128.load(q, 16), m)));
      a2 = f32x4.add(a2, expNeg_v(f32x4.sub(v128.load(q, 32), m)));
      a3 = f32x4.add(a3, expNeg_v(f32x4.sub(v128.load(q, 48), m)));
      a0 = f32x4.add(a0, expNeg_v(f32x4.sub(v128.load(q, 64), m)));
      a1 = f32x4.add(a1, expNeg_v(f32x4.sub(v128.load(q, 80), m)));
      a2 = f32x4.add(a2, expNeg_v(f32x4.sub(v128.load(q, 96), m)));
      a3 = f32x4.add(a3, expNeg_v(f32x4.sub(v128.load(q, 112), m)));
    }
    return f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3));
  }
  const h = g >> 1;
  return f32x4.add(pwExpSum(p, h, m), pwExpSum(p + (<usize>h << 7), g - h, m));
}

// As pwExpSum, also storing each exp(x - m) at o (softmax's fused pass).
function pwExpStore(p: usize, o: usize, g: i32, m: v128): v128 {
  if (g <= LEAF) {
    let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
    for (let j = 0; j < g; j++) {
      const k = <usize>j << 7;
      const q = p + k, w = o + k;
      const e0 = expNeg_v(f32x4.sub(v128.load(q), m));
      const e1 = expNeg_v(f32x4.sub(v128.load(q, 16), m));
      const e2 = expNeg_v(f32x4.sub(v128.load(q, 32), m));
      const e3 = expNeg_v(f32x4.sub(v128.load(q, 48), m));
      const e4 = expNeg_v(f32x4.sub(v128.load(q, 64), m));
      const e5 = expNeg_v(f32x4.sub(v128.load(q, 80), m));
      const e6 = expNeg_v(f32x4.sub(v128.load(q, 96), m));
      const e7 = expNeg_v(f32x4.sub(v128.load(q, 112), m));
      v128.store(w, e0);
      v128.store(w, e1, 16);
      v128.store(w, e2, 32);
      v128.store(w, e3, 48);
      v128.store(w, e4, 64);
      v128.store(w, e5, 80);
      v128.store(w, e6, 96);
      v128.store(w, e7, 112);
      a0 = f32x4.add(a0, f32x4.add(e0, e4));
      a1 = f32x4.add(a1, f32x4.add(e1, e5));
      a2 = f32x4.add(a2, f32x4.add(e2, e6));
      a3 = f32x4.add(a3, f32x4.add(e3, e7));
    }
    return f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3));
  }
  const h = g >> 1;
  const k = <usize>h << 7;
  return f32x4.add(pwExpStore(p, o, h, m), pwExpStore(p + k, o + k, g - h, m));
}

// Pairwise sum of n contiguous floats.
function rowSum(p: usize, n: i32): f32 {
  const g = n >> 5;
  let v = g > 0 ? pwSum(p, g) : f32x4.splat(0);
  let i = g << 5;
  for (; i + 4 <= n; i += 4) v = f32x4.add(v, v128.load(p + (<usize>i << 2)));
  let s = hred<f32>(SUM, v);
  for (; i < n; i++) s += load<f32>(p + (<usize>i << 2));
  return s;
}

// Pairwise sum of exp(x - m) over n contiguous floats.
function rowExpSum(p: usize, n: i32, m: f32): f32 {
  const mv = f32x4.splat(m);
  const g = n >> 5;
  let v = g > 0 ? pwExpSum(p, g, mv) : f32x4.splat(0);
  let i = g << 5;
  for (; i + 4 <= n; i += 4) v = f32x4.add(v, expNeg_v(f32x4.sub(v128.load(p + (<usize>i << 2)), mv)));
  let s = hred<f32>(SUM, v);
  for (; i < n; i++) s += expNegS(load<f32>(p + (<usize>i << 2)) - m);
  return s;
}

// ---------------------------------------------------------------- columns (inner > 1)

// dst[c] op= s[c] over n elements.
@inline function combineRow<T>(op: i32, dst: usize, s: usize, n: i32): void {
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const k = <usize>i << 2;
    const d = dst + k, q = s + k;
    const r0 = vop<T>(op, v128.load(d), v128.load(q));
    const r1 = vop<T>(op, v128.load(d, 16), v128.load(q, 16));
    const r2 = vop<T>(op, v128.load(d, 32), v128.load(q, 32));
    const r3 = vop<T>(op, v128.load(d, 48), v128.load(q, 48));
    v128.store(d, r0);
    v128.store(d, r1, 16);
    v128.store(d, r2, 32);
    v128.store(d, r3, 48);
  }
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    v128.store(dst + k, vop<T>(op, v128.load(dst + k), v128.load(s + k)));
  }
  for (; i < n; i++) {
    const k = <usize>i << 2;
    store<T>(dst + k, sop<T>(op, load<T>(dst + k), load<T>(s + k)));
  }
}

// dst = op over nrows rows of n elements (`stride` bytes apart), streaming
// one row at a time through dst (n <= TILE: dst stays in L1).
@inline function streamRows<T>(op: i32, src: usize, stride: usize, dst: usize, nrows: i32, n: i32): void {
  memory.copy(dst, src, <usize>n << 2);
  for (let r = 1; r < nrows; r++) combineRow<T>(op, dst, src + <usize>r * stride, n);
}

// dst[c] = (init ? identity : dst[c]) op src[row][c] over nrows rows of
// `inner` elements, `stride` bytes apart: 16 columns at a time in registers.
@inline function colBlock<T>(op: i32, src: usize, stride: usize, dst: usize, nrows: i32, inner: i32, init: bool): void {
  let c = 0;
  for (; c + 16 <= inner; c += 16) {
    const d = dst + (<usize>c << 2);
    let a0 = vid<T>(op), a1 = a0, a2 = a0, a3 = a0;
    if (!init) {
      a0 = v128.load(d);
      a1 = v128.load(d, 16);
      a2 = v128.load(d, 32);
      a3 = v128.load(d, 48);
    }
    let q = src + (<usize>c << 2);
    for (let r = 0; r < nrows; r++) {
      a0 = vop<T>(op, a0, v128.load(q));
      a1 = vop<T>(op, a1, v128.load(q, 16));
      a2 = vop<T>(op, a2, v128.load(q, 32));
      a3 = vop<T>(op, a3, v128.load(q, 48));
      q += stride;
    }
    v128.store(d, a0);
    v128.store(d, a1, 16);
    v128.store(d, a2, 32);
    v128.store(d, a3, 48);
  }
  for (; c + 4 <= inner; c += 4) {
    const d = dst + (<usize>c << 2);
    let a = init ? vid<T>(op) : v128.load(d);
    let q = src + (<usize>c << 2);
    for (let r = 0; r < nrows; r++) {
      a = vop<T>(op, a, v128.load(q));
      q += stride;
    }
    v128.store(d, a);
  }
  for (; c < inner; c++) {
    const d = dst + (<usize>c << 2);
    let a = init ? sid<T>(op) : load<T>(d);
    let q = src + (<usize>c << 2);
    for (let r = 0; r < nrows; r++) {
      a = sop<T>(op, a, load<T>(q));
      q += stride;
    }
    store<T>(d, a);
  }
}

// dst[c] = sum over nrows rows of exp(src[row][c] - m[c]).
@inline function colBlockExp(src: usize, stride: usize, dst: usize, nrows: i32, inner: i32, m: usize): void {
  let c = 0;
  for (; c + 8 <= inner; c += 8) {
    const off = <usize>c << 2;
    const m0 = v128.load(m + off), m1 = v128.load(m + off, 16);
    let a0 = f32x4.splat(0), a1 = a0;
    let q = src + off;
    for (let r = 0; r < nrows; r++) {
      a0 = f32x4.add(a0, expNeg_v(f32x4.sub(v128.load(q), m0)));
      a1 = f32x4.add(a1, expNeg_v(f32x4.sub(v128.load(q, 16), m1)));
      q += stride;
    }
    v128.store(dst + off, a0);
    v128.store(dst + off, a1, 16);
  }
  for (; c + 4 <= inner; c += 4) {
    const off = <usize>c << 2;
    const m0 = v128.load(m + off);
    let a = f32x4.splat(0);
    let q = src + off;
    for (let r = 0; r < nrows; r++) {
      a = f32x4.add(a, expNeg_v(f32x4.sub(v128.load(q), m0)));
      q += stride;
    }
    v128.store(dst + off, a);
  }
  for (; c < inner; c++) {
    const off = <usize>c << 2;
    const m0 = load<f32>(m + off);
    let a: f32 = 0;
    let q = src + off;
    for (let r = 0; r < nrows; r++) {
      a += expNegS(load<f32>(q) - m0);
      q += stride;
    }
    store<f32>(dst + off, a);
  }
}

// Rows of `inner` floats needed in tmp by a pairwise column sum over r rows.
function pwDepth(r: i32): i32 {
  let d = 0;
  while (r > CB) {
    r -= r >> 1;
    d++;
  }
  return d;
}

// dst = pairwise sum over nrows rows of n columns (leaves of CB rows, paired
// through tmp), leaves summed in registers (narrow) or streamed row by row.
// `w` is the full row width, which picks the loop order (see colLeaf), so that
// a range of the columns is summed exactly as in the whole (thread splits).
function pwCols(src: usize, stride: usize, dst: usize, nrows: i32, n: i32, tmp: usize, w: i32): void {
  if (nrows <= CB) {
    colLeaf<f32>(SUM, src, stride, dst, nrows, n, w);
    return;
  }
  const h = nrows >> 1;
  pwCols(src, stride, dst, h, n, tmp, w);
  pwCols(src + <usize>h * stride, stride, tmp, nrows - h, n, tmp + (<usize>n << 2), w);
  combineRow<f32>(SUM, dst, tmp, n);
}

// dst = pairwise sum over nrows rows of `inner` columns.
function colPwSum(src: usize, stride: usize, dst: usize, nrows: i32, inner: i32, tmp: usize): void {
  pwCols(src, stride, dst, nrows, inner, tmp, inner);
}

// dst = pairwise sum over nrows rows of exp(src - m).
function colPwExpSum(src: usize, stride: usize, dst: usize, nrows: i32, inner: i32, tmp: usize, m: usize): void {
  if (nrows <= CB) {
    colBlockExp(src, stride, dst, nrows, inner, m);
    return;
  }
  const h = nrows >> 1;
  colPwExpSum(src, stride, dst, h, inner, tmp, m);
  colPwExpSum(src + <usize>h * stride, stride, tmp, nrows - h, inner, tmp + (<usize>inner << 2), m);
  combineRow<f32>(SUM, dst, tmp, inner);
}

// dst = op over r rows: narrow blocks in registers, CB rows at a time; wide
// ones streamed row by row, tile by tile.
@inline function colFlat<T>(op: i32, src: usize, stride: usize, dst: usize, r: i32, inner: i32): void {
  colLeaf<T>(op, src, stride, dst, r, inner, inner);
}

// dst = op over nrows rows of n columns, `stride` bytes apart. The memory
// access pattern decides the loop order (measured): narrow blocks (n <=
// NARROW: rows at most 256 bytes apart, so reads are sequential) are kept in
// registers over CB rows at a time; medium ones (n <= TILE) are streamed row
// by row through dst, which stays in L1; wide ones are kept in registers 16
// columns at a time over WIDE_ROWS rows (few concurrent read streams).
@inline function colLeaf<T>(op: i32, src: usize, stride: usize, dst: usize, nrows: i32, n: i32, w: i32): void {
  if (w > NARROW && w <= TILE) {
    streamRows<T>(op, src, stride, dst, nrows, n);
  } else {
    const step = w <= NARROW ? CB : WIDE_ROWS;
    for (let r0 = 0; r0 < nrows; r0 += step) {
      colBlock<T>(op, src + <usize>r0 * stride, stride, dst, min(step, nrows - r0), n, r0 == 0);
    }
  }
}

// ---------------------------------------------------------------- reductions

@inline function reduceT<T>(op: i32, x: usize, o: usize, outer: i32, r: i32, inner: i32, tmp: usize): void {
  const stride = <usize>inner << 2;
  const block = <usize>r * stride;
  for (let b = 0; b < outer; b++) {
    const src = x + <usize>b * block;
    if (inner == 1) {
      const dst = o + (<usize>b << 2);
      if (r < SHORT) {
        // short rows: a plain loop (exact for max/min; < SHORT roundings for sums)
        let v = load<T>(src);
        for (let i = 1; i < r; i++) v = sop<T>(op, v, load<T>(src + (<usize>i << 2)));
        store<T>(dst, v);
      } else if (isFloat<T>() && op == SUM) store<f32>(dst, rowSum(src, r));
      else store<T>(dst, rowFlat<T>(op, src, r));
    } else {
      const dst = o + <usize>b * stride;
      if (isFloat<T>() && op == SUM) colPwSum(src, stride, dst, r, inner, tmp);
      else colFlat<T>(op, src, stride, dst, r, inner);
    }
  }
}

// log(sum(exp(x - m))) + m with m = max(x), as tf.reduce_logsumexp: where m
// is not finite the result is m itself (all -inf: -inf; a +inf: +inf; a NaN:
// NaN), which is what TensorFlow's formula gives there.
function lseF32(x: usize, o: usize, outer: i32, r: i32, inner: i32, tmp: usize): void {
  const stride = <usize>inner << 2;
  const block = <usize>r * stride;
  for (let b = 0; b < outer; b++) {
    const src = x + <usize>b * block;
    if (inner == 1) {
      const m = rowFlat<f32>(MAX, src, r);
      const y = Mathf.abs(m) < Infinity ? logS(rowExpSum(src, r, m)) + m : m;
      store<f32>(o + (<usize>b << 2), y);
    } else {
      const dst = o + <usize>b * stride;
      colFlat<f32>(MAX, src, stride, dst, r, inner);
      colPwExpSum(src, stride, tmp, r, inner, tmp + stride, dst);
      const inf = f32x4.splat(Infinity);
      let c = 0;
      for (; c + 4 <= inner; c += 4) {
        const k = <usize>c << 2;
        const m = v128.load(dst + k);
        const y = f32x4.add(log_v(v128.load(tmp + k)), m);
        v128.store(dst + k, v128.bitselect(y, m, f32x4.lt(f32x4.abs(m), inf)));
      }
      for (; c < inner; c++) {
        const k = <usize>c << 2;
        const m = load<f32>(dst + k);
        if (Mathf.abs(m) < Infinity) store<f32>(dst + k, logS(load<f32>(tmp + k)) + m);
      }
    }
  }
}

/** Bytes of `tmp` needed by a float32 kernel of kind 0 (reduce_f32), 1 (softmax_f32). */
export function reduce_tmp_bytes(kind: i32, r: i32, inner: i32): i32 {
  if (inner == 1) return 0;
  const rows = pwDepth(r) + (kind == 0 ? 1 : 2);
  return rows * inner * 4;
}

/** float32 reduction `op` (SUM, PROD, MAX, MIN, LSE) of (outer, r, inner) into (outer, inner). */
export function reduce_f32(op: i32, x: usize, o: usize, outer: i32, r: i32, inner: i32, tmp: usize): void {
  switch (op) {
    case SUM: reduceT<f32>(SUM, x, o, outer, r, inner, tmp); break;
    case PROD: reduceT<f32>(PROD, x, o, outer, r, inner, tmp); break;
    case MAX: reduceT<f32>(MAX, x, o, outer, r, inner, tmp); break;
    case MIN: reduceT<f32>(MIN, x, o, outer, r, inner, tmp); break;
    case LSE: lseF32(x, o, outer, r, inner, tmp); break;
  }
}

/** int32 reduction `op` (SUM, PROD, MAX, MIN; sums and products wrap) of (outer, r, inner). */
export function reduce_i32(op: i32, x: usize, o: usize, outer: i32, r: i32, inner: i32): void {
  switch (op) {
    case SUM: reduceT<i32>(SUM, x, o, outer, r, inner, 0); break;
    case PROD: reduceT<i32>(PROD, x, o, outer, r, inner, 0); break;
    case MAX: reduceT<i32>(MAX, x, o, outer, r, inner, 0); break;
    case MIN: reduceT<i32>(MIN, x, o, outer, r, inner, 0); break;
  }
}

/**
 * Columns [c0, c1) of reduce_f32 with outer = 1: o[c] = op over the r rows of
 * x (row stride `inner` floats) for c in [c0, c1), with the loop order of the
 * whole width, so the result equals reduce_f32's bit for bit. `tmp` needs
 * reduce_tmp_bytes(0, r, c1 - c0) bytes. SUM, PROD, MAX, MIN.
 */
export function reduce_f32_cols(op: i32, x: usize, o: usize, r: i32, inner: i32, c0: i32, c1: i32, tmp: usize): void {
  const stride = <usize>inner << 2;
  const src = x + (<usize>c0 << 2), dst = o + (<usize>c0 << 2), n = c1 - c0;
  switch (op) {
    case SUM: pwCols(src, stride, dst, r, n, tmp, inner); break;
    case PROD: colLeaf<f32>(PROD, src, stride, dst, r, n, inner); break;
    case MAX: colLeaf<f32>(MAX, src, stride, dst, r, n, inner); break;
    case MIN: colLeaf<f32>(MIN, src, stride, dst, r, n, inner); break;
  }
}

/**
 * Parts [i0, i1) of a pairwise float32 row sum split across threads: part i
 * covers the groups [g0, g1) of 32 floats at x given by the i32 pair at
 * ranges + 8 i, and its four lane sums go to dst + 16 i. Each part must be a
 * node of rowSum's pairwise tree (see sum_f32_finish).
 */
export function sum_f32_parts(x: usize, ranges: usize, i0: i32, i1: i32, dst: usize): void {
  for (let i = i0; i < i1; i++) {
    const g0 = load<i32>(ranges + (<usize>i << 3)), g1 = load<i32>(ranges + (<usize>i << 3), 4);
    v128.store(dst + (<usize>i << 4), pwSum(x + (<usize>g0 << 7), g1 - g0));
  }
}

/**
 * Finishes a row sum of n floats at x from 2^depth parts (16 bytes each at
 * parts, left to right) that are the nodes of depth `depth` of rowSum's tree:
 * pairs them as the tree does, adds the tail past the last whole group of 32
 * and stores the sum at o: bit-identical to reduce_f32(SUM) of the row.
 */
export function sum_f32_finish(x: usize, n: i32, parts: usize, depth: i32, o: usize): void {
  for (let cnt = 1 << depth; cnt > 1; cnt >>= 1) {
    for (let i = 0; i < cnt >> 1; i++) {
      const a = parts + (<usize>(2 * i) << 4);
      v128.store(parts + (<usize>i << 4), f32x4.add(v128.load(a), v128.load(a, 16)));
    }
  }
  let v = v128.load(parts);
  let i = (n >> 5) << 5;
  for (; i + 4 <= n; i += 4) v = f32x4.add(v, v128.load(x + (<usize>i << 2)));
  let s = hred<f32>(SUM, v);
  for (; i < n; i++) s += load<f32>(x + (<usize>i << 2));
  store<f32>(o, s);
}

/** o[i] = o[i] / count over n floats (reduceMean's last step). */
export function div_count_f32(o: usize, n: i32, count: f32): void {
  const c = f32x4.splat(count);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    v128.store(o + k, f32x4.div(v128.load(o + k), c));
  }
  for (; i < n; i++) {
    const k = <usize>i << 2;
    store<f32>(o + k, load<f32>(o + k) / count);
  }
}

/** o[i] = o[i] / count over n int32, truncating toward zero (TensorFlow's integer mean). */
export function div_count_i32(o: usize, n: i32, count: i32): void {
  for (let i = 0; i < n; i++) {
    const k = <usize>i << 2;
    store<i32>(o + k, load<i32>(o + k) / count);
  }
}

// ---------------------------------------------------------------- all / any (bool, 1 byte)

@inline function boolT(op: i32, x: usize, o: usize, outer: i32, r: i32, inner: i32): void {
  const block = <usize>r * <usize>inner;
  for (let b = 0; b < outer; b++) {
    const src = x + <usize>b * block;
    if (inner == 1) {
      // all: the minimum byte is 1; any: the maximum byte is 1.
      let a = i8x16.splat(op == ALL ? 1 : 0);
      let i = 0;
      for (; i + 16 <= r; i += 16) {
        const v = v128.load(src + <usize>i);
        a = op == ALL ? i8x16.min_u(a, v) : i8x16.max_u(a, v);
      }
      let s: i32 = op == ALL ? <i32>i8x16.all_true(a) : <i32>v128.any_true(a);
      for (; i < r; i++) {
        const v = <i32>load<u8>(src + <usize>i);
        s = op == ALL ? s & v : s | v;
      }
      store<u8>(o + <usize>b, <u8>(s != 0));
    } else {
      const dst = o + <usize>b * <usize>inner;
      memory.copy(dst, src, <usize>inner);
      for (let rr = 1; rr < r; rr++) {
        const q = src + <usize>rr * <usize>inner;
        let c = 0;
        for (; c + 16 <= inner; c += 16) {
          const d = dst + <usize>c;
          const v = v128.load(q + <usize>c);
          v128.store(d, op == ALL ? i8x16.min_u(v128.load(d), v) : i8x16.max_u(v128.load(d), v));
        }
        for (; c < inner; c++) {
          const d = dst + <usize>c;
          const v = load<u8>(q + <usize>c);
          store<u8>(d, op == ALL ? load<u8>(d) & v : load<u8>(d) | v);
        }
      }
    }
  }
}

/** all (op 0) or any (op 1) of bool bytes (0 or 1) over (outer, r, inner). */
export function reduce_bool(op: i32, x: usize, o: usize, outer: i32, r: i32, inner: i32): void {
  if (op == ALL) boolT(ALL, x, o, outer, r, inner);
  else boolT(ANY, x, o, outer, r, inner);
}

// ---------------------------------------------------------------- argMax / argMin

// Whether v should replace the best b (lanes of masks): strictly greater
// (argMax) or less (argMin), or a NaN where b is not (the first NaN wins).
@inline function takeV<T>(op: i32, v: v128, b: v128): v128 {
  if (isFloat<T>()) {
    const better = op == MAX ? f32x4.gt(v, b) : f32x4.lt(v, b);
    return v128.or(better, v128.and(f32x4.ne(v, v), f32x4.eq(b, b)));
  }
  return op == MAX ? i32x4.gt_s(v, b) : i32x4.lt_s(v, b);
}

// Whether (v, i) beats (b, bi) between lanes: the rule above, ties to the lower index.
@inline function takeS<T>(op: i32, v: T, i: i32, b: T, bi: i32): bool {
  if (isFloat<T>()) {
    if (b != b) return v != v && i < bi;
    if (v != v) return true;
  }
  if (v == b) return i < bi;
  return op == MAX ? v > b : v < b;
}

// Two passes: the extremum with the 8-accumulator reduction (NaN if there is
// one), then the first index holding it (the first NaN), 4 lanes at a time.
@inline function argRow<T>(op: i32, p: usize, n: i32): i32 {
  if (n < SHORT) {
    let bv = load<T>(p);
    let bi = 0;
    for (let i = 1; i < n; i++) {
      const v = load<T>(p + (<usize>i << 2));
      if (takeS<T>(op, v, i, bv, bi)) {
        bv = v;
        bi = i;
      }
    }
    return bi;
  }
  const m = rowFlat<T>(op, p, n);
  const nan = isFloat<T>() && m != m;
  const mv = vsplat<T>(m);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const v = v128.load(p + (<usize>i << 2));
    let hit: v128;
    if (isFloat<T>()) hit = nan ? f32x4.ne(v, v) : f32x4.eq(v, mv);
    else hit = i32x4.eq(v, mv);
    if (v128.any_true(hit)) break;
  }
  for (; i < n; i++) {
    const v = load<T>(p + (<usize>i << 2));
    if (isFloat<T>() && nan ? v != v : v == m) return i;
  }
  return 0; // not reached: m is one of the elements
}

@inline function argCols<T>(op: i32, src: usize, stride: usize, dst: usize, r: i32, inner: i32): void {
  let c = 0;
  for (; c + 8 <= inner; c += 8) {
    const off = <usize>c << 2;
    let b0 = v128.load(src + off), b1 = v128.load(src + off, 16);
    let i0 = i32x4.splat(0), i1 = i0;
    let q = src + off + stride;
    for (let rr = 1; rr < r; rr++) {
      const v0 = v128.load(q), v1 = v128.load(q, 16);
      const t0 = takeV<T>(op, v0, b0), t1 = takeV<T>(op, v1, b1);
      const ri = i32x4.splat(rr);
      b0 = v128.bitselect(v0, b0, t0);
      b1 = v128.bitselect(v1, b1, t1);
      i0 = v128.bitselect(ri, i0, t0);
      i1 = v128.bitselect(ri, i1, t1);
      q += stride;
    }
    v128.store(dst + off, i0);
    v128.store(dst + off, i1, 16);
  }
  for (; c + 4 <= inner; c += 4) {
    const off = <usize>c << 2;
    let b = v128.load(src + off);
    let i = i32x4.splat(0);
    let q = src + off + stride;
    for (let rr = 1; rr < r; rr++) {
      const v = v128.load(q);
      const t = takeV<T>(op, v, b);
      b = v128.bitselect(v, b, t);
      i = v128.bitselect(i32x4.splat(rr), i, t);
      q += stride;
    }
    v128.store(dst + off, i);
  }
  for (; c < inner; c++) {
    const off = <usize>c << 2;
    let b = load<T>(src + off);
    let bi = 0;
    let q = src + off + stride;
    for (let rr = 1; rr < r; rr++) {
      const v = load<T>(q);
      if (takeS<T>(op, v, rr, b, bi)) {
        b = v;
        bi = rr;
      }
      q += stride;
    }
    store<i32>(dst + off, bi);
  }
}

@inline function argT<T>(op: i32, x: usize, o: usize, outer: i32, r: i32, inner: i32): void {
  const stride = <usize>inner << 2;
  const block = <usize>r * stride;
  for (let b = 0; b < outer; b++) {
    const src = x + <usize>b * block;
    if (inner == 1) store<i32>(o + (<usize>b << 2), argRow<T>(op, src, r));
    else argCols<T>(op, src, stride, o + <usize>b * stride, r, inner);
  }
}

/** argMax (op MAX) or argMin (op MIN) of float32 (outer, r, inner) into int32 (outer, inner). */
export function arg_f32(op: i32, x: usize, o: usize, outer: i32, r: i32, inner: i32): void {
  if (op == MAX) argT<f32>(MAX, x, o, outer, r, inner);
  else argT<f32>(MIN, x, o, outer, r, inner);
}

/** argMax (op MAX) or argMin (op MIN) of int32 (outer, r, inner) into int32 (outer, inner). */
export function arg_i32(op: i32, x: usize, o: usize, outer: i32, r: i32, inner: i32): void {
  if (op == MAX) argT<i32>(MAX, x, o, outer, r, inner);
  else argT<i32>(MIN, x, o, outer, r, inner);
}

// ---------------------------------------------------------------- cumsum

// dst = a + b over n elements.
@inline function addRows<T>(dst: usize, a: usize, b: usize, n: i32): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    v128.store(dst + k, vop<T>(SUM, v128.load(a + k), v128.load(b + k)));
  }
  for (; i < n; i++) {
    const k = <usize>i << 2;
    store<T>(dst + k, load<T>(a + k) + load<T>(b + k));
  }
}

@inline function cumsumT<T>(x: usize, o: usize, outer: i32, r: i32, inner: i32, exclusive: bool, reverse: bool): void {
  const stride = <usize>inner << 2;
  const block = <usize>r * stride;
  for (let b = 0; b < outer; b++) {
    const src = x + <usize>b * block;
    const dst = o + <usize>b * block;
    if (inner == 1) {
      // a sequential scan, as TensorFlow's (float sums round at each step)
      let acc = <T>0;
      for (let k = 0; k < r; k++) {
        const i = <usize>(reverse ? r - 1 - k : k) << 2;
        const v = load<T>(src + i);
        if (exclusive) {
          store<T>(dst + i, acc);
          acc += v;
        } else {
          acc += v;
          store<T>(dst + i, acc);
        }
      }
    } else {
      for (let k = 0; k < r; k++) {
        const rr = reverse ? r - 1 - k : k;
        const d = dst + <usize>rr * stride;
        if (k == 0) {
          if (exclusive) memory.fill(d, 0, stride);
          else memory.copy(d, src + <usize>rr * stride, stride);
        } else {
          const prev = reverse ? rr + 1 : rr - 1;
          addRows<T>(d, dst + <usize>prev * stride, src + <usize>(exclusive ? prev : rr) * stride, inner);
        }
      }
    }
  }
}

/** Cumulative sum of float32 (outer, r, inner) along r; exclusive and reverse as tf.cumsum. */
export function cumsum_f32(x: usize, o: usize, outer: i32, r: i32, inner: i32, exclusive: i32, reverse: i32): void {
  cumsumT<f32>(x, o, outer, r, inner, exclusive != 0, reverse != 0);
}

/** Cumulative sum of int32 (outer, r, inner) along r (wrapping); exclusive and reverse as tf.cumsum. */
export function cumsum_i32(x: usize, o: usize, outer: i32, r: i32, inner: i32, exclusive: i32, reverse: i32): void {
  cumsumT<i32>(x, o, outer, r, inner, exclusive != 0, reverse != 0);
}

// ---------------------------------------------------------------- softmax

// softmax: e = exp(x - max), e * (1 / sum(e)) (as TensorFlow's kernel);
// logSoftmax: (x - max) - log(sum(e)).
// The max is not adjusted for infinities (as TensorFlow): a row holding +inf
// or only -inf gives NaN.
function softmaxRows(x: usize, o: usize, n: i32, isLog: bool): void {
  const m = rowFlat<f32>(MAX, x, n);
  const mv = f32x4.splat(m);
  const tail = n & 3;
  const nv = n - tail;
  if (!isLog) {
    // exp(x - m) stored and summed in one pass (pairwise, as rowExpSum)
    const g = n >> 5;
    let v = g > 0 ? pwExpStore(x, o, g, mv) : f32x4.splat(0);
    let i = g << 5;
    for (; i + 4 <= n; i += 4) {
      const k = <usize>i << 2;
      const e = expNeg_v(f32x4.sub(v128.load(x + k), mv));
      v128.store(o + k, e);
      v = f32x4.add(v, e);
    }
    if (tail > 0) {
      const k = <usize>nv << 2;
      // zero-padded lanes give exp(0 - m), masked out of the sum
      const e = expNeg_v(f32x4.sub(loadPartial(x + k, tail), mv));
      storePartial(o + k, e, tail);
      const keep = tail == 1 ? i32x4(-1, 0, 0, 0) : tail == 2 ? i32x4(-1, -1, 0, 0) : i32x4(-1, -1, -1, 0);
      v = f32x4.add(v, v128.and(e, keep));
    }
    const s: f32 = 1 / hred<f32>(SUM, v);
    const sv = f32x4.splat(s);
    i = 0;
    for (; i + 4 <= n; i += 4) {
      const k = <usize>i << 2;
      v128.store(o + k, f32x4.mul(v128.load(o + k), sv));
    }
    for (; i < n; i++) {
      const k = <usize>i << 2;
      store<f32>(o + k, load<f32>(o + k) * s);
    }
  } else {
    const ls = f32x4.splat(logS(rowExpSum(x, n, m)));
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      const k = <usize>i << 2;
      v128.store(o + k, f32x4.sub(f32x4.sub(v128.load(x + k), mv), ls));
    }
    const lss = f32x4.extract_lane(ls, 0);
    for (; i < n; i++) {
      const k = <usize>i << 2;
      store<f32>(o + k, (load<f32>(x + k) - m) - lss);
    }
  }
}

function softmaxCols(x: usize, o: usize, r: i32, inner: i32, isLog: bool, tmp: usize): void {
  const stride = <usize>inner << 2;
  const mrow = tmp;
  const srow = tmp + stride;
  const ptmp = srow + stride;
  colFlat<f32>(MAX, x, stride, mrow, r, inner);
  const tail = inner & 3;
  const nv = inner - tail;
  if (!isLog) {
    for (let rr = 0; rr < r; rr++) {
      const src = x + <usize>rr * stride;
      const dst = o + <usize>rr * stride;
      for (let i = 0; i < nv; i += 4) {
        const k = <usize>i << 2;
        v128.store(dst + k, expNeg_v(f32x4.sub(v128.load(src + k), v128.load(mrow + k))));
      }
      if (tail > 0) {
        const k = <usize>nv << 2;
        const e = expNeg_v(f32x4.sub(loadPartial(src + k, tail), loadPartial(mrow + k, tail)));
        storePartial(dst + k, e, tail);
      }
    }
    colPwSum(o, stride, srow, r, inner, ptmp);
    let c = 0;
    for (; c + 4 <= inner; c += 4) {
      const k = <usize>c << 2;
      v128.store(srow + k, f32x4.div(f32x4.splat(1), v128.load(srow + k)));
    }
    for (; c < inner; c++) {
      const k = <usize>c << 2;
      store<f32>(srow + k, 1 / load<f32>(srow + k));
    }
    for (let rr = 0; rr < r; rr++) {
      const dst = o + <usize>rr * stride;
      let i = 0;
      for (; i + 4 <= inner; i += 4) {
        const k = <usize>i << 2;
        v128.store(dst + k, f32x4.mul(v128.load(dst + k), v128.load(srow + k)));
      }
      for (; i < inner; i++) {
        const k = <usize>i << 2;
        store<f32>(dst + k, load<f32>(dst + k) * load<f32>(srow + k));
      }
    }
  } else {
    colPwExpSum(x, stride, srow, r, inner, ptmp, mrow);
    for (let i = 0; i < nv; i += 4) {
      const k = <usize>i << 2;
      v128.store(srow + k, log_v(v128.load(srow + k)));
    }
    for (let i = nv; i < inner; i++) {
      const k = <usize>i << 2;
      store<f32>(srow + k, logS(load<f32>(srow + k)));
    }
    for (let rr = 0; rr < r; rr++) {
      const src = x + <usize>rr * stride;
      const dst = o + <usize>rr * stride;
      let i = 0;
      for (; i + 4 <= inner; i += 4) {
        const k = <usize>i << 2;
        const d = f32x4.sub(v128.load(src + k), v128.load(mrow + k));
        v128.store(dst + k, f32x4.sub(d, v128.load(srow + k)));
      }
      for (; i < inner; i++) {
        const k = <usize>i << 2;
        store<f32>(dst + k, (load<f32>(src + k) - load<f32>(mrow + k)) - load<f32>(srow + k));
      }
    }
  }
}

/** softmax (isLog 0) or logSoftmax (isLog 1) of float32 (outer, r, inner) along r. */
export function softmax_f32(x: usize, o: usize, outer: i32, r: i32, inner: i32, isLog: i32, tmp: usize): void {
  const block = <usize>r * <usize>inner << 2;
  for (let b = 0; b < outer; b++) {
    const src = x + <usize>b * block;
    const dst = o + <usize>b * block;
    if (inner == 1) softmaxRows(src, dst, r, isLog != 0);
    else softmaxCols(src, dst, r, inner, isLog != 0, tmp);
  }
}

