/**
 * Linear algebra: matmul (batched, with NumPy broadcasting of the batch
 * dimensions and transposes handled inside the kernel), tensordot and einsum
 * (lowered to reshapes, transposes and matmul).
 *
 * @module
 */

import { collapseBroadcast, fmtShape } from "../_shape.ts";
import { type Call, defineOp, run } from "../op.ts";
import { type TensorLike, toTensorPair } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { k, tempBytes } from "../../asm/backend.ts";
import { matmulWgsl } from "../../gpu/kernels/matmul.ts";

interface MatmulAttrs {
  transposeA: boolean;
  transposeB: boolean;
}

// ---------------------------------------------------------------- kernel

// Blocking of the packed path (asm/src/matmul.ts): KC rows of B and MC rows of
// A per block. A KC×MC block of A (96 KiB) stays in L2, an 8-column panel of
// B (8 KiB) in L1; measured best among 192-384 / 96-192 on 128-1024 squares.
const MR = 6, NR = 8, KC = 256, MC = 96;
// Products with at most this many multiply-adds skip packing (measured: below
// it the packing costs more than it saves).
const SMALL_MACS = 24 * 24 * 24;
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

/**
 * C = A · B on the float32 packed path, in column blocks of `nc`. `bPacked`
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
  bp: number,
  bPacked: number,
): number {
  const { M, N, K } = g;
  if (z.nc >= N) {
    if (bPacked !== b) k.matmul_f32_pack_b(b, g.rsB, g.csB, K, N, z.kc, bp);
    k.matmul_f32_rows(a, g.rsA, g.csA, bp, c, N, K, N, z.kc, z.mc, 0, M, work);
    return b;
  }
  for (let j0 = 0; j0 < N; j0 += z.nc) {
    const nb = Math.min(z.nc, N - j0);
    k.matmul_f32_pack_b(b + 4 * j0 * g.csB, g.rsB, g.csB, K, nb, z.kc, bp);
    k.matmul_f32_rows(a, g.rsA, g.csA, bp, c + 4 * j0, N, K, nb, z.kc, z.mc, 0, M, work);
  }
  return -1;
}

function matmulKernel(c: Call<MatmulAttrs>): void {
  const a = c.ins[0], b = c.ins[1], o = c.outs[0];
  const { transposeA: tA, transposeB: tB } = c.attrs;
  const ra = a.rank, rb = b.rank;
  const M = tA ? a.shape[ra - 1] : a.shape[ra - 2];
  const K = tA ? a.shape[ra - 2] : a.shape[ra - 1];
  const N = tB ? b.shape[rb - 2] : b.shape[rb - 1];
  const pa = c.pin[0], pb = c.pin[1], po = c.pout[0];
  if (K === 0) {
    k.fill_32(po, 0, o.size);
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
    gemm(g, o.dtype === "float32", pa, pb, po, 1, 0, 0, 0);
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
  gemm(g, o.dtype === "float32", pa, pb, po, batchC, offA, offB, 4 * matC);
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
  if (M * N * K <= SMALL_MACS) {
    for (let i = 0; i < count; i++) {
      k.matmul_f32_small(
        a + oa(i),
        g.rsA,
        g.csA,
        b + ob(i),
        g.rsB,
        g.csB,
        c + i * strideC,
        N,
        M,
        N,
        K,
      );
    }
    return;
  }
  const z: Blocking = {
    kc: Math.min(KC, K),
    mc: Math.min(MC, Math.ceil(M / MR) * MR),
    nc: Math.min(Math.max(NR, Math.floor(PACK_FLOATS / K / NR) * NR), Math.ceil(N / NR) * NR),
  };
  const work = tempBytes("matmul", 4 * (z.mc * z.kc + MR * NR));
  const bp = tempBytes("matmul", 4 * K * z.nc);
  let packed = -1;
  for (let i = 0; i < count; i++) {
    packed = gemmPacked(g, z, a + oa(i), b + ob(i), c + i * strideC, work, bp, packed);
  }
}

// ---------------------------------------------------------------- matmul

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
  grad: ({ dy, ins: [a, b], attrs: { transposeA: tA, transposeB: tB } }) => {
    if (!tA && !tB) return [matmul(dy, b, false, true), matmul(a, dy, true, false)];
    if (!tA && tB) return [matmul(dy, b, false, false), matmul(dy, a, true, false)];
    if (tA && !tB) return [matmul(b, dy, false, true), matmul(a, dy, false, false)];
    return [matmul(b, dy, true, true), matmul(dy, a, true, true)];
  },
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
  return run(matmulOp, [ta, tb], { transposeA: tA, transposeB: tB }, batch, ta.dtype);
}
