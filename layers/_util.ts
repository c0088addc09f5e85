// Helpers shared by losses, metrics and training: Keras's rank alignment of
// (yTrue, yPred) pairs, one-hot labels from compare ops, and descriptions of
// values for error messages.

import { effect } from "../tape/capture.ts";
import { Tensor } from "../tape/tensor.ts";
import { fmtShape } from "../tape/_shape.ts";
import { reshape } from "../tape/ops/shape.ts";
import { cast } from "../tape/ops/compare.ts";
import { oneHot } from "../tape/ops/indexing.ts";

/** A short description of a value for error messages. */
export function describe(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (v instanceof Tensor) return `a ${v.dtype} tensor of shape ${fmtShape(v.shape)}`;
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name}`;
  if (typeof v === "function") return `function ${v.name || "(anonymous)"}`;
  if (typeof v === "object") return (v as object).constructor?.name ?? "an object";
  if (typeof v === "string") return JSON.stringify(v);
  return `${typeof v} ${String(v)}`;
}

/**
 * Keras's `squeeze_or_expand_to_same_rank`: when the ranks differ by one and
 * the longer one ends in 1, the rank-1 side is expanded (`[n]` with `[n, 1]`
 * gives `[n, 1]` twice), otherwise the trailing 1 is squeezed.
 */
export function alignRanks(a: Tensor, b: Tensor): [Tensor, Tensor] {
  const ra = a.rank, rb = b.rank;
  if (ra === rb + 1 && a.shape[ra - 1] === 1) {
    if (rb === 1) return [a, reshape(b, [...b.shape, 1])];
    return [reshape(a, a.shape.slice(0, -1)), b];
  }
  if (rb === ra + 1 && b.shape[rb - 1] === 1) {
    if (ra === 1) return [reshape(a, [...a.shape, 1]), b];
    return [a, reshape(b, b.shape.slice(0, -1))];
  }
  return [a, b];
}

/** Whether two shapes are equal. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * One-hot float32 rows of integer-valued `labels` over `depth` classes
 * (callers validate labels first: `oneHot` gives a zero row outside
 * [0, depth)).
 */
export function oneHotOf(labels: Tensor, depth: number): Tensor {
  return oneHot(labels.dtype === "int32" ? labels : cast(labels, "int32"), depth);
}

/**
 * Checks on the host that every label is an integer in [0, depth); throws a
 * RangeError naming the first bad one.
 */
export function checkLabels(op: string, labels: Tensor, depth: number): void {
  // a check on the host: inside tf.function (fit's captured steps) it runs
  // again at every replay, with that step's labels
  effect([labels], ([l]) => checkLabelsNow(op, l, depth), { check: true });
}

function checkLabelsNow(op: string, labels: Tensor, depth: number): void {
  const d = labels.dataSync();
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (!(v >= 0 && v < depth && Math.floor(v) === v)) {
      throw new RangeError(
        `${op}: label ${v} at index ${i} is not a class index in [0, ${depth}) ` +
          `(yPred has ${depth} classes on its last axis); sparse labels are integers 0..${
            depth - 1
          } (use CategoricalCrossentropy for one-hot labels)`,
      );
    }
  }
}

/** Keras's names: "MeanSquaredError" and "meanSquaredError" both give "mean_squared_error". */
export function snakeCase(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}
