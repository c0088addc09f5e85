/**
 * `tf.keras.layers.LSTM` and `LSTMCell`: Keras's long short-term memory,
 * gates in Keras's order i, f, c, o:
 *
 *     z = x · kernel + h · recurrentKernel + bias      (kernel [d, 4u])
 *     i = σ(z_i)   f = σ(z_f)   o = σ(z_o)             (σ = recurrentActivation, sigmoid)
 *     c' = f · c + i · tanh(z_c)                       (tanh = activation)
 *     h' = o · tanh(c')
 *
 * Defaults as Keras: kernel "glorot_uniform", recurrent kernel
 * "orthogonal", bias zeros with the forget gate's quarter set to 1
 * (`unitForgetBias`). Weights: "lstm/lstm_cell/kernel", ".../recurrent_kernel",
 * ".../bias".
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const lstm = new tf.keras.layers.LSTM(8, { returnSequences: true });
 * console.log(lstm(tf.zeros([2, 5, 3])).shape); // [2, 5, 8]
 * const [out, h, c] = new tf.keras.layers.LSTM(8, { returnState: true })(tf.zeros([2, 5, 3]));
 * console.log(out.shape, h.shape, c.shape); // [2, 8] [2, 8] [2, 8]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import type { Variable } from "../tape/variable.ts";
import { add, multiply } from "../tape/ops/arithmetic.ts";
import { matmul } from "../tape/ops/linalg.ts";
import { concat, split } from "../tape/ops/concat.ts";
import { reshape } from "../tape/ops/shape.ts";
import * as initializers from "./initializers.ts";
import { boolOption, checkKeys, positional } from "./layer.ts";
import {
  CELL_KEYS,
  Recurrent,
  RecurrentCell,
  type RecurrentCellOptions,
  type RecurrentLayerOptions,
  SEQUENCE_KEYS,
} from "./rnn.ts";

/** Options of `LSTMCell`. */
export interface LSTMCellOptions extends RecurrentCellOptions {
  /** Initialize the forget gate's bias to 1 (default true). */
  unitForgetBias?: boolean;
}

/** Options of `LSTM`. */
export interface LSTMOptions<S extends boolean = boolean>
  extends LSTMCellOptions, RecurrentLayerOptions {
  returnState?: S;
}

/** One LSTM step; `cell([x, h, c])` gives `[h', c']`. */
export class LSTMCell extends RecurrentCell {
  readonly unitForgetBias: boolean;

  constructor(units: number | LSTMCellOptions, options?: Omit<LSTMCellOptions, "units">) {
    const o = positional<LSTMCellOptions>("LSTMCell", "units", units, options);
    checkKeys("LSTMCell", o, [...CELL_KEYS, "unitForgetBias"]);
    super("LSTMCell", o);
    this.unitForgetBias = boolOption("LSTMCell", "unitForgetBias", o.unitForgetBias, true);
  }

  get stateCount(): number {
    return 2;
  }
  /** `[inputDim, 4 units]`: the i, f, c, o blocks side by side. */
  get kernel(): Variable {
    return this._weight("kernel");
  }
  /** `[units, 4 units]`. */
  get recurrentKernel(): Variable {
    return this._weight("recurrent_kernel");
  }
  /** `[4 units]`. */
  get bias(): Variable {
    return this._weight("bias");
  }

  protected _buildWeights(d: number): void {
    const u = this.units, o = this._opts;
    this.addWeight("kernel", [d, 4 * u], {
      initializer: o.kernelInitializer ?? "glorot_uniform",
      regularizer: o.kernelRegularizer,
    });
    this.addWeight("recurrent_kernel", [u, 4 * u], {
      initializer: o.recurrentInitializer ?? "orthogonal",
      regularizer: o.recurrentRegularizer,
    });
    if (this.useBias) {
      const base = initializers.get(o.biasInitializer ?? "zeros", `LSTMCell "${this.name}"`);
      const init = this.unitForgetBias
        ? (shape: readonly number[]) =>
          concat([base.call([u]), initializers.get("ones").call([u]), base.call([2 * u])], 0)
            .reshape(shape)
        : base;
      this.addWeight("bias", [4 * u], { initializer: init, regularizer: o.biasRegularizer });
    }
  }

  project(x: Tensor): Tensor {
    const [B, T, D] = x.shape;
    let xw = matmul(reshape(x, [B * T, D]), this.kernel);
    if (this.useBias) xw = add(xw, this.bias);
    return reshape(xw, [B, T, 4 * this.units]);
  }

  step(xw: Tensor, [h, c]: readonly Tensor[]): Tensor[] {
    const z = add(xw, matmul(h, this.recurrentKernel));
    const [zi, zf, zc, zo] = split(z, 4, 1);
    const i = this.recurrentActivation(zi);
    const f = this.recurrentActivation(zf);
    const o = this.recurrentActivation(zo);
    const c2 = add(multiply(f, c), multiply(i, this.activation(zc)));
    const h2 = multiply(o, this.activation(c2));
    return [h2, c2];
  }
}

/**
 * Long short-term memory over sequences `[batch, time, features]`:
 * `new LSTM(units, options)` or `new LSTM({ units, ... })`. With
 * `returnState: true` it returns `[output, h, c]`.
 */
export class LSTM<S extends boolean = false> extends Recurrent<S> {
  declare readonly cell: LSTMCell;

  constructor(units: number | LSTMOptions<S>, options?: Omit<LSTMOptions<S>, "units">) {
    const o = positional<LSTMOptions<S>>("LSTM", "units", units, options);
    checkKeys("LSTM", o, [...CELL_KEYS, "unitForgetBias", ...SEQUENCE_KEYS]);
    const cellOpts = Object.fromEntries(
      Object.entries(o).filter(([k]) =>
        !SEQUENCE_KEYS.includes(k) &&
        !["name", "inputShape", "batchSize", "batchInputShape", "inputDim", "activityRegularizer"]
          .includes(k)
      ),
    );
    super("LSTM", o, new LSTMCell({ ...cellOpts, name: "lstm_cell" }));
  }

  /** The cell's kernel `[inputDim, 4 units]`. */
  get kernel(): Variable {
    return this.cell.kernel;
  }
  /** The cell's recurrent kernel `[units, 4 units]`. */
  get recurrentKernel(): Variable {
    return this.cell.recurrentKernel;
  }
  /** The cell's bias `[4 units]`. */
  get bias(): Variable {
    return this.cell.bias;
  }
}
