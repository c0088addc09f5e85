/**
 * The tutorial's second program: the partial derivatives of
 * L(w, b) = ½ ‖Xw + b − y‖² at w = (1, 2)ᵀ, b = 1.
 *
 * ```python
 * X = tf.constant([[1., 2.], [3., 4.]])
 * y = tf.constant([[1.], [2.]])
 * w = tf.Variable(initial_value=[[1.], [2.]])
 * b = tf.Variable(initial_value=1.)
 * with tf.GradientTape() as tape:
 *     L = 0.5 * tf.reduce_sum(tf.square(tf.matmul(X, w) + b - y))
 * w_grad, b_grad = tape.gradient(L, [w, b])
 * print([L.numpy(), w_grad.numpy(), b_grad.numpy()])
 * ```
 *
 * Run: `deno run examples/partial_derivatives.ts`
 * (prints L = 62.5, ∂L/∂w = [[35], [50]], ∂L/∂b = 15).
 *
 * @module
 */
import * as tf from "../mod.ts";

/** L(w, b) and its partial derivatives at the tutorial's point. */
export function main(): { L: tf.Tensor; wGrad: tf.Tensor; bGrad: tf.Tensor } {
  const X = tf.constant([[1, 2], [3, 4]]);
  const y = tf.constant([[1], [2]]);
  const w = new tf.Variable([[1], [2]]);
  const b = new tf.Variable(1);
  // `using` is the other form of Python's `with`: the tape records from here
  // until its gradient is taken, and is released at the end of the scope.
  using tape = new tf.GradientTape();
  const L = tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(tf.add(tf.matmul(X, w), b), y))));
  const [wGrad, bGrad] = tape.gradient(L, [w, b]); // ∂L/∂w, ∂L/∂b
  return { L, wGrad: wGrad!, bGrad: bGrad! };
}

if (import.meta.main) {
  const { L, wGrad, bGrad } = main();
  console.log([L.arraySync(), wGrad.arraySync(), bGrad.arraySync()]);
}
