// The Layer base (calling, building, weights, tracking, training flag,
// losses, input checks, options) and the non-convolutional, non-recurrent
// layers against float64 references with known weights.

import * as tf from "../mod.ts";
import { deepEqual, equal, ok, throws } from "node:assert/strict";
import { assertClose, assertThrows, freshSeed, rng, testEachBackend } from "./_util.ts";
import { arr, checkWeightGradients, matmulRef, rand, size } from "./_layers_ref.ts";

const L = tf.keras.layers;
const F32 = { rtol: 1e-5, atol: 1e-5 };

// ---------------------------------------------------------------- the Layer base

testEachBackend("a layer is a callable object: layer(x) is layer.apply(x)", () => {
  const dense = new L.Dense(2, { kernelInitializer: "ones" });
  equal(typeof dense, "function");
  ok(dense instanceof L.Dense && dense instanceof L.Layer);
  const x = tf.constant([[1, 2, 3]]);
  deepEqual(dense(x).arraySync(), [[6, 6]]);
  deepEqual(dense.apply(x).arraySync(), [[6, 6]]);
  deepEqual(dense([[1, 1, 1]]).arraySync(), [[3, 3]]); // nested arrays are inputs too
  equal(String(dense), `<Dense name=${dense.name}, built=true>`);
  equal(Deno.inspect(dense), `<Dense name=${dense.name}, built=true>`);
});

testEachBackend(
  "names: Keras's snake_case of the class, numbered per prefix; explicit names kept",
  () => {
    equal(tf.keras.layers.Layer.name, "Layer");
    class MyFancyModel extends tf.keras.Model {}
    const a = new MyFancyModel(), b = new MyFancyModel();
    equal(a.name, "my_fancy_model");
    equal(b.name, "my_fancy_model_1");
    ok(/^conv2d(_\d+)?$/.test(new L.Conv2D(1, 1).name));
    ok(/^max_pooling2d(_\d+)?$/.test(new L.MaxPooling2D().name));
    ok(/^batch_normalization(_\d+)?$/.test(new L.BatchNormalization().name));
    ok(
      /^multi_head_attention(_\d+)?$/.test(
        new L.MultiHeadAttention({ numHeads: 1, keyDim: 1 }).name,
      ),
    );
    equal(new L.Dense(1, { name: "out" }).name, "out");
    assertThrows(() => new L.Dense(1, { name: "a/b" }), TypeError, "Dense", '"/"');
  },
);

testEachBackend(
  "build runs once, on the first call, with the input shape; addWeight names weights by path",
  () => {
    const shapes: unknown[] = [];
    class Scale extends L.Layer {
      w!: tf.Variable;
      override build(inputShape: (number | null)[]) {
        shapes.push(inputShape);
        this.w = this.addWeight("w", [inputShape[inputShape.length - 1]!], { initializer: "ones" });
      }
      override call(x: tf.Tensor) {
        return tf.multiply(x, this.w);
      }
    }
    const s = new Scale({ name: "scale" });
    equal(s.built, false);
    s(tf.ones([2, 3]));
    s(tf.ones([4, 3]));
    deepEqual(shapes, [[2, 3]]);
    equal(s.built, true);
    equal(s.w.name, "scale/w");
    deepEqual(s.variables, [s.w]);
    deepEqual(s.buildInputShape, [2, 3]);
    deepEqual(s.outputShape, [4, 3]);
    // Weights made in a model's call are under the model's path.
    class Outer extends tf.keras.Model {
      inner = new Scale({ name: "inner" });
      override call(x: tf.Tensor) {
        return this.inner(x);
      }
    }
    const o = new Outer({ name: "outer" });
    o(tf.ones([1, 2]));
    deepEqual(o.variables.map((v) => v.name), ["outer/inner/w"]);
    equal(o.inner.path, "outer/inner");
    assertThrows(() => s.addWeight("w", [1]), RangeError, "already exists");
    assertThrows(() => s.addWeight("v", [-1]), RangeError, "shape");
    assertThrows(() => s.addWeight("v", [1], { dtype: "bool" }), TypeError, "dtype");
    assertThrows(
      () => s.addWeight("v", [1], { initialiser: "ones" } as never),
      TypeError,
      "initialiser",
      "initializer",
    );
  },
);

testEachBackend(
  "tracking: layers in fields, arrays, Maps and objects; shared layers and variables once",
  () => {
    class Block extends tf.keras.Model {
      a = new L.Dense(3, { name: "a" });
      b = new L.Dense(3, { name: "b" });
      override call(x: tf.Tensor) {
        return this.b(this.a(x));
      }
    }
    const shared = new L.Dense(3, { name: "shared" });
    class Net extends tf.keras.Model {
      blocks = [new Block({ name: "block0" }), new Block({ name: "block1" })];
      heads = new Map([["h", new L.Dense(2, { name: "head" })]]);
      extra = { s1: shared, s2: shared, nested: [[shared]] };
      scale = new tf.Variable(2, { name: "scale" });
      counter = new tf.Variable(0, { name: "counter", trainable: false });
      data = [1, 2, 3]; // not scanned
      override call(x: tf.Tensor) {
        let h = x;
        for (const b of this.blocks) h = b(h);
        h = this.extra.s1(h);
        h = this.extra.s2(h); // the same layer twice
        return tf.multiply(this.heads.get("h")!(h), this.scale);
      }
    }
    const net = new Net({ name: "net" });
    net(tf.ones([2, 3]));
    deepEqual(net.layers.map((l) => l.name), ["block0", "block1", "head", "shared"]);
    deepEqual(net.variables.map((v) => v.name), [
      "scale",
      "counter",
      "net/block0/a/kernel",
      "net/block0/a/bias",
      "net/block0/b/kernel",
      "net/block0/b/bias",
      "net/block1/a/kernel",
      "net/block1/a/bias",
      "net/block1/b/kernel",
      "net/block1/b/bias",
      "net/head/kernel",
      "net/head/bias",
      "net/shared/kernel",
      "net/shared/bias",
    ]);
    equal(net.trainableVariables.length, 13);
    deepEqual(net.nonTrainableVariables.map((v) => v.name), ["counter"]);
    deepEqual(net.weights, net.variables);
    equal(net.countParams(), 1 + 1 + 4 * 12 + 8 + 12);
    // A layer reached twice contributes its variables once.
    equal(new Set(net.variables).size, net.variables.length);
  },
);

testEachBackend(
  "trainable = false freezes the layer and its sub-layers; true restores only what was trainable",
  () => {
    const model = new tf.keras.Sequential([
      tf.keras.Input({ shape: [3] }),
      new L.Dense(4),
      new L.BatchNormalization(),
    ]);
    equal(model.trainableVariables.length, 4);
    equal(model.nonTrainableVariables.length, 2);
    model.trainable = false;
    equal(model.trainableVariables.length, 0);
    equal(model.nonTrainableVariables.length, 6);
    ok(model.layers.every((l) => !l.trainable));
    ok(model.variables.every((v) => !v.trainable));
    model.layers[0].trainable = true; // only the Dense
    equal(model.trainableVariables.length, 0, "the model itself is still frozen");
    deepEqual(model.layers[0].trainableVariables.map((v) => v.name.split("/").pop()), [
      "kernel",
      "bias",
    ]);
    model.trainable = true;
    equal(model.trainableVariables.length, 4);
    ok(
      !(model.layers[1] as tf.keras.layers.BatchNormalization).movingMean.trainable,
      "moving stats stay frozen",
    );
    // Constructed frozen: weights are created non-trainable.
    const frozen = new L.Dense(2, { trainable: false });
    frozen(tf.ones([1, 2]));
    equal(frozen.trainableVariables.length, 0);
    frozen.trainable = true;
    equal(frozen.trainableVariables.length, 2);
    // A tape does not watch frozen weights.
    frozen.trainable = false;
    const tape = new tf.GradientTape();
    const y = tape.record(() => tf.reduceSum(frozen(tf.ones([1, 2]))));
    deepEqual(tape.gradient(y, frozen.variables), [null, null]);
  },
);

testEachBackend(
  "training reaches nested layers: an inner call without training takes the outer call's",
  () => {
    const seen: boolean[] = [];
    class Probe extends L.Layer {
      override call(x: tf.Tensor, o?: { training?: boolean }) {
        seen.push(o!.training!);
        return x;
      }
    }
    class M extends tf.keras.Model {
      probe = new Probe();
      override call(x: tf.Tensor) {
        return this.probe(x);
      }
    }
    const m = new M();
    m(tf.ones([1]));
    m(tf.ones([1]), { training: true });
    m.apply(tf.ones([1]), { training: false });
    deepEqual(seen, [false, true, false]);
    // An explicit inner value wins.
    class N extends tf.keras.Model {
      probe = new Probe();
      override call(x: tf.Tensor) {
        return this.probe(x, { training: false });
      }
    }
    new N()(tf.ones([1]), { training: true });
    deepEqual(seen, [false, true, false, false]);
  },
);

testEachBackend(
  "losses: regularizers on trainable weights (computed on access, differentiable), addLoss per call",
  () => {
    const seed = freshSeed();
    const dense = new L.Dense(3, {
      kernelRegularizer: tf.keras.regularizers.l2(0.1),
      biasRegularizer: "l1",
      biasInitializer: tf.keras.initializers.constant(0.5),
      activityRegularizer: tf.keras.regularizers.l1(0.01),
    });
    const x = rand(seed, [4, 2]);
    const y = dense(x);
    const k = arr(dense.kernel).data;
    const losses = dense.losses.map((t) => t.arraySync() as number);
    equal(losses.length, 3);
    const yAbs = Array.from(y.dataSync()).reduce((a, v) => a + Math.abs(v), 0);
    assertClose(losses[0], 0.01 * yAbs, F32, `activity (seed ${seed})`);
    assertClose(losses[1], 0.1 * k.reduce((a, v) => a + v * v, 0), F32, "kernel l2");
    assertClose(losses[2], 0.01 * 3 * 0.5, F32, "bias l1 (Keras's default factor 0.01)");
    // The penalty's gradient reaches the kernel: d(0.1 Σw²)/dw = 0.2 w.
    const tape = new tf.GradientTape();
    const total = tape.record(() => dense.losses[1]);
    assertClose(tape.gradient(total, dense.kernel)!.dataSync(), k.map((v) => 0.2 * v), F32, "grad");
    // Frozen weights are not penalized.
    dense.trainable = false;
    equal(dense.losses.length, 1);
    dense.trainable = true;
    // addLoss losses last for one outermost call.
    class WithLoss extends tf.keras.Model {
      d = new L.Dense(1);
      override call(x: tf.Tensor) {
        this.addLoss(tf.reduceMean(x));
        this.d.addLoss(tf.constant([1, 2])); // summed to a scalar
        return this.d(x);
      }
    }
    const m = new WithLoss();
    m(tf.ones([2, 2]));
    deepEqual(m.losses.map((t) => t.arraySync()), [1, 3]);
    m(tf.ones([2, 2]));
    equal(m.losses.length, 2, "cleared at the start of each outermost call");
  },
);

testEachBackend(
  "getWeights / setWeights round-trip; setWeights checks everything before assigning",
  () => {
    const d = new L.Dense(2);
    d(tf.ones([1, 3]));
    const w = d.getWeights();
    deepEqual(w.map((t) => t.shape), [[3, 2], [2]]);
    d.setWeights([tf.ones([3, 2]), [5, 6]]);
    deepEqual(d(tf.ones([1, 3])).arraySync(), [[8, 9]]);
    assertThrows(
      () => d.setWeights([tf.zeros([3, 2]), [1, 2, 3]]),
      RangeError,
      "value 1",
      "[3]",
      "[2]",
      "nothing was changed",
    );
    deepEqual(d.bias.arraySync(), [5, 6], "the kernel was not assigned either");
    deepEqual(Array.from(d.kernel.dataSync()), [1, 1, 1, 1, 1, 1]);
    assertThrows(() => d.setWeights([tf.ones([3, 2])]), RangeError, "1 values for 2 weights");
  },
);

// ---------------------------------------------------------------- bad input

testEachBackend(
  "an input that does not fit a built layer: the error names the layer, expected and given shapes",
  () => {
    const d = new L.Dense(4, { name: "hidden" });
    d(tf.ones([2, 3]));
    const e = assertThrows(
      () => d(tf.ones([2, 5])),
      RangeError,
      'Dense layer "hidden"',
      "(2, 5)",
      "(..., 3)",
      "(2, 3)",
    );
    ok(e.message.includes("last axis is 5, not 3"), e.message);
    assertThrows(() => d(tf.ones([3])), RangeError, "hidden", "rank 1 is below 2");
    deepEqual(d(tf.ones([1, 3])).shape, [1, 4], "a good call still works");
    const conv = new L.Conv2D(2, 3, { name: "c" });
    conv(tf.zeros([1, 8, 8, 3]));
    assertThrows(
      () => conv(tf.zeros([1, 8, 8, 1])),
      RangeError,
      'Conv2D layer "c"',
      "(1, 8, 8, 1)",
      "axis 3 is 1, not 3",
    );
    assertThrows(() => conv(tf.zeros([8, 8, 3])), RangeError, '"c"', "rank 3 instead of 4");
    const bn = new L.BatchNormalization({ name: "bn" });
    bn(tf.zeros([2, 4]));
    assertThrows(() => bn(tf.zeros([2, 5])), RangeError, `"bn"`, "axis 1 is 5, not 4");
    // In a model the innermost layer is named.
    const m = new tf.keras.Sequential([
      tf.keras.Input({ shape: [3] }),
      new L.Dense(2, { name: "first" }),
    ]);
    assertThrows(() => m(tf.ones([1, 4])), RangeError, '"first"', "(None, 3)");
  },
);

testEachBackend(
  "unbuilt layers: weights and countParams say to call or build the layer first",
  () => {
    const d = new L.Dense(3, { name: "lazy" });
    assertThrows(
      () => d.kernel,
      TypeError,
      '"lazy"',
      "kernel",
      "does not exist until the layer is built",
    );
    assertThrows(() => d.countParams(), TypeError, '"lazy"', "countParams", "build");
    deepEqual(d.variables, []);
    d._buildFor([null, 2]);
    equal(d.countParams(), 9);
    const bn = new L.BatchNormalization({ name: "bn0" });
    assertThrows(() => bn.movingMean, TypeError, "moving_mean", "built");
    const noBias = new L.Dense(1, { useBias: false });
    noBias(tf.ones([1, 1]));
    assertThrows(() => noBias.bias, RangeError, 'no weight "bias"');
  },
);

testEachBackend("bad options: TypeError/RangeError naming the layer and the fix", () => {
  assertThrows(
    () => new L.Dense({ unit: 3 } as never),
    TypeError,
    "Dense",
    '"unit"',
    'did you mean "units"',
  );
  assertThrows(() => new L.Dense({} as never), TypeError, "Dense: units is required");
  assertThrows(() => new L.Dense(0), RangeError, "Dense: units must be >= 1");
  assertThrows(() => new L.Dense(2.5), TypeError, "units must be an integer");
  assertThrows(
    () => new L.Dense(2, { activation: "rleu" }),
    TypeError,
    "unknown activation",
    '"relu"',
  );
  assertThrows(
    () => new L.Dense(2, { kernelInitializer: "glorot" }),
    TypeError,
    "unknown initializer",
    "glorot_uniform",
  );
  assertThrows(() => new L.Dense(2, { kernelRegularizer: "l3" }), TypeError, "unknown regularizer");
  assertThrows(
    () => new L.Dense(2, { useBias: 1 as never }),
    TypeError,
    "useBias must be true or false",
  );
  assertThrows(() => new L.Dropout(1.5), RangeError, "Dropout: rate must be in [0, 1]");
  assertThrows(() => new L.Dropout({} as never), TypeError, "rate is required");
  assertThrows(() => new L.Conv2D(8, 0), TypeError, "kernelSize");
  assertThrows(
    () => new L.Conv2D(8, 3, { padding: "full" as never }),
    RangeError,
    "padding",
    '"same"',
  );
  assertThrows(() => new L.Conv2D(6, 3, { groups: 4 }), RangeError, "multiple of groups");
  assertThrows(() => new L.BatchNormalization({ momentum: 2 }), RangeError, "momentum");
  assertThrows(
    () => new L.Embedding(10, 4, { maskZero: true }),
    TypeError,
    "maskZero is not supported",
  );
  assertThrows(() => new L.LSTM(4, { stateful: true }), TypeError, "stateful", "initialState");
  assertThrows(() => new L.MultiHeadAttention({ numHeads: 2 } as never), TypeError, "keyDim");
  assertThrows(() => new L.Reshape([2, -1, -1]), TypeError, "at most one -1");
  assertThrows(() => new L.Dense(2, { dtype: "int32" }), TypeError, "dtype", "float32");
  assertThrows(() => new L.Activation({} as never), TypeError, "activation is required");
  const d = new L.Dense(1);
  assertThrows(() => d(tf.ones([1, 1]), 3 as never), TypeError, "call options", "layer([a, b])");
  assertThrows(() => d(undefined as never), TypeError, "called without an input");
});

// ---------------------------------------------------------------- Dense

testEachBackend(
  "Dense matches x · kernel + bias, then the activation, for rank 2 and 3 inputs",
  () => {
    const seed = freshSeed();
    for (const [shape, act] of [[[5, 7], "relu"], [[2, 3, 7], "tanh"], [[1, 7], null]] as const) {
      const d = new L.Dense(6, { activation: act });
      const x = rand(seed, [...shape]);
      const y = d(x);
      deepEqual(y.shape, [...shape.slice(0, -1), 6]);
      const M = size(shape) / 7;
      const ref = matmulRef(arr(x).data, arr(d.kernel).data, M, 7, 6);
      const b = arr(d.bias).data;
      const f = act === "relu"
        ? (v: number) => Math.max(v, 0)
        : act === "tanh"
        ? Math.tanh
        : (v: number) => v;
      assertClose(
        y.dataSync(),
        ref.map((v, i) => f(v + b[i % 6])),
        F32,
        `Dense ${shape} ${act} (seed ${seed})`,
      );
    }
    const nb = new L.Dense(2, { useBias: false, kernelInitializer: "ones" });
    deepEqual(nb(tf.constant([[1, 2]])).arraySync(), [[3, 3]]);
    equal(nb.variables.length, 1);
  },
);

testEachBackend(
  "Dense: gradients with respect to the input and the weights agree with finite differences",
  () => {
    const seed = freshSeed();
    const d = new L.Dense(4, { activation: "tanh" });
    const x = rand(seed, [3, 5]);
    d(x);
    tf.test.checkGradients((t) => d(t), [x]);
    checkWeightGradients(() => d(x), d.trainableVariables, seed);
  },
);

// ---------------------------------------------------------------- activations

testEachBackend("Activation: Keras's names (snake and camel case) against float64 formulas", () => {
  const xs = [-3, -1.5, -0.5, 0, 0.25, 1, 2.5, 4];
  const x = tf.constant([xs]);
  const erf = (v: number) => {
    // Abramowitz-Stegun 7.1.26 is too coarse; use a series good to 1e-12 for |v| <= 3.
    let s = 0, term = v, n = 0;
    while (Math.abs(term) > 1e-16 && n < 200) {
      s += term / (2 * n + 1);
      n++;
      term *= -v * v / n;
    }
    return (2 / Math.sqrt(Math.PI)) * s;
  };
  const sp = (v: number) => Math.log1p(Math.exp(v));
  const sig = (v: number) => 1 / (1 + Math.exp(-v));
  const refs: Record<string, (v: number) => number> = {
    linear: (v) => v,
    relu: (v) => Math.max(v, 0),
    relu6: (v) => Math.min(Math.max(v, 0), 6),
    elu: (v) => (v > 0 ? v : Math.expm1(v)),
    selu: (v) => 1.0507009873554805 * (v > 0 ? v : 1.6732632423543772 * Math.expm1(v)),
    softplus: sp,
    softsign: (v) => v / (1 + Math.abs(v)),
    silu: (v) => v * sig(v),
    swish: (v) => v * sig(v),
    gelu: (v) => 0.5 * v * (1 + erf(v / Math.SQRT2)),
    tanh: Math.tanh,
    sigmoid: sig,
    exponential: Math.exp,
    hard_sigmoid: (v) => Math.min(Math.max(v + 3, 0), 6) / 6,
    hardSigmoid: (v) => Math.min(Math.max(v + 3, 0), 6) / 6,
    hard_silu: (v) => v * Math.min(Math.max(v + 3, 0), 6) / 6,
    hard_tanh: (v) => Math.min(Math.max(v, -1), 1),
    mish: (v) => v * Math.tanh(sp(v)),
    leaky_relu: (v) => (v > 0 ? v : 0.2 * v),
    leakyRelu: (v) => (v > 0 ? v : 0.2 * v),
    log_sigmoid: (v) => -sp(-v),
  };
  for (const [name, f] of Object.entries(refs)) {
    const y = new L.Activation(name)(x);
    assertClose(y.dataSync(), xs.map(f), { rtol: 2e-6, atol: 2e-6 }, name);
  }
  const max = Math.max(...xs);
  const e = xs.map((v) => Math.exp(v - max));
  const s = e.reduce((a, b) => a + b, 0);
  assertClose(new L.Activation("softmax")(x).dataSync(), e.map((v) => v / s), F32, "softmax");
  assertClose(
    new L.Activation("log_softmax")(x).dataSync(),
    e.map((v) => Math.log(v / s)),
    F32,
    "log_softmax",
  );
  // A function works too, and the layer passes shapes through.
  deepEqual(new L.Activation((t: tf.Tensor) => tf.multiply(t, 2))(tf.ones([2])).arraySync(), [
    2,
    2,
  ]);
  assertThrows(() => new L.Activation("nope"), TypeError, "unknown activation", '"gelu"');
});

// ---------------------------------------------------------------- Flatten, Reshape

testEachBackend("Flatten and Reshape: shapes, channels_first order, -1, and size errors", () => {
  const x = tf.reshape(tf.range(0, 24), [2, 2, 3, 2]);
  deepEqual(new L.Flatten()(x).shape, [2, 12]);
  deepEqual(new L.Flatten()(tf.ones([3])).shape, [3, 1]);
  // channels_first moves the channels last first: [b, c, h, w] -> [b, h, w, c].
  const cf = new L.Flatten({ dataFormat: "channels_first" })(
    tf.reshape(tf.range(0, 8), [1, 2, 2, 2]),
  );
  deepEqual(cf.arraySync(), [[0, 4, 1, 5, 2, 6, 3, 7]]);
  deepEqual(new L.Reshape([3, 4])(tf.zeros([2, 12])).shape, [2, 3, 4]);
  deepEqual(new L.Reshape({ targetShape: [-1, 2] })(tf.zeros([2, 12])).shape, [2, 6, 2]);
  const r = new L.Reshape([5], { name: "r5" });
  assertThrows(() => r(tf.zeros([2, 12])), RangeError, '"r5"', "12 values per sample", "(5,)");
  // Symbolic shapes.
  const inp = tf.keras.Input({ shape: [null, 4] });
  deepEqual(new L.Flatten()(inp).shape, [null, null]);
  deepEqual(new L.Reshape([-1, 2])(inp).shape, [null, null, 2]);
});

// ---------------------------------------------------------------- Dropout

testEachBackend(
  "Dropout: identity in inference; in training 0 or x/(1-rate), about `rate` dropped",
  () => {
    const d = new L.Dropout(0.3);
    const x = tf.ones([100, 100]);
    equal(d(x), x, "inference returns the input");
    const y = d(x, { training: true }).dataSync();
    let zeros = 0;
    for (const v of y) {
      if (v === 0) zeros++;
      else assertClose(v, 1 / 0.7, F32, "kept");
    }
    ok(Math.abs(zeros / y.length - 0.3) < 0.03, `dropped ${zeros / y.length}`);
    deepEqual(new L.Dropout(0)(x, { training: true }).shape, [100, 100]);
    ok(new L.Dropout(1)(x, { training: true }).dataSync().every((v) => v === 0));
    // noiseShape shares the mask along axes of size 1.
    const ns = new L.Dropout(0.5, { noiseShape: [null, 1] })(tf.ones([50, 8]), { training: true });
    for (const row of ns.arraySync() as number[][]) ok(row.every((v) => v === row[0]));
    assertThrows(
      () => new L.Dropout(0.5, { noiseShape: [3] })(x, { training: true }),
      RangeError,
      "noiseShape",
    );
  },
);

testEachBackend(
  "Dropout seeds: a fresh layer with the same seed repeats the masks; successive calls differ",
  () => {
    const x = tf.ones([4, 16]);
    const a = new L.Dropout(0.5, { seed: 42 }), b = new L.Dropout(0.5, { seed: 42 });
    const a1 = a(x, { training: true }).dataSync(), a2 = a(x, { training: true }).dataSync();
    const b1 = b(x, { training: true }).dataSync(), b2 = b(x, { training: true }).dataSync();
    deepEqual(a1, b1);
    deepEqual(a2, b2);
    ok(a1.some((v, i) => v !== a2[i]), "each call draws a new mask");
    const c = new L.Dropout(0.5, { seed: 43 })(x, { training: true }).dataSync();
    ok(c.some((v, i) => v !== a1[i]));
    // Inside a model called in training.
    class M extends tf.keras.Model {
      drop = new L.Dropout(0.5, { seed: 1 });
      override call(t: tf.Tensor) {
        return this.drop(t);
      }
    }
    const m = new M();
    ok(m(x, { training: true }).dataSync().some((v) => v === 0));
    ok(m(x).dataSync().every((v) => v === 1));
  },
);

// ---------------------------------------------------------------- BatchNormalization

function bnRef(
  x: Float64Array,
  _rows: number,
  n: number,
  gamma: Float64Array,
  beta: Float64Array,
  mean: Float64Array,
  variance: Float64Array,
  eps: number,
) {
  return x.map((v, i) =>
    ((v - mean[i % n]) / Math.sqrt(variance[i % n] + eps)) * gamma[i % n] + beta[i % n]
  );
}

testEachBackend(
  "BatchNormalization: batch statistics and moving-average updates in training, moving statistics in inference",
  () => {
    const seed = freshSeed();
    const bn = new L.BatchNormalization({ momentum: 0.9, epsilon: 1e-3 });
    const x = rand(seed, [6, 4], -2, 3);
    bn(x); // build (inference: moving stats 0 and 1)
    bn.gamma.assign(tf.constant([1, 2, 0.5, -1]));
    bn.beta.assign(tf.constant([0, 1, -1, 0.5]));
    const xd = arr(x).data;
    const mean = new Float64Array(4), variance = new Float64Array(4);
    for (let i = 0; i < 24; i++) mean[i % 4] += xd[i] / 6;
    for (let i = 0; i < 24; i++) variance[i % 4] += (xd[i] - mean[i % 4]) ** 2 / 6; // biased, as Keras
    const g = arr(bn.gamma).data, b = arr(bn.beta).data;
    const y = bn(x, { training: true });
    assertClose(y.dataSync(), bnRef(xd, 6, 4, g, b, mean, variance, 1e-3), {
      rtol: 1e-4,
      atol: 1e-4,
    }, `train (seed ${seed})`);
    assertClose(bn.movingMean.dataSync(), mean.map((m) => 0.1 * m), F32, "moving mean");
    assertClose(
      bn.movingVariance.dataSync(),
      variance.map((v) => 0.9 + 0.1 * v),
      F32,
      "moving variance",
    );
    const mm = arr(bn.movingMean).data, mv = arr(bn.movingVariance).data;
    const inf = bn(x);
    assertClose(
      inf.dataSync(),
      bnRef(xd, 6, 4, g, b, mm, mv, 1e-3),
      { rtol: 1e-4, atol: 1e-4 },
      "inference",
    );
    assertClose(bn.movingMean.dataSync(), mm, { rtol: 0, atol: 0 }, "inference does not update");
    // A frozen layer runs in inference mode even when training.
    bn.trainable = false;
    assertClose(bn(x, { training: true }).dataSync(), inf.dataSync(), F32, "frozen = inference");
    assertClose(bn.movingMean.dataSync(), mm, { rtol: 0, atol: 0 }, "frozen does not update");
    deepEqual(bn.variables.map((v) => v.name.split("/").pop()), [
      "gamma",
      "beta",
      "moving_mean",
      "moving_variance",
    ]);
  },
);

testEachBackend(
  "BatchNormalization: channels axis of images, center/scale off, and gradients",
  () => {
    const seed = freshSeed();
    const bn = new L.BatchNormalization({ axis: 1, center: false, scale: false, epsilon: 0 });
    const x = rand(seed, [2, 3, 2, 2]);
    const y = bn(x, { training: true });
    // Each channel (axis 1) has mean 0 and variance 1 afterwards.
    const yd = arr(y).data;
    for (let c = 0; c < 3; c++) {
      const v: number[] = [];
      for (let b = 0; b < 2; b++) for (let i = 0; i < 4; i++) v.push(yd[b * 12 + c * 4 + i]);
      const m = v.reduce((a, q) => a + q, 0) / v.length;
      assertClose(m, 0, { atol: 1e-5, rtol: 0 }, "mean");
      assertClose(
        v.reduce((a, q) => a + (q - m) ** 2, 0) / v.length,
        1,
        { atol: 1e-4, rtol: 0 },
        "var",
      );
    }
    equal(bn.variables.length, 2);
    const bn2 = new L.BatchNormalization();
    const x2 = rand(seed + 1, [5, 3]);
    bn2(x2);
    tf.test.checkGradients((t) => bn2(t, { training: true }), [x2]);
    checkWeightGradients(() => bn2(x2, { training: true }), bn2.trainableVariables, seed);
  },
);

// ---------------------------------------------------------------- LayerNormalization

testEachBackend(
  "LayerNormalization matches (x - mean)/sqrt(var + eps)·gamma + beta per sample",
  () => {
    const seed = freshSeed();
    for (const axis of [-1, [1, 2]] as const) {
      const ln = new L.LayerNormalization({ axis, epsilon: 1e-3 });
      const x = rand(seed, [3, 2, 5], -2, 2);
      ln(x);
      ln.gamma.assign(rand(seed + 1, ln.gamma.shape as number[]));
      ln.beta.assign(rand(seed + 2, ln.beta.shape as number[]));
      const y = ln(x);
      const xd = arr(x).data, g = arr(ln.gamma).data, b = arr(ln.beta).data;
      const group = axis === -1 ? 5 : 10;
      const ref = new Float64Array(30);
      for (let s = 0; s < 30 / group; s++) {
        const v = xd.slice(s * group, (s + 1) * group);
        const m = v.reduce((a, q) => a + q, 0) / group;
        const va = v.reduce((a, q) => a + (q - m) ** 2, 0) / group;
        for (let i = 0; i < group; i++) {
          ref[s * group + i] = (v[i] - m) / Math.sqrt(va + 1e-3) * g[i % g.length] +
            b[i % b.length];
        }
      }
      assertClose(y.dataSync(), ref, { rtol: 1e-4, atol: 1e-4 }, `axis ${axis} (seed ${seed})`);
      tf.test.checkGradients((t) => ln(t), [x]);
      checkWeightGradients(() => ln(x), ln.trainableVariables, seed);
    }
  },
);

// ---------------------------------------------------------------- Embedding

testEachBackend(
  "Embedding looks up rows; float ids are cast; ids out of range name the layer",
  () => {
    const emb = new L.Embedding(5, 3, { name: "emb" });
    const ids = tf.constant([[0, 4], [2, 2]], { dtype: "int32" });
    const y = emb(ids);
    deepEqual(y.shape, [2, 2, 3]);
    const table = emb.embeddings.arraySync() as number[][];
    deepEqual(y.arraySync(), [[table[0], table[4]], [table[2], table[2]]]);
    ok(table.flat().every((v) => Math.abs(v) <= 0.05), "Keras's uniform(-0.05, 0.05) default");
    deepEqual(emb(tf.constant([1, 3])).arraySync(), [table[1], table[3]]);
    assertThrows(
      () => emb(tf.constant([5], { dtype: "int32" })),
      RangeError,
      '"emb"',
      "[0, 5)",
      "inputDim",
    );
    // The table's gradient sums the rows' cotangents (id 2 twice).
    const tape = new tf.GradientTape();
    const s = tape.record(() => tf.reduceSum(emb(ids)));
    deepEqual(tape.gradient(s, emb.embeddings)!.arraySync(), [[1, 1, 1], [0, 0, 0], [2, 2, 2], [
      0,
      0,
      0,
    ], [1, 1, 1]]);
  },
);

// ---------------------------------------------------------------- initializers

testEachBackend("initializers: Keras's formulas and defaults, seeds, names", () => {
  const I = tf.keras.initializers;
  const stats = (t: tf.Tensor) => {
    const d = Array.from(t.dataSync());
    const m = d.reduce((a, b) => a + b, 0) / d.length;
    return {
      m,
      sd: Math.sqrt(d.reduce((a, b) => a + (b - m) ** 2, 0) / d.length),
      max: Math.max(...d.map(Math.abs)),
    };
  };
  // Glorot uniform: U(±√(6/(in+out))), sd = limit/√3.
  const gu = stats(I.glorotUniform({ seed: 1 }).call([400, 200]));
  const lim = Math.sqrt(6 / 600);
  ok(gu.max <= lim && gu.max > 0.99 * lim);
  assertClose(gu.sd, lim / Math.sqrt(3), { rtol: 0.02, atol: 0 }, "glorot sd");
  // He normal: truncated normal with sd √(2/fan_in) after truncation.
  const hn = stats(I.heNormal({ seed: 2 }).call([300, 300]));
  assertClose(hn.sd, Math.sqrt(2 / 300), { rtol: 0.02, atol: 0 }, "he sd");
  ok(hn.max <= 2 * Math.sqrt(2 / 300) / 0.87962566103423978 + 1e-6, "truncated at 2 stddev");
  // Convolution kernels: fans multiply the receptive field.
  deepEqual(I.computeFans([3, 3, 16, 32]), { fanIn: 144, fanOut: 288 });
  const hu = stats(I.heUniform({ seed: 3 }).call([3, 3, 16, 32]));
  ok(hu.max <= Math.sqrt(6 / 144));
  const ln = stats(I.lecunNormal({ seed: 3 }).call([500, 10]));
  assertClose(ln.sd, Math.sqrt(1 / 500), { rtol: 0.05, atol: 0 }, "lecun sd");
  const gn = stats(I.glorotNormal({ seed: 4 }).call([200, 300]));
  assertClose(gn.sd, Math.sqrt(2 / 500), { rtol: 0.03, atol: 0 }, "glorot normal sd");
  const rn = stats(I.randomNormal({ seed: 5 }).call([100, 100]));
  assertClose(rn.sd, 0.05, { rtol: 0.03, atol: 0 }, "randomNormal default sd");
  ok(stats(I.randomUniform().call([1000])).max <= 0.05);
  ok(stats(I.truncatedNormal({ stddev: 1, seed: 1 }).call([1000])).max <= 2);
  // Seeds: same seed, same values; no seed, different values.
  deepEqual(
    I.glorotUniform({ seed: 7 }).call([3, 3]).dataSync(),
    I.glorotUniform({ seed: 7 }).call([3, 3]).dataSync(),
  );
  ok(
    I.glorotUniform().call([3, 3]).dataSync().some((v, i) =>
      v !== I.glorotUniform().call([3, 3]).dataSync()[i]
    ),
  );
  deepEqual(I.zeros().call([2]).arraySync(), [0, 0]);
  deepEqual(I.ones().call([2], "int32").arraySync(), [1, 1]);
  deepEqual(I.constant(3).call([2]).arraySync(), [3, 3]);
  deepEqual(I.identity({ gain: 2 }).call([2, 3]).arraySync(), [[2, 0, 0], [0, 2, 0]]);
  equal(I.get("he_normal").className, "HeNormal");
  equal(I.get("glorotUniform").className, "GlorotUniform");
  equal(I.get("uniform").className, "RandomUniform");
  assertThrows(() => I.get("xavier"), TypeError, "unknown initializer", "glorot_uniform");
  assertThrows(() => I.heNormal().call([2], "int32"), TypeError, "float32");
  assertThrows(() => new I.VarianceScaling({ mode: "fan_sum" as never }), RangeError, "mode");
  // A function initializer must return the requested shape.
  const d = new L.Dense(2, { kernelInitializer: (s) => tf.fill(s as number[], 0.5) });
  deepEqual(d(tf.ones([1, 2])).arraySync(), [[1, 1]]);
  const bad = new L.Dense(2, { kernelInitializer: () => tf.ones([3]) });
  assertThrows(() => bad(tf.ones([1, 2])), RangeError, "returned shape [3]", "[2, 2]");
});

testEachBackend(
  "Orthogonal: QᵀQ = I for tall and wide shapes (rows or columns orthonormal), scaled by gain",
  () => {
    for (const shape of [[6, 4], [4, 6], [2, 3, 4], [5, 5]]) {
      const t = tf.keras.initializers.orthogonal({ seed: 3, gain: 2 }).call(shape);
      deepEqual(t.shape, shape);
      const cols = shape[shape.length - 1], rows = size(shape) / cols;
      const a = arr(t).data;
      const n = Math.min(rows, cols);
      // Gram matrix of the shorter side.
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let s = 0;
          if (rows >= cols) {
            for (let r = 0; r < rows; r++) s += a[r * cols + i] * a[r * cols + j];
          } else for (let c = 0; c < cols; c++) s += a[i * cols + c] * a[j * cols + c];
          assertClose(s, i === j ? 4 : 0, { atol: 1e-5, rtol: 0 }, `${shape} gram[${i}][${j}]`);
        }
      }
    }
    deepEqual(
      tf.keras.initializers.orthogonal({ seed: 9 }).call([3, 3]).dataSync(),
      tf.keras.initializers.orthogonal({ seed: 9 }).call([3, 3]).dataSync(),
    );
  },
);

testEachBackend("regularizers: l1, l2, l1l2 values and names", () => {
  const R = tf.keras.regularizers;
  const w = tf.constant([1, -2, 3]);
  assertClose(R.l1().call(w).arraySync() as number, 0.06, F32, "l1 default 0.01");
  assertClose(R.l2(0.5).call(w).arraySync() as number, 7, F32, "l2");
  assertClose(R.l1l2({ l1: 0.1, l2: 0.2 }).call(w).arraySync() as number, 0.6 + 2.8, F32, "l1l2");
  assertClose(R.l1l2().call(w).arraySync() as number, 0, F32, "l1l2 defaults 0");
  equal(R.get("l1_l2").className, "L1L2");
  assertThrows(() => R.l2(-1), RangeError, "l2", ">= 0");
  assertThrows(() => R.get((x) => x).call(w), RangeError, "scalar");
  throws(() => R.get(5 as never), TypeError);
});

testEachBackend(
  "layers free nothing they do not own: inputs survive calls, outputs are fresh",
  () => {
    const r = rng(1);
    const x = tf.constant(Float32Array.from({ length: 600 }, () => r()), { shape: [20, 30] });
    const d = new L.Dense(300);
    for (let i = 0; i < 3; i++) d(x);
    ok(!x.isDisposed);
    equal(x.size, 600);
  },
);
