// Data-movement kernels for the shape ops: one general strided copy (serving
// transpose, slice, stridedSlice, tile, broadcastTo, reverse, pad, concat,
// split, stack), with a blocked SIMD transpose of the two innermost loop axes.
//
// Contract:
// - Pointers are byte offsets into the one linear memory. `esize` is the
//   element size in bytes: 4 (float32, int32: 4-byte aligned) or 1 (bool).
// - `copy_nd` reads a descriptor of i32 at `desc`:
//   [rank, dims[rank], srcStrides[rank], dstStrides[rank]] followed by `rank`
//   i32 of scratch for the odometer. Strides are in elements and may be
//   negative (reverse) or 0 (broadcast, for the source only). `src` and `dst`
//   point at the element of index (0, ..., 0). rank >= 1. `buf` is 1 KiB of
//   16-byte aligned scratch for the transpose path (private to the call).
//   For every index i < dims: dst[sum i*ds] = src[sum i*ss].
// - Source and destination must not overlap, except that they may be two
//   disjoint regions of the same tensor (pad's reflections).
// - Fast paths, chosen by the caller's axis order: an innermost row with both
//   strides 1 (memory.copy), source stride 0 (fill), source stride -1
//   (SIMD reverse); and, for 4-byte elements, destination stride 1 on the last
//   axis with source stride 1 on the axis before it: the two axes form a 2-D
//   transpose done in cache tiles of 4x4 SIMD register transposes.

// Tile of the 2-D transpose: TI source-contiguous rows by TJ destination-
// contiguous columns, so that both sides touch whole cache lines.
const TI: i32 = 16;
const TJ: i32 = 16;

@inline function rowCopy32(src: usize, ss: i32, dst: usize, ds: i32, n: i32): void {
  if (ss == 1 && ds == 1) {
    memory.copy(dst, src, <usize>n << 2);
    return;
  }
  let i = 0;
  if (ds == 1 && ss == 0) {
    const v = v128.load32_splat(src);
    for (; i + 4 <= n; i += 4) v128.store(dst + (<usize>i << 2), v);
    const s = load<u32>(src);
    for (; i < n; i++) store<u32>(dst + (<usize>i << 2), s);
    return;
  }
  if (ds == 1 && ss == -1) {
    // dst[i..i+3] = src[-i-3..-i] reversed
    for (; i + 4 <= n; i += 4) {
      const v = v128.load(src - (<usize>(i + 3) << 2));
      v128.store(dst + (<usize>i << 2), i32x4.shuffle(v, v, 3, 2, 1, 0));
    }
  }
  const bs = <isize>ss << 2;
  const bd = <isize>ds << 2;
  for (; i < n; i++) store<u32>(dst + <usize>(<isize>i * bd), load<u32>(src + <usize>(<isize>i * bs)));
}

@inline function rowCopy8(src: usize, ss: i32, dst: usize, ds: i32, n: i32): void {
  if (ss == 1 && ds == 1) {
    memory.copy(dst, src, <usize>n);
    return;
  }
  if (ds == 1 && ss == 0) {
    memory.fill(dst, load<u8>(src), <usize>n);
    return;
  }
  for (let i = 0; i < n; i++) store<u8>(dst + <usize>(<isize>i * ds), load<u8>(src + <usize>(<isize>i * ss)));
}

// Transposes a 4x4 block: rows a, b, c, e (at p, p + bls, ...) become the
// columns of the four rows at q, q + bld, ...
@inline function block4(p: usize, bls: usize, q: usize, bld: usize): void {
  const a = v128.load(p);
  const b = v128.load(p + bls);
  const c = v128.load(p + 2 * bls);
  const e = v128.load(p + 3 * bls);
  const t0 = i32x4.shuffle(a, b, 0, 4, 1, 5);
  const t1 = i32x4.shuffle(a, b, 2, 6, 3, 7);
  const t2 = i32x4.shuffle(c, e, 0, 4, 1, 5);
  const t3 = i32x4.shuffle(c, e, 2, 6, 3, 7);
  v128.store(q, i32x4.shuffle(t0, t2, 0, 1, 4, 5));
  v128.store(q + bld, i32x4.shuffle(t0, t2, 2, 3, 6, 7));
  v128.store(q + 2 * bld, i32x4.shuffle(t1, t3, 0, 1, 4, 5));
  v128.store(q + 3 * bld, i32x4.shuffle(t1, t3, 2, 3, 6, 7));
}

// 2-D transpose: dst[i*ld + j] = src[i + j*ls] for i < rows, j < cols, in
// 16x16 tiles of 4x4 register transposes. A tile touches 16 source rows and
// 16 destination rows; rows whose byte stride is a multiple of 4 KiB all map
// to the same L1 cache set (the sets span 4 KiB) and evict each other before
// the tile is done with them. So the tile's loop order follows the strides:
// - destination stride not a multiple of 4 KiB: j-quads outer, i-quads
//   inner: each source line is consumed whole at once while the 16
//   destination lines stay cached;
// - else source stride not a multiple of 4 KiB: i-quads outer, j-quads
//   inner: each destination line is written whole at once;
// - else (e.g. 1024 x 1024 floats): the 16 source rows are first copied
//   whole to `buf` (1 KiB, contiguous), then transposed out.
@inline function transpose2d(
  src: usize, ls: i32, dst: usize, ld: i32, rows: i32, cols: i32, buf: usize,
): void {
  const bls = <usize>ls << 2;
  const bld = <usize>ld << 2;
  // the power-of-two part of each stride, up to the 4 KiB the L1 sets span
  const pd = min<usize>(bld & (~bld + 1), 4096);
  const ps = min<usize>(bls & (~bls + 1), 4096);
  const jOuter = pd <= 2048;
  const buffered = !jOuter && ps == 4096;
  for (let i0 = 0; i0 < rows; i0 += TI) {
    const iEnd = min(i0 + TI, rows);
    for (let j0 = 0; j0 < cols; j0 += TJ) {
      const jEnd = min(j0 + TJ, cols);
      if (iEnd - i0 == 16 && jEnd - j0 == 16) {
        if (jOuter) {
          const s = src + (<usize>i0 << 2);
          const d = dst + <usize>i0 * bld;
          for (let j: usize = <usize>j0; j < <usize>jEnd; j += 4) {
            const p = s + j * bls;
            const q = d + (j << 2);
            block4(p, bls, q, bld);
            block4(p + 16, bls, q + 4 * bld, bld);
            block4(p + 32, bls, q + 8 * bld, bld);
            block4(p + 48, bls, q + 12 * bld, bld);
          }
          continue;
        }
        if (buffered) {
          const s = src + (<usize>i0 << 2) + <usize>j0 * bls;
          for (let r: usize = 0; r < 16; r++) {
            const p = s + r * bls;
            const q = buf + (r << 6);
            v128.store(q, v128.load(p));
            v128.store(q + 16, v128.load(p + 16));
            v128.store(q + 32, v128.load(p + 32));
            v128.store(q + 48, v128.load(p + 48));
          }
          const d = dst + <usize>i0 * bld + (<usize>j0 << 2);
          for (let iq: usize = 0; iq < 16; iq += 4) {
            for (let jq: usize = 0; jq < 16; jq += 4) {
              block4(buf + (jq << 6) + (iq << 2), 64, d + iq * bld + (jq << 2), bld);
            }
          }
          continue;
        }
      }
      let i = i0;
      for (; i + 4 <= iEnd; i += 4) {
        const s = src + (<usize>i << 2);
        const d = dst + <usize>i * bld;
        let j = j0;
        // source rows j..j+3 hold lanes i..i+3 of columns j..j+3 of the output
        for (; j + 4 <= jEnd; j += 4) block4(s + <usize>j * bls, bls, d + (<usize>j << 2), bld);
        for (; j < jEnd; j++) {
          const p = s + <usize>j * bls;
          const q = d + (<usize>j << 2);
          store<u32>(q, load<u32>(p));
          store<u32>(q + bld, load<u32>(p + 4));
          store<u32>(q + 2 * bld, load<u32>(p + 8));
          store<u32>(q + 3 * bld, load<u32>(p + 12));
        }
      }
      for (; i < iEnd; i++) {
        const s = src + (<usize>i << 2);
        const d = dst + <usize>i * bld;
        for (let j = j0; j < jEnd; j++) store<u32>(d + (<usize>j << 2), load<u32>(s + <usize>j * bls));
      }
    }
  }
}

/**
 * Strided copy of an n-d block (descriptor layout above). The odometer walks
 * every axis but the innermost (or, on the transpose path, the two innermost).
 */
export function copy_nd(esize: i32, src: usize, dst: usize, desc: usize, buf: usize): void {
  const rank = load<i32>(desc);
  const dims = desc + 4;
  const ss = dims + (<usize>rank << 2);
  const ds = ss + (<usize>rank << 2);
  const ctr = ds + (<usize>rank << 2);
  const last = <usize>(rank - 1) << 2;
  const n = load<i32>(dims + last);
  const sIn = load<i32>(ss + last);
  const dIn = load<i32>(ds + last);
  // Transpose path: the two innermost axes are handled as one 2-D block.
  let tr = false;
  let rowsT = 0;
  let ldT = 0;
  if (esize == 4 && rank >= 2 && dIn == 1 && sIn != 1 && sIn != 0) {
    const prev = <usize>(rank - 2) << 2;
    if (load<i32>(ss + prev) == 1) {
      tr = true;
      rowsT = load<i32>(dims + prev);
      ldT = load<i32>(ds + prev);
    }
  }
  const loopAxes = tr ? rank - 2 : rank - 1;
  let outer = 1;
  for (let d = 0; d < loopAxes; d++) {
    outer *= load<i32>(dims + (<usize>d << 2));
    store<i32>(ctr + (<usize>d << 2), 0);
  }
  let offS: isize = 0; // in elements
  let offD: isize = 0;
  const shift = esize == 4 ? 2 : 0;
  for (let r = 0; r < outer; r++) {
    const s = src + <usize>(offS << shift);
    const t = dst + <usize>(offD << shift);
    if (tr) transpose2d(s, sIn, t, ldT, rowsT, n, buf);
    else if (esize == 4) rowCopy32(s, sIn, t, dIn, n);
    else rowCopy8(s, sIn, t, dIn, n);
    for (let d = loopAxes - 1; d >= 0; d--) {
      const dk = <usize>d << 2;
      const c = load<i32>(ctr + dk) + 1;
      const gs = <isize>load<i32>(ss + dk);
      const gd = <isize>load<i32>(ds + dk);
      offS += gs;
      offD += gd;
      if (c < load<i32>(dims + dk)) {
        store<i32>(ctr + dk, c);
        break;
      }
      store<i32>(ctr + dk, 0);
      offS -= gs * <isize>c;
      offD -= gd * <isize>c;
    }
  }
}
