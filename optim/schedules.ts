/**
 * Learning-rate schedules (`tf.keras.optimizers.schedules`): Keras 3's
 * formulas, evaluated in float64 at the optimizer's step (its `iterations`
 * before the update: the first update uses step 0). Pass one as an
 * optimizer's `learningRate`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const lr = new tf.keras.optimizers.schedules.ExponentialDecay({
 *   initialLearningRate: 0.1,
 *   decaySteps: 100,
 *   decayRate: 0.5,
 * });
 * console.log(lr.call(0), lr.call(100)); // 0.1 0.05
 * const optimizer = new tf.keras.optimizers.SGD({ learningRate: lr });
 * ```
 *
 * @module
 */

/** A JSON-compatible description of a schedule (`getConfig`). */
export type ScheduleConfig = Record<string, number | boolean | string | number[] | null>;

function num(cls: string, key: string, v: unknown, dflt?: number): number {
  if (v === undefined && dflt !== undefined) return dflt;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new TypeError(`${cls}: ${key} must be a finite number, got ${fmt(v)}`);
  }
  return v;
}

function positive(cls: string, key: string, v: unknown): number {
  const x = num(cls, key, v);
  if (!(x > 0)) throw new RangeError(`${cls}: ${key} must be > 0, got ${x}`);
  return x;
}

function fmt(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(fmt).join(", ")}]`;
  return v === null ? "null" : typeof v === "object" ? "an object" : String(v);
}

function checkKeys(cls: string, opts: object, allowed: readonly string[]): void {
  if (typeof opts !== "object" || opts === null) {
    throw new TypeError(`${cls}: expected an options object, got ${fmt(opts)}`);
  }
  for (const key of Object.keys(opts)) {
    if (!allowed.includes(key)) {
      throw new TypeError(
        `${cls}: unknown option "${key}"; accepted: ${allowed.join(", ")} (camelCase)`,
      );
    }
  }
}

function checkStep(cls: string, step: number): number {
  if (typeof step !== "number" || !(step >= 0)) {
    throw new RangeError(`${cls}: the step must be a number >= 0, got ${fmt(step)}`);
  }
  return step;
}

/**
 * Base class of learning-rate schedules. Subclass it and override `call` to
 * write your own (a plain function `(step) => lr` works too).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * class InverseStep extends tf.keras.optimizers.schedules.LearningRateSchedule {
 *   override call(step: number): number {
 *     return 0.1 / (step + 1);
 *   }
 * }
 * const optimizer = new tf.keras.optimizers.SGD({ learningRate: new InverseStep() });
 * ```
 */
export class LearningRateSchedule {
  /** The learning rate at `step` (the optimizer's iterations before the update). */
  call(_step: number): number {
    throw new TypeError(
      `learning rate schedule '${this.constructor.name}' must override call(step)`,
    );
  }

  /** The constructor's options, for re-creating the schedule. */
  getConfig(): ScheduleConfig {
    throw new TypeError(
      `learning rate schedule '${this.constructor.name}' must override getConfig() to be serializable`,
    );
  }
}

/** Options of `ExponentialDecay`. */
export interface ExponentialDecayOptions {
  /** The learning rate at step 0. */
  initialLearningRate: number;
  /** > 0. */
  decaySteps: number;
  /** The factor per `decaySteps` steps. */
  decayRate: number;
  /** Decay at whole multiples of decaySteps only (default false). */
  staircase?: boolean;
  /** The name (Keras's `name`). */
  name?: string;
}

/**
 * `lr(step) = initialLearningRate · decayRate^(step / decaySteps)`; with
 * `staircase`, the exponent is floored.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const s = new tf.keras.optimizers.schedules.ExponentialDecay({
 *   initialLearningRate: 1, decaySteps: 10, decayRate: 0.5, staircase: true,
 * });
 * console.log(s.call(9), s.call(10)); // 1 0.5
 * ```
 */
export class ExponentialDecay extends LearningRateSchedule {
  /** The learning rate at step 0. */
  readonly initialLearningRate: number;
  /** Steps over which the rate decays (by `decayRate`, or to its end value). */
  readonly decaySteps: number;
  /** The factor per `decaySteps` steps. */
  readonly decayRate: number;
  /** Whether the decay happens in whole steps of `decaySteps` (else continuously). */
  readonly staircase: boolean;
  /** The name (Keras's `name`). */
  readonly name: string;

  /** Creates the ExponentialDecay schedule from its options. */
  constructor(options: ExponentialDecayOptions) {
    super();
    const c = "ExponentialDecay";
    checkKeys(c, options, ["initialLearningRate", "decaySteps", "decayRate", "staircase", "name"]);
    this.initialLearningRate = num(c, "initialLearningRate", options.initialLearningRate);
    this.decaySteps = positive(c, "decaySteps", options.decaySteps);
    this.decayRate = num(c, "decayRate", options.decayRate);
    this.staircase = options.staircase ?? false;
    this.name = options.name ?? c;
  }

  /** The learning rate at `step` (the optimizer's iterations before the update). */
  override call(step: number): number {
    let p = checkStep("ExponentialDecay", step) / this.decaySteps;
    if (this.staircase) p = Math.floor(p);
    return this.initialLearningRate * Math.pow(this.decayRate, p);
  }

  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): ScheduleConfig {
    return {
      initialLearningRate: this.initialLearningRate,
      decaySteps: this.decaySteps,
      decayRate: this.decayRate,
      staircase: this.staircase,
      name: this.name,
    };
  }
}

/** Options of `PiecewiseConstantDecay`. */
export interface PiecewiseConstantDecayOptions {
  /** Strictly increasing steps. */
  boundaries: number[];
  /** One more value than boundaries. */
  values: number[];
  /** The name (Keras's `name`). */
  name?: string;
}

/**
 * `values[0]` while `step <= boundaries[0]`, `values[i]` while
 * `boundaries[i-1] < step <= boundaries[i]`, and the last value after the
 * last boundary.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const s = new tf.keras.optimizers.schedules.PiecewiseConstantDecay({
 *   boundaries: [100, 200], values: [1, 0.5, 0.1],
 * });
 * console.log(s.call(100), s.call(101), s.call(500)); // 1 0.5 0.1
 * ```
 */
export class PiecewiseConstantDecay extends LearningRateSchedule {
  /** The steps at which the rate changes. */
  readonly boundaries: readonly number[];
  /** The rate before the first boundary, between boundaries, and after the last. */
  readonly values: readonly number[];
  /** The name (Keras's `name`). */
  readonly name: string;

  /** Creates the PiecewiseConstantDecay schedule from its options. */
  constructor(options: PiecewiseConstantDecayOptions) {
    super();
    const c = "PiecewiseConstantDecay";
    checkKeys(c, options, ["boundaries", "values", "name"]);
    const { boundaries, values } = options;
    if (!Array.isArray(boundaries) || !Array.isArray(values)) {
      throw new TypeError(`${c}: boundaries and values must be arrays of numbers`);
    }
    boundaries.forEach((b, i) => num(c, `boundaries[${i}]`, b));
    values.forEach((v, i) => num(c, `values[${i}]`, v));
    if (boundaries.length !== values.length - 1) {
      throw new RangeError(
        `${c}: the length of boundaries should be 1 less than the length of values; got ` +
          `boundaries=${fmt(boundaries)} (${boundaries.length}) and values=${
            fmt(values)
          } (${values.length})`,
      );
    }
    for (let i = 1; i < boundaries.length; i++) {
      if (!(boundaries[i] > boundaries[i - 1])) {
        throw new RangeError(`${c}: boundaries must increase strictly, got ${fmt(boundaries)}`);
      }
    }
    this.boundaries = boundaries.slice();
    this.values = values.slice();
    this.name = options.name ?? "PiecewiseConstant";
  }

  /** The learning rate at `step` (the optimizer's iterations before the update). */
  override call(step: number): number {
    checkStep("PiecewiseConstantDecay", step);
    const b = this.boundaries;
    let i = 0;
    while (i < b.length && step > b[i]) i++;
    return this.values[i];
  }

  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): ScheduleConfig {
    return { boundaries: this.boundaries.slice(), values: this.values.slice(), name: this.name };
  }
}

/** Options of `PolynomialDecay`. */
export interface PolynomialDecayOptions {
  /** The learning rate at step 0. */
  initialLearningRate: number;
  /** > 0. */
  decaySteps: number;
  /** Default 0.0001. */
  endLearningRate?: number;
  /** Default 1. */
  power?: number;
  /** Restart at each multiple of decaySteps (default false). */
  cycle?: boolean;
  /** The name (Keras's `name`). */
  name?: string;
}

/**
 * `lr(step) = (initial - end) · (1 - s / d)^power + end` with
 * `s = min(step, decaySteps)`, `d = decaySteps`; with `cycle`, `s = step`
 * and `d = decaySteps · ceil(step / decaySteps)` (`decaySteps` at step 0).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const s = new tf.keras.optimizers.schedules.PolynomialDecay({
 *   initialLearningRate: 1, decaySteps: 10, endLearningRate: 0,
 * });
 * console.log(s.call(5), s.call(20)); // 0.5 0
 * ```
 */
export class PolynomialDecay extends LearningRateSchedule {
  /** The learning rate at step 0. */
  readonly initialLearningRate: number;
  /** Steps over which the rate decays (by `decayRate`, or to its end value). */
  readonly decaySteps: number;
  /** The rate reached after `decaySteps`. */
  readonly endLearningRate: number;
  /** The polynomial's power. */
  readonly power: number;
  /** Whether the decay restarts after `decaySteps` (with a longer period). */
  readonly cycle: boolean;
  /** The name (Keras's `name`). */
  readonly name: string;

  /** Creates the PolynomialDecay schedule from its options. */
  constructor(options: PolynomialDecayOptions) {
    super();
    const c = "PolynomialDecay";
    checkKeys(c, options, [
      "initialLearningRate",
      "decaySteps",
      "endLearningRate",
      "power",
      "cycle",
      "name",
    ]);
    this.initialLearningRate = num(c, "initialLearningRate", options.initialLearningRate);
    this.decaySteps = positive(c, "decaySteps", options.decaySteps);
    this.endLearningRate = num(c, "endLearningRate", options.endLearningRate, 0.0001);
    this.power = num(c, "power", options.power, 1);
    this.cycle = options.cycle ?? false;
    this.name = options.name ?? c;
  }

  /** The learning rate at `step` (the optimizer's iterations before the update). */
  override call(step: number): number {
    let s = checkStep("PolynomialDecay", step);
    let d = this.decaySteps;
    if (this.cycle) d *= s === 0 ? 1 : Math.ceil(s / this.decaySteps);
    else s = Math.min(s, d);
    const p = s / d;
    return (this.initialLearningRate - this.endLearningRate) * Math.pow(1 - p, this.power) +
      this.endLearningRate;
  }

  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): ScheduleConfig {
    return {
      initialLearningRate: this.initialLearningRate,
      decaySteps: this.decaySteps,
      endLearningRate: this.endLearningRate,
      power: this.power,
      cycle: this.cycle,
      name: this.name,
    };
  }
}

/** Options of `InverseTimeDecay`. */
export interface InverseTimeDecayOptions {
  /** The learning rate at step 0. */
  initialLearningRate: number;
  /** > 0. */
  decaySteps: number;
  /** How fast the rate falls: lr / (1 + decayRate · step / decaySteps). */
  decayRate: number;
  /** Floor step / decaySteps (default false). */
  staircase?: boolean;
  /** The name (Keras's `name`). */
  name?: string;
}

/**
 * `lr(step) = initialLearningRate / (1 + decayRate · step / decaySteps)`;
 * with `staircase`, `step / decaySteps` is floored.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const s = new tf.keras.optimizers.schedules.InverseTimeDecay({
 *   initialLearningRate: 1, decaySteps: 1, decayRate: 0.5,
 * });
 * console.log(s.call(2)); // 0.5
 * ```
 */
export class InverseTimeDecay extends LearningRateSchedule {
  /** The learning rate at step 0. */
  readonly initialLearningRate: number;
  /** Steps over which the rate decays (by `decayRate`, or to its end value). */
  readonly decaySteps: number;
  /** How fast the rate falls: lr / (1 + decayRate · step / decaySteps). */
  readonly decayRate: number;
  /** Whether the decay happens in whole steps of `decaySteps` (else continuously). */
  readonly staircase: boolean;
  /** The name (Keras's `name`). */
  readonly name: string;

  /** Creates the InverseTimeDecay schedule from its options. */
  constructor(options: InverseTimeDecayOptions) {
    super();
    const c = "InverseTimeDecay";
    checkKeys(c, options, ["initialLearningRate", "decaySteps", "decayRate", "staircase", "name"]);
    this.initialLearningRate = num(c, "initialLearningRate", options.initialLearningRate);
    this.decaySteps = positive(c, "decaySteps", options.decaySteps);
    this.decayRate = num(c, "decayRate", options.decayRate);
    this.staircase = options.staircase ?? false;
    this.name = options.name ?? c;
  }

  /** The learning rate at `step` (the optimizer's iterations before the update). */
  override call(step: number): number {
    let p = checkStep("InverseTimeDecay", step) / this.decaySteps;
    if (this.staircase) p = Math.floor(p);
    return this.initialLearningRate / (1 + this.decayRate * p);
  }

  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): ScheduleConfig {
    return {
      initialLearningRate: this.initialLearningRate,
      decaySteps: this.decaySteps,
      decayRate: this.decayRate,
      staircase: this.staircase,
      name: this.name,
    };
  }
}

/** Options of `CosineDecay`. */
export interface CosineDecayOptions {
  /** The learning rate at step 0. */
  initialLearningRate: number;
  /** > 0: steps of the cosine decay (after the warmup). */
  decaySteps: number;
  /** The final rate as a fraction of the decay's starting rate (default 0). */
  alpha?: number;
  /** The rate the linear warmup reaches; null (default) means no warmup. */
  warmupTarget?: number | null;
  /** Steps of the linear warmup (default 0). */
  warmupSteps?: number;
  /** The name (Keras's `name`). */
  name?: string;
}

/**
 * Cosine decay with an optional linear warmup. Without warmup:
 * `lr(step) = initial · ((1 - alpha) · ½(1 + cos(π s / decaySteps)) + alpha)`
 * with `s = min(step, decaySteps)`. With `warmupTarget`: for
 * `step < warmupSteps`, `lr = initial + (warmupTarget - initial) · step / warmupSteps`;
 * then the cosine decay from `warmupTarget` over `step - warmupSteps`
 * (step capped at `warmupSteps + decaySteps`).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const s = new tf.keras.optimizers.schedules.CosineDecay({
 *   initialLearningRate: 0, decaySteps: 100, warmupTarget: 0.1, warmupSteps: 10,
 * });
 * console.log(s.call(5), s.call(10), s.call(60)); // 0.05 0.1 0.05
 * ```
 */
export class CosineDecay extends LearningRateSchedule {
  /** The learning rate at step 0. */
  readonly initialLearningRate: number;
  /** Steps over which the rate decays (by `decayRate`, or to its end value). */
  readonly decaySteps: number;
  /** The lowest rate, as a fraction of the initial one. */
  readonly alpha: number;
  /** The rate reached at the end of the warm-up (null: no warm-up). */
  readonly warmupTarget: number | null;
  /** Steps of the linear warm-up. */
  readonly warmupSteps: number;
  /** The name (Keras's `name`). */
  readonly name: string;

  /** Creates the CosineDecay schedule from its options. */
  constructor(options: CosineDecayOptions) {
    super();
    const c = "CosineDecay";
    checkKeys(c, options, [
      "initialLearningRate",
      "decaySteps",
      "alpha",
      "warmupTarget",
      "warmupSteps",
      "name",
    ]);
    this.initialLearningRate = num(c, "initialLearningRate", options.initialLearningRate);
    this.decaySteps = positive(c, "decaySteps", options.decaySteps);
    this.alpha = num(c, "alpha", options.alpha, 0);
    this.warmupTarget = options.warmupTarget === undefined || options.warmupTarget === null
      ? null
      : num(c, "warmupTarget", options.warmupTarget);
    this.warmupSteps = num(c, "warmupSteps", options.warmupSteps, 0);
    if (this.warmupSteps < 0) {
      throw new RangeError(`${c}: warmupSteps must be >= 0, got ${this.warmupSteps}`);
    }
    this.name = options.name ?? c;
  }

  #decay(s: number, from: number): number {
    const cosine = 0.5 * (1 + Math.cos(Math.PI * (s / this.decaySteps)));
    return from * ((1 - this.alpha) * cosine + this.alpha);
  }

  /** The learning rate at `step` (the optimizer's iterations before the update). */
  override call(step: number): number {
    let s = checkStep("CosineDecay", step);
    if (this.warmupTarget === null) {
      return this.#decay(Math.min(s, this.decaySteps), this.initialLearningRate);
    }
    s = Math.min(s, this.decaySteps + this.warmupSteps);
    if (s < this.warmupSteps) {
      const delta = this.warmupTarget - this.initialLearningRate;
      return delta * (s / this.warmupSteps) + this.initialLearningRate;
    }
    return this.#decay(s - this.warmupSteps, this.warmupTarget);
  }

  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): ScheduleConfig {
    return {
      initialLearningRate: this.initialLearningRate,
      decaySteps: this.decaySteps,
      alpha: this.alpha,
      warmupTarget: this.warmupTarget,
      warmupSteps: this.warmupSteps,
      name: this.name,
    };
  }
}

/** Options of `CosineDecayRestarts`. */
export interface CosineDecayRestartsOptions {
  /** The learning rate at step 0. */
  initialLearningRate: number;
  /** > 0: length of the first period. */
  firstDecaySteps: number;
  /** Each period is tMul times longer than the previous (default 2). */
  tMul?: number;
  /** Each period starts mMul times lower than the previous (default 1). */
  mMul?: number;
  /** The final rate of each period as a fraction of its start (default 0). */
  alpha?: number;
  /** The name (Keras's `name`). */
  name?: string;
}

/**
 * Cosine decay with warm restarts (SGDR). With `f = step / firstDecaySteps`:
 * restart index `i = floor(f)` and `f -= i` when `tMul = 1`, else
 * `i = floor(log(1 - f(1 - tMul)) / log(tMul))` and
 * `f = (f - (1 - tMul^i) / (1 - tMul)) / tMul^i`; then
 * `lr = initial · ((1 - alpha) · mMul^i · ½(1 + cos(π f)) + alpha)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const s = new tf.keras.optimizers.schedules.CosineDecayRestarts({
 *   initialLearningRate: 1, firstDecaySteps: 10,
 * });
 * console.log(s.call(0), s.call(10)); // 1 1 (a restart)
 * ```
 */
export class CosineDecayRestarts extends LearningRateSchedule {
  /** The learning rate at step 0. */
  readonly initialLearningRate: number;
  /** Steps of the first period. */
  readonly firstDecaySteps: number;
  /** Each period's length, relative to the one before. */
  readonly tMul: number;
  /** Each period's initial rate, relative to the one before. */
  readonly mMul: number;
  /** The lowest rate, as a fraction of the initial one. */
  readonly alpha: number;
  /** The name (Keras's `name`). */
  readonly name: string;

  /** Creates the CosineDecayRestarts schedule from its options. */
  constructor(options: CosineDecayRestartsOptions) {
    super();
    const c = "CosineDecayRestarts";
    checkKeys(c, options, [
      "initialLearningRate",
      "firstDecaySteps",
      "tMul",
      "mMul",
      "alpha",
      "name",
    ]);
    this.initialLearningRate = num(c, "initialLearningRate", options.initialLearningRate);
    this.firstDecaySteps = positive(c, "firstDecaySteps", options.firstDecaySteps);
    this.tMul = positive(c, "tMul", options.tMul ?? 2);
    this.mMul = num(c, "mMul", options.mMul, 1);
    this.alpha = num(c, "alpha", options.alpha, 0);
    this.name = options.name ?? "SGDRDecay";
  }

  /** The learning rate at `step` (the optimizer's iterations before the update). */
  override call(step: number): number {
    let f = checkStep("CosineDecayRestarts", step) / this.firstDecaySteps;
    const t = this.tMul;
    let i: number;
    if (t === 1) {
      i = Math.floor(f);
      f -= i;
    } else {
      i = Math.floor(Math.log(1 - f * (1 - t)) / Math.log(t));
      const sum = (1 - Math.pow(t, i)) / (1 - t);
      f = (f - sum) / Math.pow(t, i);
    }
    const cosine = 0.5 * Math.pow(this.mMul, i) * (1 + Math.cos(Math.PI * f));
    return this.initialLearningRate * ((1 - this.alpha) * cosine + this.alpha);
  }

  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): ScheduleConfig {
    return {
      initialLearningRate: this.initialLearningRate,
      firstDecaySteps: this.firstDecaySteps,
      tMul: this.tMul,
      mMul: this.mMul,
      alpha: this.alpha,
      name: this.name,
    };
  }
}

const CLASSES = {
  ExponentialDecay,
  PiecewiseConstantDecay,
  PolynomialDecay,
  InverseTimeDecay,
  CosineDecay,
  CosineDecayRestarts,
} as const;

/**
 * `{ className, config }` of a built-in schedule, JSON-compatible (Keras's
 * `schedules.serialize`).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const s = new tf.keras.optimizers.schedules.InverseTimeDecay({
 *   initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5,
 * });
 * console.log(JSON.stringify(tf.keras.optimizers.schedules.serialize(s)));
 * ```
 */
export function serialize(schedule: LearningRateSchedule): {
  className: string;
  config: ScheduleConfig;
} {
  if (!(schedule instanceof LearningRateSchedule)) {
    throw new TypeError(
      `schedules.serialize: expected a LearningRateSchedule, got ${fmt(schedule)}`,
    );
  }
  return { className: schedule.constructor.name, config: schedule.getConfig() };
}

/**
 * Re-creates a built-in schedule from `serialize`'s output.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const { schedules } = tf.keras.optimizers;
 * const s = new schedules.PolynomialDecay({ initialLearningRate: 1, decaySteps: 10 });
 * const t = schedules.deserialize(schedules.serialize(s));
 * console.log(t.call(5) === s.call(5)); // true
 * ```
 */
export function deserialize(
  data: { className: string; config: ScheduleConfig },
): LearningRateSchedule {
  const cls = CLASSES[data?.className as keyof typeof CLASSES];
  if (cls === undefined) {
    throw new TypeError(
      `schedules.deserialize: unknown className ${fmt(data?.className)}; built-in schedules: ${
        Object.keys(CLASSES).join(", ")
      }`,
    );
  }
  // deno-lint-ignore no-explicit-any
  return new cls(data.config as any);
}
