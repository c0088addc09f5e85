/**
 * tapeflow: TensorFlow 2's eager programming model for Deno: tensors,
 * `Variable`, `GradientTape`, optimizers and Keras-like models, on SIMD
 * WebAssembly kernels, with no native code and no permission flags.
 *
 * @example
 * ```ts
 * import * as tf from "./mod.ts";
 * const x = tf.constant([[1, 2], [3, 4]]);
 * console.log(tf.add(x, 1).toString());
 * ```
 *
 * @module
 */
export * from "./tape/ops/mod.ts";
export { Tensor } from "./tape/tensor.ts";
export type { NestedArray } from "./tape/tensor.ts";
export type { DType, TypedArray } from "./tape/dtype.ts";
export type { TensorLike } from "./tape/convert.ts";
export type { BackendName } from "./tape/dispatch.ts";
export { Variable } from "./tape/variable.ts";
export type { VariableOptions } from "./tape/variable.ts";
export { GradientTape } from "./tape/gradient_tape.ts";
export type {
  GradientOptions,
  Gradients,
  GradientTapeOptions,
  Sources,
} from "./tape/gradient_tape.ts";
export { customGradient, stopGradient } from "./tape/custom_gradient.ts";
export type { CustomGradientResult } from "./tape/custom_gradient.ts";
export { dispose, keep, memory, setMemoryBudget, tidy } from "./tape/memory.ts";
export type { MemoryInfo } from "./tape/memory.ts";
export { test } from "./tape/check_gradients.ts";
export type { CheckGradientsOptions, CheckGradientsResult } from "./tape/check_gradients.ts";
export { device, setBackend, setTrace, withBackend } from "./tape/dispatch.ts";
export type { DeviceName } from "./tape/dispatch.ts";
export { initWebGPU } from "./gpu/backend.ts";
