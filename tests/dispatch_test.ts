// The dispatcher's decision table (tape/dispatch.ts chooseBackend), on
// synthetic policies: no GPU is needed to check where each op would go.

import * as tf from "../mod.ts";
import { chooseBackend, type OpInfo, type Policy } from "../tape/dispatch.ts";
import { assertThrows } from "./_util.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

const both: OpInfo = { name: "add", hasKernel: { wasm: true, webgpu: true } };
const wasmOnly: OpInfo = { name: "viewOp", hasKernel: { wasm: true, webgpu: false } };
const real = { isFallback: false }, software = { isFallback: true };
const at = (over: Partial<Policy>): Policy => ({
  forced: null,
  gpu: real,
  gpuThreshold: 1000,
  ...over,
});

Deno.test("chooseBackend: scopes win, then the GPU's presence, the kernel, residence, size", () => {
  const cases: [string, OpInfo, boolean, number, Policy, string, RegExp][] = [
    ["cpu scope", both, true, 1e9, at({ forced: "wasm" }), "wasm", /cpu\/wasm scope/],
    ["gpu scope", both, false, 1, at({ forced: "webgpu" }), "webgpu", /gpu\/webgpu scope/],
    ["gpu scope, no GPU", both, false, 1, at({ forced: "webgpu", gpu: null }), "wasm", /no GPU/],
    ["gpu scope, no kernel", wasmOnly, false, 1, at({ forced: "webgpu" }), "wasm", /no WGSL/],
    ["no GPU", both, false, 1e9, at({ gpu: null }), "wasm", /no GPU acquired/],
    ["no kernel", wasmOnly, true, 1e9, at({}), "wasm", /no WGSL kernel/],
    ["input on the GPU", both, true, 1, at({}), "webgpu", /lives on the GPU/],
    ["software adapter", both, false, 1e9, at({ gpu: software }), "wasm", /software/],
    ["large", both, false, 1000, at({}), "webgpu", /large/],
    ["small", both, false, 999, at({}), "wasm", /small/],
  ];
  for (const [what, op, gpuOnly, work, policy, backend, why] of cases) {
    const c = chooseBackend(op, gpuOnly, work, policy);
    assertEquals(c.backend, backend, what);
    assertEquals(why.test(c.reason), true, `${what}: ${c.reason}`);
  }
});

Deno.test("setGpuThreshold returns the previous value and rejects non-counts", () => {
  const before = tf.setGpuThreshold(12345);
  assertEquals(tf.setGpuThreshold(before), 12345);
  for (const bad of [-1, 1.5, NaN]) {
    assertThrows(() => tf.setGpuThreshold(bad), RangeError, "setGpuThreshold", String(bad));
  }
  assertEquals(tf.setGpuThreshold(before), before);
});
