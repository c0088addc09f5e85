/**
 * `tf.keras`: the Keras namespace: layers, models, initializers,
 * regularizers, activations, optimizers and learning-rate schedules, losses,
 * metrics, callbacks and safetensors weights files (one export line each, so
 * that parallel work merges cleanly).
 *
 * @example
 * ```ts
 * import * as tf from "./mod.ts";
 * const optimizer = new tf.keras.optimizers.Adam({ learningRate: 0.01 });
 * console.log(tf.optimizers === tf.keras.optimizers); // true
 * const model = new tf.keras.Sequential([new tf.keras.layers.Dense(1)]);
 * console.log(model(tf.ones([2, 3])).shape); // [2, 1]
 * ```
 *
 * @module
 */
export * as optimizers from "./optim/mod.ts";
export * as layers from "./layers/mod.ts";
export * as initializers from "./layers/initializers.ts";
export * as regularizers from "./layers/regularizers.ts";
export * as activations from "./layers/activations.ts";
export { Model } from "./layers/model.ts";
export type { ModelOptions } from "./layers/model.ts";
export { Sequential } from "./layers/sequential.ts";
export type { SequentialOptions } from "./layers/sequential.ts";
export { Input } from "./layers/input_layer.ts";
export type { SummaryOptions } from "./layers/summary.ts";
export * as losses from "./layers/losses.ts";
export * as metrics from "./layers/metrics.ts";
export * as callbacks from "./layers/callbacks.ts";
export * as safetensors from "./layers/safetensors.ts";
