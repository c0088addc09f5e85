/**
 * Adamax, Keras 3's `Adamax` rule (Adam with the infinity norm), in one
 * fused kernel per variable (asm/src/optim.ts). At step t = iterations + 1:
 *
 * ```
 * m = m + (g - m) · (1 - beta1)
 * u = max(beta2 · u, |g|)
 * w = w - lr · m / ((1 - beta1^t) · (u + epsilon))
 * ```
 * `m` and `u` start at 0; weight decay and clipping come first (optimizer.ts).
 *
 * @module
 */

import { defineOp } from "../tape/op.ts";
import type { Storage } from "../tape/storage.ts";
import type { Tensor } from "../tape/tensor.ts";
import { k } from "../asm/backend.ts";
import { adamaxGpu } from "../gpu/kernels/optim.ts";
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

/** Options of `Adamax` (Keras's arguments in camelCase). */
export interface AdamaxOptions extends OptimizerOptions {
  /** Default 0.001. */
  learningRate?: LearningRate;
  /** Decay of the first moment, in [0, 1) (default 0.9). */
  beta1?: number;
  /** Decay of the infinity norm, in [0, 1] (default 0.999). */
  beta2?: number;
  /** Added to u (default 1e-7). */
  epsilon?: number;
}

interface AdamaxAttrs {
  s: UpdateScalars;
  c1: number;
  beta2: number;
  bc: number;
  eps: number;
}

const adamaxOp = defineOp<AdamaxAttrs>({
  name: "Adamax",
  wasm: (c) => {
    const a = c.attrs, s = a.s, p = c.pin;
    k.optim_adamax_f32(
      p[0],
      p[1],
      p[2],
      p[3],
      c.ins[0].size,
      s.lr,
      a.c1,
      a.beta2,
      a.bc,
      a.eps,
      s.gscale,
      s.clip,
      s.wdlr,
      s.wd,
    );
  },
  webgpu: adamaxGpu,
  notDifferentiable: IN_PLACE,
});

const SLOTS: readonly SlotSpec[] = [{ name: "momentum", init: 0 }, { name: "norm", init: 0 }];

/**
 * Adamax: `tf.keras.optimizers.Adamax`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = new tf.Variable([1, 1]);
 * const optimizer = new tf.keras.optimizers.Adamax({ learningRate: 0.1 });
 * optimizer.applyGradients([[tf.constant([2, -4]), w]]);
 * console.log(w.arraySync()); // [0.9, 1.1] (to 1e-6)
 * ```
 */
export class Adamax extends Optimizer {
  protected readonly kind = "Adamax";
  /** First-moment decay. */
  readonly beta1: number;
  /** Infinity-norm decay. */
  readonly beta2: number;
  /** Added to u. */
  readonly epsilon: number;
  #attrs: AdamaxAttrs;

  /** Options, or the learning rate alone. */
  constructor(options?: AdamaxOptions | LearningRate) {
    const o = optionsOf<AdamaxOptions>(options);
    super("Adamax", o, 0.001, "adamax", ["beta1", "beta2", "epsilon"]);
    this.beta1 = hyper("Adamax", "beta1", o.beta1, 0.9, 0, 1, true);
    this.beta2 = hyper("Adamax", "beta2", o.beta2, 0.999, 0, 1);
    this.epsilon = hyper("Adamax", "epsilon", o.epsilon, 1e-7, 0);
    this.#attrs = { s: null!, c1: 1 - this.beta1, beta2: this.beta2, bc: 1, eps: this.epsilon };
  }

  protected slotSpecs(): readonly SlotSpec[] {
    return SLOTS;
  }

  protected override _prepare(_lr: number, step: number): void {
    this.#attrs.bc = 1 - Math.pow(this.beta1, step + 1);
  }

  protected _update(targets: Storage[], g: Tensor, s: UpdateScalars): void {
    this.#attrs.s = s;
    update(adamaxOp, targets, g, this.#attrs);
  }

  protected _config(): Record<string, number | boolean> {
    return { beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon };
  }
}
