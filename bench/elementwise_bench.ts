// Elementwise add: tapeflow's SIMD wasm kernels against TensorFlow.js's wasm
// backend (SIMD, one thread) in the same run.
//
//   deno bench -A bench/elementwise_bench.ts
//
// GB/s = 3 arrays x 4 bytes x n / time. Both libraries dispose the output in
// every iteration (tfjs needs it; tapeflow would reclaim it anyway), so both
// reuse one output block. Inputs are resident in each library's wasm memory
// before timing starts. The 5-element add measures the whole per-call path:
// argument checks, broadcasting, dispatch, output allocation, the kernel.
// Results and the machine: bench/RESULTS.md.
import * as tf from "../mod.ts";
import { k } from "../asm/backend.ts";
import { tfjs } from "./_tfjs.ts";

const M1 = 1 << 20;
const M16 = 1 << 24;

function inputs(n: number) {
  const a = tf.random.uniform([n], { seed: 1 });
  const b = tf.random.uniform([n], { seed: 2 });
  const ta = tfjs.randomUniform([n], 0, 1, "float32", 1);
  const tb = tfjs.randomUniform([n], 0, 1, "float32", 2);
  // One add each so that everything is placed and warm before timing.
  tf.add(a, b).dispose();
  tfjs.add(ta, tb).dispose();
  return { a, b, ta, tb };
}

for (const [label, n] of [["1M", M1], ["16M", M16]] as const) {
  const { a, b, ta, tb } = inputs(n);
  Deno.bench({
    name: `tapeflow add ${label}`,
    group: `add ${label}`,
    baseline: true,
    fn: () => {
      tf.add(a, b).dispose();
    },
  });
  Deno.bench({
    name: `tfjs-wasm add ${label}`,
    group: `add ${label}`,
    fn: () => {
      tfjs.add(ta, tb).dispose();
    },
  });
  // The row kernel alone on the same inputs (no tensor, no dispatch): the
  // difference to the first line is tapeflow's per-call overhead.
  const out = tf.add(a, b);
  const [pa, pb, po] = [a.storage.ptr, b.storage.ptr, out.storage.ptr];
  Deno.bench({
    name: `tapeflow add ${label} (kernel alone)`,
    group: `add ${label}`,
    fn: () => {
      k.binary_f32_row(0, pa, 1, pb, 1, po, n);
    },
  });
}

{
  // 1000 calls per iteration, so that the time per iteration in microseconds
  // reads as nanoseconds per call, garbage collection included.
  const CALLS = 1000;
  const a = tf.constant([1, 2, 3, 4, 5]);
  const b = tf.constant([5, 4, 3, 2, 1]);
  const ta = tfjs.tensor1d([1, 2, 3, 4, 5]);
  const tb = tfjs.tensor1d([5, 4, 3, 2, 1]);
  Deno.bench({
    name: "tapeflow add 5 elements x1000",
    group: "add 5 elements x1000 (us per iteration = ns per call)",
    baseline: true,
    fn: () => {
      for (let i = 0; i < CALLS; i++) tf.add(a, b);
    },
  });
  Deno.bench({
    name: "tapeflow add 5 elements + dispose x1000",
    group: "add 5 elements x1000 (us per iteration = ns per call)",
    fn: () => {
      for (let i = 0; i < CALLS; i++) tf.add(a, b).dispose();
    },
  });
  Deno.bench({
    name: "tfjs-wasm add 5 elements + dispose x1000",
    group: "add 5 elements x1000 (us per iteration = ns per call)",
    fn: () => {
      for (let i = 0; i < CALLS; i++) tfjs.add(ta, tb).dispose();
    },
  });
}
