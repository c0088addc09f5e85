import { tfjs } from "./_tfjs.ts";
import * as tf from "../mod.ts";
const B = 64;
function t(name: string, f: () => unknown) {
  for (let i = 0; i < 20; i++) f();
  let best = Infinity;
  for (let r = 0; r < 10; r++) { const t0 = performance.now(); for (let i = 0; i < 20; i++) f(); best = Math.min(best, (performance.now() - t0) / 20); }
  console.log(name, best.toFixed(4), "ms");
}
const x = tfjs.randomUniform([B, 784]); const W = tfjs.randomNormal([784, 128]); const dy = tfjs.randomNormal([B,128]);
t("tfjs x@W1", () => tfjs.tidy(() => tfjs.matMul(x, W)));
t("tfjs x^T@dy", () => tfjs.tidy(() => tfjs.matMul(x, dy, true, false)));
const x2 = tf.random.uniform([B, 784], { seed: 3 });
const W1 = tf.random.normal([784, 128], { seed: 1 });
const dy2 = tf.random.normal([B, 128], { seed: 1 });
t("tf x@W1", () => tf.matmul(x2, W1));
t("tf x^T@dy", () => tf.matmul(x2, dy2, true, false));
const a = tf.random.normal([512,512]); 
t("tf 512^3", () => tf.matmul(a, a));
