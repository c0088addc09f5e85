// `ProgbarLogger`: Keras's progress bar (or a line per epoch) on stderr.

import { Progbar, writeStderr } from "../progbar.ts";
import { Callback, type Logs } from "./callback.ts";

/** Options of `ProgbarLogger`. */
export interface ProgbarLoggerOptions {
  /** Passed to each Progbar (tests give `write` and `dynamic`). */
  progbar?: { dynamic?: boolean; write?: (text: string) => void; now?: () => number };
}

/**
 * The progress bar of fit, evaluate and predict (added by them when
 * `verbose` is 1 or 2).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const model = new tf.keras.Sequential([new tf.keras.layers.Dense(1)]);
 * model.compile({ optimizer: "sgd", loss: "mse" });
 * // verbose: 1 adds it; passing one makes fit use it (verbose 0 here: no bar of its own)
 * await model.fit(tf.ones([4, 2]), tf.ones([4, 1]), { epochs: 1, verbose: 0, callbacks: [new tf.keras.callbacks.ProgbarLogger()] });
 * ```
 */
export class ProgbarLogger extends Callback {
  #bar: Progbar | null = null;
  #seen = 0;
  #inFit = false;
  #epochs = 0;
  #options: ProgbarLoggerOptions;

  /** Creates the ProgbarLogger callback from its options. */
  constructor(options: ProgbarLoggerOptions = {}) {
    super();
    this.#options = options;
  }

  #write(text: string): void {
    (this.#options.progbar?.write ?? writeStderr)(text);
  }

  #newBar(): void {
    const v = this.params.verbose;
    this.#seen = 0;
    this.#bar = v === 0 ? null : new Progbar(this.params.steps, {
      verbose: v === 2 ? 2 : 1,
      ...this.#options.progbar,
    });
  }

  #finish(logs: Logs): void {
    if (this.#bar === null) return;
    if (this.#bar.target === null) this.#bar.target = this.#seen;
    this.#bar.update(this.#bar.target, Object.entries(logs), true);
    this.#bar = null;
  }

  /** Called when fit starts. */
  override onTrainBegin(): void {
    this.#inFit = true;
    this.#epochs = this.params.epochs;
  }
  /** Called when fit ends. */
  override onTrainEnd(): void {
    this.#inFit = false;
  }
  /** Called when an epoch starts (epochs count from 0). */
  override onEpochBegin(epoch: number): void {
    if (this.params.verbose > 0 && this.#epochs > 1) {
      this.#write(`Epoch ${epoch + 1}/${this.#epochs}\n`);
    }
    this.#newBar();
  }
  /** Called after each training batch, with the running logs. */
  override onTrainBatchEnd(batch: number, logs: Logs): void {
    this.#seen = batch + 1;
    if (this.params.verbose === 1) this.#bar?.update(this.#seen, Object.entries(logs), false);
  }
  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(_epoch: number, logs: Logs): void {
    this.#finish(logs);
  }
  /** Called when evaluate (or fit's validation) starts. */
  override onTestBegin(): void {
    if (!this.#inFit) this.#newBar();
  }
  /** Called after each evaluation batch. */
  override onTestBatchEnd(batch: number, logs: Logs): void {
    if (this.#inFit) return;
    this.#seen = batch + 1;
    if (this.params.verbose === 1) this.#bar?.update(this.#seen, Object.entries(logs), false);
  }
  /** Called when evaluate ends, with its logs. */
  override onTestEnd(logs: Logs): void {
    if (!this.#inFit) this.#finish(logs);
  }
  /** Called when predict starts. */
  override onPredictBegin(): void {
    this.#newBar();
  }
  /** Called after each prediction batch. */
  override onPredictBatchEnd(batch: number): void {
    this.#seen = batch + 1;
    if (this.params.verbose === 1) this.#bar?.update(this.#seen, [], false);
  }
  /** Called when predict ends. */
  override onPredictEnd(): void {
    this.#finish({});
  }
}
