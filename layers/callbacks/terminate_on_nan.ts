// `TerminateOnNaN`: stops training at a NaN or infinite loss.

import { Callback, type Logs } from "./callback.ts";
import { say } from "./_util.ts";

/**
 * Stops training as soon as a batch's loss is NaN or infinite.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const cb = new tf.keras.callbacks.TerminateOnNaN();
 * ```
 */
export class TerminateOnNaN extends Callback {
  /** Called after each training batch, with the running logs. */
  override onTrainBatchEnd(batch: number, logs: Logs): void {
    const loss = logs.loss;
    if (loss !== undefined && !Number.isFinite(loss)) {
      say(`Batch ${batch}: Invalid loss, terminating training`);
      this.requireModel().stopTraining = true;
    }
  }
}
