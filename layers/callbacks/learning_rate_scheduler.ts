// `LearningRateScheduler`: sets the learning rate at each epoch.

import { describe } from "../_util.ts";
import { Callback, type Logs } from "./callback.ts";
import { numericLr, say } from "./_util.ts";

/**
 * Sets the learning rate at the start of each epoch to
 * `schedule(epoch, currentLr)`; adds `learning_rate` to each epoch's logs.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const cb = new tf.keras.callbacks.LearningRateScheduler((epoch, lr) => (epoch < 10 ? lr : lr * Math.exp(-0.1)));
 * ```
 */
export class LearningRateScheduler extends Callback {
  /** The function (epoch, current rate) => new rate. */
  readonly schedule: (epoch: number, lr: number) => number;
  /** 0: silent; 1: print what is done. */
  readonly verbose: number;

  /** Creates the LearningRateScheduler callback. */
  constructor(schedule: (epoch: number, lr: number) => number, verbose = 0) {
    super();
    if (typeof schedule !== "function") {
      throw new TypeError(
        `LearningRateScheduler: expected a function (epoch, lr) => lr, got ${describe(schedule)}`,
      );
    }
    this.schedule = schedule;
    this.verbose = verbose;
  }

  /** Called when an epoch starts (epochs count from 0). */
  override onEpochBegin(epoch: number): void {
    const model = this.requireModel();
    const lr = this.schedule(epoch, numericLr("LearningRateScheduler", model));
    if (typeof lr !== "number" || !Number.isFinite(lr) || lr < 0) {
      throw new TypeError(
        `LearningRateScheduler: the schedule returned ${describe(lr)} at epoch ${epoch}; ` +
          `it must return a finite number >= 0`,
      );
    }
    model.optimizer!.learningRate = lr;
    if (this.verbose > 0) {
      say(`Epoch ${epoch + 1}: LearningRateScheduler setting learning rate to ${lr}.`);
    }
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(_epoch: number, logs: Logs): void {
    logs.learning_rate = numericLr("LearningRateScheduler", this.requireModel());
  }
}
