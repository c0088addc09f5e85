/**
 * `tf.Variable`: a tensor whose value can change, the home of model
 * parameters. Usable wherever a tensor is; gradient tapes watch trainable
 * variables automatically when they are read.
 *
 * @module
 */

import type { DType } from "./dtype.ts";
import { fmtShape } from "./_shape.ts";
import { cpuWrote, residences, Storage } from "./storage.ts";
import { scopes, Tensor, unref } from "./tensor.ts";
import { makeTensor, type TensorLike, toTensor } from "./convert.ts";
import { formatArray, formatArrayRepr } from "./format.ts";
import { beginCall, endCall, inputPtr, k, outputPtr } from "../asm/backend.ts";
import { place, touch } from "../asm/heap.ts";
import { add, subtract } from "./ops/arithmetic.ts";
import { capturing, effect } from "./capture.ts";

/** Options of `new tf.Variable`. */
export interface VariableOptions {
  /** Whether gradient tapes watch it and optimizers update it (default true). */
  trainable?: boolean;
  /** A readable name (default "Variable"); printed as `name:0`. */
  name?: string;
  /** Element type (default: the initial value's). */
  dtype?: DType;
}

/**
 * Copies `src`'s elements into `dst` (same dtype and length) through the
 * kernel path, so that it works wherever each one lives.
 */
export function copyStorage(op: string, dst: Storage, src: Storage): void {
  if (src.host === null && src.ptr < 0 && src.gpu !== null) {
    residences.gpuCopy!(dst, src);
    return;
  }
  cpuWrote(dst);
  if (dst.small && src.small && dst.ptr < 0 && src.ptr < 0) {
    dst.host = Array.from(src.host!);
    return;
  }
  beginCall();
  try {
    const ps = inputPtr(op, src);
    let pd: number;
    if (dst.ptr >= 0) {
      touch(dst);
      pd = dst.ptr;
    } else if (dst.small) pd = outputPtr(op, dst);
    else {
      dst.host = null;
      pd = place(op, dst);
    }
    k.copy_bytes(pd, ps, src.nbytes);
  } finally {
    endCall();
  }
}

/**
 * A mutable tensor: model parameters and other state.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const x = new tf.Variable(3.0);
 * x.assign(tf.add(x, 1));
 * console.log(x.toString()); // <tf.Variable 'Variable:0' shape=() dtype=float32, numpy=4.0>
 * ```
 */
export class Variable extends Tensor {
  /** Whether tapes watch it and optimizers update it. */
  trainable: boolean;
  /** The name, printed as `name:0`; "Variable" unless given (TensorFlow's eager default). */
  readonly name: string;

  /** Creates a variable holding `initialValue` (converted like `tf.constant`). */
  constructor(initialValue: TensorLike, options: VariableOptions = {}) {
    const init = initialValue instanceof Tensor
      ? toTensor("Variable", initialValue)
      : makeTensor("Variable", initialValue, options.dtype ? { dtype: options.dtype } : {});
    if (options.dtype !== undefined && init.dtype !== options.dtype) {
      throw new TypeError(
        `Variable: the initial value is ${init.dtype} but dtype ${options.dtype} was asked for; ` +
          `tf.cast the value first`,
      );
    }
    const storage = new Storage(init.dtype, init.size);
    copyStorage("Variable", storage, init.storage);
    super(init.shape.slice(), init.dtype, storage, init.size);
    // Variables outlive tidy scopes, as in TensorFlow.js.
    if (scopes.length > 0) scopes[scopes.length - 1].pop();
    this.trainable = options.trainable ?? true;
    this.name = options.name ?? "Variable";
  }

  /** Gives this variable storage of its own before writing (copy on write). */
  #own(): Storage {
    if (this.storage.refs > 1) {
      const fresh = new Storage(this.dtype, this.size);
      copyStorage("assign", fresh, this.storage);
      unref(this.storage);
      this.storage = fresh;
      if (this.ticket !== null) this.ticket.storage = fresh;
    }
    return this.storage;
  }

  /** @internal Storage safe to update in place (used by optimizers). */
  ownStorage(): Storage {
    this.assertAlive("assign");
    return this.#own();
  }

  /**
   * Sets the value; shape and dtype must match.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const v = new tf.Variable([1, 2]);
   * v.assign([3, 4]);
   * console.log(v.arraySync()); // [3, 4]
   * ```
   */
  assign(value: TensorLike): this {
    this.assertAlive("assign");
    const t = toTensor("assign", value, this.dtype);
    if (t.dtype !== this.dtype) {
      throw new TypeError(
        `assign: variable '${this.name}' is ${this.dtype} but the value is ${t.dtype}; tf.cast the value`,
      );
    }
    if (t.shape.length !== this.shape.length || t.shape.some((d, i) => d !== this.shape[i])) {
      throw new RangeError(
        `assign: variable '${this.name}' has shape ${
          fmtShape(this.shape)
        } but the value has shape ` +
          `${fmtShape(t.shape)}; reshape the value (variables keep their shape)`,
      );
    }
    if (t.storage === this.storage) return this;
    if (capturing()) {
      // Inside tf.function: an effect, run again at every replay.
      effect([t], ([v]) => copyStorage("assign", this.#own(), v.storage));
      return this;
    }
    copyStorage("assign", this.#own(), t.storage);
    return this;
  }

  /**
   * Adds `delta` to the value.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const v = new tf.Variable(1);
   * v.assignAdd(2);
   * console.log(v.arraySync()); // 3
   * ```
   */
  assignAdd(delta: TensorLike): this {
    return this.assign(add(this, delta));
  }

  /**
   * Subtracts `delta` from the value.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const v = new tf.Variable(3);
   * v.assignSub(1);
   * console.log(v.arraySync()); // 2
   * ```
   */
  assignSub(delta: TensorLike): this {
    return this.assign(subtract(this, delta));
  }

  /**
   * TensorFlow's form: `<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=3.0>`;
   * arrays print as NumPy's repr, on a new line when it spans several.
   */
  override toString(): string {
    if (this.disposed) return `<tf.Variable '${this.name}:0' (disposed)>`;
    const data = this.dataSync();
    let value = this.rank === 0
      ? formatArray(data, this.shape, this.dtype)
      : formatArrayRepr(data, this.shape, this.dtype);
    if (value.includes("\n")) value = "\n" + value;
    return `<tf.Variable '${this.name}:0' shape=${
      fmtShape(this.shape)
    } dtype=${this.dtype}, numpy=${value}>`;
  }
}
