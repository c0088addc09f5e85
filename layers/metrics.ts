/**
 * `tf.keras.metrics`: stateful metrics with Keras 3's semantics:
 * `updateState(yTrue, yPred, sampleWeight?)` accumulates a batch,
 * `result()` gives the value so far (a number), `resetState()` starts over.
 *
 * Metric state is plain numbers (float64 totals and counts; AUC's confusion
 * counts per threshold), computed from each batch's elements on the host:
 * a metric holds no tensor, and its sums do not lose float32 precision over
 * long epochs.
 *
 * Mean-style metrics (accuracies, errors) reduce each sample's values to
 * their mean, then take the weighted mean over samples:
 * Σ wᵢ vᵢ / Σ wᵢ (0 when nothing was seen), as Keras's `Mean`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.SparseCategoricalAccuracy();
 * m.updateState([0, 1], [[0.9, 0.1], [0.8, 0.2]]);
 * m.updateState([1], [[0.1, 0.9]]);
 * console.log(m.result()); // 2/3
 * ```
 *
 * @module
 */

import { Tensor } from "../tape/tensor.ts";
import { type TensorLike, toTensor } from "../tape/convert.ts";
import { fmtShape } from "../tape/_shape.ts";
import { describe, snakeCase } from "./_util.ts";
import {
  binaryCrossentropy,
  categoricalCrossentropy,
  sparseCategoricalCrossentropy,
} from "./losses.ts";

/** A tensor's elements on the host, with its shape. */
interface Host {
  data: ArrayLike<number>;
  shape: readonly number[];
}

function host(op: string, what: string, x: TensorLike): Host {
  if (x === undefined || x === null) {
    throw new TypeError(`${op}: ${what} is missing; call updateState(yTrue, yPred)`);
  }
  const t = x instanceof Tensor ? x : toTensor(op, x, "float32");
  t.assertAlive(op);
  return { data: t.dataSync(), shape: t.shape };
}

/** Keras's rank alignment (see _util.ts alignRanks), on shapes only. */
function align(a: Host, b: Host): [Host, Host] {
  const ra = a.shape.length, rb = b.shape.length;
  if (ra === rb + 1 && a.shape[ra - 1] === 1) {
    if (rb === 1) return [a, { data: b.data, shape: [...b.shape, 1] }];
    return [{ data: a.data, shape: a.shape.slice(0, -1) }, b];
  }
  if (rb === ra + 1 && b.shape[rb - 1] === 1) {
    if (ra === 1) return [{ data: a.data, shape: [...a.shape, 1] }, b];
    return [a, { data: b.data, shape: b.shape.slice(0, -1) }];
  }
  return [a, b];
}

function sameShapeOrThrow(op: string, t: Host, p: Host, hint = ""): void {
  const ok = t.shape.length === p.shape.length && t.shape.every((d, i) => d === p.shape[i]);
  if (!ok) {
    throw new RangeError(
      `${op}: yTrue has shape ${fmtShape(t.shape)} but yPred has shape ${fmtShape(p.shape)}; ` +
        `they must match${hint}`,
    );
  }
}

/** Number of samples (the first dimension; 1 for a scalar). */
function samplesOf(shape: readonly number[]): number {
  return shape.length === 0 ? 1 : shape[0];
}

/** Mean of each sample's values (values laid out sample-major). */
function perSampleMean(values: ArrayLike<number>, shape: readonly number[]): Float64Array {
  const n = samplesOf(shape);
  const out = new Float64Array(n);
  if (n === 0) return out;
  const per = values.length / n;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < per; j++) s += values[i * per + j];
    out[i] = per === 0 ? NaN : s / per;
  }
  return out;
}

/** Per-sample weights: a scalar, or one weight per sample (`[n]` or `[n, 1]`). */
function sampleWeights(
  op: string,
  sw: TensorLike | undefined,
  n: number,
): ArrayLike<number> | null {
  if (sw === undefined || sw === null) return null;
  const w = host(op, "sampleWeight", sw);
  if (w.data.length === 1 && n !== 1) return new Float64Array(n).fill(w.data[0]);
  if (w.data.length !== n || (w.shape.length > 1 && w.shape.slice(1).some((d) => d !== 1))) {
    throw new RangeError(
      `${op}: sampleWeight has shape ${fmtShape(w.shape)}, but there are ${n} samples; ` +
        `pass a scalar or one weight per sample`,
    );
  }
  return w.data;
}

/** Which way a metric improves (Keras's `_direction`), for callbacks' "auto" mode. */
export type Direction = "up" | "down";

/** Options every metric accepts. */
export interface MetricOptions {
  /** The name used in logs and History (defaults to Keras's). */
  name?: string;
}

/**
 * The base class of metrics. Subclasses implement `updateState`, `result`
 * and `resetState`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * class Seen extends tf.keras.metrics.Metric {
 *   n = 0;
 *   updateState(_yTrue: tf.TensorLike, yPred: tf.TensorLike) {
 *     this.n += tf.constant(yPred).shape[0];
 *   }
 *   result() { return this.n; }
 *   resetState() { this.n = 0; }
 * }
 * const m = new Seen({ name: "seen" });
 * m.updateState([1, 2], [1, 2]);
 * console.log(m.name, m.result()); // seen 2
 * ```
 */
export abstract class Metric {
  /** The name used in logs and History. */
  name: string;
  /** Which way the metric improves, when that is known. */
  readonly direction: Direction | null;

  /** Sets the name and the dtype (subclasses pass their default name). */
  constructor(
    options: MetricOptions = {},
    defaultName?: string,
    direction: Direction | null = null,
  ) {
    const cls = this.constructor.name;
    if (typeof options !== "object" || options === null) {
      throw new TypeError(`${cls}: expected an options object, got ${describe(options)}`);
    }
    if (options.name !== undefined && typeof options.name !== "string") {
      throw new TypeError(`${cls}: name must be a string, got ${describe(options.name)}`);
    }
    this.name = options.name ?? defaultName ?? snakeCase(cls);
    this.direction = direction;
  }

  /** Accumulates one batch. */
  abstract updateState(yTrue: TensorLike, yPred: TensorLike, sampleWeight?: TensorLike): void;
  /** The value over everything accumulated since the last reset. */
  abstract result(): number;
  /** Forgets everything accumulated. */
  abstract resetState(): void;

  /** The options that re-create this metric. */
  getConfig(): Record<string, unknown> {
    return { name: this.name };
  }
}

/**
 * The weighted mean of values: Σ wᵢ vᵢ / Σ wᵢ (values of rank > 1 are first
 * averaged per sample). `updateState(values, sampleWeight?)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.Mean();
 * m.updateState([1, 3, 5, 7]);
 * m.updateState([2], [3]); // weight 3
 * console.log(m.result()); // (16 + 6) / 7
 * ```
 */
export class Mean extends Metric {
  /** The weighted sum of the values seen. */
  protected total = 0;
  /** The sum of the weights seen. */
  protected count = 0;

  /** Creates the Mean metric. */
  constructor(
    options: MetricOptions = {},
    defaultName = "mean",
    direction: Direction | null = null,
  ) {
    super(options, defaultName, direction);
  }

  /** Adds values (one per sample, or per-sample arrays averaged first) with optional weights. */
  updateState(values: TensorLike, sampleWeight?: TensorLike): void {
    const op = `${this.constructor.name}.updateState`;
    const v = host(op, "values", values);
    this.accumulate(op, perSampleMean(v.data, v.shape), sampleWeight);
  }

  /** @internal Adds per-sample values. */
  protected accumulate(op: string, values: Float64Array, sampleWeight?: TensorLike): void {
    const w = sampleWeights(op, sampleWeight, values.length);
    if (w === null) {
      for (let i = 0; i < values.length; i++) this.total += values[i];
      this.count += values.length;
    } else {
      for (let i = 0; i < values.length; i++) {
        this.total += values[i] * w[i];
        this.count += w[i];
      }
    }
  }

  /** The metric over the batches seen since the last reset. */
  result(): number {
    return this.count === 0 ? 0 : this.total / this.count;
  }

  /** Forgets the batches seen (Keras's `reset_state`). */
  resetState(): void {
    this.total = 0;
    this.count = 0;
  }
}

/** Per-sample values of (yTrue, yPred) on the host. */
type HostFn = (op: string, t: Host, p: Host) => Float64Array;

/** A function of tensors (yTrue, yPred) giving per-sample values, as compile accepts. */
export type MetricFn = (yTrue: Tensor, yPred: Tensor) => Tensor;

/**
 * The mean of a per-sample function of (yTrue, yPred): what `compile` makes
 * of a metric given as a function.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.MeanMetricWrapper(
 *   (t, p) => tf.reduceMean(tf.abs(tf.subtract(t, p)), -1), { name: "l1" });
 * m.updateState([[1, 2]], [[2, 4]]);
 * console.log(m.result()); // 1.5
 * ```
 */
export class MeanMetricWrapper extends Mean {
  /** The wrapped function. */
  readonly fn: MetricFn;

  /** Creates the MeanMetricWrapper metric. */
  constructor(
    fn: MetricFn,
    options: MetricOptions & { direction?: Direction | null } = {},
  ) {
    if (typeof fn !== "function") {
      throw new TypeError(
        `MeanMetricWrapper: expected a function (yTrue, yPred) => values, got ${describe(fn)}`,
      );
    }
    super(options, options.name ?? (fn.name ? snakeCase(fn.name) : "metric"), options.direction);
    this.fn = fn;
  }

  /** Adds one batch of labels and predictions (weighted by `sampleWeight` if given). */
  override updateState(yTrue: TensorLike, yPred: TensorLike, sampleWeight?: TensorLike): void {
    const op = `${this.name}.updateState`;
    const t = yTrue instanceof Tensor ? yTrue : toTensor(op, yTrue, "float32");
    const p = yPred instanceof Tensor ? yPred : toTensor(op, yPred, "float32");
    const v = this.fn(t, p);
    if (!(v instanceof Tensor)) {
      throw new TypeError(`${op}: the metric function returned ${describe(v)}, not a tensor`);
    }
    this.accumulate(op, perSampleMean(v.dataSync(), v.shape), sampleWeight);
  }
}

/**
 * @internal The built-in mean metrics: per-sample values computed on the
 * host from the batch's elements (exact, and no op dispatch per batch).
 */
class HostMean extends Mean {
  constructor(options: MetricOptions, name: string, direction: Direction) {
    super(options, name, direction);
  }

  /** Per-sample values of the batch (set by each subclass's constructor). */
  protected hostFn!: HostFn;

  override updateState(yTrue: TensorLike, yPred: TensorLike, sampleWeight?: TensorLike): void {
    const op = `${this.constructor.name}.updateState`;
    const t = host(op, "yTrue", yTrue), p = host(op, "yPred", yPred);
    this.accumulate(op, this.hostFn(op, t, p), sampleWeight);
  }
}

// ---------------------------------------------------------------- host functions

function accuracyFn(op: string, t0: Host, p0: Host): Float64Array {
  const [t, p] = align(t0, p0);
  sameShapeOrThrow(op, t, p);
  const eq = new Float64Array(p.data.length);
  for (let i = 0; i < eq.length; i++) eq[i] = t.data[i] === p.data[i] ? 1 : 0;
  return perSampleMean(eq, p.shape);
}

function binaryAccuracyFn(threshold: number): HostFn {
  return (op, t0, p0) => {
    const [t, p] = align(t0, p0);
    sameShapeOrThrow(op, t, p);
    const eq = new Float64Array(p.data.length);
    for (let i = 0; i < eq.length; i++) {
      eq[i] = (p.data[i] > threshold ? 1 : 0) === t.data[i] ? 1 : 0;
    }
    return perSampleMean(eq, p.shape);
  };
}

/** Index of the first maximum of `n` values from `off` (NaN counts as the maximum, as argMax). */
function argmaxAt(d: ArrayLike<number>, off: number, n: number): number {
  let best = 0, bv = d[off];
  if (Number.isNaN(bv)) return 0;
  for (let j = 1; j < n; j++) {
    const v = d[off + j];
    if (Number.isNaN(v)) return j;
    if (v > bv) {
      bv = v;
      best = j;
    }
  }
  return best;
}

function checkClasses(op: string, p: Host): number {
  if (p.shape.length === 0) {
    throw new RangeError(`${op}: yPred is a scalar; expected scores of shape [batch, classes]`);
  }
  return p.shape[p.shape.length - 1];
}

function categoricalAccuracyFn(op: string, t: Host, p: Host): Float64Array {
  sameShapeOrThrow(op, t, p, " (one-hot labels; for integer labels use SparseCategoricalAccuracy)");
  const c = checkClasses(op, p);
  const rows = c === 0 ? 0 : p.data.length / c;
  const eq = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    eq[r] = argmaxAt(t.data, r * c, c) === argmaxAt(p.data, r * c, c) ? 1 : 0;
  }
  return perSampleMean(eq, p.shape.slice(0, -1));
}

/** Sparse labels of `p`'s shape without the class axis (a trailing 1 allowed). */
function sparseLabels(op: string, t: Host, p: Host): Host {
  let ts = t.shape;
  if (ts.length === p.shape.length && ts[ts.length - 1] === 1) ts = ts.slice(0, -1);
  const want = p.shape.slice(0, -1);
  if (ts.length !== want.length || ts.some((d, i) => d !== want[i])) {
    throw new RangeError(
      `${op}: yTrue has shape ${fmtShape(t.shape)} but yPred has shape ${fmtShape(p.shape)}; ` +
        `sparse labels have yPred's shape without its class axis (${fmtShape(want)})`,
    );
  }
  return { data: t.data, shape: ts };
}

function sparseCategoricalAccuracyFn(op: string, t0: Host, p: Host): Float64Array {
  const c = checkClasses(op, p);
  const t = sparseLabels(op, t0, p);
  const rows = t.data.length;
  const eq = new Float64Array(rows);
  for (let r = 0; r < rows; r++) eq[r] = argmaxAt(p.data, r * c, c) === t.data[r] ? 1 : 0;
  return perSampleMean(eq, t.shape);
}

/**
 * TensorFlow's `in_top_k`: the target is in the top k when fewer than k
 * classes score strictly higher (ties at the boundary count as in); a row
 * with a non-finite score is never in.
 */
function inTopK(p: ArrayLike<number>, off: number, c: number, target: number, k: number): boolean {
  if (!(target >= 0 && target < c && Number.isInteger(target))) return false;
  const pt = p[off + target];
  if (!Number.isFinite(pt)) return false;
  let more = 0;
  for (let j = 0; j < c; j++) {
    const v = p[off + j];
    if (!Number.isFinite(v)) return false;
    if (v > pt) more++;
  }
  return more < k;
}

function topKFn(k: number, sparse: boolean): HostFn {
  return (op, t0, p) => {
    const c = checkClasses(op, p);
    const rows = c === 0 ? 0 : p.data.length / c;
    const out = new Float64Array(rows);
    if (sparse) {
      const t = sparseLabels(op, t0, p);
      for (let r = 0; r < rows; r++) out[r] = inTopK(p.data, r * c, c, t.data[r], k) ? 1 : 0;
      return perSampleMean(out, t.shape);
    }
    sameShapeOrThrow(op, t0, p, " (one-hot labels; for integer labels use the sparse metric)");
    for (let r = 0; r < rows; r++) {
      out[r] = inTopK(p.data, r * c, c, argmaxAt(t0.data, r * c, c), k) ? 1 : 0;
    }
    return perSampleMean(out, p.shape.slice(0, -1));
  };
}

function errorFn(f: (d: number) => number): HostFn {
  return (op, t0, p0) => {
    const [t, p] = align(t0, p0);
    sameShapeOrThrow(op, t, p);
    // Keras: the mean over the last axis, then over the sample's other axes
    // (equal counts, so one mean over each sample's elements).
    const e = new Float64Array(p.data.length);
    for (let i = 0; i < e.length; i++) e[i] = f(p.data[i] - t.data[i]);
    return perSampleMean(e, p.shape);
  };
}

// ---------------------------------------------------------------- classes

/**
 * How often predictions equal labels exactly (Keras's `Accuracy`). For
 * class scores use CategoricalAccuracy or SparseCategoricalAccuracy, or
 * "accuracy" in compile, which picks the right one.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.Accuracy();
 * m.updateState([[1], [2], [3], [4]], [[0], [2], [3], [4]]);
 * console.log(m.result()); // 0.75
 * ```
 */
export class Accuracy extends HostMean {
  /** Creates the Accuracy metric from its options. */
  constructor(options: MetricOptions = {}) {
    super(options, "accuracy", "up");
    this.hostFn = accuracyFn;
  }
}

/** Options of `BinaryAccuracy`. */
export interface BinaryAccuracyOptions extends MetricOptions {
  /** Predictions above it count as 1 (default 0.5). */
  threshold?: number;
}

/**
 * How often thresholded predictions (p > threshold) equal binary labels.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.BinaryAccuracy();
 * m.updateState([[1], [1], [0], [0]], [[0.98], [1], [0], [0.6]]);
 * console.log(m.result()); // 0.75
 * ```
 */
export class BinaryAccuracy extends HostMean {
  /** The probability above which a prediction counts as 1. */
  readonly threshold: number;
  /** Creates the BinaryAccuracy metric from its options. */
  constructor(options: BinaryAccuracyOptions = {}) {
    super(options, "binary_accuracy", "up");
    const th = options.threshold ?? 0.5;
    if (typeof th !== "number" || Number.isNaN(th)) {
      throw new TypeError(`BinaryAccuracy: threshold must be a number, got ${describe(th)}`);
    }
    this.threshold = th;
    this.hostFn = binaryAccuracyFn(th);
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), threshold: this.threshold };
  }
}

/**
 * How often the highest score is at the one-hot label's class.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.CategoricalAccuracy();
 * m.updateState([[0, 0, 1], [0, 1, 0]], [[0.1, 0.9, 0.8], [0.05, 0.95, 0]]);
 * console.log(m.result()); // 0.5
 * ```
 */
export class CategoricalAccuracy extends HostMean {
  /** Creates the CategoricalAccuracy metric from its options. */
  constructor(options: MetricOptions = {}) {
    super(options, "categorical_accuracy", "up");
    this.hostFn = categoricalAccuracyFn;
  }
}

/**
 * How often the highest score is at the integer label.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.SparseCategoricalAccuracy();
 * m.updateState([[2], [1]], [[0.1, 0.6, 0.3], [0.05, 0.95, 0]]);
 * console.log(m.result()); // 0.5
 * ```
 */
export class SparseCategoricalAccuracy extends HostMean {
  /** Creates the SparseCategoricalAccuracy metric from its options. */
  constructor(options: MetricOptions = {}) {
    super(options, "sparse_categorical_accuracy", "up");
    this.hostFn = sparseCategoricalAccuracyFn;
  }
}

/** Options of the top-k metrics. */
export interface TopKOptions extends MetricOptions {
  /** How many top scores count (default 5). */
  k?: number;
}

function checkK(cls: string, k: unknown): number {
  const v = k ?? 5;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) {
    throw new RangeError(`${cls}: k must be an integer >= 1, got ${describe(k)}`);
  }
  return v;
}

/**
 * How often the one-hot label's class is among the k highest scores
 * (TensorFlow's `in_top_k`: ties at the boundary count as in).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.TopKCategoricalAccuracy({ k: 1 });
 * m.updateState([[0, 0, 1], [0, 1, 0]], [[0.1, 0.9, 0.8], [0.05, 0.95, 0]]);
 * console.log(m.result()); // 0.5
 * ```
 */
export class TopKCategoricalAccuracy extends HostMean {
  /** How many top predictions count. */
  readonly k: number;
  /** Creates the TopKCategoricalAccuracy metric from its options. */
  constructor(options: TopKOptions = {}) {
    super(options, "top_k_categorical_accuracy", "up");
    this.k = checkK("TopKCategoricalAccuracy", options.k);
    this.hostFn = topKFn(this.k, false);
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), k: this.k };
  }
}

/**
 * How often the integer label is among the k highest scores.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.SparseTopKCategoricalAccuracy({ k: 2 });
 * m.updateState([2, 0], [[0.1, 0.9, 0.8], [0.05, 0.95, 0]]);
 * console.log(m.result()); // 0.5
 * ```
 */
export class SparseTopKCategoricalAccuracy extends HostMean {
  /** How many top predictions count. */
  readonly k: number;
  /** Creates the SparseTopKCategoricalAccuracy metric from its options. */
  constructor(options: TopKOptions = {}) {
    super(options, "sparse_top_k_categorical_accuracy", "up");
    this.k = checkK("SparseTopKCategoricalAccuracy", options.k);
    this.hostFn = topKFn(this.k, true);
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), k: this.k };
  }
}

/**
 * The mean squared error, averaged over all samples seen.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.MeanSquaredError();
 * m.updateState([[0, 1], [0, 0]], [[1, 1], [0, 0]]);
 * console.log(m.result()); // 0.25
 * ```
 */
export class MeanSquaredError extends HostMean {
  /** Creates the MeanSquaredError metric from its options. */
  constructor(options: MetricOptions = {}) {
    super(options, "mean_squared_error", "down");
    this.hostFn = errorFn((d) => d * d);
  }
}

/**
 * The mean absolute error, averaged over all samples seen.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.MeanAbsoluteError();
 * m.updateState([[0, 1]], [[1, 3]]);
 * console.log(m.result()); // 1.5
 * ```
 */
export class MeanAbsoluteError extends HostMean {
  /** Creates the MeanAbsoluteError metric from its options. */
  constructor(options: MetricOptions = {}) {
    super(options, "mean_absolute_error", "down");
    this.hostFn = errorFn(Math.abs);
  }
}

// ---------------------------------------------------------------- AUC

/** Options of `AUC`. */
export interface AUCOptions extends MetricOptions {
  /** Number of thresholds (default 200), spread evenly over [0, 1]. */
  numThresholds?: number;
  /** "ROC" (default) or "PR" (precision-recall). */
  curve?: "ROC" | "PR";
  /** "interpolation" (default), "minoring" or "majoring". */
  summationMethod?: "interpolation" | "minoring" | "majoring";
  /** Explicit thresholds in [0, 1] instead of numThresholds (0 - ε and 1 + ε are added). */
  thresholds?: readonly number[];
  /** Whether predictions are logits (a sigmoid is applied first). */
  fromLogits?: boolean;
}

/**
 * The area under the ROC or precision-recall curve, from confusion counts
 * at fixed thresholds (Keras's `AUC`): thresholds 0 - ε, 1/(n-1), ...,
 * (n-2)/(n-1), 1 + ε (ε = 1e-7); a prediction p counts as positive at
 * threshold θ when p > θ. ROC: the trapezoidal sum of recall over the false
 * positive rate ("interpolation"), or of the lower or higher end of each
 * step ("minoring", "majoring"). PR with "interpolation" integrates
 * precision by Davis & Goadrich's interpolation, as Keras's
 * `interpolate_pr_auc`. Labels count as positive when nonzero; predictions
 * must lie in [0, 1] (or be logits with `fromLogits`).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const m = new tf.keras.metrics.AUC({ numThresholds: 3 });
 * m.updateState([0, 0, 1, 1], [0, 0.5, 0.3, 0.9]);
 * console.log(m.result()); // 0.75
 * ```
 */
export class AUC extends Metric {
  /** The number of thresholds the curve is sampled at. */
  readonly numThresholds: number;
  /** The curve: "ROC" or "PR" (precision-recall). */
  readonly curve: "ROC" | "PR";
  /** How the area under the sampled curve is summed. */
  readonly summationMethod: "interpolation" | "minoring" | "majoring";
  /** Whether predictions are logits (else probabilities). */
  readonly fromLogits: boolean;
  /** The thresholds, ascending. */
  readonly thresholds: readonly number[];
  #tp: Float64Array;
  #fp: Float64Array;
  #tn: Float64Array;
  #fn: Float64Array;

  /** Creates the AUC metric from its options. */
  constructor(options: AUCOptions = {}) {
    super(options, "auc", "up");
    const cls = "AUC";
    const curve = options.curve ?? "ROC";
    if (curve !== "ROC" && curve !== "PR") {
      throw new RangeError(`${cls}: curve must be "ROC" or "PR", got ${describe(curve)}`);
    }
    const sm = options.summationMethod ?? "interpolation";
    if (!["interpolation", "minoring", "majoring"].includes(sm)) {
      throw new RangeError(
        `${cls}: summationMethod must be "interpolation", "minoring" or "majoring", got ${
          describe(sm)
        }`,
      );
    }
    const eps = 1e-7;
    let th: number[];
    if (options.thresholds !== undefined) {
      const given = options.thresholds;
      if (
        !Array.isArray(given) || given.some((v) => typeof v !== "number" || !(v >= 0 && v <= 1))
      ) {
        throw new RangeError(
          `${cls}: thresholds must be numbers in [0, 1], got ${describe(given)}`,
        );
      }
      th = [0 - eps, ...[...given].sort((a, b) => a - b), 1 + eps];
    } else {
      const n = options.numThresholds ?? 200;
      if (typeof n !== "number" || !Number.isInteger(n) || n <= 1) {
        throw new RangeError(`${cls}: numThresholds must be an integer > 1, got ${describe(n)}`);
      }
      th = [0 - eps];
      for (let i = 0; i < n - 2; i++) th.push((i + 1) / (n - 1));
      th.push(1 + eps);
    }
    this.thresholds = th;
    this.numThresholds = th.length;
    this.curve = curve;
    this.summationMethod = sm as AUC["summationMethod"];
    this.fromLogits = options.fromLogits ?? false;
    const n = th.length;
    this.#tp = new Float64Array(n);
    this.#fp = new Float64Array(n);
    this.#tn = new Float64Array(n);
    this.#fn = new Float64Array(n);
  }

  /** Adds one batch of labels and predictions (weighted by `sampleWeight` if given). */
  updateState(yTrue: TensorLike, yPred: TensorLike, sampleWeight?: TensorLike): void {
    const op = "AUC.updateState";
    const [t, p] = align(host(op, "yTrue", yTrue), host(op, "yPred", yPred));
    sameShapeOrThrow(op, t, p);
    const n = samplesOf(p.shape);
    const w = sampleWeights(op, sampleWeight, n);
    const per = n === 0 ? 0 : p.data.length / n;
    const th = this.thresholds;
    // Sort-free: for each prediction, the thresholds it exceeds are a prefix
    // of the ascending list; accumulate positives/negatives per prefix length.
    const m = th.length;
    const posAbove = new Float64Array(m + 1), negAbove = new Float64Array(m + 1);
    let posTotal = 0, negTotal = 0;
    for (let i = 0; i < p.data.length; i++) {
      let v = p.data[i];
      if (this.fromLogits) v = 1 / (1 + Math.exp(-v));
      else if (!(v >= 0 && v <= 1)) {
        throw new RangeError(
          `${op}: prediction ${v} at index ${i} is outside [0, 1]; AUC takes probabilities ` +
            `(pass fromLogits: true for logits)`,
        );
      }
      const wi = w === null ? 1 : w[Math.floor(i / per)];
      // Count thresholds strictly below v: v > th[j] for j < c.
      let lo = 0, hi = m;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v > th[mid]) lo = mid + 1;
        else hi = mid;
      }
      if (t.data[i] !== 0) {
        posAbove[lo] += wi;
        posTotal += wi;
      } else {
        negAbove[lo] += wi;
        negTotal += wi;
      }
    }
    // tp[j] = weight of positives with v > th[j] = Σ_{c > j} posAbove[c].
    let pos = 0, neg = 0;
    for (let j = m - 1; j >= 0; j--) {
      pos += posAbove[j + 1];
      neg += negAbove[j + 1];
      this.#tp[j] += pos;
      this.#fp[j] += neg;
      this.#fn[j] += posTotal - pos;
      this.#tn[j] += negTotal - neg;
    }
  }

  /** The metric over the batches seen since the last reset. */
  result(): number {
    const n = this.numThresholds;
    const tp = this.#tp, fp = this.#fp, tn = this.#tn, fn = this.#fn;
    const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
    if (this.curve === "PR" && this.summationMethod === "interpolation") {
      let sum = 0;
      for (let i = 0; i < n - 1; i++) {
        const dtp = tp[i] - tp[i + 1];
        const p0 = tp[i] + fp[i], p1 = tp[i + 1] + fp[i + 1];
        const dp = p0 - p1;
        const slope = div(dtp, Math.max(dp, 0));
        const intercept = tp[i + 1] - slope * p1;
        const ratio = p0 > 0 && p1 > 0 ? div(p0, Math.max(p1, 0)) : 1;
        sum += div(slope * (dtp + intercept * Math.log(ratio)), Math.max(tp[i + 1] + fn[i + 1], 0));
      }
      return sum;
    }
    const x = new Float64Array(n), y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const recall = div(tp[i], tp[i] + fn[i]);
      if (this.curve === "ROC") {
        x[i] = div(fp[i], fp[i] + tn[i]);
        y[i] = recall;
      } else {
        x[i] = recall;
        y[i] = div(tp[i], tp[i] + fp[i]);
      }
    }
    let sum = 0;
    for (let i = 0; i < n - 1; i++) {
      const h = this.summationMethod === "interpolation"
        ? (y[i] + y[i + 1]) / 2
        : this.summationMethod === "minoring"
        ? Math.min(y[i], y[i + 1])
        : Math.max(y[i], y[i + 1]);
      sum += (x[i] - x[i + 1]) * h;
    }
    return sum;
  }

  /** Forgets the batches seen (Keras's `reset_state`). */
  resetState(): void {
    this.#tp.fill(0);
    this.#fp.fill(0);
    this.#tn.fill(0);
    this.#fn.fill(0);
  }

  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      numThresholds: this.numThresholds,
      curve: this.curve,
      summationMethod: this.summationMethod,
      fromLogits: this.fromLogits,
    };
  }
}

// ---------------------------------------------------------------- get

const BY_NAME: Record<string, (name: string) => Metric> = {
  accuracy: (name) => new Accuracy({ name }),
  acc: (name) => new Accuracy({ name }),
  binary_accuracy: (name) => new BinaryAccuracy({ name }),
  categorical_accuracy: (name) => new CategoricalAccuracy({ name }),
  sparse_categorical_accuracy: (name) => new SparseCategoricalAccuracy({ name }),
  top_k_categorical_accuracy: (name) => new TopKCategoricalAccuracy({ name }),
  sparse_top_k_categorical_accuracy: (name) => new SparseTopKCategoricalAccuracy({ name }),
  mean_squared_error: (name) => new MeanSquaredError({ name }),
  mse: (name) => new MeanSquaredError({ name }),
  mean_absolute_error: (name) => new MeanAbsoluteError({ name }),
  mae: (name) => new MeanAbsoluteError({ name }),
  auc: (name) => new AUC({ name }),
  mean: (name) => new Mean({ name }),
  binary_crossentropy: (name) =>
    new MeanMetricWrapper((t, p) => binaryCrossentropy(t, p), { name, direction: "down" }),
  categorical_crossentropy: (name) =>
    new MeanMetricWrapper((t, p) => categoricalCrossentropy(t, p), { name, direction: "down" }),
  sparse_categorical_crossentropy: (name) =>
    new MeanMetricWrapper((t, p) => sparseCategoricalCrossentropy(t, p), {
      name,
      direction: "down",
    }),
};

/**
 * The metric names `get` knows (Keras's snake_case; camelCase and class names work too).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.metrics.METRIC_NAMES.includes("accuracy")); // true
 * ```
 */
export const METRIC_NAMES: readonly string[] = Object.keys(BY_NAME);

/**
 * A metric from a name ("accuracy", "mse", "sparse_categorical_accuracy",
 * "AUC", ...), named as given (Keras names a metric by its string), a
 * Metric (returned as is), or a function of (yTrue, yPred) giving
 * per-sample values (wrapped in MeanMetricWrapper). `compile` resolves
 * "accuracy" itself, from the shapes of labels and predictions.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.metrics.get("mse").name); // mse
 * ```
 */
export function get(identifier: string | Metric | MetricFn): Metric {
  if (identifier instanceof Metric) return identifier;
  if (typeof identifier === "function") return new MeanMetricWrapper(identifier);
  if (typeof identifier !== "string") {
    throw new TypeError(
      `metrics.get: expected a metric name, a Metric or a function (yTrue, yPred) => values, got ${
        describe(identifier)
      }`,
    );
  }
  const key = snakeCase(identifier);
  const make = BY_NAME[key] ?? BY_NAME[identifier.toLowerCase()];
  if (make === undefined) {
    throw new RangeError(
      `unknown metric "${identifier}"; known metrics: ${METRIC_NAMES.join(", ")} ` +
        `(or pass a Metric instance or a function (yTrue, yPred) => per-sample values)`,
    );
  }
  return make(identifier);
}
