/**
 * `tf.keras.Sequential`: a stack of single-input, single-output layers.
 *
 * Its input shape comes from a leading `tf.keras.Input` (Keras 3's way), from
 * `inputShape` on the first layer (Keras 2's and TensorFlow.js's way), or from
 * the first call. Once it is known, every layer is built and has an output
 * shape (for `summary`); `add` builds each new layer as it comes.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const model = new tf.keras.Sequential([
 *   tf.keras.Input({ shape: [784] }),
 *   new tf.keras.layers.Dense(128, { activation: "relu" }),
 *   new tf.keras.layers.Dense(10),
 * ]);
 * console.log(model.countParams()); // 101770
 * console.log(model(tf.zeros([2, 784])).shape); // [2, 10]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import {
  type AnyLayer,
  type CallOptions,
  checkKeys,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  who,
} from "./layer.ts";
import { Model } from "./model.ts";
import { InputLayer } from "./input_layer.ts";
import { type ShapeSpec, SymbolicTensor } from "./symbolic.ts";

/** Options of `new tf.keras.Sequential`. */
export interface SequentialOptions extends LayerOptions {
  /** The layers, in order (a leading `tf.keras.Input(...)` sets the input shape). */
  layers?: readonly (AnyLayer | SymbolicTensor)[];
}

/** A linear stack of layers. */
export class Sequential extends Model<Tensor, CallOptions> {
  /** @internal The layers, an InputLayer first when the input shape is known. */
  declare readonly _stack: AnyLayer[];

  /**
   * `new Sequential([layers...], { name })` or `new Sequential({ layers, name })`.
   */
  constructor(
    layers?: readonly (AnyLayer | SymbolicTensor)[] | SequentialOptions,
    options: LayerOptions = {},
  ) {
    let opts: SequentialOptions;
    if (Array.isArray(layers)) opts = { ...options, layers: layers as SequentialOptions["layers"] };
    else if (layers === undefined) opts = { ...options };
    else {
      opts = layers as SequentialOptions;
      checkKeys("Sequential", opts, [...LAYER_KEYS, "layers"]);
    }
    const { layers: list, ...rest } = opts;
    super(rest);
    Object.defineProperty(this, "_stack", { value: [], enumerable: false });
    if (list !== undefined) {
      if (!Array.isArray(list)) {
        throw new TypeError(`Sequential: layers must be an array of layers, got ${typeof list}`);
      }
      for (const l of list) this.add(l, false);
      this._maybeRebuild();
    }
  }

  /** The layers (without the InputLayer). */
  override get layers(): Layer[] {
    const s = this._stack;
    return (s.length > 0 && s[0] instanceof InputLayer ? s.slice(1) : s.slice()) as Layer[];
  }

  /** @internal */
  override _sublayers(): AnyLayer[] {
    return this._stack.slice();
  }

  /**
   * Adds a layer at the top (or a `tf.keras.Input(...)` first, to set the
   * input shape). The model is rebuilt when its input shape is known.
   */
  add(layer: AnyLayer | SymbolicTensor, rebuild = true): void {
    const s = this._stack;
    if (layer instanceof SymbolicTensor) {
      if (!(layer.node.layer instanceof InputLayer)) {
        throw new TypeError(
          `Sequential "${this.name}": only a tf.keras.Input(...) tensor can be added, not the ` +
            `output of ${layer.node.layer.constructor.name} "${layer.node.layer.name}"; add layers`,
        );
      }
      layer = layer.node.layer as AnyLayer;
    }
    if (!(layer instanceof Layer)) {
      throw new TypeError(
        `Sequential "${this.name}": add() takes a layer, got ${
          layer === null ? "null" : typeof layer
        }; e.g. model.add(new tf.keras.layers.Dense(10))`,
      );
    }
    if (layer instanceof InputLayer) {
      if (s.length > 0) {
        throw new TypeError(
          `Sequential "${this.name}": an Input can only come first; it sets the input shape`,
        );
      }
    }
    if (s.some((l) => l.name === layer.name)) {
      throw new RangeError(
        `Sequential "${this.name}": a layer named "${layer.name}" is already in the model; ` +
          `layer names must be unique within a model (weights are saved by name): pass another name`,
      );
    }
    if (s.includes(layer)) {
      throw new RangeError(`Sequential "${this.name}": ${who(layer)} was already added`);
    }
    if (s.length === 0 && !(layer instanceof InputLayer) && layer._batchInputShape !== null) {
      s.push(new InputLayer({ batchShape: layer._batchInputShape }) as unknown as AnyLayer);
    }
    s.push(layer);
    if (rebuild) this._maybeRebuild();
  }

  /** Removes the top layer and returns it. */
  pop(): Layer {
    const ls = this.layers;
    if (ls.length === 0) {
      throw new RangeError(`Sequential "${this.name}": pop() on a model with no layers`);
    }
    const last = this._stack.pop()!;
    this._maybeRebuild();
    return last as Layer;
  }

  /** Builds every layer when the input shape is known (a leading InputLayer). */
  private _maybeRebuild(): void {
    const s = this._stack;
    if (s.length > 0 && s[0] instanceof InputLayer) {
      this._s.built = false;
      this._buildFor((s[0] as InputLayer).batchShape);
    }
  }

  /**
   * Builds the layers for inputs of `inputShape` by passing a symbolic
   * tensor through them (the batch size is left unknown).
   */
  override build(inputShape: ShapeSpec | ShapeSpec[]): void {
    if (Array.isArray(inputShape[0])) {
      throw new RangeError(
        `Sequential "${this.name}": got several inputs; a Sequential model takes one tensor ` +
          `(use the functional API for several)`,
      );
    }
    const shape = inputShape as ShapeSpec;
    const s = this._stack;
    let x: SymbolicTensor;
    if (s.length > 0 && s[0] instanceof InputLayer) x = (s[0] as InputLayer).output;
    else {
      const input = new InputLayer({ batchShape: [null, ...shape.slice(1)] });
      s.unshift(input as unknown as AnyLayer);
      x = input.output;
    }
    for (const l of s.slice(1)) {
      const y = l.apply(x);
      if (!(y instanceof SymbolicTensor)) {
        throw new TypeError(
          `Sequential "${this.name}": ${who(l)} returns several tensors; Sequential models need ` +
            `layers with one output (use the functional API)`,
        );
      }
      x = y;
    }
    this._s.outputShape = x.shape;
  }

  /** Applies the layers in order. */
  override call(inputs: Tensor | Tensor[], options?: CallOptions): Tensor {
    if (Array.isArray(inputs)) {
      throw new RangeError(
        `Sequential "${this.name}": got ${inputs.length} inputs; a Sequential model takes one ` +
          `tensor (use the functional API for several)`,
      );
    }
    let x: Tensor = inputs;
    const ls = this.layers;
    const training = options?.training ?? false;
    for (const l of ls) {
      const y = l.apply(x, { training });
      if (Array.isArray(y)) {
        throw new TypeError(
          `Sequential "${this.name}": ${who(l)} returned ${y.length} tensors; Sequential models ` +
            `need layers with one output (use the functional API)`,
        );
      }
      x = y as Tensor;
    }
    return x;
  }
}
