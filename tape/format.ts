// Text form of tensors, following NumPy's array printing as TensorFlow uses it:
// `tf.Tensor(9.0, shape=(), dtype=float32)`, `tf.Tensor([1. 2.], shape=(2,), ...)`,
// summarised with "..." beyond 1000 elements (3 edge items per axis).

import type { DType, TypedArray } from "./dtype.ts";
import { fmtShape, sizeOf } from "./_shape.ts";

const THRESHOLD = 1000;
const EDGE = 3;
const LINE_WIDTH = 75;
const PRECISION = 8;

/** Shortest decimal string that reads back as the same float32. */
export function shortestF32(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  for (let p = 1; p <= 9; p++) {
    const s = v.toPrecision(p);
    if (Math.fround(Number(s)) === v) return String(Number(s));
  }
  return String(v);
}

/** A float32 scalar as NumPy's repr prints it: `9.0`, `0.97637`, `1e-05`. */
export function scalarF32(v: number): string {
  if (!Number.isFinite(v)) return shortestF32(v);
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-4 || a >= 1e16)) return expForm(v, null);
  const s = shortestF32(v);
  if (s.includes("e")) return expForm(v, null);
  return s.includes(".") ? s : s + ".0";
}

function expForm(v: number, digits: number | null): string {
  // NumPy style: 1.5e-05 (at least two exponent digits)
  let s = digits === null ? shortestExp(v) : v.toExponential(digits);
  s = s.replace(/e([+-])(\d)$/, "e$10$2");
  return s;
}

function shortestExp(v: number): string {
  for (let p = 0; p <= 8; p++) {
    const s = v.toExponential(p);
    if (Math.fround(Number(s)) === v) return s;
  }
  return v.toExponential(8);
}

/** Formats every element of a float array with NumPy's rules for arrays. */
function floatFormatter(vals: number[]): (v: number) => string {
  const finite = vals.filter((v) => Number.isFinite(v));
  const abs = finite.map(Math.abs).filter((a) => a !== 0);
  const maxA = abs.length ? Math.max(...abs) : 0;
  const minA = abs.length ? Math.min(...abs) : 0;
  const useExp = abs.length > 0 && (maxA >= 1e8 || minA < 1e-4 || maxA / minA > 1e3);
  let body: (v: number) => string;
  if (useExp) {
    // common number of mantissa digits: the most any element needs, at most PRECISION
    let digits = 0;
    for (const v of finite) {
      const m = shortestExp(v).split("e")[0];
      const d = m.includes(".") ? m.split(".")[1].length : 0;
      digits = Math.max(digits, Math.min(d, PRECISION));
    }
    body = (v) => expForm(v, digits);
  } else {
    let digits = 0;
    for (const v of finite) {
      const r = Number(v.toFixed(PRECISION));
      const s = shortestF32(Math.fround(r)).includes("e") ? r.toFixed(PRECISION) : shortestF32(v);
      const frac = s.includes(".") ? s.split(".")[1].replace(/0+$/, "").length : 0;
      digits = Math.max(digits, Math.min(frac, PRECISION));
    }
    body = (v) => {
      let s = v.toFixed(digits);
      if (digits === 0) return s + ".";
      // NumPy pads the fraction with spaces, not zeros, past each value's own digits
      const own = shortestF32(v);
      const ownFrac = own.includes(".") && !own.includes("e") ? own.split(".")[1].length : 0;
      if (ownFrac < digits) {
        s = v.toFixed(Math.max(ownFrac, 1));
        if (ownFrac === 0) s = s.replace(/0$/, "");
        s = s.padEnd(s.length + (digits - Math.max(ownFrac, ownFrac === 0 ? 0 : 1)), " ");
      }
      return s;
    };
  }
  return (v) => {
    if (Number.isNaN(v)) return "nan";
    if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
    return body(v);
  };
}

/** The NumPy-style body of an array: `[[1. 2.]\n [3. 4.]]`. */
export function formatArray(data: TypedArray, shape: readonly number[], dtype: DType): string {
  const n = sizeOf(shape);
  const summarise = n > THRESHOLD;
  // Which indices along each axis are shown.
  const shown = (d: number): number[] | null => {
    const len = shape[d];
    if (!summarise || len <= 2 * EDGE) return null;
    return [...Array(EDGE).keys(), -1, ...Array.from({ length: EDGE }, (_, i) => len - EDGE + i)];
  };
  const strides: number[] = [];
  let acc = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = acc;
    acc *= shape[d];
  }
  // Collect the shown values first to pick one format for all.
  const values: number[] = [];
  const visit = (d: number, off: number) => {
    if (d === shape.length) {
      values.push(data[off]);
      return;
    }
    const idx = shown(d) ?? [...Array(shape[d]).keys()];
    for (const i of idx) if (i >= 0) visit(d + 1, off + i * strides[d]);
  };
  visit(0, 0);
  let fmt: (v: number) => string;
  if (dtype === "float32") fmt = floatFormatter(values);
  else if (dtype === "bool") fmt = (v) => (v ? " True" : "False");
  else fmt = (v) => String(v);
  const width = Math.max(0, ...values.map((v) => fmt(v).length));
  const pad = (s: string) => s.padStart(width, " ");
  const render = (d: number, off: number, indent: string): string => {
    if (d === shape.length) return pad(fmt(data[off]));
    const idx = shown(d) ?? [...Array(shape[d]).keys()];
    if (d === shape.length - 1) {
      const items = idx.map((i) => (i < 0 ? "..." : pad(fmt(data[off + i * strides[d]]))));
      // wrap long rows at LINE_WIDTH like NumPy
      const lines: string[] = [];
      let line = "";
      for (const it of items) {
        const add = line === "" ? it : " " + it;
        if ((indent + "[" + line + add).length > LINE_WIDTH - 1 && line !== "") {
          lines.push(line);
          line = it;
        } else line += add;
      }
      lines.push(line);
      return "[" + lines.join("\n" + indent + " ") + "]";
    }
    const sep = "\n".repeat(shape.length - d - 1) + indent + " ";
    const parts = idx.map((
      i,
    ) => (i < 0 ? "..." : render(d + 1, off + i * strides[d], indent + " ")));
    return "[" + parts.join(sep) + "]";
  };
  if (shape.length === 0) {
    if (dtype === "float32") return scalarF32(data[0]);
    if (dtype === "bool") return data[0] ? "True" : "False";
    return String(data[0]);
  }
  return render(0, 0, "");
}

/** `name(<array>, shape=(..), dtype=..)` with TensorFlow's line breaks. */
export function formatTensor(
  name: string,
  data: TypedArray,
  shape: readonly number[],
  dtype: DType,
): string {
  const body = formatArray(data, shape, dtype);
  const sep = body.includes("\n") ? "\n" : "";
  return `${name}(${sep}${body}, shape=${fmtShape(shape)}, dtype=${dtype})`;
}
