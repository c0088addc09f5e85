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
export { Activation } from "./activation.ts";
export type { ActivationOptions } from "./activation.ts";
export { Flatten } from "./flatten.ts";
export type { FlattenOptions } from "./flatten.ts";
export { Reshape } from "./reshape.ts";
export type { ReshapeOptions } from "./reshape.ts";
export { Dropout } from "./dropout.ts";
export type { DropoutOptions } from "./dropout.ts";
export { Conv2D } from "./conv2d.ts";
export type { Conv2DOptions } from "./conv2d.ts";
export { AveragePooling2D, GlobalAveragePooling2D, MaxPooling2D } from "./pooling.ts";
export type { GlobalPooling2DOptions, Pooling2DOptions } from "./pooling.ts";
export { BatchNormalization } from "./batch_normalization.ts";
export type { BatchNormalizationOptions } from "./batch_normalization.ts";
export { LayerNormalization } from "./layer_normalization.ts";
export type { LayerNormalizationOptions } from "./layer_normalization.ts";
export { Embedding } from "./embedding.ts";
export type { EmbeddingOptions } from "./embedding.ts";
export { LSTM, LSTMCell } from "./lstm.ts";
export type { LSTMCellOptions, LSTMOptions } from "./lstm.ts";
export { GRU, GRUCell } from "./gru.ts";
export type { GRUCellOptions, GRUOptions } from "./gru.ts";
export type { RecurrentCallOptions } from "./rnn.ts";
export { MultiHeadAttention } from "./multi_head_attention.ts";
export type {
  MultiHeadAttentionCallOptions,
  MultiHeadAttentionOptions,
} from "./multi_head_attention.ts";
