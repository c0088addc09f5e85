/**
 * `tf.keras.layers.Layer`: the base of every layer and model.
 *
 * A layer is called like a function, as in Python: `layer(x)` (or
 * `layer.apply(x, { training })`, the same call under a name TypeScript
 * users know from TensorFlow.js). Layers are callable objects: the
 * constructor returns a function whose prototype is the layer's class, so
 * `layer(x)`, `layer instanceof Dense`, fields, methods and subclassing all
 * work together, and `typeof layer === "function"`.
 *
 * The first call builds the layer: `build(inputShape)` creates the weights
 * with `addWeight` (names are paths, "dense/kernel", prefixed by the models
 * the layer is first called in: "linear/dense/kernel"). Later calls check the
 * input against the layer's `inputSpec` and name the layer, the expected and
 * the given shape when it does not fit.
 *
 * Sub-layers and variables assigned to fields (directly, in arrays, Maps or
 * plain objects) are tracked: `variables`, `trainableVariables`,
 * `nonTrainableVariables`, `weights` and `losses` walk them, in Keras's order
 * (own trainable weights in creation order, own non-trainable weights, then
 * each sub-layer's, in field order; shared ones once).
 *
 * `training` (true in `fit`, false otherwise) reaches every nested layer
 * call: a layer called without `training` inside another layer's call takes
 * the outer call's value.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * class Scale extends tf.keras.layers.Layer {
 *   w!: tf.Variable;
 *   override build(inputShape: (number | null)[]) {
 *     this.w = this.addWeight("w", [inputShape[inputShape.length - 1]!], { initializer: "ones" });
 *   }
 *   override call(x: tf.Tensor) {
 *     return tf.multiply(x, this.w);
 *   }
 * }
 * const layer = new Scale();
 * console.log(layer(tf.ones([2, 3])).shape, layer.variables[0].name); // [2, 3] "scale/w"
 * ```
 *
 * @module
 */

import type { DType } from "../tape/dtype.ts";
import { Tensor } from "../tape/tensor.ts";
import { Variable } from "../tape/variable.ts";
import { type TensorLike, toTensor } from "../tape/convert.ts";
import { reduceSum } from "../tape/ops/reduce.ts";
import { zeros } from "../tape/ops/creation.ts";
import { sizeOf } from "../tape/_shape.ts";
import * as initializers from "./initializers.ts";
import * as regularizers from "./regularizers.ts";
import {
  type Dim,
  fmtSpec,
  isSymbolic,
  type Node,
  type ShapeSpec,
  SymbolicTensor,
} from "./symbolic.ts";
import { checkOptionKeys as checkKeys } from "../tape/_options.ts";

export { fmtSpec, SymbolicTensor };
export type { Dim, ShapeSpec };

/** Any layer, whatever its output and call-option types. */
// deno-lint-ignore no-explicit-any
export type AnyLayer = Layer<any, any>;

/** Options of a call: `layer(x, { training })`. */
export interface CallOptions {
  /**
   * Training mode (Dropout drops, BatchNormalization uses and updates batch
   * statistics). Default: the enclosing call's value, else false.
   */
  training?: boolean;
}

/** The functional-API result type for a layer whose concrete output is `O`. */
export type SymbolicOf<O> = O extends readonly Tensor[] ? SymbolicTensor[] : SymbolicTensor;

/** Options every layer accepts (Keras's base-layer arguments). */
export interface LayerOptions {
  /** Unique name; default the class name in snake_case, numbered: "dense", "dense_1", ... */
  name?: string;
  /** Whether the weights are trained (default true). */
  trainable?: boolean;
  /** Weight dtype: "float32" only. */
  dtype?: DType;
  /** Shape of one sample (no batch), for the first layer of a Sequential model. */
  inputShape?: ShapeSpec;
  /** Batch size paired with `inputShape` (default unknown). */
  batchSize?: number;
  /** Full input shape including the batch (`[null, 784]`), instead of inputShape. */
  batchInputShape?: ShapeSpec;
  /** `inputShape: [inputDim]`, for the first Dense of a Sequential model. */
  inputDim?: number;
  /** A penalty on the layer's outputs, added to `losses` at each call. */
  activityRegularizer?: regularizers.RegularizerIdentifier | null;
}

/** The keys of LayerOptions, for option checking in subclasses. */
export const LAYER_KEYS = [
  "name",
  "trainable",
  "dtype",
  "inputShape",
  "batchSize",
  "batchInputShape",
  "inputDim",
  "activityRegularizer",
] as const;

/** Options of `addWeight`. */
export interface AddWeightOptions {
  /** How to fill it (default "glorot_uniform" for float32, "zeros" for int32). */
  initializer?: initializers.InitializerIdentifier;
  /** A penalty added to the layer's `losses` while the weight is trainable. */
  regularizer?: regularizers.RegularizerIdentifier | null;
  /** Whether optimizers update it (default true). */
  trainable?: boolean;
  /** "float32" (default) or "int32". */
  dtype?: DType;
}

/**
 * What a layer requires of its inputs (Keras's InputSpec): checked at every
 * call, so that a wrong shape fails with the layer's name instead of deep in
 * an op.
 */
export interface InputSpec {
  /** Exact rank. */
  ndim?: number;
  /** Minimum rank. */
  minNdim?: number;
  /** Maximum rank. */
  maxNdim?: number;
  /** Required sizes of some axes (negative axes count from the end). */
  axes?: Readonly<Record<number, number>>;
  /** Required dtype. */
  dtype?: DType;
  /** In a list of specs: this input (and those after it) may be left out. */
  optional?: boolean;
}

/** A layer's internal state (one non-enumerable field, so field tracking skips it). */
interface LayerState {
  name: string;
  trainable: boolean;
  built: boolean;
  dtype: DType;
  /** Weights made by addWeight, in creation order. */
  weights: Variable[];
  byName: Map<string, Variable>;
  regularized: Map<Variable, regularizers.Regularizer>;
  /** Variables turned off by `trainable = false` (turned back on by `trainable = true`). */
  frozen: Set<Variable>;
  /** Losses added by addLoss during the last call (of generation lossGen). */
  callLosses: Tensor[];
  /** The outermost call during which callLosses were added. */
  lossGen: number;
  /** The outermost call during which this layer was last called. */
  gen: number;
  /** The path, once known (parentPath set). */
  path: string | null;
  inputSpec: InputSpec | (InputSpec | null)[] | null;
  /** The shape the layer was built for. */
  buildShape: ShapeSpec | ShapeSpec[] | null;
  /** The output shape(s) of the last call (concrete or symbolic). */
  outputShape: ShapeSpec | ShapeSpec[] | null;
  /** Calls on symbolic tensors (functional API). */
  nodes: Node[];
  /** From inputShape/batchInputShape options: the input a Sequential model starts from. */
  batchInputShape: ShapeSpec | null;
  /** Path of the scope the layer was first called in ("" at top level). */
  parentPath: string | null;
  /** Penalty on the outputs, or null. */
  activityRegularizer: regularizers.Regularizer | null;
  /** Whether the name was made up (numbered by class) rather than given. */
  autoName: boolean;
}

// Per-process naming and call state: plain values only (no tensors).
const nameCounts = new Map<string, number>();
/** Paths of the layers being called, innermost last. */
const pathStack: string[] = [];
/** `training` of the calls in progress, innermost last. */
const trainingStack: boolean[] = [];
/** Counts outermost calls: losses added by addLoss belong to one of them. */
let generation = 0;
/** The call options passed to `call` when the caller gave none. */
const TRAINING = Object.freeze({ training: true });
const INFERENCE = Object.freeze({ training: false });
/** The layer whose `build` runs from its first call (Model.build then does nothing more). */
let buildingFromCall: unknown = null;

/** @internal Whether `layer.build` was called by the layer's first call (not by the user). */
export function _isBuildingFromCall(layer: unknown): boolean {
  return buildingFromCall === layer;
}

/** Rejects unknown option keys (see tape/_options.ts): for the layer classes. */
export { checkKeys };

/** Keras's `to_snake_case` of a class name: "Conv2D" -> "conv2d", "MyModel" -> "my_model". */
export function snakeCaseName(name: string): string {
  return name
    .replace(/\W+/g, "")
    .replace(/(.)([A-Z][a-z]+)/g, "$1_$2")
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

/** A unique name for a new layer: prefix, prefix_1, prefix_2, ... (Keras's `get_uid`). */
export function uniqueName(prefix: string): string {
  const n = nameCounts.get(prefix) ?? 0;
  nameCounts.set(prefix, n + 1);
  return n === 0 ? prefix : `${prefix}_${n}`;
}

/** The description of a layer in messages: `Dense layer "dense"`. */
export function who(layer: AnyLayer): string {
  return `${layer.constructor.name} layer "${layer.name}"`;
}

function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (v instanceof Tensor) return `a tensor of shape [${v.shape.join(", ")}]`;
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "object") return (v as object).constructor?.name ?? "an object";
  return `${typeof v} ${String(v)}`;
}

/**
 * Resolves every `...Initializer` and `...Regularizer` option of `o` now (so
 * an unknown name fails at construction, as in Keras) and returns a copy
 * holding the resolved objects.
 */
export function resolveWeightOptions<O extends object>(cls: string, o: O): O {
  const out = { ...o } as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null) continue;
    if (k.endsWith("Initializer")) {
      out[k] = initializers.get(v as initializers.InitializerIdentifier, `${cls}: ${k}`);
    } else if (k.endsWith("Regularizer") && k !== "activityRegularizer") {
      out[k] = regularizers.get(v as regularizers.RegularizerIdentifier, `${cls}: ${k}`);
    }
  }
  return out as O;
}

/** Checks an integer option >= min. */
export function intOption(cls: string, key: string, v: unknown, min: number): number {
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw new TypeError(`${cls}: ${key} must be an integer, got ${describeValue(v)}`);
  }
  if (v < min) throw new RangeError(`${cls}: ${key} must be >= ${min}, got ${v}`);
  return v;
}

/** Checks a number option in [lo, hi] (hiOpen: < hi). */
export function numOption(
  cls: string,
  key: string,
  v: unknown,
  dflt: number,
  lo = -Infinity,
  hi = Infinity,
  hiOpen = false,
): number {
  if (v === undefined) return dflt;
  if (typeof v !== "number" || Number.isNaN(v)) {
    throw new TypeError(`${cls}: ${key} must be a number, got ${describeValue(v)}`);
  }
  if (v < lo || v > hi || (hiOpen && v === hi)) {
    throw new RangeError(
      `${cls}: ${key} must be in [${lo}, ${hi}${hiOpen ? ")" : "]"}, got ${v}`,
    );
  }
  return v;
}

/** Checks a boolean option. */
export function boolOption(cls: string, key: string, v: unknown, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v !== "boolean") {
    throw new TypeError(`${cls}: ${key} must be true or false, got ${describeValue(v)}`);
  }
  return v;
}

/** Checks a string option against its allowed values. */
export function enumOption<T extends string>(
  cls: string,
  key: string,
  v: unknown,
  allowed: readonly T[],
  dflt: T,
): T {
  if (v === undefined) return dflt;
  const s = typeof v === "string" ? v.toLowerCase() : v;
  if (!allowed.includes(s as T)) {
    throw new RangeError(
      `${cls}: ${key} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ` +
        `${describeValue(v)}`,
    );
  }
  return s as T;
}

/**
 * Merges a positional first argument into options: `new Dense(3, { ... })`
 * and `new Dense({ units: 3, ... })` both give `{ units: 3, ... }`.
 */
export function positional<O extends object>(
  cls: string,
  key: string,
  first: unknown,
  rest: O | undefined,
): O & Record<string, unknown> {
  if (first !== null && typeof first === "object" && !Array.isArray(first)) {
    if (rest !== undefined) {
      throw new TypeError(
        `${cls}: pass either new ${cls}(${key}, options) or new ${cls}({ ${key}, ... }), not two objects`,
      );
    }
    return first as O & Record<string, unknown>;
  }
  if (rest !== undefined && (rest === null || typeof rest !== "object" || Array.isArray(rest))) {
    throw new TypeError(`${cls}: options must be an object, got ${describeValue(rest)}`);
  }
  if (rest !== undefined && key in rest) {
    throw new TypeError(`${cls}: ${key} was given twice (positionally and in the options)`);
  }
  return { ...(rest ?? {}), [key]: first } as O & Record<string, unknown>;
}

/** Shapes of concrete or symbolic layer inputs/outputs. */
function shapesOf(x: unknown): ShapeSpec | ShapeSpec[] {
  if (x instanceof Tensor || x instanceof SymbolicTensor) return x.shape;
  return (x as (Tensor | SymbolicTensor)[]).map((t) => t.shape);
}

function isShapeList(s: ShapeSpec | ShapeSpec[]): s is ShapeSpec[] {
  return s.length > 0 && Array.isArray(s[0]);
}

/** Collects the Layers and Variables reachable through a value (fields, arrays, Maps, objects). */
function walk(v: unknown, layers: AnyLayer[], vars: Variable[], seen: Set<unknown>) {
  if (v === null || (typeof v !== "object" && typeof v !== "function")) return;
  if (seen.has(v)) return;
  seen.add(v);
  if (v instanceof Layer) {
    layers.push(v as AnyLayer);
    return;
  }
  if (v instanceof Variable) {
    vars.push(v);
    return;
  }
  if (typeof v === "function" || v instanceof Tensor || ArrayBuffer.isView(v)) return;
  if (Array.isArray(v)) {
    // Arrays of numbers (data kept on a model) are skipped without a scan.
    const f = v[0];
    if (v.length === 0 || f === null || (typeof f !== "object" && typeof f !== "function")) return;
    for (const e of v) walk(e, layers, vars, seen);
    return;
  }
  if (v instanceof Map) {
    for (const e of v.values()) walk(e, layers, vars, seen);
    return;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], layers, vars, seen);
  }
}

/** The layer called as a function: `layer(x)`, `layer([a, b])`, `layer(symbolic)`. */
export interface Layer<
  Out extends Tensor | Tensor[] = Tensor,
  Opts extends CallOptions = CallOptions,
> {
  /** Calls the layer on symbolic inputs (functional API): records a node, returns symbolic outputs. */
  (inputs: SymbolicTensor | readonly SymbolicTensor[], options?: Opts): SymbolicOf<Out>;
  /** Calls the layer on tensors (building it on the first call): `model(X)`. */
  (inputs: TensorLike | readonly Tensor[], options?: Opts): Out;
}

/**
 * The base class of layers and models. Subclasses override `build` (to
 * create weights from the input shape) and `call` (the forward pass).
 */
export class Layer<
  Out extends Tensor | Tensor[] = Tensor,
  Opts extends CallOptions = CallOptions,
> {
  /** @internal All state, in one non-enumerable field (field tracking walks the others). */
  declare readonly _s: LayerState;

  constructor(options: LayerOptions = {}) {
    const cls = new.target.name;
    if (options === null || typeof options !== "object" || Array.isArray(options)) {
      throw new TypeError(`${cls}: options must be an object, got ${describeValue(options)}`);
    }
    const name = options.name ?? uniqueName(snakeCaseName(cls));
    if (typeof name !== "string" || name.length === 0 || name.includes("/")) {
      throw new TypeError(
        `${cls}: name must be a non-empty string without "/", got ${describeValue(name)}; ` +
          `"/" separates the parts of weight paths`,
      );
    }
    const dtype = options.dtype ?? "float32";
    if (dtype !== "float32") {
      throw new TypeError(
        `${cls} "${name}": dtype ${JSON.stringify(dtype)} is not supported; layers compute in ` +
          `"float32" (leave dtype out)`,
      );
    }
    let batchInputShape: ShapeSpec | null = null;
    if (options.batchInputShape !== undefined) {
      batchInputShape = checkSpec(cls, "batchInputShape", options.batchInputShape);
    } else if (options.inputShape !== undefined) {
      const s = checkSpec(cls, "inputShape", options.inputShape);
      batchInputShape = [options.batchSize ?? null, ...s];
    } else if (options.inputDim !== undefined) {
      batchInputShape = [
        options.batchSize ?? null,
        intOption(cls, "inputDim", options.inputDim, 1),
      ];
    }
    const state: LayerState = {
      name,
      trainable: boolOption(cls, "trainable", options.trainable, true),
      built: false,
      dtype,
      weights: [],
      byName: new Map(),
      regularized: new Map(),
      frozen: new Set(),
      callLosses: [],
      lossGen: -1,
      gen: -1,
      path: null,
      inputSpec: null,
      buildShape: null,
      outputShape: null,
      nodes: [],
      batchInputShape,
      parentPath: null,
      autoName: options.name === undefined,
      activityRegularizer: options.activityRegularizer == null
        ? null
        : regularizers.get(options.activityRegularizer, `${cls} "${name}": activityRegularizer`),
    };
    // The callable: `layer(x)` runs `layer.apply(x)`. Its own `name` and
    // `length` (function metadata) are removed so the layer's accessors show.
    const self =
      ((inputs: unknown, opts?: Opts) =>
        (self as unknown as Layer).apply(inputs as Tensor, opts)) as unknown as this;
    Reflect.deleteProperty(self, "name");
    Reflect.deleteProperty(self, "length");
    Object.setPrototypeOf(self, new.target.prototype);
    Object.defineProperty(self, "_s", { value: state, enumerable: false });
    return self;
  }

  // ---------------------------------------------------------------- identity

  /** The layer's name (unique among auto-named layers). */
  get name(): string {
    return this._s.name;
  }

  /** The layer's path: the scopes it was first called in and its name, "linear/dense". */
  get path(): string {
    const s = this._s;
    if (s.path !== null) return s.path;
    const p = s.parentPath;
    const path = p ? `${p}/${s.name}` : s.name;
    if (p !== null) s.path = path;
    return path;
  }

  /** The weights' dtype ("float32"). */
  get dtype(): DType {
    return this._s.dtype;
  }

  /** Whether `build` has run (the weights exist). */
  get built(): boolean {
    return this._s.built;
  }
  set built(v: boolean) {
    this._s.built = v;
  }

  /**
   * Whether the layer's weights are trained. Setting it sets every
   * sub-layer's too (Keras 3), and turns the layer's trainable weights off
   * or back on.
   */
  get trainable(): boolean {
    return this._s.trainable;
  }
  set trainable(value: boolean) {
    if (typeof value !== "boolean") {
      throw new TypeError(
        `${who(this)}: trainable must be true or false, got ${describeValue(value)}`,
      );
    }
    const s = this._s;
    s.trainable = value;
    for (const v of this._ownVariables()) {
      if (!value && v.trainable) {
        v.trainable = false;
        s.frozen.add(v);
      } else if (value && s.frozen.has(v)) {
        v.trainable = true;
        s.frozen.delete(v);
      }
    }
    for (const l of this._sublayers()) l.trainable = value;
  }

  /** What inputs must look like (set by `build`; checked at every call). */
  get inputSpec(): InputSpec | (InputSpec | null)[] | null {
    return this._s.inputSpec;
  }
  set inputSpec(spec: InputSpec | (InputSpec | null)[] | null) {
    this._s.inputSpec = spec;
  }

  /** The input shape the layer was built for (null before). */
  get buildInputShape(): ShapeSpec | ShapeSpec[] | null {
    return this._s.buildShape;
  }

  /**
   * The output shape of the last call: symbolic (with null batch) after a
   * functional or Sequential build, concrete after a call on tensors; null
   * before any call.
   */
  get outputShape(): ShapeSpec | ShapeSpec[] | null {
    return this._s.outputShape;
  }

  // ---------------------------------------------------------------- weights

  /**
   * Creates a weight of this layer: a `tf.Variable` named by its path
   * ("dense/kernel"). Call it from `build` (or the constructor).
   */
  addWeight(name: string, shape: readonly number[], options: AddWeightOptions = {}): Variable {
    const w = who(this);
    if (typeof name !== "string" || name.length === 0) {
      throw new TypeError(`${w}: addWeight needs a non-empty name, got ${describeValue(name)}`);
    }
    checkKeys(`${w}: addWeight`, options, ["initializer", "regularizer", "trainable", "dtype"]);
    if (!Array.isArray(shape) || shape.some((d) => !Number.isInteger(d) || d < 0)) {
      throw new RangeError(
        `${w}: addWeight "${name}": shape must be an array of integers >= 0, got ` +
          `${JSON.stringify(shape)}; build receives the input shape with null for unknown ` +
          `sizes: use only the known ones`,
      );
    }
    const s = this._s;
    if (s.byName.has(name)) {
      throw new RangeError(
        `${w}: a weight named "${name}" already exists; give each weight its own name`,
      );
    }
    const dtype = options.dtype ?? "float32";
    if (dtype !== "float32" && dtype !== "int32") {
      throw new TypeError(
        `${w}: addWeight "${name}": dtype must be "float32" or "int32", got ${dtype}`,
      );
    }
    const init = initializers.get(
      options.initializer ?? (dtype === "float32" ? "glorot_uniform" : "zeros"),
      `${w}: addWeight "${name}"`,
    );
    const trainable = boolOption(`${w}: addWeight "${name}"`, "trainable", options.trainable, true);
    const value = init.call(shape, dtype);
    if (value.dtype !== dtype) {
      throw new TypeError(`${w}: the initializer of "${name}" gave ${value.dtype}, not ${dtype}`);
    }
    const variable = new Variable(value, {
      name: `${this.path}/${name}`,
      trainable: trainable && s.trainable,
      dtype,
    });
    if (value !== variable) value.dispose();
    if (trainable && !s.trainable) s.frozen.add(variable);
    s.weights.push(variable);
    s.byName.set(name, variable);
    if (options.regularizer !== undefined && options.regularizer !== null) {
      s.regularized.set(
        variable,
        regularizers.get(options.regularizer, `${w}: addWeight "${name}"`),
      );
    }
    return variable;
  }

  /**
   * A weight by its name within this layer ("kernel"); a clear error when
   * the layer is not built yet.
   */
  protected _weight(name: string): Variable {
    const v = this._s.byName.get(name);
    if (v !== undefined) return v;
    if (!this._s.built) {
      throw new TypeError(
        `${who(this)}: "${name}" does not exist until the layer is built; call the layer on an ` +
          `input first (or layer.build(inputShape))`,
      );
    }
    throw new RangeError(`${who(this)} has no weight "${name}"`);
  }

  /** @internal Own variables: addWeight's, then those assigned to fields (Keras's order). */
  _ownVariables(): Variable[] {
    const s = this._s;
    const layers: AnyLayer[] = [];
    const fieldVars: Variable[] = [];
    const seen = new Set<unknown>(s.weights);
    for (const k of Object.keys(this)) {
      walk((this as Record<string, unknown>)[k], layers, fieldVars, seen);
    }
    const all = fieldVars.length === 0 ? s.weights : [...s.weights, ...fieldVars];
    // Trainable (or frozen trainable) first, then the others, each in creation order.
    const first = all.filter((v) => v.trainable || s.frozen.has(v));
    if (first.length === all.length) return all.slice();
    return [...first, ...all.filter((v) => !(v.trainable || s.frozen.has(v)))];
  }

  /**
   * @internal The directly tracked sub-layers: Layers in fields, arrays, Maps
   * and plain objects, in field order. Sequential and functional models
   * override it.
   */
  _sublayers(): AnyLayer[] {
    const layers: AnyLayer[] = [];
    const vars: Variable[] = [];
    const seen = new Set<unknown>([this]);
    for (const k of Object.keys(this)) {
      walk((this as Record<string, unknown>)[k], layers, vars, seen);
    }
    return layers;
  }

  /** @internal This layer and every layer below it, each once, depth first. */
  _flatten(out: AnyLayer[] = [], seen: Set<AnyLayer> = new Set()): AnyLayer[] {
    if (seen.has(this)) return out;
    seen.add(this);
    out.push(this);
    for (const l of this._sublayers()) l._flatten(out, seen);
    return out;
  }

  /** Every variable of the layer and its sub-layers, each once (Keras's order). */
  get variables(): Variable[] {
    const out: Variable[] = [];
    const seen = new Set<Variable>();
    for (const l of this._flatten()) {
      for (const v of l._ownVariables()) {
        if (!seen.has(v)) {
          seen.add(v);
          out.push(v);
        }
      }
    }
    return out;
  }

  /** The variables optimizers update: none when the layer is not trainable. */
  get trainableVariables(): Variable[] {
    if (!this._s.trainable) return [];
    return this.variables.filter((v) => v.trainable);
  }

  /** The other variables (BatchNormalization's moving statistics, frozen weights). */
  get nonTrainableVariables(): Variable[] {
    if (!this._s.trainable) return this.variables;
    return this.variables.filter((v) => !v.trainable);
  }

  /** The same list as `variables` (Keras keeps both names). */
  get weights(): Variable[] {
    return this.variables;
  }

  /** `trainableVariables` (Keras's other name). */
  get trainableWeights(): Variable[] {
    return this.trainableVariables;
  }

  /** `nonTrainableVariables` (Keras's other name). */
  get nonTrainableWeights(): Variable[] {
    return this.nonTrainableVariables;
  }

  /**
   * Each weight's path below this layer in a form that does not depend on
   * how many layers the process made before: a layer named by the user keeps
   * its name; an auto-named one is its class prefix numbered among its
   * siblings ("dense", "dense_1" within each parent, as Keras numbers layers
   * in its weights files). Two models built by the same code get the same
   * paths, even in one process, while their variable names ("dense_7/kernel")
   * differ. Order and contents are those of `weights`.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const make = () => new tf.keras.Sequential([tf.keras.Input({ shape: [2] }), new tf.keras.layers.Dense(1)]);
   * const a = make(), b = make();
   * console.log([...a.weightPaths().values()], [...b.weightPaths().values()]); // both ["dense/kernel", "dense/bias"]
   * ```
   */
  weightPaths(): Map<Variable, string> {
    const out = new Map<Variable, string>();
    const visited = new Set<AnyLayer>();
    const visit = (layer: AnyLayer, prefix: string) => {
      if (visited.has(layer)) return;
      visited.add(layer);
      const s = layer._s;
      const local = new Map<Variable, string>();
      for (const [n, v] of s.byName) local.set(v, n);
      for (const v of layer._ownVariables()) {
        if (out.has(v)) continue;
        const n = local.get(v) ?? v.name.slice(v.name.lastIndexOf("/") + 1);
        out.set(v, prefix + n);
      }
      const counts = new Map<string, number>();
      const used = new Set<string>();
      const subs = layer._sublayers();
      for (const sub of subs) if (!sub._s.autoName) used.add(sub.name);
      for (const sub of subs) {
        let seg = sub.name;
        if (sub._s.autoName) {
          const base = snakeCaseName(sub.constructor.name);
          let k = counts.get(base) ?? 0;
          do {
            seg = k === 0 ? base : `${base}_${k}`;
            k++;
          } while (used.has(seg));
          counts.set(base, k);
          used.add(seg);
        }
        visit(sub, `${prefix}${seg}/`);
      }
    };
    visit(this, "");
    // Keep the order of `weights`.
    const ordered = new Map<Variable, string>();
    for (const v of this.weights) ordered.set(v, out.get(v)!);
    return ordered;
  }

  /** The number of scalars in the weights. The layer must be built. */
  countParams(): number {
    if (!this._s.built) {
      throw new TypeError(
        `${who(this)}: countParams needs the weights, which are made when the layer is built; ` +
          `call the layer on an input first (or layer.build(inputShape))`,
      );
    }
    let n = 0;
    for (const v of this.variables) n += v.size;
    return n;
  }

  /** Copies of the weights' values, in `weights` order (Keras's `get_weights`). */
  getWeights(): Tensor[] {
    return this.weights.map((v) => toTensor("getWeights", v.dataSync(), v.dtype).reshape(v.shape));
  }

  /**
   * Sets every weight from a list in `weights` order (Keras's
   * `set_weights`); all values are checked before any is assigned.
   */
  setWeights(values: readonly TensorLike[]): void {
    const ws = this.weights;
    if (!Array.isArray(values) || values.length !== ws.length) {
      throw new RangeError(
        `${who(this)}: setWeights got ${
          Array.isArray(values) ? values.length : describeValue(values)
        } ` +
          `values for ${ws.length} weights (${ws.map((w) => w.name).join(", ")}); ${
            ws.length === 0 && !this.built
              ? "the layer has no weights until it is built: call it on an input first"
              : "pass one per weight"
          }`,
      );
    }
    const ts = values.map((v, i) => toTensor("setWeights", v, ws[i].dtype));
    ts.forEach((t, i) => {
      const w = ws[i];
      if (
        t.dtype !== w.dtype || t.shape.length !== w.shape.length ||
        t.shape.some((d, j) => d !== w.shape[j])
      ) {
        throw new RangeError(
          `${who(this)}: setWeights value ${i} has shape [${
            t.shape.join(", ")
          }] (${t.dtype}) but ` +
            `weight "${w.name}" has shape [${
              w.shape.join(", ")
            }] (${w.dtype}); nothing was changed`,
        );
      }
    });
    ts.forEach((t, i) => ws[i].assign(t));
  }

  // ---------------------------------------------------------------- losses

  /**
   * Adds a loss computed in `call` (Keras's `add_loss`); it is part of
   * `losses` until the next outermost call. Non-scalar losses are summed.
   */
  addLoss(loss: TensorLike): void {
    const t = toTensor("addLoss", loss);
    this._addCallLoss(t.rank === 0 ? t : reduceSum(t));
  }

  /** Adds a loss of the current outermost call (dropping those of earlier calls). */
  private _addCallLoss(t: Tensor): void {
    const s = this._s;
    if (s.lossGen !== generation) {
      s.callLosses = [];
      s.lossGen = generation;
    }
    s.callLosses.push(t);
  }

  /**
   * Scalar losses: those added by `addLoss` in the last call (this layer's
   * and its sub-layers'), then the regularization penalties of the trainable
   * weights, computed now from their current values: read it inside the
   * tape's recording so that its gradient reaches the weights.
   */
  get losses(): Tensor[] {
    const layers = this._flatten();
    const out: Tensor[] = [];
    // Only losses of this layer's last outermost call count.
    const gen = this._s.gen;
    for (const l of layers) if (l._s.lossGen === gen) out.push(...l._s.callLosses);
    let trainable: Set<Variable> | null = null;
    for (const l of layers) {
      for (const [v, reg] of l._s.regularized) {
        trainable ??= new Set(this.trainableVariables);
        if (trainable.has(v)) out.push(reg.call(v));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- calling

  /**
   * Creates the weights for inputs of `inputShape` (null for unknown sizes;
   * a list of shapes for several inputs). Called once, by the first call;
   * override it and use `addWeight`. Set `inputSpec` here to have inputs checked.
   */
  build(_inputShape: ShapeSpec | ShapeSpec[]): void {}

  /** The forward pass. Override it; call the layer (or `apply`) rather than `call`. */
  call(_inputs: Tensor | Tensor[], _options?: Opts): Out {
    throw new TypeError(
      `${who(this as AnyLayer)}: ${this.constructor.name} does not implement call(); ` +
        `a Layer or Model subclass must define call(inputs, { training })`,
    );
  }

  /**
   * The output shape for inputs of `inputShape` (null for unknown sizes).
   * Built-in layers compute it; the default runs `call` on zero tensors
   * (each unknown size tried as 2 and 3) and reports the sizes that
   * depend on the unknown ones as null. `options` are the call's options
   * (some change the outputs, e.g. returnAttentionScores).
   */
  computeOutputShape(
    inputShape: ShapeSpec | ShapeSpec[],
    options?: Opts,
  ): ShapeSpec | ShapeSpec[] {
    const list = isShapeList(inputShape) ? inputShape : [inputShape as ShapeSpec];
    const dtypes = list.map(() => "float32" as DType);
    return this._traceShapes(list, dtypes, isShapeList(inputShape), options).shapes;
  }

  /** Runs `call` on zeros twice to find the output shapes and dtypes. */
  private _traceShapes(
    shapes: readonly ShapeSpec[],
    dtypes: readonly DType[],
    listInput: boolean,
    options?: Opts,
  ): { shapes: ShapeSpec | ShapeSpec[]; dtypes: DType[] } {
    const opts = { ...options, training: false } as Opts;
    const run = (fillIn: number) => {
      const xs = shapes.map((s, i) => zeros(s.map((d) => d ?? fillIn), dtypes[i]));
      trainingStack.push(false);
      try {
        return this.call(listInput ? xs : xs[0], opts) as Tensor | Tensor[];
      } finally {
        trainingStack.pop();
      }
    };
    const a = run(2), b = run(3);
    const la = a instanceof Tensor ? [a] : a, lb = b instanceof Tensor ? [b] : b;
    const out = la.map((t, i) => {
      const u = lb[i];
      if (u === undefined || u.rank !== t.rank) {
        throw new RangeError(
          `${who(this as AnyLayer)}: the output rank changes with the input's unknown ` +
            `sizes; define computeOutputShape(inputShape) for this layer`,
        );
      }
      return t.shape.map((d, j) => (d === u.shape[j] ? d : null));
    });
    return { shapes: a instanceof Tensor ? out[0] : out, dtypes: la.map((t) => t.dtype) };
  }

  /**
   * Calls the layer: `layer.apply(x, { training })` is `layer(x, { training })`.
   * Builds the layer on the first call, checks the input against
   * `inputSpec`, then runs `call`. On symbolic inputs (functional API) it
   * records the call and returns symbolic outputs.
   */
  apply(inputs: SymbolicTensor | readonly SymbolicTensor[], options?: Opts): SymbolicOf<Out>;
  apply(inputs: TensorLike | readonly Tensor[], options?: Opts): Out;
  apply(
    inputs: TensorLike | readonly Tensor[] | SymbolicTensor | readonly SymbolicTensor[],
    options?: Opts,
  ): Out | SymbolicOf<Out> {
    if (options !== undefined && (options === null || typeof options !== "object")) {
      throw new TypeError(
        `${who(this)}: the second argument must be call options such as { training: true }, got ` +
          `${describeValue(options)}; pass several inputs as one array: layer([a, b])`,
      );
    }
    if (isSymbolic(inputs)) return this._symbolicCall(inputs, options ?? ({} as Opts));
    const s = this._s;
    const x = this._toInputs(inputs as TensorLike | readonly Tensor[]);
    const depth = trainingStack.length;
    const training = options?.training ?? (depth > 0 ? trainingStack[depth - 1] : false);
    if (typeof training !== "boolean") {
      throw new TypeError(
        `${who(this)}: training must be true or false, got ${describeValue(training)}`,
      );
    }
    if (depth === 0) generation++;
    s.gen = generation;
    trainingStack.push(training);
    if (s.parentPath === null) {
      s.parentPath = pathStack.length > 0 ? pathStack[pathStack.length - 1] : "";
    }
    pathStack.push(this.path);
    try {
      if (!s.built) this._build(shapesOf(x));
      this._checkInputs(x);
      const opts = options === undefined
        ? (training ? TRAINING : INFERENCE) as Opts
        : options.training === training
        ? options
        : { ...options, training } as Opts;
      const y = this.call(x, opts);
      s.outputShape = shapesOf(y);
      if (s.activityRegularizer !== null) {
        const ys = (y instanceof Tensor ? [y] : y) as Tensor[];
        for (const t of ys) this._addCallLoss(s.activityRegularizer.call(t));
      }
      return y;
    } finally {
      pathStack.pop();
      trainingStack.pop();
    }
  }

  /** Converts call inputs: one TensorLike, or an array of tensors (several inputs). */
  private _toInputs(inputs: TensorLike | readonly Tensor[]): Tensor | Tensor[] {
    if (inputs instanceof Tensor) {
      if (inputs.disposed) inputs.assertAlive(this.name);
      return inputs;
    }
    if (Array.isArray(inputs) && inputs.length > 0 && inputs.every((e) => e instanceof Tensor)) {
      return inputs as Tensor[];
    }
    if (inputs === undefined || inputs === null) {
      throw new TypeError(`${who(this)}: called without an input; pass a tensor: layer(x)`);
    }
    return toTensor(this.name, inputs as TensorLike);
  }

  /** Builds once, inside the layer's name scope (which the caller has opened). */
  private _build(shape: ShapeSpec | ShapeSpec[]): void {
    const s = this._s;
    if (s.inputSpec !== null) {
      this._checkShapes(isShapeList(shape) ? shape : [shape as ShapeSpec], null);
    }
    const prev = buildingFromCall;
    buildingFromCall = this;
    try {
      this.build(shape);
    } finally {
      buildingFromCall = prev;
    }
    s.built = true;
    s.buildShape = shape;
  }

  /** @internal Builds the layer for `inputShape` now (Keras's `layer.build(shape)`), if not built. */
  _buildFor(shape: ShapeSpec | ShapeSpec[]): void {
    if (this._s.built) return;
    const s = this._s;
    if (s.parentPath === null) {
      s.parentPath = pathStack.length > 0 ? pathStack[pathStack.length - 1] : "";
    }
    pathStack.push(this.path);
    try {
      this._build(shape);
    } finally {
      pathStack.pop();
    }
  }

  private _checkInputs(x: Tensor | Tensor[]): void {
    if (this._s.inputSpec === null) return;
    if (x instanceof Tensor) this._checkShapes([x.shape], [x.dtype]);
    else this._checkShapes(x.map((t) => t.shape), x.map((t) => t.dtype));
  }

  /** Checks the number of inputs against a list of specs (trailing ones may be optional). */
  private _checkCount(specs: readonly (InputSpec | null)[], n: number): void {
    const required = specs.filter((sp) => !sp?.optional).length;
    if (n < required || n > specs.length) {
      const want = required === specs.length ? `${required}` : `${required} to ${specs.length}`;
      throw new RangeError(
        `${who(this)}: expects ${want} inputs but got ${n}; pass them as ` +
          `one array: layer([${specs.slice(0, required).map((_, i) => `x${i}`).join(", ")}])`,
      );
    }
  }

  /** Checks shapes (and dtypes) against inputSpec, with an error naming the layer. */
  private _checkShapes(shapes: readonly ShapeSpec[], dtypes: readonly DType[] | null): void {
    const spec = this._s.inputSpec;
    if (spec === null) return;
    const specs = Array.isArray(spec) ? spec : [spec];
    if (Array.isArray(spec)) this._checkCount(specs, shapes.length);
    for (let i = 0; i < specs.length; i++) {
      const sp = specs[i];
      const shape = shapes[i];
      if (sp === null || shape === undefined) continue;
      const r = shape.length;
      // Messages are built only on failure (this runs at every call).
      const bad = (why: string, fix: string) => {
        const built = this._s.buildShape;
        const builtFor = built === null
          ? ""
          : ` (it was built for inputs of shape ${
            isShapeList(built)
              ? built.map((b) => fmtSpec(b)).join(" and ")
              : fmtSpec(built as ShapeSpec)
          })`;
        const input = shapes.length > 1 ? `input ${i}` : "the input";
        return new RangeError(
          `${who(this)}: ${input} has shape ${fmtSpec(shape)} but the layer expects ` +
            `${specText(sp, r)}${builtFor}: ${why}; ${fix}`,
        );
      };
      if (sp.ndim !== undefined && r !== sp.ndim) {
        throw bad(`rank ${r} instead of ${sp.ndim}`, `reshape the input to rank ${sp.ndim}`);
      }
      if (sp.minNdim !== undefined && r < sp.minNdim) {
        throw bad(
          `rank ${r} is below ${sp.minNdim}`,
          `give the input at least ${sp.minNdim} dimensions`,
        );
      }
      if (sp.maxNdim !== undefined && r > sp.maxNdim) {
        throw bad(
          `rank ${r} is above ${sp.maxNdim}`,
          `give the input at most ${sp.maxNdim} dimensions`,
        );
      }
      const axes = sp.axes;
      if (axes !== undefined) {
        for (const k in axes) {
          const axis = Number(k);
          const size = axes[axis];
          const a = axis < 0 ? r + axis : axis;
          const got = shape[a];
          if (a < 0 || a >= r) throw bad(`it has no axis ${axis}`, `reshape the input`);
          if (got !== null && got !== size) {
            const axisName = axis === -1 ? "the last axis" : `axis ${axis}`;
            throw bad(
              `${axisName} is ${got}, not ${size}`,
              `pass inputs with ${size} on ${axisName}, or make a new layer for inputs of this size`,
            );
          }
        }
      }
      if (dtypes !== null && sp.dtype !== undefined && dtypes[i] !== sp.dtype) {
        throw new TypeError(
          `${who(this)}: ${shapes.length > 1 ? `input ${i}` : "the input"} is ${dtypes[i]} but ` +
            `the layer expects ${sp.dtype}; tf.cast it`,
        );
      }
    }
  }

  /** The functional-API path: build, infer output shapes, record a node. */
  private _symbolicCall(
    inputs: SymbolicTensor | readonly SymbolicTensor[],
    options: Opts,
  ): SymbolicOf<Out> {
    const listInput = !(inputs instanceof SymbolicTensor);
    const list = listInput ? [...inputs as readonly SymbolicTensor[]] : [inputs as SymbolicTensor];
    const shapes = list.map((t) => t.shape);
    const shapeArg = listInput ? shapes : shapes[0];
    const s = this._s;
    if (s.parentPath === null) {
      s.parentPath = pathStack.length > 0 ? pathStack[pathStack.length - 1] : "";
    }
    pathStack.push(this.path);
    let outShapes: ShapeSpec | ShapeSpec[];
    let outDtypes: DType[];
    try {
      if (!s.built) this._build(shapeArg);
      this._checkShapes(shapes, list.map((t) => t.dtype));
      if (this.computeOutputShape !== Layer.prototype.computeOutputShape) {
        outShapes = this.computeOutputShape(shapeArg, options);
        outDtypes = (isShapeList(outShapes) ? outShapes : [outShapes]).map(() =>
          "float32" as DType
        );
      } else {
        ({ shapes: outShapes, dtypes: outDtypes } = this._traceShapes(
          shapes,
          list.map((t) => t.dtype),
          listInput,
          options,
        ));
      }
    } finally {
      pathStack.pop();
    }
    const { training: _t, ...rest } = options as CallOptions & Record<string, unknown>;
    const listOutput = isShapeList(outShapes);
    const node: Node = {
      layer: this as unknown as AnyLayer,
      inputs: list,
      listInput,
      outputs: [],
      listOutput,
      options: rest,
    };
    const outList = listOutput ? outShapes as ShapeSpec[] : [outShapes as ShapeSpec];
    node.outputs = outList.map((sh, i) => new SymbolicTensor(sh, outDtypes[i], node, i));
    s.nodes.push(node);
    s.outputShape = outShapes;
    return (listOutput ? node.outputs : node.outputs[0]) as SymbolicOf<Out>;
  }

  /** @internal The functional-API calls of this layer. */
  get _nodes(): readonly Node[] {
    return this._s.nodes;
  }

  /** @internal The input shape given by inputShape/batchInputShape options, or null. */
  get _batchInputShape(): ShapeSpec | null {
    return this._s.batchInputShape;
  }

  /** Keras's options of the layer (name, trainable, dtype and the layer's own). */
  getConfig(): Record<string, unknown> {
    return { name: this.name, trainable: this.trainable, dtype: this.dtype };
  }

  /** `<Dense name=dense, built=true>`, as Keras's repr. */
  toString(): string {
    return `<${this.constructor.name} name=${this.name}, built=${this.built}>`;
  }

  [Symbol.for("Deno.customInspect")](): string {
    return this.toString();
  }
}

/** The text of what a spec expects, e.g. `(None, 3)` or `(..., 3)`. */
function specText(sp: InputSpec, rank: number): string {
  const n = sp.ndim;
  if (n === undefined) {
    const axes = Object.entries(sp.axes ?? {});
    if (axes.length === 0) {
      if (sp.minNdim !== undefined) return `rank >= ${sp.minNdim}`;
      if (sp.maxNdim !== undefined) return `rank <= ${sp.maxNdim}`;
      return "any shape";
    }
    if (axes.every(([k]) => Number(k) < 0)) {
      const m = Math.max(...axes.map(([k]) => -Number(k)));
      const dims = Array.from({ length: m }, (_, i) => {
        const v = sp.axes![i - m];
        return v === undefined ? "None" : String(v);
      });
      return `(..., ${dims.join(", ")})`;
    }
    const r = Math.max(rank, ...axes.map(([k]) => Number(k) + 1));
    const dims = Array.from({ length: r }, (_, i) => sp.axes![i] ?? sp.axes![i - r] ?? "None");
    return `(${dims.join(", ")})`;
  }
  const dims = Array.from({ length: n }, (_, i) => sp.axes?.[i] ?? sp.axes?.[i - n] ?? "None");
  return dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(", ")})`;
}

function checkSpec(cls: string, key: string, s: unknown): ShapeSpec {
  if (!Array.isArray(s) || s.some((d) => d !== null && (!Number.isInteger(d) || d < 0))) {
    throw new TypeError(
      `${cls}: ${key} must be an array of sizes (null for unknown), got ${describeValue(s)}; ` +
        `e.g. ${key}: [784]`,
    );
  }
  return s.slice();
}

/** The number of elements of a fully known shape (for layers' shape arithmetic). */
export function knownSize(shape: ShapeSpec): number | null {
  if (shape.some((d) => d === null)) return null;
  return sizeOf(shape as number[]);
}
