import * as tf from "../mod.ts";
import { binaryRefs } from "../tape/ops/arithmetic.ts";
import {
  assertClose,
  assertThrows,
  freshSeed,
  numel,
  randomArray,
  refBinary,
  rng,
  testEachBackend,
} from "./_util.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

// Shape pairs covering: equal shapes, SIMD tails, scalars on either side,
// broadcasting in every direction, rank mismatch, zero-size dimensions.
const SHAPES: [number[], number[]][] = [
  [[7], [7]],
  [[1], [1]],
  [[3], [1]],
  [[], [5]],
  [[5], []],
  [[], []],
  [[4, 1], [1, 5]],
  [[1, 5], [4, 1]],
  [[2, 3, 4], [4]],
  [[2, 3, 4], [3, 1]],
  [[2, 1, 4], [1, 3, 1]],
  [[3, 1, 2, 1, 5], [1, 4, 1, 3, 1]],
  [[33, 17], [33, 17]],
  [[0, 3], [3]],
  [[2, 0], [1, 1]],
  [[300], [300]], // above the small-tensor threshold: lives in the wasm heap
  [[40, 40], [40]],
  [[1, 40], [40, 1]],
];

// Ops whose float32 result should be within a few ulp of the float64 reference.
const TOL: Record<string, { rtol: number; atol: number }> = {
  add: { rtol: 1e-6, atol: 1e-7 },
  subtract: { rtol: 1e-6, atol: 1e-7 },
  multiply: { rtol: 1e-6, atol: 1e-7 },
  divide: { rtol: 1e-6, atol: 1e-7 },
  maximum: { rtol: 0, atol: 0 },
  minimum: { rtol: 0, atol: 0 },
  squaredDifference: { rtol: 1e-6, atol: 1e-7 },
  pow: { rtol: 1e-5, atol: 1e-7 },
  floorDiv: { rtol: 0, atol: 0 },
  mod: { rtol: 1e-5, atol: 1e-6 },
};

const fns: Record<string, (a: tf.TensorLike, b: tf.TensorLike) => tf.Tensor> = {
  add: tf.add,
  subtract: tf.subtract,
  multiply: tf.multiply,
  divide: tf.divide,
  maximum: tf.maximum,
  minimum: tf.minimum,
  squaredDifference: tf.squaredDifference,
  pow: tf.pow,
  floorDiv: tf.floorDiv,
  mod: tf.mod,
};

testEachBackend("binary float32 ops match the float64 reference with broadcasting", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const [name, f] of Object.entries(fns)) {
    for (const [sa, sb] of SHAPES) {
      // pow needs positive bases for non-integer exponents; floorDiv and mod
      // avoid near-zero divisors, where float32 rounding of a/b flips the floor.
      const [lo, hi] = name === "pow" ? [0.1, 3] : [-4, 4];
      const a = randomArray(r, numel(sa), lo, hi);
      const b = randomArray(r, numel(sb), lo, hi);
      if (name === "floorDiv" || name === "mod") {
        for (let i = 0; i < b.length; i++) b[i] = b[i] >= 0 ? b[i] + 0.5 : b[i] - 0.5;
      }
      const out = f(tf.constant(a, { shape: sa }), tf.constant(b, { shape: sb }));
      const ref = refBinary(a, sa, b, sb, binaryRefs[name]);
      assertEquals(out.shape, ref.shape, `${name} ${sa} ${sb}`);
      const got = await out.data();
      if (name === "floorDiv" || name === "mod") {
        // the float32 quotient can round across an integer; compare where it does not
        const q = refBinary(a, sa, b, sb, (x, y) => Math.fround(x / y));
        for (let i = 0; i < got.length; i++) {
          if (Math.abs(q.data[i] - Math.round(q.data[i])) < 1e-5) continue;
          assertClose(got[i], ref.data[i], TOL[name], `${name} seed=${seed} ${sa} ${sb}`);
        }
      } else {
        assertClose(got, ref.data, TOL[name], `${name} seed=${seed} ${sa} ${sb}`);
      }
    }
  }
}, { gpu: true });

testEachBackend("binary int32 ops are exact", async () => {
  const r = rng(freshSeed());
  const ri = (n: number) => Int32Array.from({ length: n }, () => Math.floor(r() * 41) - 20);
  const intRefs: Record<string, (a: number, b: number) => number> = {
    add: (a, b) => a + b,
    subtract: (a, b) => a - b,
    multiply: (a, b) => a * b,
    maximum: Math.max,
    minimum: Math.min,
    squaredDifference: (a, b) => (a - b) ** 2,
    floorDiv: (a, b) => (b === 0 ? 0 : Math.floor(a / b)),
    mod: (a, b) => (b === 0 ? 0 : binaryRefs.mod(a, b)),
    divide: (a, b) => (b === 0 ? 0 : Math.floor(a / b)),
  };
  for (const [name, ref] of Object.entries(intRefs)) {
    for (const [sa, sb] of SHAPES) {
      const a = ri(numel(sa)), b = ri(numel(sb));
      const out = fns[name](tf.constant(a, { shape: sa }), tf.constant(b, { shape: sb }));
      assertEquals(out.dtype, "int32");
      assertClose(await out.data(), refBinary(a, sa, b, sb, ref).data, { rtol: 0, atol: 0 }, name);
    }
  }
  assertEquals(
    await tf.pow(
      tf.constant([2, -3, 5], { dtype: "int32" }),
      tf.constant([10, 3, 0], { dtype: "int32" }),
    )
      .array(),
    [1024, -27, 1],
  );
}, { gpu: true });

testEachBackend("NaN and infinities propagate", async () => {
  const x = tf.constant([NaN, Infinity, -Infinity, 1, 0]);
  assertClose(await tf.add(x, 1).data(), [NaN, Infinity, -Infinity, 2, 1]);
  assertClose(await tf.maximum(x, 0).data(), [NaN, Infinity, 0, 1, 0]);
  assertClose(await tf.minimum(x, 0).data(), [NaN, 0, -Infinity, 0, 0]);
  assertClose(await tf.divide(1, x).data(), [NaN, 0, -0, 1, Infinity]);
  assertClose(await tf.pow(x, 0).data(), [1, 1, 1, 1, 1]);
  assertClose(await tf.pow([-2, -2, -8, 0], [2, 3, 1 / 3, -1]).data(), [4, -8, NaN, Infinity], {
    rtol: 1e-6,
  });
}, { gpu: true });

testEachBackend(
  "plain numbers and nested arrays are accepted and take the tensor's dtype",
  async () => {
    assertEquals(await tf.multiply(0.5, tf.constant([2, 4])).array(), [1, 2]);
    assertEquals(tf.add(tf.constant([1, 2], { dtype: "int32" }), 3).dtype, "int32");
    assertEquals(await tf.add([[1], [2]], [10, 20]).array(), [[11, 21], [12, 22]]);
    assertEquals(await tf.constant([1, 2]).add(1).mul(2).array(), [4, 6]);
  },
  { gpu: true },
);

testEachBackend(
  "binary ops reject bad input with errors naming the op, shapes and fix",
  async () => {
    assertThrows(
      () => tf.add(tf.zeros([2, 3]), tf.zeros([4])),
      RangeError,
      "add",
      "(2, 3)",
      "(4,)",
      "broadcast",
    );
    assertThrows(
      () => tf.multiply(tf.zeros([2], "int32"), tf.zeros([2])),
      TypeError,
      "multiply",
      "int32",
      "float32",
      "tf.cast",
    );
    assertThrows(() => tf.add(tf.zeros([2], "int32"), 0.5), TypeError, "add", "0.5", "int32");
    assertThrows(() => tf.add([[1, 2], [3]], 1), TypeError, "ragged");
    // the module still works
    assertEquals(await tf.add([1, 2], 1).array(), [2, 3]);
  },
  { gpu: true },
);
