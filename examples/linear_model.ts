/**
 * The tutorial's linear regression as a model class: the `Linear` model of
 * the tutorial's models chapter (a `tf.keras.Model` subclass with one Dense
 * unit, zero-initialized), trained with `tf.GradientTape` and SGD on the
 * tutorial's house prices, exactly as the variables `a` and `b` were:
 *
 * ```python
 * class Linear(tf.keras.Model):
 *     def __init__(self):
 *         super().__init__()
 *         self.dense = tf.keras.layers.Dense(
 *             units=1,
 *             activation=None,
 *             kernel_initializer=tf.zeros_initializer(),
 *             bias_initializer=tf.zeros_initializer())
 *
 *     def call(self, input):
 *         output = self.dense(input)
 *         return output
 *
 * model = Linear()
 * optimizer = tf.keras.optimizers.SGD(learning_rate=1e-3)
 * for e in range(num_epoch):
 *     with tf.GradientTape() as tape:
 *         y_pred = model(X)
 *         loss = 0.5 * tf.reduce_sum(tf.square(y_pred - y))
 *     grads = tape.gradient(loss, model.variables)
 *     optimizer.apply_gradients(grads_and_vars=zip(grads, model.variables))
 * print(model.variables)
 * ```
 *
 * The kernel ends at a = 0.97637 and the bias at b = 0.057565, the values of
 * examples/linear_regression.ts: `y_pred = model(X)` is `a * X + b` with
 * `model.variables` = [kernel, bias].
 *
 * Run: `deno run examples/linear_model.ts`
 *
 * @module
 */
import * as tf from "../mod.ts";
import { data } from "./linear_regression_numpy_style.ts";

/** The tutorial's model: one Dense unit, no activation, zero-initialized. */
export class Linear extends tf.keras.Model {
  dense = new tf.keras.layers.Dense({
    units: 1,
    activation: null,
    kernelInitializer: tf.keras.initializers.zeros(),
    biasInitializer: tf.keras.initializers.zeros(),
  });

  override call(input: tf.Tensor): tf.Tensor {
    const output = this.dense(input);
    return output;
  }
}

/** Trains a Linear model on the tutorial's data (SGD(1e-3), 10,000 epochs by default). */
export function train(numEpoch = 10000): Linear {
  const { X: x, y: yRaw } = data();
  // The model takes a batch of samples with one feature each: [5] -> [5, 1].
  const X = tf.reshape(x, [-1, 1]);
  const y = tf.reshape(yRaw, [-1, 1]);
  const model = new Linear();
  const optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
  for (let e = 0; e < numEpoch; e++) {
    const tape = new tf.GradientTape();
    const loss = tape.record(() => {
      const yPred = model(X);
      return tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(yPred, y))));
    });
    const grads = tape.gradient(loss, model.variables);
    optimizer.applyGradients(tf.zip(grads, model.variables));
  }
  return model;
}

if (import.meta.main) {
  const model = train();
  console.log(model.variables); // print(model.variables)
}
