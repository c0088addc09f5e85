// conv2d beside TensorFlow.js's wasm backend (XNNPACK, SIMD, one thread) on the
// three shapes of ../shared/peers (3x3 filters, stride 1, SAME padding), plus
// depthwiseConv2d and maxPool. Both sides include reading the result back
// (dataSync), as the peer numbers do, and free their outputs.
// conv2d FLOPs = 2 B H W Cout 9 Cin: GFLOP/s = MFLOP in the name / time in ms.
// Run: deno bench -A bench/conv_bench.ts
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

type Shape4 = [number, number, number, number];

function data(n: number, seed: number): Float32Array {
  const a = new Float32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    a[i] = s / 2 ** 32 - 0.5;
  }
  return a;
}

function pair(
  group: string,
  xs: Shape4,
  fs: Shape4 | null,
  ours: (x: tf.Tensor, f: tf.Tensor) => tf.Tensor,
  theirs: (x: tfjs.Tensor4D, f: tfjs.Tensor4D) => tfjs.Tensor,
  label = "",
): void {
  const xd = data(xs.reduce((a, b) => a * b), 1);
  const fd = fs ? data(fs.reduce((a, b) => a * b), 2) : new Float32Array(1);
  const fshape = fs ?? [1, 1, 1, 1];
  const x = tf.constant(xd, { shape: xs }), f = tf.constant(fd, { shape: fshape });
  const tx = tfjs.tensor4d(xd, xs), tf4 = tfjs.tensor4d(fd, fshape);
  ours(x, f).dispose(); // make the inputs resident in the wasm heap
  const n = xs[0] * xs[1] * xs[2] * xs[3] > 1e6 ? 20 : undefined;
  Deno.bench({
    name: `tapeflow ${group}${label}`,
    group,
    n,
    fn: () => {
      const y = ours(x, f);
      y.dataSync();
      y.dispose();
    },
  });
  Deno.bench({
    name: `tfjs-wasm ${group}`,
    group,
    baseline: true,
    n,
    fn: () => {
      const y = theirs(tx, tf4);
      y.dataSync();
      y.dispose();
    },
  });
}

const CONV: [Shape4, Shape4][] = [
  [[1, 28, 28, 1], [3, 3, 1, 32]],
  [[32, 28, 28, 1], [3, 3, 1, 32]],
  [[32, 32, 32, 64], [3, 3, 64, 64]],
];
for (const [xs, fs] of CONV) {
  const mflop = 2 * xs[0] * xs[1] * xs[2] * fs[3] * 9 * fs[2] / 1e6;
  pair(
    `conv2d ${xs.join("x")} -> ${fs[3]}`,
    xs,
    fs,
    (x, f) => tf.conv2d(x, f, 1, "SAME"),
    (x, f) => tfjs.conv2d(x, f, 1, "same"),
    ` (${mflop.toFixed(1)} MFLOP)`,
  );
}
pair(
  "depthwiseConv2d 32x32x32x64 3x3",
  [32, 32, 32, 64],
  [3, 3, 64, 1],
  (x, f) => tf.depthwiseConv2d(x, f, 1, "SAME"),
  (x, f) => tfjs.depthwiseConv2d(x, f, 1, "same"),
);
pair(
  "maxPool 32x32x32x64 3x3 stride 2",
  [32, 32, 32, 64],
  null,
  (x) => tf.maxPool(x, 3, 2, "SAME"),
  (x) => tfjs.maxPool(x, 3, 2, "same"),
);
