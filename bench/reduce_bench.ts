// reduceSum over 1M and 16M floats, tapeflow vs TensorFlow.js's wasm backend
// (SIMD, one thread) in the same run. Bytes read per call = 4 n: GB/s = 4 n /
// time. Run: deno bench -A bench/reduce_bench.ts
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

for (const n of [1 << 20, 1 << 24]) {
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = (i % 1000) / 1000;
  const x = tf.constant(data);
  const tx = tfjs.tensor1d(data);
  tf.reduceSum(x); // make x resident in the wasm heap
  const label = n === 1 << 20 ? "1M" : "16M";
  Deno.bench(`reduceSum ${label} f32 tapeflow`, { group: `sum ${label}`, baseline: true }, () => {
    tf.reduceSum(x).dataSync();
  });
  Deno.bench(`reduceSum ${label} f32 tfjs-wasm`, { group: `sum ${label}` }, () => {
    const s = tfjs.sum(tx);
    s.dataSync();
    s.dispose();
  });
}
