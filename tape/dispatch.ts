/**
 * The dispatcher: one pure function that picks the backend of every op, and
 * the scopes that override it.
 *
 * Data moves between backends only on the op path that follows this choice
 * (tape/op.ts): inputs are uploaded to the GPU for a GPU op; a CPU op reading
 * a GPU-only tensor is an error that says to `await t.data()`, because Deno's
 * WebGPU cannot read back synchronously. Decisions are traced with
 * `tf.setTrace(true)` or `TAPEFLOW_TRACE=1` (read when `--allow-env` grants it).
 *
 * @module
 */

/** The backends an op can run on. */
export type BackendName = "wasm" | "webgpu";

/** Every backend name. */
export const BACKENDS: readonly BackendName[] = ["wasm", "webgpu"];

/** Why the dispatcher chose a backend, for traces. */
export interface Choice {
  backend: BackendName;
  reason: string;
}

/** What the dispatcher knows about an op when it chooses. */
export interface OpInfo {
  name: string;
  hasKernel: { readonly wasm: boolean; readonly webgpu: boolean };
}

/** What the dispatcher knows about the machine and the user's wishes. */
export interface Policy {
  /** Innermost `withBackend`/`device` scope, or null. */
  forced: BackendName | null;
  /** The GPU, when acquired. */
  gpu: { isFallback: boolean } | null;
  /** Elements of work from which an op goes to a (real) GPU by itself. */
  gpuThreshold: number;
}

const c = (backend: BackendName, reason: string): Choice => ({ backend, reason });
const FORCED_WASM = c("wasm", "forced by a cpu/wasm scope");
const FORCED_GPU = c("webgpu", "forced by a gpu/webgpu scope");
const FORCED_NO_GPU = c("wasm", "a gpu scope asked for WebGPU, but no GPU was acquired");
const FORCED_NO_KERNEL = c("wasm", "a gpu scope asked for WebGPU, but the op has no WGSL kernel");
const NO_GPU = c("wasm", "no GPU acquired");
const NO_KERNEL = c("wasm", "the op has no WGSL kernel");
const INPUT_ON_GPU = c("webgpu", "an input lives on the GPU");
const SOFTWARE = c("wasm", "software GPU adapter: only gpu scopes place work on it");
const LARGE = c("webgpu", "large enough to pay for the GPU");
const SMALL = c("wasm", "small: cheaper on wasm");

/**
 * Chooses the backend for one op. In order: a forced scope wins (falling back
 * to wasm when the GPU or the kernel is missing); no GPU or no WGSL kernel
 * means wasm; an input already on the GPU (only) keeps the op there; a
 * software adapter is never chosen by itself; large work goes to the GPU;
 * the rest stays on wasm.
 *
 * @param inputsGpuOnly whether some input's elements live only on the GPU
 * @param work elements the op reads and writes
 */
export function chooseBackend(
  op: OpInfo,
  inputsGpuOnly: boolean,
  work: number,
  policy: Policy,
): Choice {
  if (policy.forced === "wasm") return FORCED_WASM;
  if (policy.forced === "webgpu") {
    if (policy.gpu === null) return FORCED_NO_GPU;
    return op.hasKernel.webgpu ? FORCED_GPU : FORCED_NO_KERNEL;
  }
  if (policy.gpu === null) return NO_GPU;
  if (!op.hasKernel.webgpu) return NO_KERNEL;
  if (inputsGpuOnly) return INPUT_ON_GPU;
  if (policy.gpu.isFallback) return SOFTWARE;
  return work >= policy.gpuThreshold ? LARGE : SMALL;
}

/** The policy in force (scopes push onto `scopes`). */
export const policy: Policy = {
  forced: null,
  gpu: null,
  // Below ~256K elements the ~10 us of WebGPU dispatch overhead outweighs
  // the GPU's bandwidth: a first guess; bench/gpu_check.ts measures the
  // crossover on a real GPU, and setGpuThreshold changes it.
  gpuThreshold: 1 << 18,
};
const scopes: (BackendName | null)[] = [];

/**
 * Runs `fn` with every op placed on `backend` (ops without a kernel there,
 * and WebGPU without a GPU, fall back to wasm).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const y = tf.withBackend("wasm", () => tf.add(1, 2));
 * console.log(y.dataSync()[0]); // 3
 * ```
 */
export function withBackend<T>(backend: BackendName, fn: () => T): T {
  if (!BACKENDS.includes(backend)) {
    throw new RangeError(
      `withBackend: unknown backend "${backend}"; use one of ${BACKENDS.join(", ")}`,
    );
  }
  if (backend === "webgpu" && policy.gpu === null) noteNoGpu();
  scopes.push(policy.forced);
  policy.forced = backend;
  try {
    return fn();
  } finally {
    policy.forced = scopes.pop()!;
  }
}

/**
 * Sets where ops go outside any scope: a backend, or "auto" (the dispatcher
 * decides, the default). Like TensorFlow.js's `tf.setBackend`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * tf.setBackend("wasm");
 * tf.setBackend("auto");
 * ```
 */
export function setBackend(backend: BackendName | "auto"): void {
  if (backend !== "auto" && !BACKENDS.includes(backend)) {
    throw new RangeError(
      `setBackend: unknown backend "${backend}"; use "auto" or one of ${BACKENDS.join(", ")}`,
    );
  }
  if (scopes.length > 0) {
    throw new TypeError("setBackend: called inside a withBackend/device scope; call it outside");
  }
  if (backend === "webgpu" && policy.gpu === null) noteNoGpu();
  policy.forced = backend === "auto" ? null : backend;
}

/** Device names accepted by `tf.device`. */
export type DeviceName = "cpu" | "gpu" | "wasm" | "webgpu";

/**
 * Runs `fn` with its ops on the CPU (wasm) or the GPU (WebGPU), as
 * TensorFlow's `with tf.device(...)`. Call `await tf.initWebGPU()` first for
 * the GPU; without a GPU, ops run on wasm (one note is printed).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const y = tf.device("cpu", () => tf.matmul([[1, 2]], [[3], [4]]));
 * console.log(y.arraySync()); // [[11]]
 * ```
 */
export function device<T>(name: DeviceName, fn: () => T): T {
  const map: Record<DeviceName, BackendName> = {
    cpu: "wasm",
    wasm: "wasm",
    gpu: "webgpu",
    webgpu: "webgpu",
  };
  const b = map[name];
  if (b === undefined) {
    throw new RangeError(`device: unknown device "${name}"; use "cpu" or "gpu"`);
  }
  return withBackend(b, fn);
}

let notedNoGpu = false;
function noteNoGpu(): void {
  if (notedNoGpu) return;
  notedNoGpu = true;
  console.error(
    "[tapeflow] a GPU was asked for but none is in use (call `await tf.initWebGPU()` first, " +
      "on a machine with WebGPU): ops run on wasm",
  );
}

/** Whether placement decisions are printed (see the module doc). */
export const trace = { on: readTraceEnv() };

function readTraceEnv(): boolean {
  try {
    const p = Deno.permissions.querySync({ name: "env", variable: "TAPEFLOW_TRACE" });
    return p.state === "granted" && Deno.env.get("TAPEFLOW_TRACE") === "1";
  } catch {
    return false;
  }
}

/**
 * Turns tracing of placement decisions on or off.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * tf.setTrace(true);
 * tf.add(1, 2); // prints: [tapeflow] add -> wasm (no GPU acquired)
 * tf.setTrace(false);
 * ```
 */
export function setTrace(on: boolean): void {
  trace.on = on;
}

/**
 * Sets the work (elements read and written) from which an op goes to a real
 * GPU by itself, when its inputs are not already there; returns the previous
 * value. The default, 2^18, is a guess until `bench/gpu_check.ts` measures the
 * crossover on a real GPU (it prints the value to use).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const before = tf.setGpuThreshold(1 << 16);
 * tf.setGpuThreshold(before);
 * ```
 */
export function setGpuThreshold(elements: number): number {
  if (!Number.isInteger(elements) || elements < 0) {
    throw new RangeError(
      `setGpuThreshold: ${elements} is not a number of elements; use an integer >= 0`,
    );
  }
  const before = policy.gpuThreshold;
  policy.gpuThreshold = elements;
  return before;
}

/** Prints one decision when tracing is on. */
export function traceChoice(op: string, ch: Choice): void {
  console.error(`[tapeflow] ${op} -> ${ch.backend} (${ch.reason})`);
}
