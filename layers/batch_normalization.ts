/**
 * `tf.keras.layers.BatchNormalization`: normalizes each feature (along
 * `axis`, the channels by default) with batch statistics in training and
 * moving averages of them in inference, Keras 3's rules:
 *
 * - training (and `trainable`): mean m and variance v (biased, 1/n) of the
 *   batch over every axis but `axis`; then
 *   `movingMean = movingMean · momentum + m · (1 - momentum)`, the same for
 *   the variance (momentum 0.99);
 * - inference, or a layer with `trainable = false`: m, v = the moving ones;
 * - output: `(x - m) / √(v + epsilon) · gamma + beta` (epsilon 1e-3),
 *   computed as `x · inv + (beta - m · inv)` with `inv = gamma / √(v + ε)`.
 *
 * gamma and beta are trainable; the moving statistics are not (they are in
 * `nonTrainableVariables` and in saved weights).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const bn = new tf.keras.layers.BatchNormalization();
 * const y = bn(tf.constant([[1, 2], [3, 6]]), { training: true });
 * console.log(y.arraySync()); // ≈ [[-1, -1], [1, 1]]
 * console.log(bn.movingMean.arraySync()); // [0.02, 0.04]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import type { Variable } from "../tape/variable.ts";
import { add, multiply, subtract } from "../tape/ops/arithmetic.ts";
import { rsqrt } from "../tape/ops/unary.ts";
import { moments } from "../tape/ops/reduce.ts";
import { reshape } from "../tape/ops/shape.ts";
import type { InitializerIdentifier } from "./initializers.ts";
import type { RegularizerIdentifier } from "./regularizers.ts";
import {
  boolOption,
  checkKeys,
  fmtSpec,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  numOption,
  resolveWeightOptions,
  type ShapeSpec,
  who,
} from "./layer.ts";

/** Options of `BatchNormalization` (Keras's arguments in camelCase). */
export interface BatchNormalizationOptions extends LayerOptions {
  /** The feature axis (default -1). */
  axis?: number;
  /** Weight of the old moving statistics per update (default 0.99). */
  momentum?: number;
  /** Added to the variance (default 1e-3). */
  epsilon?: number;
  /** Learn an offset beta (default true). */
  center?: boolean;
  /** Learn a scale gamma (default true). */
  scale?: boolean;
  betaInitializer?: InitializerIdentifier;
  gammaInitializer?: InitializerIdentifier;
  movingMeanInitializer?: InitializerIdentifier;
  movingVarianceInitializer?: InitializerIdentifier;
  betaRegularizer?: RegularizerIdentifier | null;
  gammaRegularizer?: RegularizerIdentifier | null;
}

const KEYS = [
  ...LAYER_KEYS,
  "axis",
  "momentum",
  "epsilon",
  "center",
  "scale",
  "betaInitializer",
  "gammaInitializer",
  "movingMeanInitializer",
  "movingVarianceInitializer",
  "betaRegularizer",
  "gammaRegularizer",
];

/** Batch normalization with moving statistics for inference. */
export class BatchNormalization extends Layer {
  readonly axis: number;
  readonly momentum: number;
  readonly epsilon: number;
  readonly center: boolean;
  readonly scale: boolean;
  /** @internal */
  declare readonly _opts: BatchNormalizationOptions;

  constructor(options: BatchNormalizationOptions = {}) {
    checkKeys("BatchNormalization", options, KEYS);
    super(options);
    const cls = "BatchNormalization";
    if (options.axis !== undefined && !Number.isInteger(options.axis)) {
      throw new TypeError(`${cls}: axis must be an integer, got ${String(options.axis)}`);
    }
    this.axis = options.axis ?? -1;
    this.momentum = numOption(cls, "momentum", options.momentum, 0.99, 0, 1);
    this.epsilon = numOption(cls, "epsilon", options.epsilon, 1e-3, 0);
    this.center = boolOption(cls, "center", options.center, true);
    this.scale = boolOption(cls, "scale", options.scale, true);
    Object.defineProperty(this, "_opts", {
      value: resolveWeightOptions(cls, options),
      enumerable: false,
    });
  }

  /** The scale (after build; absent when scale is false). */
  get gamma(): Variable {
    return this._weight("gamma");
  }
  /** The offset (after build; absent when center is false). */
  get beta(): Variable {
    return this._weight("beta");
  }
  /** The moving mean used in inference (after build). */
  get movingMean(): Variable {
    return this._weight("moving_mean");
  }
  /** The moving variance used in inference (after build). */
  get movingVariance(): Variable {
    return this._weight("moving_variance");
  }

  private _axis(rank: number): number {
    const a = this.axis < 0 ? rank + this.axis : this.axis;
    if (a < 0 || a >= rank) {
      throw new RangeError(
        `${who(this)}: axis ${this.axis} is out of range for inputs of rank ${rank}; ` +
          `use an axis in [${-rank}, ${rank - 1}] (the feature axis)`,
      );
    }
    return a;
  }

  override build(inputShape: ShapeSpec): void {
    const a = this._axis(inputShape.length);
    const n = inputShape[a];
    if (n === null) {
      throw new RangeError(
        `${who(this)}: the feature axis ${this.axis} of the input ${fmtSpec(inputShape)} must ` +
          `have a known size`,
      );
    }
    const o = this._opts;
    if (this.scale) {
      this.addWeight("gamma", [n], {
        initializer: o.gammaInitializer ?? "ones",
        regularizer: o.gammaRegularizer,
      });
    }
    if (this.center) {
      this.addWeight("beta", [n], {
        initializer: o.betaInitializer ?? "zeros",
        regularizer: o.betaRegularizer,
      });
    }
    this.addWeight("moving_mean", [n], {
      initializer: o.movingMeanInitializer ?? "zeros",
      trainable: false,
    });
    this.addWeight("moving_variance", [n], {
      initializer: o.movingVarianceInitializer ?? "ones",
      trainable: false,
    });
    this.inputSpec = { ndim: inputShape.length, axes: { [a]: n } };
  }

  override call(x: Tensor, options?: { training?: boolean }): Tensor {
    const a = this._axis(x.rank);
    const reduce = Array.from({ length: x.rank }, (_, i) => i).filter((i) => i !== a);
    // Statistics are [n]; viewed as [1, ..., n, ..., 1] to broadcast against x.
    const bshape = x.shape.map((d, i) => (i === a ? d : 1));
    const view = (t: Tensor) => (a === x.rank - 1 ? t : reshape(t, bshape));
    let mean: Tensor, variance: Tensor;
    if (options?.training && this.trainable) {
      ({ mean, variance } = moments(x, reduce));
      const m = this.momentum;
      this.movingMean.assign(add(multiply(this.movingMean, m), multiply(mean, 1 - m)));
      this.movingVariance.assign(add(multiply(this.movingVariance, m), multiply(variance, 1 - m)));
    } else {
      mean = this.movingMean;
      variance = this.movingVariance;
    }
    let inv = rsqrt(add(variance, this.epsilon));
    if (this.scale) inv = multiply(inv, this.gamma);
    let res = multiply(mean, inv);
    res = this.center ? subtract(this.beta, res) : multiply(res, -1);
    return add(multiply(x, view(inv)), view(res));
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec {
    return inputShape;
  }

  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      axis: this.axis,
      momentum: this.momentum,
      epsilon: this.epsilon,
      center: this.center,
      scale: this.scale,
    };
  }
}
