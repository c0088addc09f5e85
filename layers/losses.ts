/**
 * `tf.keras.losses`: Keras 3's losses as classes (`new MeanSquaredError()`,
 * `loss.apply(yTrue, yPred, sampleWeight?)` for Python's `loss(y_true,
 * y_pred)`) and as functions giving per-sample values
 * (`meanSquaredError(yTrue, yPred)`), plus `get("mse")` for `compile`.
 *
 * The math, per sample (the mean or sum is over `axis`, default the last):
 * - MeanSquaredError: mean((p - t)²); MeanAbsoluteError: mean(|p - t|).
 * - Huber(δ): mean(½ q² + δ (|p - t| - q)) with q = min(|p - t|, δ).
 * - BinaryCrossentropy: from logits x, mean(max(x, 0) - x t + log(1 + e^-|x|))
 *   (TensorFlow's `sigmoid_cross_entropy_with_logits`: finite for any x);
 *   from probabilities, p is clipped to [ε, 1 - ε] (ε = 1e-7) and
 *   -mean(t log p + (1 - t) log(1 - p)).
 * - CategoricalCrossentropy: from logits, -Σ t · logSoftmax(x) (the fused
 *   log-sum-exp kernel: finite for any logits); from probabilities, p is
 *   normalised to sum 1, clipped to [ε, 1 - ε], and -Σ t log p.
 * - SparseCategoricalCrossentropy: the same with integer labels (`[n]` or
 *   `[n, 1]`) against `[n, classes]`; from probabilities, -logSoftmax(log p)
 *   at the label, as Keras's TensorFlow backend computes it.
 * - `labelSmoothing` s: t(1 - s) + s/2 (binary) or t(1 - s) + s/classes.
 *
 * Reductions (Keras's): "sum_over_batch_size" (default) and "mean" divide
 * the weighted sum by the number of values, "sum" does not divide,
 * "mean_with_sample_weight" divides by the sum of the sample weights, "none"
 * returns the per-sample values; a zero divisor gives 0. `yTrue` `[n]` and
 * `yPred` `[n, 1]` are aligned as Keras does (the rank-1 side is expanded).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const loss = new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true });
 * console.log(loss.apply([0], [[1000, 0]]).arraySync()); // 0
 * console.log(tf.keras.losses.get("mse").apply([[1, 2]], [[1, 4]]).arraySync()); // 2
 * ```
 *
 * @module
 */

import { Tensor } from "../tape/tensor.ts";
import { type TensorLike, toTensor } from "../tape/convert.ts";
import { fmtShape } from "../tape/_shape.ts";
import { checkOptionKeys } from "../tape/_options.ts";
import { add, divide, minimum, multiply, subtract } from "../tape/ops/arithmetic.ts";
import { abs, exp, log, neg, square } from "../tape/ops/unary.ts";
import { cast, clipByValue, equal, greaterEqual, where } from "../tape/ops/compare.ts";
import { logSoftmax, reduceMean, reduceSum } from "../tape/ops/reduce.ts";
import { reshape } from "../tape/ops/shape.ts";
import {
  softmaxCrossEntropyWithLogits,
  sparseSoftmaxCrossEntropyWithLogits,
} from "../tape/ops/nn.ts";
import { alignRanks, checkLabels, describe, oneHotOf, sameShape, snakeCase } from "./_util.ts";

/**
 * Keras's fuzz factor (`keras.backend.epsilon()`), used to clip probabilities.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.losses.EPSILON); // 1e-7
 * ```
 */
export const EPSILON = 1e-7;

/** How per-sample losses become the loss (Keras's `reduction`). */
export type Reduction =
  | "sum_over_batch_size"
  | "sum"
  | "none"
  | "mean"
  | "mean_with_sample_weight";

const REDUCTIONS: readonly Reduction[] = [
  "sum_over_batch_size",
  "sum",
  "none",
  "mean",
  "mean_with_sample_weight",
];

/** Options every loss accepts. */
export interface LossOptions {
  /** Name (defaults to Keras's: "mean_squared_error", ...). */
  name?: string;
  /** Reduction (default "sum_over_batch_size"); null means "none". */
  reduction?: Reduction | null;
}

/** A loss function of (yTrue, yPred) giving per-sample values, as `compile` accepts. */
export type LossFn = (yTrue: Tensor, yPred: Tensor) => Tensor;

function numberOption(cls: string, key: string, v: unknown, dflt: number, lo: number, hi: number) {
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !(v >= lo && v <= hi)) {
    throw new RangeError(`${cls}: ${key} must be a number in [${lo}, ${hi}], got ${describe(v)}`);
  }
  return v;
}

function boolOption(cls: string, key: string, v: unknown): boolean {
  if (v === undefined) return false;
  if (typeof v !== "boolean") {
    throw new TypeError(`${cls}: ${key} must be true or false, got ${describe(v)}`);
  }
  return v;
}

function axisOption(cls: string, v: unknown): number {
  if (v === undefined) return -1;
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new TypeError(`${cls}: axis must be an integer, got ${describe(v)}`);
  }
  return v;
}

/** Labels as given: int32 class indices stay int32, bool becomes float32. */
function labelArg(op: string, x: TensorLike): Tensor {
  if (x === undefined || x === null) {
    throw new TypeError(`${op}: yTrue is missing; call it as (yTrue, yPred)`);
  }
  const t = x instanceof Tensor ? x : toTensor(op, x);
  t.assertAlive(op);
  return t.dtype === "bool" ? cast(t, "float32") : t;
}

/**
 * A float32 tensor of a loss argument (int32 and bool are cast, as Keras converts them).
 *
 * @internal
 */
export function floatArg(op: string, what: string, x: TensorLike): Tensor {
  if (x === undefined || x === null) {
    throw new TypeError(`${op}: ${what} is missing; call it as (yTrue, yPred)`);
  }
  const t = x instanceof Tensor ? x : toTensor(op, x, "float32");
  t.assertAlive(op);
  return t.dtype === "float32" ? t : cast(t, "float32");
}

function checkRank(op: string, t: Tensor, p: Tensor, axis: number): number {
  if (p.rank === 0) {
    throw new RangeError(
      `${op}: yPred is a scalar; losses reduce over an axis of per-sample predictions ` +
        `(shape [batch, ...])`,
    );
  }
  if (axis < -p.rank || axis >= p.rank) {
    throw new RangeError(`${op}: axis ${axis} is out of range for yPred of rank ${p.rank}`);
  }
  void t;
  return axis < 0 ? axis + p.rank : axis;
}

function checkSame(op: string, t: Tensor, p: Tensor, hint = ""): void {
  if (!sameShape(t.shape, p.shape)) {
    throw new RangeError(
      `${op}: yTrue has shape ${fmtShape(t.shape)} but yPred has shape ${fmtShape(p.shape)}; ` +
        `they must match${hint}`,
    );
  }
}

/** Σ over `values` (weighted) reduced as `reduction` says. */
function reduceWeighted(
  op: string,
  values: Tensor,
  sampleWeight: TensorLike | undefined,
  reduction: Reduction,
): Tensor {
  let w: Tensor | null = null;
  if (sampleWeight !== undefined && sampleWeight !== null) {
    w = floatArg(op, "sampleWeight", sampleWeight);
    [values, w] = alignRanks(values, w);
    try {
      values = multiply(values, w);
    } catch (e) {
      throw new RangeError(
        `${op}: sampleWeight of shape ${fmtShape(w.shape)} does not broadcast against the ` +
          `per-sample losses of shape ${fmtShape(values.shape)}; pass one weight per sample ` +
          `(${(e as Error).message})`,
      );
    }
  }
  if (reduction === "none" || values.rank === 0) return values;
  const total = reduceSum(values);
  if (reduction === "sum") return total;
  const divisor = reduction === "mean_with_sample_weight" && w !== null
    ? reduceSum(w)
    : values.size;
  // divide_no_nan: a zero divisor gives 0, and its gradient stays finite.
  if (typeof divisor === "number") {
    return divisor === 0 ? multiply(total, 0) : divide(total, divisor);
  }
  const zero = equal(divisor, 0);
  return where(zero, 0, divide(total, where(zero, 1, divisor)));
}

/**
 * The base class of losses: `call(yTrue, yPred)` gives per-sample values;
 * `apply(yTrue, yPred, sampleWeight?)` weights and reduces them (Python's
 * `loss(y_true, y_pred, sample_weight)`).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * class Cubed extends tf.keras.losses.Loss {
 *   call(yTrue: tf.Tensor, yPred: tf.Tensor): tf.Tensor {
 *     return tf.reduceMean(tf.abs(tf.multiply(tf.square(tf.subtract(yPred, yTrue)), tf.subtract(yPred, yTrue))), -1);
 *   }
 * }
 * console.log(new Cubed({ name: "cubed" }).apply([[0]], [[2]]).arraySync()); // 8
 * ```
 */
export abstract class Loss {
  /** The loss's name. */
  readonly name: string;
  /** How per-sample values are reduced. */
  readonly reduction: Reduction;
  /** @internal Whether yTrue holds class indices (kept int32 rather than cast to float32). */
  protected readonly classIndices: boolean = false;

  /** Sets the reduction and the name (subclasses pass their default name). */
  constructor(options: LossOptions = {}, defaultName?: string) {
    const cls = this.constructor.name;
    if (typeof options !== "object" || options === null) {
      throw new TypeError(`${cls}: expected an options object, got ${describe(options)}`);
    }
    const r = options.reduction === null ? "none" : options.reduction ?? "sum_over_batch_size";
    if (!REDUCTIONS.includes(r)) {
      throw new RangeError(
        `${cls}: unknown reduction ${describe(r)}; use one of ${
          REDUCTIONS.map((x) => `"${x}"`).join(", ")
        }`,
      );
    }
    if (options.name !== undefined && typeof options.name !== "string") {
      throw new TypeError(`${cls}: name must be a string, got ${describe(options.name)}`);
    }
    this.reduction = r;
    this.name = options.name ?? defaultName ?? snakeCase(cls);
  }

  /** Per-sample losses (reduced over the loss's axis, not over the batch). */
  abstract call(yTrue: Tensor, yPred: Tensor): Tensor;

  /**
   * The loss: per-sample values, times `sampleWeight` if given, reduced as
   * `reduction` says.
   */
  apply(yTrue: TensorLike, yPred: TensorLike, sampleWeight?: TensorLike): Tensor {
    const op = `${this.constructor.name}`;
    const p = floatArg(op, "yPred", yPred);
    // Keras converts labels to the loss's dtype; class indices stay as given.
    const t = this.classIndices ? labelArg(op, yTrue) : floatArg(op, "yTrue", yTrue);
    return reduceWeighted(op, this.call(t, p), sampleWeight, this.reduction);
  }

  /** The options that re-create this loss. */
  getConfig(): Record<string, unknown> {
    return { name: this.name, reduction: this.reduction };
  }
}

/**
 * Wraps a function of (yTrue, yPred) giving per-sample values as a Loss.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const absError = new tf.keras.losses.LossFunctionWrapper((yTrue, yPred) => tf.reduceMean(tf.abs(tf.subtract(yTrue, yPred)), -1));
 * console.log(absError.apply([[1, 2]], [[2, 4]]).arraySync()); // 1.5
 * ```
 */
export class LossFunctionWrapper extends Loss {
  /** The wrapped function. */
  readonly fn: LossFn;

  /** Wraps `fn`, a function (yTrue, yPred) => per-sample losses. */
  constructor(fn: LossFn, options: LossOptions = {}) {
    if (typeof fn !== "function") {
      throw new TypeError(
        `LossFunctionWrapper: expected a function (yTrue, yPred) => per-sample losses, got ${
          describe(fn)
        }`,
      );
    }
    super(options, options.name ?? (fn.name ? snakeCase(fn.name) : "loss"));
    this.fn = fn;
  }

  /** The per-sample losses of `yPred` against `yTrue` (before reduction). */
  call(yTrue: Tensor, yPred: Tensor): Tensor {
    const [t, p] = alignRanks(yTrue, yPred);
    const out = this.fn(t, p);
    if (!(out instanceof Tensor)) {
      throw new TypeError(
        `${this.name}: the loss function returned ${describe(out)}, not a tensor`,
      );
    }
    return out;
  }
}

// ---------------------------------------------------------------- functions

/**
 * Per-sample mean squared error over the last axis (Keras's
 * `mean_squared_error`).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.losses.meanSquaredError([[0, 1]], [[1, 1]]).arraySync()); // [0.5]
 * ```
 */
export function meanSquaredError(yTrue: TensorLike, yPred: TensorLike): Tensor {
  const op = "meanSquaredError";
  const [t, p] = alignRanks(floatArg(op, "yTrue", yTrue), floatArg(op, "yPred", yPred));
  checkRank(op, t, p, -1);
  checkSame(op, t, p);
  return reduceMean(square(subtract(p, t)), -1);
}

/**
 * Per-sample mean absolute error over the last axis.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.losses.meanAbsoluteError([[0, 1]], [[1, -1]]).arraySync()); // [1.5]
 * ```
 */
export function meanAbsoluteError(yTrue: TensorLike, yPred: TensorLike): Tensor {
  const op = "meanAbsoluteError";
  const [t, p] = alignRanks(floatArg(op, "yTrue", yTrue), floatArg(op, "yPred", yPred));
  checkRank(op, t, p, -1);
  checkSame(op, t, p);
  return reduceMean(abs(subtract(p, t)), -1);
}

/**
 * Per-sample Huber loss with threshold `delta` (default 1): quadratic below
 * it, linear above.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.losses.huber([[0, 0]], [[0.5, 3]]).arraySync()); // [(0.125 + 2.5) / 2]
 * ```
 */
export function huber(yTrue: TensorLike, yPred: TensorLike, delta = 1): Tensor {
  const op = "huber";
  const [t, p] = alignRanks(floatArg(op, "yTrue", yTrue), floatArg(op, "yPred", yPred));
  checkRank(op, t, p, -1);
  checkSame(op, t, p);
  const a = abs(subtract(p, t));
  const q = minimum(a, delta);
  // ½q² + δ(|e| - q): ½e² below δ, δ|e| - ½δ² above (Keras's where form, without a where).
  return reduceMean(add(multiply(square(q), 0.5), multiply(subtract(a, q), delta)), -1);
}

/** Options of the binary cross-entropy function. */
export interface BinaryCrossentropyArgs {
  /** Whether predictions are logits (else probabilities). */
  fromLogits?: boolean;
  /** How much of each one-hot label is spread over the classes (0 to 1). */
  labelSmoothing?: number;
  /** The class axis. */
  axis?: number;
}

/**
 * Elementwise binary cross-entropy of logits `x` against labels `t`:
 * max(x, 0) - x t + log(1 + e^-|x|), computed with one branch choice
 * (x >= 0) for both terms so that its gradient is sigmoid(x) - t everywhere,
 * 0 included (TensorFlow's `sigmoid_cross_entropy_with_logits`).
 */
function sigmoidCrossEntropy(t: Tensor, x: Tensor): Tensor {
  const pos = greaterEqual(x, 0);
  const reluX = where(pos, x, 0);
  const negAbs = where(pos, neg(x), x);
  return add(subtract(reluX, multiply(x, t)), log(add(exp(negAbs), 1)));
}

/**
 * Per-sample binary cross-entropy (mean over `axis`, default -1).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const l = tf.keras.losses.binaryCrossentropy([[1]], [[100]], { fromLogits: true });
 * console.log(l.arraySync()); // [0]
 * ```
 */
export function binaryCrossentropy(
  yTrue: TensorLike,
  yPred: TensorLike,
  args: BinaryCrossentropyArgs = {},
): Tensor {
  const op = "binaryCrossentropy";
  const [t0, p] = alignRanks(floatArg(op, "yTrue", yTrue), floatArg(op, "yPred", yPred));
  const axis = checkRank(op, t0, p, args.axis ?? -1);
  checkSame(op, t0, p);
  const s = args.labelSmoothing ?? 0;
  const t = s > 0 ? add(multiply(t0, 1 - s), 0.5 * s) : t0;
  if (args.fromLogits) return reduceMean(sigmoidCrossEntropy(t, p), axis);
  const q = clipByValue(p, EPSILON, 1 - EPSILON);
  const ll = add(multiply(t, log(q)), multiply(subtract(1, t), log(subtract(1, q))));
  return neg(reduceMean(ll, axis));
}

/** Options of the categorical cross-entropy function. */
export interface CategoricalCrossentropyArgs {
  /** Whether predictions are logits (else probabilities). */
  fromLogits?: boolean;
  /** How much of each one-hot label is spread over the classes (0 to 1). */
  labelSmoothing?: number;
  /** The class axis. */
  axis?: number;
}

/**
 * Per-sample categorical cross-entropy of one-hot (or soft) labels.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const l = tf.keras.losses.categoricalCrossentropy([[0, 1]], [[0, 0]], { fromLogits: true });
 * console.log(l.arraySync()); // [0.6931...] = log 2
 * ```
 */
export function categoricalCrossentropy(
  yTrue: TensorLike,
  yPred: TensorLike,
  args: CategoricalCrossentropyArgs = {},
): Tensor {
  const op = "categoricalCrossentropy";
  const t0 = floatArg(op, "yTrue", yTrue), p = floatArg(op, "yPred", yPred);
  const axis = checkRank(op, t0, p, args.axis ?? -1);
  checkSame(
    op,
    t0,
    p,
    " (one-hot labels, one column per class; for integer class labels use " +
      "SparseCategoricalCrossentropy)",
  );
  const s = args.labelSmoothing ?? 0;
  const t = s > 0 ? add(multiply(t0, 1 - s), s / p.shape[axis]) : t0;
  // from logits: Σ t (lse - x) in one kernel, and its gradient in one more
  if (args.fromLogits) return softmaxCrossEntropyWithLogits(t, p, axis);
  const q = clipByValue(divide(p, reduceSum(p, axis, true)), EPSILON, 1 - EPSILON);
  return subtract(0, reduceSum(multiply(t, log(q)), axis));
}

/** Options of the sparse categorical cross-entropy function. */
export interface SparseCategoricalCrossentropyArgs {
  /** Whether predictions are logits (else probabilities). */
  fromLogits?: boolean;
}

/**
 * Per-sample cross-entropy of integer class labels (`[n]` or `[n, 1]`)
 * against scores `[n, classes]`. Labels must be integers in [0, classes).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const l = tf.keras.losses.sparseCategoricalCrossentropy([1], [[0.25, 0.75]]);
 * console.log(l.arraySync()); // [0.2876...] = -log 0.75
 * ```
 */
export function sparseCategoricalCrossentropy(
  yTrue: TensorLike,
  yPred: TensorLike,
  args: SparseCategoricalCrossentropyArgs = {},
): Tensor {
  const op = "sparseCategoricalCrossentropy";
  let t = labelArg(op, yTrue);
  const p = floatArg(op, "yPred", yPred);
  checkRank(op, t, p, -1);
  if (t.rank === p.rank && t.shape[t.rank - 1] === 1) t = reshape(t, t.shape.slice(0, -1));
  if (!sameShape(t.shape, p.shape.slice(0, -1))) {
    throw new RangeError(
      `${op}: yTrue has shape ${fmtShape(t.shape)} but yPred has shape ${fmtShape(p.shape)}; ` +
        `sparse labels have yPred's shape without its class axis (here ${
          fmtShape(p.shape.slice(0, -1))
        }, or with a trailing 1); for one-hot labels use CategoricalCrossentropy`,
    );
  }
  const classes = p.shape[p.rank - 1];
  checkLabels(op, t, classes);
  if (args.fromLogits) {
    // lse - x[label] in one kernel, and its gradient in one more
    return sparseSoftmaxCrossEntropyWithLogits(t.dtype === "int32" ? t : cast(t, "int32"), p);
  }
  const logits = log(clipByValue(divide(p, reduceSum(p, -1, true)), EPSILON, 1 - EPSILON));
  // 0 - Σ rather than -Σ: a perfect prediction gives +0, as TensorFlow prints it.
  return subtract(0, reduceSum(multiply(oneHotOf(t, classes), logSoftmax(logits, -1)), -1));
}

// ---------------------------------------------------------------- classes

/**
 * Mean of squared errors over the last axis, reduced over the batch.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.losses.MeanSquaredError().apply([[0, 1], [0, 0]], [[1, 1], [1, 0]]).arraySync()); // 0.5
 * ```
 */
export class MeanSquaredError extends Loss {
  /** Creates the MeanSquaredError loss from its options. */
  constructor(options: LossOptions = {}) {
    checkOptionKeys("MeanSquaredError", options, ["name", "reduction"]);
    super(options, "mean_squared_error");
  }
  /** The per-sample losses of `yPred` against `yTrue` (before reduction). */
  call(yTrue: Tensor, yPred: Tensor): Tensor {
    return meanSquaredError(yTrue, yPred);
  }
}

/**
 * Mean of absolute errors over the last axis, reduced over the batch.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.losses.MeanAbsoluteError().apply([[0, 1]], [[1, 3]]).arraySync()); // 1.5
 * ```
 */
export class MeanAbsoluteError extends Loss {
  /** Creates the MeanAbsoluteError loss from its options. */
  constructor(options: LossOptions = {}) {
    checkOptionKeys("MeanAbsoluteError", options, ["name", "reduction"]);
    super(options, "mean_absolute_error");
  }
  /** The per-sample losses of `yPred` against `yTrue` (before reduction). */
  call(yTrue: Tensor, yPred: Tensor): Tensor {
    return meanAbsoluteError(yTrue, yPred);
  }
}

/** Options of `Huber`. */
export interface HuberOptions extends LossOptions {
  /** Where the loss turns from quadratic to linear (default 1). */
  delta?: number;
}

/**
 * The Huber loss: ½e² for |e| ≤ δ, δ|e| - ½δ² beyond.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.losses.Huber({ delta: 1 }).apply([[0]], [[3]]).arraySync()); // 2.5
 * ```
 */
export class Huber extends Loss {
  /** Where the loss turns from quadratic to linear. */
  readonly delta: number;
  /** Creates the Huber loss from its options. */
  constructor(options: HuberOptions = {}) {
    checkOptionKeys("Huber", options, ["name", "reduction", "delta"]);
    super(options, "huber_loss");
    this.delta = numberOption("Huber", "delta", options.delta, 1, 0, Infinity);
  }
  /** The per-sample losses of `yPred` against `yTrue` (before reduction). */
  call(yTrue: Tensor, yPred: Tensor): Tensor {
    return huber(yTrue, yPred, this.delta);
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), delta: this.delta };
  }
}

/** Options of the cross-entropy losses. */
export interface CrossentropyOptions extends LossOptions {
  /** Whether yPred holds logits rather than probabilities (default false). */
  fromLogits?: boolean;
  /** Label smoothing in [0, 1] (default 0). */
  labelSmoothing?: number;
  /** The class axis (default -1). */
  axis?: number;
}

/**
 * Binary cross-entropy; with `fromLogits: true` it is computed stably from
 * logits (finite for any logit).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const bce = new tf.keras.losses.BinaryCrossentropy({ fromLogits: true });
 * console.log(bce.apply([[0], [1]], [[-100], [100]]).arraySync()); // 0
 * ```
 */
export class BinaryCrossentropy extends Loss {
  /** Whether predictions are logits (else probabilities). */
  readonly fromLogits: boolean;
  /** How much of each one-hot label is spread over the classes (0 to 1). */
  readonly labelSmoothing: number;
  /** The class axis. */
  readonly axis: number;
  /** Creates the BinaryCrossentropy loss from its options. */
  constructor(options: CrossentropyOptions = {}) {
    const cls = "BinaryCrossentropy";
    checkOptionKeys(cls, options, ["name", "reduction", "fromLogits", "labelSmoothing", "axis"]);
    super(options, "binary_crossentropy");
    this.fromLogits = boolOption(cls, "fromLogits", options.fromLogits);
    this.labelSmoothing = numberOption(cls, "labelSmoothing", options.labelSmoothing, 0, 0, 1);
    this.axis = axisOption(cls, options.axis);
  }
  /** The per-sample losses of `yPred` against `yTrue` (before reduction). */
  call(yTrue: Tensor, yPred: Tensor): Tensor {
    return binaryCrossentropy(yTrue, yPred, this);
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      fromLogits: this.fromLogits,
      labelSmoothing: this.labelSmoothing,
      axis: this.axis,
    };
  }
}

/**
 * Categorical cross-entropy of one-hot (or soft) labels; with `fromLogits:
 * true` it uses the stable log-softmax.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const cce = new tf.keras.losses.CategoricalCrossentropy({ fromLogits: true });
 * console.log(cce.apply([[0, 1]], [[0, 1000]]).arraySync()); // 0
 * ```
 */
export class CategoricalCrossentropy extends Loss {
  /** Whether predictions are logits (else probabilities). */
  readonly fromLogits: boolean;
  /** How much of each one-hot label is spread over the classes (0 to 1). */
  readonly labelSmoothing: number;
  /** The class axis. */
  readonly axis: number;
  /** Creates the CategoricalCrossentropy loss from its options. */
  constructor(options: CrossentropyOptions = {}) {
    const cls = "CategoricalCrossentropy";
    checkOptionKeys(cls, options, ["name", "reduction", "fromLogits", "labelSmoothing", "axis"]);
    super(options, "categorical_crossentropy");
    this.fromLogits = boolOption(cls, "fromLogits", options.fromLogits);
    this.labelSmoothing = numberOption(cls, "labelSmoothing", options.labelSmoothing, 0, 0, 1);
    this.axis = axisOption(cls, options.axis);
  }
  /** The per-sample losses of `yPred` against `yTrue` (before reduction). */
  call(yTrue: Tensor, yPred: Tensor): Tensor {
    return categoricalCrossentropy(yTrue, yPred, this);
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      fromLogits: this.fromLogits,
      labelSmoothing: this.labelSmoothing,
      axis: this.axis,
    };
  }
}

/** Options of `SparseCategoricalCrossentropy`. */
export interface SparseCategoricalCrossentropyOptions extends LossOptions {
  /** Whether yPred holds logits rather than probabilities (default false). */
  fromLogits?: boolean;
}

/**
 * Cross-entropy of integer class labels.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const loss = new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true });
 * console.log(loss.apply([0, 1], [[0, 0], [0, 0]]).arraySync()); // 0.6931... = log 2
 * ```
 */
export class SparseCategoricalCrossentropy extends Loss {
  /** Whether predictions are logits (else probabilities). */
  readonly fromLogits: boolean;
  /** Labels are int32 class indices, kept as they are. */
  protected override readonly classIndices = true;
  /** Creates the SparseCategoricalCrossentropy loss from its options. */
  constructor(options: SparseCategoricalCrossentropyOptions = {}) {
    const cls = "SparseCategoricalCrossentropy";
    checkOptionKeys(cls, options, ["name", "reduction", "fromLogits"]);
    super(options, "sparse_categorical_crossentropy");
    this.fromLogits = boolOption(cls, "fromLogits", options.fromLogits);
  }
  /** The per-sample losses of `yPred` against `yTrue` (before reduction). */
  call(yTrue: Tensor, yPred: Tensor): Tensor {
    return sparseCategoricalCrossentropy(yTrue, yPred, this);
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), fromLogits: this.fromLogits };
  }
}

// ---------------------------------------------------------------- get

const BY_NAME: Record<string, () => Loss> = {
  mean_squared_error: () => new MeanSquaredError(),
  mse: () => new MeanSquaredError(),
  mean_absolute_error: () => new MeanAbsoluteError(),
  mae: () => new MeanAbsoluteError(),
  huber: () => new Huber(),
  huber_loss: () => new Huber(),
  binary_crossentropy: () => new BinaryCrossentropy(),
  categorical_crossentropy: () => new CategoricalCrossentropy(),
  sparse_categorical_crossentropy: () => new SparseCategoricalCrossentropy(),
};

/**
 * The loss names `get` knows (Keras's snake_case; camelCase and class names work too).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.losses.LOSS_NAMES.includes("mse")); // true
 * ```
 */
export const LOSS_NAMES: readonly string[] = Object.keys(BY_NAME);

/**
 * A loss from a name ("mse", "sparse_categorical_crossentropy",
 * "SparseCategoricalCrossentropy", "sparseCategoricalCrossentropy"), a Loss
 * (returned as is), or a function of (yTrue, yPred) giving per-sample values.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.losses.get("sparse_categorical_crossentropy").name);
 * ```
 */
export function get(identifier: string | Loss | LossFn): Loss {
  if (identifier instanceof Loss) return identifier;
  if (typeof identifier === "function") return new LossFunctionWrapper(identifier);
  if (typeof identifier !== "string") {
    throw new TypeError(
      `losses.get: expected a loss name, a Loss or a function (yTrue, yPred) => losses, got ${
        describe(identifier)
      }`,
    );
  }
  const key = snakeCase(identifier);
  const make = BY_NAME[key] ?? BY_NAME[identifier.toLowerCase()];
  if (make === undefined) {
    throw new RangeError(
      `unknown loss "${identifier}"; known losses: ${LOSS_NAMES.join(", ")} ` +
        `(or pass a Loss instance or a function (yTrue, yPred) => per-sample losses)`,
    );
  }
  return make();
}
