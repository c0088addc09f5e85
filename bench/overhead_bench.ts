// Per-op overhead end to end (issue 7, item 3): what a tiny op costs
// (argument checks, dispatch, allocation, staging, the kernel, the tape),
// beside TensorFlow.js's wasm backend in the same run.
//
//   deno bench -A bench/overhead_bench.ts         deno bench groups (per call)
//   deno run -A bench/overhead_bench.ts [rounds]  ns per call by CPU time: best
//                                                 round of 100,000 calls each
//
// Cases: a 5-element add; the same add recorded on a tape (the tape's extra);
// one step of the tutorial's linear regression (6 forward ops, a tape, the
// gradient, SGD.applyGradients), eager and under tf.function.
import process from "node:process";
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

const a = tf.constant([1, 2, 3, 4, 5]), b = tf.constant([5, 4, 3, 2, 1]);
const v = new tf.Variable([1, 2, 3, 4, 5]);
const ja = tfjs.tensor1d([1, 2, 3, 4, 5]), jb = tfjs.tensor1d([5, 4, 3, 2, 1]);

// the tutorial's step
const X = tf.constant([0, 0.25, 0.5, 0.75, 1]);
const Y = tf.constant([0, 0.36363637, 0.54545456, 0.8181818, 1]);
const wa = new tf.Variable(0), wb = new tf.Variable(0);
const vars = [wa, wb];
const sgd = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
const step = () => {
  const tape = new tf.GradientTape();
  const loss = tape.record(() =>
    tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(tf.add(tf.multiply(wa, X), wb), Y))))
  );
  sgd.applyGradients(tf.zip(tape.gradient(loss, vars), vars));
  return loss;
};
const captured = tf.function(step);

const jX = tfjs.tensor1d([0, 0.25, 0.5, 0.75, 1]);
const jY = tfjs.tensor1d([0, 0.36363637, 0.54545456, 0.8181818, 1]);
const ja2 = tfjs.variable(tfjs.scalar(0)), jb2 = tfjs.variable(tfjs.scalar(0));
const jsgd = tfjs.train.sgd(1e-3);
const jstep = () =>
  jsgd.minimize(
    () =>
      tfjs.mul(
        0.5,
        tfjs.sum(tfjs.square(tfjs.sub(tfjs.add(tfjs.mul(ja2, jX), jb2), jY))),
      ) as import("@tensorflow/tfjs").Scalar,
    false,
    [ja2, jb2],
  );

/** The cases: per-call bodies (1 call each). */
export const CASES: { group: string; name: string; fn: () => void }[] = [
  { group: "add 5", name: "tapeflow: tf.add of two 5-element tensors", fn: () => tf.add(a, b) },
  {
    group: "add 5",
    name: "tfjs-wasm: tf.add, disposed",
    fn: () => tfjs.add(ja, jb).dispose(),
  },
  {
    group: "recorded add",
    name: "tapeflow: tf.add of a watched variable, no tape",
    fn: () => tf.add(v, a),
  },
  {
    group: "recorded add",
    name: "tapeflow: the same add recorded on a tape",
    fn: () => tf.add(v, a),
  },
  { group: "tutorial step", name: "tapeflow: eager", fn: () => step() },
  { group: "tutorial step", name: "tapeflow: tf.function", fn: () => captured() },
  { group: "tutorial step", name: "tfjs-wasm: sgd.minimize", fn: () => jstep() },
];

// A tape recording while the "recorded" case runs (created once, reset each round).
let tape: tf.GradientTape | null = null;
function withTape(run: () => void): void {
  tape = new tf.GradientTape();
  tape.watch(v);
  try {
    run();
  } finally {
    tape.dispose();
    tape = null;
  }
}

if (import.meta.main) {
  const rounds = Number(Deno.args[0] ?? 7);
  const N = 100_000;
  console.log(`load average ${Deno.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  console.log("| case | ns per call (CPU, best round) | ns per call (wall, best round) |");
  console.log("| --- | --- | --- |");
  for (const c of CASES) {
    const recorded = c.name.includes("recorded on a tape");
    const n = c.group === "tutorial step" ? (c.name.startsWith("tfjs") ? 2_000 : 20_000) : N;
    const round = () => {
      const c0 = process.cpuUsage(), t0 = performance.now();
      for (let i = 0; i < n; i++) c.fn();
      const wall = performance.now() - t0, u = process.cpuUsage(c0);
      return [((u.user + u.system) * 1e3) / n, (wall * 1e6) / n];
    };
    let bestCpu = Infinity, bestWall = Infinity;
    for (let r = 0; r < rounds; r++) {
      // each round in a fresh event-loop turn: finalizers run between rounds
      await new Promise((res) => setTimeout(res, 0));
      const [cpu, wall] = recorded
        ? (() => {
          let out = [0, 0];
          withTape(() => (out = round()));
          return out;
        })()
        : round();
      bestCpu = Math.min(bestCpu, cpu);
      bestWall = Math.min(bestWall, wall);
    }
    console.log(`| ${c.name} | ${bestCpu.toFixed(0)} | ${bestWall.toFixed(0)} |`);
  }
} else {
  for (const c of CASES) {
    const recorded = c.name.includes("recorded on a tape");
    const body = c.fn;
    // 100 calls per iteration for the single ops: one call is below the timer's resolution
    const many = c.group !== "tutorial step";
    Deno.bench({
      name: many ? `${c.name} (100 calls)` : c.name,
      group: c.group,
      baseline: c.name.startsWith("tapeflow") && !c.name.includes("tf.function") &&
        !recorded,
      fn: recorded
        ? () =>
          withTape(() => {
            for (let i = 0; i < 100; i++) body();
          })
        : many
        ? () => {
          for (let i = 0; i < 100; i++) body();
        }
        : body,
    });
  }
}
