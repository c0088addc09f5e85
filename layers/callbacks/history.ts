// `History`: each epoch's logs, returned by `fit`.

import { historySvg, historyText } from "../history_plot.ts";
import { Callback, type Logs } from "./callback.ts";

/**
 * Records each epoch's logs: `history[name]` lists the values per epoch,
 * `epoch` the epoch numbers. `fit` returns it.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const h = new tf.keras.callbacks.History();
 * h.onTrainBegin();
 * h.onEpochEnd(0, { loss: 0.5 });
 * console.log(h.history.loss, h.epoch); // [0.5] [0]
 * ```
 */
export class History extends Callback {
  /** Values per log name, one per epoch. */
  history: Record<string, number[]> = {};
  /** The epochs recorded. */
  epoch: number[] = [];

  /** Called when fit starts. */
  override onTrainBegin(_logs?: Logs): void {
    this.epoch = [];
  }

  /**
   * Deno's Jupyter kernel shows a History as its loss and metric curves
   * (SVG, validation curves dashed), and the last values as text.
   *
   * @example
   * ```ts
   * import * as tf from "../../mod.ts";
   * const h = new tf.keras.callbacks.History();
   * h.onEpochEnd(0, { loss: 0.5, val_loss: 0.6 });
   * h.onEpochEnd(1, { loss: 0.3, val_loss: 0.4 });
   * // (the kernel calls this method; TypeScript types a Symbol.for key as any symbol)
   * const show = (h as unknown as Record<symbol, () => Record<string, string>>)[
   *   Symbol.for("Jupyter.display")
   * ];
   * console.log(show.call(h)["image/svg+xml"].startsWith("<svg")); // true
   * ```
   */
  [Symbol.for("Jupyter.display")](): Record<string, string> {
    return { "image/svg+xml": historySvg(this), "text/plain": historyText(this) };
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(epoch: number, logs: Logs): void {
    this.epoch.push(epoch);
    for (const [k, v] of Object.entries(logs)) (this.history[k] ??= []).push(v);
    if (this.model !== null) (this.model as { history?: History }).history = this;
  }
}
