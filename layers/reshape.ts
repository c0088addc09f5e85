/**
 * `tf.keras.layers.Reshape`: reshapes each sample to `targetShape` (the
 * batch dimension is kept); one entry may be -1, inferred from the size.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(new tf.keras.layers.Reshape([3, 4])(tf.zeros([2, 12])).shape); // [2, 3, 4]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import { reshape } from "../tape/ops/shape.ts";
import {
  checkKeys,
  fmtSpec,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  positional,
  type ShapeSpec,
  who,
} from "./layer.ts";

/** Options of `Reshape`. */
export interface ReshapeOptions extends LayerOptions {
  /** The shape of one sample after reshaping (required); one entry may be -1. */
  targetShape?: readonly number[];
}

/** Reshapes each sample: `new Reshape([3, 4])` or `new Reshape({ targetShape: [3, 4] })`. */
export class Reshape extends Layer {
  readonly targetShape: readonly number[];

  constructor(targetShape: readonly number[] | ReshapeOptions, options?: LayerOptions) {
    const o = positional<ReshapeOptions>("Reshape", "targetShape", targetShape, options);
    checkKeys("Reshape", o, [...LAYER_KEYS, "targetShape"]);
    super(o);
    const t = o.targetShape;
    if (
      !Array.isArray(t) || t.some((d) => !Number.isInteger(d) || (d < 0 && d !== -1)) ||
      t.filter((d) => d === -1).length > 1
    ) {
      throw new TypeError(
        `Reshape: targetShape must be an array of sizes with at most one -1, got ` +
          `${JSON.stringify(t)}; e.g. new tf.keras.layers.Reshape([28, 28, 1])`,
      );
    }
    this.targetShape = t.slice();
  }

  /** The per-sample output shape for a per-sample input size (resolving -1). */
  private _resolve(inputShape: ShapeSpec): ShapeSpec {
    const rest = inputShape.slice(1);
    const known = rest.every((d) => d !== null);
    const n = known ? rest.reduce<number>((a, b) => a * (b as number), 1) : null;
    const fixed = this.targetShape.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    const hasFree = this.targetShape.includes(-1);
    const fail = () =>
      new RangeError(
        `${who(this)}: cannot reshape inputs of shape ${fmtSpec(inputShape)} (${n} values per ` +
          `sample) to ${fmtSpec(this.targetShape.map((d) => (d === -1 ? null : d)))}` +
          `${hasFree ? "" : ` (${fixed} values)`}; the number of values per sample must not change`,
      );
    if (n === null) return this.targetShape.map((d) => (d === -1 ? null : d));
    if (hasFree) {
      if (fixed === 0 || n % fixed !== 0) throw fail();
      return this.targetShape.map((d) => (d === -1 ? n / fixed : d));
    }
    if (fixed !== n) throw fail();
    return this.targetShape.slice();
  }

  override build(inputShape: ShapeSpec): void {
    this._resolve(inputShape);
  }

  override call(x: Tensor): Tensor {
    const out = this._resolve(x.shape) as number[];
    return reshape(x, [x.shape[0], ...out]);
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec {
    return [inputShape[0], ...this._resolve(inputShape)];
  }

  override getConfig(): Record<string, unknown> {
    return { ...super.getConfig(), targetShape: this.targetShape };
  }
}
