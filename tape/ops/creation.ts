/**
 * Creating tensors: constant, zeros, ones, fill and their `Like` forms.
 *
 * @module
 */

import { type DType, isDType, newArray } from "../dtype.ts";
import { checkShape, sizeOf } from "../_shape.ts";
import {
  type ConstantOptions,
  fromData,
  makeTensor,
  type TensorLike,
  toTensor,
} from "../convert.ts";
import type { Tensor } from "../tensor.ts";

export type { ConstantOptions };

/**
 * A tensor from numbers, booleans, nested arrays, typed arrays or a tensor.
 * Default dtype float32 (int32 for an Int32Array, bool for booleans).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 2], [3, 4]]);
 * console.log(x.shape); // [2, 2]
 * const y = tf.constant(7, { shape: [2] }); // filled: [7, 7]
 * console.log(y.arraySync());
 * ```
 */
export function constant(value: TensorLike, opts: ConstantOptions = {}): Tensor {
  return makeTensor("constant", value, opts);
}

function checkDType(op: string, dtype: DType): DType {
  if (!isDType(dtype)) {
    throw new TypeError(`${op}: unknown dtype "${dtype}"; use "float32", "int32" or "bool"`);
  }
  return dtype;
}

/**
 * A tensor of the given shape with every element `value`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.fill([2], 3).arraySync()); // [3, 3]
 * ```
 */
export function fill(shape: readonly number[], value: number | boolean, dtype?: DType): Tensor {
  const s = checkShape("fill", shape);
  const d = checkDType("fill", dtype ?? (typeof value === "boolean" ? "bool" : "float32"));
  return makeTensor("fill", value, { shape: s, dtype: d });
}

/**
 * A tensor of zeros.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.zeros([2, 2]).arraySync()); // [[0, 0], [0, 0]]
 * ```
 */
export function zeros(shape: readonly number[], dtype: DType = "float32"): Tensor {
  const s = checkShape("zeros", shape);
  return fromData(newArray(checkDType("zeros", dtype), sizeOf(s)), s, dtype);
}

/**
 * A tensor of ones.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.ones([3]).arraySync()); // [1, 1, 1]
 * ```
 */
export function ones(shape: readonly number[], dtype: DType = "float32"): Tensor {
  const s = checkShape("ones", shape);
  const a = newArray(checkDType("ones", dtype), sizeOf(s));
  a.fill(1);
  return fromData(a, s, dtype);
}

/**
 * Zeros with the shape and dtype of `x`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.zerosLike([1, 2]).arraySync()); // [0, 0]
 * ```
 */
export function zerosLike(x: TensorLike): Tensor {
  const t = toTensor("zerosLike", x);
  return zeros(t.shape, t.dtype);
}

/**
 * Ones with the shape and dtype of `x`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.onesLike([1, 2]).arraySync()); // [1, 1]
 * ```
 */
export function onesLike(x: TensorLike): Tensor {
  const t = toTensor("onesLike", x);
  return ones(t.shape, t.dtype);
}
