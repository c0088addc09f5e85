// Issue 7's workload: conv2d 32×32×32×64 → 64, 3×3 SAME. tapeflow (1 and 2 threads) beside
// TensorFlow.js's wasm backend on 1 thread, in the same run; tfjs on 2 threads
// runs in workload_tfjs_mt_bench.ts (a process holds one tfjs).
// Workloads are defined in _workloads.ts; `deno task bench:results` runs every
// workload_*_bench.ts and regenerates bench/RESULTS.md's table and chart.
//
//   deno bench -A bench/workload_conv_bench.ts
import { tfjs } from "./_tfjs.ts";
import { readyThreads, register } from "./_workloads.ts";

await readyThreads();
register("conv", tfjs, "tfjs-wasm 1T");
