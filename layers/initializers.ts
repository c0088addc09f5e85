/**
 * `tf.keras.initializers`: how layers fill new weights, with Keras 3's
 * formulas and defaults.
 *
 * Each initializer is a class (`new GlorotUniform({ seed: 1 })`) with a
 * camelCase factory of the same name (`glorotUniform({ seed: 1 })`); layers
 * also take Keras's names ("glorot_uniform", "he_normal", "zeros", ...) or a
 * function `(shape, dtype) => tensor`.
 *
 * Seeds follow `tf.random`: with a seed, an initializer gives the same values
 * at every call (as Keras 3's seeded initializers do; give each layer its own
 * seed); without one, each call draws from the global seed's sequence
 * (`tf.random.setSeed`), or fresh randomness when no global seed is set.
 *
 * Fans (Keras's `compute_fans`): a vector has fan_in = fan_out = its length;
 * a matrix `[in, out]`; a convolution kernel `[..., in, out]` multiplies both
 * by the receptive field (the product of the leading dimensions).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = tf.keras.initializers.glorotUniform({ seed: 1 }).call([3, 2]);
 * console.log(w.shape); // [3, 2]
 * ```
 *
 * @module
 */

import type { DType } from "../tape/dtype.ts";
import type { Tensor } from "../tape/tensor.ts";
import { fromData, type TensorLike, toTensor } from "../tape/convert.ts";
import { fill } from "../tape/ops/creation.ts";
import { multiply } from "../tape/ops/arithmetic.ts";
import { normal, truncatedNormal, uniform } from "../tape/ops/random.ts";
import { device } from "../tape/dispatch.ts";
import { snakeCase } from "./activations.ts";

/** A weight's shape. */
export type Shape = readonly number[];

/**
 * Fills a new weight: `call(shape, dtype)` returns a tensor of that shape.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * class Halves extends tf.keras.initializers.Initializer {
 *   call(shape: readonly number[]): tf.Tensor {
 *     return tf.fill(shape, 0.5);
 *   }
 * }
 * const dense = new tf.keras.layers.Dense(2, { kernelInitializer: new Halves() });
 * console.log(dense(tf.ones([1, 3])).arraySync()); // [[1.5, 1.5]]
 * ```
 */
export abstract class Initializer {
  /** A tensor of `shape` and `dtype` (float32 unless the initializer allows int32). */
  abstract call(shape: Shape, dtype?: DType): Tensor;
  /** The constructor options, as Keras's `get_config`. */
  getConfig(): Record<string, unknown> {
    return {};
  }
  /** The Keras class name ("GlorotUniform", ...). */
  get className(): string {
    return this.constructor.name;
  }
}

/** A function initializer, as layers accept in place of an Initializer. */
export type InitializerFn = (shape: Shape, dtype: DType) => TensorLike;

/** What layers accept as an initializer. */
export type InitializerIdentifier = string | Initializer | InitializerFn;

function checkFloat(cls: string, dtype: DType | undefined): DType {
  const d = dtype ?? "float32";
  if (d !== "float32") {
    throw new TypeError(
      `${cls}: random initializers give float32 weights, not ${d}; use zeros, ones or ` +
        `constant for ${d} weights`,
    );
  }
  return d;
}

function checkNum(cls: string, key: string, v: unknown, dflt: number, positive = false): number {
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new TypeError(`${cls}: ${key} must be a finite number, got ${String(v)}`);
  }
  if (positive && !(v > 0)) {
    throw new RangeError(`${cls}: ${key} must be > 0, got ${v}`);
  }
  return v;
}

function checkSeed(cls: string, seed: unknown): number | undefined {
  if (seed === undefined || seed === null) return undefined;
  if (typeof seed !== "number" || !Number.isSafeInteger(seed)) {
    throw new TypeError(`${cls}: seed must be an integer, got ${String(seed)}`);
  }
  return seed;
}

/**
 * Keras's `compute_fans`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.computeFans([3, 3, 16, 32])); // { fanIn: 144, fanOut: 288 }
 * ```
 */
export function computeFans(shape: Shape): { fanIn: number; fanOut: number } {
  if (shape.length === 0) return { fanIn: 1, fanOut: 1 };
  if (shape.length === 1) return { fanIn: shape[0], fanOut: shape[0] };
  if (shape.length === 2) return { fanIn: shape[0], fanOut: shape[1] };
  let field = 1;
  for (let i = 0; i < shape.length - 2; i++) field *= shape[i];
  return { fanIn: shape[shape.length - 2] * field, fanOut: shape[shape.length - 1] * field };
}

// ---------------------------------------------------------------- constants

/**
 * All zeros (float32 or int32).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.Zeros().call([2, 2]).arraySync()); // [[0, 0], [0, 0]]
 * ```
 */
export class Zeros extends Initializer {
  /** A new tensor of `shape` and `dtype` with this initializer's values. */
  call(shape: Shape, dtype: DType = "float32"): Tensor {
    return fill(shape, 0, dtype);
  }
}

/**
 * All ones (float32 or int32).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.Ones().call([3]).arraySync()); // [1, 1, 1]
 * ```
 */
export class Ones extends Initializer {
  /** A new tensor of `shape` and `dtype` with this initializer's values. */
  call(shape: Shape, dtype: DType = "float32"): Tensor {
    return fill(shape, 1, dtype);
  }
}

/** Options of `Constant`. */
export interface ConstantOptions {
  /** The value (default 0). */
  value?: number;
}

/**
 * Every element `value` (default 0).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.Constant({ value: 3 }).call([2]).arraySync()); // [3, 3]
 * ```
 */
export class Constant extends Initializer {
  /** The fill value. */
  readonly value: number;
  /** Creates the Constant initializer from its options. */
  constructor(options: ConstantOptions | number = {}) {
    super();
    const o = typeof options === "number" ? { value: options } : options;
    this.value = checkNum("Constant", "value", o.value, 0);
  }
  /** A new tensor of `shape` and `dtype` with this initializer's values. */
  call(shape: Shape, dtype: DType = "float32"): Tensor {
    return fill(shape, this.value, dtype);
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { value: this.value };
  }
}

/** Options of `Identity`. */
export interface IdentityOptions {
  /** Multiplies the identity (default 1). */
  gain?: number;
}

/**
 * The identity matrix times `gain` (2-D shapes only).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.Identity({ gain: 2 }).call([2, 2]).arraySync()); // [[2, 0], [0, 2]]
 * ```
 */
export class Identity extends Initializer {
  /** The factor the result is scaled by. */
  readonly gain: number;
  /** Creates the Identity initializer from its options. */
  constructor(options: IdentityOptions = {}) {
    super();
    this.gain = checkNum("Identity", "gain", options.gain, 1);
  }
  /** A new tensor of `shape` and `dtype` with this initializer's values. */
  call(shape: Shape, dtype: DType = "float32"): Tensor {
    if (shape.length !== 2) {
      throw new RangeError(
        `Identity: needs a 2-D shape, got [${shape.join(", ")}]; use it for matrices only`,
      );
    }
    const [r, c] = shape;
    const data = new Float32Array(r * c);
    for (let i = 0; i < Math.min(r, c); i++) data[i * c + i] = this.gain;
    return fromData(dtype === "int32" ? Int32Array.from(data) : data, [r, c], dtype);
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { gain: this.gain };
  }
}

// ---------------------------------------------------------------- random

/** Options of the random initializers: a seed. */
export interface SeedOptions {
  /** With a seed, every call gives the same values (see the module doc). */
  seed?: number;
}

/** Options of `RandomNormal` and `TruncatedNormal`. */
export interface NormalInitOptions extends SeedOptions {
  /** Mean (default 0). */
  mean?: number;
  /** Standard deviation (default 0.05). */
  stddev?: number;
}

/**
 * Normal values, mean 0 and stddev 0.05 by default.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.RandomNormal({ stddev: 0.05, seed: 1 }).call([2, 3]).shape); // [2, 3]
 * ```
 */
export class RandomNormal extends Initializer {
  /** The mean. */
  readonly mean: number;
  /** The standard deviation. */
  readonly stddev: number;
  /** The seed: the same values at each call (undefined: fresh draws). */
  readonly seed: number | undefined;
  /** Creates the RandomNormal initializer from its options. */
  constructor(options: NormalInitOptions = {}) {
    super();
    this.mean = checkNum(this.className, "mean", options.mean, 0);
    this.stddev = checkNum(this.className, "stddev", options.stddev, 0.05, true);
    this.seed = checkSeed(this.className, options.seed);
  }
  /** A new tensor of `shape` and `dtype` with this initializer's values. */
  call(shape: Shape, dtype?: DType): Tensor {
    checkFloat(this.className, dtype);
    return normal(shape, { mean: this.mean, stddev: this.stddev, seed: this.seed });
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { mean: this.mean, stddev: this.stddev, seed: this.seed ?? null };
  }
}

/**
 * Normal values redrawn beyond two standard deviations (default stddev 0.05).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.TruncatedNormal({ stddev: 0.05, seed: 1 }).call([4]).dataSync().every((v) => Math.abs(v) <= 0.1)); // true
 * ```
 */
export class TruncatedNormal extends RandomNormal {
  /** A new tensor of `shape` and `dtype` with this initializer's values. */
  override call(shape: Shape, dtype?: DType): Tensor {
    checkFloat(this.className, dtype);
    return truncatedNormal(shape, { mean: this.mean, stddev: this.stddev, seed: this.seed });
  }
}

/** Options of `RandomUniform`. */
export interface UniformInitOptions extends SeedOptions {
  /** Lower bound (default -0.05). */
  minval?: number;
  /** Upper bound (default 0.05). */
  maxval?: number;
}

/**
 * Uniform values in [minval, maxval), [-0.05, 0.05) by default.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.RandomUniform({ minval: -1, maxval: 1, seed: 1 }).call([3]).dataSync().every((v) => v >= -1 && v < 1)); // true
 * ```
 */
export class RandomUniform extends Initializer {
  /** The lower bound (included). */
  readonly minval: number;
  /** The upper bound (excluded). */
  readonly maxval: number;
  /** The seed: the same values at each call (undefined: fresh draws). */
  readonly seed: number | undefined;
  /** Creates the RandomUniform initializer from its options. */
  constructor(options: UniformInitOptions = {}) {
    super();
    this.minval = checkNum("RandomUniform", "minval", options.minval, -0.05);
    this.maxval = checkNum("RandomUniform", "maxval", options.maxval, 0.05);
    if (!(this.minval < this.maxval)) {
      throw new RangeError(
        `RandomUniform: minval ${this.minval} must be < maxval ${this.maxval}`,
      );
    }
    this.seed = checkSeed("RandomUniform", options.seed);
  }
  /** A new tensor of `shape` and `dtype` with this initializer's values. */
  call(shape: Shape, dtype?: DType): Tensor {
    checkFloat("RandomUniform", dtype);
    return uniform(shape, { minval: this.minval, maxval: this.maxval, seed: this.seed });
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { minval: this.minval, maxval: this.maxval, seed: this.seed ?? null };
  }
}

/** Which fan `VarianceScaling` divides by. */
export type FanMode = "fan_in" | "fan_out" | "fan_avg";
/** The distribution `VarianceScaling` draws from. */
export type Distribution = "truncated_normal" | "untruncated_normal" | "uniform" | "normal";

/** Options of `VarianceScaling`. */
export interface VarianceScalingOptions extends SeedOptions {
  /** Variance scale (default 1). */
  scale?: number;
  /** Default "fan_in". */
  mode?: FanMode;
  /** Default "truncated_normal" ("normal" is its Keras alias). */
  distribution?: Distribution;
}

/**
 * Keras's VarianceScaling: with n the chosen fan (at least 1) and
 * s = scale / n, a truncated normal of stddev √s / 0.8796256610342398 (the
 * stddev of a unit normal truncated at ±2), a normal of stddev √s, or a
 * uniform in ±√(3 s).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.VarianceScaling({ scale: 2, mode: "fan_in", seed: 1 }).call([64, 8]).shape); // [64, 8]
 * ```
 */
export class VarianceScaling extends Initializer {
  /** The variance's scale. */
  readonly scale: number;
  /** How the monitored value improves: "min", "max" or "auto". */
  readonly mode: FanMode;
  /** The distribution drawn from. */
  readonly distribution: Distribution;
  /** The seed: the same values at each call (undefined: fresh draws). */
  readonly seed: number | undefined;
  /** Creates the VarianceScaling initializer from its options. */
  constructor(options: VarianceScalingOptions = {}) {
    super();
    const cls = this.className;
    this.scale = checkNum(cls, "scale", options.scale, 1, true);
    const mode = options.mode ?? "fan_in";
    if (!["fan_in", "fan_out", "fan_avg"].includes(mode)) {
      throw new RangeError(
        `${cls}: mode ${JSON.stringify(mode)} is not one of "fan_in", "fan_out", "fan_avg"`,
      );
    }
    const dist = options.distribution ?? "truncated_normal";
    if (!["truncated_normal", "untruncated_normal", "uniform", "normal"].includes(dist)) {
      throw new RangeError(
        `${cls}: distribution ${JSON.stringify(dist)} is not one of "truncated_normal", ` +
          `"untruncated_normal", "uniform"`,
      );
    }
    this.mode = mode;
    this.distribution = dist === "normal" ? "truncated_normal" : dist;
    this.seed = checkSeed(cls, options.seed);
  }
  /** A new tensor of `shape` and `dtype` with this initializer's values. */
  call(shape: Shape, dtype?: DType): Tensor {
    checkFloat(this.className, dtype);
    const { fanIn, fanOut } = computeFans(shape);
    const n = this.mode === "fan_in"
      ? fanIn
      : this.mode === "fan_out"
      ? fanOut
      : (fanIn + fanOut) / 2;
    const s = this.scale / Math.max(1, n);
    if (this.distribution === "truncated_normal") {
      return truncatedNormal(shape, {
        stddev: Math.sqrt(s) / 0.87962566103423978,
        seed: this.seed,
      });
    }
    if (this.distribution === "untruncated_normal") {
      return normal(shape, { stddev: Math.sqrt(s), seed: this.seed });
    }
    const limit = Math.sqrt(3 * s);
    return uniform(shape, { minval: -limit, maxval: limit, seed: this.seed });
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return {
      scale: this.scale,
      mode: this.mode,
      distribution: this.distribution,
      seed: this.seed ?? null,
    };
  }
}

/**
 * Uniform in ±√(6 / (fan_in + fan_out)): VarianceScaling(1, "fan_avg", "uniform").
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.GlorotUniform({ seed: 1 }).call([3, 2]).shape); // [3, 2]
 * ```
 */
export class GlorotUniform extends VarianceScaling {
  /** Creates the GlorotUniform initializer from its options. */
  constructor(options: SeedOptions = {}) {
    super({ scale: 1, mode: "fan_avg", distribution: "uniform", seed: options.seed });
  }
}
/**
 * Truncated normal, VarianceScaling(1, "fan_avg", "truncated_normal").
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.GlorotNormal({ seed: 1 }).call([3, 2]).shape); // [3, 2]
 * ```
 */
export class GlorotNormal extends VarianceScaling {
  /** Creates the GlorotNormal initializer from its options. */
  constructor(options: SeedOptions = {}) {
    super({ scale: 1, mode: "fan_avg", distribution: "truncated_normal", seed: options.seed });
  }
}
/**
 * Truncated normal, VarianceScaling(2, "fan_in", "truncated_normal").
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.HeNormal({ seed: 1 }).call([3, 3, 1, 8]).shape); // [3, 3, 1, 8]
 * ```
 */
export class HeNormal extends VarianceScaling {
  /** Creates the HeNormal initializer from its options. */
  constructor(options: SeedOptions = {}) {
    super({ scale: 2, mode: "fan_in", distribution: "truncated_normal", seed: options.seed });
  }
}
/**
 * Uniform in ±√(6 / fan_in): VarianceScaling(2, "fan_in", "uniform").
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.HeUniform({ seed: 1 }).call([4, 4]).dataSync().every((v) => Math.abs(v) <= Math.sqrt(6 / 4))); // true
 * ```
 */
export class HeUniform extends VarianceScaling {
  /** Creates the HeUniform initializer from its options. */
  constructor(options: SeedOptions = {}) {
    super({ scale: 2, mode: "fan_in", distribution: "uniform", seed: options.seed });
  }
}
/**
 * Truncated normal, VarianceScaling(1, "fan_in", "truncated_normal").
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.LecunNormal({ seed: 1 }).call([5, 2]).shape); // [5, 2]
 * ```
 */
export class LecunNormal extends VarianceScaling {
  /** Creates the LecunNormal initializer from its options. */
  constructor(options: SeedOptions = {}) {
    super({ scale: 1, mode: "fan_in", distribution: "truncated_normal", seed: options.seed });
  }
}
/**
 * Uniform in ±√(3 / fan_in): VarianceScaling(1, "fan_in", "uniform").
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.initializers.LecunUniform({ seed: 1 }).call([5, 2]).shape); // [5, 2]
 * ```
 */
export class LecunUniform extends VarianceScaling {
  /** Creates the LecunUniform initializer from its options. */
  constructor(options: SeedOptions = {}) {
    super({ scale: 1, mode: "fan_in", distribution: "uniform", seed: options.seed });
  }
}

/** Options of `Orthogonal`. */
export interface OrthogonalOptions extends SeedOptions {
  /** Multiplies the orthogonal matrix (default 1). */
  gain?: number;
}

/**
 * A random orthogonal matrix (Keras's Orthogonal): the shape is flattened to
 * `[prod(shape[:-1]), shape[-1]]`; a normal matrix of the taller orientation
 * is factored A = QR (Householder, in float64), Q's columns are multiplied by
 * sign(diag R) so that Q is uniformly distributed, transposed back when the
 * matrix is wide, and scaled by `gain`. The rows (or columns, whichever are
 * fewer) are orthonormal.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const q = new tf.keras.initializers.Orthogonal({ seed: 1 }).call([3, 3]);
 * const qtq = tf.matmul(q, q, true).dataSync(); // qᵀq = I
 * console.log(Array.from(qtq, (v) => Math.round(v) + 0)); // [1, 0, 0, 0, 1, 0, 0, 0, 1]
 * ```
 */
export class Orthogonal extends Initializer {
  /** The factor the result is scaled by. */
  readonly gain: number;
  /** The seed: the same values at each call (undefined: fresh draws). */
  readonly seed: number | undefined;
  /** Creates the Orthogonal initializer from its options. */
  constructor(options: OrthogonalOptions = {}) {
    super();
    this.gain = checkNum("Orthogonal", "gain", options.gain, 1);
    this.seed = checkSeed("Orthogonal", options.seed);
  }
  /** A new tensor of `shape` and `dtype` with this initializer's values. */
  call(shape: Shape, dtype?: DType): Tensor {
    checkFloat("Orthogonal", dtype);
    if (shape.length < 2) {
      throw new RangeError(
        `Orthogonal: needs a shape of rank >= 2, got [${shape.join(", ")}]`,
      );
    }
    let rows = 1;
    for (let i = 0; i < shape.length - 1; i++) rows *= shape[i];
    const cols = shape[shape.length - 1];
    const m = Math.max(rows, cols), n = Math.min(rows, cols);
    // QR on the host: the normal draws are made on the CPU to be read there
    const a = device(
      "cpu",
      () => Float64Array.from(normal([m, n], { seed: this.seed }).dataSync()),
    );
    const q = thinQ(a, m, n);
    const out = new Float32Array(rows * cols);
    // q is m x n (m >= n); the result is rows x cols: q itself, or its transpose.
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        const v = this.gain * q[i * n + j];
        if (rows >= cols) out[i * cols + j] = v;
        else out[j * cols + i] = v;
      }
    }
    return fromData(out, shape.slice(), "float32");
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { gain: this.gain, seed: this.seed ?? null };
  }
}

/**
 * Q of A = QR for an m x n row-major matrix (m >= n) by Householder
 * reflections, with each column multiplied by sign(R_jj) (so the factor is
 * unique and, for a normal A, Haar-distributed).
 */
function thinQ(a: Float64Array, m: number, n: number): Float64Array {
  const r = a.slice();
  const vs: Float64Array[] = [];
  const signs = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let norm = 0;
    for (let i = k; i < m; i++) norm += r[i * n + k] ** 2;
    norm = Math.sqrt(norm);
    const x0 = r[k * n + k];
    const alpha = x0 >= 0 ? -norm : norm;
    const v = new Float64Array(m);
    for (let i = k; i < m; i++) v[i] = r[i * n + k];
    v[k] -= alpha;
    let vn = 0;
    for (let i = k; i < m; i++) vn += v[i] * v[i];
    if (vn > 0) {
      for (let j = k; j < n; j++) {
        let d = 0;
        for (let i = k; i < m; i++) d += v[i] * r[i * n + j];
        const f = (2 * d) / vn;
        for (let i = k; i < m; i++) r[i * n + j] -= f * v[i];
      }
    }
    vs.push(v);
    // R_kk = alpha; sign(0) counts as +1.
    signs[k] = r[k * n + k] < 0 ? -1 : 1;
  }
  // Q = H_0 H_1 ... H_{n-1} applied to the first n columns of the identity.
  const q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) q[j * n + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const v = vs[k];
    let vn = 0;
    for (let i = k; i < m; i++) vn += v[i] * v[i];
    if (vn === 0) continue;
    for (let j = 0; j < n; j++) {
      let d = 0;
      for (let i = k; i < m; i++) d += v[i] * q[i * n + j];
      const f = (2 * d) / vn;
      for (let i = k; i < m; i++) q[i * n + j] -= f * v[i];
    }
  }
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) q[i * n + j] *= signs[j];
  return q;
}

// ---------------------------------------------------------------- factories

/**
 * `new Zeros()`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.zeros().call([2]).arraySync()); // [0, 0]
 * ```
 */
export function zeros(): Zeros {
  return new Zeros();
}
/**
 * `new Ones()`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.ones().call([2]).arraySync()); // [1, 1]
 * ```
 */
export function ones(): Ones {
  return new Ones();
}
/**
 * `new Constant(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.constant(0.5).call([2]).arraySync()); // [0.5, 0.5]
 * ```
 */
export function constant(options: ConstantOptions | number = {}): Constant {
  return new Constant(options);
}
/**
 * `new Identity(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.identity().call([2, 2]).arraySync()); // [[1, 0], [0, 1]]
 * ```
 */
export function identity(options: IdentityOptions = {}): Identity {
  return new Identity(options);
}
/**
 * `new RandomNormal(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.randomNormal({ seed: 1 }).call([2]).shape); // [2]
 * ```
 */
export function randomNormal(options: NormalInitOptions = {}): RandomNormal {
  return new RandomNormal(options);
}
/**
 * `new RandomUniform(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.randomUniform({ seed: 1 }).call([2]).shape); // [2]
 * ```
 */
export function randomUniform(options: UniformInitOptions = {}): RandomUniform {
  return new RandomUniform(options);
}
/**
 * `new TruncatedNormal(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.truncatedNormal({ seed: 1 }).call([2]).shape); // [2]
 * ```
 */
export function truncatedNormalInit(options: NormalInitOptions = {}): TruncatedNormal {
  return new TruncatedNormal(options);
}
export { truncatedNormalInit as truncatedNormal };
/**
 * `new VarianceScaling(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.varianceScaling({ scale: 1, mode: "fan_avg", distribution: "uniform", seed: 1 }).call([4, 4]).shape); // [4, 4]
 * ```
 */
export function varianceScaling(options: VarianceScalingOptions = {}): VarianceScaling {
  return new VarianceScaling(options);
}
/**
 * `new GlorotUniform(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.glorotUniform({ seed: 1 }).call([2, 2]).shape); // [2, 2]
 * ```
 */
export function glorotUniform(options: SeedOptions = {}): GlorotUniform {
  return new GlorotUniform(options);
}
/**
 * `new GlorotNormal(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.glorotNormal({ seed: 1 }).call([2, 2]).shape); // [2, 2]
 * ```
 */
export function glorotNormal(options: SeedOptions = {}): GlorotNormal {
  return new GlorotNormal(options);
}
/**
 * `new HeNormal(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.heNormal({ seed: 1 }).call([2, 2]).shape); // [2, 2]
 * ```
 */
export function heNormal(options: SeedOptions = {}): HeNormal {
  return new HeNormal(options);
}
/**
 * `new HeUniform(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.heUniform({ seed: 1 }).call([2, 2]).shape); // [2, 2]
 * ```
 */
export function heUniform(options: SeedOptions = {}): HeUniform {
  return new HeUniform(options);
}
/**
 * `new LecunNormal(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.lecunNormal({ seed: 1 }).call([2, 2]).shape); // [2, 2]
 * ```
 */
export function lecunNormal(options: SeedOptions = {}): LecunNormal {
  return new LecunNormal(options);
}
/**
 * `new LecunUniform(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.lecunUniform({ seed: 1 }).call([2, 2]).shape); // [2, 2]
 * ```
 */
export function lecunUniform(options: SeedOptions = {}): LecunUniform {
  return new LecunUniform(options);
}
/**
 * `new Orthogonal(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.orthogonal({ seed: 1 }).call([2, 2]).shape); // [2, 2]
 * ```
 */
export function orthogonal(options: OrthogonalOptions = {}): Orthogonal {
  return new Orthogonal(options);
}

/** Keras's names, snake_case. */
const BY_NAME: Record<string, () => Initializer> = {
  zeros: () => new Zeros(),
  ones: () => new Ones(),
  constant: () => new Constant(),
  identity: () => new Identity(),
  random_normal: () => new RandomNormal(),
  random_uniform: () => new RandomUniform(),
  truncated_normal: () => new TruncatedNormal(),
  variance_scaling: () => new VarianceScaling(),
  glorot_uniform: () => new GlorotUniform(),
  glorot_normal: () => new GlorotNormal(),
  he_normal: () => new HeNormal(),
  he_uniform: () => new HeUniform(),
  lecun_normal: () => new LecunNormal(),
  lecun_uniform: () => new LecunUniform(),
  orthogonal: () => new Orthogonal(),
  // Keras's short aliases.
  uniform: () => new RandomUniform(),
  normal: () => new RandomNormal(),
};

/** A function initializer wrapped as an Initializer. */
class FnInitializer extends Initializer {
  constructor(private readonly fn: InitializerFn) {
    super();
  }
  call(shape: Shape, dtype: DType = "float32"): Tensor {
    const t = toTensor("initializer", this.fn(shape, dtype), dtype);
    const ok = t.shape.length === shape.length && t.shape.every((d, i) => d === shape[i]);
    if (!ok) {
      throw new RangeError(
        `initializer: the function returned shape [${t.shape.join(", ")}] for a weight of shape ` +
          `[${shape.join(", ")}]; return a tensor of the shape it is given`,
      );
    }
    return t;
  }
}

/**
 * Resolves an initializer: an Initializer passes through; a name (Keras's
 * snake_case, or camelCase) makes one with default options; a function
 * `(shape, dtype) => tensor` is wrapped.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.initializers.get("he_normal").className); // "HeNormal"
 * ```
 */
export function get(identifier: InitializerIdentifier, where = "initializers.get"): Initializer {
  if (identifier instanceof Initializer) return identifier;
  if (typeof identifier === "function") return new FnInitializer(identifier);
  if (typeof identifier === "string") {
    const make = BY_NAME[identifier] ?? BY_NAME[snakeCase(identifier)];
    if (make !== undefined) return make();
    throw new TypeError(
      `${where}: unknown initializer ${JSON.stringify(identifier)}; use one of ` +
        `${Object.keys(BY_NAME).map((n) => `"${n}"`).join(", ")}, an Initializer, or a ` +
        `function (shape, dtype) => tensor`,
    );
  }
  throw new TypeError(
    `${where}: an initializer must be a name, an Initializer or a function, got ` +
      `${identifier === null ? "null" : typeof identifier}`,
  );
}

/**
 * Scales a tensor (used by layers that build weights from parts).
 *
 * @internal
 */
export function scaled(t: Tensor, gain: number): Tensor {
  return gain === 1 ? t : multiply(t, gain);
}
