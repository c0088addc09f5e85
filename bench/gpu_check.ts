// The real-GPU check of issue 6 (item 7): one script, run once whenever a GPU
// is lent (see ../shared/gpu/README.md):
//
//   bash .gpu/setup.sh && .gpu/deno run -A bench/gpu_check.ts
//
// 1. the adapter: its description, features and limits; a fallback (software)
//    adapter is named as such and no speed is reported as GPU speed;
// 2. parity: every op in PARITY runs on wasm and on WebGPU from the same
//    random inputs and the results are compared (a table; ops that have a
//    WGSL kernel but no row are listed, so each family can add its rows);
// 3. timings: matmul f32 at 1024/2048/4096 (TFLOP/s; several products
//    queued, then one wait; GPU time from timestamp queries when the adapter
//    has them, wall time around the batch too; the default program and each
//    tiled program, to tune the choice between them), elementwise add over 64M
//    floats (TB/s), an MLP 784-128-10 training step at batch 1024 without a
//    readback per step, a Keras fit of the same MLP on WebGPU beside wasm,
//    the size from which an add pays on the GPU (the placement threshold),
//    and the time of one readback;
// 4. a short table last.
//
// On the software adapter (llvmpipe) it runs in a few minutes with smaller
// sizes, to try the script: its timings are labelled "software adapter: not
// GPU speed". Options: --no-parity, --no-timings, --quick (fewer repetitions).

import * as tf from "../mod.ts";
import { gpu } from "../gpu/device.ts";
import { sync, timeNextPass } from "../gpu/queue.ts";
import { gemmTuning } from "../gpu/kernels/matmul.ts";

const args = new Set(Deno.args);
const QUICK = args.has("--quick");

// ---------------------------------------------------------------- adapter

if (!(await tf.initWebGPU()) || gpu === null) {
  console.log("No WebGPU adapter: nothing to check (every op runs on wasm).");
  Deno.exit(1);
}
const g = gpu;
const SOFTWARE = g.isFallback;
const SPEED_NOTE = SOFTWARE ? " (software adapter: not GPU speed)" : "";
console.log(`# tapeflow GPU check, ${new Date().toISOString().slice(0, 10)}`);
console.log(`adapter: ${g.description}${SOFTWARE ? " (FALLBACK / software adapter)" : ""}`);
console.log(`features: ${[...g.features].sort().join(", ") || "(none)"}`);
console.log(
  `limits: workgroup storage ${g.limits.maxComputeWorkgroupStorageSize} B, storage binding ` +
    `${g.limits.maxStorageBufferBindingSize} B, max buffer ${g.limits.maxBufferSize} B`,
);
if (SOFTWARE) {
  console.log(
    "This is a software adapter: parity is checked, timings run at smaller sizes and are " +
      "not GPU speed.",
  );
}

// ---------------------------------------------------------------- inputs

/** mulberry32: seeded floats in [0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = Number(Deno.env.get("TAPEFLOW_SEED") ?? (Math.random() * 2 ** 31) | 0);
const r = rng(SEED);

/** A CPU tensor of uniform floats in [lo, hi). */
function rand(shape: number[], lo = -1, hi = 1): tf.Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const d = new Float32Array(n);
  for (let i = 0; i < n; i++) d[i] = lo + (hi - lo) * r();
  return tf.constant(d, { shape });
}
/** A CPU int32 tensor of uniform integers in [lo, hi). */
function randInt(shape: number[], lo = -20, hi = 20): tf.Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  return tf.constant(Int32Array.from({ length: n }, () => lo + Math.floor((hi - lo) * r())), {
    shape,
    dtype: "int32",
  });
}
/** A CPU float32 tensor of integers in [-2, 2] (comparisons see ties). */
function smallInts(shape: number[]): tf.Tensor {
  return tf.cast(randInt(shape, -2, 3), "float32");
}
const MINUS1 = tf.constant(-1, { dtype: "int32" });
/** A CPU bool tensor. */
function randBool(shape: number[]): tf.Tensor {
  return tf.less(rand(shape), 0);
}

// ---------------------------------------------------------------- parity table

/**
 * One parity row: `run` is called on the wasm backend and on WebGPU with the
 * same (CPU) inputs from `inputs`; the results must agree within `tol`
 * (|gpu - wasm| <= atol + rtol |wasm|; NaN matches NaN, infinities exactly).
 * `op` is the op's declared name (for the coverage list); add rows for your
 * family's ops here.
 */
interface ParityRow {
  op: string;
  /** What the row exercises (shapes, options). */
  what: string;
  inputs: () => tf.Tensor[];
  run: (...xs: tf.Tensor[]) => tf.Tensor | tf.Tensor[];
  tol?: { rtol: number; atol: number };
}

const EXACT = { rtol: 0, atol: 0 };
const ULP = { rtol: 2e-6, atol: 1e-7 };
const SUM = { rtol: 1e-4, atol: 1e-4 };
const DOT = { rtol: 1e-3, atol: 1e-3 };

const img = [2, 17, 15, 5];

const PARITY: ParityRow[] = [
  // ---- arithmetic
  ...["add", "subtract", "multiply", "divide", "maximum", "minimum", "squaredDifference"].map((
    op,
  ) => ({
    op,
    what: "[33, 17] with [17] (broadcast) and [1000] vec4",
    inputs: () => [rand([33, 17]), rand([17]), rand([1000]), rand([1000])],
    run: (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor, d: tf.Tensor) => {
      const f = (tf as unknown as Record<string, (x: tf.Tensor, y: tf.Tensor) => tf.Tensor>)[op];
      return [f(a, b), f(c, d)];
    },
    tol: ULP,
  })),
  {
    op: "pow",
    what: "[300] positive bases",
    inputs: () => [rand([300], 0.1, 3), rand([300], -2, 2)],
    run: (a, b) => tf.pow(a, b),
    tol: { rtol: 1e-5, atol: 1e-6 },
  },
  {
    op: "floorDiv",
    what: "int32 with negatives",
    inputs: () => [randInt([300]), randInt([300], 1, 9)],
    run: (a, b) => [tf.floorDiv(a, b), tf.floorDiv(a, tf.multiply(b, MINUS1))],
    tol: EXACT,
  },
  {
    op: "mod",
    what: "int32 with negatives",
    inputs: () => [randInt([300]), randInt([300], 1, 9)],
    run: (a, b) => [tf.mod(a, b), tf.mod(a, tf.multiply(b, MINUS1))],
    tol: EXACT,
  },
  // ---- compare
  ...["equal", "notEqual", "less", "lessEqual", "greater", "greaterEqual"].map((op) => ({
    op,
    what: "[40, 9] with [9]",
    inputs: () => [smallInts([40, 9]), smallInts([9])],
    run: (a: tf.Tensor, b: tf.Tensor) =>
      (tf as unknown as Record<string, (x: tf.Tensor, y: tf.Tensor) => tf.Tensor>)[op](a, b),
    tol: EXACT,
  })),
  ...["logicalAnd", "logicalOr", "logicalXor"].map((op) => ({
    op,
    what: "bool [300]",
    inputs: () => [randBool([300]), randBool([300])],
    run: (a: tf.Tensor, b: tf.Tensor) =>
      (tf as unknown as Record<string, (x: tf.Tensor, y: tf.Tensor) => tf.Tensor>)[op](a, b),
    tol: EXACT,
  })),
  {
    op: "logicalNot",
    what: "bool [300]",
    inputs: () => [randBool([300])],
    run: (a) => tf.logicalNot(a),
    tol: EXACT,
  },
  {
    op: "where",
    what: "[20, 30] broadcast",
    inputs: () => [randBool([20, 1]), rand([20, 30]), rand([30])],
    run: (c, a, b) => tf.where(c, a, b),
    tol: EXACT,
  },
  {
    op: "cast",
    what: "float32 -> int32 -> bool",
    inputs: () => [rand([500], -50, 50)],
    run: (a) => [tf.cast(a, "int32"), tf.cast(a, "bool")],
    tol: EXACT,
  },
  {
    op: "clipByValue",
    what: "[500]",
    inputs: () => [rand([500])],
    run: (a) => tf.clipByValue(a, -0.5, 0.25),
    tol: EXACT,
  },
  // ---- reduce
  ...["reduceSum", "reduceMean", "reduceMax", "reduceMin", "reduceLogSumExp"].map((op) => ({
    op,
    what: "[37, 300] over axis 0, axis 1, all",
    inputs: () => [rand([37, 300])],
    run: (a: tf.Tensor) => {
      const f = (tf as unknown as Record<string, (x: tf.Tensor, ax?: number) => tf.Tensor>)[op];
      return [f(a, 0), f(a, 1), f(a)];
    },
    tol: SUM,
  })),
  {
    op: "reduceProd",
    what: "[37, 30] axis 1",
    inputs: () => [rand([37, 30], 0.5, 1.5)],
    run: (a) => tf.reduceProd(a, 1),
    tol: SUM,
  },
  {
    op: "reduceAll",
    what: "bool [40, 9] axis 1",
    inputs: () => [randBool([40, 9])],
    run: (a) => tf.reduceAll(a, 1),
    tol: EXACT,
  },
  {
    op: "reduceAny",
    what: "bool [40, 9] axis 0",
    inputs: () => [randBool([40, 9])],
    run: (a) => tf.reduceAny(a, 0),
    tol: EXACT,
  },
  ...["argMax", "argMin"].map((op) => ({
    op,
    what: "[37, 300] axis 1",
    inputs: () => [rand([37, 300])],
    run: (a: tf.Tensor) =>
      (tf as unknown as Record<string, (x: tf.Tensor, ax?: number) => tf.Tensor>)[op](a, 1),
    tol: EXACT,
  })),
  {
    op: "cumsum",
    what: "[37, 300] axis 1",
    inputs: () => [rand([37, 300])],
    run: (a) => tf.cumsum(a, 1),
    tol: SUM,
  },
  ...["softmax", "logSoftmax"].map((op) => ({
    op,
    what: "[64, 10]",
    inputs: () => [rand([64, 10], -5, 5)],
    run: (a: tf.Tensor) => (tf as unknown as Record<string, (x: tf.Tensor) => tf.Tensor>)[op](a),
    tol: { rtol: 1e-5, atol: 1e-6 },
  })),
  // ---- creation
  {
    op: "fill",
    what: "[1000]",
    inputs: () => [],
    run: () => tf.fill([1000], 2.5),
    tol: EXACT,
  },
  {
    op: "range",
    what: "0..1000",
    inputs: () => [],
    run: () => tf.range(0, 1000, 1),
    tol: EXACT,
  },
  {
    op: "linspace",
    what: "-1..1, 333",
    inputs: () => [],
    run: () => tf.linspace(-1, 1, 333),
    tol: ULP,
  },
  {
    op: "eye",
    what: "17",
    inputs: () => [],
    run: () => tf.eye(17),
    tol: EXACT,
  },
  // ---- random (Philox, counter-based: the same stream on both backends)
  ...(["uniform", "normal", "truncatedNormal"] as const).map((kind) => ({
    op: `random.${kind}`,
    what: "[1000] after setSeed(7)",
    inputs: () => [],
    run: () => {
      tf.random.setSeed(7);
      return tf.random[kind]([1000]);
    },
    // normals go through log/sqrt/cos, whose WGSL rounding differs by a few ulp
    tol: kind === "uniform" ? ULP : { rtol: 1e-4, atol: 1e-5 },
  })),
  // ---- linalg
  ...([[false, false], [false, true], [true, false], [true, true]] as const).map(([tA, tB]) => ({
    op: "matmul",
    what: `tA=${tA} tB=${tB}: 7x5x9, 130x67x129, 256x512x128, batch [3,1]x[2]`,
    inputs: () => [
      rand(tA ? [5, 7] : [7, 5]),
      rand(tB ? [9, 5] : [5, 9]),
      rand(tA ? [67, 130] : [130, 67]),
      rand(tB ? [129, 67] : [67, 129]),
      rand(tA ? [512, 256] : [256, 512]),
      rand(tB ? [128, 512] : [512, 128]),
      rand(tA ? [3, 1, 40, 33] : [3, 1, 33, 40]),
      rand(tB ? [2, 70, 40] : [2, 40, 70]),
    ],
    run: (...x: tf.Tensor[]) => [
      tf.matmul(x[0], x[1], tA, tB),
      tf.matmul(x[2], x[3], tA, tB),
      tf.matmul(x[4], x[5], tA, tB),
      tf.matmul(x[6], x[7], tA, tB),
    ],
    tol: DOT,
  })),
  {
    op: "matmul",
    what: "int32 33x17x20",
    inputs: () => [randInt([33, 17]), randInt([17, 20])],
    run: (a, b) => tf.matmul(a, b),
    tol: EXACT,
  },
  {
    op: "matmul",
    what: "split along k: 64x8192x48",
    inputs: () => [rand([64, 8192]), rand([8192, 48])],
    run: (a, b) => tf.matmul(a, b),
    tol: { rtol: 1e-3, atol: 2e-3 },
  },
  // ---- conv
  {
    op: "conv2d",
    what: `${JSON.stringify(img)} 3x3x5x8 SAME s1, VALID s2 d2`,
    inputs: () => [rand(img), rand([3, 3, 5, 8])],
    run: (x, f) => [tf.conv2d(x, f, 1, "SAME"), tf.conv2d(x, f, 2, "VALID", 2)],
    tol: DOT,
  },
  {
    op: "conv2dBackpropInput",
    what: "SAME s2 (the transposed convolution)",
    inputs: () => [rand([3, 3, 5, 8]), rand([2, 9, 8, 8])],
    run: (f, dy) => tf.conv2dBackpropInput(img, f, dy, 2, "SAME"),
    tol: DOT,
  },
  {
    op: "conv2dBackpropFilter",
    what: "SAME s1, 510 pixels",
    inputs: () => [rand(img), rand([2, 17, 15, 8])],
    run: (x, dy) => tf.conv2dBackpropFilter(x, [3, 3, 5, 8], dy, 1, "SAME"),
    tol: DOT,
  },
  {
    op: "depthwiseConv2d",
    what: "3x3, multiplier 2, SAME s2",
    inputs: () => [rand(img), rand([3, 3, 5, 2])],
    run: (x, f) => tf.depthwiseConv2d(x, f, 2, "SAME"),
    tol: DOT,
  },
  {
    op: "depthwiseConv2dBackpropInput",
    what: "3x3, multiplier 2, SAME s2",
    inputs: () => [rand([3, 3, 5, 2]), rand([2, 9, 8, 10])],
    run: (f, dy) => tf.depthwiseConv2dBackpropInput(img, f, dy, 2, "SAME"),
    tol: DOT,
  },
  {
    op: "depthwiseConv2dBackpropFilter",
    what: "3x3, multiplier 2, SAME s2",
    inputs: () => [rand(img), rand([2, 9, 8, 10])],
    run: (x, dy) => tf.depthwiseConv2dBackpropFilter(x, [3, 3, 5, 2], dy, 2, "SAME"),
    tol: DOT,
  },
  ...["maxPool", "avgPool"].map((op) => ({
    op,
    what: "3x3 s2 SAME",
    inputs: () => [rand(img)],
    run: (x: tf.Tensor) =>
      (tf as unknown as Record<string, (...a: unknown[]) => tf.Tensor>)[op](x, 3, 2, "SAME"),
    tol: { rtol: 1e-6, atol: 1e-6 },
  })),
  {
    op: "maxPoolGrad",
    what: "3x3 s2 SAME",
    inputs: () => [rand(img), rand([2, 9, 8, 5])],
    run: (x, dy) => tf.maxPoolGrad(x, tf.maxPool(x, 3, 2, "SAME"), dy, 3, 2, "SAME"),
    tol: { rtol: 1e-5, atol: 1e-6 },
  },
  {
    op: "maxPoolGradGrad",
    what: "3x3 s2 SAME",
    inputs: () => [rand(img), rand(img)],
    run: (x, ddx) => tf.maxPoolGradGrad(x, tf.maxPool(x, 3, 2, "SAME"), ddx, 3, 2, "SAME"),
    tol: EXACT,
  },
  {
    op: "avgPoolGrad",
    what: "3x3 s2 SAME",
    inputs: () => [rand([2, 9, 8, 5])],
    run: (dy) => tf.avgPoolGrad(img, dy, 3, 2, "SAME"),
    tol: { rtol: 1e-5, atol: 1e-6 },
  },
  // ---- unary (gpu/kernels/unary.ts; GPU bounds in tests/_ulp.ts)
  ...([
    ["neg", -10, 10],
    ["abs", -10, 10],
    ["sign", -3, 3],
    ["square", -100, 100],
    ["sqrt", 0, 100],
    ["rsqrt", 0.01, 100],
    ["reciprocal", -10, 10],
    ["exp", -100, 88],
    ["expm1", -20, 20],
    ["log", 1e-6, 1e4],
    ["log1p", -0.99, 20],
    ["sin", -1e4, 1e4],
    ["cos", -1e4, 1e4],
    ["tanh", -10, 10],
    ["sigmoid", -100, 40],
    ["softplus", -100, 40],
    ["relu", -3, 3],
    ["relu6", -3, 9],
    ["leakyRelu", -3, 3],
    ["elu", -20, 5],
    ["selu", -20, 5],
    ["gelu", -12, 6],
    ["erf", -5, 5],
    ["floor", -10, 10],
    ["ceil", -10, 10],
    ["round", -10, 10],
  ] as [string, number, number][]).map(([op, lo, hi]) => ({
    op,
    what: `float32 [1003] in [${lo}, ${hi}]`,
    inputs: () => [rand([1003], lo, hi)],
    run: (x: tf.Tensor) => (tf as unknown as Record<string, (x: tf.Tensor) => tf.Tensor>)[op](x),
    // the GPU bounds are up to 12 ulp (gelu): ~1.5e-6 relative
    tol: { rtol: 2e-6, atol: 1e-30 },
  })),
  {
    op: "gelu",
    what: "approximate (tanh form) [1003] in [-10, 6]",
    inputs: () => [rand([1003], -10, 6)],
    run: (x) => tf.gelu(x, true),
    tol: { rtol: 2e-6, atol: 1e-30 },
  },
  {
    op: "sin",
    what: "cos and sin of [1003] up to 1e30 (Payne-Hanek)",
    inputs: () => [tf.multiply(rand([1003]), tf.exp(rand([1003], 0, 69)))],
    run: (x) => [tf.sin(x), tf.cos(x)],
    tol: { rtol: 2e-6, atol: 1e-7 },
  },
  ...["neg", "abs", "sign", "square", "relu", "relu6"].map((op) => ({
    op,
    what: "int32 [1003]",
    inputs: () => [randInt([1003], -50000, 50000)],
    run: (x: tf.Tensor) => (tf as unknown as Record<string, (x: tf.Tensor) => tf.Tensor>)[op](x),
    tol: EXACT,
  })),
  ...["isNan", "isFinite"].map((op) => ({
    op,
    what: "with NaN and infinities",
    inputs: () => [tf.constant([NaN, Infinity, -Infinity, 0, -0, 1e-40, 3.4e38, 1, -2.5])],
    run: (x: tf.Tensor) => (tf as unknown as Record<string, (x: tf.Tensor) => tf.Tensor>)[op](x),
    tol: EXACT,
  })),
  // ---- shape and indexing (gpu/kernels/shape.ts)
  {
    op: "transpose",
    what: "[257, 130] (tiled), [4, 33, 6, 17] perm [0, 2, 3, 1], int32 [5, 7, 9] perm [2, 0, 1]",
    inputs: () => [rand([257, 130]), rand([4, 33, 6, 17]), randInt([5, 7, 9])],
    run: (a, b, c) => [tf.transpose(a), tf.transpose(b, [0, 2, 3, 1]), tf.transpose(c, [2, 0, 1])],
    tol: EXACT,
  },
  {
    op: "broadcastTo",
    what: "[3, 1, 5] to [2, 3, 4, 5]",
    inputs: () => [rand([3, 1, 5])],
    run: (x) => tf.broadcastTo(x, [2, 3, 4, 5]),
    tol: EXACT,
  },
  {
    op: "tile",
    what: "[3, 5] by [2, 3]",
    inputs: () => [rand([3, 5])],
    run: (x) => tf.tile(x, [2, 3]),
    tol: EXACT,
  },
  {
    op: "reverse",
    what: "[6, 7, 8] axes [0, 2]",
    inputs: () => [rand([6, 7, 8])],
    run: (x) => tf.reverse(x, [0, 2]),
    tol: EXACT,
  },
  {
    op: "slice",
    what: "[20, 30] begin [3, 5] size [10, -1]",
    inputs: () => [rand([20, 30])],
    run: (x) => tf.slice(x, [3, 5], [10, -1]),
    tol: EXACT,
  },
  {
    op: "stridedSlice",
    what: "[20, 30] x[17:2:-3, 1::4]",
    inputs: () => [rand([20, 30])],
    run: (x) => tf.stridedSlice(x, [17, 1], [2, 0], [-3, 4], 0, 2),
    tol: EXACT,
  },
  {
    op: "concat",
    what: "three [4, n] on axis 1",
    inputs: () => [rand([4, 3]), rand([4, 300]), rand([4, 7])],
    run: (a, b, c) => tf.concat([a, b, c], 1),
    tol: EXACT,
  },
  {
    op: "stack",
    what: "three [5, 6] on axis 1",
    inputs: () => [rand([5, 6]), rand([5, 6]), rand([5, 6])],
    run: (a, b, c) => tf.stack([a, b, c], 1),
    tol: EXACT,
  },
  {
    op: "unstack",
    what: "[5, 4, 3] on axis 1",
    inputs: () => [rand([5, 4, 3])],
    run: (x) => tf.unstack(x, 1),
    tol: EXACT,
  },
  {
    op: "split",
    what: "[6, 10] into [2, 5, 3] on axis 1",
    inputs: () => [rand([6, 10])],
    run: (x) => tf.split(x, [2, 5, 3], 1),
    tol: EXACT,
  },
  ...(["CONSTANT", "REFLECT", "SYMMETRIC"] as const).map((mode) => ({
    op: "pad",
    what: `${mode} [5, 6] by [[2, 3], [4, 1]]`,
    inputs: () => [rand([5, 6])],
    run: (x: tf.Tensor) => tf.pad(x, [[2, 3], [4, 1]], 0.5, mode),
    tol: EXACT,
  })),
  {
    op: "gather",
    what: "[50, 16] rows, axis 1 with batchDims 1",
    inputs: () => [rand([50, 16]), tf.constant([3, 0, 49, 3, 17], { dtype: "int32" })],
    run: (
      x,
      i,
    ) => [
      tf.gather(x, i),
      tf.gather(tf.reshape(x, [5, 10, 16]), Array.from({ length: 5 }, () => [1, 9]), 1, 1),
    ],
    tol: EXACT,
  },
  {
    op: "gatherNd",
    what: "[6, 7, 8] by [20, 2] tuples",
    inputs: () => [rand([6, 7, 8])],
    run: (x) => tf.gatherNd(x, Array.from({ length: 20 }, (_, i) => [i % 6, (i * 3) % 7])),
    tol: EXACT,
  },
  {
    op: "scatterNd",
    what: "[40] updates into [10, 5] (repeated rows), int32 too",
    inputs: () => [rand([40, 5]), randInt([40, 5])],
    run: (u, v) => {
      const idx = Array.from({ length: 40 }, (_, i) => [(i * 7) % 10]);
      return [tf.scatterNd(idx, u, [10, 5]), tf.scatterNd(idx, v, [10, 5])];
    },
    tol: SUM,
  },
  {
    op: "tensorScatterAdd",
    what: "[30] updates into [12, 4]",
    inputs: () => [rand([12, 4]), rand([30, 4])],
    run: (t, u) => tf.tensorScatterAdd(t, Array.from({ length: 30 }, (_, i) => [(i * 5) % 12]), u),
    tol: SUM,
  },
  {
    op: "unsortedSegmentSum",
    what: "[300, 8] into 7 segments, negative ids dropped",
    inputs: () => [rand([300, 8])],
    run: (x) => tf.unsortedSegmentSum(x, Array.from({ length: 300 }, (_, i) => (i % 9) - 2), 7),
    tol: SUM,
  },
  {
    op: "oneHot",
    what: "[30] depth 10, out-of-range indices, float32 and int32",
    inputs: () => [randInt([30], -2, 12)],
    run: (i) => [tf.oneHot(i, 10), tf.oneHot(i, 10, 5, -1, 0, "int32")],
    tol: EXACT,
  },
  {
    op: "topk",
    what: "[7, 300] k 20, ties",
    inputs: () => [tf.round(rand([7, 300], -20, 20))],
    run: (x) => {
      const { values, indices } = tf.topk(x, 20);
      return [values, indices];
    },
    tol: EXACT,
  },
  // ---- optimizer updates (gpu/kernels/optim.ts): 3 steps, the gradient computed on the device
  ...([
    ["SGD", { learningRate: 0.1, momentum: 0.9, nesterov: true }],
    ["Adam", { learningRate: 0.01, amsgrad: true, clipnorm: 0.5 }],
    ["AdamW", { learningRate: 0.01 }],
    ["Adagrad", { learningRate: 0.05 }],
    ["RMSprop", { learningRate: 0.01, momentum: 0.5, centered: true, globalClipnorm: 1 }],
    ["Adadelta", { learningRate: 1 }],
    ["Adamax", { learningRate: 0.01, clipvalue: 0.3 }],
    ["Nadam", { learningRate: 0.01, weightDecay: 0.01 }],
    ["Lion", { learningRate: 0.001 }],
  ] as [string, Record<string, unknown>][]).map(([kind, o]) => ({
    op: kind,
    what: `optimizer update ${JSON.stringify(o)} on [1003]`,
    inputs: () => [rand([1003]), rand([1003])],
    run: (w0: tf.Tensor, g: tf.Tensor) => {
      const v = new tf.Variable(w0);
      const Cls = (tf.keras.optimizers as unknown as Record<
        string,
        new (o: object) => tf.keras.optimizers.Optimizer
      >)[kind];
      const opt = new Cls(o);
      const gg = tf.add(g, 0);
      for (let i = 0; i < 3; i++) opt.applyGradients([[gg, v]]);
      return v;
    },
    tol: { rtol: 1e-5, atol: 1e-6 },
  })),
];

/** Worst error of `got` against `want` in units of the tolerance (<= 1 passes). */
function compare(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  tol: { rtol: number; atol: number },
): { worst: number; maxAbs: number; where: number } {
  if (got.length !== want.length) return { worst: Infinity, maxAbs: Infinity, where: -1 };
  let worst = 0, maxAbs = 0, where = -1;
  for (let i = 0; i < got.length; i++) {
    const a = got[i], b = want[i];
    if (Number.isNaN(b) || Number.isNaN(a)) {
      if (Number.isNaN(a) !== Number.isNaN(b)) return { worst: Infinity, maxAbs: NaN, where: i };
      continue;
    }
    if (!Number.isFinite(b) || !Number.isFinite(a)) {
      if (a !== b) return { worst: Infinity, maxAbs: Infinity, where: i };
      continue;
    }
    const d = Math.abs(a - b);
    const bound = tol.atol + tol.rtol * Math.abs(b);
    const e = d === 0 ? 0 : bound === 0 ? Infinity : d / bound;
    if (d > maxAbs) maxAbs = d;
    if (e > worst) {
      worst = e;
      where = i;
    }
  }
  return { worst, maxAbs, where };
}

const asList = (t: tf.Tensor | tf.Tensor[]) => (Array.isArray(t) ? t : [t]);

/** Ops declared with a WebGPU kernel, by scanning tape/ops/*.ts (for the coverage list). */
function declaredGpuOps(): string[] {
  const dir = new URL("../tape/ops/", import.meta.url);
  const names: string[] = [];
  for (const e of Deno.readDirSync(dir)) {
    if (!e.name.endsWith(".ts")) continue;
    const src = Deno.readTextFileSync(new URL(e.name, dir));
    for (const block of src.split("defineOp").slice(1)) {
      const m = /name:\s*"([^"]+)"/.exec(block);
      const body = block.split(/\n\}\);/)[0];
      if (m && /\n\s*webgpu:/.test(body)) names.push(m[1]);
    }
  }
  return names.sort();
}

interface ParityResult {
  rows: number;
  failed: string[];
}

async function parity(): Promise<ParityResult> {
  console.log(`\n## Parity: WebGPU against wasm on the same random inputs (seed ${SEED})\n`);
  console.log("| op | inputs | max abs diff | worst / tolerance | |");
  console.log("| --- | --- | --- | --- | --- |");
  const failed: string[] = [];
  const traced: string[] = [];
  for (const row of PARITY) {
    const tol = row.tol ?? ULP;
    let cells: string;
    try {
      const ins = row.inputs();
      const want = tf.device("cpu", () => asList(row.run(...ins)));
      const err = console.error;
      console.error = (s: string) => traced.push(String(s));
      tf.setTrace(true);
      let got: tf.Tensor[];
      try {
        got = tf.device("gpu", () => asList(row.run(...ins)));
      } finally {
        tf.setTrace(false);
        console.error = err;
      }
      const gd = await Promise.all(got.map((t) => t.data()));
      let worst = 0, maxAbs = 0;
      for (let i = 0; i < want.length; i++) {
        const c = compare(gd[i], want[i].dataSync(), tol);
        worst = Math.max(worst, c.worst);
        maxAbs = Math.max(maxAbs, c.maxAbs);
      }
      const ok = worst <= 1;
      if (!ok) failed.push(`${row.op} (${row.what})`);
      cells = `${maxAbs.toExponential(2)} | ${worst.toFixed(3)} | ${ok ? "ok" : "**FAIL**"}`;
      tf.dispose([...ins, ...want, ...got]);
    } catch (e) {
      failed.push(`${row.op} (${row.what}): ${(e as Error).message.split("\n")[0]}`);
      cells = `- | - | **ERROR** ${(e as Error).message.split("\n")[0].slice(0, 80)}`;
    }
    console.log(`| ${row.op} | ${row.what} | ${cells} |`);
  }
  const fellBack = new Set(
    traced.filter((l) => l.includes("-> wasm")).map((l) => l.replace(/^\[tapeflow\] /, "")),
  );
  if (fellBack.size > 0) {
    console.log(`\nops that ran on wasm inside the gpu scope: ${[...fellBack].join("; ")}`);
  }
  const covered = new Set(PARITY.map((p) => p.op));
  const missing = declaredGpuOps().filter((n) => !covered.has(n));
  console.log(
    `\n${PARITY.length} rows, ${failed.length} failed. Ops with a WGSL kernel and no parity ` +
      `row: ${missing.length === 0 ? "none" : missing.join(", ")}`,
  );
  return { rows: PARITY.length, failed };
}

// ---------------------------------------------------------------- timing helpers

/** Three significant digits (software-adapter speeds are far below 1). */
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toPrecision(3));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const HAS_TS = g.features.has("timestamp-query");

/**
 * Times `reps` calls of `step` (which must each record one dispatch, at most
 * 256 in all): GPU nanoseconds from timestamp queries around the pass (null
 * when unavailable), and the wall time from the first record to the end of
 * one wait for the GPU.
 */
async function timeBatch(
  step: () => void,
  reps: number,
): Promise<{ gpuMs: number | null; wallMs: number }> {
  await sync();
  let qs: GPUQuerySet | null = null;
  if (HAS_TS) {
    qs = g.device.createQuerySet({ type: "timestamp", count: 2 });
    timeNextPass({ querySet: qs, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 });
  }
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) step();
  await sync();
  const wallMs = performance.now() - t0;
  let gpuMs: number | null = null;
  if (qs !== null) {
    const resolve = g.device.createBuffer({
      size: 16,
      usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC,
    });
    const read = g.device.createBuffer({
      size: 16,
      usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
    });
    const enc = g.device.createCommandEncoder();
    enc.resolveQuerySet(qs, 0, 2, resolve, 0);
    enc.copyBufferToBuffer(resolve, 0, read, 0, 16);
    g.device.queue.submit([enc.finish()]);
    await read.mapAsync(GPUMapMode.READ);
    const [a, b] = new BigUint64Array(read.getMappedRange());
    const ns = Number(b - a);
    read.unmap();
    for (const x of [read, resolve]) x.destroy();
    qs.destroy();
    // a pass that did not get its timestamps (or a driver that writes zeros)
    gpuMs = ns > 0 && a > 0n ? ns / 1e6 : null;
  }
  return { gpuMs, wallMs };
}

interface Timing {
  label: string;
  value: number;
  unit: string;
  how: string;
}
const timings: Timing[] = [];

// ---------------------------------------------------------------- matmul

async function matmulTimings(): Promise<void> {
  console.log(`\n## matmul f32 (n x n by n x n)${SPEED_NOTE}\n`);
  console.log("| n | program | products | GPU ms / product | wall ms / product | TFLOP/s |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  const sizes = SOFTWARE ? [256, 512] : [1024, 2048, 4096];
  const runs = SOFTWARE || QUICK ? 2 : 5;
  for (const n of sizes) {
    const a = tf.device("gpu", () => tf.random.uniform([n, n], { minval: -1, maxval: 1 }));
    const b = tf.device("gpu", () => tf.random.uniform([n, n], { minval: -1, maxval: 1 }));
    const flop = 2 * n ** 3;
    const reps = SOFTWARE ? 2 : Math.max(10, Math.min(200, Math.round(4e11 / flop)));
    const step = () => tf.device("gpu", () => tf.matmul(a, b)).dispose();
    // warm up (compiles the program), then median of the runs
    await timeBatch(step, 2);
    const gpuT: number[] = [], wallT: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = await timeBatch(step, reps);
      if (t.gpuMs !== null) gpuT.push(t.gpuMs / reps);
      wallT.push(t.wallMs / reps);
    }
    const gms = gpuT.length > 0 ? median(gpuT) : null, wms = median(wallT);
    const tflops = flop / ((gms ?? wms) * 1e-3) / 1e12;
    console.log(
      `| ${n} | default | ${reps} | ${gms?.toFixed(3) ?? "-"} | ${wms.toFixed(3)} | ` +
        `${fmt(tflops)} |`,
    );
    timings.push({
      label: `matmul f32 n=${n}`,
      value: tflops,
      unit: "TFLOP/s",
      how: gms !== null ? "timestamp queries" : "wall time around the batch",
    });
    // each tiled program at each size, to set gemmTuning's thresholds from
    // (the default picks the 8x8 tile from 64 output tiles of 128 x 128)
    if (!SOFTWARE) {
      const variants: [string, () => void][] = [
        ["8x8 a thread, BK 16", () => {
          gemmTuning.force = "tile128";
          gemmTuning.bigTileBK = 16;
        }],
        ["8x8 a thread, BK 8", () => {
          gemmTuning.force = "tile128";
          gemmTuning.bigTileBK = 8;
        }],
        ["4x4 a thread", () => {
          gemmTuning.force = "tile64";
        }],
      ];
      for (const [name, set] of variants) {
        try {
          set();
          await timeBatch(step, 2);
          const ts: number[] = [];
          for (let i = 0; i < runs; i++) {
            const t = await timeBatch(step, reps);
            ts.push((t.gpuMs ?? t.wallMs) / reps);
          }
          const ms = median(ts);
          console.log(
            `| ${n} | ${name} | ${reps} | ${ms.toFixed(3)} | - | ` +
              `${fmt(flop / (ms * 1e-3) / 1e12)} |`,
          );
        } catch (e) {
          console.log(`| ${n} | ${name} | - | - | - | error: ${(e as Error).message} |`);
        } finally {
          gemmTuning.force = null;
          gemmTuning.bigTileBK = null;
        }
      }
    }
    a.dispose();
    b.dispose();
  }
}

// ---------------------------------------------------------------- elementwise add

async function addTimings(): Promise<void> {
  const n = SOFTWARE ? 4 << 20 : 64 << 20;
  console.log(`\n## add over ${n / (1 << 20)}M floats${SPEED_NOTE}\n`);
  const a = tf.device("gpu", () => tf.random.uniform([n]));
  const b = tf.device("gpu", () => tf.random.uniform([n]));
  const reps = SOFTWARE ? 3 : 100;
  const step = () => tf.device("gpu", () => tf.add(a, b)).dispose();
  await timeBatch(step, 2);
  const ts: number[] = [], ws: number[] = [];
  for (let i = 0; i < (SOFTWARE || QUICK ? 2 : 5); i++) {
    const t = await timeBatch(step, reps);
    if (t.gpuMs !== null) ts.push(t.gpuMs / reps);
    ws.push(t.wallMs / reps);
  }
  const ms = ts.length > 0 ? median(ts) : median(ws);
  const tbs = (3 * 4 * n) / (ms * 1e-3) / 1e12;
  console.log(
    `${reps} adds a batch: ${ms.toFixed(3)} ms each (${ts.length > 0 ? "GPU" : "wall"}), ` +
      `wall ${median(ws).toFixed(3)} ms: ${fmt(tbs)} TB/s (2 reads + 1 write)`,
  );
  timings.push({
    label: `add ${n / (1 << 20)}M floats`,
    value: tbs,
    unit: "TB/s",
    how: ts.length > 0 ? "timestamp queries" : "wall time around the batch",
  });
  a.dispose();
  b.dispose();
}

// ---------------------------------------------------------------- placement threshold

/**
 * Where the GPU starts to pay for an op whose inputs are on the host: a chain
 * of 20 adds of n floats per size, on wasm and on the GPU (one wait at the
 * end), wall time per add. The smallest n from which the GPU is faster is the
 * value for `tf.setGpuThreshold` (work = 3n elements read and written).
 */
async function thresholdTimings(): Promise<void> {
  console.log(`\n## placement: time per add of n floats in a stream, wasm vs GPU${SPEED_NOTE}\n`);
  console.log("| n | wasm (µs) | GPU (µs) |");
  console.log("| --- | --- | --- |");
  let crossover: number | null = null;
  for (let n = 1 << 10; n <= (SOFTWARE ? 1 << 20 : 1 << 24); n *= 4) {
    const a = tf.random.uniform([n]), b = tf.random.uniform([n]);
    // the wall time of a chain of `len` adds, one wait at the end
    const chain = async (dev: "cpu" | "gpu", len: number) => {
      const t0 = performance.now();
      // each intermediate freed at once: the heap holds three arrays at most
      const y = tf.device(dev, () => {
        let y = tf.add(a, b);
        for (let i = 1; i < len; i++) {
          const z = tf.add(y, b);
          y.dispose();
          y = z;
        }
        return y;
      });
      if (dev === "gpu") await sync();
      y.dispose();
      return performance.now() - t0;
    };
    // marginal cost: (220 adds - 20 adds) / 200, so the wait and the upload cancel
    const perAdd = async (dev: "cpu" | "gpu") => {
      const runs: number[] = [];
      for (let r = 0; r < 3; r++) {
        runs.push(((await chain(dev, 220)) - (await chain(dev, 20))) * 1000 / 200);
      }
      return median(runs);
    };
    await chain("gpu", 20); // compile and upload
    const w = await perAdd("cpu"), g = await perAdd("gpu");
    console.log(`| ${n} | ${w.toFixed(1)} | ${g.toFixed(1)} |`);
    if (crossover === null && g < w) crossover = n;
    tf.dispose([a, b]);
  }
  const value = crossover === null ? null : 3 * crossover;
  const current = tf.setGpuThreshold(0);
  tf.setGpuThreshold(current);
  console.log(
    value === null
      ? "the GPU was slower at every size: keep ops on wasm unless their inputs are on the GPU"
      : `the GPU is faster from n = ${crossover}: tf.setGpuThreshold(${value}) (now ${current})`,
  );
  if (value !== null) {
    timings.push({ label: "placement threshold (add)", value, unit: "elements", how: "wall" });
  }
}

// ---------------------------------------------------------------- MLP step

/** Names of ops that fell back to wasm for want of a kernel while `fn` ran in a gpu scope. */
function missingKernels(fn: () => unknown): string[] {
  const lines: string[] = [];
  const err = console.error;
  console.error = (s: string) => lines.push(String(s));
  tf.setTrace(true);
  try {
    tf.device("gpu", fn);
  } catch {
    // an op without a kernel met a GPU-only input: listed below
  } finally {
    tf.setTrace(false);
    console.error = err;
  }
  const names = lines.filter((l) => l.includes("no WGSL kernel"))
    .map((l) => /\] (\S+) ->/.exec(l)?.[1] ?? l);
  return [...new Set(names)];
}

async function mlpTimings(): Promise<void> {
  const B = 1024;
  console.log(`\n## MLP 784-128-10 training step, batch ${B}, no readback per step${SPEED_NOTE}\n`);
  tf.random.setSeed(1);
  const onGpu = <T>(f: () => T) => tf.device("gpu", f);
  const w1 = new tf.Variable(onGpu(() => tf.random.normal([784, 128], { stddev: 0.05 })));
  const b1 = new tf.Variable(onGpu(() => tf.zeros([128])));
  const w2 = new tf.Variable(onGpu(() => tf.random.normal([128, 10], { stddev: 0.05 })));
  const b2 = new tf.Variable(onGpu(() => tf.zeros([10])));
  const vars = [w1, b1, w2, b2];
  const X = onGpu(() => tf.random.uniform([B, 784]));
  const labels = Int32Array.from({ length: B }, (_, i) => (i * 7) % 10);
  const hot = new Float32Array(B * 10);
  labels.forEach((l, i) => (hot[i * 10 + l] = 1));
  const onehot = tf.constant(hot, { shape: [B, 10] });
  // relu and the negation as tapeflow ops; substitutes with kernels where those lack one
  const probe = (f: () => unknown) => missingKernels(f);
  const t4 = onGpu(() => tf.random.uniform([4]));
  const reluOk = probe(() => tf.relu(t4)).length === 0;
  const negOk = probe(() => tf.neg(t4)).length === 0;
  const relu = reluOk ? tf.relu : (x: tf.Tensor) => tf.maximum(x, 0);
  const neg = negOk ? tf.neg : (x: tf.Tensor) => tf.multiply(x, -1);
  const adam = new tf.keras.optimizers.Adam({ learningRate: 1e-3 });
  const lossOf = () => {
    const h = relu(tf.add(tf.matmul(X, w1), b1));
    const logits = tf.add(tf.matmul(h, w2), b2);
    return neg(tf.reduceMean(tf.reduceSum(tf.multiply(onehot, tf.logSoftmax(logits)), -1)));
  };
  const gradsOf = () => {
    const tape = new tf.GradientTape();
    const loss = tape.record(lossOf);
    return { loss, grads: tape.gradient(loss, vars) };
  };
  // Adam when its update has a WGSL kernel, else SGD through assign
  const scratch = vars.map((v) => new tf.Variable(onGpu(() => tf.zerosLike(v))));
  const adamOk = probe(() => {
    const probeOpt = new tf.keras.optimizers.Adam({ learningRate: 1e-3 });
    probeOpt.applyGradients(tf.zip(scratch.map((v) => onGpu(() => tf.onesLike(v))), scratch));
  }).length === 0;
  const update = adamOk
    ? (grads: tf.Tensor[]) => adam.applyGradients(tf.zip(grads, vars))
    : (grads: tf.Tensor[]) =>
      vars.forEach((v, i) => v.assign(tf.subtract(v, tf.multiply(grads[i], 0.05))));
  const missing = missingKernels(() => tf.tidy(() => gradsOf()));
  const notes = [
    reluOk ? null : "relu as maximum(x, 0) (relu has no WGSL kernel yet)",
    negOk ? null : "neg as multiply(x, -1) (neg has no WGSL kernel yet)",
    adamOk ? "Adam" : "SGD through assign (Adam's update has no WGSL kernel yet)",
  ].filter((x) => x !== null);
  console.log(`built with: ${notes.join("; ")}`);
  if (missing.length > 0) {
    console.log(`skipped: ops without a WGSL kernel in the step: ${missing.join(", ")}`);
    return;
  }
  const step = () =>
    tf.tidy(() =>
      onGpu(() => {
        const { grads } = gradsOf();
        update(grads as tf.Tensor[]);
      })
    );
  const first = await tf.tidy(() => onGpu(() => gradsOf().loss)).data();
  for (let i = 0; i < 3; i++) step();
  await sync();
  const steps = SOFTWARE ? 3 : 50;
  const runs: number[] = [];
  for (let k = 0; k < (SOFTWARE || QUICK ? 1 : 3); k++) {
    const t0 = performance.now();
    for (let i = 0; i < steps; i++) step();
    await sync();
    runs.push((performance.now() - t0) / steps);
  }
  const last = await tf.tidy(() => onGpu(() => gradsOf().loss)).data();
  const ms = median(runs);
  console.log(
    `${steps} steps, one wait at the end: ${ms.toFixed(3)} ms a step (wall, median of ` +
      `${runs.length}); loss ${first[0].toFixed(4)} -> ${last[0].toFixed(4)}; ` +
      `GPU memory live ${(tf.memory().webgpu?.liveBytes ?? 0) / 2 ** 20 | 0} MiB`,
  );
  timings.push({ label: `MLP step, batch ${B}`, value: ms, unit: "ms", how: "wall, 1 wait" });
  tf.dispose([X, onehot, t4]);
}

// ---------------------------------------------------------------- Keras fit

/**
 * `model.fit` of a Keras MLP 784-128(relu)-10 (sparse cross-entropy from
 * logits, Adam) for one epoch, on wasm and on WebGPU from the same seed: the
 * time, and the losses, which must agree. fit on the GPU reads its losses back
 * once a second, not at each step. Synthetic data (a fixed random teacher):
 * the GPU machine has no network for the MNIST package.
 */
async function fitTimings(): Promise<void> {
  const n = SOFTWARE ? 2048 : 16384, batch = 256;
  console.log(
    `\n## Keras fit: MLP 784-128-10, ${n} samples, batch ${batch}, 1 epoch${SPEED_NOTE}\n`,
  );
  const r = rng(7);
  const x = new Float32Array(n * 784).map(() => r());
  const teacher = new Float32Array(784 * 10).map(() => r() - 0.5);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0, arg = 0;
    for (let c = 0; c < 10; c++) {
      let z = 0;
      for (let k = 0; k < 784; k += 8) z += x[i * 784 + k] * teacher[k * 10 + c];
      if (c === 0 || z > best) [best, arg] = [z, c];
    }
    y[i] = arg;
  }
  const run = async (backend: "wasm" | "webgpu") => {
    tf.setBackend(backend);
    try {
      tf.random.setSeed(3);
      const model = new tf.keras.Sequential([
        tf.keras.Input({ shape: [784] }),
        new tf.keras.layers.Dense({ units: 128, activation: "relu" }),
        new tf.keras.layers.Dense({ units: 10 }),
      ]);
      model.compile({
        optimizer: new tf.keras.optimizers.Adam({ learningRate: 1e-3 }),
        loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
      });
      const xs = tf.constant(x, { shape: [n, 784] }), ys = tf.constant(y, { shape: [n] });
      const t0 = performance.now();
      const h = await model.fit(xs, ys, {
        batchSize: batch,
        epochs: 1,
        shuffle: false,
        verbose: 0,
      });
      return { s: (performance.now() - t0) / 1000, loss: h.history.loss[0] };
    } finally {
      tf.setBackend("auto");
    }
  };
  const w = await run("wasm");
  const g = await run("webgpu");
  const agree = Math.abs(g.loss - w.loss) <= 1e-3 * Math.max(1, Math.abs(w.loss));
  console.log(
    `WebGPU ${g.s.toFixed(3)} s, wasm ${w.s.toFixed(3)} s; epoch loss ${g.loss.toFixed(5)} on ` +
      `WebGPU, ${w.loss.toFixed(5)} on wasm (${agree ? "agree" : "DIFFER"})`,
  );
  timings.push({
    label: `Keras fit, ${n} samples, batch ${batch}`,
    value: g.s * 1000,
    unit: "ms",
    how: `wall, 1 epoch (wasm: ${(w.s * 1000).toFixed(0)} ms; losses ${
      agree ? "agree" : "DIFFER"
    })`,
  });
}

// ---------------------------------------------------------------- readback

async function readbackTiming(): Promise<void> {
  console.log(`\n## one readback${SPEED_NOTE}\n`);
  const ts: number[] = [];
  for (let i = 0; i < 11; i++) {
    const y = tf.device("gpu", () => tf.add(tf.fill([4], i), 1));
    await sync();
    const t0 = performance.now();
    await y.data();
    ts.push(performance.now() - t0);
    y.dispose();
  }
  const ms = median(ts.slice(1));
  console.log(`await t.data() of 4 floats after the GPU is idle: ${ms.toFixed(2)} ms (median)`);
  timings.push({ label: "one readback (4 floats)", value: ms, unit: "ms", how: "wall" });
}

// ---------------------------------------------------------------- main

let par: ParityResult | null = null;
if (!args.has("--no-parity")) par = await parity();
if (!args.has("--no-timings")) {
  for (
    const f of [matmulTimings, addTimings, thresholdTimings, mlpTimings, fitTimings, readbackTiming]
  ) {
    try {
      await f();
    } catch (e) {
      console.log(`\n${f.name} failed: ${(e as Error).stack ?? e}`);
    }
  }
}

console.log(`\n## Summary: ${g.description}${SOFTWARE ? " (software adapter)" : ""}\n`);
console.log("| check | result | how |");
console.log("| --- | --- | --- |");
if (par !== null) {
  console.log(
    `| parity (${par.rows} rows) | ${
      par.failed.length === 0 ? "all ok" : `${par.failed.length} FAILED`
    } | vs wasm |`,
  );
}
for (const t of timings) {
  const v = fmt(t.value);
  const label = SOFTWARE ? `${t.label} (software adapter: not GPU speed)` : t.label;
  console.log(`| ${label} | ${v} ${t.unit} | ${t.how} |`);
}
if (!SOFTWARE) {
  console.log("\nTargets (issue 6): matmul >= 40 TFLOP/s at 4096 (H200), add >= 4.0 TB/s.");
}
if (par !== null && par.failed.length > 0) {
  console.log(`\nparity failures:\n- ${par.failed.join("\n- ")}`);
  Deno.exit(2);
}
