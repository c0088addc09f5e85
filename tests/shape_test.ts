// reshape, expandDims, squeeze (views), broadcastTo, tile, reverse.
import * as tf from "../mod.ts";
import { assertThrows, freshSeed, numel, rng, testEachBackend } from "./_util.ts";
import {
  assertArray,
  assertValues,
  checkLinearGrad,
  DTYPES,
  randomTensor,
  recordOps,
  refMap,
  settle,
  strides,
} from "./_shape_ref.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

testEachBackend("reshape infers -1 and shares storage", async () => {
  const r = rng(freshSeed());
  for (const dtype of DTYPES) {
    const { t, data } = randomTensor(r, [3, 100], dtype);
    const y = tf.reshape(t, [-1, 5, 4]);
    assertEquals(y.shape, [15, 5, 4]);
    assertEquals(y.storage, t.storage);
    assertValues(y, data);
    assertEquals(t.reshape([300]).shape, [300]);
  }
  assertEquals(tf.reshape(tf.zeros([0, 3]), [3, -1, 5]).shape, [3, 0, 5]);
  assertArray(tf.reshape(7, [1, 1]), [[7]]);
  assertArray(tf.reshape([7], []), 7);
  await settle();
}, { gpu: true });

testEachBackend("reshape errors name the op, shapes and the fix", async () => {
  const x = tf.zeros([2, 3]);
  assertThrows(() => tf.reshape(x, [4, 2]), RangeError, "reshape", "(2, 3)", "(4, 2)", "match");
  assertThrows(() => tf.reshape(x, [4, -1]), RangeError, "reshape", "(2, 3)", "multiple of 4");
  assertThrows(() => tf.reshape(x, [-1, -1]), RangeError, "reshape", "only one", "-1");
  assertThrows(() => tf.reshape(x, [2, -3]), RangeError, "reshape", "-3", "non-negative");
  assertThrows(() => tf.reshape(x, [2, 1.5, 2]), RangeError, "reshape", "1.5");
  assertThrows(() => tf.reshape(tf.zeros([0, 3]), [0, -1]), RangeError, "reshape", "-1");
  assertEquals(tf.reshape(x, [3, 2]).shape, [3, 2]);
  await settle();
}, { gpu: true });

testEachBackend("expandDims and squeeze are views at every axis", async () => {
  const r = rng(freshSeed());
  for (const dtype of DTYPES) {
    for (const shape of [[], [4], [2, 3], [1, 5, 1], [0, 2]]) {
      const { t, data } = randomTensor(r, shape, dtype);
      const rank = shape.length;
      for (let a = -rank - 1; a <= rank; a++) {
        const y = tf.expandDims(t, a);
        const at = a < 0 ? a + rank + 1 : a;
        assertEquals(y.shape, [...shape.slice(0, at), 1, ...shape.slice(at)], `axis ${a}`);
        assertEquals(y.storage, t.storage);
        assertValues(y, data);
        assertEquals(t.expandDims(a).shape, y.shape);
      }
      assertEquals(tf.squeeze(t).shape, shape.filter((d) => d !== 1));
      assertValues(tf.squeeze(t), data);
    }
  }
  const x = tf.zeros([1, 3, 1, 1]);
  assertEquals(tf.squeeze(x, -1).shape, [1, 3, 1]);
  assertEquals(tf.squeeze(x, [0, 2]).shape, [3, 1]);
  assertEquals(x.squeeze([-2, -1]).shape, [1, 3]);
  assertEquals(tf.squeeze(x).storage, x.storage);
  assertEquals(tf.expandDims([1, 2]).shape, [1, 2]); // default axis 0
  await settle();
}, { gpu: true });

testEachBackend("expandDims and squeeze reject bad axes", async () => {
  const x = tf.zeros([1, 3]);
  assertThrows(() => tf.expandDims(x, 3), RangeError, "expandDims", "axis 3", "(1, 3)", "[-3, 2]");
  assertThrows(() => tf.expandDims(x, -4), RangeError, "expandDims", "-4");
  assertThrows(() => tf.squeeze(x, 1), RangeError, "squeeze", "axis 1", "(1, 3)", "size is 3");
  assertThrows(() => tf.squeeze(x, 2), RangeError, "squeeze", "axis 2", "rank 2");
  assertThrows(() => tf.squeeze(x, [0, 0]), RangeError, "squeeze", "repeated");
  assertEquals(tf.squeeze(x, 0).shape, [3]);
  await settle();
}, { gpu: true });

function refBroadcast(data: number[], shape: number[], to: number[]): number[] {
  const lead = to.length - shape.length;
  const st = strides(shape);
  return refMap(data, to, (idx) => {
    let o = 0;
    for (let i = 0; i < shape.length; i++) o += (shape[i] === 1 ? 0 : idx[lead + i]) * st[i];
    return o;
  });
}

testEachBackend("broadcastTo matches NumPy broadcasting in every direction", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const cases: [number[], number[]][] = [
    [[], [3]],
    [[1], [7]],
    [[3], [2, 3]],
    [[3, 1], [3, 5]],
    [[1, 5], [4, 5]],
    [[2, 1, 3], [4, 2, 7, 3]],
    [[1, 1], [17, 19]],
    [[301], [2, 301]],
    [[1, 1, 5], [3, 0, 5]],
    [[2, 3], [2, 3]],
  ];
  for (const dtype of DTYPES) {
    for (const [shape, to] of cases) {
      const { t, data } = randomTensor(r, shape, dtype);
      const y = tf.broadcastTo(t, to);
      assertEquals(y.shape, to);
      assertValues(y, refBroadcast(data, shape, to), `seed=${seed} ${shape} -> ${to}`);
    }
  }
  assertArray(tf.broadcastTo([1, 2], [2, 2]), [[1, 2], [1, 2]]);
  assertThrows(() => tf.broadcastTo([1, 2], [3]), RangeError, "broadcastTo", "(2,)", "(3,)");
  assertThrows(() => tf.broadcastTo(tf.zeros([2, 3]), [3]), RangeError, "broadcastTo");
  assertThrows(() => tf.broadcastTo([1], [-1]), RangeError, "broadcastTo", "-1");
  await settle();
}, { gpu: true });

function refTile(data: number[], shape: number[], m: number[]) {
  const out = shape.map((d, i) => d * m[i]);
  const st = strides(shape);
  return {
    shape: out,
    data: refMap(data, out, (idx) => idx.reduce((o, v, i) => o + (v % shape[i]) * st[i], 0)),
  };
}

testEachBackend("tile matches the reference for every dtype", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const cases: [number[], number[]][] = [
    [[], []],
    [[3], [4]],
    [[2, 3], [1, 1]],
    [[2, 3], [3, 2]],
    [[1, 5], [7, 1]],
    [[3, 1, 2], [2, 5, 3]],
    [[2, 3], [0, 2]],
    [[0, 3], [2, 2]],
    [[17], [20]],
    [[2, 2, 2, 2], [1, 2, 1, 3]],
  ];
  for (const dtype of DTYPES) {
    for (const [shape, m] of cases) {
      const { t, data } = randomTensor(r, shape, dtype);
      const y = tf.tile(t, m);
      const ref = refTile(data, shape, m);
      assertEquals(y.shape, ref.shape);
      assertValues(y, ref.data, `seed=${seed} ${shape} x ${m}`);
    }
  }
  assertArray(tf.tile([[1, 2]], [2, 2]), [[1, 2, 1, 2], [1, 2, 1, 2]]);
  assertArray(tf.constant([1, 2]).tile([2]), [1, 2, 1, 2]);
  assertThrows(() => tf.tile([1, 2], [2, 2]), RangeError, "tile", "multiples", "1 integer", "(2,)");
  assertThrows(() => tf.tile([1, 2], [-1]), RangeError, "tile", "[-1]", "(2,)", "non-negative");
  assertThrows(() => tf.tile([1, 2], [1.5]), RangeError, "tile", "multiples");
  await settle();
}, { gpu: true });

function refReverse(data: number[], shape: number[], axes: number[]): number[] {
  const st = strides(shape);
  return refMap(
    data,
    shape,
    (idx) => idx.reduce((o, v, i) => o + (axes.includes(i) ? shape[i] - 1 - v : v) * st[i], 0),
  );
}

testEachBackend("reverse matches the reference on every subset of axes", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const dtype of DTYPES) {
    for (const shape of [[7], [301], [3, 5], [2, 3, 4], [4, 1, 9, 5], [0, 3], [2, 67]]) {
      const { t, data } = randomTensor(r, shape, dtype);
      const rank = shape.length;
      for (let mask = 0; mask < 1 << rank; mask++) {
        const axes = [...Array(rank).keys()].filter((i) => (mask >> i) & 1);
        const neg = axes.map((a) => (r() < 0.5 ? a - rank : a));
        const y = tf.reverse(t, neg);
        assertValues(y, refReverse(data, shape, axes), `seed=${seed} ${shape} ${neg}`);
      }
      assertValues(t.reverse(), refReverse(data, shape, [...Array(rank).keys()]));
    }
  }
  assertArray(tf.reverse([[1, 2], [3, 4]], 1), [[2, 1], [4, 3]]);
  assertArray(tf.reverse(5), 5);
  assertThrows(() => tf.reverse([[1, 2]], 2), RangeError, "reverse", "axis 2", "rank 2");
  assertThrows(() => tf.reverse([[1, 2]], [1, -1]), RangeError, "reverse", "repeated");
  await settle();
}, { gpu: true });

testEachBackend(
  "gradients of reshape, expandDims, squeeze, tile, reverse, broadcastTo",
  async () => {
    const seed = freshSeed();
    const r = rng(seed);
    const label = `seed=${seed}`;
    await checkLinearGrad(r, [[2, 6]], (x) => tf.reshape(x, [3, 4]), `reshape ${label}`);
    await checkLinearGrad(r, [[2, 3]], (x) => tf.expandDims(x, 1), `expandDims ${label}`);
    await checkLinearGrad(r, [[1, 3, 1]], (x) => tf.squeeze(x), `squeeze ${label}`);
    for (
      const [shape, m] of [[[3], [4]], [[2, 3], [3, 2]], [[2, 1, 3], [1, 4, 2]], [[2, 3], [1, 1]]]
    ) {
      await checkLinearGrad(r, [shape], (x) => tf.tile(x, m), `tile ${shape} ${m} ${label}`);
    }
    for (const [shape, axes] of [[[5], [0]], [[3, 4], [1]], [[2, 3, 4], [0, 2]]]) {
      await checkLinearGrad(r, [shape], (x) => tf.reverse(x, axes), `reverse ${label}`);
    }
    // broadcastTo passes dy through in the output's shape: the tape sums it back
    const { records } = recordOps(() => tf.broadcastTo([1, 2], [3, 2]));
    const dy = tf.ones([3, 2]);
    const rec = records[records.length - 1];
    const [g] = rec.def.grad!({
      dy,
      dys: [dy],
      ins: rec.ins,
      out: rec.outs[0],
      outs: rec.outs,
      attrs: rec.attrs,
      needs: [true],
    });
    assertEquals(g, dy);
    assertEquals(numel([3, 2]), 6);
    await settle();
  },
  { gpu: true },
);
