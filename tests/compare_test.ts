import * as tf from "../mod.ts";
import { compareRefs } from "../tape/ops/compare.ts";
import {
  assertClose,
  assertThrows,
  freshSeed,
  numel,
  refBinary,
  rng,
  testEachBackend,
} from "./_util.ts";
import { allOnGpu, Batch, checkGradientsOn } from "./_batch.ts";
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";

// Shape pairs covering: equal shapes, SIMD tails (16-lane body, 4-lane step,
// scalar tail), scalars on either side, broadcasting in every direction, rank
// mismatch, zero-size dimensions, heap-resident sizes (> 256 elements).
const SHAPES: [number[], number[]][] = [
  [[7], [7]],
  [[1], [1]],
  [[3], [1]],
  [[], [5]],
  [[5], []],
  [[], []],
  [[37], [37]],
  [[37], []],
  [[], [37]],
  [[4, 1], [1, 5]],
  [[1, 5], [4, 1]],
  [[2, 3, 4], [4]],
  [[2, 3, 4], [3, 1]],
  [[2, 1, 4], [1, 3, 1]],
  [[3, 1, 2, 1, 5], [1, 4, 1, 3, 1]],
  [[33, 17], [33, 17]],
  [[33, 17], [33, 1]],
  [[0, 3], [3]],
  [[2, 0], [1, 1]],
  [[300], [300]],
  [[301], []],
  [[40, 40], [40]],
  [[1, 40], [40, 1]],
  [[21, 1, 19], [1, 23, 19]],
];

// Triples (condition, x, y) for where and (x, min, max) shapes for clip.
const SHAPES3: [number[], number[], number[]][] = [
  [[7], [7], [7]],
  [[], [5], [5]],
  [[5], [], [5]],
  [[5], [5], []],
  [[37], [], []],
  [[37], [37], []],
  [[37], [], [37]],
  [[], [37], [37]],
  [[], [], []],
  [[4, 1], [1, 5], [4, 5]],
  [[1, 5], [4, 1], []],
  [[4, 5], [5], [4, 1]],
  [[3, 1, 5], [1, 4, 1], [3, 4, 5]],
  [[2, 3, 4], [3, 1], [4]],
  [[0, 3], [3], [1]],
  [[2, 0], [2, 1], [0]],
  [[300], [300], [300]],
  [[301], [], [301]],
  [[40, 40], [40], [40, 1]],
  [[1, 40], [40, 1], [40, 40]],
  [[2, 1, 3, 1, 19], [1, 4, 1, 5, 1], [19]],
];

/** Float64 reference of an elementwise op of n inputs with NumPy broadcasting. */
function refN(
  inputs: { data: ArrayLike<number>; shape: readonly number[] }[],
  f: (...xs: number[]) => number,
): { data: Float64Array; shape: number[] } {
  const rank = Math.max(...inputs.map((x) => x.shape.length));
  const padded = inputs.map((x) => [...Array(rank - x.shape.length).fill(1), ...x.shape]);
  // each output dimension is the one input dimension that is not 1 (or 1)
  const shape = Array.from({ length: rank }, (_, d) => padded.find((p) => p[d] !== 1)?.[d] ?? 1);
  const size = numel(shape);
  const data = new Float64Array(size);
  const idx = new Array(rank).fill(0);
  const args = new Array(inputs.length);
  for (let flat = 0; flat < size; flat++) {
    for (let j = 0; j < inputs.length; j++) {
      let o = 0;
      for (let d = 0; d < rank; d++) o = o * padded[j][d] + (padded[j][d] === 1 ? 0 : idx[d]);
      args[j] = inputs[j].data[o];
    }
    data[flat] = f(...args);
    for (let d = rank - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return { data, shape };
}

/**
 * float32 values with many ties (small integers), NaN, ±Infinity, ±0 and
 * ordinary random floats, so that every comparison outcome occurs.
 */
function mixedF32(r: () => number, n: number): Float32Array {
  const a = new Float32Array(n);
  const special = [NaN, Infinity, -Infinity, 0, -0, 3.4e38, -3.4e38, 1e-45];
  for (let i = 0; i < n; i++) {
    const u = r();
    a[i] = u < 0.1
      ? special[Math.floor(r() * special.length)]
      : u < 0.6
      ? Math.floor(r() * 7) - 3
      : (r() - 0.5) * 8;
  }
  return a;
}

const I32_MIN = -2147483648, I32_MAX = 2147483647;

function mixedI32(r: () => number, n: number): Int32Array {
  const a = new Int32Array(n);
  const special = [I32_MIN, I32_MAX, 0, -1, 1, I32_MIN + 1, I32_MAX - 1];
  for (let i = 0; i < n; i++) {
    const u = r();
    a[i] = u < 0.15
      ? special[Math.floor(r() * special.length)]
      : u < 0.6
      ? Math.floor(r() * 7) - 3
      : Math.floor((r() - 0.5) * 2 ** 32);
  }
  return a;
}

function randomBool(r: () => number, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => (r() < 0.5 ? 1 : 0));
}

const CMP: Record<string, (a: tf.TensorLike, b: tf.TensorLike) => tf.Tensor> = {
  equal: tf.equal,
  notEqual: tf.notEqual,
  less: tf.less,
  lessEqual: tf.lessEqual,
  greater: tf.greater,
  greaterEqual: tf.greaterEqual,
};
const LOGICAL: Record<string, (a: tf.TensorLike, b: tf.TensorLike) => tf.Tensor> = {
  logicalAnd: tf.logicalAnd,
  logicalOr: tf.logicalOr,
  logicalXor: tf.logicalXor,
};

/** Checks the shape now and schedules an exact comparison of the elements. */
function assertExact(
  batch: Batch,
  t: tf.Tensor,
  ref: { data: ArrayLike<number>; shape: number[] },
  what: string,
) {
  assertEquals(t.shape, ref.shape, `${what}: shape`);
  batch.data(t, (d) => assertClose(d, ref.data, { rtol: 0, atol: 0 }, what));
}

/** Schedules `t.array()` to deep-equal `expected`. */
function expectArray(batch: Batch, t: tf.Tensor, expected: unknown, what = "") {
  batch.array(t, (a) => assertEquals(a, expected, what));
}

testEachBackend("comparisons of float32 match the reference, NaN and Inf included", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const batch = new Batch();
  for (const [name, f] of Object.entries(CMP)) {
    for (const [sa, sb] of SHAPES) {
      const a = mixedF32(r, numel(sa)), b = mixedF32(r, numel(sb));
      const out = f(tf.constant(a, { shape: sa }), tf.constant(b, { shape: sb }));
      assertEquals(out.dtype, "bool");
      assertExact(
        batch,
        out,
        refBinary(a, sa, b, sb, compareRefs[name]),
        `${name} seed=${seed} ${sa} ${sb}`,
      );
    }
  }
  await batch.run();
}, { gpu: true });

testEachBackend("comparisons of int32 are exact at the extremes", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const batch = new Batch();
  for (const [name, f] of Object.entries(CMP)) {
    for (const [sa, sb] of SHAPES) {
      const a = mixedI32(r, numel(sa)), b = mixedI32(r, numel(sb));
      const out = f(tf.constant(a, { shape: sa }), tf.constant(b, { shape: sb }));
      assertEquals(out.dtype, "bool");
      assertExact(
        batch,
        out,
        refBinary(a, sa, b, sb, compareRefs[name]),
        `${name} seed=${seed} ${sa} ${sb}`,
      );
    }
  }
  // values that are equal as float32 but differ as int32 must compare unequal
  const a = tf.constant([16777216, I32_MAX], { dtype: "int32" });
  const b = tf.constant([16777217, I32_MAX - 1], { dtype: "int32" });
  expectArray(batch, tf.equal(a, b), [false, false]);
  expectArray(batch, tf.less(a, b), [true, false]);
  await batch.run();
}, { gpu: true });

testEachBackend("NaN compares as IEEE: only notEqual is true", async () => {
  const batch = new Batch();
  const x = tf.constant([NaN, NaN, NaN, 1, Infinity, -Infinity, 0]);
  const y = tf.constant([NaN, 1, -Infinity, NaN, Infinity, -Infinity, -0]);
  expectArray(batch, tf.equal(x, y), [false, false, false, false, true, true, true]);
  expectArray(batch, tf.notEqual(x, y), [true, true, true, true, false, false, false]);
  for (const f of [tf.less, tf.lessEqual, tf.greater, tf.greaterEqual]) {
    batch.array(
      f(x, y),
      (a) => assertEquals((a as boolean[]).slice(0, 4), [false, false, false, false]),
    );
  }
  batch.array(
    tf.lessEqual(x, y),
    (a) => assertEquals((a as boolean[]).slice(4), [true, true, true]),
  );
  await batch.run();
}, { gpu: true });

testEachBackend("equal, notEqual and logical ops on bools match the reference", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const batch = new Batch();
  const ops = { equal: tf.equal, notEqual: tf.notEqual, ...LOGICAL };
  for (const [name, f] of Object.entries(ops)) {
    for (const [sa, sb] of SHAPES) {
      const a = randomBool(r, numel(sa)), b = randomBool(r, numel(sb));
      const out = f(tf.constant(a, { shape: sa }), tf.constant(b, { shape: sb }));
      assertEquals(out.dtype, "bool");
      assertExact(
        batch,
        out,
        refBinary(a, sa, b, sb, compareRefs[name]),
        `${name} seed=${seed} ${sa} ${sb}`,
      );
    }
  }
  const p = [true, true, false, false], q = [true, false, true, false];
  expectArray(batch, tf.logicalAnd(p, q), [true, false, false, false]);
  expectArray(batch, tf.logicalOr(p, q), [true, true, true, false]);
  expectArray(batch, tf.logicalXor(p, q), [false, true, true, false]);
  // plain booleans take the bool dtype
  expectArray(batch, tf.logicalOr([false, false], true), [true, true]);
  await batch.run();
}, { gpu: true });

testEachBackend("logicalNot over odd and heap-resident sizes", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const batch = new Batch();
  for (const shape of [[], [1], [15], [16], [17], [33, 9], [0, 4], [300], [1000]]) {
    const a = randomBool(r, numel(shape));
    const out = tf.logicalNot(tf.constant(a, { shape }));
    assertEquals(out.dtype, "bool");
    assertEquals(out.shape, shape);
    batch.data(
      out,
      (d) => assertEquals(Array.from(d), Array.from(a, (v) => 1 - v), `seed=${seed} ${shape}`),
    );
  }
  await batch.run();
}, { gpu: true });

testEachBackend("bool bytes other than 0 and 1 read as true; outputs are 0 or 1", async () => {
  // A Uint8Array becomes a bool tensor byte for byte: 2 and 255 are true.
  const batch = new Batch();
  for (const n of [5, 40, 300]) {
    const raw = Uint8Array.from({ length: n }, (_, i) => [0, 2, 255, 1][i % 4]);
    const t = tf.constant(raw);
    const truth = Array.from(raw, (v) => +(v !== 0));
    const same = (expected: number[]) => (d: tf.TypedArray) =>
      assertEquals(Array.from(d), expected);
    batch.data(tf.logicalAnd(t, true), same(truth));
    batch.data(tf.logicalNot(t), same(truth.map((v) => 1 - v)));
    batch.data(tf.equal(t, true), same(truth));
    batch.data(tf.cast(t, "int32"), same(truth));
    batch.data(tf.cast(t, "float32"), same(truth));
  }
  await batch.run();
}, { gpu: true });

testEachBackend("where broadcasts condition, x and y together for every dtype", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const batch = new Batch();
  const gens = {
    float32: (n: number) => mixedF32(r, n),
    int32: (n: number) => mixedI32(r, n),
    bool: (n: number) => randomBool(r, n),
  };
  for (const [dtype, gen] of Object.entries(gens)) {
    for (const [sc, sx, sy] of SHAPES3) {
      const c = randomBool(r, numel(sc)), x = gen(numel(sx)), y = gen(numel(sy));
      const out = tf.where(
        tf.constant(c, { shape: sc }),
        tf.constant(x, { shape: sx }),
        tf.constant(y, { shape: sy }),
      );
      assertEquals(out.dtype, dtype);
      const ref = refN([{ data: c, shape: sc }, { data: x, shape: sx }, { data: y, shape: sy }], (
        ci,
        xi,
        yi,
      ) => (ci ? xi : yi));
      assertExact(batch, out, ref, `where ${dtype} seed=${seed} ${sc} ${sx} ${sy}`);
    }
  }
  // NaN and signed zeros pass through bit for bit
  batch.data(tf.where([true, false, true], [NaN, 1, -0], [2, -Infinity, 3]), (got) => {
    assert(Number.isNaN(got[0]));
    assertEquals(got[1], 1 * -Infinity);
    assert(Object.is(got[2], -0));
  });
  // plain values take the other's dtype; the method form is where(c, this, y)
  assertEquals(tf.where([true, false], tf.constant([1, 2], { dtype: "int32" }), 0).dtype, "int32");
  expectArray(batch, tf.constant([1, 2]).where([false, true], 9), [9, 2]);
  expectArray(batch, tf.where(true, 1, 2), 1);
  await batch.run();
}, { gpu: true });

testEachBackend("cast between every pair of dtypes", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const batch = new Batch();
  // float32 -> int32: truncation toward zero, saturation, NaN -> 0
  const f = [
    1.7,
    -1.7,
    0.5,
    -0.5,
    -0,
    2.5,
    NaN,
    Infinity,
    -Infinity,
    2147483520, // the largest float32 below 2^31
    2147483648, // 2^31: saturates
    -2147483648, // -2^31: exact
    -2147483904, // below -2^31: saturates
    3e9,
    -3e9,
    1e-45,
    -1e-45,
  ];
  const toI = (v: number) =>
    Number.isNaN(v) ? 0 : v >= 2 ** 31 ? I32_MAX : v < -(2 ** 31) ? I32_MIN : Math.trunc(v) | 0;
  const ci = tf.cast(f, "int32");
  assertEquals(ci.dtype, "int32");
  batch.data(ci, (d) => assertEquals(Array.from(d), f.map(toI)));
  // int32 -> float32 rounds to nearest, ties to even
  const i = [I32_MIN, I32_MAX, 0, -1, 16777217, 16777219, -16777217, 123456789];
  const cf = tf.cast(tf.constant(i, { dtype: "int32" }), "float32");
  assertEquals(cf.dtype, "float32");
  batch.data(cf, (d) => assertEquals(Array.from(d), i.map(Math.fround)));
  // x -> bool is x != 0 (NaN and -0 included); bool -> numbers is 0/1
  expectArray(batch, tf.cast([0, -0, NaN, 1e-45, -Infinity, 2], "bool"), [
    false,
    false,
    true,
    true,
    true,
    true,
  ]);
  expectArray(batch, tf.cast(tf.constant([0, I32_MIN, 1, -1], { dtype: "int32" }), "bool"), [
    false,
    true,
    true,
    true,
  ]);
  expectArray(batch, tf.cast([true, false], "float32"), [1, 0]);
  expectArray(batch, tf.cast([true, false], "int32"), [1, 0]);
  // random data over odd and heap-resident sizes, every pair
  const gens = {
    float32: (n: number) => mixedF32(r, n),
    int32: (n: number) => mixedI32(r, n),
    bool: (n: number) => randomBool(r, n),
  };
  const conv: Record<string, (v: number) => number> = {
    int32: toI,
    float32: Math.fround,
    bool: (v) => +(v !== 0), // NaN !== 0
  };
  for (const shape of [[], [3], [17], [35], [4, 9], [0, 5], [300], [1001]]) {
    for (const [from, gen] of Object.entries(gens)) {
      const data = gen(numel(shape));
      const x = tf.constant(data, { shape });
      for (const to of ["float32", "int32", "bool"] as const) {
        const y = tf.cast(x, to);
        assertEquals(y.dtype, to);
        assertEquals(y.shape, shape);
        if (from === to) {
          assert(y === x, "cast to the same dtype returns the input itself");
          continue;
        }
        batch.data(y, (d) =>
          assertEquals(
            Array.from(d),
            Array.from(data, conv[to]),
            `cast ${from} -> ${to} seed=${seed} ${shape}`,
          ));
      }
    }
  }
  // plain numbers and the method form
  expectArray(batch, tf.cast(3.9, "int32"), 3);
  expectArray(batch, tf.constant([1.5, -2.5]).cast("int32"), [1, -2]);
  await batch.run();
}, { gpu: true });

testEachBackend(
  "clipByValue matches maximum(minimum(x, max), min) with broadcast bounds",
  async () => {
    const seed = freshSeed();
    const r = rng(seed);
    const batch = new Batch();
    const clip = (x: number, lo: number, hi: number) =>
      Number.isNaN(x) || Number.isNaN(lo) || Number.isNaN(hi) ? NaN : Math.max(Math.min(x, hi), lo);
    const cases: [number[], number[], number[]][] = [
      [[7], [], []],
      [[37], [37], [37]],
      [[37], [], [37]],
      [[37], [37], []],
      [[], [], []],
      [[4, 5], [5], [4, 1]],
      [[2, 3, 4], [3, 1], [4]],
      [[3, 4, 5], [1, 4, 1], [3, 1, 5]],
      [[0, 3], [3], []],
      [[300], [], []],
      [[301], [301], [1]],
      [[40, 40], [40], [40, 1]],
      [[2, 4, 3, 5, 19], [4, 1, 5, 1], [19]],
    ];
    for (const [sx, sl, sh] of cases) {
      const x = Float32Array.from(mixedF32(r, numel(sx)));
      const lo = Float32Array.from({ length: numel(sl) }, () => Math.fround(-2 + r()));
      const hi = Float32Array.from({ length: numel(sh) }, () => Math.fround(1 + r()));
      if (lo.length > 2) lo[1] = NaN;
      const out = tf.clipByValue(
        tf.constant(x, { shape: sx }),
        tf.constant(lo, { shape: sl }),
        tf.constant(hi, { shape: sh }),
      );
      assertEquals(out.dtype, "float32");
      const ref = refN(
        [{ data: x, shape: sx }, { data: lo, shape: sl }, { data: hi, shape: sh }],
        clip,
      );
      assertExact(batch, out, ref, `clipByValue seed=${seed} ${sx} ${sl} ${sh}`);
      // int32
      const xi = mixedI32(r, numel(sx));
      const li = Int32Array.from({ length: numel(sl) }, () => Math.floor((r() - 1) * 1000));
      const hi32 = Int32Array.from({ length: numel(sh) }, () => Math.floor(r() * 1000));
      const outI = tf.clipByValue(
        tf.constant(xi, { shape: sx }),
        tf.constant(li, { shape: sl }),
        tf.constant(hi32, { shape: sh }),
      );
      assertEquals(outI.dtype, "int32");
      const refI = refN([{ data: xi, shape: sx }, { data: li, shape: sl }, {
        data: hi32,
        shape: sh,
      }], clip);
      assertExact(batch, outI, refI, `clipByValue int32 seed=${seed} ${sx} ${sl} ${sh}`);
    }
    const close = (expected: number[]) => (d: tf.TypedArray) => assertClose(d, expected);
    batch.data(tf.clipByValue([NaN, -Infinity, Infinity, 0.5], -1, 1), close([NaN, -1, 1, 0.5]));
    // a NaN bound, scalar or in a vector, gives NaN
    batch.data(tf.clipByValue([1, 2, 3, 4, 5], NaN, 1), close([NaN, NaN, NaN, NaN, NaN]));
    batch.data(tf.clipByValue([1, 2, 3, 4, 5], 0, NaN), close([NaN, NaN, NaN, NaN, NaN]));
    batch.data(tf.clipByValue(tf.ones([300]), 0, NaN), close(new Array(300).fill(NaN)));
    batch.data(
      tf.clipByValue([1, 2, 3, 4, 5], 0, [NaN, 9, 9, 9, NaN]),
      close([NaN, 2, 3, 4, NaN]),
    );
    batch.data(
      tf.clipByValue([1, 2, 3, 4, 5], [0, NaN, 0, 0, NaN], 9),
      close([1, NaN, 3, 4, NaN]),
    );
    // min > max gives min, as TensorFlow's minimum-then-maximum
    expectArray(batch, tf.clipByValue([0, 5, -5], 3, 1), [3, 3, 3]);
    expectArray(batch, tf.constant([1, 2, 3], { dtype: "int32" }).clipByValue(2, 2), [2, 2, 2]);
    await batch.run();
  },
  { gpu: true },
);

testEachBackend("zero-size inputs give zero-size outputs", () => {
  assertEquals(tf.less(tf.zeros([0, 3]), tf.zeros([3])).shape, [0, 3]);
  assertEquals(tf.equal(tf.zeros([2, 0]), 1).shape, [2, 0]);
  assertEquals(tf.logicalAnd(tf.zeros([0], "bool"), true).shape, [0]);
  assertEquals(tf.logicalNot(tf.zeros([3, 0], "bool")).shape, [3, 0]);
  assertEquals(tf.where(tf.zeros([0, 1], "bool"), tf.zeros([1, 4]), 0).shape, [0, 4]);
  assertEquals(tf.cast(tf.zeros([0, 2]), "int32").shape, [0, 2]);
  assertEquals(tf.clipByValue(tf.zeros([4, 0]), 0, 1).shape, [4, 0]);
}, { gpu: true });

testEachBackend("Tensor methods delegate to the ops", async () => {
  const batch = new Batch();
  const x = tf.constant([1, 2, 3]);
  expectArray(batch, x.equal(2), [false, true, false]);
  expectArray(batch, x.notEqual(2), [true, false, true]);
  expectArray(batch, x.less(2), [true, false, false]);
  expectArray(batch, x.lessEqual(2), [true, true, false]);
  expectArray(batch, x.greater(2), [false, false, true]);
  expectArray(batch, x.greaterEqual(2), [false, true, true]);
  const b = x.greater(1);
  expectArray(batch, b.logicalAnd([true, false, true]), [false, false, true]);
  expectArray(batch, b.logicalOr([true, false, false]), [true, true, true]);
  expectArray(batch, b.logicalXor(true), [true, false, false]);
  expectArray(batch, b.logicalNot(), [true, false, false]);
  expectArray(batch, b.cast("float32"), [0, 1, 1]);
  expectArray(batch, x.clipByValue(1.5, 2.5), [1.5, 2, 2.5]);
  await batch.run();
}, { gpu: true });

testEachBackend("bad input: dtype mixing, broadcasting, non-bool logical ops", async () => {
  const f = tf.zeros([2]), i = tf.zeros([2], "int32"), b = tf.zeros([2], "bool");
  for (const [name, op] of Object.entries(CMP)) {
    assertThrows(() => op(i, f), TypeError, name, "int32", "float32", "tf.cast");
    assertThrows(() => op(f, i), TypeError, name, "float32", "int32", "tf.cast");
    assertThrows(() => op(f, b), TypeError, name, "float32", "bool", "tf.cast");
    assertThrows(
      () => op(tf.zeros([2, 3]), tf.zeros([4])),
      RangeError,
      name,
      "(2, 3)",
      "(4,)",
      "broadcast",
    );
  }
  for (const name of ["less", "lessEqual", "greater", "greaterEqual"]) {
    assertThrows(() => CMP[name](b, b), TypeError, name, "bool", "tf.cast");
  }
  for (const [name, op] of Object.entries(LOGICAL)) {
    assertThrows(() => op(f, b), TypeError, name, "bool", "float32", "tf.cast");
    assertThrows(() => op(b, i), TypeError, name, "bool", "int32", "tf.cast");
    assertThrows(() => op(tf.zeros([3], "bool"), b), RangeError, name, "(3,)", "(2,)", "broadcast");
  }
  assertThrows(() => tf.logicalNot(f), TypeError, "logicalNot", "float32", "bool");
  assertThrows(() => tf.where(f, f, f), TypeError, "where", "condition", "float32", "bool");
  assertThrows(() => tf.where(b, f, i), TypeError, "where", "float32", "int32", "tf.cast");
  assertThrows(
    () => tf.where(tf.zeros([3], "bool"), tf.zeros([2, 1]), tf.zeros([4])),
    RangeError,
    "where",
    "condition (3,)",
    "x (2, 1)",
    "y (4,)",
    "broadcast",
  );
  assertThrows(
    // @ts-expect-error: the one-argument form is not supported
    () => tf.where(b),
    TypeError,
    "where",
    "x and y",
  );
  assertThrows(
    // @ts-expect-error: not a dtype
    () => tf.cast(f, "float64"),
    TypeError,
    "cast",
    "float64",
    "float32",
  );
  assertThrows(() => tf.clipByValue(i, f, 1), TypeError, "clipByValue", "int32", "float32");
  assertThrows(() => tf.clipByValue(i, 0.5, 1), TypeError, "clipByValue", "0.5", "int32");
  assertThrows(() => tf.clipByValue(b, false, true), TypeError, "clipByValue", "bool", "tf.cast");
  assertThrows(
    () => tf.clipByValue(tf.zeros([3]), tf.zeros([2, 3]), 1),
    RangeError,
    "clipByValue",
    "clipValueMin",
    "(2, 3)",
    "(3,)",
  );
  assertThrows(
    () => tf.clipByValue(tf.zeros([3]), 0, tf.zeros([2])),
    RangeError,
    "clipByValue",
    "clipValueMax",
    "(2,)",
  );
  // the module still works afterwards
  assertEquals(await tf.less([1, 2], 2).array(), [true, false]);
  assertEquals(await tf.where([true, false], [1, 2], [3, 4]).array(), [1, 4]);
}, { gpu: true });

// ------------------------------------------------------------ gradients

// The gradient tests run on the GPU once every op they use (through the tape
// too) has a WGSL kernel; `allOnGpu` probes that by running the ops.
const whereCond = [true, false, false, true, true];
const whereF = (a: tf.Tensor, b: tf.Tensor) => tf.where(whereCond, tf.square(a), tf.multiply(b, 3));
const clipF = (a: tf.Tensor, l: tf.Tensor, h: tf.Tensor) => tf.clipByValue(tf.multiply(a, a), l, h);

/** Runs the tape over `f` at `inputs` (for `allOnGpu`). */
function gradOf(f: (...xs: tf.Tensor[]) => tf.Tensor, inputs: tf.TensorLike[]): void {
  const xs = inputs.map((x) => tf.constant(x));
  const tape = new tf.GradientTape();
  tape.watch(xs);
  const y = tape.record(() => tf.reduceSum(f(...xs)));
  tape.gradient(y, xs);
}

testEachBackend(
  "where's gradient routes dy by the condition and sums broadcasts back",
  async (_, backend) => {
    // L = Σ_ij w_ij (c_i ? x_j : y): dL/dx_j = Σ_i c_i w_ij, dL/dy = Σ_ij (1 - c_i) w_ij;
    // the condition gets none.
    const c = tf.constant([[true], [false]]); // (2, 1)
    const x = new tf.Variable([1, 2, 3]); // (3,)
    const y = new tf.Variable(7); // ()
    const w = tf.constant([[1, 2, 3], [4, 5, 6]]);
    const tape = new tf.GradientTape();
    const L = tape.record(() => tf.reduceSum(tf.multiply(tf.where(c, x, y), w)));
    const [dx, dy] = tape.gradient(L, [x, y]);
    assertEquals(await L.array(), 1 + 4 + 9 + 7 * 15);
    assertEquals(await dx!.array(), [1, 2, 3]);
    assertEquals(await dy!.array(), 15);
    // finite differences agree (away from nothing: where is linear in x and y)
    await checkGradientsOn(backend, whereF, [[0.5, -1, 2, 0.3, -0.7], [1, 2, 3, 4, 5]]);
  },
  { gpu: allOnGpu(() => gradOf(whereF, [[1, 2, 3, 4, 5], [1, 2, 3, 4, 5]])) },
);

testEachBackend("clipByValue's gradient passes dy where min <= x <= max", async (_, backend) => {
  // d clip(x)/dx = 1 inside [min, max] (ends included), 0 where clipped;
  // dmin gets dy where x < min, dmax where x > max (summed to their shapes).
  const x = new tf.Variable([-2, -1, 0, 1, 2]);
  const lo = new tf.Variable(-1), hi = new tf.Variable([1, 1, 1, 1, 1]);
  const tape = new tf.GradientTape();
  const L = tape.record(() =>
    tf.reduceSum(tf.multiply(tf.clipByValue(x, lo, hi), tf.constant([1, 2, 3, 4, 5])))
  );
  const [dx, dlo, dhi] = tape.gradient(L, [x, lo, hi]);
  assertEquals(await dx!.array(), [0, 2, 3, 4, 0]);
  assertEquals(await dlo!.array(), 1);
  assertEquals(await dhi!.array(), [0, 0, 0, 0, 5]);
  // finite differences, with x away from the bounds (the kinks)
  await checkGradientsOn(backend, clipF, [[[-1.6, -0.3], [0.4, 1.7]], [0.2], [[1.5, 2]]]);
}, { gpu: allOnGpu(() => gradOf(clipF, [[[-1.6, -0.3], [0.4, 1.7]], [0.2], [[1.5, 2]]])) });

testEachBackend(
  "cast passes no gradient to or from int32 and bool; comparisons none",
  async () => {
    const x = new tf.Variable([1.5, -2, 3]);
    const tape = new tf.GradientTape({ persistent: true });
    const viaInt = tape.record(() => tf.cast(tf.cast(x, "int32"), "float32"));
    const viaBool = tape.record(() => tf.cast(tf.cast(x, "bool"), "float32"));
    const viaCompare = tape.record(() => tf.cast(tf.greater(x, 0), "float32"));
    const same = tape.record(() => tf.multiply(tf.cast(x, "float32"), 2));
    assertEquals(tape.gradient(viaInt, x), null);
    assertEquals(tape.gradient(viaBool, x), null);
    assertEquals(tape.gradient(viaCompare, x), null);
    // a cast to the same dtype is x itself: the gradient flows
    assertEquals(await tape.gradient(same, x)!.array(), [2, 2, 2]);
    // a comparison used as a mask: d(x · [x > 0])/dx = [x > 0]
    const masked = tape.record(() => tf.multiply(x, tf.cast(tf.greater(x, 0), "float32")));
    assertEquals(await tape.gradient(masked, x)!.array(), [1, 0, 1]);
    tape.dispose();
  },
  { gpu: true },
);
