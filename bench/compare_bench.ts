// The compare family over 1M elements, tapeflow vs TensorFlow.js's wasm
// backend (SIMD, one thread) in the same run: greater (f32 -> bool),
// logicalAnd (bool), where (f32), cast (f32 -> i32) and clipByValue (f32),
// plus greater on 5 elements (the whole dispatch). Outputs are disposed in
// both libraries so that neither pays for memory growth.
// Run: deno bench -A bench/compare_bench.ts
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

const n = 1 << 20;
const a = new Float32Array(n), b = new Float32Array(n);
for (let i = 0; i < n; i++) {
  a[i] = ((i * 7919) % 1000) / 500 - 1;
  b[i] = ((i * 104729) % 1000) / 500 - 1;
}
const x = tf.constant(a), y = tf.constant(b);
const c = tf.greater(x, y), d = tf.less(x, 0.5);
const tx = tfjs.tensor1d(a), ty = tfjs.tensor1d(b);
const tc = tfjs.greater(tx, ty), td = tfjs.less(tx, 0.5);

function pair(name: string, ours: () => tf.Tensor, theirs: () => ReturnType<typeof tfjs.add>) {
  Deno.bench(`${name} tapeflow`, { group: name, baseline: true }, () => ours().dispose());
  Deno.bench(`${name} tfjs-wasm`, { group: name }, () => theirs().dispose());
}

pair("greater 1M f32", () => tf.greater(x, y), () => tfjs.greater(tx, ty));
pair("greater 1M f32 vs scalar", () => tf.greater(x, 0), () => tfjs.greater(tx, 0));
pair("logicalAnd 1M bool", () => tf.logicalAnd(c, d), () => tfjs.logicalAnd(tc, td));
pair("where 1M f32", () => tf.where(c, x, y), () => tfjs.where(tc, tx, ty));
pair("cast 1M f32->i32", () => tf.cast(x, "int32"), () => tfjs.cast(tx, "int32"));
pair(
  "clipByValue 1M f32",
  () => tf.clipByValue(x, -0.5, 0.5),
  () => tfjs.clipByValue(tx, -0.5, 0.5),
);

const s = tf.constant([1, 2, 3, 4, 5]), s2 = tf.constant([5, 4, 3, 2, 1]);
const ts = tfjs.tensor1d([1, 2, 3, 4, 5]), ts2 = tfjs.tensor1d([5, 4, 3, 2, 1]);
pair("greater 5 f32", () => tf.greater(s, s2), () => tfjs.greater(ts, ts2));
