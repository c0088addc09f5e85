/**
 * `tf.keras.regularizers`: penalties on weights that layers add to their
 * `losses` (Keras 3's L1, L2 and L1L2).
 *
 * - L1: `l1 · Σ|w|` (default l1 = 0.01)
 * - L2: `l2 · Σw²` (default l2 = 0.01; no ½, as Keras)
 * - L1L2: both (defaults 0 and 0)
 *
 * A layer's `kernelRegularizer` (and bias, embeddings, ... regularizers)
 * takes a Regularizer, a name ("l1", "l2", "l1_l2") or a function of the
 * weight returning a scalar.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const reg = tf.keras.regularizers.l2(0.1);
 * console.log(reg.call(tf.constant([1, 2])).arraySync()); // 0.5
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import { add, multiply } from "../tape/ops/arithmetic.ts";
import { abs, square } from "../tape/ops/unary.ts";
import { reduceSum } from "../tape/ops/reduce.ts";
import { type TensorLike, toTensor } from "../tape/convert.ts";
import { snakeCase } from "./activations.ts";

/**
 * A weight penalty: `call(w)` returns a scalar tensor.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * class Sum extends tf.keras.regularizers.Regularizer {
 *   call(x: tf.Tensor): tf.Tensor {
 *     return tf.multiply(1e-3, tf.reduceSum(tf.abs(x)));
 *   }
 * }
 * const dense = new tf.keras.layers.Dense(1, { kernelRegularizer: new Sum(), kernelInitializer: "ones" });
 * dense(tf.ones([1, 4]));
 * console.log(dense.losses.map((l) => l.dataSync()[0])); // [0.004000000189989805]
 * ```
 */
export abstract class Regularizer {
  /** The penalty for the weight `x`: a scalar added to the loss. */
  abstract call(x: Tensor): Tensor;
  /** The options, as Keras's `get_config`. */
  getConfig(): Record<string, unknown> {
    return {};
  }
  /** The Keras class name. */
  get className(): string {
    return this.constructor.name;
  }
}

/** A function regularizer, accepted in place of a Regularizer. */
export type RegularizerFn = (x: Tensor) => TensorLike;

/** What layers accept as a regularizer. */
export type RegularizerIdentifier = string | Regularizer | RegularizerFn;

function factor(cls: string, key: string, v: unknown, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
    throw new RangeError(
      `${cls}: ${key} must be a finite number >= 0, got ${
        String(v)
      }; e.g. ${cls}({ ${key}: 0.01 })`,
    );
  }
  return v;
}

/** Options of `L1`. */
export interface L1Options {
  /** The factor (default 0.01). */
  l1?: number;
}
/** Options of `L2`. */
export interface L2Options {
  /** The factor (default 0.01). */
  l2?: number;
}
/** Options of `L1L2`. */
export interface L1L2Options {
  /** The L1 factor (default 0). */
  l1?: number;
  /** The L2 factor (default 0). */
  l2?: number;
}

/**
 * `l1 · Σ|w|`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.regularizers.L1({ l1: 0.1 }).call(tf.constant([1, -2])).arraySync()); // 0.30000001192092896
 * ```
 */
export class L1 extends Regularizer {
  /** The L1 factor. */
  readonly l1: number;
  /** Creates the L1 regularizer from its options. */
  constructor(options: L1Options | number = {}) {
    super();
    this.l1 = factor("L1", "l1", typeof options === "number" ? options : options.l1, 0.01);
  }
  /** The penalty for the weight `x`: a scalar added to the loss. */
  call(x: Tensor): Tensor {
    return multiply(this.l1, reduceSum(abs(x)));
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { l1: this.l1 };
  }
}

/**
 * `l2 · Σw²`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.regularizers.L2({ l2: 0.1 }).call(tf.constant([1, -2])).arraySync()); // 0.5
 * ```
 */
export class L2 extends Regularizer {
  /** The L2 factor. */
  readonly l2: number;
  /** Creates the L2 regularizer from its options. */
  constructor(options: L2Options | number = {}) {
    super();
    this.l2 = factor("L2", "l2", typeof options === "number" ? options : options.l2, 0.01);
  }
  /** The penalty for the weight `x`: a scalar added to the loss. */
  call(x: Tensor): Tensor {
    return multiply(this.l2, reduceSum(square(x)));
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { l2: this.l2 };
  }
}

/**
 * `l1 · Σ|w| + l2 · Σw²`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.regularizers.L1L2({ l1: 0.1, l2: 0.1 }).call(tf.constant([1, -2])).arraySync()); // 0.800000011920929
 * ```
 */
export class L1L2 extends Regularizer {
  /** The L1 factor. */
  readonly l1: number;
  /** The L2 factor. */
  readonly l2: number;
  /** Creates the L1L2 regularizer from its options. */
  constructor(options: L1L2Options = {}) {
    super();
    this.l1 = factor("L1L2", "l1", options.l1, 0);
    this.l2 = factor("L1L2", "l2", options.l2, 0);
  }
  /** The penalty for the weight `x`: a scalar added to the loss. */
  call(x: Tensor): Tensor {
    let out: Tensor | null = null;
    if (this.l1 !== 0) out = multiply(this.l1, reduceSum(abs(x)));
    if (this.l2 !== 0) {
      const p = multiply(this.l2, reduceSum(square(x)));
      out = out === null ? p : add(out, p);
    }
    return out ?? multiply(0, reduceSum(x));
  }
  /** The options that re-create this object (Keras's `get_config`). */
  override getConfig(): Record<string, unknown> {
    return { l1: this.l1, l2: this.l2 };
  }
}

/**
 * `new L1(options)`: `l1(0.01)` or `l1({ l1: 0.01 })`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.regularizers.l1(0.5).call(tf.constant([1, -1])).arraySync()); // 1
 * ```
 */
export function l1(options: L1Options | number = {}): L1 {
  return new L1(options);
}
/**
 * `new L2(options)`: `l2(0.01)` or `l2({ l2: 0.01 })`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.regularizers.l2(0.5).call(tf.constant([1, -1])).arraySync()); // 1
 * ```
 */
export function l2(options: L2Options | number = {}): L2 {
  return new L2(options);
}
/**
 * `new L1L2(options)`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.regularizers.l1l2({ l1: 0.5, l2: 0.5 }).call(tf.constant([1, -1])).arraySync()); // 2
 * ```
 */
export function l1l2(options: L1L2Options = {}): L1L2 {
  return new L1L2(options);
}

class FnRegularizer extends Regularizer {
  constructor(private readonly fn: RegularizerFn) {
    super();
  }
  call(x: Tensor): Tensor {
    const t = toTensor("regularizer", this.fn(x));
    if (t.rank !== 0) {
      throw new RangeError(
        `regularizer: the function returned shape [${t.shape.join(", ")}]; a regularizer ` +
          `must return a scalar (reduce it, e.g. with tf.reduceSum)`,
      );
    }
    return t;
  }
}

const BY_NAME: Record<string, () => Regularizer> = {
  l1: () => new L1(),
  l2: () => new L2(),
  l1_l2: () => new L1L2({ l1: 0.01, l2: 0.01 }),
  l1l2: () => new L1L2({ l1: 0.01, l2: 0.01 }),
};

/**
 * Resolves a regularizer: a Regularizer passes through, a function is
 * wrapped, a name ("l1", "l2", "l1_l2": factors 0.01, as Keras's names) makes one.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.regularizers.get("l2").className); // "L2"
 * ```
 */
export function get(identifier: RegularizerIdentifier, where = "regularizers.get"): Regularizer {
  if (identifier instanceof Regularizer) return identifier;
  if (typeof identifier === "function") return new FnRegularizer(identifier);
  if (typeof identifier === "string") {
    const make = BY_NAME[identifier] ?? BY_NAME[snakeCase(identifier)];
    if (make !== undefined) return make();
    throw new TypeError(
      `${where}: unknown regularizer ${JSON.stringify(identifier)}; use "l1", "l2", "l1_l2", ` +
        `tf.keras.regularizers.l2(0.001), or a function of the weight`,
    );
  }
  throw new TypeError(
    `${where}: a regularizer must be a name, a Regularizer or a function, got ` +
      `${identifier === null ? "null" : typeof identifier}`,
  );
}
