/**
 * `model.summary()`: Keras 3's table, drawn as Keras draws it (a `rich`
 * table with heavy head and a line between rows), column widths included:
 * positions [0.45, 0.80, 1.0] of the line length (88, or 108 with the
 * "Connected to" column of branching functional models), each column then
 * narrowed by an equal share of the borders and padding, as rich does. The
 * line length is capped at the terminal's width - 4, as Keras caps it
 * (80 columns when the output is not a terminal).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const model = new tf.keras.Sequential([tf.keras.Input({ shape: [4] }), new tf.keras.layers.Dense(2)]);
 * model.summary({ lineLength: 60 });
 * ```
 *
 * @module
 */

import type { Variable } from "../tape/variable.ts";
import type { AnyLayer } from "./layer.ts";
import { fmtSpec, type Node, type ShapeSpec } from "./symbolic.ts";
import { InputLayer } from "./input_layer.ts";

/** Options of `model.summary`. */
export interface SummaryOptions {
  /** Total width of the table (default min(88, terminal width - 4); 108 with "Connected to"). */
  lineLength?: number;
  /** Column boundaries as fractions of the line length (or absolute positions). */
  positions?: readonly number[];
  /** Receives the text instead of console.log (pass `() => {}` to only get it back). */
  printFn?: (text: string) => void;
  /** Also list the layers inside nested models (default false). */
  expandNested?: boolean;
  /** Add a "Trainable" column (default false). */
  showTrainable?: boolean;
}

/** The parts of a model the summary reads. */
interface Summarizable extends AnyLayer {
  readonly layers: AnyLayer[];
  readonly _graph?: {
    readonly allNodes: ReadonlySet<Node>;
    readonly nodeDepth: ReadonlyMap<Node, number>;
  };
}

/** Python's round(): halves to even. */
function pyRound(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** rich's ratio_reduce: takes `total` away from `values`, evenly by `ratios`. */
function ratioReduce(
  total: number,
  ratios: number[],
  maximums: number[],
  values: number[],
): number[] {
  let totalRatio = ratios.reduce((a, b) => a + b, 0);
  let remaining = total;
  return values.map((v, i) => {
    if (ratios[i] && totalRatio > 0) {
      const d = Math.min(maximums[i], pyRound((ratios[i] * remaining) / totalRatio));
      remaining -= d;
      totalRatio -= ratios[i];
      return v - d;
    }
    return v;
  });
}

/** The terminal width as Python's shutil.get_terminal_size sees it (80 if unknown). */
function terminalColumns(): number {
  try {
    // Ask first: reading the variable without the permission would prompt in a terminal.
    const p = Deno.permissions.querySync({ name: "env", variable: "COLUMNS" });
    const c = p.state === "granted" ? Number(Deno.env.get("COLUMNS")) : 0;
    if (c > 0) return c;
  } catch { /* no env permission */ }
  try {
    return Deno.consoleSize().columns;
  } catch {
    return 80;
  }
}

/** Wraps text to `width` at spaces (breaking longer words), as rich wraps cells. */
function wrap(text: string, width: number): string[] {
  if (text.length <= width && !text.includes("\n")) return [text];
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (let word of para.split(" ")) {
      while (word.length > width) {
        if (line) {
          lines.push(line);
          line = "";
        }
        lines.push(word.slice(0, width));
        word = word.slice(width);
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += " " + word;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

type Justify = "left" | "right" | "center";

function justify(s: string, width: number, how: Justify): string {
  const pad = width - s.length;
  if (pad <= 0) return s;
  if (how === "right") return " ".repeat(pad) + s;
  if (how === "center") {
    const l = Math.floor(pad / 2);
    return " ".repeat(l) + s + " ".repeat(pad - l);
  }
  return s + " ".repeat(pad);
}

/** Draws a rich-style table: heavy head, light body, a line between rows. */
function drawTable(
  header: string[],
  rows: string[][],
  align: Justify[],
  widths: number[],
): string[] {
  const inner = widths.map((w) => w - 2);
  const rule = (l: string, h: string, m: string, r: string) =>
    l + widths.map((w) => h.repeat(w)).join(m) + r;
  const row = (cells: string[], v: string, aligns: Justify[]) => {
    const wrapped = cells.map((c, i) => wrap(c, inner[i]));
    const height = Math.max(...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push(
        v + wrapped.map((w, i) => " " + justify(w[k] ?? "", inner[i], aligns[i]) + " ").join(v) +
          v,
      );
    }
    return out;
  };
  const lines = [rule("┏", "━", "┳", "┓"), ...row(header, "┃", align), rule("┡", "━", "╇", "┩")];
  rows.forEach((r, i) => {
    if (i > 0) lines.push(rule("├", "─", "┼", "┤"));
    lines.push(...row(r, "│", align));
  });
  lines.push(rule("└", "─", "┴", "┘"));
  return lines;
}

function fmtCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** Keras's readable_memory_size. */
function readableSize(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  for (const u of units) {
    if (bytes / 1024 < 1) return `${bytes.toFixed(2)} ${u}`;
    bytes /= 1024;
  }
  return `${bytes.toFixed(2)} PB`;
}

function bytesOf(vs: readonly Variable[]): number {
  let n = 0;
  for (const v of new Set(vs)) n += v.size * 4;
  return n;
}

function countOf(vs: readonly Variable[]): number {
  let n = 0;
  for (const v of vs) n += v.size;
  return n;
}

function fmtShapes(s: ShapeSpec | ShapeSpec[]): string {
  if (s.length > 0 && Array.isArray(s[0])) return `[${(s as ShapeSpec[]).map(fmtSpec).join(", ")}]`;
  return fmtSpec(s as ShapeSpec);
}

/** Builds the summary text of `model`, prints it (or hands it to printFn), and returns it. */
export function summary(model: AnyLayer, options: SummaryOptions = {}): string {
  const m = model as Summarizable;
  const graph = m._graph;
  let layers: AnyLayer[] = m.layers;
  // Sequential and subclassed models are "sequential-like"; a functional one
  // is unless a node has several inputs or a layer is called twice.
  let sequentialLike = true;
  if (graph) {
    const perDepth = new Map<number, number>();
    for (const [node, depth] of graph.nodeDepth) {
      perDepth.set(depth, (perDepth.get(depth) ?? 0) + 1);
      if (node.inputs.length > 1) sequentialLike = false;
    }
    if ([...perDepth.values()].some((n) => n > 1)) sequentialLike = false;
    for (const l of layers) {
      if (l._nodes.filter((n: Node) => graph.allNodes.has(n)).length > 1) sequentialLike = false;
    }
  }
  if (!graph && layers.length > 0 && layers[0] instanceof InputLayer) layers = layers.slice(1);

  let header = ["Layer (type)", "Output Shape", "Param #"];
  let align: Justify[] = ["left", "left", "right"];
  let lineLength = 88;
  let positions: number[] = [0.45, 0.80, 1.0];
  if (!sequentialLike) {
    header = ["Layer (type)", "Output Shape", "Param #", "Connected to"];
    align = ["left", "left", "right", "left"];
    lineLength = 108;
    positions = [0.3, 0.56, 0.74, 1.0];
  }
  if (options.showTrainable) {
    lineLength += 12;
    positions = [...positions.map((p) => p * 0.9), 1.0];
    header.push("Trainable");
    align.push("center");
  }
  if (options.positions !== undefined) positions = [...options.positions];
  lineLength = options.lineLength ?? Math.min(lineLength, terminalColumns() - 4);
  if (!Number.isInteger(lineLength) || lineLength < 20) {
    throw new RangeError(`summary: lineLength must be an integer >= 20, got ${lineLength}`);
  }
  if (positions.length !== header.length) {
    throw new RangeError(
      `summary: positions needs ${header.length} entries (one per column), got ${positions.length}`,
    );
  }
  if (positions[positions.length - 1] <= 1) {
    positions = positions.map((p) => Math.floor(p * lineLength));
  }
  const colWidths: number[] = [];
  let current = 0;
  for (const p of positions) {
    const w = p - current;
    if (w < 4) {
      throw new RangeError("summary: the line is too narrow for the columns; raise lineLength");
    }
    colWidths.push(w);
    current += w;
  }
  // rich: each column is its width plus 2 of padding; the table (with its
  // n + 1 borders) must fit lineLength, so the excess is taken evenly.
  let widths = colWidths.map((w) => w + 2);
  const maxWidth = lineLength - (widths.length + 1);
  const sum = widths.reduce((a, b) => a + b, 0);
  if (sum > maxWidth) {
    widths = ratioReduce(sum - maxWidth, widths.map(() => 1), widths, widths);
    widths = widths.map((w, i) => Math.min(w, colWidths[i] + 2));
  }

  const shapeOf = (l: AnyLayer): string => {
    let nodes = l._nodes as readonly Node[];
    if (graph) nodes = nodes.filter((n) => graph.allNodes.has(n));
    if (nodes.length > 0) {
      const n = nodes[nodes.length - 1];
      return fmtShapes(n.listOutput ? n.outputs.map((o) => o.shape) : n.outputs[0].shape);
    }
    const s = l.outputShape;
    return s === null ? "?" : fmtShapes(s);
  };
  const connections = (l: AnyLayer): string => {
    const parts: string[] = [];
    for (const node of l._nodes as readonly Node[]) {
      if (graph && !graph.allNodes.has(node)) continue;
      for (const t of node.inputs) {
        const src = t.node.layer;
        parts.push(`${src.name}[${src._nodes.indexOf(t.node)}][${t.index}]`);
      }
    }
    return parts.length > 0 ? parts.join(", ") : "-";
  };
  const fields = (l: AnyLayer, prefix: string): string[] => {
    const params = l.built ? fmtCount(l.countParams()) : "0 (unbuilt)";
    const f = [`${prefix}${l.name} (${l.constructor.name})`, shapeOf(l), params];
    if (!sequentialLike) f.push(connections(l));
    if (options.showTrainable) f.push(l.weights.length > 0 ? (l.trainable ? "Y" : "N") : "-");
    return f;
  };
  const rows: string[][] = [];
  const addLayer = (l: AnyLayer, level: number) => {
    rows.push(fields(l, level > 0 ? "   ".repeat(level) + "└ " : ""));
    const inner = (l as Partial<Summarizable>).layers;
    if (options.expandNested && Array.isArray(inner)) {
      for (const sub of inner) {
        if (!(sub instanceof InputLayer)) addLayer(sub, level + 1);
      }
    }
  };
  for (const l of layers) addLayer(l, 0);

  const trainable = m.trainableWeights;
  const nonTrainable = m.nonTrainableWeights;
  let optCount = 0, optBytes = 0, optBuilt = false;
  const opt = (m as unknown as {
    optimizer?: { variables?: () => Variable[]; learningRateSetting?: unknown };
  })
    .optimizer;
  if (opt && typeof opt.variables === "function") {
    const slots = opt.variables();
    if (slots.length > 0) {
      optBuilt = true;
      // Keras counts the step counter (int64) and the learning rate with the slots.
      const lrVar = typeof opt.learningRateSetting === "number" ? 1 : 0;
      optCount = countOf(slots) + 1 + lrVar;
      optBytes = bytesOf(slots) + 8 + 4 * lrVar;
    }
  }
  const tCount = countOf(trainable), nCount = countOf(nonTrainable);
  const tBytes = bytesOf(trainable), nBytes = bytesOf(nonTrainable);
  const lines = [
    `Model: "${m.name}"`,
    ...drawTable(header, rows, align, widths),
    ` Total params: ${fmtCount(tCount + nCount + optCount)} (${
      readableSize(tBytes + nBytes + optBytes)
    })`,
    ` Trainable params: ${fmtCount(tCount)} (${readableSize(tBytes)})`,
    ` Non-trainable params: ${fmtCount(nCount)} (${readableSize(nBytes)})`,
  ];
  if (optBuilt) lines.push(` Optimizer params: ${fmtCount(optCount)} (${readableSize(optBytes)})`);
  const text = lines.join("\n");
  if (options.printFn) options.printFn(text);
  else console.log(text);
  return text;
}
