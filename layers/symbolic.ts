/**
 * Symbolic tensors for the functional API (Keras's `KerasTensor`): a shape
 * whose unknown dimensions are `null` (the batch, usually), a dtype, and the
 * layer call that produced it. `tf.keras.Input` makes the first ones; a layer
 * called on symbolic tensors returns symbolic tensors and records the call as
 * a node of the graph that `new tf.keras.Model({ inputs, outputs })` runs.
 *
 * @module
 */

import type { DType } from "../tape/dtype.ts";
import type { AnyLayer } from "./layer.ts";

/** A dimension: a size, or null when unknown (the batch). */
export type Dim = number | null;
/** A shape with unknown dimensions allowed: `[null, 784]`. */
export type ShapeSpec = readonly Dim[];

/** One call of a layer in a functional graph. */
export interface Node {
  /** The layer called. */
  readonly layer: AnyLayer;
  /** Its symbolic inputs, flattened. */
  readonly inputs: readonly SymbolicTensor[];
  /** Whether the inputs were passed as a list (`layer([a, b])`) rather than one tensor. */
  readonly listInput: boolean;
  /** Its symbolic outputs, flattened. */
  outputs: SymbolicTensor[];
  /** Whether the outputs form a list. */
  listOutput: boolean;
  /** The call options other than `training`, replayed when the graph runs. */
  readonly options: Readonly<Record<string, unknown>>;
}

let nextSymbolicId = 0;

/**
 * A placeholder for a tensor in a functional model: its shape (null for
 * unknown sizes), dtype and origin.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const x = tf.keras.Input({ shape: [784] });
 * console.log(x.shape, x.dtype); // [null, 784] "float32"
 * ```
 */
export class SymbolicTensor {
  /** Dimensions, null where unknown. */
  readonly shape: readonly Dim[];
  readonly dtype: DType;
  /** A unique name, `keras_tensor_<n>` as Keras. */
  readonly name: string;
  /** @internal The call that produced it. */
  readonly node: Node;
  /** @internal Its index among the node's outputs. */
  readonly index: number;

  /** @internal Made by `tf.keras.Input` and by layer calls. */
  constructor(shape: ShapeSpec, dtype: DType, node: Node, index: number) {
    this.shape = shape.slice();
    this.dtype = dtype;
    this.node = node;
    this.index = index;
    const id = nextSymbolicId++;
    this.name = id === 0 ? "keras_tensor" : `keras_tensor_${id}`;
  }

  /** Number of dimensions. */
  get rank(): number {
    return this.shape.length;
  }

  /** Keras's form: `<KerasTensor shape=(None, 784), dtype=float32, name=keras_tensor>`. */
  toString(): string {
    return `<SymbolicTensor shape=${fmtSpec(this.shape)}, dtype=${this.dtype}, name=${this.name}>`;
  }

  [Symbol.for("Deno.customInspect")](): string {
    return this.toString();
  }
}

/** Formats a shape the way Keras prints it: `(None, 784)`, `(5,)`. */
export function fmtSpec(shape: ShapeSpec): string {
  const dims = shape.map((d) => (d === null ? "None" : String(d)));
  return dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(", ")})`;
}

/** Whether a layer input is symbolic (one symbolic tensor or a list of them). */
export function isSymbolic(x: unknown): x is SymbolicTensor | readonly SymbolicTensor[] {
  if (x instanceof SymbolicTensor) return true;
  return Array.isArray(x) && x.length > 0 && x.every((e) => e instanceof SymbolicTensor);
}
