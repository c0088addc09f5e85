/**
 * `tf.test.checkGradients`: compares the tape's gradients with central finite
 * differences, for users' own functions and for every op in the test suite.
 *
 * The check follows JAX's `check_vjp`: for a random cotangent v of the output
 * and random directions u of the inputs, the tape's vector-Jacobian product
 * must satisfy <u, vjp(v)> = <v, (f(x + εu) − f(x − εu)) / 2ε> up to O(ε²).
 * One scalar comparison per direction covers every input element at once.
 * The difference is taken at ε and ε/2 and extrapolated (Richardson), which
 * leaves an O(ε⁴) error: float32 rounding, not the step, limits the check.
 *
 * @module
 */

import type { Tensor } from "./tensor.ts";
import { GradientTape } from "./gradient_tape.ts";
import { fromData, type TensorLike, toTensor } from "./convert.ts";

/** Options of `checkGradients`. */
export interface CheckGradientsOptions {
  /** Step of the central difference, relative to each input's scale (default 1e-2). */
  eps?: number;
  /** Number of random directions (default 3). */
  directions?: number;
  /** Accepted error, relative to the size of the compared products (default 1e-2). */
  tolerance?: number;
  /** Seed of the random directions (default 1). */
  seed?: number;
  /** Throw a RangeError when the error passes the tolerance (default true). */
  throwOnFailure?: boolean;
}

/** What `checkGradients` measured. */
export interface CheckGradientsResult {
  /** Worst relative error over the directions. */
  maxError: number;
  /** Per direction: the tape's <u, vjp(v)> and the finite-difference estimate. */
  pairs: { tape: number; numeric: number; error: number }[];
}

function normalSampler(seed: number): () => number {
  let a = seed >>> 0 || 1;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * The check itself, shared by the sync and async forms: a generator that
 * yields the tensors whose elements it needs and receives them back, so that
 * one driver reads them with dataSync and the other with `await data()`
 * (several at once: one GPU round trip for each batch).
 */
function* checkSteps(
  f: (...xs: Tensor[]) => Tensor,
  inputs: readonly TensorLike[],
  options: CheckGradientsOptions,
): Generator<Tensor[], CheckGradientsResult, ArrayLike<number>[]> {
  if (typeof f !== "function") {
    throw new TypeError(
      `checkGradients: expected a function of the inputs returning a tensor, got ${typeof f}`,
    );
  }
  if (!Array.isArray(inputs)) {
    throw new TypeError(
      `checkGradients: inputs must be an array with one value per argument of f, got ${typeof inputs}`,
    );
  }
  const { eps = 1e-2, directions = 3, tolerance = 1e-2, seed = 1, throwOnFailure = true } = options;
  const xs = inputs.map((x) => toTensor("checkGradients", x));
  for (const x of xs) {
    if (x.dtype !== "float32") {
      throw new TypeError(
        `checkGradients: inputs must be float32, got ${x.dtype}; only float inputs have gradients`,
      );
    }
  }
  const normal = normalSampler(seed);
  const xData = (yield xs).map((d) => Float64Array.from(d));

  const tape = new GradientTape({ persistent: true });
  tape.watch(xs);
  const y = tape.record(() => f(...xs));
  const v = Float32Array.from({ length: y.size }, normal);
  const grads = tape.gradient(y, xs, { outputGradients: fromData(v, y.shape, "float32") });
  tape.dispose();
  const present = grads.filter((t): t is Tensor => t !== null);
  const read = present.length > 0 ? yield present : [];
  let next = 0;
  const g = grads.map((t, i) => (t === null ? new Float32Array(xs[i].size) : read[next++]));

  // Each input's step is relative to its largest magnitude (at least 1).
  const scales = xData.map((d) => {
    let m = 1;
    for (let j = 0; j < d.length; j++) m = Math.max(m, Math.abs(d[j]));
    return m;
  });
  const pairs: CheckGradientsResult["pairs"] = [];
  for (let d = 0; d < directions; d++) {
    const us = xs.map((x) => Float64Array.from({ length: x.size }, normal));
    const shifted = (step: number) =>
      f(
        ...xs.map((x, i) => {
          const h = step * eps * scales[i];
          const data = Float32Array.from(xData[i], (xv, j) => xv + h * us[i][j]);
          return fromData(data, x.shape, "float32");
        }),
      );
    const [p1, m1, p2, m2] = yield [shifted(1), shifted(-1), shifted(0.5), shifted(-0.5)];
    // Central differences at steps h and h/2, combined by Richardson
    // extrapolation: (4 D(h/2) - D(h)) / 3 cancels the O(h²) error term.
    let d1 = 0, d2 = 0;
    for (let j = 0; j < v.length; j++) {
      d1 += v[j] * (p1[j] - m1[j]);
      d2 += v[j] * (p2[j] - m2[j]);
    }
    d1 /= 2 * eps;
    d2 /= eps;
    const numeric = (4 * d2 - d1) / 3;
    // The tape's side, with the same per-input step scaling.
    let tapeSide = 0;
    xs.forEach((_, i) => (tapeSide += scales[i] * dot(us[i], g[i])));
    const size = Math.max(Math.abs(tapeSide), Math.abs(numeric), 1);
    pairs.push({ tape: tapeSide, numeric, error: Math.abs(tapeSide - numeric) / size });
  }
  const maxError = Math.max(0, ...pairs.map((p) => p.error));
  if (throwOnFailure && !(maxError <= tolerance)) {
    throw new RangeError(
      `checkGradients: the tape's gradient differs from finite differences by ${
        maxError.toExponential(2)
      } ` +
        `(tolerance ${tolerance}); pairs ${JSON.stringify(pairs)}`,
    );
  }
  return { maxError, pairs };
}

/**
 * Checks the gradients of `f` at `inputs` against central differences along
 * random directions, and returns the worst relative error. Reads results
 * synchronously (wasm); use `checkGradientsAsync` where ops run on the GPU.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const r = tf.test.checkGradients((x) => tf.multiply(x, tf.exp(x)), [[0.5, -1, 2]]);
 * console.log(r.maxError < 1e-2); // true
 * ```
 */
export function checkGradients(
  f: (...xs: Tensor[]) => Tensor,
  inputs: readonly TensorLike[],
  options: CheckGradientsOptions = {},
): CheckGradientsResult {
  const steps = checkSteps(f, inputs, options);
  let r = steps.next();
  while (!r.done) r = steps.next(r.value.map((t) => t.dataSync()));
  return r.value;
}

/**
 * `checkGradients` for any backend: the same check, reading results with
 * `await t.data()` (the tensors of each step together), so it works where
 * ops run on the GPU and cannot be read synchronously.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const r = await tf.test.checkGradientsAsync((x) => tf.multiply(x, x), [[0.5, -1, 2]]);
 * console.log(r.maxError < 1e-2); // true
 * ```
 */
export async function checkGradientsAsync(
  f: (...xs: Tensor[]) => Tensor,
  inputs: readonly TensorLike[],
  options: CheckGradientsOptions = {},
): Promise<CheckGradientsResult> {
  const steps = checkSteps(f, inputs, options);
  let r = steps.next();
  while (!r.done) r = steps.next(await Promise.all(r.value.map((t) => t.data())));
  return r.value;
}

/**
 * Testing utilities, as `tf.test`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const r = tf.test.checkGradients((x) => tf.sin(x), [[0.5, 1]]);
 * console.log(r.maxError < 1e-2); // true
 * ```
 */
export const test = { checkGradients, checkGradientsAsync };
