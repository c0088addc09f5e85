/**
 * `tf.keras.layers.Embedding`: maps integer ids to rows of a trainable
 * `[inputDim, outputDim]` table: `[..., ]` ids give `[..., outputDim]`.
 * Float ids are cast to int32 (as Keras does); ids outside [0, inputDim)
 * are an error naming the layer.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const emb = new tf.keras.layers.Embedding(10, 4);
 * console.log(emb(tf.constant([[1, 2, 3]], { dtype: "int32" })).shape); // [1, 3, 4]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import type { Variable } from "../tape/variable.ts";
import { cast } from "../tape/ops/compare.ts";
import { gather } from "../tape/ops/gather.ts";
import type { InitializerIdentifier } from "./initializers.ts";
import type { RegularizerIdentifier } from "./regularizers.ts";
import {
  checkKeys,
  intOption,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  resolveWeightOptions,
  type ShapeSpec,
  who,
} from "./layer.ts";

/** Options of `Embedding`. */
export interface EmbeddingOptions extends LayerOptions {
  /** Vocabulary size: ids are in [0, inputDim) (required). */
  inputDim?: number;
  /** Size of each vector (required). */
  outputDim?: number;
  /** Default "uniform" (RandomUniform in ±0.05). */
  embeddingsInitializer?: InitializerIdentifier;
  embeddingsRegularizer?: RegularizerIdentifier | null;
  /** Not supported (tapeflow's layers do not propagate masks); must be false. */
  maskZero?: boolean;
}

/** A lookup table: `new Embedding(inputDim, outputDim, options)` or `new Embedding({ inputDim, outputDim })`. */
export class Embedding extends Layer {
  readonly inputDim: number;
  readonly outputDim: number;
  /** @internal */
  declare readonly _opts: EmbeddingOptions;

  constructor(
    inputDim: number | EmbeddingOptions,
    outputDim?: number,
    options?: Omit<EmbeddingOptions, "inputDim" | "outputDim">,
  ) {
    let o: EmbeddingOptions;
    if (typeof inputDim === "object" && inputDim !== null) {
      if (outputDim !== undefined || options !== undefined) {
        throw new TypeError(
          "Embedding: pass new Embedding(inputDim, outputDim, options) or new Embedding({ inputDim, outputDim })",
        );
      }
      o = inputDim;
    } else o = { ...options, inputDim, outputDim };
    checkKeys("Embedding", o, [
      ...LAYER_KEYS.filter((k) => k !== "inputDim"),
      "inputDim",
      "outputDim",
      "embeddingsInitializer",
      "embeddingsRegularizer",
      "maskZero",
    ]);
    // inputDim means the vocabulary here, not Sequential's input size.
    super({ ...o, inputDim: undefined });
    if (o.inputDim === undefined || o.outputDim === undefined) {
      throw new TypeError(
        "Embedding: inputDim (vocabulary size) and outputDim are required; e.g. new tf.keras.layers.Embedding(1000, 64)",
      );
    }
    this.inputDim = intOption("Embedding", "inputDim", o.inputDim, 1);
    this.outputDim = intOption("Embedding", "outputDim", o.outputDim, 1);
    if (o.maskZero) {
      throw new TypeError(
        "Embedding: maskZero is not supported (tapeflow's layers do not propagate masks); leave it " +
          "out and pass an attentionMask to MultiHeadAttention where padding must be ignored",
      );
    }
    Object.defineProperty(this, "_opts", {
      value: resolveWeightOptions("Embedding", o),
      enumerable: false,
    });
  }

  /** The table `[inputDim, outputDim]` (after build). */
  get embeddings(): Variable {
    return this._weight("embeddings");
  }

  override build(): void {
    this.addWeight("embeddings", [this.inputDim, this.outputDim], {
      initializer: this._opts.embeddingsInitializer ?? "uniform",
      regularizer: this._opts.embeddingsRegularizer,
    });
  }

  override call(x: Tensor): Tensor {
    const ids = x.dtype === "int32" ? x : cast(x, "int32");
    try {
      return gather(this.embeddings, ids, 0);
    } catch (e) {
      if (e instanceof RangeError && e.message.startsWith("gather: indices")) {
        throw new RangeError(
          `${who(this)}: an id is outside the vocabulary [0, ${this.inputDim}): ` +
            `${e.message.slice("gather: ".length)}; raise inputDim or fix the ids`,
        );
      }
      throw e;
    }
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec {
    return [...inputShape, this.outputDim];
  }

  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), inputDim: this.inputDim, outputDim: this.outputDim };
  }
}
