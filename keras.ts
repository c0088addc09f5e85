/**
 * `tf.keras`: the Keras namespace: optimizers and learning-rate schedules,
 * losses, metrics, callbacks and safetensors weights files; layers and models
 * join here (one `export * as` line each).
 *
 * @example
 * ```ts
 * import * as tf from "./mod.ts";
 * const optimizer = new tf.keras.optimizers.Adam({ learningRate: 0.01 });
 * console.log(tf.optimizers === tf.keras.optimizers); // true
 * ```
 *
 * @module
 */
export * as optimizers from "./optim/mod.ts";
export * as losses from "./layers/losses.ts";
export * as metrics from "./layers/metrics.ts";
export * as callbacks from "./layers/callbacks.ts";
export * as safetensors from "./layers/safetensors.ts";
