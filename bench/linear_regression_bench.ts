// The tutorial's linear regression, 10,000 epochs, tapeflow beside
// TensorFlow.js's wasm backend (SIMD, one thread) in the same run, plus the
// optimizer step alone (2 scalars; Adam on 1M parameters).
//
// Run: deno bench -A bench/linear_regression_bench.ts
// Each "10,000 epochs" iteration is one whole training run from a = b = 0.
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

const EPOCHS = 10000;
const norm = (v: number[]) =>
  v.map((x) => (x - Math.min(...v)) / (Math.max(...v) - Math.min(...v)));
const Xd = norm([2013, 2014, 2015, 2016, 2017]);
const yd = norm([12000, 14000, 15000, 16500, 17500]);

function check(a: number, b: number, who: string): void {
  if (Math.abs(a - 0.97637) > 1e-4 || Math.abs(b - 0.057565) > 1e-4) {
    throw new Error(`${who}: a = ${a}, b = ${b}; expected 0.97637, 0.057565`);
  }
}

// ---------------------------------------------------------------- tapeflow

const X = tf.constant(Xd), y = tf.constant(yd);

Deno.bench(
  "linreg 10,000 epochs: tapeflow GradientTape + SGD.applyGradients(zip)",
  { group: "linreg", baseline: true, n: 10, warmup: 3 },
  () => {
    const a = new tf.Variable(0.0), b = new tf.Variable(0.0);
    const variables = [a, b];
    const optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
    for (let e = 0; e < EPOCHS; e++) {
      const tape = new tf.GradientTape();
      const loss = tape.record(() => {
        const yPred = tf.add(tf.multiply(a, X), b);
        return tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(yPred, y))));
      });
      const grads = tape.gradient(loss, variables);
      optimizer.applyGradients(tf.zip(grads, variables));
    }
    check(a.dataSync()[0], b.dataSync()[0], "tapeflow");
  },
);

Deno.bench(
  "linreg 10,000 epochs: tapeflow SGD.minimize",
  { group: "linreg", n: 10, warmup: 3 },
  () => {
    const a = new tf.Variable(0.0), b = new tf.Variable(0.0);
    const variables = [a, b];
    const optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
    const lossFn = () =>
      tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(tf.add(tf.multiply(a, X), b), y))));
    for (let e = 0; e < EPOCHS; e++) optimizer.minimize(lossFn, variables);
    check(a.dataSync()[0], b.dataSync()[0], "tapeflow minimize");
  },
);

Deno.bench(
  "linreg 10,000 epochs: tapeflow NumPy style (hand-written gradient)",
  { group: "linreg", n: 10, warmup: 3 },
  () => {
    let a = tf.constant(0), b = tf.constant(0);
    for (let e = 0; e < EPOCHS; e++) {
      const d = tf.subtract(tf.add(tf.multiply(a, X), b), y);
      const gradA = tf.reduceSum(tf.multiply(d, X)), gradB = tf.reduceSum(d);
      a = tf.subtract(a, tf.multiply(1e-3, gradA));
      b = tf.subtract(b, tf.multiply(1e-3, gradB));
    }
    check(a.dataSync()[0], b.dataSync()[0], "tapeflow numpy style");
  },
);

// ---------------------------------------------------------------- tfjs

const tX = tfjs.tensor1d(Xd), ty = tfjs.tensor1d(yd);

Deno.bench(
  "linreg 10,000 epochs: tfjs-wasm tf.train.sgd(1e-3).minimize",
  { group: "linreg", n: 3, warmup: 1 },
  () => {
    const a = tfjs.variable(tfjs.scalar(0)), b = tfjs.variable(tfjs.scalar(0));
    const sgd = tfjs.train.sgd(1e-3);
    const lossFn = () =>
      tfjs.mul(
        0.5,
        tfjs.sum(tfjs.square(tfjs.sub(tfjs.add(tfjs.mul(a, tX), b), ty))),
      ) as import("@tensorflow/tfjs").Scalar;
    for (let e = 0; e < EPOCHS; e++) sgd.minimize(lossFn, false, [a, b]);
    check(a.dataSync()[0], b.dataSync()[0], "tfjs");
    a.dispose();
    b.dispose();
    sgd.dispose();
  },
);

// ---------------------------------------------------------------- the step alone

{
  const a = new tf.Variable(0.0), b = new tf.Variable(0.0);
  const variables = [a, b];
  const grads = [tf.constant(1e-9), tf.constant(-1e-9)];
  const sgd = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
  Deno.bench(
    "SGD step, 2 scalar variables: tapeflow applyGradients(zip)",
    { group: "step" },
    () => {
      sgd.applyGradients(tf.zip(grads, variables));
    },
  );
  const ta = tfjs.variable(tfjs.scalar(0)), tb = tfjs.variable(tfjs.scalar(0));
  const tsgd = tfjs.train.sgd(1e-3);
  const tgrads = [
    { name: ta.name, tensor: tfjs.scalar(1e-9) },
    { name: tb.name, tensor: tfjs.scalar(-1e-9) },
  ];
  Deno.bench("SGD step, 2 scalar variables: tfjs-wasm applyGradients", { group: "step" }, () => {
    tsgd.applyGradients(tgrads);
  });
}

{
  const N = 1 << 20;
  const data = new Float32Array(N).map((_, i) => Math.sin(i));
  const w = new tf.Variable(tf.constant(data));
  const g = tf.constant(data.map((x) => x * 1e-3));
  const adam = new tf.keras.optimizers.Adam({ learningRate: 1e-3 });
  adam.applyGradients([[g, w]]);
  Deno.bench("Adam step, 1M parameters: tapeflow (one fused kernel)", {
    group: "adam 1M",
    baseline: true,
  }, () => {
    adam.applyGradients([[g, w]]);
  });
  const tw = tfjs.variable(tfjs.tensor1d(data));
  const tg = tfjs.tensor1d(data.map((x) => x * 1e-3));
  const tadam = tfjs.train.adam(1e-3);
  tadam.applyGradients([{ name: tw.name, tensor: tg }]);
  Deno.bench("Adam step, 1M parameters: tfjs-wasm", { group: "adam 1M" }, () => {
    tadam.applyGradients([{ name: tw.name, tensor: tg }]);
    tw.dataSync();
  });
}
