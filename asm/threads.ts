// Worker threads sharing the one wasm memory, for kernels split into ranges.
//
// Workers are made from a Blob URL (no permission flag) and get the compiled
// kernel module and the shared memory once. A call hands each worker a range
// through a shared control block and wakes it with Atomics.notify; the main
// thread runs the first range itself, then waits (Atomics.wait, which Deno
// allows on the main thread) for the others. Workers spin briefly before
// sleeping so that back-to-back calls stay cheap.
//
// Workers start asynchronously (they boot on their own threads even while the
// main thread is busy); until one is ready, its share runs on the main thread.
// `warmThreads()` waits for them. An idle pool is ended by an unref'd timer, so
// scripts still exit on their own.
//
// Kernel calls split with `parallelFor` must write disjoint memory per range
// (or per-thread scratch, indexed by the `thread` argument); then the result
// does not depend on the split, so it is bit-identical to one thread.

import { k, kernelModule, memory } from "./heap.ts";
import type { Kernels } from "./kernels.generated.ts";

/** Bytes of one worker's slot: state, function index, argument count, 30 f64 arguments. */
const SLOT = 256;
const MAX_ARGS = 30;
/** An idle pool is stopped after this long without a split call. */
const IDLE_MS = 300;
/**
 * Spins of a worker before it sleeps, and of the main thread before it waits:
 * a few microseconds, so back-to-back split calls do not pay a futex wake-up
 * (~20-60 µs measured here) while an idle worker stops burning a shared core soon.
 */
const WORKER_SPINS = 4000;
const MAIN_SPINS = 2000;

// Slot states.
const BOOTING = -2, EXIT = -1, IDLE = 0, TASK = 1, DONE = 2, FAILED = 3;

// The worker indexes the same sorted list of *function* exports as the main
// thread (the module also exports its memory, which must not shift indices).
const WORKER_SOURCE = `
self.onmessage = (e) => {
  const { module, memory, ctl, slot } = e.data;
  const i32 = new Int32Array(ctl);
  const f64 = new Float64Array(ctl);
  const base = slot * ${SLOT / 4};
  let fns;
  try {
    const inst = new WebAssembly.Instance(module, { env: { memory } });
    fns = Object.keys(inst.exports).filter((k) => typeof inst.exports[k] === "function")
      .sort().map((k) => inst.exports[k]);
  } catch (err) {
    Atomics.store(i32, base, ${FAILED});
    return;
  }
  Atomics.store(i32, base, ${IDLE});
  for (;;) {
    let s = Atomics.load(i32, base);
    let spins = 0;
    while (s !== ${TASK} && s !== ${EXIT}) {
      if (++spins > ${WORKER_SPINS}) { Atomics.wait(i32, base, s, 50); spins = 0; }
      s = Atomics.load(i32, base);
    }
    if (s === ${EXIT}) break;
    const fn = fns[i32[base + 1]];
    const n = i32[base + 2];
    const a0 = base / 2 + 2;
    const args = [];
    for (let k = 0; k < n; k++) args.push(f64[a0 + k]);
    try {
      fn(...args);
      Atomics.store(i32, base, ${DONE});
    } catch (err) {
      Atomics.store(i32, base, ${FAILED});
    }
    Atomics.notify(i32, base);
  }
};
`;

/** Kernel export names in the order both sides index them. */
const NAMES = WebAssembly.Module.exports(kernelModule)
  .filter((e) => e.kind === "function")
  .map((e) => e.name)
  .sort();
const FN_INDEX = new Map(NAMES.map((n, i) => [n, i]));

let workers: Worker[] = [];
let ctlI32: Int32Array = new Int32Array(0);
let ctlF64: Float64Array = new Float64Array(0);
let idleTimer: ReturnType<typeof setTimeout> | null = null;
let lastUse = 0;

function defaultThreads(): number {
  const n = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator
    ?.hardwareConcurrency;
  return Math.max(1, Math.min(n ?? 1, 16));
}

/**
 * Threads the kernels use (the main thread included), split calls made so
 * far, and `scale`, a factor on every split threshold (1; tests lower it so
 * that small inputs split too).
 */
export const threads = { count: defaultThreads(), calls: 0, scale: 1 };

/**
 * Whether `work` is too little to split, given a threshold `perThread` (work
 * per thread that pays for a split): below two thresholds (or one thread)
 * kernels call once, without building ranges.
 */
export function tooSmall(work: number, perThread: number): boolean {
  return threads.count <= 1 || work < 2 * perThread * threads.scale;
}

/**
 * Sets how many threads kernels split across (main thread included); 1 turns
 * Workers off. The default is the number of logical cores. Large matmuls,
 * convolutions, elementwise ops and reductions split; results do not depend on
 * the count, except where a kernel's documentation says so (filter gradients
 * of convolutions, whole-tensor float sums: within float32 rounding).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * tf.setThreads(1); // single-threaded
 * tf.setThreads(2);
 * ```
 */
export function setThreads(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new RangeError(`setThreads: ${n} is not a thread count; use an integer from 1 to 64`);
  }
  threads.count = n;
  // More threads restart the pool (lazily, at the next split call); fewer
  // leave the extra workers idle (split calls never use more than `count`)
  // until the idle timer ends the pool.
  if (workers.length !== 0 && workers.length < n - 1) stopWorkers();
}

/** The thread count in force (the main thread included). */
export function getThreads(): number {
  return threads.count;
}

function workersSupported(): boolean {
  return typeof Worker === "function" && typeof SharedArrayBuffer === "function" &&
    typeof URL.createObjectURL === "function";
}

let unloadHooked = false;

function startWorkers(): void {
  if (!unloadHooked && typeof addEventListener === "function") {
    // End the pool before the process exits, so that no worker is awake in
    // its wait loop while the runtime tears down (an idle pool lives on for
    // IDLE_MS after the last split call).
    addEventListener("unload", stopWorkers);
    unloadHooked = true;
  }
  const n = threads.count - 1;
  const ctl = new SharedArrayBuffer(SLOT * (n + 1));
  ctlI32 = new Int32Array(ctl);
  ctlF64 = new Float64Array(ctl);
  const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
  try {
    for (let w = 1; w <= n; w++) {
      ctlI32[w * (SLOT / 4)] = BOOTING;
      const worker = new Worker(url, { type: "module", name: `tapeflow-${w}` });
      worker.postMessage({ module: kernelModule, memory, ctl, slot: w });
      workers.push(worker);
    }
  } catch {
    // Workers refused (a sandbox): whatever started is used, the rest runs here.
  } finally {
    URL.revokeObjectURL(url);
  }
}

function stopWorkers(): void {
  for (let w = 1; w <= workers.length; w++) {
    Atomics.store(ctlI32, w * (SLOT / 4), EXIT);
    Atomics.notify(ctlI32, w * (SLOT / 4));
    workers[w - 1].terminate();
  }
  workers = [];
  if (idleTimer !== null) {
    clearTimeout(idleTimer);
    idleTimer = null;
  }
}

// One timer per idle period (re-armed when it fires too early), not one per
// call: clearTimeout + setTimeout at every split call cost ~1-2 µs.
function armIdleStop(delay: number): void {
  const timer = setTimeout(() => {
    idleTimer = null;
    const idle = performance.now() - lastUse;
    if (idle >= IDLE_MS) stopWorkers();
    else armIdleStop(IDLE_MS - idle + 1);
  }, delay);
  // Never keep the process alive for the pool's sake.
  const d = (globalThis as { Deno?: { unrefTimer?: (id: number) => void } }).Deno;
  d?.unrefTimer?.(timer as unknown as number);
  idleTimer = timer;
}

/** Starts the pool if needed and counts the workers ready now. */
function readyWorkers(): number {
  if (workers.length === 0) startWorkers();
  lastUse = performance.now();
  if (idleTimer === null) armIdleStop(IDLE_MS);
  let ready = 0;
  for (let w = 1; w <= workers.length; w++) {
    if (Atomics.load(ctlI32, w * (SLOT / 4)) === IDLE) ready++;
  }
  return ready;
}

/**
 * How many threads (main included) a call over `items` work items of at
 * least `grain` each can use now: 1 below 2 grains, with setThreads(1), or
 * without Workers.
 */
export function threadsFor(items: number, grain: number): number {
  grain = Math.max(1, Math.ceil(grain * threads.scale));
  if (threads.count <= 1 || items < 2 * grain || !workersSupported()) return 1;
  const ready = 1 + readyWorkers();
  return Math.max(1, Math.min(ready, Math.floor(items / grain), threads.count));
}

/**
 * Starts the pool (if threads are on and Workers exist) and resolves once
 * every worker is ready, so that the next split calls use all threads. For
 * tests and benchmarks; kernels never wait for workers.
 */
export async function warmThreads(timeoutMs = 10_000): Promise<number> {
  if (threads.count <= 1 || !workersSupported()) return 1;
  const t0 = performance.now();
  for (;;) {
    const ready = readyWorkers();
    if (ready >= threads.count - 1) return ready + 1;
    let failed = 0;
    for (let w = 1; w <= workers.length; w++) {
      if (Atomics.load(ctlI32, w * (SLOT / 4)) === FAILED) failed++;
    }
    if (ready + failed >= workers.length || performance.now() - t0 > timeoutMs) return ready + 1;
    await new Promise((r) => setTimeout(r, 2));
  }
}

/**
 * Runs kernel `name` over `items` work items split into contiguous ranges of
 * at least `grain` items, one range a thread (at most `maxThreads`, which a
 * caller that sized per-thread scratch with `threadsFor` passes):
 * `args(start, end, thread)` gives each call's arguments. Returns when every
 * range is done. Ranges must write disjoint memory; `thread` indexes
 * per-thread scratch.
 */
export function parallelFor(
  name: keyof Kernels,
  items: number,
  grain: number,
  args: (start: number, end: number, thread: number) => number[],
  maxThreads = Infinity,
): void {
  const k = name as string;
  const t = Math.min(threadsFor(items, grain), maxThreads);
  if (t <= 1) {
    callLocal(k, args(0, items, 0));
    return;
  }
  const fnIndex = FN_INDEX.get(k);
  if (fnIndex === undefined) throw new Error(`parallelFor: no kernel named ${k}`);
  threads.calls++;
  const per = Math.ceil(items / t);
  const used: number[] = [];
  let thread = 1;
  let failed = false;
  try {
    for (let w = 1; w <= workers.length && thread < t; w++) {
      const base = w * (SLOT / 4);
      if (Atomics.load(ctlI32, base) !== IDLE) continue;
      const start = thread * per, end = Math.min(items, start + per);
      if (start >= end) break;
      const a = args(start, end, thread);
      if (a.length > MAX_ARGS) {
        throw new Error(`parallelFor: ${k} takes over ${MAX_ARGS} arguments`);
      }
      ctlI32[base + 1] = fnIndex;
      ctlI32[base + 2] = a.length;
      for (let i = 0; i < a.length; i++) ctlF64[base / 2 + 2 + i] = a[i];
      Atomics.store(ctlI32, base, TASK);
      Atomics.notify(ctlI32, base);
      used.push(base);
      thread++;
    }
    // The main thread's range, then what no worker took.
    callLocal(k, args(0, Math.min(items, per), 0));
    for (let r = thread; r < t; r++) {
      const start = r * per, end = Math.min(items, start + per);
      if (start < end) callLocal(k, args(start, end, r));
    }
  } finally {
    // Even when the main thread's range threw: the workers must finish before
    // their memory is reused, and their slots must become idle again.
    for (const base of used) {
      let s = Atomics.load(ctlI32, base);
      let spins = 0;
      while (s === TASK) {
        if (++spins > MAIN_SPINS) Atomics.wait(ctlI32, base, TASK, 5);
        s = Atomics.load(ctlI32, base);
      }
      if (s === FAILED) failed = true;
      Atomics.store(ctlI32, base, IDLE);
    }
  }
  if (failed) throw new Error(`${k}: a kernel trapped in a worker thread (a tapeflow bug)`);
}

const kernels = k as unknown as Record<string, (...a: number[]) => void>;

function callLocal(name: string, a: number[]): void {
  kernels[name](...a);
}
