// fit's captured steps (compile's `runEagerly: false`, the default) beside
// the same training run op by op (`runEagerly: true`), in one run:
// - the tutorial's regression as a Keras model (Dense(1), SGD(1e-3), the five
//   houses as one batch), 1,000 epochs: per-op overhead dominates;
// - an MLP 784-128(relu)-10 (sparse cross-entropy from logits, Adam) by
//   trainOnBatch at batch 64: the kernels dominate.
//
//   deno bench -A bench/fit_bench.ts
import * as tf from "../mod.ts";

const X = tf.constant([[2104], [1600], [2400], [1416], [3000]]);
const Y = tf.constant([[400], [330], [369], [232], [540]]);
const xs = tf.divide(tf.subtract(X, tf.reduceMean(X)), tf.moments(X).variance.sqrt());
const ys = tf.divide(tf.subtract(Y, tf.reduceMean(Y)), tf.moments(Y).variance.sqrt());

function linear(runEagerly: boolean): tf.keras.Model {
  tf.random.setSeed(1);
  const model = new tf.keras.Sequential([
    tf.keras.Input({ shape: [1] }),
    new tf.keras.layers.Dense(1),
  ]);
  model.compile({
    optimizer: new tf.keras.optimizers.SGD({ learningRate: 1e-3 }),
    loss: "mse",
    runEagerly,
  });
  return model;
}

for (const runEagerly of [true, false]) {
  Deno.bench({
    name: `fit, tutorial regression as Dense(1), 1,000 epochs: ${
      runEagerly ? "eager" : "captured"
    }`,
    group: "linear",
    baseline: runEagerly,
    async fn() {
      await linear(runEagerly).fit(xs, ys, { epochs: 1000, batchSize: 5, verbose: 0 });
    },
  });
}

const B = 64;
const x = tf.random.uniform([B, 784], { seed: 2 });
const y = tf.constant(Int32Array.from({ length: B }, (_, i) => (i * 7) % 10));
for (const runEagerly of [true, false]) {
  tf.random.setSeed(3);
  const model = new tf.keras.Sequential([
    tf.keras.Input({ shape: [784] }),
    new tf.keras.layers.Dense({ units: 128, activation: "relu" }),
    new tf.keras.layers.Dense({ units: 10 }),
  ]);
  model.compile({
    optimizer: new tf.keras.optimizers.Adam({ learningRate: 1e-3 }),
    loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
    runEagerly,
  });
  model.trainOnBatch(x, y);
  Deno.bench({
    name: `trainOnBatch, MLP 784-128-10, batch ${B}: ${runEagerly ? "eager" : "captured"}`,
    group: "mlp",
    baseline: runEagerly,
    fn() {
      model.trainOnBatch(x, y);
    },
  });
}
