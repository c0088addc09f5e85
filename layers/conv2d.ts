/**
 * `tf.keras.layers.Conv2D`: 2-D convolution over images,
 * `activation(conv2d(x, kernel) + bias)`, kernel `[kh, kw, inChannels / groups, filters]`.
 *
 * Inputs are `[batch, height, width, channels]` (or `[batch, channels,
 * height, width]` with `dataFormat: "channels_first"`, transposed around the
 * NHWC kernel). `groups` > 1 splits the channels into groups convolved
 * separately (each group's outputs use its own slice of the kernel).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const conv = new tf.keras.layers.Conv2D(8, 3, { activation: "relu", padding: "same" });
 * console.log(conv(tf.zeros([2, 28, 28, 1])).shape); // [2, 28, 28, 8]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import type { Variable } from "../tape/variable.ts";
import { add } from "../tape/ops/arithmetic.ts";
import { conv2d } from "../tape/ops/conv.ts";
import { conv2d as fusedConv2d } from "../tape/ops/fused.ts";
import { fusedActivation } from "./_fused.ts";
import { concat, split } from "../tape/ops/concat.ts";
import * as activations from "./activations.ts";
import type { InitializerIdentifier } from "./initializers.ts";
import type { RegularizerIdentifier } from "./regularizers.ts";
import {
  boolOption,
  checkKeys,
  fmtSpec,
  intOption,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  resolveWeightOptions,
  type ShapeSpec,
  who,
} from "./layer.ts";
import {
  type DataFormat,
  dataFormatOption,
  outLength,
  type PaddingMode,
  paddingOption,
  pair,
  toNCHW,
  toNHWC,
} from "./_conv_utils.ts";

/** Options of `Conv2D` (Keras's arguments in camelCase). */
export interface Conv2DOptions extends LayerOptions {
  /** Number of output channels (required). */
  filters?: number;
  /** Window size: a number or [h, w] (required). */
  kernelSize?: number | readonly number[];
  /** Default 1. */
  strides?: number | readonly number[];
  /** "valid" (default) or "same". */
  padding?: PaddingMode;
  /** "channels_last" (default) or "channels_first". */
  dataFormat?: DataFormat;
  /** Default 1. */
  dilationRate?: number | readonly number[];
  /** Channel groups (default 1); divides the input channels and filters. */
  groups?: number;
  /** Activation name or function (default linear). */
  activation?: activations.ActivationIdentifier;
  /** Default true. */
  useBias?: boolean;
  /** Default "glorot_uniform". */
  kernelInitializer?: InitializerIdentifier;
  /** Default "zeros". */
  biasInitializer?: InitializerIdentifier;
  kernelRegularizer?: RegularizerIdentifier | null;
  biasRegularizer?: RegularizerIdentifier | null;
}

const KEYS = [
  ...LAYER_KEYS,
  "filters",
  "kernelSize",
  "strides",
  "padding",
  "dataFormat",
  "dilationRate",
  "groups",
  "activation",
  "useBias",
  "kernelInitializer",
  "biasInitializer",
  "kernelRegularizer",
  "biasRegularizer",
];

/**
 * A 2-D convolution layer: `new Conv2D(filters, kernelSize, options)` or
 * `new Conv2D({ filters, kernelSize, ... })`.
 */
export class Conv2D extends Layer {
  readonly filters: number;
  readonly kernelSize: [number, number];
  readonly strides: [number, number];
  readonly padding: PaddingMode;
  readonly dataFormat: DataFormat;
  readonly dilationRate: [number, number];
  readonly groups: number;
  readonly activation: activations.ActivationFn;
  readonly useBias: boolean;
  /** @internal */
  declare readonly _opts: Conv2DOptions;

  constructor(
    filters: number | Conv2DOptions,
    kernelSize?: number | readonly number[],
    options?: Omit<Conv2DOptions, "filters" | "kernelSize">,
  ) {
    let o: Conv2DOptions;
    if (typeof filters === "object" && filters !== null) {
      if (kernelSize !== undefined || options !== undefined) {
        throw new TypeError(
          "Conv2D: pass new Conv2D(filters, kernelSize, options) or new Conv2D({ filters, kernelSize, ... })",
        );
      }
      o = filters;
    } else {
      if (options !== undefined && ("filters" in options || "kernelSize" in options)) {
        throw new TypeError("Conv2D: filters and kernelSize were given twice");
      }
      o = { ...options, filters, kernelSize };
    }
    checkKeys("Conv2D", o, KEYS);
    super(o);
    if (o.filters === undefined || o.kernelSize === undefined) {
      throw new TypeError(
        "Conv2D: filters and kernelSize are required; e.g. new tf.keras.layers.Conv2D(32, 3)",
      );
    }
    this.filters = intOption("Conv2D", "filters", o.filters, 1);
    this.kernelSize = pair("Conv2D", "kernelSize", o.kernelSize);
    this.strides = pair("Conv2D", "strides", o.strides, 1);
    this.padding = paddingOption("Conv2D", o.padding);
    this.dataFormat = dataFormatOption("Conv2D", o.dataFormat);
    this.dilationRate = pair("Conv2D", "dilationRate", o.dilationRate, 1);
    this.groups = intOption("Conv2D", "groups", o.groups ?? 1, 1);
    if (this.filters % this.groups !== 0) {
      throw new RangeError(
        `Conv2D: filters (${this.filters}) must be a multiple of groups (${this.groups})`,
      );
    }
    this.activation = activations.get(o.activation, `Conv2D "${this.name}"`);
    this.useBias = boolOption("Conv2D", "useBias", o.useBias, true);
    Object.defineProperty(this, "_opts", {
      value: resolveWeightOptions("Conv2D", o),
      enumerable: false,
    });
  }

  /** `[kh, kw, inChannels / groups, filters]` (after build). */
  get kernel(): Variable {
    return this._weight("kernel");
  }

  /** `[filters]` (after build). */
  get bias(): Variable {
    return this._weight("bias");
  }

  private get _channelAxis(): number {
    return this.dataFormat === "channels_last" ? 3 : 1;
  }

  override build(inputShape: ShapeSpec): void {
    const c = inputShape[this._channelAxis];
    if (inputShape.length !== 4 || c === null || c === undefined) {
      throw new RangeError(
        `${who(this)}: needs 4-D inputs ${
          this.dataFormat === "channels_last"
            ? "[batch, height, width, channels]"
            : "[batch, channels, height, width]"
        } with a known channel count, got ${fmtSpec(inputShape)}; reshape the input (a batch ` +
          `of grayscale images needs a channel axis of 1)`,
      );
    }
    if (c % this.groups !== 0) {
      throw new RangeError(
        `${who(this)}: the input has ${c} channels, not a multiple of groups (${this.groups})`,
      );
    }
    this.computeOutputShape(inputShape);
    this.addWeight("kernel", [...this.kernelSize, c / this.groups, this.filters], {
      initializer: this._opts.kernelInitializer ?? "glorot_uniform",
      regularizer: this._opts.kernelRegularizer,
    });
    if (this.useBias) {
      this.addWeight("bias", [this.filters], {
        initializer: this._opts.biasInitializer ?? "zeros",
        regularizer: this._opts.biasRegularizer,
      });
    }
    this.inputSpec = { ndim: 4, axes: { [this._channelAxis]: c } };
  }

  override call(x: Tensor): Tensor {
    let t = this.dataFormat === "channels_first" ? toNHWC(x) : x;
    const pad = this.padding === "same" ? "SAME" : "VALID";
    const kernel = this.kernel;
    const act = fusedActivation(this.activation);
    if (this.groups === 1 && act !== null) {
      // bias and activation applied in the convolution's kernel
      t = fusedConv2d({
        x: t,
        filter: kernel,
        strides: this.strides,
        pad,
        dilations: this.dilationRate,
        bias: this.useBias ? this.bias : undefined,
        activation: act,
      });
    } else {
      if (this.groups === 1) t = conv2d(t, kernel, this.strides, pad, this.dilationRate);
      else {
        const xs = split(t, this.groups, 3);
        const ks = split(kernel, this.groups, 3);
        t = concat(xs.map((xi, i) => conv2d(xi, ks[i], this.strides, pad, this.dilationRate)), 3);
      }
      if (this.useBias) t = add(t, this.bias);
      t = this.activation(t);
    }
    return this.dataFormat === "channels_first" ? toNCHW(t) : t;
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec {
    const last = this.dataFormat === "channels_last";
    const [h, w] = last ? [inputShape[1], inputShape[2]] : [inputShape[2], inputShape[3]];
    const oh = outLength(
      h,
      this.kernelSize[0],
      this.padding,
      this.strides[0],
      this.dilationRate[0],
    );
    const ow = outLength(
      w,
      this.kernelSize[1],
      this.padding,
      this.strides[1],
      this.dilationRate[1],
    );
    if ((oh !== null && oh <= 0) || (ow !== null && ow <= 0)) {
      throw new RangeError(
        `${who(this)}: inputs of shape ${fmtSpec(inputShape)} are smaller than the ` +
          `${this.kernelSize.join("x")} kernel${
            this.dilationRate.some((d) => d > 1) ? ` (dilated ${this.dilationRate.join("x")})` : ""
          } with "valid" padding; use padding: "same" or larger inputs`,
      );
    }
    return last ? [inputShape[0], oh, ow, this.filters] : [inputShape[0], this.filters, oh, ow];
  }

  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      filters: this.filters,
      kernelSize: this.kernelSize,
      strides: this.strides,
      padding: this.padding,
      dataFormat: this.dataFormat,
      dilationRate: this.dilationRate,
      groups: this.groups,
      activation: activations.nameOf(this.activation) ?? "custom",
      useBias: this.useBias,
    };
  }
}
