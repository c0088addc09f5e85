/**
 * Rich display in Deno's Jupyter kernel (`deno jupyter`): a cell whose value
 * is a tensor shows an HTML table with its shape and dtype. Tensor and
 * Variable define `[Symbol.for("Jupyter.display")]`, which the kernel calls.
 *
 * Large tensors are summarised as NumPy prints them: past 1000 elements, the
 * first and last 3 entries of each axis, with "…" between. A tensor of rank
 * 3 or more shows as a list of its matrices (`[i, j, :, :]`).
 *
 * @module
 */

import type { Tensor } from "./tensor.ts";
import type { Variable } from "./variable.ts";
import { elementFormat } from "./format.ts";
import { fmtShape, sizeOf } from "./_shape.ts";

/** NumPy's summarisation threshold and edge items. */
const THRESHOLD = 1000, EDGE = 3;
/** Matrices shown at most for rank >= 3 (the rest summarised). */
const MAX_MATRICES = 2 * EDGE;

/** A MIME bundle, as Deno's Jupyter kernel takes it. */
export type MimeBundle = Record<string, string>;

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Indices shown along an axis of `n`: all, or the edges with -1 for "…". */
function shown(n: number, summarise: boolean): number[] {
  if (!summarise || n <= 2 * EDGE) return Array.from({ length: n }, (_, i) => i);
  return [0, 1, 2, -1, n - 3, n - 2, n - 1];
}

/** One style sheet a display, scoped to the class of tapeflow's tables. */
const STYLE = "<style>.tapeflow-tensor{border-collapse:collapse;font-family:monospace;" +
  "font-size:12px;margin:2px 0}.tapeflow-tensor td,.tapeflow-tensor th{padding:1px 6px;" +
  "text-align:right;border:1px solid #ccc}.tapeflow-tensor th{color:#888;font-weight:normal}" +
  ".tapeflow-caption{font-family:monospace;font-size:12px;margin:2px 0}</style>";

/** One matrix (or vector, as one row) as an HTML table with row and column indices. */
function matrixTable(
  get: (r: number, c: number) => string,
  rows: number[],
  cols: number[],
  vector: boolean,
): string {
  const head = cols.map((c) => `<th>${c < 0 ? "…" : c}</th>`).join("");
  const body = rows.map((r) => {
    const cells = cols.map((c) => `<td>${r < 0 || c < 0 ? "…" : escape(get(r, c))}</td>`).join("");
    return `<tr>${vector ? "" : `<th>${r < 0 ? "…" : r}</th>`}${cells}</tr>`;
  }).join("");
  return `<table class="tapeflow-tensor"><thead><tr>${vector ? "" : "<th></th>"}${head}</tr>` +
    `</thead><tbody>${body}</tbody></table>`;
}

/** The caption: what the tensor is. */
function caption(t: Tensor, kind: string): string {
  return `${STYLE}<div class="tapeflow-caption">${escape(kind)} ` +
    `shape=${escape(fmtShape(t.shape))} dtype=${t.dtype}</div>`;
}

/**
 * The HTML of a tensor's table (see the module doc). Tensors that live only
 * on the GPU, or were disposed, show their caption and why there is no table.
 */
export function tensorHtml(t: Tensor, kind = "tf.Tensor"): string {
  if (t.isDisposed) return caption(t, kind) + "<div><i>disposed</i></div>";
  const s = t.storage;
  if (s.host === null && s.ptr < 0 && s.gpu !== null) {
    return caption(t, kind) +
      "<div><i>on the GPU: <code>await t.data()</code> copies it back, then it displays</i></div>";
  }
  const data = t.dataSync();
  const shape = t.shape;
  const summarise = sizeOf(shape) > THRESHOLD;
  if (shape.length === 0) {
    const v = escape(elementFormat(data, t.dtype)(data[0]));
    return caption(t, kind) + `<table class="tapeflow-tensor"><tr><td>${v}</td></tr></table>`;
  }
  if (sizeOf(shape) === 0) return caption(t, kind) + "<div><i>empty</i></div>";
  const rank = shape.length;
  const nRows = rank === 1 ? 1 : shape[rank - 2], nCols = shape[rank - 1];
  const rows = rank === 1 ? [0] : shown(nRows, summarise);
  const cols = shown(nCols, summarise);
  const lead = shape.slice(0, Math.max(rank - 2, 0));
  // the leading indices of the matrices shown
  let mats: (number[] | null)[] = [[]];
  for (const d of lead) {
    const next: (number[] | null)[] = [];
    for (const m of mats) {
      for (const i of shown(d, summarise)) next.push(m === null || i < 0 ? null : [...m, i]);
    }
    mats = next.filter((m, k) => m !== null || next[k - 1] !== null); // one "…" per gap
  }
  if (mats.length > MAX_MATRICES + 1) mats = [...mats.slice(0, EDGE), null, ...mats.slice(-EDGE)];
  const strides = shape.map((_, i) => sizeOf(shape.slice(i + 1)));
  const offset = (m: number[]) => m.reduce((a, v, i) => a + v * strides[i], 0);
  // format the elements shown together, as NumPy does
  const values: number[] = [];
  for (const m of mats) {
    if (m === null) continue;
    for (const r of rows) {
      for (const c of cols) {
        if (r >= 0 && c >= 0) values.push(data[offset(m) + (rank === 1 ? c : r * nCols + c)]);
      }
    }
  }
  const f = elementFormat(values, t.dtype);
  const parts = mats.map((m) => {
    if (m === null) return `<div class="tapeflow-caption">…</div>`;
    const table = matrixTable(
      (r, c) => f(data[offset(m) + (rank === 1 ? c : r * nCols + c)]),
      rows,
      cols,
      rank === 1,
    );
    return rank <= 2
      ? table
      : `<div class="tapeflow-caption">[${m.join(", ")}, :, :]</div>${table}`;
  });
  return caption(t, kind) + parts.join("");
}

/** The bundle `Tensor[Symbol.for("Jupyter.display")]` returns: HTML and TensorFlow's text. */
export function tensorBundle(t: Tensor): MimeBundle {
  const isVar = (t as Partial<Variable>).trainable !== undefined && "assign" in t;
  const kind = isVar ? `tf.Variable '${(t as Variable).name}:0'` : "tf.Tensor";
  let plain: string;
  try {
    plain = t.toString();
  } catch {
    plain = `${kind} shape=${fmtShape(t.shape)} dtype=${t.dtype} (on the GPU)`;
  }
  return { "text/html": tensorHtml(t, kind), "text/plain": plain };
}
