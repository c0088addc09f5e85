// `ModelCheckpoint`: saves the weights (safetensors) each epoch or at the best.

import { describe } from "../_util.ts";
import { saveWeights } from "../safetensors.ts";
import { Callback, type Logs } from "./callback.ts";
import {
  checkKeys,
  checkMode,
  checkMonitor,
  fmt5,
  higherIsBetter,
  type Mode,
  say,
  warnMissing,
} from "./_util.ts";

// ---------------------------------------------------------------- ModelCheckpoint

/** Options of `ModelCheckpoint`. */
export interface ModelCheckpointOptions {
  /** Where to save: a path, optionally with {epoch}, {epoch:02d}, {val_loss:.4f}, ... */
  filepath: string;
  /** The log value watched for saveBestOnly (default "val_loss"). */
  monitor?: string;
  /** 1: say when saving. */
  verbose?: number;
  /** Save only when the monitored value improves (default false). */
  saveBestOnly?: boolean;
  /** Accepted for Keras compatibility: weights are what is saved (safetensors). */
  saveWeightsOnly?: boolean;
  /** "auto" (default), "min" or "max". */
  mode?: Mode;
  /** "epoch" (default) or a number of batches between saves. */
  saveFreq?: "epoch" | number;
  /** A value the first save must beat (saveBestOnly). */
  initialValueThreshold?: number | null;
  /** Also save the optimizer's state (default false). */
  includeOptimizer?: boolean;
}

/**
 * Python-style `{name}` / `{name:spec}` substitution in a checkpoint path:
 * specs `d`, `0Nd`, `.Nf`, `.Ne`; epoch counts from 1 as in Keras.
 *
 * @internal
 */
export function formatPath(cls: string, pattern: string, values: Logs): string {
  return pattern.replace(
    /\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}/g,
    (_m, key: string, spec?: string) => {
      const v = values[key];
      if (v === undefined) {
        throw new RangeError(
          `${cls}: the filepath names {${key}}, which is not among the values available: ${
            Object.keys(values).join(", ")
          }`,
        );
      }
      if (!spec) return Number.isInteger(v) ? String(v) : String(v);
      let m = /^(0?)(\d*)d$/.exec(spec);
      if (m) return String(Math.round(v)).padStart(Number(m[2] || 0), m[1] ? "0" : " ");
      m = /^(0?)(\d*)\.(\d+)([fe])$/.exec(spec);
      if (m) {
        const s = m[4] === "f" ? v.toFixed(Number(m[3])) : v.toExponential(Number(m[3]));
        return s.padStart(Number(m[2] || 0), m[1] ? "0" : " ");
      }
      throw new RangeError(
        `${cls}: unsupported format {${key}:${spec}} in the filepath; use d, 02d, .4f or .3e`,
      );
    },
  );
}

/**
 * Saves the model's weights (safetensors) after each epoch, or every
 * `saveFreq` batches, or only when the monitored value improves. Writing
 * needs permission for the file's path only (`--allow-write=path`).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const cb = new tf.keras.callbacks.ModelCheckpoint({
 *   filepath: "best.safetensors", monitor: "val_accuracy", saveBestOnly: true,
 * });
 * ```
 */
export class ModelCheckpoint extends Callback {
  /** Where the weights are saved (with `{epoch}` and log names filled in). */
  readonly filepath: string;
  /** The log watched ("val_loss", "loss", a metric). */
  readonly monitor: string;
  /** 0: silent; 1: print what is done. */
  readonly verbose: number;
  /** Whether only improvements are saved. */
  readonly saveBestOnly: boolean;
  /** How the monitored value improves: "min", "max" or "auto". */
  readonly mode: Mode;
  /** "epoch", or a number of batches between saves. */
  readonly saveFreq: "epoch" | number;
  /** Whether the optimizer's state is saved too. */
  readonly includeOptimizer: boolean;
  /** The best value so far (saveBestOnly). */
  best: number | null;
  #higher: boolean | null = null;
  #batches = 0;
  #epoch = 0;

  /** Creates the ModelCheckpoint callback from its options. */
  constructor(options: ModelCheckpointOptions) {
    super();
    const cls = "ModelCheckpoint";
    if (typeof options === "string") options = { filepath: options };
    checkKeys(cls, options, [
      "filepath",
      "monitor",
      "verbose",
      "saveBestOnly",
      "saveWeightsOnly",
      "mode",
      "saveFreq",
      "initialValueThreshold",
      "includeOptimizer",
    ]);
    if (typeof options.filepath !== "string" || options.filepath.length === 0) {
      throw new TypeError(`${cls}: filepath must be a path, got ${describe(options.filepath)}`);
    }
    if (options.saveWeightsOnly === false) {
      throw new TypeError(
        `${cls}: only weights are saved (safetensors); leave saveWeightsOnly out or set it to true`,
      );
    }
    this.filepath = options.filepath;
    this.monitor = checkMonitor(cls, options.monitor, "val_loss");
    this.verbose = options.verbose ?? 0;
    this.saveBestOnly = options.saveBestOnly ?? false;
    this.mode = checkMode(cls, options.mode);
    const f = options.saveFreq ?? "epoch";
    if (f !== "epoch" && !(Number.isInteger(f) && (f as number) > 0)) {
      throw new RangeError(
        `${cls}: saveFreq must be "epoch" or a positive integer, got ${describe(f)}`,
      );
    }
    this.saveFreq = f;
    this.includeOptimizer = options.includeOptimizer ?? false;
    this.best = options.initialValueThreshold ?? null;
  }

  /** Called when fit starts. */
  override onTrainBegin(): void {
    this.#higher = null;
    this.#batches = 0;
  }

  /** Called when an epoch starts (epochs count from 0). */
  override onEpochBegin(epoch: number): void {
    this.#epoch = epoch;
  }

  /** Called after each training batch, with the running logs. */
  override onTrainBatchEnd(batch: number, logs: Logs): void {
    if (this.saveFreq === "epoch") return;
    if (++this.#batches % this.saveFreq === 0) {
      this.#save(this.#epoch, { ...logs, batch: batch + 1 });
    }
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(epoch: number, logs: Logs): void {
    if (this.saveFreq === "epoch") this.#save(epoch, logs);
  }

  #save(epoch: number, logs: Logs): void {
    const path = formatPath("ModelCheckpoint", this.filepath, { ...logs, epoch: epoch + 1 });
    const model = this.requireModel();
    if (this.saveBestOnly) {
      const current = logs[this.monitor];
      if (current === undefined) {
        warnMissing(this, "ModelCheckpoint", this.monitor, logs);
        return;
      }
      this.#higher ??= higherIsBetter("ModelCheckpoint", this.monitor, this.mode, model);
      const better = this.best === null ||
        (this.#higher ? current > this.best : current < this.best);
      if (!better) {
        if (this.verbose > 0) {
          say(`Epoch ${epoch + 1}: ${this.monitor} did not improve from ${fmt5(this.best!)}`);
        }
        return;
      }
      if (this.verbose > 0) {
        say(
          `Epoch ${epoch + 1}: ${this.monitor} improved from ${
            this.best === null ? (this.#higher ? "-inf" : "inf") : fmt5(this.best)
          } to ${fmt5(current)}, saving model to ${path}`,
        );
      }
      this.best = current;
    } else if (this.verbose > 0) {
      say(`Epoch ${epoch + 1}: saving model to ${path}`);
    }
    saveWeights(model, path, { includeOptimizer: this.includeOptimizer });
  }
}
