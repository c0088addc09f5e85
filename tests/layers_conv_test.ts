// Conv2D and the pooling layers against float64 loops, output shapes
// (concrete and symbolic), channels_first, groups, and gradients.

import * as tf from "../mod.ts";
import { deepEqual } from "node:assert/strict";
import { assertClose, assertThrows, freshSeed, testEachBackend } from "./_util.ts";
import { arr, checkWeightGradients, conv2dRef, poolRef, rand } from "./_layers_ref.ts";

const L = tf.keras.layers;
const TOL = { rtol: 1e-4, atol: 1e-4 };

testEachBackend(
  "Conv2D matches a float64 convolution: padding, strides, dilation, groups, bias, activation",
  () => {
    const seed = freshSeed();
    const cases = [
      { x: [2, 7, 6, 3], f: 4, k: [3, 3], s: [1, 1], p: "valid", d: [1, 1], g: 1 },
      { x: [1, 9, 8, 2], f: 5, k: [3, 2], s: [2, 2], p: "same", d: [1, 1], g: 1 },
      { x: [1, 9, 9, 2], f: 3, k: [3, 3], s: [1, 1], p: "valid", d: [2, 2], g: 1 },
      { x: [2, 6, 6, 4], f: 6, k: [3, 3], s: [1, 2], p: "same", d: [1, 1], g: 2 },
      { x: [1, 20, 20, 17], f: 9, k: [5, 5], s: [3, 3], p: "same", d: [1, 1], g: 1 },
    ] as const;
    cases.forEach((c, n) => {
      const conv = new L.Conv2D(c.f, c.k, {
        strides: c.s,
        padding: c.p,
        dilationRate: c.d,
        groups: c.g,
        activation: "relu",
        biasInitializer: tf.keras.initializers.randomNormal({ seed: seed + n }),
      });
      const x = rand(seed + n, [...c.x]);
      const y = conv(x);
      const ref = conv2dRef(arr(x), arr(conv.kernel), [...c.s], c.p, [...c.d], c.g);
      deepEqual(y.shape, ref.shape, `case ${n}`);
      deepEqual(conv.kernel.shape, [...c.k, c.x[3] / c.g, c.f]);
      const b = arr(conv.bias).data;
      assertClose(
        y.dataSync(),
        ref.data.map((v, i) => Math.max(0, v + b[i % c.f])),
        TOL,
        `case ${n} (seed ${seed})`,
      );
      // Symbolic output shape (unknown batch and height).
      const sym = conv(tf.keras.Input({ shape: [null, c.x[2], c.x[3]] }));
      deepEqual(sym.shape, [null, null, ref.shape[2], c.f]);
      deepEqual(conv.computeOutputShape([null, c.x[1], c.x[2], c.x[3]]), [
        null,
        ...ref.shape.slice(1),
      ]);
    });
  },
);

testEachBackend(
  "Conv2D channels_first equals channels_last on transposed data; no bias; errors",
  () => {
    const seed = freshSeed();
    const last = new L.Conv2D(4, 3, { padding: "same", useBias: false });
    const first = new L.Conv2D(4, 3, {
      padding: "same",
      useBias: false,
      dataFormat: "channels_first",
    });
    const x = rand(seed, [2, 5, 6, 3]);
    const yl = last(x);
    first(tf.transpose(x, [0, 3, 1, 2]));
    first.setWeights(last.getWeights());
    const yf = first(tf.transpose(x, [0, 3, 1, 2]));
    deepEqual(yf.shape, [2, 4, 5, 6]);
    assertClose(tf.transpose(yf, [0, 2, 3, 1]).dataSync(), yl.dataSync(), TOL, "channels_first");
    const small = new L.Conv2D(2, 5, { name: "big_kernel" });
    assertThrows(
      () => small(tf.zeros([1, 3, 3, 1])),
      RangeError,
      '"big_kernel"',
      "smaller than the 5x5 kernel",
      "same",
    );
    assertThrows(() => new L.Conv2D(2, 3)(tf.zeros([3, 3, 1])), RangeError, "4-D", "channel");
    assertThrows(
      () => new L.Conv2D(2, 3, { groups: 2 })(tf.zeros([1, 4, 4, 3])),
      RangeError,
      "3 channels",
      "groups",
    );
  },
);

testEachBackend(
  "Conv2D: gradients with respect to input and weights agree with finite differences",
  () => {
    const seed = freshSeed();
    const conv = new L.Conv2D(3, 3, { strides: 2, padding: "same", activation: "tanh" });
    const x = rand(seed, [2, 5, 5, 2]);
    conv(x);
    tf.test.checkGradients((t) => conv(t), [x]);
    checkWeightGradients(() => conv(x), conv.trainableVariables, seed);
    const grouped = new L.Conv2D(4, 2, { groups: 2 });
    const x2 = rand(seed + 1, [1, 4, 4, 4]);
    grouped(x2);
    checkWeightGradients(() => grouped(x2), grouped.trainableVariables, seed);
  },
);

testEachBackend(
  "MaxPooling2D and AveragePooling2D match float64 pooling; defaults are Keras's (2x2, strides = pool)",
  () => {
    const seed = freshSeed();
    const x = rand(seed, [2, 7, 6, 3]);
    const cases = [
      { pool: undefined, strides: undefined, p: "valid", k: [2, 2], s: [2, 2] },
      { pool: 3, strides: 2, p: "same", k: [3, 3], s: [2, 2] },
      { pool: [2, 3], strides: 1, p: "valid", k: [2, 3], s: [1, 1] },
      { pool: 3, strides: [1, 2], p: "same", k: [3, 3], s: [1, 2] },
    ] as const;
    for (const c of cases) {
      for (const kind of ["max", "avg"] as const) {
        const Cls = kind === "max" ? L.MaxPooling2D : L.AveragePooling2D;
        const layer = c.pool === undefined
          ? new Cls()
          : new Cls(c.pool, { strides: c.strides, padding: c.p });
        const y = layer(x);
        const ref = poolRef(arr(x), [...c.k], [...c.s], c.p, kind);
        deepEqual(y.shape, ref.shape);
        assertClose(
          y.dataSync(),
          ref.data,
          { rtol: 1e-6, atol: 1e-6 },
          `${kind} ${JSON.stringify(c)} (seed ${seed})`,
        );
        deepEqual(layer.computeOutputShape([null, 7, 6, 3]), [null, ...ref.shape.slice(1)]);
      }
    }
    const cf = new L.MaxPooling2D({ dataFormat: "channels_first" })(tf.transpose(x, [0, 3, 1, 2]));
    assertClose(tf.transpose(cf, [0, 2, 3, 1]).dataSync(), new L.MaxPooling2D()(x).dataSync(), {
      rtol: 0,
      atol: 0,
    }, "cf");
    assertThrows(
      () => new L.MaxPooling2D(4, { name: "p" })(tf.zeros([1, 3, 3, 1])),
      RangeError,
      '"p"',
      "smaller",
    );
    tf.test.checkGradients((t) => new L.AveragePooling2D(2, { strides: 1 })(t), [
      rand(seed, [1, 4, 4, 2]),
    ]);
  },
);

testEachBackend(
  "GlobalAveragePooling2D averages height and width (keepdims, channels_first)",
  () => {
    const seed = freshSeed();
    const x = rand(seed, [2, 3, 4, 5]);
    const y = new L.GlobalAveragePooling2D()(x);
    deepEqual(y.shape, [2, 5]);
    const xd = arr(x).data;
    const ref = new Float64Array(10);
    for (let i = 0; i < xd.length; i++) {
      const b = Math.floor(i / 60), c = i % 5;
      ref[b * 5 + c] += xd[i] / 12;
    }
    assertClose(y.dataSync(), ref, { rtol: 1e-5, atol: 1e-6 }, `gap (seed ${seed})`);
    deepEqual(new L.GlobalAveragePooling2D({ keepdims: true })(x).shape, [2, 1, 1, 5]);
    deepEqual(new L.GlobalAveragePooling2D({ dataFormat: "channels_first" })(x).shape, [2, 3]);
    deepEqual(new L.GlobalAveragePooling2D()(tf.keras.Input({ shape: [8, 8, 16] })).shape, [
      null,
      16,
    ]);
    assertThrows(
      () => new L.GlobalAveragePooling2D({ name: "g" })(tf.zeros([2, 3])),
      RangeError,
      '"g"',
      "rank 2 instead of 4",
    );
  },
);
