// A fixed-seed slice of the differential fuzzer (`deno task fuzz` runs
// 10,000 graphs a backend): random graphs of ops, their values and their
// gradients against the float64 reference of tests/fuzz/ref64.ts.
//
// To replay a graph that `deno task fuzz` reports, paste its replay line into
// REGRESSIONS below.

import { ok } from "node:assert/strict";
import { testEachBackend } from "./_util.ts";
import {
  checkGraph,
  describe,
  generate,
  type Graph,
  OP_NAMES,
  opsFor,
  printGraph,
  shrink,
  truncate,
} from "./fuzz/graph.ts";
import { fuzzSafetensors, verdict } from "./fuzz/safetensors.ts";
import { encodeSafetensors } from "../layers/safetensors.ts";
import * as tf from "../mod.ts";

/** Graphs that once failed (paste `deno task fuzz`'s replay lines here). */
const REGRESSIONS: { graph: Graph; backend: "wasm" | "webgpu" }[] = [];

const SLICE = { wasm: 400, webgpu: 150 };
const SEED = 20240601;

testEachBackend(
  "fuzz: a fixed-seed slice of random graphs matches the float64 reference",
  async (_t, backend) => {
    const failures: string[] = [];
    let gradSkipped = 0;
    for (let i = 0; i < SLICE[backend]; i++) {
      const g = generate(SEED + i, backend);
      const o = await checkGraph(g, backend);
      if (o.gradSkipped) gradSkipped++;
      if (!o.ok) {
        const s = await shrink(g, backend);
        failures.push(
          `seed ${SEED + i}: ${o.failure}\n  ${describe(g)}\n${printGraph(s.graph, backend)}`,
        );
        if (failures.length >= 3) break;
      }
    }
    ok(failures.length === 0, `graphs failed on ${backend}:\n${failures.join("\n\n")}`);
    // On WebGPU, gradients whose backward pass needs an op without a WGSL kernel are skipped
    if (backend === "wasm") ok(gradSkipped === 0);
  },
  { gpu: true },
);

testEachBackend("fuzz: regression graphs", async (_t, backend) => {
  for (const r of REGRESSIONS.filter((r) => r.backend === backend)) {
    const o = await checkGraph(r.graph, backend);
    ok(o.ok, `${describe(r.graph)}: ${o.failure}`);
  }
}, { gpu: true });

Deno.test("fuzz: the op table covers every family, and a graph replays from its JSON", async () => {
  for (
    const op of ["add", "exp", "where", "reduceSum", "softmax", "matmul", "reshape", "transpose"]
      .concat(["conv2d", "maxPool", "cumsum", "argMax"])
  ) ok(OP_NAMES.includes(op), op);
  ok(opsFor("wasm").length === OP_NAMES.length);
  const g = generate(7);
  const replayed = JSON.parse(JSON.stringify(g)) as Graph;
  ok((await checkGraph(replayed)).ok);
  const code = printGraph(g, "wasm");
  ok(code.includes("await checkGraph(") && code.length < 20000, code);
});

Deno.test("fuzz: a value or a gradient off by 1e-3 is caught; the shrunk graph prints as code", async () => {
  // exp(x) -> neg -> square on a 3x5 leaf, with one unused node that shrinking drops
  const g: Graph = {
    dtype: "float32",
    leaves: [{ shape: [3, 5], dtype: "float32", seed: 1, lo: -1, hi: 1 }],
    nodes: [
      { op: "exp", args: [0] },
      { op: "sin", args: [0] },
      { op: "neg", args: [1] },
      { op: "square", args: [3] },
    ],
    seed: 3,
  };
  ok((await checkGraph(g)).ok);
  const off = (d: Float32Array | Int32Array) => (d[7] *= 1 + 1e-3);
  const v = await checkGraph(g, "wasm", {
    tamper: (w, k, d) => w === "value" && k === 2 && off(d),
  });
  ok(!v.ok && v.failure!.startsWith("node 2 (neg) value [7]"), v.failure);
  const gr = await checkGraph(g, "wasm", { tamper: (w, _k, d) => w === "grad" && off(d) });
  ok(!gr.ok && gr.failure!.startsWith("gradient of leaf 0 [7]"), gr.failure);
  const code = printGraph(truncate(g, 3), "wasm");
  ok(!code.includes("tf.sin") && code.includes("const v3 = tf.square(v2);"), code);
  ok(code.includes("tape.gradient(y, [v0]"), code);
});

Deno.test("fuzz: 3000 mutated safetensors files are read or refused as the format says", () => {
  const { failures, verdicts } = fuzzSafetensors(3000, SEED);
  ok(failures.length === 0, failures.join("\n"));
  // the mutations reach every verdict
  ok(
    verdicts.ok > 100 && verdicts.unsupported > 10 && verdicts.invalid > 1000,
    JSON.stringify(verdicts),
  );
});

Deno.test("fuzz: the independent safetensors checker agrees with hand-made files", () => {
  const good = encodeSafetensors({ w: tf.ones([2, 2]) });
  ok(verdict(good) === "ok");
  ok(verdict(good.subarray(0, good.length - 1)) === "invalid"); // truncated data
  ok(verdict(good.subarray(0, 7)) === "invalid"); // no length field
  const f16 = new TextEncoder().encode('{"h":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}');
  const file = new Uint8Array(8 + f16.length + 4);
  file[0] = f16.length;
  file.set(f16, 8);
  ok(verdict(file) === "unsupported");
});
