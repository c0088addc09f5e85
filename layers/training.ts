/**
 * Keras's training loop: `compile`, `fit`, `evaluate`, `predict`,
 * `trainOnBatch`, `testOnBatch`, `predictOnBatch`. `Model`'s methods of
 * the same names call these; they work on any object with Keras's Layer
 * surface (see `ModelLike`).
 *
 * One training step (Keras 3's `train_step`): call the model with
 * `training: true` under a GradientTape, the loss = the compiled loss
 * (weighted by `sampleWeight`) + Σ each of `model.losses` (regularization),
 * the gradients of the trainable variables, `optimizer.apply(grads,
 * variables)`, then the metrics. Each step runs inside `tf.tidy`, so every
 * intermediate (activations, gradients, the batch itself) is freed when it
 * ends: training runs in flat memory with no disposal by the user.
 *
 * The logged `loss` is the mean over the epoch's samples of each batch's
 * loss (Keras's loss tracker); metrics accumulate over the epoch. Log names
 * are sorted, as Keras prints them; validation values get a `val_` prefix.
 *
 * `fit` and `evaluate` are async (await them): they accept async callbacks
 * and datasets, and yield to the event loop between epochs (and about once
 * a second), so timers, I/O and garbage collection run while a long fit
 * trains. `predict` and the `*OnBatch` functions are synchronous.
 *
 * Data: tensors (or anything `tf.constant` takes; an array of tensors is a
 * multi-input `x`), batched by `batchSize` and reshuffled each epoch
 * (`shuffle`, default true; the order follows `tf.random.setSeed`), or a
 * `tf.data.Dataset` of `[x, y]` (or `[x, y, sampleWeight]`) batches.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * import { compile, fit } from "./training.ts";
 * // A stand-in model: y = x·w + b.
 * const w = new tf.Variable([[0]], { name: "w" }), b = new tf.Variable([0], { name: "b" });
 * const model = {
 *   apply: (x: tf.Tensor) => tf.add(tf.matmul(x, w), b),
 *   trainableVariables: [w, b], weights: [w, b], losses: [],
 * };
 * compile(model, { optimizer: new tf.keras.optimizers.SGD(0.1), loss: "mse" });
 * const history = await fit(model, [[0], [1], [2], [3]], [[1], [3], [5], [7]], { epochs: 200, verbose: 0 });
 * console.log(history.history.loss.at(-1)! < 1e-3, w.arraySync()); // true [[2]] (about)
 * ```
 *
 * @module
 */

import { Tensor } from "../tape/tensor.ts";
import type { Variable } from "../tape/variable.ts";
import { fromData, type TensorLike, toTensor } from "../tape/convert.ts";
import { type DType, newArray, type TypedArray } from "../tape/dtype.ts";
import { fmtShape } from "../tape/_shape.ts";
import { checkOptionKeys } from "../tape/_options.ts";
import { dispose, keep, tidy } from "../tape/memory.ts";
import { device } from "../tape/dispatch.ts";
import { concat } from "../tape/ops/concat.ts";
import { GradientTape } from "../tape/gradient_tape.ts";
import { tfFunction } from "../tape/capture.ts";
import { add } from "../tape/ops/arithmetic.ts";
import { reduceSum } from "../tape/ops/reduce.ts";
import { Optimizer } from "../optim/optimizer.ts";
import * as optimizers from "../optim/mod.ts";
import { Dataset } from "../data/dataset.ts";
import { get as getLoss, type Loss, type LossFn } from "./losses.ts";
import {
  BinaryAccuracy,
  CategoricalAccuracy,
  get as getMetric,
  type Metric,
  SparseCategoricalAccuracy,
} from "./metrics.ts";
import { CallbackList, type CallbackParams, type History, type Logs } from "./callbacks.ts";
import {
  checkModel,
  type Compiled,
  compiledOf,
  type MetricSpec,
  type ModelLike,
  modelName,
  type PendingStep,
  setCompiled,
} from "./_model.ts";
import { describe } from "./_util.ts";
import {
  arraySource,
  type Batch,
  checkBatchSize,
  checkSteps,
  DatasetSource,
  firstDim,
  type Input,
  isTensorList,
  type Source,
} from "./_sources.ts";

export type { Compiled, MetricSpec, ModelLike } from "./_model.ts";

// ---------------------------------------------------------------- compile

/** An optional options argument: undefined, or an object with only `allowed` keys. */
function checkKeys(op: string, options: unknown, allowed: readonly string[]): void {
  if (options !== undefined) checkOptionKeys(op, options, allowed);
}

/** What `compile` takes. */
export interface CompileConfig {
  /** An optimizer, or its name ("adam", "sgd", "rmsprop", ...); default "rmsprop" as Keras. */
  optimizer?: Optimizer | string;
  /** A loss name ("mse", "sparse_categorical_crossentropy", ...), a Loss, or a function. */
  loss?: string | Loss | LossFn | null;
  /** Metrics: names ("accuracy", "mae", ...), Metric objects or functions. */
  metrics?: readonly MetricSpec[];
  /**
   * Run every training step op by op (default false: from the second step,
   * `fit` and `trainOnBatch` replay a capture of the step, as Keras runs it
   * as a `tf.function`; the numbers are the same).
   */
  runEagerly?: boolean;
}

const OPTIMIZERS: Record<string, () => Optimizer> = {
  sgd: () => new optimizers.SGD(),
  adam: () => new optimizers.Adam(),
  adamw: () => new optimizers.AdamW(),
  adagrad: () => new optimizers.Adagrad(),
  rmsprop: () => new optimizers.RMSprop(),
  adadelta: () => new optimizers.Adadelta(),
  adamax: () => new optimizers.Adamax(),
  nadam: () => new optimizers.Nadam(),
  lion: () => new optimizers.Lion(),
};

/**
 * Configures the model for training: the optimizer (also set as
 * `model.optimizer`), the loss and the metrics. Unknown loss or metric
 * names are refused here, with the list of known ones.
 */
export function compile(model: ModelLike, config: CompileConfig = {}): void {
  const op = "compile";
  checkModel(op, model);
  checkKeys(op, config, ["optimizer", "loss", "metrics", "runEagerly"]);
  if (config.runEagerly !== undefined && typeof config.runEagerly !== "boolean") {
    throw new TypeError(
      `${op}: runEagerly must be true or false, got ${describe(config.runEagerly)}`,
    );
  }
  let optimizer: Optimizer;
  const o = config.optimizer ?? "rmsprop";
  if (o instanceof Optimizer) optimizer = o;
  else if (typeof o === "string") {
    const make = OPTIMIZERS[o.toLowerCase()];
    if (make === undefined) {
      throw new RangeError(
        `${op}: unknown optimizer "${o}"; known: ${Object.keys(OPTIMIZERS).join(", ")} ` +
          `(or pass an optimizer object such as new tf.keras.optimizers.Adam({ learningRate: 1e-3 }))`,
      );
    }
    optimizer = make();
  } else {
    throw new TypeError(
      `${op}: optimizer must be an optimizer object or a name such as "adam", got ${describe(o)}`,
    );
  }
  const loss = config.loss === undefined || config.loss === null ? null : getLoss(config.loss);
  const specs = config.metrics ?? [];
  if (!Array.isArray(specs)) {
    throw new TypeError(
      `${op}: metrics must be an array such as ["accuracy"], got ${describe(specs)}`,
    );
  }
  // Resolve names now so that unknown ones fail at compile time ("accuracy"
  // is resolved again at the first batch, from the shapes).
  for (const s of specs) {
    if (typeof s === "string" && isAccuracy(s)) continue;
    getMetric(s as string);
  }
  setCompiled(model, {
    optimizer,
    loss,
    specs,
    metrics: null,
    lossSum: 0,
    lossCount: 0,
    pending: [],
    runEagerly: config.runEagerly ?? false,
    steps: 0,
    captured: null,
  });
  model.optimizer = optimizer;
}

function isAccuracy(s: string): boolean {
  const l = s.toLowerCase();
  return l === "accuracy" || l === "acc";
}

function requireCompiled(op: string, model: ModelLike): Compiled {
  checkModel(op, model);
  const c = compiledOf(model);
  if (c === undefined) {
    throw new TypeError(
      `${op}: ${
        modelName(model)
      } is not compiled; call model.compile({ optimizer, loss, metrics }) ` +
        `before ${op}`,
    );
  }
  return c;
}

/**
 * Keras 3's choice for "accuracy": BinaryAccuracy when predictions have one
 * column, SparseCategoricalAccuracy when labels have one axis fewer than
 * predictions (or one column against several), else CategoricalAccuracy.
 */
function resolveMetrics(c: Compiled, y: Tensor, yPred: Tensor): Metric[] {
  const metrics = c.specs.map((s) => {
    if (typeof s === "string" && isAccuracy(s)) {
      const pLast = yPred.shape[yPred.rank - 1], tLast = y.shape[y.rank - 1];
      if (pLast === 1) return new BinaryAccuracy({ name: s });
      if (y.rank < yPred.rank || (tLast === 1 && pLast > 1)) {
        return new SparseCategoricalAccuracy({ name: s });
      }
      return new CategoricalAccuracy({ name: s });
    }
    const m = getMetric(s);
    if (typeof s === "string") m.name = s;
    return m;
  });
  const seen = new Set<string>(["loss"]);
  for (const m of metrics) {
    if (seen.has(m.name)) {
      throw new RangeError(
        `compile: two metrics are named "${m.name}" (or one is named "loss"); give them distinct names`,
      );
    }
    seen.add(m.name);
  }
  return metrics;
}

function resetState(c: Compiled): void {
  for (const p of c.pending) releaseStep(p);
  c.pending = [];
  c.lossSum = 0;
  c.lossCount = 0;
  for (const m of c.metrics ?? []) m.resetState();
}

/** The current logs: loss and metrics, in sorted order as Keras logs them. */
function currentLogs(c: Compiled): Logs {
  const entries: [string, number][] = [["loss", c.lossCount === 0 ? 0 : c.lossSum / c.lossCount]];
  for (const m of c.metrics ?? []) entries.push([m.name, m.result()]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

/** Keras's `evaluate` return: the loss alone, or [loss, ...metrics in compile order]. */
function flatten(c: Compiled, logs: Logs): number | number[] {
  const names = ["loss", ...(c.metrics ?? []).map((m) => m.name)];
  const out = names.filter((n) => n in logs).map((n) => logs[n]);
  for (const k of Object.keys(logs).sort()) if (!names.includes(k)) out.push(logs[k]);
  return out.length === 1 ? out[0] : out;
}

// ---------------------------------------------------------------- one step

function outputOf(op: string, model: ModelLike, out: unknown): Tensor {
  if (out instanceof Tensor) return out;
  if (Array.isArray(out) && out.length === 1 && out[0] instanceof Tensor) return out[0];
  throw new TypeError(
    `${op}: ${modelName(model)} returned ${describe(out)}; training needs a single output tensor ` +
      `(models with several outputs are not supported by ${op} yet)`,
  );
}

/** The total loss of a batch (compiled loss + the model's own losses), a scalar. */
function totalLoss(
  op: string,
  model: ModelLike,
  c: Compiled,
  y: Tensor | null,
  yPred: Tensor,
  sw: Tensor | null,
): Tensor {
  let total: Tensor | null = null;
  if (c.loss !== null) {
    if (y === null) {
      throw new TypeError(
        `${op}: no labels (y) were given, but the model was compiled with a loss`,
      );
    }
    total = c.loss.apply(y, yPred, sw ?? undefined);
  }
  for (const l of model.losses) {
    const s = l.rank === 0 ? l : reduceSum(l);
    total = total === null ? s : add(total, s);
  }
  if (total === null) {
    throw new TypeError(
      `${op}: there is no loss to minimize: compile with a loss, or add losses in the model`,
    );
  }
  if (total.rank !== 0) {
    throw new RangeError(
      `${op}: the loss has shape ${fmtShape(total.shape)}; it must reduce to a scalar ` +
        `(compile with a loss whose reduction is not "none")`,
    );
  }
  return total;
}

/** Runs one batch (training or not) and accumulates loss and metrics. */
function runStep(
  op: string,
  model: ModelLike,
  c: Compiled,
  x: Input,
  y: Tensor | null,
  sw: Tensor | null,
  training: boolean,
): void {
  tidy(() => {
    let yPred: Tensor, total: Tensor;
    if (training) {
      // The first step runs eagerly (it builds the model and the optimizer's
      // slots); the next ones replay its capture unless compiled runEagerly.
      const step = c.runEagerly || c.steps === 0
        ? trainStep
        : (c.captured ??= capturedStep(trainStep));
      [yPred, total] = step(op, model, c, x, y, sw);
      c.steps++;
    } else {
      yPred = outputOf(op, model, model.apply(x, { training: false }));
      total = totalLoss(op, model, c, y, yPred, sw);
    }
    const n = firstDim(x);
    if (gpuOnly(total)) {
      // Reading the loss now would wait for the GPU at every step (about
      // 11 ms in Deno): keep the results, read many steps' at once later.
      c.pending.push({
        total: keep(total),
        n,
        y: y === null ? null : hostCopy(y),
        yPred: keep(yPred),
        sw: sw === null ? null : hostCopy(sw),
      });
      return;
    }
    count(c, total.dataSync()[0], n, y, yPred, sw);
  });
}

/** One training step: forward and loss under a tape, gradients, the optimizer's update. */
function trainStep(
  op: string,
  model: ModelLike,
  c: Compiled,
  x: Input,
  y: Tensor | null,
  sw: Tensor | null,
): [Tensor, Tensor] {
  const tape = new GradientTape();
  let yPred: Tensor, total: Tensor;
  try {
    [yPred, total] = tape.record(() => {
      const p = outputOf(op, model, model.apply(x, { training: true }));
      return [p, totalLoss(op, model, c, y, p, sw)] as const;
    });
  } catch (e) {
    tape.dispose();
    throw e;
  }
  const vars = model.trainableVariables as Variable[];
  c.optimizer.apply(tape.gradient(total, vars), vars);
  return [yPred, total];
}

/**
 * `step` as a tf.function (Keras's default, `runEagerly: false`): captured
 * once per layout of its tensors (inputs, labels, sample weights) and batch
 * shape, then replayed without per-op JavaScript work. A step that cannot be
 * captured (dropout's random draws, ops on the GPU) runs eagerly.
 */
function capturedStep(step: typeof trainStep): typeof trainStep {
  const byLayout = new Map<string, (...ts: Tensor[]) => [Tensor, Tensor]>();
  return (op, model, c, x, y, sw) => {
    const xs = Array.isArray(x) ? x : [x];
    const key = `${Array.isArray(x) ? xs.length : "x"} ${y !== null} ${sw !== null}`;
    let f = byLayout.get(key);
    if (f === undefined) {
      const multi = Array.isArray(x), nx = xs.length, hasY = y !== null, hasSw = sw !== null;
      f = tfFunction((...ts: Tensor[]) => {
        let k = nx;
        const yi = hasY ? ts[k++] : null;
        const si = hasSw ? ts[k++] : null;
        return step(op, model, c, multi ? ts.slice(0, nx) : ts[0], yi, si);
      }, { quiet: true });
      byLayout.set(key, f);
    }
    const args = xs.slice();
    if (y !== null) args.push(y);
    if (sw !== null) args.push(sw);
    return f(...args);
  };
}

/** Adds one step's loss and predictions to the epoch's loss and metrics. */
function count(
  c: Compiled,
  loss: number,
  n: number,
  y: Tensor | null,
  yPred: Tensor,
  sw: Tensor | null,
): void {
  c.lossSum += loss * n;
  c.lossCount += n;
  if (y !== null) {
    c.metrics ??= resolveMetrics(c, y, yPred);
    for (const m of c.metrics) m.updateState(y, yPred, sw ?? undefined);
  } else {
    c.metrics ??= [];
  }
}

/**
 * Reads back the steps that ran on the GPU (all in one wait) and counts them
 * into the loss and metrics, in order; the metrics run on the CPU copies.
 */
async function flushPending(c: Compiled): Promise<void> {
  if (c.pending.length === 0) return;
  const list = c.pending;
  c.pending = [];
  try {
    await Promise.all(list.flatMap((p) => [p.total.data(), p.yPred.data()]));
    device("cpu", () =>
      tidy(() => {
        for (const p of list) count(c, p.total.dataSync()[0], p.n, p.y, p.yPred, p.sw);
      }));
  } finally {
    for (const p of list) releaseStep(p);
  }
}

/** Frees what a pending step kept. */
function releaseStep(p: PendingStep): void {
  for (const t of [p.total, p.y, p.yPred, p.sw]) t?.dispose();
}

/** Whether a tensor's elements live only on the GPU (reading them needs an await). */
function gpuOnly(t: Tensor): boolean {
  const s = t.storage;
  return s.gpu !== null && s.host === null && s.ptr < 0;
}

/** A kept copy of a batch tensor (the batch is released after the step). */
function hostCopy(t: Tensor): Tensor {
  return keep(fromData(t.dataSync().slice(), t.shape, t.dtype));
}

function verbosity(op: string, v: unknown): 0 | 1 | 2 {
  if (v === undefined || v === "auto") return 1;
  if (v === 0 || v === 1 || v === 2) return v;
  throw new RangeError(`${op}: verbose must be 0, 1, 2 or "auto", got ${describe(v)}`);
}

let lastYield = 0;

/** Lets the event loop run (timers, I/O, finalizers): a macrotask turn. */
function yieldToEventLoop(): Promise<void> {
  lastYield = performance.now();
  // A message is a task of its own, as setTimeout(0) is, but costs about
  // 30 µs where Deno's setTimeout(0) waits about 2 ms (which a fit of many
  // small epochs paid at every epoch).
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Splits (dataset, options) and (x, y, options) call forms. */
function splitArgs<O>(x: unknown, y: unknown, options: O | undefined): [unknown, O | undefined] {
  if (
    x instanceof Dataset && options === undefined && typeof y === "object" && y !== null &&
    !(y instanceof Tensor) && !Array.isArray(y) && !ArrayBuffer.isView(y)
  ) {
    return [undefined, y as O];
  }
  return [y, options];
}

// ---------------------------------------------------------------- fit

/** Options of `fit` (Keras's arguments in camelCase). */
export interface FitOptions {
  /** Samples per step (default 32; not used with a dataset, which is batched already). */
  batchSize?: number;
  /** The epoch to stop after (default 1). */
  epochs?: number;
  /** 0: silent; 1 or "auto": a progress bar; 2: a line per epoch. */
  verbose?: 0 | 1 | 2 | "auto";
  /** Callbacks (Callback objects, or objects with hook methods). */
  callbacks?: readonly unknown[];
  /** Fraction of the samples (the last ones, before shuffling) kept for validation. */
  validationSplit?: number;
  /** Validation data: [x, y], [x, y, sampleWeight], or a dataset. */
  validationData?: readonly unknown[] | Dataset;
  /** Reshuffle the training samples each epoch (default true). */
  shuffle?: boolean;
  /** The epoch to start at (to resume; default 0). */
  initialEpoch?: number;
  /** Per-sample weights of the loss and metrics. */
  sampleWeight?: TensorLike;
  /** Steps per epoch (needed for an infinite dataset). */
  stepsPerEpoch?: number;
  /** Validation steps (for an infinite validation dataset). */
  validationSteps?: number;
  /** Validation batch size (default batchSize). */
  validationBatchSize?: number;
  /** Validate every this many epochs (default 1). */
  validationFreq?: number;
}

const FIT_KEYS = [
  "batchSize",
  "epochs",
  "verbose",
  "callbacks",
  "validationSplit",
  "validationData",
  "shuffle",
  "initialEpoch",
  "sampleWeight",
  "stepsPerEpoch",
  "validationSteps",
  "validationBatchSize",
  "validationFreq",
];

/**
 * Trains the model for `epochs` epochs; returns the History (each epoch's
 * logs). Call as `fit(model, x, y, options)` or `fit(model, dataset,
 * options)`.
 */
export async function fit(
  model: ModelLike,
  x: TensorLike | Tensor[] | Dataset,
  y?: TensorLike | FitOptions,
  options?: FitOptions,
): Promise<History> {
  const op = "fit";
  const c = requireCompiled(op, model);
  const [yArg, opts0] = splitArgs<FitOptions>(x, y, options);
  const opts = opts0 ?? {};
  checkKeys(op, opts, FIT_KEYS);
  const epochs = opts.epochs ?? 1;
  if (!Number.isInteger(epochs) || epochs < 0) {
    throw new RangeError(`${op}: epochs must be an integer >= 0, got ${describe(opts.epochs)}`);
  }
  const initialEpoch = opts.initialEpoch ?? 0;
  if (!Number.isInteger(initialEpoch) || initialEpoch < 0) {
    throw new RangeError(
      `${op}: initialEpoch must be an integer >= 0, got ${describe(initialEpoch)}`,
    );
  }
  const batchSize = checkBatchSize(op, opts.batchSize);
  const verbose = verbosity(op, opts.verbose);
  const shuffle = opts.shuffle ?? true;
  if (typeof shuffle !== "boolean") {
    throw new TypeError(`${op}: shuffle must be true or false, got ${describe(shuffle)}`);
  }
  const stepsPerEpoch = checkSteps(op, "stepsPerEpoch", opts.stepsPerEpoch);
  const validationFreq = checkSteps(op, "validationFreq", opts.validationFreq) ?? 1;
  const vs = opts.validationSplit ?? 0;
  if (typeof vs !== "number" || !(vs >= 0 && vs < 1)) {
    throw new RangeError(`${op}: validationSplit must be a number in [0, 1), got ${describe(vs)}`);
  }

  let train: Source;
  let val: Source | null = null;
  if (x instanceof Dataset) {
    if (yArg !== undefined && yArg !== null) {
      throw new TypeError(
        `${op}: with a dataset, y comes from the dataset; pass fit(dataset, options)`,
      );
    }
    if (vs > 0) {
      throw new TypeError(
        `${op}: validationSplit needs arrays; with a dataset, pass validationData (another dataset)`,
      );
    }
    if (opts.sampleWeight !== undefined) {
      throw new TypeError(
        `${op}: with a dataset, sample weights come from [x, y, sampleWeight] elements`,
      );
    }
    train = new DatasetSource(op, x, stepsPerEpoch, true);
  } else {
    const all = arraySource(op, x, yArg, opts.sampleWeight, batchSize, true);
    if (vs > 0) {
      const n = all.to;
      const at = Math.floor(n * (1 - vs));
      if (at === 0 || at === n) {
        throw new RangeError(
          `${op}: ${n} samples are not enough to split with validationSplit ${vs} ` +
            `(${at} would train, ${n - at} validate); use more data or another split`,
        );
      }
      const [t, v] = all.split(at);
      train = t;
      if (opts.validationData === undefined) val = v;
    } else {
      train = all;
    }
  }
  if (opts.validationData !== undefined) {
    const vd = opts.validationData;
    const vbs = checkBatchSize(op, opts.validationBatchSize, batchSize);
    const vSteps = checkSteps(op, "validationSteps", opts.validationSteps);
    if (vd instanceof Dataset) val = new DatasetSource("fit (validation)", vd, vSteps, true);
    else if (Array.isArray(vd) && vd.length >= 2 && vd.length <= 3) {
      val = arraySource("fit (validationData)", vd[0], vd[1], vd[2], vbs, true);
    } else {
      throw new TypeError(
        `${op}: validationData must be [x, y], [x, y, sampleWeight] or a dataset, got ${
          describe(vd)
        }`,
      );
    }
  }

  const params: CallbackParams = { epochs, steps: train.steps, verbose };
  const cbs = new CallbackList(op, opts.callbacks, model, params, {
    addHistory: true,
    addProgbar: true,
  });
  const wait = async (p: Promise<unknown> | undefined) => {
    if (p !== undefined) await p;
  };
  model.stopTraining = false;
  let logs: Logs = {};
  await wait(cbs.call("onTrainBegin", {}));
  lastYield = performance.now();
  for (let epoch = initialEpoch; epoch < epochs; epoch++) {
    resetState(c);
    await wait(cbs.call("onEpochBegin", epoch, {}));
    let step = 0;
    const it = train.epoch(shuffle);
    for (let r = it.next(); !r.done; r = it.next()) {
      const b = r.value;
      try {
        await wait(cbs.call("onTrainBatchBegin", step, {}));
        runStep(op, model, c, b.x, b.y, b.sw, true);
      } finally {
        b.release();
      }
      await wait(cbs.call("onTrainBatchEnd", step, currentLogs(c)));
      step++;
      if (model.stopTraining) break;
      if (performance.now() - lastYield > 1000) {
        await flushPending(c);
        await yieldToEventLoop();
      }
    }
    await flushPending(c);
    if (step === 0 && train.steps !== 0) {
      throw new RangeError(`${op}: the training data gave no batch in epoch ${epoch + 1}`);
    }
    logs = currentLogs(c);
    if (val !== null && (epoch + 1) % validationFreq === 0) {
      const valLogs = await runEvaluation("fit", model, c, val, cbs);
      for (const [k, v] of Object.entries(valLogs)) logs[`val_${k}`] = v;
    }
    await wait(cbs.call("onEpochEnd", epoch, logs));
    await yieldToEventLoop();
    if (model.stopTraining) break;
  }
  await wait(cbs.call("onTrainEnd", logs));
  return cbs.history!;
}

/** Runs the model over a source without training, calling the test hooks. */
async function runEvaluation(
  op: string,
  model: ModelLike,
  c: Compiled,
  source: Source,
  cbs: CallbackList,
): Promise<Logs> {
  resetState(c);
  const wait = async (p: Promise<unknown> | undefined) => {
    if (p !== undefined) await p;
  };
  await wait(cbs.call("onTestBegin", {}));
  let step = 0;
  const it = source.epoch(false);
  for (let r = it.next(); !r.done; r = it.next()) {
    const b = r.value;
    try {
      await wait(cbs.call("onTestBatchBegin", step, {}));
      runStep(op, model, c, b.x, b.y, b.sw, false);
    } finally {
      b.release();
    }
    await wait(cbs.call("onTestBatchEnd", step, currentLogs(c)));
    step++;
    if (performance.now() - lastYield > 1000) {
      await flushPending(c);
      await yieldToEventLoop();
    }
  }
  await flushPending(c);
  const logs = currentLogs(c);
  await wait(cbs.call("onTestEnd", logs));
  return logs;
}

// ---------------------------------------------------------------- evaluate

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /** Samples per step (default 32). */
  batchSize?: number;
  /** 0: silent; 1 or "auto": a progress bar; 2: one line at the end. */
  verbose?: 0 | 1 | 2 | "auto";
  /** Per-sample weights. */
  sampleWeight?: TensorLike;
  /** Number of batches (for an infinite dataset). */
  steps?: number;
  /** Callbacks (their test hooks are called). */
  callbacks?: readonly unknown[];
  /** Return the logs by name instead of [loss, ...metrics]. */
  returnDict?: boolean;
}

/**
 * The loss and metrics over the data, in test mode (`training: false`):
 * the loss alone when there are no metrics, else [loss, ...metrics in
 * compile order], or the logs by name with `returnDict`. Call as
 * `evaluate(model, x, y, options)` or `evaluate(model, dataset, options)`.
 */
export async function evaluate(
  model: ModelLike,
  x: TensorLike | Tensor[] | Dataset,
  y?: TensorLike | EvaluateOptions,
  options?: EvaluateOptions,
): Promise<number | number[] | Logs> {
  const op = "evaluate";
  const c = requireCompiled(op, model);
  const [yArg, opts0] = splitArgs<EvaluateOptions>(x, y, options);
  const opts = opts0 ?? {};
  checkKeys(op, opts, ["batchSize", "verbose", "sampleWeight", "steps", "callbacks", "returnDict"]);
  const batchSize = checkBatchSize(op, opts.batchSize);
  const verbose = verbosity(op, opts.verbose);
  const steps = checkSteps(op, "steps", opts.steps);
  const source: Source = x instanceof Dataset
    ? new DatasetSource(op, x, steps, c.loss !== null)
    : arraySource(op, x, yArg, opts.sampleWeight, batchSize, c.loss !== null);
  const cbs = new CallbackList(op, opts.callbacks, model, {
    epochs: 1,
    steps: source.steps,
    verbose,
  }, {
    addProgbar: true,
  });
  const logs = await runEvaluation(op, model, c, source, cbs);
  return opts.returnDict ? logs : flatten(c, logs);
}

// ---------------------------------------------------------------- predict

/** Options of `predict`. */
export interface PredictOptions {
  /** Samples per step (default 32). */
  batchSize?: number;
  /** 0: silent; 1 or "auto": a progress bar; 2: one line at the end. */
  verbose?: 0 | 1 | 2 | "auto";
  /** Number of batches (for an infinite dataset). */
  steps?: number;
  /** Callbacks (their predict hooks are called; they must be synchronous). */
  callbacks?: readonly unknown[];
}

/**
 * The model's outputs for every sample (`training: false`), computed batch
 * by batch and joined along the first axis. A dataset's elements may be x
 * alone or [x, ...]. Synchronous.
 */
export function predict(
  model: ModelLike,
  x: TensorLike | Tensor[] | Dataset,
  options: PredictOptions = {},
): Tensor | Tensor[] {
  const op = "predict";
  checkModel(op, model);
  checkKeys(op, options, ["batchSize", "verbose", "steps", "callbacks"]);
  const batchSize = checkBatchSize(op, options.batchSize);
  const verbose = verbosity(op, options.verbose);
  const steps = checkSteps(op, "steps", options.steps);
  const source: Source = x instanceof Dataset
    ? new DatasetSource(op, x, steps, false)
    : arraySource(op, x, null, null, batchSize, false);
  const cbs = new CallbackList(op, options.callbacks, model, {
    epochs: 1,
    steps: source.steps,
    verbose,
  }, {
    addProgbar: true,
  });
  cbs.call("onPredictBegin", {});
  // Each batch's outputs: on the host, or (outputs on the GPU) kept as tensors
  // and joined by concat at the end, so that predict never waits per batch.
  let parts:
    | { data: TypedArray | null; t: Tensor | null; shape: readonly number[]; dtype: DType }[][]
    | null = null;
  let multi = false;
  let step = 0;
  const it = source.epoch(false);
  for (let r = it.next(); !r.done; r = it.next()) {
    const b = r.value;
    try {
      cbs.call("onPredictBatchBegin", step, {});
      const outs = tidy(() => {
        const out = model.apply(b.x, { training: false });
        const list = out instanceof Tensor
          ? [out]
          : Array.isArray(out) && out.every((o) => o instanceof Tensor)
          ? out as Tensor[]
          : null;
        if (list === null) {
          throw new TypeError(`${op}: ${modelName(model)} returned ${describe(out)}, not tensors`);
        }
        multi = !(out instanceof Tensor);
        return list.map((t) =>
          gpuOnly(t)
            ? { data: null, t: keep(t), shape: t.shape, dtype: t.dtype }
            : { data: t.dataSync(), t: null, shape: t.shape, dtype: t.dtype }
        );
      });
      parts ??= outs.map(() => []);
      if (outs.length !== parts.length) {
        throw new RangeError(
          `${op}: the model returned ${outs.length} outputs, earlier ${parts.length}`,
        );
      }
      outs.forEach((o, i) => parts![i].push(o));
    } finally {
      b.release();
    }
    cbs.call("onPredictBatchEnd", step, {});
    step++;
  }
  cbs.call("onPredictEnd", {});
  if (parts === null) {
    throw new RangeError(`${op}: no data: x has no samples`);
  }
  const joined = parts.map((list, i) => {
    const first = list[0];
    const rest = first.shape.slice(1);
    let rows = 0, total = 0;
    for (const p of list) {
      if (p.shape.length !== first.shape.length || p.shape.slice(1).some((d, k) => d !== rest[k])) {
        throw new RangeError(
          `${op}: output ${i} has shape ${fmtShape(p.shape)} in one batch and ${
            fmtShape(first.shape)
          } in another; batches can only be joined when all but the first axis agree`,
        );
      }
      rows += p.shape.length === 0 ? 1 : p.shape[0];
      total += p.data?.length ?? 0;
    }
    if (list.some((p) => p.t !== null)) {
      const ts = list.map((p) => p.t ?? fromData(p.data!, p.shape, p.dtype));
      if (ts.length === 1) return ts[0];
      const out = concat(ts, 0);
      dispose(ts);
      return out;
    }
    const data = newArray(first.dtype, total);
    let at = 0;
    for (const p of list) {
      data.set(p.data!, at);
      at += p.data!.length;
    }
    return fromData(data, [rows, ...rest], first.dtype);
  });
  return multi ? joined : joined[0];
}

// ---------------------------------------------------------------- on one batch

/** Options of `trainOnBatch` and `testOnBatch`. */
export interface OnBatchOptions {
  /** Per-sample weights. */
  sampleWeight?: TensorLike;
  /** Return the logs by name instead of [loss, ...metrics]. */
  returnDict?: boolean;
}

/** One batch as given: tensors are used as they are, other values converted. */
function batchArgs(op: string, x: unknown, y: unknown, sw: unknown, needY: boolean): Batch {
  const made: Tensor[] = [];
  const tensor = (what: string, v: unknown): Tensor => {
    if (v instanceof Tensor) {
      v.assertAlive(op);
      return v;
    }
    let t: Tensor;
    try {
      t = toTensor(op, v as TensorLike);
    } catch (e) {
      throw new TypeError(`${op}: ${what} is not a tensor (${(e as Error).message})`);
    }
    made.push(t);
    return t;
  };
  if (x === undefined || x === null) throw new TypeError(`${op}: x is missing`);
  const xs = isTensorList(x) ? x : tensor("x", x);
  const list = Array.isArray(xs) ? xs : [xs];
  const n = list[0].rank === 0 ? -1 : list[0].shape[0];
  for (const [i, t] of list.entries()) {
    if (t.rank === 0 || t.shape[0] !== n) {
      throw new RangeError(
        `${op}: x${Array.isArray(xs) ? `[${i}]` : ""} has shape ${fmtShape(t.shape)}; ` +
          `every input needs a first axis of samples, the same for all`,
      );
    }
  }
  if (isTensorList(y) && y.length > 1) {
    throw new TypeError(
      `${op}: several label tensors (a multi-output model) are not supported yet`,
    );
  }
  let yt: Tensor | null = null;
  if (y !== undefined && y !== null) {
    yt = tensor("y", isTensorList(y) ? y[0] : y);
    if (yt.rank === 0 || yt.shape[0] !== n) {
      throw new RangeError(
        `${op}: x has ${n} samples but y has shape ${fmtShape(yt.shape)}; x and y need the ` +
          `same first dimension, one label per sample`,
      );
    }
  } else if (needY) {
    throw new TypeError(`${op}: y (the labels) is missing; call ${op}(x, y)`);
  }
  let swt: Tensor | null = null;
  if (sw !== undefined && sw !== null) {
    swt = tensor("sampleWeight", sw);
    if (swt.size !== n) {
      throw new RangeError(
        `${op}: sampleWeight has shape ${
          fmtShape(swt.shape)
        }; it needs one weight per sample (${n})`,
      );
    }
  }
  return { x: xs, y: yt, sw: swt, release: () => made.forEach((t) => t.dispose()) };
}

/**
 * One training step on exactly this batch; returns its loss (and metrics):
 * a number, [loss, ...metrics], or the logs with `returnDict`. Metrics are
 * reset first, so the values are this batch's (Keras 2's default).
 */
export function trainOnBatch(
  model: ModelLike,
  x: TensorLike | Tensor[],
  y: TensorLike,
  options: OnBatchOptions = {},
): number | number[] | Logs {
  return onBatch("trainOnBatch", model, x, y, options, true);
}

/** The loss (and metrics) of the model on this batch, without training. */
export function testOnBatch(
  model: ModelLike,
  x: TensorLike | Tensor[],
  y: TensorLike,
  options: OnBatchOptions = {},
): number | number[] | Logs {
  return onBatch("testOnBatch", model, x, y, options, false);
}

/** One step on one batch (training or not), with this batch's logs. */
function onBatch(
  op: string,
  model: ModelLike,
  x: TensorLike | Tensor[],
  y: TensorLike,
  options: OnBatchOptions,
  training: boolean,
): number | number[] | Logs {
  const c = requireCompiled(op, model);
  checkKeys(op, options, ["sampleWeight", "returnDict"]);
  const b = batchArgs(op, x, y, options.sampleWeight, c.loss !== null);
  resetState(c);
  try {
    runStep(op, model, c, b.x, b.y, b.sw, training);
  } finally {
    b.release();
  }
  syncOnly(op, model, c);
  const logs = currentLogs(c);
  return options.returnDict ? logs : flatten(c, logs);
}

/** trainOnBatch and testOnBatch return numbers at once: a step on the GPU cannot. */
function syncOnly(op: string, model: ModelLike, c: Compiled): void {
  if (c.pending.length === 0) return;
  resetState(c);
  throw new TypeError(
    `${op}: ${modelName(model)} ran on the GPU, and ${op} returns its loss at once, which would ` +
      `wait for the GPU (the step itself ran); use \`await model.fit(...)\` or ` +
      `\`await model.evaluate(...)\`, which read GPU results back many steps at a time, or call ` +
      `${op} inside tf.device("cpu", ...)`,
  );
}

/** The model's output on this batch (`training: false`). */
export function predictOnBatch(model: ModelLike, x: TensorLike | Tensor[]): Tensor | Tensor[] {
  return predict(model, x, { batchSize: Number.MAX_SAFE_INTEGER, verbose: 0 });
}
