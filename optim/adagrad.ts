/**
 * Adagrad, Keras 3's `Adagrad` rule, in one fused kernel per variable
 * (asm/src/optim.ts):
 *
 * ```
 * acc = acc + g²
 * w = w - lr · g / sqrt(acc + epsilon)
 * ```
 * `acc` starts at `initialAccumulatorValue`; weight decay and clipping come
 * first (optimizer.ts).
 *
 * @module
 */

import { defineOp } from "../tape/op.ts";
import type { Storage } from "../tape/storage.ts";
import type { Tensor } from "../tape/tensor.ts";
import { k } from "../asm/backend.ts";
import { adagradGpu } from "../gpu/kernels/optim.ts";
import {
  hyper,
  IN_PLACE,
  type LearningRate,
  Optimizer,
  type OptimizerOptions,
  optionsOf,
  type SlotSpec,
  update,
  type UpdateScalars,
} from "./optimizer.ts";

/** Options of `Adagrad` (Keras's arguments in camelCase). */
export interface AdagradOptions extends OptimizerOptions {
  /** Default 0.001. */
  learningRate?: LearningRate;
  /** Starting value of the accumulators, >= 0 (default 0.1). */
  initialAccumulatorValue?: number;
  /** Added to the accumulator under the square root (default 1e-7). */
  epsilon?: number;
}

interface AdagradAttrs {
  s: UpdateScalars;
  eps: number;
}

const adagradOp = defineOp<AdagradAttrs>({
  name: "Adagrad",
  wasm: (c) => {
    const a = c.attrs, s = a.s, p = c.pin;
    k.optim_adagrad_f32(
      p[0],
      p[1],
      p[2],
      c.ins[0].size,
      s.lr,
      a.eps,
      s.gscale,
      s.clip,
      s.wdlr,
      s.wd,
    );
  },
  webgpu: adagradGpu,
  notDifferentiable: IN_PLACE,
});

/**
 * Adagrad: `tf.keras.optimizers.Adagrad`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = new tf.Variable(1.0);
 * const optimizer = new tf.keras.optimizers.Adagrad({ learningRate: 0.1, initialAccumulatorValue: 0 });
 * optimizer.applyGradients([[tf.constant(2), w]]);
 * console.log(w.arraySync()); // 0.9: 1 - 0.1 · 2 / sqrt(4)
 * ```
 */
export class Adagrad extends Optimizer {
  protected readonly kind = "Adagrad";
  /** Starting value of the accumulators. */
  readonly initialAccumulatorValue: number;
  /** Added to the accumulator under the square root. */
  readonly epsilon: number;
  #attrs: AdagradAttrs;
  #slots: readonly SlotSpec[];

  /** Options, or the learning rate alone. */
  constructor(options?: AdagradOptions | LearningRate) {
    const o = optionsOf<AdagradOptions>(options);
    super("Adagrad", o, 0.001, "adagrad", ["initialAccumulatorValue", "epsilon"]);
    this.initialAccumulatorValue = hyper(
      "Adagrad",
      "initialAccumulatorValue",
      o.initialAccumulatorValue,
      0.1,
      0,
    );
    this.epsilon = hyper("Adagrad", "epsilon", o.epsilon, 1e-7, 0);
    this.#attrs = { s: null!, eps: this.epsilon };
    this.#slots = [{ name: "accumulator", init: this.initialAccumulatorValue }];
  }

  protected slotSpecs(): readonly SlotSpec[] {
    return this.#slots;
  }

  protected _update(targets: Storage[], g: Tensor, s: UpdateScalars): void {
    this.#attrs.s = s;
    update(adagradOp, targets, g, this.#attrs);
  }

  protected _config(): Record<string, number | boolean> {
    return { initialAccumulatorValue: this.initialAccumulatorValue, epsilon: this.epsilon };
  }
}
