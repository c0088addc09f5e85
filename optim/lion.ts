/**
 * Lion, Keras 3's `Lion` rule, in one fused kernel per variable
 * (asm/src/optim.ts):
 *
 * ```
 * w = w - lr · sign(beta1 · m + (1 - beta1) · g)
 * m = beta2 · m + (1 - beta2) · g
 * ```
 * `m` starts at 0; sign(0) = 0. Weight decay and clipping come first
 * (optimizer.ts).
 *
 * @module
 */

import { defineOp } from "../tape/op.ts";
import type { Storage } from "../tape/storage.ts";
import type { Tensor } from "../tape/tensor.ts";
import { k } from "../asm/backend.ts";
import { lionGpu } from "../gpu/kernels/optim.ts";
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

/** Options of `Lion` (Keras's arguments in camelCase). */
export interface LionOptions extends OptimizerOptions {
  /** Default 0.001 (Lion wants 3-10x smaller rates than AdamW). */
  learningRate?: LearningRate;
  /** Interpolation between the momentum and the gradient, in (0, 1] (default 0.9). */
  beta1?: number;
  /** Decay of the momentum, in [0, 1] (default 0.99). */
  beta2?: number;
}

interface LionAttrs {
  s: UpdateScalars;
  beta1: number;
  c1: number;
  beta2: number;
  c2: number;
}

const lionOp = defineOp<LionAttrs>({
  name: "Lion",
  wasm: (c) => {
    const a = c.attrs, s = a.s, p = c.pin;
    k.optim_lion_f32(
      p[0],
      p[1],
      p[2],
      c.ins[0].size,
      s.lr,
      a.beta1,
      a.c1,
      a.beta2,
      a.c2,
      s.gscale,
      s.clip,
      s.wdlr,
      s.wd,
    );
  },
  webgpu: lionGpu,
  notDifferentiable: IN_PLACE,
});

const SLOTS: readonly SlotSpec[] = [{ name: "momentum", init: 0 }];

/**
 * Lion: `tf.keras.optimizers.Lion`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = new tf.Variable([1, 1, 1]);
 * const optimizer = new tf.keras.optimizers.Lion({ learningRate: 0.1 });
 * optimizer.applyGradients([[tf.constant([3, -0.5, 0]), w]]);
 * console.log(w.arraySync()); // [0.9, 1.1, 1]: a step of lr against the sign
 * ```
 */
export class Lion extends Optimizer {
  protected readonly kind = "Lion";
  /** Interpolation between the momentum and the gradient. */
  readonly beta1: number;
  /** Momentum decay. */
  readonly beta2: number;
  #attrs: LionAttrs;

  /** Options, or the learning rate alone. */
  constructor(options?: LionOptions | LearningRate) {
    const o = optionsOf<LionOptions>(options);
    super("Lion", o, 0.001, "lion", ["beta1", "beta2"]);
    const b1 = hyper("Lion", "beta1", o.beta1, 0.9, 0, 1);
    if (b1 === 0) {
      throw new RangeError(
        "Lion: beta1 must be in (0, 1], got 0; otherwise the optimizer degenerates to SignSGD",
      );
    }
    this.beta1 = b1;
    this.beta2 = hyper("Lion", "beta2", o.beta2, 0.99, 0, 1);
    this.#attrs = {
      s: null!,
      beta1: this.beta1,
      c1: 1 - this.beta1,
      beta2: this.beta2,
      c2: 1 - this.beta2,
    };
  }

  protected slotSpecs(): readonly SlotSpec[] {
    return SLOTS;
  }

  protected _update(targets: Storage[], g: Tensor, s: UpdateScalars): void {
    this.#attrs.s = s;
    update(lionOp, targets, g, this.#attrs);
  }

  protected _config(): Record<string, number | boolean> {
    return { beta1: this.beta1, beta2: this.beta2 };
  }
}
