/**
 * `tf.keras.optimizers` (also `tf.optimizers`): Keras 3's optimizers with
 * their options in camelCase, each step one fused kernel per variable, and
 * `schedules` for learning rates.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
 * console.log(optimizer.learningRate); // 0.001
 * ```
 *
 * @module
 */
export { Optimizer } from "./optimizer.ts";
export type { GradAndVar, LearningRate, OptimizerOptions, OptimizerState } from "./optimizer.ts";
export { SGD } from "./sgd.ts";
export type { SGDOptions } from "./sgd.ts";
export { Adam } from "./adam.ts";
export type { AdamOptions } from "./adam.ts";
export { AdamW } from "./adamw.ts";
export type { AdamWOptions } from "./adamw.ts";
export { Adagrad } from "./adagrad.ts";
export type { AdagradOptions } from "./adagrad.ts";
export { RMSprop } from "./rmsprop.ts";
export type { RMSpropOptions } from "./rmsprop.ts";
export { Adadelta } from "./adadelta.ts";
export type { AdadeltaOptions } from "./adadelta.ts";
export { Adamax } from "./adamax.ts";
export type { AdamaxOptions } from "./adamax.ts";
export { Nadam } from "./nadam.ts";
export type { NadamOptions } from "./nadam.ts";
export { Lion } from "./lion.ts";
export type { LionOptions } from "./lion.ts";
export * as schedules from "./schedules.ts";
