import * as tf from "../mod.ts";
import { assertClose, assertThrows, freshSeed, rng, testEachBackend } from "./_util.ts";
import { Batch } from "./_batch.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

const f = Math.fround;

// Sizes on both sides of the small-tensor threshold (256 elements: JS memory
// below, wasm heap and SIMD kernels above) and with SIMD tails.
const SIZES = [0, 1, 3, 4, 5, 7, 256, 257, 1001];

/** Schedules a check that `t` has `dtype` (now) and the elements `want` (batched). */
function expectData(batch: Batch, t: tf.Tensor, dtype: string, want: number[], what = "") {
  assertEquals(t.dtype, dtype, what);
  batch.data(t, (d) => assertEquals(Array.from(d), want, what));
}

testEachBackend("zeros, ones, fill and the Like forms, every dtype and size", async () => {
  const batch = new Batch();
  for (const n of SIZES) {
    for (const shape of [[n], [1, n, 1]]) {
      const z = tf.zeros(shape);
      assertEquals([z.shape, z.dtype], [shape, "float32"]);
      expectData(batch, z, "float32", new Array(n).fill(0));
      expectData(batch, tf.ones(shape, "int32"), "int32", new Array(n).fill(1));
      expectData(batch, tf.ones(shape, "bool"), "bool", new Array(n).fill(1));
      expectData(batch, tf.fill(shape, -2.1), "float32", new Array(n).fill(f(-2.1)));
      expectData(batch, tf.fill(shape, -7, "int32"), "int32", new Array(n).fill(-7));
      expectData(batch, tf.fill(shape, true), "bool", new Array(n).fill(1));
      expectData(batch, tf.fill(shape, NaN), "float32", new Array(n).fill(NaN));
      const zl = tf.zerosLike(tf.ones(shape, "int32"));
      assertEquals(zl.shape, shape);
      expectData(batch, zl, "int32", new Array(n).fill(0));
      expectData(batch, tf.onesLike(tf.zeros(shape, "bool")), "bool", new Array(n).fill(1));
    }
  }
  batch.array(tf.zeros([]), (a) => assertEquals(a, 0));
  assertEquals(tf.fill([2, 0, 3], 5).shape, [2, 0, 3]);
  batch.array(tf.onesLike([[1, 2]]), (a) => assertEquals(a, [[1, 1]]));
  // A large fill is usable by the next op (it lives in the wasm heap, or on the GPU).
  batch.data(tf.add(tf.fill([300], 2), tf.ones([300])), (d) => assertEquals(d[299], 3));
  await batch.run();
}, { gpu: true });

/** TensorFlow's float32 range: length ceil(|(limit - start) / delta|) in float32. */
function refRangeF32(start: number, limit: number, delta: number): number[] {
  const s = f(start), d = f(delta);
  const n = Math.ceil(Math.abs(f(f(f(limit) - s) / d)));
  return Array.from({ length: n }, (_, i) => f(s + f(f(i) * d)));
}

testEachBackend("range matches TensorFlow for int32 and float32, up and down", async () => {
  const batch = new Batch();
  const expect = (t: tf.Tensor, want: unknown) => batch.array(t, (a) => assertEquals(a, want));
  expect(tf.range(5), [0, 1, 2, 3, 4]);
  assertEquals(tf.range(5).dtype, "int32");
  expect(tf.range(3, 18, 3), [3, 6, 9, 12, 15]);
  expect(tf.range(10, 1, -3), [10, 7, 4]);
  expect(tf.range(-2, 2), [-2, -1, 0, 1]);
  assertEquals(tf.range(3, 3).shape, [0]);
  assertEquals(tf.range(0).shape, [0]);
  const fl = tf.range(3, 1, -0.5);
  assertEquals(fl.dtype, "float32");
  expect(fl, [3, 2.5, 2, 1.5]);
  assertEquals(tf.range(0, 3, 1, "float32").dtype, "float32");
  expect(tf.range(0.5, 3), [0.5, 1.5, 2.5]);
  // float32 length rule: (1 - 0) / 0.1f rounds to 10 in float32.
  assertEquals(tf.range(0, 1, 0.1).size, 10);
  expectData(batch, tf.range(0, 1, 0.1), "float32", refRangeF32(0, 1, 0.1));
  // int32 extremes do not overflow the length computation.
  expect(tf.range(-2147483648, 2147483647, 1073741824), [-2147483648, -1073741824, 0, 1073741824]);
  await batch.run();
}, { gpu: true });

testEachBackend("range on seeded random arguments: float32 bit-exact, int32 exact", async () => {
  const batch = new Batch();
  const seed = freshSeed();
  const r = rng(seed);
  for (let trial = 0; trial < 40; trial++) {
    const n = Math.floor(r() * 1500);
    // float32
    const start = (r() - 0.5) * 100;
    const delta = (r() < 0.5 ? -1 : 1) * (0.01 + r() * 3);
    const limit = start + delta * (n + r() * 0.9);
    const got = tf.range(start, limit, delta);
    const want = refRangeF32(start, limit, delta);
    assertEquals(got.size, want.length, `seed=${seed} float range(${start}, ${limit}, ${delta})`);
    batch.data(got, (d) => assertClose(d, want, { rtol: 0, atol: 0 }, `seed=${seed} float range`));
    // int32
    const si = Math.floor((r() - 0.5) * 2000);
    const di = (r() < 0.5 ? -1 : 1) * (1 + Math.floor(r() * 9));
    const li = si + di * n + (r() < 0.5 ? 0 : Math.sign(di));
    const gi = tf.range(si, li, di);
    const wi: number[] = [];
    for (let v = si; di > 0 ? v < li : v > li; v += di) wi.push(v);
    expectData(batch, gi, "int32", wi, `seed=${seed} range(${si}, ${li}, ${di})`);
  }
  await batch.run();
}, { gpu: true });

testEachBackend("linspace: float32 steps, exact endpoints, small and large", async () => {
  const batch = new Batch();
  batch.array(tf.linspace(0, 1, 5), (a) => assertEquals(a, [0, 0.25, 0.5, 0.75, 1]));
  batch.array(tf.linspace(10, -10, 3), (a) => assertEquals(a, [10, 0, -10]));
  batch.array(tf.linspace(2, 9, 1), (a) => assertEquals(a, [2]));
  assertEquals(tf.linspace(2, 9, 0).shape, [0]);
  const seed = freshSeed();
  const r = rng(seed);
  for (const num of [2, 3, 7, 256, 257, 1003]) {
    const start = (r() - 0.5) * 20, stop = (r() - 0.5) * 20;
    const s = f(start), e = f(stop), step = f(f(e - s) / (num - 1));
    const want = Array.from({ length: num }, (_, i) => (i === num - 1 ? e : f(s + f(f(i) * step))));
    // and within float32 rounding of the exact float64 line
    const exact = Array.from({ length: num }, (_, i) => start + (i * (stop - start)) / (num - 1));
    batch.data(tf.linspace(start, stop, num), (got) => {
      assertClose(
        got,
        want,
        { rtol: 0, atol: 0 },
        `seed=${seed} linspace(${start}, ${stop}, ${num})`,
      );
      assertClose(got, exact, { rtol: 1e-5, atol: 1e-5 }, `seed=${seed} linspace vs float64`);
    });
  }
  await batch.run();
}, { gpu: true });

testEachBackend("eye: square, rectangular, batched, every dtype", async () => {
  const batch = new Batch();
  const expect = (t: tf.Tensor, want: unknown) => batch.array(t, (a) => assertEquals(a, want));
  expect(tf.eye(2), [[1, 0], [0, 1]]);
  expect(tf.eye(2, 3), [[1, 0, 0], [0, 1, 0]]);
  expect(tf.eye(3, 2, undefined, "int32"), [[1, 0], [0, 1], [0, 0]]);
  expect(tf.eye(2, 2, [], "bool"), [[true, false], [false, true]]);
  assertEquals(tf.eye(0).shape, [0, 0]);
  assertEquals(tf.eye(2, 2, [0]).shape, [0, 2, 2]);
  const b = tf.eye(2, 3, [2, 1]);
  assertEquals(b.shape, [2, 1, 2, 3]);
  expect(b, [[[[1, 0, 0], [0, 1, 0]]], [[[1, 0, 0], [0, 1, 0]]]]);
  // Large (heap-resident), every dtype: compare with an index rule.
  for (const dtype of ["float32", "int32", "bool"] as const) {
    for (const [rows, cols, bshape] of [[20, 21, [3]], [33, 17, []], [5, 5, [4, 3]]] as const) {
      const t = tf.eye(rows, cols, bshape, dtype);
      assertEquals(t.dtype, dtype);
      batch.data(t, (data) => {
        for (let i = 0; i < data.length; i++) {
          const within = i % (rows * cols);
          const want = Math.floor(within / cols) === within % cols ? 1 : 0;
          if (data[i] !== want) {
            throw new Error(`eye ${dtype} ${rows}x${cols}: [${i}] = ${data[i]}`);
          }
        }
      });
    }
  }
  await batch.run();
}, { gpu: true });

testEachBackend("creation ops reject bad input with errors naming the op and the fix", async () => {
  // negative and non-integer dimensions
  assertThrows(() => tf.zeros([2, -1]), RangeError, "zeros", "-1", "non-negative integers");
  assertThrows(() => tf.ones([1.5]), RangeError, "ones", "1.5");
  assertThrows(() => tf.fill([NaN], 1), RangeError, "fill", "NaN");
  assertThrows(() => tf.eye(-1), RangeError, "eye", "numRows", "non-negative integer");
  assertThrows(() => tf.eye(2, 2.5), RangeError, "eye", "numColumns", "2.5");
  assertThrows(() => tf.eye(2, 2, [-3]), RangeError, "eye", "-3");
  // unknown or unsupported dtypes
  // deno-lint-ignore no-explicit-any
  const bad = "float64" as any;
  assertThrows(() => tf.zeros([2], bad), TypeError, "zeros", "float64", '"float32"');
  assertThrows(() => tf.ones([2], bad), TypeError, "ones", "float64");
  assertThrows(() => tf.fill([2], 1, bad), TypeError, "fill", "float64");
  assertThrows(() => tf.eye(2, 2, [], bad), TypeError, "eye", "float64");
  assertThrows(() => tf.range(3, undefined, 1, bad), TypeError, "range", "float64");
  assertThrows(() => tf.range(3, undefined, 1, "bool"), TypeError, "range", "bool", "int32");
  // values that do not fit the dtype
  assertThrows(() => tf.fill([2], 1.5, "int32"), TypeError, "fill", "1.5", "int32");
  assertThrows(() => tf.fill([2], 1, "bool"), TypeError, "fill", "bool");
  assertThrows(() => tf.range(0.5, 3, 1, "int32"), TypeError, "range", "0.5", "float32");
  // range: delta 0, wrong direction, non-finite
  assertThrows(() => tf.range(0, 5, 0), RangeError, "range", "delta must not be 0", "positive");
  assertThrows(() => tf.range(5, 1), RangeError, "range", "start <= limit", "negate delta");
  assertThrows(() => tf.range(1, 5, -1), RangeError, "range", "start >= limit");
  assertThrows(() => tf.range(0, Infinity), RangeError, "range", "finite");
  // deno-lint-ignore no-explicit-any
  assertThrows(() => tf.range("3" as any), TypeError, "range", "limit", "number");
  // linspace: num
  assertThrows(() => tf.linspace(0, 1, -1), RangeError, "linspace", "num", ">= 0");
  assertThrows(() => tf.linspace(0, 1, 2.5), RangeError, "linspace", "2.5");
  // beyond the wasm heap: refused before anything is allocated
  assertThrows(() => tf.zeros([1 << 20, 1 << 20]), RangeError, "4 GiB");
  assertThrows(() => tf.range(0, 2 ** 31, 1, "float32"), RangeError, "range", "4 GiB");
  assertThrows(() => tf.eye(1 << 16, 1 << 16), RangeError, "eye", "4 GiB");
  // the module still works
  assertEquals(await tf.range(3).array(), [0, 1, 2]);
  assertEquals((await tf.zeros([300]).data())[299], 0);
}, { gpu: true });
