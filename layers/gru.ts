/**
 * `tf.keras.layers.GRU` and `GRUCell`: Keras 3's gated recurrent unit,
 * gates in Keras's order z, r, h, with `resetAfter: true` by default (the
 * reset gate applied after the recurrent product, cuDNN's form):
 *
 *     x_z, x_r, x_h = split(x · kernel + inputBias)          (kernel [d, 3u])
 *     r_z, r_r, r_h = split(h · recurrentKernel + recurrentBias)
 *     z = σ(x_z + r_z)   r = σ(x_r + r_r)
 *     hh = tanh(x_h + r · r_h)          (resetAfter: false: tanh(x_h + (r · h) · U_h))
 *     h' = z · h + (1 - z) · hh
 *
 * The bias is `[2, 3u]` (input and recurrent rows) with resetAfter, `[3u]`
 * without. Weights: "gru/gru_cell/kernel", ".../recurrent_kernel", ".../bias".
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const gru = new tf.keras.layers.GRU(4);
 * console.log(gru(tf.zeros([2, 5, 3])).shape); // [2, 4]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import type { Variable } from "../tape/variable.ts";
import { add, multiply, subtract } from "../tape/ops/arithmetic.ts";
import { matmul } from "../tape/ops/linalg.ts";
import { split, unstack } from "../tape/ops/concat.ts";
import { reshape } from "../tape/ops/shape.ts";
import { slice } from "../tape/ops/slice.ts";
import { boolOption, checkKeys, positional } from "./layer.ts";
import {
  CELL_KEYS,
  Recurrent,
  RecurrentCell,
  type RecurrentCellOptions,
  type RecurrentLayerOptions,
  SEQUENCE_KEYS,
} from "./rnn.ts";

/** Options of `GRUCell`. */
export interface GRUCellOptions extends RecurrentCellOptions {
  /** Apply the reset gate after the recurrent product (default true, Keras 3's default). */
  resetAfter?: boolean;
}

/** Options of `GRU`. */
export interface GRUOptions<S extends boolean = boolean>
  extends GRUCellOptions, RecurrentLayerOptions {
  returnState?: S;
}

/** One GRU step; `cell([x, h])` gives `[h']`. */
export class GRUCell extends RecurrentCell {
  readonly resetAfter: boolean;

  constructor(units: number | GRUCellOptions, options?: Omit<GRUCellOptions, "units">) {
    const o = positional<GRUCellOptions>("GRUCell", "units", units, options);
    checkKeys("GRUCell", o, [...CELL_KEYS, "resetAfter"]);
    super("GRUCell", o);
    this.resetAfter = boolOption("GRUCell", "resetAfter", o.resetAfter, true);
  }

  get stateCount(): number {
    return 1;
  }
  /** `[inputDim, 3 units]`: the z, r, h blocks side by side. */
  get kernel(): Variable {
    return this._weight("kernel");
  }
  /** `[units, 3 units]`. */
  get recurrentKernel(): Variable {
    return this._weight("recurrent_kernel");
  }
  /** `[2, 3 units]` (input and recurrent biases) with resetAfter, else `[3 units]`. */
  get bias(): Variable {
    return this._weight("bias");
  }

  protected _buildWeights(d: number): void {
    const u = this.units, o = this._opts;
    this.addWeight("kernel", [d, 3 * u], {
      initializer: o.kernelInitializer ?? "glorot_uniform",
      regularizer: o.kernelRegularizer,
    });
    this.addWeight("recurrent_kernel", [u, 3 * u], {
      initializer: o.recurrentInitializer ?? "orthogonal",
      regularizer: o.recurrentRegularizer,
    });
    if (this.useBias) {
      this.addWeight("bias", this.resetAfter ? [2, 3 * u] : [3 * u], {
        initializer: o.biasInitializer ?? "zeros",
        regularizer: o.biasRegularizer,
      });
    }
  }

  /** The input and recurrent bias rows (null without bias). */
  private _biases(): [Tensor | null, Tensor | null] {
    if (!this.useBias) return [null, null];
    if (!this.resetAfter) return [this.bias, null];
    const [bi, br] = unstack(this.bias, 0);
    return [bi, br];
  }

  project(x: Tensor): Tensor {
    const [B, T, D] = x.shape;
    let xw = matmul(reshape(x, [B * T, D]), this.kernel);
    const [bi] = this._biases();
    if (bi !== null) xw = add(xw, bi);
    return reshape(xw, [B, T, 3 * this.units]);
  }

  step(xw: Tensor, [h]: readonly Tensor[]): Tensor[] {
    const u = this.units;
    const [xz, xr, xh] = split(xw, 3, 1);
    const [, br] = this._biases();
    let z: Tensor, r: Tensor, hh: Tensor;
    if (this.resetAfter) {
      let inner = matmul(h, this.recurrentKernel);
      if (br !== null) inner = add(inner, br);
      const [rz, rr, rh] = split(inner, 3, 1);
      z = this.recurrentActivation(add(xz, rz));
      r = this.recurrentActivation(add(xr, rr));
      hh = this.activation(add(xh, multiply(r, rh)));
    } else {
      const k = this.recurrentKernel;
      const inner = matmul(h, slice(k, [0, 0], [u, 2 * u]));
      const [rz, rr] = split(inner, 2, 1);
      z = this.recurrentActivation(add(xz, rz));
      r = this.recurrentActivation(add(xr, rr));
      hh = this.activation(add(xh, matmul(multiply(r, h), slice(k, [0, 2 * u], [u, u]))));
    }
    // h' = z h + (1 - z) hh = hh + z (h - hh)
    return [add(hh, multiply(z, subtract(h, hh)))];
  }
}

/**
 * Gated recurrent unit over sequences `[batch, time, features]`:
 * `new GRU(units, options)` or `new GRU({ units, ... })`. With
 * `returnState: true` it returns `[output, h]`.
 */
export class GRU<S extends boolean = false> extends Recurrent<S> {
  declare readonly cell: GRUCell;

  constructor(units: number | GRUOptions<S>, options?: Omit<GRUOptions<S>, "units">) {
    const o = positional<GRUOptions<S>>("GRU", "units", units, options);
    checkKeys("GRU", o, [...CELL_KEYS, "resetAfter", ...SEQUENCE_KEYS]);
    const cellOpts = Object.fromEntries(
      Object.entries(o).filter(([k]) =>
        !SEQUENCE_KEYS.includes(k) &&
        !["name", "inputShape", "batchSize", "batchInputShape", "inputDim", "activityRegularizer"]
          .includes(k)
      ),
    );
    super("GRU", o, new GRUCell({ ...cellOpts, name: "gru_cell" }));
  }

  get kernel(): Variable {
    return this.cell.kernel;
  }
  get recurrentKernel(): Variable {
    return this.cell.recurrentKernel;
  }
  get bias(): Variable {
    return this.cell.bias;
  }
}
