import * as tf from "../mod.ts";
import {
  assertClose,
  assertThrows,
  freshSeed,
  numel,
  randomArray,
  rng,
  testEachBackend,
} from "./_util.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

// ---------------------------------------------------------------- references

type Axis = number | number[] | undefined;

/** Normalised sorted axes of an axis argument (the reference's own reading). */
function normAxes(axis: Axis, rank: number): number[] {
  if (axis === undefined) return [...Array(rank).keys()];
  const list = typeof axis === "number" ? [axis] : axis;
  return list.map((a) => (a < 0 ? a + rank : a)).sort((a, b) => a - b);
}

/** The output shape of reducing `axes`. */
function outShape(shape: number[], axes: number[], keepdims: boolean): number[] {
  const out: number[] = [];
  shape.forEach((d, i) => {
    if (!axes.includes(i)) out.push(d);
    else if (keepdims) out.push(1);
  });
  return out;
}

/**
 * The groups of a reduction: for each output element, its input values in
 * row-major order of the reduced axes (so that a value's position in its
 * group is its index along a single reduced axis).
 */
function groupsOf(data: ArrayLike<number>, shape: number[], axes: number[]): number[][] {
  const kept = shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const size = numel(kept.map((i) => shape[i]));
  const groups: number[][] = Array.from({ length: size }, () => []);
  const idx = new Array(shape.length).fill(0);
  for (let flat = 0; flat < data.length; flat++) {
    let o = 0;
    for (const i of kept) o = o * shape[i] + idx[i];
    groups[o].push(data[flat]);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return groups;
}

/** Float64 reference of a reduction. */
function refReduce(
  data: ArrayLike<number>,
  shape: number[],
  axes: number[],
  f: (g: number[]) => number,
): Float64Array {
  return Float64Array.from(groupsOf(data, shape, axes), f);
}

const sum64 = (g: number[]) => g.reduce((a, b) => a + b, 0);
const absSum64 = (g: number[]) => g.reduce((a, b) => a + Math.abs(b), 0);

/** Every subset of the axes of a rank, as lists, plus undefined (all axes). */
function axisCombos(rank: number): Axis[] {
  const out: Axis[] = [undefined];
  for (let m = 0; m < 1 << rank; m++) {
    out.push([...Array(rank).keys()].filter((i) => m & (1 << i)));
  }
  return out;
}

/** The same axes written with negative numbers (every other one). */
function negated(axis: Axis, rank: number): Axis {
  if (axis === undefined) return undefined;
  const list = typeof axis === "number" ? [axis] : axis;
  return list.map((a, i) => (i % 2 === 0 ? a - rank : a));
}

// Odd sizes (SIMD tails), ranks 0-4, sizes above 256 (heap-resident), inner
// extents of 16+ columns (the 16-column register blocks), reduced extents
// above 32 rows (the pairwise column tree) and above 1024 (the row tree).
const SHAPES: number[][] = [
  [],
  [1],
  [7],
  [33],
  [2049],
  [3, 5],
  [5, 37],
  [1, 9],
  [9, 1],
  [101, 19],
  [3, 1, 5],
  [3, 5, 7],
  [3, 33, 17],
  [67, 3, 5],
  [3, 5, 7, 9],
  [2, 1, 3, 17],
];

// float32 sums: |got - exact| <= (64 + log2 n) 2^-24 sum|x|: the pairwise
// bound (a naive float32 loop over long groups misses it).
function sumTol(absSum: number, n: number): number {
  return (64 + Math.log2(n + 1)) * 2 ** -24 * absSum + 1e-30;
}

function checkSums(
  got: ArrayLike<number>,
  ref: Float64Array,
  abs: Float64Array,
  count: number,
  what: string,
) {
  assertEquals(got.length, ref.length, what);
  for (let i = 0; i < ref.length; i++) {
    const tol = sumTol(abs[i], count);
    if (!(Math.abs(got[i] - ref[i]) <= tol)) {
      throw new Error(`${what}[${i}]: got ${got[i]}, expected ${ref[i]} (tol ${tol})`);
    }
  }
}

// ---------------------------------------------------------------- reduceSum

testEachBackend("reduceSum matches float64 over every axis combination, keepdims both ways", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const shape of SHAPES) {
    const data = randomArray(r, numel(shape), -4, 4);
    const x = tf.constant(data, { shape });
    for (const axis of axisCombos(shape.length)) {
      const axes = normAxes(axis, shape.length);
      const ref = refReduce(data, shape, axes, sum64);
      const abs = refReduce(data, shape, axes, absSum64);
      const count = numel(axes.map((a) => shape[a]));
      for (const keepdims of [false, true]) {
        for (const ax of [axis, negated(axis, shape.length)]) {
          const what = `reduceSum seed=${seed} ${JSON.stringify(shape)} axis=${
            JSON.stringify(ax)
          } keepdims=${keepdims}`;
          const y = tf.reduceSum(x, ax, keepdims);
          assertEquals(y.shape, outShape(shape, axes, keepdims), what);
          assertEquals(y.dtype, "float32");
          checkSums(y.dataSync(), ref, abs, count, what);
        }
      }
    }
  }
});

testEachBackend("reduceSum takes one axis as a number and the method form", () => {
  const x = tf.constant([[1, 2, 3], [4, 5, 6]]);
  assertEquals(tf.reduceSum(x).arraySync(), 21);
  assertEquals(tf.reduceSum(x, 0).arraySync(), [5, 7, 9]);
  assertEquals(tf.reduceSum(x, -1).arraySync(), [6, 15]);
  assertEquals(tf.reduceSum(x, 1, true).arraySync(), [[6], [15]]);
  assertEquals(tf.reduceSum(x, [], false).arraySync(), [[1, 2, 3], [4, 5, 6]]);
  assertEquals(x.sum(0).arraySync(), [5, 7, 9]);
  assertEquals(x.sum(undefined, true).shape, [1, 1]);
  assertEquals(tf.reduceSum([[1, 2], [3, 4]], 1).arraySync(), [3, 7]);
  assertEquals(tf.reduceSum(5).arraySync(), 5);
});

testEachBackend("reduceSum of int32 is exact and wraps as TensorFlow", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const shape of SHAPES) {
    const data = Int32Array.from({ length: numel(shape) }, () => Math.floor(r() * 2001) - 1000);
    const x = tf.constant(data, { shape });
    for (const axis of axisCombos(shape.length)) {
      const axes = normAxes(axis, shape.length);
      const y = tf.reduceSum(x, axis);
      assertEquals(y.dtype, "int32");
      assertClose(
        y.dataSync(),
        refReduce(data, shape, axes, sum64),
        { rtol: 0, atol: 0 },
        `seed=${seed}`,
      );
    }
  }
  // 2^31 - 1 + 1 wraps to -2^31, as int32 arithmetic does in TensorFlow
  const big = tf.constant([2147483647, 1, 0, 0, 0], { dtype: "int32" });
  assertEquals(tf.reduceSum(big).arraySync(), -2147483648);
  const many = tf.fill([300, 300], 30000, "int32");
  assertEquals(tf.reduceSum(many).arraySync(), (300 * 300 * 30000) | 0);
});

testEachBackend("reduceSum over zero-size dimensions gives 0 (TensorFlow's identity)", () => {
  for (const dtype of ["float32", "int32"] as const) {
    const x = tf.zeros([0, 3], dtype);
    assertEquals(tf.reduceSum(x).arraySync(), 0);
    assertEquals(tf.reduceSum(x, 0).arraySync(), [0, 0, 0]);
    assertEquals(tf.reduceSum(x, 0, true).shape, [1, 3]);
    assertEquals(tf.reduceSum(x, 1).shape, [0]);
    assertEquals(
      tf.reduceSum(tf.zeros([2, 0, 300], dtype), 1).dataSync(),
      new (dtype === "int32" ? Int32Array : Float32Array)(600),
    );
    assertEquals(tf.reduceSum(tf.zeros([0], dtype), []).shape, [0]);
  }
});

testEachBackend("reduceSum propagates NaN and infinities", () => {
  assertClose(tf.reduceSum([1, NaN, 2]).dataSync(), [NaN]);
  assertClose(tf.reduceSum([Infinity, 1]).dataSync(), [Infinity]);
  assertClose(tf.reduceSum([Infinity, -Infinity]).dataSync(), [NaN]);
  const col = new Float32Array(300).fill(1);
  col[17 * 3 + 1] = NaN;
  col[5 * 3 + 2] = -Infinity;
  assertClose(tf.reduceSum(tf.constant(col, { shape: [100, 3] }), 0).dataSync(), [
    100,
    NaN,
    -Infinity,
  ]);
  const rows = new Float32Array(3000).fill(1);
  rows[2999] = NaN;
  assertClose(tf.reduceSum(tf.constant(rows, { shape: [3, 1000] }), 1).dataSync(), [
    1000,
    1000,
    NaN,
  ]);
});

testEachBackend("large float32 sums stay within the pairwise bound of the float64 sum", () => {
  const seed = freshSeed();
  const r = rng(seed);
  // 4M values in [0, 1): a naive float32 loop is off by ~1e-3 relative here.
  const n = 1 << 22;
  const data = randomArray(r, n, 0, 1);
  let exact = 0;
  for (let i = 0; i < n; i++) exact += data[i];
  const got = tf.reduceSum(tf.constant(data)).dataSync()[0];
  const what = `4M sum seed=${seed}`;
  if (!(Math.abs(got - exact) <= sumTol(exact, n))) {
    throw new Error(`${what}: got ${got}, expected ${exact} (tol ${sumTol(exact, n)})`);
  }
  // a constant: rounding errors of a long sequential loop do not cancel
  for (const v of [0.1, 1 / 3]) {
    const c = Math.fround(v) * n;
    const g = tf.reduceSum(tf.fill([n], v)).dataSync()[0];
    if (!(Math.abs(g - c) <= sumTol(c, n))) {
      throw new Error(`sum of ${n} x ${v}: got ${g}, expected ${c} (tol ${sumTol(c, n)})`);
    }
  }
  // columns: 65537 rows of 33 (the pairwise tree over rows), and a two-pass
  // reduction over non-adjacent axes
  const shape = [65537, 33];
  const x = tf.constant(data.subarray(0, 65537 * 33), { shape });
  const sub = data.subarray(0, 65537 * 33);
  checkSums(
    tf.reduceSum(x, 0).dataSync(),
    refReduce(sub, shape, [0], sum64),
    refReduce(sub, shape, [0], absSum64),
    65537,
    `columns seed=${seed}`,
  );
  const shape3 = [257, 33, 255];
  const sub3 = data.subarray(0, numel(shape3));
  checkSums(
    tf.reduceSum(tf.constant(sub3, { shape: shape3 }), [0, 2]).dataSync(),
    refReduce(sub3, shape3, [0, 2], sum64),
    refReduce(sub3, shape3, [0, 2], absSum64),
    257 * 255,
    `axes [0, 2] seed=${seed}`,
  );
});

testEachBackend(
  "reduceSum rejects bad axes and dtypes with errors naming op, axis and rank",
  () => {
    const x = tf.zeros([2, 3]);
    assertThrows(() => tf.reduceSum(x, 2), RangeError, "reduceSum", "axis 2", "rank 2", "[-2, 1]");
    assertThrows(() => tf.reduceSum(x, [-3]), RangeError, "reduceSum", "axis -3", "rank 2");
    assertThrows(() => tf.reduceSum(x, [0, -2]), RangeError, "reduceSum", "repeated");
    assertThrows(() => tf.reduceSum(x, 0.5), RangeError, "reduceSum", "axis 0.5");
    assertThrows(() => tf.reduceSum(3, 0), RangeError, "reduceSum", "axis 0", "rank 0");
    assertThrows(
      () => tf.reduceSum(tf.constant([true, false])),
      TypeError,
      "reduceSum",
      "bool",
      "tf.cast",
    );
    // the module still works
    assertEquals(tf.reduceSum(x, 1).arraySync(), [0, 0]);
  },
);
