// The gradient tape's cost: recording overhead per op, and the tutorial's
// L(w, b) gradient, beside TensorFlow.js's `tf.variableGrads` (wasm backend)
// in the same run.
//
//   deno bench -A bench/tape_bench.ts
//
// Results and the machine: bench/RESULTS.md.
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

// The tutorial's second program: L = ½ Σ (Xw + b − y)².
const X = tf.constant([[1, 2], [3, 4]]);
const y = tf.constant([[1], [2]]);
const w = new tf.Variable([[1], [2]]);
const b = new tf.Variable(1);
const loss = () =>
  tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(tf.add(tf.matmul(X, w), b), y))));

const jX = tfjs.tensor2d([[1, 2], [3, 4]]);
const jy = tfjs.tensor2d([[1], [2]]);
const jw = tfjs.variable(tfjs.tensor2d([[1], [2]]));
const jb = tfjs.variable(tfjs.scalar(1));
const jloss = () =>
  tfjs.mul(
    0.5,
    tfjs.sum(tfjs.square(tfjs.sub(tfjs.add(tfjs.matMul(jX, jw), jb), jy))),
  ) as import("@tensorflow/tfjs").Scalar;

Deno.bench({
  name: "tapeflow: L(w, b) and its gradient (GradientTape)",
  group: "gradient of the tutorial's L(w, b)",
  baseline: true,
  fn: () => {
    const tape = new tf.GradientTape();
    const L = tape.record(loss);
    tape.gradient(L, [w, b]);
  },
});
Deno.bench({
  name: "tfjs-wasm: L(w, b) and its gradient (tf.variableGrads)",
  group: "gradient of the tutorial's L(w, b)",
  fn: () => {
    const { value, grads } = tfjs.variableGrads(jloss, [jw, jb]);
    value.dispose();
    for (const g of Object.values(grads)) g.dispose();
  },
});

// Recording overhead: the same 100 small ops with and without a recording tape.
const a = tf.constant([1, 2, 3, 4, 5]);
const v = new tf.Variable([1, 2, 3, 4, 5]);
Deno.bench({
  name: "tapeflow: 100 adds, no tape",
  group: "recording overhead (100 small ops)",
  baseline: true,
  fn: () => {
    for (let i = 0; i < 100; i++) tf.add(v, a);
  },
});
Deno.bench({
  name: "tapeflow: 100 adds, recorded on a tape",
  group: "recording overhead (100 small ops)",
  fn: () => {
    const tape = new tf.GradientTape();
    for (let i = 0; i < 100; i++) tf.add(v, a);
    tape.dispose();
  },
});
