/**
 * Shape and indexing ops. Metadata-only ops (reshape) make a new tensor over
 * the same storage; the others copy with SIMD kernels.
 *
 * @module
 */

import { checkShape, fmtShape, normAxes, notAShape, sizeOf, stridesOf } from "../_shape.ts";
import { defineOp, observe, run } from "../op.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import { Tensor } from "../tensor.ts";
import { BYTES_PER_ELEMENT } from "../dtype.ts";
import { intList, stridedCopy } from "./_copy.ts";
import { reduceSum } from "./reduce.ts";
import { broadcastToGpu, reverseGpu, tileGpu, transposeGpu } from "../../gpu/kernels/shape.ts";

interface ReshapeAttrs {
  shape: readonly number[];
}

const reshapeOp = defineOp<ReshapeAttrs>({
  name: "reshape",
  wasm: null,
  webgpuNone: "a view of its input's storage: no element moves, on any backend",
  // reshape moves no element: the gradient is dy in the input's shape
  grad: ({ dy, ins: [x] }) => [reshape(dy, x.shape)],
});

/**
 * A tensor sharing `x`'s storage under another shape (no copy).
 *
 * @internal
 */
export function viewAs(x: Tensor, shape: readonly number[]): Tensor {
  x.storage.refs++;
  return new Tensor(shape, x.dtype, x.storage, x.size);
}

/**
 * The same elements under a new shape; one dimension may be -1 (inferred).
 * No data is copied.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.reshape([1, 2, 3, 4, 5, 6], [2, -1]).shape); // [2, 3]
 * ```
 */
export function reshape(x: TensorLike, shape: readonly number[]): Tensor {
  const t = toTensor("reshape", x);
  const out = resolveShape(t, shape);
  const y = viewAs(t, out);
  observe(reshapeOp, [t], [y], { shape: out });
  return y;
}

function resolveShape(t: Tensor, shape: readonly number[]): number[] {
  if (!Array.isArray(shape)) throw notAShape("reshape", shape);
  let infer = -1;
  const dims = shape.map((d, i) => {
    if (d === -1) {
      if (infer >= 0) {
        throw new RangeError(
          `reshape: only one dimension can be -1, got [${
            shape.join(", ")
          }]; give the others explicitly`,
        );
      }
      infer = i;
      return 1;
    }
    return d;
  });
  checkShape("reshape", dims);
  const known = sizeOf(dims);
  if (infer >= 0) {
    if (known === 0 || t.size % known !== 0) {
      throw new RangeError(
        `reshape: cannot reshape ${fmtShape(t.shape)} (${t.size} elements) into ` +
          `[${shape.join(", ")}]: ${t.size} is not a multiple of ${known}`,
      );
    }
    dims[infer] = t.size / known;
  } else if (known !== t.size) {
    throw new RangeError(
      `reshape: cannot reshape ${fmtShape(t.shape)} (${t.size} elements) into ` +
        `${fmtShape(dims)} (${known} elements); the element counts must match`,
    );
  }
  return dims;
}

// ---------------------------------------------------------------- transpose

interface TransposeAttrs {
  perm: readonly number[];
}

/** The permutation q with q[p[i]] = i. */
function inversePerm(p: readonly number[]): number[] {
  const q = new Array<number>(p.length);
  for (let i = 0; i < p.length; i++) q[p[i]] = i;
  return q;
}

const transposeOp = defineOp<TransposeAttrs>({
  name: "transpose",
  wasm: (c) => {
    const x = c.ins[0], o = c.outs[0], perm = c.attrs.perm;
    const xs = stridesOf(x.shape);
    const ss = perm.map((p) => xs[p]);
    stridedCopy(
      BYTES_PER_ELEMENT[x.dtype],
      c.pin[0],
      0,
      c.pout[0],
      0,
      o.shape,
      ss,
      stridesOf(o.shape),
    );
  },
  webgpu: transposeGpu,
  // y[i] = x[perm(i)]: the gradient moves dy back with the inverse permutation
  grad: ({ dy, attrs }) => [transpose(dy, inversePerm(attrs.perm))],
});

/**
 * Permutes the dimensions of `x`: output dimension i is input dimension
 * `perm[i]`. The default reverses the dimensions (a matrix transpose for rank
 * 2). Negative entries count from the end. Transposing the last two axes uses
 * a blocked 4x4 SIMD kernel.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 2, 3], [4, 5, 6]]);
 * console.log(tf.transpose(x).arraySync()); // [[1, 4], [2, 5], [3, 6]]
 * console.log(tf.transpose(tf.zeros([2, 3, 4]), [0, 2, 1]).shape); // [2, 4, 3]
 * ```
 */
export function transpose(x: TensorLike, perm?: readonly number[]): Tensor {
  const t = toTensor("transpose", x);
  const rank = t.rank;
  let p: number[];
  if (perm === undefined || perm === null) {
    p = Array.from({ length: rank }, (_, i) => rank - 1 - i);
  } else {
    if (!Array.isArray(perm)) throw notAShape("transpose", perm, "perm", "[1, 0]");
    const bad = () =>
      new RangeError(
        `transpose: perm [${perm.join(", ")}] is not a permutation of the ${rank} dimensions of ` +
          `shape ${fmtShape(t.shape)}; give each of 0..${rank - 1} exactly once ` +
          `(negative entries count from the end)`,
      );
    if (!Array.isArray(perm) || perm.length !== rank) throw bad();
    const seen = new Array<boolean>(rank).fill(false);
    p = new Array<number>(rank);
    for (let i = 0; i < rank; i++) {
      let a = perm[i];
      if (!Number.isInteger(a) || a < -rank || a >= rank) throw bad();
      if (a < 0) a += rank;
      if (seen[a]) throw bad();
      seen[a] = true;
      p[i] = a;
    }
  }
  const shape = p.map((a) => t.shape[a]);
  // When the axes of extent > 1 keep their order, so do the elements: no copy.
  let last = -1, inOrder = true;
  for (let i = 0; i < rank; i++) {
    if (t.shape[p[i]] === 1) continue;
    if (p[i] < last) inOrder = false;
    last = p[i];
  }
  if (inOrder) {
    const y = viewAs(t, shape);
    observe(transposeOp, [t], [y], { perm: p });
    return y;
  }
  return run(transposeOp, [t], { perm: p }, shape, t.dtype);
}

// ---------------------------------------------------------------- expandDims, squeeze

const expandDimsOp = defineOp<{ axis: number }>({
  name: "expandDims",
  wasm: null,
  webgpuNone: "a view of its input's storage: no element moves, on any backend",
  // a view: the gradient is dy in the input's shape
  grad: ({ dy, ins: [x] }) => [reshape(dy, x.shape)],
});

/**
 * Inserts a dimension of size 1 at `axis` (in [-rank-1, rank]; negative
 * counts from the end of the result). No data is copied.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.expandDims([1, 2, 3], 0).shape); // [1, 3]
 * console.log(tf.expandDims([1, 2, 3], -1).shape); // [3, 1]
 * ```
 */
export function expandDims(x: TensorLike, axis = 0): Tensor {
  const t = toTensor("expandDims", x);
  const rank = t.rank;
  if (!Number.isInteger(axis) || axis < -rank - 1 || axis > rank) {
    throw new RangeError(
      `expandDims: axis ${axis} is out of range for a tensor of shape ${fmtShape(t.shape)}; ` +
        `use an integer in [${-rank - 1}, ${rank}]`,
    );
  }
  const a = axis < 0 ? axis + rank + 1 : axis;
  const shape = [...t.shape.slice(0, a), 1, ...t.shape.slice(a)];
  const y = viewAs(t, shape);
  observe(expandDimsOp, [t], [y], { axis: a });
  return y;
}

const squeezeOp = defineOp<{ axes: readonly number[] }>({
  name: "squeeze",
  wasm: null,
  webgpuNone: "a view of its input's storage: no element moves, on any backend",
  // a view: the gradient is dy in the input's shape
  grad: ({ dy, ins: [x] }) => [reshape(dy, x.shape)],
});

/**
 * Removes dimensions of size 1: those listed in `axis` (each must have size
 * 1), or all of them when `axis` is omitted. No data is copied.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.squeeze(tf.zeros([1, 3, 1])).shape); // [3]
 * console.log(tf.squeeze(tf.zeros([1, 3, 1]), -1).shape); // [1, 3]
 * ```
 */
export function squeeze(x: TensorLike, axis?: number | readonly number[]): Tensor {
  const t = toTensor("squeeze", x);
  let axes: number[];
  if (axis === undefined || axis === null) {
    axes = [];
    t.shape.forEach((d, i) => d === 1 && axes.push(i));
  } else {
    axes = normAxes("squeeze", axis, t.rank);
    for (const a of axes) {
      if (t.shape[a] !== 1) {
        throw new RangeError(
          `squeeze: cannot squeeze axis ${a} of shape ${fmtShape(t.shape)}: its size is ` +
            `${t.shape[a]}, not 1; squeeze only size-1 axes (or use reshape)`,
        );
      }
    }
  }
  const shape = t.shape.filter((_, i) => !axes.includes(i));
  const y = viewAs(t, shape);
  observe(squeezeOp, [t], [y], { axes });
  return y;
}

// ---------------------------------------------------------------- broadcastTo

const broadcastToOp = defineOp<{ shape: readonly number[] }>({
  name: "broadcastTo",
  wasm: (c) => {
    const x = c.ins[0], o = c.outs[0];
    const lead = o.rank - x.rank;
    const xs = stridesOf(x.shape);
    const ss = o.shape.map((_, i) => (i < lead || x.shape[i - lead] === 1 ? 0 : xs[i - lead]));
    stridedCopy(
      BYTES_PER_ELEMENT[x.dtype],
      c.pin[0],
      0,
      c.pout[0],
      0,
      o.shape,
      ss,
      stridesOf(o.shape),
    );
  },
  webgpu: broadcastToGpu,
  // each output element is an input element: dy in the output's shape, which
  // the tape sums back over the broadcast axes to the input's shape
  grad: ({ dy }) => [dy],
});

/**
 * Broadcasts `x` to `shape` by NumPy rules (trailing dimensions aligned, each
 * input dimension equal to the target's or 1), copying the elements.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.broadcastTo([1, 2], [2, 2]).arraySync()); // [[1, 2], [1, 2]]
 * ```
 */
export function broadcastTo(x: TensorLike, shape: readonly number[]): Tensor {
  const t = toTensor("broadcastTo", x);
  const s = checkShape("broadcastTo", shape);
  const lead = s.length - t.rank;
  if (lead < 0 || t.shape.some((d, i) => d !== 1 && d !== s[lead + i])) {
    throw new RangeError(
      `broadcastTo: cannot broadcast shape ${fmtShape(t.shape)} to ${fmtShape(s)}; ` +
        `each trailing dimension of the input must equal the target's or be 1`,
    );
  }
  if (lead === 0 && t.shape.every((d, i) => d === s[i])) {
    const y = viewAs(t, s);
    observe(broadcastToOp, [t], [y], { shape: s });
    return y;
  }
  return run(broadcastToOp, [t], { shape: s }, s, t.dtype);
}

// ---------------------------------------------------------------- tile

const tileOp = defineOp<{ multiples: readonly number[] }>({
  name: "tile",
  wasm: (c) => {
    const x = c.ins[0], o = c.outs[0], m = c.attrs.multiples;
    // Output axis i split into (copy a < m[i], element b < x.shape[i]).
    const xs = stridesOf(x.shape), os = stridesOf(o.shape);
    const dims: number[] = [], ss: number[] = [], ds: number[] = [];
    for (let i = 0; i < x.rank; i++) {
      dims.push(m[i], x.shape[i]);
      ss.push(0, xs[i]);
      ds.push(x.shape[i] * os[i], os[i]);
    }
    stridedCopy(BYTES_PER_ELEMENT[x.dtype], c.pin[0], 0, c.pout[0], 0, dims, ss, ds);
  },
  webgpu: tileGpu,
  // every copy of an element passes its gradient back: view dy as
  // [m0, d0, m1, d1, ...] and sum over the copy axes m
  grad: ({ dy, ins: [x], attrs: { multiples } }) => {
    const split: number[] = [], copyAxes: number[] = [];
    for (let i = 0; i < x.rank; i++) {
      copyAxes.push(split.length);
      split.push(multiples[i], x.shape[i]);
    }
    return [reshape(reduceSum(reshape(dy, split), copyAxes), x.shape)];
  },
});

/**
 * Repeats `x` `multiples[i]` times along each axis i.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.tile([[1, 2]], [2, 2]).arraySync()); // [[1, 2, 1, 2], [1, 2, 1, 2]]
 * ```
 */
export function tile(x: TensorLike, multiples: readonly number[]): Tensor {
  const t = toTensor("tile", x);
  const m = intList("tile", "multiples", multiples, t.rank, t.shape);
  if (m.some((v) => v < 0)) {
    throw new RangeError(
      `tile: multiples [${m.join(", ")}] for shape ${fmtShape(t.shape)} must be non-negative`,
    );
  }
  const shape = t.shape.map((d, i) => d * m[i]);
  return run(tileOp, [t], { multiples: m }, shape, t.dtype);
}

// ---------------------------------------------------------------- reverse

const reverseOp = defineOp<{ axes: readonly number[] }>({
  name: "reverse",
  wasm: (c) => {
    const x = c.ins[0], axes = c.attrs.axes;
    const xs = stridesOf(x.shape);
    let off = 0;
    const ss = xs.map((s, i) => {
      if (!axes.includes(i)) return s;
      off += (x.shape[i] - 1) * s;
      return -s;
    });
    stridedCopy(BYTES_PER_ELEMENT[x.dtype], c.pin[0], off, c.pout[0], 0, x.shape, ss, xs);
  },
  webgpu: reverseGpu,
  // a permutation of the elements that is its own inverse
  grad: ({ dy, attrs: { axes } }) => [reverse(dy, axes)],
});

/**
 * Reverses the order of the elements along the given axes (all axes when
 * omitted; negative axes count from the end).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.reverse([[1, 2], [3, 4]], 1).arraySync()); // [[2, 1], [4, 3]]
 * ```
 */
export function reverse(x: TensorLike, axis?: number | readonly number[]): Tensor {
  const t = toTensor("reverse", x);
  const axes = normAxes("reverse", axis, t.rank).filter((a) => t.shape[a] > 1);
  if (axes.length === 0) {
    const y = viewAs(t, t.shape);
    observe(reverseOp, [t], [y], { axes });
    return y;
  }
  return run(reverseOp, [t], { axes }, t.shape, t.dtype);
}
