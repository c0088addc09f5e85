// Matrix multiplication kernels: C = A · B for one M×K by K×N product.
//
// Contract (every kernel here):
// - Pointers are byte offsets into the one linear memory, 4-byte aligned
//   (packing buffers 16-byte aligned).
// - Inputs are strided views: A(i, p) is the f32 at a + 4 (i·rsA + p·csA) and
//   B(p, j) at b + 4 (p·rsB + j·csB), strides in elements. A transpose is a
//   swap of the two strides: it is handled while packing and never made.
// - C is row-major with a row stride of `ldc` elements: C(i, j) at
//   c + 4 (i·ldc + j). It must not overlap A, B or the work buffers.
// - K ≥ 1 (the caller writes zeros when K = 0), M, N ≥ 0.
//
// The large-size path (GotoBLAS/BLIS structure, with 128-bit SIMD):
//   matmul_f32_pack_b packs B once into column panels NR = 8 wide, cut into
//   blocks of KC rows, zero-padded to a multiple of NR columns;
//   matmul_f32_rows computes the rows [i0, i1) of C from packed B: for each
//   KC block, for each MC block of rows, it packs that block of A into row
//   panels MR = 6 high, then runs the 6×8 micro-kernel over every
//   (row panel, column panel) pair.
// The micro-kernel holds its 6×8 outputs in 12 v128 registers and does 12
// fused multiply-adds (f32x4.relaxed_madd) per step of p from 2 loads of B and
// 6 broadcast loads of A: 15 of the 16 xmm registers x64 has.
// Rows are independent: Workers sharing the memory can each run
// matmul_f32_rows over their own row range and own A-pack buffer, against
// one packed B.
//
// Small and skinny products skip packing: matmul_f32_small (SIMD over columns
// when B's rows are contiguous, SIMD dot products when B's columns and A's
// rows are, scalar otherwise); int32 uses matmul_i32 (wrapping).

import { bias_act_f32 } from "./fused";

const MR: i32 = 6;
const NR: i32 = 8;

// ---------------------------------------------------------------- packing

// Transposes a 4×4 block given as four rows.
@inline function tr0(r0: v128, r1: v128, r2: v128, r3: v128): v128 {
  return i32x4.shuffle(i32x4.shuffle(r0, r1, 0, 4, 1, 5), i32x4.shuffle(r2, r3, 0, 4, 1, 5), 0, 1, 4, 5);
}
@inline function tr1(r0: v128, r1: v128, r2: v128, r3: v128): v128 {
  return i32x4.shuffle(i32x4.shuffle(r0, r1, 0, 4, 1, 5), i32x4.shuffle(r2, r3, 0, 4, 1, 5), 2, 3, 6, 7);
}
@inline function tr2(r0: v128, r1: v128, r2: v128, r3: v128): v128 {
  return i32x4.shuffle(i32x4.shuffle(r0, r1, 2, 6, 3, 7), i32x4.shuffle(r2, r3, 2, 6, 3, 7), 0, 1, 4, 5);
}
@inline function tr3(r0: v128, r1: v128, r2: v128, r3: v128): v128 {
  return i32x4.shuffle(i32x4.shuffle(r0, r1, 2, 6, 3, 7), i32x4.shuffle(r2, r3, 2, 6, 3, 7), 2, 3, 6, 7);
}

/**
 * Packs B (K×N, strides rsB, csB) for matmul_f32_rows with blocks of `kc`
 * rows: the block starting at row p0 (kb = min(kc, K - p0) rows) begins at
 * float p0·Np (Np = N rounded up to NR), and holds its column panels one
 * after another, each kb rows of NR floats, zero past column N.
 * `dst` needs K·Np floats. Only the column panels [q0, q1) (panel q holds
 * columns NR q ...) are written, so disjoint panel ranges can be packed
 * concurrently; [0, ceil(N / NR)) packs everything.
 */
export function matmul_f32_pack_b(
  b: usize, rsB: i32, csB: i32, K: i32, N: i32, kc: i32, dst: usize, q0: i32, q1: i32,
): void {
  const np = (N + NR - 1) & ~(NR - 1);
  const rs = <usize>rsB << 2;
  const cs = <usize>csB << 2;
  const jEnd = min(N, q1 * NR);
  for (let p0 = 0; p0 < K; p0 += kc) {
    const kb = min(kc, K - p0);
    let d = dst + (<usize>(p0 * np + q0 * NR * kb) << 2);
    for (let j0 = q0 * NR; j0 < jEnd; j0 += NR) {
      const src = b + <usize>p0 * rs + <usize>j0 * cs;
      if (j0 + NR <= N && csB == 1) {
        // Rows of B are contiguous: two vector copies per row.
        for (let p = 0; p < kb; p++) {
          const s = src + <usize>p * rs;
          v128.store(d, v128.load(s));
          v128.store(d, v128.load(s, 16), 16);
          d += NR << 2;
        }
      } else if (j0 + NR <= N && rsB == 1) {
        // Columns of B are contiguous (B transposed): 4×4 transposes.
        let p = 0;
        for (; p + 4 <= kb; p += 4) {
          const s = src + (<usize>p << 2);
          const a0 = v128.load(s), a1 = v128.load(s + cs), a2 = v128.load(s + 2 * cs), a3 = v128.load(s + 3 * cs);
          const b0 = v128.load(s + 4 * cs), b1 = v128.load(s + 5 * cs), b2 = v128.load(s + 6 * cs), b3 = v128.load(s + 7 * cs);
          v128.store(d, tr0(a0, a1, a2, a3));
          v128.store(d, tr0(b0, b1, b2, b3), 16);
          v128.store(d, tr1(a0, a1, a2, a3), 32);
          v128.store(d, tr1(b0, b1, b2, b3), 48);
          v128.store(d, tr2(a0, a1, a2, a3), 64);
          v128.store(d, tr2(b0, b1, b2, b3), 80);
          v128.store(d, tr3(a0, a1, a2, a3), 96);
          v128.store(d, tr3(b0, b1, b2, b3), 112);
          d += NR << 4;
        }
        for (; p < kb; p++) {
          const s = src + (<usize>p << 2);
          for (let j = 0; j < NR; j++) store<f32>(d + (<usize>j << 2), load<f32>(s + <usize>j * cs));
          d += NR << 2;
        }
      } else {
        const nb = min(NR, N - j0);
        for (let p = 0; p < kb; p++) {
          const s = src + <usize>p * rs;
          let j = 0;
          for (; j < nb; j++) store<f32>(d + (<usize>j << 2), load<f32>(s + <usize>j * cs));
          for (; j < NR; j++) store<f32>(d + (<usize>j << 2), 0);
          d += NR << 2;
        }
      }
    }
  }
}

// Packs rows [i0, i0 + mb) and columns [p0, p0 + kb) of A into row panels of
// MR rows: panel r (rows i0 + MR r ...) at dst + 4 MR kb r, holding for each p
// the MR values A(i, p), zero past row i0 + mb.
function packA(a: usize, rsA: i32, csA: i32, i0: i32, mb: i32, p0: i32, kb: i32, dst: usize): void {
  const rs = <usize>rsA << 2;
  const cs = <usize>csA << 2;
  let d = dst;
  for (let r0 = 0; r0 < mb; r0 += MR) {
    const src = a + <usize>(i0 + r0) * rs + <usize>p0 * cs;
    if (r0 + MR <= mb && csA == 1) {
      // Rows of A are contiguous: 4×4 transposes of rows 0-3, pairs for rows 4-5.
      let p = 0;
      for (; p + 4 <= kb; p += 4) {
        const s = src + (<usize>p << 2);
        const x0 = v128.load(s), x1 = v128.load(s + rs), x2 = v128.load(s + 2 * rs), x3 = v128.load(s + 3 * rs);
        const x4 = v128.load(s + 4 * rs), x5 = v128.load(s + 5 * rs);
        const lo = i32x4.shuffle(x4, x5, 0, 4, 1, 5);
        const hi = i32x4.shuffle(x4, x5, 2, 6, 3, 7);
        v128.store(d, tr0(x0, x1, x2, x3));
        v128.store64_lane(d, lo, 0, 16);
        v128.store(d, tr1(x0, x1, x2, x3), 24);
        v128.store64_lane(d, lo, 1, 40);
        v128.store(d, tr2(x0, x1, x2, x3), 48);
        v128.store64_lane(d, hi, 0, 64);
        v128.store(d, tr3(x0, x1, x2, x3), 72);
        v128.store64_lane(d, hi, 1, 88);
        d += MR << 4;
      }
      for (; p < kb; p++) {
        const s = src + (<usize>p << 2);
        for (let r = 0; r < MR; r++) store<f32>(d + (<usize>r << 2), load<f32>(s + <usize>r * rs));
        d += MR << 2;
      }
    } else if (r0 + MR <= mb && rsA == 1) {
      // Columns of A are contiguous (A transposed): a vector and a pair per p.
      for (let p = 0; p < kb; p++) {
        const s = src + <usize>p * cs;
        v128.store(d, v128.load(s));
        store<f64>(d, load<f64>(s, 16), 16);
        d += MR << 2;
      }
    } else {
      const m = min(MR, mb - r0);
      for (let p = 0; p < kb; p++) {
        const s = src + <usize>p * cs;
        let r = 0;
        for (; r < m; r++) store<f32>(d + (<usize>r << 2), load<f32>(s + <usize>r * rs));
        for (; r < MR; r++) store<f32>(d + (<usize>r << 2), 0);
        d += MR << 2;
      }
    }
  }
}

// ---------------------------------------------------------------- micro-kernel

// Stores (first block) or adds (later blocks) one accumulator row pair.
@inline function put(c: usize, lo: v128, hi: v128, first: bool): void {
  if (first) {
    v128.store(c, lo);
    v128.store(c, hi, 16);
  } else {
    v128.store(c, f32x4.add(v128.load(c), lo));
    v128.store(c, f32x4.add(v128.load(c, 16), hi), 16);
  }
}

// C[0:mr, 0:nr] (+)= Ap · Bp over kb steps, Ap a packed MR-row panel, Bp a
// packed NR-column panel. Partial tiles go through `tile` (MR·NR floats).
function micro(ap: usize, bp: usize, kb: i32, c: usize, ldc: usize, mr: i32, nr: i32, first: bool, tile: usize): void {
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
  let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
  let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
  let c40 = f32x4.splat(0), c41 = f32x4.splat(0);
  let c50 = f32x4.splat(0), c51 = f32x4.splat(0);
  for (let p = 0; p < kb; p++) {
    const b0 = v128.load(bp);
    const b1 = v128.load(bp, 16);
    let x = v128.load32_splat(ap);
    c00 = f32x4.relaxed_madd(x, b0, c00);
    c01 = f32x4.relaxed_madd(x, b1, c01);
    x = v128.load32_splat(ap, 4);
    c10 = f32x4.relaxed_madd(x, b0, c10);
    c11 = f32x4.relaxed_madd(x, b1, c11);
    x = v128.load32_splat(ap, 8);
    c20 = f32x4.relaxed_madd(x, b0, c20);
    c21 = f32x4.relaxed_madd(x, b1, c21);
    x = v128.load32_splat(ap, 12);
    c30 = f32x4.relaxed_madd(x, b0, c30);
    c31 = f32x4.relaxed_madd(x, b1, c31);
    x = v128.load32_splat(ap, 16);
    c40 = f32x4.relaxed_madd(x, b0, c40);
    c41 = f32x4.relaxed_madd(x, b1, c41);
    x = v128.load32_splat(ap, 20);
    c50 = f32x4.relaxed_madd(x, b0, c50);
    c51 = f32x4.relaxed_madd(x, b1, c51);
    ap += MR << 2;
    bp += NR << 2;
  }
  const ld = ldc << 2;
  if (mr == MR && nr == NR) {
    put(c, c00, c01, first);
    put(c + ld, c10, c11, first);
    put(c + 2 * ld, c20, c21, first);
    put(c + 3 * ld, c30, c31, first);
    put(c + 4 * ld, c40, c41, first);
    put(c + 5 * ld, c50, c51, first);
    return;
  }
  v128.store(tile, c00);
  v128.store(tile, c01, 16);
  v128.store(tile, c10, 32);
  v128.store(tile, c11, 48);
  v128.store(tile, c20, 64);
  v128.store(tile, c21, 80);
  v128.store(tile, c30, 96);
  v128.store(tile, c31, 112);
  v128.store(tile, c40, 128);
  v128.store(tile, c41, 144);
  v128.store(tile, c50, 160);
  v128.store(tile, c51, 176);
  for (let r = 0; r < mr; r++) {
    const t = tile + (<usize>(r * NR) << 2);
    const o = c + <usize>r * ld;
    for (let j = 0; j < nr; j++) {
      const k = <usize>j << 2;
      const v = load<f32>(t + k);
      store<f32>(o + k, first ? v : load<f32>(o + k) + v);
    }
  }
}

// ---------------------------------------------------------------- drivers

/**
 * Rows [i0, i1) of C = A · B, from B packed by matmul_f32_pack_b with the same
 * `kc`. `mc` (a multiple of MR) rows of A are packed at a time into `work`,
 * which needs mc·kc + MR·NR floats. C's rows outside [i0, i1) are not touched,
 * so disjoint row ranges can run concurrently (each with its own `work`).
 * Rows [i0, i1) of C then get bias_act_f32(bias, act, alpha) (fused.ts;
 * bias 0 and act 0: none), after the loops: a call inside them (per block of
 * rows) made V8's code for this function 40% slower (measured: 1024² at 29
 * GFLOP/s instead of 49 on one thread).
 */
export function matmul_f32_rows(
  a: usize, rsA: i32, csA: i32, bp: usize, c: usize, ldc: i32,
  K: i32, N: i32, kc: i32, mc: i32, i0: i32, i1: i32, work: usize,
  bias: usize, act: i32, alpha: f32,
): void {
  const np = (N + NR - 1) & ~(NR - 1);
  const tile = work + (<usize>(mc * kc) << 2);
  const ld = <usize>ldc;
  for (let p0 = 0; p0 < K; p0 += kc) {
    const kb = min(kc, K - p0);
    const first = p0 == 0;
    const bBlock = bp + (<usize>(p0 * np) << 2);
    for (let ic = i0; ic < i1; ic += mc) {
      const mb = min(mc, i1 - ic);
      packA(a, rsA, csA, ic, mb, p0, kb, work);
      for (let j0 = 0; j0 < N; j0 += NR) {
        const nr = min(NR, N - j0);
        const bPanel = bBlock + (<usize>(j0 * kb) << 2);
        const cCol = c + (<usize>j0 << 2);
        for (let r0 = 0; r0 < mb; r0 += MR) {
          micro(
            work + (<usize>(r0 * kb) << 2), bPanel, kb,
            cCol + ((<usize>(ic + r0) * ld) << 2), ld, min(MR, mb - r0), nr, first, tile,
          );
        }
      }
    }
  }
  // the fused epilogue, while these rows of C are still in cache (L2)
  if (bias != 0 || act != 0) bias_act_f32(c, ldc, N, i0, i1, bias, act, alpha);
}

// Words of the descriptor of matmul_f32_batch (i32 each; pointers and offsets in bytes).
const BD_M: i32 = 0;
const BD_N: i32 = 1;
const BD_K: i32 = 2;
const BD_RSA: i32 = 3;
const BD_CSA: i32 = 4;
const BD_RSB: i32 = 5;
const BD_CSB: i32 = 6;
const BD_KC: i32 = 7;
const BD_MC: i32 = 8;
const BD_NC: i32 = 9;
const BD_SMALL: i32 = 10;
const BD_A: i32 = 11;
const BD_B: i32 = 12;
const BD_C: i32 = 13;
const BD_SC: i32 = 14;
const BD_BIAS: i32 = 15;
const BD_ACT: i32 = 16;
const BD_ALPHA: i32 = 17;
const BD_OFF: i32 = 18;

@inline function bd(desc: usize, i: i32): i32 {
  return load<i32>(desc + (<usize>i << 2));
}

/**
 * Products [i0, i1) of a batch C_i = A_i · B_i described at `desc`: M, N, K,
 * the strides rsA, csA, rsB, csB, the blocking kc, mc, nc, whether to take
 * matmul_f32_small (1) or the packed path (0), the base pointers a, b, c, C's
 * batch stride in bytes, the epilogue's bias pointer, activation and alpha
 * (f32 bits), then for each product the byte offsets of A_i and B_i from a
 * and b (interleaved). C_i = c + i · strideC, row stride N.
 * `work` (mc·kc + MR·NR floats) and `bp` (K·nc floats) are private to the
 * caller, so disjoint product ranges can run concurrently.
 */
export function matmul_f32_batch(desc: usize, i0: i32, i1: i32, work: usize, bp: usize): void {
  const M = bd(desc, BD_M), N = bd(desc, BD_N), K = bd(desc, BD_K);
  const rsA = bd(desc, BD_RSA), csA = bd(desc, BD_CSA), rsB = bd(desc, BD_RSB), csB = bd(desc, BD_CSB);
  const kc = bd(desc, BD_KC), mc = bd(desc, BD_MC), nc = bd(desc, BD_NC);
  const small = bd(desc, BD_SMALL) != 0;
  const A = <usize><u32>bd(desc, BD_A), B = <usize><u32>bd(desc, BD_B), C = <usize><u32>bd(desc, BD_C);
  const sc = <usize><u32>bd(desc, BD_SC);
  const bias = <usize><u32>bd(desc, BD_BIAS), act = bd(desc, BD_ACT);
  const alpha = reinterpret<f32>(bd(desc, BD_ALPHA));
  let packed: usize = -1;
  for (let i = i0; i < i1; i++) {
    const off = desc + (<usize>(BD_OFF + 2 * i) << 2);
    const a = A + <usize>load<u32>(off);
    const b = B + <usize>load<u32>(off, 4);
    const c = C + <usize>i * sc;
    if (small) {
      matmul_f32_small(a, rsA, csA, b, rsB, csB, c, N, M, N, K);
      bias_act_f32(c, N, N, 0, M, bias, act, alpha);
      continue;
    }
    if (nc >= N) {
      // one column block: a B shared by consecutive products is packed once
      if (b != packed) matmul_f32_pack_b(b, rsB, csB, K, N, kc, bp, 0, (N + NR - 1) / NR);
      packed = b;
      matmul_f32_rows(a, rsA, csA, bp, c, N, K, N, kc, mc, 0, M, work, bias, act, alpha);
    } else {
      for (let j0 = 0; j0 < N; j0 += nc) {
        const nb = min(nc, N - j0);
        matmul_f32_pack_b(b + (<usize>(j0 * csB) << 2), rsB, csB, K, nb, kc, bp, 0, (nb + NR - 1) / NR);
        const bj: usize = bias == 0 ? 0 : bias + (<usize>j0 << 2);
        matmul_f32_rows(a, rsA, csA, bp, c + (<usize>j0 << 2), N, K, nb, kc, mc, 0, M, work, bj, act, alpha);
      }
    }
  }
}

/**
 * C = A · B without packing, for small products, a few rows, or one column.
 * One row of C at a time: SIMD over 32 then 4 columns when B's rows are
 * contiguous (csB = 1, N ≥ 4); else SIMD dot products when B's columns and
 * A's rows are (rsB = 1, csA = 1); scalar dot products for what is left.
 */
export function matmul_f32_small(
  a: usize, rsA: i32, csA: i32, b: usize, rsB: i32, csB: i32, c: usize, ldc: i32,
  M: i32, N: i32, K: i32,
): void {
  const ra = <usize>rsA << 2, ca = <usize>csA << 2;
  const rb = <usize>rsB << 2, cb = <usize>csB << 2;
  const ld = <usize>ldc << 2;
  for (let i = 0; i < M; i++) {
    const ai = a + <usize>i * ra;
    const ci = c + <usize>i * ld;
    let j = 0;
    if (csB == 1 && N >= 4) {
      // 32 columns at a time: 8 independent accumulator chains hide the FMA
      // latency, and each step of p reads two whole cache lines of B's row.
      for (; j + 32 <= N; j += 32) {
        let c0 = f32x4.splat(0), c1 = f32x4.splat(0), c2 = f32x4.splat(0), c3 = f32x4.splat(0);
        let c4 = f32x4.splat(0), c5 = f32x4.splat(0), c6 = f32x4.splat(0), c7 = f32x4.splat(0);
        let pa = ai, pb = b + (<usize>j << 2);
        for (let p = 0; p < K; p++) {
          const x = v128.load32_splat(pa);
          c0 = f32x4.relaxed_madd(x, v128.load(pb), c0);
          c1 = f32x4.relaxed_madd(x, v128.load(pb, 16), c1);
          c2 = f32x4.relaxed_madd(x, v128.load(pb, 32), c2);
          c3 = f32x4.relaxed_madd(x, v128.load(pb, 48), c3);
          c4 = f32x4.relaxed_madd(x, v128.load(pb, 64), c4);
          c5 = f32x4.relaxed_madd(x, v128.load(pb, 80), c5);
          c6 = f32x4.relaxed_madd(x, v128.load(pb, 96), c6);
          c7 = f32x4.relaxed_madd(x, v128.load(pb, 112), c7);
          pa += ca;
          pb += rb;
        }
        const o = ci + (<usize>j << 2);
        v128.store(o, c0);
        v128.store(o, c1, 16);
        v128.store(o, c2, 32);
        v128.store(o, c3, 48);
        v128.store(o, c4, 64);
        v128.store(o, c5, 80);
        v128.store(o, c6, 96);
        v128.store(o, c7, 112);
      }
      for (; j + 4 <= N; j += 4) {
        let acc = f32x4.splat(0);
        let pa = ai, pb = b + (<usize>j << 2);
        for (let p = 0; p < K; p++) {
          acc = f32x4.relaxed_madd(v128.load32_splat(pa), v128.load(pb), acc);
          pa += ca;
          pb += rb;
        }
        v128.store(ci + (<usize>j << 2), acc);
      }
    } else if (rsB == 1 && csA == 1) {
      // B's columns and A's rows are contiguous: SIMD dot products.
      for (; j < N; j++) {
        let d0 = f32x4.splat(0), d1 = f32x4.splat(0), d2 = f32x4.splat(0), d3 = f32x4.splat(0);
        const pb = b + <usize>j * cb;
        let p = 0;
        for (; p + 16 <= K; p += 16) {
          const q = <usize>p << 2;
          d0 = f32x4.relaxed_madd(v128.load(ai + q), v128.load(pb + q), d0);
          d1 = f32x4.relaxed_madd(v128.load(ai + q, 16), v128.load(pb + q, 16), d1);
          d2 = f32x4.relaxed_madd(v128.load(ai + q, 32), v128.load(pb + q, 32), d2);
          d3 = f32x4.relaxed_madd(v128.load(ai + q, 48), v128.load(pb + q, 48), d3);
        }
        for (; p + 4 <= K; p += 4) {
          const q = <usize>p << 2;
          d0 = f32x4.relaxed_madd(v128.load(ai + q), v128.load(pb + q), d0);
        }
        const acc = f32x4.add(f32x4.add(d0, d1), f32x4.add(d2, d3));
        let s = f32x4.extract_lane(acc, 0) + f32x4.extract_lane(acc, 1) +
          (f32x4.extract_lane(acc, 2) + f32x4.extract_lane(acc, 3));
        for (; p < K; p++) {
          const q = <usize>p << 2;
          s += load<f32>(ai + q) * load<f32>(pb + q);
        }
        store<f32>(ci + (<usize>j << 2), s);
      }
    }
    for (; j < N; j++) {
      let s: f32 = 0;
      let pa = ai, pb = b + <usize>j * cb;
      for (let p = 0; p < K; p++) {
        s += load<f32>(pa) * load<f32>(pb);
        pa += ca;
        pb += rb;
      }
      store<f32>(ci + (<usize>j << 2), s);
    }
  }
}

/** int32 C = A · B with wrapping arithmetic (TensorFlow's int32 matmul). Same strides as above. */
export function matmul_i32(
  a: usize, rsA: i32, csA: i32, b: usize, rsB: i32, csB: i32, c: usize, ldc: i32,
  M: i32, N: i32, K: i32,
): void {
  const ra = <usize>rsA << 2, ca = <usize>csA << 2;
  const rb = <usize>rsB << 2, cb = <usize>csB << 2;
  const ld = <usize>ldc << 2;
  for (let i = 0; i < M; i++) {
    const ai = a + <usize>i * ra;
    const ci = c + <usize>i * ld;
    let j = 0;
    if (csB == 1) {
      for (; j + 4 <= N; j += 4) {
        let acc = i32x4.splat(0);
        let pa = ai, pb = b + (<usize>j << 2);
        for (let p = 0; p < K; p++) {
          acc = i32x4.add(acc, i32x4.mul(v128.load32_splat(pa), v128.load(pb)));
          pa += ca;
          pb += rb;
        }
        v128.store(ci + (<usize>j << 2), acc);
      }
    }
    for (; j < N; j++) {
      let s: i32 = 0;
      let pa = ai, pb = b + <usize>j * cb;
      for (let p = 0; p < K; p++) {
        s += load<i32>(pa) * load<i32>(pb);
        pa += ca;
        pb += rb;
      }
      store<i32>(ci + (<usize>j << 2), s);
    }
  }
}
