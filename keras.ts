/**
 * `tf.keras`: the Keras namespace. Optimizers and learning-rate schedules
 * now; layers, models, losses and metrics join here (one `export * as` line
 * each).
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
