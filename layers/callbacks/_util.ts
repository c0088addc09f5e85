// What the built-in callbacks share: their messages, option checks, and the
// monitored value's direction. Internal.

import type { ModelLike } from "../_model.ts";
import { compiledOf, modelName } from "../_model.ts";
import { writeStderr } from "../progbar.ts";
import { describe } from "../_util.ts";
import type { Logs } from "./callback.ts";

/** Prints a callback's message (stderr, where the progress bar goes). */
export function say(text: string): void {
  writeStderr(text.endsWith("\n") ? text : text + "\n");
}

export function camel(s: string): string {
  return s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

// ---------------------------------------------------------------- monitors

export type Mode = "auto" | "min" | "max";

export function checkMode(cls: string, mode: unknown): Mode {
  const m = mode ?? "auto";
  if (m !== "auto" && m !== "min" && m !== "max") {
    throw new RangeError(`${cls}: mode must be "auto", "min" or "max", got ${describe(mode)}`);
  }
  return m;
}

/**
 * Whether larger values of `monitor` are better: Keras 3's rule for mode
 * "auto" (a loss is minimised; a compiled metric knows its direction),
 * with Keras 2's fallback on the name ("acc", "auc": maximised).
 */
export function higherIsBetter(
  cls: string,
  monitor: string,
  mode: Mode,
  model: ModelLike | null,
): boolean {
  if (mode === "min") return false;
  if (mode === "max") return true;
  const name = monitor.startsWith("val_") ? monitor.slice(4) : monitor;
  if (name === "loss" || name.endsWith("_loss")) return false;
  const c = model === null ? undefined : compiledOf(model);
  const m = c?.metrics?.find((x) => x.name === name);
  if (m?.direction) return m.direction === "up";
  if (/acc|auc/.test(name)) return true;
  if (/error|crossentropy|^mse$|^mae$/.test(name)) return false;
  throw new RangeError(
    `${cls}: cannot tell whether "${monitor}" should be maximized or minimized; ` +
      `pass mode: "max" or mode: "min"`,
  );
}

export function checkMonitor(cls: string, v: unknown, dflt: string): string {
  const m = v ?? dflt;
  if (typeof m !== "string" || m.length === 0) {
    throw new TypeError(
      `${cls}: monitor must be a log name such as "val_loss", got ${describe(v)}`,
    );
  }
  return m;
}

export function nonNegative(
  cls: string,
  key: string,
  v: unknown,
  dflt: number,
  integer = false,
): number {
  if (v === undefined) return dflt;
  if (typeof v !== "number" || !(v >= 0) || (integer && !Number.isInteger(v))) {
    throw new RangeError(
      `${cls}: ${key} must be ${integer ? "an integer" : "a number"} >= 0, got ${describe(v)}`,
    );
  }
  return v;
}

export { checkOptionKeys as checkKeys } from "../../tape/_options.ts";

export const warnedMissing = new WeakMap<object, Set<string>>();

export function warnMissing(cb: object, cls: string, monitor: string, logs: Logs): void {
  const seen = warnedMissing.get(cb) ?? new Set<string>();
  warnedMissing.set(cb, seen);
  if (seen.has(monitor)) return;
  seen.add(monitor);
  console.warn(
    `${cls}: the monitored value "${monitor}" is not in the logs (available: ${
      Object.keys(logs).join(", ") || "none"
    }); skipping` +
      (monitor.startsWith("val_") ? " (validation needs validationData or validationSplit)" : ""),
  );
}

export function fmt5(v: number): string {
  return Number.isFinite(v) ? v.toFixed(5) : String(v);
}

// ---------------------------------------------------------------- learning rate

export function numericLr(cls: string, model: ModelLike): number {
  const opt = model.optimizer;
  if (!opt) {
    throw new Error(`${cls}: ${modelName(model)} has no optimizer; compile it first`);
  }
  if (typeof opt.learningRateSetting !== "number") {
    throw new TypeError(
      `${cls}: the optimizer's learning rate is a schedule or function, so it cannot be set; ` +
        `create the optimizer with a number as learningRate to use ${cls}`,
    );
  }
  return opt.learningRate;
}
