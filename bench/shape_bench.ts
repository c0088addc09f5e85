// Shape ops against TensorFlow.js's wasm backend, in the same run.
// Run: deno bench -A bench/shape_bench.ts (other agents load the CPU: compare ratios).
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

function data(n: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = (i * 7919) % 1000 / 1000;
  return a;
}

for (
  const [shape, perm] of [
    [[1024, 1024], [1, 0]],
    [[32, 128, 64], [0, 2, 1]],
    [[8, 128, 12, 64], [0, 2, 1, 3]],
  ] as [number[], number[]][]
) {
  const n = shape.reduce((a, b) => a * b, 1);
  const x = tf.constant(data(n), { shape });
  const xj = tfjs.tensor(data(n), shape);
  const name = `transpose ${JSON.stringify(shape)} perm ${perm}`;
  Deno.bench({
    name: `${name} tapeflow`,
    group: name,
    baseline: true,
    fn: () => {
      tf.transpose(x, perm).dispose();
    },
  });
  Deno.bench({
    name: `${name} tfjs-wasm`,
    group: name,
    fn: () => {
      const y = tfjs.transpose(xj, perm);
      y.dispose();
    },
  });
}
