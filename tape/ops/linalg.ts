/**
 * Linear algebra: matmul (batched, with NumPy broadcasting of the batch
 * dimensions and transposes handled inside the kernel), tensordot and einsum
 * (lowered to reshapes, transposes and matmul).
 *
 * @module
 */

import { collapseBroadcast, fmtShape } from "../_shape.ts";
import { type Call, defineOp, run } from "../op.ts";
import { type TensorLike, toTensor, toTensorPair } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { k, tempBytes } from "../../asm/backend.ts";
import { matmulWgsl } from "../../gpu/kernels/matmul.ts";
import { view } from "../../asm/heap.ts";
import { parallelFor, threadsFor, tooSmall } from "../../asm/threads.ts";
import { reshape, transpose } from "./shape.ts";
import { reduceSum } from "./reduce.ts";

/** matmul's attributes (for the fused ops' WebGPU kernel). @internal */
export interface MatmulAttrs {
  transposeA: boolean;
  transposeB: boolean;
}

/**
 * A fused epilogue applied to C while it is in cache (asm/src/fused.ts
 * bias_act_f32): C = act(C + bias), `bias` a pointer to N floats or 0,
 * `act` an activation code (0: none), `alpha` leakyRelu's slope.
 */
/** @internal */
export interface Epilogue {
  bias: number;
  act: number;
  alpha: number;
}

const NO_EPILOGUE: Epilogue = { bias: 0, act: 0, alpha: 0 };
const f32Bits = new DataView(new ArrayBuffer(4));

// ---------------------------------------------------------------- kernel

// Blocking of the packed path (asm/src/matmul.ts): KC rows of B and MC rows of
// A per block. A KC×MC block of A (96 KiB) stays in L2, an 8-column panel of
// B (8 KiB) in L1; measured best among 192-384 / 96-192 on 128-1024 squares.
const MR = 6, NR = 8, KC = 256, MC = 96;
// When the unpacked kernel (matmul_f32_small) beats packing, measured on
// 4-48 cubes and on skinny shapes up to 1024: tiny products (packing costs
// more than it saves), and up to 4 rows (or 4 columns, for dot products),
// where the 6×8 micro-kernel would mostly multiply padding.
const SMALL_MACS = 1024, SMALL_MACS_STRIDED = 256, SKINNY = 4;

/** Whether a product takes the unpacked kernel (see SMALL_MACS). */
function unpacked(g: Gemm): boolean {
  const macs = g.M * g.N * g.K;
  // B's rows contiguous: SIMD over 32 columns, one row of C at a time.
  if (g.csB === 1 && g.N >= 4) return macs <= SMALL_MACS || g.M <= SKINNY;
  // A's rows and B's columns contiguous: SIMD dot products.
  if (g.rsB === 1 && g.csA === 1) return macs <= SMALL_MACS || g.M <= SKINNY || g.N <= SKINNY;
  return macs <= SMALL_MACS_STRIDED;
}
// Packed B is made for at most this many floats at a time: wider products are
// cut into column blocks so that the work buffer stays bounded (8 MiB).
const PACK_FLOATS = 2 * 1024 * 1024;

/** One M×K by K×N product: strides in elements, pointers in bytes. */
interface Gemm {
  M: number;
  N: number;
  K: number;
  rsA: number;
  csA: number;
  rsB: number;
  csB: number;
}

/** Blocking of one packed product (see KC, MC, PACK_FLOATS). */
interface Blocking {
  kc: number;
  mc: number;
  nc: number;
}

// Splitting across threads (asm/threads.ts). Rows of one product go to the
// threads in whole MR-row panels against one packed B (packed once, by column
// panels split across the threads too); a batch of products goes to the
// threads in whole products (each thread packs its own B). Every element of C
// is computed by the same instructions in the same order whatever the split,
// so results are bit-identical to one thread.
//
// SPLIT_MACS: the least multiply-adds per thread worth a split. Measured
// (bench/threads_bench.ts, 2026-11-27: time per call on 1 thread vs the
// critical path on 2, i.e. with a core per thread): 64³ (262K MACs) and 96³
// (885K) 1.0×, 128³ (2.1M) 1.41×, 256³ 1.66×, 512³ 2.00×; a conv of 590K
// MACs lost (0.79×). The hand-over costs ~10-20 µs on this shared machine
// (spinning and waiting included): 512K MACs (~10 µs) per thread at least.
const SPLIT_MACS = 1 << 19;
// Packing B is split when each thread gets at least this many floats of it
// (a copy: as ELEMENTWISE_SPLIT in _elementwise.ts).
const PACK_SPLIT_FLOATS = 1 << 18;
// A batch is split by products (rather than each product by rows) when every
// thread gets at least this many products: fewer leave threads idle at the end.
const BATCH_SPLIT_PRODUCTS = 4;

/**
 * C = A · B on the float32 packed path, in column blocks of `nc`, rows split
 * across up to `t` threads (each with its own `work` of `wb` bytes). `bPacked`
 * is the B pointer whose packing is already in `bp` (a batch that broadcasts
 * B packs it once); returns the pointer packed now, or -1.
 */
function gemmPacked(
  g: Gemm,
  z: Blocking,
  a: number,
  b: number,
  c: number,
  work: number,
  wb: number,
  bp: number,
  bPacked: number,
  t: number,
  ep: Epilogue,
): number {
  const { M, N, K } = g;
  const panels = Math.ceil(M / MR);
  const rowGrain = Math.ceil(SPLIT_MACS / (MR * K * Math.min(N, z.nc)));
  for (let j0 = 0; j0 < N; j0 += z.nc) {
    const nb = Math.min(z.nc, N - j0);
    const bj = b + 4 * j0 * g.csB;
    if (t <= 1) {
      // one thread: direct calls (no ranges to build)
      const bias = ep.bias === 0 ? 0 : ep.bias + 4 * j0;
      if (bPacked !== bj) {
        k.matmul_f32_pack_b(bj, g.rsB, g.csB, K, nb, z.kc, bp, 0, Math.ceil(nb / NR));
      }
      k.matmul_f32_rows(
        a,
        g.rsA,
        g.csA,
        bp,
        c + 4 * j0,
        N,
        K,
        nb,
        z.kc,
        z.mc,
        0,
        M,
        work,
        bias,
        ep.act,
        ep.alpha,
      );
      continue;
    }
    if (bPacked !== bj) {
      const qn = Math.ceil(nb / NR);
      parallelFor(
        "matmul_f32_pack_b",
        qn,
        Math.ceil(PACK_SPLIT_FLOATS / (K * NR)),
        (q0, q1) => [bj, g.rsB, g.csB, K, nb, z.kc, bp, q0, q1],
        t,
      );
    }
    const cj = c + 4 * j0;
    const bias = ep.bias === 0 ? 0 : ep.bias + 4 * j0;
    parallelFor(
      "matmul_f32_rows",
      panels,
      rowGrain,
      (p0, p1, th) => [
        a,
        g.rsA,
        g.csA,
        bp,
        cj,
        N,
        K,
        nb,
        z.kc,
        z.mc,
        p0 * MR,
        Math.min(M, p1 * MR),
        work + th * wb,
        bias,
        ep.act,
        ep.alpha,
      ],
      t,
    );
  }
  return z.nc >= N ? b : -1;
}

function matmulKernel(c: Call<MatmulAttrs>): void {
  _matmulInto(c, NO_EPILOGUE);
}

/**
 * The matmul kernel, with a fused epilogue: fused ops (tape/ops/fused.ts) call
 * it with their bias and activation.
 */
export function _matmulInto(c: Call<MatmulAttrs>, ep: Epilogue): void {
  const a = c.ins[0], b = c.ins[1], o = c.outs[0];
  const { transposeA: tA, transposeB: tB } = c.attrs;
  const ra = a.rank, rb = b.rank;
  const M = tA ? a.shape[ra - 1] : a.shape[ra - 2];
  const K = tA ? a.shape[ra - 2] : a.shape[ra - 1];
  const N = tB ? b.shape[rb - 2] : b.shape[rb - 1];
  const pa = c.pin[0], pb = c.pin[1], po = c.pout[0];
  if (K === 0) {
    k.fill_32(po, 0, o.size);
    if (ep.bias !== 0 || ep.act !== 0) epilogueRows(po, N, o.size / Math.max(N, 1), ep);
    return;
  }
  // Transposes are stride swaps: A(i, p) = a[i rsA + p csA], B(p, j) = b[p rsB + j csB].
  const g: Gemm = {
    M,
    N,
    K,
    rsA: tA ? 1 : K,
    csA: tA ? M : 1,
    rsB: tB ? 1 : N,
    csB: tB ? K : 1,
  };
  const matA = M * K, matB = K * N, matC = M * N;
  const batchA = a.size / matA, batchB = b.size / matB, batchC = o.size / matC;
  if (batchB === 1 && !tA) {
    // B is shared by every batch and A's rows are contiguous across batches:
    // one product with batchC·M rows (a Dense layer on 3-d input lands here).
    g.M = batchC * M;
    gemm(g, o.dtype === "float32", pa, pb, po, 1, 0, 0, 0, ep);
    return;
  }
  // Byte offsets of each batch's matrices, walking the broadcast batch dims.
  const offA: number[] = new Array(batchC);
  const offB: number[] = new Array(batchC);
  if (batchA === batchC && batchB === batchC) {
    for (let i = 0; i < batchC; i++) {
      offA[i] = 4 * i * matA;
      offB[i] = 4 * i * matB;
    }
  } else {
    const bs = o.shape.slice(0, o.rank - 2);
    const { dims, strides } = collapseBroadcast(bs, [
      a.shape.slice(0, ra - 2),
      b.shape.slice(0, rb - 2),
    ]);
    const idx = new Array(dims.length).fill(0);
    let ia = 0, ib = 0;
    for (let i = 0; i < batchC; i++) {
      offA[i] = 4 * ia * matA;
      offB[i] = 4 * ib * matB;
      for (let d = dims.length - 1; d >= 0; d--) {
        ia += strides[0][d];
        ib += strides[1][d];
        if (++idx[d] < dims[d]) break;
        ia -= strides[0][d] * dims[d];
        ib -= strides[1][d] * dims[d];
        idx[d] = 0;
      }
    }
  }
  gemm(g, o.dtype === "float32", pa, pb, po, batchC, offA, offB, 4 * matC, ep);
}

/** Runs `count` products C_i = A_i · B_i (offsets in bytes from a, b; C_i at c + i·strideC). */
function gemm(
  g: Gemm,
  f32: boolean,
  a: number,
  b: number,
  c: number,
  count: number,
  offA: number[] | 0,
  offB: number[] | 0,
  strideC: number,
  ep: Epilogue,
): void {
  const { M, N, K } = g;
  const oa = (i: number) => (offA === 0 ? 0 : offA[i]);
  const ob = (i: number) => (offB === 0 ? 0 : offB[i]);
  if (!f32) {
    for (let i = 0; i < count; i++) {
      k.matmul_i32(a + oa(i), g.rsA, g.csA, b + ob(i), g.rsB, g.csB, c + i * strideC, N, M, N, K);
    }
    return;
  }
  const macs = M * N * K;
  const small = unpacked(g);
  const z: Blocking = {
    kc: Math.min(KC, K),
    mc: Math.min(MC, Math.ceil(M / MR) * MR),
    nc: Math.min(Math.max(NR, Math.floor(PACK_FLOATS / K / NR) * NR), Math.ceil(N / NR) * NR),
  };
  const wb = 4 * (z.mc * z.kc + MR * NR);
  if (count > 1) {
    const t = threadsFor(count, Math.ceil(SPLIT_MACS / macs));
    if (t > 1 && (small || count >= BATCH_SPLIT_PRODUCTS * t)) {
      gemmBatch(g, z, small, a, b, c, count, offA, offB, strideC, t, ep);
      return;
    }
  }
  if (small) {
    if (count === 1) smallSplit(g, a, b, c);
    else {
      for (let i = 0; i < count; i++) {
        const ci = c + i * strideC;
        k.matmul_f32_small(a + oa(i), g.rsA, g.csA, b + ob(i), g.rsB, g.csB, ci, N, M, N, K);
      }
    }
    if (ep.bias !== 0 || ep.act !== 0) epilogueRows(c, N, count * M, ep);
    return;
  }
  const t = threadsFor(Math.ceil(M / MR), Math.ceil(SPLIT_MACS / (MR * N * K)));
  const work = tempBytes("matmul", t * wb);
  const bp = tempBytes("matmul", 4 * K * z.nc);
  let packed = -1;
  for (let i = 0; i < count; i++) {
    packed = gemmPacked(g, z, a + oa(i), b + ob(i), c + i * strideC, work, wb, bp, packed, t, ep);
  }
}

/** One unpacked product, its columns split across threads where it pays. */
function smallSplit(g: Gemm, a: number, b: number, c: number): void {
  const { M, N, K } = g;
  // Units of columns that every split keeps on the same code path (asm
  // matmul_f32_small): 32 where it runs SIMD over B's contiguous rows; single
  // columns for dot products; the strided scalar path is not split.
  const unit = g.csB === 1 && N >= 4 ? 32 : g.rsB === 1 && g.csA === 1 ? 1 : 0;
  if (unit === 0 || tooSmall(M * N * K, SPLIT_MACS)) {
    k.matmul_f32_small(a, g.rsA, g.csA, b, g.rsB, g.csB, c, N, M, N, K);
    return;
  }
  parallelFor(
    "matmul_f32_small",
    Math.ceil(N / unit),
    Math.ceil(SPLIT_MACS / (M * K * unit)),
    (u0, u1) => {
      const j0 = u0 * unit, j1 = Math.min(N, u1 * unit);
      return [a, g.rsA, g.csA, b + 4 * j0 * g.csB, g.rsB, g.csB, c + 4 * j0, N, M, j1 - j0, K];
    },
  );
}

// Elements of an epilogue per thread below which it is not split (a cheap
// elementwise pass: as ELEMENTWISE_SPLIT in _elementwise.ts).
const EPILOGUE_SPLIT = 1 << 18;

/** The epilogue over `rows` rows of N floats at c, split across threads when large. */
function epilogueRows(c: number, N: number, rows: number, ep: Epilogue): void {
  if (tooSmall(rows * N, EPILOGUE_SPLIT)) {
    k.bias_act_f32(c, N, N, 0, rows, ep.bias, ep.act, ep.alpha);
    return;
  }
  parallelFor(
    "bias_act_f32",
    rows,
    Math.ceil(EPILOGUE_SPLIT / Math.max(N, 1)),
    (r0, r1) => [c, N, N, r0, r1, ep.bias, ep.act, ep.alpha],
  );
}

/** A batch of products split across `t` threads by whole products (asm matmul_f32_batch). */
function gemmBatch(
  g: Gemm,
  z: Blocking,
  small: boolean,
  a: number,
  b: number,
  c: number,
  count: number,
  offA: number[] | 0,
  offB: number[] | 0,
  strideC: number,
  t: number,
  ep: Epilogue,
): void {
  const { M, N, K } = g;
  const wb = small ? 0 : 4 * (z.mc * z.kc + MR * NR);
  const bpb = small ? 0 : 4 * K * z.nc;
  const work = small ? 0 : tempBytes("matmul", t * wb);
  const bp = small ? 0 : tempBytes("matmul", t * bpb);
  const desc = tempBytes("matmul", 4 * (18 + 2 * count));
  const d = view.i32, e = desc >> 2;
  d[e] = M;
  d[e + 1] = N;
  d[e + 2] = K;
  d[e + 3] = g.rsA;
  d[e + 4] = g.csA;
  d[e + 5] = g.rsB;
  d[e + 6] = g.csB;
  d[e + 7] = z.kc;
  d[e + 8] = z.mc;
  d[e + 9] = z.nc;
  d[e + 10] = small ? 1 : 0;
  d[e + 11] = a;
  d[e + 12] = b;
  d[e + 13] = c;
  d[e + 14] = strideC;
  d[e + 15] = ep.bias;
  d[e + 16] = ep.act;
  f32Bits.setFloat32(0, ep.alpha, true);
  d[e + 17] = f32Bits.getInt32(0, true);
  for (let i = 0; i < count; i++) {
    d[e + 18 + 2 * i] = offA === 0 ? 0 : offA[i];
    d[e + 19 + 2 * i] = offB === 0 ? 0 : offB[i];
  }
  parallelFor(
    "matmul_f32_batch",
    count,
    Math.ceil(SPLIT_MACS / (M * N * K)),
    (i0, i1, th) => [desc, i0, i1, work + th * wb, bp + th * bpb],
    t,
  );
}

// ---------------------------------------------------------------- matmul

/**
 * The gradients of C = op(A) op(B) with respect to A and B (null where not
 * wanted), each one matmul with transpose flags (see matmulOp). Fused ops
 * reuse it with dy = the gradient before their activation.
 */
export function _matmulGrads(
  dy: Tensor,
  a: Tensor,
  b: Tensor,
  tA: boolean,
  tB: boolean,
  wantA = true,
  wantB = true,
): [Tensor | null, Tensor | null] {
  if (!tA && !tB) {
    return [wantA ? matmul(dy, b, false, true) : null, wantB ? matmul(a, dy, true, false) : null];
  }
  if (!tA && tB) {
    return [wantA ? matmul(dy, b, false, false) : null, wantB ? matmul(dy, a, true, false) : null];
  }
  if (tA && !tB) {
    return [wantA ? matmul(b, dy, false, true) : null, wantB ? matmul(a, dy, false, false) : null];
  }
  return [wantA ? matmul(b, dy, true, true) : null, wantB ? matmul(dy, a, true, true) : null];
}

const matmulOp = defineOp<MatmulAttrs>({
  name: "matmul",
  wasm: matmulKernel,
  webgpu: matmulWgsl,
  // With C = op(A) op(B) and G = dC (op = transpose or not):
  //   C = A B:    dA = G Bᵀ,    dB = Aᵀ G
  //   C = A Bᵀ:   dA = G B,     dB = Gᵀ A
  //   C = Aᵀ B:   dA = B Gᵀ,    dB = A G
  //   C = Aᵀ Bᵀ:  dA = Bᵀ Gᵀ,   dB = Gᵀ Aᵀ
  // Each is one matmul with transpose flags (no transpose is made). Batch
  // dimensions come back at the broadcast shape; the tape sums them.
  // Only the products whose input needs a gradient are made.
  grad: ({ dy, ins: [a, b], attrs: { transposeA: tA, transposeB: tB }, needs }) =>
    _matmulGrads(dy, a, b, tA, tB, needs[0], needs[1]),
});

/**
 * The matrix product of the last two dimensions of `a` and `b`, batched over
 * the leading dimensions with NumPy broadcasting (TensorFlow's
 * `tf.linalg.matmul`). Both inputs need rank >= 2 and the same dtype
 * (float32 or int32). `transposeA` / `transposeB` multiply by the transpose
 * of the last two dimensions without making it.
 *
 * Shapes: a `[...batchA, M, K]` (`[..., K, M]` when transposeA), b
 * `[...batchB, K, N]` (`[..., N, K]` when transposeB) give
 * `[...broadcast(batchA, batchB), M, N]`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const a = tf.constant([[1, 2], [3, 4]]);
 * console.log(tf.matmul(a, [[5], [6]]).arraySync()); // [[17], [39]]
 * console.log(tf.matmul(a, a, true).arraySync()); // aᵀa: [[10, 14], [14, 20]]
 * console.log(tf.matmul(tf.ones([3, 1, 2, 4]), tf.ones([5, 4, 6])).shape); // [3, 5, 2, 6]
 * ```
 */
export function matmul(
  a: TensorLike,
  b: TensorLike,
  transposeA = false,
  transposeB = false,
): Tensor {
  const [ta, tb] = toTensorPair("matmul", a, b);
  const tA = !!transposeA, tB = !!transposeB;
  const shape = _matmulShape(ta, tb, tA, tB);
  return run(matmulOp, [ta, tb], { transposeA: tA, transposeB: tB }, shape, ta.dtype);
}

/**
 * matmul's argument checks (dtypes, ranks, inner dimensions, batch
 * broadcasting) and its output shape; throws matmul's errors. Also used by
 * fused.matMul.
 */
export function _matmulShape(ta: Tensor, tb: Tensor, tA: boolean, tB: boolean): number[] {
  const what = () =>
    `a ${fmtShape(ta.shape)} (transposeA=${tA}) and b ${fmtShape(tb.shape)} (transposeB=${tB})`;
  if (ta.dtype !== tb.dtype) {
    throw new TypeError(
      `matmul: dtypes differ: ${ta.dtype} ${fmtShape(ta.shape)} and ${tb.dtype} ` +
        `${fmtShape(tb.shape)}; tapeflow never mixes dtypes silently: tf.cast one of them`,
    );
  }
  if (ta.dtype === "bool") {
    throw new TypeError(
      `matmul: bool tensors are not supported; tf.cast them to float32 or int32 first`,
    );
  }
  for (const [name, t] of [["a", ta], ["b", tb]] as const) {
    if (t.rank < 2) {
      throw new RangeError(
        `matmul: ${name} has rank ${t.rank} (shape ${fmtShape(t.shape)}) but matmul needs ` +
          `rank >= 2 (matrices, optionally batched); reshape it to a matrix, e.g. ` +
          `tf.reshape(${name}, [1, -1]) for a row or [-1, 1] for a column`,
      );
    }
  }
  const ra = ta.rank, rb = tb.rank;
  const M = tA ? ta.shape[ra - 1] : ta.shape[ra - 2];
  const Ka = tA ? ta.shape[ra - 2] : ta.shape[ra - 1];
  const Kb = tB ? tb.shape[rb - 1] : tb.shape[rb - 2];
  const N = tB ? tb.shape[rb - 2] : tb.shape[rb - 1];
  if (Ka !== Kb) {
    throw new RangeError(
      `matmul: inner dimensions differ: ${what()}: ${tA ? "aᵀ" : "a"} has ${Ka} columns but ` +
        `${tB ? "bᵀ" : "b"} has ${Kb} rows; make them equal, or set transposeA/transposeB ` +
        `if a matrix is stored the other way round`,
    );
  }
  // Broadcast the batch dimensions (aligned at the right, each pair equal or 1).
  const nb = Math.max(ra, rb) - 2;
  const batch = new Array<number>(nb);
  for (let i = 0; i < nb; i++) {
    const da = i < nb - (ra - 2) ? 1 : ta.shape[i - (nb - (ra - 2))];
    const db = i < nb - (rb - 2) ? 1 : tb.shape[i - (nb - (rb - 2))];
    if (da !== db && da !== 1 && db !== 1) {
      throw new RangeError(
        `matmul: batch dimensions of ${what()} cannot be broadcast together (${da} vs ${db}); ` +
          `make each pair of leading dimensions equal or 1`,
      );
    }
    batch[i] = da === 1 ? db : da;
  }
  batch.push(M, N);
  return batch;
}

// ---------------------------------------------------------------- lowering to matmul

/** Whether permuting `shape` by `perm` keeps the elements' order (axes of extent 1 aside). */
function keepsOrder(shape: readonly number[], perm: readonly number[]): boolean {
  let last = -1;
  for (const p of perm) {
    if (shape[p] === 1) continue;
    if (p < last) return false;
    last = p;
  }
  return true;
}

function prod(shape: readonly number[], axes: readonly number[]): number {
  let n = 1;
  for (const a of axes) n *= shape[a];
  return n;
}

/**
 * `t` as a batch of matrices `[...batch, rows, cols]`, each group of axes
 * merged into one dimension. When that order needs a copy but
 * `[...batch, cols, rows]` does not, returns the latter with `trans` set, for
 * matmul to read transposed; otherwise copies (transpose) only when it must.
 */
function asMatrices(
  t: Tensor,
  batch: readonly number[],
  rows: readonly number[],
  cols: readonly number[],
): { m: Tensor; trans: boolean } {
  const s = t.shape;
  const bdims = batch.map((a) => s[a]);
  const r = prod(s, rows), c = prod(s, cols);
  const straight = [...batch, ...rows, ...cols];
  if (!keepsOrder(s, straight)) {
    const swapped = [...batch, ...cols, ...rows];
    if (keepsOrder(s, swapped)) return { m: reshape(t, [...bdims, c, r]), trans: true };
    return { m: reshape(transpose(t, straight), [...bdims, r, c]), trans: false };
  }
  return { m: reshape(t, [...bdims, r, c]), trans: false };
}

/**
 * The contraction of `a` and `b` over the paired axes `axA[i]` ~ `axB[i]`,
 * with batch axes `batchA[i]` ~ `batchB[i]` kept (broadcast where one is 1):
 * the result has shape [...batch, ...free axes of a, ...free axes of b], free
 * axes in the order given by `freeA`, `freeB`.
 */
function contract(
  a: Tensor,
  b: Tensor,
  batchA: readonly number[],
  batchB: readonly number[],
  axA: readonly number[],
  axB: readonly number[],
  freeA: readonly number[],
  freeB: readonly number[],
): Tensor {
  const ma = asMatrices(a, batchA, freeA, axA);
  const mb = asMatrices(b, batchB, axB, freeB);
  const c = matmul(ma.m, mb.m, ma.trans, mb.trans);
  const batch = c.shape.slice(0, c.rank - 2);
  return reshape(c, [...batch, ...freeA.map((x) => a.shape[x]), ...freeB.map((x) => b.shape[x])]);
}

// ---------------------------------------------------------------- tensordot

/**
 * The tensor contraction of `a` and `b` over paired axes, as TensorFlow's
 * `tf.tensordot`. `axes` is a number n (the last n axes of a with the first n
 * of b; 0 gives the outer product) or a pair `[axesA, axesB]` of equal-length
 * axis lists (or single axes); negative axes count from the end. The result
 * has a's remaining axes then b's. Lowered to one matmul, transposing an
 * operand only when reading it as a (possibly transposed) matrix is impossible.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const a = tf.constant([[1, 2], [3, 4]]);
 * console.log(tf.tensordot(a, a, 1).arraySync()); // a·a: [[7, 10], [15, 22]]
 * console.log(tf.tensordot(a, a, [[0, 1], [0, 1]]).arraySync()); // Σ a²: 30
 * console.log(tf.tensordot([1, 2], [3, 4, 5], 0).shape); // outer: [2, 3]
 * ```
 */
export function tensordot(
  a: TensorLike,
  b: TensorLike,
  axes: number | readonly [number | readonly number[], number | readonly number[]],
): Tensor {
  const [ta, tb] = toTensorPair("tensordot", a, b);
  if (ta.dtype !== tb.dtype || ta.dtype === "bool") {
    throw new TypeError(
      `tensordot: got ${ta.dtype} ${fmtShape(ta.shape)} and ${tb.dtype} ${fmtShape(tb.shape)}; ` +
        `both must be float32 or both int32 (tapeflow never mixes dtypes): tf.cast them`,
    );
  }
  const ra = ta.rank, rb = tb.rank;
  let axA: number[], axB: number[];
  if (typeof axes === "number") {
    if (!Number.isInteger(axes) || axes < 0 || axes > ra || axes > rb) {
      throw new RangeError(
        `tensordot: axes=${axes} must be an integer in [0, ${Math.min(ra, rb)}] for shapes ` +
          `${fmtShape(ta.shape)} and ${fmtShape(tb.shape)} (it pairs the last n axes of a with ` +
          `the first n of b)`,
      );
    }
    axA = Array.from({ length: axes }, (_, i) => ra - axes + i);
    axB = Array.from({ length: axes }, (_, i) => i);
  } else {
    if (!Array.isArray(axes) || axes.length !== 2) {
      throw new RangeError(
        `tensordot: axes must be a number or a pair [axesA, axesB], got ${JSON.stringify(axes)}`,
      );
    }
    const list = (x: number | readonly number[]) => (typeof x === "number" ? [x] : [...x]);
    axA = list(axes[0]).map((x) => normAxisOf("tensordot", "a", x, ta.shape));
    axB = list(axes[1]).map((x) => normAxisOf("tensordot", "b", x, tb.shape));
    if (axA.length !== axB.length) {
      throw new RangeError(
        `tensordot: axes [${axes[0]}] of a and [${axes[1]}] of b differ in length; ` +
          `pair each axis of a with one axis of b`,
      );
    }
    for (const [ax, name] of [[axA, "a"], [axB, "b"]] as const) {
      if (new Set(ax).size !== ax.length) {
        throw new RangeError(`tensordot: an axis of ${name} is repeated in [${ax.join(", ")}]`);
      }
    }
  }
  for (let i = 0; i < axA.length; i++) {
    if (ta.shape[axA[i]] !== tb.shape[axB[i]]) {
      throw new RangeError(
        `tensordot: axis ${axA[i]} of a ${fmtShape(ta.shape)} has ${ta.shape[axA[i]]} elements ` +
          `but axis ${axB[i]} of b ${fmtShape(tb.shape)} has ${tb.shape[axB[i]]}; ` +
          `paired axes must have equal sizes`,
      );
    }
  }
  const freeA = [...Array(ra).keys()].filter((x) => !axA.includes(x));
  const freeB = [...Array(rb).keys()].filter((x) => !axB.includes(x));
  return contract(ta, tb, [], [], axA, axB, freeA, freeB);
}

function normAxisOf(op: string, name: string, axis: number, shape: readonly number[]): number {
  const r = shape.length;
  if (!Number.isInteger(axis) || axis < -r || axis >= r) {
    throw new RangeError(
      `${op}: axis ${axis} is out of range for ${name} with shape ${fmtShape(shape)}; ` +
        `use an integer in [${-r}, ${r - 1}]`,
    );
  }
  return axis < 0 ? axis + r : axis;
}

// ---------------------------------------------------------------- einsum

/** A parsed operand: one label per axis ("i", or ".k" for the k-th ellipsis axis). */
type Labels = string[];

function parseEinsum(
  equation: string,
  shapes: readonly (readonly number[])[],
): { ins: Labels[]; out: Labels } {
  const eq = equation.replace(/\s+/g, "");
  const bad = (why: string) => new RangeError(`einsum: equation "${equation}": ${why}`);
  const arrow = eq.indexOf("->");
  const lhs = arrow < 0 ? eq : eq.slice(0, arrow);
  const rhs = arrow < 0 ? null : eq.slice(arrow + 2);
  const terms = lhs.split(",");
  if (terms.length !== shapes.length) {
    throw bad(
      `it names ${terms.length} operand(s) but ${shapes.length} were given; ` +
        `give one comma-separated term per operand`,
    );
  }
  const check = (term: string) => {
    if (!/^[a-zA-Z]*(\.\.\.)?[a-zA-Z]*$/.test(term)) {
      throw bad(`term "${term}" may hold only letters and one "..."`);
    }
  };
  // Ellipsis axes are aligned from the right across operands (NumPy broadcasting).
  let ell = 0;
  const parts = terms.map((term, i) => {
    check(term);
    const dots = term.indexOf("...");
    const letters = term.replace("...", "").length;
    const rank = shapes[i].length;
    if (dots < 0 ? letters !== rank : letters > rank) {
      throw bad(
        `term "${term}" has ${letters} label(s) but operand ${i} has rank ${rank} ` +
          `(shape ${fmtShape(shapes[i])}); give one label per axis, or "..." for the rest`,
      );
    }
    const n = dots < 0 ? 0 : rank - letters;
    ell = Math.max(ell, n);
    return { term, dots, n };
  });
  const expand = (term: string, dots: number, n: number): Labels => {
    if (dots < 0) return [...term];
    const e = Array.from({ length: n }, (_, k) => `.${ell - n + k}`);
    return [...term.slice(0, dots), ...e, ...term.slice(dots + 3)];
  };
  const ins = parts.map((p) => expand(p.term, p.dots, p.n));
  for (let i = 0; i < ins.length; i++) {
    const seen = new Set<string>();
    for (const l of ins[i]) {
      if (seen.has(l)) {
        throw bad(
          `label "${l}" repeats in operand ${i}'s term "${terms[i]}" (a diagonal or trace), ` +
            `which tapeflow's einsum does not support; use distinct labels`,
        );
      }
      seen.add(l);
    }
  }
  let out: Labels;
  if (rhs === null) {
    // Implicit output: the ellipsis axes, then the labels used once, alphabetically.
    const count = new Map<string, number>();
    for (const t of ins) for (const l of t) count.set(l, (count.get(l) ?? 0) + 1);
    out = [
      ...Array.from({ length: ell }, (_, k) => `.${k}`),
      ...[...count].filter(([l, c]) => c === 1 && l[0] !== ".").map(([l]) => l).sort(),
    ];
  } else {
    check(rhs);
    const dots = rhs.indexOf("...");
    if (dots < 0 && ell > 0) {
      throw bad(`the operands' "..." cover ${ell} axes: the output needs "..." too`);
    }
    out = dots < 0 ? [...rhs] : expand(rhs, dots, ell);
    const all = new Set(ins.flat());
    const seen = new Set<string>();
    for (const l of out) {
      if (seen.has(l)) throw bad(`output label "${l}" repeats; name each output axis once`);
      if (!all.has(l)) throw bad(`output label "${l}" appears in no operand`);
      seen.add(l);
    }
  }
  return { ins, out };
}

/** Sums `t` (labelled `l`) over the labels not in `keep`; returns the rest. */
function sumOut(t: Tensor, l: Labels, keep: (x: string) => boolean): [Tensor, Labels] {
  const axes: number[] = [];
  const rest: Labels = [];
  l.forEach((x, i) => (keep(x) ? rest.push(x) : axes.push(i)));
  return axes.length === 0 ? [t, l] : [reduceSum(t, axes), rest];
}

/**
 * Contracts two labelled operands, keeping the labels in `keep` (each held by
 * one of them), ordered as batch (held by both), then a's, then b's, each
 * group in `keep`'s order. Returns the result and its labels.
 */
function einsumPair(
  a: Tensor,
  la: Labels,
  b: Tensor,
  lb: Labels,
  keep: Labels,
): [Tensor, Labels] {
  const kept = new Set(keep);
  [a, la] = sumOut(a, la, (x) => kept.has(x) || lb.includes(x));
  [b, lb] = sumOut(b, lb, (x) => kept.has(x) || la.includes(x));
  const batch = keep.filter((x) => la.includes(x) && lb.includes(x));
  const con = la.filter((x) => lb.includes(x) && !kept.has(x));
  const freeA = keep.filter((x) => la.includes(x) && !lb.includes(x));
  const freeB = keep.filter((x) => lb.includes(x) && !la.includes(x));
  const ia = (x: string) => la.indexOf(x), ib = (x: string) => lb.indexOf(x);
  const c = contract(
    a,
    b,
    batch.map(ia),
    batch.map(ib),
    con.map(ia),
    con.map(ib),
    freeA.map(ia),
    freeB.map(ib),
  );
  return [c, [...batch, ...freeA, ...freeB]];
}

/**
 * Einstein summation, as TensorFlow's `tf.einsum`: `"ij,jk->ik"` multiplies
 * matrices; each operand gets one letter per axis, letters shared between
 * operands are multiplied along, and letters missing from the output are
 * summed over. Without `->` the output is the letters used once, in
 * alphabetical order. `...` stands for the remaining (broadcast) axes.
 * Supported: any number of operands (contracted left to right); not
 * supported: a letter repeated within one operand (diagonals, traces).
 * Lowered to reduceSum, reshape, transpose and one matmul per pair, reading an
 * operand transposed rather than copying it where its layout allows.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const a = tf.constant([[1, 2], [3, 4]]);
 * console.log(tf.einsum("ij,jk->ik", a, a).arraySync()); // [[7, 10], [15, 22]]
 * console.log(tf.einsum("ij->ji", a).arraySync()); // [[1, 3], [2, 4]]
 * console.log(tf.einsum("ij->i", a).arraySync()); // row sums: [3, 7]
 * console.log(tf.einsum("i,i", [1, 2], [3, 4]).arraySync()); // dot: 11
 * const q = tf.ones([2, 4, 5, 8]), k = tf.ones([2, 4, 6, 8]);
 * console.log(tf.einsum("bhqd,bhkd->bhqk", q, k).shape); // [2, 4, 5, 6]
 * ```
 */
export function einsum(equation: string, ...operands: TensorLike[]): Tensor {
  if (typeof equation !== "string") {
    throw new TypeError(`einsum: the equation must be a string such as "ij,jk->ik"`);
  }
  if (operands.length === 0) {
    throw new RangeError(`einsum: equation "${equation}" needs at least one operand`);
  }
  const ts = operands.map((x) => toTensor("einsum", x));
  for (const t of ts) {
    if (t.dtype !== ts[0].dtype) {
      throw new TypeError(
        `einsum: dtypes differ: ${ts.map((x) => `${x.dtype} ${fmtShape(x.shape)}`).join(", ")}; ` +
          `tapeflow never mixes dtypes silently: tf.cast them to one dtype`,
      );
    }
  }
  if (ts[0].dtype === "bool") {
    throw new TypeError(`einsum: bool tensors are not supported; tf.cast them to float32 first`);
  }
  const { ins, out } = parseEinsum(equation, ts.map((t) => t.shape));
  // Sizes of each label: equal across operands (ellipsis axes may broadcast from 1).
  const size = new Map<string, number>();
  ins.forEach((l, i) =>
    l.forEach((x, ax) => {
      const d = ts[i].shape[ax], s = size.get(x);
      if (s === undefined || s === 1 && x[0] === ".") size.set(x, d);
      else if (s !== d && !(x[0] === "." && d === 1)) {
        const name = x[0] === "." ? "an axis under ..." : `label "${x}"`;
        throw new RangeError(
          `einsum: equation "${equation}": ${name} has size ${s} in one operand and ${d} in ` +
            `operand ${i} ${fmtShape(ts[i].shape)}; axes with one label must have one size`,
        );
      }
    })
  );
  let acc = ts[0], la = ins[0];
  for (let i = 1; i < ts.length; i++) {
    // Keep the labels the output or a later operand still needs, in output order.
    const later = new Set([...out, ...ins.slice(i + 1).flat()]);
    const held = new Set([...la, ...ins[i]]);
    const keep = [...out, ...[...later].filter((x) => !out.includes(x))].filter((x) => held.has(x));
    [acc, la] = einsumPair(acc, la, ts[i], ins[i], keep);
  }
  const inOut = new Set(out);
  [acc, la] = sumOut(acc, la, (x) => inOut.has(x));
  return transpose(acc, out.map((x) => la.indexOf(x)));
}
