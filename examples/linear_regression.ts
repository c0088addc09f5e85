/**
 * The tutorial's TensorFlow linear regression: y = a·x + b fitted to five
 * house prices with `tf.GradientTape` computing the gradient and
 * `tf.keras.optimizers.SGD(learning_rate=1e-3)` applying it.
 *
 * ```python
 * a = tf.Variable(initial_value=0.)
 * b = tf.Variable(initial_value=0.)
 * variables = [a, b]
 * optimizer = tf.keras.optimizers.SGD(learning_rate=1e-3)
 * for e in range(num_epoch):
 *     with tf.GradientTape() as tape:
 *         y_pred = a * X + b
 *         loss = 0.5 * tf.reduce_sum(tf.square(y_pred - y))
 *     grads = tape.gradient(loss, variables)
 *     optimizer.apply_gradients(grads_and_vars=zip(grads, variables))
 * print(a, b)
 * ```
 *
 * Run: `deno task demo` or `deno run examples/linear_regression.ts`
 * (prints a = 0.97637, b = 0.057565).
 *
 * @module
 */
import * as tf from "../mod.ts";
import { data } from "./linear_regression_numpy_style.ts";

/** Trains a and b with `optimizer` for `numEpoch` epochs (the tutorial: SGD(1e-3), 10,000). */
export function train(
  optimizer: tf.keras.optimizers.Optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 }),
  numEpoch = 10000,
): { a: tf.Variable; b: tf.Variable } {
  const { X, y } = data();
  const a = new tf.Variable(0.0);
  const b = new tf.Variable(0.0);
  const variables = [a, b];
  for (let e = 0; e < numEpoch; e++) {
    // Record the loss's computation on a gradient tape.
    const tape = new tf.GradientTape();
    const loss = tape.record(() => {
      const yPred = tf.add(tf.multiply(a, X), b);
      return tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(yPred, y))));
    });
    // The gradient of the loss with respect to each variable.
    const grads = tape.gradient(loss, variables);
    // Let the optimizer update the variables.
    optimizer.applyGradients(tf.zip(grads, variables));
  }
  return { a, b };
}

if (import.meta.main) {
  const { a, b } = train();
  console.log(a, b); // print(a, b)
}
