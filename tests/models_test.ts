// Models: subclassing, the functional API, Sequential, summary tables, the
// tutorial's Linear model, and the training methods' wiring.

import * as tf from "../mod.ts";
import { deepEqual, equal, notDeepEqual, ok } from "node:assert/strict";
import { assertClose, assertThrows, freshSeed, testEachBackend } from "./_util.ts";
import { rand } from "./_layers_ref.ts";
import * as linearModel from "../examples/linear_model.ts";

const L = tf.keras.layers;

/** A layer with no computeOutputShape: its symbolic shapes come from tracing. */
class Concat extends L.Layer {
  override call(xs: tf.Tensor | tf.Tensor[]) {
    return tf.concat(xs as tf.Tensor[], -1);
  }
}

// ---------------------------------------------------------------- subclassing

testEachBackend("subclassed models: fields tracked, nested models, build(shape), model(x)", () => {
  class Encoder extends tf.keras.Model {
    hidden = [new L.Dense(8, { activation: "relu" }), new L.Dense(4)];
    override call(x: tf.Tensor) {
      return this.hidden.reduce((h, l) => l(h), x);
    }
  }
  class AutoEncoder extends tf.keras.Model {
    encoder = new Encoder({ name: "encoder" });
    decoder = new L.Dense(6, { name: "decoder" });
    override call(x: tf.Tensor, { training = false } = {}) {
      const z = this.encoder(x, { training });
      return this.decoder(z);
    }
  }
  const ae = new AutoEncoder({ name: "ae" });
  equal(ae.built, false);
  equal(ae.variables.length, 0);
  ae.build([null, 6]);
  equal(ae.built, true);
  deepEqual(ae.layers.map((l) => l.name), ["encoder", "decoder"]);
  const names = ae.variables.map((v) => v.name);
  ok(names[0].startsWith("ae/encoder/dense") && names[0].endsWith("/kernel"), names[0]);
  deepEqual(names.slice(-2), ["ae/decoder/kernel", "ae/decoder/bias"]);
  equal(ae.countParams(), 6 * 8 + 8 + 8 * 4 + 4 + 4 * 6 + 6);
  const y = ae(tf.ones([3, 6]));
  deepEqual(y.shape, [3, 6]);
  deepEqual(ae.outputShape, [3, 6]);
  // model.variables feed a tape and an optimizer directly (the tutorial's loop).
  const opt = new tf.keras.optimizers.SGD({ learningRate: 0.1 });
  const x = rand(freshSeed(), [4, 6]);
  const lossOf = () => tf.reduceMean(tf.square(tf.subtract(ae(x), x)));
  const before = lossOf().arraySync() as number;
  for (let i = 0; i < 20; i++) {
    const tape = new tf.GradientTape();
    const loss = tape.record(lossOf);
    opt.applyGradients(tf.zip(tape.gradient(loss, ae.trainableVariables), ae.trainableVariables));
  }
  ok((lossOf().arraySync() as number) < before);
  // A Model subclass without call says what to do.
  class Empty extends tf.keras.Model {}
  assertThrows(
    () => new Empty()(tf.ones([1])),
    TypeError,
    "does not implement call()",
    "call(inputs, { training })",
  );
});

testEachBackend(
  "the tutorial's Linear model reaches a = 0.97637, b = 0.057565 (examples/linear_model.ts)",
  () => {
    const model = linearModel.train();
    const names = model.variables.map((v) => v.name);
    ok(
      /^linear(_\d+)?\/dense(_\d+)?\/kernel$/.test(names[0]) && names[1].endsWith("/bias"),
      String(names),
    );
    assertClose(model.variables[0].dataSync(), [0.97637], { atol: 1e-4, rtol: 0 }, "a");
    assertClose(model.variables[1].dataSync(), [0.057565], { atol: 1e-4, rtol: 0 }, "b");
  },
);

Deno.test("deno run examples/linear_model.ts prints the model's variables", async () => {
  const url = new URL("../examples/linear_model.ts", import.meta.url);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", url.pathname], // no permission flags
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  const text = new TextDecoder().decode(out.stdout);
  ok(out.success, new TextDecoder().decode(out.stderr));
  ok(
    /<tf\.Variable 'linear\/dense\/kernel:0' shape=\(1, 1\) dtype=float32, numpy=array\(\[\[0\.9763\d*\]\]/
      .test(text),
    text,
  );
  ok(
    /<tf\.Variable 'linear\/dense\/bias:0' shape=\(1,\) dtype=float32, numpy=array\(\[0\.0575\d*\]/
      .test(text),
    text,
  );
});

// ---------------------------------------------------------------- functional

testEachBackend(
  "functional API: symbolic shapes, multiple inputs and outputs, shared layers, nesting",
  () => {
    const seed = freshSeed();
    const a = tf.keras.Input({ shape: [3], name: "a" });
    const b = tf.keras.Input({ shape: [null, 2], name: "b" });
    equal(a.dtype, "float32");
    deepEqual(b.shape, [null, null, 2]);
    const shared = new L.Dense(4, { name: "shared" });
    const ha = shared(a);
    const hb = new L.Flatten({ name: "flat" })(new L.Dense(3, { name: "pre" })(b));
    deepEqual(hb.shape, [null, null], "unknown sizes stay unknown");
    const hb2 = shared(
      new L.Dense(3, { name: "proj" })(
        new L.GlobalAveragePooling2D({ name: "gap" })(tf.keras.Input({ shape: [2, 2, 5] })),
      ),
    );
    void hb2; // another call of the shared layer, outside this model
    const merged = new Concat({ name: "concat" })([ha, shared(a)]);
    deepEqual(merged.shape, [null, 8], "traced output shape");
    const out1 = new L.Dense(1, { name: "out1" })(merged);
    const model = new tf.keras.Model<tf.Tensor[]>({
      inputs: [a, b],
      outputs: [out1, hb],
      name: "two",
    });
    // Keras's order: by depth from the outputs (deepest first), then by discovery.
    deepEqual(model.layers.map((l) => l.name), [
      "a",
      "shared",
      "b",
      "concat",
      "pre",
      "out1",
      "flat",
    ]);
    deepEqual(model.inputs, [a, b]);
    deepEqual(model.outputs, [out1, hb]);
    const xa = rand(seed, [5, 3]), xb = rand(seed + 1, [5, 7, 2]);
    const [y1, y2] = model([xa, xb]);
    deepEqual(y1.shape, [5, 1]);
    deepEqual(y2.shape, [5, 21]);
    // The same computation by hand.
    const h = shared(xa);
    const ref = model.getLayer("out1")(tf.concat([h, h], -1)) as tf.Tensor;
    assertClose(
      y1.dataSync(),
      ref.dataSync(),
      { rtol: 1e-6, atol: 1e-6 },
      `functional (seed ${seed})`,
    );
    // A functional model is a layer of another functional model.
    const inner = new tf.keras.Model({ inputs: a, outputs: out1 });
    const c = tf.keras.Input({ shape: [3] });
    const outer = new tf.keras.Model({
      inputs: c,
      outputs: new L.Dense(2, { name: "top" })(inner(c)),
    });
    deepEqual(outer(xa).shape, [5, 2]);
    equal(outer.countParams(), inner.countParams() + 4);
    ok(/^functional(_\d+)?$/.test(inner.name));
    // Errors.
    assertThrows(() => model(xa), RangeError, '"two"', "expects 2 inputs but got 1");
    assertThrows(
      () => model([xa, rand(seed, [5, 7, 3])]),
      RangeError,
      "input 1",
      "[5, 7, 3]",
      "(None, None, 2)",
    );
    assertThrows(
      () => new tf.keras.Model({ inputs: a, outputs: out1 }).apply([xa, xa]),
      RangeError,
      "expects 1 input",
    );
    assertThrows(
      () =>
        new tf.keras.Model({ inputs: [a], outputs: merged }) &&
        new tf.keras.Model({ inputs: b, outputs: out1 }),
      RangeError,
      "graph disconnected",
      '"a"',
    );
    assertThrows(
      () => new tf.keras.Model({ inputs: ha, outputs: out1 }),
      TypeError,
      "must come from tf.keras.Input",
    );
    assertThrows(
      () => new tf.keras.Model({ inputs: a } as never),
      TypeError,
      "both inputs and outputs",
    );
    assertThrows(
      () => new tf.keras.Model({ inputs: a, outputs: tf.ones([1]) as never }),
      TypeError,
      "outputs must be a symbolic tensor",
    );
    const d1 = new L.Dense(1, { name: "same" }), d2 = new L.Dense(1, { name: "same" });
    assertThrows(
      () => new tf.keras.Model({ inputs: a, outputs: d2(d1(a)) }),
      RangeError,
      'two layers are named "same"',
    );
    assertThrows(() => model.getLayer("nope"), RangeError, 'no layer named "nope"', '"shared"');
  },
);

testEachBackend(
  "functional API: training reaches Dropout and BatchNormalization; int32 inputs for Embedding",
  () => {
    const ids = tf.keras.Input({ shape: [4], dtype: "int32" });
    const e = new L.Embedding(10, 3)(ids);
    const d = new L.Dropout(0.5, { seed: 3 })(new L.Flatten()(e));
    const out = new L.BatchNormalization()(d);
    const model = new tf.keras.Model({ inputs: ids, outputs: out });
    const x = tf.constant([[1, 2, 3, 4], [5, 6, 7, 8]], { dtype: "int32" });
    const inf = model(x).dataSync();
    deepEqual(model(x).dataSync(), inf, "inference is deterministic");
    const bn = model.layers[model.layers.length - 1] as tf.keras.layers.BatchNormalization;
    const mm = Array.from(bn.movingMean.dataSync());
    model(x, { training: true });
    notDeepEqual(Array.from(bn.movingMean.dataSync()), mm, "training updated the moving mean");
  },
);

// ---------------------------------------------------------------- Sequential

testEachBackend(
  "Sequential: Input first, inputShape on the first layer, or built by the first call; add and pop",
  () => {
    const m1 = new tf.keras.Sequential([
      tf.keras.Input({ shape: [5] }),
      new L.Dense(3, { name: "s1" }),
    ], { name: "seq_a" });
    ok(m1.built);
    deepEqual(m1.variables.map((v) => v.name), ["seq_a/s1/kernel", "seq_a/s1/bias"]);
    deepEqual(m1.layers.map((l) => l.name), ["s1"], "no InputLayer in layers");
    const m2 = new tf.keras.Sequential({
      layers: [new L.Dense(3, { inputShape: [5] }), new L.Dense(2)],
    });
    equal(m2.countParams(), 18 + 8);
    deepEqual(m2.layers[1].outputShape, [null, 2]);
    const m3 = new tf.keras.Sequential();
    m3.add(new L.Dense(4));
    m3.add(new L.Activation("relu"));
    equal(m3.built, false);
    deepEqual(m3(tf.ones([2, 3])).shape, [2, 4]);
    ok(m3.built);
    deepEqual(m3.layers[0].outputShape, [2, 4], "the last call's shape");
    m3.add(new L.Dense(1));
    deepEqual(m3(tf.ones([2, 3])).shape, [2, 1]);
    const popped = m3.pop();
    ok(popped instanceof L.Dense);
    deepEqual(m3(tf.ones([2, 3])).shape, [2, 4]);
    // Growing a built model builds the new layer at once.
    m1.add(new L.Dense(7, { name: "s2" }));
    deepEqual(m1.layers[1].outputShape, [null, 7]);
    equal(m1.countParams(), 18 + 28);
    // Errors.
    assertThrows(() => m1.add({} as never), TypeError, "add() takes a layer");
    assertThrows(
      () => m1.add(new L.Dense(1, { name: "s1" })),
      RangeError,
      '"s1" is already in the model',
    );
    assertThrows(
      () => m1.add(tf.keras.Input({ shape: [1] })),
      TypeError,
      "Input can only come first",
    );
    assertThrows(
      () => m1([tf.ones([1, 5]), tf.ones([1, 5])]),
      RangeError,
      "got 2 inputs",
      "one tensor",
    );
    assertThrows(() => new tf.keras.Sequential().pop(), RangeError, "no layers");
    assertThrows(
      () => new tf.keras.Sequential({ layer: [] } as never),
      TypeError,
      '"layer"',
      '"layers"',
    );
    const lstmState = new tf.keras.Sequential([new L.LSTM(2, { returnState: true })]);
    assertThrows(
      () => lstmState(tf.ones([1, 2, 3])),
      TypeError,
      "returns several tensors",
      "one output",
    );
  },
);

// ---------------------------------------------------------------- summary

const MNIST_CONVNET_76 = `Model: "convnet"
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
│ conv2d (Conv2D)                 │ (None, 26, 26, 32)     │           320 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ max_pooling2d (MaxPooling2D)    │ (None, 13, 13, 32)     │             0 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ conv2d_1 (Conv2D)               │ (None, 11, 11, 64)     │        18,496 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ max_pooling2d_1 (MaxPooling2D)  │ (None, 5, 5, 64)       │             0 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ flatten (Flatten)               │ (None, 1600)           │             0 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ dropout (Dropout)               │ (None, 1600)           │             0 │
├─────────────────────────────────┼────────────────────────┼───────────────┤
│ dense (Dense)                   │ (None, 10)             │        16,010 │
└─────────────────────────────────┴────────────────────────┴───────────────┘
 Total params: 34,826 (136.04 KB)
 Trainable params: 34,826 (136.04 KB)
 Non-trainable params: 0 (0.00 B)`;

function convnet(): tf.keras.Sequential {
  return new tf.keras.Sequential([
    tf.keras.Input({ shape: [28, 28, 1] }),
    new L.Conv2D(32, [3, 3], { activation: "relu", name: "conv2d" }),
    new L.MaxPooling2D([2, 2], { name: "max_pooling2d" }),
    new L.Conv2D(64, [3, 3], { activation: "relu", name: "conv2d_1" }),
    new L.MaxPooling2D([2, 2], { name: "max_pooling2d_1" }),
    new L.Flatten({ name: "flatten" }),
    new L.Dropout(0.5, { name: "dropout" }),
    new L.Dense(10, { activation: "softmax", name: "dense" }),
  ], { name: "convnet" });
}

testEachBackend(
  "summary: Keras's table for the MNIST convnet, character for character (80-column terminal)",
  () => {
    const printed: string[] = [];
    const text = convnet().summary({ lineLength: 76, printFn: (t) => printed.push(t) });
    equal(text, MNIST_CONVNET_76);
    deepEqual(printed, [MNIST_CONVNET_76]);
    // At Keras's default width of 88 the columns are 38, 29 and 17 wide.
    const wide = convnet().summary({ lineLength: 88, printFn: () => {} }).split("\n");
    equal(wide[1], "┏" + "━".repeat(38) + "┳" + "━".repeat(29) + "┳" + "━".repeat(17) + "┓");
    equal(
      wide[2],
      "┃ Layer (type)" + " ".repeat(25) + "┃ Output Shape" + " ".repeat(16) + "┃" + " ".repeat(9) +
        "Param # ┃",
    );
    ok(
      wide.every((l, i) => i === 0 || i > 16 || [...l].length === 88),
      "every table line is 88 wide",
    );
  },
);

testEachBackend(
  "summary: unbuilt layers, subclassed models, non-trainable counts, functional graphs, options",
  () => {
    const seq = new tf.keras.Sequential([
      new L.Dense(4, { name: "d1" }),
      new L.BatchNormalization({ name: "bn" }),
    ], { name: "lazy" });
    const before = seq.summary({ lineLength: 76, printFn: () => {} });
    ok(
      before.includes(
        "│ d1 (Dense)                      │ ?                      │   0 (unbuilt) │",
      ),
      before,
    );
    ok(before.includes(" Total params: 0 (0.00 B)"));
    seq(tf.ones([2, 3]));
    const after = seq.summary({ lineLength: 76, printFn: () => {} });
    ok(
      after.includes(
        "│ d1 (Dense)                      │ (None, 4)              │            16 │",
      ),
      after,
    );
    ok(
      after.includes(
        " Total params: 32 (128.00 B)\n Trainable params: 24 (96.00 B)\n Non-trainable params: 8 (32.00 B)",
      ),
      after,
    );
    // A subclassed model lists its tracked layers with their last output shapes.
    class Net extends tf.keras.Model {
      a = new L.Dense(2, { name: "na" });
      override call(x: tf.Tensor) {
        return this.a(x);
      }
    }
    const net = new Net({ name: "net" });
    ok(
      net.summary({ printFn: () => {}, lineLength: 76 }).includes(
        "│ na (Dense)                      │ ?                      │   0 (unbuilt) │",
      ),
    );
    net(tf.ones([5, 3]));
    ok(
      net.summary({ printFn: () => {}, lineLength: 76 }).includes(
        "│ na (Dense)                      │ (5, 2)                 │             8 │",
      ),
    );
    // A branching functional model gets Keras's "Connected to" column (108 wide).
    const x = tf.keras.Input({ shape: [3], name: "x" });
    const p = new L.Dense(2, { name: "p" })(x);
    const q = new L.Dense(2, { name: "q" })(x);
    const m = new tf.keras.Model({
      inputs: x,
      outputs: new Concat({ name: "cat" })([p, q]),
      name: "branchy",
    });
    const text = m.summary({ lineLength: 108, printFn: () => {} });
    const lines = text.split("\n");
    equal(
      lines[2],
      "┃ Layer (type)                  ┃ Output Shape              ┃         Param # ┃ Connected to               ┃",
    );
    ok(
      lines.some((l) =>
        l.startsWith("│ x (InputLayer)") && l.endsWith("│ -                          │")
      ),
      text,
    );
    ok(
      lines.some((l) =>
        l.startsWith("│ cat (Concat)") && l.includes("│ (None, 4)") &&
        l.endsWith("│ p[0][0], q[0][0]           │")
      ),
      text,
    );
    ok(lines.every((l, i) => i === 0 || i >= lines.length - 3 || [...l].length === 108));
    // showTrainable and expandNested.
    const frozen = new tf.keras.Sequential([
      tf.keras.Input({ shape: [2] }),
      new L.Dense(1, { name: "f", trainable: false }),
    ]);
    ok(frozen.summary({ showTrainable: true, printFn: () => {} }).includes("Trainable"));
    const outer = new tf.keras.Sequential([tf.keras.Input({ shape: [2] }), frozen], {
      name: "outer",
    });
    const nested = outer.summary({ expandNested: true, printFn: () => {}, lineLength: 76 });
    ok(nested.includes("│    └ f (Dense)"), nested);
    assertThrows(() => frozen.summary({ lineLength: 10 }), RangeError, "lineLength");
    assertThrows(
      () => frozen.summary({ positions: [0.5, 1] }),
      RangeError,
      "positions needs 3 entries",
    );
  },
);

// ---------------------------------------------------------------- training methods

testEachBackend(
  "Model's compile/fit/evaluate/predict/trainOnBatch/save/load reach layers/training.ts and safetensors",
  async () => {
    const seed = freshSeed();
    tf.random.setSeed(seed);
    const model = new tf.keras.Sequential([
      tf.keras.Input({ shape: [4] }),
      new L.Dense(16, { activation: "relu" }),
      new L.BatchNormalization(),
      new L.Dense(1),
    ]);
    assertThrows(() => model.trainOnBatch(tf.ones([2, 4]), tf.ones([2, 1])), Error, "compile");
    model.compile({ optimizer: new tf.keras.optimizers.Adam({ learningRate: 0.01 }), loss: "mse" });
    const x = rand(seed, [128, 4]);
    const y = tf.reduceSum(x, -1, true);
    const first = model.trainOnBatch(x, y) as number;
    const history = await model.fit(x, y, { epochs: 20, batchSize: 32, verbose: 0 });
    const last = (history.history.loss as number[]).at(-1)!;
    ok(last < first, `loss ${first} -> ${last}`);
    deepEqual((model.predict(x, { verbose: 0 }) as tf.Tensor).shape, [128, 1]);
    ok(typeof await model.evaluate(x, y, { verbose: 0 }) === "number");
    ok(model.optimizer instanceof tf.keras.optimizers.Adam);
    const file = await Deno.makeTempFile({ suffix: ".safetensors" });
    try {
      model.saveWeights(file);
      const saved = model.getWeights();
      model.setWeights(model.weights.map((w) => tf.zerosLike(w)));
      model.loadWeights(file);
      model.weights.forEach((w, i) => deepEqual(w.dataSync(), saved[i].dataSync(), w.name));
    } finally {
      await Deno.remove(file);
    }
    tf.random.setSeed(null);
  },
);

testEachBackend(
  "weightPaths: the same code gives the same paths in one process; user names kept",
  () => {
    const make = () =>
      new tf.keras.Sequential([
        tf.keras.Input({ shape: [2] }),
        new L.Dense(3),
        new L.BatchNormalization(),
        new L.Dense(1, { name: "head" }),
        new L.Reshape([1, 1]),
        new L.LSTM(2),
      ]);
    const a = make(), b = make();
    const expected = [
      "dense/kernel",
      "dense/bias",
      "batch_normalization/gamma",
      "batch_normalization/beta",
      "batch_normalization/moving_mean",
      "batch_normalization/moving_variance",
      "head/kernel",
      "head/bias",
      "lstm/lstm_cell/kernel",
      "lstm/lstm_cell/recurrent_kernel",
      "lstm/lstm_cell/bias",
    ];
    deepEqual([...a.weightPaths().values()], expected);
    deepEqual([...b.weightPaths().values()], expected);
    deepEqual([...a.weightPaths().keys()], a.weights);
    notDeepEqual(a.weights.map((v) => v.name), b.weights.map((v) => v.name));
    // Siblings of one class are numbered within their parent; nested models too.
    class Two extends tf.keras.Model {
      blocks = [new L.Dense(2), new L.Dense(2)];
      inner = new tf.keras.Sequential([new L.Dense(2)]);
      override call(x: tf.Tensor) {
        return this.inner(this.blocks[1](this.blocks[0](x)));
      }
    }
    const t = new Two();
    t(tf.ones([1, 2]));
    deepEqual([...t.weightPaths().values()], [
      "dense/kernel",
      "dense/bias",
      "dense_1/kernel",
      "dense_1/bias",
      "sequential/dense/kernel",
      "sequential/dense/bias",
    ]);
  },
);
