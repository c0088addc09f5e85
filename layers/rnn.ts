/**
 * The recurrent loop shared by LSTM and GRU (Keras's `RNN` layer around a
 * cell): inputs `[batch, time, features]`; the input projection
 * `x · kernel + bias` of every step is one matrix product before the loop
 * (so each step only multiplies the state by the recurrent kernel);
 * `returnSequences`, `returnState`, `goBackwards` and `initialState` as in
 * Keras. Dropout masks are drawn once per call and shared by all steps
 * (Keras's cells do the same): one for the inputs, one for the state.
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import { multiply } from "../tape/ops/arithmetic.ts";
import { stack, unstack } from "../tape/ops/concat.ts";
import { expandDims } from "../tape/ops/shape.ts";
import { zeros } from "../tape/ops/creation.ts";
import { callSeed, dropoutMask } from "./dropout.ts";
import * as activations from "./activations.ts";
import type { InitializerIdentifier } from "./initializers.ts";
import type { RegularizerIdentifier } from "./regularizers.ts";
import {
  boolOption,
  type CallOptions,
  fmtSpec,
  intOption,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  numOption,
  resolveWeightOptions,
  type ShapeSpec,
  who,
} from "./layer.ts";

/** Options shared by the LSTM and GRU cells (Keras's arguments in camelCase). */
export interface RecurrentCellOptions extends LayerOptions {
  /** State size (required). */
  units?: number;
  /** Default "tanh". */
  activation?: activations.ActivationIdentifier;
  /** The gates' activation (default "sigmoid"). */
  recurrentActivation?: activations.ActivationIdentifier;
  /** Default true. */
  useBias?: boolean;
  /** Default "glorot_uniform". */
  kernelInitializer?: InitializerIdentifier;
  /** Default "orthogonal". */
  recurrentInitializer?: InitializerIdentifier;
  /** Default "zeros". */
  biasInitializer?: InitializerIdentifier;
  kernelRegularizer?: RegularizerIdentifier | null;
  recurrentRegularizer?: RegularizerIdentifier | null;
  biasRegularizer?: RegularizerIdentifier | null;
  /** Dropout rate of the inputs, in training (default 0). */
  dropout?: number;
  /** Dropout rate of the state, in training (default 0). */
  recurrentDropout?: number;
  /** Seed of the dropout masks. */
  seed?: number;
}

/** Options of the sequence layers (LSTM, GRU) besides their cell's. */
export interface RecurrentLayerOptions {
  /** Return the output of every step `[batch, time, units]` (default false: the last). */
  returnSequences?: boolean;
  /** Also return the final states: `[output, ...states]` (default false). */
  returnState?: boolean;
  /** Process the sequence backwards (default false); outputs come in processing order. */
  goBackwards?: boolean;
  /** Not supported; must be false. */
  stateful?: boolean;
  /** Accepted for compatibility; the loop always runs step by step. */
  unroll?: boolean;
}

/** Call options of LSTM and GRU. */
export interface RecurrentCallOptions extends CallOptions {
  /** Initial states (`[h, c]` for LSTM, `[h]` for GRU), each `[batch, units]`; default zeros. */
  initialState?: readonly Tensor[];
}

export const CELL_KEYS = [
  ...LAYER_KEYS,
  "units",
  "activation",
  "recurrentActivation",
  "useBias",
  "kernelInitializer",
  "recurrentInitializer",
  "biasInitializer",
  "kernelRegularizer",
  "recurrentRegularizer",
  "biasRegularizer",
  "dropout",
  "recurrentDropout",
  "seed",
];

export const SEQUENCE_KEYS = [
  "returnSequences",
  "returnState",
  "goBackwards",
  "stateful",
  "unroll",
];

/** A recurrent cell: one step of the recurrence, plus the projection of all inputs at once. */
export abstract class RecurrentCell extends Layer<Tensor[]> {
  readonly units: number;
  readonly activation: activations.ActivationFn;
  readonly recurrentActivation: activations.ActivationFn;
  readonly useBias: boolean;
  readonly dropout: number;
  readonly recurrentDropout: number;
  readonly seed: number | null;
  /** @internal */
  declare readonly _opts: RecurrentCellOptions;
  /** @internal Masks drawn so far (advances seeded masks). */
  declare _draws: number;

  constructor(cls: string, o: RecurrentCellOptions) {
    super(o);
    if (o.units === undefined) {
      throw new TypeError(`${cls}: units is required; e.g. new tf.keras.layers.${cls}(32)`);
    }
    this.units = intOption(cls, "units", o.units, 1);
    this.activation = activations.get(o.activation ?? "tanh", `${cls} "${this.name}"`);
    this.recurrentActivation = activations.get(
      o.recurrentActivation ?? "sigmoid",
      `${cls} "${this.name}"`,
    );
    this.useBias = boolOption(cls, "useBias", o.useBias, true);
    this.dropout = numOption(cls, "dropout", o.dropout, 0, 0, 1, true);
    this.recurrentDropout = numOption(cls, "recurrentDropout", o.recurrentDropout, 0, 0, 1, true);
    if (o.seed !== undefined && !Number.isSafeInteger(o.seed)) {
      throw new TypeError(`${cls}: seed must be an integer, got ${String(o.seed)}`);
    }
    this.seed = o.seed ?? null;
    Object.defineProperty(this, "_opts", {
      value: resolveWeightOptions(cls, o),
      enumerable: false,
    });
    Object.defineProperty(this, "_draws", { value: 0, writable: true, enumerable: false });
  }

  /** Number of states (LSTM: h and c; GRU: h). */
  abstract get stateCount(): number;

  /** The projection of every step's input, `[batch, time, k · units]` (bias included). */
  abstract project(x: Tensor): Tensor;

  /** One step from a projected input: the new states (the first is the output). */
  abstract step(xw: Tensor, states: readonly Tensor[]): Tensor[];

  /** A scaled dropout mask of `shape` (seeded masks advance per draw). */
  mask(shape: readonly number[], rate: number): Tensor {
    return dropoutMask(
      shape,
      rate,
      this.seed === null ? undefined : callSeed(this.seed, this._draws++),
    );
  }

  /** One step on raw inputs: `cell([x, ...states])` gives the new states (the first is the output). */
  override call(inputs: Tensor | Tensor[]): Tensor[] {
    if (!Array.isArray(inputs) || inputs.length !== 1 + this.stateCount) {
      throw new TypeError(
        `${who(this)}: call it on [x, ${this.stateCount === 2 ? "h, c" : "h"}] (one step); ` +
          `run sequences through the ${this.constructor.name.replace("Cell", "")} layer`,
      );
    }
    const [x, ...states] = inputs;
    const xw = this.project(expandDims(x, 1));
    return this.step(unstack(xw, 1)[0], states);
  }

  override build(inputShape: ShapeSpec | ShapeSpec[]): void {
    const s = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as ShapeSpec;
    const d = s[s.length - 1];
    if (d === null || d === undefined) {
      throw new RangeError(
        `${who(this)}: the input's feature size must be known, got ${fmtSpec(s)}`,
      );
    }
    this._buildWeights(d);
  }

  protected abstract _buildWeights(inputDim: number): void;

  override computeOutputShape(inputShape: ShapeSpec | ShapeSpec[]): ShapeSpec[] {
    const s = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as ShapeSpec;
    return Array.from({ length: this.stateCount }, () => [s[0], this.units]);
  }
}

/**
 * A sequence layer driving a cell over time. `S` is true when the layer
 * returns states (its output is then a list).
 */
export abstract class Recurrent<S extends boolean = false>
  extends Layer<S extends true ? Tensor[] : Tensor, RecurrentCallOptions> {
  /** The cell (its weights are "<layer>/<cell>/kernel", ...). */
  readonly cell: RecurrentCell;
  readonly returnSequences: boolean;
  readonly returnState: boolean;
  readonly goBackwards: boolean;

  constructor(cls: string, o: RecurrentLayerOptions & LayerOptions, cell: RecurrentCell) {
    super(Object.fromEntries(Object.entries(o).filter(([k]) => LAYER_KEYS.includes(k as never))));
    this.cell = cell;
    this.returnSequences = boolOption(cls, "returnSequences", o.returnSequences, false);
    this.returnState = boolOption(cls, "returnState", o.returnState, false);
    this.goBackwards = boolOption(cls, "goBackwards", o.goBackwards, false);
    boolOption(cls, "unroll", o.unroll, false);
    if (o.stateful) {
      throw new TypeError(
        `${cls}: stateful is not supported; keep the final states with returnState: true and ` +
          `pass them as initialState to the next call`,
      );
    }
  }

  /** State size. */
  get units(): number {
    return this.cell.units;
  }

  override build(inputShape: ShapeSpec): void {
    if (inputShape.length !== 3 || inputShape[2] === null) {
      throw new RangeError(
        `${who(this)}: needs inputs [batch, time, features] with a known feature size, got ` +
          `${fmtSpec(inputShape)}; reshape the input (a single sequence needs a batch axis of 1)`,
      );
    }
    this.cell._buildFor([inputShape[0], inputShape[2]]);
    this.inputSpec = { ndim: 3, axes: { 2: inputShape[2] } };
  }

  override call(x: Tensor, options?: RecurrentCallOptions): S extends true ? Tensor[] : Tensor {
    const cell = this.cell;
    const [B, T] = x.shape;
    if (T === 0) {
      throw new RangeError(
        `${who(this)}: the input has no time steps (shape [${x.shape.join(", ")}])`,
      );
    }
    const training = options?.training ?? false;
    const U = cell.units;
    let states: Tensor[];
    if (options?.initialState !== undefined) {
      const init = options.initialState;
      if (!Array.isArray(init) || init.length !== cell.stateCount) {
        throw new TypeError(
          `${who(this)}: initialState must be a list of ${cell.stateCount} tensors ` +
            `(${cell.stateCount === 2 ? "[h, c]" : "[h]"}), each [batch, ${U}]`,
        );
      }
      init.forEach((t, i) => {
        if (t.rank !== 2 || t.shape[0] !== B || t.shape[1] !== U) {
          throw new RangeError(
            `${who(this)}: initialState[${i}] has shape [${t.shape.join(", ")}] but must be ` +
              `[${B}, ${U}] (batch, units)`,
          );
        }
      });
      states = init.slice();
    } else states = Array.from({ length: cell.stateCount }, () => zeros([B, U]));

    let xin = x;
    if (training && cell.dropout > 0) {
      // One mask per sequence, shared by every step: [B, 1, D] broadcast over time.
      xin = multiply(x, expandDims(cell.mask([B, x.shape[2]], cell.dropout), 1));
    }
    const steps = unstack(cell.project(xin), 1);
    const recMask = training && cell.recurrentDropout > 0
      ? cell.mask([B, U], cell.recurrentDropout)
      : null;
    const outputs: Tensor[] = [];
    for (let i = 0; i < T; i++) {
      const t = this.goBackwards ? T - 1 - i : i;
      // Recurrent dropout masks the previous output (Keras's h_tm1 * rec_dp_mask).
      const prev = recMask === null ? states : [multiply(states[0], recMask), ...states.slice(1)];
      states = cell.step(steps[t], prev);
      if (this.returnSequences) outputs.push(states[0]);
    }
    const out = this.returnSequences ? stack(outputs, 1) : states[0];
    return (this.returnState ? [out, ...states] : out) as S extends true ? Tensor[] : Tensor;
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec | ShapeSpec[] {
    const U = this.cell.units;
    const out: ShapeSpec = this.returnSequences
      ? [inputShape[0], inputShape[1], U]
      : [inputShape[0], U];
    if (!this.returnState) return out;
    return [out, ...Array.from({ length: this.cell.stateCount }, () => [inputShape[0], U])];
  }

  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      units: this.cell.units,
      returnSequences: this.returnSequences,
      returnState: this.returnState,
      goBackwards: this.goBackwards,
    };
  }
}
