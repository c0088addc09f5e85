// TensorFlow.js's wasm backend on TWO threads (its threaded build, started
// under Deno by _tfjs_mt.ts) on every workload of issue 7's targets table, in
// the same `deno task bench:results` run as the workload_*_bench.ts files.
// Needs --allow-write (the loader writes temporary files); without it, or if
// the threaded build does not start, it registers nothing.
//
//   deno bench -A bench/workload_tfjs_mt_bench.ts
import { register, WORKLOADS } from "./_workloads.ts";

const mt = await import("./_tfjs_mt.ts").catch((e) => {
  console.error(`tfjs-wasm 2T: not run (${e instanceof Error ? e.message : e})`);
  return null;
});
if (mt !== null && mt.threads >= 2) {
  for (const w of WORKLOADS) register(w.id, mt.tfjs, `tfjs-wasm ${mt.threads}T`, false);
} else if (mt !== null) {
  console.error(`tfjs-wasm 2T: the threaded build runs ${mt.threads} thread(s); not run`);
}
