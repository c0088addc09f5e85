import * as tf from "../mod.ts";
import { assertThrows, freshSeed, numel, randomArray, rng, testEachBackend } from "./_util.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

// ---------------------------------------------------------------- reference

interface Ref {
  data: Float64Array;
  /** Σ_p |A(i,p) B(p,j)| per element: the scale of its rounding error. */
  mag: Float64Array;
  shape: number[];
}

/** float64 batched matmul with broadcasting of the batch dims and transposes. */
function refMatmul(
  a: ArrayLike<number>,
  sa: readonly number[],
  b: ArrayLike<number>,
  sb: readonly number[],
  tA = false,
  tB = false,
): Ref {
  const ra = sa.length, rb = sb.length;
  const M = tA ? sa[ra - 1] : sa[ra - 2], K = tA ? sa[ra - 2] : sa[ra - 1];
  const N = tB ? sb[rb - 2] : sb[rb - 1];
  const ba = sa.slice(0, -2), bb = sb.slice(0, -2);
  const n = Math.max(ba.length, bb.length);
  const pa = [...Array(n - ba.length).fill(1), ...ba];
  const pb = [...Array(n - bb.length).fill(1), ...bb];
  const batch = pa.map((d, i) => (d === 1 ? pb[i] : d));
  const count = numel(batch);
  const data = new Float64Array(count * M * N);
  const mag = new Float64Array(count * M * N);
  const idx = new Array(n).fill(0);
  for (let t = 0; t < count; t++) {
    let ia = 0, ib = 0;
    for (let d = 0; d < n; d++) {
      ia = ia * pa[d] + (pa[d] === 1 ? 0 : idx[d]);
      ib = ib * pb[d] + (pb[d] === 1 ? 0 : idx[d]);
    }
    const oa = ia * M * K, ob = ib * K * N;
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        let s = 0, m = 0;
        for (let p = 0; p < K; p++) {
          const x = a[oa + (tA ? p * M + i : i * K + p)];
          const y = b[ob + (tB ? j * K + p : p * N + j)];
          s += x * y;
          m += Math.abs(x * y);
        }
        data[t * M * N + i * N + j] = s;
        mag[t * M * N + i * N + j] = m;
      }
    }
    for (let d = n - 1; d >= 0; d--) {
      if (++idx[d] < batch[d]) break;
      idx[d] = 0;
    }
  }
  return { data, mag, shape: [...batch, M, N] };
}

/**
 * float32 accumulation of k products has error at most about k·2⁻²⁴·Σ|ab|;
 * typical errors are far below, so allow a tenth of the worst case plus a few ulp.
 */
function assertMatmulClose(got: ArrayLike<number>, ref: Ref, K: number, what: string): void {
  if (got.length !== ref.data.length) {
    throw new Error(`${what}: length ${got.length} != expected ${ref.data.length}`);
  }
  for (let i = 0; i < got.length; i++) {
    const tol = (0.1 * K + 4) * 2 ** -24 * ref.mag[i] + 1e-30;
    const e = ref.data[i];
    if (!(Math.abs(got[i] - e) <= tol)) {
      throw new Error(`${what}[${i}]: got ${got[i]}, expected ${e} (tol ${tol})`);
    }
  }
}

/** Stored shape of a logical [..., rows, cols] matrix operand, transposed when `t`. */
function stored(batch: number[], rows: number, cols: number, t: boolean): number[] {
  return t ? [...batch, cols, rows] : [...batch, rows, cols];
}

function check(
  r: () => number,
  seed: number,
  batchA: number[],
  batchB: number[],
  M: number,
  K: number,
  N: number,
  tA: boolean,
  tB: boolean,
): void {
  const sa = stored(batchA, M, K, tA), sb = stored(batchB, K, N, tB);
  const a = randomArray(r, numel(sa)), b = randomArray(r, numel(sb));
  const out = tf.matmul(tf.constant(a, { shape: sa }), tf.constant(b, { shape: sb }), tA, tB);
  const ref = refMatmul(a, sa, b, sb, tA, tB);
  const what = `matmul seed=${seed} a=${JSON.stringify(sa)} b=${
    JSON.stringify(sb)
  } tA=${tA} tB=${tB}`;
  assertEquals(out.shape, ref.shape, what);
  assertEquals(out.dtype, "float32");
  assertMatmulClose(out.dataSync(), ref, K, what);
}

const TRANSPOSES: [boolean, boolean][] = [[false, false], [false, true], [true, false], [
  true,
  true,
]];

// ---------------------------------------------------------------- forward

testEachBackend("matmul matches the float64 reference on odd sizes, every transpose", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const sizes = [1, 3, 5, 7, 17, 33, 65, 130];
  // Every (M, K, N) among the small sizes; a random third of the rest (the
  // seed varies per run), plus fixed large cases that cross every blocking edge.
  const cases: [number, number, number][] = [];
  for (const M of sizes) {
    for (const K of sizes) {
      for (const N of sizes) {
        if (Math.max(M, K, N) <= 17 || r() < 0.08) cases.push([M, K, N]);
      }
    }
  }
  cases.push([130, 130, 130], [97, 300, 41], [6, 260, 8], [12, 513, 16], [200, 9, 3], [1, 700, 65]);
  for (const [M, K, N] of cases) {
    for (const [tA, tB] of TRANSPOSES) check(r, seed, [], [], M, K, N, tA, tB);
  }
});

testEachBackend("matmul broadcasts batch dimensions", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const batches: [number[], number[]][] = [
    [[2, 1], [3]], // [2,1,m,k] x [3,k,n] -> [2,3,m,n]
    [[4], []], // B shared: rows folded into one product
    [[], [4]], // A shared
    [[4], [4]],
    [[2, 3], [1, 3]],
    [[1], [2, 1, 3]],
    [[3, 1], [1, 1]],
  ];
  for (const [ba, bb] of batches) {
    for (const [M, K, N] of [[3, 5, 7], [33, 40, 17], [5, 1, 9], [1, 65, 1]]) {
      for (const [tA, tB] of TRANSPOSES) check(r, seed, ba, bb, M, K, N, tA, tB);
    }
  }
});

testEachBackend("matmul cuts wide products into column blocks", () => {
  // K·N above the 2M floats of one packed block of B: two column blocks.
  const seed = freshSeed();
  const r = rng(seed);
  check(r, seed, [], [], 7, 1100, 1950, false, false);
  check(r, seed, [], [], 7, 1100, 1950, true, true);
});

testEachBackend("matmul with zero-size dimensions", () => {
  // k = 0: an empty sum, every element 0.
  const z = tf.matmul(tf.zeros([3, 0]), tf.zeros([0, 4]));
  assertEquals(z.shape, [3, 4]);
  assertEquals(Array.from(z.dataSync()), new Array(12).fill(0));
  const big = tf.matmul(tf.zeros([2, 20, 0]), tf.zeros([0, 30]));
  assertEquals(big.shape, [2, 20, 30]);
  assertEquals(big.dataSync().every((v) => v === 0), true);
  assertEquals(tf.matmul(tf.zeros([0, 5]), tf.zeros([5, 4])).shape, [0, 4]);
  assertEquals(tf.matmul(tf.zeros([3, 5]), tf.zeros([5, 0])).shape, [3, 0]);
  assertEquals(tf.matmul(tf.zeros([0, 3, 5]), tf.zeros([5, 2])).shape, [0, 3, 2]);
  assertEquals(tf.matmul(tf.zeros([2, 0, 5]), tf.zeros([1, 0, 3]), true).shape, [2, 5, 3]);
  const ti = tf.matmul(tf.zeros([2, 0, 5], "int32"), tf.zeros([1, 0, 3], "int32"), true);
  assertEquals(Array.from(ti.dataSync()), new Array(30).fill(0));
});

testEachBackend("matmul propagates NaN and infinities", () => {
  for (const n of [3, 40]) {
    const a = new Float32Array(n * n).fill(1);
    const b = new Float32Array(n * n).fill(1);
    a[1 * n + 2] = NaN; // row 1 of the product becomes NaN
    b[0 * n + n - 1] = Infinity; // column n-1 becomes +Inf (rows without NaN)
    const c = tf.matmul(tf.constant(a, { shape: [n, n] }), tf.constant(b, { shape: [n, n] }))
      .dataSync();
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const v = c[i * n + j];
        if (i === 1) assertEquals(Number.isNaN(v), true, `n=${n} (${i},${j}) = ${v}`);
        else if (j === n - 1) assertEquals(v, Infinity, `n=${n} (${i},${j})`);
        else assertEquals(v, n, `n=${n} (${i},${j})`);
      }
    }
  }
});

testEachBackend("matmul on int32 is exact (wrapping), with transposes and batches", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const ri = (n: number) => Int32Array.from({ length: n }, () => Math.floor(r() * 41) - 20);
  for (
    const [ba, bb, M, K, N] of [
      [[], [], 5, 7, 9],
      [[], [], 33, 17, 20],
      [[2, 1], [3], 3, 4, 5],
      [[3], [], 6, 2, 1],
    ] as [number[], number[], number, number, number][]
  ) {
    for (const [tA, tB] of TRANSPOSES) {
      const sa = stored(ba, M, K, tA), sb = stored(bb, K, N, tB);
      const a = ri(numel(sa)), b = ri(numel(sb));
      const out = tf.matmul(
        tf.constant(a, { shape: sa }),
        tf.constant(b, { shape: sb }),
        tA,
        tB,
      );
      assertEquals(out.dtype, "int32");
      const ref = refMatmul(a, sa, b, sb, tA, tB);
      assertEquals(out.shape, ref.shape);
      assertEquals(Array.from(out.dataSync()), Array.from(ref.data), `seed=${seed} ${sa} ${sb}`);
    }
  }
  // 2^31 wraps to -2^31, as TensorFlow's int32 arithmetic does.
  const big = tf.constant([[65536]], { dtype: "int32" });
  assertEquals(
    tf.matmul(big, tf.constant([[32768]], { dtype: "int32" })).dataSync()[0],
    -(2 ** 31),
  );
});

testEachBackend("matmul accepts plain arrays, and the Tensor method delegates", () => {
  assertEquals(tf.matmul([[1, 2], [3, 4]], [[5], [6]]).arraySync(), [[17], [39]]);
  const a = tf.constant([[1, 2], [3, 4]]);
  assertEquals(a.matmul(a, true).arraySync(), [[10, 14], [14, 20]]);
  assertEquals(a.matmul([[1, 0], [0, 1]], false, true).arraySync(), [[1, 2], [3, 4]]);
  // The tutorial's shape: a 2×2 by 2×1, many times.
  let y = tf.constant([[1], [1]]);
  const m = tf.constant([[0.5, 0], [0, 0.5]]);
  for (let i = 0; i < 1000; i++) y = tf.matmul(m, y);
  assertEquals(y.shape, [2, 1]);
});

// ---------------------------------------------------------------- bad input

testEachBackend("matmul rejects bad input with clear errors", () => {
  const a = tf.zeros([2, 3]), b = tf.zeros([4, 5]);
  assertThrows(
    () => tf.matmul(a, b),
    RangeError,
    "matmul",
    "(2, 3)",
    "(4, 5)",
    "transposeA=false",
    "transposeB=false",
    "3 columns",
    "4 rows",
    "transposeA/transposeB",
  );
  assertThrows(
    () => tf.matmul(a, tf.zeros([2, 5]), true, true),
    RangeError,
    "transposeA=true",
    "transposeB=true",
    "aᵀ has 2 columns",
    "bᵀ has 5 rows",
  );
  assertThrows(() => tf.matmul([1, 2, 3], [[1], [2], [3]]), RangeError, "matmul", "rank 1", "(3,)");
  assertThrows(() => tf.matmul(a, 3), RangeError, "matmul", "rank 0", "reshape");
  assertThrows(
    () => tf.matmul(a, tf.zeros([3, 2], "int32")),
    TypeError,
    "matmul",
    "float32",
    "int32",
    "cast",
  );
  assertThrows(() => tf.matmul(tf.fill([2, 2], true), tf.fill([2, 2], true)), TypeError, "bool");
  assertThrows(
    () => tf.matmul(tf.zeros([2, 2, 3]), tf.zeros([3, 3, 4])),
    RangeError,
    "matmul",
    "(2, 2, 3)",
    "(3, 3, 4)",
    "broadcast",
  );
  // Still fully usable afterwards.
  assertEquals(tf.matmul([[1, 2]], [[3], [4]]).arraySync(), [[11]]);
});
