// Reductions, tapeflow vs TensorFlow.js's wasm backend (SIMD, one thread) in
// the same run. reduceSum over 1M and 16M floats is the foundation issue's
// target (>= 15 GB/s over 16M; GB/s = 4 n bytes / time per call). The result
// is disposed and not read back in either library (both compute synchronously;
// reading a 4 MB result back would dominate the cheaper ops).
// Run: deno bench -A bench/reduce_bench.ts
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

function data(n: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = ((i * 7919) % 1000) / 1000;
  return a;
}

type Case = {
  name: string;
  shape: number[];
  ours: (x: tf.Tensor) => tf.Tensor;
  // deno-lint-ignore no-explicit-any
  theirs: (x: any) => any;
};

const CASES: Case[] = [
  {
    name: "reduceSum 1M",
    shape: [1 << 20],
    ours: (x) => tf.reduceSum(x),
    theirs: (x) => tfjs.sum(x),
  },
  {
    name: "reduceSum 16M",
    shape: [1 << 24],
    ours: (x) => tf.reduceSum(x),
    theirs: (x) => tfjs.sum(x),
  },
  {
    name: "reduceSum 4096x4096 axis 0",
    shape: [4096, 4096],
    ours: (x) => tf.reduceSum(x, 0),
    theirs: (x) => tfjs.sum(x, 0),
  },
  {
    name: "reduceSum 4096x4096 axis 1",
    shape: [4096, 4096],
    ours: (x) => tf.reduceSum(x, 1),
    theirs: (x) => tfjs.sum(x, 1),
  },
  {
    name: "reduceMax 16M",
    shape: [1 << 24],
    ours: (x) => tf.reduceMax(x),
    theirs: (x) => tfjs.max(x),
  },
  {
    name: "argMax 1024x1000 axis 1",
    shape: [1024, 1000],
    ours: (x) => tf.argMax(x, 1),
    theirs: (x) => tfjs.argMax(x, 1),
  },
  {
    name: "softmax 1024x1000",
    shape: [1024, 1000],
    ours: (x) => tf.softmax(x),
    theirs: (x) => tfjs.softmax(x),
  },
  {
    name: "logSumExp 1024x1000 axis 1",
    shape: [1024, 1000],
    ours: (x) => tf.reduceLogSumExp(x, 1),
    theirs: (x) => tfjs.logSumExp(x, 1),
  },
  {
    name: "cumsum 1024x1000 axis 0",
    shape: [1024, 1000],
    ours: (x) => tf.cumsum(x, 0),
    theirs: (x) => tfjs.cumsum(x, 0),
  },
];

for (const c of CASES) {
  const n = c.shape.reduce((a, b) => a * b, 1);
  const d = data(n);
  const x = tf.constant(d, { shape: c.shape });
  const tx = tfjs.tensor(d, c.shape);
  c.ours(x).dispose(); // makes x resident in the wasm heap
  Deno.bench(`${c.name} tapeflow`, { group: c.name, baseline: true }, () => {
    c.ours(x).dispose();
  });
  Deno.bench(`${c.name} tfjs-wasm`, { group: c.name }, () => {
    c.theirs(tx).dispose();
  });
}
