/**
 * `tf.keras.layers.Dense`: `activation(x · kernel + bias)` on the last axis.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const dense = new tf.keras.layers.Dense(2, { activation: "relu", kernelInitializer: "ones" });
 * console.log(dense(tf.constant([[1, 2, 3]])).arraySync()); // [[6, 6]]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import type { Variable } from "../tape/variable.ts";
import { add } from "../tape/ops/arithmetic.ts";
import { matmul } from "../tape/ops/linalg.ts";
import { matMul as fusedMatMul } from "../tape/ops/fused.ts";
import { fusedActivation } from "./_fused.ts";
import { reshape } from "../tape/ops/shape.ts";
import * as activations from "./activations.ts";
import type { InitializerIdentifier } from "./initializers.ts";
import type { RegularizerIdentifier } from "./regularizers.ts";
import {
  boolOption,
  checkKeys,
  intOption,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  positional,
  resolveWeightOptions,
  type ShapeSpec,
  who,
} from "./layer.ts";

/** Options of `Dense` (Keras's arguments in camelCase). */
export interface DenseOptions extends LayerOptions {
  /** Output size (required). */
  units?: number;
  /** Activation name or function (default none: linear). */
  activation?: activations.ActivationIdentifier;
  /** Whether to add a bias (default true). */
  useBias?: boolean;
  /** Default "glorot_uniform". */
  kernelInitializer?: InitializerIdentifier;
  /** Default "zeros". */
  biasInitializer?: InitializerIdentifier;
  /** Penalty on the kernel. */
  kernelRegularizer?: RegularizerIdentifier | null;
  /** Penalty on the bias. */
  biasRegularizer?: RegularizerIdentifier | null;
}

const KEYS = [
  ...LAYER_KEYS,
  "units",
  "activation",
  "useBias",
  "kernelInitializer",
  "biasInitializer",
  "kernelRegularizer",
  "biasRegularizer",
];

/** A densely connected layer. `new Dense(units, options)` or `new Dense({ units, ... })`. */
export class Dense extends Layer {
  /** Output size. */
  readonly units: number;
  /** The activation function. */
  readonly activation: activations.ActivationFn;
  readonly useBias: boolean;
  /** @internal */
  declare readonly _opts: DenseOptions;

  constructor(units: number | DenseOptions, options?: Omit<DenseOptions, "units">) {
    const o = positional<DenseOptions>("Dense", "units", units, options);
    checkKeys("Dense", o, KEYS);
    super(o);
    if (o.units === undefined) {
      throw new TypeError("Dense: units is required; e.g. new tf.keras.layers.Dense(10)");
    }
    this.units = intOption("Dense", "units", o.units, 1);
    this.activation = activations.get(o.activation, `Dense "${this.name}"`);
    this.useBias = boolOption("Dense", "useBias", o.useBias, true);
    Object.defineProperty(this, "_opts", {
      value: resolveWeightOptions("Dense", o),
      enumerable: false,
    });
  }

  /** The weight matrix `[inputDim, units]` (after build). */
  get kernel(): Variable {
    return this._weight("kernel");
  }

  /** The bias `[units]` (after build; absent when useBias is false). */
  get bias(): Variable {
    return this._weight("bias");
  }

  override build(inputShape: ShapeSpec): void {
    const inDim = inputShape[inputShape.length - 1];
    if (inputShape.length < 2 || inDim === null || inDim === undefined) {
      throw new RangeError(
        `${who(this)}: needs inputs of rank >= 2 with a known last dimension, got shape ` +
          `[${
            inputShape.map((d) => d ?? "None").join(", ")
          }]; reshape the input to [batch, features]`,
      );
    }
    this.addWeight("kernel", [inDim, this.units], {
      initializer: this._opts.kernelInitializer ?? "glorot_uniform",
      regularizer: this._opts.kernelRegularizer,
    });
    if (this.useBias) {
      this.addWeight("bias", [this.units], {
        initializer: this._opts.biasInitializer ?? "zeros",
        regularizer: this._opts.biasRegularizer,
      });
    }
    this.inputSpec = { minNdim: 2, axes: { [-1]: inDim } };
  }

  override call(x: Tensor): Tensor {
    const kernel = this.kernel;
    // [..., in] -> [N, in] -> [N, units] -> [..., units]: one matrix product.
    const flat = x.rank === 2 ? x : reshape(x, [-1, kernel.shape[0]]);
    const act = fusedActivation(this.activation);
    let y: Tensor;
    if (act !== null) {
      // bias and activation applied in the product's kernel (bit-identical to
      // the separate ops; one kernel for the activation's gradient)
      y = fusedMatMul({
        a: flat,
        b: kernel,
        bias: this.useBias ? this.bias : undefined,
        activation: act,
      });
    } else {
      y = matmul(flat, kernel);
      if (this.useBias) y = add(y, this.bias);
    }
    if (x.rank !== 2) y = reshape(y, [...x.shape.slice(0, -1), this.units]);
    return act !== null ? y : this.activation(y);
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec {
    return [...inputShape.slice(0, -1), this.units];
  }

  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      units: this.units,
      activation: activations.nameOf(this.activation) ?? "custom",
      useBias: this.useBias,
    };
  }
}
