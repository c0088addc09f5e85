/**
 * Loss and metric curves of a `History` as SVG: what a History shows in
 * Deno's Jupyter kernel (`[Symbol.for("Jupyter.display")]`), one panel per
 * quantity (loss, accuracy, ...) with its validation curve ("val_" logs)
 * dashed beside it.
 *
 * @module
 */

/** What the plot needs of a History: values per log name, one per epoch. */
export interface HistoryLike {
  history: Record<string, number[]>;
  epoch: number[];
}

const W = 320, H = 232;
const M = { left: 52, right: 12, top: 40, bottom: 36 };
const COLORS = { train: "#1f77b4", val: "#ff7f0e" };

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  // from the last step at or below lo to the first at or above hi
  const ticks: number[] = [];
  const first = Math.floor(lo / step + 1e-9);
  for (let k = first;; k++) {
    const v = Number((k * step).toPrecision(12));
    ticks.push(v);
    if (v >= hi - step * 1e-9) break;
  }
  return ticks;
}

const label = (v: number) => {
  const a = Math.abs(v);
  return a !== 0 && (a >= 1e5 || a < 1e-3) ? v.toExponential(1) : String(Number(v.toPrecision(4)));
};

/** One panel: the curves of `name` and `val_name` against the epochs (counted from 1). */
function panel(
  name: string,
  series: { key: string; values: number[]; val: boolean }[],
  epochs: number[],
  x0: number,
  y0: number,
): string {
  const xs = epochs.map((e) => e + 1);
  const all = series.flatMap((s) => s.values.filter(Number.isFinite));
  const ticks = niceTicks(Math.min(...all), Math.max(...all));
  const lo = ticks[0] ?? 0, hi = ticks[ticks.length - 1] ?? 1;
  const xLo = xs[0] ?? 1, xHi = Math.max(xs[xs.length - 1] ?? 1, xLo + 1);
  const px = (x: number) => x0 + M.left + ((x - xLo) / (xHi - xLo)) * (W - M.left - M.right);
  const py = (y: number) =>
    y0 + H - M.bottom - ((y - lo) / (hi - lo || 1)) * (H - M.top - M.bottom);
  const out: string[] = [];
  out.push(
    `<text x="${x0 + M.left}" y="${y0 + 16}" font-size="13" font-weight="bold">${
      escape(name)
    }</text>`,
  );
  // axes, grid and tick labels
  for (const t of ticks) {
    const y = py(t).toFixed(1);
    out.push(
      `<line x1="${x0 + M.left}" x2="${x0 + W - M.right}" y1="${y}" y2="${y}" stroke="#e5e5e5"/>`,
      `<text x="${x0 + M.left - 4}" y="${y}" dy="0.32em" text-anchor="end" font-size="10">${
        label(t)
      }</text>`,
    );
  }
  const xTicks = niceTicks(xLo, xHi, Math.min(5, Math.max(1, xHi - xLo)))
    .filter((t) => t >= xLo && t <= xHi && Number.isInteger(t));
  for (const t of xTicks) {
    out.push(
      `<text x="${px(t).toFixed(1)}" y="${y0 + H - M.bottom + 14}" text-anchor="middle" ` +
        `font-size="10">${t}</text>`,
    );
  }
  out.push(
    `<rect x="${x0 + M.left}" y="${y0 + M.top}" width="${W - M.left - M.right}" ` +
      `height="${H - M.top - M.bottom}" fill="none" stroke="#999"/>`,
    `<text x="${x0 + M.left + (W - M.left - M.right) / 2}" y="${y0 + H - 6}" ` +
      `text-anchor="middle" font-size="10">epoch</text>`,
  );
  // the curves, with a dot per epoch when there are few
  series.forEach((s, k) => {
    const color = s.val ? COLORS.val : COLORS.train;
    const pts = s.values.map((v, i) => [xs[i], v] as const).filter(([, v]) => Number.isFinite(v));
    if (pts.length === 0) return;
    const d = pts.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(" ");
    out.push(
      `<polyline points="${d}" fill="none" stroke="${color}" stroke-width="1.8"${
        s.val ? ' stroke-dasharray="5 3"' : ""
      }><title>${escape(s.key)}</title></polyline>`,
    );
    if (pts.length <= 30) {
      for (const [x, y] of pts) {
        out.push(
          `<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="2.2" fill="${color}">` +
            `<title>${escape(s.key)} epoch ${x}: ${y}</title></circle>`,
        );
      }
    }
    // legend: in the top margin, right-aligned, train then validation
    const ly = y0 + 29;
    const lx = x0 + W - M.right - 96 * (series.length - k);
    out.push(
      `<line x1="${lx}" x2="${lx + 16}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="1.8"${
        s.val ? ' stroke-dasharray="5 3"' : ""
      }/>`,
      `<text x="${lx + 20}" y="${ly}" dy="0.32em" font-size="10">${escape(s.key)}</text>`,
    );
  });
  return out.join("");
}

/**
 * The SVG of a History's curves: one panel per quantity, three panels a row.
 * An empty history gives a small SVG saying so.
 */
export function historySvg(h: HistoryLike): string {
  const keys = Object.keys(h.history);
  const bases = [...new Set(keys.map((k) => (k.startsWith("val_") ? k.slice(4) : k)))];
  // loss first, then the metrics in the order they were logged
  bases.sort((a, b) => (a === "loss" ? -1 : b === "loss" ? 1 : 0));
  if (bases.length === 0 || h.epoch.length === 0) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="40">` +
      `<text x="10" y="24" font-size="13" font-family="sans-serif">History: no epochs yet</text></svg>`;
  }
  const perRow = Math.min(3, bases.length);
  const rows = Math.ceil(bases.length / perRow);
  const panels = bases.map((b, i) => {
    const series = [
      ...(h.history[b] ? [{ key: b, values: h.history[b], val: false }] : []),
      ...(h.history[`val_${b}`]
        ? [{ key: `val_${b}`, values: h.history[`val_${b}`], val: true }]
        : []),
    ];
    return panel(b, series, h.epoch, (i % perRow) * W, Math.floor(i / perRow) * H);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${perRow * W}" height="${rows * H}" ` +
    `viewBox="0 0 ${perRow * W} ${rows * H}" font-family="sans-serif">` +
    `<rect width="100%" height="100%" fill="white"/>${panels.join("")}</svg>`;
}

/** The last value of each log, as text (what a History shows without graphics). */
export function historyText(h: HistoryLike): string {
  const last = Object.entries(h.history).map(([k, v]) =>
    `${k}: ${v.length > 0 ? Number(v[v.length - 1].toPrecision(4)) : "-"}`
  );
  return `History (${h.epoch.length} epochs${last.length > 0 ? `; last: ${last.join(", ")}` : ""})`;
}
