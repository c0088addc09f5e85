// One training step of the MLP 784-128-10 of bench/mlp_bench.ts (relu,
// softmax cross-entropy on the logits, Adam 1e-3) at batch 64 and 256, timed
// by this process's CPU time (user + system, node:process): on a shared
// machine other jobs stretch wall-clock times, CPU time counts only the time
// this process ran. tapeflow (core API and Keras API) and TensorFlow.js's
// wasm backend (core API) in the same process; 5 runs of N steps after a
// warm-up, min and median per step.
//
// Run: deno run -A bench/mlp_cpu.ts
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";
import process from "node:process";

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function measure(name: string, step: () => void, steps: number): number {
  for (let i = 0; i < 20; i++) step();
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const c0 = cpuMs();
    for (let i = 0; i < steps; i++) step();
    runs.push((cpuMs() - c0) / steps);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(44)} CPU min ${runs[0].toFixed(3)} ms, median ${runs[2].toFixed(3)} ms`,
  );
  return runs[0];
}

for (const B of [64, 256]) {
  const x = new Float32Array(B * 784).map((_, i) => ((i * 2654435761) % 1000) / 1000);
  const y = Int32Array.from({ length: B }, (_, i) => (i * 7) % 10);

  tf.random.setSeed(1);
  const w1 = new tf.Variable(tf.random.normal([784, 128], { stddev: 0.05 }));
  const b1 = new tf.Variable(tf.zeros([128]));
  const w2 = new tf.Variable(tf.random.normal([128, 10], { stddev: 0.05 }));
  const b2 = new tf.Variable(tf.zeros([10]));
  const vars = [w1, b1, w2, b2];
  const opt = new tf.keras.optimizers.Adam({ learningRate: 1e-3 });
  const X = tf.constant(x, { shape: [B, 784] });
  const onehot = tf.oneHot(tf.constant(y), 10);
  const core = measure(`batch ${B}: tapeflow core`, () =>
    tf.tidy(() => {
      const tape = new tf.GradientTape();
      const loss = tape.record(() => {
        const h = tf.relu(tf.add(tf.matmul(X, w1), b1));
        const logits = tf.add(tf.matmul(h, w2), b2);
        return tf.neg(tf.reduceMean(tf.reduceSum(tf.multiply(onehot, tf.logSoftmax(logits)), -1)));
      });
      opt.applyGradients(tf.zip(tape.gradient(loss, vars), vars));
    }), 100);

  const model = new tf.keras.Sequential([
    tf.keras.Input({ shape: [784] }),
    new tf.keras.layers.Dense({ units: 128, activation: "relu" }),
    new tf.keras.layers.Dense({ units: 10 }),
  ]);
  model.compile({
    optimizer: new tf.keras.optimizers.Adam({ learningRate: 1e-3 }),
    loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
  });
  const Y = tf.constant(y);
  const keras = measure(`batch ${B}: tapeflow Keras trainOnBatch`, () => {
    model.trainOnBatch(X, Y);
  }, 100);

  const tw1 = tfjs.variable(tfjs.randomNormal([784, 128], 0, 0.05));
  const tb1 = tfjs.variable(tfjs.zeros([128]));
  const tw2 = tfjs.variable(tfjs.randomNormal([128, 10], 0, 0.05));
  const tb2 = tfjs.variable(tfjs.zeros([10]));
  const topt = tfjs.train.adam(1e-3);
  const TX = tfjs.tensor2d(x, [B, 784]);
  const toh = tfjs.oneHot(tfjs.tensor1d(y, "int32"), 10).toFloat();
  const t = measure(`batch ${B}: tfjs-wasm core`, () => {
    const loss = topt.minimize(
      () => {
        const h = tfjs.relu(tfjs.add(tfjs.matMul(TX, tw1), tb1));
        const logits = tfjs.add(tfjs.matMul(h, tw2), tb2);
        return tfjs.losses.softmaxCrossEntropy(toh, logits) as ReturnType<typeof tfjs.scalar>;
      },
      false,
      [tw1, tb1, tw2, tb2],
    );
    loss?.dispose();
  }, 20);
  console.log(
    `batch ${B}: tfjs / tapeflow core ${(t / core).toFixed(1)}x, tfjs / tapeflow Keras ${
      (t / keras).toFixed(1)
    }x (CPU min)`,
  );
}
