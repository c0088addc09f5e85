// Run by tests/webgpu_test.ts in a subprocess: the GPU device is destroyed
// (as a driver reset would lose it), and the process goes on on wasm.
import * as tf from "../mod.ts";
import { gpu } from "../gpu/device.ts";

if (!(await tf.initWebGPU())) {
  console.log("no-gpu");
  Deno.exit(0);
}
const read = tf.device("gpu", () => tf.add(tf.ones([8]), 1));
console.log("before", (await read.data()).join(","));
const unread = tf.device("gpu", () => tf.multiply(tf.ones([8]), 3));
gpu!.device.destroy();
await new Promise((r) => setTimeout(r, 50));
const y = tf.device("gpu", () => tf.add([1, 2, 3], 1));
console.log("after", y.storage.gpu === null ? "wasm" : "gpu", y.dataSync().join(","));
try {
  await unread.data();
  console.log("unread", "no error");
} catch (e) {
  console.log("unread", (e as Error).message);
}
console.log("read", (await read.data()).join(","));
