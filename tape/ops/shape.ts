/**
 * Shape and indexing ops. Metadata-only ops (reshape) make a new tensor over
 * the same storage; the others copy with SIMD kernels.
 *
 * @module
 */

import { checkShape, fmtShape, notAShape, sizeOf, stridesOf } from "../_shape.ts";
import { defineOp, observe, run } from "../op.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import { Tensor } from "../tensor.ts";
import { BYTES_PER_ELEMENT } from "../dtype.ts";
import { stridedCopy } from "./_copy.ts";

interface ReshapeAttrs {
  shape: readonly number[];
}

const reshapeOp = defineOp<ReshapeAttrs>({
  name: "reshape",
  wasm: null,
  // reshape moves no element: the gradient is dy in the input's shape
  grad: ({ dy, ins: [x] }) => [reshape(dy, x.shape)],
});

/** A tensor sharing `x`'s storage under another shape (no copy). */
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
export function _inversePerm(p: readonly number[]): number[] {
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
  // y[i] = x[perm(i)]: the gradient moves dy back with the inverse permutation
  grad: ({ dy, attrs }) => [transpose(dy, _inversePerm(attrs.perm))],
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
