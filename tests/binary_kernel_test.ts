// The row loops of asm/src/binary.ts are unrolled 16 elements a step for the
// cheap ops: check every path (equal shapes, scalar on either side) at every
// length around the unrolled step and its tails, float32 and int32.
import * as tf from "../mod.ts";
import { binaryRefs } from "../tape/ops/arithmetic.ts";
import { assertClose, freshSeed, randomArray, rng, testEachBackend } from "./_util.ts";

const LENGTHS = [...Array.from({ length: 70 }, (_, i) => i), 255, 256, 257, 1000, 1007];
const OPS: [string, (a: tf.TensorLike, b: tf.TensorLike) => tf.Tensor][] = [
  ["add", tf.add],
  ["subtract", tf.subtract],
  ["multiply", tf.multiply],
  ["divide", tf.divide],
  ["maximum", tf.maximum],
  ["minimum", tf.minimum],
  ["squaredDifference", tf.squaredDifference],
];

testEachBackend("unrolled row loops: every length, equal shapes and scalars on either side", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const n of LENGTHS) {
    const a = randomArray(r, n, -4, 4), b = randomArray(r, n, 0.5, 4);
    const s = randomArray(r, 1, 0.5, 4)[0];
    for (const [name, f] of OPS) {
      const ref = binaryRefs[name];
      const what = `seed=${seed} ${name} n=${n}`;
      const tol = { rtol: 1e-6, atol: 1e-7 };
      assertClose(f(a, b).dataSync(), Array.from(a, (x, i) => ref(x, b[i])), tol, `${what} a,b`);
      assertClose(f(a, s).dataSync(), Array.from(a, (x) => ref(x, s)), tol, `${what} a,scalar`);
      assertClose(f(s, b).dataSync(), Array.from(b, (y) => ref(s, y)), tol, `${what} scalar,b`);
    }
    // int32: the unrolled equal-shape path
    const ia = Int32Array.from(a, Math.round), ib = Int32Array.from(b, Math.round);
    for (const [name, f] of OPS.filter(([nm]) => nm !== "divide")) {
      const got = f(tf.constant(ia), tf.constant(ib)).dataSync();
      const want = Array.from(ia, (x, i) => binaryRefs[name](x, ib[i]));
      assertClose(got, want, { rtol: 0, atol: 0 }, `seed=${seed} int32 ${name} n=${n}`);
    }
  }
});
