/**
 * RMSprop (plain momentum, centered variant), Keras 3's `RMSprop` rule, in
 * one fused kernel per variable (asm/src/optim.ts):
 *
 * ```
 * vel = rho · vel + (1 - rho) · g²
 * centered: avg = rho · avg + (1 - rho) · g;   den = vel - avg² + epsilon
 * else:     den = vel + epsilon
 * inc = lr · g / sqrt(den)
 * momentum > 0: mom = momentum · mom + inc;   w = w - mom
 * else:         w = w - inc
 * ```
 * Slots start at 0; weight decay and clipping come first (optimizer.ts).
 *
 * @module
 */

import { defineOp } from "../tape/op.ts";
import type { Storage } from "../tape/storage.ts";
import type { Tensor } from "../tape/tensor.ts";
import { k } from "../asm/backend.ts";
import { rmspropGpu } from "../gpu/kernels/optim.ts";
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

/** Options of `RMSprop` (Keras's arguments in camelCase). */
export interface RMSpropOptions extends OptimizerOptions {
  /** Default 0.001. */
  learningRate?: LearningRate;
  /** Discount of the old squared gradients, in [0, 1] (default 0.9). */
  rho?: number;
  /** Momentum in [0, 1] (default 0: none). */
  momentum?: number;
  /** Added under the square root (default 1e-7). */
  epsilon?: number;
  /** Normalise by the estimated variance instead of the second moment (default false). */
  centered?: boolean;
}

interface RmspropAttrs {
  s: UpdateScalars;
  rho: number;
  c: number;
  momentum: number;
  eps: number;
  /** MOMENTUM (2) | CENTERED (4) besides WD. */
  flags: number;
}

const rmspropOp = defineOp<RmspropAttrs>({
  name: "RMSprop",
  wasm: (c) => {
    const a = c.attrs, s = a.s, p = c.pin;
    let i = 2;
    const mom = a.flags & 2 ? p[i++] : 0;
    const avg = a.flags & 4 ? p[i++] : 0;
    k.optim_rmsprop_f32(
      p[0],
      p[1],
      mom,
      avg,
      p[i],
      c.ins[0].size,
      s.lr,
      a.rho,
      a.c,
      a.momentum,
      a.eps,
      s.gscale,
      s.clip,
      s.wdlr,
      a.flags | s.wd,
    );
  },
  webgpu: rmspropGpu,
  notDifferentiable: IN_PLACE,
});

/**
 * RMSprop: `tf.keras.optimizers.RMSprop`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * // Keras's docstring example: loss = var² / 2, so the gradient is var.
 * const v = new tf.Variable(10.0);
 * const optimizer = new tf.keras.optimizers.RMSprop({ learningRate: 0.1 });
 * optimizer.minimize(() => tf.divide(tf.square(v), 2), [v]);
 * console.log(v.arraySync()); // 9.683772
 * ```
 */
export class RMSprop extends Optimizer {
  protected readonly kind = "RMSprop";
  /** Discount of the old squared gradients. */
  readonly rho: number;
  /** Momentum (0: none). */
  readonly momentum: number;
  /** Added under the square root. */
  readonly epsilon: number;
  /** Whether the centered variant is used. */
  readonly centered: boolean;
  #attrs: RmspropAttrs;
  #slots: readonly SlotSpec[];

  /** Options, or the learning rate alone. */
  constructor(options?: RMSpropOptions | LearningRate) {
    const o = optionsOf<RMSpropOptions>(options);
    super("RMSprop", o, 0.001, "rmsprop", ["rho", "momentum", "epsilon", "centered"]);
    this.rho = hyper("RMSprop", "rho", o.rho, 0.9, 0, 1);
    this.momentum = hyper("RMSprop", "momentum", o.momentum, 0, 0, 1);
    this.epsilon = hyper("RMSprop", "epsilon", o.epsilon, 1e-7, 0);
    this.centered = flag("RMSprop", "centered", o.centered, false);
    const slots: SlotSpec[] = [{ name: "velocity", init: 0 }];
    if (this.momentum > 0) slots.push({ name: "momentum", init: 0 });
    if (this.centered) slots.push({ name: "average_gradient", init: 0 });
    this.#slots = slots;
    this.#attrs = {
      s: null!,
      rho: this.rho,
      c: 1 - this.rho,
      momentum: this.momentum,
      eps: this.epsilon,
      flags: (this.momentum > 0 ? 2 : 0) | (this.centered ? 4 : 0),
    };
  }

  protected slotSpecs(): readonly SlotSpec[] {
    return this.#slots;
  }

  protected _update(targets: Storage[], g: Tensor, s: UpdateScalars): void {
    this.#attrs.s = s;
    update(rmspropOp, targets, g, this.#attrs);
  }

  protected _config(): Record<string, number | boolean> {
    return {
      rho: this.rho,
      momentum: this.momentum,
      epsilon: this.epsilon,
      centered: this.centered,
    };
  }
}
