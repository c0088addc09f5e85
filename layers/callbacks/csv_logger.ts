// `CSVLogger`: writes each epoch's logs as a CSV row.

import { describe } from "../_util.ts";
import { Callback, type Logs } from "./callback.ts";

// ---------------------------------------------------------------- CSVLogger

/**
 * Writes each epoch's logs as a CSV row (`epoch` then the log names in
 * sorted order; Keras's dialect: comma-separated, CRLF line ends). The file
 * is opened at the start of training (truncated, or appended to with
 * `append`), written after each epoch, closed at the end; it needs write
 * permission for its path only.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const cb = new tf.keras.callbacks.CSVLogger("training.csv");
 * ```
 */
export class CSVLogger extends Callback {
  /** The CSV file's path. */
  readonly filename: string;
  /** The column separator. */
  readonly separator: string;
  /** Whether to append to an existing file (else overwrite). */
  readonly append: boolean;
  #file: Deno.FsFile | null = null;
  #keys: string[] | null = null;
  #header = true;

  /** Creates the CSVLogger callback. */
  constructor(filename: string, separator = ",", append = false) {
    super();
    if (typeof filename !== "string" || filename.length === 0) {
      throw new TypeError(`CSVLogger: filename must be a path, got ${describe(filename)}`);
    }
    this.filename = filename;
    this.separator = separator;
    this.append = append;
  }

  /** Called when fit starts. */
  override onTrainBegin(): void {
    this.#file?.close();
    this.#file = Deno.openSync(this.filename, {
      write: true,
      create: true,
      append: this.append,
      truncate: !this.append,
    });
    this.#header = !this.append || this.#file.statSync().size === 0;
    this.#keys = null;
  }

  #cell(v: unknown): string {
    const s = typeof v === "number" ? (Number.isNaN(v) ? "nan" : String(v)) : String(v);
    return /[",\r\n]/.test(s) || s.includes(this.separator) ? `"${s.replaceAll('"', '""')}"` : s;
  }

  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  override onEpochEnd(epoch: number, logs: Logs): void {
    if (this.#file === null) return;
    if (this.#keys === null) {
      this.#keys = Object.keys(logs).sort();
      // Keras: without validation values yet, columns for them are added (filled with NA).
      if (!this.#keys.some((k) => k.startsWith("val_")) && this.#keys.length > 0) {
        this.#keys.push(...this.#keys.map((k) => "val_" + k));
      }
    }
    let text = "";
    if (this.#header) {
      text += ["epoch", ...this.#keys].map((k) => this.#cell(k)).join(this.separator) + "\r\n";
      this.#header = false;
    }
    text += [epoch, ...this.#keys.map((k) => logs[k] ?? "NA")].map((v) => this.#cell(v)).join(
      this.separator,
    ) + "\r\n";
    const bytes = new TextEncoder().encode(text);
    let off = 0;
    while (off < bytes.length) off += this.#file.writeSync(bytes.subarray(off));
  }

  /** Called when fit ends. */
  override onTrainEnd(): void {
    this.#file?.close();
    this.#file = null;
  }
}
