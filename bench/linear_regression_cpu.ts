// The tutorial's linear regression, 10,000 epochs: tapeflow and TensorFlow.js
// (wasm backend, SIMD, one thread) in the same process, timed by wall clock
// and by this process's CPU time (user + system, from node:process). On a
// shared machine other jobs stretch wall-clock times; CPU time counts only
// the time this process ran, so it is the steadier comparison.
//
// Run: deno run -A bench/linear_regression_cpu.ts [reps=7] [--parts]
// --parts: also the CPU time of each part of one epoch (forward, recording,
// gradient, optimizer step) and of single small ops, best of 7 x 20,000 calls.
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";
import process from "node:process";

const EPOCHS = 10000;
const reps = Number(Deno.args.find((x) => !x.startsWith("--")) ?? 7);
const norm = (v: number[]) =>
  v.map((x) => (x - Math.min(...v)) / (Math.max(...v) - Math.min(...v)));
const Xd = norm([2013, 2014, 2015, 2016, 2017]);
const yd = norm([12000, 14000, 15000, 16500, 17500]);

function tapeflowRun(): [number, number] {
  const X = tf.constant(Xd), y = tf.constant(yd);
  const a = new tf.Variable(0.0), b = new tf.Variable(0.0);
  const variables = [a, b];
  const optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
  for (let e = 0; e < EPOCHS; e++) {
    const tape = new tf.GradientTape();
    const loss = tape.record(() => {
      const yPred = tf.add(tf.multiply(a, X), b);
      return tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(yPred, y))));
    });
    const grads = tape.gradient(loss, variables);
    optimizer.applyGradients(tf.zip(grads, variables));
  }
  return [a.dataSync()[0], b.dataSync()[0]];
}

function tfjsRun(): [number, number] {
  const X = tfjs.tensor1d(Xd), y = tfjs.tensor1d(yd);
  const a = tfjs.variable(tfjs.scalar(0)), b = tfjs.variable(tfjs.scalar(0));
  const sgd = tfjs.train.sgd(1e-3);
  const lossFn = () =>
    tfjs.mul(
      0.5,
      tfjs.sum(tfjs.square(tfjs.sub(tfjs.add(tfjs.mul(a, X), b), y))),
    ) as import("@tensorflow/tfjs").Scalar;
  for (let e = 0; e < EPOCHS; e++) sgd.minimize(lossFn, false, [a, b]);
  const r: [number, number] = [a.dataSync()[0], b.dataSync()[0]];
  tfjs.dispose([X, y, a, b]);
  sgd.dispose();
  return r;
}

function measure(name: string, run: () => [number, number], n: number): void {
  run(); // warm-up (JIT)
  const wall: number[] = [], cpu: number[] = [];
  let ab: [number, number] = [NaN, NaN];
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    ab = run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const med = (v: number[]) => v.slice().sort((x, y) => x - y)[v.length >> 1];
  const f = (v: number) => v.toFixed(1).padStart(8);
  console.log(
    `${name.padEnd(44)} wall min ${f(Math.min(...wall))} med ${f(med(wall))} ms | ` +
      `cpu min ${f(Math.min(...cpu))} med ${f(med(cpu))} ms | a=${ab[0].toFixed(5)} b=${
        ab[1].toFixed(6)
      }`,
  );
}

function parts(): void {
  const X = tf.constant(Xd), y = tf.constant(yd);
  const a = new tf.Variable(0.0), b = new tf.Variable(0.0);
  const variables = [a, b];
  const optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
  const N = 20000;
  const fwd = () =>
    tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(tf.add(tf.multiply(a, X), b), y))));
  const zeroGrads = [tf.constant(0), tf.constant(0)];
  const cases: [string, () => unknown][] = [
    ["forward, 6 ops, no tape", fwd],
    ["the same under a recording tape", () => {
      const t = new tf.GradientTape();
      t.record(fwd);
      t.dispose();
    }],
    ["+ tape.gradient(loss, [a, b])", () => {
      const t = new tf.GradientTape();
      t.gradient(t.record(fwd), variables);
    }],
    ["+ applyGradients(zip(grads, variables))", () => {
      const t = new tf.GradientTape();
      optimizer.applyGradients(tf.zip(t.gradient(t.record(fwd), variables), variables));
    }],
    [
      "applyGradients alone (2 scalars)",
      () => optimizer.applyGradients(tf.zip(zeroGrads, variables)),
    ],
    ["tf.add(scalar, scalar)", () => tf.add(a, b)],
    ["tf.multiply([5], scalar)", () => tf.multiply(X, b)],
    ["tf.reduceSum([5])", () => tf.reduceSum(X)],
    ["tf.reduceSum([5], [0], true)", () => tf.reduceSum(X, [0], true)],
    ["tf.reshape(scalar, [])", () => tf.reshape(b, [])],
    ["tf.onesLike(scalar)", () => tf.onesLike(b)],
    ["tf.zerosLike([5])", () => tf.zerosLike(X)],
  ];
  const best = new Map<string, number>();
  for (let pass = 0; pass < 2; pass++) {
    for (const [name, f] of cases) {
      for (let r = 0; r < 7; r++) {
        const c0 = process.cpuUsage();
        for (let i = 0; i < N; i++) f();
        const c = process.cpuUsage(c0);
        const ns = (c.user + c.system) / N * 1000;
        if (pass === 1) best.set(name, Math.min(best.get(name) ?? Infinity, ns));
      }
    }
  }
  console.log("# CPU time per call, best of 7 x 20,000 calls (after a warm-up pass)");
  for (const [name, ns] of best) console.log(`${name.padEnd(44)} ${ns.toFixed(0).padStart(6)} ns`);
}

console.log(`# ${EPOCHS} epochs, ${reps} runs each after a warm-up; deno ${Deno.version.deno}`);
measure("tapeflow GradientTape + SGD.applyGradients", tapeflowRun, reps);
measure("tfjs-wasm tf.train.sgd(1e-3).minimize", tfjsRun, Math.max(3, reps >> 1));
measure("tapeflow GradientTape + SGD.applyGradients", tapeflowRun, reps);
if (Deno.args.includes("--parts")) parts();
