/**
 * Index-producing and index-consuming ops: oneHot and topk
 * (asm/src/gather.ts).
 *
 * @module
 */

import { fmtShape, sizeOf } from "../_shape.ts";
import { defineOp, run, runMany } from "../op.ts";
import { fromData, type TensorLike, toTensor } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { BYTES_PER_ELEMENT, type DType, isDType } from "../dtype.ts";
import { k } from "../../asm/backend.ts";
import { readInts, toIndices } from "./_copy.ts";
import { scatterNd } from "./gather.ts";
import { reshape } from "./shape.ts";

// ---------------------------------------------------------------- oneHot

interface OneHotAttrs {
  axis: number;
  depth: number;
  on: number;
  off: number;
}

const oneHotOp = defineOp<OneHotAttrs>({
  name: "oneHot",
  wasm: (c) => {
    const idx = c.ins[0], o = c.outs[0], { axis, depth, on, off } = c.attrs;
    const outer = sizeOf(idx.shape.slice(0, axis));
    const inner = sizeOf(idx.shape.slice(axis));
    k.one_hot(BYTES_PER_ELEMENT[o.dtype], c.pin[0], c.pout[0], outer, depth, inner, on, off);
  },
  notDifferentiable: "its input is integer indices",
});

const f32bits = new Float32Array(1);
const i32bits = new Int32Array(f32bits.buffer);

function bitsOf(op: string, v: number | boolean, dtype: DType, what: string): number {
  if (dtype === "bool") {
    if (typeof v !== "boolean" && v !== 0 && v !== 1) {
      throw new TypeError(`${op}: ${what} ${v} is not a bool; use true or false`);
    }
    return v ? 1 : 0;
  }
  if (typeof v !== "number" || (dtype === "int32" && !Number.isInteger(v))) {
    throw new TypeError(`${op}: ${what} ${v} is not a ${dtype} value; pass a number`);
  }
  if (dtype === "int32") return v | 0;
  f32bits[0] = v;
  return i32bits[0];
}

/**
 * One-hot encodes int32 `indices`: a new axis of size `depth` (at `axis`,
 * default last) holds `onValue` at the index and `offValue` elsewhere.
 * Indices outside [0, depth) give all `offValue` (TensorFlow's rule). The
 * dtype is float32, bool when onValue is a boolean, or as given.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.oneHot([0, 2, 5], 3).arraySync()); // [[1, 0, 0], [0, 0, 1], [0, 0, 0]]
 * console.log(tf.oneHot([1], 2, 5, -1, 0, "int32").arraySync()); // [[-1], [5]]
 * ```
 */
export function oneHot(
  indices: TensorLike,
  depth: number,
  onValue: number | boolean = 1,
  offValue: number | boolean = 0,
  axis = -1,
  dtype?: DType,
): Tensor {
  const idx = toIndices("oneHot", "indices", indices);
  if (!Number.isInteger(depth) || depth < 0) {
    throw new RangeError(`oneHot: depth must be a non-negative integer, got ${depth}`);
  }
  const r = idx.rank;
  if (!Number.isInteger(axis) || axis < -r - 1 || axis > r) {
    throw new RangeError(
      `oneHot: axis ${axis} is out of range for indices of shape ${fmtShape(idx.shape)}; ` +
        `use an integer in [${-r - 1}, ${r}] (-1: last)`,
    );
  }
  const d: DType = dtype ?? (typeof onValue === "boolean" ? "bool" : "float32");
  if (!isDType(d)) {
    throw new TypeError(`oneHot: unknown dtype "${d}"; use "float32", "int32" or "bool"`);
  }
  const a = axis < 0 ? axis + r + 1 : axis;
  const on = bitsOf("oneHot", onValue, d, "onValue");
  const off = bitsOf("oneHot", offValue, d, "offValue");
  const shape = [...idx.shape.slice(0, a), depth, ...idx.shape.slice(a)];
  return run(oneHotOp, [idx], { axis: a, depth, on, off }, shape, d);
}

// ---------------------------------------------------------------- topk

const topkOp = defineOp<{ k: number }>({
  name: "topk",
  wasm: (c) => {
    const x = c.ins[0], n = x.shape[x.rank - 1];
    const kk = c.attrs.k;
    k.topk(x.dtype === "float32" ? 1 : 0, c.pin[0], c.pout[0], c.pout[1], x.size / n, n, kk);
  },
  // each value is one input element: its gradient goes back to that
  // element's position (row r, column indices[r, j]), zeros elsewhere
  grad: ({ dy, ins: [x], outs: [, idx] }) => {
    const n = x.shape[x.rank - 1], kk = idx.shape[idx.rank - 1];
    const v = readInts("topk", idx);
    const flat = new Array<number>(v.length);
    for (let i = 0; i < v.length; i++) flat[i] = v[i] + Math.floor(i / kk) * n;
    const pos = fromData(flat, [v.length, 1], "int32");
    return [reshape(scatterNd(pos, reshape(dy, [v.length]), [x.size]), x.shape)];
  },
});

/**
 * The `k` largest entries along the last axis of `x` (float32 or int32) and
 * their int32 positions, largest first; equal values keep their order (the
 * lower index first); NaN ranks above every number. `sorted` is accepted for
 * TensorFlow compatibility: the result is always sorted.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const { values, indices } = tf.topk([1, 5, 3, 5], 2);
 * console.log(values.arraySync(), indices.arraySync()); // [5, 5] [1, 3]
 * ```
 */
export function topk(
  x: TensorLike,
  k = 1,
  sorted = true,
): { values: Tensor; indices: Tensor } {
  void sorted;
  const t = toTensor("topk", x);
  if (t.dtype === "bool") {
    throw new TypeError(`topk: bool tensors cannot be ranked; tf.cast to int32 or float32`);
  }
  if (t.rank === 0) {
    throw new RangeError(`topk: x must have rank >= 1, got a scalar; use reshape first`);
  }
  const n = t.shape[t.rank - 1];
  if (!Number.isInteger(k) || k < 0 || k > n) {
    throw new RangeError(
      `topk: k = ${k} is not in [0, ${n}] for shape ${fmtShape(t.shape)}; k must be at most ` +
        `the size of the last axis`,
    );
  }
  const shape = [...t.shape.slice(0, -1), k];
  const [values, indices] = runMany(topkOp, [t], { k }, [
    { shape, dtype: t.dtype },
    { shape, dtype: "int32" },
  ]);
  return { values, indices };
}
