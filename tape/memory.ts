/**
 * Deterministic memory release for those who want it, and memory reports.
 *
 * Nothing here is required: tensors free themselves (small ones are plain JS
 * values; large ones are freed when V8 collects them, or spilled out of the
 * wasm heap when it passes its budget, see asm/heap.ts). `tidy`, `dispose`
 * and `using` make release immediate.
 *
 * @module
 */

import { scopes, Tensor, tensorStats } from "./tensor.ts";
import { heapStats, memoryBytes, setBudget } from "../asm/heap.ts";
import { gpuStats } from "../gpu/queue.ts";
import { policy } from "./dispatch.ts";

const kept = new WeakSet<Tensor>();

function collect(x: unknown, out: Set<Tensor>, seen: Set<unknown>): void {
  if (x instanceof Tensor) {
    out.add(x);
    return;
  }
  if (typeof x !== "object" || x === null || seen.has(x)) return;
  seen.add(x);
  if (Array.isArray(x)) { for (const e of x) collect(e, out, seen); }
  else if (x instanceof Map) { for (const e of x.values()) collect(e, out, seen); }
  else if (Object.getPrototypeOf(x) === Object.prototype) {
    for (const e of Object.values(x)) collect(e, out, seen);
  }
}

/**
 * Runs `fn` and disposes every tensor it created, except those it returns
 * (alone, in arrays, Maps or plain objects), those passed to `keep`, and
 * variables. `fn` must be synchronous.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const y = tf.tidy(() => tf.square(tf.add([1, 2], 1))); // the sum is freed, y is kept
 * console.log(y.arraySync()); // [4, 9]
 * ```
 */
export function tidy<T>(fn: () => T): T {
  if (typeof fn !== "function") {
    throw new TypeError(`tidy: expected a function, got ${typeof fn}`);
  }
  const scope: Tensor[] = [];
  scopes.push(scope);
  let result: T;
  try {
    result = fn();
  } finally {
    scopes.pop();
  }
  if (result instanceof Promise) {
    throw new TypeError(
      "tidy: the function returned a Promise; tidy cannot follow async work: await outside tidy",
    );
  }
  const keep = new Set<Tensor>();
  collect(result, keep, new Set());
  const parent = scopes.length > 0 ? scopes[scopes.length - 1] : null;
  for (const t of scope) {
    if (keep.has(t) || kept.has(t)) parent?.push(t);
    else t.dispose();
  }
  return result;
}

/**
 * Keeps a tensor created inside `tidy` from being disposed at its end.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const kept: tf.Tensor[] = [];
 * tf.tidy(() => {
 *   kept.push(tf.keep(tf.ones([2])));
 * });
 * console.log(kept[0].arraySync()); // [1, 1]
 * ```
 */
export function keep<T extends Tensor>(t: T): T {
  kept.add(t);
  return t;
}

/**
 * Disposes every tensor in `x` (a tensor, or arrays/objects of them).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const a = tf.ones([2]), b = tf.zeros([2]);
 * tf.dispose([a, b]);
 * console.log(a.isDisposed); // true
 * ```
 */
export function dispose(x: unknown): void {
  const all = new Set<Tensor>();
  collect(x, all, new Set());
  for (const t of all) t.dispose();
}

/** What `tf.memory()` reports. */
export interface MemoryInfo {
  /**
   * Large tensors (more than 256 elements) not yet freed. Small tensors are
   * plain JS values that V8 collects on its own and are not counted.
   */
  numTensors: number;
  /** Tensors created since start, small and large. */
  numTensorsCreated: number;
  /** Bytes of tensor data resident in the wasm heap. */
  numBytes: number;
  /** Per-backend detail. */
  wasm: {
    /** Size of the wasm memory (what the process holds for it). */
    memoryBytes: number;
    /** Tensor bytes resident in the heap. */
    residentBytes: number;
    /** Resident bytes above which least-recently-used tensors spill to JS memory. */
    budgetBytes: number;
    /** Large tensors spilled to JS memory since start. */
    spills: number;
  };
  /** The WebGPU backend's buffers, once a GPU is in use (else null). */
  webgpu: {
    /** Bytes in buffers that hold tensors. */
    liveBytes: number;
    /** Bytes in free buffers kept for reuse. */
    pooledBytes: number;
    /** Command buffers submitted and values read back since start. */
    submits: number;
    readbacks: number;
  } | null;
}

/**
 * Memory in use, per backend.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = tf.memory();
 * console.log(m.wasm.memoryBytes > 0); // true
 * ```
 */
export function memory(): MemoryInfo {
  return {
    numTensors: tensorStats.live,
    numTensorsCreated: tensorStats.created,
    numBytes: heapStats.residentBytes,
    wasm: {
      memoryBytes: memoryBytes(),
      residentBytes: heapStats.residentBytes,
      budgetBytes: heapStats.budget,
      spills: heapStats.spills,
    },
    webgpu: policy.gpu === null ? null : { ...gpuStats },
  };
}

/**
 * Sets how many bytes of tensor data the wasm heap keeps resident before it
 * spills the least recently used large tensors to JS memory (default 256 MiB).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * tf.setMemoryBudget(512 * 1024 * 1024);
 * ```
 */
export function setMemoryBudget(bytes: number): void {
  setBudget(bytes);
}
