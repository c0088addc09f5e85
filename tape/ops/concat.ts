/**
 * Joining and splitting along an axis: concat, stack, unstack, split. Each
 * copies whole rows with the strided-copy kernel (asm/src/shape.ts).
 *
 * @module
 */

import { fmtShape, normAxis, sizeOf } from "../_shape.ts";
import { defineOp, observe, run, runMany } from "../op.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { BYTES_PER_ELEMENT, type DType } from "../dtype.ts";
import { stridedCopy } from "./_copy.ts";
import { viewAs } from "./shape.ts";
import { zeros } from "./creation.ts";

/** Converts a list of op arguments; plain values take the first tensor's dtype. */
function toTensors(op: string, values: readonly TensorLike[]): Tensor[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new RangeError(`${op}: expected a non-empty list of tensors, got ${String(values)}`);
  }
  const first = values.find((v) => (v as Tensor)?.dtype !== undefined) as Tensor | undefined;
  const ts = values.map((v) => toTensor(op, v, first?.dtype));
  const dtype = ts[0].dtype;
  ts.forEach((t, i) => {
    if (t.dtype !== dtype) {
      throw new TypeError(
        `${op}: tensor ${i} is ${t.dtype} ${fmtShape(t.shape)} but tensor 0 is ${dtype} ` +
          `${fmtShape(ts[0].shape)}; tapeflow never mixes dtypes silently: tf.cast them alike`,
      );
    }
  });
  return ts;
}

// Copies a [outer, inner] block between row-major layouts: src rows are
// `sRow` elements apart, dst rows `dRow`; offsets in elements.
function copyRows(
  dtype: DType,
  src: number,
  sOff: number,
  sRow: number,
  dst: number,
  dOff: number,
  dRow: number,
  outer: number,
  inner: number,
): void {
  stridedCopy(BYTES_PER_ELEMENT[dtype], src, sOff, dst, dOff, [outer, inner], [sRow, 1], [dRow, 1]);
}

// ---------------------------------------------------------------- concat

const concatOp = defineOp<{ axis: number }>({
  name: "concat",
  wasm: (c) => {
    const o = c.outs[0], a = c.attrs.axis;
    const outer = sizeOf(o.shape.slice(0, a));
    const row = sizeOf(o.shape.slice(a));
    let off = 0;
    for (let i = 0; i < c.ins.length; i++) {
      const t = c.ins[i];
      const inner = sizeOf(t.shape.slice(a));
      copyRows(o.dtype, c.pin[i], 0, inner, c.pout[0], off, row, outer, inner);
      off += inner;
    }
  },
  // each input is a block of the output: its gradient is that block of dy
  grad: ({ dy, ins, attrs: { axis } }) => split(dy, ins.map((t) => t.shape[axis]), axis),
});

/**
 * Joins tensors along an existing `axis`. They must have the same rank and
 * dtype and equal sizes on every other axis.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.concat([[[1, 2]], [[3, 4]]], 0).arraySync()); // [[1, 2], [3, 4]]
 * console.log(tf.concat([[[1, 2]], [[3]]], -1).arraySync()); // [[1, 2, 3]]
 * ```
 */
export function concat(values: readonly TensorLike[], axis = 0): Tensor {
  const ts = toTensors("concat", values);
  const rank = ts[0].rank;
  if (rank === 0) {
    throw new RangeError(`concat: cannot concatenate scalars; use tf.stack to make a vector`);
  }
  const a = normAxis("concat", axis, rank);
  const shape = ts[0].shape.slice();
  for (let i = 1; i < ts.length; i++) {
    const s = ts[i].shape;
    if (s.length !== rank || s.some((d, j) => j !== a && d !== shape[j])) {
      throw new RangeError(
        `concat: tensor ${i} has shape ${fmtShape(s)}, which does not match tensor 0's ` +
          `${fmtShape(ts[0].shape)} on the axes other than ${a}; every tensor needs the same ` +
          `rank and sizes except along the concat axis`,
      );
    }
    shape[a] += s[a];
  }
  if (ts.length === 1) {
    const y = viewAs(ts[0], shape);
    observe(concatOp, ts, [y], { axis: a });
    return y;
  }
  return run(concatOp, ts, { axis: a }, shape, ts[0].dtype);
}

// ---------------------------------------------------------------- stack

const stackOp = defineOp<{ axis: number }>({
  name: "stack",
  wasm: (c) => {
    const o = c.outs[0], a = c.attrs.axis, n = c.ins.length;
    const outer = sizeOf(o.shape.slice(0, a));
    const inner = sizeOf(o.shape.slice(a + 1));
    for (let i = 0; i < n; i++) {
      copyRows(o.dtype, c.pin[i], 0, inner, c.pout[0], i * inner, n * inner, outer, inner);
    }
  },
  // input i is the slice i along the new axis
  grad: ({ dy, attrs: { axis } }) => unstack(dy, axis),
});

/**
 * Stacks tensors of one shape and dtype along a new `axis` (in
 * [-rank-1, rank]).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.stack([[1, 2], [3, 4]], 1).arraySync()); // [[1, 3], [2, 4]]
 * ```
 */
export function stack(values: readonly TensorLike[], axis = 0): Tensor {
  const ts = toTensors("stack", values);
  const s0 = ts[0].shape, rank = s0.length;
  if (!Number.isInteger(axis) || axis < -rank - 1 || axis > rank) {
    throw new RangeError(
      `stack: axis ${axis} is out of range for tensors of shape ${fmtShape(s0)}; ` +
        `use an integer in [${-rank - 1}, ${rank}]`,
    );
  }
  const a = axis < 0 ? axis + rank + 1 : axis;
  ts.forEach((t, i) => {
    if (t.rank !== rank || t.shape.some((d, j) => d !== s0[j])) {
      throw new RangeError(
        `stack: tensor ${i} has shape ${fmtShape(t.shape)} but tensor 0 has ${fmtShape(s0)}; ` +
          `stacked tensors must all have the same shape`,
      );
    }
  });
  const shape = [...s0.slice(0, a), ts.length, ...s0.slice(a)];
  return run(stackOp, ts, { axis: a }, shape, ts[0].dtype);
}

// ---------------------------------------------------------------- unstack

const unstackOp = defineOp<{ axis: number }>({
  name: "unstack",
  wasm: (c) => {
    const x = c.ins[0], a = c.attrs.axis, n = x.shape[a];
    const outer = sizeOf(x.shape.slice(0, a));
    const inner = sizeOf(x.shape.slice(a + 1));
    for (let i = 0; i < n; i++) {
      copyRows(x.dtype, c.pin[0], i * inner, n * inner, c.pout[i], 0, inner, outer, inner);
    }
  },
  // output i is slice i: the gradient stacks the outputs' gradients back
  grad: ({ dys, ins: [x], attrs: { axis } }) =>
    x.shape[axis] === 0 ? [zeros(x.shape)] : [stack(dys, axis)],
});

/**
 * Splits `x` into its x.shape[axis] slices along `axis`, each without that
 * axis.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const [a, b] = tf.unstack([[1, 2], [3, 4]], 1);
 * console.log(a.arraySync(), b.arraySync()); // [1, 3] [2, 4]
 * ```
 */
export function unstack(x: TensorLike, axis = 0): Tensor[] {
  const t = toTensor("unstack", x);
  if (t.rank === 0) throw new RangeError(`unstack: cannot unstack a scalar; it has no axis`);
  const a = normAxis("unstack", axis, t.rank);
  const shape = [...t.shape.slice(0, a), ...t.shape.slice(a + 1)];
  const specs = Array.from({ length: t.shape[a] }, () => ({ shape, dtype: t.dtype }));
  return runMany(unstackOp, [t], { axis: a }, specs);
}

// ---------------------------------------------------------------- split

const splitOp = defineOp<{ axis: number }>({
  name: "split",
  wasm: (c) => {
    const x = c.ins[0], a = c.attrs.axis;
    const outer = sizeOf(x.shape.slice(0, a));
    const row = sizeOf(x.shape.slice(a));
    let off = 0;
    for (let i = 0; i < c.outs.length; i++) {
      const inner = sizeOf(c.outs[i].shape.slice(a));
      copyRows(x.dtype, c.pin[0], off, row, c.pout[i], 0, inner, outer, inner);
      off += inner;
    }
  },
  // the pieces tile the input: concatenate their gradients
  grad: ({ dys, attrs: { axis } }) => [concat(dys, axis)],
});

/**
 * Splits `x` along `axis` into `numOrSizeSplits` equal pieces (which must
 * divide the axis), or into pieces of the listed sizes (summing to the axis;
 * one size may be -1, inferred).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const [a, b] = tf.split([1, 2, 3, 4, 5], [2, -1]);
 * console.log(a.arraySync(), b.arraySync()); // [1, 2] [3, 4, 5]
 * console.log(tf.split(tf.zeros([2, 6]), 3, 1).map((t) => t.shape)); // [[2, 2], [2, 2], [2, 2]]
 * ```
 */
export function split(
  x: TensorLike,
  numOrSizeSplits: number | readonly number[],
  axis = 0,
): Tensor[] {
  const t = toTensor("split", x);
  if (t.rank === 0) throw new RangeError(`split: cannot split a scalar; it has no axis`);
  const a = normAxis("split", axis, t.rank);
  const n = t.shape[a];
  let sizes: number[];
  if (typeof numOrSizeSplits === "number") {
    const k = numOrSizeSplits;
    if (!Number.isInteger(k) || k < 1 || n % k !== 0) {
      throw new RangeError(
        `split: cannot split axis ${a} of shape ${fmtShape(t.shape)} (size ${n}) into ${k} ` +
          `equal pieces; give a number of pieces that divides ${n}, or a list of sizes`,
      );
    }
    sizes = new Array<number>(k).fill(n / k);
  } else {
    sizes = Array.isArray(numOrSizeSplits) ? numOrSizeSplits.slice() : [];
    const infer = sizes.indexOf(-1);
    const bad = sizes.length === 0 ||
      sizes.some((s, i) => !Number.isInteger(s) || s < -1 || (s === -1 && i !== infer));
    const known = sizes.reduce((p, s) => (s === -1 ? p : p + s), 0);
    if (bad || (infer < 0 ? known !== n : known > n)) {
      throw new RangeError(
        `split: sizes [${sizes.join(", ")}] do not split axis ${a} of shape ` +
          `${fmtShape(t.shape)} (size ${n}); give non-negative sizes summing to ${n}, ` +
          `at most one of them -1`,
      );
    }
    if (infer >= 0) sizes[infer] = n - known;
  }
  const specs = sizes.map((s) => ({
    shape: [...t.shape.slice(0, a), s, ...t.shape.slice(a + 1)],
    dtype: t.dtype,
  }));
  return runMany(splitOp, [t], { axis: a }, specs);
}
