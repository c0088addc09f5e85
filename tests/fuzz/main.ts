// `deno task fuzz`: differential fuzzing of tapeflow against a float64
// reference (tests/fuzz/graph.ts) on every available backend.
//
//   deno task fuzz [--graphs N] [--files N] [--seed S] [--backend wasm|webgpu]
//
// Prints progress, the time taken, and for a failure the shrunk graph as code
// to paste into a test. Then the safetensors reader gets --files mutated
// files (default 100,000; tests/fuzz/safetensors.ts). Exits 1 on any failure.

import * as tf from "../../mod.ts";
import type { BackendName } from "../../tape/dispatch.ts";
import { checkGraph, describe, generate, opsFor, printGraph, shrink } from "./graph.ts";
import { fuzzSafetensors } from "./safetensors.ts";

function arg(name: string, def: string): string {
  const i = Deno.args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < Deno.args.length ? Deno.args[i + 1] : def;
}

const graphs = Number(arg("graphs", "10000"));
const files = Number(arg("files", "100000"));
const seed0 = Number(arg("seed", String((Math.random() * 2 ** 31) | 0)));
const only = arg("backend", "");
const gpu = await tf.initWebGPU();
const backends: BackendName[] = (["wasm", "webgpu"] as BackendName[]).filter((b) =>
  (only === "" || b === only) && (b === "wasm" || gpu)
);
console.log(`fuzz: ${graphs} graphs per backend from seed ${seed0} on ${backends.join(", ")}`);
let failed = 0;
for (const backend of backends) {
  console.log(`[${backend}] ops: ${opsFor(backend).join(" ")}`);
  const t0 = performance.now();
  let skipped = 0, nodes = 0, done = 0;
  const reasons = new Map<string, number>();
  for (let i = 0; i < graphs; i++) {
    const seed = seed0 + i;
    const g = generate(seed, backend);
    nodes += g.nodes.length;
    done++;
    const o = await checkGraph(g, backend);
    if (o.gradSkipped) {
      skipped++;
      reasons.set(o.gradSkipped, (reasons.get(o.gradSkipped) ?? 0) + 1);
    }
    if (!o.ok) {
      failed++;
      const s = await shrink(g, backend);
      console.log(`\n[${backend}] graph seed ${seed} FAILED: ${o.failure}`);
      console.log(`  graph: ${describe(g)}`);
      console.log(`  shrunk: ${describe(s.graph)}: ${s.outcome.failure}`);
      console.log(printGraph(s.graph, backend));
      if (failed >= 5) break;
    }
    if ((i + 1) % 1000 === 0) {
      console.log(
        `[${backend}] ${i + 1} graphs, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `[${backend}] ${done} graphs (${nodes} ops) in ${secs.toFixed(1)} s, ${failed} failed` +
      (skipped > 0
        ? `; gradient not run on the GPU for ${skipped} (backward ops without a WGSL kernel: ${
          [...reasons].map(([k, v]) => `${k} ${v}`).join(", ")
        })`
        : ""),
  );
  if (failed >= 5) break;
}
if (files > 0) {
  const t0 = performance.now();
  const rss0 = Deno.memoryUsage().rss;
  const { failures, verdicts } = fuzzSafetensors(files, seed0);
  const secs = (performance.now() - t0) / 1000;
  const grew = (Deno.memoryUsage().rss - rss0) / 2 ** 20;
  for (const f of failures) console.log(`\n[safetensors] ${f}`);
  console.log(
    `[safetensors] ${files} mutated files in ${secs.toFixed(1)} s (valid ${verdicts.ok}, ` +
      `unsupported dtype ${verdicts.unsupported}, invalid ${verdicts.invalid}), ` +
      `${failures.length} failed; resident memory grew ${grew.toFixed(0)} MiB`,
  );
  failed += failures.length;
}
Deno.exit(failed > 0 ? 1 : 0);
