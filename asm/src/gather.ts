// Indexing kernels: gather, gatherNd, scatter-add (scatterNd,
// tensorScatterAdd, unsortedSegmentSum and the gathers' gradients), oneHot
// and topk.
//
// Contract:
// - Pointers are byte offsets into the one linear memory; `esize` is the
//   element size in bytes, 4 (float32, int32: 4-byte aligned) or 1 (bool).
//   Indices are i32. Outputs do not overlap inputs.
// - Indices are validated by the caller (the ops throw a RangeError naming the
//   bad index before any kernel runs), except where a kernel states how it
//   treats them (scatter_add skips rows with a negative index, one_hot leaves
//   out-of-range indices all `off`).
// - Rows are contiguous runs of R elements; `R` may be 0.

// Copies one row of `bytes` bytes; small rows of 4-byte words by hand, since
// a memory.copy call costs more than a few loads and stores.
@inline function copyRow(dst: usize, src: usize, bytes: usize): void {
  if (bytes == 4) store<u32>(dst, load<u32>(src));
  else if (bytes < 64 && (bytes & 3) == 0) {
    for (let b: usize = 0; b < bytes; b += 4) store<u32>(dst + b, load<u32>(src + b));
  } else if (bytes < 16) {
    for (let b: usize = 0; b < bytes; b++) store<u8>(dst + b, load<u8>(src + b));
  } else memory.copy(dst, src, bytes);
}

/**
 * Gather along an axis. params is viewed as [B, O, N, R] and the indices as
 * [B, I] (values in [0, N)); the output is [B, O, I, R] with
 * out[b, o, i, :] = params[b, o, idx[b, i], :].
 */
export function gather(
  esize: i32, src: usize, idx: usize, dst: usize, B: i32, O: i32, N: i32, I: i32, R: i32,
): void {
  const row = <usize>R * <usize>esize;
  let d = dst;
  for (let b = 0; b < B; b++) {
    const ib = idx + (<usize>b * <usize>I << 2);
    for (let o = 0; o < O; o++) {
      const base = src + (<usize>b * <usize>O + <usize>o) * <usize>N * row;
      if (row == 4) {
        // single 4-byte elements (gathering along the last axis)
        for (let i = 0; i < I; i++) {
          const k = <usize>i << 2;
          store<u32>(d + k, load<u32>(base + (<usize>load<i32>(ib + k) << 2)));
        }
        d += <usize>I << 2;
      } else {
        for (let i = 0; i < I; i++) {
          const j = <usize>load<i32>(ib + (<usize>i << 2));
          copyRow(d, base + j * row, row);
          d += row;
        }
      }
    }
  }
}

// Element offset (in elements) of the slice that index tuple `t` (K i32) selects.
@inline function tupleOffset(t: usize, K: i32, strides: usize): isize {
  let off: isize = 0;
  for (let k = 0; k < K; k++) {
    const j = load<i32>(t + (<usize>k << 2));
    if (j < 0) return -1;
    off += <isize>j * <isize>load<i32>(strides + (<usize>k << 2));
  }
  return off;
}

/**
 * gatherNd with batch dimensions. The indices are [B, M, K]; `strides` points
 * at K i32: the element strides of the K indexed axes of params. Batch b of
 * params starts `batchStride` elements after batch b - 1. The output is
 * [B, M, R]: out[b, m, :] = params[b, idx[b, m, :], :] (R elements).
 */
export function gather_nd(
  esize: i32, src: usize, idx: usize, dst: usize, B: i32, M: i32, K: i32, R: i32,
  batchStride: i32, strides: usize,
): void {
  const row = <usize>R * <usize>esize;
  let d = dst;
  let t = idx;
  for (let b = 0; b < B; b++) {
    const base = src + <usize>b * <usize>batchStride * <usize>esize;
    for (let m = 0; m < M; m++) {
      const off = tupleOffset(t, K, strides);
      copyRow(d, base + <usize>off * <usize>esize, row);
      d += row;
      t += <usize>K << 2;
    }
  }
}

@inline function addRowF32(dst: usize, src: usize, n: i32): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    v128.store(dst + k, f32x4.add(v128.load(dst + k), v128.load(src + k)));
  }
  for (; i < n; i++) {
    const k = <usize>i << 2;
    store<f32>(dst + k, load<f32>(dst + k) + load<f32>(src + k));
  }
}

@inline function addRowI32(dst: usize, src: usize, n: i32): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    v128.store(dst + k, i32x4.add(v128.load(dst + k), v128.load(src + k)));
  }
  for (; i < n; i++) {
    const k = <usize>i << 2;
    store<i32>(dst + k, load<i32>(dst + k) + load<i32>(src + k));
  }
}

/**
 * Scatter-add, the transpose of gather_nd: dst[b, idx[b, m, :], :] +=
 * upd[b, m, :] for R-element rows, float32 (`isFloat` 1) or int32. Duplicate
 * indices accumulate, in order. Rows whose index tuple has a negative entry are
 * skipped (unsortedSegmentSum drops negative segment ids). `dst` must already
 * hold the values to add to.
 */
export function scatter_add(
  isFloat: i32, upd: usize, idx: usize, dst: usize, B: i32, M: i32, K: i32, R: i32,
  batchStride: i32, strides: usize,
): void {
  const row = <usize>R << 2;
  let u = upd;
  let t = idx;
  for (let b = 0; b < B; b++) {
    const base = dst + (<usize>b * <usize>batchStride << 2);
    for (let m = 0; m < M; m++) {
      const off = tupleOffset(t, K, strides);
      if (off >= 0) {
        const p = base + (<usize>off << 2);
        if (isFloat) addRowF32(p, u, R);
        else addRowI32(p, u, R);
      }
      u += row;
      t += <usize>K << 2;
    }
  }
}

/**
 * One-hot encoding: the output is [outer, depth, inner] with
 * out[o, d, i] = idx[o, i] == d ? on : off, where `on` and `off` are bit
 * patterns of the element type (4- or 1-byte). Indices outside [0, depth)
 * give a row of `off` (TensorFlow's rule).
 */
export function one_hot(
  esize: i32, idx: usize, dst: usize, outer: i32, depth: i32, inner: i32, on: i32, off: i32,
): void {
  const block = <usize>depth * <usize>inner;
  // An `off` made of one repeated byte (0, -1, any bool): one memset of the
  // whole output, the fastest fill there is; else one [depth, inner] block
  // at a time, its ones set while it is still in cache.
  const byte = off & 0xff;
  const memset = esize == 1 || off == byte * 0x01010101;
  if (memset) memory.fill(dst, <u8>byte, <usize>outer * block * <usize>esize);
  const v = i32x4.splat(off);
  for (let o = 0; o < outer; o++) {
    const b = dst + <usize>o * block * <usize>esize;
    if (memset) {
      // filled above
    } else if (esize == 4) {
      let i: usize = 0;
      for (; i + 4 <= block; i += 4) v128.store(b + (i << 2), v);
      for (; i < block; i++) store<i32>(b + (i << 2), off);
    }
    const ib = idx + (<usize>o * <usize>inner << 2);
    for (let i = 0; i < inner; i++) {
      const j = load<i32>(ib + (<usize>i << 2));
      if (j < 0 || j >= depth) continue;
      const e = <usize>j * <usize>inner + <usize>i;
      if (esize == 4) store<i32>(b + (e << 2), on);
      else store<u8>(b + e, <u8>on);
    }
  }
}

// ---------------------------------------------------------------- topk

// Whether element a of a row ranks before element b: larger value first
// (NaN above +Inf), the lower index first among equals (TensorFlow's order).
@inline function before<T>(row: usize, a: i32, b: i32): bool {
  const va = load<T>(row + (<usize>a << 2));
  const vb = load<T>(row + (<usize>b << 2));
  if (isFloat<T>()) {
    const na = va != va;
    const nb = vb != vb;
    if (na || nb) return na && (!nb || a < b);
  }
  return va > vb || (va == vb && a < b);
}

// Restores the heap property below `pos` in a heap whose top ranks last.
@inline function siftDown<T>(row: usize, h: usize, size: i32, pos: i32): void {
  let p = pos;
  const x = load<i32>(h + (<usize>p << 2));
  while (true) {
    let c = 2 * p + 1;
    if (c >= size) break;
    let cv = load<i32>(h + (<usize>c << 2));
    if (c + 1 < size) {
      const c2 = load<i32>(h + (<usize>(c + 1) << 2));
      if (before<T>(row, cv, c2)) {
        c++;
        cv = c2;
      }
    }
    if (!before<T>(row, x, cv)) break;
    store<i32>(h + (<usize>p << 2), cv);
    p = c;
  }
  store<i32>(h + (<usize>p << 2), x);
}

// Whether row element v enters a heap whose last-ranking value is t: every
// heap member has a lower index than the scanned element, so only a strictly
// larger value (or a NaN, over a number) ranks before it.
@inline function enters<T>(v: T, t: T): bool {
  if (isFloat<T>()) return v > t || (v != v && t == t);
  return v > t;
}

@inline function topkRows<T>(src: usize, dstV: usize, dstI: usize, rows: i32, n: i32, k: i32): void {
  for (let r = 0; r < rows; r++) {
    const row = src + (<usize>r * <usize>n << 2);
    const h = dstI + (<usize>r * <usize>k << 2);
    // A heap of the k best seen so far, the one ranking last on top: a later
    // element replaces the top when it ranks before it. O(n log k), and the
    // scan tests 4 elements at a time against the top's value.
    for (let i = 0; i < k; i++) store<i32>(h + (<usize>i << 2), i);
    for (let p = (k >> 1) - 1; p >= 0; p--) siftDown<T>(row, h, k, p);
    let t = load<T>(row + (<usize>load<i32>(h) << 2));
    let tv = isFloat<T>() ? f32x4.splat(<f32>t) : i32x4.splat(<i32>t);
    let i = k;
    while (i < n) {
      // a NaN on top: every member is NaN, nothing later ranks before them
      if (isFloat<T>() && t != t) break;
      // skip blocks of 16 in which no element beats the top
      if (i + 16 <= n) {
        const p = row + (<usize>i << 2);
        const a = v128.load(p);
        const b = v128.load(p + 16);
        const c = v128.load(p + 32);
        const d = v128.load(p + 48);
        let m: v128;
        if (isFloat<T>()) {
          // NaN: x != x
          const nan = v128.or(v128.or(f32x4.ne(a, a), f32x4.ne(b, b)), v128.or(f32x4.ne(c, c), f32x4.ne(d, d)));
          const gt = v128.or(v128.or(f32x4.gt(a, tv), f32x4.gt(b, tv)), v128.or(f32x4.gt(c, tv), f32x4.gt(d, tv)));
          m = v128.or(nan, gt);
        } else {
          m = v128.or(v128.or(i32x4.gt_s(a, tv), i32x4.gt_s(b, tv)), v128.or(i32x4.gt_s(c, tv), i32x4.gt_s(d, tv)));
        }
        if (!v128.any_true(m)) {
          i += 16;
          continue;
        }
      }
      const end = min(i + 16, n);
      for (; i < end; i++) {
        if (enters<T>(load<T>(row + (<usize>i << 2)), t)) {
          store<i32>(h, i);
          siftDown<T>(row, h, k, 0);
          t = load<T>(row + (<usize>load<i32>(h) << 2));
          tv = isFloat<T>() ? f32x4.splat(<f32>t) : i32x4.splat(<i32>t);
        }
      }
    }
    // Heap sort: move the last-ranking to the end, repeatedly.
    for (let e = k - 1; e > 0; e--) {
      const top = load<i32>(h);
      store<i32>(h, load<i32>(h + (<usize>e << 2)));
      store<i32>(h + (<usize>e << 2), top);
      siftDown<T>(row, h, e, 0);
    }
    const v = dstV + (<usize>r * <usize>k << 2);
    for (let q = 0; q < k; q++) {
      store<T>(v + (<usize>q << 2), load<T>(row + (<usize>load<i32>(h + (<usize>q << 2)) << 2)));
    }
  }
}

/**
 * The k largest elements of each of `rows` rows of n float32 (`isFloat` 1) or
 * int32 elements, in order (ties: lower index first; NaN ranks above +Inf):
 * values to dstV and their i32 indices to dstI, k per row. 1 <= k <= n.
 */
export function topk(isFloat: i32, src: usize, dstV: usize, dstI: usize, rows: i32, n: i32, k: i32): void {
  if (isFloat) topkRows<f32>(src, dstV, dstI, rows, n, k);
  else topkRows<i32>(src, dstV, dstI, rows, n, k);
}

/**
 * Index validation: the position i (in elements from `idx`) of the first of
 * idx[0], idx[stride], idx[2 stride], ... (n of them) outside [0, bound), or
 * -1 when all are inside. With `allowNegative`, negative entries pass (they
 * are dropped later: unsortedSegmentSum's rule).
 */
export function index_check(idx: usize, n: i32, stride: i32, bound: i32, allowNegative: i32): i32 {
  let i = 0;
  if (stride == 1) {
    const b = i32x4.splat(bound);
    for (; i + 4 <= n; i += 4) {
      const v = v128.load(idx + (<usize>i << 2));
      const bad = allowNegative ? i32x4.ge_s(v, b) : i32x4.ge_u(v, b);
      if (v128.any_true(bad)) break;
    }
  }
  for (; i < n; i++) {
    const v = load<i32>(idx + (<usize>i * <usize>stride << 2));
    if (allowNegative ? v >= bound : <u32>v >= <u32>bound) return i * stride;
  }
  return -1;
}
