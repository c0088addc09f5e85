// Test helpers: seeded random data, float64 references, tolerance checks, and
// the loop over backends (tests are written once; each backend runs them).

import * as tf from "../mod.ts";
import { type BackendName, BACKENDS } from "../tape/dispatch.ts";

/** A seeded PRNG (mulberry32) giving floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh seed for each run, printed so that a failure can be replayed with TAPEFLOW_SEED. */
export function freshSeed(): number {
  let fixed: string | undefined;
  try {
    fixed = Deno.env.get("TAPEFLOW_SEED");
  } catch { /* no env permission: fresh seed */ }
  return fixed ? Number(fixed) : (Math.random() * 2 ** 31) | 0;
}

/** `n` uniform floats in [lo, hi), rounded to float32. */
export function randomArray(r: () => number, n: number, lo = -1, hi = 1): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = lo + (hi - lo) * r();
  return a;
}

/** Product of a shape. */
export function numel(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Float64 reference of an elementwise binary op with NumPy broadcasting. */
export function refBinary(
  a: ArrayLike<number>,
  sa: readonly number[],
  b: ArrayLike<number>,
  sb: readonly number[],
  f: (x: number, y: number) => number,
): { data: Float64Array; shape: number[] } {
  const n = Math.max(sa.length, sb.length);
  const pa = [...Array(n - sa.length).fill(1), ...sa];
  const pb = [...Array(n - sb.length).fill(1), ...sb];
  const shape = pa.map((d, i) => (d === 1 ? pb[i] : d));
  const size = numel(shape);
  const data = new Float64Array(size);
  const idx = new Array(n).fill(0);
  for (let flat = 0; flat < size; flat++) {
    let ia = 0, ib = 0;
    for (let d = 0; d < n; d++) {
      ia = ia * pa[d] + (pa[d] === 1 ? 0 : idx[d]);
      ib = ib * pb[d] + (pb[d] === 1 ? 0 : idx[d]);
    }
    data[flat] = f(a[ia], b[ib]);
    for (let d = n - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return { data, shape };
}

/** Tolerances: |actual - expected| <= atol + rtol |expected|. */
export interface Tol {
  rtol?: number;
  atol?: number;
}

/**
 * Asserts elementwise closeness; NaN must match NaN and infinities must match
 * exactly. The message names the first bad index and the values.
 */
export function assertClose(
  actual: ArrayLike<number> | number,
  expected: ArrayLike<number> | number,
  { rtol = 1e-6, atol = 1e-6 }: Tol = {},
  what = "",
): void {
  const a = typeof actual === "number" ? [actual] : actual;
  const e = typeof expected === "number" ? [expected] : expected;
  if (a.length !== e.length) {
    throw new Error(`${what} length ${a.length} != expected ${e.length}`);
  }
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = e[i];
    if (Number.isNaN(y)) {
      if (!Number.isNaN(x)) throw new Error(`${what}[${i}]: got ${x}, expected NaN`);
      continue;
    }
    if (!Number.isFinite(y)) {
      if (x !== y) throw new Error(`${what}[${i}]: got ${x}, expected ${y}`);
      continue;
    }
    if (!(Math.abs(x - y) <= atol + rtol * Math.abs(y))) {
      throw new Error(
        `${what}[${i}]: got ${x}, expected ${y} (diff ${
          Math.abs(x - y)
        }, atol ${atol}, rtol ${rtol})`,
      );
    }
  }
}

/** Asserts that `fn` throws an error of class `cls` whose message matches every pattern. */
export function assertThrows(
  fn: () => unknown,
  cls: new (...args: never[]) => Error,
  ...patterns: (string | RegExp)[]
): Error {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  if (err === undefined) throw new Error(`expected ${cls.name}, nothing was thrown`);
  if (!(err instanceof cls)) {
    throw new Error(`expected ${cls.name}, got ${(err as Error)?.constructor?.name}: ${err}`);
  }
  for (const p of patterns) {
    const ok = typeof p === "string" ? err.message.includes(p) : p.test(err.message);
    if (!ok) throw new Error(`message ${JSON.stringify(err.message)} does not match ${p}`);
  }
  return err;
}

/** Whether the WebGPU backend is usable here (a software adapter counts). */
export const gpuAvailable: boolean = await tf.initWebGPU();

/** Whether a backend can run here. */
export function available(b: BackendName): boolean {
  return b === "wasm" || (b === "webgpu" && gpuAvailable);
}

/** Every backend name, available or not, so that skipped ones show as ignored. */
export const ALL_BACKENDS: readonly BackendName[] = BACKENDS;

/** Options of `testEachBackend`. */
export interface EachBackendOptions {
  /**
   * Whether the body also runs on WebGPU. A GPU body must read results with
   * `await t.data()` / `await t.array()` (see `read`), never dataSync.
   */
  gpu?: boolean;
}

/**
 * Registers one Deno test per backend: `name [wasm]`, `name [webgpu]`... The
 * body runs with every op placed on that backend (`tf.setBackend`, so that
 * async bodies keep it across awaits).
 */
export function testEachBackend(
  name: string,
  fn: (t: Deno.TestContext, backend: BackendName) => void | Promise<void>,
  options: EachBackendOptions = {},
): void {
  for (const b of ALL_BACKENDS) {
    if (b === "webgpu" && !options.gpu) continue;
    Deno.test({
      name: `${name} [${b}]`,
      ignore: !available(b),
      fn: async (t) => {
        tf.setBackend(b);
        try {
          await fn(t, b);
        } finally {
          tf.setBackend("auto");
        }
      },
    });
  }
}

/** The elements of a tensor as a typed array, wherever it lives. */
export function read(t: tf.Tensor): Promise<tf.TypedArray> {
  return t.data();
}
