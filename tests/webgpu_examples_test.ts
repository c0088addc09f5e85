// The tutorial's training loop and a Keras MNIST fit on WebGPU give the
// numbers they give on wasm (issue 6: "the tutorial's examples and the MNIST
// examples run on WebGPU with the same results"). On CI the adapter is
// llvmpipe: slow, so the runs are shortened; bench/gpu_check.ts runs the full
// ones on a real GPU.

import * as tf from "../mod.ts";
import { assertClose, assertThrows, gpuAvailable } from "./_util.ts";
import { ok } from "node:assert/strict";
import * as tutorial from "../examples/linear_regression.ts";
import { buildModel, CONFIG } from "../examples/mnist_mlp.ts";
import { loadMnist } from "../examples/_mnist.ts";
import * as cnn from "../examples/mnist_cnn.ts";

const onGpu = (t: tf.Tensor) => t.storage.gpu !== null;

/** Runs `fn` with every op placed on `backend` (setBackend: async work included). */
async function on<T>(backend: "wasm" | "webgpu", fn: () => Promise<T> | T): Promise<T> {
  tf.setBackend(backend);
  try {
    return await fn();
  } finally {
    tf.setBackend("auto");
  }
}

Deno.test({
  name: "WebGPU: the tutorial's GradientTape + SGD loop gives wasm's a and b",
  ignore: !gpuAvailable,
  fn: async () => {
    const epochs = 2000;
    const want = await on("wasm", () => tutorial.train(undefined, epochs));
    const got = await on("webgpu", () => tutorial.train(undefined, epochs));
    ok(onGpu(got.a) && onGpu(got.b), "the variables live on the GPU");
    for (const k of ["a", "b"] as const) {
      assertClose(await got[k].data(), await want[k].data(), { atol: 1e-6, rtol: 1e-5 }, k);
    }
    // and the first 2000 epochs are on the way to the tutorial's fit
    ok(Math.abs((await got.a.data())[0] - 0.97637) < 0.3);
  },
});

Deno.test({
  name: "WebGPU: a Keras MNIST MLP's fit, evaluate and predict give wasm's numbers",
  ignore: !gpuAvailable,
  fn: async () => {
    const { xTrain, yTrain, xTest, yTest } = loadMnist({ seed: CONFIG.seed });
    const x = xTrain.slice([0, 0], [320, 784]), y = yTrain.slice([0], [320]);
    const xt = xTest.slice([0, 0], [200, 784]), yt = yTest.slice([0], [200]);
    const run = (backend: "wasm" | "webgpu") =>
      on(backend, async () => {
        const model = buildModel();
        model.compile({
          optimizer: new tf.keras.optimizers.Adam({ learningRate: CONFIG.learningRate }),
          loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
          metrics: ["accuracy"],
        });
        const h = await model.fit(x, y, {
          batchSize: CONFIG.batchSize,
          epochs: 2,
          validationSplit: 0.1,
          verbose: 0,
        });
        const evaluated = await model.evaluate(xt, yt, { verbose: 0 }) as number[];
        const p = model.predict(xt, { verbose: 0 }) as tf.Tensor;
        return {
          history: h.history,
          evaluated,
          predicted: await p.data(),
          gpu: onGpu(model.trainableVariables[0]) && onGpu(p),
        };
      });
    const want = await run("wasm");
    const got = await run("webgpu");
    ok(got.gpu, "weights and predictions live on the GPU");
    ok(!want.gpu);
    for (const k of Object.keys(want.history)) {
      assertClose(got.history[k], want.history[k], { atol: 1e-4, rtol: 1e-4 }, k);
    }
    assertClose(got.evaluated, want.evaluated, { atol: 1e-4, rtol: 1e-4 }, "evaluate");
    assertClose(got.predicted, want.predicted, { atol: 1e-4, rtol: 1e-4 }, "predict");
    ok(want.history.accuracy[1] > 0.5, "it learns");
  },
});

Deno.test({
  name:
    "WebGPU: the MNIST CNN's fit gives wasm's numbers; trainOnBatch on the GPU says to await fit",
  ignore: !gpuAvailable,
  fn: async () => {
    const { xTrain, yTrain } = loadMnist({
      nTrain: 64,
      nTest: 1,
      seed: cnn.CONFIG.seed,
      image: true,
    });
    const x = xTrain.slice([0, 0, 0, 0], [64, 28, 28, 1]), y = yTrain.slice([0], [64]);
    const run = (backend: "wasm" | "webgpu") =>
      on(backend, async () => {
        const model = cnn.buildModel();
        model.compile({
          optimizer: new tf.keras.optimizers.Adam({ learningRate: cnn.CONFIG.learningRate }),
          loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
          metrics: ["accuracy"],
        });
        const h = await model.fit(x, y, { batchSize: 32, epochs: 2, verbose: 0 });
        if (backend === "webgpu") {
          assertThrows(
            () => model.trainOnBatch(x, y),
            TypeError,
            "trainOnBatch",
            "ran on the GPU",
            "await model.fit",
          );
        }
        return h.history;
      });
    const want = await run("wasm");
    const got = await run("webgpu");
    for (const k of Object.keys(want)) {
      assertClose(got[k], want[k], { atol: 1e-4, rtol: 1e-4 }, k);
    }
  },
});
