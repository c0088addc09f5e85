/**
 * AdamW: Adam (adam.ts) with decoupled weight decay on by default, Keras 3's
 * `AdamW`. Before each Adam step, `w = w - w · weightDecay · lr`
 * (optimizer.ts), in the same fused kernel call.
 *
 * @module
 */

import { Adam, type AdamOptions } from "./adam.ts";
import { type LearningRate, optionsOf } from "./optimizer.ts";

/** Options of `AdamW` (Keras's arguments in camelCase). */
export interface AdamWOptions extends AdamOptions {
  /** Decoupled weight decay (default 0.004); required. */
  weightDecay?: number;
}

/**
 * Adam with decoupled weight decay: `tf.keras.optimizers.AdamW`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = new tf.Variable([1, 2]);
 * const optimizer = new tf.keras.optimizers.AdamW({ learningRate: 0.01, weightDecay: 0.1 });
 * optimizer.applyGradients([[tf.zeros([2]), w]]);
 * console.log(w.arraySync()); // [0.999, 1.998]: decay only, the gradient is zero
 * ```
 */
export class AdamW extends Adam {
  protected override readonly kind: string = "AdamW";

  /** Options, or the learning rate alone. */
  constructor(options?: AdamWOptions | LearningRate) {
    const o = optionsOf<AdamWOptions>(options);
    if (o.weightDecay === null) {
      throw new TypeError(
        "AdamW: weightDecay must be a number (default 0.004), got null; use Adam for no weight decay",
      );
    }
    super({ ...o, weightDecay: o.weightDecay ?? 0.004, name: o.name ?? "adamw" }, "AdamW");
  }
}
