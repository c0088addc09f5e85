// Elementwise unary ops over 1M floats, tapeflow vs TensorFlow.js's wasm
// backend (SIMD, one thread) in the same run; the op alone, no download (the
// result is disposed). GB/s = 8 n / time (read + write). Inputs in [-8, 8).
// Run: deno bench -A bench/unary_bench.ts
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

const n = 1 << 20;
const data = new Float32Array(n);
for (let i = 0; i < n; i++) data[i] = ((i * 7919) % 16384) / 1024 - 8;
const x = tf.constant(data);
const tx = tfjs.tensor1d(data);
tf.neg(x).dispose(); // make x resident in the wasm heap
const ax = tf.abs(x); // positive inputs for log
const tax = tfjs.abs(tx);

type Op = (t: tf.Tensor) => tf.Tensor;
type TfjsOp = (t: ReturnType<typeof tfjs.tensor1d>) => { dispose(): void };
const ops: [string, Op, TfjsOp | null][] = [
  ["exp", tf.exp, (t) => tfjs.exp(t)],
  ["tanh", tf.tanh, (t) => tfjs.tanh(t)],
  ["sigmoid", tf.sigmoid, (t) => tfjs.sigmoid(t)],
  ["log", () => tf.log(ax), () => tfjs.log(tax)],
  ["relu", tf.relu, (t) => tfjs.relu(t)],
  ["sin", tf.sin, (t) => tfjs.sin(t)],
  ["erf", tf.erf, (t) => tfjs.erf(t)],
  ["softplus", tf.softplus, (t) => tfjs.softplus(t)],
  ["gelu", tf.gelu, null],
  ["gelu approximate", (t) => tf.gelu(t, true), null],
];
for (const [name, f, g] of ops) {
  Deno.bench(`${name} 1M tapeflow`, { group: name, baseline: true }, () => {
    f(x).dispose();
  });
  if (g !== null) {
    Deno.bench(`${name} 1M tfjs-wasm`, { group: name }, () => {
      g(tx).dispose();
    });
  }
}
