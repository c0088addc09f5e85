/**
 * `tf.keras.Input` and `InputLayer`: the start of a functional model.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const inputs = tf.keras.Input({ shape: [784] });
 * const outputs = new tf.keras.layers.Dense(10)(inputs);
 * const model = new tf.keras.Model({ inputs, outputs });
 * console.log(outputs.shape, model.layers.length); // [null, 10] 2
 * ```
 *
 * @module
 */

import type { DType } from "../tape/dtype.ts";
import type { Tensor } from "../tape/tensor.ts";
import { type AnyLayer, checkKeys, Layer } from "./layer.ts";
import { type Node, type ShapeSpec, SymbolicTensor } from "./symbolic.ts";

/** Options of `tf.keras.Input` and `new InputLayer`. */
export interface InputOptions {
  /** Shape of one sample, without the batch: `[784]`, `[28, 28, 1]`, `[null, 16]`. */
  shape?: ShapeSpec;
  /** Batch size, if fixed (default unknown). */
  batchSize?: number;
  /** Full shape including the batch, instead of shape and batchSize. */
  batchShape?: ShapeSpec;
  /** "float32" (default) or "int32" (token ids for Embedding). */
  dtype?: DType;
  /** Layer name (default "input_layer", numbered). */
  name?: string;
}

function checkDims(key: string, s: unknown): ShapeSpec {
  if (!Array.isArray(s) || s.some((d) => d !== null && (!Number.isInteger(d) || d < 0))) {
    throw new TypeError(
      `Input: ${key} must be an array of sizes (null for unknown), got ${JSON.stringify(s)}; ` +
        `e.g. tf.keras.Input({ shape: [784] })`,
    );
  }
  return s.slice();
}

/** The layer behind `tf.keras.Input`: no weights; it holds the symbolic input. */
export class InputLayer extends Layer {
  /** The symbolic tensor this layer provides. */
  declare readonly output: SymbolicTensor;

  constructor(options: InputOptions = {}) {
    checkKeys("Input", options, ["shape", "batchSize", "batchShape", "dtype", "name"]);
    super({ name: options.name });
    let batchShape: ShapeSpec;
    if (options.batchShape !== undefined) {
      if (options.shape !== undefined || options.batchSize !== undefined) {
        throw new TypeError("Input: pass either batchShape or shape (and batchSize), not both");
      }
      batchShape = checkDims("batchShape", options.batchShape);
    } else if (options.shape !== undefined) {
      const b = options.batchSize ?? null;
      if (b !== null && (!Number.isInteger(b) || b < 1)) {
        throw new RangeError(`Input: batchSize must be an integer >= 1, got ${b}`);
      }
      batchShape = [b, ...checkDims("shape", options.shape)];
    } else {
      throw new TypeError(
        "Input: shape is required (the shape of one sample, without the batch); " +
          "e.g. tf.keras.Input({ shape: [784] })",
      );
    }
    const dtype = options.dtype ?? "float32";
    if (dtype !== "float32" && dtype !== "int32") {
      throw new TypeError(
        `Input: dtype must be "float32" or "int32", got ${JSON.stringify(dtype)}`,
      );
    }
    const node: Node = {
      layer: this as unknown as AnyLayer,
      inputs: [],
      listInput: false,
      outputs: [],
      listOutput: false,
      options: {},
    };
    const output = new SymbolicTensor(batchShape, dtype, node, 0);
    node.outputs = [output];
    this._s.nodes.push(node);
    this._s.outputShape = batchShape;
    this._s.buildShape = batchShape;
    this.built = true;
    Object.defineProperty(this, "output", { value: output, enumerable: false });
  }

  /** The full input shape, with null for unknown sizes. */
  get batchShape(): ShapeSpec {
    return this.output.shape;
  }

  /** The identity (a functional model feeds its inputs through here). */
  override call(x: Tensor | Tensor[]): Tensor {
    return x as Tensor;
  }

  override computeOutputShape(inputShape: ShapeSpec | ShapeSpec[]): ShapeSpec | ShapeSpec[] {
    return inputShape;
  }
}

/**
 * A symbolic input for the functional API (Keras's `keras.Input`).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const x = tf.keras.Input({ shape: [28, 28, 1] });
 * console.log(x.toString()); // <SymbolicTensor shape=(None, 28, 28, 1), dtype=float32, name=...>
 * ```
 */
export function Input(options: InputOptions): SymbolicTensor {
  return new InputLayer(options).output;
}
