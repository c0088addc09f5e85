// What training, callbacks and safetensors need of a model, and the state
// `compile` attaches to it.
//
// A model here is anything with Keras's Layer surface: `apply(inputs,
// { training })`, `trainableVariables`, `weights` (tf.Variables whose names
// are unique paths such as "dense/kernel") and `losses` (the regularization
// losses of the last call). `Model` (layers/model.ts) is one; tests use small
// stand-ins.

import type { Tensor } from "../tape/tensor.ts";
import { Variable } from "../tape/variable.ts";
import { fromData } from "../tape/convert.ts";
import type { TypedArray } from "../tape/dtype.ts";
import type { Optimizer } from "../optim/optimizer.ts";
import type { Loss } from "./losses.ts";
import type { Metric, MetricFn } from "./metrics.ts";

/** The surface of a model that compile, fit, callbacks and safetensors use. */
export interface ModelLike {
  /** Calls the model (Python's `model(x, training=...)`). */
  // deno-lint-ignore no-explicit-any
  apply(inputs: any, options?: any): unknown;
  /** Variables the optimizer updates. */
  readonly trainableVariables: readonly Variable[];
  /** Every variable of the model (trainable first, then the others), uniquely named. */
  readonly weights: readonly Variable[];
  /** Regularization losses of the last call. */
  readonly losses: readonly Tensor[];
  /** The model's name, for messages. */
  readonly name?: string;
  /** Set by compile (Keras's `model.optimizer`). */
  optimizer?: Optimizer | null;
  /** Set to true (by a callback) to end fit after the current batch or epoch. */
  stopTraining?: boolean;
  /**
   * Weight paths that do not depend on the process's layer counters
   * (Layer.weightPaths): the names weights files use when the model has it.
   */
  weightPaths?(): Map<Variable, string>;
}

/** A metric as `compile` takes it: a name, a Metric, or a function of (yTrue, yPred). */
export type MetricSpec = string | Metric | MetricFn;

/** The state `compile` attaches to a model. */
export interface Compiled {
  optimizer: Optimizer;
  /** The loss (null: only the model's own `losses`). */
  loss: Loss | null;
  /** The metrics as given (resolved at the first batch, since "accuracy" depends on shapes). */
  specs: readonly MetricSpec[];
  /** The resolved metrics, or null until the first batch. */
  metrics: Metric[] | null;
  /** Σ batch loss × batch size over the epoch so far (Keras's loss tracker). */
  lossSum: number;
  /** Σ batch size over the epoch so far. */
  lossCount: number;
  /**
   * Steps whose loss and predictions live on the GPU, not yet read back:
   * `fit` and `evaluate` read them in batches (one wait for many steps).
   */
  pending: PendingStep[];
  /** Whether training steps run op by op (compile's `runEagerly`). */
  runEagerly: boolean;
  /** Training steps run since compile. */
  steps: number;
  /** The captured training step (layers/training.ts), made at the second step. */
  captured:
    | ((
      op: string,
      model: ModelLike,
      c: Compiled,
      x: Tensor | Tensor[],
      y: Tensor | null,
      sw: Tensor | null,
    ) => [Tensor, Tensor])
    | null;
}

/** One step's results on the GPU, counted into the loss and metrics when read back. */
export interface PendingStep {
  /** The batch's total loss (a scalar on the GPU). */
  total: Tensor;
  /** Samples in the batch. */
  n: number;
  /** Labels, predictions and sample weights for the metrics. */
  y: Tensor | null;
  yPred: Tensor;
  sw: Tensor | null;
}

const compiled = new WeakMap<object, Compiled>();

/** The compiled state of `model`, or undefined. */
export function compiledOf(model: object): Compiled | undefined {
  return compiled.get(model);
}

/** Records the compiled state of `model`. */
export function setCompiled(model: object, c: Compiled): void {
  compiled.set(model, c);
}

/** A model's name for messages. */
export function modelName(model: ModelLike): string {
  const n = model.name;
  return typeof n === "string" && n.length > 0 ? `model '${n}'` : "the model";
}

/** Host copies of a model's weights (for EarlyStopping's restoreBestWeights). */
export function getWeightValues(model: ModelLike): TypedArray[] {
  return model.weights.map((v) => v.dataSync());
}

/** Restores weights taken by getWeightValues. */
export function setWeightValues(model: ModelLike, values: readonly TypedArray[]): void {
  const ws = model.weights;
  if (ws.length !== values.length) {
    throw new RangeError(
      `setWeights: ${
        modelName(model)
      } has ${ws.length} weights but ${values.length} values were given`,
    );
  }
  ws.forEach((v, i) => {
    if (values[i].length !== v.size) {
      throw new RangeError(
        `setWeights: weight '${v.name}' has ${v.size} elements but its value has ${
          values[i].length
        }`,
      );
    }
  });
  ws.forEach((v, i) => v.assign(fromData(values[i].slice(), v.shape, v.dtype)));
}

/** Checks that `x` has the model surface; throws a TypeError naming what is missing. */
export function checkModel(op: string, model: unknown): ModelLike {
  const m = model as Partial<ModelLike> | null;
  const missing: string[] = [];
  // Layers are callable objects (functions with the Layer prototype).
  if ((typeof m !== "object" && typeof m !== "function") || m === null) {
    throw new TypeError(`${op}: expected a model (a tf.keras.Model or Layer), got ${typeof model}`);
  }
  if (typeof m.apply !== "function") missing.push("apply(inputs, { training })");
  // `in`, not a read: a layer's getters compute their lists (and `losses` its penalties).
  for (const key of ["trainableVariables", "weights", "losses"] as const) {
    if (!(key in m)) missing.push(key);
  }
  if (missing.length > 0) {
    throw new TypeError(
      `${op}: expected a model (a tf.keras.Model or Layer); the object has no ${
        missing.join(", ")
      }`,
    );
  }
  return m as ModelLike;
}

/** Whether `x` is a Variable (used where Tensor and Variable differ). */
export function isVariable(x: unknown): x is Variable {
  return x instanceof Variable;
}
