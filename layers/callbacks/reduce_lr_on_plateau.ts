// `ReduceLROnPlateau`: lowers the learning rate when a value plateaus.

import { describe } from "../_util.ts";
import { Callback, type Logs } from "./callback.ts";
import {
  checkKeys,
  checkMode,
  checkMonitor,
  type Mode,
  nonNegative,
  numericLr,
  say,
  warnMissing,
} from "./_util.ts";

/** Options of `ReduceLROnPlateau`. */
export interface ReduceLROnPlateauOptions {
  /** The log value watched (default "val_loss"). */
  monitor?: string;
  /** new lr = lr · factor (default 0.1; must be < 1). */
  factor?: number;
  /** Epochs without improvement before reducing (default 10). */
  patience?: number;
  /** 1: say when reducing. */
  verbose?: number;
  /** "auto" (default), "min" or "max". */
  mode?: Mode;
  /** The smallest change that counts as an improvement (default 1e-4). */
  minDelta?: number;
  /** Epochs to wait after a reduction before counting again (default 0). */
  cooldown?: number;
  /** The learning rate's lower bound (default 0). */
  minLr?: number;
}

/**
 * Multiplies the learning rate by `factor` when the monitored value has not
 * improved for `patience` epochs (Keras 3's rules); adds `learning_rate` to
 * each epoch's logs.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const cb = new tf.keras.callbacks.ReduceLROnPlateau({ monitor: "val_loss", factor: 0.5, patience: 2, minLr: 1e-5 });
 * ```
 */
export class ReduceLROnPlateau extends Callback {
  /** The log watched ("val_loss", "loss", a metric). */
  readonly monitor: string;
  /** The factor the rate is multiplied by. */
  readonly factor: number;
  /** Epochs without improvement before acting. */
  readonly patience: number;
  /** 0: silent; 1: print what is done. */
  readonly verbose: number;
  /** How the monitored value improves: "min", "max" or "auto". */
  readonly mode: Mode;
  /** The smallest change that counts as an improvement. */
  readonly minDelta: number;
  /** Epochs to wait after a reduction before watching again. */
  readonly cooldown: number;
  /** The lowest learning rate. */
  readonly minLr: number;
  /** Epochs since the last improvement. */
  wait = 0;
  /** Epochs of cooldown left. */
  cooldownCounter = 0;
  /** The best monitored value so far. */
  best: number = Infinity;
  #higher = false;

  /** Creates the ReduceLROnPlateau callback from its options. */
  constructor(options: ReduceLROnPlateauOptions = {}) {
    super();
    const cls = "ReduceLROnPlateau";
    checkKeys(cls, options, [
      "monitor",
      "factor",
      "patience",
      "verbose",
      "mode",
      "minDelta",
      "cooldown",
      "minLr",
    ]);
    this.monitor = checkMonitor(cls, options.monitor, "val_loss");
    const factor = options.factor ?? 0.1;
    if (typeof factor !== "number" || !(factor >= 0 && factor < 1)) {
      throw new RangeError(
        `${cls}: factor must be a number in [0, 1) (the learning rate is multiplied by it), got ${
          describe(options.factor)
        }`,
      );
    }
    this.factor = factor;
    this.patience = nonNegative(cls, "patience", options.patience, 10, true);
    this.verbose = options.verbose ?? 0;
    this.mode = checkMode(cls, options.mode);
    this.minDelta = nonNegative(cls, "minDelta", options.minDelta, 1e-4);
    this.cooldown = nonNegative(cls, "cooldown", options.cooldown, 0, true);
    this.minLr = nonNegative(cls, "minLr", options.minLr, 0);
  }

  /** Called when fit starts. */
  override onTrainBegin(): void {
    // Keras 3: mode "auto" maximises only when the name contains "acc".
    this.#higher = this.mode === "max" || (this.mode === "auto" && this.monitor.includes("acc"));
    this.best = this.#higher ? -Infinity : Infinity;
    this.cooldownCounter = 0;
    this.wait = 0;
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(epoch: number, logs: Logs): void {
    const model = this.requireModel();
    logs.learning_rate = numericLr("ReduceLROnPlateau", model);
    const current = logs[this.monitor];
    if (current === undefined) {
      warnMissing(this, "ReduceLROnPlateau", this.monitor, logs);
      return;
    }
    if (this.cooldownCounter > 0) {
      this.cooldownCounter--;
      this.wait = 0;
    }
    const better = this.#higher
      ? current > this.best + this.minDelta
      : current < this.best - this.minDelta;
    if (better) {
      this.best = current;
      this.wait = 0;
    } else if (this.cooldownCounter <= 0) {
      this.wait++;
      if (this.wait >= this.patience) {
        const old = logs.learning_rate;
        if (old > Math.fround(this.minLr)) {
          const lr = Math.max(old * this.factor, this.minLr);
          model.optimizer!.learningRate = lr;
          if (this.verbose > 0) {
            say(`Epoch ${epoch + 1}: ReduceLROnPlateau reducing learning rate to ${lr}.`);
          }
          this.cooldownCounter = this.cooldown;
          this.wait = 0;
        }
      }
    }
  }
}
