import * as tf from "../mod.ts";
import {
  assertThrows,
  freshSeed,
  gpuAvailable,
  numel,
  randomArray,
  rng,
  testEachBackend,
} from "./_util.ts";
import { allOnGpu, Batch, checkGradientsOn } from "./_batch.ts";
import { gemmTuning } from "../gpu/kernels/matmul.ts";
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

/** Schedules a check of one random product on `batch` (read back with the others). */
function check(
  batch: Batch,
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
  batch.data(out, (d) => assertMatmulClose(d, ref, K, what));
}

const TRANSPOSES: [boolean, boolean][] = [[false, false], [false, true], [true, false], [
  true,
  true,
]];

// ---------------------------------------------------------------- forward

testEachBackend(
  "matmul matches the float64 reference on odd sizes, every transpose",
  async () => {
    const seed = freshSeed();
    const r = rng(seed);
    const sizes = [1, 3, 5, 7, 17, 33, 65, 130];
    // Every (M, K, N) among the small sizes; a random third of the rest (the
    // seed varies per run), plus fixed large cases that cross every blocking edge
    // (and, on the GPU, sizes that fill whole tiles: the unmasked programs).
    const cases: [number, number, number][] = [];
    for (const M of sizes) {
      for (const K of sizes) {
        for (const N of sizes) {
          if (Math.max(M, K, N) <= 17 || r() < 0.08) cases.push([M, K, N]);
        }
      }
    }
    cases.push(
      [130, 130, 130],
      [97, 300, 41],
      [6, 260, 8],
      [12, 513, 16],
      [200, 9, 3],
      [1, 700, 65],
      [3, 37, 70],
      [130, 37, 3],
      [4, 1000, 2],
      [128, 64, 192],
      [64, 256, 128],
    );
    const batch = new Batch();
    for (const [M, K, N] of cases) {
      for (const [tA, tB] of TRANSPOSES) check(batch, r, seed, [], [], M, K, N, tA, tB);
    }
    await batch.run();
  },
  { gpu: true },
);

testEachBackend("matmul broadcasts batch dimensions", async () => {
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
    [[2, 1, 3, 1, 2], [1, 2, 1, 2, 1]], // five collapsed batch dims (one outside the kernel)
  ];
  const batch = new Batch();
  for (const [ba, bb] of batches) {
    for (const [M, K, N] of [[3, 5, 7], [33, 40, 17], [5, 1, 9], [1, 65, 1], [33, 40, 65]]) {
      for (const [tA, tB] of TRANSPOSES) check(batch, r, seed, ba, bb, M, K, N, tA, tB);
    }
  }
  await batch.run();
}, { gpu: true });

testEachBackend("matmul cuts wide products into column blocks", async () => {
  // K·N above the 2M floats of one packed block of B: two column blocks.
  const seed = freshSeed();
  const r = rng(seed);
  const batch = new Batch();
  check(batch, r, seed, [], [], 7, 1100, 1950, false, false);
  check(batch, r, seed, [], [], 7, 1100, 1950, true, true);
  await batch.run();
}, { gpu: true });

Deno.test({
  name: "matmul's WebGPU paths (one thread per output, tiles, split along k) match the reference",
  ignore: !gpuAvailable,
  fn: async () => {
    // Each path forced in turn on sizes that reach every edge: the heuristics
    // pick them by size, which the other tests cannot all reach on llvmpipe.
    const seed = freshSeed();
    const r = rng(seed);
    tf.setBackend("webgpu");
    try {
      for (const force of ["simple", "tile64", "tile128", "split"] as const) {
        gemmTuning.force = force;
        const batch = new Batch();
        for (const [M, K, N] of [[37, 75, 29], [64, 64, 96], [1, 40, 1], [70, 1030, 45]]) {
          for (const [tA, tB] of TRANSPOSES) check(batch, r, seed, [], [], M, K, N, tA, tB);
        }
        check(batch, r, seed, [3, 1], [2], 20, 33, 40, true, false);
        await batch.run();
      }
    } finally {
      gemmTuning.force = null;
      tf.setBackend("auto");
    }
  },
});

Deno.test({
  name: "every tiled GEMM program of a real GPU's shapes passes WGSL validation",
  ignore: !gpuAvailable,
  fn: async () => {
    // llvmpipe runs smaller tiles (its compile time grows steeply with the
    // workgroup memory); the real-GPU shapes are validated and built here.
    const { gpuValidateTiles } = await import("../gpu/kernels/matmul.ts");
    const errors = await gpuValidateTiles();
    assertEquals(errors, []);
  },
});

testEachBackend("matmul with zero-size dimensions", async () => {
  // k = 0: an empty sum, every element 0.
  const z = tf.matmul(tf.zeros([3, 0]), tf.zeros([0, 4]));
  assertEquals(z.shape, [3, 4]);
  assertEquals(Array.from(await z.data()), new Array(12).fill(0));
  const big = tf.matmul(tf.zeros([2, 20, 0]), tf.zeros([0, 30]));
  assertEquals(big.shape, [2, 20, 30]);
  assertEquals((await big.data()).every((v) => v === 0), true);
  const tiled = tf.matmul(tf.zeros([2, 70, 0]), tf.zeros([0, 90]));
  assertEquals((await tiled.data()).every((v) => v === 0), true);
  assertEquals(tf.matmul(tf.zeros([0, 5]), tf.zeros([5, 4])).shape, [0, 4]);
  assertEquals(tf.matmul(tf.zeros([3, 5]), tf.zeros([5, 0])).shape, [3, 0]);
  assertEquals(tf.matmul(tf.zeros([0, 3, 5]), tf.zeros([5, 2])).shape, [0, 3, 2]);
  assertEquals(tf.matmul(tf.zeros([2, 0, 5]), tf.zeros([1, 0, 3]), true).shape, [2, 5, 3]);
  const ti = tf.matmul(tf.zeros([2, 0, 5], "int32"), tf.zeros([1, 0, 3], "int32"), true);
  assertEquals(Array.from(await ti.data()), new Array(30).fill(0));
}, { gpu: true });

testEachBackend("matmul propagates NaN and infinities", async () => {
  for (const n of [3, 40, 100]) {
    const a = new Float32Array(n * n).fill(1);
    const b = new Float32Array(n * n).fill(1);
    a[1 * n + 2] = NaN; // row 1 of the product becomes NaN
    b[0 * n + n - 1] = Infinity; // column n-1 becomes +Inf (rows without NaN)
    const c = await tf.matmul(tf.constant(a, { shape: [n, n] }), tf.constant(b, { shape: [n, n] }))
      .data();
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const v = c[i * n + j];
        if (i === 1) assertEquals(Number.isNaN(v), true, `n=${n} (${i},${j}) = ${v}`);
        else if (j === n - 1) assertEquals(v, Infinity, `n=${n} (${i},${j})`);
        else assertEquals(v, n, `n=${n} (${i},${j})`);
      }
    }
  }
}, { gpu: true });

testEachBackend("matmul on int32 is exact (wrapping), with transposes and batches", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const ri = (n: number) => Int32Array.from({ length: n }, () => Math.floor(r() * 41) - 20);
  const batch = new Batch();
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
      batch.data(
        out,
        (d) => assertEquals(Array.from(d), Array.from(ref.data), `seed=${seed} ${sa} ${sb}`),
      );
    }
  }
  await batch.run();
  // 2^31 wraps to -2^31, as TensorFlow's int32 arithmetic does.
  const big = tf.constant([[65536]], { dtype: "int32" });
  assertEquals(
    (await tf.matmul(big, tf.constant([[32768]], { dtype: "int32" })).data())[0],
    -(2 ** 31),
  );
}, { gpu: true });

testEachBackend("matmul accepts plain arrays, and the Tensor method delegates", async () => {
  assertEquals(await tf.matmul([[1, 2], [3, 4]], [[5], [6]]).array(), [[17], [39]]);
  const a = tf.constant([[1, 2], [3, 4]]);
  assertEquals(await a.matmul(a, true).array(), [[10, 14], [14, 20]]);
  assertEquals(await a.matmul([[1, 0], [0, 1]], false, true).array(), [[1, 2], [3, 4]]);
  // The tutorial's shape: a 2×2 by 2×1, many times.
  let y = tf.constant([[1], [1]]);
  const m = tf.constant([[0.5, 0], [0, 0.5]]);
  for (let i = 0; i < 1000; i++) y = tf.matmul(m, y);
  assertEquals(y.shape, [2, 1]);
  assertEquals(await y.array(), [[0], [0]]); // 2^-1000 underflows
}, { gpu: true });

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

// ---------------------------------------------------------------- gradients

const GRAD_CASES: [number[], number[], number, number, number][] = [
  [[], [], 3, 5, 2],
  [[], [], 17, 9, 33], // packed kernel
  [[2, 1], [3], 3, 4, 5],
  [[], [3], 2, 5, 4],
  [[4], [], 3, 2, 6],
];

/** Runs the tape over matmul at every gradient case (for `allOnGpu`). */
function matmulGrads(): void {
  for (const [ba, bb, M, K, N] of GRAD_CASES) {
    for (const [tA, tB] of TRANSPOSES) {
      const a = tf.ones(stored(ba, M, K, tA)), b = tf.ones(stored(bb, K, N, tB));
      const tape = new tf.GradientTape();
      tape.watch([a, b]);
      const c = tape.record(() => tf.matmul(a, b, tA, tB));
      tape.gradient(c, [a, b]);
    }
  }
}

testEachBackend("matmul gradients through the tape: every transpose, broadcast batch dims", async (
  _t,
  backend,
) => {
  // Finite differences along random directions (tf.test.checkGradients); the
  // tape sums the full-batch gradients back to each input's shape.
  const seed = freshSeed();
  const r = rng(seed);
  const cases = GRAD_CASES;
  for (const [ba, bb, M, K, N] of cases) {
    for (const [tA, tB] of TRANSPOSES) {
      const sa = stored(ba, M, K, tA), sb = stored(bb, K, N, tB);
      const a = tf.constant(randomArray(r, numel(sa)), { shape: sa });
      const b = tf.constant(randomArray(r, numel(sb)), { shape: sb });
      const what = `seed=${seed} a=${JSON.stringify(sa)} b=${JSON.stringify(sb)} tA=${tA} tB=${tB}`;
      const res = await checkGradientsOn(backend, (x, y) => tf.matmul(x, y, tA, tB), [a, b], {
        seed,
        throwOnFailure: false,
      });
      if (!(res.maxError < 1e-2)) throw new Error(`${what}: ${JSON.stringify(res.pairs)}`);
      const tape = new tf.GradientTape();
      tape.watch([a, b]);
      const c = tape.record(() => tf.matmul(a, b, tA, tB));
      const [da, db] = tape.gradient(c, [a, b]);
      assertEquals(da!.shape, sa, what);
      assertEquals(db!.shape, sb, what);
    }
  }
  // Hand-derived: L = Σ (A B), dL/dA = 1·Bᵀ (row sums of B), dL/dB = Aᵀ·1 (column sums of A).
  const A = new tf.Variable([[1, 2], [3, 4], [5, 6]]), B = new tf.Variable([[1, -1], [2, 0.5]]);
  const tape = new tf.GradientTape();
  const L = tape.record(() => tf.reduceSum(tf.matmul(A, B)));
  const [dA, dB] = tape.gradient(L, [A, B]);
  assertEquals(await dA!.array(), [[0, 2.5], [0, 2.5], [0, 2.5]]);
  assertEquals(await dB!.array(), [[9, 9], [12, 12]]);
}, { gpu: allOnGpu(matmulGrads) });

const DOT_GRADS: [string, (x: tf.Tensor, y: tf.Tensor) => tf.Tensor, number[], number[]][] = [
  ["bhqd,bhkd->bhqk", (x, y) => tf.einsum("bhqd,bhkd->bhqk", x, y), [2, 3, 4, 5], [2, 3, 6, 5]],
  ["bqhd,bkhd->bhqk", (x, y) => tf.einsum("bqhd,bkhd->bhqk", x, y), [2, 4, 3, 5], [2, 6, 3, 5]],
  ["ij,kl->", (x, y) => tf.einsum("ij,kl->", x, y), [2, 3], [4, 5]],
  ["...ij,...jk", (x, y) => tf.einsum("...ij,...jk", x, y), [3, 1, 2, 4], [5, 4, 6]],
  ["tensordot 2 axes", (x, y) => tf.tensordot(x, y, [[0, 2], [1, 0]]), [2, 3, 4], [4, 2, 5]],
];

/** Runs the tape over each tensordot/einsum case (for `allOnGpu`). */
function dotGrads(): void {
  for (const [, f, sa, sb] of DOT_GRADS) {
    const a = tf.ones(sa), b = tf.ones(sb);
    const tape = new tf.GradientTape();
    tape.watch([a, b]);
    const c = tape.record(() => f(a, b));
    tape.gradient(tf.reduceSum(c), [a, b]);
  }
}

testEachBackend("tensordot and einsum gradients through the tape", async (_t, backend) => {
  const seed = freshSeed();
  const r = rng(seed);
  const t = (s: number[]) => tf.constant(randomArray(r, numel(s)), { shape: s });
  for (const [name, f, sa, sb] of DOT_GRADS) {
    const res = await checkGradientsOn(backend, f, [t(sa), t(sb)], {
      seed,
      throwOnFailure: false,
    });
    if (!(res.maxError < 1e-2)) {
      throw new Error(`${name} seed=${seed}: ${JSON.stringify(res.pairs)}`);
    }
  }
}, { gpu: allOnGpu(dotGrads) });

// ---------------------------------------------------------------- tensordot, einsum

/** float64 einsum by brute force over every label assignment (the test's reference). */
function refEinsum(eq: string, ops: { data: ArrayLike<number>; shape: number[] }[]): Ref {
  const [lhs, rhs] = eq.split("->");
  const terms = lhs.split(",");
  const size = new Map<string, number>();
  terms.forEach((t, i) => [...t].forEach((l, ax) => size.set(l, ops[i].shape[ax])));
  const out = rhs ??
    [...new Set(lhs.replace(/,/g, ""))].filter((l) => lhs.split(l).length === 2).sort().join("");
  const labels = [...size.keys()];
  const shape = [...out].map((l) => size.get(l)!);
  const data = new Float64Array(numel(shape)), mag = new Float64Array(numel(shape));
  const val = new Map<string, number>(labels.map((l) => [l, 0]));
  const flat = (t: string, s: number[]) =>
    [...t].reduce((acc, l, i) => acc * s[i] + val.get(l)!, 0);
  const total = labels.reduce((n, l) => n * size.get(l)!, 1);
  for (let it = 0; it < total; it++) {
    let rem = it;
    for (const l of labels) {
      val.set(l, rem % size.get(l)!);
      rem = Math.floor(rem / size.get(l)!);
    }
    let p = 1;
    terms.forEach((t, i) => (p *= ops[i].data[flat(t, ops[i].shape)]));
    const o = flat(out, shape);
    data[o] += p;
    mag[o] += Math.abs(p);
  }
  return { data, mag, shape };
}

function checkEinsum(
  batch: Batch,
  r: () => number,
  seed: number,
  eq: string,
  sizes: Record<string, number>,
  dtype: "float32" | "int32" = "float32",
): void {
  const terms = eq.split("->")[0].split(",");
  const ops = terms.map((t) => {
    const shape = [...t].map((l) => sizes[l]);
    const n = numel(shape);
    const data = dtype === "int32"
      ? Int32Array.from({ length: n }, () => Math.floor(r() * 11) - 5)
      : randomArray(r, n);
    return { data, shape };
  });
  const got = tf.einsum(eq, ...ops.map((o) => tf.constant(o.data, { shape: o.shape })));
  const ref = refEinsum(eq, ops);
  const what = `einsum "${eq}" ${JSON.stringify(sizes)} seed=${seed}`;
  assertEquals(got.shape, ref.shape, what);
  assertEquals(got.dtype, dtype, what);
  const K = Math.max(1, ...Object.values(sizes)) ** 2;
  if (dtype === "int32") {
    batch.data(got, (d) => assertEquals(Array.from(d), Array.from(ref.data), what));
  } else batch.data(got, (d) => assertMatmulClose(d, ref, K, what));
}

const EINSUMS = [
  "ij,jk->ik", // matrix product
  "ij,kj->ik", // a·bᵀ
  "ji,jk->ik", // aᵀ·b
  "ji,kj->ik",
  "bij,bjk->bik", // batched product
  "bhqd,bhkd->bhqk", // attention scores
  "bhqk,bhkd->bhqd", // attention output
  "bqhd,bkhd->bhqk", // heads in the middle: needs copies
  "i,i->", // dot
  "i,j->ij", // outer
  "bi,bj->bij", // batched outer
  "ij,j->i", // matrix-vector
  "j,jk->k",
  "ij->ji", // transpose
  "ijk->kij",
  "ij->i", // row sums
  "ij->j",
  "ij->",
  "ij->ij",
  "ij,ij->ij", // elementwise
  "ij,ij->", // Frobenius product
  "ij,ij->i",
  "abc,cd->abd", // tensordot-like
  "abc,bd->acd", // contracting a middle axis
  "ij,kl->", // sums of each, multiplied
  "ij,jk", // implicit output: ik
  "ba,ca", // implicit: bc
  "ijk,jl,lm->ikm", // three operands
  "ij,jk,kl->il",
];

/** Runs every einsum of the tests once on small operands (for `allOnGpu`). */
function einsums(): void {
  for (const eq of EINSUMS) {
    const terms = eq.split("->")[0].split(",");
    tf.einsum(eq, ...terms.map((t) => tf.ones([...t].map(() => 2))));
  }
  tf.einsum("...ij,...jk->...ik", tf.ones([3, 1, 2, 4]), tf.ones([5, 4, 6]));
  tf.einsum("ij,jk->ik", tf.ones([2, 3], "int32"), tf.ones([3, 2], "int32"));
  tf.tensordot(tf.ones([2, 3, 4]), tf.ones([4, 2, 5]), [[0, 2], [1, 0]]);
  tf.tensordot(tf.ones([3, 4]), tf.ones([5, 6]), 0);
}

testEachBackend("einsum matches a brute-force float64 reference", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const batch = new Batch();
  const pick = () => [1, 2, 3, 5, 7][Math.floor(r() * 5)];
  for (const eq of EINSUMS) {
    const labels = [...new Set(eq.replace(/[^a-z]/g, ""))];
    const sizes = Object.fromEntries(labels.map((l) => [l, pick()]));
    checkEinsum(batch, r, seed, eq, sizes);
    // Larger sizes: packed kernels, heap-resident tensors.
    const big = Object.fromEntries(labels.map((l, i) => [l, [33, 9, 5, 3][i % 4]]));
    checkEinsum(batch, r, seed, eq, big);
  }
  checkEinsum(batch, r, seed, "ij,jk->ik", { i: 3, j: 0, k: 4 }); // empty sum: zeros
  checkEinsum(batch, r, seed, "bhqd,bhkd->bhqk", { b: 2, h: 0, q: 3, k: 4, d: 5 });
  for (const eq of ["ij,jk->ik", "bhqd,bhkd->bhqk", "ij->i", "i,j->ij"]) {
    const labels = [...new Set(eq.replace(/[^a-z]/g, ""))];
    const sizes = Object.fromEntries(labels.map((l) => [l, pick() + 2]));
    checkEinsum(batch, r, seed, eq, sizes, "int32");
  }
  await batch.run();
}, { gpu: allOnGpu(einsums) });

testEachBackend("einsum: ellipsis broadcasting, spaces, capital letters", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const a = randomArray(r, 3 * 2 * 4), b = randomArray(r, 5 * 4 * 6);
  const got = tf.einsum(
    "... i j , ... j k -> ... i k",
    tf.constant(a, { shape: [3, 1, 2, 4] }),
    tf.constant(b, { shape: [5, 4, 6] }),
  );
  const ref = refMatmul(a, [3, 1, 2, 4], b, [5, 4, 6]);
  assertEquals(got.shape, [3, 5, 2, 6]);
  assertMatmulClose(await got.data(), ref, 4, `seed=${seed}`);
  // Implicit output with "...": the ellipsis axes come first.
  assertEquals(tf.einsum("...ij,...jk", tf.ones([2, 3, 4]), tf.ones([4, 5])).shape, [2, 3, 5]);
  assertEquals(tf.einsum("Ij,jK->IK", tf.ones([2, 3]), tf.ones([3, 4])).shape, [2, 4]);
  assertEquals(tf.einsum("i...->...i", tf.ones([2, 3, 4])).shape, [3, 4, 2]);
}, { gpu: allOnGpu(einsums) });

testEachBackend("tensordot matches the reference for every form of axes", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const batch = new Batch();
  const cases: [number[], number[], number | [number | number[], number | number[]], string][] = [
    [[3, 4], [4, 5], 1, "ij,jk->ik"],
    [[2, 3, 4], [3, 4, 5], 2, "ijk,jkl->il"],
    [[3, 4], [5, 6], 0, "ij,kl->ijkl"],
    [[3, 4], [3, 4], [[0, 1], [0, 1]], "ij,ij->"],
    [[4, 3], [5, 4], [0, 1], "ji,kj->ik"],
    [[2, 3, 4], [4, 2, 5], [[0, 2], [1, 0]], "ijk,kil->jl"],
    [[2, 3, 4], [5, 3], [[-2], [-1]], "ijk,lj->ikl"],
    [[33, 17, 5], [5, 17, 9], [[1, 2], [1, 0]], "ijk,kjl->il"],
  ];
  for (const [sa, sb, axes, eq] of cases) {
    const a = randomArray(r, numel(sa)), b = randomArray(r, numel(sb));
    const got = tf.tensordot(tf.constant(a, { shape: sa }), tf.constant(b, { shape: sb }), axes);
    const ref = refEinsum(eq, [{ data: a, shape: sa }, { data: b, shape: sb }]);
    const what = `tensordot ${JSON.stringify(sa)} ${JSON.stringify(sb)} ${
      JSON.stringify(axes)
    } seed=${seed}`;
    assertEquals(got.shape, ref.shape, what);
    batch.data(got, (d) => assertMatmulClose(d, ref, 100, what));
  }
  await batch.run();
}, { gpu: allOnGpu(einsums) });

testEachBackend("tensordot and einsum reject bad input with clear errors", () => {
  const a = tf.zeros([2, 3]), b = tf.zeros([4, 5]);
  assertThrows(() => tf.tensordot(a, b, 1), RangeError, "tensordot", "(2, 3)", "(4, 5)", "3", "4");
  assertThrows(() => tf.tensordot(a, b, 3), RangeError, "tensordot", "axes=3");
  assertThrows(() => tf.tensordot(a, b, [[0], [0, 1]]), RangeError, "tensordot", "length");
  assertThrows(() => tf.tensordot(a, b, [[2], [0]]), RangeError, "tensordot", "axis 2");
  assertThrows(() => tf.tensordot(a, tf.zeros([3], "int32"), 1), TypeError, "tensordot", "int32");
  assertThrows(() => tf.einsum("ij,jk->ik", a), RangeError, "einsum", "2 operand", "1 were given");
  assertThrows(() => tf.einsum("ijk->i", a), RangeError, "einsum", "3 label", "rank 2", "(2, 3)");
  assertThrows(
    () => tf.einsum("ii->i", tf.zeros([3, 3])),
    RangeError,
    "einsum",
    "repeats",
    "diagonal",
  );
  assertThrows(() => tf.einsum("ij->k", a), RangeError, "einsum", '"k"', "no operand");
  assertThrows(() => tf.einsum("ij->ii", a), RangeError, "einsum", "repeats");
  assertThrows(() => tf.einsum("ij,jk->ik", a, b), RangeError, "einsum", '"j"', "size 3", "4");
  assertThrows(() => tf.einsum("i1,jk->ik", a, b), RangeError, "einsum", "letters");
  assertThrows(() => tf.einsum("...ij->ij", tf.zeros([2, 2, 3])), RangeError, "einsum", "...");
  assertThrows(
    () => tf.einsum("ij,jk", a, tf.zeros([3, 2], "int32")),
    TypeError,
    "einsum",
    "int32",
  );
  // Still fully usable afterwards.
  assertEquals(tf.einsum("ij,jk", [[1, 2]], [[3], [4]]).arraySync(), [[11]]);
  assertEquals(tf.tensordot([[1, 2]], [[3], [4]], 1).arraySync(), [[11]]);
});
