/**
 * Nadam (Adam with Nesterov momentum), Keras 3's `Nadam` rule, in one fused
 * kernel per variable (asm/src/optim.ts). At step t = iterations + 1, with
 * Keras's momentum schedule u_t = beta1 · (1 - 0.5 · 0.96^t) and the running
 * product Π_t = u_1 · … · u_t (optimizer-wide state, `uProduct`):
 *
 * ```
 * m = m + (g - m) · (1 - beta1)
 * v = v + (g² - v) · (1 - beta2)
 * mhat = u_{t+1} · m / (1 - Π_t · u_{t+1}) + (1 - u_t) · g / (1 - Π_t)
 * vhat = v / (1 - beta2^t)
 * w = w - mhat · lr / (sqrt(vhat) + epsilon)
 * ```
 * `m` and `v` start at 0; weight decay and clipping come first (optimizer.ts).
 *
 * @module
 */

import { defineOp } from "../tape/op.ts";
import type { Storage } from "../tape/storage.ts";
import type { Tensor } from "../tape/tensor.ts";
import { k } from "../asm/backend.ts";
import { nadamGpu } from "../gpu/kernels/optim.ts";
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

/** Options of `Nadam` (Keras's arguments in camelCase). */
export interface NadamOptions extends OptimizerOptions {
  /** Default 0.001. */
  learningRate?: LearningRate;
  /** Decay of the first moment, in [0, 1) (default 0.9). */
  beta1?: number;
  /** Decay of the second moment, in [0, 1) (default 0.999). */
  beta2?: number;
  /** Added to sqrt(vhat) (default 1e-7). */
  epsilon?: number;
}

interface NadamAttrs {
  s: UpdateScalars;
  c1: number;
  c2: number;
  km: number;
  kg: number;
  bc2: number;
  eps: number;
}

const nadamOp = defineOp<NadamAttrs>({
  name: "Nadam",
  wasm: (c) => {
    const a = c.attrs, s = a.s, p = c.pin;
    k.optim_nadam_f32(
      p[0],
      p[1],
      p[2],
      p[3],
      c.ins[0].size,
      s.lr,
      a.c1,
      a.c2,
      a.km,
      a.kg,
      a.bc2,
      a.eps,
      s.gscale,
      s.clip,
      s.wdlr,
      s.wd,
    );
  },
  webgpu: nadamGpu,
  notDifferentiable: IN_PLACE,
});

const SLOTS: readonly SlotSpec[] = [{ name: "momentum", init: 0 }, { name: "velocity", init: 0 }];

/**
 * Nadam: `tf.keras.optimizers.Nadam`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = new tf.Variable([1, 1]);
 * const optimizer = new tf.keras.optimizers.Nadam({ learningRate: 0.1 });
 * optimizer.applyGradients([[tf.constant([1, -1]), w]]);
 * console.log(optimizer.getState().scalars.uProduct); // 0.468 = u_1 = 0.9 · (1 - 0.5 · 0.96)
 * ```
 */
export class Nadam extends Optimizer {
  protected readonly kind = "Nadam";
  /** First-moment decay. */
  readonly beta1: number;
  /** Second-moment decay. */
  readonly beta2: number;
  /** Added to sqrt(vhat). */
  readonly epsilon: number;
  #attrs: NadamAttrs;
  #uProduct = 1;

  /** Options, or the learning rate alone. */
  constructor(options?: NadamOptions | LearningRate) {
    const o = optionsOf<NadamOptions>(options);
    super("Nadam", o, 0.001, "nadam", ["beta1", "beta2", "epsilon"]);
    this.beta1 = hyper("Nadam", "beta1", o.beta1, 0.9, 0, 1, true);
    this.beta2 = hyper("Nadam", "beta2", o.beta2, 0.999, 0, 1, true);
    this.epsilon = hyper("Nadam", "epsilon", o.epsilon, 1e-7, 0);
    this.#attrs = {
      s: null!,
      c1: 1 - this.beta1,
      c2: 1 - this.beta2,
      km: 0,
      kg: 0,
      bc2: 1,
      eps: this.epsilon,
    };
  }

  protected slotSpecs(): readonly SlotSpec[] {
    return SLOTS;
  }

  protected override _prepare(_lr: number, step: number): void {
    const t = step + 1;
    const ut = this.beta1 * (1 - 0.5 * Math.pow(0.96, t));
    const ut1 = this.beta1 * (1 - 0.5 * Math.pow(0.96, t + 1));
    this.#uProduct *= ut;
    const a = this.#attrs;
    a.km = ut1 / (1 - this.#uProduct * ut1);
    a.kg = (1 - ut) / (1 - this.#uProduct);
    a.bc2 = 1 - Math.pow(this.beta2, t);
  }

  protected override _scalarState(): Record<string, number> {
    return { uProduct: this.#uProduct };
  }

  protected override _setScalarState(s: Record<string, number>): void {
    this.#uProduct = s.uProduct;
  }

  protected _update(targets: Storage[], g: Tensor, s: UpdateScalars): void {
    this.#attrs.s = s;
    update(nadamOp, targets, g, this.#attrs);
  }

  protected _config(): Record<string, number | boolean> {
    return { beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon };
  }
}
