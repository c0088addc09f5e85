import * as tf from "../mod.ts";
import { assertThrows, freshSeed, rng, testEachBackend } from "./_util.ts";
import { assertValues, checkLinearGrad, DTYPES, randomTensor, refTranspose } from "./_shape_ref.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1)) {
    for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  }
  return out;
}

// Shapes covering SIMD tails (sizes not multiples of 4), the transpose tiles'
// edges (16 x 32), sizes above the small-tensor threshold, size-1 and size-0
// axes, and scalars.
const SHAPES: number[][] = [
  [],
  [5],
  [1, 1],
  [3, 5],
  [4, 8],
  [37, 53],
  [64, 33],
  [1, 300],
  [300, 1],
  [2, 300],
  [0, 4],
  [3, 0, 2],
  [2, 3, 4],
  [5, 7, 9],
  [1, 17, 19],
  [9, 1, 6, 1],
  [2, 3, 4, 5],
  [3, 1, 4, 2, 5],
  [2, 2, 2, 2, 2, 3],
];

testEachBackend("transpose matches the reference for every permutation and dtype", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const dtype of DTYPES) {
    for (const shape of SHAPES) {
      const perms = shape.length <= 4
        ? permutations(shape.length)
        : [shape.map((_, i) => shape.length - 1 - i), [
          1,
          0,
          ...shape.slice(2).map((_, i) => i + 2),
        ]];
      const { t, data } = randomTensor(r, shape, dtype);
      for (const perm of perms) {
        const y = tf.transpose(t, perm);
        const ref = refTranspose(data, shape, perm);
        const label = `seed=${seed} ${dtype} ${JSON.stringify(shape)} perm ${perm}`;
        assertEquals(y.shape, ref.shape, label);
        assertEquals(y.dtype, dtype, label);
        assertValues(y, ref.data, label);
      }
      // default: reversed dimensions
      const rev = shape.map((_, i) => shape.length - 1 - i);
      assertValues(tf.transpose(t), refTranspose(data, shape, rev).data);
      assertEquals(t.transpose().shape, rev.map((a) => shape[a]));
    }
  }
});

testEachBackend("transpose of large matrices and batches (the tiled SIMD path)", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (
    const [shape, perm] of [
      [[129, 67], [1, 0]],
      [[256, 256], [1, 0]],
      [[3, 45, 71], [0, 2, 1]],
      [[4, 33, 6, 17], [0, 2, 1, 3]], // attention's head swap: rows copied whole
      [[4, 33, 6, 17], [0, 2, 3, 1]],
      [[6, 35, 18], [2, 1, 0]],
      [[256, 96], [1, 0]], // destination rows 1 KiB apart: j-quads outer
      [[64, 1024], [1, 0]], // destination rows 256 B, source rows 4 KiB apart
      [[1024, 48], [1, 0]], // destination rows 4 KiB apart: i-quads outer
      [[1024, 1024], [1, 0]], // both 4 KiB apart: through the tile buffer
      [[2, 1024, 36], [0, 2, 1]],
    ] as [number[], number[]][]
  ) {
    const big = shape.reduce((p, d) => p * d, 1) > 100_000;
    for (const dtype of big ? ["float32"] as const : ["float32", "int32", "bool"] as const) {
      const { t, data } = randomTensor(r, shape, dtype);
      const y = tf.transpose(t, perm);
      assertValues(y, refTranspose(data, shape, perm).data, `seed=${seed} ${shape}`);
    }
  }
});

testEachBackend("transpose keeps NaN, infinities and signed zeros bit for bit", () => {
  const x = tf.constant([[NaN, Infinity, -0], [-Infinity, 1, 0]]);
  const y = tf.transpose(x).dataSync();
  assertEquals(Array.from(y), [NaN, -Infinity, Infinity, 1, -0, 0]);
  assertEquals(Object.is(y[4], -0), true);
});

testEachBackend("transpose: negative perm entries, moves of size-1 axes are views", () => {
  const x = tf.constant([[[1, 2, 3]]]); // (1, 1, 3)
  assertEquals(tf.transpose(x, [-1, 0, 1]).arraySync(), [[[1]], [[2]], [[3]]]);
  const v = tf.transpose(x, [1, 0, 2]);
  assertEquals(v.shape, [1, 1, 3]);
  assertEquals(v.storage, x.storage); // no copy: the elements keep their order
  assertEquals(tf.transpose(5).arraySync(), 5);
  assertEquals(tf.transpose([[1, 2], [3, 4]], [0, 1]).arraySync(), [[1, 2], [3, 4]]);
});

testEachBackend("transpose gradient is the inverse permutation", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (
    const [shape, perm] of [
      [[3, 5], [1, 0]],
      [[2, 3, 4], [2, 0, 1]],
      [[2, 3, 4, 5], [1, 3, 0, 2]],
      [[1, 3, 1], [2, 1, 0]],
      [[20, 30], [1, 0]],
    ] as [number[], number[]][]
  ) {
    const [g] = checkLinearGrad(r, [shape], (x) => tf.transpose(x, perm), `seed=${seed} ${shape}`);
    assertEquals(g!.shape, shape);
  }
});

testEachBackend("transpose rejects bad permutations with errors naming op, shape and fix", () => {
  const x = tf.zeros([2, 3]);
  for (const perm of [[0], [0, 0], [0, 2], [1, -3], [0, 1, 2], [0.5, 1]]) {
    assertThrows(
      () => tf.transpose(x, perm),
      RangeError,
      "transpose",
      `[${perm.join(", ")}]`,
      "(2, 3)",
      "permutation",
    );
  }
  // still usable
  assertEquals(tf.transpose(x).shape, [3, 2]);
});
