/**
 * `tf.keras.layers.LayerNormalization`: normalizes each sample over `axis`
 * (the last by default): `(x - mean) / √(var + epsilon) · gamma + beta`, mean
 * and (biased) variance over the normalized axes, epsilon 1e-3 (Keras's
 * default). Same in training and inference.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const ln = new tf.keras.layers.LayerNormalization({ epsilon: 0 });
 * console.log(ln(tf.constant([[1, 3]])).arraySync()); // [[-1, 1]]
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

/** Options of `LayerNormalization`. */
export interface LayerNormalizationOptions extends LayerOptions {
  /** The axis or axes to normalize over (default -1). */
  axis?: number | readonly number[];
  /** Added to the variance (default 1e-3). */
  epsilon?: number;
  /** Learn an offset beta (default true). */
  center?: boolean;
  /** Learn a scale gamma (default true). */
  scale?: boolean;
  betaInitializer?: InitializerIdentifier;
  gammaInitializer?: InitializerIdentifier;
  betaRegularizer?: RegularizerIdentifier | null;
  gammaRegularizer?: RegularizerIdentifier | null;
}

const KEYS = [
  ...LAYER_KEYS,
  "axis",
  "epsilon",
  "center",
  "scale",
  "betaInitializer",
  "gammaInitializer",
  "betaRegularizer",
  "gammaRegularizer",
];

/** Layer normalization over the feature axes of each sample. */
export class LayerNormalization extends Layer {
  readonly axis: readonly number[];
  readonly epsilon: number;
  readonly center: boolean;
  readonly scale: boolean;
  /** @internal */
  declare readonly _opts: LayerNormalizationOptions;

  constructor(options: LayerNormalizationOptions = {}) {
    const cls = "LayerNormalization";
    checkKeys(cls, options, KEYS);
    super(options);
    const ax = options.axis ?? -1;
    const list = typeof ax === "number" ? [ax] : ax;
    if (!Array.isArray(list) || list.length === 0 || list.some((a) => !Number.isInteger(a))) {
      throw new TypeError(
        `${cls}: axis must be an integer or a list of integers, got ${JSON.stringify(ax)}`,
      );
    }
    this.axis = list.slice();
    this.epsilon = numOption(cls, "epsilon", options.epsilon, 1e-3, 0);
    this.center = boolOption(cls, "center", options.center, true);
    this.scale = boolOption(cls, "scale", options.scale, true);
    Object.defineProperty(this, "_opts", {
      value: resolveWeightOptions(cls, options),
      enumerable: false,
    });
  }

  get gamma(): Variable {
    return this._weight("gamma");
  }
  get beta(): Variable {
    return this._weight("beta");
  }

  private _axes(rank: number): number[] {
    const out = this.axis.map((a) => {
      const b = a < 0 ? rank + a : a;
      if (b < 0 || b >= rank) {
        throw new RangeError(
          `${who(this)}: axis ${a} is out of range for inputs of rank ${rank}; use axes in ` +
            `[${-rank}, ${rank - 1}]`,
        );
      }
      return b;
    });
    return [...new Set(out)].sort((a, b) => a - b);
  }

  override build(inputShape: ShapeSpec): void {
    const axes = this._axes(inputShape.length);
    const shape = axes.map((a) => inputShape[a]);
    if (shape.some((d) => d === null)) {
      throw new RangeError(
        `${who(this)}: the normalized axes [${this.axis.join(", ")}] of the input ` +
          `${fmtSpec(inputShape)} must have known sizes`,
      );
    }
    const o = this._opts;
    if (this.scale) {
      this.addWeight("gamma", shape as number[], {
        initializer: o.gammaInitializer ?? "ones",
        regularizer: o.gammaRegularizer,
      });
    }
    if (this.center) {
      this.addWeight("beta", shape as number[], {
        initializer: o.betaInitializer ?? "zeros",
        regularizer: o.betaRegularizer,
      });
    }
    const spec: Record<number, number> = {};
    axes.forEach((a, i) => (spec[a] = shape[i] as number));
    this.inputSpec = { ndim: inputShape.length, axes: spec };
  }

  override call(x: Tensor): Tensor {
    const axes = this._axes(x.rank);
    const { mean, variance } = moments(x, axes, true);
    // gamma/beta have the normalized axes' shape; view them with 1 elsewhere.
    const trailing = axes.length === 1 && axes[0] === x.rank - 1;
    const view = (t: Tensor) =>
      trailing ? t : reshape(t, x.shape.map((d, i) => (axes.includes(i) ? d : 1)));
    let inv = rsqrt(add(variance, this.epsilon));
    if (this.scale) inv = multiply(inv, view(this.gamma));
    let res = multiply(mean, inv);
    res = this.center ? subtract(view(this.beta), res) : multiply(res, -1);
    return add(multiply(x, inv), res);
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec {
    return inputShape;
  }

  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      axis: this.axis,
      epsilon: this.epsilon,
      center: this.center,
      scale: this.scale,
    };
  }
}
