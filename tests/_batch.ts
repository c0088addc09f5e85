// Batched readbacks for tests that run on both backends: Deno's WebGPU waits
// ~11 ms at every readback, so a suite that reads hundreds of small results
// one by one spends seconds waiting. A Batch collects (tensor, check) pairs
// and reads them all at once in `run()`: the readbacks overlap, and the
// checks then run in the order they were added.

import * as tf from "../mod.ts";
import { gpuAvailable } from "./_util.ts";

type Nested = Awaited<ReturnType<tf.Tensor["array"]>>;

/** Checks of tensors' elements, read back together. */
export class Batch {
  #items: (() => Promise<() => void>)[] = [];

  /** Schedules `check` on the elements of `t` (a typed array). */
  data(t: tf.Tensor, check: (d: tf.TypedArray) => void): void {
    this.#items.push(async () => {
      const d = await t.data();
      return () => check(d);
    });
  }

  /** Schedules `check` on the nested-array form of `t`. */
  array(t: tf.Tensor, check: (a: Nested) => void): void {
    this.#items.push(async () => {
      const a = await t.array();
      return () => check(a);
    });
  }

  /** Number of checks waiting. */
  get size(): number {
    return this.#items.length;
  }

  /** Reads every scheduled tensor back, then runs the checks in order. */
  async run(): Promise<void> {
    const items = this.#items;
    this.#items = [];
    const checks = await Promise.all(items.map((f) => f()));
    for (const c of checks) c();
  }
}

/**
 * Whether every op that `fn` calls (gradients included, when it runs a tape)
 * has a WGSL kernel: `fn` runs in a gpu scope with the placement trace on,
 * and no op may fall back to wasm for want of a kernel. False without a GPU;
 * any other error in `fn` is thrown (a broken kernel must not turn its tests
 * off).
 * Tests through ops of other families turn their GPU run on with it, so that
 * they run there as soon as those families have kernels.
 */
export function allOnGpu(fn: () => unknown): boolean {
  if (!gpuAvailable) return false;
  const lines: string[] = [];
  const err = console.error;
  console.error = (s: string) => lines.push(String(s));
  tf.setTrace(true);
  let missing = false;
  try {
    tf.device("gpu", fn);
  } catch (e) {
    // an op without a kernel meets a GPU-only input: expected; anything else is a bug
    if (!lines.some((l) => l.includes("no WGSL kernel"))) throw e;
  } finally {
    tf.setTrace(false);
    console.error = err;
    missing = lines.some((l) => l.includes("no WGSL kernel"));
  }
  return !missing;
}

/**
 * `tf.test.checkGradients` on wasm, its async twin on WebGPU (which cannot
 * read back synchronously).
 */
export function checkGradientsOn(
  backend: string,
  f: (...xs: tf.Tensor[]) => tf.Tensor,
  inputs: readonly tf.TensorLike[],
  options?: tf.CheckGradientsOptions,
): Promise<tf.CheckGradientsResult> {
  return backend === "webgpu"
    ? tf.test.checkGradientsAsync(f, inputs, options)
    : Promise.resolve(tf.test.checkGradients(f, inputs, options));
}
