// The WebGPU backend's residency and placement rules (on any adapter; CI has
// the llvmpipe software adapter). Op-by-op parity lives in each family's suite.
import * as tf from "../mod.ts";
import { assertThrows, gpuAvailable } from "./_util.ts";
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";

const opts = { ignore: !gpuAvailable };

Deno.test(
  { name: "gpu: ops in a gpu scope run there and read back with await", ...opts },
  async () => {
    const y = tf.device("gpu", () => tf.add(tf.multiply([1, 2, 3], 2), 1));
    assertThrows(() => y.dataSync(), TypeError, "lives on the GPU", "await t.data()");
    assertThrows(() => tf.device("cpu", () => tf.add(y, 1)), TypeError, "add", "lives on the GPU");
    assertEquals(await y.array(), [3, 5, 7]);
    // once read back, both copies are valid: CPU ops and dataSync work
    assertEquals(Array.from(y.dataSync()), [3, 5, 7]);
    assertEquals(tf.device("cpu", () => tf.add(y, 1)).arraySync(), [4, 6, 8]);
  },
);

Deno.test({
  name: "gpu: data already on the GPU keeps ops there; the software adapter is never chosen alone",
  ...opts,
}, async () => {
  const traced: string[] = [];
  const err = console.error;
  console.error = (s: string) => traced.push(s);
  tf.setTrace(true);
  try {
    const g = tf.device("gpu", () => tf.add([1, 2], 1)); // on the GPU
    const h = tf.multiply(g, 3); // auto: the input lives on the GPU
    const c = tf.multiply([1, 2], 3); // auto: software adapter, stays on wasm
    assertEquals(await h.array(), [6, 9]);
    assertEquals(c.arraySync(), [3, 6]);
  } finally {
    tf.setTrace(false);
    console.error = err;
  }
  ok(
    traced.some((l) => l.includes("multiply -> webgpu (an input lives on the GPU)")),
    traced.join("\n"),
  );
  ok(traced.some((l) => l.includes("multiply -> wasm (software GPU adapter")), traced.join("\n"));
});

Deno.test(
  { name: "gpu: variables assigned from GPU values live there; gradients flow", ...opts },
  async () => {
    const v = new tf.Variable([1, 2, 3]);
    tf.setBackend("webgpu");
    try {
      v.assign(tf.multiply(v, 10));
      assertEquals(await v.array(), [10, 20, 30]);
      const tape = new tf.GradientTape();
      const y = tape.record(() => tf.multiply(v, v));
      const g = tape.gradient(y, v)!;
      assertEquals(await g.array(), [20, 40, 60]); // d(v²)/dv = 2v
    } finally {
      tf.setBackend("auto");
    }
  },
);

Deno.test({ name: "gpu: dispose and tidy return buffers to the pool", ...opts }, async () => {
  const before = tf.memory().webgpu!.liveBytes;
  const r = tf.tidy(() =>
    tf.device("gpu", () => {
      const a = tf.add(tf.ones([4096]), 1);
      return tf.multiply(a, a);
    })
  );
  assertEquals((await r.data())[4095], 4);
  // the intermediate and the uploaded inputs are released; r holds one buffer
  ok(
    tf.memory().webgpu!.liveBytes <= before + 4 * 4096,
    `${tf.memory().webgpu!.liveBytes - before}`,
  );
  r.dispose();
  assertEquals(tf.memory().webgpu!.liveBytes, before);
});

Deno.test({
  name: "gpu: a lost device falls back to wasm with a warning; lost GPU-only values say so",
  ...opts,
  fn: async () => {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", new URL("./_gpu_lost.ts", import.meta.url).pathname],
      stdout: "piped",
      stderr: "piped",
      env: { NO_COLOR: "1" },
    }).output();
    const text = new TextDecoder().decode(out.stdout);
    const err = new TextDecoder().decode(out.stderr);
    ok(out.success, err);
    ok(text.includes("before 2,2,2,2,2,2,2,2"), text);
    ok(text.includes("after wasm 2,3,4"), text);
    ok(/unread WebGPU: the device was lost \(destroyed[^)]*\).*compute it again/.test(text), text);
    ok(text.includes("read 2,2,2,2,2,2,2,2"), text);
    ok(err.includes("the WebGPU device was lost") && err.includes("continuing on wasm"), err);
  },
});
