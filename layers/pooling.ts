/**
 * 2-D pooling layers: `MaxPooling2D`, `AveragePooling2D` (Keras's
 * defaults: a 2x2 window, strides = the window, "valid" padding) and
 * `GlobalAveragePooling2D` (the mean over height and width).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const x = tf.zeros([1, 28, 28, 8]);
 * console.log(new tf.keras.layers.MaxPooling2D()(x).shape); // [1, 14, 14, 8]
 * console.log(new tf.keras.layers.GlobalAveragePooling2D()(x).shape); // [1, 8]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import { avgPool, maxPool } from "../tape/ops/pool.ts";
import { reduceMean } from "../tape/ops/reduce.ts";
import {
  boolOption,
  checkKeys,
  fmtSpec,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
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

/** Options of `MaxPooling2D` and `AveragePooling2D`. */
export interface Pooling2DOptions extends LayerOptions {
  /** Window: a number or [h, w] (default 2). */
  poolSize?: number | readonly number[];
  /** Default: poolSize. */
  strides?: number | readonly number[] | null;
  /** "valid" (default) or "same". */
  padding?: PaddingMode;
  /** "channels_last" (default) or "channels_first". */
  dataFormat?: DataFormat;
}

const POOL_KEYS = [...LAYER_KEYS, "poolSize", "strides", "padding", "dataFormat"];

/** The shared window logic of max and average pooling. */
abstract class Pooling2D extends Layer {
  readonly poolSize: [number, number];
  readonly strides: [number, number];
  readonly padding: PaddingMode;
  readonly dataFormat: DataFormat;

  constructor(
    cls: string,
    poolSize: number | readonly number[] | Pooling2DOptions | undefined,
    options: Pooling2DOptions | undefined,
  ) {
    let o: Pooling2DOptions;
    if (poolSize !== undefined && typeof poolSize === "object" && !Array.isArray(poolSize)) {
      if (options !== undefined) {
        throw new TypeError(
          `${cls}: pass new ${cls}(poolSize, options) or new ${cls}({ poolSize, ... })`,
        );
      }
      o = poolSize as Pooling2DOptions;
    } else {o = poolSize === undefined
        ? { ...options }
        : { ...options, poolSize: poolSize as number };}
    checkKeys(cls, o, POOL_KEYS);
    super(o);
    this.poolSize = pair(cls, "poolSize", o.poolSize, 2);
    this.strides = o.strides == null ? this.poolSize : pair(cls, "strides", o.strides);
    this.padding = paddingOption(cls, o.padding);
    this.dataFormat = dataFormatOption(cls, o.dataFormat);
    this.inputSpec = { ndim: 4 };
  }

  protected abstract _pool(x: Tensor, pad: "SAME" | "VALID"): Tensor;

  override call(x: Tensor): Tensor {
    const first = this.dataFormat === "channels_first";
    const y = this._pool(first ? toNHWC(x) : x, this.padding === "same" ? "SAME" : "VALID");
    return first ? toNCHW(y) : y;
  }

  override build(inputShape: ShapeSpec): void {
    this.computeOutputShape(inputShape);
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec {
    const last = this.dataFormat === "channels_last";
    const [h, w] = last ? [inputShape[1], inputShape[2]] : [inputShape[2], inputShape[3]];
    const oh = outLength(h, this.poolSize[0], this.padding, this.strides[0]);
    const ow = outLength(w, this.poolSize[1], this.padding, this.strides[1]);
    if ((oh !== null && oh <= 0) || (ow !== null && ow <= 0)) {
      throw new RangeError(
        `${who(this)}: inputs of shape ${fmtSpec(inputShape)} are smaller than the ` +
          `${
            this.poolSize.join("x")
          } window with "valid" padding; use padding: "same" or a smaller poolSize`,
      );
    }
    const c = last ? inputShape[3] : inputShape[1];
    return last ? [inputShape[0], oh, ow, c] : [inputShape[0], c, oh, ow];
  }

  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      poolSize: this.poolSize,
      strides: this.strides,
      padding: this.padding,
      dataFormat: this.dataFormat,
    };
  }
}

/** The maximum over each window: `new MaxPooling2D()`, `new MaxPooling2D(3, { strides: 2 })`. */
export class MaxPooling2D extends Pooling2D {
  constructor(
    poolSize?: number | readonly number[] | Pooling2DOptions,
    options?: Pooling2DOptions,
  ) {
    super("MaxPooling2D", poolSize, options);
  }
  protected _pool(x: Tensor, pad: "SAME" | "VALID"): Tensor {
    return maxPool(x, this.poolSize, this.strides, pad);
  }
}

/**
 * The mean over each window (with "same" padding, border windows average
 * only the elements inside the image, as Keras).
 */
export class AveragePooling2D extends Pooling2D {
  constructor(
    poolSize?: number | readonly number[] | Pooling2DOptions,
    options?: Pooling2DOptions,
  ) {
    super("AveragePooling2D", poolSize, options);
  }
  protected _pool(x: Tensor, pad: "SAME" | "VALID"): Tensor {
    return avgPool(x, this.poolSize, this.strides, pad);
  }
}

/** Options of `GlobalAveragePooling2D`. */
export interface GlobalPooling2DOptions extends LayerOptions {
  /** "channels_last" (default) or "channels_first". */
  dataFormat?: DataFormat;
  /** Keep the pooled axes as size 1 (default false). */
  keepdims?: boolean;
}

/** The mean over height and width: `[b, h, w, c]` to `[b, c]`. */
export class GlobalAveragePooling2D extends Layer {
  readonly dataFormat: DataFormat;
  readonly keepdims: boolean;

  constructor(options: GlobalPooling2DOptions = {}) {
    checkKeys("GlobalAveragePooling2D", options, [...LAYER_KEYS, "dataFormat", "keepdims"]);
    super(options);
    this.dataFormat = dataFormatOption("GlobalAveragePooling2D", options.dataFormat);
    this.keepdims = boolOption("GlobalAveragePooling2D", "keepdims", options.keepdims, false);
    this.inputSpec = { ndim: 4 };
  }

  override call(x: Tensor): Tensor {
    return reduceMean(x, this.dataFormat === "channels_last" ? [1, 2] : [2, 3], this.keepdims);
  }

  override computeOutputShape(s: ShapeSpec): ShapeSpec {
    if (this.dataFormat === "channels_last") {
      return this.keepdims ? [s[0], 1, 1, s[3]] : [s[0], s[3]];
    }
    return this.keepdims ? [s[0], s[1], 1, 1] : [s[0], s[1]];
  }

  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), dataFormat: this.dataFormat, keepdims: this.keepdims };
  }
}
