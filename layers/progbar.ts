/**
 * Keras 3's progress bar, written to stderr:
 *
 * ```
 * Epoch 3/10
 * 469/469 ━━━━━━━━━━━━━━━━━━━━ 2s 4ms/step - accuracy: 0.9690 - loss: 0.1021
 * ```
 *
 * On a terminal (`Deno.stderr.isTerminal()`) the line is redrawn in place
 * as steps finish (at most every 50 ms), with Keras's bold and colours and
 * the time left while the epoch runs; elsewhere (a file, a pipe, CI) only
 * the finished line of each epoch is written, without escape codes.
 * `verbose: 2` writes one line per epoch in Keras's short form
 * (`469/469 - 2s - 4ms/step - ...`).
 *
 * @example
 * ```ts
 * import { Progbar } from "./progbar.ts";
 * const lines: string[] = [];
 * const bar = new Progbar(10, { dynamic: false, write: (s) => lines.push(s) });
 * for (let i = 1; i <= 10; i++) bar.update(i, [["loss", 1 / i]]);
 * bar.update(10, [["loss", 0.1]], true);
 * console.log(lines.join("")); // 10/10 ━━━━━━━━━━━━━━━━━━━━ 0s 0us/step - loss: 0.1000
 * ```
 *
 * @module
 */

/** Options of `Progbar`. */
export interface ProgbarOptions {
  /** 1: a bar; 2: one line at the end. */
  verbose?: 1 | 2;
  /** Bar width in characters (default 20). */
  width?: number;
  /** Seconds between redraws on a terminal (default 0.05). */
  interval?: number;
  /** Unit shown in the time per unit ("step"). */
  unitName?: string;
  /** Redraw in place (default: whether stderr is a terminal). */
  dynamic?: boolean;
  /** Where text goes (default: stderr). */
  write?: (text: string) => void;
  /** Clock in seconds (default: performance.now() / 1000); tests pass their own. */
  now?: () => number;
}

const encoder = new TextEncoder();

/** Writes text to stderr, synchronously. */
export function writeStderr(text: string): void {
  const bytes = encoder.encode(text);
  let off = 0;
  while (off < bytes.length) off += Deno.stderr.writeSync(bytes.subarray(off));
}

/** Whether stderr is a terminal (false when that cannot be asked). */
export function stderrIsTerminal(): boolean {
  try {
    return Deno.stderr.isTerminal();
  } catch {
    return false;
  }
}

/** Python's `f"{v:.4e}"`: two-digit exponent with its sign. */
export function formatExp(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return fmtNonFinite(v);
  const s = v.toExponential(digits);
  const [m, e] = s.split("e");
  const sign = e[0] === "-" ? "-" : "+";
  const d = e.replace(/^[+-]/, "");
  return `${m}e${sign}${d.length < 2 ? "0" + d : d}`;
}

function fmtNonFinite(v: number): string {
  return Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
}

/** A value as Keras's progress bar shows it: 4 decimals, or scientific below 1e-3. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return fmtNonFinite(v);
  return Math.abs(v) > 1e-3 ? v.toFixed(4) : formatExp(v);
}

/** Keras's `_format_time`: " 4ms/step". */
function formatTime(perUnit: number, unit: string): string {
  if (perUnit >= 1 || perUnit === 0) return ` ${perUnit.toFixed(0)}s/${unit}`;
  if (perUnit >= 1e-3) return ` ${(perUnit * 1e3).toFixed(0)}ms/${unit}`;
  return ` ${(perUnit * 1e6).toFixed(0)}us/${unit}`;
}

function pad2(n: number): string {
  return String(Math.floor(n)).padStart(2, "0");
}

/** A Keras progress bar. `update(current, values, finalize)` after each step. */
export class Progbar {
  /** Total number of steps, or null when unknown. */
  target: number | null;
  readonly verbose: 1 | 2;
  readonly width: number;
  readonly interval: number;
  readonly unitName: string;
  readonly dynamic: boolean;
  #write: (text: string) => void;
  #now: () => number;
  #values: [string, number][] = [];
  #start: number;
  #lastUpdate = 0;
  #afterFirstStep: number | null = null;
  #prevWidth = 0;

  constructor(target: number | null, options: ProgbarOptions = {}) {
    this.target = target;
    this.verbose = options.verbose ?? 1;
    this.width = options.width ?? 20;
    this.interval = options.interval ?? 0.05;
    this.unitName = options.unitName ?? "step";
    this.dynamic = options.dynamic ?? stderrIsTerminal();
    this.#write = options.write ?? writeStderr;
    this.#now = options.now ?? (() => performance.now() / 1000);
    this.#start = this.#now();
  }

  /** Keras's estimate: the time per step after the first (which includes warm-up). */
  #perStep(current: number, now: number): number {
    if (!current) return 0;
    const per = this.#afterFirstStep !== null && current > 1
      ? (now - this.#afterFirstStep) / (current - 1)
      : (now - this.#start) / current;
    if (current === 1) this.#afterFirstStep = now;
    return per;
  }

  /**
   * Records progress: `current` steps done, `values` the logs to show
   * (already averaged), `finalize` at the end of the epoch.
   */
  update(current: number, values: readonly [string, number][] = [], finalize?: boolean): void {
    const fin = finalize ?? (this.target !== null && current >= this.target);
    if (values.length > 0) this.#values = values.slice();
    const now = this.#now();
    const perStep = this.#perStep(current, now);
    const bold = (s: string) => (this.dynamic ? `\x1b[1m${s}\x1b[0m` : s);
    const metrics = this.#values.map(([k, v]) => ` - ${k}: ${formatValue(v)}`).join("");
    if (this.verbose === 1) {
      if (!fin && (!this.dynamic || now - this.#lastUpdate < this.interval)) return;
      let bar: string;
      let visible: number;
      if (this.target !== null) {
        const digits = Math.floor(Math.log10(Math.max(this.target, 1))) + 1;
        const count = `${String(current).padStart(digits)}/${this.target}`;
        const done = Math.floor(this.width * (this.target === 0 ? 1 : current / this.target));
        const filled = "━".repeat(Math.max(0, Math.min(done, this.width)));
        const rest = "━".repeat(this.width - filled.length);
        bar = this.dynamic
          ? `${bold(count)} ${filled ? `\x1b[32m${filled}\x1b[0m` : ""}\x1b[37m${rest}\x1b[0m`
          : `${count} ${filled}${rest}`;
        visible = count.length + 1 + this.width;
      } else {
        bar = `${String(current).padStart(7)}/Unknown`;
        visible = bar.length;
      }
      let time: string;
      if (this.target !== null && !fin) {
        const eta = perStep * (this.target - current);
        time = eta > 3600
          ? `${Math.floor(eta / 3600)}:${pad2((eta % 3600) / 60)}:${pad2(eta % 60)}`
          : eta > 60
          ? `${Math.floor(eta / 60)}:${pad2(eta % 60)}`
          : `${Math.floor(eta)}s`;
      } else {
        time = `${(now - this.#start).toFixed(0)}s`;
      }
      const info = ` ${bold(time)}${formatTime(perStep, this.unitName)}${metrics}`;
      visible += 1 + time.length + formatTime(perStep, this.unitName).length + metrics.length;
      let message = this.dynamic ? "\r" : "";
      message += bar + info;
      if (this.dynamic && this.#prevWidth > visible) {
        message += " ".repeat(this.#prevWidth - visible);
      }
      if (fin) message += "\n";
      this.#write(message);
      this.#prevWidth = fin ? 0 : visible;
    } else if (fin) {
      const t = this.target ?? current;
      const digits = Math.floor(Math.log10(Math.max(t, 1))) + 1;
      const count = `${String(current).padStart(digits)}/${t}`;
      this.#write(
        `${count} - ${(now - this.#start).toFixed(0)}s -${
          formatTime(perStep, this.unitName)
        }${metrics}\n`,
      );
    }
    this.#lastUpdate = now;
  }
}
