// slice, stridedSlice, pad.
import * as tf from "../mod.ts";
import { assertThrows, freshSeed, rng, testEachBackend } from "./_util.ts";
import {
  assertValues,
  checkLinearGrad,
  DTYPES,
  randomTensor,
  refMap,
  refStridedSlice,
  strides,
} from "./_shape_ref.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

testEachBackend("slice matches the reference on random blocks", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const dtype of DTYPES) {
    for (const shape of [[9], [300], [4, 7], [3, 0, 5], [2, 5, 6], [3, 4, 5, 6], [17, 33]]) {
      const { t, data } = randomTensor(r, shape, dtype);
      const st = strides(shape);
      for (let trial = 0; trial < 8; trial++) {
        const begin = shape.map((n) => int(r, 0, n));
        const size = shape.map((n, i) => (r() < 0.25 ? -1 : int(r, 0, n - begin[i])));
        const out = size.map((s, i) => (s === -1 ? shape[i] - begin[i] : s));
        const y = tf.slice(t, begin, size);
        const label = `seed=${seed} ${dtype} ${shape} begin ${begin} size ${size}`;
        assertEquals(y.shape, out, label);
        const ref = refMap(
          data,
          out,
          (idx) => idx.reduce((o, v, i) => o + (v + begin[i]) * st[i], 0),
        );
        assertValues(y, ref, label);
      }
    }
  }
  const x = tf.constant([[1, 2, 3], [4, 5, 6]]);
  assertEquals(tf.slice(x, 1).arraySync(), [[4, 5, 6]]); // number: the first axis
  assertEquals(tf.slice(x, [0, 1], 1).arraySync(), [[2, 3]]);
  assertEquals(x.slice([0, 2]).arraySync(), [[3], [6]]);
  assertEquals(tf.slice(x, [0, 0], [2, 3]).storage, x.storage); // the whole tensor: a view
});

testEachBackend("slice rejects out-of-range begin and size", () => {
  const x = tf.zeros([2, 3]);
  assertThrows(
    () => tf.slice(x, [0, 4], [1, 1]),
    RangeError,
    "slice",
    "begin[1] = 4",
    "[0, 3]",
    "(2, 3)",
  );
  assertThrows(() => tf.slice(x, [-1, 0], [1, 1]), RangeError, "slice", "begin[0] = -1");
  assertThrows(() => tf.slice(x, [1, 1], [2, 1]), RangeError, "slice", "size[0] = 2", "[0, 1]");
  assertThrows(() => tf.slice(x, [0, 0], [1, -2]), RangeError, "slice", "size[1] = -2");
  assertThrows(
    () => tf.slice(x, [0], [1, 1]),
    RangeError,
    "slice",
    "begin",
    "2 integers",
    "(2, 3)",
  );
  assertThrows(() => tf.slice(x, [0, 0.5]), RangeError, "slice", "begin");
  assertEquals(tf.slice(x, [1, 1]).shape, [1, 2]);
});

/** A random valid strided-slice spec for `shape`. */
function randomSpec(r: () => number, shape: number[]) {
  const rank = shape.length;
  const useEllipsis = r() < 0.35;
  const nNew = r() < 0.3 ? int(r, 1, 2) : 0;
  const nReal = useEllipsis ? int(r, 0, rank) : int(r, 0, rank);
  const kinds: ("real" | "new" | "...")[] = [
    ...Array(nReal).fill("real"),
    ...Array(nNew).fill("new"),
    ...(useEllipsis ? ["..."] : []),
  ] as ("real" | "new" | "...")[];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = int(r, 0, i);
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  // the dimension each real entry lands on, for shrink validity
  const realBefore = (i: number) => kinds.slice(0, i).filter((k) => k === "real").length;
  const e = kinds.indexOf("...");
  const realTotal = nReal;
  const begin: number[] = [], end: number[] = [], steps: number[] = [];
  let bm = 0, em = 0, el = 0, nm = 0, sm = 0;
  kinds.forEach((k, i) => {
    const dim = e >= 0 && i > e ? rank - (realTotal - realBefore(i)) : realBefore(i);
    const n = shape[dim] ?? 1;
    begin.push(int(r, -n - 2, n + 2));
    end.push(int(r, -n - 2, n + 2));
    steps.push([-3, -2, -1, 1, 1, 2, 3][int(r, 0, 6)]);
    if (k === "...") el |= 1 << i;
    else if (k === "new") nm |= 1 << i;
    else {
      if (r() < 0.25) bm |= 1 << i;
      if (r() < 0.25) em |= 1 << i;
      if (n > 0 && r() < 0.25) {
        sm |= 1 << i;
        begin[i] = int(r, -n, n - 1);
        steps[i] = 1;
      }
    }
  });
  return { begin, end, steps, bm, em, el, nm, sm };
}

testEachBackend("stridedSlice matches Python slicing on random specs", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const dtype of DTYPES) {
    for (const shape of [[7], [300], [4, 5], [3, 0, 4], [2, 3, 4], [3, 2, 4, 5], [9, 37]]) {
      const { t, data } = randomTensor(r, shape, dtype);
      for (let trial = 0; trial < 25; trial++) {
        const s = randomSpec(r, shape);
        const label = `seed=${seed} ${dtype} ${JSON.stringify(shape)} ${JSON.stringify(s)}`;
        const ref = refStridedSlice(data, shape, s.begin, s.end, s.steps, {
          begin: s.bm,
          end: s.em,
          ellipsis: s.el,
          newAxis: s.nm,
          shrink: s.sm,
        });
        const y = tf.stridedSlice(t, s.begin, s.end, s.steps, s.bm, s.em, s.el, s.nm, s.sm);
        assertEquals(y.shape, ref.shape, label);
        assertValues(y, ref.data, label);
      }
    }
  }
});

testEachBackend("stridedSlice: the common Python forms", () => {
  const x = tf.constant([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]);
  const ss = (...a: Parameters<typeof tf.stridedSlice> extends [unknown, ...infer R] ? R : never) =>
    tf.stridedSlice(x, ...a).arraySync();
  assertEquals(ss([0, 0], [0, 0], [1, -1], 3, 3), [[4, 3, 2, 1], [8, 7, 6, 5], [12, 11, 10, 9]]); // x[:, ::-1]
  assertEquals(ss([-1], [0], [1], 0, 0, 0, 0, 1), [9, 10, 11, 12]); // x[-1]
  assertEquals(ss([0, 1], [0, 3], [1, 1], 1, 1, 1, 0, 0), [[2, 3], [6, 7], [10, 11]]); // x[..., 1:3]
  // x[None, ...]
  assertEquals(ss([0, 0], [0, 0], [1, 1], 0, 0, 2, 1), [[[1, 2, 3, 4], [5, 6, 7, 8], [
    9,
    10,
    11,
    12,
  ]]]);
  // x[:, None, 2]
  assertEquals(ss([0, 0, 2], [0, 0, 3], [1, 1, 1], 1, 1, 0, 2, 4), [[3], [7], [11]]);
  assertEquals(ss([1, 2], [-10, 100], [-1, 1]), [[7, 8], [3, 4]]); // x[1:-10:-1, 2:100]
  assertEquals(ss([0], [1], [1], 0, 0, 0, 0, 1), [1, 2, 3, 4]);
  assertEquals(ss([5], [9], [1]), []); // clamped: empty
  assertEquals(tf.stridedSlice(x, [0, 0], [3, 4]).storage, x.storage); // whole: a view
  assertEquals(x.stridedSlice([0, 3], [3, 0], [2, -2]).arraySync(), [[4, 2], [12, 10]]);
});

testEachBackend("stridedSlice rejects bad specs", () => {
  const x = tf.zeros([2, 3]);
  assertThrows(
    () => tf.stridedSlice(x, [0], [1], [0]),
    RangeError,
    "stridedSlice",
    "strides[0] is 0",
  );
  assertThrows(
    () => tf.stridedSlice(x, [5], [6], [1], 0, 0, 0, 0, 1),
    RangeError,
    "stridedSlice",
    "index 5",
    "dimension 0",
    "[-2, 1]",
  );
  assertThrows(
    () => tf.stridedSlice(x, [-3], [0], [1], 0, 0, 0, 0, 1),
    RangeError,
    "stridedSlice",
    "-3",
  );
  assertThrows(
    () => tf.stridedSlice(x, [0], [1], [-1], 0, 0, 0, 0, 1),
    RangeError,
    "stridedSlice",
    "stride -1",
  );
  assertThrows(
    () => tf.stridedSlice(x, [0, 0, 0], [1, 1, 1]),
    RangeError,
    "stridedSlice",
    "more dimensions",
    "(2, 3)",
  );
  assertThrows(
    () => tf.stridedSlice(x, [0, 0], [1, 1], [1, 1], 0, 0, 3),
    RangeError,
    "stridedSlice",
    "ellipsis",
  );
  assertThrows(() => tf.stridedSlice(x, [0, 0], [1]), RangeError, "stridedSlice", "end");
  assertThrows(
    () => tf.stridedSlice(x, [0], [1], [1], -1),
    RangeError,
    "stridedSlice",
    "beginMask",
  );
  assertEquals(tf.stridedSlice(x, [0], [1]).shape, [1, 3]);
});

/** Reference pad: each output index maps to an input index or the constant. */
function refPad(
  data: number[],
  shape: number[],
  pads: [number, number][],
  mode: "CONSTANT" | "REFLECT" | "SYMMETRIC",
  value: number,
) {
  const out = shape.map((n, i) => n + pads[i][0] + pads[i][1]);
  const st = strides(shape);
  return {
    shape: out,
    data: refMap(data, out, (idx) => {
      let o = 0;
      for (let i = 0; i < shape.length; i++) {
        let j = idx[i] - pads[i][0];
        const n = shape[i];
        if (j < 0 || j >= n) {
          if (mode === "CONSTANT") return -1;
          if (mode === "REFLECT") j = j < 0 ? -j : 2 * (n - 1) - j;
          else j = j < 0 ? -j - 1 : 2 * n - 1 - j;
        }
        o += j * st[i];
      }
      return o;
    }, value),
  };
}

testEachBackend("pad in the three modes matches the reference", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const dtype of DTYPES) {
    for (const shape of [[5], [3, 4], [2, 3, 4], [1, 6], [4, 1, 3, 2], [20, 17], [0, 3]]) {
      const { t, data } = randomTensor(r, shape, dtype);
      for (const mode of ["CONSTANT", "REFLECT", "SYMMETRIC"] as const) {
        if (mode !== "CONSTANT" && shape.includes(0)) continue;
        for (let trial = 0; trial < 4; trial++) {
          const max = (n: number) => (mode === "CONSTANT" ? 4 : mode === "REFLECT" ? n - 1 : n);
          const pads = shape.map((n) => [int(r, 0, max(n)), int(r, 0, max(n))] as [number, number]);
          const value = dtype === "bool" ? 1 : dtype === "int32" ? -7 : 2.5;
          const y = tf.pad(t, pads, dtype === "bool" ? true : value, mode);
          const ref = refPad(data, shape, pads, mode, value);
          const label = `seed=${seed} ${dtype} ${shape} ${mode} ${JSON.stringify(pads)}`;
          assertEquals(y.shape, ref.shape, label);
          assertValues(y, ref.data, label);
        }
      }
    }
  }
  assertEquals(tf.pad([1, 2, 3], [[1, 2]]).arraySync(), [0, 1, 2, 3, 0, 0]);
  assertEquals(tf.pad([1, 2, 3], [[2, 2]], "reflect").arraySync(), [3, 2, 1, 2, 3, 2, 1]);
  assertEquals(tf.pad([1, 2, 3], [[3, 3]], 0, "SYMMETRIC").arraySync(), [
    3,
    2,
    1,
    1,
    2,
    3,
    3,
    2,
    1,
  ]);
  assertEquals(tf.pad([NaN], [[1, 0]], Infinity).arraySync(), [Infinity, NaN]);
  assertEquals(tf.constant([[1]]).pad([[0, 1], [1, 0]], 9).arraySync(), [[9, 1], [9, 9]]);
  assertEquals(tf.pad(5, []).arraySync(), 5);
});

testEachBackend("pad rejects bad paddings, modes and values", () => {
  const x = tf.zeros([2, 3]);
  assertThrows(() => tf.pad(x, [[1, 1]]), RangeError, "pad", "(2, 3)", "2 pairs");
  assertThrows(() => tf.pad(x, [[1, 1], [0, -1]]), RangeError, "pad", "non-negative");
  assertThrows(
    () => tf.pad(x, [[2, 0], [0, 0]], 0, "REFLECT"),
    RangeError,
    "pad",
    "[2, 0]",
    "axis 0",
    "REFLECT",
    "less than",
  );
  assertThrows(
    () => tf.pad(x, [[0, 0], [0, 4]], 0, "SYMMETRIC"),
    RangeError,
    "pad",
    "SYMMETRIC",
    "at most",
  );
  assertThrows(
    () => tf.pad(x, [[0, 0], [0, 0]], 0, "WRAP" as "REFLECT"),
    RangeError,
    "pad",
    "WRAP",
  );
  assertThrows(
    () => tf.pad(tf.zeros([2], "int32"), [[1, 1]], 0.5),
    TypeError,
    "pad",
    "0.5",
    "int32",
  );
  assertThrows(() => tf.pad(tf.zeros([2], "bool"), [[1, 1]], 2), TypeError, "pad", "bool");
  assertEquals(tf.pad(x, [[1, 0], [0, 0]], 0, "SYMMETRIC").shape, [3, 3]);
});

testEachBackend("gradients of slice, stridedSlice, pad", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const l = `seed=${seed}`;
  checkLinearGrad(r, [[4, 5]], (x) => tf.slice(x, [1, 2], [2, -1]), `slice ${l}`);
  checkLinearGrad(r, [[3, 4, 5]], (x) => tf.slice(x, [0, 1, 0], [3, 2, 4]), `slice ${l}`);
  for (const shape of [[9], [4, 5], [3, 4, 5], [5, 7]]) {
    for (let trial = 0; trial < 10; trial++) {
      const s = randomSpec(r, shape);
      checkLinearGrad(
        r,
        [shape],
        (x) => tf.stridedSlice(x, s.begin, s.end, s.steps, s.bm, s.em, s.el, s.nm, s.sm),
        `stridedSlice ${l} ${shape} ${JSON.stringify(s)}`,
      );
    }
  }
  for (const mode of ["CONSTANT", "REFLECT", "SYMMETRIC"] as const) {
    checkLinearGrad(r, [[4]], (x) => tf.pad(x, [[2, 3]], 0, mode), `pad ${mode} ${l}`);
    checkLinearGrad(r, [[3, 4]], (x) => tf.pad(x, [[2, 1], [0, 3]], 0, mode), `pad ${mode} ${l}`);
    checkLinearGrad(
      r,
      [[3, 4, 2]],
      (x) => tf.pad(x, [[1, 2], [3, 2], [1, 1]], 0, mode),
      `pad ${l}`,
    );
  }
});
