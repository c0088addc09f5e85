// Loads TensorFlow.js 4.22 with its wasm backend on TWO threads (the
// threaded SIMD build, XNNPACK's thread pool), for `deno bench` comparisons.
// Import this module (in its own bench file: a process has one tfjs) and use
// `tfjs` after the top-level await. `threads` says what tfjs actually runs.
//
// tfjs turns threads off under Deno (it looks like Node), and its Emscripten
// loader, forced on, fails in four places; this module patches each (the
// approach of ../shared/peers/wasm_mt_shim.ts, written anew):
//  1. Emscripten hands node:worker_threads a blob: URL for the pthread worker
//     and for the main script, which Node's Worker refuses: the two Blobs'
//     texts are written to temporary .cjs files and createObjectURL returns
//     their paths.
//  2. The worker assigns to globals that are getters on Deno's worker global
//     (self, location, postMessage, ...): a prelude redefines them writable.
//  3. The worker evaluates the factory's source outside its bundle, where the
//     bundle's names (commonjsGlobal, require$$0...) are missing: the prelude
//     defines them.
//  4. tfjs caps XNNPACK's pool at half the logical cores (1 here): os.cpus()
//     reports 4 entries while the backend starts.
// Needs --allow-read --allow-write (temporary files) and --allow-sys.
import os from "node:os";

const RealBlob = globalThis.Blob;
const files = new Map<Blob, string>();
const dir = Deno.makeTempDirSync({ prefix: "tapeflow-tfjs-mt-" });
let mainPath = "";
let count = 0;

class FileBackedBlob extends RealBlob {
  constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
    super(parts, options);
    if (!parts || !parts.every((p) => typeof p === "string")) return;
    const text = (parts as string[]).join("");
    if (text.startsWith("var WasmBackendModuleThreadedSimd")) {
      mainPath = `${dir}/main-${count++}.cjs`;
      Deno.writeTextFileSync(mainPath, text);
      files.set(this, mainPath);
    } else if (text.includes("nodeWorkerThreads") && text.includes("ENVIRONMENT_IS_NODE")) {
      const prelude = [
        // (1) inside the worker the main script arrives as a Blob again
        `URL.createObjectURL = () => ${JSON.stringify(mainPath)};`,
        `URL.revokeObjectURL = () => {};`,
        // (3) the bundle's names
        `globalThis.commonjsGlobal = globalThis;`,
        `globalThis.__dirname = __dirname; globalThis.__filename = __filename;`,
        `globalThis["require$$0"] = require("fs"); globalThis["require$$1"] = require("path");`,
        `globalThis["require$$3"] = require("perf_hooks"); globalThis["require$$4"] = require("os");`,
        // (2) getter-only globals become plain writable properties
        `for (const name of ["self", "location", "performance", "postMessage", "Worker",`,
        `  "importScripts", "require", "Module"]) {`,
        `  try { Object.defineProperty(globalThis, name,`,
        `    { value: globalThis[name], writable: true, configurable: true }); } catch {}`,
        `}`,
      ].join("\n");
      const path = `${dir}/worker-${count++}.cjs`;
      Deno.writeTextFileSync(path, prelude + "\n" + text);
      files.set(this, path);
    }
  }
}

const realCreate = URL.createObjectURL;
const realCpus = os.cpus;
(globalThis as { Blob: typeof Blob }).Blob = FileBackedBlob;
URL.createObjectURL = (b: Blob) => files.get(b) ?? realCreate(b);
// (4)
(os as { cpus: typeof os.cpus }).cpus = () =>
  Array.from({ length: 4 }, (_, i) => realCpus()[i % realCpus().length]);

const tfjs = await import("@tensorflow/tfjs");
const wasm = await import("@tensorflow/tfjs-backend-wasm");
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const dist = require.resolve("@tensorflow/tfjs-backend-wasm").replace(/[^/]*$/, "");
wasm.setWasmPaths(dist.endsWith("/") ? dist : dist + "/");
tfjs.env().set("WASM_HAS_MULTITHREAD_SUPPORT", true);
wasm.setThreadsCount(2);
const log = console.log;
console.log = () => {};
try {
  if (!(await tfjs.setBackend("wasm"))) throw new Error("tfjs wasm backend failed to initialise");
  await tfjs.ready();
} finally {
  console.log = log;
  (globalThis as { Blob: typeof Blob }).Blob = RealBlob;
  URL.createObjectURL = realCreate;
  (os as { cpus: typeof os.cpus }).cpus = realCpus;
  // the workers have read their files by now
  try {
    Deno.removeSync(dir, { recursive: true });
  } catch { /* already gone */ }
}

/** The threads tfjs's wasm backend runs (2 when the threaded build started). */
export const threads: number = wasm.getThreadsCount();

export { tfjs };
