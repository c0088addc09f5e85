// concat, stack, unstack, split.
import * as tf from "../mod.ts";
import { assertThrows, freshSeed, rng, testEachBackend } from "./_util.ts";
import {
  assertValues,
  checkLinearGrad,
  DTYPES,
  offset,
  randomTensor,
  refMap,
  values,
} from "./_shape_ref.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

/** Reference concat: output index along axis a picks the input it falls in. */
function refConcat(parts: { data: number[]; shape: number[] }[], a: number) {
  const shape = parts[0].shape.slice();
  shape[a] = parts.reduce((s, p) => s + p.shape[a], 0);
  const all: number[] = [];
  const starts: number[] = [];
  for (const p of parts) {
    starts.push(all.length);
    all.push(...p.data);
  }
  const data = refMap(all, shape, (idx) => {
    let at = idx[a], j = 0;
    while (at >= parts[j].shape[a]) at -= parts[j++].shape[a];
    const local = idx.slice();
    local[a] = at;
    return starts[j] + offset(parts[j].shape, local);
  });
  return { data, shape };
}

testEachBackend("concat matches the reference on every axis and dtype", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const cases: { shapes: number[][]; axis: number }[] = [
    { shapes: [[3], [5]], axis: 0 },
    { shapes: [[2, 3], [4, 3], [1, 3]], axis: 0 },
    { shapes: [[2, 3], [2, 5], [2, 1]], axis: 1 },
    { shapes: [[2, 3], [2, 5]], axis: -1 },
    { shapes: [[2, 3, 4], [2, 1, 4], [2, 7, 4]], axis: 1 },
    { shapes: [[3, 2, 5], [3, 2, 7]], axis: -1 },
    { shapes: [[2, 0, 4], [2, 3, 4], [2, 0, 4]], axis: 1 },
    { shapes: [[0, 3], [0, 3]], axis: 1 },
    { shapes: [[100, 3], [200, 3]], axis: 0 },
    { shapes: [[10, 31], [10, 33]], axis: 1 },
    { shapes: [[4, 5]], axis: 0 },
  ];
  for (const dtype of DTYPES) {
    for (const { shapes, axis } of cases) {
      const parts = shapes.map((s) => ({ ...randomTensor(r, s, dtype), shape: s }));
      const y = tf.concat(parts.map((p) => p.t), axis);
      const a = axis < 0 ? axis + shapes[0].length : axis;
      const ref = refConcat(parts, a);
      const label = `seed=${seed} ${dtype} ${JSON.stringify(shapes)} axis ${axis}`;
      assertEquals(y.shape, ref.shape, label);
      assertEquals(y.dtype, dtype, label);
      assertValues(y, ref.data, label);
    }
  }
  assertEquals(tf.concat([[1, 2], [3]]).arraySync(), [1, 2, 3]);
  assertEquals(tf.concat([tf.constant([1], { dtype: "int32" }), [2, 3]]).dtype, "int32");
  assertEquals(tf.constant([[1]]).concat([[2]], 1).arraySync(), [[1, 2]]);
  assertEquals(tf.constant([1]).concat([tf.constant([2]), tf.constant([3])]).arraySync(), [
    1,
    2,
    3,
  ]);
});

testEachBackend("concat rejects mismatched inputs", () => {
  const a = tf.zeros([2, 3]);
  assertThrows(
    () => tf.concat([a, tf.zeros([2, 4])], 0),
    RangeError,
    "concat",
    "tensor 1",
    "(2, 4)",
    "(2, 3)",
    "axis",
  );
  assertThrows(() => tf.concat([a, tf.zeros([2, 3, 1])], 0), RangeError, "concat", "(2, 3, 1)");
  assertThrows(
    () => tf.concat([a, tf.zeros([2, 3], "int32")]),
    TypeError,
    "concat",
    "int32",
    "tf.cast",
  );
  assertThrows(() => tf.concat([a, a], 2), RangeError, "concat", "axis 2", "rank 2");
  assertThrows(() => tf.concat([], 0), RangeError, "concat", "non-empty");
  assertThrows(() => tf.concat([1, 2]), RangeError, "concat", "scalars", "stack");
  assertEquals(tf.concat([a, a], 1).shape, [2, 6]);
});

testEachBackend("stack and unstack match the reference at every axis", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const dtype of DTYPES) {
    for (const shape of [[], [5], [2, 3], [3, 1, 4], [0, 2], [70, 5]]) {
      const n = 3;
      const parts = Array.from({ length: n }, () => randomTensor(r, shape, dtype));
      const rank = shape.length;
      for (let axis = -rank - 1; axis <= rank; axis++) {
        const a = axis < 0 ? axis + rank + 1 : axis;
        const y = tf.stack(parts.map((p) => p.t), axis);
        const out = [...shape.slice(0, a), n, ...shape.slice(a)];
        const label = `seed=${seed} ${dtype} ${shape} axis ${axis}`;
        assertEquals(y.shape, out, label);
        const all = parts.flatMap((p) => p.data);
        const size = parts[0].data.length;
        const ref = refMap(all, out, (idx) => {
          const j = idx[a];
          return j * size + offset(shape, [...idx.slice(0, a), ...idx.slice(a + 1)]);
        });
        assertValues(y, ref, label);
        // unstack inverts it
        const back = tf.unstack(y, axis);
        assertEquals(back.length, n);
        back.forEach((b, j) => {
          assertEquals(b.shape, shape, label);
          assertValues(b, parts[j].data, label);
        });
      }
    }
  }
  assertEquals(tf.stack([[1, 2], [3, 4]], 1).arraySync(), [[1, 3], [2, 4]]);
  assertEquals(tf.unstack(tf.zeros([0, 3])).length, 0);
  assertEquals(tf.constant([[1, 2], [3, 4]]).unstack(1).map((t) => t.arraySync()), [[1, 3], [
    2,
    4,
  ]]);
});

testEachBackend("stack and unstack reject bad input", () => {
  assertThrows(
    () => tf.stack([tf.zeros([2]), tf.zeros([3])]),
    RangeError,
    "stack",
    "tensor 1",
    "(3,)",
    "(2,)",
    "same shape",
  );
  assertThrows(() => tf.stack([[1], [2]], 3), RangeError, "stack", "axis 3", "[-2, 1]");
  assertThrows(() => tf.stack([]), RangeError, "stack", "non-empty");
  assertThrows(() => tf.unstack(3), RangeError, "unstack", "scalar");
  assertThrows(() => tf.unstack([[1]], 2), RangeError, "unstack", "axis 2");
  assertEquals(tf.stack([1, 2]).arraySync(), [1, 2]);
});

testEachBackend("split into equal pieces and into sizes with -1", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const dtype of DTYPES) {
    const cases: [number[], number | number[], number][] = [
      [[6], 3, 0],
      [[6], [1, -1, 2], 0],
      [[4, 9], 3, 1],
      [[4, 9], [2, 0, 7], -1],
      [[4, 9], [4], 0],
      [[5, 3, 7], [3, -1], 2],
      [[300, 2], [1, 299], 0],
      [[0, 4], 2, 1],
    ];
    for (const [shape, how, axis] of cases) {
      const { t, data } = randomTensor(r, shape, dtype);
      const parts = tf.split(t, how, axis);
      const a = axis < 0 ? axis + shape.length : axis;
      // concatenating the pieces gives x back, and each piece has its size
      const sizes = parts.map((p) => p.shape[a]);
      if (typeof how === "number") assertEquals(sizes, new Array(how).fill(shape[a] / how));
      else assertEquals(sizes.filter((_, i) => how[i] !== -1), how.filter((s) => s !== -1));
      const ref = refConcat(
        parts.map((p) => ({ data: values(p), shape: p.shape.slice() })),
        a,
      );
      assertEquals(ref.data, data, `seed=${seed} ${dtype} ${shape} ${how}`);
    }
  }
  const [a, b] = tf.constant([1, 2, 3, 4, 5]).split([2, -1]);
  assertEquals([a.arraySync(), b.arraySync()], [[1, 2], [3, 4, 5]]);
});

testEachBackend("split rejects sizes that do not fit", () => {
  const x = tf.zeros([2, 7]);
  assertThrows(() => tf.split(x, 3, 1), RangeError, "split", "(2, 7)", "3 equal", "divides 7");
  assertThrows(() => tf.split(x, [3, 3], 1), RangeError, "split", "[3, 3]", "summing to 7");
  assertThrows(() => tf.split(x, [-1, -1], 1), RangeError, "split", "-1");
  assertThrows(() => tf.split(x, [8, -1], 1), RangeError, "split", "[8, -1]");
  assertThrows(() => tf.split(x, [-2, 9], 1), RangeError, "split", "[-2, 9]");
  assertThrows(() => tf.split(x, 0), RangeError, "split");
  assertThrows(() => tf.split(x, 2, 2), RangeError, "split", "axis 2");
  assertEquals(tf.split(x, 2).length, 2);
});

testEachBackend("gradients of concat, stack, unstack, split", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const l = `seed=${seed}`;
  checkLinearGrad(r, [[2, 3], [2, 5]], (a, b) => tf.concat([a, b], 1), `concat ${l}`);
  checkLinearGrad(r, [[1, 3], [4, 3], [2, 3]], (a, b, c) => tf.concat([a, b, c]), `concat ${l}`);
  checkLinearGrad(r, [[2, 3], [2, 3]], (a, b) => tf.stack([a, b], 1), `stack ${l}`);
  checkLinearGrad(r, [[4, 3]], (x) => tf.unstack(x, 1), `unstack ${l}`);
  checkLinearGrad(r, [[4, 6]], (x) => tf.split(x, [1, 2, 3], 1), `split ${l}`);
  checkLinearGrad(r, [[6, 2]], (x) => tf.split(x, 3), `split ${l}`);
});
