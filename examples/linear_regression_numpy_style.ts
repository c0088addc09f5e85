/**
 * The tutorial's first linear regression: y = a·x + b fitted to five house
 * prices by gradient descent with a hand-written gradient, NumPy style:
 * tapeflow tensors used like NumPy arrays, no tape, no optimizer.
 *
 * ```python
 * a, b = 0, 0
 * num_epoch = 10000
 * learning_rate = 1e-3
 * for e in range(num_epoch):
 *     y_pred = a * X + b
 *     grad_a, grad_b = (y_pred - y).dot(X), (y_pred - y).sum()
 *     a, b = a - learning_rate * grad_a, b - learning_rate * grad_b
 * print(a, b)
 * ```
 *
 * Run: `deno run examples/linear_regression_numpy_style.ts` (prints a = 0.97637, b = 0.057565 as
 * tensors).
 *
 * @module
 */
import * as tf from "../mod.ts";

/** The tutorial's data: years and prices, min-max normalised to [0, 1]. */
export function data(): { X: tf.Tensor; y: tf.Tensor } {
  const X_raw = tf.constant([2013, 2014, 2015, 2016, 2017]);
  const y_raw = tf.constant([12000, 14000, 15000, 16500, 17500]);
  // X = (X_raw - X_raw.min()) / (X_raw.max() - X_raw.min()); the min and max
  // are read out as numbers (tf.reduceMin / tf.reduceMax do it as tensors).
  const scale = (t: tf.Tensor) => {
    const v = Array.from(t.dataSync());
    const lo = Math.min(...v), hi = Math.max(...v);
    return tf.divide(tf.subtract(t, lo), hi - lo);
  };
  return { X: scale(X_raw), y: scale(y_raw) };
}

/** Runs the tutorial's loop; returns a and b as tensors. */
export function train(numEpoch = 10000): { a: tf.Tensor; b: tf.Tensor } {
  const { X, y } = data();
  let a = tf.constant(0), b = tf.constant(0);
  const learningRate = 1e-3;
  for (let e = 0; e < numEpoch; e++) {
    // The gradient of L = ½ Σ (a x + b - y)², derived by hand.
    const yPred = tf.add(tf.multiply(a, X), b);
    const d = tf.subtract(yPred, y);
    const gradA = tf.reduceSum(tf.multiply(d, X)); // (y_pred - y).dot(X)
    const gradB = tf.reduceSum(d); // (y_pred - y).sum()
    // Update the parameters.
    [a, b] = [
      tf.subtract(a, tf.multiply(learningRate, gradA)),
      tf.subtract(b, tf.multiply(learningRate, gradB)),
    ];
  }
  return { a, b };
}

if (import.meta.main) {
  const { a, b } = train();
  console.log(a, b); // print(a, b)
}
