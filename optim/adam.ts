/**
 * Adam (and AMSGrad), Keras 3's `Adam` rule, in one fused kernel per
 * variable (asm/src/optim.ts). At step t = iterations + 1:
 *
 * ```
 * m = m + (g - m) · (1 - beta1)
 * v = v + (g² - v) · (1 - beta2)
 * amsgrad: vhat = max(vhat, v), used in place of v below
 * alpha = lr · sqrt(1 - beta2^t) / (1 - beta1^t)
 * w = w - m · alpha / (sqrt(v) + epsilon)
 * ```
 * `m`, `v`, `vhat` start at 0; weight decay and clipping come first
 * (optimizer.ts). AdamW (adamw.ts) is this rule with weight decay on.
 *
 * @module
 */

import { defineOp } from "../tape/op.ts";
import type { Storage } from "../tape/storage.ts";
import type { Tensor } from "../tape/tensor.ts";
import { k } from "../asm/backend.ts";
import { adamGpu } from "../gpu/kernels/optim.ts";
import {
  flag,
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

/** Options of `Adam` (Keras's arguments in camelCase). */
export interface AdamOptions extends OptimizerOptions {
  /** Default 0.001. */
  learningRate?: LearningRate;
  /** Decay of the first moment, in [0, 1) (default 0.9). */
  beta1?: number;
  /** Decay of the second moment, in [0, 1) (default 0.999). */
  beta2?: number;
  /** Added to sqrt(v) (default 1e-7). */
  epsilon?: number;
  /** Use the AMSGrad variant (default false). */
  amsgrad?: boolean;
}

interface AdamAttrs {
  s: UpdateScalars;
  alpha: number;
  c1: number;
  c2: number;
  eps: number;
  /** AMSGRAD (2) besides WD. */
  flags: number;
}

const adamOp = defineOp<AdamAttrs>({
  name: "Adam",
  wasm: (c) => {
    const a = c.attrs, s = a.s, p = c.pin;
    const ams = a.flags & 2;
    k.optim_adam_f32(
      p[0],
      p[1],
      p[2],
      ams ? p[3] : 0,
      ams ? p[4] : p[3],
      c.ins[0].size,
      a.alpha,
      a.c1,
      a.c2,
      a.eps,
      s.gscale,
      s.clip,
      s.wdlr,
      a.flags | s.wd,
    );
  },
  webgpu: adamGpu,
  notDifferentiable: IN_PLACE,
});

const SLOTS: readonly SlotSpec[] = [{ name: "momentum", init: 0 }, { name: "velocity", init: 0 }];
const AMS_SLOTS: readonly SlotSpec[] = [...SLOTS, { name: "velocity_hat", init: 0 }];

/**
 * Adam: `tf.keras.optimizers.Adam`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = new tf.Variable([1, -1]);
 * const optimizer = new tf.keras.optimizers.Adam({ learningRate: 0.1 });
 * optimizer.applyGradients([[tf.constant([3, -5]), w]]);
 * // The first Adam step moves each weight by about lr against its gradient's sign.
 * console.log(w.arraySync()); // [0.9, -0.9] (to 1e-7)
 * ```
 */
export class Adam extends Optimizer {
  protected readonly kind: string = "Adam";
  /** First-moment decay. */
  readonly beta1: number;
  /** Second-moment decay. */
  readonly beta2: number;
  /** Added to sqrt(v). */
  readonly epsilon: number;
  /** Whether AMSGrad is used. */
  readonly amsgrad: boolean;
  #attrs: AdamAttrs;

  /** Options, or the learning rate alone. (`cls` is internal: AdamW's name in messages.) */
  constructor(options?: AdamOptions | LearningRate, cls = "Adam") {
    const o = optionsOf<AdamOptions>(options);
    super(cls, o, 0.001, "adam", ["beta1", "beta2", "epsilon", "amsgrad"]);
    this.beta1 = hyper(cls, "beta1", o.beta1, 0.9, 0, 1, true);
    this.beta2 = hyper(cls, "beta2", o.beta2, 0.999, 0, 1, true);
    this.epsilon = hyper(cls, "epsilon", o.epsilon, 1e-7, 0);
    this.amsgrad = flag(cls, "amsgrad", o.amsgrad, false);
    this.#attrs = {
      s: null!,
      alpha: 0,
      c1: 1 - this.beta1,
      c2: 1 - this.beta2,
      eps: this.epsilon,
      flags: this.amsgrad ? 2 : 0,
    };
  }

  protected slotSpecs(): readonly SlotSpec[] {
    return this.amsgrad ? AMS_SLOTS : SLOTS;
  }

  protected override _prepare(lr: number, step: number): void {
    const t = step + 1;
    this.#attrs.alpha = lr * Math.sqrt(1 - Math.pow(this.beta2, t)) /
      (1 - Math.pow(this.beta1, t));
  }

  protected _update(targets: Storage[], g: Tensor, s: UpdateScalars): void {
    this.#attrs.s = s;
    update(adamOp, targets, g, this.#attrs);
  }

  protected _config(): Record<string, number | boolean> {
    return {
      beta1: this.beta1,
      beta2: this.beta2,
      epsilon: this.epsilon,
      amsgrad: this.amsgrad,
    };
  }
}
