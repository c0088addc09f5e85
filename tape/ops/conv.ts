/**
 * Convolutions (TensorFlow's `tf.nn` semantics, NHWC images, HWIO filters):
 * conv2d, depthwiseConv2d, and their gradients as ops of their own
 * (conv2dBackpropInput, which is also the transposed convolution,
 * conv2dBackpropFilter, depthwiseConv2dBackpropInput/Filter), so that every
 * gradient here is written with other ops and can itself be differentiated.
 * Pooling is in pool.ts; both share _conv_geom.ts.
 *
 * Shapes follow TensorFlow. For a window of size k with dilation d (effective
 * size ke = (k - 1) d + 1) and stride s over an input of size n:
 * - "VALID": no padding, output size floor((n - ke) / s) + 1;
 * - "SAME": output size ceil(n / s), padded by max((out - 1) s + ke - n, 0)
 *   split evenly, the odd one at the bottom/right;
 * - explicit `[[top, bottom], [left, right]]`: output floor((n + pads - ke) / s) + 1.
 *
 * Kernels: asm/src/conv.ts (implicit-GEMM convolutions with 6x8 register tiles);
 * gpu/kernels/conv.ts (WGSL: implicit GEMMs on matmul's tiled program, gathers).
 *
 * @module
 */

import { fmtShape } from "../_shape.ts";
import { type Call, defineOp, run } from "../op.ts";
import type { TensorLike } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { k, tempBytes } from "../../asm/backend.ts";

import {
  conv2dBackpropFilterWgsl,
  conv2dBackpropInputWgsl,
  conv2dWgsl,
  depthwiseConv2dBackpropFilterWgsl,
  depthwiseConv2dBackpropInputWgsl,
  depthwiseConv2dWgsl,
} from "../../gpu/kernels/conv.ts";
import { parallelFor, threadsFor } from "../../asm/threads.ts";
import {
  BPF_SPLIT_UNITS,
  checkChannels,
  checkDy,
  checkFilterShape,
  checkImageShape,
  CONV_SPLIT_MACS,
  type ConvAttrs,
  desc,
  filterOf,
  geom,
  grainOf,
  image,
  imageTmpBytes,
  imageTmps,
  type Padding,
  parsePadding,
  type Size2,
  size2,
} from "./_conv_geom.ts";

export type { ConvAttrs, Padding, Size2 } from "./_conv_geom.ts";

function conv2dKernel(c: Call<ConvAttrs>): void {
  _conv2dInto(c, 0, 0, 0);
}

/**
 * The conv2d kernel with a fused epilogue on each output row (asm
 * bias_act_f32): y = act(y + bias), `bias` a pointer to CO floats or 0, `act`
 * an activation code (0: none), `alpha` leakyRelu's slope. For tape/ops/fused.ts.
 */
export function _conv2dInto(c: Call<ConvAttrs>, bias: number, act: number, alpha: number): void {
  const g = c.attrs.g;
  const K = g.KH * g.KW * g.C;
  const rows = g.B * g.OH;
  const grain = grainOf(CONV_SPLIT_MACS, g.OW * g.CO * K);
  const t = threadsFor(rows, grain);
  const fp = tempBytes("conv2d", Math.ceil(g.CO / 8) * K * 32);
  const tmp = imageTmps("conv2d", g, t), tb = imageTmpBytes(g);
  const d = desc("conv2d", g);
  k.conv_pack_f32(c.pin[1], fp, K, g.CO);
  const x = c.pin[0], y = c.pout[0];
  parallelFor("conv2d_f32", rows, grain, (r0, r1, th) => [
    x,
    fp,
    y,
    d,
    r0,
    r1,
    tmp + th * tb,
    bias,
    act,
    alpha,
  ], t);
}

function conv2dBpiKernel(c: Call<ConvAttrs>): void {
  const g = c.attrs.g;
  const op = "conv2dBackpropInput";
  const G = g.DW === 1 ? g.KH : g.KH * g.KW;
  const L = g.DW === 1 ? g.KW * g.C : g.C;
  const grain = grainOf(CONV_SPLIT_MACS, g.OH * g.OW * g.CO * g.KH * g.KW * g.C);
  const t = threadsFor(g.B, grain);
  const ftp = tempBytes(op, G * Math.ceil(L / 8) * g.CO * 32);
  const tmp = imageTmps(op, g, t), tb = imageTmpBytes(g);
  const d = desc(op, g);
  k.conv_pack_t_f32(c.pin[0], ftp, G, L, g.CO);
  const dy = c.pin[1], dx = c.pout[0];
  parallelFor(
    "conv2d_bpi_f32",
    g.B,
    grain,
    (b0, b1, th) => [dy, ftp, dx, d, b0, b1, tmp + th * tb],
    t,
  );
}

function conv2dBpfKernel(c: Call<ConvAttrs>): void {
  const g = c.attrs.g;
  const op = "conv2dBackpropFilter";
  const n = c.outs[0].size;
  k.fill_32(c.pout[0], 0, n);
  if (g.OH * g.OW === 0) return;
  const P = g.B * g.OH * g.OW;
  let dyb = c.pin[1], dyPix = g.CO * 4, dyPanel = 32;
  if (g.CO % 8 !== 0) {
    // read dy as zero-padded panels of 8 channels
    dyb = tempBytes(op, Math.ceil(g.CO / 8) * P * 32);
    dyPix = 32;
    dyPanel = P * 32;
  }
  const L = g.DW === 1 ? g.KW * g.C : g.C;
  const units = (g.DW === 1 ? g.KH : g.KH * g.KW) * Math.ceil(L / 6);
  const macs = P * g.KH * g.KW * g.C * g.CO;
  const byUnits = threadsFor(
    units,
    Math.max(BPF_SPLIT_UNITS, grainOf(CONV_SPLIT_MACS, macs / units)),
  );
  const byImages = byUnits > 1 ? 1 : threadsFor(g.B, grainOf(CONV_SPLIT_MACS, macs / g.B));
  const t = Math.max(byUnits, byImages);
  const tmp = imageTmps(op, g, t), tb = imageTmpBytes(g);
  // images split: threads 1.. sum into zeroed copies of dw after the output
  const parts = byImages > 1 ? tempBytes(op, (byImages - 1) * n * 4) : 0;
  const d = desc(op, g);
  if (dyb !== c.pin[1]) k.conv_pack_f32(c.pin[1], dyb, P, g.CO);
  const x = c.pin[0], dw = c.pout[0];
  if (byImages <= 1) {
    parallelFor(
      "conv2d_bpf_f32",
      units,
      Math.max(BPF_SPLIT_UNITS, grainOf(CONV_SPLIT_MACS, macs / units)),
      (u0, u1, th) => [x, dyb, dw, d, 0, g.B, tmp + th * tb, dyPix, dyPanel, u0, u1],
      t,
    );
    return;
  }
  k.fill_32(parts, 0, (byImages - 1) * n);
  parallelFor(
    "conv2d_bpf_f32",
    g.B,
    grainOf(CONV_SPLIT_MACS, macs / g.B),
    (b0, b1, th) => [
      x,
      dyb,
      th === 0 ? dw : parts + (th - 1) * n * 4,
      d,
      b0,
      b1,
      tmp + th * tb,
      dyPix,
      dyPanel,
      0,
      units,
    ],
    t,
  );
  for (let i = 0; i < byImages - 1; i++) k.binary_f32_row(0, dw, 1, parts + i * n * 4, 1, dw, n);
}

function dwKernel(c: Call<ConvAttrs>): void {
  const g = c.attrs.g;
  const op = "depthwiseConv2d";
  const rows = g.B * g.OH;
  const grain = grainOf(CONV_SPLIT_MACS, g.OW * g.CO * g.KH * g.KW);
  const t = threadsFor(rows, grain);
  const tmp = imageTmps(op, g, t), tb = imageTmpBytes(g);
  const d = desc(op, g);
  const x = c.pin[0], f = c.pin[1], y = c.pout[0];
  parallelFor("dw_f32", rows, grain, (r0, r1, th) => [x, f, y, d, r0, r1, tmp + th * tb], t);
}

function dwBpiKernel(c: Call<ConvAttrs>): void {
  const g = c.attrs.g;
  const op = "depthwiseConv2dBackpropInput";
  const grain = grainOf(CONV_SPLIT_MACS, g.OH * g.OW * g.CO * g.KH * g.KW);
  const t = threadsFor(g.B, grain);
  const tmp = imageTmps(op, g, t), tb = imageTmpBytes(g);
  const d = desc(op, g);
  const dy = c.pin[1], f = c.pin[0], dx = c.pout[0];
  parallelFor("dw_bpi_f32", g.B, grain, (b0, b1, th) => [dy, f, dx, d, b0, b1, tmp + th * tb], t);
}

function dwBpfKernel(c: Call<ConvAttrs>): void {
  const g = c.attrs.g;
  const op = "depthwiseConv2dBackpropFilter";
  k.fill_32(c.pout[0], 0, c.outs[0].size);
  if (g.OH * g.OW === 0) return;
  const taps = g.KH * g.KW;
  const grain = grainOf(CONV_SPLIT_MACS, g.B * g.OH * g.OW * g.CO);
  const t = threadsFor(taps, grain);
  const tmp = imageTmps(op, g, t), tb = imageTmpBytes(g);
  const d = desc(op, g);
  const x = c.pin[0], dy = c.pin[1], df = c.pout[0];
  parallelFor(
    "dw_bpf_f32",
    taps,
    grain,
    (t0, t1, th) => [x, dy, df, d, 0, g.B, tmp + th * tb, t0, t1],
    t,
  );
}

// ---------------------------------------------------------------- declarations

const conv2dOp = defineOp<ConvAttrs>({
  name: "conv2d",
  wasm: conv2dKernel,
  webgpu: conv2dWgsl,
  // y = x * f is bilinear: dx is the transposed convolution of dy with f,
  // df correlates x with dy.
  grad: ({ dy, ins: [x, f], attrs: a, needs }) => [
    needs[0] ? conv2dBackpropInput(x.shape, f, dy, a.strides, a.padding, a.dilations) : null,
    needs[1] ? conv2dBackpropFilter(x, f.shape, dy, a.strides, a.padding, a.dilations) : null,
  ],
});

const conv2dBpiOp = defineOp<ConvAttrs>({
  name: "conv2dBackpropInput",
  wasm: conv2dBpiKernel,
  webgpu: conv2dBackpropInputWgsl,
  // dx(f, dy) is bilinear, the adjoint of conv2d in x: <g, dx(f, dy)> =
  // <conv2d(g, f), dy>, so d/dy = conv2d(g, f) and d/df = conv2dBackpropFilter(g, ., dy).
  grad: ({ dy: g, ins: [f, dy], attrs: a }) => [
    conv2dBackpropFilter(g, f.shape, dy, a.strides, a.padding, a.dilations),
    conv2d(g, f, a.strides, a.padding, a.dilations),
  ],
});

const conv2dBpfOp = defineOp<ConvAttrs>({
  name: "conv2dBackpropFilter",
  wasm: conv2dBpfKernel,
  webgpu: conv2dBackpropFilterWgsl,
  // <g, df(x, dy)> = <conv2d(x, g), dy>: d/dx = conv2dBackpropInput(., g, dy),
  // d/dy = conv2d(x, g).
  grad: ({ dy: g, ins: [x, dy], attrs: a }) => [
    conv2dBackpropInput(x.shape, g, dy, a.strides, a.padding, a.dilations),
    conv2d(x, g, a.strides, a.padding, a.dilations),
  ],
});

const dwOp = defineOp<ConvAttrs>({
  name: "depthwiseConv2d",
  wasm: dwKernel,
  webgpu: depthwiseConv2dWgsl,
  grad: ({ dy, ins: [x, f], attrs: a, needs }) => [
    needs[0]
      ? depthwiseConv2dBackpropInput(x.shape, f, dy, a.strides, a.padding, a.dilations)
      : null,
    needs[1]
      ? depthwiseConv2dBackpropFilter(x, f.shape, dy, a.strides, a.padding, a.dilations)
      : null,
  ],
});

const dwBpiOp = defineOp<ConvAttrs>({
  name: "depthwiseConv2dBackpropInput",
  wasm: dwBpiKernel,
  webgpu: depthwiseConv2dBackpropInputWgsl,
  // the adjoint pairing of conv2dBackpropInput, depthwise
  grad: ({ dy: g, ins: [f, dy], attrs: a }) => [
    depthwiseConv2dBackpropFilter(g, f.shape, dy, a.strides, a.padding, a.dilations),
    depthwiseConv2d(g, f, a.strides, a.padding, a.dilations),
  ],
});

const dwBpfOp = defineOp<ConvAttrs>({
  name: "depthwiseConv2dBackpropFilter",
  wasm: dwBpfKernel,
  webgpu: depthwiseConv2dBackpropFilterWgsl,
  grad: ({ dy: g, ins: [x, dy], attrs: a }) => [
    depthwiseConv2dBackpropInput(x.shape, g, dy, a.strides, a.padding, a.dilations),
    depthwiseConv2d(x, g, a.strides, a.padding, a.dilations),
  ],
});

// ---------------------------------------------------------------- conv2d

/**
 * 2-D convolution (cross-correlation, as in every deep-learning library) of a
 * batch of NHWC images with HWIO filters:
 * `y[b, i, j, o] = sum over di, dj, c of x[b, i s_h + di d_h - pad_top, j s_w + dj d_w - pad_left, c] f[di, dj, c, o]`,
 * zero outside the image.
 *
 * @param x The images, float32 `[batch, height, width, inChannels]`.
 * @param filters float32 `[filterHeight, filterWidth, inChannels, outChannels]`.
 * @param strides A number, `[h, w]` or `[1, h, w, 1]`.
 * @param padding `"SAME"`, `"VALID"` or `[[top, bottom], [left, right]]`.
 * @param dilations A number, `[h, w]` or `[1, h, w, 1]` (default 1). Unlike
 *   TensorFlow's CPU kernel, dilations and strides above 1 may be combined.
 * @returns `[batch, outHeight, outWidth, outChannels]`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 2, 3, 4, 5, 6, 7, 8, 9]), [1, 3, 3, 1]);
 * const f = tf.reshape(tf.constant([1, 1, 1, 1]), [2, 2, 1, 1]); // 2x2 box sum
 * const y = tf.conv2d(x, f, 1, "VALID");
 * console.log(y.shape, Array.from(y.dataSync())); // [1, 2, 2, 1] [12, 16, 24, 28]
 * ```
 */
export function conv2d(
  x: TensorLike,
  filters: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const { x: tx, filters: tf_, attrs, shape } = _conv2dArgs(
    "conv2d",
    x,
    filters,
    strides,
    padding,
    dilations,
  );
  return run(conv2dOp, [tx, tf_], attrs, shape, "float32");
}

/**
 * @internal conv2d's argument checks and geometry, for ops built on it (the
 * fused conv2d): the converted tensors, the attributes and the output shape.
 */
export function _conv2dArgs(
  op: string,
  x: TensorLike,
  filters: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2,
): { x: Tensor; filters: Tensor; attrs: ConvAttrs; shape: number[] } {
  const tx = image(op, "x", x);
  const tf_ = filterOf(op, "filters", filters, HWIO);
  checkChannels(op, "x", tx.shape, "filters", tf_.shape);
  const attrs = convAttrs(op, tx.shape, tf_.shape, tf_.shape[3], 1, strides, padding, dilations);
  const g = attrs.g;
  return { x: tx, filters: tf_, attrs, shape: [g.B, g.OH, g.OW, g.CO] };
}

const HWIO = "[height, width, inChannels, outChannels] (HWIO)";
const HWCM = "[height, width, inChannels, channelMultiplier]";

function convAttrs(
  op: string,
  xShape: readonly number[],
  fShape: readonly number[],
  co: number,
  m: number,
  strides: Size2,
  padding: Padding,
  dilations: Size2,
): ConvAttrs {
  const s = size2(op, "strides", strides);
  const d = size2(op, "dilations", dilations);
  const p = parsePadding(op, padding);
  const g = geom(op, xShape, fShape[0], fShape[1], co, m, s, d, p);
  return { strides: s, padding: p, dilations: d, g };
}

/**
 * The gradient of conv2d with respect to its input: given `dy`, the gradient
 * of conv2d's output, returns the gradient of an input of shape `inputShape`
 * (TensorFlow's `Conv2DBackpropInput`). It is also the transposed
 * convolution: see {@link conv2dTranspose}.
 *
 * @param inputShape The shape of conv2d's input `[batch, height, width, inChannels]`.
 * @param filters The filters `[fh, fw, inChannels, outChannels]`.
 * @param dy `[batch, outHeight, outWidth, outChannels]`, as conv2d's output.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const f = tf.reshape(tf.constant([1, 2, 3, 4]), [2, 2, 1, 1]);
 * const dy = tf.reshape(tf.constant([1]), [1, 1, 1, 1]);
 * const dx = tf.conv2dBackpropInput([1, 2, 2, 1], f, dy, 1, "VALID");
 * console.log(Array.from(dx.dataSync())); // [1, 2, 3, 4]
 * ```
 */
export function conv2dBackpropInput(
  inputShape: readonly number[],
  filters: TensorLike,
  dy: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const op = "conv2dBackpropInput";
  const xs = checkImageShape(op, "inputShape", inputShape);
  const tf_ = filterOf(op, "filters", filters, HWIO);
  const tdy = image(op, "dy", dy);
  checkChannels(op, "inputShape", xs, "filters", tf_.shape);
  const attrs = convAttrs(op, xs, tf_.shape, tf_.shape[3], 1, strides, padding, dilations);
  const g = attrs.g;
  checkDy(
    op,
    tdy,
    [g.B, g.OH, g.OW, g.CO],
    `conv2d of ${fmtShape(xs)} with filters ${fmtShape(tf_.shape)}`,
  );
  return run(conv2dBpiOp, [tf_, tdy], attrs, xs, "float32");
}

/**
 * Transposed convolution (`tf.nn.conv2d_transpose`): the gradient of conv2d
 * with respect to its input, seen as an op that upsamples `x` into an image of
 * `outputShape`. Same as `conv2dBackpropInput(outputShape, filters, x, ...)`.
 *
 * @param x `[batch, height, width, inChannels]` where inChannels = the filters' last dimension.
 * @param filters `[fh, fw, outChannels, inChannels]` (conv2d's HWIO, seen from the output).
 * @param outputShape `[batch, outHeight, outWidth, outChannels]`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.ones([1, 2, 2, 1]);
 * const f = tf.ones([2, 2, 1, 1]);
 * const y = tf.conv2dTranspose(x, f, [1, 4, 4, 1], 2, "SAME");
 * console.log(y.shape); // [1, 4, 4, 1]
 * ```
 */
export function conv2dTranspose(
  x: TensorLike,
  filters: TensorLike,
  outputShape: readonly number[],
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  return conv2dBackpropInput(outputShape, filters, x, strides, padding, dilations);
}

/**
 * The gradient of conv2d with respect to its filters (TensorFlow's
 * `Conv2DBackpropFilter`): `df[di, dj, c, o] = sum over b, i, j of
 * x[b, i s_h + di d_h - pad_top, j s_w + dj d_w - pad_left, c] dy[b, i, j, o]`.
 *
 * @param x conv2d's input `[batch, height, width, inChannels]`.
 * @param filterShape `[fh, fw, inChannels, outChannels]`.
 * @param dy The gradient of conv2d's output.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 2, 3, 4]), [1, 2, 2, 1]);
 * const dy = tf.ones([1, 1, 1, 1]);
 * const df = tf.conv2dBackpropFilter(x, [2, 2, 1, 1], dy, 1, "VALID");
 * console.log(Array.from(df.dataSync())); // [1, 2, 3, 4]
 * ```
 */
export function conv2dBackpropFilter(
  x: TensorLike,
  filterShape: readonly number[],
  dy: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const op = "conv2dBackpropFilter";
  const tx = image(op, "x", x);
  const fs = checkFilterShape(op, filterShape, HWIO);
  const tdy = image(op, "dy", dy);
  checkChannels(op, "x", tx.shape, "filterShape", fs);
  const attrs = convAttrs(op, tx.shape, fs, fs[3], 1, strides, padding, dilations);
  const g = attrs.g;
  checkDy(
    op,
    tdy,
    [g.B, g.OH, g.OW, g.CO],
    `conv2d of ${fmtShape(tx.shape)} with filters ${fmtShape(fs)}`,
  );
  return run(conv2dBpfOp, [tx, tdy], attrs, fs, "float32");
}

// ---------------------------------------------------------------- depthwise

/**
 * Depthwise 2-D convolution (`tf.nn.depthwise_conv2d`): each input channel c
 * is convolved with its own `channelMultiplier` filters, giving output channel
 * `c * channelMultiplier + m`.
 *
 * @param x `[batch, height, width, inChannels]`.
 * @param filter `[fh, fw, inChannels, channelMultiplier]`.
 * @param strides A number, `[h, w]` or `[1, h, w, 1]`.
 * @param padding `"SAME"`, `"VALID"` or `[[top, bottom], [left, right]]`.
 * @param dilations A number, `[h, w]` or `[1, h, w, 1]` (default 1).
 * @returns `[batch, outHeight, outWidth, inChannels * channelMultiplier]`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 10, 2, 20]), [1, 1, 2, 2]);
 * const f = tf.reshape(tf.constant([1, 1, 3, 3]), [1, 2, 2, 1]);
 * console.log(Array.from(tf.depthwiseConv2d(x, f, 1, "VALID").dataSync())); // [7, 70]
 * ```
 */
export function depthwiseConv2d(
  x: TensorLike,
  filter: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const op = "depthwiseConv2d";
  const tx = image(op, "x", x);
  const tf_ = filterOf(op, "filter", filter, HWCM);
  checkChannels(op, "x", tx.shape, "filter", tf_.shape);
  const m = tf_.shape[3];
  const attrs = convAttrs(op, tx.shape, tf_.shape, tx.shape[3] * m, m, strides, padding, dilations);
  const g = attrs.g;
  return run(dwOp, [tx, tf_], attrs, [g.B, g.OH, g.OW, g.CO], "float32");
}

/**
 * The gradient of depthwiseConv2d with respect to its input (TensorFlow's
 * `DepthwiseConv2dNativeBackpropInput`).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const f = tf.reshape(tf.constant([1, 2]), [1, 1, 1, 2]);
 * const dy = tf.reshape(tf.constant([1, 1]), [1, 1, 1, 2]);
 * const dx = tf.depthwiseConv2dBackpropInput([1, 1, 1, 1], f, dy, 1, "VALID");
 * console.log(Array.from(dx.dataSync())); // [3]
 * ```
 */
export function depthwiseConv2dBackpropInput(
  inputShape: readonly number[],
  filter: TensorLike,
  dy: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const op = "depthwiseConv2dBackpropInput";
  const xs = checkImageShape(op, "inputShape", inputShape);
  const tf_ = filterOf(op, "filter", filter, HWCM);
  const tdy = image(op, "dy", dy);
  checkChannels(op, "inputShape", xs, "filter", tf_.shape);
  const m = tf_.shape[3];
  const attrs = convAttrs(op, xs, tf_.shape, xs[3] * m, m, strides, padding, dilations);
  const g = attrs.g;
  checkDy(
    op,
    tdy,
    [g.B, g.OH, g.OW, g.CO],
    `depthwiseConv2d of ${fmtShape(xs)} with filter ${fmtShape(tf_.shape)}`,
  );
  return run(dwBpiOp, [tf_, tdy], attrs, xs, "float32");
}

/**
 * The gradient of depthwiseConv2d with respect to its filter (TensorFlow's
 * `DepthwiseConv2dNativeBackpropFilter`).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([2, 3]), [1, 1, 1, 2]);
 * const dy = tf.ones([1, 1, 1, 2]);
 * const df = tf.depthwiseConv2dBackpropFilter(x, [1, 1, 2, 1], dy, 1, "VALID");
 * console.log(Array.from(df.dataSync())); // [2, 3]
 * ```
 */
export function depthwiseConv2dBackpropFilter(
  x: TensorLike,
  filterShape: readonly number[],
  dy: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const op = "depthwiseConv2dBackpropFilter";
  const tx = image(op, "x", x);
  const fs = checkFilterShape(op, filterShape, HWCM);
  const tdy = image(op, "dy", dy);
  checkChannels(op, "x", tx.shape, "filterShape", fs);
  const m = fs[3];
  const attrs = convAttrs(op, tx.shape, fs, tx.shape[3] * m, m, strides, padding, dilations);
  const g = attrs.g;
  checkDy(
    op,
    tdy,
    [g.B, g.OH, g.OW, g.CO],
    `depthwiseConv2d of ${fmtShape(tx.shape)} with filter ${fmtShape(fs)}`,
  );
  return run(dwBpfOp, [tx, tdy], attrs, fs, "float32");
}
