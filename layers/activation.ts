/**
 * `tf.keras.layers.Activation`: applies an activation function by name
 * ("relu", "sigmoid", "softmax", "tanh", "gelu", ...: see
 * `tf.keras.activations`) or a function.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const layer = new tf.keras.layers.Activation("relu");
 * console.log(layer(tf.constant([-1, 2])).arraySync()); // [0, 2]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import * as activations from "./activations.ts";
import {
  checkKeys,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  positional,
  type ShapeSpec,
} from "./layer.ts";

/** Options of `Activation`. */
export interface ActivationOptions extends LayerOptions {
  /** The activation: a name or a function (required). */
  activation?: activations.ActivationIdentifier;
}

/** An activation as a layer: `new Activation("relu")` or `new Activation({ activation: "relu" })`. */
export class Activation extends Layer {
  /** The function applied. */
  readonly activation: activations.ActivationFn;

  constructor(
    activation: string | activations.ActivationFn | ActivationOptions,
    options?: LayerOptions,
  ) {
    const o = positional<ActivationOptions>("Activation", "activation", activation, options);
    checkKeys("Activation", o, [...LAYER_KEYS, "activation"]);
    super(o);
    if (o.activation === undefined || o.activation === null) {
      throw new TypeError(
        `Activation: an activation is required; e.g. new tf.keras.layers.Activation("relu")`,
      );
    }
    this.activation = activations.get(o.activation, `Activation "${this.name}"`);
  }

  override call(x: Tensor): Tensor {
    return this.activation(x);
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec {
    return inputShape;
  }

  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), activation: activations.nameOf(this.activation) ?? "custom" };
  }
}
