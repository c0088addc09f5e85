/**
 * Pooling (TensorFlow's `tf.nn` semantics, NHWC images): maxPool and avgPool,
 * and their gradients as ops of their own (maxPoolGrad, maxPoolGradGrad,
 * avgPoolGrad), so that every gradient here is written with other ops and can
 * itself be differentiated. Windows, strides and padding follow conv.ts's
 * rules (tape/ops/_conv_geom.ts).
 *
 * Kernels: asm/src/conv.ts (max_pool_f32, avg_pool_f32 and their gradients);
 * gpu/kernels/conv.ts (WGSL gathers).
 *
 * @module
 */

import { fmtShape } from "../_shape.ts";
import { type Call, defineOp, run } from "../op.ts";
import type { TensorLike } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { k } from "../../asm/backend.ts";

import {
  avgPoolGradWgsl,
  avgPoolWgsl,
  maxPoolGradGradWgsl,
  maxPoolGradWgsl,
  maxPoolWgsl,
} from "../../gpu/kernels/conv.ts";
import { parallelFor } from "../../asm/threads.ts";
import {
  checkDy,
  checkImageShape,
  desc,
  fmtPad,
  geom,
  grainOf,
  image,
  type Padding,
  parsePadding,
  POOL_SPLIT_ELEMS,
  type PoolAttrs,
  type Size2,
  size2,
} from "./_conv_geom.ts";

// ---------------------------------------------------------------- pooling

function poolAttrs(
  op: string,
  xShape: readonly number[],
  ksize: Size2,
  strides: Size2,
  padding: Padding,
): PoolAttrs {
  const kk = size2(op, "ksize", ksize);
  const s = size2(op, "strides", strides);
  const p = parsePadding(op, padding);
  if (
    typeof p !== "string" &&
    (p[0][0] >= kk[0] || p[0][1] >= kk[0] || p[1][0] >= kk[1] || p[1][1] >= kk[1])
  ) {
    throw new RangeError(
      `${op}: explicit padding ${fmtPad(p)} must be smaller than the window ` +
        `[${kk.join(", ")}] in each dimension, or some windows would hold only padding; ` +
        `use smaller pads`,
    );
  }
  const g = geom(op, xShape, kk[0], kk[1], xShape[3], 1, s, [1, 1], p);
  return { ksize: kk, strides: s, padding: p, g };
}

function poolKernel(fn: "max_pool_f32" | "avg_pool_f32", op: string) {
  return (c: Call<PoolAttrs>) => {
    const g = c.attrs.g;
    const d = desc(op, g), x = c.pin[0], y = c.pout[0];
    const grain = grainOf(POOL_SPLIT_ELEMS, g.OW * g.C * g.KH * g.KW);
    parallelFor(fn, g.B * g.OH, grain, (r0, r1) => [x, y, d, r0, r1]);
  };
}

const maxPoolOp = defineOp<PoolAttrs>({
  name: "maxPool",
  wasm: poolKernel("max_pool_f32", "maxPool"),
  webgpu: maxPoolWgsl,
  // each output's gradient goes to the input where its max was taken
  grad: (
    { dy, ins: [x], out, attrs: a },
  ) => [maxPoolGrad(x, out, dy, a.ksize, a.strides, a.padding)],
});

const avgPoolOp = defineOp<PoolAttrs>({
  name: "avgPool",
  wasm: poolKernel("avg_pool_f32", "avgPool"),
  webgpu: avgPoolWgsl,
  // each output's gradient is shared equally by its window's valid inputs
  grad: ({ dy, ins: [x], attrs: a }) => [avgPoolGrad(x.shape, dy, a.ksize, a.strides, a.padding)],
});

const maxPoolGradOp = defineOp<PoolAttrs>({
  name: "maxPoolGrad",
  webgpu: maxPoolGradWgsl,
  wasm: (c) => {
    const g = c.attrs.g;
    k.fill_32(c.pout[0], 0, c.outs[0].size);
    const d = desc("maxPoolGrad", g), [x, y, dy] = c.pin, dx = c.pout[0];
    const grain = grainOf(POOL_SPLIT_ELEMS, g.OH * g.OW * g.C * g.KH * g.KW);
    parallelFor("max_pool_grad_f32", g.B, grain, (b0, b1) => [x, y, dy, dx, d, b0, b1]);
  },
  // linear in dy (gathered back by maxPoolGradGrad); piecewise constant in x
  // and y, whose gradient is zero almost everywhere (TensorFlow's rule too)
  grad: ({ dy: g, ins: [x, y], attrs: a }) => [
    null,
    null,
    maxPoolGradGrad(x, y, g, a.ksize, a.strides, a.padding),
  ],
});

const maxPoolGradGradOp = defineOp<PoolAttrs>({
  name: "maxPoolGradGrad",
  webgpu: maxPoolGradGradWgsl,
  wasm: (c) => {
    const g = c.attrs.g;
    const d = desc("maxPoolGradGrad", g), [x, y, ddx] = c.pin, ddy = c.pout[0];
    const grain = grainOf(POOL_SPLIT_ELEMS, g.OW * g.C * g.KH * g.KW);
    parallelFor(
      "max_pool_grad_grad_f32",
      g.B * g.OH,
      grain,
      (r0, r1) => [x, y, ddx, ddy, d, r0, r1],
    );
  },
  // the gather is the adjoint of maxPoolGrad's scatter
  grad: ({ dy: g, ins: [x, y], attrs: a }) => [
    null,
    null,
    maxPoolGrad(x, y, g, a.ksize, a.strides, a.padding),
  ],
});

const avgPoolGradOp = defineOp<PoolAttrs>({
  name: "avgPoolGrad",
  webgpu: avgPoolGradWgsl,
  wasm: (c) => {
    const g = c.attrs.g;
    k.fill_32(c.pout[0], 0, c.outs[0].size);
    const d = desc("avgPoolGrad", g), dy = c.pin[0], dx = c.pout[0];
    const grain = grainOf(POOL_SPLIT_ELEMS, g.OH * g.OW * g.C * g.KH * g.KW);
    parallelFor("avg_pool_grad_f32", g.B, grain, (b0, b1) => [dy, dx, d, b0, b1]);
  },
  // avgPoolGrad is the adjoint of the linear avgPool, so its own adjoint is avgPool
  grad: ({ dy: g, attrs: a }) => [avgPool(g, a.ksize, a.strides, a.padding)],
});

/**
 * Max pooling (`tf.nn.max_pool2d`): the maximum over each window. Padding
 * never wins (it acts as -Infinity); NaN in a window gives NaN.
 *
 * @param x `[batch, height, width, channels]`.
 * @param ksize The window: a number, `[h, w]` or `[1, h, w, 1]`.
 * @param strides A number, `[h, w]` or `[1, h, w, 1]`.
 * @param padding `"SAME"`, `"VALID"` or explicit pads smaller than the window.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 5, 3, 2]), [1, 2, 2, 1]);
 * console.log(Array.from(tf.maxPool(x, 2, 2, "VALID").dataSync())); // [5]
 * ```
 */
export function maxPool(x: TensorLike, ksize: Size2, strides: Size2, padding: Padding): Tensor {
  const op = "maxPool";
  const tx = image(op, "x", x);
  const attrs = poolAttrs(op, tx.shape, ksize, strides, padding);
  const g = attrs.g;
  return run(maxPoolOp, [tx], attrs, [g.B, g.OH, g.OW, g.C], "float32");
}

/**
 * Average pooling (`tf.nn.avg_pool2d`): the mean over each window's elements
 * inside the image (with "SAME" padding the border windows average fewer
 * elements, as in TensorFlow).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 2, 3, 4]), [1, 2, 2, 1]);
 * console.log(Array.from(tf.avgPool(x, 2, 1, "SAME").dataSync())); // [2.5, 3, 3.5, 4]
 * ```
 */
export function avgPool(x: TensorLike, ksize: Size2, strides: Size2, padding: Padding): Tensor {
  const op = "avgPool";
  const tx = image(op, "x", x);
  const attrs = poolAttrs(op, tx.shape, ksize, strides, padding);
  const g = attrs.g;
  return run(avgPoolOp, [tx], attrs, [g.B, g.OH, g.OW, g.C], "float32");
}

function poolTriple(
  op: string,
  x: TensorLike,
  y: TensorLike,
  d: TensorLike,
  dName: string,
  ksize: Size2,
  strides: Size2,
  padding: Padding,
): { tx: Tensor; ty: Tensor; td: Tensor; attrs: PoolAttrs } {
  const tx = image(op, "x", x);
  const ty = image(op, "y", y);
  const td = image(op, dName, d);
  const attrs = poolAttrs(op, tx.shape, ksize, strides, padding);
  const g = attrs.g;
  const ys = [g.B, g.OH, g.OW, g.C];
  checkDy(op, ty, ys, `maxPool of ${fmtShape(tx.shape)}`, "y", "pass maxPool's output");
  return { tx, ty, td, attrs };
}

/**
 * The gradient of maxPool (TensorFlow's `MaxPoolGrad`): each `dy` element goes
 * to the first element of its window (in row-major order) equal to the pooled
 * maximum; the rest get 0.
 *
 * @param x maxPool's input.
 * @param y maxPool's output (`maxPool(x, ...)`).
 * @param dy The gradient of maxPool's output, shaped like y.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 5, 3, 2]), [1, 2, 2, 1]);
 * const y = tf.maxPool(x, 2, 2, "VALID");
 * const dx = tf.maxPoolGrad(x, y, tf.ones([1, 1, 1, 1]), 2, 2, "VALID");
 * console.log(Array.from(dx.dataSync())); // [0, 1, 0, 0]
 * ```
 */
export function maxPoolGrad(
  x: TensorLike,
  y: TensorLike,
  dy: TensorLike,
  ksize: Size2,
  strides: Size2,
  padding: Padding,
): Tensor {
  const op = "maxPoolGrad";
  const { tx, ty, td, attrs } = poolTriple(op, x, y, dy, "dy", ksize, strides, padding);
  checkDy(op, td, ty.shape, `maxPool of ${fmtShape(tx.shape)}`);
  return run(maxPoolGradOp, [tx, ty, td], attrs, tx.shape, "float32");
}

/**
 * The gradient of maxPoolGrad with respect to its `dy` (TensorFlow's
 * `MaxPoolGradGrad`): gathers `ddx` (shaped like x) at each window's max,
 * giving a tensor shaped like y.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 5, 3, 2]), [1, 2, 2, 1]);
 * const y = tf.maxPool(x, 2, 2, "VALID");
 * const ddx = tf.reshape(tf.constant([10, 20, 30, 40]), [1, 2, 2, 1]);
 * console.log(Array.from(tf.maxPoolGradGrad(x, y, ddx, 2, 2, "VALID").dataSync())); // [20]
 * ```
 */
export function maxPoolGradGrad(
  x: TensorLike,
  y: TensorLike,
  ddx: TensorLike,
  ksize: Size2,
  strides: Size2,
  padding: Padding,
): Tensor {
  const op = "maxPoolGradGrad";
  const { tx, ty, td, attrs } = poolTriple(op, x, y, ddx, "ddx", ksize, strides, padding);
  if (td.shape.some((d, i) => d !== tx.shape[i])) {
    throw new RangeError(
      `${op}: ddx has shape ${fmtShape(td.shape)} but x has shape ${fmtShape(tx.shape)}; ` +
        `ddx must be shaped like maxPool's input`,
    );
  }
  return run(maxPoolGradGradOp, [tx, ty, td], attrs, ty.shape, "float32");
}

/**
 * The gradient of avgPool (TensorFlow's `AvgPoolGrad`): each `dy` element is
 * shared equally by its window's elements inside the image.
 *
 * @param inputShape avgPool's input shape.
 * @param dy The gradient of avgPool's output.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const dx = tf.avgPoolGrad([1, 2, 2, 1], tf.ones([1, 1, 1, 1]), 2, 2, "VALID");
 * console.log(Array.from(dx.dataSync())); // [0.25, 0.25, 0.25, 0.25]
 * ```
 */
export function avgPoolGrad(
  inputShape: readonly number[],
  dy: TensorLike,
  ksize: Size2,
  strides: Size2,
  padding: Padding,
): Tensor {
  const op = "avgPoolGrad";
  const xs = checkImageShape(op, "inputShape", inputShape);
  const tdy = image(op, "dy", dy);
  const attrs = poolAttrs(op, xs, ksize, strides, padding);
  const g = attrs.g;
  checkDy(op, tdy, [g.B, g.OH, g.OW, g.C], `avgPool of ${fmtShape(xs)}`);
  return run(avgPoolGradOp, [tdy], attrs, xs, "float32");
}
