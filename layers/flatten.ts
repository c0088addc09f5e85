/**
 * `tf.keras.layers.Flatten`: reshapes each sample to a vector,
 * `[batch, d1, d2, ...]` to `[batch, d1 · d2 · ...]` (channels-first inputs
 * are first moved to channels-last order, as Keras does, so the same model
 * flattens the same way in both formats).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.layers.Flatten()(tf.zeros([2, 3, 4])).shape); // [2, 12]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import { reshape, transpose } from "../tape/ops/shape.ts";
import {
  checkKeys,
  enumOption,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  type ShapeSpec,
} from "./layer.ts";

/** Options of `Flatten`. */
export interface FlattenOptions extends LayerOptions {
  /** "channels_last" (default) or "channels_first". */
  dataFormat?: "channels_last" | "channels_first";
}

/** Flattens all but the batch dimension. */
export class Flatten extends Layer {
  readonly dataFormat: "channels_last" | "channels_first";

  constructor(options: FlattenOptions = {}) {
    checkKeys("Flatten", options, [...LAYER_KEYS, "dataFormat"]);
    super(options);
    this.dataFormat = enumOption(
      "Flatten",
      "dataFormat",
      options.dataFormat,
      ["channels_last", "channels_first"] as const,
      "channels_last",
    );
    this.inputSpec = { minNdim: 1 };
  }

  override call(x: Tensor): Tensor {
    let t = x;
    if (this.dataFormat === "channels_first" && t.rank > 2) {
      const perm = [0, ...Array.from({ length: t.rank - 2 }, (_, i) => i + 2), 1];
      t = transpose(t, perm);
    }
    return reshape(t, [t.shape[0], -1]);
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec {
    const rest = inputShape.slice(1);
    const n = rest.some((d) => d === null)
      ? null
      : rest.reduce<number>((a, b) => a * (b as number), 1);
    return [inputShape[0], n];
  }
}
