// Loads TensorFlow.js 4.22 with its wasm backend (SIMD, one thread: what a
// Deno user gets) for side-by-side `deno bench` comparisons. Import this module
// and use `tfjs` after the top-level await.
//
// Deno looks like Node to tfjs, whose Emscripten loader then reads the .wasm
// files with `fs`: point it at the npm package's dist folder.
import * as tfjs from "@tensorflow/tfjs";
import * as wasm from "@tensorflow/tfjs-backend-wasm";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const dist = require.resolve("@tensorflow/tfjs-backend-wasm").replace(/[^/]*$/, "");
wasm.setWasmPaths(dist.endsWith("/") ? dist : dist + "/");
// tfjs prints a banner suggesting tfjs-node; keep bench output clean.
const log = console.log;
console.log = () => {};
try {
  if (!(await tfjs.setBackend("wasm"))) throw new Error("tfjs wasm backend failed to initialise");
  await tfjs.ready();
} finally {
  console.log = log;
}

export { tfjs };
