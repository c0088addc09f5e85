/**
 * Fused ops (`tf.fused`, as TensorFlow.js names them): a matmul or a conv2d
 * followed by a bias add and an activation, in one kernel call. The bias and
 * activation are applied to each block of the output while it is still in
 * cache (asm/src/fused.ts `bias_act_f32`, called by the matmul and conv2d
 * kernels), so the output is written once instead of three times. The result
 * is bit-identical to the unfused composition (`matmul`, `add`, the
 * activation), and so are the gradients' inputs.
 *
 * Gradients are written with other ops: the activation's gradient is one
 * fused kernel (`activationGrad`: TensorFlow's ReluGrad, SigmoidGrad, ...
 * from the saved output), then the matmul's (or conv2d's) own gradients; the
 * bias gets the activation's gradient, summed over the batch by the tape.
 *
 * Activations: `"linear"` (default), `"relu"`, `"relu6"`, `"leakyrelu"`
 * (slope `leakyreluAlpha`, default 0.2), `"elu"`, `"sigmoid"`, `"tanh"`.
 * tfjs's `"prelu"` (learned slopes) is not fused: compose it.
 *
 * @module
 */

import { fmtShape } from "../_shape.ts";
import { type Call, defineOp, run } from "../op.ts";
import { fusedConv2dWgsl, fusedMatmulWgsl } from "../../gpu/kernels/fused.ts";
import { type TensorLike, toTensor, toTensorPair } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { ACT, type Activation, activationGradCode } from "./_activation.ts";
import { _matmulGrads, _matmulInto, _matmulShape, matmul } from "./linalg.ts";
import {
  _conv2dArgs,
  _conv2dInto,
  conv2dBackpropFilter,
  conv2dBackpropInput,
  type ConvAttrs,
  type Padding,
  type Size2,
} from "./conv.ts";
import { add } from "./arithmetic.ts";
import { elu, leakyRelu, relu, relu6, sigmoid, tanh } from "./unary.ts";

export type { Activation } from "./_activation.ts";

function actCode(op: string, activation: unknown): number {
  const a = activation ?? "linear";
  const code = typeof a === "string" ? ACT[a as Activation] : undefined;
  if (code === undefined) {
    const why = a === "prelu"
      ? `"prelu" is not fused: compose tf.matmul / tf.conv2d, tf.add and your prelu`
      : `use one of ${Object.keys(ACT).map((x) => `"${x}"`).join(", ")}`;
    throw new RangeError(`${op}: unknown activation ${JSON.stringify(a)}; ${why}`);
  }
  return code;
}

function alphaOf(op: string, code: number, alpha: unknown): number {
  const a = alpha ?? 0.2;
  if (typeof a !== "number" || !Number.isFinite(a)) {
    throw new TypeError(`${op}: leakyreluAlpha must be a finite number, got ${String(alpha)}`);
  }
  return code === ACT.leakyrelu ? a : 0;
}

/** The unfused activation (for compositions and fallbacks). */
function applyActivation(x: Tensor, code: number, alpha: number): Tensor {
  switch (code) {
    case ACT.relu:
      return relu(x);
    case ACT.relu6:
      return relu6(x);
    case ACT.leakyrelu:
      return leakyRelu(x, alpha);
    case ACT.elu:
      return elu(x);
    case ACT.sigmoid:
      return sigmoid(x);
    case ACT.tanh:
      return tanh(x);
    default:
      return x;
  }
}

/**
 * The gradient through an activation from its output, in one kernel
 * (TensorFlow's ReluGrad, Relu6Grad, LeakyReluGrad, EluGrad, SigmoidGrad,
 * TanhGrad): given `y = activation(x)` and `dy`, the gradient of `y`, returns
 * the gradient of `x`. For `"leakyrelu"` the slope must be >= 0 (then y > 0
 * exactly where x > 0).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const y = tf.relu([-1, 2, 3]);
 * console.log(tf.fused.activationGrad([5, 6, 7], y, "relu").arraySync()); // [0, 6, 7]
 * ```
 */
export function activationGrad(
  dy: TensorLike,
  y: TensorLike,
  activation: Activation,
  leakyreluAlpha = 0.2,
): Tensor {
  const op = "activationGrad";
  const code = actCode(op, activation);
  const alpha = alphaOf(op, code, leakyreluAlpha);
  if (code === ACT.leakyrelu && alpha < 0) {
    throw new RangeError(`${op}: leakyreluAlpha ${alpha} < 0: y > 0 no longer tells x > 0`);
  }
  const [tdy, ty] = toTensorPair(op, dy, y);
  if (tdy.dtype !== "float32" || ty.dtype !== "float32") {
    throw new TypeError(
      `${op}: dy and y must be float32, got ${tdy.dtype} and ${ty.dtype}; tf.cast them first`,
    );
  }
  if (tdy.shape.join() !== ty.shape.join()) {
    throw new RangeError(
      `${op}: dy ${fmtShape(tdy.shape)} and y ${fmtShape(ty.shape)} must have the same shape`,
    );
  }
  return activationGradCode(tdy, ty, code, alpha);
}

// ---------------------------------------------------------------- matMul

interface FusedMatmulAttrs {
  transposeA: boolean;
  transposeB: boolean;
  act: number;
  alpha: number;
  bias: boolean;
}

const fusedMatmulOp = defineOp<FusedMatmulAttrs>({
  name: "fusedMatMul",
  webgpu: fusedMatmulWgsl,
  wasm: (c) =>
    _matmulInto(c, { bias: c.attrs.bias ? c.pin[2] : 0, act: c.attrs.act, alpha: c.attrs.alpha }),
  // y = act(z), z = op(a) op(b) + bias: dz = activationGrad(dy, y), then
  // matmul's gradients of dz; the bias gets dz (the tape sums it over rows).
  grad: ({ dy, ins, out, attrs: at, needs }) => {
    const dz = activationGradCode(dy, out, at.act, at.alpha);
    const [da, db] = _matmulGrads(
      dz,
      ins[0],
      ins[1],
      at.transposeA,
      at.transposeB,
      needs[0],
      needs[1],
    );
    return at.bias ? [da, db, dz] : [da, db];
  },
});

/** Arguments of {@link matMul} (TensorFlow.js's `tf.fused.matMul`). */
export interface FusedMatMulArgs {
  /** The left factor `[..., M, K]` (`[..., K, M]` with transposeA). */
  a: TensorLike;
  /** The right factor `[..., K, N]` (`[..., N, K]` with transposeB). */
  b: TensorLike;
  /** Use `a`'s transpose (last two dims). */
  transposeA?: boolean;
  /** Use `b`'s transpose (last two dims). */
  transposeB?: boolean;
  /** Added to each row of the product: shape `[N]` (or anything broadcasting to the output). */
  bias?: TensorLike;
  /** Applied after the bias (default `"linear"`: none). */
  activation?: Activation;
  /** The slope of `"leakyrelu"` for x < 0 (default 0.2). */
  leakyreluAlpha?: number;
}

/**
 * `activation(matmul(a, b, transposeA, transposeB) + bias)` in one kernel
 * call (TensorFlow.js's `tf.fused.matMul`; a Dense layer's forward pass).
 * The bias and activation are applied to each block of rows of the product
 * while it is in cache. Bit-identical to the unfused ops. A bias that is not
 * a vector of the output's last dimension is added unfused.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const y = tf.fused.matMul({
 *   a: [[1, 2], [3, 4]],
 *   b: [[1, -1], [1, -1]],
 *   bias: [0.5, 0.5],
 *   activation: "relu",
 * });
 * console.log(y.arraySync()); // [[3.5, 0], [7.5, 0]]
 * ```
 */
export function matMul(args: FusedMatMulArgs): Tensor {
  const op = "fused.matMul";
  if (args === null || typeof args !== "object") {
    throw new TypeError(`${op}: expected an object { a, b, bias?, activation?, ... }`);
  }
  const code = actCode(op, args.activation);
  const alpha = alphaOf(op, code, args.leakyreluAlpha);
  const tA = !!args.transposeA, tB = !!args.transposeB;
  // The product's checks and shape are matmul's: run it unfused when the
  // kernel cannot take the rest (int32, a bias that is not a row vector).
  const [ta, tb] = toTensorPair(op, args.a, args.b);
  const bias = args.bias === undefined ? null : toTensor(op, args.bias);
  const N = ta.rank >= 2 && tb.rank >= 2
    ? (tB ? tb.shape[tb.rank - 2] : tb.shape[tb.rank - 1])
    : -1;
  const rowBias = bias === null ||
    (bias.dtype === "float32" && bias.size === N && bias.shape[bias.rank - 1] === N &&
      bias.rank <= Math.max(ta.rank, tb.rank));
  if (ta.dtype !== "float32" || tb.dtype !== "float32" || !rowBias || N < 0) {
    let y = matmul(ta, tb, tA, tB);
    if (bias !== null) y = add(y, bias);
    return applyActivation(y, code, alpha);
  }
  // Shape, dtype and argument errors exactly as matmul reports them.
  const shape = _matmulShape(ta, tb, tA, tB);
  const attrs: FusedMatmulAttrs = {
    transposeA: tA,
    transposeB: tB,
    act: code,
    alpha,
    bias: !!bias,
  };
  const ins = bias === null ? [ta, tb] : [ta, tb, bias];
  const y = run(fusedMatmulOp, ins, attrs, shape, "float32");
  return y;
}

// ---------------------------------------------------------------- conv2d

interface FusedConvAttrs extends ConvAttrs {
  act: number;
  alpha: number;
  bias: boolean;
}

const fusedConv2dOp = defineOp<FusedConvAttrs>({
  name: "fusedConv2d",
  webgpu: fusedConv2dWgsl,
  wasm: (c: Call<FusedConvAttrs>) =>
    _conv2dInto(c, c.attrs.bias ? c.pin[2] : 0, c.attrs.act, c.attrs.alpha),
  // as fused.matMul: dz = activationGrad(dy, y), then conv2d's gradients of dz
  grad: ({ dy, ins, out, attrs: a, needs }) => {
    const dz = activationGradCode(dy, out, a.act, a.alpha);
    const [x, f] = ins;
    const dx = needs[0]
      ? conv2dBackpropInput(x.shape, f, dz, a.strides, a.padding, a.dilations)
      : null;
    const df = needs[1]
      ? conv2dBackpropFilter(x, f.shape, dz, a.strides, a.padding, a.dilations)
      : null;
    return a.bias ? [dx, df, dz] : [dx, df];
  },
});

/** Arguments of {@link conv2d} (TensorFlow.js's `tf.fused.conv2d`). */
export interface FusedConv2dArgs {
  /** NHWC images `[batch, height, width, inChannels]`. */
  x: TensorLike;
  /** HWIO filters `[fh, fw, inChannels, outChannels]`. */
  filter: TensorLike;
  /** Strides along height and width (a number for both). */
  strides: Size2;
  /** `"SAME"`, `"VALID"` or explicit padding, as {@link conv2d}. */
  pad: Padding;
  /** Only `"NHWC"` (the default). */
  dataFormat?: "NHWC";
  /** Dilation rates along height and width (default 1). */
  dilations?: Size2;
  /** `[outChannels]`, added to every output pixel. */
  bias?: TensorLike;
  /** Applied after the bias (default `"linear"`: none). */
  activation?: Activation;
  /** The slope of `"leakyrelu"` for x < 0 (default 0.2). */
  leakyreluAlpha?: number;
}

/**
 * `activation(conv2d(x, filter) + bias)` in one kernel call (TensorFlow.js's
 * `tf.fused.conv2d`; a Conv2D layer's forward pass): each output row gets
 * its bias and activation while in cache. Bit-identical to the unfused ops.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 2, 3, 4]), [1, 2, 2, 1]);
 * const f = tf.reshape(tf.constant([1, -1]), [1, 1, 1, 2]);
 * const y = tf.fused.conv2d({ x, filter: f, strides: 1, pad: "VALID", bias: [0, 2.5], activation: "relu" });
 * console.log(Array.from(y.dataSync())); // [1, 1.5, 2, 0.5, 3, 0, 4, 0]
 * ```
 */
export function conv2d(args: FusedConv2dArgs): Tensor {
  const op = "fused.conv2d";
  if (args === null || typeof args !== "object") {
    throw new TypeError(`${op}: expected an object { x, filter, strides, pad, bias?, ... }`);
  }
  if (args.dataFormat !== undefined && args.dataFormat !== "NHWC") {
    throw new RangeError(`${op}: dataFormat ${args.dataFormat} is not supported; use "NHWC"`);
  }
  const code = actCode(op, args.activation);
  const alpha = alphaOf(op, code, args.leakyreluAlpha);
  const { x, filters, attrs, shape } = _conv2dArgs(
    op,
    args.x,
    args.filter,
    args.strides,
    args.pad,
    args.dilations ?? 1,
  );
  const bias = args.bias === undefined ? null : toTensor(op, args.bias);
  const CO = shape[3];
  if (
    bias !== null && !(bias.dtype === "float32" && bias.size === CO && bias.shape.at(-1) === CO)
  ) {
    throw new RangeError(
      `${op}: bias ${bias.dtype} ${fmtShape(bias.shape)} must be a float32 vector of the ` +
        `${CO} output channels`,
    );
  }
  const fa: FusedConvAttrs = { ...attrs, act: code, alpha, bias: bias !== null };
  return run(
    fusedConv2dOp,
    bias === null ? [x, filters] : [x, filters, bias],
    fa,
    shape,
    "float32",
  );
}
