// tf.keras.losses: every loss against a float64 closed form on seeded random
// data (a fresh seed each run, printed in the labels), extreme logits, the
// reductions and sample weights, label smoothing, gradients, names, and the
// bad-input errors.

import * as tf from "../mod.ts";
import {
  assertClose,
  assertThrows,
  freshSeed,
  randomArray,
  rng,
  testEachBackend,
} from "./_util.ts";
import { ok, strictEqual } from "node:assert/strict";

const L = tf.keras.losses;
const EPS = 1e-7;

/** float32-rounded copy (what the tensors hold). */
const f32 = (a: ArrayLike<number>) => Float64Array.from(Float32Array.from(a as number[]));

/** Per-row mean of f(p, t) over rows of length d. */
function rowMean(
  p: ArrayLike<number>,
  t: ArrayLike<number>,
  d: number,
  f: (p: number, t: number) => number,
) {
  const n = p.length / d;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += f(p[i * d + j], t[i * d + j]);
    out[i] = s / d;
  }
  return out;
}

const mean = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0) / a.length;
const softplusRef = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const bceLogitsRef = (x: number, z: number) => softplusRef(x) - x * z;
const clip = (v: number) => Math.min(Math.max(v, EPS), 1 - EPS);

/** log Σ exp over a row, stably in float64. */
function lse(row: number[]): number {
  const m = Math.max(...row);
  if (!Number.isFinite(m)) return m;
  return m + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0));
}

testEachBackend("MSE, MAE and Huber match float64 references (odd and heap-sized shapes)", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const [n, d] of [[1, 1], [7, 3], [37, 11], [300, 5]]) {
    const p = randomArray(r, n * d, -3, 3), t = randomArray(r, n * d, -3, 3);
    const P = tf.constant(p, { shape: [n, d] }), T = tf.constant(t, { shape: [n, d] });
    const label = `seed ${seed} [${n},${d}]`;
    const mse = rowMean(p, t, d, (a, b) => (a - b) ** 2);
    const mae = rowMean(p, t, d, (a, b) => Math.abs(a - b));
    for (const delta of [1, 0.5, 2.5]) {
      const hub = rowMean(p, t, d, (a, b) => {
        const e = Math.abs(a - b);
        return e <= delta ? 0.5 * e * e : delta * e - 0.5 * delta * delta;
      });
      assertClose(
        L.huber(T, P, delta).dataSync(),
        hub,
        { rtol: 1e-5, atol: 1e-6 },
        `huber ${label}`,
      );
      assertClose(
        new L.Huber({ delta }).apply(T, P).dataSync(),
        mean(hub),
        { rtol: 1e-5, atol: 1e-6 },
        `Huber ${label}`,
      );
    }
    assertClose(
      L.meanSquaredError(T, P).dataSync(),
      mse,
      { rtol: 1e-5, atol: 1e-6 },
      `mse ${label}`,
    );
    assertClose(
      L.meanAbsoluteError(T, P).dataSync(),
      mae,
      { rtol: 1e-5, atol: 1e-6 },
      `mae ${label}`,
    );
    assertClose(new L.MeanSquaredError().apply(T, P).dataSync(), mean(mse), { rtol: 1e-5 }, label);
    assertClose(new L.MeanAbsoluteError().apply(T, P).dataSync(), mean(mae), { rtol: 1e-5 }, label);
    // reductions
    const s = mse.reduce((a, b) => a + b, 0);
    assertClose(new L.MeanSquaredError({ reduction: "sum" }).apply(T, P).dataSync(), s, {
      rtol: 1e-5,
    });
    assertClose(new L.MeanSquaredError({ reduction: "none" }).apply(T, P).dataSync(), mse, {
      rtol: 1e-5,
    });
    assertClose(new L.MeanSquaredError({ reduction: null }).apply(T, P).dataSync(), mse, {
      rtol: 1e-5,
    });
    assertClose(new L.MeanSquaredError({ reduction: "mean" }).apply(T, P).dataSync(), s / n, {
      rtol: 1e-5,
    });
    // sample weights: Σ wᵢ lᵢ / n, or / Σ wᵢ with mean_with_sample_weight
    const w = randomArray(r, n, 0, 2);
    const ws = Array.from(mse).reduce((a, v, i) => a + v * w[i], 0);
    const W = tf.constant(w);
    assertClose(
      new L.MeanSquaredError().apply(T, P, W).dataSync(),
      ws / n,
      { rtol: 1e-5 },
      `sw ${label}`,
    );
    assertClose(
      new L.MeanSquaredError({ reduction: "mean_with_sample_weight" }).apply(T, P, W).dataSync(),
      ws / Array.from(w).reduce((a, b) => a + b, 0),
      { rtol: 1e-5 },
      `mean_with_sample_weight ${label}`,
    );
    assertClose(new L.MeanSquaredError().apply(T, P, tf.reshape(W, [n, 1])).dataSync(), ws / n, {
      rtol: 1e-5,
    });
  }
});

testEachBackend(
  "yTrue [n] with yPred [n, 1] is aligned as Keras does; a zero divisor gives 0",
  () => {
    const mse = new L.MeanSquaredError();
    assertClose(mse.apply([1, 2, 3], [[1], [2], [5]]).dataSync(), 4 / 3, { rtol: 1e-6 });
    assertClose(mse.apply([[1], [2], [3]], [1, 2, 5]).dataSync(), 4 / 3, { rtol: 1e-6 });
    const z = new L.MeanSquaredError({ reduction: "mean_with_sample_weight" }).apply([[1]], [[3]], [
      0,
    ]);
    strictEqual(z.dataSync()[0], 0);
    strictEqual(
      new L.MeanSquaredError().apply(tf.zeros([0, 2]), tf.zeros([0, 2])).dataSync()[0],
      0,
    );
  },
);

testEachBackend("binary cross-entropy from logits: closed form, extreme logits stay finite", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const x = [...randomArray(r, 401, -8, 8), 0, 100, -100, 1e4, -1e4, 88.7, -88.7, 30, -30];
  const z = x.map(() => (r() < 0.5 ? 0 : 1)).map((v, i) => (i % 7 === 0 ? r() : v));
  const X = tf.constant(x, { shape: [x.length, 1] }), Z = tf.constant(z, { shape: [x.length, 1] });
  const want = f32(x).map((v, i) => bceLogitsRef(v, Math.fround(z[i])));
  const got = L.binaryCrossentropy(Z, X, { fromLogits: true }).dataSync();
  assertClose(got, want, { rtol: 1e-5, atol: 2e-7 }, `seed ${seed}`);
  ok(got.every(Number.isFinite), "finite for every logit");
  // the class reduces over the batch
  assertClose(new L.BinaryCrossentropy({ fromLogits: true }).apply(Z, X).dataSync(), mean(want), {
    rtol: 1e-5,
  });
  // exact values at the extremes: 100 against label 0 costs 100; against 1 costs 0
  assertClose(
    L.binaryCrossentropy([[0], [1], [1], [0]], [[100], [100], [-100], [-100]], { fromLogits: true })
      .dataSync(),
    [100, 0, 100, 0],
    { atol: 1e-6, rtol: 1e-7 },
  );
  // label smoothing s: z(1 - s) + s/2
  const s = 0.2;
  const ls = f32(x).map((v, i) => bceLogitsRef(v, Math.fround(z[i]) * (1 - s) + 0.5 * s));
  assertClose(
    L.binaryCrossentropy(Z, X, { fromLogits: true, labelSmoothing: s }).dataSync(),
    ls,
    { rtol: 1e-5, atol: 1e-6 },
    `smoothing seed ${seed}`,
  );
});

testEachBackend("binary cross-entropy from probabilities clips to [1e-7, 1 - 1e-7]", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const n = 37, d = 9;
  const p = [...randomArray(r, n * d - 3, 0, 1), 0, 1, 0.5];
  const t = p.map(() => (r() < 0.5 ? 0 : 1));
  const want = rowMean(f32(p), t, d, (q, y) => {
    const c = Math.fround(clip(q));
    return -(y * Math.log(c) + (1 - y) * Math.log(1 - c));
  });
  const got = L.binaryCrossentropy(
    tf.constant(t, { shape: [n, d] }),
    tf.constant(p, { shape: [n, d] }),
  );
  assertClose(got.dataSync(), want, { rtol: 1e-4, atol: 1e-5 }, `seed ${seed}`);
  // p = 0 against label 1 costs -log(1e-7) ≈ 16.118, not Infinity
  assertClose(L.binaryCrossentropy([[1]], [[0]]).dataSync(), -Math.log(1e-7), { rtol: 1e-5 });
});

testEachBackend(
  "categorical cross-entropy: log-sum-exp form, extreme logits, probabilities, smoothing",
  () => {
    const seed = freshSeed();
    const r = rng(seed);
    for (const [n, c] of [[1, 2], [13, 10], [40, 17]]) {
      const x = randomArray(r, n * c, -20, 20);
      if (n > 1) {
        x[0] = 1000;
        x[1] = -1000;
      }
      const lab = Array.from({ length: n }, () => Math.floor(r() * c));
      const oh = new Float32Array(n * c);
      lab.forEach((k, i) => (oh[i * c + k] = 1));
      const want = new Float64Array(n);
      const xf = f32(x);
      for (let i = 0; i < n; i++) {
        const row = Array.from(xf.subarray(i * c, (i + 1) * c));
        want[i] = lse(row) - row[lab[i]];
      }
      const X = tf.constant(x, { shape: [n, c] }), OH = tf.constant(oh, { shape: [n, c] });
      const label = `seed ${seed} [${n},${c}]`;
      const got = L.categoricalCrossentropy(OH, X, { fromLogits: true }).dataSync();
      assertClose(got, want, { rtol: 1e-5, atol: 1e-5 }, `cce ${label}`);
      ok(got.every(Number.isFinite), label);
      // sparse form with int32 labels, [n] and [n, 1], and float labels
      const sparse = new L.SparseCategoricalCrossentropy({ fromLogits: true, reduction: "none" });
      assertClose(sparse.apply(tf.constant(lab, { dtype: "int32" }), X).dataSync(), want, {
        rtol: 1e-5,
        atol: 1e-5,
      }, label);
      assertClose(
        sparse.apply(tf.constant(lab, { shape: [n, 1], dtype: "int32" }), X).dataSync(),
        want,
        {
          rtol: 1e-5,
          atol: 1e-5,
        },
      );
      assertClose(sparse.apply(lab, X).dataSync(), want, { rtol: 1e-5, atol: 1e-5 });
      // label smoothing s: onehot(1 - s) + s/c
      const s = 0.1;
      const wantS = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const row = Array.from(xf.subarray(i * c, (i + 1) * c));
        const l = lse(row);
        wantS[i] = row.reduce(
          (acc, v, j) => acc + (Math.fround(oh[i * c + j] * (1 - s) + s / c)) * (l - v),
          0,
        );
      }
      assertClose(
        L.categoricalCrossentropy(OH, X, { fromLogits: true, labelSmoothing: s }).dataSync(),
        wantS,
        { rtol: 1e-4, atol: 1e-4 },
        `smoothing ${label}`,
      );
      // from probabilities: normalise, clip, -Σ t log p; sparse: -log_softmax(log p)[label]
      const pr = randomArray(r, n * c, 0, 1);
      const P = tf.constant(pr, { shape: [n, c] });
      const wantP = new Float64Array(n), wantSP = new Float64Array(n);
      const pf = f32(pr);
      for (let i = 0; i < n; i++) {
        const row = Array.from(pf.subarray(i * c, (i + 1) * c));
        const sum = row.reduce((a, b) => a + b, 0);
        const q = row.map((v) => clip(v / sum));
        wantP[i] = -Math.log(q[lab[i]]);
        wantSP[i] = -Math.log(q[lab[i]]) + Math.log(q.reduce((a, b) => a + b, 0));
      }
      assertClose(
        L.categoricalCrossentropy(OH, P).dataSync(),
        wantP,
        { rtol: 1e-4, atol: 1e-5 },
        `probs ${label}`,
      );
      assertClose(L.sparseCategoricalCrossentropy(lab, P).dataSync(), wantSP, {
        rtol: 1e-4,
        atol: 1e-5,
      }, label);
    }
    // closed forms at the extremes
    const sce = new L.SparseCategoricalCrossentropy({ fromLogits: true, reduction: "none" });
    assertClose(
      sce.apply([0, 1, 2], [[1000, 0, -1000], [1000, 0, -1000], [1000, 0, -1000]]).dataSync(),
      [
        0,
        1000,
        2000,
      ],
      { rtol: 1e-6 },
    );
    assertClose(sce.apply([1], [[0, 0]]).dataSync(), Math.LN2, { rtol: 1e-6 });
    assertClose(
      L.categoricalCrossentropy([[0, 1]], [[0, 1000]], { fromLogits: true }).dataSync(),
      0,
      { atol: 0 },
    );
  },
);

testEachBackend("loss gradients: sigmoid(x) - z and softmax(x) - onehot, exact at logit 0", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const n = 6, c = 4;
  const xs = randomArray(r, n * c, -5, 5);
  xs[0] = 0; // d/dx at exactly 0 is sigmoid(0) - z = 0.5 - z (TensorFlow's branch choice)
  const z = Array.from({ length: n * c }, () => (r() < 0.5 ? 0 : 1));
  const X = new tf.Variable(tf.constant(xs, { shape: [n, c] }));
  const bce = new L.BinaryCrossentropy({ fromLogits: true });
  let tape = new tf.GradientTape();
  let loss = tape.record(() => bce.apply(tf.constant(z, { shape: [n, c] }), X));
  const sig = (v: number) => 1 / (1 + Math.exp(-v));
  assertClose(
    tape.gradient(loss, X)!.dataSync(),
    f32(xs).map((v, i) => (sig(v) - z[i]) / (n * c)),
    { rtol: 1e-5, atol: 1e-7 },
    `bce grad seed ${seed}`,
  );
  const lab = Array.from({ length: n }, () => Math.floor(r() * c));
  tape = new tf.GradientTape();
  loss = tape.record(() => new L.SparseCategoricalCrossentropy({ fromLogits: true }).apply(lab, X));
  const want = new Float64Array(n * c);
  const xf = f32(xs);
  for (let i = 0; i < n; i++) {
    const row = Array.from(xf.subarray(i * c, (i + 1) * c));
    const l = lse(row);
    row.forEach((v, j) => (want[i * c + j] = (Math.exp(v - l) - (j === lab[i] ? 1 : 0)) / n));
  }
  assertClose(
    tape.gradient(loss, X)!.dataSync(),
    want,
    { rtol: 1e-5, atol: 1e-7 },
    `sce grad seed ${seed}`,
  );
  // MSE: 2(p - t) / (n c)
  const t = randomArray(r, n * c);
  tape = new tf.GradientTape();
  loss = tape.record(() => new L.MeanSquaredError().apply(tf.constant(t, { shape: [n, c] }), X));
  assertClose(
    tape.gradient(loss, X)!.dataSync(),
    xf.map((v, i) => (2 * (v - Math.fround(t[i]))) / (n * c)),
    { rtol: 1e-5, atol: 1e-7 },
  );
  // extreme logits have finite gradients
  const E = new tf.Variable([[1e4, -1e4, 0]]);
  tape = new tf.GradientTape();
  loss = tape.record(() =>
    new L.CategoricalCrossentropy({ fromLogits: true }).apply([[0, 1, 0]], E)
  );
  assertClose(tape.gradient(loss, E)!.dataSync(), [1, -1, 0], { atol: 1e-6 });
});

testEachBackend(
  "losses.get: Keras names, aliases, camelCase and class names; functions are wrapped",
  () => {
    const cases: [string, string][] = [
      ["mse", "mean_squared_error"],
      ["MSE", "mean_squared_error"],
      ["mean_squared_error", "mean_squared_error"],
      ["MeanSquaredError", "mean_squared_error"],
      ["meanAbsoluteError", "mean_absolute_error"],
      ["mae", "mean_absolute_error"],
      ["huber", "huber_loss"],
      ["binary_crossentropy", "binary_crossentropy"],
      ["categorical_crossentropy", "categorical_crossentropy"],
      ["sparse_categorical_crossentropy", "sparse_categorical_crossentropy"],
      ["SparseCategoricalCrossentropy", "sparse_categorical_crossentropy"],
    ];
    for (const [id, name] of cases) strictEqual(L.get(id).name, name, id);
    const own = new L.Huber({ delta: 2, name: "h2" });
    strictEqual(L.get(own), own);
    const fn = L.get(function myLoss(t: tf.Tensor, p: tf.Tensor) {
      return tf.reduceSum(tf.abs(tf.subtract(t, p)), -1);
    });
    strictEqual(fn.name, "my_loss");
    assertClose(fn.apply([[1, 2], [0, 0]], [[2, 4], [0, 1]]).dataSync(), 2, { rtol: 1e-6 });
    strictEqual(new L.MeanSquaredError({ name: "m" }).name, "m");
    ok(L.LOSS_NAMES.includes("sparse_categorical_crossentropy"));
  },
);

testEachBackend("losses refuse bad input with errors naming the problem", () => {
  assertThrows(() => L.get("mean_squard_error"), RangeError, "unknown loss", "mean_squared_error");
  assertThrows(() => L.get(3 as unknown as string), TypeError, "loss name");
  assertThrows(
    () => new L.MeanSquaredError().apply([[1, 2, 3]], [[1, 2]]),
    RangeError,
    "meanSquaredError",
    "(1, 3)",
    "(1, 2)",
  );
  assertThrows(
    () => new L.CategoricalCrossentropy().apply([0, 1], [[0.5, 0.5], [0.5, 0.5]]),
    RangeError,
    "SparseCategoricalCrossentropy",
  );
  assertThrows(
    () => new L.SparseCategoricalCrossentropy().apply([0, 3], [[0.5, 0.5], [0.5, 0.5]]),
    RangeError,
    "label 3",
    "[0, 2)",
  );
  assertThrows(
    () => new L.SparseCategoricalCrossentropy().apply([0, 0.5], [[0.5, 0.5], [0.5, 0.5]]),
    RangeError,
    "label 0.5",
  );
  assertThrows(
    () => new L.SparseCategoricalCrossentropy().apply([[0, 1]], [[0.5, 0.5]]),
    RangeError,
    "sparse labels",
  );
  assertThrows(() => new L.MeanSquaredError().apply(1, 2), RangeError, "scalar");
  assertThrows(
    () => new L.MeanSquaredError({ reduction: "avg" as "sum" }),
    RangeError,
    "unknown reduction",
    "sum_over_batch_size",
  );
  assertThrows(
    () => new L.BinaryCrossentropy({ from_logits: true } as never),
    TypeError,
    'unknown option "from_logits"',
    "fromLogits",
  );
  assertThrows(() => new L.BinaryCrossentropy({ labelSmoothing: 2 }), RangeError, "labelSmoothing");
  assertThrows(
    () => new L.MeanSquaredError().apply([[1], [2]], [[1], [2]], [1, 2, 3]),
    RangeError,
    "sampleWeight",
  );
  assertThrows(
    () => new L.MeanSquaredError().apply(undefined as never, [[1]]),
    TypeError,
    "yTrue is missing",
  );
  // a normal call still works afterwards
  assertClose(new L.MeanSquaredError().apply([[1]], [[3]]).dataSync(), 4);
});
