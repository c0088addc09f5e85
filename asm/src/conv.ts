// Convolution and pooling kernels: NHWC float32, TensorFlow's semantics.
//
// Contract (every kernel here):
// - Pointers are byte offsets into the one linear memory; float32 data is
//   4-byte aligned (16 helps). Outputs and temporaries never alias inputs.
// - `desc` points to the geometry, NDESC i32 at the D_* indices below: input
//   [B, H, W, C]; output [B, OH, OW, CO]; a KH x KW window with strides SH, SW
//   and dilations DH, DW; padding PT (top) and PL (left); HP = PT + H + PB and
//   WP = PL + W + PR, the padded extent; M, the depthwise channel multiplier
//   (CO = C M for depthwise kernels).
// - Filters are HWIO: f[kh][kw][ci][co], i.e. a row-major [KH KW C, CO] matrix
//   whose row index k = (kh KW + kw) C + ci.
// - Each kernel covers a range: output rows r in [r0, r1) with r = b OH + oh,
//   or images b in [b0, b1) where outputs of different rows of one image
//   overlap (scatters). Disjoint ranges write disjoint outputs, so a range per
//   Worker is safe. The *_bpf kernels add into the filter gradient, which the
//   caller zero-fills; they also take a range of filter rows (units), so that
//   Workers can each own disjoint rows (bit-identical to one thread), or each
//   sum a range of images into their own zeroed copy (then added up).
// - `tmp` is temporary memory private to the calling thread, room for one
//   padded image: HP WP C M floats, 16-byte aligned. Unused when the image
//   needs no padding (and no channel expansion).
//
// Convolutions run as implicit GEMMs without an im2col buffer. The output is a
// [pixels, CO] matrix; a tile of R <= 6 pixels of one output row times 8
// output channels (two f32x4) is accumulated in 12 registers over the
// reduction index k, reading A (input pixels) with broadcast loads and B (the
// filter) from a panel repacked so that 8 output channels are contiguous. With
// dilation 1 along W the KW C taps of one filter row are contiguous in both the
// padded image and the filter, so a tile runs KH segments of KW C steps each.
// The image is zero-padded into `tmp` first, which makes every window complete
// (no border cases in the inner loops).

import { bias_act_f32 } from "./fused";

const D_B: i32 = 0;
const D_H: i32 = 1;
const D_W: i32 = 2;
const D_C: i32 = 3;
const D_OH: i32 = 4;
const D_OW: i32 = 5;
const D_KH: i32 = 6;
const D_KW: i32 = 7;
const D_SH: i32 = 8;
const D_SW: i32 = 9;
const D_DH: i32 = 10;
const D_DW: i32 = 11;
const D_PT: i32 = 12;
const D_PL: i32 = 13;
const D_CO: i32 = 14;
const D_HP: i32 = 15;
const D_WP: i32 = 16;
const D_M: i32 = 17;
const NDESC: i32 = 18;

@inline function dg(desc: usize, i: i32): i32 {
  return load<i32>(desc + (<usize>i << 2));
}

// ---------------------------------------------------------------- helpers

// The first n (< 4 allowed, >= 4 means all) lanes of a vector at p, zeros elsewhere.
@inline function ld4(p: usize, n: i32): v128 {
  let v = f32x4.splat(0);
  if (n >= 4) {
    v = v128.load(p);
  } else {
    if (n > 0) v = f32x4.replace_lane(v, 0, load<f32>(p));
    if (n > 1) v = f32x4.replace_lane(v, 1, load<f32>(p, 4));
    if (n > 2) v = f32x4.replace_lane(v, 2, load<f32>(p, 8));
  }
  return v;
}

// Stores the first n lanes (all when n >= 4) of v at p.
@inline function st4(p: usize, v: v128, n: i32): void {
  if (n >= 4) {
    v128.store(p, v);
  } else {
    if (n > 0) store<f32>(p, f32x4.extract_lane(v, 0));
    if (n > 1) store<f32>(p, f32x4.extract_lane(v, 1), 4);
    if (n > 2) store<f32>(p, f32x4.extract_lane(v, 2), 8);
  }
}

// Stores (or adds into) the first nv of 8 floats at p.
@inline function put8(p: usize, v0: v128, v1: v128, nv: i32): void {
  st4(p, v0, nv);
  if (nv > 4) st4(p + 16, v1, nv - 4);
}

@inline function add8(p: usize, v0: v128, v1: v128, nv: i32): void {
  st4(p, f32x4.add(ld4(p, nv), v0), nv);
  if (nv > 4) st4(p + 16, f32x4.add(ld4(p + 16, nv - 4), v1), nv - 4);
}

// First tap t >= 0 of a window starting at o (may be negative) with dilation d
// that lands inside [0, N).
@inline function tapLo(o: i32, d: i32): i32 {
  return o >= 0 ? 0 : (d - 1 - o) / d;
}

// One past the last tap t < K of that window inside [0, N) (at least lo).
@inline function tapHi(o: i32, d: i32, K: i32, N: i32, lo: i32): i32 {
  const last = N - 1 - o;
  let t = last < 0 ? 0 : last / d + 1;
  if (t > K) t = K;
  return t < lo ? lo : t;
}

// Copies image src [H, W, C] into dst [HP, WP, C M] at (PT, PL), each channel
// repeated M times (depthwise), zeros around it.
function padImage(src: usize, dst: usize, H: i32, W: i32, C: i32, M: i32, HP: i32, WP: i32, PT: i32, PL: i32): void {
  const CM4 = <usize>(C * M) << 2;
  const rowBytes = <usize>WP * CM4;
  const srcRow = <usize>W * (<usize>C << 2);
  for (let hp = 0; hp < HP; hp++) {
    const d = dst + <usize>hp * rowBytes;
    const ih = hp - PT;
    if (ih < 0 || ih >= H) {
      memory.fill(d, 0, rowBytes);
      continue;
    }
    memory.fill(d, 0, <usize>PL * CM4);
    const s = src + <usize>ih * srcRow;
    const dd = d + <usize>PL * CM4;
    if (M == 1) {
      memory.copy(dd, s, srcRow);
    } else {
      const n = W * C;
      for (let i = 0; i < n; i++) {
        const v = load<f32>(s + (<usize>i << 2));
        const vv = f32x4.splat(v);
        const o = dd + <usize>(i * M) * 4;
        let m = 0;
        for (; m + 4 <= M; m += 4) v128.store(o + (<usize>m << 2), vv);
        for (; m < M; m++) store<f32>(o + (<usize>m << 2), v);
      }
    }
    memory.fill(dd + <usize>W * CM4, 0, <usize>(WP - PL - W) * CM4);
  }
}

// ---------------------------------------------------------------- micro-kernels

// acc[j][0..8) = sum over segments (h, w) and steps k < L of
//   A[a + j aStep + h aH + w aW + 4k] * B[bk + h bH + w bW + 32k + lane]
// for the R pixels j < R, then stored (ADD false) or added (ADD true) at
// o + j oStep, nv of the 8 lanes.
//
// The 12 accumulators, 2 filter vectors and 1 broadcast use 15 of x64's 16
// xmm registers (V8 keeps one as scratch). The k loop is deliberately not
// unrolled: unrolled, binaryen merges the steps into long expression trees
// whose loads V8 then issues early, which spills accumulators; measured 11%
// slower. V8 also bounds-checks every access (no trap handler in Deno), which
// is why the splats use offset 0: one shared limit instead of one per offset.
@inline function gemmTile(
  R: i32, ADD: bool, a: usize, aStep: usize, nH: i32, aH: usize, bH: usize,
  nW: i32, aW: usize, bW: usize, L: i32, bk: usize, o: usize, oStep: usize, nv: i32,
): void {
  const z = f32x4.splat(0);
  let c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z;
  let c30 = z, c31 = z, c40 = z, c41 = z, c50 = z, c51 = z;
  let w0 = z, w1 = z, v = z;
  for (let h = 0; h < nH; h++) {
    for (let w = 0; w < nW; w++) {
      let p0 = a + <usize>h * aH + <usize>w * aW;
      let p1 = p0 + aStep;
      let p2 = p1 + aStep;
      let p3 = p2 + aStep;
      let p4 = p3 + aStep;
      let p5 = p4 + aStep;
      let pb = bk + <usize>h * bH + <usize>w * bW;
      for (let k = 0; k < L; k++) {
        w0 = v128.load(pb, 0); w1 = v128.load(pb, 16);
        v = v128.load32_splat(p0, 0); c00 = f32x4.relaxed_madd(v, w0, c00); c01 = f32x4.relaxed_madd(v, w1, c01);
        if (R > 1) { v = v128.load32_splat(p1, 0); c10 = f32x4.relaxed_madd(v, w0, c10); c11 = f32x4.relaxed_madd(v, w1, c11); }
        if (R > 2) { v = v128.load32_splat(p2, 0); c20 = f32x4.relaxed_madd(v, w0, c20); c21 = f32x4.relaxed_madd(v, w1, c21); }
        if (R > 3) { v = v128.load32_splat(p3, 0); c30 = f32x4.relaxed_madd(v, w0, c30); c31 = f32x4.relaxed_madd(v, w1, c31); }
        if (R > 4) { v = v128.load32_splat(p4, 0); c40 = f32x4.relaxed_madd(v, w0, c40); c41 = f32x4.relaxed_madd(v, w1, c41); }
        if (R > 5) { v = v128.load32_splat(p5, 0); c50 = f32x4.relaxed_madd(v, w0, c50); c51 = f32x4.relaxed_madd(v, w1, c51); }
        p0 += 4; p1 += 4; p2 += 4; p3 += 4; p4 += 4; p5 += 4;
        pb += 32;
      }
    }
  }
  if (ADD) {
    add8(o, c00, c01, nv);
    if (R > 1) add8(o + oStep, c10, c11, nv);
    if (R > 2) add8(o + 2 * oStep, c20, c21, nv);
    if (R > 3) add8(o + 3 * oStep, c30, c31, nv);
    if (R > 4) add8(o + 4 * oStep, c40, c41, nv);
    if (R > 5) add8(o + 5 * oStep, c50, c51, nv);
  } else {
    put8(o, c00, c01, nv);
    if (R > 1) put8(o + oStep, c10, c11, nv);
    if (R > 2) put8(o + 2 * oStep, c20, c21, nv);
    if (R > 3) put8(o + 3 * oStep, c30, c31, nv);
    if (R > 4) put8(o + 4 * oStep, c40, c41, nv);
    if (R > 5) put8(o + 5 * oStep, c50, c51, nv);
  }
}

// gemmTile for a run-time R in 1..6.
function tile(
  R: i32, ADD: bool, a: usize, aStep: usize, nH: i32, aH: usize, bH: usize,
  nW: i32, aW: usize, bW: usize, L: i32, bk: usize, o: usize, oStep: usize, nv: i32,
): void {
  if (ADD) {
    switch (R) {
      case 6: gemmTile(6, true, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv); break;
      case 5: gemmTile(5, true, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv); break;
      case 4: gemmTile(4, true, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv); break;
      case 3: gemmTile(3, true, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv); break;
      case 2: gemmTile(2, true, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv); break;
      default: gemmTile(1, true, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv);
    }
  } else {
    switch (R) {
      case 6: gemmTile(6, false, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv); break;
      case 5: gemmTile(5, false, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv); break;
      case 4: gemmTile(4, false, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv); break;
      case 3: gemmTile(3, false, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv); break;
      case 2: gemmTile(2, false, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv); break;
      default: gemmTile(1, false, a, aStep, nH, aH, bH, nW, aW, bW, L, bk, o, oStep, nv);
    }
  }
}

// acc[j][0..8) (loaded from o + j oStep, nv lanes) += sum over rows i < nRows and
// pixels n < nPix of A[a + i aRow + n aPix + 4j] * B[b + i bRow + n bPix + lane],
// then stored back: R consecutive rows of the filter gradient, reduced over pixels.
@inline function wgradTile(
  R: i32, a: usize, aRow: usize, aPix: usize, b: usize, bRow: usize, bPix: usize,
  nRows: i32, nPix: i32, o: usize, oStep: usize, nv: i32,
): void {
  const z = f32x4.splat(0);
  let c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z;
  let c30 = z, c31 = z, c40 = z, c41 = z, c50 = z, c51 = z;
  let w0 = z, w1 = z, v = z;
  c00 = ld4(o, nv); c01 = ld4(o + 16, nv - 4);
  if (R > 1) { c10 = ld4(o + oStep, nv); c11 = ld4(o + oStep + 16, nv - 4); }
  if (R > 2) { c20 = ld4(o + 2 * oStep, nv); c21 = ld4(o + 2 * oStep + 16, nv - 4); }
  if (R > 3) { c30 = ld4(o + 3 * oStep, nv); c31 = ld4(o + 3 * oStep + 16, nv - 4); }
  if (R > 4) { c40 = ld4(o + 4 * oStep, nv); c41 = ld4(o + 4 * oStep + 16, nv - 4); }
  if (R > 5) { c50 = ld4(o + 5 * oStep, nv); c51 = ld4(o + 5 * oStep + 16, nv - 4); }
  for (let i = 0; i < nRows; i++) {
    let pa = a + <usize>i * aRow;
    let pb = b + <usize>i * bRow;
    for (let n = 0; n < nPix; n++) {
        w0 = v128.load(pb); w1 = v128.load(pb, 16);
        v = v128.load32_splat(pa, 0); c00 = f32x4.relaxed_madd(v, w0, c00); c01 = f32x4.relaxed_madd(v, w1, c01);
        if (R > 1) { v = v128.load32_splat(pa, 4); c10 = f32x4.relaxed_madd(v, w0, c10); c11 = f32x4.relaxed_madd(v, w1, c11); }
        if (R > 2) { v = v128.load32_splat(pa, 8); c20 = f32x4.relaxed_madd(v, w0, c20); c21 = f32x4.relaxed_madd(v, w1, c21); }
        if (R > 3) { v = v128.load32_splat(pa, 12); c30 = f32x4.relaxed_madd(v, w0, c30); c31 = f32x4.relaxed_madd(v, w1, c31); }
        if (R > 4) { v = v128.load32_splat(pa, 16); c40 = f32x4.relaxed_madd(v, w0, c40); c41 = f32x4.relaxed_madd(v, w1, c41); }
        if (R > 5) { v = v128.load32_splat(pa, 20); c50 = f32x4.relaxed_madd(v, w0, c50); c51 = f32x4.relaxed_madd(v, w1, c51); }
        pa += aPix;
        pb += bPix;
    }
  }
  put8(o, c00, c01, nv);
  if (R > 1) put8(o + oStep, c10, c11, nv);
  if (R > 2) put8(o + 2 * oStep, c20, c21, nv);
  if (R > 3) put8(o + 3 * oStep, c30, c31, nv);
  if (R > 4) put8(o + 4 * oStep, c40, c41, nv);
  if (R > 5) put8(o + 5 * oStep, c50, c51, nv);
}

function wtile(
  R: i32, a: usize, aRow: usize, aPix: usize, b: usize, bRow: usize, bPix: usize,
  nRows: i32, nPix: i32, o: usize, oStep: usize, nv: i32,
): void {
  switch (R) {
    case 6: wgradTile(6, a, aRow, aPix, b, bRow, bPix, nRows, nPix, o, oStep, nv); break;
    case 5: wgradTile(5, a, aRow, aPix, b, bRow, bPix, nRows, nPix, o, oStep, nv); break;
    case 4: wgradTile(4, a, aRow, aPix, b, bRow, bPix, nRows, nPix, o, oStep, nv); break;
    case 3: wgradTile(3, a, aRow, aPix, b, bRow, bPix, nRows, nPix, o, oStep, nv); break;
    case 2: wgradTile(2, a, aRow, aPix, b, bRow, bPix, nRows, nPix, o, oStep, nv); break;
    default: wgradTile(1, a, aRow, aPix, b, bRow, bPix, nRows, nPix, o, oStep, nv);
  }
}

// ---------------------------------------------------------------- packing

/**
 * Repacks a row-major [K, N] matrix into panels of 8 columns:
 * dst[q][k][l] = src[k][8q + l], zero where 8q + l >= N. dst holds
 * ceil(N / 8) K 8 floats. Used for conv2d's filter (K = KH KW C, N = CO) and
 * for output gradients [pixels, CO] whose CO is not a multiple of 8.
 */
export function conv_pack_f32(src: usize, dst: usize, K: i32, N: i32): void {
  const NQ = (N + 7) >> 3;
  const N4 = <usize>N << 2;
  let d = dst;
  for (let q = 0; q < NQ; q++) {
    const nv = min<i32>(8, N - (q << 3));
    let s = src + (<usize>q << 5);
    for (let k = 0; k < K; k++) {
      if (nv == 8) {
        v128.store(d, v128.load(s));
        v128.store(d, v128.load(s, 16), 16);
      } else {
        v128.store(d, ld4(s, nv));
        v128.store(d, ld4(s + 16, nv - 4), 16);
      }
      s += N4;
      d += 32;
    }
  }
}

/**
 * Repacks a filter [G L, CO] (row-major) for conv2d_bpi_f32: groups of L rows,
 * each cut into ceil(L / 8) panels of 8 rows, transposed:
 * dst[g][q][co][l] = f[(g L + 8q + l) CO + co], zero where 8q + l >= L.
 */
export function conv_pack_t_f32(f: usize, dst: usize, G: i32, L: i32, CO: i32): void {
  const NQ = (L + 7) >> 3;
  let d = dst;
  for (let g = 0; g < G; g++) {
    for (let q = 0; q < NQ; q++) {
      const nv = min<i32>(8, L - (q << 3));
      const s = f + (<usize>(g * L + (q << 3)) * <usize>CO << 2);
      for (let co = 0; co < CO; co++) {
        let v0 = f32x4.splat(0);
        let v1 = v0;
        const p = s + (<usize>co << 2);
        const st = <usize>CO << 2;
        if (nv > 0) v0 = f32x4.replace_lane(v0, 0, load<f32>(p));
        if (nv > 1) v0 = f32x4.replace_lane(v0, 1, load<f32>(p + st));
        if (nv > 2) v0 = f32x4.replace_lane(v0, 2, load<f32>(p + 2 * st));
        if (nv > 3) v0 = f32x4.replace_lane(v0, 3, load<f32>(p + 3 * st));
        if (nv > 4) v1 = f32x4.replace_lane(v1, 0, load<f32>(p + 4 * st));
        if (nv > 5) v1 = f32x4.replace_lane(v1, 1, load<f32>(p + 5 * st));
        if (nv > 6) v1 = f32x4.replace_lane(v1, 2, load<f32>(p + 6 * st));
        if (nv > 7) v1 = f32x4.replace_lane(v1, 3, load<f32>(p + 7 * st));
        v128.store(d, v0);
        v128.store(d, v1, 16);
        d += 32;
      }
    }
  }
}

// ---------------------------------------------------------------- conv2d

/**
 * conv2d: y[b, oh, ow, co] = sum over kh, kw, ci of
 * xpad[b, oh SH + kh DH, ow SW + kw DW, ci] f[kh, kw, ci, co], for output rows
 * [r0, r1). `fp` is the filter packed by conv_pack_f32 (K = KH KW C, N = CO).
 * Each output row then gets bias_act_f32(bias, act, alpha) (fused.ts; bias 0
 * and act 0: none).
 */
export function conv2d_f32(
  x: usize, fp: usize, y: usize, desc: usize, r0: i32, r1: i32, tmp: usize, bias: usize, act: i32, alpha: f32,
): void {
  const H = dg(desc, D_H), W = dg(desc, D_W), C = dg(desc, D_C);
  const OH = dg(desc, D_OH), OW = dg(desc, D_OW), KH = dg(desc, D_KH), KW = dg(desc, D_KW);
  const SH = dg(desc, D_SH), SW = dg(desc, D_SW), DH = dg(desc, D_DH), DW = dg(desc, D_DW);
  const PT = dg(desc, D_PT), PL = dg(desc, D_PL), CO = dg(desc, D_CO);
  const HP = dg(desc, D_HP), WP = dg(desc, D_WP);
  const padded = HP != H || WP != W;
  const C4 = <usize>C << 2;
  const CO4 = <usize>CO << 2;
  const NQ = (CO + 7) >> 3;
  const panel = <usize>(KH * KW * C) << 5;
  const imgBytes = <usize>H * <usize>W * C4;
  const rowP = <usize>WP * C4;
  // Segments: one per filter row when DW == 1, else one per tap.
  const nW = DW == 1 ? 1 : KW;
  const L = DW == 1 ? KW * C : C;
  const aW = <usize>DW * C4;
  const bW = <usize>C << 5;
  const aH = <usize>DH * rowP;
  const bH = <usize>(KW * C) << 5;
  const aStep = <usize>SW * C4;
  let b = -1;
  let img: usize = 0;
  for (let r = r0; r < r1; r++) {
    const rb = r / OH;
    const oh = r - rb * OH;
    if (rb != b) {
      b = rb;
      const src = x + <usize>b * imgBytes;
      if (padded) {
        padImage(src, tmp, H, W, C, 1, HP, WP, PT, PL);
        img = tmp;
      } else {
        img = src;
      }
    }
    const arow = img + <usize>(oh * SH) * rowP;
    const yrow = y + <usize>r * <usize>OW * CO4;
    for (let q = 0; q < NQ; q++) {
      const nv = min<i32>(8, CO - (q << 3));
      const bk = fp + <usize>q * panel;
      const o = yrow + (<usize>q << 5);
      let ow = 0;
      for (; ow + 6 <= OW; ow += 6) {
        tile(6, false, arow + <usize>ow * aStep, aStep, KH, aH, bH, nW, aW, bW, L, bk, o + <usize>ow * CO4, CO4, nv);
      }
      if (ow < OW) {
        tile(OW - ow, false, arow + <usize>ow * aStep, aStep, KH, aH, bH, nW, aW, bW, L, bk, o + <usize>ow * CO4, CO4, nv);
      }
    }
    // the fused epilogue on this output row (OW pixels of CO channels), still in cache
    bias_act_f32(yrow, CO, CO, 0, OW, bias, act, alpha);
  }
}

/**
 * conv2d's input gradient (a transposed convolution), images [b0, b1):
 * dx[b, ih, iw, ci] = sum of dy[b, oh, ow, co] f[kh, kw, ci, co] over the
 * (oh, ow, kh, kw) with ih = oh SH + kh DH - PT, iw = ow SW + kw DW - PL.
 * Computed as a GEMM of dy's rows with the transposed filter whose tiles are
 * added straight into a padded image (tmp, or dx itself when unpadded), then
 * cropped. `ftp` is the filter packed by conv_pack_t_f32 with G = KH, L = KW C
 * when DW == 1, else G = KH KW, L = C.
 */
export function conv2d_bpi_f32(dy: usize, ftp: usize, dx: usize, desc: usize, b0: i32, b1: i32, tmp: usize): void {
  const H = dg(desc, D_H), W = dg(desc, D_W), C = dg(desc, D_C);
  const OH = dg(desc, D_OH), OW = dg(desc, D_OW), KH = dg(desc, D_KH), KW = dg(desc, D_KW);
  const SH = dg(desc, D_SH), SW = dg(desc, D_SW), DH = dg(desc, D_DH), DW = dg(desc, D_DW);
  const PT = dg(desc, D_PT), PL = dg(desc, D_PL), CO = dg(desc, D_CO);
  const HP = dg(desc, D_HP), WP = dg(desc, D_WP);
  const padded = HP != H || WP != W;
  const C4 = <usize>C << 2;
  const CO4 = <usize>CO << 2;
  const imgBytes = <usize>H * <usize>W * C4;
  const rowP = <usize>WP * C4;
  const G = DW == 1 ? KH : KH * KW;
  const L = DW == 1 ? KW * C : C;
  const NQ = (L + 7) >> 3;
  const oStep = <usize>SW * C4;
  for (let b = b0; b < b1; b++) {
    const dxi = dx + <usize>b * imgBytes;
    const dst = padded ? tmp : dxi;
    memory.fill(dst, 0, <usize>HP * rowP);
    for (let oh = 0; oh < OH; oh++) {
      const dyrow = dy + <usize>(b * OH + oh) * <usize>OW * CO4;
      const orow = dst + <usize>(oh * SH) * rowP;
      for (let g = 0; g < G; g++) {
        const kh = DW == 1 ? g : g / KW;
        const kw = DW == 1 ? 0 : g - kh * KW;
        const og = orow + <usize>(kh * DH) * rowP + <usize>(kw * DW) * C4;
        for (let q = 0; q < NQ; q++) {
          const nv = min<i32>(8, L - (q << 3));
          const bk = ftp + (<usize>(g * NQ + q) * <usize>CO << 5);
          const o = og + (<usize>q << 5);
          let ow = 0;
          for (; ow + 6 <= OW; ow += 6) {
            tile(6, true, dyrow + <usize>ow * CO4, CO4, 1, 0, 0, 1, 0, 0, CO, bk, o + <usize>ow * oStep, oStep, nv);
          }
          if (ow < OW) {
            tile(OW - ow, true, dyrow + <usize>ow * CO4, CO4, 1, 0, 0, 1, 0, 0, CO, bk, o + <usize>ow * oStep, oStep, nv);
          }
        }
      }
    }
    if (padded) {
      const rowBytes = <usize>W * C4;
      for (let ih = 0; ih < H; ih++) {
        memory.copy(dxi + <usize>ih * rowBytes, tmp + <usize>(ih + PT) * rowP + <usize>PL * C4, rowBytes);
      }
    }
  }
}

/**
 * conv2d's filter gradient, adding the images [b0, b1) into dw (zero-filled by
 * the caller): dw[kh, kw, ci, co] += sum over oh, ow of
 * xpad[b, oh SH + kh DH, ow SW + kw DW, ci] dy[b, oh, ow, co].
 * dy is read as panels of 8 channels: the vector of panel q at pixel p is at
 * dyb + q dyPanel + p dyPix (dy itself with dyPix = 4 CO, dyPanel = 32 when
 * CO is a multiple of 8; else dy packed by conv_pack_f32).
 * Only the units [u0, u1) of dw are written: unit u = g J + j (J = ceil(L / 6),
 * G and L as in conv2d_bpi_f32) is the 6 rows g L + 6 j ... of dw viewed as
 * [KH KW C, CO]. Disjoint unit ranges write disjoint rows, each summed in the
 * same order whatever the range: a split over units is bit-identical.
 */
export function conv2d_bpf_f32(
  x: usize, dyb: usize, dw: usize, desc: usize, b0: i32, b1: i32, tmp: usize, dyPix: i32, dyPanel: i32,
  u0: i32, u1: i32,
): void {
  const H = dg(desc, D_H), W = dg(desc, D_W), C = dg(desc, D_C);
  const OH = dg(desc, D_OH), OW = dg(desc, D_OW), KH = dg(desc, D_KH), KW = dg(desc, D_KW);
  const SH = dg(desc, D_SH), SW = dg(desc, D_SW), DH = dg(desc, D_DH), DW = dg(desc, D_DW);
  const PT = dg(desc, D_PT), PL = dg(desc, D_PL), CO = dg(desc, D_CO);
  const HP = dg(desc, D_HP), WP = dg(desc, D_WP);
  const padded = HP != H || WP != W;
  const C4 = <usize>C << 2;
  const CO4 = <usize>CO << 2;
  const imgBytes = <usize>H * <usize>W * C4;
  const rowP = <usize>WP * C4;
  const L = DW == 1 ? KW * C : C;
  const NQ = (CO + 7) >> 3;
  const J = (L + 5) / 6;
  // Pixels per accumulation chunk: enough to hide the accumulators' load and store.
  const chunk = OW >= 96 ? 1 : (96 + OW - 1) / OW;
  const aRow = <usize>SH * rowP;
  const aPix = <usize>SW * C4;
  const bPix = <usize>dyPix;
  const bRow = <usize>OW * bPix;
  for (let b = b0; b < b1; b++) {
    let img = x + <usize>b * imgBytes;
    if (padded) {
      padImage(img, tmp, H, W, C, 1, HP, WP, PT, PL);
      img = tmp;
    }
    for (let oh0 = 0; oh0 < OH; oh0 += chunk) {
      const nr = min<i32>(chunk, OH - oh0);
      const arow = img + <usize>oh0 * aRow;
      const brow = dyb + <usize>(b * OH + oh0) * bRow;
      for (let u = u0; u < u1; u++) {
        const g = u / J;
        const j0 = (u - g * J) * 6;
        const kh = DW == 1 ? g : g / KW;
        const kw = DW == 1 ? 0 : g - kh * KW;
        const ag = arow + <usize>(kh * DH) * rowP + <usize>(kw * DW) * C4;
        {
          const R = min<i32>(6, L - j0);
          const o = dw + <usize>(g * L + j0) * CO4;
          for (let q = 0; q < NQ; q++) {
            const nv = min<i32>(8, CO - (q << 3));
            wtile(R, ag + (<usize>j0 << 2), aRow, aPix, brow + <usize>q * <usize>dyPanel, bRow, bPix, nr, OW,
              o + (<usize>q << 5), CO4, nv);
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------- depthwise

/**
 * depthwiseConv2d, output rows [r0, r1): with CM = C M output channels and the
 * filter read as [KH, KW, CM], y[b, oh, ow, c] = sum over kh, kw of
 * xe[b, oh SH + kh DH, ow SW + kw DW, c] f[kh, kw, c], where xe is x padded
 * and with each channel repeated M times (built in tmp when needed).
 */
export function dw_f32(x: usize, f: usize, y: usize, desc: usize, r0: i32, r1: i32, tmp: usize): void {
  const H = dg(desc, D_H), W = dg(desc, D_W), C = dg(desc, D_C);
  const OH = dg(desc, D_OH), OW = dg(desc, D_OW), KH = dg(desc, D_KH), KW = dg(desc, D_KW);
  const SH = dg(desc, D_SH), SW = dg(desc, D_SW), DH = dg(desc, D_DH), DW = dg(desc, D_DW);
  const PT = dg(desc, D_PT), PL = dg(desc, D_PL), M = dg(desc, D_M);
  const HP = dg(desc, D_HP), WP = dg(desc, D_WP);
  const CM = C * M;
  const expand = HP != H || WP != W || M != 1;
  const CM4 = <usize>CM << 2;
  const imgBytes = <usize>H * <usize>W * (<usize>C << 2);
  const rowP = <usize>WP * CM4;
  const tapH = <usize>DH * rowP;
  const tapW = <usize>DW * CM4;
  let b = -1;
  let img: usize = 0;
  for (let r = r0; r < r1; r++) {
    const rb = r / OH;
    const oh = r - rb * OH;
    if (rb != b) {
      b = rb;
      const src = x + <usize>b * imgBytes;
      if (expand) {
        padImage(src, tmp, H, W, C, M, HP, WP, PT, PL);
        img = tmp;
      } else {
        img = src;
      }
    }
    const arow = img + <usize>(oh * SH) * rowP;
    const yrow = y + <usize>r * <usize>OW * CM4;
    const pixStep = <usize>SW * CM4;
    // 8 channels of 4 pixels at a time share each tap's filter vectors
    const C8 = CM & ~7;
    for (let c = 0; c < C8; c += 8) {
      const cb = <usize>c << 2;
      let ow = 0;
      for (; ow + 4 <= OW; ow += 4) {
        dwTile(4, arow + <usize>ow * pixStep + cb, pixStep, f + cb, KH, KW, tapH, tapW, CM4, yrow + <usize>ow * CM4 + cb, CM4);
      }
      for (; ow < OW; ow++) {
        dwTile(1, arow + <usize>ow * pixStep + cb, pixStep, f + cb, KH, KW, tapH, tapW, CM4, yrow + <usize>ow * CM4 + cb, CM4);
      }
    }
    if (C8 == CM) continue;
    for (let ow = 0; ow < OW; ow++) {
      const pix = arow + <usize>ow * pixStep;
      const o = yrow + <usize>ow * CM4;
      for (let c = C8; c < CM; c += 4) {
        const cb = <usize>c << 2;
        const n = CM - c;
        let a0 = f32x4.splat(0);
        for (let kh = 0; kh < KH; kh++) {
          let pa = pix + <usize>kh * tapH + cb;
          let pf = f + (<usize>(kh * KW) * CM4) + cb;
          for (let kw = 0; kw < KW; kw++) {
            a0 = f32x4.relaxed_madd(ld4(pa, n), ld4(pf, n), a0);
            pa += tapW;
            pf += CM4;
          }
        }
        st4(o + cb, a0, n);
      }
    }
  }
}

// depthwise: R (1 or 4) pixels, pixStep bytes apart, times 8 channels:
// acc[j] = sum over taps of a[pixel j + tap] * f[tap], stored at o + j oStep.
@inline function dwTile(
  R: i32, a: usize, pixStep: usize, f: usize, KH: i32, KW: i32, tapH: usize, tapW: usize,
  CM4: usize, o: usize, oStep: usize,
): void {
  const z = f32x4.splat(0);
  let c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z, c30 = z, c31 = z;
  for (let kh = 0; kh < KH; kh++) {
    let pa = a + <usize>kh * tapH;
    let pf = f + <usize>(kh * KW) * CM4;
    for (let kw = 0; kw < KW; kw++) {
      const w0 = v128.load(pf), w1 = v128.load(pf, 16);
      c00 = f32x4.relaxed_madd(v128.load(pa), w0, c00);
      c01 = f32x4.relaxed_madd(v128.load(pa, 16), w1, c01);
      if (R > 1) {
        const p1 = pa + pixStep, p2 = p1 + pixStep, p3 = p2 + pixStep;
        c10 = f32x4.relaxed_madd(v128.load(p1), w0, c10);
        c11 = f32x4.relaxed_madd(v128.load(p1, 16), w1, c11);
        c20 = f32x4.relaxed_madd(v128.load(p2), w0, c20);
        c21 = f32x4.relaxed_madd(v128.load(p2, 16), w1, c21);
        c30 = f32x4.relaxed_madd(v128.load(p3), w0, c30);
        c31 = f32x4.relaxed_madd(v128.load(p3, 16), w1, c31);
      }
      pa += tapW;
      pf += CM4;
    }
  }
  v128.store(o, c00);
  v128.store(o, c01, 16);
  if (R > 1) {
    v128.store(o + oStep, c10);
    v128.store(o + oStep, c11, 16);
    v128.store(o + 2 * oStep, c20);
    v128.store(o + 2 * oStep, c21, 16);
    v128.store(o + 3 * oStep, c30);
    v128.store(o + 3 * oStep, c31, 16);
  }
}

/**
 * depthwiseConv2d's input gradient, images [b0, b1): scatters
 * dy[b, oh, ow, c] f[kh, kw, c] into the padded, channel-expanded image (tmp,
 * or dx itself when neither applies), then crops it into dx summing each
 * group of M channels.
 */
export function dw_bpi_f32(dy: usize, f: usize, dx: usize, desc: usize, b0: i32, b1: i32, tmp: usize): void {
  const H = dg(desc, D_H), W = dg(desc, D_W), C = dg(desc, D_C);
  const OH = dg(desc, D_OH), OW = dg(desc, D_OW), KH = dg(desc, D_KH), KW = dg(desc, D_KW);
  const SH = dg(desc, D_SH), SW = dg(desc, D_SW), DH = dg(desc, D_DH), DW = dg(desc, D_DW);
  const PT = dg(desc, D_PT), PL = dg(desc, D_PL), M = dg(desc, D_M);
  const HP = dg(desc, D_HP), WP = dg(desc, D_WP);
  const CM = C * M;
  const expand = HP != H || WP != W || M != 1;
  const CM4 = <usize>CM << 2;
  const C4 = <usize>C << 2;
  const imgBytes = <usize>H * <usize>W * C4;
  const rowP = <usize>WP * CM4;
  const tapH = <usize>DH * rowP;
  const tapW = <usize>DW * CM4;
  for (let b = b0; b < b1; b++) {
    const dxi = dx + <usize>b * imgBytes;
    const dst = expand ? tmp : dxi;
    memory.fill(dst, 0, <usize>HP * rowP);
    for (let oh = 0; oh < OH; oh++) {
      for (let ow = 0; ow < OW; ow++) {
        const pd = dy + <usize>((b * OH + oh) * OW + ow) * CM4;
        const pix = dst + <usize>(oh * SH) * rowP + <usize>(ow * SW) * CM4;
        for (let kh = 0; kh < KH; kh++) {
          for (let kw = 0; kw < KW; kw++) {
            const po = pix + <usize>kh * tapH + <usize>kw * tapW;
            const pf = f + <usize>(kh * KW + kw) * CM4;
            let c = 0;
            for (; c + 4 <= CM; c += 4) {
              const cb = <usize>c << 2;
              v128.store(po + cb, f32x4.relaxed_madd(v128.load(pd + cb), v128.load(pf + cb), v128.load(po + cb)));
            }
            if (c < CM) {
              const cb = <usize>c << 2;
              const n = CM - c;
              st4(po + cb, f32x4.relaxed_madd(ld4(pd + cb, n), ld4(pf + cb, n), ld4(po + cb, n)), n);
            }
          }
        }
      }
    }
    if (expand) {
      for (let ih = 0; ih < H; ih++) {
        const s = tmp + <usize>(ih + PT) * rowP + <usize>PL * CM4;
        const d = dxi + <usize>ih * <usize>W * C4;
        if (M == 1) {
          memory.copy(d, s, <usize>W * C4);
          continue;
        }
        const n = W * C;
        for (let i = 0; i < n; i++) {
          const g = s + <usize>(i * M) * 4;
          let acc: f32 = 0;
          for (let m = 0; m < M; m++) acc += load<f32>(g + (<usize>m << 2));
          store<f32>(d + (<usize>i << 2), acc);
        }
      }
    }
  }
}

/**
 * depthwiseConv2d's filter gradient, adding images [b0, b1) into df
 * [KH, KW, C M] (zero-filled by the caller): df[kh, kw, c] += sum over oh, ow
 * of xe[b, oh SH + kh DH, ow SW + kw DW, c] dy[b, oh, ow, c].
 * Only the taps t = kh KW + kw in [t0, t1) are written: disjoint tap ranges
 * write disjoint rows of df, each summed in the same order (bit-identical).
 */
export function dw_bpf_f32(
  x: usize, dy: usize, df: usize, desc: usize, b0: i32, b1: i32, tmp: usize, t0: i32, t1: i32,
): void {
  const H = dg(desc, D_H), W = dg(desc, D_W), C = dg(desc, D_C);
  const OH = dg(desc, D_OH), OW = dg(desc, D_OW), KH = dg(desc, D_KH), KW = dg(desc, D_KW);
  const SH = dg(desc, D_SH), SW = dg(desc, D_SW), DH = dg(desc, D_DH), DW = dg(desc, D_DW);
  const PT = dg(desc, D_PT), PL = dg(desc, D_PL), M = dg(desc, D_M);
  const HP = dg(desc, D_HP), WP = dg(desc, D_WP);
  const CM = C * M;
  const expand = HP != H || WP != W || M != 1;
  const CM4 = <usize>CM << 2;
  const imgBytes = <usize>H * <usize>W * (<usize>C << 2);
  const rowP = <usize>WP * CM4;
  const aRow = <usize>SH * rowP;
  const aPix = <usize>SW * CM4;
  for (let b = b0; b < b1; b++) {
    let img = x + <usize>b * imgBytes;
    if (expand) {
      padImage(img, tmp, H, W, C, M, HP, WP, PT, PL);
      img = tmp;
    }
    const dyi = dy + <usize>(b * OH) * <usize>OW * CM4;
    for (let tap = t0; tap < t1; tap++) {
      const kh = tap / KW;
      const kw = tap - kh * KW;
      {
        const at = img + <usize>(kh * DH) * rowP + <usize>(kw * DW) * CM4;
        const o = df + <usize>(kh * KW + kw) * CM4;
        let c = 0;
        for (; c + 16 <= CM; c += 16) {
          const cb = <usize>c << 2;
          let a0 = v128.load(o + cb), a1 = v128.load(o + cb, 16);
          let a2 = v128.load(o + cb, 32), a3 = v128.load(o + cb, 48);
          for (let oh = 0; oh < OH; oh++) {
            let pa = at + <usize>oh * aRow + cb;
            let pd = dyi + <usize>oh * <usize>OW * CM4 + cb;
            for (let ow = 0; ow < OW; ow++) {
              a0 = f32x4.relaxed_madd(v128.load(pa), v128.load(pd), a0);
              a1 = f32x4.relaxed_madd(v128.load(pa, 16), v128.load(pd, 16), a1);
              a2 = f32x4.relaxed_madd(v128.load(pa, 32), v128.load(pd, 32), a2);
              a3 = f32x4.relaxed_madd(v128.load(pa, 48), v128.load(pd, 48), a3);
              pa += aPix;
              pd += CM4;
            }
          }
          v128.store(o + cb, a0);
          v128.store(o + cb, a1, 16);
          v128.store(o + cb, a2, 32);
          v128.store(o + cb, a3, 48);
        }
        for (; c < CM; c += 4) {
          const cb = <usize>c << 2;
          const n = CM - c;
          let a0 = ld4(o + cb, n);
          for (let oh = 0; oh < OH; oh++) {
            let pa = at + <usize>oh * aRow + cb;
            let pd = dyi + <usize>oh * <usize>OW * CM4 + cb;
            for (let ow = 0; ow < OW; ow++) {
              a0 = f32x4.relaxed_madd(ld4(pa, n), ld4(pd, n), a0);
              pa += aPix;
              pd += CM4;
            }
          }
          st4(o + cb, a0, n);
        }
      }
    }
  }
}

// ---------------------------------------------------------------- pooling
//
// Pooling windows have no dilation; padding is never read: a window covers
// only its taps inside the image (maxPool's padding acts as -inf, avgPool
// averages the valid taps, as TensorFlow does). Channels run 4 at a time with a
// masked tail.

/** maxPool, output rows [r0, r1): the max over each window's valid taps (NaN if any is NaN). */
export function max_pool_f32(x: usize, y: usize, desc: usize, r0: i32, r1: i32): void {
  poolRows(false, x, y, desc, r0, r1);
}

/** avgPool, output rows [r0, r1): the mean over each window's valid taps. */
export function avg_pool_f32(x: usize, y: usize, desc: usize, r0: i32, r1: i32): void {
  poolRows(true, x, y, desc, r0, r1);
}

@inline function poolRows(AVG: bool, x: usize, y: usize, desc: usize, r0: i32, r1: i32): void {
  const H = dg(desc, D_H), W = dg(desc, D_W), C = dg(desc, D_C);
  const OH = dg(desc, D_OH), OW = dg(desc, D_OW), KH = dg(desc, D_KH), KW = dg(desc, D_KW);
  const SH = dg(desc, D_SH), SW = dg(desc, D_SW), PT = dg(desc, D_PT), PL = dg(desc, D_PL);
  const C4 = <usize>C << 2;
  const rowB = <usize>W * C4;
  for (let r = r0; r < r1; r++) {
    const b = r / OH;
    const oh = r - b * OH;
    const ih0 = oh * SH - PT;
    const kh0 = tapLo(ih0, 1);
    const kh1 = tapHi(ih0, 1, KH, H, kh0);
    const img = x + <usize>b * <usize>H * rowB;
    for (let ow = 0; ow < OW; ow++) {
      const iw0 = ow * SW - PL;
      const kw0 = tapLo(iw0, 1);
      const kw1 = tapHi(iw0, 1, KW, W, kw0);
      const o = y + (<usize>(r * OW + ow) * C4);
      const first = img + <usize>(ih0 + kh0) * rowB + <usize>(iw0 + kw0) * C4;
      const nh = kh1 - kh0, nw = kw1 - kw0;
      const cnt = f32x4.splat(<f32>(nh * nw));
      const init = AVG ? f32x4.splat(0) : f32x4.splat(<f32>-Infinity);
      let c = 0;
      // 16 channels at a time: four independent accumulators per tap. maxPool
      // takes f32x4.pmax (one maxps, where f32x4.max is a sequence of ~8 for
      // its NaN rules), which drops a NaN tap; a running sum of the taps tells
      // the lanes that saw one (one add per tap instead of a compare and an or).
      for (; c + 16 <= C; c += 16) {
        const cb = <usize>c << 2;
        let a0 = init, a1 = init, a2 = init, a3 = init;
        let n0 = f32x4.splat(0), n1 = n0, n2 = n0, n3 = n0;
        for (let i = 0; i < nh; i++) {
          let p = first + <usize>i * rowB + cb;
          for (let j = 0; j < nw; j++) {
            let v = v128.load(p);
            a0 = pool4(AVG, a0, v);
            if (!AVG) n0 = f32x4.add(n0, v);
            v = v128.load(p, 16);
            a1 = pool4(AVG, a1, v);
            if (!AVG) n1 = f32x4.add(n1, v);
            v = v128.load(p, 32);
            a2 = pool4(AVG, a2, v);
            if (!AVG) n2 = f32x4.add(n2, v);
            v = v128.load(p, 48);
            a3 = pool4(AVG, a3, v);
            if (!AVG) n3 = f32x4.add(n3, v);
            p += C4;
          }
        }
        if (!AVG) {
          // n* summed the taps: NaN when a tap was NaN, or held both infinities
          // (rare; then find the NaN lanes exactly)
          n0 = nanLanes(n0, first, nh, nw, rowB, C4, cb);
          n1 = nanLanes(n1, first, nh, nw, rowB, C4, cb + 16);
          n2 = nanLanes(n2, first, nh, nw, rowB, C4, cb + 32);
          n3 = nanLanes(n3, first, nh, nw, rowB, C4, cb + 48);
        }
        v128.store(o + cb, poolOut(AVG, a0, n0, cnt));
        v128.store(o + cb, poolOut(AVG, a1, n1, cnt), 16);
        v128.store(o + cb, poolOut(AVG, a2, n2, cnt), 32);
        v128.store(o + cb, poolOut(AVG, a3, n3, cnt), 48);
      }
      for (; c < C; c += 4) {
        const cb = <usize>c << 2;
        const n = C - c;
        let acc = init;
        let nan = f32x4.splat(0);
        for (let i = 0; i < nh; i++) {
          let p = first + <usize>i * rowB + cb;
          for (let j = 0; j < nw; j++) {
            const v = ld4(p, n);
            acc = pool4(AVG, acc, v);
            if (!AVG) nan = v128.or(nan, f32x4.ne(v, v));
            p += C4;
          }
        }
        st4(o + cb, poolOut(AVG, acc, nan, cnt), n);
      }
    }
  }
}

// The lanes of 4 channels at byte offset cb of a window that hold a NaN, given
// the sum s of the window's taps (all-zero mask when s has no NaN).
function nanLanes(s: v128, first: usize, nh: i32, nw: i32, rowB: usize, C4: usize, cb: usize): v128 {
  let m = f32x4.ne(s, s);
  if (!v128.any_true(m)) return m;
  m = f32x4.splat(0);
  for (let i = 0; i < nh; i++) {
    let p = first + <usize>i * rowB + cb;
    for (let j = 0; j < nw; j++) {
      const v = v128.load(p);
      m = v128.or(m, f32x4.ne(v, v));
      p += C4;
    }
  }
  return m;
}

@inline function poolOut(AVG: bool, acc: v128, nan: v128, cnt: v128): v128 {
  return AVG ? f32x4.div(acc, cnt) : v128.bitselect(f32x4.splat(NaN), acc, nan);
}

@inline function pool4(AVG: bool, acc: v128, v: v128): v128 {
  return AVG ? f32x4.add(acc, v) : f32x4.pmax(acc, v);
}

/**
 * maxPool's gradient, images [b0, b1), dx zero-filled by the caller: each
 * dy[b, oh, ow, c] goes to the first tap (in row-major window order) where
 * x equals the pooled y, as TensorFlow's MaxPoolGrad.
 */
export function max_pool_grad_f32(x: usize, y: usize, dy: usize, dx: usize, desc: usize, b0: i32, b1: i32): void {
  poolScatter(false, x, y, dy, dx, desc, b0, b1);
}

/** avgPool's gradient, images [b0, b1), dx zero-filled: dy / (valid taps) to each valid tap. */
export function avg_pool_grad_f32(dy: usize, dx: usize, desc: usize, b0: i32, b1: i32): void {
  poolScatter(true, 0, 0, dy, dx, desc, b0, b1);
}

@inline function poolScatter(AVG: bool, x: usize, y: usize, dy: usize, dx: usize, desc: usize, b0: i32, b1: i32): void {
  const H = dg(desc, D_H), W = dg(desc, D_W), C = dg(desc, D_C);
  const OH = dg(desc, D_OH), OW = dg(desc, D_OW), KH = dg(desc, D_KH), KW = dg(desc, D_KW);
  const SH = dg(desc, D_SH), SW = dg(desc, D_SW), PT = dg(desc, D_PT), PL = dg(desc, D_PL);
  const C4 = <usize>C << 2;
  const rowB = <usize>W * C4;
  for (let b = b0; b < b1; b++) {
    const imgOff = <usize>b * <usize>H * rowB;
    for (let oh = 0; oh < OH; oh++) {
      const ih0 = oh * SH - PT;
      const kh0 = tapLo(ih0, 1);
      const kh1 = tapHi(ih0, 1, KH, H, kh0);
      for (let ow = 0; ow < OW; ow++) {
        const iw0 = ow * SW - PL;
        const kw0 = tapLo(iw0, 1);
        const kw1 = tapHi(iw0, 1, KW, W, kw0);
        const oo = <usize>((b * OH + oh) * OW + ow) * C4;
        const first = imgOff + <usize>(ih0 + kh0) * rowB + <usize>(iw0 + kw0) * C4;
        const nh = kh1 - kh0, nw = kw1 - kw0;
        const cnt = f32x4.splat(<f32>(nh * nw));
        for (let c = 0; c < C; c += 4) {
          const cb = <usize>c << 2;
          const n = C - c;
          let g = ld4(dy + oo + cb, n);
          if (AVG) g = f32x4.div(g, cnt);
          const yv = AVG ? g : ld4(y + oo + cb, n);
          let found = i32x4.splat(0);
          for (let i = 0; i < nh; i++) {
            let p = first + <usize>i * rowB + cb;
            for (let j = 0; j < nw; j++) {
              if (AVG) {
                st4(dx + p, f32x4.add(ld4(dx + p, n), g), n);
              } else {
                const m = v128.andnot(f32x4.eq(ld4(x + p, n), yv), found);
                st4(dx + p, f32x4.add(ld4(dx + p, n), v128.and(g, m)), n);
                found = v128.or(found, m);
              }
              p += C4;
            }
          }
        }
      }
    }
  }
}

/**
 * The gradient of maxPoolGrad with respect to its dy, output rows [r0, r1):
 * ddy[b, oh, ow, c] = ddx at the window's first tap where x equals y (0 when
 * none does), TensorFlow's MaxPoolGradGrad.
 */
export function max_pool_grad_grad_f32(x: usize, y: usize, ddx: usize, ddy: usize, desc: usize, r0: i32, r1: i32): void {
  const H = dg(desc, D_H), W = dg(desc, D_W), C = dg(desc, D_C);
  const OH = dg(desc, D_OH), OW = dg(desc, D_OW), KH = dg(desc, D_KH), KW = dg(desc, D_KW);
  const SH = dg(desc, D_SH), SW = dg(desc, D_SW), PT = dg(desc, D_PT), PL = dg(desc, D_PL);
  const C4 = <usize>C << 2;
  const rowB = <usize>W * C4;
  for (let r = r0; r < r1; r++) {
    const b = r / OH;
    const oh = r - b * OH;
    const ih0 = oh * SH - PT;
    const kh0 = tapLo(ih0, 1);
    const kh1 = tapHi(ih0, 1, KH, H, kh0);
    const imgOff = <usize>b * <usize>H * rowB;
    for (let ow = 0; ow < OW; ow++) {
      const iw0 = ow * SW - PL;
      const kw0 = tapLo(iw0, 1);
      const kw1 = tapHi(iw0, 1, KW, W, kw0);
      const oo = <usize>(r * OW + ow) * C4;
      const first = imgOff + <usize>(ih0 + kh0) * rowB + <usize>(iw0 + kw0) * C4;
      const nh = kh1 - kh0, nw = kw1 - kw0;
      for (let c = 0; c < C; c += 4) {
        const cb = <usize>c << 2;
        const n = C - c;
        const yv = ld4(y + oo + cb, n);
        let found = i32x4.splat(0);
        let acc = f32x4.splat(0);
        for (let i = 0; i < nh; i++) {
          let p = first + <usize>i * rowB + cb;
          for (let j = 0; j < nw; j++) {
            const m = v128.andnot(f32x4.eq(ld4(x + p, n), yv), found);
            acc = v128.bitselect(ld4(ddx + p, n), acc, m);
            found = v128.or(found, m);
            p += C4;
          }
        }
        st4(ddy + oo + cb, acc, n);
      }
    }
  }
}
