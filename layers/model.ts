/**
 * `tf.keras.Model`: a layer with training and saving methods.
 *
 * Two ways to make one, as in Keras:
 * - subclassing: `class MyModel extends tf.keras.Model { ... call(x) { ... } }`,
 *   with layers assigned to fields (tracked automatically);
 * - functional: `new tf.keras.Model({ inputs, outputs })` from symbolic
 *   tensors (`tf.keras.Input` and layers called on it).
 *
 * A model is called like a layer: `model(x)` (or `model.apply(x, { training })`).
 * `compile`, `fit`, `evaluate`, `predict`, `trainOnBatch` (layers/training.ts)
 * and `saveWeights`/`loadWeights` (layers/safetensors.ts) delegate to the
 * training modules; `summary` prints Keras's table.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * class Linear extends tf.keras.Model {
 *   dense = new tf.keras.layers.Dense({ units: 1, kernelInitializer: "zeros" });
 *   override call(x: tf.Tensor) {
 *     return this.dense(x);
 *   }
 * }
 * const model = new Linear();
 * console.log(model(tf.ones([2, 3])).shape); // [2, 1]
 * console.log(model.variables.map((v) => v.name)); // ["linear/dense/kernel", "linear/dense/bias"]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import { zeros } from "../tape/ops/creation.ts";
import {
  _isBuildingFromCall,
  type CallOptions,
  checkKeys,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  type ShapeSpec,
  type SymbolicTensor,
  uniqueName,
} from "./layer.ts";
import { buildGraph, type Graph, runGraph } from "./functional.ts";
import { summary, type SummaryOptions } from "./summary.ts";
import type { TensorLike } from "../tape/convert.ts";
import type { Optimizer } from "../optim/optimizer.ts";
import type { Dataset } from "../data/dataset.ts";
import * as training from "./training.ts";
import type {
  CompileConfig,
  EvaluateOptions,
  FitOptions,
  OnBatchOptions,
  PredictOptions,
} from "./training.ts";
import type { History, Logs } from "./callbacks.ts";
import {
  loadWeights,
  type LoadWeightsOptions,
  saveWeights,
  type SaveWeightsOptions,
} from "./safetensors.ts";

/** Options of `new tf.keras.Model`. */
export interface ModelOptions extends LayerOptions {
  /** Functional API: the symbolic input(s), from `tf.keras.Input`. */
  inputs?: SymbolicTensor | readonly SymbolicTensor[];
  /** Functional API: the symbolic output(s), computed from `inputs` by layer calls. */
  outputs?: SymbolicTensor | readonly SymbolicTensor[];
}

/**
 * A model: a Layer that can be compiled, trained, evaluated, saved and
 * summarized. Subclass it and define `call`, or pass `{ inputs, outputs }`.
 */
export class Model<
  Out extends Tensor | Tensor[] = Tensor,
  Opts extends CallOptions = CallOptions,
> extends Layer<Out, Opts> {
  /** @internal The functional graph, or undefined for a subclassed model. */
  declare readonly _graph: Graph | undefined;
  /** The optimizer, set by `compile`. */
  declare optimizer?: Optimizer | null;
  /** Set to true (by a callback) to end `fit` after the current batch. */
  declare stopTraining?: boolean;
  /** The History of the last `fit`. */
  declare history?: History;

  constructor(options: ModelOptions = {}) {
    checkKeys(new.target.name, options, [...LAYER_KEYS, "inputs", "outputs"]);
    const { inputs, outputs, ...rest } = options;
    // Keras names functional models "functional", "functional_1", ...
    if (rest.name === undefined && inputs !== undefined && new.target === Model) {
      rest.name = uniqueName("functional");
    }
    super(rest);
    let graph: Graph | undefined;
    if (inputs !== undefined || outputs !== undefined) {
      if (inputs === undefined || outputs === undefined) {
        throw new TypeError(
          `${new.target.name}: the functional API needs both inputs and outputs; ` +
            `e.g. new tf.keras.Model({ inputs, outputs })`,
        );
      }
      graph = buildGraph(inputs, outputs);
      this._s.buildShape = graph.listInput
        ? graph.inputs.map((t) => t.shape)
        : graph.inputs[0].shape;
      this._s.outputShape = graph.listOutput
        ? graph.outputs.map((t) => t.shape)
        : graph.outputs[0].shape;
      this.built = true;
    }
    Object.defineProperty(this, "_graph", { value: graph, enumerable: false, writable: true });
  }

  /**
   * The model's layers: a functional model's in graph order (its
   * InputLayers first), a subclassed model's tracked sub-layers in field order.
   */
  get layers(): Layer[] {
    // deno-lint-ignore no-explicit-any
    return (this._graph ? [...this._graph.layers] : this._sublayers()) as any;
  }

  /** A layer by name (Keras's `get_layer`). */
  getLayer(name: string): Layer {
    const l = this.layers.find((x) => x.name === name);
    if (l === undefined) {
      throw new RangeError(
        `${this.constructor.name} "${this.name}": no layer named "${name}"; its layers are ` +
          `${this.layers.map((x) => `"${x.name}"`).join(", ")}`,
      );
    }
    return l;
  }

  /** @internal */
  // deno-lint-ignore no-explicit-any
  override _sublayers(): Layer<any, any>[] {
    return this._graph ? [...this._graph.layers] : super._sublayers();
  }

  /** A functional model's symbolic inputs (Keras's `model.inputs`). */
  get inputs(): readonly SymbolicTensor[] {
    return this._graph?.inputs ?? [];
  }

  /** A functional model's symbolic outputs. */
  get outputs(): readonly SymbolicTensor[] {
    return this._graph?.outputs ?? [];
  }

  /** A functional model runs its graph; a subclassed model defines its own call. */
  override call(inputs: Tensor | Tensor[], options?: Opts): Out {
    if (this._graph) {
      return runGraph(this._graph, this.name, inputs, options?.training ?? false) as Out;
    }
    return super.call(inputs, options);
  }

  /**
   * Creates the weights for inputs of `inputShape` (null for the batch) by
   * calling the model once on zeros, as Keras builds subclassed models.
   */
  override build(inputShape: ShapeSpec | ShapeSpec[]): void {
    if (_isBuildingFromCall(this) || this._graph) return;
    if (this.built) return;
    const one = (s: ShapeSpec) => zeros(s.map((d) => d ?? 1));
    const x = Array.isArray(inputShape[0])
      ? (inputShape as ShapeSpec[]).map(one)
      : one(inputShape as ShapeSpec);
    this.apply(x as Tensor, { training: false } as Opts);
  }

  // ---------------------------------------------------------------- training
  // One-line delegations to layers/training.ts and layers/safetensors.ts.

  /** Configures training: optimizer, loss, metrics (layers/training.ts). */
  compile(config: CompileConfig = {}): void {
    training.compile(this, config);
  }

  /** Trains on `x`, `y` or a dataset; resolves to the History (layers/training.ts). */
  fit(
    x: TensorLike | Tensor[] | Dataset,
    y?: TensorLike | FitOptions,
    options?: FitOptions,
  ): Promise<History> {
    return training.fit(this, x, y, options);
  }

  /** Loss and metrics on `x`, `y` or a dataset (layers/training.ts). */
  evaluate(
    x: TensorLike | Tensor[] | Dataset,
    y?: TensorLike | EvaluateOptions,
    options?: EvaluateOptions,
  ): Promise<number | number[] | Logs> {
    return training.evaluate(this, x, y, options);
  }

  /** Outputs for `x`, in batches (layers/training.ts). */
  predict(x: TensorLike | Tensor[] | Dataset, options?: PredictOptions): Tensor | Tensor[] {
    return training.predict(this, x, options);
  }

  /** One training step on one batch (layers/training.ts). */
  trainOnBatch(
    x: TensorLike | Tensor[],
    y: TensorLike,
    options?: OnBatchOptions,
  ): number | number[] | Logs {
    return training.trainOnBatch(this, x, y, options);
  }

  /** Loss and metrics on one batch, without training (layers/training.ts). */
  testOnBatch(
    x: TensorLike | Tensor[],
    y: TensorLike,
    options?: OnBatchOptions,
  ): number | number[] | Logs {
    return training.testOnBatch(this, x, y, options);
  }

  /** Outputs for one batch (layers/training.ts). */
  predictOnBatch(x: TensorLike | Tensor[]): Tensor | Tensor[] {
    return training.predictOnBatch(this, x);
  }

  /** Writes the weights to a safetensors file (layers/safetensors.ts). */
  saveWeights(path: string, options?: SaveWeightsOptions): void {
    saveWeights(this, path, options);
  }

  /** Reads the weights from a safetensors file (layers/safetensors.ts). */
  loadWeights(path: string, options?: LoadWeightsOptions): void {
    loadWeights(this, path, options);
  }

  /**
   * Prints Keras's summary table (layer and type, output shape, parameter
   * count, totals) and returns its text. `printFn` receives the text instead
   * of console.log.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const model = new tf.keras.Sequential([
   *   tf.keras.Input({ shape: [784] }),
   *   new tf.keras.layers.Dense(10),
   * ]);
   * const text = model.summary({ printFn: () => {} });
   * console.log(text.includes("Total params: 7,850 (30.66 KB)")); // true
   * ```
   */
  summary(options: SummaryOptions = {}): string {
    return summary(this, options);
  }
}
