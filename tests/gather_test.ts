// gather, gatherNd, scatterNd, tensorScatterAdd, unsortedSegmentSum.
import * as tf from "../mod.ts";
import { assertClose, assertThrows, freshSeed, numel, rng, testEachBackend } from "./_util.ts";
import {
  assertValues,
  checkLinearGrad,
  DTYPES,
  forEachIndex,
  offset,
  randomTensor,
  refMap,
  tensorOf,
} from "./_shape_ref.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function randomIndices(r: () => number, shape: number[], hi: number) {
  const data = Array.from({ length: numel(shape) }, () => int(r, 0, hi - 1));
  return { t: tensorOf(data, shape, "int32"), data };
}

testEachBackend("gather matches the reference for axes, batchDims and dtypes", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const cases: { x: number[]; idx: number[]; axis: number; b: number }[] = [
    { x: [5], idx: [3], axis: 0, b: 0 },
    { x: [5], idx: [], axis: 0, b: 0 },
    { x: [6, 3], idx: [4], axis: 0, b: 0 },
    { x: [6, 3], idx: [2, 5], axis: 0, b: 0 },
    { x: [4, 7], idx: [9], axis: 1, b: 0 },
    { x: [4, 7], idx: [3], axis: -1, b: 0 },
    { x: [3, 4, 5], idx: [2, 2], axis: 1, b: 0 },
    { x: [3, 4, 5], idx: [3, 6], axis: 1, b: 1 },
    { x: [3, 4, 5], idx: [3, 2], axis: 2, b: 1 },
    { x: [2, 3, 4, 5], idx: [2, 3, 6], axis: 2, b: 2 },
    { x: [2, 3, 4, 5], idx: [2, 7], axis: -1, b: -1 },
    { x: [100, 17], idx: [300], axis: 0, b: 0 },
    { x: [3, 0], idx: [4], axis: 0, b: 0 },
    { x: [3, 4], idx: [0], axis: 0, b: 0 },
    { x: [50, 8], idx: [20, 3], axis: 0, b: 0 },
  ];
  for (const dtype of DTYPES) {
    for (const { x, idx, axis, b } of cases) {
      const a = axis < 0 ? axis + x.length : axis;
      const bd = b < 0 ? b + idx.length : b;
      const { t, data } = randomTensor(r, x, dtype);
      const ind = randomIndices(r, idx, x[a]);
      const y = tf.gather(t, ind.t, axis, b);
      const out = [...x.slice(0, a), ...idx.slice(bd), ...x.slice(a + 1)];
      const label = `seed=${seed} ${dtype} x ${x} idx ${idx} axis ${axis} b ${b}`;
      assertEquals(y.shape, out, label);
      const ref = refMap(data, out, (o) => {
        const batch = o.slice(0, bd);
        const iPart = o.slice(a, a + idx.length - bd);
        const j = ind.data[offset(idx, [...batch, ...iPart])];
        const src = [...o.slice(0, a), j, ...o.slice(a + idx.length - bd)];
        return offset(x, src);
      });
      assertValues(y, ref, label);
    }
  }
  const x = tf.constant([[1, 2], [3, 4], [5, 6]]);
  assertEquals(tf.gather(x, [2, 0]).arraySync(), [[5, 6], [1, 2]]);
  assertEquals(x.gather(1, 1).arraySync(), [2, 4, 6]);
  // the default axis follows the batch dimensions
  assertEquals(tf.gather(x, [[1], [0], [1]], undefined, 1).arraySync(), [[2], [3], [6]]);
  assertEquals(tf.gather([7, 8, 9], tf.constant([[2], [0]], { dtype: "int32" })).arraySync(), [
    [9],
    [7],
  ]);
});

testEachBackend("gather rejects bad indices and axes", () => {
  const x = tf.zeros([3, 4]);
  assertThrows(
    () => tf.gather(x, [0, 3]),
    RangeError,
    "gather",
    "indices[1] = 3",
    "[0, 3)",
    "(3, 4)",
  );
  assertThrows(() => tf.gather(x, [[0], [-1]]), RangeError, "gather", "indices[1,0] = -1");
  assertThrows(() => tf.gather(x, [0, 4], 1), RangeError, "gather", "= 4", "[0, 4)", "axis 1");
  assertThrows(() => tf.gather(x, [0], 2), RangeError, "gather", "axis 2");
  assertThrows(
    () => tf.gather(x, tf.constant([0.5])),
    TypeError,
    "gather",
    "int32",
    "float32",
    "tf.cast",
  );
  assertThrows(() => tf.gather(x, [0.5]), TypeError, "gather", "0.5", "int32");
  assertThrows(
    () => tf.gather(x, [[0], [0], [0]], 0, 1),
    RangeError,
    "gather",
    "axis 0",
    "batchDims 1",
  );
  assertThrows(
    () => tf.gather(x, [[0], [1]], 1, 1),
    RangeError,
    "gather",
    "batchDims",
    "(3, 4)",
    "(2, 1)",
  );
  assertThrows(() => tf.gather(x, [0], 0, 2), RangeError, "gather", "batchDims 2");
  assertThrows(() => tf.gather(5, [0]), RangeError, "gather", "scalar");
  assertEquals(tf.gather(x, [2]).shape, [1, 4]);
});

function refGatherNd(data: number[], x: number[], idx: number[], ind: number[], b: number) {
  const K = idx[idx.length - 1];
  const out = [...idx.slice(0, -1), ...x.slice(b + K)];
  const res = refMap(data, out, (o) => {
    const lead = o.slice(0, idx.length - 1);
    const tuple = Array.from({ length: K }, (_, k) => ind[offset(idx, [...lead, k])]);
    return offset(x, [...lead.slice(0, b), ...tuple, ...o.slice(idx.length - 1)]);
  });
  return { data: res, shape: out };
}

testEachBackend("gatherNd matches the reference, with batchDims", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const cases: { x: number[]; idx: number[]; b: number }[] = [
    { x: [5], idx: [3, 1], b: 0 },
    { x: [4, 6], idx: [7, 2], b: 0 },
    { x: [4, 6], idx: [3, 1], b: 0 },
    { x: [4, 6], idx: [2, 3, 2], b: 0 },
    { x: [3, 4, 5], idx: [6, 2], b: 0 },
    { x: [3, 4, 5], idx: [3, 2, 1], b: 1 },
    { x: [3, 4, 5], idx: [3, 4, 1], b: 2 },
    { x: [3, 4, 5], idx: [3, 7, 2], b: 1 },
    { x: [2, 3], idx: [4, 0], b: 0 },
    { x: [60, 9], idx: [40, 1], b: 0 },
    { x: [4, 0], idx: [3, 1], b: 0 },
  ];
  for (const dtype of DTYPES) {
    for (const { x, idx, b } of cases) {
      const { t, data } = randomTensor(r, x, dtype);
      const K = idx[idx.length - 1];
      const dims = x.slice(b, b + K);
      const ind: number[] = [];
      forEachIndex(idx, (i) => ind.push(int(r, 0, dims[i[i.length - 1]] - 1)));
      const y = tf.gatherNd(t, tensorOf(ind, idx, "int32"), b);
      const ref = refGatherNd(data, x, idx, ind, b);
      const label = `seed=${seed} ${dtype} x ${x} idx ${idx} b ${b}`;
      assertEquals(y.shape, ref.shape, label);
      assertValues(y, ref.data, label);
    }
  }
  const x = tf.constant([[1, 2], [3, 4]]);
  assertEquals(tf.gatherNd(x, [[1, 0], [0, 1]]).arraySync(), [3, 2]);
  assertEquals(x.gatherNd([[1]]).arraySync(), [[3, 4]]);
});

testEachBackend("gatherNd rejects indices outside the params", () => {
  const x = tf.zeros([3, 2]);
  assertThrows(
    () => tf.gatherNd(x, [[0, 1], [3, 0]]),
    RangeError,
    "gatherNd",
    "indices[1] = [3, 0]",
    "param shape [3, 2]",
  );
  assertThrows(() => tf.gatherNd(x, [[0, 2]]), RangeError, "gatherNd", "[0, 2]", "entry 1");
  assertThrows(() => tf.gatherNd(x, [[0, 0, 0]]), RangeError, "gatherNd", "(1, 3)", "(3, 2)");
  assertThrows(() => tf.gatherNd(x, 1), RangeError, "gatherNd", "scalar");
  assertThrows(() => tf.gatherNd(x, [[0]], 1), RangeError, "gatherNd", "batchDims 1");
  assertEquals(tf.gatherNd(x, [[2]]).shape, [1, 2]);
});

testEachBackend("scatterNd and tensorScatterAdd sum updates at indices", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const dtype of ["float32", "int32"] as const) {
    for (
      const [shape, idx] of [
        [[8], [5, 1]],
        [[4, 5], [9, 2]],
        [[4, 5], [7, 1]],
        [[3, 4, 5], [2, 3, 2]],
        [[30, 20], [300, 1]],
        [[4, 3], [0, 1]],
      ] as [number[], number[]][]
    ) {
      const K = idx[idx.length - 1];
      const ind: number[] = [];
      forEachIndex(idx, (i) => ind.push(int(r, 0, shape[i[i.length - 1]] - 1)));
      const uShape = [...idx.slice(0, -1), ...shape.slice(K)];
      const upd = randomTensor(r, uShape, dtype);
      const base = randomTensor(r, shape, dtype);
      // reference: accumulate in float64
      const acc = new Array<number>(numel(shape)).fill(0);
      const R = numel(shape.slice(K));
      const M = numel(idx.slice(0, -1));
      for (let m = 0; m < M; m++) {
        const tuple = ind.slice(m * K, m * K + K);
        const at = offset(shape.slice(0, K), tuple) * R;
        for (let q = 0; q < R; q++) acc[at + q] += upd.data[m * R + q];
      }
      const label = `seed=${seed} ${dtype} ${shape} ${idx}`;
      const idxT = tensorOf(ind, idx, "int32");
      const y = tf.scatterNd(idxT, upd.t, shape);
      assertEquals(y.shape, shape);
      assertEquals(y.dtype, dtype);
      assertClose(y.dataSync(), acc, { rtol: 1e-6, atol: 1e-5 }, label);
      const z = tf.tensorScatterAdd(base.t, idxT, upd.t);
      assertClose(
        z.dataSync(),
        acc.map((v, i) => v + base.data[i]),
        { rtol: 1e-6, atol: 1e-5 },
        label,
      );
    }
  }
  assertEquals(tf.scatterNd([[1], [3], [1]], [10, 20, 5], [4]).arraySync(), [0, 15, 0, 20]);
  assertEquals(tf.tensorScatterAdd([1, 1, 1], [[0], [2]], [5, 7]).arraySync(), [6, 1, 8]);
});

testEachBackend("scatterNd and tensorScatterAdd reject bad input", () => {
  assertThrows(
    () => tf.scatterNd([[4]], [1], [4]),
    RangeError,
    "scatterNd",
    "indices[0] = [4]",
    "shape [4]",
  );
  assertThrows(() => tf.scatterNd([[-1]], [1], [4]), RangeError, "scatterNd", "[-1]");
  assertThrows(() => tf.scatterNd([[1]], [1, 2], [4]), RangeError, "scatterNd", "(2,)", "(1,)");
  assertThrows(() => tf.scatterNd([[1, 0]], [1], [4]), RangeError, "scatterNd", "K exceeds");
  assertThrows(() => tf.scatterNd([[1]], [true], [4]), TypeError, "scatterNd", "bool");
  assertThrows(
    () => tf.tensorScatterAdd([1, 2], [[0]], tf.constant([1], { dtype: "int32" })),
    TypeError,
    "tensorScatterAdd",
    "int32",
    "float32",
  );
  assertThrows(
    () => tf.tensorScatterAdd([1, 2], [[2]], [1]),
    RangeError,
    "tensorScatterAdd",
    "[2]",
  );
  assertEquals(tf.scatterNd([[0]], [1], [2]).arraySync(), [1, 0]);
});

testEachBackend("unsortedSegmentSum sums rows by id and drops negative ids", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const dtype of ["float32", "int32"] as const) {
    for (
      const [shape, idRank, n] of [
        [[10], 1, 4],
        [[7, 3], 1, 5],
        [[4, 5, 6], 2, 3],
        [[300, 2], 1, 17],
        [[6, 2], 1, 0],
        [[0, 3], 1, 2],
      ] as [number[], number, number][]
    ) {
      const idShape = shape.slice(0, idRank);
      const ids = Array.from({ length: numel(idShape) }, () => int(r, -1, n - 1));
      const d = randomTensor(r, shape, dtype);
      const R = numel(shape.slice(idRank));
      const acc = new Array<number>(n * R).fill(0);
      ids.forEach((s, i) => {
        if (s < 0) return;
        for (let q = 0; q < R; q++) acc[s * R + q] += d.data[i * R + q];
      });
      const y = tf.unsortedSegmentSum(d.t, tensorOf(ids, idShape, "int32"), n);
      assertEquals(y.shape, [n, ...shape.slice(idRank)]);
      assertClose(y.dataSync(), acc, { rtol: 1e-6, atol: 1e-5 }, `seed=${seed} ${shape}`);
    }
  }
  assertEquals(tf.unsortedSegmentSum([1, 2, 3, 4], [0, 2, 0, -1], 3).arraySync(), [4, 0, 2]);
  assertThrows(
    () => tf.unsortedSegmentSum([1, 2], [0, 3], 3),
    RangeError,
    "unsortedSegmentSum",
    "segmentIds[1] = 3",
    "[0, 3)",
  );
  assertThrows(
    () => tf.unsortedSegmentSum([1, 2], [0], 3),
    RangeError,
    "unsortedSegmentSum",
    "prefix",
    "(1,)",
    "(2,)",
  );
  assertThrows(() => tf.unsortedSegmentSum([1, 2], [0, 1], -1), RangeError, "numSegments");
  assertThrows(() => tf.unsortedSegmentSum([true], [0], 1), TypeError, "bool");
});

testEachBackend("bad indices in large index tensors are found (the SIMD scan)", () => {
  const x = tf.zeros([5, 3]);
  for (const at of [0, 3, 4, 299, 597, 599]) {
    for (const bad of [5, -1, 2147483647, -2147483648]) {
      const v = new Int32Array(600).fill(2);
      v[at] = bad;
      // an op's output: resident in the wasm heap, scanned there
      const idx = tf.add(tf.constant(v, { dtype: "int32" }), 0);
      assertEquals(idx.storage.host, null);
      assertThrows(() => tf.gather(x, idx), RangeError, `indices[${at}] = ${bad} is not in [0, 5)`);
      // as pairs: entry at % 2 of tuple at >> 1
      const nd = tf.reshape(idx, [300, 2]);
      assertThrows(() => tf.gatherNd(x, nd), RangeError, `indices[${at >> 1}]`, `entry ${at % 2}`);
      assertThrows(
        () => tf.scatterNd(nd, tf.zeros([300]), [5, 3]),
        RangeError,
        `indices[${at >> 1}]`,
      );
      if (bad >= 0) {
        assertThrows(
          () => tf.unsortedSegmentSum(tf.zeros([600]), idx, 5),
          RangeError,
          `segmentIds[${at}] = ${bad}`,
        );
      } else {
        assertEquals(tf.unsortedSegmentSum(tf.ones([600]), idx, 5).arraySync(), [0, 0, 599, 0, 0]);
      }
    }
  }
  // in-range large index tensors pass
  const ok = tf.constant(Int32Array.from({ length: 601 }, (_, i) => i % 5), { dtype: "int32" });
  assertEquals(tf.gather(x, ok).shape, [601, 3]);
});

testEachBackend("gradients of the gathers and scatters", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const l = `seed=${seed}`;
  // repeated indices: the gradient adds up
  checkLinearGrad(r, [[5, 3]], (x) => tf.gather(x, [4, 0, 4, 2]), `gather ${l}`);
  checkLinearGrad(r, [[3, 5, 2]], (x) => tf.gather(x, [[1, 1], [4, 0]], 1), `gather axis 1 ${l}`);
  checkLinearGrad(
    r,
    [[3, 4, 5]],
    (x) => tf.gather(x, [[0, 3], [1, 1], [2, 2]], 1, 1),
    `gather b ${l}`,
  );
  checkLinearGrad(
    r,
    [[2, 3, 4, 2]],
    (x) => tf.gather(x, [[1, 3, 3], [0, 0, 2]], 2, 1),
    `gather b ${l}`,
  );
  checkLinearGrad(r, [[4, 3]], (x) => tf.gatherNd(x, [[1, 2], [1, 2], [3, 0]]), `gatherNd ${l}`);
  checkLinearGrad(r, [[4, 3]], (x) => tf.gatherNd(x, [[1], [3], [1]]), `gatherNd ${l}`);
  checkLinearGrad(
    r,
    [[3, 4, 2]],
    (x) => tf.gatherNd(x, [[[1], [3]], [[0], [0]], [[2], [1]]], 1),
    `gatherNd b ${l}`,
  );
  checkLinearGrad(r, [[3, 2]], (u) => tf.scatterNd([[1], [3], [1]], u, [5, 2]), `scatterNd ${l}`);
  checkLinearGrad(
    r,
    [[5, 2], [3, 2]],
    (t, u) => tf.tensorScatterAdd(t, [[1], [3], [1]], u),
    `tsa ${l}`,
  );
  checkLinearGrad(r, [[4, 3]], (x) => tf.unsortedSegmentSum(x, [2, 0, 2, 1], 3), `segsum ${l}`);
  checkLinearGrad(
    r,
    [[4, 3]],
    (x) => tf.unsortedSegmentSum(x, [2, -1, 2, 1], 4),
    `segsum neg ${l}`,
  );
});
