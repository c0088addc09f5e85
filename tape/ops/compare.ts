/**
 * Comparisons, logical ops, where and cast.
 *
 * PLACEHOLDER: the elementwise-compare family replaces these stubs with SIMD
 * kernels (asm/src/compare.ts). They throw until then.
 *
 * @module
 */

import type { Tensor } from "../tensor.ts";
import type { TensorLike } from "../convert.ts";
import type { DType } from "../dtype.ts";

function todo(name: string): never {
  throw new Error(`${name}: not implemented yet`);
}

/** a > b elementwise (bool). */
export function greater(_a: TensorLike, _b: TensorLike): Tensor {
  return todo("greater");
}
/** a >= b elementwise (bool). */
export function greaterEqual(_a: TensorLike, _b: TensorLike): Tensor {
  return todo("greaterEqual");
}
/** a < b elementwise (bool). */
export function less(_a: TensorLike, _b: TensorLike): Tensor {
  return todo("less");
}
/** a <= b elementwise (bool). */
export function lessEqual(_a: TensorLike, _b: TensorLike): Tensor {
  return todo("lessEqual");
}
/** cond ? a : b elementwise with broadcasting. */
export function where(_c: TensorLike, _a: TensorLike, _b: TensorLike): Tensor {
  return todo("where");
}
/** Converts to another dtype. */
export function cast(_x: TensorLike, _dtype: DType): Tensor {
  return todo("cast");
}
