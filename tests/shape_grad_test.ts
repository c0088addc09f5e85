// Gradients of the shape and indexing ops through the gradient tape: finite
// differences (tf.test.checkGradients) on compositions that are not linear,
// hand-derived cases, second order, and the tape's broadcast sum-back.
import * as tf from "../mod.ts";
import { assertClose, freshSeed, randomArray, rng, testEachBackend } from "./_util.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

const rand = (r: () => number, shape: number[]) =>
  tf.constant(randomArray(r, shape.reduce((a, b) => a * b, 1), -1, 1), { shape });

// Each case: a function of float inputs built on one shape op (squared or
// multiplied so that the gradient depends on the input), and the inputs.
const CASES: [string, (r: () => number) => [(...xs: tf.Tensor[]) => tf.Tensor, tf.Tensor[]]][] = [
  ["transpose", (r) => [(x) => tf.square(tf.transpose(x, [2, 0, 1])), [rand(r, [2, 3, 4])]]],
  ["expandDims", (r) => [(x) => tf.square(tf.expandDims(x, 1)), [rand(r, [3, 2])]]],
  ["squeeze", (r) => [(x) => tf.square(tf.squeeze(x)), [rand(r, [1, 3, 1])]]],
  ["broadcastTo", (r) => [(x) => tf.square(tf.broadcastTo(x, [4, 2, 3])), [rand(r, [2, 1])]]],
  ["tile", (r) => [(x) => tf.square(tf.tile(x, [2, 3])), [rand(r, [2, 3])]]],
  ["reverse", (r) => [(x) => tf.multiply(x, tf.reverse(x, [0, -1])), [rand(r, [3, 4])]]],
  [
    "concat",
    (r) => [(a, b) => tf.square(tf.concat([a, b, a], 1)), [rand(r, [2, 3]), rand(r, [2, 2])]],
  ],
  ["stack", (r) => [(a, b) => tf.square(tf.stack([a, b], 1)), [rand(r, [3, 2]), rand(r, [3, 2])]]],
  [
    "unstack",
    (r) => [(x) => tf.multiply(tf.unstack(x, 1)[0], tf.unstack(x, 1)[2]), [rand(r, [2, 3])]],
  ],
  ["split", (r) => [(x) => {
    const [a, , c] = tf.split(x, [1, 2, 1], 1);
    return tf.multiply(a, c);
  }, [rand(r, [3, 4])]]],
  ["slice", (r) => [(x) => tf.square(tf.slice(x, [1, 0], [2, -1])), [rand(r, [4, 3])]]],
  ["stridedSlice", (r) => [
    (x) => tf.square(tf.stridedSlice(x, [3, 0, 1], [0, 0, 3], [-2, 1, 1], 0, 2, 0, 0, 4)),
    [rand(r, [5, 3, 4])],
  ]],
  ["pad CONSTANT", (r) => [(x) => tf.square(tf.pad(x, [[1, 2], [0, 1]], 3)), [rand(r, [2, 3])]]],
  [
    "pad REFLECT",
    (r) => [(x) => tf.square(tf.pad(x, [[2, 1], [1, 2]], "REFLECT")), [rand(r, [3, 4])]],
  ],
  [
    "pad SYMMETRIC",
    (r) => [(x) => tf.square(tf.pad(x, [[3, 1], [0, 2]], "SYMMETRIC")), [rand(r, [3, 4])]],
  ],
  ["gather", (r) => [(x) => tf.square(tf.gather(x, [2, 0, 2], 1)), [rand(r, [2, 3, 2])]]],
  [
    "gather batchDims",
    (r) => [(x) => tf.square(tf.gather(x, [[1, 1], [0, 2]], 1, 1)), [rand(r, [2, 3])]],
  ],
  [
    "gatherNd",
    (r) => [(x) => tf.square(tf.gatherNd(x, [[1, 0], [1, 0], [0, 2]])), [rand(r, [2, 3])]],
  ],
  [
    "gatherNd batchDims",
    (r) => [(x) => tf.square(tf.gatherNd(x, [[[1]], [[0]]], 1)), [rand(r, [2, 3, 2])]],
  ],
  [
    "scatterNd",
    (r) => [(u) => tf.square(tf.scatterNd([[2], [0], [2]], u, [4, 2])), [rand(r, [3, 2])]],
  ],
  ["tensorScatterAdd", (r) => [
    (t, u) => tf.square(tf.tensorScatterAdd(t, [[1], [1]], u)),
    [rand(r, [3, 2]), rand(r, [2, 2])],
  ]],
  ["unsortedSegmentSum", (r) => [
    (x) => tf.square(tf.unsortedSegmentSum(x, [1, -1, 1, 0], 3)),
    [rand(r, [4, 2])],
  ]],
  // distinct values 0.25 apart, so that the finite differences' steps never
  // change which entries are the top k (topk is not differentiable at ties)
  ["topk", (r) => {
    const v = Array.from({ length: 15 }, (_, i) => (i - 7) * 0.25 + 0.01 * r());
    for (let i = v.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [v[i], v[j]] = [v[j], v[i]];
    }
    return [(x) => tf.square(tf.topk(x, 2).values), [tf.constant(v, { shape: [3, 5] })]];
  }],
];

for (const [name, make] of CASES) {
  testEachBackend(`${name}: tape gradients match finite differences`, () => {
    const seed = freshSeed();
    const [f, xs] = make(rng(seed));
    const res = tf.test.checkGradients(f, xs, { seed, throwOnFailure: false });
    if (!(res.maxError < 1e-2)) {
      throw new Error(`${name} seed=${seed}: error ${res.maxError} ${JSON.stringify(res.pairs)}`);
    }
  });
}

testEachBackend("hand-derived gradients: gather repeats add up, pad and slice invert", () => {
  const x = tf.constant([1, 2, 3, 4]);
  const tape = new tf.GradientTape({ persistent: true });
  tape.watch(x);
  const g = tf.reduceSum(tf.gather(x, [3, 1, 3, 3]));
  const p = tf.reduceSum(
    tf.multiply(tf.pad(x, [[2, 1]], "REFLECT"), [1, 10, 100, 1000, 1e4, 1e5, 1e6]),
  );
  // d/dx_i of sum(gather) = number of times i is gathered
  assertEquals(Array.from(tape.gradient(g, x)!.dataSync()), [0, 1, 0, 3]);
  // pad REFLECT [[2, 1]] of [a b c d] = [c b a b c d c]: weights fold back
  // a: 100, b: 10 + 1000, c: 1 + 1e4 + 1e6, d: 1e5
  assertClose(tape.gradient(p, x)!.dataSync(), [100, 1010, 1010001, 1e5]);
});

testEachBackend("the tape sums broadcastTo's gradient back to the input's shape", () => {
  const x = tf.constant([[1], [2]]);
  const tape = new tf.GradientTape();
  tape.watch(x);
  const y = tf.reduceSum(tf.broadcastTo(x, [3, 2, 4]));
  const g = tape.gradient(y, x)!;
  assertEquals(g.shape, [2, 1]);
  assertEquals(g.arraySync(), [[12], [12]]);
});

testEachBackend("second-order gradients through gather, transpose and pad", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const x = rand(r, [3, 4]);
  // f = sum(pad(gather(x)^T)^3): d²f/dx² contracted with ones, by tapes
  const outer = new tf.GradientTape();
  outer.watch(x);
  const inner = new tf.GradientTape();
  inner.watch(x);
  const y = tf.reduceSum(
    tf.pow(tf.pad(tf.transpose(tf.gather(x, [2, 0, 2])), [[1, 0], [0, 1]]), 3),
  );
  const g = inner.gradient(y, x)!;
  const s = tf.reduceSum(g);
  const h = outer.gradient(s, x)!;
  // By hand: y = sum over gathered copies of x^3, so dy/dx_ij = 3 c_i x_ij²
  // (c_i = times row i is gathered) and d(sum g)/dx_ij = 6 c_i x_ij.
  const c = [1, 0, 2];
  const xv = x.dataSync();
  const want = Array.from(xv, (v, k) => 6 * c[Math.floor(k / 4)] * v);
  assertClose(h.dataSync(), want, { rtol: 1e-5, atol: 1e-6 }, `seed=${seed}`);
});
