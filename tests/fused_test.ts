// Fused ops: tf.fused.matMul / conv2d give the bits of their unfused
// composition and the same gradients; tf.fused.activationGrad matches float64
// derivatives; tf.nn's softmax cross-entropies match float64 references and
// the composed formulas' gradients; the tape skips gradients nobody asked for.
import * as tf from "../mod.ts";
import { hooks } from "../tape/op.ts";
import {
  assertClose,
  assertThrows,
  freshSeed,
  gpuAvailable,
  numel,
  randomArray,
  rng,
} from "./_util.ts";
import { ok } from "node:assert/strict";

const ACTS = ["linear", "relu", "relu6", "leakyrelu", "elu", "sigmoid", "tanh"] as const;

function unfusedAct(y: tf.Tensor, act: string, alpha = 0.2): tf.Tensor {
  switch (act) {
    case "relu":
      return tf.relu(y);
    case "relu6":
      return tf.relu6(y);
    case "leakyrelu":
      return tf.leakyRelu(y, alpha);
    case "elu":
      return tf.elu(y);
    case "sigmoid":
      return tf.sigmoid(y);
    case "tanh":
      return tf.tanh(y);
    default:
      return y;
  }
}

function sameBits(a: tf.Tensor, b: tf.Tensor, label: string): void {
  ok(a.shape.join() === b.shape.join(), `${label}: shape ${a.shape} vs ${b.shape}`);
  const x = a.dataSync(), y = b.dataSync();
  const xb = new Uint32Array(x.buffer, x.byteOffset, x.length);
  const yb = new Uint32Array(y.buffer, y.byteOffset, y.length);
  for (let i = 0; i < xb.length; i++) {
    if (xb[i] !== yb[i]) ok(false, `${label}: element ${i}: fused ${x[i]}, unfused ${y[i]}`);
  }
}

Deno.test("fused.matMul: the bits of matmul + add + activation, every form", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const t = (shape: number[], scale = 3) =>
    tf.constant(randomArray(r, numel(shape), -scale, scale), { shape });
  // [M, K, N, transposeA, transposeB, batch]: small (unpacked), packed, skinny,
  // column blocks, batched, a Dense layer on 3-d input
  const forms: [number, number, number, boolean, boolean, number[]][] = [
    [3, 5, 7, false, false, []],
    [37, 29, 41, false, false, []],
    [37, 29, 41, true, false, []],
    [37, 29, 41, false, true, []],
    [70, 129, 67, true, true, []],
    [2, 301, 257, false, false, []],
    [13, 4099, 203, false, false, []],
    [21, 17, 19, false, false, [5]],
    [9, 33, 35, false, false, [3, 2]],
  ];
  for (const [M, K, N, tA, tB, batch] of forms) {
    const a = t([...batch, ...(tA ? [K, M] : [M, K])]);
    const b = t(tB ? [N, K] : [K, N]);
    const bias = t([N]);
    for (const act of ACTS) {
      const label = `${batch}×${M}×${K}×${N} tA=${tA} tB=${tB} ${act} (seed ${seed})`;
      const fused = tf.fused.matMul({
        a,
        b,
        transposeA: tA,
        transposeB: tB,
        bias,
        activation: act,
      });
      const plain = unfusedAct(tf.add(tf.matmul(a, b, tA, tB), bias), act);
      sameBits(fused, plain, label);
    }
    // no bias; bias as [1, N]
    sameBits(
      tf.fused.matMul({ a, b, transposeA: tA, transposeB: tB, activation: "relu" }),
      tf.relu(tf.matmul(a, b, tA, tB)),
      `no bias ${M}×${K}×${N}`,
    );
    const b2 = tf.reshape(bias, [1, N]);
    sameBits(
      tf.fused.matMul({ a, b, transposeA: tA, transposeB: tB, bias: b2 }),
      tf.add(tf.matmul(a, b, tA, tB), b2),
      `bias [1, N] ${M}×${K}×${N}`,
    );
  }
  // leakyrelu's slope; a bias that is not a row vector runs unfused
  const a = t([6, 5]), b = t([5, 4]);
  sameBits(
    tf.fused.matMul({ a, b, activation: "leakyrelu", leakyreluAlpha: 0.05 }),
    tf.leakyRelu(tf.matmul(a, b), 0.05),
    "leakyrelu 0.05",
  );
  const colBias = t([6, 1]);
  sameBits(
    tf.fused.matMul({ a, b, bias: colBias, activation: "tanh" }),
    tf.tanh(tf.add(tf.matmul(a, b), colBias)),
    "column bias (unfused path)",
  );
  // zero-size K: act(bias)
  const z = tf.fused.matMul({
    a: tf.zeros([3, 0]),
    b: tf.zeros([0, 2]),
    bias: [1, -1],
    activation: "relu",
  });
  ok(z.arraySync().toString() === [[1, 0], [1, 0], [1, 0]].toString(), "K = 0: act(bias)");
});

Deno.test("fused.matMul and fused.conv2d: gradients equal the unfused ones", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const t = (shape: number[]) => tf.constant(randomArray(r, numel(shape), -1, 1), { shape });
  const a = new tf.Variable(t([23, 31])), b = new tf.Variable(t([31, 17]));
  const bias = new tf.Variable(t([17]));
  const w = t([23, 17]);
  for (const act of ACTS) {
    const grads = (fused: boolean) => {
      const tape = new tf.GradientTape();
      const loss = tape.record(() => {
        const y = fused
          ? tf.fused.matMul({ a, b, bias, activation: act })
          : unfusedAct(tf.add(tf.matmul(a, b), bias), act);
        return tf.reduceSum(tf.multiply(y, w));
      });
      return tape.gradient(loss, [a, b, bias]).map((g) => g!.dataSync());
    };
    const f = grads(true), u = grads(false);
    for (let i = 0; i < 3; i++) {
      assertClose(f[i], u[i], { rtol: 1e-5, atol: 1e-5 }, `matMul ${act} grad ${i} (seed ${seed})`);
    }
  }
  const x = new tf.Variable(t([2, 9, 11, 3])), f = new tf.Variable(t([3, 3, 3, 5]));
  const cb = new tf.Variable(t([5]));
  const wy = t([2, 5, 6, 5]);
  for (const act of ["relu", "sigmoid", "linear"] as const) {
    const grads = (fused: boolean) => {
      const tape = new tf.GradientTape();
      const loss = tape.record(() => {
        const y = fused
          ? tf.fused.conv2d({ x, filter: f, strides: 2, pad: "SAME", bias: cb, activation: act })
          : unfusedAct(tf.add(tf.conv2d(x, f, 2, "SAME"), cb), act);
        return tf.reduceSum(tf.multiply(y, wy));
      });
      return tape.gradient(loss, [x, f, cb]).map((g) => g!.dataSync());
    };
    const fg = grads(true), ug = grads(false);
    for (let i = 0; i < 3; i++) {
      assertClose(
        fg[i],
        ug[i],
        { rtol: 1e-5, atol: 1e-5 },
        `conv2d ${act} grad ${i} (seed ${seed})`,
      );
    }
  }
});

Deno.test("fused.conv2d: the bits of conv2d + add + activation", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const t = (shape: number[]) => tf.constant(randomArray(r, numel(shape), -1, 1), { shape });
  const x = t([3, 13, 11, 5]), f = t([3, 3, 5, 7]), bias = t([7]);
  for (const act of ACTS) {
    for (const [s, p, d] of [[1, "SAME", 1], [2, "VALID", 1], [1, "SAME", 2]] as const) {
      sameBits(
        tf.fused.conv2d({ x, filter: f, strides: s, pad: p, dilations: d, bias, activation: act }),
        unfusedAct(tf.add(tf.conv2d(x, f, s, p, d), bias), act),
        `conv2d ${act} s=${s} ${p} d=${d} (seed ${seed})`,
      );
    }
  }
  sameBits(
    tf.fused.conv2d({ x, filter: f, strides: 1, pad: "SAME" }),
    tf.conv2d(x, f, 1, "SAME"),
    "plain",
  );
  assertThrows(
    () => tf.fused.conv2d({ x, filter: f, strides: 1, pad: "SAME", bias: [1, 2] }),
    RangeError,
    "fused.conv2d",
    "bias",
    "7 output channels",
  );
  assertThrows(
    () => tf.fused.conv2d({ x, filter: f, strides: 1, pad: "SAME", activation: "prelu" as "relu" }),
    RangeError,
    "prelu",
    "not fused",
  );
});

Deno.test("fused.activationGrad: TensorFlow's *Grad formulas, and its own gradient", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const n = 301; // SIMD tail
  const x = randomArray(r, n, -8, 8);
  x[0] = 0;
  x[1] = NaN;
  const dy = randomArray(r, n, -2, 2);
  const ref: Record<string, (y: number, g: number) => number> = {
    relu: (y, g) => g * (y > 0 ? 1 : 0),
    relu6: (y, g) => g * (y > 0 && y < 6 ? 1 : 0),
    leakyrelu: (y, g) => (y > 0 ? g : 0.2 * g),
    elu: (y, g) => (y < 0 ? g * (y + 1) : g),
    sigmoid: (y, g) => g * y * (1 - y),
    tanh: (y, g) => g * (1 - y * y),
  };
  for (const act of Object.keys(ref) as (keyof typeof ref)[]) {
    const y = unfusedAct(tf.constant(x), act).dataSync();
    const got = tf.fused.activationGrad(dy, y, act as "relu").dataSync();
    const want = Array.from(y, (yv, i) => ref[act](Math.fround(yv), dy[i]));
    assertClose(got, want, { rtol: 1e-6, atol: 1e-6 }, `activationGrad ${act} (seed ${seed})`);
  }
  // second derivatives through the fused gradient (elu, sigmoid, tanh depend on y)
  for (const act of ["sigmoid", "tanh", "elu", "relu"] as const) {
    tf.test.checkGradients(
      (v) => {
        const tape = new tf.GradientTape();
        tape.watch(v);
        const L = tape.record(() => {
          const y = tf.fused.matMul({ a: v, b: [[0.7, -0.3], [0.2, 0.9]], activation: act });
          return tf.reduceSum(tf.multiply(y, y));
        });
        return tape.gradient(L, v)!;
      },
      [[[0.3, -0.8], [1.1, 0.4], [-0.6, 0.25]]],
      { seed, tolerance: 2e-2 },
    );
  }
  assertThrows(() => tf.fused.activationGrad([1], [1, 2], "relu"), RangeError, "same shape");
  assertThrows(() => tf.fused.activationGrad([1], [1], "swish" as "relu"), RangeError, "swish");
});

function refXent(labels: Float32Array, logits: Float32Array, rows: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows; i++) {
    let m = -Infinity;
    for (let j = 0; j < n; j++) m = Math.max(m, logits[i * n + j]);
    let s = 0;
    for (let j = 0; j < n; j++) s += Math.exp(logits[i * n + j] - m);
    const lse = Math.log(s) + m;
    let l = 0;
    for (let j = 0; j < n; j++) l += labels[i * n + j] * (lse - logits[i * n + j]);
    out.push(l);
  }
  return out;
}

Deno.test("nn.softmaxCrossEntropyWithLogits: loss and gradients", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const [rows, n] of [[1, 1], [7, 10], [33, 3], [5, 1001], [300, 13]]) {
    const logits = randomArray(r, rows * n, -20, 20);
    const raw = randomArray(r, rows * n, 0, 1);
    const labels = new Float32Array(rows * n);
    for (let i = 0; i < rows; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += raw[i * n + j];
      for (let j = 0; j < n; j++) labels[i * n + j] = raw[i * n + j] / s;
    }
    const x = tf.constant(logits, { shape: [rows, n] });
    const t = tf.constant(labels, { shape: [rows, n] });
    const loss = tf.nn.softmaxCrossEntropyWithLogits(t, x);
    ok(loss.shape.join() === `${rows}`, `shape ${loss.shape}`);
    assertClose(
      loss.dataSync(),
      refXent(labels, logits, rows, n),
      { rtol: 2e-5, atol: 2e-4 },
      `loss ${rows}×${n} (seed ${seed})`,
    );
    // gradients (logits and labels) against the composed formula's
    const w = tf.constant(randomArray(r, rows, -1, 1));
    const grads = (fused: boolean) => {
      const vx = new tf.Variable(x), vt = new tf.Variable(t);
      const tape = new tf.GradientTape();
      const L = tape.record(() => {
        const l = fused
          ? tf.nn.softmaxCrossEntropyWithLogits(vt, vx)
          : tf.neg(tf.reduceSum(tf.multiply(vt, tf.logSoftmax(vx)), -1));
        return tf.reduceSum(tf.multiply(l, w));
      });
      return tape.gradient(L, [vx, vt]).map((g) => g!.dataSync());
    };
    const f = grads(true), u = grads(false);
    assertClose(f[0], u[0], { rtol: 1e-5, atol: 1e-6 }, `dlogits ${rows}×${n} (seed ${seed})`);
    assertClose(f[1], u[1], { rtol: 1e-5, atol: 1e-5 }, `dlabels ${rows}×${n} (seed ${seed})`);
  }
  // rank 3, another axis (composed), NaN and infinities
  const x3 = tf.constant(randomArray(r, 2 * 3 * 4), { shape: [2, 3, 4] });
  const t3 = tf.softmax(tf.constant(randomArray(r, 24), { shape: [2, 3, 4] }));
  assertClose(
    tf.nn.softmaxCrossEntropyWithLogits(t3, x3).dataSync(),
    tf.neg(tf.reduceSum(tf.multiply(t3, tf.logSoftmax(x3)), -1)).dataSync(),
    { rtol: 1e-5, atol: 1e-6 },
    "rank 3",
  );
  assertClose(
    tf.nn.softmaxCrossEntropyWithLogits(t3, x3, 1).dataSync(),
    tf.neg(tf.reduceSum(tf.multiply(t3, tf.logSoftmax(x3, 1)), 1)).dataSync(),
    { rtol: 1e-5, atol: 1e-6 },
    "axis 1",
  );
  const special = tf.nn.softmaxCrossEntropyWithLogits([[0, 1], [0, 1], [1, 0]], [[NaN, 0], [
    Infinity,
    0,
  ], [
    1e30,
    0,
  ]]).dataSync();
  ok(Number.isNaN(special[0]), `NaN logits: ${special[0]}`);
  ok(Number.isNaN(special[1]) || special[1] === Infinity, `+inf logit: ${special[1]}`);
  ok(special[2] === 0, `a dominant right logit: ${special[2]}`);
  // second order through the gradient kernel
  tf.test.checkGradients(
    (v) => {
      const tape = new tf.GradientTape();
      tape.watch(v);
      const l = tape.record(() => tf.nn.softmaxCrossEntropyWithLogits([[0.2, 0.5, 0.3]], v));
      return tape.gradient(l, v)!;
    },
    [[[0.3, -1.2, 0.8]]],
    { seed },
  );
  assertThrows(
    () => tf.nn.softmaxCrossEntropyWithLogits([[1, 0]], [[1, 2, 3]]),
    RangeError,
    "softmaxCrossEntropyWithLogits",
    "(1, 2)",
    "(1, 3)",
    "same shape",
  );
  assertThrows(
    () => tf.nn.softmaxCrossEntropyWithLogits(tf.constant([1], { dtype: "int32" }), [1]),
    TypeError,
    "float32",
    "sparseSoftmaxCrossEntropyWithLogits",
  );
  ok(tf.nn.softmaxCrossEntropyWithLogits([1], [2]).arraySync() === 0, "one class: loss 0");
});

Deno.test("nn.sparseSoftmaxCrossEntropyWithLogits: as the dense op with one-hot labels", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const [rows, n] of [[1, 1], [64, 10], [33, 7], [4, 1003]]) {
    const logits = tf.constant(randomArray(r, rows * n, -10, 10), { shape: [rows, n] });
    const cls = Int32Array.from({ length: rows }, () => Math.floor(r() * n));
    const labels = tf.constant(cls, { dtype: "int32" });
    const onehot = tf.cast(
      tf.equal(tf.reshape(labels, [rows, 1]), tf.range(0, n, 1, "int32")),
      "float32",
    );
    const sparse = tf.nn.sparseSoftmaxCrossEntropyWithLogits(labels, logits);
    const dense = tf.nn.softmaxCrossEntropyWithLogits(onehot, logits);
    assertClose(
      sparse.dataSync(),
      dense.dataSync(),
      { rtol: 1e-6, atol: 1e-6 },
      `loss ${rows}×${n}`,
    );
    const w = tf.constant(randomArray(r, rows, -1, 1));
    const g = (f: () => tf.Tensor) => {
      const v = new tf.Variable(logits);
      const tape = new tf.GradientTape();
      const L = tape.record(() => tf.reduceSum(tf.multiply(f.call(v), w)));
      return tape.gradient(L, v)!.dataSync();
    };
    const gs = g(function (this: tf.Variable) {
      return tf.nn.sparseSoftmaxCrossEntropyWithLogits(labels, this);
    });
    const gd = g(function (this: tf.Variable) {
      return tf.nn.softmaxCrossEntropyWithLogits(onehot, this);
    });
    // one-hot rows give the same bits in both kernels
    ok(
      gs.every((v, i) => Object.is(v, gd[i])),
      `sparse and dense gradients ${rows}×${n} (seed ${seed})`,
    );
  }
  const bad = tf.nn.sparseSoftmaxCrossEntropyWithLogits(
    tf.constant([2, -1, 0], { dtype: "int32" }),
    [[1, 2], [
      3,
      4,
    ], [5, 6]],
  ).dataSync();
  ok(Number.isNaN(bad[0]) && Number.isNaN(bad[1]) && !Number.isNaN(bad[2]), `out of range: ${bad}`);
  assertThrows(
    () => tf.nn.sparseSoftmaxCrossEntropyWithLogits([0, 1], [[1, 2]]),
    RangeError,
    "labels (2,)",
    "(1,)",
  );
  assertThrows(
    () => tf.nn.sparseSoftmaxCrossEntropyWithLogits(tf.constant([0.5]), [[1, 2]]),
    TypeError,
    "int32",
  );
});

Deno.test("gradient tape: inputs that lead to no source get no gradient computed", () => {
  const x = tf.ones([8, 5]); // data: a constant
  const w = new tf.Variable(tf.ones([5, 3]));
  let matmuls = 0;
  const before = hooks.after;
  hooks.after = (name) => {
    if (name === "matmul") matmuls++;
  };
  try {
    const tape = new tf.GradientTape();
    const loss = tape.record(() => tf.reduceSum(tf.matmul(x, w)));
    matmuls = 0;
    const g = tape.gradient(loss, w)!;
    ok(matmuls === 1, `the gradient made ${matmuls} matmuls; dw needs 1 (dx is not wanted)`);
    ok(g.dataSync().every((v) => v === 8), "dw = xᵀ 1");
  } finally {
    hooks.after = before;
  }
});

Deno.test({
  name: "fused ops on WebGPU: values and gradients agree with wasm",
  ignore: !gpuAvailable,
  fn: async () => {
    const seed = freshSeed(), r = rng(seed);
    const rand = (shape: number[], lo = -2, hi = 2) =>
      tf.constant(randomArray(r, numel(shape), lo, hi), { shape });
    // Every case: a function of float inputs giving one tensor; its values and
    // its gradients (of the sum of its product with a fixed random weight)
    // computed on each backend.
    const cases: [string, tf.Tensor[], (...t: tf.Tensor[]) => tf.Tensor][] = [];
    for (const act of ["linear", "relu", "relu6", "leakyrelu", "elu", "sigmoid", "tanh"] as const) {
      cases.push([
        `fused.matMul ${act} 7x13 · 13x5 + bias`,
        [rand([7, 13]), rand([13, 5]), rand([5])],
        (a, b, bias) => tf.fused.matMul({ a, b, bias, activation: act, leakyreluAlpha: 0.3 }),
      ]);
      cases.push([
        `fused.conv2d ${act} 2x6x5x3 * 3x3x3x4 + bias`,
        [rand([2, 6, 5, 3]), rand([3, 3, 3, 4]), rand([4])],
        (x, f, bias) =>
          tf.fused.conv2d({ x, filter: f, strides: 1, pad: "SAME", bias, activation: act }),
      ]);
    }
    cases.push([
      "fused.matMul transposes, no bias, relu",
      [rand([9, 4]), rand([6, 9])],
      (a, b) => tf.fused.matMul({ a, b, transposeA: true, transposeB: true, activation: "relu" }),
    ]);
    cases.push([
      "nn.softmaxCrossEntropyWithLogits 5x7",
      [tf.softmax(rand([5, 7])), rand([5, 7], -4, 4)],
      (t, x) => tf.nn.softmaxCrossEntropyWithLogits(t, x),
    ]);
    const classes = tf.constant([0, 6, 3, 2, 5], { dtype: "int32" });
    cases.push([
      "nn.sparseSoftmaxCrossEntropyWithLogits 5x7",
      [rand([5, 7], -4, 4)],
      (x) => tf.nn.sparseSoftmaxCrossEntropyWithLogits(classes, x),
    ]);
    const run = (fn: (...t: tf.Tensor[]) => tf.Tensor, ins: tf.Tensor[]) => {
      const vs = ins.map((t) => new tf.Variable(t));
      const tape = new tf.GradientTape();
      let y!: tf.Tensor, loss!: tf.Tensor;
      tape.record(() => {
        y = fn(...vs);
        const w = tf.constant(randomArray(rng(seed + 1), y.size), { shape: y.shape });
        loss = tf.reduceSum(tf.multiply(y, w));
      });
      return [y, ...tape.gradient(loss, vs).map((g) => g!)];
    };
    for (const [name, ins, fn] of cases) {
      const want = await Promise.all(tf.device("cpu", () => run(fn, ins)).map((t) => t.data()));
      const gpu = tf.device("gpu", () => run(fn, ins));
      ok(gpu[0].storage.gpu !== null, `${name}: ran on the GPU`);
      const got = await Promise.all(gpu.map((t) => t.data()));
      got.forEach((g, i) =>
        assertClose(g, want[i], { rtol: 1e-4, atol: 1e-5 }, `${name} (seed ${seed}) output ${i}`)
      );
    }
  },
});
