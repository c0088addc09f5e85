/**
 * tapeflow: TensorFlow 2's eager programming model for Deno: tensors,
 * `Variable`, `GradientTape`, optimizers and Keras-like models, on SIMD
 * WebAssembly kernels compiled from AssemblyScript (and WGSL kernels on
 * WebGPU when a GPU is asked for), with no native code and no permission
 * flags.
 *
 * The tutorial's linear regression, trained with a gradient tape and SGD:
 *
 * @example
 * ```ts
 * import * as tf from "./mod.ts";
 * const X = tf.constant([0, 0.25, 0.5, 0.75, 1]);
 * const y = tf.constant([0, 0.36363637, 0.54545456, 0.8181818, 1]);
 * const a = new tf.Variable(0.0), b = new tf.Variable(0.0);
 * const variables = [a, b];
 * const optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
 * for (let e = 0; e < 10000; e++) {
 *   const tape = new tf.GradientTape();
 *   const loss = tape.record(() => {
 *     const yPred = tf.add(tf.multiply(a, X), b);
 *     return tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(yPred, y))));
 *   });
 *   const grads = tape.gradient(loss, variables);
 *   optimizer.applyGradients(tf.zip(grads, variables));
 * }
 * console.log(a.toString(), b.toString()); // numpy=0.97637 ... numpy=0.057565063
 * ```
 *
 * ## Memory without `dispose()`
 *
 * The loop above creates a dozen tensors per step and frees none, and its
 * memory stays flat. JavaScript gives no synchronous way to learn that an
 * object died (FinalizationRegistry callbacks run only when the event loop
 * gets control, never inside such a loop), so tapeflow does not rely on it:
 * - tensors of at most 256 elements keep their elements in plain JS arrays;
 *   they are copied into the wasm memory only for the duration of a kernel
 *   call, and V8 collects them with their tensor, even mid-loop;
 * - larger tensors live in the wasm heap, which is a bounded cache: past its
 *   budget (`tf.setMemoryBudget`, 256 MiB by default) the least recently used
 *   ones are spilled to JS typed arrays (which V8 frees on its own) and copied
 *   back if used again; a FinalizationRegistry frees their blocks when it can;
 * - a gradient tape releases what it saved when its gradient is taken.
 * `t.dispose()`, `using t = ...` and `tf.tidy(fn)` release memory at once.
 *
 * ## Backends
 *
 * Every op has one declaration (`tape/ops/`) with its wasm kernel, its WGSL
 * kernel and its gradient. A dispatcher places each op (`tf.device`,
 * `tf.setBackend`, `tf.setTrace`); call `await tf.initWebGPU()` to use a GPU.
 * Large kernels (matmul, convolutions, elementwise ops, reductions) split
 * across Workers sharing the wasm memory (`tf.setThreads`; one per core by
 * default), with results that do not depend on the thread count.
 * `tf.fused.matMul` / `tf.fused.conv2d` add a bias and an activation inside
 * the kernel, `tf.nn.softmaxCrossEntropyWithLogits` computes a loss (and its
 * gradient) in one kernel, and `tf.function` captures a step once and replays
 * it without per-op overhead.
 *
 * A synchronous loop that never frees anything (and never lets the event loop
 * run) spills the heap's oldest blocks to JS memory at every step once the
 * budget is reached: correct, and flat in memory, but the copies and fresh
 * pages cost time. `tf.tidy`, `await`ing now and then, or `tf.function` keep
 * such a loop at kernel speed.
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
export { hessian } from "./tape/hessian.ts";
export type { CustomGradientResult } from "./tape/custom_gradient.ts";
export { dispose, keep, memory, setMemoryBudget, tidy } from "./tape/memory.ts";
export type { MemoryInfo } from "./tape/memory.ts";
export { test } from "./tape/check_gradients.ts";
export type { CheckGradientsOptions, CheckGradientsResult } from "./tape/check_gradients.ts";
export { device, setBackend, setGpuThreshold, setTrace, withBackend } from "./tape/dispatch.ts";
export type { DeviceName } from "./tape/dispatch.ts";
export { initWebGPU } from "./gpu/backend.ts";
export * as keras from "./keras.ts";
export { optimizers } from "./keras.ts";
export { zip } from "./optim/zip.ts";
export type { Zip, Zipped } from "./optim/zip.ts";
export { setThreads } from "./asm/threads.ts";
export { tfFunction as function } from "./tape/capture.ts";
export type { TfFunctionOptions } from "./tape/capture.ts";
export * as debugging from "./tape/debugging.ts";
export * as data from "./data/mod.ts";
