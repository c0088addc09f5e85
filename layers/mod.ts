/**
 * `tf.keras.layers`: the layer classes (one concept a file in layers/).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const layer = new tf.keras.layers.Dense(4, { activation: "relu" });
 * console.log(layer(tf.ones([2, 3])).shape); // [2, 4]
 * ```
 *
 * @module
 */
export { Layer } from "./layer.ts";
export type {
  AddWeightOptions,
  CallOptions,
  Dim,
  InputSpec,
  LayerOptions,
  ShapeSpec,
  SymbolicOf,
} from "./layer.ts";
export { SymbolicTensor } from "./symbolic.ts";
export { InputLayer } from "./input_layer.ts";
export type { InputOptions } from "./input_layer.ts";
export { Dense } from "./dense.ts";
export type { DenseOptions } from "./dense.ts";
