// The workloads of issue 7's targets table, defined once for every library:
// tapeflow (1 and 2 threads; eager, fused, captured), TensorFlow.js's wasm
// backend at 1 thread (bench/_tfjs.ts) and 2 threads (bench/_tfjs_mt.ts).
// The workload_*_bench.ts files register them with `deno bench`;
// bench/results.ts runs them all in one run and writes bench/RESULTS.md's
// generated section and bench/results.svg.
//
// Each bench records its CPU time (this process's user + system, so both
// threads of a 2-thread run) as well as deno bench's wall time: this machine
// is shared, and CPU time leaves out the time other jobs took.

import process from "node:process";
import type * as TF from "@tensorflow/tfjs";
import * as tf from "../mod.ts";
import { warmThreads } from "../asm/threads.ts";

/** What each workload measures, for bench/results.ts. */
export interface WorkloadInfo {
  id: string;
  title: string;
  /** Work per bench iteration (FLOPs or bytes), or 0 for a time. */
  work: number;
  /** How the work turns into a rate: "GFLOP/s", "GB/s", or "ms" (time per iteration). */
  unit: "GFLOP/s" | "GB/s" | "ms";
  /** The target, in `unit`, and how it reads. */
  target: string;
  targetValue: number;
  /** Issue 7's tfjs-wasm 1T / 2T figures on the peers' machine, for reference. */
  peers: string;
  /** Thread counts tapeflow runs at (1 only where nothing is large enough to split). */
  threads: number[];
  /** Whether each iteration also records per-thread CPU time (iterations of 10 ms and more). */
  perThread: boolean;
}

export const WORKLOADS: WorkloadInfo[] = [
  {
    id: "matmul1024",
    title: "matmul 1024 f32",
    work: 2 * 1024 ** 3,
    unit: "GFLOP/s",
    target: "≥ 75 GFLOP/s on 2 cores",
    targetValue: 75,
    peers: "27 / 47–53 GFLOP/s",
    threads: [1, 2],
    perThread: true,
  },
  {
    id: "conv",
    title: "conv2d 32×32×32×64 → 64, 3×3",
    work: 2 * 32 * 32 * 32 * 64 * 9 * 64,
    unit: "GFLOP/s",
    target: "≥ 60 GFLOP/s on 2 cores",
    targetValue: 60,
    peers: "24.5 / 44 GFLOP/s",
    threads: [1, 2],
    perThread: true,
  },
  {
    id: "linreg",
    title: "tutorial linear regression, 10,000 epochs",
    work: 0,
    unit: "ms",
    target: "≤ 60 ms; < 44 ms captured",
    targetValue: 60,
    peers: "1,200 ms",
    threads: [1],
    perThread: false,
  },
  {
    id: "mlp64",
    title: "MLP 784-128-10 Adam step, batch 64",
    work: 0,
    unit: "ms",
    target: "≤ 0.8 ms",
    targetValue: 0.8,
    peers: "9.9 ms",
    threads: [1, 2],
    perThread: false,
  },
  {
    id: "mlp256",
    title: "MLP 784-128-10 Adam step, batch 256",
    work: 0,
    unit: "ms",
    target: "≤ 2.0 ms",
    targetValue: 2,
    peers: "33 ms",
    threads: [1, 2],
    perThread: false,
  },
  {
    id: "add1M",
    title: "add 1M floats",
    work: 12 * (1 << 20),
    unit: "GB/s",
    target: "≥ 40 GB/s",
    targetValue: 40,
    peers: "22.6 GB/s",
    threads: [1, 2],
    perThread: false,
  },
  {
    id: "add16M",
    title: "add 16M floats",
    work: 12 * (1 << 24),
    unit: "GB/s",
    target: "≥ 12 GB/s",
    targetValue: 12,
    peers: "12.2 GB/s",
    threads: [1, 2],
    perThread: false,
  },
];

/** deno bench options per workload: iterations bounded so one run takes minutes, not hours. */
export const ITERS: Record<string, { n: number; warmup: number }> = {
  matmul1024: { n: 30, warmup: 3 },
  conv: { n: 20, warmup: 2 },
  linreg: { n: 8, warmup: 2 },
  mlp64: { n: 300, warmup: 30 },
  mlp256: { n: 150, warmup: 15 },
  add1M: { n: 500, warmup: 50 },
  add16M: { n: 40, warmup: 4 },
};

// ---------------------------------------------------------------- CPU time

interface CpuRecord {
  n: number;
  cpuTotal: number;
  cpuMin: number;
  wallMin: number;
  /** Per iteration, the largest CPU time of any one thread (long workloads only). */
  critTotal: number;
  critMin: number;
}
const cpu = new Map<string, CpuRecord>();

/**
 * CPU time of each thread of this process (ns), from Linux's per-thread
 * schedstat; null where /proc cannot be read.
 */
function threadTimes(): Map<string, number> | null {
  try {
    const out = new Map<string, number>();
    for (const e of Deno.readDirSync("/proc/self/task")) {
      try {
        const t = Deno.readTextFileSync(`/proc/self/task/${e.name}/schedstat`);
        out.set(e.name, Number(t.slice(0, t.indexOf(" "))));
      } catch { /* the thread ended */ }
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * Wraps a bench body so that each call's CPU time and wall time are recorded
 * under `key` (workload id and variant); written at exit to the directory in
 * TAPEFLOW_BENCH_OUT, when bench/results.ts sets it.
 *
 * With `perThread` (for iterations of 10 ms and more: reading /proc costs
 * ~0.1 ms), also the critical path: the most CPU time any one thread spent in
 * the call. On a machine whose cores other jobs keep busy, a split call's wall
 * time mostly measures waiting for a core; its critical path is what the call
 * takes when each thread has a core of its own (plus the hand-over, a few µs).
 */
export function recorded(key: string, fn: () => void, perThread = false): () => void {
  const r: CpuRecord = {
    n: 0,
    cpuTotal: 0,
    cpuMin: Infinity,
    wallMin: Infinity,
    critTotal: 0,
    critMin: Infinity,
  };
  cpu.set(key, r);
  return () => {
    const th0 = perThread ? threadTimes() : null;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wall = performance.now() - t0;
    const u = process.cpuUsage(c0);
    const th1 = th0 !== null ? threadTimes() : null;
    const ms = (u.user + u.system) / 1e3;
    r.n++;
    r.cpuTotal += ms;
    if (ms < r.cpuMin) r.cpuMin = ms;
    if (wall < r.wallMin) r.wallMin = wall;
    if (th0 !== null && th1 !== null) {
      // The main thread's own schedstat lags while it runs: take it as the
      // process's CPU time (exact) less the other threads'.
      let crit = 0, others = 0;
      for (const [tid, t] of th1) {
        if (tid === String(Deno.pid)) continue;
        const d = (t - (th0.get(tid) ?? 0)) / 1e6;
        others += d;
        crit = Math.max(crit, d);
      }
      crit = Math.max(crit, ms - others);
      r.critTotal += crit;
      if (crit < r.critMin) r.critMin = crit;
    }
  };
}

globalThis.addEventListener("unload", () => {
  let dir: string | undefined;
  try {
    dir = Deno.env.get("TAPEFLOW_BENCH_OUT");
  } catch {
    return; // no env permission: a plain `deno bench`
  }
  if (!dir) return;
  const out: Record<string, CpuRecord> = {};
  for (const [k, v] of cpu) if (v.n > 0) out[k] = v;
  const file = `${dir}/cpu-${crypto.randomUUID()}.json`;
  Deno.writeTextFileSync(file, JSON.stringify(out));
});

// ---------------------------------------------------------------- data

/** Deterministic floats in [-0.5, 0.5). */
export function data(n: number, seed: number): Float32Array {
  const a = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    a[i] = s / 2 ** 32 - 0.5;
  }
  return a;
}

/** Deterministic normal-ish weights scaled for He initialisation. */
function weights(n: number, fanIn: number, seed: number): Float32Array {
  const a = data(n, seed);
  const s = Math.sqrt(2 / fanIn) * Math.sqrt(12); // uniform(-0.5, 0.5) has variance 1/12
  for (let i = 0; i < n; i++) a[i] *= s;
  return a;
}

function labels(batch: number, seed: number): Float32Array {
  const y = new Float32Array(batch * 10);
  const r = data(batch, seed);
  for (let i = 0; i < batch; i++) y[i * 10 + Math.floor((r[i] + 0.5) * 10)] = 1;
  return y;
}

const norm = (v: number[]) =>
  v.map((x) => (x - Math.min(...v)) / (Math.max(...v) - Math.min(...v)));
const LR_X = norm([2013, 2014, 2015, 2016, 2017]);
const LR_Y = norm([12000, 14000, 15000, 16500, 17500]);
const EPOCHS = 10_000;

function checkLinreg(a: number, b: number, who: string): void {
  if (Math.abs(a - 0.97637) > 1e-4 || Math.abs(b - 0.057565) > 1e-4) {
    throw new Error(`${who}: a = ${a}, b = ${b}; expected 0.97637, 0.057565`);
  }
}

// ---------------------------------------------------------------- tapeflow

/** A tapeflow variant of a workload: its label and body (threads set by the caller). */
export interface Variant {
  label: string;
  fn: () => void;
}

/** Starts tapeflow's worker pool, so that 2-thread variants use 2 threads from the first call. */
export async function readyThreads(): Promise<void> {
  tf.setThreads(2);
  await warmThreads();
}

/** tapeflow's variants of workload `id` (each run at 1 and 2 threads by the bench files). */
export function tapeflow(id: string): Variant[] {
  switch (id) {
    case "matmul1024": {
      const a = tf.constant(data(1024 * 1024, 1), { shape: [1024, 1024] });
      const b = tf.constant(data(1024 * 1024, 2), { shape: [1024, 1024] });
      return [{
        label: "matmul",
        fn: () => {
          const c = tf.matmul(a, b);
          c.dataSync();
          c.dispose();
        },
      }];
    }
    case "conv": {
      const x = tf.constant(data(32 * 32 * 32 * 64, 3), { shape: [32, 32, 32, 64] });
      const f = tf.constant(data(9 * 64 * 64, 4).map((v) => v * 0.2), { shape: [3, 3, 64, 64] });
      return [{
        label: "conv2d",
        fn: () => {
          const y = tf.conv2d(x, f, 1, "SAME");
          y.dataSync();
          y.dispose();
        },
      }];
    }
    case "linreg":
      return [
        { label: "GradientTape + SGD, eager", fn: () => linreg(false) },
        { label: "same step under tf.function", fn: () => linreg(true) },
      ];
    case "mlp64":
    case "mlp256": {
      const B = id === "mlp64" ? 64 : 256;
      return [
        { label: "core ops (matmul, add, relu, logSoftmax)", fn: mlp(B, "core") },
        { label: "fused ops (fused.matMul, nn.softmaxCrossEntropy)", fn: mlp(B, "fused") },
        { label: "fused ops under tf.function", fn: mlp(B, "captured") },
      ];
    }
    case "add1M":
    case "add16M": {
      const n = id === "add1M" ? 1 << 20 : 1 << 24;
      const a = tf.constant(data(n, 5)), b = tf.constant(data(n, 6));
      tf.add(a, b).dispose(); // inputs resident in the heap
      return [{ label: "add", fn: () => tf.add(a, b).dispose() }];
    }
  }
  throw new Error(`unknown workload ${id}`);
}

function linreg(captured: boolean): void {
  const X = tf.constant(LR_X), y = tf.constant(LR_Y);
  const a = new tf.Variable(0.0), b = new tf.Variable(0.0);
  const variables = [a, b];
  const optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
  const step = () => {
    const tape = new tf.GradientTape();
    const loss = tape.record(() => {
      const yPred = tf.add(tf.multiply(a, X), b);
      return tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(yPred, y))));
    });
    optimizer.applyGradients(tf.zip(tape.gradient(loss, variables), variables));
    return loss;
  };
  const f = captured ? tf.function(step) : step;
  for (let e = 0; e < EPOCHS; e++) f();
  checkLinreg(a.dataSync()[0], b.dataSync()[0], captured ? "tf.function" : "eager");
}

/** One MLP 784-128-10 training step (relu, softmax cross-entropy, Adam 1e-3), loss read back. */
function mlp(B: number, mode: "core" | "fused" | "captured"): () => void {
  const W1 = new tf.Variable(tf.constant(weights(784 * 128, 784, 11), { shape: [784, 128] }));
  const b1 = new tf.Variable(tf.zeros([128]));
  const W2 = new tf.Variable(tf.constant(weights(128 * 10, 128, 12), { shape: [128, 10] }));
  const b2 = new tf.Variable(tf.zeros([10]));
  const vars = [W1, b1, W2, b2];
  const opt = new tf.keras.optimizers.Adam({ learningRate: 1e-3 });
  const x = tf.constant(data(B * 784, 13).map((v) => v + 0.5), { shape: [B, 784] });
  const t = tf.constant(labels(B, 14), { shape: [B, 10] });
  const step = (xb: tf.Tensor, tb: tf.Tensor) => {
    const tape = new tf.GradientTape();
    const loss = tape.record(() => {
      if (mode === "core") {
        const h = tf.relu(tf.add(tf.matmul(xb, W1), b1));
        const logits = tf.add(tf.matmul(h, W2), b2);
        return tf.reduceMean(tf.neg(tf.reduceSum(tf.multiply(tb, tf.logSoftmax(logits)), -1)));
      }
      const h = tf.fused.matMul({ a: xb, b: W1, bias: b1, activation: "relu" });
      const logits = tf.fused.matMul({ a: h, b: W2, bias: b2 });
      return tf.reduceMean(tf.nn.softmaxCrossEntropyWithLogits(tb, logits));
    });
    opt.applyGradients(tf.zip(tape.gradient(loss, vars), vars));
    return loss;
  };
  const f = mode === "captured" ? tf.function(step) : step;
  return () => {
    const loss = f(x, t);
    loss.dataSync();
  };
}

// ---------------------------------------------------------------- tfjs

/** TensorFlow.js's body for workload `id` on the given tfjs (1 or 2 threads). */
export function tfjsBody(tfjs: typeof TF, id: string): () => void {
  switch (id) {
    case "matmul1024": {
      const a = tfjs.tensor2d(data(1024 * 1024, 1), [1024, 1024]);
      const b = tfjs.tensor2d(data(1024 * 1024, 2), [1024, 1024]);
      return () => {
        const c = tfjs.matMul(a, b);
        c.dataSync();
        c.dispose();
      };
    }
    case "conv": {
      const x = tfjs.tensor4d(data(32 * 32 * 32 * 64, 3), [32, 32, 32, 64]);
      const f = tfjs.tensor4d(data(9 * 64 * 64, 4).map((v) => v * 0.2), [3, 3, 64, 64]);
      return () => {
        const y = tfjs.conv2d(x, f, 1, "same");
        y.dataSync();
        y.dispose();
      };
    }
    case "linreg": {
      const X = tfjs.tensor1d(LR_X), y = tfjs.tensor1d(LR_Y);
      return () => {
        const a = tfjs.variable(tfjs.scalar(0)), b = tfjs.variable(tfjs.scalar(0));
        const opt = tfjs.train.sgd(1e-3);
        for (let e = 0; e < EPOCHS; e++) {
          opt.minimize(
            () => {
              const p = tfjs.add(tfjs.mul(a, X), b);
              return tfjs.mul(0.5, tfjs.sum(tfjs.square(tfjs.sub(p, y)))) as TF.Scalar;
            },
            false,
            [a, b],
          );
        }
        checkLinreg(a.dataSync()[0], b.dataSync()[0], "tfjs");
        a.dispose();
        b.dispose();
        opt.dispose();
      };
    }
    case "mlp64":
    case "mlp256": {
      const B = id === "mlp64" ? 64 : 256;
      const W1 = tfjs.variable(tfjs.tensor2d(weights(784 * 128, 784, 11), [784, 128]));
      const b1 = tfjs.variable(tfjs.zeros([128]));
      const W2 = tfjs.variable(tfjs.tensor2d(weights(128 * 10, 128, 12), [128, 10]));
      const b2 = tfjs.variable(tfjs.zeros([10]));
      const adam = tfjs.train.adam(1e-3);
      const x = tfjs.tensor2d(data(B * 784, 13).map((v) => v + 0.5), [B, 784]);
      const t = tfjs.tensor2d(labels(B, 14), [B, 10]);
      return () => {
        const loss = adam.minimize(
          () => {
            const h = tfjs.relu(tfjs.add(tfjs.matMul(x, W1), b1));
            const logits = tfjs.add(tfjs.matMul(h, W2), b2);
            return tfjs.losses.softmaxCrossEntropy(t, logits) as TF.Scalar;
          },
          true,
          [W1, b1, W2, b2],
        )!;
        loss.dataSync();
        loss.dispose();
      };
    }
    case "add1M":
    case "add16M": {
      const n = id === "add1M" ? 1 << 20 : 1 << 24;
      const a = tfjs.tensor1d(data(n, 5)), b = tfjs.tensor1d(data(n, 6));
      return () => tfjs.add(a, b).dispose();
    }
  }
  throw new Error(`unknown workload ${id}`);
}

// ---------------------------------------------------------------- registration

/** Whether bench/results.ts asked for workload `id` (TAPEFLOW_BENCH_ONLY; all by default). */
function selected(id: string): boolean {
  let only: string | undefined;
  try {
    only = Deno.env.get("TAPEFLOW_BENCH_ONLY");
  } catch {
    return true;
  }
  return !only || only.split(",").includes(id);
}

/**
 * Registers workload `id` with deno bench: each tapeflow variant at 1 and 2
 * threads, and tfjs (when given) under `tfjsLabel`. Bench names are
 * "<library> <threads>T: <variant>"; the group is the workload id.
 */
export function register(
  id: string,
  tfjs: typeof TF | null,
  tfjsLabel: string,
  withTapeflow = true,
): void {
  if (!selected(id)) return;
  const it = ITERS[id];
  const info = WORKLOADS.find((w) => w.id === id)!;
  if (tfjs !== null) {
    const name = `${tfjsLabel}: ${
      id === "linreg"
        ? "tf.train.sgd minimize"
        : id.startsWith("mlp")
        ? "core ops, adam.minimize"
        : id
    }`;
    Deno.bench({
      name,
      group: id,
      baseline: true,
      ...it,
      fn: recorded(`${id}|${name}`, tfjsBody(tfjs, id), info.perThread),
    });
  }
  if (!withTapeflow) return;
  for (const v of tapeflow(id)) {
    for (const threads of info.threads) {
      const name = `tapeflow ${threads}T: ${v.label}`;
      const body = v.fn;
      Deno.bench({
        name,
        group: id,
        ...it,
        fn: recorded(`${id}|${name}`, () => {
          tf.setThreads(threads);
          body();
        }, info.perThread),
      });
    }
  }
}
