// Issue 7's workload: the tutorial's linear regression, 10,000 epochs. tapeflow (1 and 2 threads) beside
// TensorFlow.js's wasm backend on 1 thread, in the same run; tfjs on 2 threads
// runs in workload_tfjs_mt_bench.ts (a process holds one tfjs).
// Workloads are defined in _workloads.ts; `deno task bench:results` runs every
// workload_*_bench.ts and regenerates bench/RESULTS.md's table and chart.
//
//   deno bench -A bench/workload_linreg_bench.ts
import { tfjs } from "./_tfjs.ts";
import { readyThreads, register } from "./_workloads.ts";

await readyThreads();
register("linreg", tfjs, "tfjs-wasm 1T");
