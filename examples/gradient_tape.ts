/**
 * The tutorial's first program: the derivative of y(x) = x² at x = 3, with
 * `tf.GradientTape` recording the computation.
 *
 * ```python
 * x = tf.Variable(initial_value=3.)
 * with tf.GradientTape() as tape:
 *     y = tf.square(x)
 * y_grad = tape.gradient(y, x)
 * print([y, y_grad])
 * ```
 *
 * Run: `deno run examples/gradient_tape.ts` (prints y = 9 and dy/dx = 6).
 *
 * @module
 */
import * as tf from "../mod.ts";

/** Computes y = x² at x = 3 and its derivative 2x = 6. */
export function main(): { y: tf.Tensor; yGrad: tf.Tensor } {
  const x = new tf.Variable(3.0);
  const tape = new tf.GradientTape(); // records from here...
  const y = tape.record(() => tf.square(x)); // ...to the end of this block, like `with`
  const yGrad = tape.gradient(y, x)!; // dy/dx
  return { y, yGrad };
}

if (import.meta.main) {
  const { y, yGrad } = main();
  console.log([y, yGrad]);
}
