// conv2d beside TensorFlow.js's wasm backend (XNNPACK, SIMD, one thread) on the
// three shapes of ../shared/peers: 3x3 filters, stride 1, SAME padding. Both
// sides include reading the result back (dataSync), as the peer numbers do.
// FLOPs = 2 B H W Cout 9 Cin. Run: deno bench -A bench/conv_bench.ts
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

const SHAPES: [string, number[], number[]][] = [
  ["1x28x28x1 -> 32", [1, 28, 28, 1], [3, 3, 1, 32]],
  ["32x28x28x1 -> 32", [32, 28, 28, 1], [3, 3, 1, 32]],
  ["32x32x32x64 -> 64", [32, 32, 32, 64], [3, 3, 64, 64]],
];

function data(n: number, seed: number): Float32Array {
  const a = new Float32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    a[i] = s / 2 ** 32 - 0.5;
  }
  return a;
}

for (const [name, xs, fs] of SHAPES) {
  const nx = xs.reduce((a, b) => a * b), nf = fs.reduce((a, b) => a * b);
  const xd = data(nx, 1), fd = data(nf, 2);
  const x = tf.constant(xd, { shape: xs }), f = tf.constant(fd, { shape: fs });
  const tx = tfjs.tensor4d(xd, xs as [number, number, number, number]);
  const tf4 = tfjs.tensor4d(fd, fs as [number, number, number, number]);
  const flops = 2 * xs[0] * xs[1] * xs[2] * fs[3] * 9 * fs[2];
  const n = flops > 1e9 ? 10 : undefined;
  Deno.bench({
    name: `tapeflow conv2d ${name} (${(flops / 1e6).toFixed(1)} MFLOP)`,
    group: name,
    n,
    fn: () => {
      const y = tf.conv2d(x, f, 1, "SAME");
      y.dataSync();
      y.dispose();
    },
  });
  Deno.bench({
    name: `tfjs-wasm conv2d ${name}`,
    group: name,
    baseline: true,
    n,
    fn: () => {
      const y = tfjs.conv2d(tx, tf4, 1, "same");
      y.dataSync();
      y.dispose();
    },
  });
}
