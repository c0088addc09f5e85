/**
 * Gathering and scattering by index: gather, gatherNd, and their transposes
 * scatterNd, tensorScatterAdd and unsortedSegmentSum (which also carry the
 * gathers' gradients). Indices are int32; out-of-range indices raise a
 * RangeError naming the op, the index and the valid range before any kernel
 * runs (as TensorFlow does on CPU).
 *
 * @module
 */

import { checkShape, fmtShape, normAxis, sizeOf, stridesOf } from "../_shape.ts";
import { defineOp, run } from "../op.ts";
import { fromData, type TensorLike, toTensor } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { BYTES_PER_ELEMENT } from "../dtype.ts";
import { k } from "../../asm/backend.ts";
import { findBadIndex, fmtIndex, readInts, toIndices, unravel, writeInts } from "./_copy.ts";
import { reshape, transpose } from "./shape.ts";
import { multiply } from "./arithmetic.ts";

function sameDims(a: readonly number[], b: readonly number[], n: number): boolean {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

// ---------------------------------------------------------------- gather

interface GatherAttrs {
  axis: number;
  batchDims: number;
}

/** gather's view of params as [B, O, N, R] and indices as [B, I]. */
function gatherDims(x: readonly number[], idx: readonly number[], axis: number, b: number) {
  return {
    B: sizeOf(x.slice(0, b)),
    O: sizeOf(x.slice(b, axis)),
    N: x[axis],
    I: sizeOf(idx.slice(b)),
    R: sizeOf(x.slice(axis + 1)),
  };
}

const gatherOp = defineOp<GatherAttrs>({
  name: "gather",
  wasm: (c) => {
    const [x, idx] = c.ins;
    const { B, O, N, I, R } = gatherDims(x.shape, idx.shape, c.attrs.axis, c.attrs.batchDims);
    k.gather(BYTES_PER_ELEMENT[x.dtype], c.pin[0], c.pin[1], c.pout[0], B, O, N, I, R);
  },
  // out[b, o, i, :] = x[b, o, idx[b, i], :]: the transpose scatters dy back,
  // adding where an index repeats. Viewing dy as [B, I, O, R] with segment
  // ids idx[b, i] + b N, one unsortedSegmentSum over B N segments does it.
  grad: ({ dy, ins: [x, idx], attrs: { axis, batchDims } }) => {
    const { B, O, N, I, R } = gatherDims(x.shape, idx.shape, axis, batchDims);
    const rows = reshape(transpose(reshape(dy, [B, O, I, R]), [0, 2, 1, 3]), [B * I, O, R]);
    let ids: Tensor;
    if (B === 1) ids = reshape(idx, [I]);
    else {
      const v = readInts("gather", idx);
      const a = new Array<number>(B * I);
      for (let i = 0; i < a.length; i++) a[i] = v[i] + Math.floor(i / I) * N;
      ids = fromData(a, [B * I], "int32");
    }
    const sums = reshape(unsortedSegmentSum(rows, ids, B * N), [B, N, O, R]);
    return [reshape(transpose(sums, [0, 2, 1, 3]), x.shape), null];
  },
});

/**
 * Gathers slices of `x` along `axis` at `indices` (int32, each in
 * [0, x.shape[axis])). The result's shape is x.shape[:axis] +
 * indices.shape[batchDims:] + x.shape[axis+1:]. With `batchDims` b, the first
 * b dimensions of x and indices are batch dimensions gathered pairwise; the
 * default axis is b (0 without batch dimensions).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 2], [3, 4], [5, 6]]);
 * console.log(tf.gather(x, [2, 0]).arraySync()); // [[5, 6], [1, 2]]
 * console.log(tf.gather(x, [1, 1, 0], 1).arraySync()); // [[2, 2, 1], [4, 4, 3], [6, 6, 5]]
 * ```
 */
export function gather(
  x: TensorLike,
  indices: TensorLike,
  axis?: number,
  batchDims = 0,
): Tensor {
  const t = toTensor("gather", x);
  const idx = toIndices("gather", "indices", indices);
  if (t.rank === 0) {
    throw new RangeError(`gather: params must have rank >= 1, got a scalar; use reshape first`);
  }
  let b = batchDims;
  if (!Number.isInteger(b) || b < -idx.rank || b > idx.rank) {
    throw new RangeError(
      `gather: batchDims ${batchDims} is out of range for indices of shape ` +
        `${fmtShape(idx.shape)}; use an integer in [${-idx.rank}, ${idx.rank}]`,
    );
  }
  if (b < 0) b += idx.rank;
  // TensorFlow's default axis is the first after the batch dimensions
  const a = normAxis("gather", axis ?? b, t.rank);
  if (a < b) {
    throw new RangeError(
      `gather: axis ${axis} must not be less than batchDims ${b} (shape ${fmtShape(t.shape)}); ` +
        `gather along an axis after the batch dimensions`,
    );
  }
  if (!sameDims(t.shape, idx.shape, b)) {
    throw new RangeError(
      `gather: the first ${b} (batchDims) dimensions of params ${fmtShape(t.shape)} and ` +
        `indices ${fmtShape(idx.shape)} must be equal`,
    );
  }
  const n = t.shape[a];
  const bad = findBadIndex("gather", idx, 0, 1, n);
  if (bad >= 0) {
    throw new RangeError(
      `gather: indices${fmtIndex(idx.shape, bad)} = ${readInts("gather", idx)[bad]} is not in ` +
        `[0, ${n}) (axis ${a} of params with shape ${fmtShape(t.shape)}); indices must be ` +
        `valid positions`,
    );
  }
  const shape = [...t.shape.slice(0, a), ...idx.shape.slice(b), ...t.shape.slice(a + 1)];
  return run(gatherOp, [t, idx], { axis: a, batchDims: b }, shape, t.dtype);
}

// ---------------------------------------------------------------- gatherNd

interface NdDims {
  B: number;
  M: number;
  K: number;
  R: number;
  batchStride: number;
  strides: number[];
}

/** The view of an nd gather/scatter: x as [B, x.shape[b:b+K], R], indices as [B, M, K]. */
function ndDims(x: readonly number[], idx: readonly number[], b: number): NdDims {
  const K = idx[idx.length - 1];
  return {
    B: sizeOf(x.slice(0, b)),
    M: sizeOf(idx.slice(b, -1)),
    K,
    R: sizeOf(x.slice(b + K)),
    batchStride: sizeOf(x.slice(b)),
    strides: stridesOf(x).slice(b, b + K),
  };
}

/** Throws the RangeError of the first index tuple outside `dims`. */
function checkTuples(op: string, idx: Tensor, dims: readonly number[], target: string): void {
  const K = dims.length;
  for (let j = 0; j < K; j++) {
    // entry j of every tuple
    const i = findBadIndex(op, idx, j, K, dims[j]);
    if (i < 0) continue;
    const v = readInts(op, idx);
    const t = i - j;
    const tuple = Array.from({ length: K }, (_, q) => v[t + q]);
    throw new RangeError(
      `${op}: indices${fmtIndex(idx.shape.slice(0, -1), t / K)} = [${tuple.join(", ")}] ` +
        `does not index into ${target} [${dims.join(", ")}]: entry ${j} must be in ` +
        `[0, ${dims[j]})`,
    );
  }
}

const gatherNdOp = defineOp<{ batchDims: number }>({
  name: "gatherNd",
  wasm: (c) => {
    const [x, idx] = c.ins;
    const d = ndDims(x.shape, idx.shape, c.attrs.batchDims);
    k.gather_nd(
      BYTES_PER_ELEMENT[x.dtype],
      c.pin[0],
      c.pin[1],
      c.pout[0],
      d.B,
      d.M,
      d.K,
      d.R,
      d.batchStride,
      writeInts(d.strides),
    );
  },
  // the transpose of a gather is a scatter-add of dy into zeros; batch
  // dimensions become leading index entries
  grad: ({ dy, ins: [x, idx], attrs: { batchDims: b } }) => {
    if (b === 0) return [scatterNd(idx, dy, x.shape), null];
    const { B, M, K } = ndDims(x.shape, idx.shape, b);
    const v = readInts("gatherNd", idx);
    const full = new Array<number>(B * M * (b + K));
    const bshape = x.shape.slice(0, b);
    let q = 0;
    for (let bi = 0; bi < B; bi++) {
      const coords = unravel(bshape, bi);
      for (let m = 0; m < M; m++) {
        for (const cc of coords) full[q++] = cc;
        for (let j = 0; j < K; j++) full[q++] = v[(bi * M + m) * K + j];
      }
    }
    const fullIdx = fromData(full, [B * M, b + K], "int32");
    const upd = reshape(dy, [B * M, ...x.shape.slice(b + K)]);
    return [scatterNd(fullIdx, upd, x.shape), null];
  },
});

/**
 * Gathers slices of `x` addressed by the last dimension of `indices`: each
 * row of K integers indexes the first K dimensions of x (after `batchDims`
 * batch dimensions). The result's shape is indices.shape[:-1] +
 * x.shape[batchDims + K:].
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 2], [3, 4]]);
 * console.log(tf.gatherNd(x, [[1, 0], [0, 1]]).arraySync()); // [3, 2]
 * console.log(tf.gatherNd(x, [[1]]).arraySync()); // [[3, 4]]
 * ```
 */
export function gatherNd(x: TensorLike, indices: TensorLike, batchDims = 0): Tensor {
  const t = toTensor("gatherNd", x);
  const idx = toIndices("gatherNd", "indices", indices);
  if (idx.rank === 0) {
    throw new RangeError(`gatherNd: indices must have rank >= 1, got a scalar; wrap it in [ ]`);
  }
  const K = idx.shape[idx.rank - 1];
  if (!Number.isInteger(batchDims) || batchDims < 0 || batchDims >= idx.rank) {
    throw new RangeError(
      `gatherNd: batchDims ${batchDims} must be an integer in [0, ${idx.rank - 1}] for ` +
        `indices of shape ${fmtShape(idx.shape)}`,
    );
  }
  const b = batchDims;
  if (b + K > t.rank || !sameDims(t.shape, idx.shape, b)) {
    throw new RangeError(
      `gatherNd: indices of shape ${fmtShape(idx.shape)} do not fit params of shape ` +
        `${fmtShape(t.shape)} with batchDims ${b}: the last indices dimension (${K}) plus ` +
        `batchDims must be at most the params rank, and the batch dimensions must be equal`,
    );
  }
  checkTuples("gatherNd", idx, t.shape.slice(b, b + K), "param shape");
  const shape = [...idx.shape.slice(0, -1), ...t.shape.slice(b + K)];
  return run(gatherNdOp, [t, idx], { batchDims: b }, shape, t.dtype);
}

// ---------------------------------------------------------------- scatter

function scatterInto(
  c: {
    ins: readonly Tensor[];
    outs: readonly Tensor[];
    pin: readonly number[];
    pout: readonly number[];
  },
  idxAt: number,
  updAt: number,
) {
  const o = c.outs[0], idx = c.ins[idxAt];
  const d = ndDims(o.shape, idx.shape, 0);
  k.scatter_add(
    o.dtype === "float32" ? 1 : 0,
    c.pin[updAt],
    c.pin[idxAt],
    c.pout[0],
    1,
    d.M,
    d.K,
    d.R,
    0,
    writeInts(d.strides),
  );
}

function checkScatter(op: string, idx: Tensor, upd: Tensor, shape: readonly number[]): void {
  if (upd.dtype === "bool") {
    throw new TypeError(`${op}: bool updates cannot be added; tf.cast them to int32 or float32`);
  }
  if (idx.rank === 0) {
    throw new RangeError(`${op}: indices must have rank >= 1, got a scalar; wrap it in [ ]`);
  }
  const K = idx.shape[idx.rank - 1];
  const want = [...idx.shape.slice(0, -1), ...shape.slice(K)];
  if (K > shape.length || upd.rank !== want.length || !sameDims(upd.shape, want, want.length)) {
    throw new RangeError(
      `${op}: updates of shape ${fmtShape(upd.shape)} do not match indices of shape ` +
        `${fmtShape(idx.shape)} into shape ${fmtShape(shape)}: updates must have shape ` +
        `indices.shape[:-1] + shape[K:] = ${
          K > shape.length ? "(none: K exceeds the rank)" : fmtShape(want)
        }`,
    );
  }
  checkTuples(op, idx, shape.slice(0, K), "shape");
}

const scatterNdOp = defineOp<undefined>({
  name: "scatterNd",
  wasm: (c) => {
    const o = c.outs[0];
    k.fill_32(c.pout[0], 0, o.size);
    scatterInto(c, 0, 1);
  },
  // out = sum of updates placed at indices: dupdates = dy gathered back
  grad: ({ dy, ins: [idx] }) => [null, gatherNd(dy, idx)],
});

/**
 * Scatters `updates` into a new tensor of `shape` filled with zeros, at the
 * positions given by the last dimension of `indices` (like gatherNd's);
 * updates at repeated indices are summed. updates.shape must be
 * indices.shape[:-1] + shape[K:].
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.scatterNd([[1], [3], [1]], [10, 20, 5], [4]).arraySync()); // [0, 15, 0, 20]
 * ```
 */
export function scatterNd(
  indices: TensorLike,
  updates: TensorLike,
  shape: readonly number[],
): Tensor {
  const idx = toIndices("scatterNd", "indices", indices);
  const upd = toTensor("scatterNd", updates);
  const s = checkShape("scatterNd", shape);
  checkScatter("scatterNd", idx, upd, s);
  return run(scatterNdOp, [idx, upd], undefined, s, upd.dtype);
}

const tensorScatterAddOp = defineOp<undefined>({
  name: "tensorScatterAdd",
  wasm: (c) => {
    const o = c.outs[0];
    k.copy_bytes(c.pout[0], c.pin[0], o.size * 4);
    scatterInto(c, 1, 2);
  },
  // out = tensor + scatter(updates): dtensor = dy, dupdates = dy gathered back
  grad: ({ dy, ins: [, idx] }) => [dy, null, gatherNd(dy, idx)],
});

/**
 * `tensor` with `updates` added at `indices` (as scatterNd places them;
 * repeated indices add up).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.tensorScatterAdd([1, 1, 1], [[0], [2]], [5, 7]).arraySync()); // [6, 1, 8]
 * ```
 */
export function tensorScatterAdd(
  tensor: TensorLike,
  indices: TensorLike,
  updates: TensorLike,
): Tensor {
  const t = toTensor("tensorScatterAdd", tensor);
  const idx = toIndices("tensorScatterAdd", "indices", indices);
  const upd = toTensor("tensorScatterAdd", updates, t.dtype);
  if (upd.dtype !== t.dtype) {
    throw new TypeError(
      `tensorScatterAdd: updates are ${upd.dtype} but the tensor is ${t.dtype}; ` +
        `tapeflow never mixes dtypes silently: tf.cast one of them`,
    );
  }
  checkScatter("tensorScatterAdd", idx, upd, t.shape);
  return run(tensorScatterAddOp, [t, idx, upd], undefined, t.shape, t.dtype);
}

const segmentSumOp = defineOp<{ numSegments: number }>({
  name: "unsortedSegmentSum",
  wasm: (c) => {
    const [x, ids] = c.ins, o = c.outs[0];
    const R = sizeOf(x.shape.slice(ids.rank));
    k.fill_32(c.pout[0], 0, o.size);
    k.scatter_add(
      o.dtype === "float32" ? 1 : 0,
      c.pin[0],
      c.pin[1],
      c.pout[0],
      1,
      ids.size,
      1,
      R,
      0,
      writeInts([R]),
    );
  },
  // out[s] = sum of the rows with id s: each row's gradient is dy[id], and
  // zero for the rows dropped by a negative id
  grad: ({ dy, ins: [x, ids] }) => {
    const v = readInts("unsortedSegmentSum", ids);
    let negative = false;
    for (let i = 0; i < v.length; i++) if (v[i] < 0) negative = true;
    if (!negative) return [gather(dy, ids), null];
    const clipped = fromData(Array.from(v, (e) => Math.max(e, 0)), ids.shape, "int32");
    const keep = fromData(
      Array.from(v, (e) => (e < 0 ? 0 : 1)),
      [...ids.shape, ...x.shape.slice(ids.rank).map(() => 1)],
      dy.dtype,
    );
    return [multiply(gather(dy, clipped), keep), null];
  },
});

/**
 * Sums the slices of `data` that share a segment id: out[s] is the sum of
 * data[i...] over the positions i where segmentIds[i...] = s. segmentIds'
 * shape must be a prefix of data's; ids need not be sorted; negative ids are
 * dropped; ids >= numSegments are an error. The result's shape is
 * [numSegments] + data.shape[segmentIds.rank:].
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.unsortedSegmentSum([1, 2, 3, 4], [0, 2, 0, -1], 3).arraySync()); // [4, 0, 2]
 * ```
 */
export function unsortedSegmentSum(
  data: TensorLike,
  segmentIds: TensorLike,
  numSegments: number,
): Tensor {
  const x = toTensor("unsortedSegmentSum", data);
  const ids = toIndices("unsortedSegmentSum", "segmentIds", segmentIds);
  if (x.dtype === "bool") {
    throw new TypeError(
      `unsortedSegmentSum: bool data cannot be summed; tf.cast it to int32 or float32`,
    );
  }
  if (!Number.isInteger(numSegments) || numSegments < 0) {
    throw new RangeError(
      `unsortedSegmentSum: numSegments must be a non-negative integer, got ${numSegments}`,
    );
  }
  if (ids.rank > x.rank || !sameDims(x.shape, ids.shape, ids.rank)) {
    throw new RangeError(
      `unsortedSegmentSum: segmentIds of shape ${fmtShape(ids.shape)} must be a prefix of ` +
        `data's shape ${fmtShape(x.shape)}`,
    );
  }
  const bad = findBadIndex("unsortedSegmentSum", ids, 0, 1, numSegments, true);
  if (bad >= 0) {
    throw new RangeError(
      `unsortedSegmentSum: segmentIds${fmtIndex(ids.shape, bad)} = ` +
        `${readInts("unsortedSegmentSum", ids)[bad]} is not in [0, ${numSegments}) ` +
        `(numSegments); raise numSegments or fix the id`,
    );
  }
  const shape = [numSegments, ...x.shape.slice(ids.rank)];
  return run(segmentSumOp, [x, ids], { numSegments }, shape, x.dtype);
}
