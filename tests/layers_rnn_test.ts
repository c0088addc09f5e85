// LSTM, GRU and MultiHeadAttention against float64 references with the
// layers' own (random) weights; options, masks, dropout and gradients.

import * as tf from "../mod.ts";
import { deepEqual, equal, ok } from "node:assert/strict";
import { assertClose, assertThrows, freshSeed, testEachBackend } from "./_util.ts";
import { arr, checkWeightGradients, gruRef, lstmRef, rand } from "./_layers_ref.ts";

const L = tf.keras.layers;
const TOL = { rtol: 1e-4, atol: 1e-5 };

/** Concatenates per-step [B, U] arrays into [B, T, U] (step order as given). */
function seq(hs: Float64Array[], B: number, U: number): Float64Array {
  const T = hs.length, out = new Float64Array(B * T * U);
  hs.forEach((h, t) => {
    for (let b = 0; b < B; b++) for (let u = 0; u < U; u++) out[(b * T + t) * U + u] = h[b * U + u];
  });
  return out;
}

testEachBackend(
  "LSTM matches a float64 LSTM (gates i, f, c, o): last output, sequences, states, goBackwards, initialState",
  () => {
    const seed = freshSeed();
    const [B, T, D, U] = [3, 5, 4, 6];
    const x = rand(seed, [B, T, D]);
    const lstm = new L.LSTM(U, { returnSequences: true, returnState: true });
    lstm(x);
    // Random bias so every gate's bias matters.
    lstm.bias.assign(rand(seed + 1, [4 * U]));
    const [seqOut, h, c] = lstm(x);
    const k = arr(lstm.kernel).data, r = arr(lstm.recurrentKernel).data, b = arr(lstm.bias).data;
    const ref = lstmRef(arr(x), k, r, b, U);
    deepEqual(seqOut.shape, [B, T, U]);
    assertClose(seqOut.dataSync(), seq(ref.hs, B, U), TOL, `sequences (seed ${seed})`);
    assertClose(h.dataSync(), ref.h, TOL, "h");
    assertClose(c.dataSync(), ref.c, TOL, "c");
    // The same weights in a plain LSTM (last output only), backwards, from a given state.
    const back = new L.LSTM(U, { goBackwards: true });
    back(x);
    back.setWeights(lstm.getWeights());
    const h0 = rand(seed + 2, [B, U]), c0 = rand(seed + 3, [B, U]);
    const y = back(x, { initialState: [h0, c0] });
    deepEqual(y.shape, [B, U]);
    const refB = lstmRef(arr(x), k, r, b, U, {
      goBackwards: true,
      h0: arr(h0).data,
      c0: arr(c0).data,
    });
    assertClose(y.dataSync(), refB.h, TOL, "goBackwards + initialState");
    assertThrows(() => back(x, { initialState: [h0] }), TypeError, "initialState", "[h, c]");
    assertThrows(
      () => back(x, { initialState: [h0, tf.zeros([B, U + 1])] }),
      RangeError,
      "initialState[1]",
      `[${B}, ${U}]`,
    );
  },
);

testEachBackend(
  "LSTM defaults are Keras's: orthogonal recurrent kernel, forget-gate bias 1, weight paths",
  () => {
    const lstm = new L.LSTM(4, { name: "enc" });
    lstm(tf.zeros([1, 2, 3]));
    deepEqual(lstm.variables.map((v) => v.name), [
      "enc/lstm_cell/kernel",
      "enc/lstm_cell/recurrent_kernel",
      "enc/lstm_cell/bias",
    ]);
    deepEqual(Array.from(lstm.bias.dataSync()), [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    // Orthogonal [4, 16]: the 4 rows are orthonormal.
    const rk = arr(lstm.recurrentKernel).data;
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        let s = 0;
        for (let c = 0; c < 16; c++) s += rk[i * 16 + c] * rk[j * 16 + c];
        assertClose(s, i === j ? 1 : 0, { atol: 1e-5, rtol: 0 }, "orthogonal");
      }
    }
    const noForget = new L.LSTM(2, { unitForgetBias: false });
    noForget(tf.zeros([1, 1, 1]));
    ok(noForget.bias.dataSync().every((v) => v === 0));
    deepEqual(new L.LSTM(3)(tf.keras.Input({ shape: [null, 2] })).shape, [null, 3]);
    deepEqual(new L.LSTM(3, { returnSequences: true })(tf.keras.Input({ shape: [7, 2] })).shape, [
      null,
      7,
      3,
    ]);
    const states = new L.LSTM(3, { returnState: true })(tf.keras.Input({ shape: [7, 2] }));
    deepEqual(states.map((s) => s.shape), [[null, 3], [null, 3], [null, 3]]);
    assertThrows(
      () => new L.LSTM(3, { name: "l" })(tf.zeros([2, 3])),
      RangeError,
      '"l"',
      "[batch, time, features]",
    );
  },
);

testEachBackend(
  "GRU matches a float64 GRU (Keras 3 gates z, r, h) with resetAfter true and false",
  () => {
    const seed = freshSeed();
    const [B, T, D, U] = [2, 4, 3, 5];
    const x = rand(seed, [B, T, D]);
    for (const resetAfter of [true, false]) {
      const gru = new L.GRU(U, { resetAfter, returnSequences: true });
      gru(x);
      deepEqual(gru.bias.shape, resetAfter ? [2, 3 * U] : [3 * U]);
      gru.bias.assign(rand(seed + 1, gru.bias.shape as number[]));
      const y = gru(x);
      const ref = gruRef(
        arr(x),
        arr(gru.kernel).data,
        arr(gru.recurrentKernel).data,
        arr(gru.bias).data,
        U,
        resetAfter,
      );
      assertClose(y.dataSync(), seq(ref.hs, B, U), TOL, `resetAfter ${resetAfter} (seed ${seed})`);
      const [out, h] = new L.GRU(U, { resetAfter, returnState: true })(x);
      deepEqual([out.shape, h.shape], [[B, U], [B, U]]);
    }
    const g = new L.GRU(2, { name: "g" });
    g(tf.zeros([1, 1, 1]));
    deepEqual(g.variables.map((v) => v.name), [
      "g/gru_cell/kernel",
      "g/gru_cell/recurrent_kernel",
      "g/gru_cell/bias",
    ]);
  },
);

testEachBackend("LSTM and GRU: gradients through time agree with finite differences", () => {
  const seed = freshSeed();
  const x = rand(seed, [2, 4, 3]);
  for (
    const layer of [
      new L.LSTM(3, { returnSequences: true }),
      new L.GRU(3),
      new L.GRU(2, { resetAfter: false }),
    ]
  ) {
    layer(x);
    tf.test.checkGradients((t) => layer(t) as tf.Tensor, [x]);
    checkWeightGradients(() => layer(x) as tf.Tensor, layer.trainableVariables, seed);
  }
});

testEachBackend(
  "recurrent dropout: masks only in training, one per sequence; cells step on their own",
  () => {
    const x = tf.ones([2, 6, 4]);
    const lstm = new L.LSTM(3, {
      dropout: 0.5,
      recurrentDropout: 0.5,
      seed: 1,
      returnSequences: true,
    });
    const a = lstm(x).dataSync();
    deepEqual(lstm(x).dataSync(), a, "inference is deterministic");
    const t1 = lstm(x, { training: true }).dataSync();
    ok(t1.some((v, i) => v !== a[i]), "training drops");
    const lstm2 = new L.LSTM(3, {
      dropout: 0.5,
      recurrentDropout: 0.5,
      seed: 1,
      returnSequences: true,
    });
    lstm2(x);
    lstm2.setWeights(lstm.getWeights());
    // Same seed and weights, same call count: same masks... after one training call each.
    lstm2(x, { training: true });
    deepEqual(lstm2(x, { training: true }).dataSync(), lstm(x, { training: true }).dataSync());
    // The cell runs one step.
    const cell = new L.LSTMCell(3);
    const [h, c] = cell([tf.ones([2, 4]), tf.zeros([2, 3]), tf.zeros([2, 3])]);
    deepEqual([h.shape, c.shape], [[2, 3], [2, 3]]);
    assertThrows(() => cell(tf.ones([2, 4])), TypeError, "[x, h, c]");
    const gcell = new L.GRUCell(2);
    deepEqual(gcell([tf.ones([1, 3]), tf.zeros([1, 2])]).map((t) => t.shape), [[1, 2]]);
  },
);

/** Float64 multi-head attention with the layer's weights. */
function mhaRef(
  mha: tf.keras.layers.MultiHeadAttention,
  q: tf.Tensor,
  v: tf.Tensor,
  mask: (number | boolean)[][][] | null,
): { out: Float64Array; scores: Float64Array } {
  const w = mha.weights.map((t) => arr(t).data);
  const [wq, bq, wk, bk, wv, bv, wo, bo] = w;
  const H = mha.numHeads, Kd = mha.keyDim, Vd = mha.valueDim;
  const [B, T, Dq] = q.shape, S = v.shape[1], Dv = v.shape[2];
  const qd = arr(q).data, vd = arr(v).data;
  const O = bo.length;
  const proj = (
    x: Float64Array,
    len: number,
    dim: number,
    W: Float64Array,
    bias: Float64Array,
    hd: number,
  ) => {
    const out = new Float64Array(B * len * H * hd);
    for (let b = 0; b < B; b++) {
      for (let t = 0; t < len; t++) {
        for (let j = 0; j < H * hd; j++) {
          let s = bias[j];
          for (let d = 0; d < dim; d++) s += x[(b * len + t) * dim + d] * W[d * H * hd + j];
          out[(b * len + t) * H * hd + j] = s;
        }
      }
    }
    return out;
  };
  const Q = proj(qd, T, Dq, wq, bq, Kd),
    K = proj(vd, S, Dv, wk, bk, Kd),
    V = proj(vd, S, Dv, wv, bv, Vd);
  const scores = new Float64Array(B * H * T * S);
  const ctx = new Float64Array(B * T * H * Vd);
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      for (let t = 0; t < T; t++) {
        const row = new Float64Array(S);
        for (let s = 0; s < S; s++) {
          let dot = 0;
          for (let d = 0; d < Kd; d++) {
            dot += Q[((b * T + t) * H + h) * Kd + d] * K[((b * S + s) * H + h) * Kd + d];
          }
          row[s] = dot / Math.sqrt(Kd) + (mask && !mask[b][t][s] ? -1e9 : 0);
        }
        const m = Math.max(...row);
        const e = row.map((r) => Math.exp(r - m));
        const z = e.reduce((a, c) => a + c, 0);
        for (let s = 0; s < S; s++) scores[((b * H + h) * T + t) * S + s] = e[s] / z;
        for (let d = 0; d < Vd; d++) {
          let acc = 0;
          for (let s = 0; s < S; s++) acc += (e[s] / z) * V[((b * S + s) * H + h) * Vd + d];
          ctx[((b * T + t) * H + h) * Vd + d] = acc;
        }
      }
    }
  }
  const out = new Float64Array(B * T * O);
  for (let i = 0; i < B * T; i++) {
    for (let o = 0; o < O; o++) {
      let s = bo[o];
      for (let j = 0; j < H * Vd; j++) s += ctx[i * H * Vd + j] * wo[j * O + o];
      out[i * O + o] = s;
    }
  }
  return { out, scores };
}

testEachBackend(
  "MultiHeadAttention matches float64 attention: projections, scaling, masks, causal mask, scores",
  () => {
    const seed = freshSeed();
    const mha = new L.MultiHeadAttention({
      numHeads: 3,
      keyDim: 4,
      valueDim: 2,
      biasInitializer: tf.keras.initializers.randomNormal({ stddev: 0.5, seed }),
    });
    const q = rand(seed, [2, 5, 6]), v = rand(seed + 1, [2, 7, 6]);
    const [out, scores] = mha([q, v], { returnAttentionScores: true });
    deepEqual(out.shape, [2, 5, 6]);
    deepEqual(scores.shape, [2, 3, 5, 7]);
    deepEqual(mha.weights.map((w) => w.shape), [
      [6, 3, 4],
      [3, 4],
      [6, 3, 4],
      [3, 4],
      [6, 3, 2],
      [3, 2],
      [3, 2, 6],
      [6],
    ]);
    ok(
      mha.weights[0].name.endsWith("/query/kernel") &&
        mha.weights[6].name.endsWith("/attention_output/kernel"),
    );
    let ref = mhaRef(mha, q, v, null);
    assertClose(out.dataSync(), ref.out, TOL, `out (seed ${seed})`);
    assertClose(scores.dataSync(), ref.scores, TOL, "scores");
    // An explicit mask (bool), and the causal mask.
    const maskArr = [0, 1].map((b) =>
      Array.from(
        { length: 5 },
        (_, t) => Array.from({ length: 7 }, (_, s) => (s + t + b) % 3 !== 0),
      )
    );
    const masked = mha([q, v], { attentionMask: tf.constant(maskArr) });
    ref = mhaRef(mha, q, v, maskArr);
    assertClose(masked.dataSync(), ref.out, TOL, "attentionMask");
    const self = rand(seed + 2, [2, 5, 6]);
    const causal = mha([self, self], { useCausalMask: true, returnAttentionScores: true });
    const causalMask = [0, 1].map(() =>
      Array.from({ length: 5 }, (_, t) => Array.from({ length: 5 }, (_, s) => s <= t))
    );
    ref = mhaRef(mha, self, self, causalMask);
    assertClose(causal[0].dataSync(), ref.out, TOL, "causal");
    const sc = causal[1].arraySync() as number[][][][];
    equal(sc[0][0][0][1], 0, "no attention to the future");
    assertThrows(
      () => mha([q, v], { attentionMask: tf.ones([2, 5, 6]) }),
      RangeError,
      "attentionMask",
      "[2, 5, 7]",
    );
    assertThrows(() => mha(q as never), RangeError, "expects 2 to 3 inputs but got 1", "[x0, x1]");
    // key differs from value.
    const k = rand(seed + 3, [2, 7, 6]);
    deepEqual(mha([q, v, k]).shape, [2, 5, 6]);
  },
);

testEachBackend(
  "MultiHeadAttention: outputShape, rank-4 inputs, symbolic shapes, dropout, gradients",
  () => {
    const seed = freshSeed();
    const mha = new L.MultiHeadAttention({
      numHeads: 2,
      keyDim: 3,
      outputShape: 5,
      dropout: 0.5,
      seed: 3,
    });
    const x = rand(seed, [1, 2, 3, 4]); // 2x3 positions, attended together
    const y = mha([x, x]);
    deepEqual(y.shape, [1, 2, 3, 5]);
    const [, s] = mha([x, x], { returnAttentionScores: true });
    deepEqual(s.shape, [1, 2, 6, 6]);
    ok(
      mha([x, x], { training: true }).dataSync().some((v, i) => v !== y.dataSync()[i]),
      "attention dropout in training",
    );
    const inp = tf.keras.Input({ shape: [null, 8] });
    const m2 = new L.MultiHeadAttention({ numHeads: 2, keyDim: 4 });
    deepEqual(m2([inp, inp]).shape, [null, null, 8]);
    const sym = m2([inp, inp], { returnAttentionScores: true });
    deepEqual(sym.map((t) => t.shape), [[null, null, 8], [null, 2, null, null]]);
    const q = rand(seed + 1, [2, 3, 8]);
    tf.test.checkGradients((t) => m2([t, t]), [q]);
    checkWeightGradients(() => m2([q, q], { useCausalMask: true }), m2.trainableVariables, seed);
  },
);
