import * as tf from "../mod.ts";
import {
  assertClose,
  assertThrows,
  freshSeed,
  gpuAvailable,
  numel,
  randomArray,
  rng,
  testEachBackend,
  type Tol,
} from "./_util.ts";
import { allOnGpu, Batch, checkGradientsOn } from "./_batch.ts";
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
// above 32 rows (the pairwise column tree) and above 1024 (the row tree);
// rows of <= 64, <= 4096 and > 4096 columns (the three column loop orders).
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
  [37, 4099],
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

testEachBackend(
  "reduceSum matches float64 over every axis combination, keepdims both ways",
  async () => {
    const batch = new Batch();
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
            batch.data(y, (d) => checkSums(d, ref, abs, count, what));
          }
        }
      }
    }
    await batch.run();
  },
  { gpu: true },
);

testEachBackend("reduceSum takes one axis as a number and the method form", async () => {
  const batch = new Batch();
  const x = tf.constant([[1, 2, 3], [4, 5, 6]]);
  batch.array(tf.reduceSum(x), (a) => assertEquals(a, 21));
  batch.array(tf.reduceSum(x, 0), (a) => assertEquals(a, [5, 7, 9]));
  batch.array(tf.reduceSum(x, -1), (a) => assertEquals(a, [6, 15]));
  batch.array(tf.reduceSum(x, 1, true), (a) => assertEquals(a, [[6], [15]]));
  batch.array(tf.reduceSum(x, [], false), (a) => assertEquals(a, [[1, 2, 3], [4, 5, 6]]));
  batch.array(x.sum(0), (a) => assertEquals(a, [5, 7, 9]));
  assertEquals(x.sum(undefined, true).shape, [1, 1]);
  batch.array(tf.reduceSum([[1, 2], [3, 4]], 1), (a) => assertEquals(a, [3, 7]));
  batch.array(tf.reduceSum(5), (a) => assertEquals(a, 5));
  await batch.run();
}, { gpu: true });

testEachBackend("reduceSum of int32 is exact and wraps as TensorFlow", async () => {
  const batch = new Batch();
  const seed = freshSeed();
  const r = rng(seed);
  for (const shape of SHAPES) {
    const data = Int32Array.from({ length: numel(shape) }, () => Math.floor(r() * 2001) - 1000);
    const x = tf.constant(data, { shape });
    for (const axis of axisCombos(shape.length)) {
      const axes = normAxes(axis, shape.length);
      const y = tf.reduceSum(x, axis);
      assertEquals(y.dtype, "int32");
      batch.data(
        y,
        (d) =>
          assertClose(d, refReduce(data, shape, axes, sum64), { rtol: 0, atol: 0 }, `seed=${seed}`),
      );
    }
  }
  // 2^31 - 1 + 1 wraps to -2^31, as int32 arithmetic does in TensorFlow
  const big = tf.constant([2147483647, 1, 0, 0, 0], { dtype: "int32" });
  batch.array(tf.reduceSum(big), (a) => assertEquals(a, -2147483648));
  const many = tf.fill([300, 300], 30000, "int32");
  batch.array(tf.reduceSum(many), (a) => assertEquals(a, (300 * 300 * 30000) | 0));
  await batch.run();
}, { gpu: true });

testEachBackend("reduceSum over zero-size dimensions gives 0 (TensorFlow's identity)", async () => {
  const batch = new Batch();
  for (const dtype of ["float32", "int32"] as const) {
    const x = tf.zeros([0, 3], dtype);
    batch.array(tf.reduceSum(x), (a) => assertEquals(a, 0));
    batch.array(tf.reduceSum(x, 0), (a) => assertEquals(a, [0, 0, 0]));
    assertEquals(tf.reduceSum(x, 0, true).shape, [1, 3]);
    assertEquals(tf.reduceSum(x, 1).shape, [0]);
    batch.data(
      tf.reduceSum(tf.zeros([2, 0, 300], dtype), 1),
      (d) => assertEquals(d, new (dtype === "int32" ? Int32Array : Float32Array)(600)),
    );
    assertEquals(tf.reduceSum(tf.zeros([0], dtype), []).shape, [0]);
  }
  await batch.run();
}, { gpu: true });

testEachBackend("reduceSum propagates NaN and infinities", async () => {
  const batch = new Batch();
  batch.data(tf.reduceSum([1, NaN, 2]), (d) => assertClose(d, [NaN]));
  batch.data(tf.reduceSum([Infinity, 1]), (d) => assertClose(d, [Infinity]));
  batch.data(tf.reduceSum([Infinity, -Infinity]), (d) => assertClose(d, [NaN]));
  const col = new Float32Array(300).fill(1);
  col[17 * 3 + 1] = NaN;
  col[5 * 3 + 2] = -Infinity;
  batch.data(
    tf.reduceSum(tf.constant(col, { shape: [100, 3] }), 0),
    (d) => assertClose(d, [100, NaN, -Infinity]),
  );
  const rows = new Float32Array(3000).fill(1);
  rows[2999] = NaN;
  batch.data(
    tf.reduceSum(tf.constant(rows, { shape: [3, 1000] }), 1),
    (d) => assertClose(d, [1000, 1000, NaN]),
  );
  await batch.run();
}, { gpu: true });

testEachBackend(
  "large float32 sums stay within the pairwise bound of the float64 sum",
  async () => {
    const batch = new Batch();
    const seed = freshSeed();
    const r = rng(seed);
    // 4M values in [0, 1): a naive float32 loop is off by ~1e-3 relative here.
    const n = 1 << 22;
    const data = randomArray(r, n, 0, 1);
    let exact = 0;
    for (let i = 0; i < n; i++) exact += data[i];
    batch.data(tf.reduceSum(tf.constant(data)), ([got]) => {
      const what = `4M sum seed=${seed}`;
      if (!(Math.abs(got - exact) <= sumTol(exact, n))) {
        throw new Error(`${what}: got ${got}, expected ${exact} (tol ${sumTol(exact, n)})`);
      }
    });
    // a constant: rounding errors of a long sequential loop do not cancel
    for (const v of [0.1, 1 / 3]) {
      const c = Math.fround(v) * n;
      batch.data(tf.reduceSum(tf.fill([n], v)), ([g]) => {
        if (!(Math.abs(g - c) <= sumTol(c, n))) {
          throw new Error(`sum of ${n} x ${v}: got ${g}, expected ${c} (tol ${sumTol(c, n)})`);
        }
      });
    }
    // columns: 65537 rows of 33 (the pairwise tree over rows), and a two-pass
    // reduction over non-adjacent axes
    const shape = [65537, 33];
    const x = tf.constant(data.subarray(0, 65537 * 33), { shape });
    const sub = data.subarray(0, 65537 * 33);
    batch.data(
      tf.reduceSum(x, 0),
      (d) =>
        checkSums(
          d,
          refReduce(sub, shape, [0], sum64),
          refReduce(sub, shape, [0], absSum64),
          65537,
          `columns seed=${seed}`,
        ),
    );
    const shape3 = [257, 33, 255];
    const sub3 = data.subarray(0, numel(shape3));
    batch.data(
      tf.reduceSum(tf.constant(sub3, { shape: shape3 }), [0, 2]),
      (d) =>
        checkSums(
          d,
          refReduce(sub3, shape3, [0, 2], sum64),
          refReduce(sub3, shape3, [0, 2], absSum64),
          257 * 255,
          `axes [0, 2] seed=${seed}`,
        ),
    );
    await batch.run();
  },
  { gpu: true },
);

testEachBackend(
  "reduceSum rejects bad axes and dtypes with errors naming op, axis and rank",
  async () => {
    const batch = new Batch();
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
    batch.array(tf.reduceSum(x, 1), (a) => assertEquals(a, [0, 0]));
    await batch.run();
  },
  { gpu: true },
);

// ---------------------------------------------------------------- the other reductions

const max64 = (g: number[]) =>
  g.some(Number.isNaN) ? NaN : g.reduce((a, b) => Math.max(a, b), -Infinity);
const min64 = (g: number[]) =>
  g.some(Number.isNaN) ? NaN : g.reduce((a, b) => Math.min(a, b), Infinity);
const prod64 = (g: number[]) => g.reduce((a, b) => a * b, 1);
const lse64 = (g: number[]) => {
  const m = max64(g);
  const s = Number.isFinite(m) ? m : 0;
  return Math.log(g.reduce((a, b) => a + Math.exp(b - s), 0)) + s;
};

type ReduceFn = (x: tf.TensorLike, axis?: number | number[], keepdims?: boolean) => tf.Tensor;

/** Each float reduction: its function, data range, reference and per-group tolerance. */
const FLOAT_REDUCTIONS: {
  name: string;
  f: ReduceFn;
  lo: number;
  hi: number;
  map?: (v: number) => number;
  ref: (g: number[]) => number;
  tol: (ref: number, g: number[]) => number;
}[] = [
  {
    name: "reduceMean",
    f: tf.reduceMean,
    lo: -4,
    hi: 4,
    ref: (g) => sum64(g) / g.length,
    tol: (_, g) =>
      sumTol(absSum64(g), g.length) / g.length + 2 ** -24 * Math.abs(sum64(g) / g.length),
  },
  { name: "reduceMax", f: tf.reduceMax, lo: -4, hi: 4, ref: max64, tol: () => 0 },
  { name: "reduceMin", f: tf.reduceMin, lo: -4, hi: 4, ref: min64, tol: () => 0 },
  {
    name: "reduceProd",
    f: tf.reduceProd,
    // e^u for u in [-0.05, 0.05]: long products stay well inside float32's range
    lo: -0.05,
    hi: 0.05,
    map: Math.exp,
    ref: prod64,
    // one rounding per multiply
    tol: (ref, g) => 2 * (g.length + 4) * 2 ** -24 * Math.abs(ref),
  },
  {
    name: "reduceLogSumExp",
    f: tf.reduceLogSumExp,
    lo: -8,
    hi: 8,
    ref: lse64,
    // the sum of exps (each within 2 ulp) within the pairwise bound, then log
    tol: (ref, g) => (70 + Math.log2(g.length)) * 2 ** -24 + 4 * 2 ** -24 * Math.abs(ref),
  },
];

testEachBackend(
  "float32 mean, max, min, prod, logSumExp match float64 over every axis combination",
  async () => {
    const batch = new Batch();
    const seed = freshSeed();
    const r = rng(seed);
    for (const { name, f, lo, hi, map, ref, tol } of FLOAT_REDUCTIONS) {
      for (const shape of SHAPES) {
        const data = randomArray(r, numel(shape), lo, hi);
        if (map) data.set(data.map(map));
        const x = tf.constant(data, { shape });
        for (const axis of axisCombos(shape.length)) {
          const axes = normAxes(axis, shape.length);
          const groups = groupsOf(data, shape, axes);
          const keepdims = r() < 0.5;
          const ax = r() < 0.5 ? axis : negated(axis, shape.length);
          const what = `${name} seed=${seed} ${JSON.stringify(shape)} axis=${
            JSON.stringify(ax)
          } keepdims=${keepdims}`;
          const y = f(x, ax, keepdims);
          assertEquals(y.shape, outShape(shape, axes, keepdims), what);
          assertEquals(y.dtype, "float32", what);
          batch.data(y, (got) => {
            for (let i = 0; i < groups.length; i++) {
              const e = ref(groups[i]);
              const t = tol(e, groups[i]);
              if (!(Math.abs(got[i] - e) <= t)) {
                throw new Error(`${what}[${i}]: got ${got[i]}, expected ${e} (tol ${t})`);
              }
            }
          });
        }
      }
    }
    await batch.run();
  },
  { gpu: true },
);

testEachBackend("int32 mean, max, min, prod are exact (mean truncates, prod wraps)", async () => {
  const batch = new Batch();
  const seed = freshSeed();
  const r = rng(seed);
  const refs: [string, ReduceFn, (g: number[]) => number][] = [
    ["reduceMean", tf.reduceMean, (g) => Math.trunc(sum64(g) / g.length)],
    ["reduceMax", tf.reduceMax, max64],
    ["reduceMin", tf.reduceMin, min64],
    ["reduceProd", tf.reduceProd, (g) => g.reduce((a, b) => Math.imul(a, b), 1)],
  ];
  for (const [name, f, ref] of refs) {
    for (const shape of SHAPES) {
      const data = Int32Array.from({ length: numel(shape) }, () => Math.floor(r() * 41) - 20);
      const x = tf.constant(data, { shape });
      for (const axis of axisCombos(shape.length)) {
        const axes = normAxes(axis, shape.length);
        const y = f(x, axis);
        assertEquals(y.dtype, "int32");
        batch.data(
          y,
          (d) =>
            assertClose(
              d,
              refReduce(data, shape, axes, ref),
              { rtol: 0, atol: 0 },
              `${name} seed=${seed} ${JSON.stringify(shape)} ${JSON.stringify(axis)}`,
            ),
        );
      }
    }
  }
  batch.array(tf.reduceMean(tf.constant([-1, -2], { dtype: "int32" })), (a) => assertEquals(a, -1));
  batch.array(
    tf.reduceProd(tf.constant([65536, 65536, 3], { dtype: "int32" })),
    (a) => assertEquals(a, 0),
  );
  await batch.run();
}, { gpu: true });

testEachBackend(
  "reduceAll and reduceAny match the reference over every axis combination",
  async () => {
    const batch = new Batch();
    const seed = freshSeed();
    const r = rng(seed);
    for (const shape of SHAPES) {
      // mostly true for all, mostly false for any, so that both answers occur
      for (
        const [name, f, p, ref] of [
          ["reduceAll", tf.reduceAll, 0.97, (g: number[]) => (g.every((v) => v) ? 1 : 0)],
          ["reduceAny", tf.reduceAny, 0.03, (g: number[]) => (g.some((v) => v) ? 1 : 0)],
        ] as const
      ) {
        const data = Uint8Array.from({ length: numel(shape) }, () => (r() < p ? 1 : 0));
        const x = tf.constant(Array.from(data, (v) => v === 1), { shape });
        for (const axis of axisCombos(shape.length)) {
          const axes = normAxes(axis, shape.length);
          const y = f(x, axis, true);
          assertEquals(y.dtype, "bool");
          assertEquals(y.shape, outShape(shape, axes, true));
          batch.data(
            y,
            (d) =>
              assertClose(
                d,
                refReduce(data, shape, axes, ref),
                { rtol: 0, atol: 0 },
                `${name} seed=${seed} ${JSON.stringify(shape)} ${JSON.stringify(axis)}`,
              ),
          );
        }
      }
    }
    batch.array(
      tf.reduceAll([[true, false], [true, true]], 1),
      (a) => assertEquals(a, [false, true]),
    );
    batch.array(
      tf.reduceAny([[true, false], [false, false]], 1),
      (a) => assertEquals(a, [true, false]),
    );
    const one = new Array(1000).fill(true);
    one[999] = false;
    batch.array(tf.reduceAll(one), (a) => assertEquals(a, false));
    batch.array(tf.reduceAny(one.map((v) => !v)), (a) => assertEquals(a, true));
    await batch.run();
  },
  { gpu: true },
);

testEachBackend("reductions over no element give TensorFlow's identities", async () => {
  const batch = new Batch();
  for (const shape of [[0], [0, 3], [4, 0, 300]]) {
    const x = tf.zeros(shape);
    const xi = tf.zeros(shape, "int32");
    const xb = tf.zeros(shape, "bool");
    const axis = shape.indexOf(0);
    const n = numel(outShape(shape, [axis], false));
    const same = (v: number) => new Array(n).fill(v);
    batch.data(tf.reduceSum(x, axis), (d) => assertClose(d, same(0)));
    batch.data(tf.reduceMean(x, axis), (d) => assertClose(d, same(NaN)));
    batch.data(tf.reduceMax(x, axis), (d) => assertClose(d, same(-Infinity)));
    batch.data(tf.reduceMin(x, axis), (d) => assertClose(d, same(Infinity)));
    batch.data(tf.reduceProd(x, axis), (d) => assertClose(d, same(1)));
    batch.data(tf.reduceLogSumExp(x, axis), (d) => assertClose(d, same(-Infinity)));
    batch.data(tf.reduceMax(xi, axis), (d) => assertClose(d, same(-2147483648)));
    batch.data(tf.reduceMin(xi, axis), (d) => assertClose(d, same(2147483647)));
    batch.data(tf.reduceProd(xi, axis), (d) => assertClose(d, same(1)));
    batch.data(tf.reduceMean(xi, axis), (d) => assertClose(d, same(0)));
    batch.data(tf.reduceAll(xb, axis), (d) => assertClose(d, same(1)));
    batch.data(tf.reduceAny(xb, axis), (d) => assertClose(d, same(0)));
    // reducing a kept zero-size axis: an empty output
    if (shape.length > 1) {
      assertEquals(tf.reduceMax(x, axis === 0 ? shape.length - 1 : 0).size, 0);
    }
  }
  await batch.run();
}, { gpu: true });

testEachBackend(
  "max and min propagate NaN; logSumExp handles infinities as TensorFlow",
  async () => {
    const batch = new Batch();
    // NaN in the vector body and in the scalar tail, rows and columns
    for (const pos of [0, 5, 37, 38]) {
      const a = new Float32Array(39).map((_, i) => i);
      a[pos] = NaN;
      batch.data(tf.reduceMax(a), (d) => assertClose(d, [NaN], {}, `max NaN at ${pos}`));
      batch.data(tf.reduceMin(a), (d) => assertClose(d, [NaN], {}, `min NaN at ${pos}`));
      const cols = tf.reshape(tf.constant(a.subarray(0, 38)), [2, 19]);
      batch.data(tf.reduceMax(cols, 0), (m) => {
        for (let c = 0; c < 19; c++) {
          const nan = pos % 19 === c && pos < 38;
          assertEquals(Number.isNaN(m[c]), nan, `column max NaN at ${pos}, column ${c}`);
        }
      });
    }
    batch.data(tf.reduceMax([-Infinity, -Infinity]), (d) => assertClose(d, [-Infinity]));
    batch.data(tf.reduceMin([Infinity, 1]), (d) => assertClose(d, [1]));
    batch.data(tf.reduceLogSumExp([-Infinity, -Infinity]), (d) => assertClose(d, [-Infinity]));
    batch.data(tf.reduceLogSumExp([Infinity, 1]), (d) => assertClose(d, [Infinity]));
    batch.data(tf.reduceLogSumExp([NaN, 1]), (d) => assertClose(d, [NaN]));
    batch.data(tf.reduceLogSumExp([-Infinity, 0]), (d) => assertClose(d, [0]));
    batch.data(
      tf.reduceLogSumExp(tf.constant([1000, -Infinity, 1000, 5], { shape: [2, 2] }), 0),
      (d) => assertClose(d, [1000 + Math.log(2), 5], { rtol: 1e-6 }),
    );
    // columns (the other kernel path): all -inf, a +inf, a NaN
    const inf = Infinity;
    batch.data(
      tf.reduceLogSumExp([[-inf, inf, 1, 0, 0], [-inf, 1, NaN, 0, -inf]], 0),
      (d) => assertClose(d, [-inf, inf, NaN, Math.LN2, 0], { rtol: 1e-6 }),
    );
    // stable: no overflow for large inputs
    batch.data(
      tf.reduceLogSumExp([1000, 1000]),
      (d) => assertClose(d, [1000 + Math.log(2)], { rtol: 1e-7 }),
    );
    batch.data(
      tf.reduceLogSumExp([-1000, -1000]),
      (d) => assertClose(d, [-1000 + Math.log(2)], { rtol: 1e-7 }),
    );
    await batch.run();
  },
  { gpu: true },
);

// ---------------------------------------------------------------- argMax / argMin

const argRef = (max: boolean) => (g: number[]) => {
  let b = 0;
  for (let i = 1; i < g.length; i++) {
    if (Number.isNaN(g[b])) break;
    if (Number.isNaN(g[i]) || (max ? g[i] > g[b] : g[i] < g[b])) b = i;
  }
  return b;
};

testEachBackend(
  "argMax and argMin match the reference along every axis (ties: first index)",
  async () => {
    const batch = new Batch();
    const seed = freshSeed();
    const r = rng(seed);
    for (const shape of SHAPES.filter((s) => s.length > 0)) {
      for (const dtype of ["float32", "int32"] as const) {
        // few distinct values: many ties
        const data = Float32Array.from({ length: numel(shape) }, () => Math.floor(r() * 5));
        const x = tf.constant(dtype === "int32" ? Int32Array.from(data) : data, { shape });
        for (let axis = -shape.length; axis < shape.length; axis++) {
          const a = axis < 0 ? axis + shape.length : axis;
          for (
            const [name, f, max] of [["argMax", tf.argMax, true], [
              "argMin",
              tf.argMin,
              false,
            ]] as const
          ) {
            const y = f(x, axis);
            const what = `${name} ${dtype} seed=${seed} ${JSON.stringify(shape)} axis=${axis}`;
            assertEquals(y.dtype, "int32", what);
            assertEquals(y.shape, outShape(shape, [a], false), what);
            batch.data(y, (d) =>
              assertClose(d, refReduce(data, shape, [a], argRef(max)), {
                rtol: 0,
                atol: 0,
              }, what));
          }
        }
      }
    }
    batch.array(tf.argMax([[1, 9, 9], [7, 2, 3]]), (a) => assertEquals(a, [1, 0, 0]));
    batch.array(tf.constant([[1, 9, 9], [7, 2, 3]]).argMax(1), (a) => assertEquals(a, [1, 0]));
    await batch.run();
  },
  { gpu: true },
);

testEachBackend("argMax and argMin return the first NaN", async () => {
  const batch = new Batch();
  for (const n of [3, 8, 37]) {
    for (const pos of [0, 1, n - 2, n - 1]) {
      const a = new Float32Array(n).map((_, i) => (i * 7) % 11);
      a[pos] = NaN;
      if (pos + 1 < n) a[n - 1] = NaN; // a later NaN does not win
      batch.array(tf.argMax(a), (a) => assertEquals(a, pos, `argMax n=${n} NaN at ${pos}`));
      batch.array(tf.argMin(a), (a) => assertEquals(a, pos, `argMin n=${n} NaN at ${pos}`));
      // along columns
      // along columns: 19 copies of a side by side
      const wide = new Float32Array(n * 19).map((_, i) => a[Math.floor(i / 19)]);
      const w = tf.constant(wide, { shape: [n, 19] });
      batch.data(tf.argMax(w, 0), (d) => assertEquals(d, new Int32Array(19).fill(pos)));
      batch.data(tf.argMin(w, 0), (d) => assertEquals(d, new Int32Array(19).fill(pos)));
    }
  }
  batch.array(tf.argMax([-Infinity, -Infinity]), (a) => assertEquals(a, 0));
  await batch.run();
}, { gpu: true });

// ---------------------------------------------------------------- cumsum

function refCumsum(
  data: ArrayLike<number>,
  shape: number[],
  axis: number,
  exclusive: boolean,
  reverse: boolean,
  wrap = false,
): Float64Array {
  const out = new Float64Array(data.length);
  const inner = numel(shape.slice(axis + 1));
  const r = shape[axis];
  const outer = numel(shape.slice(0, axis));
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < inner; c++) {
      let acc = 0;
      for (let k = 0; k < r; k++) {
        const i = reverse ? r - 1 - k : k;
        const at = (o * r + i) * inner + c;
        if (exclusive) out[at] = acc;
        acc = wrap ? (acc + data[at]) | 0 : acc + data[at];
        if (!exclusive) out[at] = acc;
      }
    }
  }
  return out;
}

testEachBackend(
  "cumsum matches the reference along every axis, exclusive and reverse",
  async () => {
    const batch = new Batch();
    const seed = freshSeed();
    const r = rng(seed);
    for (const shape of SHAPES.filter((s) => s.length > 0)) {
      const data = randomArray(r, numel(shape), -4, 4);
      const idata = Int32Array.from(data, (v) => Math.round(v * 1000));
      const x = tf.constant(data, { shape });
      const xi = tf.constant(idata, { shape });
      for (let axis = -shape.length; axis < shape.length; axis++) {
        const a = axis < 0 ? axis + shape.length : axis;
        for (const exclusive of [false, true]) {
          for (const reverse of [false, true]) {
            const what = `cumsum seed=${seed} ${JSON.stringify(shape)} axis=${axis} ` +
              `exclusive=${exclusive} reverse=${reverse}`;
            const y = tf.cumsum(x, axis, exclusive, reverse);
            assertEquals(y.shape, shape, what);
            // a sequential float32 scan: |error| <= n 2^-24 sum|x|
            const abs = refCumsum(data.map(Math.abs), shape, a, exclusive, reverse);
            const ref = refCumsum(data, shape, a, exclusive, reverse);
            batch.data(y, (got) => {
              for (let i = 0; i < ref.length; i++) {
                const tol = (shape[a] + 1) * 2 ** -24 * abs[i];
                if (!(Math.abs(got[i] - ref[i]) <= tol)) {
                  throw new Error(`${what}[${i}]: got ${got[i]}, expected ${ref[i]} (tol ${tol})`);
                }
              }
            });
            const yi = tf.cumsum(xi, axis, exclusive, reverse);
            assertEquals(yi.dtype, "int32");
            batch.data(
              yi,
              (d) =>
                assertClose(d, refCumsum(idata, shape, a, exclusive, reverse, true), {
                  rtol: 0,
                  atol: 0,
                }, what),
            );
          }
        }
      }
    }
    batch.array(tf.cumsum([1, 2, 3]), (a) => assertEquals(a, [1, 3, 6]));
    batch.array(tf.constant([1, 2, 3]).cumsum(0, true, true), (a) => assertEquals(a, [5, 3, 0]));
    assertEquals(tf.cumsum(tf.zeros([0, 3]), 1).shape, [0, 3]);
    batch.data(tf.cumsum([1, NaN, 2, Infinity]), (d) => assertClose(d, [1, NaN, NaN, NaN]));
    await batch.run();
  },
  { gpu: true },
);

// ---------------------------------------------------------------- softmax

function refSoftmax(data: ArrayLike<number>, shape: number[], axis: number, log: boolean) {
  const out = new Float64Array(data.length);
  const inner = numel(shape.slice(axis + 1));
  const r = shape[axis];
  const outer = numel(shape.slice(0, axis));
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < inner; c++) {
      const at = (i: number) => (o * r + i) * inner + c;
      let m = -Infinity;
      for (let i = 0; i < r; i++) m = Math.max(m, data[at(i)]);
      let s = 0;
      for (let i = 0; i < r; i++) s += Math.exp(data[at(i)] - m);
      for (let i = 0; i < r; i++) {
        out[at(i)] = log ? data[at(i)] - m - Math.log(s) : Math.exp(data[at(i)] - m) / s;
      }
    }
  }
  return out;
}

testEachBackend("softmax and logSoftmax match float64 along every axis", async () => {
  const batch = new Batch();
  const seed = freshSeed();
  const r = rng(seed);
  for (const shape of SHAPES.filter((s) => s.length > 0)) {
    // large offsets: only a max-shifted computation survives them
    const data = randomArray(r, numel(shape), -10, 10).map((v) => v + (r() < 0.5 ? 500 : -500));
    const x = tf.constant(data, { shape });
    for (let axis = -shape.length; axis < shape.length; axis++) {
      const a = axis < 0 ? axis + shape.length : axis;
      const what = `seed=${seed} ${JSON.stringify(shape)} axis=${axis}`;
      const y = tf.softmax(x, axis);
      assertEquals(y.shape, shape);
      batch.data(
        y,
        (d) =>
          assertClose(
            d,
            refSoftmax(data, shape, a, false),
            { rtol: 1e-5, atol: 1e-7 },
            `softmax ${what}`,
          ),
      );
      const l = tf.logSoftmax(x, axis);
      // (x - max) is exact-ish; the log of the sum within a few ulp of its size
      batch.data(
        l,
        (d) =>
          assertClose(
            d,
            refSoftmax(data, shape, a, true),
            { rtol: 1e-6, atol: 2e-5 },
            `logSoftmax ${what}`,
          ),
      );
    }
  }
  batch.data(tf.softmax([0, Math.log(3)]), (d) => assertClose(d, [0.25, 0.75], { rtol: 1e-6 }));
  assertEquals(tf.softmax([[1, 2]]).shape, [1, 2]);
  batch.data(
    tf.constant([[1, 1], [2, 2]]).softmax(0),
    (d) => assertClose(d, [0.2689414, 0.2689414, 0.7310586, 0.7310586]),
  );
  batch.data(tf.constant([0, 0]).logSoftmax(), (d) => assertClose(d, [-Math.LN2, -Math.LN2]));
  // masked logits (-inf) get probability 0; NaN propagates through its row only
  batch.data(
    tf.softmax([[0, -Infinity, 0], [1, NaN, 1]]),
    (d) => assertClose(d, [0.5, 0, 0.5, NaN, NaN, NaN]),
  );
  batch.data(tf.logSoftmax([0, -Infinity]), (d) => assertClose(d, [0, -Infinity]));
  assertEquals(tf.softmax(tf.zeros([0, 5])).shape, [0, 5]);
  await batch.run();
}, { gpu: true });

// ---------------------------------------------------------------- moments

testEachBackend("moments matches the float64 mean and variance", async () => {
  const batch = new Batch();
  const seed = freshSeed();
  const r = rng(seed);
  for (const shape of SHAPES.filter((s) => s.length > 0)) {
    const data = randomArray(r, numel(shape), -3, 5);
    const x = tf.constant(data, { shape });
    for (const axis of axisCombos(shape.length)) {
      const axes = normAxes(axis, shape.length);
      const keepdims = r() < 0.5;
      const { mean, variance } = tf.moments(x, axis, keepdims);
      const what = `moments seed=${seed} ${JSON.stringify(shape)} ${JSON.stringify(axis)}`;
      assertEquals(mean.shape, outShape(shape, axes, keepdims), what);
      assertEquals(variance.shape, outShape(shape, axes, keepdims), what);
      const groups = groupsOf(data, shape, axes);
      const m = groups.map((g) => sum64(g) / g.length);
      const v = groups.map((g, i) => g.reduce((a, b) => a + (b - m[i]) ** 2, 0) / g.length);
      batch.data(mean, (d) => assertClose(d, m, { rtol: 1e-5, atol: 1e-5 }, what));
      batch.data(variance, (d) => assertClose(d, v, { rtol: 1e-5, atol: 1e-5 }, what));
    }
  }
  const { mean, variance } = tf.moments([[1, 2], [3, 4]], 0);
  batch.array(mean, (a) => assertEquals(a, [2, 3]));
  batch.array(variance, (a) => assertEquals(a, [1, 1]));
  await batch.run();
}, { gpu: true });

// ---------------------------------------------------------------- wasm / WebGPU parity

// The same inputs on both backends. Order-independent results (max, min,
// int32 sums and products, all, any, argMax, argMin, cumsum's sequential
// scan) must agree bit for bit; float sums may differ by their different
// pairwise orders (a few ulp of the sum of |x|); softmax, logSoftmax and
// logSumExp use the same exp and log on both (gpu/kernels/math.ts), so they
// agree within a few ulp, tighter than the float64 checks above.
Deno.test({
  name: "WebGPU reductions agree with wasm's on the same inputs",
  ignore: !gpuAvailable,
  fn: async () => {
    const seed = freshSeed();
    const r = rng(seed);
    const checks: { what: string; want: tf.TypedArray; got: tf.Tensor; tol: Tol }[] = [];
    const exact = { rtol: 0, atol: 0 };
    for (const shape of [[2049], [37, 41], [3, 33, 17], [101, 19], [5, 300, 2], [4099, 3]]) {
      const data = randomArray(r, numel(shape), -6, 6);
      const idata = Int32Array.from(data, (v) => Math.round(v * 100));
      const bdata = Array.from(data, (v) => v > -5);
      for (let axis = 0; axis < shape.length; axis++) {
        const ops: [string, () => tf.Tensor, Tol][] = [
          ["reduceMax", () => tf.reduceMax(tf.constant(data, { shape }), axis), exact],
          ["reduceMin", () => tf.reduceMin(tf.constant(data, { shape }), axis), exact],
          ["reduceSum int32", () => tf.reduceSum(tf.constant(idata, { shape }), axis), exact],
          ["reduceProd int32", () => tf.reduceProd(tf.constant(idata, { shape }), axis), exact],
          ["reduceAll", () => tf.reduceAll(tf.constant(bdata, { shape }), axis), exact],
          [
            "reduceAny",
            () => tf.reduceAny(tf.logicalNot(tf.constant(bdata, { shape })), axis),
            exact,
          ],
          [
            "argMax",
            () => tf.argMax(tf.constant(idata.map((v) => v >> 6), { shape }), axis),
            exact,
          ],
          ["argMin", () => tf.argMin(tf.constant(data, { shape }), axis), exact],
          ["cumsum", () => tf.cumsum(tf.constant(data, { shape }), axis, true, true), exact],
          ["reduceSum", () => tf.reduceSum(tf.constant(data, { shape }), axis), {
            rtol: 0,
            atol: 64 * 2 ** -24 * 6 * shape[axis],
          }],
          ["reduceLogSumExp", () => tf.reduceLogSumExp(tf.constant(data, { shape }), axis), {
            rtol: 4e-7,
            atol: 4e-7,
          }],
          ["softmax", () => tf.softmax(tf.constant(data, { shape }), axis), {
            rtol: 1e-6,
            atol: 1e-9,
          }],
          ["logSoftmax", () => tf.logSoftmax(tf.constant(data, { shape }), axis), {
            rtol: 4e-7,
            atol: 4e-7,
          }],
        ];
        for (const [name, f, tol] of ops) {
          checks.push({
            what: `${name} seed=${seed} ${JSON.stringify(shape)} axis=${axis}`,
            want: tf.device("cpu", f).dataSync(),
            got: tf.device("gpu", f),
            tol,
          });
        }
      }
    }
    const got = await Promise.all(checks.map((c) => c.got.data()));
    checks.forEach(({ what, want, tol }, i) => assertClose(got[i], want, tol, what));
  },
});

// ---------------------------------------------------------------- methods and errors

testEachBackend("Tensor methods delegate to the reductions", async () => {
  const batch = new Batch();
  const x = tf.constant([[1, 5], [3, 2]]);
  batch.array(x.sum(), (a) => assertEquals(a, 11));
  batch.array(x.mean(0), (a) => assertEquals(a, [2, 3.5]));
  batch.array(x.max(1), (a) => assertEquals(a, [5, 3]));
  batch.array(x.min(undefined, true), (a) => assertEquals(a, [[1]]));
  batch.array(x.prod(0), (a) => assertEquals(a, [3, 10]));
  batch.array(x.argMin(1), (a) => assertEquals(a, [0, 1]));
  batch.array(x.cumsum(1), (a) => assertEquals(a, [[1, 6], [3, 5]]));
  batch.data(x.logSumExp(1), (d) =>
    assertClose(d, [
      5 + Math.log1p(Math.exp(-4)),
      3 + Math.log1p(Math.exp(-1)),
    ], { rtol: 1e-6 }));
  const b = tf.constant([[true, false], [true, true]]);
  batch.array(b.all(1), (a) => assertEquals(a, [false, true]));
  batch.array(b.any(0), (a) => assertEquals(a, [true, true]));
  await batch.run();
}, { gpu: true });

testEachBackend(
  "bad axes and dtypes are rejected with errors naming the op, axis and rank",
  async () => {
    const batch = new Batch();
    const x = tf.zeros([2, 3]);
    for (
      const [name, f] of [
        ["reduceMean", tf.reduceMean],
        ["reduceMax", tf.reduceMax],
        ["reduceMin", tf.reduceMin],
        ["reduceProd", tf.reduceProd],
        ["reduceLogSumExp", tf.reduceLogSumExp],
      ] as const
    ) {
      assertThrows(() => f(x, 2), RangeError, name, "axis 2", "rank 2", "[-2, 1]");
      assertThrows(() => f(x, [0, 5]), RangeError, name, "axis 5", "rank 2");
      assertThrows(() => f(tf.constant([true]), 0), TypeError, name, "bool");
    }
    assertThrows(() => tf.reduceAll(x), TypeError, "reduceAll", "float32", "bool");
    assertThrows(
      () => tf.reduceAny(tf.constant([true]), 1),
      RangeError,
      "reduceAny",
      "axis 1",
      "rank 1",
    );
    assertThrows(
      () => tf.reduceLogSumExp(tf.zeros([2], "int32")),
      TypeError,
      "reduceLogSumExp",
      "int32",
    );
    assertThrows(() => tf.argMax(x, 2), RangeError, "argMax", "axis 2", "rank 2");
    assertThrows(() => tf.argMin(x, -3), RangeError, "argMin", "axis -3", "rank 2");
    assertThrows(() => tf.argMax(5), RangeError, "argMax", "scalar");
    assertThrows(() => tf.argMax(tf.zeros([0, 3]), 0), RangeError, "argMax", "empty");
    assertEquals(tf.argMax(tf.zeros([3, 0]), 0).shape, [0]);
    assertThrows(() => tf.argMax(tf.constant([true]), 0), TypeError, "argMax", "bool");
    assertThrows(() => tf.cumsum(x, 2), RangeError, "cumsum", "axis 2", "rank 2");
    assertThrows(() => tf.cumsum(1), RangeError, "cumsum", "scalar");
    assertThrows(() => tf.softmax(x, 2), RangeError, "softmax", "axis 2", "rank 2");
    assertThrows(() => tf.logSoftmax(tf.zeros([2], "int32")), TypeError, "logSoftmax", "int32");
    assertThrows(() => tf.moments(x, 3), RangeError, "moments", "axis 3", "rank 2");
    // the module still works
    batch.array(tf.reduceMax(tf.constant([1, 2]), 0), (a) => assertEquals(a, 2));
    batch.array(tf.argMax([1, 2]), (a) => assertEquals(a, 1));
    await batch.run();
  },
  { gpu: true },
);

// ---------------------------------------------------------------- gradients

/** The tape's gradient of f at x (a fresh float32 tensor). */
function grad(f: (x: tf.Tensor) => tf.Tensor, x: tf.TensorLike): tf.Tensor | null {
  const t = tf.constant(x);
  const tape = new tf.GradientTape();
  tape.watch(t);
  const y = tape.record(() => f(t));
  return tape.gradient(y, t);
}

/** Runs the tape over each f at a ramp of its shape (for `allOnGpu`). */
function gradsOf(fs: [number[], (x: tf.Tensor) => tf.Tensor][]): void {
  for (const [shape, f] of fs) {
    const n = numel(shape);
    grad(
      (x) => tf.reduceSum(f(x)),
      tf.constant(Float32Array.from({ length: n }, (_, i) => i), { shape }),
    );
  }
}

const GRAD_CASES: [string, number[], (x: tf.Tensor) => tf.Tensor][] = [
  ["reduceSum all", [3, 4], (x) => tf.reduceSum(x)],
  ["reduceSum [0, 2] keepdims", [3, 4, 5], (x) => tf.reduceSum(x, [0, 2], true)],
  ["reduceSum -1", [3, 5], (x) => tf.reduceSum(x, -1)],
  ["reduceMean [0, -1]", [3, 4, 5], (x) => tf.reduceMean(x, [0, -1])],
  ["reduceMean all", [7], (x) => tf.reduceMean(x)],
  ["reduceMax 1", [4, 5, 3], (x) => tf.reduceMax(x, 1)],
  ["reduceMax all", [4, 5], (x) => tf.reduceMax(x)],
  ["reduceMin [0, 2] keepdims", [4, 3, 5], (x) => tf.reduceMin(x, [0, 2], true)],
  ["reduceProd -1", [3, 4], (x) => tf.reduceProd(tf.add(tf.multiply(x, 0.05), 1), -1)],
  ["reduceProd [0, 2]", [2, 3, 2], (x) => tf.reduceProd(tf.add(tf.multiply(x, 0.05), 1), [0, 2])],
  ["reduceLogSumExp 1", [3, 6], (x) => tf.reduceLogSumExp(x, 1)],
  ["reduceLogSumExp all keepdims", [3, 2, 4], (x) => tf.reduceLogSumExp(x, undefined, true)],
  ["cumsum 0", [5, 3], (x) => tf.cumsum(x, 0)],
  ["cumsum 1 exclusive", [3, 5], (x) => tf.cumsum(x, 1, true)],
  ["cumsum -1 reverse", [3, 5], (x) => tf.cumsum(x, -1, false, true)],
  ["cumsum 0 exclusive reverse", [4, 2, 3], (x) => tf.cumsum(x, 0, true, true)],
  ["softmax -1", [3, 7], (x) => tf.softmax(x)],
  ["softmax 0", [5, 3], (x) => tf.softmax(x, 0)],
  ["logSoftmax -1", [4, 6], (x) => tf.logSoftmax(x)],
  ["logSoftmax 1 of 3-d", [2, 5, 3], (x) => tf.logSoftmax(x, 1)],
  ["moments mean", [4, 3], (x) => tf.moments(x, 0).mean],
  ["moments variance", [4, 3, 2], (x) => tf.moments(x, [0, 2]).variance],
  ["moments variance keepdims", [5, 3], (x) => tf.moments(x, -1, true).variance],
];

// The gradient tests run on the GPU once every op they use (through the tape
// too: logSumExp's and logSoftmax's gradients need exp) has a WGSL kernel.
testEachBackend(
  "reduction gradients agree with finite differences (checkGradients)",
  async (_, backend) => {
    const seed = freshSeed();
    const r = rng(seed);
    // distinct values well apart: max, min and their finite differences are unambiguous
    const distinct = (shape: number[]) => {
      const n = numel(shape);
      const perm = Array.from({ length: n }, (_, i) => i).sort(() => r() - 0.5);
      return tf.constant(Float32Array.from(perm, (i) => (i - n / 2) * 0.5), { shape });
    };
    for (const [name, shape, f] of GRAD_CASES) {
      const x = distinct(shape);
      const scaled = name.startsWith("moments") || name.startsWith("reduceProd")
        ? x
        : tf.multiply(x, 0.3);
      // max/min are piecewise linear: the difference step (relative to the
      // largest |x|) must stay below the 0.15 gaps between values, or it
      // crosses a kink.
      const kinked = /^reduce(Max|Min)/.test(name);
      const res = await checkGradientsOn(backend, f, [scaled], {
        throwOnFailure: false,
        seed: seed & 0xffff,
        ...(kinked ? { eps: 1e-3 } : {}),
      });
      if (!(res.maxError <= 1e-2)) {
        throw new Error(
          `${name} seed=${seed}: gradient error ${res.maxError} ${JSON.stringify(res.pairs)}`,
        );
      }
    }
  },
  { gpu: allOnGpu(() => gradsOf(GRAD_CASES.map(([, shape, f]) => [shape, f]))) },
);

/**
 * Hand-derived gradients: [what, f, x, expected, exact]. `exact` cases
 * compare with deepStrictEqual, the others within a tolerance.
 */
const HAND_GRADS: [string, (x: tf.Tensor) => tf.Tensor, tf.TensorLike, unknown, boolean][] = [
  // d Σx / dx = 1; d mean / dx = 1 / n
  ["reduceSum", (x) => tf.reduceSum(x, 0), [[1, 2], [3, 4]], [[1, 1], [1, 1]], true],
  ["reduceMean", (x) => tf.reduceMean(x), [[1, 2], [3, 4]], [0.25, 0.25, 0.25, 0.25], false],
  // max: the gradient goes to the maximum, split evenly among ties (TensorFlow's rule)
  ["reduceMax ties", (x) => tf.reduceMax(x), [1, 3, 3], [0, 0.5, 0.5], true],
  ["reduceMin ties", (x) => tf.reduceMin(x, 1), [[2, 2, 5], [4, 1, 9]], [
    [0.5, 0.5, 0],
    [0, 1, 0],
  ], true],
  // prod: d Πx / dx_i = Π_{j≠i} x_j, exact with one zero, all zero with two
  ["reduceProd", (x) => tf.reduceProd(x), [2, 3, 4], [12, 8, 6], true],
  ["reduceProd one zero", (x) => tf.reduceProd(x), [2, 0, 3], [0, 6, 0], true],
  ["reduceProd two zeros", (x) => tf.reduceProd(x), [2, 0, 0], [0, 0, 0], true],
  ["reduceProd rows", (x) => tf.reduceProd(x, 1), [[2, 0, 3], [1, 2, 3]], [
    [0, 6, 0],
    [6, 3, 2],
  ], true],
  // logSumExp: the gradient is the softmax
  ["reduceLogSumExp", (x) => tf.reduceLogSumExp(x), [0, Math.log(3)], [0.25, 0.75], false],
  // cumsum: dx_i = Σ_{j >= i} dy_j (reverse cumsum), mirrored by exclusive / reverse
  ["cumsum", (x) => tf.cumsum(x), [5, 6, 7], [3, 2, 1], true],
  ["cumsum exclusive", (x) => tf.cumsum(x, 0, true), [5, 6, 7], [2, 1, 0], true],
  ["cumsum reverse", (x) => tf.cumsum(x, 0, false, true), [5, 6, 7], [1, 2, 3], true],
  ["cumsum exclusive reverse", (x) => tf.cumsum(x, 0, true, true), [5, 6, 7], [0, 1, 2], true],
  // softmax sums to 1 along its axis: the gradient of that sum is 0
  [
    "softmax",
    (x) => tf.reduceSum(tf.softmax(x)),
    [[1, 2, 3], [0, 0, 5]],
    [0, 0, 0, 0, 0, 0],
    false,
  ],
  // logSoftmax: d(Σ_i w_i ls_i)/dx = w - softmax(x) Σw; with w = (1, 0): (1 - p0, -p1)
  [
    "logSoftmax",
    (x) => tf.reduceSum(tf.multiply(tf.logSoftmax(x), [1, 0])),
    [0, Math.log(3)],
    [0.75, -0.75],
    false,
  ],
  // variance: d/dx_i (1/n) Σ (x - m)² = 2 (x_i - m) / n
  ["variance", (x) => tf.moments(x, 0).variance, [1, 2, 6], [-4 / 3, -2 / 3, 2], false],
];

testEachBackend("hand-derived reduction gradients", async () => {
  const batch = new Batch();
  for (const [what, f, x, expected, exact] of HAND_GRADS) {
    const g = grad(f, x)!;
    if (exact) batch.array(g, (a) => assertEquals(a, expected, what));
    else {
      batch.data(g, (d) => assertClose(d, expected as number[], { rtol: 1e-6, atol: 1e-6 }, what));
    }
  }
  await batch.run();
}, { gpu: allOnGpu(() => HAND_GRADS.forEach(([, f, x]) => grad(f, x))) });

testEachBackend("second derivatives through the reductions (nested tapes)", async () => {
  const batch = new Batch();
  // f(x) = log(e^x + 1): f' = σ(x), f'' = σ(x)(1 - σ(x))
  const x = tf.constant(0.5);
  const outer = new tf.GradientTape();
  outer.watch(x);
  const g = outer.record(() => {
    const inner = new tf.GradientTape();
    inner.watch(x);
    const y = inner.record(() => tf.reduceLogSumExp(tf.multiply(x, [1, 0])));
    return inner.gradient(y, x)!;
  });
  const s = 1 / (1 + Math.exp(-0.5));
  batch.data(g, (d) => assertClose(d, [s], { rtol: 1e-6 }));
  batch.data(outer.gradient(g, x)!, (d) => assertClose(d, [s * (1 - s)], { rtol: 1e-5 }));
  await batch.run();
}, {
  gpu: allOnGpu(() => {
    const x = tf.constant(0.5);
    const outer = new tf.GradientTape();
    outer.watch(x);
    const g = outer.record(() => grad((v) => tf.reduceLogSumExp(tf.multiply(v, [1, 0])), x)!);
    outer.gradient(g, x);
  }),
});

testEachBackend("argMax, argMin, reduceAll and reduceAny have no gradient", () => {
  const x = tf.constant([1, 5, 2]);
  const tape = new tf.GradientTape({ persistent: true });
  tape.watch(x);
  // Integer and bool results carry no gradient: a float target computed
  // from them does not reach x (an integer target itself is a TypeError).
  const i = tape.record(() => tf.cast(tf.argMax(x), "float32"));
  const j = tape.record(() => tf.cast(tf.argMin(x), "float32"));
  assertEquals(tape.gradient(i, x), null);
  assertEquals(tape.gradient(j, x), null);
  const b = tape.record(() => tf.cast(tf.reduceAny(tf.greater(x, 2)), "float32"));
  assertEquals(tape.gradient(b, x), null);
  const a = tape.record(() => tf.cast(tf.reduceAll(tf.greater(x, 0)), "float32"));
  assertEquals(tape.gradient(a, x), null);
  tape.dispose();
}, { gpu: true });
