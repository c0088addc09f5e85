// Issue 7's workload: an MLP 784-128-10 training step (relu, softmax cross-entropy, Adam), batch 64 and 256. tapeflow (1 and 2 threads) beside
// TensorFlow.js's wasm backend on 1 thread, in the same run; tfjs on 2 threads
// runs in workload_tfjs_mt_bench.ts (a process holds one tfjs).
// Workloads are defined in _workloads.ts; `deno task bench:results` runs every
// workload_*_bench.ts and regenerates bench/RESULTS.md's table and chart.
//
//   deno bench -A bench/workload_mlp_bench.ts
import { tfjs } from "./_tfjs.ts";
import { readyThreads, register } from "./_workloads.ts";

await readyThreads();
register("mlp64", tfjs, "tfjs-wasm 1T");
register("mlp256", tfjs, "tfjs-wasm 1T");
