// One training step of an MLP 784-128-10 (relu, softmax cross-entropy on the
// logits, Adam 1e-3) at batch 64 and 256: tapeflow's core API (ops +
// GradientTape + Adam) and Keras API (Sequential + trainOnBatch) beside
// TensorFlow.js's wasm backend (core: ops + optimizer.minimize; layers:
// sequential + trainOnBatch) in the same run.
//
// Targets (issue 5): ≤ 1.0 ms at batch 64 and ≤ 2.5 ms at batch 256
// (tfjs-wasm measured 9.9 ms and 33 ms on the peers' machine).
//
// Run: deno bench -A bench/mlp_bench.ts
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

const SIZES = [64, 256];

function data(batch: number) {
  const x = new Float32Array(batch * 784);
  for (let i = 0; i < x.length; i++) x[i] = ((i * 2654435761) % 1000) / 1000;
  const y = Int32Array.from({ length: batch }, (_, i) => (i * 7) % 10);
  return { x, y };
}

for (const B of SIZES) {
  const { x, y } = data(B);
  const group = `mlp batch ${B}`;

  // -------------------------------------------------------------- tapeflow core
  {
    tf.random.setSeed(1);
    const w1 = new tf.Variable(tf.random.normal([784, 128], { stddev: 0.05 }));
    const b1 = new tf.Variable(tf.zeros([128]));
    const w2 = new tf.Variable(tf.random.normal([128, 10], { stddev: 0.05 }));
    const b2 = new tf.Variable(tf.zeros([10]));
    const vars = [w1, b1, w2, b2];
    const opt = new tf.keras.optimizers.Adam({ learningRate: 1e-3 });
    const X = tf.constant(x, { shape: [B, 784] });
    const onehot = tf.cast(
      tf.equal(tf.reshape(tf.constant(y), [B, 1]), tf.range(0, 10, 1, "int32")),
      "float32",
    );
    Deno.bench(
      `${group}: tapeflow core (ops + GradientTape + Adam)`,
      { group, baseline: true },
      () => {
        tf.tidy(() => {
          const tape = new tf.GradientTape();
          const loss = tape.record(() => {
            const h = tf.relu(tf.add(tf.matmul(X, w1), b1));
            const logits = tf.add(tf.matmul(h, w2), b2);
            return tf.neg(
              tf.reduceMean(tf.reduceSum(tf.multiply(onehot, tf.logSoftmax(logits)), -1)),
            );
          });
          opt.applyGradients(tf.zip(tape.gradient(loss, vars), vars));
        });
      },
    );
  }

  // -------------------------------------------------------------- tapeflow keras
  {
    tf.random.setSeed(1);
    const model = new tf.keras.Sequential([
      tf.keras.Input({ shape: [784] }),
      new tf.keras.layers.Dense({ units: 128, activation: "relu" }),
      new tf.keras.layers.Dense({ units: 10 }),
    ]);
    model.compile({
      optimizer: new tf.keras.optimizers.Adam({ learningRate: 1e-3 }),
      loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
    });
    const X = tf.constant(x, { shape: [B, 784] });
    const Y = tf.constant(y);
    Deno.bench(`${group}: tapeflow Keras (Sequential.trainOnBatch)`, { group }, () => {
      model.trainOnBatch(X, Y);
    });
  }

  // -------------------------------------------------------------- tfjs core
  {
    const w1 = tfjs.variable(tfjs.randomNormal([784, 128], 0, 0.05));
    const b1 = tfjs.variable(tfjs.zeros([128]));
    const w2 = tfjs.variable(tfjs.randomNormal([128, 10], 0, 0.05));
    const b2 = tfjs.variable(tfjs.zeros([10]));
    const opt = tfjs.train.adam(1e-3);
    const X = tfjs.tensor2d(x, [B, 784]);
    const onehot = tfjs.oneHot(tfjs.tensor1d(y, "int32"), 10).toFloat();
    Deno.bench(`${group}: tfjs-wasm core (ops + adam.minimize)`, { group }, () => {
      const loss = opt.minimize(
        () => {
          const h = tfjs.relu(tfjs.add(tfjs.matMul(X, w1), b1));
          const logits = tfjs.add(tfjs.matMul(h, w2), b2);
          return tfjs.losses.softmaxCrossEntropy(onehot, logits) as ReturnType<typeof tfjs.scalar>;
        },
        false,
        [w1, b1, w2, b2],
      );
      loss?.dispose();
    });
  }

  // -------------------------------------------------------------- tfjs layers
  {
    const model = tfjs.sequential({
      layers: [
        tfjs.layers.dense({ inputShape: [784], units: 128, activation: "relu" }),
        tfjs.layers.dense({ units: 10, activation: "softmax" }),
      ],
    });
    model.compile({ optimizer: tfjs.train.adam(1e-3), loss: "sparseCategoricalCrossentropy" });
    const X = tfjs.tensor2d(x, [B, 784]);
    const Y = tfjs.tensor2d(Float32Array.from(y), [B, 1]);
    Deno.bench(`${group}: tfjs-wasm layers (sequential.trainOnBatch)`, { group }, async () => {
      await model.trainOnBatch(X, Y);
    });
  }
}
