// compile / fit / evaluate / predict / trainOnBatch on a stand-in model (a
// small perceptron with Keras's Layer surface): convergence, History,
// callback order and effects, the progress bar, datasets, memory flat across
// epochs, and the bad-input errors.

import * as tf from "../mod.ts";
import {
  assertClose,
  assertThrows,
  freshSeed,
  randomArray,
  rng,
  testEachBackend,
} from "./_util.ts";
import { deepStrictEqual, ok, rejects, strictEqual } from "node:assert/strict";
import {
  compile,
  evaluate,
  fit,
  predict,
  predictOnBatch,
  testOnBatch,
  trainOnBatch,
} from "../layers/training.ts";
import type { ModelLike } from "../layers/_model.ts";

const C = tf.keras.callbacks;

interface StandIn extends ModelLike {
  weights: tf.Variable[];
  trainableVariables: tf.Variable[];
  losses: tf.Tensor[];
  calls: { training: boolean }[];
  l2: number;
}

/** in → hidden (relu) → out, with an optional L2 penalty reported in `losses`. */
function mlp(seed: number, inputs: number, hidden: number, outputs: number): StandIn {
  const r = rng(seed);
  const w1 = new tf.Variable(
    tf.constant(randomArray(r, inputs * hidden, -1, 1).map((v) => v / Math.sqrt(inputs)), {
      shape: [inputs, hidden],
    }),
    { name: "d1/kernel" },
  );
  const b1 = new tf.Variable(tf.zeros([hidden]), { name: "d1/bias" });
  const w2 = new tf.Variable(
    tf.constant(randomArray(r, hidden * outputs, -1, 1).map((v) => v / Math.sqrt(hidden)), {
      shape: [hidden, outputs],
    }),
    { name: "d2/kernel" },
  );
  const b2 = new tf.Variable(tf.zeros([outputs]), { name: "d2/bias" });
  const m: StandIn = {
    name: "standin",
    calls: [],
    l2: 0,
    losses: [],
    trainableVariables: [w1, b1, w2, b2],
    weights: [w1, b1, w2, b2],
    apply(x: tf.Tensor, opts?: { training?: boolean }) {
      m.calls.push({ training: !!opts?.training });
      m.losses = m.l2 > 0 ? [tf.multiply(m.l2, tf.reduceSum(tf.square(w1)))] : [];
      return tf.add(tf.matmul(tf.relu(tf.add(tf.matmul(x, w1), b1)), w2), b2);
    },
  };
  return m;
}

/** Two gaussian blobs per class on a ring: an easy 3-class problem. */
function blobs(seed: number, n: number) {
  const r = rng(seed);
  const x = new Float32Array(n * 2), y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = i % 3;
    const a = (2 * Math.PI * k) / 3;
    x[2 * i] = 2 * Math.cos(a) + 0.4 * (r() - 0.5);
    x[2 * i + 1] = 2 * Math.sin(a) + 0.4 * (r() - 0.5);
    y[i] = k;
  }
  return { x: tf.constant(x, { shape: [n, 2] }), y: tf.constant(y, { dtype: "int32" }), labels: y };
}

const sce = () => new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true });

testEachBackend(
  "fit converges on a small problem; History holds every epoch's sorted logs",
  async () => {
    const seed = freshSeed();
    tf.random.setSeed(seed);
    const { x, y } = blobs(seed, 150);
    const m = mlp(seed, 2, 16, 3);
    compile(m, {
      optimizer: new tf.keras.optimizers.Adam({ learningRate: 0.05 }),
      loss: sce(),
      metrics: ["accuracy"],
    });
    const h = await fit(m, x, y, { epochs: 12, batchSize: 16, validationSplit: 0.2, verbose: 0 });
    deepStrictEqual(Object.keys(h.history), ["accuracy", "loss", "val_accuracy", "val_loss"]);
    deepStrictEqual(h.epoch, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    ok(h.history.loss[11] < h.history.loss[0] / 3, `loss ${h.history.loss} (seed ${seed})`);
    ok(h.history.accuracy[11] > 0.95 && h.history.val_accuracy[11] > 0.9, `acc (seed ${seed})`);
    strictEqual((m as { history?: unknown }).history, h);
    strictEqual(m.optimizer!.iterations, 12 * Math.ceil(120 / 16));
    ok(m.calls.some((c) => c.training) && m.calls.some((c) => !c.training), "training flag passed");
    tf.random.setSeed(null);
  },
);

testEachBackend("fit on a regression (y = 2x + 1) with the tutorial's kind of model", async () => {
  const w = new tf.Variable([[0]], { name: "w" }), b = new tf.Variable([0], { name: "b" });
  const model = {
    apply: (x: tf.Tensor) => tf.add(tf.matmul(x, w), b),
    trainableVariables: [w, b],
    weights: [w, b],
    losses: [],
  };
  compile(model, {
    optimizer: new tf.keras.optimizers.SGD({ learningRate: 0.05 }),
    loss: "mse",
    metrics: ["mae"],
  });
  const xs = [[0], [1], [2], [3], [-1], [-2]];
  const h = await fit(model, xs, xs.map(([v]) => [2 * v + 1]), {
    epochs: 300,
    batchSize: 6,
    verbose: 0,
  });
  assertClose(w.dataSync(), [2], { atol: 1e-3 });
  assertClose(b.dataSync(), [1], { atol: 1e-3 });
  ok(h.history.mae.at(-1)! < 1e-2);
});

testEachBackend(
  "evaluate, predict, trainOnBatch, testOnBatch agree with direct computation",
  async () => {
    const seed = freshSeed();
    const { x, y, labels } = blobs(seed, 77); // 77: the last batch of 32 is partial
    const m = mlp(seed, 2, 300, 3); // 600 weights: heap-resident tensors
    compile(m, {
      optimizer: "adam",
      loss: sce(),
      metrics: ["accuracy", "sparse_top_k_categorical_accuracy"],
    });
    const logits = m.apply(x, { training: false }) as tf.Tensor;
    const direct = sce().apply(y, logits).dataSync()[0];
    const preds = logits.arraySync() as number[][];
    const acc = preds.filter((row, i) => row.indexOf(Math.max(...row)) === labels[i]).length / 77;
    const res = await evaluate(m, x, y, { verbose: 0 }) as number[];
    strictEqual(res.length, 3);
    assertClose(res[0], direct, { rtol: 1e-5 }, `loss (seed ${seed})`);
    assertClose(res[1], acc, { rtol: 1e-12 }, "accuracy");
    strictEqual(res[2], 1, "top-5 of 3 classes");
    const dict = await evaluate(m, x, y, { verbose: 0, returnDict: true, batchSize: 10 }) as Record<
      string,
      number
    >;
    deepStrictEqual(Object.keys(dict), ["accuracy", "loss", "sparse_top_k_categorical_accuracy"]);
    assertClose(dict.loss, direct, { rtol: 1e-5 });
    const p = predict(m, x, { batchSize: 10, verbose: 0 }) as tf.Tensor;
    deepStrictEqual(p.shape, [77, 3]);
    assertClose(p.dataSync(), logits.dataSync(), { rtol: 1e-6, atol: 1e-6 });
    assertClose((predictOnBatch(m, x) as tf.Tensor).dataSync(), logits.dataSync(), {
      rtol: 1e-6,
      atol: 1e-6,
    });
    const t = testOnBatch(m, x, y) as number[];
    assertClose(t[0], direct, { rtol: 1e-5 });
    const it0 = m.optimizer!.iterations;
    const l = trainOnBatch(m, x, y, { returnDict: true }) as Record<string, number>;
    assertClose(l.loss, direct, { rtol: 1e-5 }, "the loss before the step");
    strictEqual(m.optimizer!.iterations, it0 + 1);
    ok((testOnBatch(m, x, y) as number[])[0] < direct, "one step lowers the loss");
    // a loss alone: a number
    compile(m, { optimizer: "sgd", loss: sce() });
    strictEqual(typeof await evaluate(m, x, y, { verbose: 0 }), "number");
    strictEqual(typeof trainOnBatch(m, x, y), "number");
  },
);

testEachBackend("sample weights and the model's own losses enter the loss", async () => {
  const seed = freshSeed();
  const { x, y } = blobs(seed, 30);
  const m = mlp(seed, 2, 8, 3);
  compile(m, { optimizer: "sgd", loss: sce() });
  const per = new tf.keras.losses.SparseCategoricalCrossentropy({
    fromLogits: true,
    reduction: "none",
  })
    .apply(y, m.apply(x) as tf.Tensor).dataSync();
  const w = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 0 : 2));
  const want = Array.from(per).reduce((s, v, i) => s + v * w[i], 0) / 30;
  assertClose(testOnBatch(m, x, y, { sampleWeight: w }) as number, want, { rtol: 1e-5 });
  assertClose(
    await evaluate(m, x, y, { sampleWeight: w, batchSize: 30, verbose: 0 }) as number,
    want,
    { rtol: 1e-5 },
  );
  m.l2 = 0.01;
  const l2 = 0.01 * Array.from(m.weights[0].dataSync()).reduce((s, v) => s + v * v, 0);
  const base = Array.from(per).reduce((a, b) => a + b, 0) / 30;
  assertClose(testOnBatch(m, x, y) as number, base + l2, { rtol: 1e-5 }, "loss + regularization");
});

testEachBackend("'accuracy' resolves from the shapes, as Keras 3 does", () => {
  const resolve = (yTrue: tf.Tensor, out: number) => {
    const m = mlp(1, 2, 4, out);
    compile(m, {
      optimizer: "sgd",
      loss: out === 1 ? "binary_crossentropy" : "mse",
      metrics: ["accuracy", "acc"],
    });
    return testOnBatch(m, tf.zeros([3, 2]), yTrue, { returnDict: true }) as Record<string, number>;
  };
  // binary: one output column; predictions 0 (relu of zero inputs, zero bias) against labels 0
  deepStrictEqual(Object.keys(resolve(tf.zeros([3, 1]), 1)), ["acc", "accuracy", "loss"]);
  strictEqual(resolve(tf.zeros([3, 1]), 1).accuracy, 1);
  // sparse: labels [n] against [n, 3]: all predictions equal, argmax 0, labels [0, 1, 2]
  const compiled = mlp(1, 2, 4, 3);
  compile(compiled, { optimizer: "sgd", loss: sce(), metrics: ["accuracy"] });
  const r = testOnBatch(compiled, tf.zeros([3, 2]), [0, 1, 2], { returnDict: true }) as Record<
    string,
    number
  >;
  assertClose(r.accuracy, 1 / 3, { rtol: 1e-12 });
  // categorical: one-hot [n, 3]
  const cat = mlp(1, 2, 4, 3);
  compile(cat, { optimizer: "sgd", loss: "categorical_crossentropy", metrics: ["accuracy"] });
  const oh = tf.constant([[1, 0, 0], [0, 1, 0], [1, 0, 0]]);
  const rc = testOnBatch(cat, tf.zeros([3, 2]), oh, { returnDict: true }) as Record<string, number>;
  assertClose(rc.accuracy, 2 / 3, { rtol: 1e-12 });
});

/** A callback recording every hook call. */
function recorder() {
  const calls: string[] = [];
  const cb: Record<string, unknown> = {};
  for (const h of C.HOOKS) {
    cb[h] = (...args: unknown[]) => {
      calls.push(typeof args[0] === "number" ? `${h}(${args[0]})` : h);
    };
  }
  return { cb, calls };
}

testEachBackend(
  "callbacks: Keras's hook order in fit (with validation), evaluate and predict",
  async () => {
    const { x, y } = blobs(2, 12);
    const m = mlp(2, 2, 4, 3);
    compile(m, { optimizer: "sgd", loss: sce() });
    const { cb, calls } = recorder();
    await fit(m, x, y, {
      epochs: 2,
      batchSize: 4,
      validationSplit: 0.34,
      shuffle: false,
      callbacks: [cb],
      verbose: 0,
    });
    deepStrictEqual(calls, [
      "onTrainBegin",
      "onEpochBegin(0)",
      "onTrainBatchBegin(0)",
      "onTrainBatchEnd(0)",
      "onTrainBatchBegin(1)",
      "onTrainBatchEnd(1)",
      "onTestBegin",
      "onTestBatchBegin(0)",
      "onTestBatchEnd(0)",
      "onTestBatchBegin(1)",
      "onTestBatchEnd(1)",
      "onTestEnd",
      "onEpochEnd(0)",
      "onEpochBegin(1)",
      "onTrainBatchBegin(0)",
      "onTrainBatchEnd(0)",
      "onTrainBatchBegin(1)",
      "onTrainBatchEnd(1)",
      "onTestBegin",
      "onTestBatchBegin(0)",
      "onTestBatchEnd(0)",
      "onTestBatchBegin(1)",
      "onTestBatchEnd(1)",
      "onTestEnd",
      "onEpochEnd(1)",
      "onTrainEnd",
    ]);
    calls.length = 0;
    await evaluate(m, x, y, { batchSize: 8, callbacks: [cb], verbose: 0 });
    deepStrictEqual(calls, [
      "onTestBegin",
      "onTestBatchBegin(0)",
      "onTestBatchEnd(0)",
      "onTestBatchBegin(1)",
      "onTestBatchEnd(1)",
      "onTestEnd",
    ]);
    calls.length = 0;
    predict(m, x, { batchSize: 12, callbacks: [cb], verbose: 0 });
    deepStrictEqual(calls, [
      "onPredictBegin",
      "onPredictBatchBegin(0)",
      "onPredictBatchEnd(0)",
      "onPredictEnd",
    ]);
  },
);

testEachBackend(
  "callbacks: model and params are set, logs carry values, async hooks are awaited",
  async () => {
    const { x, y } = blobs(3, 20);
    const m = mlp(3, 2, 4, 3);
    compile(m, { optimizer: "sgd", loss: sce(), metrics: ["accuracy"] });
    let slowDone = 0;
    const seen: string[] = [];
    class Check extends C.Callback {
      override onTrainBegin() {
        strictEqual(this.model, m);
        deepStrictEqual(this.params, { epochs: 3, steps: 2, verbose: 0 });
      }
      override async onEpochEnd(epoch: number, logs: tf.keras.callbacks.Logs) {
        await new Promise((r) => setTimeout(r, 5));
        slowDone = epoch + 1;
        seen.push(Object.keys(logs).join(","));
      }
      override onEpochBegin(epoch: number) {
        strictEqual(slowDone, epoch, "the previous epoch's async hook finished first");
      }
    }
    const batchLosses: number[] = [];
    const h = await fit(m, x, y, {
      epochs: 3,
      batchSize: 10,
      verbose: 0,
      callbacks: [
        new Check(),
        new C.LambdaCallback({ onTrainBatchEnd: (_b, logs) => void batchLosses.push(logs.loss) }),
      ],
    });
    strictEqual(slowDone, 3);
    deepStrictEqual(seen, ["accuracy,loss", "accuracy,loss", "accuracy,loss"]);
    strictEqual(batchLosses.length, 6);
    // the epoch's loss is the running mean at its last batch
    strictEqual(h.history.loss[2], batchLosses[5]);
    // initialEpoch resumes the epoch count
    const h2 = await fit(m, x, y, { epochs: 5, initialEpoch: 3, verbose: 0 });
    deepStrictEqual(h2.epoch, [3, 4]);
  },
);

/** A callback that replaces a log value with a script (callbacks share the logs object, in order). */
function script(name: string, values: number[]) {
  return {
    onEpochEnd: (epoch: number, logs: tf.keras.callbacks.Logs) => {
      if (epoch < values.length) logs[name] = values[epoch];
    },
  };
}

/** Snapshots of the first weight at each epoch end. */
function snapshots(m: StandIn) {
  const list: number[][] = [];
  return { list, cb: { onEpochEnd: () => void list.push(Array.from(m.weights[0].dataSync())) } };
}

testEachBackend(
  "EarlyStopping: patience, minDelta, mode, baseline, restoreBestWeights",
  async () => {
    const { x, y } = blobs(4, 16);
    const m = mlp(4, 2, 4, 3);
    compile(m, { optimizer: new tf.keras.optimizers.SGD({ learningRate: 0.1 }), loss: sce() });
    const snap = snapshots(m);
    const es = new C.EarlyStopping({ patience: 2, restoreBestWeights: true });
    const h = await fit(m, x, y, {
      epochs: 20,
      verbose: 0,
      callbacks: [script("val_loss", [1, 0.5, 0.6, 0.7, 0.8, 0.9]), snap.cb, es],
    });
    deepStrictEqual(h.epoch, [0, 1, 2, 3], "stops when patience is exhausted");
    strictEqual(es.stoppedEpoch, 3);
    strictEqual(es.bestEpoch, 1);
    deepStrictEqual(
      Array.from(m.weights[0].dataSync()),
      snap.list[1],
      "best epoch's weights restored",
    );
    // minDelta: improvements smaller than it do not count
    const es2 = new C.EarlyStopping({ monitor: "val_loss", patience: 1, minDelta: 0.1 });
    const h2 = await fit(m, x, y, {
      epochs: 10,
      verbose: 0,
      callbacks: [script("val_loss", [1, 0.95, 0.5, 0.45, 0.44]), es2],
    });
    deepStrictEqual(h2.epoch, [0, 1]);
    // mode auto: accuracy is maximised
    const es3 = new C.EarlyStopping({ monitor: "val_accuracy", patience: 1 });
    const h3 = await fit(m, x, y, {
      epochs: 10,
      verbose: 0,
      callbacks: [script("val_accuracy", [0.5, 0.6, 0.7, 0.65, 0.9]), es3],
    });
    deepStrictEqual(h3.epoch, [0, 1, 2, 3]);
    // baseline: patience restarts only once the baseline is beaten
    const flat = script("val_loss", [1, 1, 1, 1, 1, 1]);
    const h4 = await fit(m, x, y, {
      epochs: 6,
      verbose: 0,
      callbacks: [flat, new C.EarlyStopping({ patience: 2, baseline: 0.3 })],
    });
    deepStrictEqual(h4.epoch, [0, 1]);
    const h4b = await fit(m, x, y, {
      epochs: 6,
      verbose: 0,
      callbacks: [flat, new C.EarlyStopping({ patience: 2 })],
    });
    deepStrictEqual(h4b.epoch, [0, 1, 2]);
    // startFromEpoch
    const es5 = new C.EarlyStopping({ monitor: "val_loss", patience: 0, startFromEpoch: 3 });
    const h5 = await fit(m, x, y, {
      epochs: 10,
      verbose: 0,
      callbacks: [script("val_loss", [1, 2, 3, 4, 5, 6]), es5],
    });
    deepStrictEqual(h5.epoch, [0, 1, 2, 3, 4]);
    assertThrows(
      () => new C.EarlyStopping({ monitor: "val_weird" }).onTrainBegin(),
      RangeError,
      'mode: "max"',
    );
  },
);

testEachBackend(
  "ReduceLROnPlateau and LearningRateScheduler set the learning rate and log it",
  async () => {
    const { x, y } = blobs(5, 16);
    const m = mlp(5, 2, 4, 3);
    const opt = new tf.keras.optimizers.SGD({ learningRate: 0.1 });
    compile(m, { optimizer: opt, loss: sce() });
    const rl = new C.ReduceLROnPlateau({ patience: 1, factor: 0.5, cooldown: 2, minLr: 0.02 });
    const h = await fit(m, x, y, {
      epochs: 8,
      verbose: 0,
      callbacks: [script("val_loss", [1, 1, 1, 1, 1, 1, 1, 1]), rl],
    });
    // reduce after epochs 1, then (cooldown 2) 3, then 5 (floored at minLr)
    assertClose(h.history.learning_rate, [0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.02, 0.02], {
      rtol: 1e-7,
    });
    assertClose(opt.learningRate, 0.02, { rtol: 1e-7 });
    const seen: number[] = [];
    const sched = new C.LearningRateScheduler((epoch, lr) => (epoch === 0 ? 0.5 : lr / 2));
    const h2 = await fit(m, x, y, {
      epochs: 3,
      verbose: 0,
      callbacks: [sched, { onEpochBegin: () => void seen.push(opt.learningRate) }],
    });
    deepStrictEqual(seen, [0.5, 0.25, 0.125]);
    deepStrictEqual(h2.history.learning_rate, [0.5, 0.25, 0.125]);
    const bad = new C.LearningRateScheduler(() => NaN);
    await rejects(fit(m, x, y, { epochs: 1, verbose: 0, callbacks: [bad] }), TypeError);
    const withSchedule = mlp(5, 2, 4, 3);
    compile(withSchedule, {
      optimizer: new tf.keras.optimizers.SGD({ learningRate: (s: number) => 0.1 / (1 + s) }),
      loss: sce(),
    });
    await rejects(
      fit(withSchedule, x, y, { epochs: 1, verbose: 0, callbacks: [new C.ReduceLROnPlateau()] }),
      /cannot be set/,
    );
  },
);

testEachBackend(
  "ModelCheckpoint saves safetensors per epoch or the best only; CSVLogger writes rows",
  async () => {
    const { x, y } = blobs(6, 16);
    const m = mlp(6, 2, 4, 3);
    compile(m, {
      optimizer: new tf.keras.optimizers.SGD({ learningRate: 0.1 }),
      loss: sce(),
      metrics: ["accuracy"],
    });
    const dir = await Deno.makeTempDir();
    try {
      const snap = snapshots(m);
      const every = new C.ModelCheckpoint({
        filepath: `${dir}/e{epoch:02d}-{loss:.3f}.safetensors`,
      });
      const best = new C.ModelCheckpoint({
        filepath: `${dir}/best.safetensors`,
        monitor: "val_loss",
        saveBestOnly: true,
      });
      const csv = new C.CSVLogger(`${dir}/log.csv`);
      const h = await fit(m, x, y, {
        epochs: 4,
        verbose: 0,
        callbacks: [script("val_loss", [0.9, 0.5, 0.7, 0.6]), snap.cb, every, best, csv],
      });
      const files = [...Deno.readDirSync(dir)].map((e) => e.name).sort();
      strictEqual(files.length, 6, files.join());
      ok(files.includes(`e01-${h.history.loss[0].toFixed(3)}.safetensors`), files.join());
      ok(files.includes(`e04-${h.history.loss[3].toFixed(3)}.safetensors`), files.join());
      const saved = tf.keras.safetensors.decodeSafetensors(
        Deno.readFileSync(`${dir}/best.safetensors`),
      );
      deepStrictEqual(
        Array.from(saved.tensors["d1/kernel"].dataSync()),
        snap.list[1],
        "best = epoch 2",
      );
      strictEqual(best.best, 0.5);
      const text = Deno.readTextFileSync(`${dir}/log.csv`);
      const rows = text.split("\r\n");
      strictEqual(rows[0], "epoch,accuracy,loss,val_loss");
      strictEqual(rows.length, 6);
      strictEqual(rows[1], `0,${h.history.accuracy[0]},${h.history.loss[0]},0.9`);
      strictEqual(rows[5], "");
      // append mode keeps the rows and adds no second header; without validation, val_ columns are NA
      const csv2 = new C.CSVLogger(`${dir}/log.csv`, ",", true);
      await fit(m, x, y, { epochs: 1, verbose: 0, callbacks: [csv2] });
      const rows2 = Deno.readTextFileSync(`${dir}/log.csv`).split("\r\n");
      strictEqual(rows2.length, 7);
      ok(rows2[5].startsWith("0,") && rows2[5].endsWith(",NA,NA"), rows2[5]);
      assertThrows(() => C.formatPath("X", "{nope}", { loss: 1 }), RangeError, "{nope}", "loss");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
);

testEachBackend(
  "TerminateOnNaN stops at the first non-finite loss; stopTraining ends the epoch",
  async () => {
    const { x, y } = blobs(7, 16);
    const m = mlp(7, 2, 4, 3);
    compile(m, { optimizer: new tf.keras.optimizers.SGD({ learningRate: 1e30 }), loss: sce() });
    const batches: number[] = [];
    const h = await fit(m, x, y, {
      epochs: 5,
      batchSize: 2,
      verbose: 0,
      callbacks: [new C.TerminateOnNaN(), { onTrainBatchEnd: (b: number) => void batches.push(b) }],
    });
    strictEqual(h.epoch.length, 1);
    ok(batches.length < 8, `stopped after batch ${batches.at(-1)}`);
  },
);

testEachBackend(
  "the progress bar: Keras's lines, in place on a terminal, one per epoch elsewhere",
  async () => {
    const { x, y } = blobs(8, 24);
    const m = mlp(8, 2, 4, 3);
    compile(m, { optimizer: "sgd", loss: sce(), metrics: ["accuracy"] });
    let t = 0;
    const now = () => (t += 0.004); // 4 ms per clock reading
    const plain: string[] = [];
    await fit(m, x, y, {
      epochs: 2,
      batchSize: 8,
      verbose: 1,
      validationSplit: 0.25,
      callbacks: [
        new C.ProgbarLogger({ progbar: { dynamic: false, write: (s) => plain.push(s), now } }),
      ],
    });
    const text = plain.join("");
    const lines = text.split("\n");
    strictEqual(lines.length, 5, text);
    strictEqual(lines[0], "Epoch 1/2");
    ok(
      /^3\/3 ━{20} 0s \d+ms\/step - accuracy: \d\.\d{4}(e[+-]\d\d)? - loss: \d\.\d{4} - val_accuracy: \d\.\d{4}(e[+-]\d\d)? - val_loss: \d\.\d{4}$/
        .test(lines[1]),
      lines[1],
    );
    ok(!text.includes("\x1b") && !text.includes("\r"), "no escape codes off a terminal");
    const tty: string[] = [];
    t = 0;
    const slow = () => (t += 0.06); // past the 50 ms redraw interval at every step
    await fit(m, x, y, {
      epochs: 1,
      batchSize: 4,
      callbacks: [
        new C.ProgbarLogger({ progbar: { dynamic: true, write: (s) => tty.push(s), now: slow } }),
      ],
    });
    ok(tty.length >= 3, "redrawn as steps finish");
    ok(tty.every((s) => s.startsWith("\r")), "each redraw returns to the line start");
    ok(tty[0].includes("\x1b[1m1/6\x1b[0m") && tty[0].includes("\x1b[32m"), JSON.stringify(tty[0]));
    ok(tty.at(-1)!.endsWith("\n") && tty.at(-1)!.includes("6/6"), JSON.stringify(tty.at(-1)));
    const v2: string[] = [];
    await fit(m, x, y, {
      epochs: 1,
      batchSize: 8,
      verbose: 2,
      callbacks: [new C.ProgbarLogger({ progbar: { write: (s) => v2.push(s), now } })],
    });
    ok(
      /^3\/3 - \d+s - \d+ms\/step - accuracy: \d\.\d{4}(e[+-]\d\d)? - loss: \d\.\d{4}\n$/.test(
        v2.join(""),
      ),
      v2.join(""),
    );
  },
);

testEachBackend("a fit writing to a pipe prints one plain line per epoch on stderr", async () => {
  const script = `
import * as tf from ${JSON.stringify(new URL("../mod.ts", import.meta.url).href)};
import { compile, fit } from ${
    JSON.stringify(new URL("../layers/training.ts", import.meta.url).href)
  };
const w = new tf.Variable([[0]], { name: "w" });
const model = { apply: (x) => tf.matmul(x, w), trainableVariables: [w], weights: [w], losses: [] };
compile(model, { optimizer: "sgd", loss: "mse" });
await fit(model, [[1], [2], [3]], [[2], [4], [6]], { epochs: 3, batchSize: 2 });
console.log("done");
`;
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/fit.js`, script);
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-config", `${dir}/fit.js`], // no permission flag at all
      stdout: "piped",
      stderr: "piped",
      env: { NO_COLOR: "1" },
    }).output();
    const err = new TextDecoder().decode(out.stderr);
    ok(out.success, err);
    strictEqual(new TextDecoder().decode(out.stdout), "done\n");
    const lines = err.trimEnd().split("\n");
    strictEqual(lines.length, 6, err);
    ok(/^2\/2 ━{20} \d+s \d+(ms|us)\/step - loss: /.test(lines[1]), lines[1]);
    ok(!err.includes("\x1b"), "plain text");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

testEachBackend("ModelCheckpoint needs write permission for its own path only", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/ckpt.safetensors`;
    const script = `
import * as tf from ${JSON.stringify(new URL("../mod.ts", import.meta.url).href)};
import { compile, fit } from ${
      JSON.stringify(new URL("../layers/training.ts", import.meta.url).href)
    };
const w = new tf.Variable([[0]], { name: "w" });
const model = { apply: (x) => tf.matmul(x, w), trainableVariables: [w], weights: [w], losses: [] };
compile(model, { optimizer: "sgd", loss: "mse" });
await fit(model, [[1], [2]], [[2], [4]], { epochs: 2, verbose: 0, callbacks: [new tf.keras.callbacks.ModelCheckpoint({ filepath: ${
      JSON.stringify(path)
    } })] });
`;
    await Deno.writeTextFile(`${dir}/ckpt.js`, script);
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-config", `--allow-write=${path}`, `${dir}/ckpt.js`],
      stdout: "piped",
      stderr: "piped",
    }).output();
    ok(out.success, new TextDecoder().decode(out.stderr));
    const t = tf.keras.safetensors.decodeSafetensors(await Deno.readFile(path)).tensors;
    deepStrictEqual(Object.keys(t), ["w"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

testEachBackend(
  "memory stays flat across epochs with no disposal (arrays and datasets)",
  async () => {
    const seed = freshSeed();
    const { x, y } = blobs(seed, 96);
    const m = mlp(seed, 2, 300, 3); // kernels of 600 and 900 elements: heap tensors
    compile(m, {
      optimizer: "adam",
      loss: sce(),
      metrics: ["accuracy", "sparse_top_k_categorical_accuracy"],
    });
    const counts: number[] = [], bytes: number[] = [];
    const probe = {
      onEpochEnd() {
        counts.push(tf.memory().numTensors);
        bytes.push(tf.memory().wasm.residentBytes);
      },
    };
    // Counts may fall (V8 collects other tests' tensors meanwhile) but never grow.
    const flat = (what: string, v: number[]) =>
      ok(v.slice(1).every((c) => c <= v[1]), `${what} per epoch must not grow: ${v}`);
    await fit(m, x, y, {
      epochs: 6,
      batchSize: 8,
      validationSplit: 0.25,
      verbose: 0,
      callbacks: [probe],
    });
    flat("large tensors", counts);
    flat("heap bytes", bytes);
    counts.length = bytes.length = 0;
    const ds = tf.data.Dataset.fromTensorSlices([x, y])
      .map(([a, b]) => [tf.multiply(a, 1), b] as [tf.Tensor, tf.Tensor])
      .shuffle(96, 1)
      .batch(16);
    await fit(m, ds, { epochs: 5, verbose: 0, callbacks: [probe] });
    flat("dataset: large tensors", counts);
    flat("dataset: heap bytes", bytes);
  },
);

testEachBackend(
  "fit with datasets: [x, y] batches, validation datasets, infinite datasets with steps",
  async () => {
    const seed = freshSeed();
    const { x, y } = blobs(seed, 90);
    const m = mlp(seed, 2, 16, 3);
    compile(m, {
      optimizer: new tf.keras.optimizers.Adam({ learningRate: 0.05 }),
      loss: sce(),
      metrics: ["accuracy"],
    });
    const train = tf.data.Dataset.fromTensorSlices([x, y]).shuffle(90, seed).batch(16);
    const val = tf.data.Dataset.fromTensorSlices([x, y]).batch(45);
    const h = await fit(m, train, { epochs: 10, validationData: val, verbose: 0 });
    ok(h.history.val_accuracy[9] > 0.9, `val_accuracy ${h.history.val_accuracy} (seed ${seed})`);
    strictEqual(m.optimizer!.iterations, 60);
    const steps: number[] = [];
    await fit(m, train.repeat(), {
      epochs: 2,
      stepsPerEpoch: 4,
      verbose: 0,
      callbacks: [{ onEpochEnd: () => void steps.push(m.optimizer!.iterations) }],
    });
    deepStrictEqual(steps, [64, 68]);
    await rejects(fit(m, train.repeat(), { epochs: 1, verbose: 0 }), /stepsPerEpoch/);
    const r = await evaluate(m, val, { verbose: 0 }) as number[];
    strictEqual(r.length, 2);
    const p = predict(m, tf.data.Dataset.fromTensorSlices(x).batch(40), {
      verbose: 0,
    }) as tf.Tensor;
    deepStrictEqual(p.shape, [90, 3]);
    // x alone is refused by fit
    await rejects(fit(m, tf.data.Dataset.fromTensorSlices(x).batch(8), { verbose: 0 }), /\[x, y\]/);
  },
);

testEachBackend(
  "fit, evaluate and compile refuse bad input with errors naming the problem",
  async () => {
    const { x, y } = blobs(9, 12);
    const m = mlp(9, 2, 4, 3);
    await rejects(fit(m, x, y, { verbose: 0 }), /not compiled.*compile\(/);
    await rejects(evaluate(m, x, y, { verbose: 0 }), /not compiled/);
    assertThrows(() => trainOnBatch(m, x, y), Error, "not compiled");
    assertThrows(
      () => compile(m, { loss: "mean_squard_error" }),
      RangeError,
      "unknown loss",
      "mean_squared_error",
    );
    assertThrows(
      () => compile(m, { loss: "mse", metrics: ["acuracy"] }),
      RangeError,
      'unknown metric "acuracy"',
    );
    assertThrows(
      () => compile(m, { optimizer: "adamm", loss: "mse" }),
      RangeError,
      "unknown optimizer",
      "adam",
    );
    assertThrows(
      () => compile(m, { loss: "mse", metrics: "accuracy" as never }),
      TypeError,
      "array",
    );
    assertThrows(
      () => compile(m, { loss: "mse", learning_rate: 1 } as never),
      TypeError,
      'unknown option "learning_rate"',
    );
    compile(m, { optimizer: "sgd", loss: sce(), metrics: ["accuracy"] });
    await rejects(
      fit(m, x, tf.constant([0, 1, 2]), { verbose: 0 }),
      (e: Error) => e instanceof RangeError && /x has 12 samples but y has 3/.test(e.message),
    );
    await rejects(fit(m, x, undefined, { verbose: 0 }), /labels\) is missing/);
    await rejects(fit(m, x, y, { verbose: 0, validationSplit: 1.5 }), /validationSplit/);
    await rejects(
      fit(m, [[0, 0]], [0], { verbose: 0, validationSplit: 0.5 }),
      /1 samples are not enough/,
    );
    await rejects(
      fit(m, x, y, { verbose: 0, batch_size: 4 } as never),
      /"batch_size" \(did you mean "batchSize"\?\)/,
    );
    await rejects(fit(m, x, y, { verbose: 3 as never }), /verbose/);
    await rejects(fit(m, x, y, { verbose: 0, batchSize: 0 }), /batchSize/);
    await rejects(
      fit(m, x, y, { verbose: 0, callbacks: [{ on_epoch_end() {} }] }),
      /camelCase.*onEpochEnd/,
    );
    await rejects(fit(m, x, y, { verbose: 0, validationData: [x] as never }), /validationData/);
    await rejects(fit(m, x, [y, y] as never, { verbose: 0 }), /multi-output/);
    await rejects(fit(m, tf.zeros([12, 5]), y, { verbose: 0 }), RangeError); // the model's own shape error
    assertThrows(() => predict(m, tf.zeros([0, 2]), { verbose: 0 }), RangeError, "no data");
    // labels outside the classes reach the loss's check
    assertThrows(() => trainOnBatch(m, x, tf.fill([12], 7)), RangeError, "label 7");
    // a normal fit still works afterwards
    const h = await fit(m, x, y, { epochs: 1, verbose: 0 });
    strictEqual(h.epoch.length, 1);
  },
);
