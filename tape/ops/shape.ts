/**
 * Shape and indexing ops. Metadata-only ops (reshape) make a new tensor over
 * the same storage; the others copy with SIMD kernels.
 *
 * @module
 */

import { checkShape, fmtShape, sizeOf } from "../_shape.ts";
import { defineOp, observe } from "../op.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import { Tensor } from "../tensor.ts";

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
