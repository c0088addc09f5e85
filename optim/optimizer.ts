/**
 * The optimizer base class: Keras 3's `BaseOptimizer` (learning rate as a
 * number, schedule or function; `iterations`; gradient clipping; decoupled
 * weight decay; slot variables; `applyGradients`, `apply`, `minimize`) with
 * each optimizer's update as one fused kernel call per variable per step.
 *
 * One step (`applyGradients`), in Keras's order:
 * 1. Validate every pair before changing anything; `null` gradients are
 *    skipped (with a warning naming the variables), all-null is an error.
 * 2. `lr` = the learning rate at `iterations` (a schedule or function is
 *    called with `iterations`; the first step uses 0).
 * 3. Clip the gradients (at most one of):
 *    - `clipnorm`: g = g · clipnorm / max(‖g‖₂, clipnorm), per gradient;
 *    - `globalClipnorm`: g = g · min(1, globalClipnorm / ‖(g₁, …, gₖ)‖₂),
 *      NaN for every gradient when the global norm is not finite;
 *    - `clipvalue`: g = min(max(g, -clipvalue), clipvalue).
 * 4. Weight decay (`weightDecay` set, variable not excluded):
 *    w = w - w · weightDecay · lr.
 * 5. The optimizer's rule (see each subclass), then `iterations += 1`.
 *
 * Steps 3 to 5 run inside one kernel per variable (asm/src/optim.ts); the
 * norms of step 3 are one extra kernel call per step.
 *
 * On WebGPU (variables or gradients on the GPU) each update is one WGSL
 * dispatch (gpu/kernels/optim.ts) whose scalars come from the step's
 * attributes, and the norms of GPU gradients are tensor ops on the GPU whose
 * results the update kernels read there: a training loop on the GPU never
 * waits for a readback.
 *
 * NaN and infinite gradients are applied as they are, as Keras does: the
 * variables they touch become NaN or infinite. (Keras skips such steps only
 * under a `LossScaleOptimizer`.) Check the loss, or clip, to avoid them.
 *
 * @module
 */

import { Tensor } from "../tape/tensor.ts";
import { copyStorage, Variable } from "../tape/variable.ts";
import { Storage } from "../tape/storage.ts";
import { defineOp, type OpDef, runUpdate } from "../tape/op.ts";
import { capturing, effect } from "../tape/capture.ts";
import { type TensorLike, toTensor } from "../tape/convert.ts";
import { fmtShape } from "../tape/_shape.ts";
import { checkOptionKeys } from "../tape/_options.ts";
import { fill } from "../tape/ops/creation.ts";
import { add, divide, maximum, minimum, multiply, subtract } from "../tape/ops/arithmetic.ts";
import { reciprocal, sqrt, square } from "../tape/ops/unary.ts";
import { reduceSum } from "../tape/ops/reduce.ts";
import { GradientTape } from "../tape/gradient_tape.ts";
import { tidy } from "../tape/memory.ts";
import { k } from "../asm/backend.ts";
import { LearningRateSchedule, type ScheduleConfig, serialize } from "./schedules.ts";
import { Zip } from "./zip.ts";

/** A learning rate: a number, a schedule, or a function of the step (`iterations`). */
export type LearningRate = number | LearningRateSchedule | ((step: number) => number);

/** Options every optimizer accepts (Keras's base optimizer arguments, in camelCase). */
export interface OptimizerOptions {
  /** The learning rate (each optimizer has its own default). */
  learningRate?: LearningRate;
  /** Decoupled weight decay: w -= w · weightDecay · lr before each update (default none). */
  weightDecay?: number | null;
  /** Clip each gradient to this L2 norm (default none). */
  clipnorm?: number | null;
  /** Clip each gradient element to [-clipvalue, clipvalue] (default none). */
  clipvalue?: number | null;
  /** Clip all gradients together to this global L2 norm (default none). */
  globalClipnorm?: number | null;
  /** Name, used in slot variable names and error messages. */
  name?: string;
}

/** A pair for `applyGradients`: the gradient (null to skip) and its variable. */
export type GradAndVar = readonly [TensorLike | null | undefined, Variable];

/** The state `getState` returns and `setState` restores. */
export interface OptimizerState {
  /** The optimizer's class ("SGD", "Adam", ...). */
  optimizer: string;
  /** Steps taken. */
  iterations: number;
  /** The learning rate when it is a number, else null (schedules are configuration). */
  learningRate: number | null;
  /** Optimizer-wide scalars (Nadam's `uProduct`); empty for most. */
  scalars: Record<string, number>;
  /** The slot values of each variable updated so far, in first-update order (copies). */
  slots: { variable: Variable; values: Record<string, Tensor> }[];
}

/** A slot the optimizer keeps per variable: its name and initial value. */
export interface SlotSpec {
  readonly name: string;
  readonly init: number;
}

/** What a subclass's `_update` receives besides the variable, slots and gradient. */
export interface UpdateScalars {
  /** The learning rate of this step. */
  lr: number;
  /** Gradient scale from clipnorm / globalClipnorm (1 when not clipping). */
  gscale: number;
  /** clipvalue, or Infinity. */
  clip: number;
  /** weightDecay · lr for this variable, or 0. */
  wdlr: number;
  /** Bit 0 of the kernel flags: apply weight decay. */
  wd: 0 | 1;
}

const BASE_KEYS = [
  "learningRate",
  "weightDecay",
  "clipnorm",
  "clipvalue",
  "globalClipnorm",
  "name",
] as const;

function describe(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (v instanceof Variable) return `Variable '${v.name}'`;
  if (v instanceof Tensor) return `a Tensor of shape ${fmtShape(v.shape)}`;
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === "object") return (v as object).constructor?.name ?? "an object";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return String(v);
  return `${typeof v} ${String(v)}`;
}

/** Checks an optional hyperparameter: a finite number in [lo, hi] (hiOpen: < hi). */
export function hyper(
  cls: string,
  key: string,
  v: unknown,
  dflt: number,
  lo: number,
  hi = Infinity,
  hiOpen = false,
): number {
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new TypeError(`${cls}: ${key} must be a finite number, got ${describe(v)}`);
  }
  if (v < lo || v > hi || (hiOpen && v === hi)) {
    const range = hi === Infinity ? `>= ${lo}` : `in [${lo}, ${hi}${hiOpen ? ")" : "]"}`;
    throw new RangeError(`${cls}: ${key} must be ${range}, got ${v}`);
  }
  return v;
}

/** Checks a boolean option. */
export function flag(cls: string, key: string, v: unknown, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v !== "boolean") {
    throw new TypeError(`${cls}: ${key} must be true or false, got ${describe(v)}`);
  }
  return v;
}

function optionalPositive(cls: string, key: string, v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== "number" || Number.isNaN(v)) {
    throw new TypeError(`${cls}: ${key} must be a number or null, got ${describe(v)}`);
  }
  if (v < 0) {
    throw new RangeError(`${cls}: ${key} must be >= 0 (0 or null: no clipping), got ${v}`);
  }
  return v;
}

function checkLearningRate(cls: string, lr: unknown, where: string): LearningRate {
  if (typeof lr === "number") {
    if (!(lr >= 0) || lr === Infinity) {
      throw new RangeError(
        `${cls}: ${where} must be a finite number >= 0, got ${lr}; ` +
          `use a small positive value such as 0.001 (a schedule or a function of the step also works)`,
      );
    }
    return lr;
  }
  if (lr instanceof LearningRateSchedule || typeof lr === "function") {
    return lr as LearningRate;
  }
  throw new TypeError(
    `${cls}: ${where} must be a number, a LearningRateSchedule or a function of the step, ` +
      `got ${describe(lr)}`,
  );
}

/** Computes Σg² of each input into `attrs.sums` (one kernel call for all gradients). */
const sumSquaresOp: OpDef<{ sums: number[] }> = defineOp<{ sums: number[] }>({
  name: "optimizerGradientNorms",
  wasm: (c) => {
    for (let i = 0; i < c.ins.length; i++) {
      c.attrs.sums[i] = k.optim_sumsq_f32(c.pin[i], c.ins[i].size);
    }
  },
  notDifferentiable: "an optimizer's internal norm computation",
  webgpuNone: "its sums are read on the CPU at once; with gradients on the GPU, the norms and " +
    "scales are tensor ops there instead (gpuScales), read by the update kernels on the GPU",
});

/** Whether a tensor's elements live only on the GPU. */
function gpuOnly(t: Tensor): boolean {
  const s = t.storage;
  return s.gpu !== null && s.host === null && s.ptr < 0;
}

/**
 * The gradient scales of clipnorm (one per gradient) or globalClipnorm (one
 * for all) as scalar tensors computed with ops, so that gradients living on
 * the GPU are clipped there without a readback: Keras's formulas, as the
 * CPU path computes them from the kernel's sums.
 */
function gpuScales(
  gs: readonly Tensor[],
  clipnorm: number | null,
  global: number | null,
): Tensor[] {
  const sq = gs.map((g) => reduceSum(square(g)));
  if (clipnorm !== null) {
    return sq.map((s) => divide(clipnorm, maximum(sqrt(s), clipnorm)));
  }
  let total = sq[0];
  for (let i = 1; i < sq.length; i++) total = add(total, sq[i]);
  const norm = sqrt(total);
  // clip · min(1 / norm, 1 / clip) + (norm - norm): NaN unless norm is finite
  const c = global!;
  return [add(multiply(c, minimum(reciprocal(norm), 1 / c)), subtract(norm, norm))];
}

/**
 * The base class of every optimizer. Subclasses declare their slots and
 * their fused update; everything else (validation, learning rates, clipping,
 * weight decay, state) lives here.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = new tf.Variable([3, -4]);
 * const optimizer: tf.keras.optimizers.Optimizer = new tf.keras.optimizers.SGD({
 *   learningRate: 0.5,
 *   clipnorm: 1, // the gradient [3, -4] has norm 5: it is scaled to [0.6, -0.8]
 * });
 * optimizer.applyGradients([[tf.constant([3, -4]), w]]);
 * console.log(w.arraySync(), optimizer.iterations); // [2.7, -3.6] 1
 * ```
 */
export abstract class Optimizer {
  /** Name, used in slot variable names and in error messages. */
  readonly name: string;
  /** Decoupled weight decay coefficient, or null. */
  readonly weightDecay: number | null;
  /** Per-gradient L2 norm clip, or null. */
  readonly clipnorm: number | null;
  /** Elementwise clip, or null. */
  readonly clipvalue: number | null;
  /** Global L2 norm clip, or null. */
  readonly globalClipnorm: number | null;

  #lr: LearningRate;
  #iterations = 0;
  /** Slot variables of each variable, in first-update order. */
  #slots = new Map<Variable, Variable[]>();
  #warned = new Set<string>();
  #excludeIds: Set<Variable> | null = null;
  #excludePattern: RegExp | null = null;
  #excludeCache = new Map<Variable, boolean>();
  /** Reused per step. */
  #scalars: UpdateScalars = { lr: 0, gscale: 1, clip: Infinity, wdlr: 0, wd: 0 };
  #normAttrs = { sums: [] as number[] };
  /** @internal The class name used in messages ("SGD", "Adam", ...). */
  protected abstract readonly kind: string;

  /** @internal */
  constructor(
    cls: string,
    options: OptimizerOptions,
    defaultLr: number,
    defaultName: string,
    ownKeys: readonly string[],
  ) {
    checkOptionKeys(cls, options, [...BASE_KEYS, ...ownKeys], "{ learningRate: 0.001 }");
    this.#lr = checkLearningRate(cls, options.learningRate ?? defaultLr, "learningRate");
    this.weightDecay = options.weightDecay === undefined || options.weightDecay === null
      ? null
      : hyper(cls, "weightDecay", options.weightDecay, 0, 0);
    this.clipnorm = optionalPositive(cls, "clipnorm", options.clipnorm);
    this.clipvalue = optionalPositive(cls, "clipvalue", options.clipvalue);
    this.globalClipnorm = optionalPositive(cls, "globalClipnorm", options.globalClipnorm);
    const clips = [this.clipnorm, this.clipvalue, this.globalClipnorm].filter((c) => c !== null);
    if (clips.length > 1) {
      throw new RangeError(
        `${cls}: only one of clipnorm, clipvalue and globalClipnorm can be set; got clipnorm=${this.clipnorm}, ` +
          `clipvalue=${this.clipvalue}, globalClipnorm=${this.globalClipnorm}`,
      );
    }
    if (options.name !== undefined && typeof options.name !== "string") {
      throw new TypeError(`${cls}: name must be a string, got ${describe(options.name)}`);
    }
    this.name = options.name ?? defaultName;
  }

  // ------------------------------------------------------------ subclass API

  /** @internal The slots each variable gets, in order (from the configuration). */
  protected abstract slotSpecs(): readonly SlotSpec[];

  /**
   * @internal Runs the fused update of one variable: `targets` are the
   * variable's and its slots' storages (in slotSpecs order), `g` the gradient.
   */
  protected abstract _update(targets: Storage[], g: Tensor, s: UpdateScalars): void;

  /** @internal Per-step scalars that do not depend on the variable (beta powers...). */
  protected _prepare(_lr: number, _step: number): void {}

  /** @internal Optimizer-wide state (Nadam's uProduct). */
  protected _scalarState(): Record<string, number> {
    return {};
  }

  /** @internal Restores `_scalarState`'s values (already validated). */
  protected _setScalarState(_s: Record<string, number>): void {}

  /** @internal This optimizer's own options, for getConfig. */
  protected abstract _config(): Record<string, number | boolean>;

  // ------------------------------------------------------------ public API

  /** Number of steps taken (updates applied). */
  get iterations(): number {
    return this.#iterations;
  }

  /**
   * The learning rate of the next step: a schedule or function is evaluated
   * at `iterations`. Set it to a number, a schedule or a function between
   * steps.
   */
  get learningRate(): number {
    return this.#currentLr();
  }

  set learningRate(lr: LearningRate) {
    this.#lr = checkLearningRate(this.kind, lr, "learningRate");
  }

  /** The learning rate as configured: a number, a schedule or a function. */
  get learningRateSetting(): LearningRate {
    return this.#lr;
  }

  #currentLr(): number {
    const lr = this.#lr;
    if (typeof lr === "number") return lr;
    const step = this.#iterations;
    const v = lr instanceof LearningRateSchedule ? lr.call(step) : lr(step);
    if (typeof v !== "number" || !(v >= 0) || v === Infinity) {
      throw new RangeError(
        `${this.kind}: the learning rate ${
          lr instanceof LearningRateSchedule ? `schedule ${lr.constructor.name}` : "function"
        } gave ${describe(v)} at step ${step}; it must return a finite number >= 0 ` +
          `(no update was made)`,
      );
    }
    return v;
  }

  /**
   * Applies gradients to variables: `applyGradients(tf.zip(grads, variables))`
   * as in the tutorial, or any iterable of `[gradient, variable]` pairs.
   * Returns `iterations` after the step.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const w = new tf.Variable([1, 2]);
   * const optimizer = new tf.keras.optimizers.SGD({ learningRate: 0.5 });
   * optimizer.applyGradients([[tf.constant([1, 1]), w]]);
   * console.log(w.arraySync()); // [0.5, 1.5]
   * ```
   */
  applyGradients(gradsAndVars: Iterable<GradAndVar> | Zip<unknown[]>): number {
    const op = `${this.kind}.applyGradients`;
    let grads: unknown[], vars: unknown[];
    if (gradsAndVars instanceof Zip) {
      const { columns, lengths } = gradsAndVars.columns();
      if (columns.length !== 2) {
        throw new TypeError(
          `${op}: expected zip(grads, variables) of 2 iterables, got a zip of ${columns.length}`,
        );
      }
      if (lengths[0] !== lengths[1]) {
        throw new RangeError(
          `${op}: zip(grads, variables) got ${fmtLen(lengths[0])} gradients and ${
            fmtLen(lengths[1])
          } variables; they must match one to one (take the gradients of exactly these ` +
            `variables: tape.gradient(loss, variables))`,
        );
      }
      grads = columns[0];
      vars = columns[1];
    } else {
      if (
        gradsAndVars === null || typeof gradsAndVars !== "object" ||
        typeof (gradsAndVars as Iterable<unknown>)[Symbol.iterator] !== "function"
      ) {
        throw new TypeError(
          `${op}: expected tf.zip(grads, variables) or an iterable of [gradient, variable] ` +
            `pairs, got ${describe(gradsAndVars)}`,
        );
      }
      grads = [];
      vars = [];
      let i = 0;
      for (const pair of gradsAndVars as Iterable<unknown>) {
        if (!Array.isArray(pair) || pair.length !== 2) {
          throw new TypeError(
            `${op}: element ${i} is ${describe(pair)}, not a [gradient, variable] pair; ` +
              `pass tf.zip(grads, variables)`,
          );
        }
        grads.push(pair[0]);
        vars.push(pair[1]);
        i++;
      }
    }
    return this.#step(op, grads, vars);
  }

  /**
   * Keras 3's `apply(grads, variables)`: the same as
   * `applyGradients(tf.zip(grads, variables))`, with the lengths checked.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const v = new tf.Variable(1);
   * new tf.keras.optimizers.SGD({ learningRate: 0.1 }).apply([tf.constant(2)], [v]);
   * console.log(v.arraySync()); // 0.8
   * ```
   */
  apply(grads: readonly (TensorLike | null | undefined)[], variables: readonly Variable[]): number {
    const op = `${this.kind}.apply`;
    if (!Array.isArray(grads) || !Array.isArray(variables)) {
      throw new TypeError(
        `${op}: expected two arrays (grads, variables), got ${describe(grads)} and ${
          describe(variables)
        }`,
      );
    }
    if (grads.length !== variables.length) {
      throw new RangeError(
        `${op}: got ${grads.length} gradients and ${variables.length} variables; ` +
          `they must match one to one`,
      );
    }
    return this.#step(op, grads, variables);
  }

  /**
   * Computes the loss under a gradient tape, then applies the gradients of
   * `varList` (default: the trainable variables the loss read). Returns the
   * loss.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const x = new tf.Variable(3);
   * const optimizer = new tf.keras.optimizers.SGD({ learningRate: 0.25 });
   * optimizer.minimize(() => tf.square(x), [x]); // d(x²)/dx = 6
   * console.log(x.arraySync()); // 1.5
   * ```
   */
  minimize(loss: () => Tensor, varList?: readonly Variable[]): Tensor {
    if (typeof loss !== "function") {
      throw new TypeError(
        `${this.kind}.minimize: expected a function computing the loss, got ${describe(loss)}`,
      );
    }
    const tape = new GradientTape();
    let value: Tensor;
    try {
      value = tape.record(loss);
    } catch (e) {
      tape.dispose();
      throw e;
    }
    if (!(value instanceof Tensor)) {
      tape.dispose();
      throw new TypeError(
        `${this.kind}.minimize: the loss function returned ${describe(value)}, not a tensor`,
      );
    }
    const vars = varList ?? tape.watchedVariables().filter((v) => v.trainable);
    const grads = tape.gradient(value, vars as Variable[]);
    this.#step(`${this.kind}.minimize`, grads, vars as unknown[]);
    return value;
  }

  /** The optimizer's slot variables, per updated variable in first-update order. */
  variables(): Variable[] {
    const out: Variable[] = [];
    for (const slots of this.#slots.values()) out.push(...slots);
    return out;
  }

  /**
   * Creates the slots of `varList` now (Keras's `build`); otherwise they are
   * created at each variable's first update.
   */
  build(varList: readonly Variable[]): void {
    for (const v of varList) {
      this.#checkVariable(`${this.kind}.build`, v, 0);
      this.#slotsOf(v);
    }
  }

  /**
   * Excludes variables from weight decay: those in `varList`, and those whose
   * name matches any of `varNames` (regular expressions, as Keras's).
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const bias = new tf.Variable([0, 0], { name: "bias" });
   * const optimizer = new tf.keras.optimizers.AdamW();
   * optimizer.excludeFromWeightDecay({ varNames: ["bias"] });
   * ```
   */
  excludeFromWeightDecay(
    { varList, varNames }: { varList?: readonly Variable[]; varNames?: readonly string[] } = {},
  ): void {
    this.#excludeIds = varList && varList.length > 0 ? new Set(varList) : null;
    this.#excludePattern = varNames && varNames.length > 0 ? new RegExp(varNames.join("|")) : null;
    this.#excludeCache.clear();
  }

  /**
   * A copy of the full state: iterations, the numeric learning rate, and
   * every slot value.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const v = new tf.Variable([1, 2]);
   * const opt = new tf.keras.optimizers.Adam();
   * opt.applyGradients([[tf.constant([1, 1]), v]]);
   * const saved = opt.getState();
   * opt.applyGradients([[tf.constant([1, 1]), v]]);
   * opt.setState(saved); // back to one step
   * console.log(opt.iterations); // 1
   * ```
   */
  getState(): OptimizerState {
    const slots: OptimizerState["slots"] = [];
    const specs = this.slotSpecs();
    for (const [variable, vs] of this.#slots) {
      const values: Record<string, Tensor> = {};
      specs.forEach((s, i) => (values[s.name] = copyOf(vs[i])));
      slots.push({ variable, values });
    }
    return {
      optimizer: this.kind,
      iterations: this.#iterations,
      learningRate: typeof this.#lr === "number" ? this.#lr : null,
      scalars: this._scalarState(),
      slots,
    };
  }

  /**
   * Restores a state from `getState` (of an optimizer of the same class and
   * configuration). Everything is checked first: on error nothing changes.
   */
  setState(state: OptimizerState): void {
    const op = `${this.kind}.setState`;
    if (typeof state !== "object" || state === null) {
      throw new TypeError(`${op}: expected the object getState returned, got ${describe(state)}`);
    }
    if (state.optimizer !== this.kind) {
      throw new TypeError(
        `${op}: the state is of a ${describe(state.optimizer)} optimizer, this is ${this.kind}`,
      );
    }
    const it = state.iterations;
    if (typeof it !== "number" || !Number.isInteger(it) || it < 0) {
      throw new RangeError(`${op}: iterations must be an integer >= 0, got ${describe(it)}`);
    }
    if (state.learningRate !== null && state.learningRate !== undefined) {
      checkLearningRate(this.kind, state.learningRate, "state.learningRate");
    }
    const own = this._scalarState();
    const scalars = state.scalars ?? {};
    for (const key of Object.keys(own)) {
      if (typeof scalars[key] !== "number") {
        throw new TypeError(
          `${op}: state.scalars.${key} must be a number, got ${describe(scalars[key])}`,
        );
      }
    }
    const specs = this.slotSpecs();
    if (!Array.isArray(state.slots)) {
      throw new TypeError(`${op}: state.slots must be an array, got ${describe(state.slots)}`);
    }
    const seen = new Set<Variable>();
    const plan: { variable: Variable; values: Tensor[] }[] = [];
    for (const entry of state.slots) {
      const v = entry?.variable;
      if (!(v instanceof Variable)) {
        throw new TypeError(`${op}: each slot entry needs its Variable, got ${describe(v)}`);
      }
      v.assertAlive(op);
      if (seen.has(v)) {
        throw new RangeError(`${op}: variable '${v.name}' appears twice in state.slots`);
      }
      seen.add(v);
      const names = Object.keys(entry.values ?? {});
      const want = specs.map((s) => s.name);
      if (names.length !== want.length || !want.every((n) => names.includes(n))) {
        throw new RangeError(
          `${op}: variable '${v.name}' has slots [${names.join(", ")}] in the state, but this ` +
            `${this.kind} keeps [${want.join(", ")}] (the configurations differ)`,
        );
      }
      const values = want.map((n) => {
        const t = toTensor(op, entry.values[n] as TensorLike, "float32");
        if (t.dtype !== "float32" || !sameShape(t.shape, v.shape)) {
          throw new RangeError(
            `${op}: slot "${n}" of variable '${v.name}' is ${t.dtype} ${
              fmtShape(t.shape)
            }, but the variable is ${v.dtype} ${fmtShape(v.shape)}`,
          );
        }
        return t;
      });
      plan.push({ variable: v, values });
    }
    // Validated: apply.
    this.#iterations = it;
    if (typeof state.learningRate === "number") this.#lr = state.learningRate;
    if (Object.keys(own).length > 0) this._setScalarState(scalars);
    const old = this.#slots;
    this.#slots = new Map();
    for (const { variable, values } of plan) {
      const vs = old.get(variable) ?? this.#makeSlots(variable);
      vs.forEach((s, i) => s.assign(values[i]));
      this.#slots.set(variable, vs);
    }
  }

  /**
   * The configuration (Keras's `get_config`, camelCase): the options that
   * re-create this optimizer, without its state.
   */
  getConfig(): Record<string, unknown> {
    const lr = this.#lr;
    return {
      name: this.name,
      learningRate: typeof lr === "number"
        ? lr
        : lr instanceof LearningRateSchedule
        ? serialize(lr) as unknown as ScheduleConfig
        : lr,
      weightDecay: this.weightDecay,
      clipnorm: this.clipnorm,
      globalClipnorm: this.globalClipnorm,
      clipvalue: this.clipvalue,
      ...this._config(),
    };
  }

  // ------------------------------------------------------------ the step

  #checkVariable(op: string, v: unknown, i: number): Variable {
    if (!(v instanceof Variable)) {
      throw new TypeError(
        `${op}: pair ${i}: the target is ${describe(v)}, not a tf.Variable; optimizers update ` +
          `variables in place: create it with new tf.Variable(initialValue)`,
      );
    }
    if (v.disposed) v.assertAlive(op);
    if (!v.trainable) {
      throw new TypeError(
        `${op}: variable '${v.name}' ${
          fmtShape(v.shape)
        } is not trainable (trainable: false); optimizers update only trainable variables: ` +
          `leave it out of the list, or set variable.trainable = true`,
      );
    }
    if (v.dtype !== "float32") {
      throw new TypeError(
        `${op}: variable '${v.name}' is ${v.dtype}; optimizers update float32 variables only`,
      );
    }
    return v;
  }

  #step(op: string, grads: readonly unknown[], vars: readonly unknown[]): number {
    if (!capturing()) return this.#stepNow(op, grads, vars);
    // Inside tf.function: the step is an effect, run again at every replay
    // with that replay's gradients.
    const at: number[] = [];
    const ts: Tensor[] = [];
    grads.forEach((g, i) => {
      if (g instanceof Tensor) {
        at.push(i);
        ts.push(g);
      }
    });
    let result = this.#iterations;
    // A replay hands the same views (fixed blocks of the plan) every time: the
    // pairs validated at the first run stay valid while those views, and the
    // variables' liveness and trainability, do not change. Then only the
    // update runs (no per-step validation).
    let seen: Tensor[] | null = null;
    let checked: { gs: Tensor[]; vs: Variable[]; skipped: string[] | null } | null = null;
    effect(ts, (views) => {
      if (checked !== null && seen !== null && sameViews(seen, views) && stillValid(checked.vs)) {
        result = this.#apply(checked.gs, checked.vs, checked.skipped);
        return;
      }
      const gs = grads.slice();
      at.forEach((j, k) => (gs[j] = views[k]));
      checked = this.#validate(op, gs, vars);
      seen = views.slice();
      result = checked.vs.length === 0
        ? this.#iterations
        : this.#apply(checked.gs, checked.vs, checked.skipped);
    });
    return result;
  }

  #stepNow(op: string, grads: readonly unknown[], vars: readonly unknown[]): number {
    if (vars.length === 0) return this.#iterations; // Keras: an empty list is a no-op.
    const { gs, vs, skipped } = this.#validate(op, grads, vars);
    return this.#apply(gs, vs, skipped);
  }

  /** Step 1: validates every pair before anything changes (throws on a bad one). */
  #validate(
    op: string,
    grads: readonly unknown[],
    vars: readonly unknown[],
  ): { gs: Tensor[]; vs: Variable[]; skipped: string[] | null } {
    const n = vars.length;
    if (n === 0) return { gs: [], vs: [], skipped: null };
    const gs: Tensor[] = [];
    const vs: Variable[] = [];
    let skipped: string[] | null = null;
    for (let i = 0; i < n; i++) {
      const v = this.#checkVariable(op, vars[i], i);
      const g0 = grads[i];
      if (g0 === null || g0 === undefined) {
        (skipped ??= []).push(v.name);
        continue;
      }
      let g: Tensor;
      if (g0 instanceof Tensor) {
        if (g0.disposed) g0.assertAlive(op);
        g = g0;
      } else {
        try {
          g = toTensor(op, g0 as TensorLike, "float32");
        } catch (e) {
          throw new TypeError(
            `${op}: the gradient of variable '${v.name}' is ${describe(g0)}, not a tensor ` +
              `(${(e as Error).message})`,
          );
        }
      }
      if (g.dtype !== "float32") {
        throw new TypeError(
          `${op}: the gradient of variable '${v.name}' is ${g.dtype}, the variable float32; ` +
            `tf.cast the gradient to float32`,
        );
      }
      if (!sameShape(g.shape, v.shape)) {
        throw new RangeError(
          `${op}: the gradient of variable '${v.name}' has shape ${fmtShape(g.shape)}, but the ` +
            `variable has shape ${fmtShape(v.shape)}; pass each variable's own gradient ` +
            `(tape.gradient(loss, variables) returns them in order)`,
        );
      }
      for (let j = 0; j < vs.length; j++) {
        if (vs[j] === v) {
          throw new RangeError(
            `${op}: variable '${v.name}' appears twice; sum its gradients and pass it once`,
          );
        }
      }
      gs.push(g);
      vs.push(v);
    }
    if (gs.length === 0) {
      throw new TypeError(
        `${op}: no gradients provided for any variable (all ${n} are null: ${
          skipped!.map((s) => `'${s}'`).join(", ")
        }); the loss does not depend on them: compute it from the variables inside the tape`,
      );
    }
    return { gs, vs, skipped };
  }

  /** Steps 2 and 3 on validated pairs: clipping norms, then one kernel per variable. */
  #apply(gs: Tensor[], vs: Variable[], skipped: string[] | null): number {
    const lr = this.#currentLr();
    const s = this.#scalars;
    s.lr = lr;
    s.clip = this.clipvalue !== null && this.clipvalue > 0 ? this.clipvalue : Infinity;

    // 2. Norms for clipnorm / globalClipnorm (reads only).
    let scales: number[] | null = null;
    let gscale = 1;
    const byNorm = this.clipnorm !== null && this.clipnorm > 0;
    const byGlobal = this.globalClipnorm !== null && this.globalClipnorm > 0;
    // With a gradient on the GPU, the scales are tensors there (no readback).
    let scaleTs: Tensor[] | null = null;
    if ((byNorm || byGlobal) && gs.some(gpuOnly)) {
      const [cn, gn] = [byNorm ? this.clipnorm : null, byNorm ? null : this.globalClipnorm];
      scaleTs = tidy(() => gpuScales(gs, cn, gn));
    } else if (byNorm || byGlobal) {
      const sums = this.#normAttrs.sums;
      sums.length = gs.length;
      runUpdate(sumSquaresOp, [], gs, this.#normAttrs);
      if (byNorm) {
        const c = this.clipnorm!;
        scales = sums.map((sq) => c / Math.max(Math.sqrt(sq), c));
      } else {
        let total = 0;
        for (const sq of sums) total += sq;
        const norm = Math.sqrt(total);
        const c = this.globalClipnorm!;
        // Keras: clip · min(1 / norm, 1 / clip) + (norm - norm): NaN unless norm is finite.
        gscale = c * Math.min(1 / norm, 1 / c) + (norm - norm);
      }
    }

    // 3. Update: per-step scalars, then one kernel per variable.
    this._prepare(lr, this.#iterations);
    const decay = this.weightDecay !== null;
    for (let i = 0; i < gs.length; i++) {
      const v = vs[i];
      const slots = this.#slotsOf(v);
      if (v.size === 0) continue;
      s.gscale = scales === null ? gscale : scales[i];
      if (scaleTs !== null) {
        // a scale on the CPU side is read now; one on the GPU is the update's input
        const st = scaleTs[scaleTs.length === 1 ? 0 : i];
        if (gpuOnly(st)) {
          s.gscale = 1;
          gpuScale = st;
        } else s.gscale = st.dataSync()[0];
      }
      const useWd = decay && this.#usesWeightDecay(v);
      s.wd = useWd ? 1 : 0;
      s.wdlr = useWd ? this.weightDecay! * lr : 0;
      const targets = this.#targets;
      targets.length = slots.length + 1;
      targets[0] = v.ownStorage();
      for (let j = 0; j < slots.length; j++) targets[j + 1] = slots[j].ownStorage();
      try {
        this._update(targets, gs[i], s);
      } finally {
        gpuScale = null;
      }
    }
    for (const t of scaleTs ?? []) t.dispose();
    this.#iterations++;
    if (skipped !== null) this.#warnSkipped(skipped);
    return this.#iterations;
  }

  #targets: Storage[] = [];

  #slotsOf(v: Variable): Variable[] {
    let slots = this.#slots.get(v);
    if (slots === undefined) {
      slots = this.#makeSlots(v);
      this.#slots.set(v, slots);
    }
    return slots;
  }

  #makeSlots(v: Variable): Variable[] {
    return this.slotSpecs().map((s) =>
      new Variable(fill(v.shape, s.init), {
        trainable: false,
        name: `${this.name}/${v.name.replaceAll("/", "_")}_${s.name}`,
      })
    );
  }

  #usesWeightDecay(v: Variable): boolean {
    let use = this.#excludeCache.get(v);
    if (use === undefined) {
      use = !(this.#excludeIds?.has(v) || this.#excludePattern?.test(v.name));
      this.#excludeCache.set(v, use);
    }
    return use;
  }

  #warnSkipped(names: string[]): void {
    const key = names.join("\u0000");
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(
      `${this.kind}: gradients do not exist for variables [${
        names.map((s) => `'${s}'`).join(", ")
      }] when minimizing the loss; they were not updated (this warning is shown once)`,
    );
  }
}

function fmtLen(n: number): string {
  return n < 0 ? "more" : String(n);
}

/** Whether a replay hands the same tensors as when its pairs were validated. */
function sameViews(a: readonly Tensor[], b: readonly Tensor[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] || b[i].disposed) return false;
  return true;
}

/** Whether validated variables are still alive and trainable (what users may change). */
function stillValid(vs: readonly Variable[]): boolean {
  for (const v of vs) if (v.disposed || !v.trainable) return false;
  return true;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A copy of a variable's value, wherever it lives (on the GPU: a GPU copy). */
function copyOf(v: Variable): Tensor {
  const t = new Tensor(v.shape, v.dtype, new Storage(v.dtype, v.size), v.size);
  copyStorage("getState", t.storage, v.storage);
  return t;
}

/**
 * The gradient scale of the update being run, when it lives on the GPU
 * (clipnorm / globalClipnorm of GPU gradients): the update's second input,
 * multiplied into the gradient by the WebGPU kernel.
 */
let gpuScale: Tensor | null = null;

/** Runs an update kernel (the subclasses' `_update` helper). */
export function update<A>(def: OpDef<A>, targets: Storage[], g: Tensor, attrs: A): void {
  ins[0] = g;
  ins.length = 1;
  if (gpuScale !== null) ins.push(gpuScale);
  runUpdate(def, targets, ins, attrs);
}
const ins: Tensor[] = [];

/**
 * @internal The options of an optimizer's constructor: an options object, or
 * a learning rate alone (`new SGD(0.001)`, like Keras's positional argument).
 */
export function optionsOf<T extends OptimizerOptions>(
  options: T | LearningRate | undefined,
): T {
  if (options === undefined) return {} as T;
  if (
    typeof options === "number" || typeof options === "function" ||
    options instanceof LearningRateSchedule
  ) {
    return { learningRate: options } as T;
  }
  return options;
}

/** @internal Marks an update kernel: in-place, never recorded on tapes. */
export const IN_PLACE = "an optimizer's in-place update: not differentiable";
