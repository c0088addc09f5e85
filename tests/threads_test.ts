// Worker-parallel kernels: every kernel that splits across threads gives the
// same bits on 2 and 3 threads as on one (or, where the split changes the
// order of a sum, the same values within float32 rounding), on odd sizes
// above each split threshold. Each case also checks that the call did split.
import * as tf from "../mod.ts";
import { threads, warmThreads } from "../asm/threads.ts";
import { assertClose, freshSeed, numel, randomArray, rng } from "./_util.ts";
import { ok } from "node:assert/strict";

interface Case {
  name: string;
  run: () => tf.Tensor;
  /** Absolute tolerance when the split may change rounding (default: bit-identical). */
  atol?: number;
}

function cases(seed: number): Case[] {
  const r = rng(seed);
  const t = (shape: readonly number[], lo = -1, hi = 1) =>
    tf.constant(randomArray(r, numel(shape), lo, hi), { shape });
  const withNaN = (shape: readonly number[]) => {
    const a = randomArray(r, numel(shape));
    a[Math.floor(a.length * 0.7)] = NaN;
    return tf.constant(a, { shape });
  };
  const out: Case[] = [];
  const add = (name: string, run: () => tf.Tensor, atol?: number) => out.push({ name, run, atol });

  // ---- matmul: rows split over one packed B, every transpose form
  const a = t([131, 257]), b = t([257, 129]);
  const aT = t([257, 131]), bT = t([129, 257]);
  add("matmul a·b 131×257·257×129", () => tf.matmul(a, b));
  add("matmul aᵀ·b", () => tf.matmul(aT, b, true, false));
  add("matmul a·bᵀ", () => tf.matmul(a, bT, false, true));
  add("matmul aᵀ·bᵀ", () => tf.matmul(aT, bT, true, true));
  // column blocks (K large: B is packed nc columns at a time), split packing
  const aw = t([37, 4099]), bw = t([4099, 203]);
  add("matmul in column blocks 37×4099·4099×203", () => tf.matmul(aw, bw));
  // skinny: unpacked kernel, columns split (32-column units, and dot products)
  const s1 = t([3, 701]), s2 = t([701, 1001]), s3 = t([999, 701]);
  add("matmul skinny 3×701·701×1001 (columns split)", () => tf.matmul(s1, s2));
  add(
    "matmul skinny a·bᵀ 3×701·(999×701)ᵀ (dot products split)",
    () => tf.matmul(s1, s3, false, true),
  );
  // batches: small products split by products; packed products split by products
  const ba = t([13, 37, 41]), bb = t([13, 41, 29]);
  add("batched matmul 13×(37×41·41×29), unpacked", () => tf.matmul(ba, bb));
  const pa = t([13, 70, 65]), pb = t([13, 65, 67]);
  add("batched matmul 13×(70×65·65×67), packed", () => tf.matmul(pa, pb));
  const qa = t([3, 1, 70, 65]), qb = t([4, 65, 67]);
  add("batched matmul broadcast [3,1]×[4]", () => tf.matmul(qa, qb, false, false));
  const ra = t([3, 130, 301]), rb = t([3, 301, 131]);
  add("batched matmul 3×(130×301·301×131), rows split", () => tf.matmul(ra, rb));
  // B shared by every batch: one product with batch·M rows
  const da = t([5, 67, 129]), db = t([129, 61]);
  add("matmul [5,67,129]·[129,61] (Dense on 3-d input)", () => tf.matmul(da, db));

  // ---- convolutions
  const x = t([4, 31, 29, 9]), f = t([3, 3, 9, 13]);
  add("conv2d SAME", () => tf.conv2d(x, f, 1, "SAME"));
  add("conv2d VALID stride 2", () => tf.conv2d(x, f, 2, "VALID"));
  add("conv2d SAME dilation 2", () => tf.conv2d(x, f, 1, "SAME", 2));
  const dy = t([4, 31, 29, 13]);
  add("conv2dBackpropInput SAME", () => tf.conv2dBackpropInput(x.shape, f, dy, 1, "SAME"));
  const dy2 = t([4, 15, 14, 13]);
  add("conv2dBackpropInput stride 2", () => tf.conv2dBackpropInput(x.shape, f, dy2, 2, "VALID"));
  add(
    "conv2dBackpropFilter SAME (split by filter rows)",
    () => tf.conv2dBackpropFilter(x, f.shape, dy, 1, "SAME"),
  );
  add(
    "conv2dBackpropFilter dilation 2",
    () => tf.conv2dBackpropFilter(x, f.shape, dy, 1, "SAME", 2),
  );
  // a 1×1 filter on one channel is one unit of filter rows: split by images,
  // each thread summing into its own copy. Each element sums 65K products of
  // magnitude <= 1 (|sum| up to ~100): two orders of a float32 sum that long
  // differ by up to ~1e-3.
  const x1 = t([17, 61, 63, 1]), dy1 = t([17, 61, 63, 5]);
  add(
    "conv2dBackpropFilter 1×1, 1 channel (split by images, partial sums)",
    () => tf.conv2dBackpropFilter(x1, [1, 1, 1, 5], dy1, 1, "SAME"),
    4e-3,
  );
  const fd = t([3, 3, 9, 2]), dyd = t([4, 31, 29, 18]);
  add("depthwiseConv2d SAME", () => tf.depthwiseConv2d(x, fd, 1, "SAME"));
  add(
    "depthwiseConv2dBackpropInput",
    () => tf.depthwiseConv2dBackpropInput(x.shape, fd, dyd, 1, "SAME"),
  );
  add(
    "depthwiseConv2dBackpropFilter",
    () => tf.depthwiseConv2dBackpropFilter(x, fd.shape, dyd, 1, "SAME"),
  );
  const xp = t([5, 61, 59, 19]);
  const yp = tf.maxPool(xp, 3, 2, "SAME");
  const dyp = t(yp.shape);
  add("maxPool", () => tf.maxPool(xp, 3, 2, "SAME"));
  add("avgPool", () => tf.avgPool(xp, 3, 2, "SAME"));
  add("maxPoolGrad", () => tf.maxPoolGrad(xp, yp, dyp, 3, 2, "SAME"));
  add("avgPoolGrad", () => tf.avgPoolGrad(xp.shape, dyp, 3, 2, "SAME"));
  const ddx = t(xp.shape);
  add("maxPoolGradGrad", () => tf.maxPoolGradGrad(xp, yp, ddx, 3, 2, "SAME"));

  // ---- elementwise
  const n = 300_007;
  const e1 = t([n]), e2 = t([n]), ep = t([n], 0.1, 3);
  add("add", () => tf.add(e1, e2));
  add("multiply by a scalar", () => tf.multiply(e1, 1.7));
  add("subtract from a scalar", () => tf.subtract(0.5, e2));
  add("pow (transcendental)", () => tf.pow(ep, e2));
  const m1 = t([1201, 257]), m2 = t([257]), m3 = t([1201, 1]);
  add("add [1201,257] + [257] (n-d)", () => tf.add(m1, m2));
  add("divide [1201,257] / [1201,1] (n-d)", () => tf.divide(m1, m3));
  const i1 = tf.cast(tf.multiply(e1, 1000), "int32"), i2 = tf.cast(tf.multiply(e2, 1000), "int32");
  add("int32 multiply", () => tf.multiply(i1, i2));
  add("relu", () => tf.relu(e1));
  add("exp", () => tf.exp(e1));
  add("tanh", () => tf.tanh(e1));
  add("gelu", () => tf.gelu(e1));
  add("leakyRelu", () => tf.leakyRelu(e1, 0.3));
  add("int32 abs", () => tf.abs(i1));

  // ---- reductions
  const big = t([1_000_003]);
  add("reduceSum of 1M (pairwise tree split)", () => tf.reduceSum(big));
  add("reduceMean of 1M", () => tf.reduceMean(big));
  add("reduceMax of 1M", () => tf.reduceMax(big));
  add("reduceMin of 1M", () => tf.reduceMin(big));
  const nanBig = withNaN([300_001]);
  add("reduceMax with a NaN", () => tf.reduceMax(nanBig));
  const cols = t([4099, 67]);
  add("reduceSum axis 0 [4099,67] (columns split)", () => tf.reduceSum(cols, 0));
  add("reduceMax axis 0 [4099,67]", () => tf.reduceMax(cols, 0));
  const wide = t([301, 5003]);
  add("reduceSum axis 0 [301,5003] (wide rows)", () => tf.reduceSum(wide, 0));
  add("reduceSum axis 1 [301,5003] (outer split)", () => tf.reduceSum(wide, 1));
  const cube = t([7, 301, 129]);
  add("reduceSum axis 1 [7,301,129]", () => tf.reduceSum(cube, 1));
  add("reduceLogSumExp axis 1 [301,5003]", () => tf.reduceLogSumExp(wide, 1));
  add("softmax [301,5003]", () => tf.softmax(wide));
  add("logSoftmax [7,301,129] axis 1", () => tf.logSoftmax(cube, 1));

  // ---- fused ops
  const fb = t([129]), fb2 = t([1001]), fb3 = t([67]), fb4 = t([13]);
  add("fused.matMul + bias + relu", () => tf.fused.matMul({ a, b, bias: fb, activation: "relu" }));
  add(
    "fused.matMul skinny + bias + tanh",
    () => tf.fused.matMul({ a: s1, b: s2, bias: fb2, activation: "tanh" }),
  );
  add(
    "fused.matMul batched + sigmoid",
    () => tf.fused.matMul({ a: pa, b: pb, bias: fb3, activation: "sigmoid" }),
  );
  add(
    "fused.conv2d + bias + relu6",
    () =>
      tf.fused.conv2d({
        x,
        filter: f,
        strides: 1,
        pad: "SAME",
        bias: fb4,
        activation: "relu6",
      }),
  );
  const yr = tf.relu(e1);
  add("activationGrad relu", () => tf.fused.activationGrad(e2, yr, "relu"));
  const logits = t([3001, 37], -5, 5), probs = tf.softmax(t([3001, 37]));
  add("softmaxCrossEntropyWithLogits", () => tf.nn.softmaxCrossEntropyWithLogits(probs, logits));
  const cls = tf.cast(tf.multiply(t([3001], 0, 36.99), 1), "int32");
  add(
    "sparseSoftmaxCrossEntropyWithLogits",
    () => tf.nn.sparseSoftmaxCrossEntropyWithLogits(cls, logits),
  );
  add("softmaxCrossEntropyWithLogits gradient", () => {
    const v = new tf.Variable(logits);
    const tape = new tf.GradientTape();
    const l = tape.record(() => tf.nn.softmaxCrossEntropyWithLogits(probs, v));
    return tape.gradient(l, v)!;
  });
  return out;
}

function bits(x: tf.Tensor): Uint32Array {
  const d = x.dataSync();
  return new Uint32Array(d.buffer, d.byteOffset, d.length);
}

Deno.test("threads: every split kernel matches one thread (2 and 3 threads)", async () => {
  const seed = freshSeed();
  const list = cases(seed);
  const before = threads.count;
  // Thresholds scaled down: these inputs are far smaller than what pays for a
  // split on this machine, but they exercise every split path (and stay fast).
  threads.scale = 1 / 64;
  try {
    tf.setThreads(1);
    const ref = list.map((c) => c.run().dataSync().slice());
    for (const n of [2, 3]) {
      tf.setThreads(n);
      const ready = await warmThreads();
      ok(ready === n, `threads: only ${ready} of ${n} threads started`);
      for (let i = 0; i < list.length; i++) {
        const c = list[i];
        const calls = threads.calls;
        const y = c.run();
        const label = `${c.name}, ${n} threads (seed ${seed})`;
        ok(threads.calls > calls, `${label}: the kernel did not split across threads`);
        if (c.atol !== undefined) {
          assertClose(y.dataSync(), ref[i], { rtol: 0, atol: c.atol }, label);
          continue;
        }
        const got = bits(y), want = new Uint32Array(ref[i].buffer);
        ok(got.length === want.length, `${label}: length ${got.length} vs ${want.length}`);
        for (let j = 0; j < got.length; j++) {
          if (got[j] !== want[j]) {
            ok(false, `${label}: element ${j} is ${y.dataSync()[j]}, one thread gave ${ref[i][j]}`);
          }
        }
      }
    }
  } finally {
    tf.setThreads(before);
    threads.scale = 1;
  }
});

Deno.test("threads: setThreads validates its argument; 1 thread never splits", () => {
  const before = threads.count;
  try {
    for (const bad of [0, -1, 1.5, NaN, 65]) {
      let err: unknown;
      try {
        tf.setThreads(bad);
      } catch (e) {
        err = e;
      }
      ok(err instanceof RangeError && /setThreads/.test(err.message), `setThreads(${bad})`);
    }
    tf.setThreads(1);
    const calls = threads.calls;
    const a = tf.ones([300, 300]);
    tf.matmul(a, a).dispose();
    tf.add(tf.ones([1 << 20]), 1).dispose();
    ok(threads.calls === calls, "setThreads(1) must keep every kernel on the main thread");
  } finally {
    tf.setThreads(before);
  }
});

Deno.test("threads: the result of a split call is right while workers boot", () => {
  // Right after a new count, workers are still starting: their shares run on
  // the main thread, with the same result.
  const before = threads.count;
  try {
    tf.setThreads(1);
    const a = tf.range(0, 400 * 300).reshape([400, 300]).div(1e5);
    const want = tf.matmul(a, a, false, true).dataSync().slice();
    tf.setThreads(4);
    const got = tf.matmul(a, a, false, true).dataSync();
    ok(got.every((v, i) => Object.is(v, want[i])), "matmul while the pool boots");
  } finally {
    tf.setThreads(before);
  }
});
