/**
 * `tf.keras.layers.Dropout`: in training, zeroes each element with
 * probability `rate` and scales the others by 1 / (1 - rate), so the
 * expected value is unchanged; in inference, the identity.
 *
 * With a `seed`, the masks are reproducible: call n of the layer draws with
 * an op seed made from (seed, n), so a fresh layer with the same seed repeats
 * the same sequence of masks (Keras's SeedGenerator), and each call differs.
 * Without one, masks follow `tf.random.setSeed`'s sequence, or are fresh.
 *
 * `noiseShape` shares a mask along axes of size 1 (e.g. `[null, 1, null]`
 * drops whole features across time); null takes the input's size.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const drop = new tf.keras.layers.Dropout(0.5, { seed: 1 });
 * const x = tf.ones([2, 4]);
 * console.log(drop(x).arraySync()); // inference: [[1, 1, 1, 1], [1, 1, 1, 1]]
 * const y = drop(x, { training: true }); // each element 0 or 2
 * console.log(y.dataSync().every((v) => v === 0 || v === 2)); // true
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import { multiply } from "../tape/ops/arithmetic.ts";
import { cast, greaterEqual } from "../tape/ops/compare.ts";
import { uniform } from "../tape/ops/random.ts";
import {
  checkKeys,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  numOption,
  positional,
  type ShapeSpec,
  who,
} from "./layer.ts";

/** Options of `Dropout`. */
export interface DropoutOptions extends LayerOptions {
  /** Fraction of the elements to drop, in [0, 1] (required). */
  rate?: number;
  /** Shape of the mask, broadcast to the input (null: the input's size). */
  noiseShape?: readonly (number | null)[];
  /** Makes the sequence of masks reproducible. */
  seed?: number;
}

/**
 * The op seed of call `n` of a layer seeded with `seed`: distinct for each
 * (seed, call) pair below 2^21 calls, and a safe integer.
 */
export function callSeed(seed: number, n: number): number {
  return (Math.abs(seed) % 2 ** 31) * 2 ** 21 + (n % 2 ** 21);
}

/** A dropout mask for `shape`, scaled: 0 or 1 / (1 - rate), float32. */
export function dropoutMask(shape: readonly number[], rate: number, seed?: number): Tensor {
  const u = uniform(shape, { seed });
  return multiply(cast(greaterEqual(u, rate), "float32"), 1 / (1 - rate));
}

/** Randomly zeroes inputs in training: `new Dropout(0.5)` or `new Dropout({ rate: 0.5 })`. */
export class Dropout extends Layer {
  readonly rate: number;
  readonly noiseShape: readonly (number | null)[] | null;
  readonly seed: number | null;
  /** @internal Calls in training so far (advances the seeded masks). */
  declare _calls: number;

  constructor(rate: number | DropoutOptions, options?: Omit<DropoutOptions, "rate">) {
    const o = positional<DropoutOptions>("Dropout", "rate", rate, options);
    checkKeys("Dropout", o, [...LAYER_KEYS, "rate", "noiseShape", "seed"]);
    super(o);
    if (o.rate === undefined) {
      throw new TypeError("Dropout: rate is required; e.g. new tf.keras.layers.Dropout(0.5)");
    }
    this.rate = numOption("Dropout", "rate", o.rate, 0, 0, 1);
    const ns = o.noiseShape;
    if (
      ns !== undefined &&
      (!Array.isArray(ns) || ns.some((d) => d !== null && (!Number.isInteger(d) || d < 1)))
    ) {
      throw new TypeError(
        `Dropout: noiseShape must be an array of sizes (null for the input's), got ${
          JSON.stringify(ns)
        }`,
      );
    }
    this.noiseShape = ns?.slice() ?? null;
    if (o.seed !== undefined && !Number.isSafeInteger(o.seed)) {
      throw new TypeError(`Dropout: seed must be an integer, got ${String(o.seed)}`);
    }
    this.seed = o.seed ?? null;
    Object.defineProperty(this, "_calls", { value: 0, writable: true, enumerable: false });
  }

  /** The mask shape for an input shape. */
  private _maskShape(shape: readonly number[]): number[] {
    const ns = this.noiseShape;
    if (ns === null) return shape.slice();
    if (ns.length !== shape.length) {
      throw new RangeError(
        `${
          who(this)
        }: noiseShape has ${ns.length} entries but the input has rank ${shape.length} ` +
          `(shape [${shape.join(", ")}]); give one entry per input dimension`,
      );
    }
    return ns.map((d, i) => {
      if (d !== null && d !== 1 && d !== shape[i]) {
        throw new RangeError(
          `${who(this)}: noiseShape [${ns.join(", ")}] does not broadcast to the input shape ` +
            `[${shape.join(", ")}]; use 1, null or the input's size on each axis`,
        );
      }
      return d ?? shape[i];
    });
  }

  override call(x: Tensor, options?: { training?: boolean }): Tensor {
    if (!options?.training || this.rate === 0) return x;
    if (this.rate === 1) return multiply(x, 0);
    const seed = this.seed === null ? undefined : callSeed(this.seed, this._calls++);
    return multiply(x, dropoutMask(this._maskShape(x.shape), this.rate, seed));
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec {
    return inputShape;
  }

  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), rate: this.rate, noiseShape: this.noiseShape, seed: this.seed };
  }
}
