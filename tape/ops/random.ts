/**
 * Seeded random tensors, used as `tf.random.uniform`, `tf.random.normal`,
 * `tf.random.truncatedNormal` and `tf.random.setSeed`.
 *
 * Numbers come from Philox-4x32-10, a counter-based generator
 * (asm/src/random.ts; on WebGPU, gpu/kernels/random.ts): element j of a
 * tensor is a function of the op's 64-bit key and j alone, so a tensor is the
 * same however its kernel is split across threads, and the same on both
 * backends (uniform numbers bit for bit, normals within a few ulp).
 *
 * Seeds follow TensorFlow's rules (`tf.random.set_seed`):
 * - global seed and op seed set: the key comes from both, and a call gives
 *   the same numbers every time;
 * - global seed only: each call takes the next op seed of a sequence that
 *   `setSeed` restarts, so successive calls differ and the whole sequence
 *   repeats after `setSeed` with the same seed;
 * - op seed only: TensorFlow's default global seed (87654321) stands in for
 *   the global seed, so the call is reproducible;
 * - neither: fresh randomness (crypto.getRandomValues) on every call.
 *
 * One difference from TensorFlow's eager mode: there, repeated calls with the
 * same op seed advance a hidden per-kernel counter (A1, A2, ... until
 * `set_seed`); here a call with an op seed is a pure function of the seeds,
 * the shape and the parameters, as with TensorFlow's stateless random ops and
 * TensorFlow.js. The generator and key derivation are tapeflow's own, so the
 * numbers differ from TensorFlow's for the same seeds.
 *
 * Uniform numbers are bit-identical on every machine; normals go through a
 * logarithm that may use fused multiply-adds, so across CPUs they can differ in
 * the last bit.
 *
 * @module
 */

import type { DType } from "../dtype.ts";
import { checkShape, sizeOf } from "../_shape.ts";
import { defineOp, run } from "../op.ts";
import type { Tensor } from "../tensor.ts";
import { k } from "../../asm/backend.ts";
import { MAX_BYTES } from "../../asm/heap.ts";
import { randomWgsl } from "../../gpu/kernels/random.ts";

/** TensorFlow's DEFAULT_GRAPH_SEED: the global seed used when only an op seed is given. */
const DEFAULT_GLOBAL_SEED = 87654321;

/** Seeding state (numbers only: no tensors are held here). */
const state = {
  /** The global seed, or null when unset. */
  global: null as number | null,
  /** Ops seeded from the global seed alone since the last setSeed. */
  counter: 0,
};

// ---------------------------------------------------------------- keys

/** murmur3's 32-bit finaliser: a bijective avalanche mix. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Low and high 32-bit words of a safe integer (two's complement for negatives). */
function words(v: number): [number, number] {
  const lo = v % 4294967296;
  const hi = Math.floor(v / 4294967296);
  return [lo >>> 0, hi >>> 0];
}

/**
 * The 64-bit Philox key of (global seed, op seed) in one of two domains:
 * explicit op seeds (0) and op seeds drawn from the global seed's sequence (1).
 */
function deriveKey(global: number, op: number, domain: number): [number, number] {
  const [g0, g1] = words(global);
  const [o0, o1] = words(op);
  let h0 = fmix32(g0 ^ 0x243f6a88);
  let h1 = fmix32(g1 ^ 0x85a308d3 ^ domain);
  h0 = fmix32(h0 ^ Math.imul(o0, 0x9e3779b9) ^ h1);
  h1 = fmix32(h1 ^ Math.imul(o1 ^ 0x13198a2e, 0x85ebca6b) ^ h0);
  h0 = fmix32(h0 + o0);
  return [h0 | 0, h1 | 0];
}

function checkSeed(op: string, name: string, seed: unknown): number {
  if (typeof seed !== "number" || !Number.isSafeInteger(seed)) {
    throw new TypeError(
      `${op}: ${name} ${String(seed)} is not an integer; pass an integer seed ` +
        `(|seed| < 2^53), or leave it out for fresh randomness`,
    );
  }
  return seed;
}

/** The key for one op call, following the seeding rules of the module doc. */
function keyFor(op: string, seed: number | undefined): [number, number] {
  if (seed !== undefined && seed !== null) {
    return deriveKey(state.global ?? DEFAULT_GLOBAL_SEED, checkSeed(op, "seed", seed), 0);
  }
  if (state.global !== null) return deriveKey(state.global, state.counter++, 1);
  const w = crypto.getRandomValues(new Int32Array(2));
  return [w[0], w[1]];
}

/**
 * Sets the global random seed; `null` unsets it (fresh randomness for ops
 * without their own seed). It also restarts the sequence of op seeds that
 * unseeded ops draw, so the same program prints the same numbers again.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * tf.random.setSeed(1234);
 * const a = tf.random.uniform([2]);
 * const b = tf.random.uniform([2]); // differs from a
 * tf.random.setSeed(1234);
 * console.log(tf.random.uniform([2]).arraySync(), a.arraySync()); // equal
 * ```
 */
export function setSeed(seed: number | null): void {
  state.global = seed === null ? null : checkSeed("random.setSeed", "seed", seed);
  state.counter = 0;
}

// ---------------------------------------------------------------- ops

interface RandomAttrs {
  k0: number;
  k1: number;
  /** float: scale (maxval - minval, or stddev); int: minval. */
  a: number;
  /** float: offset (minval, or mean); int: range (maxval - minval). */
  b: number;
}

const NO_GRAD = "random sampling: there is no input to differentiate";

const UNCAPTURABLE = "draws new numbers at every call (its seed is computed in JavaScript)";

const uniformOp = defineOp<RandomAttrs>({
  name: "random.uniform",
  wasm: (c) => {
    const { k0, k1, a, b } = c.attrs;
    const o = c.outs[0];
    if (o.dtype === "float32") k.random_uniform_f32(c.pout[0], 0, o.size, k0, k1, a, b);
    else k.random_uniform_i32(c.pout[0], 0, o.size, k0, k1, a, b);
  },
  webgpu: randomWgsl("uniform"),
  notDifferentiable: NO_GRAD,
  uncapturable: UNCAPTURABLE,
});

const normalOp = defineOp<RandomAttrs>({
  name: "random.normal",
  wasm: (c) => {
    const { k0, k1, a, b } = c.attrs;
    k.random_normal_f32(c.pout[0], 0, c.outs[0].size, k0, k1, a, b);
  },
  webgpu: randomWgsl("normal"),
  notDifferentiable: NO_GRAD,
  uncapturable: UNCAPTURABLE,
});

const truncatedNormalOp = defineOp<RandomAttrs>({
  name: "random.truncatedNormal",
  wasm: (c) => {
    const { k0, k1, a, b } = c.attrs;
    k.random_truncated_normal_f32(c.pout[0], 0, c.outs[0].size, k0, k1, a, b);
  },
  webgpu: randomWgsl("truncatedNormal"),
  notDifferentiable: NO_GRAD,
  uncapturable: UNCAPTURABLE,
});

function checkNumber(op: string, name: string, v: unknown): number {
  if (typeof v !== "number") {
    throw new TypeError(`${op}: ${name} must be a number, got ${typeof v} ${String(v)}`);
  }
  if (!Number.isFinite(v)) {
    throw new RangeError(`${op}: ${name} is ${v}; pass a finite number`);
  }
  return v;
}

/** Options come as one object; TensorFlow.js's positional numbers would be silently ignored. */
function checkOptions(op: string, opts: unknown, names: string): void {
  if (typeof opts !== "object" || opts === null || Array.isArray(opts)) {
    throw new TypeError(
      `${op}: options must be an object { ${names} }, got ${opts === null ? "null" : typeof opts} ${
        String(opts)
      }; write ${op}(shape, { ${names.split(", ").slice(0, 2).join(", ")} })`,
    );
  }
}

function checkOutput(op: string, shape: readonly number[], dtype: unknown, allowed: DType[]) {
  if (!allowed.includes(dtype as DType)) {
    const known = dtype === "float32" || dtype === "int32" || dtype === "bool";
    throw new TypeError(
      `${op}: ${known ? `dtype ${dtype} is not supported` : `unknown dtype "${dtype}"`}; ` +
        `use ${allowed.map((d) => `"${d}"`).join(" or ")}`,
    );
  }
  const s = checkShape(op, shape);
  const bytes = sizeOf(s) * 4;
  if (bytes > MAX_BYTES) {
    throw new RangeError(
      `${op}: ${sizeOf(s)} elements (${bytes} bytes) exceed the wasm heap's 4 GiB; ` +
        `draw a smaller shape`,
    );
  }
  return s;
}

/** Options of `tf.random.uniform`. */
export interface UniformOptions {
  /** Lower bound, included (default 0). */
  minval?: number;
  /** Upper bound, excluded (default 1 for float32; required for int32). */
  maxval?: number;
  /** "float32" (default) or "int32". */
  dtype?: DType;
  /** Op seed: with the global seed, makes the call reproducible. */
  seed?: number;
}

/**
 * Uniform random numbers in [minval, maxval): float32 by default, with 23
 * random bits each (u * (maxval - minval) + minval, u a multiple of 2^-23, as
 * TensorFlow); int32 when `dtype` is "int32", then `maxval` is required.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const u = tf.random.uniform([2, 3], { minval: -1, maxval: 1, seed: 7 });
 * const dice = tf.random.uniform([10], { minval: 1, maxval: 7, dtype: "int32", seed: 7 });
 * console.log(u.shape, dice.dtype); // [2, 3] "int32"
 * ```
 */
export function uniform(shape: readonly number[], opts: UniformOptions = {}): Tensor {
  const op = "random.uniform";
  checkOptions(op, opts, "minval, maxval, dtype, seed");
  const dtype = opts.dtype ?? "float32";
  const s = checkOutput(op, shape, dtype, ["float32", "int32"]);
  const minval = checkNumber(op, "minval", opts.minval ?? 0);
  if (dtype === "int32") {
    if (opts.maxval === undefined) {
      throw new TypeError(
        `${op}: dtype int32 needs maxval (values are drawn from [minval, maxval)); pass { maxval }`,
      );
    }
    const maxval = checkNumber(op, "maxval", opts.maxval);
    for (const [name, v] of [["minval", minval], ["maxval", maxval]] as const) {
      if (!Number.isInteger(v) || v < -2147483648 || v > 2147483647) {
        throw new TypeError(`${op}: ${name} ${v} is not an int32 value; pass integers for int32`);
      }
    }
    if (!(minval < maxval)) {
      throw new RangeError(
        `${op}: minval ${minval} must be < maxval ${maxval} for int32 ` +
          `(values are drawn from [minval, maxval))`,
      );
    }
    const [k0, k1] = keyFor(op, opts.seed);
    // The range (up to 2^32 - 1) travels as its 32-bit pattern.
    return run(uniformOp, [], { k0, k1, a: minval, b: (maxval - minval) | 0 }, s, "int32");
  }
  const maxval = checkNumber(op, "maxval", opts.maxval ?? 1);
  const [k0, k1] = keyFor(op, opts.seed);
  const lo = Math.fround(minval);
  const scale = Math.fround(Math.fround(maxval) - lo);
  return run(uniformOp, [], { k0, k1, a: scale, b: lo }, s, "float32");
}

/** Options of `tf.random.normal` and `tf.random.truncatedNormal`. */
export interface NormalOptions {
  /** Mean (default 0). */
  mean?: number;
  /** Standard deviation (default 1) of the normal before truncation. */
  stddev?: number;
  /** Only "float32". */
  dtype?: DType;
  /** Op seed: with the global seed, makes the call reproducible. */
  seed?: number;
}

function normalArgs(op: string, shape: readonly number[], opts: NormalOptions) {
  checkOptions(op, opts, "mean, stddev, dtype, seed");
  const s = checkOutput(op, shape, opts.dtype ?? "float32", ["float32"]);
  const mean = Math.fround(checkNumber(op, "mean", opts.mean ?? 0));
  const stddev = Math.fround(checkNumber(op, "stddev", opts.stddev ?? 1));
  const [k0, k1] = keyFor(op, opts.seed);
  return { s, attrs: { k0, k1, a: stddev, b: mean } };
}

/**
 * Normally distributed float32 numbers: z * stddev + mean, z by Box-Muller
 * from Philox's uniform bits (|z| <= 5.68: the smallest uniform used is 1e-7,
 * as in TensorFlow).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const w = tf.random.normal([3, 2], { stddev: 0.1, seed: 1 });
 * console.log(w.shape); // [3, 2]
 * ```
 */
export function normal(shape: readonly number[], opts: NormalOptions = {}): Tensor {
  const { s, attrs } = normalArgs("random.normal", shape, opts);
  return run(normalOp, [], attrs, s, "float32");
}

/**
 * Normal numbers truncated at two standard deviations: values that fall more
 * than 2 stddev from the mean are drawn again, as TensorFlow's
 * `tf.random.truncated_normal`. (The standard deviation of the result is
 * about 0.88 stddev.)
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const w = tf.random.truncatedNormal([100], { mean: 5, stddev: 2, seed: 3 });
 * console.log(w.dataSync().every((v) => v > 1 && v < 9)); // true
 * ```
 */
export function truncatedNormal(shape: readonly number[], opts: NormalOptions = {}): Tensor {
  const { s, attrs } = normalArgs("random.truncatedNormal", shape, opts);
  return run(truncatedNormalOp, [], attrs, s, "float32");
}
