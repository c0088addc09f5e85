// `EarlyStopping`: stops training when a monitored value stops improving.

import { getWeightValues, setWeightValues } from "../_model.ts";
import type { TypedArray } from "../../tape/dtype.ts";
import { Callback, type Logs } from "./callback.ts";
import {
  checkKeys,
  checkMode,
  checkMonitor,
  higherIsBetter,
  type Mode,
  nonNegative,
  say,
  warnMissing,
} from "./_util.ts";

// ---------------------------------------------------------------- EarlyStopping

/** Options of `EarlyStopping`. */
export interface EarlyStoppingOptions {
  /** The log value watched (default "val_loss"). */
  monitor?: string;
  /** The smallest change that counts as an improvement (default 0). */
  minDelta?: number;
  /** Epochs without improvement before stopping (default 0). */
  patience?: number;
  /** 1: say when stopping and restoring. */
  verbose?: number;
  /** "auto" (default), "min" or "max". */
  mode?: Mode;
  /** A value the monitor must beat before patience restarts. */
  baseline?: number | null;
  /** Restore the weights of the best epoch at the end (default false). */
  restoreBestWeights?: boolean;
  /** Epochs to wait before watching (default 0). */
  startFromEpoch?: number;
}

/**
 * Stops training when the monitored value has not improved for `patience`
 * epochs (Keras 3's rules), optionally restoring the best epoch's weights.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const cb = new tf.keras.callbacks.EarlyStopping({ monitor: "loss", patience: 2, restoreBestWeights: true });
 * ```
 */
export class EarlyStopping extends Callback {
  /** The log watched ("val_loss", "loss", a metric). */
  readonly monitor: string;
  /** The smallest change that counts as an improvement. */
  readonly minDelta: number;
  /** Epochs without improvement before acting. */
  readonly patience: number;
  /** 0: silent; 1: print what is done. */
  readonly verbose: number;
  /** How the monitored value improves: "min", "max" or "auto". */
  readonly mode: Mode;
  /** A value the monitored one must beat (null: none). */
  readonly baseline: number | null;
  /** Whether the best epoch's weights are restored at the end. */
  readonly restoreBestWeights: boolean;
  /** Epochs of warm-up before monitoring starts. */
  readonly startFromEpoch: number;
  /** Epochs since the last improvement. */
  wait = 0;
  /** The epoch at which training stopped (0 if it did not). */
  stoppedEpoch = 0;
  /** The best value seen, or null. */
  best: number | null = null;
  /** The epoch of the best value. */
  bestEpoch = 0;
  #bestWeights: TypedArray[] | null = null;
  /** Whether larger is better; decided at the first epoch's end, once metrics are known. */
  #higher: boolean | null = null;

  /** Creates the EarlyStopping callback from its options. */
  constructor(options: EarlyStoppingOptions = {}) {
    super();
    const cls = "EarlyStopping";
    checkKeys(cls, options, [
      "monitor",
      "minDelta",
      "patience",
      "verbose",
      "mode",
      "baseline",
      "restoreBestWeights",
      "startFromEpoch",
    ]);
    this.monitor = checkMonitor(cls, options.monitor, "val_loss");
    this.minDelta = Math.abs(nonNegative(cls, "minDelta", options.minDelta, 0));
    this.patience = nonNegative(cls, "patience", options.patience, 0, true);
    this.verbose = options.verbose ?? 0;
    this.mode = checkMode(cls, options.mode);
    this.baseline = options.baseline ?? null;
    this.restoreBestWeights = options.restoreBestWeights ?? false;
    this.startFromEpoch = nonNegative(cls, "startFromEpoch", options.startFromEpoch, 0, true);
  }

  #improves(v: number, ref: number | null): boolean {
    if (ref === null) return true;
    return this.#higher ? v - this.minDelta > ref : v + this.minDelta < ref;
  }

  /** Called when fit starts. */
  override onTrainBegin(): void {
    this.wait = 0;
    this.stoppedEpoch = 0;
    this.best = null;
    this.bestEpoch = 0;
    this.#bestWeights = null;
    this.#higher = null;
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(epoch: number, logs: Logs): void {
    const current = logs[this.monitor];
    if (current === undefined) {
      warnMissing(this, "EarlyStopping", this.monitor, logs);
      return;
    }
    if (epoch < this.startFromEpoch) return;
    const model = this.requireModel();
    this.#higher ??= higherIsBetter("EarlyStopping", this.monitor, this.mode, model);
    if (this.restoreBestWeights && this.#bestWeights === null) {
      // Until something improves, the current weights are the best.
      this.#bestWeights = getWeightValues(model);
      this.bestEpoch = epoch;
    }
    this.wait++;
    if (this.#improves(current, this.best)) {
      this.best = current;
      this.bestEpoch = epoch;
      if (this.restoreBestWeights) this.#bestWeights = getWeightValues(model);
      if (this.baseline === null || this.#improves(current, this.baseline)) this.wait = 0;
      return;
    }
    if (this.wait >= this.patience && epoch > 0) {
      this.stoppedEpoch = epoch;
      model.stopTraining = true;
    }
  }

  /** Called when fit ends. */
  override onTrainEnd(): void {
    if (this.stoppedEpoch > 0 && this.verbose > 0) {
      say(`Epoch ${this.stoppedEpoch + 1}: early stopping`);
    }
    if (this.restoreBestWeights && this.#bestWeights !== null) {
      if (this.verbose > 0) {
        say(`Restoring model weights from the end of the best epoch: ${this.bestEpoch + 1}.`);
      }
      setWeightValues(this.requireModel(), this.#bestWeights);
    }
    this.#bestWeights = null;
  }
}
