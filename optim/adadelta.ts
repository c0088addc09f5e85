/**
 * Adadelta, Keras 3's `Adadelta` rule, in one fused kernel per variable
 * (asm/src/optim.ts):
 *
 * ```
 * ag = rho · ag + (1 - rho) · g²
 * delta = -sqrt(adv + epsilon) · g / sqrt(ag + epsilon)
 * adv = rho · adv + (1 - rho) · delta²
 * w = w + lr · delta
 * ```
 * `ag` (accumulated gradient) and `adv` (accumulated delta) start at 0;
 * weight decay and clipping come first (optimizer.ts).
 *
 * @module
 */

import { defineOp } from "../tape/op.ts";
import type { Storage } from "../tape/storage.ts";
import type { Tensor } from "../tape/tensor.ts";
import { k } from "../asm/backend.ts";
import { adadeltaGpu } from "../gpu/kernels/optim.ts";
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

/** Options of `Adadelta` (Keras's arguments in camelCase). */
export interface AdadeltaOptions extends OptimizerOptions {
  /** Default 0.001 (1.0 matches the paper). */
  learningRate?: LearningRate;
  /** Decay rate in [0, 1] (default 0.95). */
  rho?: number;
  /** Added under the square roots (default 1e-7). */
  epsilon?: number;
}

interface AdadeltaAttrs {
  s: UpdateScalars;
  rho: number;
  c: number;
  eps: number;
}

const adadeltaOp = defineOp<AdadeltaAttrs>({
  name: "Adadelta",
  wasm: (c) => {
    const a = c.attrs, s = a.s, p = c.pin;
    k.optim_adadelta_f32(
      p[0],
      p[1],
      p[2],
      p[3],
      c.ins[0].size,
      s.lr,
      a.rho,
      a.c,
      a.eps,
      s.gscale,
      s.clip,
      s.wdlr,
      s.wd,
    );
  },
  webgpu: adadeltaGpu,
  notDifferentiable: IN_PLACE,
});

const SLOTS: readonly SlotSpec[] = [
  { name: "accumulated_grad", init: 0 },
  { name: "accumulated_delta_var", init: 0 },
];

/**
 * Adadelta: `tf.keras.optimizers.Adadelta`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = new tf.Variable([1, 2]);
 * const optimizer = new tf.keras.optimizers.Adadelta({ learningRate: 1 });
 * for (let i = 0; i < 10; i++) optimizer.applyGradients([[tf.constant([1, -1]), w]]);
 * console.log(w.arraySync()); // [0.985, 2.015] (to 1e-3): Adadelta starts with small steps
 * ```
 */
export class Adadelta extends Optimizer {
  protected readonly kind = "Adadelta";
  /** Decay rate. */
  readonly rho: number;
  /** Added under the square roots. */
  readonly epsilon: number;
  #attrs: AdadeltaAttrs;

  /** Options, or the learning rate alone. */
  constructor(options?: AdadeltaOptions | LearningRate) {
    const o = optionsOf<AdadeltaOptions>(options);
    super("Adadelta", o, 0.001, "adadelta", ["rho", "epsilon"]);
    this.rho = hyper("Adadelta", "rho", o.rho, 0.95, 0, 1);
    this.epsilon = hyper("Adadelta", "epsilon", o.epsilon, 1e-7, 0);
    this.#attrs = { s: null!, rho: this.rho, c: 1 - this.rho, eps: this.epsilon };
  }

  protected slotSpecs(): readonly SlotSpec[] {
    return SLOTS;
  }

  protected _update(targets: Storage[], g: Tensor, s: UpdateScalars): void {
    this.#attrs.s = s;
    update(adadeltaOp, targets, g, this.#attrs);
  }

  protected _config(): Record<string, number | boolean> {
    return { rho: this.rho, epsilon: this.epsilon };
  }
}
