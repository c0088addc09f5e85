/**
 * `tf.hessian`: second derivatives of a scalar function, by a tape nested in
 * a tape (TensorFlow has no such helper; its guide builds it the same way).
 *
 * @module
 */

import type { Tensor } from "./tensor.ts";
import { GradientTape } from "./gradient_tape.ts";
import { type TensorLike, toTensor } from "./convert.ts";
import { fmtShape } from "./_shape.ts";
import { zeros, zerosLike } from "./ops/creation.ts";

/**
 * The Hessian of a scalar function `f` at `x`: a tensor of shape
 * `[...x.shape, ...x.shape]` whose element `[i..., j...]` is
 * d²f / dx[i...] dx[j...]. The inner tape's gradient of f is recorded by an
 * outer tape, whose Jacobian of that gradient is the Hessian (one backward
 * pass through the gradient per element of x). Zeros where f does not depend
 * on x.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * // f(x) = x0² x1 + x1³: H = [[2 x1, 2 x0], [2 x0, 6 x1]]
 * const f = (x: tf.Tensor) => {
 *   const [x0, x1] = tf.unstack(x);
 *   return tf.add(tf.multiply(tf.square(x0), x1), tf.pow(x1, 3));
 * };
 * console.log(tf.hessian(f, [1, 2]).arraySync()); // [[4, 2], [2, 12]]
 * ```
 */
export function hessian(f: (x: Tensor) => Tensor, x: TensorLike): Tensor {
  const op = "hessian";
  if (typeof f !== "function") {
    throw new TypeError(`${op}: f must be a function of a tensor, got ${typeof f}`);
  }
  const xt = toTensor(op, x, "float32");
  if (xt.dtype !== "float32") {
    throw new TypeError(`${op}: x must be float32, got ${xt.dtype}; tf.cast it first`);
  }
  const outer = new GradientTape();
  outer.watch(xt);
  const g = outer.record(() => {
    const inner = new GradientTape();
    inner.watch(xt);
    const y = inner.record(() => f(xt));
    if (y === null || typeof y !== "object" || y.size !== 1) {
      inner.dispose();
      throw new RangeError(
        `${op}: f must return a scalar (one element), got ${
          y === null || typeof y !== "object" ? String(y) : fmtShape(y.shape)
        }; reduce it (tf.reduceSum) first`,
      );
    }
    return inner.gradient(y, xt) ?? zerosLike(xt);
  });
  return outer.jacobian(g, xt) ?? zeros([...xt.shape, ...xt.shape]);
}
