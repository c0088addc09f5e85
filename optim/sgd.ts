/**
 * Stochastic gradient descent with optional momentum and Nesterov momentum,
 * Keras 3's `SGD` rule, in one fused kernel per variable (asm/src/optim.ts):
 *
 * ```
 * momentum = 0:   w = w - lr · g
 * momentum > 0:   m = momentum · m - lr · g
 *                 w = w + m                          (nesterov: w + momentum · m - lr · g)
 * ```
 * `m` starts at 0; weight decay and clipping come first (optimizer.ts).
 *
 * @module
 */

import { defineOp } from "../tape/op.ts";
import type { Storage } from "../tape/storage.ts";
import type { Tensor } from "../tape/tensor.ts";
import { k } from "../asm/backend.ts";
import { sgdGpu } from "../gpu/kernels/optim.ts";
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

/** Options of `SGD` (Keras's arguments in camelCase). */
export interface SGDOptions extends OptimizerOptions {
  /** Default 0.01. */
  learningRate?: LearningRate;
  /** In [0, 1]; 0 (default) is plain gradient descent. */
  momentum?: number;
  /** Nesterov momentum (default false). */
  nesterov?: boolean;
}

interface SgdAttrs {
  s: UpdateScalars;
  momentum: number;
  /** Kernel flags besides WD: MOMENTUM (2), NESTEROV (4). */
  flags: number;
  nt: number;
}

const sgdOp = defineOp<SgdAttrs>({
  name: "SGD",
  wasm: (c) => {
    const a = c.attrs, s = a.s, p = c.pin;
    k.optim_sgd_f32(
      p[0],
      a.nt > 1 ? p[1] : 0,
      p[a.nt],
      c.ins[0].size,
      s.lr,
      a.momentum,
      s.gscale,
      s.clip,
      s.wdlr,
      a.flags | s.wd,
    );
  },
  webgpu: sgdGpu,
  notDifferentiable: IN_PLACE,
});

const MOMENTUM_SLOTS: readonly SlotSpec[] = [{ name: "momentum", init: 0 }];

/**
 * Gradient descent (with momentum): `tf.keras.optimizers.SGD`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = new tf.Variable(1.0);
 * const optimizer = new tf.keras.optimizers.SGD({ learningRate: 0.1, momentum: 0.9 });
 * const tape = new tf.GradientTape();
 * const loss = tape.record(() => tf.square(w)); // dloss/dw = 2w = 2
 * optimizer.applyGradients(tf.zip(tape.gradient(loss, [w]), [w]));
 * console.log(w.arraySync()); // 0.8
 * ```
 */
export class SGD extends Optimizer {
  protected readonly kind = "SGD";
  /** Momentum in [0, 1]. */
  readonly momentum: number;
  /** Whether Nesterov momentum is used. */
  readonly nesterov: boolean;
  #attrs: SgdAttrs;

  /** Options, or the learning rate alone. */
  constructor(options?: SGDOptions | LearningRate) {
    const o = optionsOf<SGDOptions>(options);
    super("SGD", o, 0.01, "SGD", ["momentum", "nesterov"]);
    this.momentum = hyper("SGD", "momentum", o.momentum, 0, 0, 1);
    this.nesterov = flag("SGD", "nesterov", o.nesterov, false);
    const flags = this.momentum !== 0 ? 2 | (this.nesterov ? 4 : 0) : 0;
    this.#attrs = { s: null!, momentum: this.momentum, flags, nt: 1 };
  }

  protected slotSpecs(): readonly SlotSpec[] {
    return this.momentum !== 0 ? MOMENTUM_SLOTS : [];
  }

  protected _update(targets: Storage[], g: Tensor, s: UpdateScalars): void {
    const a = this.#attrs;
    a.s = s;
    a.nt = targets.length;
    update(sgdOp, targets, g, a);
  }

  protected _config(): Record<string, number | boolean> {
    return { momentum: this.momentum, nesterov: this.nesterov };
  }
}
