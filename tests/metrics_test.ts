// tf.keras.metrics: stateful accumulation over several batches against
// float64 references on seeded random data, sample weights, reset, AUC's
// thresholds and summation methods, names, and the bad-input errors.

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

const M = tf.keras.metrics;

/** Weighted mean of per-sample values over batches. */
function wmean(values: number[], weights?: number[]): number {
  let s = 0, c = 0;
  values.forEach((v, i) => {
    const w = weights ? weights[i] : 1;
    s += v * w;
    c += w;
  });
  return c === 0 ? 0 : s / c;
}

const argmax = (row: ArrayLike<number>) => {
  let b = 0;
  for (let j = 1; j < row.length; j++) if (row[j] > row[b]) b = j;
  return b;
};

testEachBackend(
  "Mean: weighted mean over updates, per-sample means of rank-2 values, reset",
  () => {
    const m = new M.Mean();
    m.updateState([1, 3, 5, 7]);
    m.updateState([2], [3]);
    assertClose(m.result(), 22 / 7, { rtol: 1e-12 });
    m.updateState([[1, 2], [3, 4]]); // per-sample means 1.5, 3.5
    assertClose(m.result(), (22 + 5) / 9, { rtol: 1e-12 });
    m.resetState();
    strictEqual(m.result(), 0);
    m.updateState([4], 0);
    strictEqual(m.result(), 0); // nothing weighted: 0, as Keras's divide_no_nan
  },
);

testEachBackend(
  "accuracy metrics match float64 references over several batches (with weights)",
  () => {
    const seed = freshSeed();
    const r = rng(seed);
    const c = 7;
    const acc = new M.CategoricalAccuracy(), sparse = new M.SparseCategoricalAccuracy();
    const top3 = new M.TopKCategoricalAccuracy({ k: 3 }),
      stop3 = new M.SparseTopKCategoricalAccuracy({ k: 3 });
    const wacc = new M.SparseCategoricalAccuracy();
    const bin = new M.BinaryAccuracy(), bin7 = new M.BinaryAccuracy({ threshold: 0.7 });
    const exact = new M.Accuracy();
    const refs = {
      acc: [] as number[],
      top3: [] as number[],
      bin: [] as number[],
      bin7: [] as number[],
      ex: [] as number[],
      w: [] as number[],
    };
    for (const n of [1, 5, 37, 64]) {
      const p = randomArray(r, n * c, 0, 1);
      const lab = Array.from({ length: n }, () => Math.floor(r() * c));
      const oh = new Float32Array(n * c);
      lab.forEach((k, i) => (oh[i * c + k] = 1));
      const w = Array.from({ length: n }, () => Math.floor(r() * 3));
      const P = tf.constant(p, { shape: [n, c] });
      acc.updateState(tf.constant(oh, { shape: [n, c] }), P);
      sparse.updateState(tf.constant(lab, { dtype: "int32" }), P);
      wacc.updateState(tf.constant(lab, { shape: [n, 1] }), P, w);
      top3.updateState(tf.constant(oh, { shape: [n, c] }), P);
      stop3.updateState(lab, P);
      for (let i = 0; i < n; i++) {
        const row = p.subarray(i * c, (i + 1) * c);
        refs.acc.push(argmax(row) === lab[i] ? 1 : 0);
        refs.top3.push(Array.from(row).filter((v) => v > row[lab[i]]).length < 3 ? 1 : 0);
        refs.w.push(w[i]);
      }
      // binary: per-sample mean of (p > θ) == t over the columns
      const bt = Array.from({ length: n * c }, () => (r() < 0.5 ? 0 : 1));
      const BT = tf.constant(bt, { shape: [n, c] });
      bin.updateState(BT, P);
      bin7.updateState(BT, P);
      exact.updateState(tf.constant(lab), tf.constant(lab.map((v) => (r() < 0.3 ? v + 1 : v))));
      for (let i = 0; i < n; i++) {
        let s5 = 0, s7 = 0;
        for (let j = 0; j < c; j++) {
          s5 += (p[i * c + j] > 0.5 ? 1 : 0) === bt[i * c + j] ? 1 : 0;
          s7 += (p[i * c + j] > 0.7 ? 1 : 0) === bt[i * c + j] ? 1 : 0;
        }
        refs.bin.push(s5 / c);
        refs.bin7.push(s7 / c);
      }
    }
    const label = `seed ${seed}`;
    assertClose(acc.result(), wmean(refs.acc), { rtol: 1e-12 }, `categorical ${label}`);
    assertClose(sparse.result(), wmean(refs.acc), { rtol: 1e-12 }, `sparse ${label}`);
    assertClose(wacc.result(), wmean(refs.acc, refs.w), { rtol: 1e-12 }, `weighted ${label}`);
    assertClose(top3.result(), wmean(refs.top3), { rtol: 1e-12 }, `top3 ${label}`);
    assertClose(stop3.result(), wmean(refs.top3), { rtol: 1e-12 }, `sparse top3 ${label}`);
    assertClose(bin.result(), wmean(refs.bin), { rtol: 1e-12 }, `binary ${label}`);
    assertClose(bin7.result(), wmean(refs.bin7), { rtol: 1e-12 }, `binary 0.7 ${label}`);
    ok(exact.result() > 0.5 && exact.result() < 0.9, `accuracy ${exact.result()} ${label}`);
    for (const m of [acc, sparse, top3, bin]) {
      m.resetState();
      strictEqual(m.result(), 0);
    }
  },
);

testEachBackend(
  "Keras's documented values; top-k ties and non-finite scores follow in_top_k",
  () => {
    const a = new M.Accuracy();
    a.updateState([[1], [2], [3], [4]], [[0], [2], [3], [4]]);
    strictEqual(a.result(), 0.75);
    const b = new M.BinaryAccuracy();
    b.updateState([[1], [1], [0], [0]], [[0.98], [1], [0], [0.6]]);
    strictEqual(b.result(), 0.75);
    const c = new M.CategoricalAccuracy();
    c.updateState([[0, 0, 1], [0, 1, 0]], [[0.1, 0.9, 0.8], [0.05, 0.95, 0]]);
    strictEqual(c.result(), 0.5);
    const s = new M.SparseCategoricalAccuracy();
    s.updateState([[2], [1]], [[0.1, 0.6, 0.3], [0.05, 0.95, 0]]);
    strictEqual(s.result(), 0.5);
    const t = new M.TopKCategoricalAccuracy({ k: 1 });
    t.updateState([[0, 0, 1], [0, 1, 0]], [[0.1, 0.9, 0.8], [0.05, 0.95, 0]]);
    strictEqual(t.result(), 0.5);
    // ties straddling the boundary count as in; a NaN row is never in
    const k = new M.SparseTopKCategoricalAccuracy({ k: 1 });
    k.updateState([1, 0, 2], [[0.5, 0.5, 0], [NaN, 0, 1], [0, 0, Infinity]]);
    assertClose(k.result(), 1 / 3, { rtol: 1e-12 });
    const mse = new M.MeanSquaredError(), mae = new M.MeanAbsoluteError();
    mse.updateState([[0, 1], [0, 0]], [[1, 1], [0, 0]]);
    mae.updateState([[0, 1]], [[1, 3]]);
    strictEqual(mse.result(), 0.25);
    strictEqual(mae.result(), 1.5);
  },
);

/** AUC from per-threshold confusion counts, written from Keras's description. */
function aucRef(
  labels: number[],
  preds: number[],
  thresholds: number[],
  curve: "ROC" | "PR",
  method: "interpolation" | "minoring" | "majoring",
): number {
  const tp: number[] = [], fp: number[] = [], tn: number[] = [], fn: number[] = [];
  for (const th of thresholds) {
    let a = 0, b = 0, c = 0, d = 0;
    labels.forEach((l, i) => {
      const pos = preds[i] > th;
      if (l && pos) a++;
      else if (!l && pos) b++;
      else if (!l && !pos) c++;
      else d++;
    });
    tp.push(a), fp.push(b), tn.push(c), fn.push(d);
  }
  const div = (x: number, y: number) => (y === 0 ? 0 : x / y);
  const n = thresholds.length;
  let sum = 0;
  if (curve === "PR" && method === "interpolation") {
    for (let i = 0; i < n - 1; i++) {
      const dtp = tp[i] - tp[i + 1];
      const p0 = tp[i] + fp[i], p1 = tp[i + 1] + fp[i + 1];
      const slope = div(dtp, Math.max(p0 - p1, 0));
      const intercept = tp[i + 1] - slope * p1;
      const ratio = p0 > 0 && p1 > 0 ? p0 / p1 : 1;
      sum += div(slope * (dtp + intercept * Math.log(ratio)), tp[i + 1] + fn[i + 1]);
    }
    return sum;
  }
  const rec = tp.map((v, i) => div(v, v + fn[i]));
  const x = curve === "ROC" ? fp.map((v, i) => div(v, v + tn[i])) : rec;
  const y = curve === "ROC" ? rec : tp.map((v, i) => div(v, v + fp[i]));
  for (let i = 0; i < n - 1; i++) {
    const h = method === "interpolation"
      ? (y[i] + y[i + 1]) / 2
      : method === "minoring"
      ? Math.min(y[i], y[i + 1])
      : Math.max(y[i], y[i + 1]);
    sum += (x[i] - x[i + 1]) * h;
  }
  return sum;
}

/** The exact ROC AUC: P(score of a positive > score of a negative) + ½ P(tie). */
function exactAuc(labels: number[], preds: number[]): number {
  let s = 0, pairs = 0;
  labels.forEach((l, i) => {
    if (!l) return;
    labels.forEach((m, j) => {
      if (m) return;
      pairs++;
      s += preds[i] > preds[j] ? 1 : preds[i] === preds[j] ? 0.5 : 0;
    });
  });
  return s / pairs;
}

testEachBackend(
  "AUC: Keras's thresholds, ROC and PR, every summation method, over several batches",
  () => {
    const seed = freshSeed();
    const r = rng(seed);
    const labels: number[] = [], preds: number[] = [];
    const ms = {
      roc: new M.AUC(),
      rocMin: new M.AUC({ summationMethod: "minoring" }),
      rocMax: new M.AUC({ summationMethod: "majoring", numThresholds: 50 }),
      pr: new M.AUC({ curve: "PR" }),
      prMin: new M.AUC({ curve: "PR", summationMethod: "minoring", numThresholds: 17 }),
    };
    for (const n of [3, 50, 301]) {
      const l = Array.from({ length: n }, () => (r() < 0.4 ? 1 : 0));
      // informative scores: positives shifted up
      const p = l.map((v) => Math.fround(Math.min(1, Math.max(0, 0.35 * v + 0.65 * r()))));
      labels.push(...l);
      preds.push(...p);
      for (const m of Object.values(ms)) {
        m.updateState(
          tf.constant(l, { shape: [n, 1] }),
          tf.constant(p, { shape: [n, 1] }),
        );
      }
    }
    const th = (
      n: number,
    ) => [-1e-7, ...Array.from({ length: n - 2 }, (_, i) => (i + 1) / (n - 1)), 1 + 1e-7];
    const label = `seed ${seed}`;
    assertClose(ms.roc.result(), aucRef(labels, preds, th(200), "ROC", "interpolation"), {
      rtol: 1e-9,
    }, label);
    assertClose(ms.rocMin.result(), aucRef(labels, preds, th(200), "ROC", "minoring"), {
      rtol: 1e-9,
    }, label);
    assertClose(ms.rocMax.result(), aucRef(labels, preds, th(50), "ROC", "majoring"), {
      rtol: 1e-9,
    }, label);
    assertClose(ms.pr.result(), aucRef(labels, preds, th(200), "PR", "interpolation"), {
      rtol: 1e-9,
    }, label);
    assertClose(
      ms.prMin.result(),
      aucRef(labels, preds, th(17), "PR", "minoring"),
      { rtol: 1e-9 },
      label,
    );
    // 200 thresholds approximate the exact ROC AUC closely
    assertClose(
      ms.roc.result(),
      exactAuc(labels, preds),
      { atol: 0.01, rtol: 0 },
      `exact ${label}`,
    );
    ok(
      ms.rocMin.result() <= ms.roc.result() + 1e-12 && ms.roc.result() <= ms.rocMax.result() + 0.05,
    );
    ms.roc.resetState();
    strictEqual(ms.roc.result(), 0);
  },
);

testEachBackend("AUC: Keras's example, sample weights, explicit thresholds and logits", () => {
  const m = new M.AUC({ numThresholds: 3 });
  m.updateState([0, 0, 1, 1], [0, 0.5, 0.3, 0.9]);
  strictEqual(m.result(), 0.75);
  // weight 0 removes a sample; weight 2 counts it twice
  const w = new M.AUC({ numThresholds: 3 });
  w.updateState([0, 0, 1, 1, 1], [0, 0.5, 0.3, 0.9, 0.1], [1, 1, 1, 1, 0]);
  strictEqual(w.result(), 0.75);
  const w2 = new M.AUC(), dup = new M.AUC();
  w2.updateState([0, 1, 1], [0.2, 0.6, 0.1], [2, 1, 1]);
  dup.updateState([0, 0, 1, 1], [0.2, 0.2, 0.6, 0.1]);
  assertClose(w2.result(), dup.result(), { rtol: 1e-12 });
  const t = new M.AUC({ thresholds: [0.5] });
  strictEqual(t.numThresholds, 3);
  t.updateState([0, 0, 1, 1], [0, 0.5, 0.3, 0.9]);
  strictEqual(t.result(), 0.75);
  const lg = new M.AUC({ fromLogits: true, numThresholds: 3 });
  const logit = (p: number) => Math.log(p / (1 - p));
  lg.updateState([0, 0, 1, 1], [-20, logit(0.5), logit(0.3), logit(0.9)]);
  strictEqual(lg.result(), 0.75);
});

testEachBackend("metrics.get and names: Keras names as given, class names, functions", () => {
  strictEqual(M.get("mse").name, "mse");
  strictEqual(M.get("mean_squared_error").name, "mean_squared_error");
  ok(M.get("mse") instanceof M.MeanSquaredError);
  ok(M.get("AUC") instanceof M.AUC);
  ok(M.get("sparseCategoricalAccuracy") instanceof M.SparseCategoricalAccuracy);
  ok(M.get("top_k_categorical_accuracy") instanceof M.TopKCategoricalAccuracy);
  ok(M.get("binary_accuracy") instanceof M.BinaryAccuracy);
  strictEqual(new M.AUC().name, "auc");
  strictEqual(new M.SparseCategoricalAccuracy().name, "sparse_categorical_accuracy");
  strictEqual(new M.SparseCategoricalAccuracy().direction, "up");
  strictEqual(new M.MeanSquaredError().direction, "down");
  const f = M.get(function absError(t: tf.Tensor, p: tf.Tensor) {
    return tf.abs(tf.subtract(t, p));
  });
  strictEqual(f.name, "abs_error");
  f.updateState([[1, 2]], [[2, 4]]);
  strictEqual(f.result(), 1.5);
  const ce = M.get("sparse_categorical_crossentropy");
  ce.updateState([1], [[0.25, 0.75]]);
  assertClose(ce.result(), -Math.log(0.75), { rtol: 1e-6 });
});

testEachBackend("metrics refuse bad input with errors naming the problem", () => {
  assertThrows(() => M.get("accuracyy"), RangeError, 'unknown metric "accuracyy"', "accuracy");
  assertThrows(
    () => new M.CategoricalAccuracy().updateState([0, 1], [[0.5, 0.5], [0.5, 0.5]]),
    RangeError,
    "SparseCategoricalAccuracy",
  );
  assertThrows(
    () => new M.SparseCategoricalAccuracy().updateState([0, 1, 1], [[0.5, 0.5], [0.5, 0.5]]),
    RangeError,
    "sparse labels",
  );
  assertThrows(
    () =>
      new M.SparseCategoricalAccuracy().updateState([0, 1], [[0.5, 0.5], [0.5, 0.5]], [1, 2, 3]),
    RangeError,
    "sampleWeight",
  );
  assertThrows(
    () => new M.AUC().updateState([0, 1], [0.5, 1.5]),
    RangeError,
    "outside [0, 1]",
    "fromLogits",
  );
  assertThrows(() => new M.AUC({ numThresholds: 1 }), RangeError, "numThresholds");
  assertThrows(() => new M.TopKCategoricalAccuracy({ k: 0 }), RangeError, "k must be");
  assertThrows(() => new M.BinaryAccuracy().updateState([[1, 2]], [[1]]), RangeError, "(1, 2)");
  const m = new M.BinaryAccuracy();
  m.updateState([[1]], [[0.9]]);
  strictEqual(m.result(), 1);
});
