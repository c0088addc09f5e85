// Fused kernels before / after (issue 7, item 2): each fusion beside the
// composition of ops it replaces, same inputs, same run, one thread.
//
//   deno bench -A bench/fused_bench.ts        deno bench groups (unfused = baseline)
//   deno run -A bench/fused_bench.ts [n]      table: best round by CPU time (µs per
//                                             call), unfused / fused
//
// - Dense forward: relu(matmul(x, W) + b) vs tf.fused.matMul (bias and relu
//   applied to each block of rows while in cache).
// - Conv2D forward: relu(conv2d(x, f) + b) vs tf.fused.conv2d.
// - Softmax cross-entropy: -Σ t · logSoftmax(logits) (4 kernels) vs
//   tf.nn.softmaxCrossEntropyWithLogits (1), forward, and forward + gradient.
// - relu's gradient: multiply(dy, cast(greater(x, 0))) (3 kernels) vs the
//   one-kernel tf.fused.activationGrad (now relu's own gradient).
// - A Dense layer's training step (forward + gradients of x, W, b).
// The optimizers' updates are fused already (one kernel per variable, issue 5).
import process from "node:process";
import * as tf from "../mod.ts";
import { data } from "./_workloads.ts";

tf.setThreads(1);

const t = (shape: number[], seed: number, scale = 1) =>
  tf.constant(data(shape.reduce((a, b) => a * b, 1), seed).map((v) => v * scale), { shape });

interface Pair {
  group: string;
  unfused: () => void;
  fused: () => void;
}

const pairs: Pair[] = [];

for (const [B, K, N] of [[64, 784, 128], [256, 784, 128], [512, 1024, 1024]]) {
  const x = t([B, K], 1), W = t([K, N], 2, 0.1), b = t([N], 3);
  pairs.push({
    group: `Dense forward ${B}×${K} → ${N}, relu`,
    unfused: () => {
      tf.relu(tf.add(tf.matmul(x, W), b)).dataSync();
    },
    fused: () => {
      tf.fused.matMul({ a: x, b: W, bias: b, activation: "relu" }).dataSync();
    },
  });
}

{
  const x = t([32, 32, 32, 64], 4), f = t([3, 3, 64, 64], 5, 0.2), b = t([64], 6);
  pairs.push({
    group: "Conv2D forward 32×32×32×64 → 64, 3×3, relu",
    unfused: () => {
      tf.relu(tf.add(tf.conv2d(x, f, 1, "SAME"), b)).dataSync();
    },
    fused: () => {
      tf.fused.conv2d({ x, filter: f, strides: 1, pad: "SAME", bias: b, activation: "relu" })
        .dataSync();
    },
  });
}

for (const [B, C] of [[256, 10], [256, 1000]]) {
  const logits = t([B, C], 7, 4), labels = tf.softmax(t([B, C], 8, 4));
  pairs.push({
    group: `softmax cross-entropy ${B}×${C}, forward`,
    unfused: () => {
      tf.reduceMean(tf.neg(tf.reduceSum(tf.multiply(labels, tf.logSoftmax(logits)), -1)))
        .dataSync();
    },
    fused: () => {
      tf.reduceMean(tf.nn.softmaxCrossEntropyWithLogits(labels, logits)).dataSync();
    },
  });
  const v = new tf.Variable(logits);
  const grad = (f: () => tf.Tensor) => () => {
    const tape = new tf.GradientTape();
    const loss = tape.record(f);
    tape.gradient(loss, v)!.dataSync();
  };
  pairs.push({
    group: `softmax cross-entropy ${B}×${C}, forward + gradient`,
    unfused: grad(() =>
      tf.reduceMean(tf.neg(tf.reduceSum(tf.multiply(labels, tf.logSoftmax(v)), -1)))
    ),
    fused: grad(() => tf.reduceMean(tf.nn.softmaxCrossEntropyWithLogits(labels, v))),
  });
}

for (const n of [256 * 128, 1 << 20]) {
  const x = t([n], 9), dy = t([n], 10);
  const y = tf.relu(x);
  pairs.push({
    group: `relu gradient, ${n} elements`,
    unfused: () => {
      tf.multiply(dy, tf.cast(tf.greater(x, 0), "float32")).dataSync();
    },
    fused: () => {
      tf.fused.activationGrad(dy, y, "relu").dataSync();
    },
  });
}

{
  const x = new tf.Variable(t([256, 784], 11)), W = new tf.Variable(t([784, 128], 12, 0.1));
  const b = new tf.Variable(t([128], 13));
  const step = (f: () => tf.Tensor) => () => {
    const tape = new tf.GradientTape();
    const loss = tape.record(() => tf.reduceSum(f()));
    for (const g of tape.gradient(loss, [x, W, b])) g!.dataSync();
  };
  pairs.push({
    group: "Dense 256×784 → 128 relu: forward + gradients of x, W, b",
    unfused: step(() => tf.relu(tf.add(tf.matmul(x, W), b))),
    fused: step(() => tf.fused.matMul({ a: x, b: W, bias: b, activation: "relu" })),
  });
}

if (import.meta.main) {
  const rounds = Number(Deno.args[0] ?? 7);
  console.log(`load average ${Deno.loadavg().map((x) => x.toFixed(1)).join(" ")}; one thread`);
  console.log("| workload | unfused (µs, CPU) | fused (µs, CPU) | unfused / fused |");
  console.log("| --- | --- | --- | --- |");
  for (const p of pairs) {
    const t0 = performance.now();
    p.unfused();
    p.fused();
    const once = Math.max((performance.now() - t0) / 2, 0.005);
    const reps = Math.max(3, Math.min(3000, Math.round(50 / once)));
    const best = { unfused: Infinity, fused: Infinity };
    for (let r = 0; r < rounds; r++) {
      for (const side of ["unfused", "fused"] as const) {
        // a fresh event-loop turn: finalizers free the previous round's tensors
        await new Promise((res) => setTimeout(res, 0));
        const c0 = process.cpuUsage();
        for (let i = 0; i < reps; i++) tf.tidy(p[side]);
        const u = process.cpuUsage(c0);
        best[side] = Math.min(best[side], (u.user + u.system) / reps);
      }
    }
    console.log(
      `| ${p.group} | ${best.unfused.toFixed(1)} | ${best.fused.toFixed(1)} | ` +
        `${(best.unfused / best.fused).toFixed(2)}× |`,
    );
  }
} else {
  for (const p of pairs) {
    Deno.bench({ name: "unfused", group: p.group, baseline: true, fn: () => tf.tidy(p.unfused) });
    Deno.bench({ name: "fused", group: p.group, fn: () => tf.tidy(p.fused) });
  }
}
