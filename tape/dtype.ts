/**
 * Element types: the three dtypes of TensorFlow's eager core that tapeflow
 * supports, their typed-array storage and sizes.
 *
 * @module
 */

/**
 * A tensor's element type. `bool` is stored one byte per element (0 or 1).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const t = tf.constant([1, 2, 3], { dtype: "int32" });
 * console.log(t.dtype); // "int32"
 * ```
 */
export type DType = "float32" | "int32" | "bool";

/** The typed array that holds a tensor's elements for each dtype. */
export type TypedArray = Float32Array | Int32Array | Uint8Array;

/** The typed array type that holds a given dtype. */
export type ArrayFor<D extends DType> = D extends "float32" ? Float32Array
  : D extends "int32" ? Int32Array
  : Uint8Array;

/** Bytes per element of each dtype. */
export const BYTES_PER_ELEMENT: Readonly<Record<DType, number>> = {
  float32: 4,
  int32: 4,
  bool: 1,
};

/** True for the dtypes that `x` can be any of. */
export function isDType(x: unknown): x is DType {
  return x === "float32" || x === "int32" || x === "bool";
}

/** A fresh zeroed typed array of `length` elements of `dtype`. */
export function newArray(dtype: DType, length: number): TypedArray {
  return dtype === "float32"
    ? new Float32Array(length)
    : dtype === "int32"
    ? new Int32Array(length)
    : new Uint8Array(length);
}

/** The dtype a typed array holds, or undefined for other arrays. */
export function dtypeOfArray(a: unknown): DType | undefined {
  if (a instanceof Float32Array) return "float32";
  if (a instanceof Int32Array) return "int32";
  if (a instanceof Uint8Array) return "bool";
  return undefined;
}
