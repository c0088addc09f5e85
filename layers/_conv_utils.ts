// Shared option parsing and shape arithmetic of the 2-D convolution and
// pooling layers (Keras's conv_utils): sizes as [h, w], "valid"/"same"
// padding, channels_last/channels_first, and output lengths.

import type { Tensor } from "../tape/tensor.ts";
import { transpose } from "../tape/ops/shape.ts";
import { enumOption } from "./layer.ts";
import type { Dim } from "./symbolic.ts";

/** "channels_last" (NHWC, default) or "channels_first" (NCHW). */
export type DataFormat = "channels_last" | "channels_first";
/** "valid" (no padding) or "same" (output size ceil(input / stride)). */
export type PaddingMode = "valid" | "same";

/** A size option: one number for both axes, or [h, w]. */
export function pair(
  cls: string,
  key: string,
  v: unknown,
  dflt?: number | readonly number[],
): [number, number] {
  const x = v ?? dflt;
  const list = typeof x === "number" ? [x, x] : x;
  if (
    !Array.isArray(list) || list.length !== 2 || list.some((d) => !Number.isInteger(d) || d < 1)
  ) {
    throw new TypeError(
      `${cls}: ${key} must be a positive integer or [height, width], got ${JSON.stringify(v)}`,
    );
  }
  return [list[0], list[1]];
}

export function paddingOption(cls: string, v: unknown): PaddingMode {
  return enumOption(cls, "padding", v, ["valid", "same"] as const, "valid");
}

export function dataFormatOption(cls: string, v: unknown): DataFormat {
  return enumOption(
    cls,
    "dataFormat",
    v,
    ["channels_last", "channels_first"] as const,
    "channels_last",
  );
}

/** Keras's conv_output_length: the output size along one axis (null stays null). */
export function outLength(
  length: Dim,
  kernel: number,
  padding: PaddingMode,
  stride: number,
  dilation = 1,
): Dim {
  if (length === null) return null;
  const k = (kernel - 1) * dilation + 1;
  return padding === "same" ? Math.ceil(length / stride) : Math.floor((length - k) / stride) + 1;
}

/** NCHW -> NHWC. */
export function toNHWC(x: Tensor): Tensor {
  return transpose(x, [0, 2, 3, 1]);
}

/** NHWC -> NCHW. */
export function toNCHW(x: Tensor): Tensor {
  return transpose(x, [0, 3, 1, 2]);
}
