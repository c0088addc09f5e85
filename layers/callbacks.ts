/**
 * `tf.keras.callbacks`: hooks that `fit`, `evaluate` and `predict` call,
 * with Keras's names in camelCase: `onTrainBegin(logs)`, `onTrainEnd(logs)`,
 * `onEpochBegin(epoch, logs)`, `onEpochEnd(epoch, logs)`,
 * `onTrainBatchBegin(batch, logs)`, `onTrainBatchEnd(batch, logs)`,
 * `onTestBegin/End(logs)`, `onTestBatchBegin/End(batch, logs)`,
 * `onPredictBegin/End(logs)`, `onPredictBatchBegin/End(batch, logs)`.
 * Epochs and batches count from 0; `logs` maps names ("loss", "accuracy",
 * "val_loss", ...) to numbers, as in Keras.
 *
 * A callback is a `Callback` subclass or any object with some of these
 * methods; a hook may return a Promise, which `fit` and `evaluate` await.
 * The built-ins: History, ProgbarLogger, EarlyStopping, ModelCheckpoint,
 * ReduceLROnPlateau, LearningRateScheduler, CSVLogger, LambdaCallback,
 * TerminateOnNaN.
 *
 * Order, as Keras 3: the user's callbacks in the order given, then History,
 * then the progress bar (so that values a callback adds to the epoch's logs,
 * such as `learning_rate`, show in History and on the bar).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const stop = new tf.keras.callbacks.EarlyStopping({ monitor: "val_loss", patience: 3, restoreBestWeights: true });
 * const printer = { onEpochEnd(epoch: number, logs: tf.keras.callbacks.Logs) { console.log(epoch, logs.loss); } };
 * // await model.fit(x, y, { epochs: 100, validationSplit: 0.2, callbacks: [stop, printer] });
 * ```
 *
 * @module
 */

import { historySvg, historyText } from "./history_plot.ts";
import type { ModelLike } from "./_model.ts";
import { compiledOf, getWeightValues, modelName, setWeightValues } from "./_model.ts";
import { Progbar, writeStderr } from "./progbar.ts";
import { describe } from "./_util.ts";
import { saveWeights } from "./safetensors.ts";
import type { TypedArray } from "../tape/dtype.ts";

/** Names to numbers: "loss", "accuracy", "val_loss", ... */
export type Logs = Record<string, number>;

/** What `fit` tells callbacks (`this.params`). */
export interface CallbackParams {
  /** Epochs fit runs to (the `epochs` option). */
  epochs: number;
  /** Steps per epoch (or per evaluate/predict run), null when unknown. */
  steps: number | null;
  /** The verbosity in effect (0, 1 or 2). */
  verbose: number;
}

/** The hooks a callback may have. */
export interface CallbackHooks {
  /** Called when fit starts. */
  onTrainBegin?(logs: Logs): void | Promise<void>;
  /** Called when fit ends. */
  onTrainEnd?(logs: Logs): void | Promise<void>;
  /** Called when an epoch starts (epochs count from 0). */
  onEpochBegin?(epoch: number, logs: Logs): void | Promise<void>;
  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  onEpochEnd?(epoch: number, logs: Logs): void | Promise<void>;
  /** Called before each training batch. */
  onTrainBatchBegin?(batch: number, logs: Logs): void | Promise<void>;
  /** Called after each training batch, with the running logs. */
  onTrainBatchEnd?(batch: number, logs: Logs): void | Promise<void>;
  /** Called when evaluate (or fit's validation) starts. */
  onTestBegin?(logs: Logs): void | Promise<void>;
  /** Called when evaluate ends, with its logs. */
  onTestEnd?(logs: Logs): void | Promise<void>;
  /** Called before each evaluation batch. */
  onTestBatchBegin?(batch: number, logs: Logs): void | Promise<void>;
  /** Called after each evaluation batch. */
  onTestBatchEnd?(batch: number, logs: Logs): void | Promise<void>;
  /** Called when predict starts. */
  onPredictBegin?(logs: Logs): void | Promise<void>;
  /** Called when predict ends. */
  onPredictEnd?(logs: Logs): void | Promise<void>;
  /** Called before each prediction batch. */
  onPredictBatchBegin?(batch: number, logs: Logs): void | Promise<void>;
  /** Called after each prediction batch. */
  onPredictBatchEnd?(batch: number, logs: Logs): void | Promise<void>;
  /** Receives the model before the first hook. */
  setModel?(model: ModelLike): void;
  /** Receives fit's parameters before the first hook. */
  setParams?(params: CallbackParams): void;
}

/**
 * The names of the hooks.
 *
 * @internal
 */
export const HOOKS = [
  "onTrainBegin",
  "onTrainEnd",
  "onEpochBegin",
  "onEpochEnd",
  "onTrainBatchBegin",
  "onTrainBatchEnd",
  "onTestBegin",
  "onTestEnd",
  "onTestBatchBegin",
  "onTestBatchEnd",
  "onPredictBegin",
  "onPredictEnd",
  "onPredictBatchBegin",
  "onPredictBatchEnd",
] as const;

/** A hook's name. */
export type HookName = typeof HOOKS[number];

/**
 * The base class of callbacks: every hook does nothing; override those you
 * need. `this.model` and `this.params` are set before the first hook.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * class Losses extends tf.keras.callbacks.Callback {
 *   values: number[] = [];
 *   override onTrainBatchEnd(_batch: number, logs: tf.keras.callbacks.Logs) {
 *     this.values.push(logs.loss);
 *   }
 * }
 * ```
 */
export class Callback implements CallbackHooks {
  /** The model being trained, set by fit. */
  model: ModelLike | null = null;
  /** fit's parameters. */
  params: CallbackParams = { epochs: 0, steps: null, verbose: 0 };

  setModel(model: ModelLike): void {
    this.model = model;
  }
  setParams(params: CallbackParams): void {
    this.params = params;
  }
  /** Called when fit starts. */
  onTrainBegin(_logs: Logs): void | Promise<void> {}
  /** Called when fit ends. */
  onTrainEnd(_logs: Logs): void | Promise<void> {}
  /** Called when an epoch starts (epochs count from 0). */
  onEpochBegin(_epoch: number, _logs: Logs): void | Promise<void> {}
  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  onEpochEnd(_epoch: number, _logs: Logs): void | Promise<void> {}
  /** Called before each training batch. */
  onTrainBatchBegin(_batch: number, _logs: Logs): void | Promise<void> {}
  /** Called after each training batch, with the running logs. */
  onTrainBatchEnd(_batch: number, _logs: Logs): void | Promise<void> {}
  /** Called when evaluate (or fit's validation) starts. */
  onTestBegin(_logs: Logs): void | Promise<void> {}
  /** Called when evaluate ends, with its logs. */
  onTestEnd(_logs: Logs): void | Promise<void> {}
  /** Called before each evaluation batch. */
  onTestBatchBegin(_batch: number, _logs: Logs): void | Promise<void> {}
  /** Called after each evaluation batch. */
  onTestBatchEnd(_batch: number, _logs: Logs): void | Promise<void> {}
  /** Called when predict starts. */
  onPredictBegin(_logs: Logs): void | Promise<void> {}
  /** Called when predict ends. */
  onPredictEnd(_logs: Logs): void | Promise<void> {}
  /** Called before each prediction batch. */
  onPredictBatchBegin(_batch: number, _logs: Logs): void | Promise<void> {}
  /** Called after each prediction batch. */
  onPredictBatchEnd(_batch: number, _logs: Logs): void | Promise<void> {}

  /** The model, or an error naming the callback when it runs outside fit. */
  protected requireModel(): ModelLike {
    if (this.model === null) {
      throw new Error(`${this.constructor.name}: no model; pass the callback to fit`);
    }
    return this.model;
  }
}

/** Prints a callback's message (stderr, where the progress bar goes). */
function say(text: string): void {
  writeStderr(text.endsWith("\n") ? text : text + "\n");
}

/**
 * Records each epoch's logs: `history[name]` lists the values per epoch,
 * `epoch` the epoch numbers. `fit` returns it.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const h = new tf.keras.callbacks.History();
 * h.onTrainBegin();
 * h.onEpochEnd(0, { loss: 0.5 });
 * console.log(h.history.loss, h.epoch); // [0.5] [0]
 * ```
 */
export class History extends Callback {
  /** Values per log name, one per epoch. */
  history: Record<string, number[]> = {};
  /** The epochs recorded. */
  epoch: number[] = [];

  /** Called when fit starts. */
  override onTrainBegin(_logs?: Logs): void {
    this.epoch = [];
  }

  /**
   * Deno's Jupyter kernel shows a History as its loss and metric curves
   * (SVG, validation curves dashed), and the last values as text.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const h = new tf.keras.callbacks.History();
   * h.onEpochEnd(0, { loss: 0.5, val_loss: 0.6 });
   * h.onEpochEnd(1, { loss: 0.3, val_loss: 0.4 });
   * // (the kernel calls this method; TypeScript types a Symbol.for key as any symbol)
   * const show = (h as unknown as Record<symbol, () => Record<string, string>>)[
   *   Symbol.for("Jupyter.display")
   * ];
   * console.log(show.call(h)["image/svg+xml"].startsWith("<svg")); // true
   * ```
   */
  [Symbol.for("Jupyter.display")](): Record<string, string> {
    return { "image/svg+xml": historySvg(this), "text/plain": historyText(this) };
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(epoch: number, logs: Logs): void {
    this.epoch.push(epoch);
    for (const [k, v] of Object.entries(logs)) (this.history[k] ??= []).push(v);
    if (this.model !== null) (this.model as { history?: History }).history = this;
  }
}

/** Options of `ProgbarLogger`. */
export interface ProgbarLoggerOptions {
  /** Passed to each Progbar (tests give `write` and `dynamic`). */
  progbar?: { dynamic?: boolean; write?: (text: string) => void; now?: () => number };
}

/**
 * The progress bar of fit, evaluate and predict (added by them when
 * `verbose` is 1 or 2).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const model = new tf.keras.Sequential([new tf.keras.layers.Dense(1)]);
 * model.compile({ optimizer: "sgd", loss: "mse" });
 * // verbose: 1 adds it; passing one makes fit use it (verbose 0 here: no bar of its own)
 * await model.fit(tf.ones([4, 2]), tf.ones([4, 1]), { epochs: 1, verbose: 0, callbacks: [new tf.keras.callbacks.ProgbarLogger()] });
 * ```
 */
export class ProgbarLogger extends Callback {
  #bar: Progbar | null = null;
  #seen = 0;
  #inFit = false;
  #epochs = 0;
  #options: ProgbarLoggerOptions;

  /** Creates the ProgbarLogger callback from its options. */
  constructor(options: ProgbarLoggerOptions = {}) {
    super();
    this.#options = options;
  }

  #write(text: string): void {
    (this.#options.progbar?.write ?? writeStderr)(text);
  }

  #newBar(): void {
    const v = this.params.verbose;
    this.#seen = 0;
    this.#bar = v === 0 ? null : new Progbar(this.params.steps, {
      verbose: v === 2 ? 2 : 1,
      ...this.#options.progbar,
    });
  }

  #finish(logs: Logs): void {
    if (this.#bar === null) return;
    if (this.#bar.target === null) this.#bar.target = this.#seen;
    this.#bar.update(this.#bar.target, Object.entries(logs), true);
    this.#bar = null;
  }

  /** Called when fit starts. */
  override onTrainBegin(): void {
    this.#inFit = true;
    this.#epochs = this.params.epochs;
  }
  /** Called when fit ends. */
  override onTrainEnd(): void {
    this.#inFit = false;
  }
  /** Called when an epoch starts (epochs count from 0). */
  override onEpochBegin(epoch: number): void {
    if (this.params.verbose > 0 && this.#epochs > 1) {
      this.#write(`Epoch ${epoch + 1}/${this.#epochs}\n`);
    }
    this.#newBar();
  }
  /** Called after each training batch, with the running logs. */
  override onTrainBatchEnd(batch: number, logs: Logs): void {
    this.#seen = batch + 1;
    if (this.params.verbose === 1) this.#bar?.update(this.#seen, Object.entries(logs), false);
  }
  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(_epoch: number, logs: Logs): void {
    this.#finish(logs);
  }
  /** Called when evaluate (or fit's validation) starts. */
  override onTestBegin(): void {
    if (!this.#inFit) this.#newBar();
  }
  /** Called after each evaluation batch. */
  override onTestBatchEnd(batch: number, logs: Logs): void {
    if (this.#inFit) return;
    this.#seen = batch + 1;
    if (this.params.verbose === 1) this.#bar?.update(this.#seen, Object.entries(logs), false);
  }
  /** Called when evaluate ends, with its logs. */
  override onTestEnd(logs: Logs): void {
    if (!this.#inFit) this.#finish(logs);
  }
  /** Called when predict starts. */
  override onPredictBegin(): void {
    this.#newBar();
  }
  /** Called after each prediction batch. */
  override onPredictBatchEnd(batch: number): void {
    this.#seen = batch + 1;
    if (this.params.verbose === 1) this.#bar?.update(this.#seen, [], false);
  }
  /** Called when predict ends. */
  override onPredictEnd(): void {
    this.#finish({});
  }
}

/**
 * @internal The callbacks of one fit/evaluate/predict call, in Keras's
 * order, with the model and parameters set. A hook's Promise is returned
 * (all of them together) so that async callers can await it.
 */
export class CallbackList {
  readonly callbacks: CallbackHooks[];
  readonly history: History | null;

  constructor(
    op: string,
    given: readonly unknown[] | undefined,
    model: ModelLike,
    params: CallbackParams,
    { addHistory = false, addProgbar = false } = {},
  ) {
    if (given !== undefined && !Array.isArray(given)) {
      throw new TypeError(`${op}: callbacks must be an array of callbacks, got ${describe(given)}`);
    }
    const list: CallbackHooks[] = [];
    let history: History | null = null;
    let progbar: ProgbarLogger | null = null;
    (given ?? []).forEach((cb, i) => {
      if (typeof cb !== "object" || cb === null) {
        throw new TypeError(
          `${op}: callbacks[${i}] is ${describe(cb)}; pass Callback objects or objects with hook ` +
            `methods such as onEpochEnd(epoch, logs)`,
        );
      }
      const hooks = cb as Record<string, unknown>;
      const known = HOOKS.filter((h) => typeof hooks[h] === "function");
      if (!(cb instanceof Callback) && known.length === 0) {
        const snake = Object.keys(hooks).filter((k) => /^on_/.test(k));
        throw new TypeError(
          `${op}: callbacks[${i}] has no hook method (${HOOKS.slice(0, 4).join(", ")}, ...)` +
            (snake.length > 0
              ? `; hooks are camelCase: ${snake[0]} is spelled ${camel(snake[0])}`
              : ""),
        );
      }
      if (cb instanceof History) history = cb;
      if (cb instanceof ProgbarLogger) progbar = cb;
      list.push(cb as CallbackHooks);
    });
    if (addHistory && history === null) list.push(history = new History());
    if (addProgbar && params.verbose > 0 && progbar === null) list.push(new ProgbarLogger());
    for (const cb of list) {
      cb.setModel?.(model);
      cb.setParams?.(params);
    }
    this.callbacks = list;
    this.history = history;
  }

  /** Calls `hook` on every callback; returns a Promise if any hook returned one. */
  call(hook: HookName, ...args: unknown[]): Promise<unknown> | undefined {
    let pending: Promise<unknown>[] | null = null;
    for (const cb of this.callbacks) {
      const f = (cb as Record<string, unknown>)[hook];
      if (typeof f !== "function") continue;
      const r = f.apply(cb, args);
      if (r instanceof Promise) (pending ??= []).push(r);
    }
    return pending === null ? undefined : Promise.all(pending);
  }
}

function camel(s: string): string {
  return s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

// ---------------------------------------------------------------- monitors

type Mode = "auto" | "min" | "max";

function checkMode(cls: string, mode: unknown): Mode {
  const m = mode ?? "auto";
  if (m !== "auto" && m !== "min" && m !== "max") {
    throw new RangeError(`${cls}: mode must be "auto", "min" or "max", got ${describe(mode)}`);
  }
  return m;
}

/**
 * Whether larger values of `monitor` are better: Keras 3's rule for mode
 * "auto" (a loss is minimised; a compiled metric knows its direction),
 * with Keras 2's fallback on the name ("acc", "auc": maximised).
 */
function higherIsBetter(
  cls: string,
  monitor: string,
  mode: Mode,
  model: ModelLike | null,
): boolean {
  if (mode === "min") return false;
  if (mode === "max") return true;
  const name = monitor.startsWith("val_") ? monitor.slice(4) : monitor;
  if (name === "loss" || name.endsWith("_loss")) return false;
  const c = model === null ? undefined : compiledOf(model);
  const m = c?.metrics?.find((x) => x.name === name);
  if (m?.direction) return m.direction === "up";
  if (/acc|auc/.test(name)) return true;
  if (/error|crossentropy|^mse$|^mae$/.test(name)) return false;
  throw new RangeError(
    `${cls}: cannot tell whether "${monitor}" should be maximized or minimized; ` +
      `pass mode: "max" or mode: "min"`,
  );
}

function checkMonitor(cls: string, v: unknown, dflt: string): string {
  const m = v ?? dflt;
  if (typeof m !== "string" || m.length === 0) {
    throw new TypeError(
      `${cls}: monitor must be a log name such as "val_loss", got ${describe(v)}`,
    );
  }
  return m;
}

function nonNegative(cls: string, key: string, v: unknown, dflt: number, integer = false): number {
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !(v >= 0) || (integer && !Number.isInteger(v))) {
    throw new RangeError(
      `${cls}: ${key} must be ${integer ? "an integer" : "a number"} >= 0, got ${describe(v)}`,
    );
  }
  return v;
}

function checkKeys(cls: string, options: object, allowed: readonly string[]): void {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`${cls}: expected an options object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      const c = camel(key);
      throw new TypeError(
        `${cls}: unknown option "${key}"` +
          (c !== key && allowed.includes(c) ? ` (did you mean "${c}"?)` : "") +
          `; accepted: ${allowed.join(", ")}`,
      );
    }
  }
}

const warnedMissing = new WeakMap<object, Set<string>>();

function warnMissing(cb: object, cls: string, monitor: string, logs: Logs): void {
  const seen = warnedMissing.get(cb) ?? new Set<string>();
  warnedMissing.set(cb, seen);
  if (seen.has(monitor)) return;
  seen.add(monitor);
  console.warn(
    `${cls}: the monitored value "${monitor}" is not in the logs (available: ${
      Object.keys(logs).join(", ") || "none"
    }); skipping` +
      (monitor.startsWith("val_") ? " (validation needs validationData or validationSplit)" : ""),
  );
}

// ---------------------------------------------------------------- EarlyStopping

/** Options of `EarlyStopping`. */
export interface EarlyStoppingOptions {
  /** The log value watched (default "val_loss"). */
  monitor?: string;
  /** The smallest change that counts as an improvement (default 0). */
  minDelta?: number;
  /** Epochs without improvement before stopping (default 0). */
  patience?: number;
  /** 1: say when stopping and restoring. */
  verbose?: number;
  /** "auto" (default), "min" or "max". */
  mode?: Mode;
  /** A value the monitor must beat before patience restarts. */
  baseline?: number | null;
  /** Restore the weights of the best epoch at the end (default false). */
  restoreBestWeights?: boolean;
  /** Epochs to wait before watching (default 0). */
  startFromEpoch?: number;
}

/**
 * Stops training when the monitored value has not improved for `patience`
 * epochs (Keras 3's rules), optionally restoring the best epoch's weights.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const cb = new tf.keras.callbacks.EarlyStopping({ monitor: "loss", patience: 2, restoreBestWeights: true });
 * ```
 */
export class EarlyStopping extends Callback {
  /** The log watched ("val_loss", "loss", a metric). */
  readonly monitor: string;
  /** The smallest change that counts as an improvement. */
  readonly minDelta: number;
  /** Epochs without improvement before acting. */
  readonly patience: number;
  /** 0: silent; 1: print what is done. */
  readonly verbose: number;
  /** How the monitored value improves: "min", "max" or "auto". */
  readonly mode: Mode;
  /** A value the monitored one must beat (null: none). */
  readonly baseline: number | null;
  /** Whether the best epoch's weights are restored at the end. */
  readonly restoreBestWeights: boolean;
  /** Epochs of warm-up before monitoring starts. */
  readonly startFromEpoch: number;
  /** Epochs since the last improvement. */
  wait = 0;
  /** The epoch at which training stopped (0 if it did not). */
  stoppedEpoch = 0;
  /** The best value seen, or null. */
  best: number | null = null;
  /** The epoch of the best value. */
  bestEpoch = 0;
  #bestWeights: TypedArray[] | null = null;
  /** Whether larger is better; decided at the first epoch's end, once metrics are known. */
  #higher: boolean | null = null;

  /** Creates the EarlyStopping callback from its options. */
  constructor(options: EarlyStoppingOptions = {}) {
    super();
    const cls = "EarlyStopping";
    checkKeys(cls, options, [
      "monitor",
      "minDelta",
      "patience",
      "verbose",
      "mode",
      "baseline",
      "restoreBestWeights",
      "startFromEpoch",
    ]);
    this.monitor = checkMonitor(cls, options.monitor, "val_loss");
    this.minDelta = Math.abs(nonNegative(cls, "minDelta", options.minDelta, 0));
    this.patience = nonNegative(cls, "patience", options.patience, 0, true);
    this.verbose = options.verbose ?? 0;
    this.mode = checkMode(cls, options.mode);
    this.baseline = options.baseline ?? null;
    this.restoreBestWeights = options.restoreBestWeights ?? false;
    this.startFromEpoch = nonNegative(cls, "startFromEpoch", options.startFromEpoch, 0, true);
  }

  #improves(v: number, ref: number | null): boolean {
    if (ref === null) return true;
    return this.#higher ? v - this.minDelta > ref : v + this.minDelta < ref;
  }

  /** Called when fit starts. */
  override onTrainBegin(): void {
    this.wait = 0;
    this.stoppedEpoch = 0;
    this.best = null;
    this.bestEpoch = 0;
    this.#bestWeights = null;
    this.#higher = null;
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(epoch: number, logs: Logs): void {
    const current = logs[this.monitor];
    if (current === undefined) {
      warnMissing(this, "EarlyStopping", this.monitor, logs);
      return;
    }
    if (epoch < this.startFromEpoch) return;
    const model = this.requireModel();
    this.#higher ??= higherIsBetter("EarlyStopping", this.monitor, this.mode, model);
    if (this.restoreBestWeights && this.#bestWeights === null) {
      // Until something improves, the current weights are the best.
      this.#bestWeights = getWeightValues(model);
      this.bestEpoch = epoch;
    }
    this.wait++;
    if (this.#improves(current, this.best)) {
      this.best = current;
      this.bestEpoch = epoch;
      if (this.restoreBestWeights) this.#bestWeights = getWeightValues(model);
      if (this.baseline === null || this.#improves(current, this.baseline)) this.wait = 0;
      return;
    }
    if (this.wait >= this.patience && epoch > 0) {
      this.stoppedEpoch = epoch;
      model.stopTraining = true;
    }
  }

  /** Called when fit ends. */
  override onTrainEnd(): void {
    if (this.stoppedEpoch > 0 && this.verbose > 0) {
      say(`Epoch ${this.stoppedEpoch + 1}: early stopping`);
    }
    if (this.restoreBestWeights && this.#bestWeights !== null) {
      if (this.verbose > 0) {
        say(`Restoring model weights from the end of the best epoch: ${this.bestEpoch + 1}.`);
      }
      setWeightValues(this.requireModel(), this.#bestWeights);
    }
    this.#bestWeights = null;
  }
}

// ---------------------------------------------------------------- ModelCheckpoint

/** Options of `ModelCheckpoint`. */
export interface ModelCheckpointOptions {
  /** Where to save: a path, optionally with {epoch}, {epoch:02d}, {val_loss:.4f}, ... */
  filepath: string;
  /** The log value watched for saveBestOnly (default "val_loss"). */
  monitor?: string;
  /** 1: say when saving. */
  verbose?: number;
  /** Save only when the monitored value improves (default false). */
  saveBestOnly?: boolean;
  /** Accepted for Keras compatibility: weights are what is saved (safetensors). */
  saveWeightsOnly?: boolean;
  /** "auto" (default), "min" or "max". */
  mode?: Mode;
  /** "epoch" (default) or a number of batches between saves. */
  saveFreq?: "epoch" | number;
  /** A value the first save must beat (saveBestOnly). */
  initialValueThreshold?: number | null;
  /** Also save the optimizer's state (default false). */
  includeOptimizer?: boolean;
}

/**
 * Python-style `{name}` / `{name:spec}` substitution in a checkpoint path:
 * specs `d`, `0Nd`, `.Nf`, `.Ne`; epoch counts from 1 as in Keras.
 *
 * @internal
 */
export function formatPath(cls: string, pattern: string, values: Logs): string {
  return pattern.replace(
    /\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}/g,
    (_m, key: string, spec?: string) => {
      const v = values[key];
      if (v === undefined) {
        throw new RangeError(
          `${cls}: the filepath names {${key}}, which is not among the values available: ${
            Object.keys(values).join(", ")
          }`,
        );
      }
      if (!spec) return Number.isInteger(v) ? String(v) : String(v);
      let m = /^(0?)(\d*)d$/.exec(spec);
      if (m) return String(Math.round(v)).padStart(Number(m[2] || 0), m[1] ? "0" : " ");
      m = /^(0?)(\d*)\.(\d+)([fe])$/.exec(spec);
      if (m) {
        const s = m[4] === "f" ? v.toFixed(Number(m[3])) : v.toExponential(Number(m[3]));
        return s.padStart(Number(m[2] || 0), m[1] ? "0" : " ");
      }
      throw new RangeError(
        `${cls}: unsupported format {${key}:${spec}} in the filepath; use d, 02d, .4f or .3e`,
      );
    },
  );
}

/**
 * Saves the model's weights (safetensors) after each epoch, or every
 * `saveFreq` batches, or only when the monitored value improves. Writing
 * needs permission for the file's path only (`--allow-write=path`).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const cb = new tf.keras.callbacks.ModelCheckpoint({
 *   filepath: "best.safetensors", monitor: "val_accuracy", saveBestOnly: true,
 * });
 * ```
 */
export class ModelCheckpoint extends Callback {
  /** Where the weights are saved (with `{epoch}` and log names filled in). */
  readonly filepath: string;
  /** The log watched ("val_loss", "loss", a metric). */
  readonly monitor: string;
  /** 0: silent; 1: print what is done. */
  readonly verbose: number;
  /** Whether only improvements are saved. */
  readonly saveBestOnly: boolean;
  /** How the monitored value improves: "min", "max" or "auto". */
  readonly mode: Mode;
  /** "epoch", or a number of batches between saves. */
  readonly saveFreq: "epoch" | number;
  /** Whether the optimizer's state is saved too. */
  readonly includeOptimizer: boolean;
  /** The best value so far (saveBestOnly). */
  best: number | null;
  #higher: boolean | null = null;
  #batches = 0;
  #epoch = 0;

  /** Creates the ModelCheckpoint callback from its options. */
  constructor(options: ModelCheckpointOptions) {
    super();
    const cls = "ModelCheckpoint";
    if (typeof options === "string") options = { filepath: options };
    checkKeys(cls, options, [
      "filepath",
      "monitor",
      "verbose",
      "saveBestOnly",
      "saveWeightsOnly",
      "mode",
      "saveFreq",
      "initialValueThreshold",
      "includeOptimizer",
    ]);
    if (typeof options.filepath !== "string" || options.filepath.length === 0) {
      throw new TypeError(`${cls}: filepath must be a path, got ${describe(options.filepath)}`);
    }
    if (options.saveWeightsOnly === false) {
      throw new TypeError(
        `${cls}: only weights are saved (safetensors); leave saveWeightsOnly out or set it to true`,
      );
    }
    this.filepath = options.filepath;
    this.monitor = checkMonitor(cls, options.monitor, "val_loss");
    this.verbose = options.verbose ?? 0;
    this.saveBestOnly = options.saveBestOnly ?? false;
    this.mode = checkMode(cls, options.mode);
    const f = options.saveFreq ?? "epoch";
    if (f !== "epoch" && !(Number.isInteger(f) && (f as number) > 0)) {
      throw new RangeError(
        `${cls}: saveFreq must be "epoch" or a positive integer, got ${describe(f)}`,
      );
    }
    this.saveFreq = f;
    this.includeOptimizer = options.includeOptimizer ?? false;
    this.best = options.initialValueThreshold ?? null;
  }

  /** Called when fit starts. */
  override onTrainBegin(): void {
    this.#higher = null;
    this.#batches = 0;
  }

  /** Called when an epoch starts (epochs count from 0). */
  override onEpochBegin(epoch: number): void {
    this.#epoch = epoch;
  }

  /** Called after each training batch, with the running logs. */
  override onTrainBatchEnd(batch: number, logs: Logs): void {
    if (this.saveFreq === "epoch") return;
    if (++this.#batches % this.saveFreq === 0) {
      this.#save(this.#epoch, { ...logs, batch: batch + 1 });
    }
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(epoch: number, logs: Logs): void {
    if (this.saveFreq === "epoch") this.#save(epoch, logs);
  }

  #save(epoch: number, logs: Logs): void {
    const path = formatPath("ModelCheckpoint", this.filepath, { ...logs, epoch: epoch + 1 });
    const model = this.requireModel();
    if (this.saveBestOnly) {
      const current = logs[this.monitor];
      if (current === undefined) {
        warnMissing(this, "ModelCheckpoint", this.monitor, logs);
        return;
      }
      this.#higher ??= higherIsBetter("ModelCheckpoint", this.monitor, this.mode, model);
      const better = this.best === null ||
        (this.#higher ? current > this.best : current < this.best);
      if (!better) {
        if (this.verbose > 0) {
          say(`Epoch ${epoch + 1}: ${this.monitor} did not improve from ${fmt5(this.best!)}`);
        }
        return;
      }
      if (this.verbose > 0) {
        say(
          `Epoch ${epoch + 1}: ${this.monitor} improved from ${
            this.best === null ? (this.#higher ? "-inf" : "inf") : fmt5(this.best)
          } to ${fmt5(current)}, saving model to ${path}`,
        );
      }
      this.best = current;
    } else if (this.verbose > 0) {
      say(`Epoch ${epoch + 1}: saving model to ${path}`);
    }
    saveWeights(model, path, { includeOptimizer: this.includeOptimizer });
  }
}

function fmt5(v: number): string {
  return Number.isFinite(v) ? v.toFixed(5) : String(v);
}

// ---------------------------------------------------------------- learning rate

function numericLr(cls: string, model: ModelLike): number {
  const opt = model.optimizer;
  if (!opt) {
    throw new Error(`${cls}: ${modelName(model)} has no optimizer; compile it first`);
  }
  if (typeof opt.learningRateSetting !== "number") {
    throw new TypeError(
      `${cls}: the optimizer's learning rate is a schedule or function, so it cannot be set; ` +
        `create the optimizer with a number as learningRate to use ${cls}`,
    );
  }
  return opt.learningRate;
}

/** Options of `ReduceLROnPlateau`. */
export interface ReduceLROnPlateauOptions {
  /** The log value watched (default "val_loss"). */
  monitor?: string;
  /** new lr = lr · factor (default 0.1; must be < 1). */
  factor?: number;
  /** Epochs without improvement before reducing (default 10). */
  patience?: number;
  /** 1: say when reducing. */
  verbose?: number;
  /** "auto" (default), "min" or "max". */
  mode?: Mode;
  /** The smallest change that counts as an improvement (default 1e-4). */
  minDelta?: number;
  /** Epochs to wait after a reduction before counting again (default 0). */
  cooldown?: number;
  /** The learning rate's lower bound (default 0). */
  minLr?: number;
}

/**
 * Multiplies the learning rate by `factor` when the monitored value has not
 * improved for `patience` epochs (Keras 3's rules); adds `learning_rate` to
 * each epoch's logs.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const cb = new tf.keras.callbacks.ReduceLROnPlateau({ monitor: "val_loss", factor: 0.5, patience: 2, minLr: 1e-5 });
 * ```
 */
export class ReduceLROnPlateau extends Callback {
  /** The log watched ("val_loss", "loss", a metric). */
  readonly monitor: string;
  /** The factor the rate is multiplied by. */
  readonly factor: number;
  /** Epochs without improvement before acting. */
  readonly patience: number;
  /** 0: silent; 1: print what is done. */
  readonly verbose: number;
  /** How the monitored value improves: "min", "max" or "auto". */
  readonly mode: Mode;
  /** The smallest change that counts as an improvement. */
  readonly minDelta: number;
  /** Epochs to wait after a reduction before watching again. */
  readonly cooldown: number;
  /** The lowest learning rate. */
  readonly minLr: number;
  /** Epochs since the last improvement. */
  wait = 0;
  /** Epochs of cooldown left. */
  cooldownCounter = 0;
  /** The best monitored value so far. */
  best: number = Infinity;
  #higher = false;

  /** Creates the ReduceLROnPlateau callback from its options. */
  constructor(options: ReduceLROnPlateauOptions = {}) {
    super();
    const cls = "ReduceLROnPlateau";
    checkKeys(cls, options, [
      "monitor",
      "factor",
      "patience",
      "verbose",
      "mode",
      "minDelta",
      "cooldown",
      "minLr",
    ]);
    this.monitor = checkMonitor(cls, options.monitor, "val_loss");
    const factor = options.factor ?? 0.1;
    if (typeof factor !== "number" || !(factor >= 0 && factor < 1)) {
      throw new RangeError(
        `${cls}: factor must be a number in [0, 1) (the learning rate is multiplied by it), got ${
          describe(options.factor)
        }`,
      );
    }
    this.factor = factor;
    this.patience = nonNegative(cls, "patience", options.patience, 10, true);
    this.verbose = options.verbose ?? 0;
    this.mode = checkMode(cls, options.mode);
    this.minDelta = nonNegative(cls, "minDelta", options.minDelta, 1e-4);
    this.cooldown = nonNegative(cls, "cooldown", options.cooldown, 0, true);
    this.minLr = nonNegative(cls, "minLr", options.minLr, 0);
  }

  /** Called when fit starts. */
  override onTrainBegin(): void {
    // Keras 3: mode "auto" maximises only when the name contains "acc".
    this.#higher = this.mode === "max" || (this.mode === "auto" && this.monitor.includes("acc"));
    this.best = this.#higher ? -Infinity : Infinity;
    this.cooldownCounter = 0;
    this.wait = 0;
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(epoch: number, logs: Logs): void {
    const model = this.requireModel();
    logs.learning_rate = numericLr("ReduceLROnPlateau", model);
    const current = logs[this.monitor];
    if (current === undefined) {
      warnMissing(this, "ReduceLROnPlateau", this.monitor, logs);
      return;
    }
    if (this.cooldownCounter > 0) {
      this.cooldownCounter--;
      this.wait = 0;
    }
    const better = this.#higher
      ? current > this.best + this.minDelta
      : current < this.best - this.minDelta;
    if (better) {
      this.best = current;
      this.wait = 0;
    } else if (this.cooldownCounter <= 0) {
      this.wait++;
      if (this.wait >= this.patience) {
        const old = logs.learning_rate;
        if (old > Math.fround(this.minLr)) {
          const lr = Math.max(old * this.factor, this.minLr);
          model.optimizer!.learningRate = lr;
          if (this.verbose > 0) {
            say(`Epoch ${epoch + 1}: ReduceLROnPlateau reducing learning rate to ${lr}.`);
          }
          this.cooldownCounter = this.cooldown;
          this.wait = 0;
        }
      }
    }
  }
}

/**
 * Sets the learning rate at the start of each epoch to
 * `schedule(epoch, currentLr)`; adds `learning_rate` to each epoch's logs.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const cb = new tf.keras.callbacks.LearningRateScheduler((epoch, lr) => (epoch < 10 ? lr : lr * Math.exp(-0.1)));
 * ```
 */
export class LearningRateScheduler extends Callback {
  /** The function (epoch, current rate) => new rate. */
  readonly schedule: (epoch: number, lr: number) => number;
  /** 0: silent; 1: print what is done. */
  readonly verbose: number;

  /** Creates the LearningRateScheduler callback. */
  constructor(schedule: (epoch: number, lr: number) => number, verbose = 0) {
    super();
    if (typeof schedule !== "function") {
      throw new TypeError(
        `LearningRateScheduler: expected a function (epoch, lr) => lr, got ${describe(schedule)}`,
      );
    }
    this.schedule = schedule;
    this.verbose = verbose;
  }

  /** Called when an epoch starts (epochs count from 0). */
  override onEpochBegin(epoch: number): void {
    const model = this.requireModel();
    const lr = this.schedule(epoch, numericLr("LearningRateScheduler", model));
    if (typeof lr !== "number" || !Number.isFinite(lr) || lr < 0) {
      throw new TypeError(
        `LearningRateScheduler: the schedule returned ${describe(lr)} at epoch ${epoch}; ` +
          `it must return a finite number >= 0`,
      );
    }
    model.optimizer!.learningRate = lr;
    if (this.verbose > 0) {
      say(`Epoch ${epoch + 1}: LearningRateScheduler setting learning rate to ${lr}.`);
    }
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(_epoch: number, logs: Logs): void {
    logs.learning_rate = numericLr("LearningRateScheduler", this.requireModel());
  }
}

// ---------------------------------------------------------------- CSVLogger

/**
 * Writes each epoch's logs as a CSV row (`epoch` then the log names in
 * sorted order; Keras's dialect: comma-separated, CRLF line ends). The file
 * is opened at the start of training (truncated, or appended to with
 * `append`), written after each epoch, closed at the end; it needs write
 * permission for its path only.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const cb = new tf.keras.callbacks.CSVLogger("training.csv");
 * ```
 */
export class CSVLogger extends Callback {
  /** The CSV file's path. */
  readonly filename: string;
  /** The column separator. */
  readonly separator: string;
  /** Whether to append to an existing file (else overwrite). */
  readonly append: boolean;
  #file: Deno.FsFile | null = null;
  #keys: string[] | null = null;
  #header = true;

  /** Creates the CSVLogger callback. */
  constructor(filename: string, separator = ",", append = false) {
    super();
    if (typeof filename !== "string" || filename.length === 0) {
      throw new TypeError(`CSVLogger: filename must be a path, got ${describe(filename)}`);
    }
    this.filename = filename;
    this.separator = separator;
    this.append = append;
  }

  /** Called when fit starts. */
  override onTrainBegin(): void {
    this.#file?.close();
    this.#file = Deno.openSync(this.filename, {
      write: true,
      create: true,
      append: this.append,
      truncate: !this.append,
    });
    this.#header = !this.append || this.#file.statSync().size === 0;
    this.#keys = null;
  }

  #cell(v: unknown): string {
    const s = typeof v === "number" ? (Number.isNaN(v) ? "nan" : String(v)) : String(v);
    return /[",\r\n]/.test(s) || s.includes(this.separator) ? `"${s.replaceAll('"', '""')}"` : s;
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(epoch: number, logs: Logs): void {
    if (this.#file === null) return;
    if (this.#keys === null) {
      this.#keys = Object.keys(logs).sort();
      // Keras: without validation values yet, columns for them are added (filled with NA).
      if (!this.#keys.some((k) => k.startsWith("val_")) && this.#keys.length > 0) {
        this.#keys.push(...this.#keys.map((k) => "val_" + k));
      }
    }
    let text = "";
    if (this.#header) {
      text += ["epoch", ...this.#keys].map((k) => this.#cell(k)).join(this.separator) + "\r\n";
      this.#header = false;
    }
    text += [epoch, ...this.#keys.map((k) => logs[k] ?? "NA")].map((v) => this.#cell(v)).join(
      this.separator,
    ) + "\r\n";
    const bytes = new TextEncoder().encode(text);
    let off = 0;
    while (off < bytes.length) off += this.#file.writeSync(bytes.subarray(off));
  }

  /** Called when fit ends. */
  override onTrainEnd(): void {
    this.#file?.close();
    this.#file = null;
  }
}

// ---------------------------------------------------------------- small ones

/**
 * A callback from functions (Keras's LambdaCallback).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const cb = new tf.keras.callbacks.LambdaCallback({ onEpochEnd: (epoch, logs) => console.log(epoch, logs.loss) });
 * ```
 */
export class LambdaCallback extends Callback {
  /** Creates the LambdaCallback callback. */
  constructor(hooks: CallbackHooks) {
    super();
    if (typeof hooks !== "object" || hooks === null) {
      throw new TypeError(
        `LambdaCallback: expected an object of hook functions, got ${describe(hooks)}`,
      );
    }
    for (const h of HOOKS) {
      const f = hooks[h];
      if (f !== undefined) {
        if (typeof f !== "function") {
          throw new TypeError(`LambdaCallback: ${h} must be a function, got ${describe(f)}`);
        }
        (this as unknown as Record<string, unknown>)[h] = f;
      }
    }
  }
}

/**
 * Stops training as soon as a batch's loss is NaN or infinite.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const cb = new tf.keras.callbacks.TerminateOnNaN();
 * ```
 */
export class TerminateOnNaN extends Callback {
  /** Called after each training batch, with the running logs. */
  override onTrainBatchEnd(batch: number, logs: Logs): void {
    const loss = logs.loss;
    if (loss !== undefined && !Number.isFinite(loss)) {
      say(`Batch ${batch}: Invalid loss, terminating training`);
      this.requireModel().stopTraining = true;
    }
  }
}
