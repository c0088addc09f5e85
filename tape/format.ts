// Text form of tensors, exactly as TensorFlow prints them: `str(tensor)` is
// `tf.Tensor(<str of the NumPy value>, shape=<shape>, dtype=<dtype>)`, with a
// newline after `tf.Tensor(` when the value takes several lines. The value is
// printed with NumPy's default print options (NumPy >= 2.3, as TensorFlow 2.20
// uses it): threshold 1000 elements, 3 edge items, line width 75, precision 8,
// floatmode "maxprec".
//
// Floats follow NumPy's Dragon4 rules for float32: each element gets its
// shortest decimal string that reads back as the same float32 (exclusive
// rounding interval, ties to the even digit), cut to 8 fractional digits with
// round-half-even on the exact binary value. All digit arithmetic is exact
// (BigInt); formatting is not a hot path.

import type { DType, TypedArray } from "./dtype.ts";
import { fmtShape, sizeOf } from "./_shape.ts";

const THRESHOLD = 1000;
const EDGE = 3;
const LINE_WIDTH = 75;
const PRECISION = 8;
/** float32 arrays print in scientific form from 10^min(8, float32's 6 digits). */
const EXP_CUTOFF = 1e6;

// ---------------------------------------------------------------- exact digits

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** A decimal d.ddd × 10^exp: `digits` has no trailing zeros ("0" for zero). */
interface Decimal {
  digits: string;
  exp: number;
}

/**
 * The integer part C of |v| / 10^q and how the remainder compares with the
 * float32 rounding interval around v, all scaled to exact integers:
 * |v| = m 2^e2; with G = 2^e2 / 10^q = g / den, |v| / 10^q = m g / den.
 */
function divide(v: number, q: number) {
  f32[0] = v;
  const bits = u32[0];
  const be = (bits >>> 23) & 0xff;
  const frac = bits & 0x7fffff;
  const m = BigInt(be === 0 ? frac : frac | 0x800000);
  const e2 = be === 0 ? -149 : be - 150;
  // The gap below v is half the gap above at a power of two (except the smallest normal).
  const unequal = frac === 0 && be > 1;
  const g = (e2 > 0 ? 1n << BigInt(e2) : 1n) * (q < 0 ? 10n ** BigInt(-q) : 1n);
  const den = (e2 < 0 ? 1n << BigInt(-e2) : 1n) * (q > 0 ? 10n ** BigInt(q) : 1n);
  // Everything times 4 so that the half gaps are integers.
  const v4 = 4n * m * g;
  const den4 = 4n * den;
  const c = v4 / den4;
  const r4 = v4 % den4;
  // A decimal on the interval's boundary reads back as v when v's significand
  // is even (ties to even), so the boundaries are included then.
  const even = (m & 1n) === 0n;
  return { c, r4, den4, hi4: 2n * g, lo4: unequal ? g : 2n * g, even };
}

/** C rounded from the remainder: half to even, on the exact value. */
function roundHalfEven(c: bigint, r4: bigint, den4: bigint): bigint {
  const twice = 2n * r4;
  return twice > den4 || (twice === den4 && (c & 1n) === 1n) ? c + 1n : c;
}

/** The shortest decimal that reads back as the float32 |v| (v finite, non-zero). */
function shortest(v: number): Decimal {
  let e = Math.floor(Math.log10(Math.abs(v)));
  // Correct the estimate so that the first digit is 1..9.
  for (;;) {
    const { c } = divide(v, e);
    if (c >= 10n) e++;
    else if (c === 0n) e--;
    else break;
  }
  for (let p = 1;; p++) {
    const q = e - p + 1;
    const { c, r4, den4, hi4, lo4, even } = divide(v, q);
    const low = r4 < lo4 || (even && r4 === lo4);
    const high = den4 - r4 < hi4 || (even && den4 - r4 === hi4);
    if (!low && !high) continue;
    const pick = low && high ? roundHalfEven(c, r4, den4) : low ? c : c + 1n;
    return decimal(pick, q);
  }
}

/** |v| rounded to `n` fractional digits (half to even). */
function fixedDigits(v: number, n: number): Decimal {
  const { c, r4, den4 } = divide(v, -n);
  return decimal(roundHalfEven(c, r4, den4), -n);
}

/** The decimal c × 10^q, normalised. */
function decimal(c: bigint, q: number): Decimal {
  if (c === 0n) return { digits: "0", exp: 0 };
  const s = c.toString();
  return { digits: s.replace(/0+$/, ""), exp: q + s.length - 1 };
}

/** Integer and fractional digits of a decimal in positional form (fraction trimmed). */
function positional(d: Decimal): [string, string] {
  const { digits, exp } = d;
  if (exp < 0) return ["0", "0".repeat(-exp - 1) + digits];
  if (digits.length <= exp + 1) return [digits + "0".repeat(exp + 1 - digits.length), ""];
  return [digits.slice(0, exp + 1), digits.slice(exp + 1)];
}

function isNegative(v: number): boolean {
  return v < 0 || Object.is(v, -0);
}

function expString(exp: number, width: number): string {
  return (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(width, "0");
}

/** The parts of a finite float in an array's positional form: sign+int, fraction. */
function arrayPositional(v: number): [string, string] {
  const sign = isNegative(v) ? "-" : "";
  if (v === 0) return [sign + "0", ""];
  let d = shortest(v);
  if (d.digits.length - 1 - d.exp > PRECISION) d = fixedDigits(v, PRECISION);
  const [i, f] = positional(d);
  return [sign + i, f];
}

/**
 * The parts of a finite float in scientific form: sign+digit, fraction,
 * exponent. With `minDigits`, a value whose shortest form has fewer fractional
 * digits gets that many real digits of its exact value (rounded half to even),
 * as NumPy's Dragon4 does, not zeros.
 */
function arrayScientific(v: number, minDigits = 0): [string, string, number] {
  const sign = isNegative(v) ? "-" : "";
  if (v === 0) return [sign + "0", "", 0];
  let d = shortest(v);
  if (d.digits.length - 1 < minDigits) {
    const { c, r4, den4 } = divide(v, d.exp - minDigits);
    d = decimal(roundHalfEven(c, r4, den4), d.exp - minDigits);
  }
  return [sign + d.digits[0], d.digits.slice(1), d.exp];
}

/**
 * A float32 scalar as NumPy's `str(np.float32(v))` prints it: positional for
 * 1e-4 <= |v| < 1e6 (and 0), else scientific: `9.0`, `0.5`, `1e-05`, `1.5e+07`.
 */
export function formatFloat32Scalar(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  const sign = isNegative(v) ? "-" : "";
  if (v === 0) return sign + "0.0";
  const a = Math.abs(v);
  const d = shortest(v);
  if (a >= 1e-4 && a < 1e6) {
    const [i, f] = positional(d);
    return `${sign}${i}.${f || "0"}`;
  }
  const frac = d.digits.slice(1);
  return `${sign}${d.digits[0]}${frac ? "." + frac : ""}e${expString(d.exp, 2)}`;
}

// ---------------------------------------------------------------- element formats

/** NumPy's FloatingFormat for the elements shown (maxprec mode, precision 8). */
function floatFormat(values: ArrayLike<number>): (v: number) => string {
  const finite: number[] = [];
  let nonFinite = false;
  let negInf = false;
  let maxA = 0, minA = Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      nonFinite = true;
      if (v === -Infinity) negInf = true;
      continue;
    }
    finite.push(v);
    const a = Math.abs(v);
    if (a !== 0) {
      if (a > maxA) maxA = a;
      if (a < minA) minA = a;
    }
  }
  // NumPy compares in float32 here (the Python floats are weakly typed), so
  // float32(1e-4), just below 1e-4, still counts as >= 1e-4.
  const exp = minA !== Infinity &&
    (maxA >= EXP_CUTOFF || minA < Math.fround(1e-4) || Math.fround(maxA / minA) > 1000);
  // First pass over the finite values: the widths of the integer and fraction parts.
  let padLeft = 0, padRight = 0, prec = 0, expSize = 2;
  for (const v of finite) {
    if (exp) {
      const [i, f, e] = arrayScientific(v);
      padLeft = Math.max(padLeft, i.length);
      prec = Math.max(prec, f.length);
      expSize = Math.max(expSize, String(Math.abs(e)).length);
    } else {
      const [i, f] = arrayPositional(v);
      padLeft = Math.max(padLeft, i.length);
      padRight = Math.max(padRight, f.length);
    }
  }
  if (exp && finite.length > 0) padRight = expSize + 2 + prec;
  // nan and inf are right-aligned to the same width, widening the integer part if needed.
  if (nonFinite) padLeft = Math.max(padLeft, 2 - padRight, (negInf ? 3 : 2) - padRight);
  const body = exp
    ? (v: number) => {
      const [i, f, e] = arrayScientific(v, prec);
      return `${i.padStart(padLeft)}.${f.padEnd(prec, "0")}e${expString(e, expSize)}`;
    }
    : (v: number) => {
      const [i, f] = arrayPositional(v);
      return `${i.padStart(padLeft)}.${f.padEnd(padRight)}`;
    };
  const width = padLeft + padRight + 1;
  return (v) => {
    if (Number.isNaN(v)) return "nan".padStart(width);
    if (!Number.isFinite(v)) return (v > 0 ? "inf" : "-inf").padStart(width);
    return body(v);
  };
}

/** NumPy's IntegerFormat: right-aligned to the widest of max and min. */
function intFormat(values: ArrayLike<number>): (v: number) => string {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    lo = Math.min(lo, values[i]);
    hi = Math.max(hi, values[i]);
  }
  const width = values.length ? Math.max(String(hi).length, String(lo).length) : 0;
  return (v) => String(v).padStart(width);
}

// ---------------------------------------------------------------- layout

/** Indices shown along an axis: all, or the edges with -1 standing for "...". */
function shownIndices(len: number, summarise: boolean): number[] {
  if (summarise && len > 2 * EDGE) {
    const out: number[] = [];
    for (let i = 0; i < EDGE; i++) out.push(i);
    out.push(-1);
    for (let i = len - EDGE; i < len; i++) out.push(i);
    return out;
  }
  return Array.from({ length: len }, (_, i) => i);
}

/** Appends `word` to the current line, wrapping first when it would pass `width`. */
function extendLine(
  acc: { s: string; line: string },
  word: string,
  width: number,
  indent: string,
): void {
  // NumPy does not wrap when the line holds nothing but the indent: it would not help.
  if (acc.line.length + word.length > width && acc.line.length > indent.length) {
    acc.s += acc.line.trimEnd() + "\n";
    acc.line = indent;
  }
  acc.line += word;
}

/**
 * The NumPy `str` of an array's elements: `[[1. 2.]\n [3. 4.]]`, `[]` for an
 * empty one, and the scalar form for rank 0.
 */
export function formatArray(
  data: ArrayLike<number>,
  shape: readonly number[],
  dtype: DType,
): string {
  if (shape.length === 0) {
    if (dtype === "float32") return formatFloat32Scalar(data[0]);
    if (dtype === "bool") return data[0] ? "True" : "False";
    return String(data[0]);
  }
  if (sizeOf(shape) === 0) return "[]";
  return layout(data, shape, dtype, " ", " ", LINE_WIDTH);
}

/**
 * NumPy's `repr` of an array, as TensorFlow shows a Variable's value
 * (`numpy=...`): `array([1. , 2.5], dtype=float32)`, `array(3., dtype=float32)`,
 * `array([ True, False])`, with `shape=` added when summarised or empty.
 *
 * @example
 * ```ts
 * import { formatArrayRepr } from "./format.ts";
 * console.log(formatArrayRepr([1, 2.5], [2], "float32")); // array([1. , 2.5], dtype=float32)
 * ```
 */
export function formatArrayRepr(
  data: ArrayLike<number>,
  shape: readonly number[],
  dtype: DType,
): string {
  const prefix = "array(";
  const n = sizeOf(shape);
  let body: string;
  if (n === 0) body = "[]";
  else if (shape.length === 0) {
    // A 0-d array keeps the array element format: `3.`, `True`.
    body = dtype === "float32"
      ? floatFormat([data[0]])(data[0])
      : dtype === "bool"
      ? (data[0] ? "True" : "False")
      : String(data[0]);
  } else {
    // The ")" suffix takes one column; continuation lines align under "array([".
    body = layout(data, shape, dtype, ", ", " ".repeat(prefix.length + 1), LINE_WIDTH - 1);
  }
  const extras: string[] = [];
  if ((n === 0 && !(shape.length === 1 && shape[0] === 0)) || n > THRESHOLD) {
    extras.push(`shape=${fmtShape(shape)}`);
  }
  // bool is the only one of the three dtypes NumPy leaves implied.
  if (dtype !== "bool" || n === 0) extras.push(`dtype=${dtype}`);
  if (extras.length === 0) return `${prefix}${body})`;
  const head = `${prefix}${body},`;
  const extra = extras.join(", ") + ")";
  const lastLine = head.length - (head.lastIndexOf("\n") + 1);
  const spacer = lastLine + extra.length + 1 > LINE_WIDTH ? "\n" + " ".repeat(prefix.length) : " ";
  return head + spacer + extra;
}

/**
 * NumPy's _formatArray for a non-empty array of rank >= 1: elements joined by
 * `separator`, continuation lines starting with `prefix`, `lineWidth` columns.
 */
function layout(
  data: ArrayLike<number>,
  shape: readonly number[],
  dtype: DType,
  separator: string,
  prefix: string,
  lineWidth: number,
): string {
  const n = sizeOf(shape);
  const summarise = n > THRESHOLD;
  const rank = shape.length;
  const strides = new Array<number>(rank);
  for (let d = rank - 1, acc = 1; d >= 0; d--) {
    strides[d] = acc;
    acc *= shape[d];
  }
  const shown = shape.map((len) => shownIndices(len, summarise));
  // The element format is chosen from the shown elements only, as NumPy does.
  const values: number[] = [];
  const collect = (d: number, off: number) => {
    if (d === rank) {
      values.push(data[off]);
      return;
    }
    for (const i of shown[d]) if (i >= 0) collect(d + 1, off + i * strides[d]);
  };
  collect(0, 0);
  const fmt = dtype === "float32"
    ? floatFormat(values)
    : dtype === "bool"
    ? (v: number) => (v ? " True" : "False")
    : intFormat(values);
  const rowEnd = separator.trimEnd();

  // `indent` is the hanging indent, `width` the room left on the line.
  const render = (d: number, off: number, indent: string, width: number): string => {
    const idx = shown[d];
    const nextIndent = indent + " ";
    const nextWidth = width - 1;
    const acc = { s: "", line: indent };
    if (d === rank - 1) {
      const elemWidth = width - Math.max(rowEnd.length, 1); // room for "," or "]"
      for (let j = 0; j < idx.length; j++) {
        const i = idx[j];
        extendLine(acc, i < 0 ? "..." : fmt(data[off + i * strides[d]]), elemWidth, indent);
        if (j < idx.length - 1) acc.line += separator;
      }
      acc.s += acc.line;
    } else {
      const sep = rowEnd + "\n".repeat(rank - d - 1);
      for (let j = 0; j < idx.length; j++) {
        const i = idx[j];
        const part = i < 0 ? "..." : render(d + 1, off + i * strides[d], nextIndent, nextWidth);
        acc.s += indent + part + (j < idx.length - 1 ? sep : "");
      }
    }
    return "[" + acc.s.slice(indent.length) + "]";
  };
  return render(0, 0, prefix, lineWidth);
}

/**
 * `name(<value>, shape=(..), dtype=..)`, with a newline after `name(` when the
 * value spans several lines, as TensorFlow's `str(tensor)`.
 */
export function formatTensor(
  name: string,
  data: TypedArray | ArrayLike<number>,
  shape: readonly number[],
  dtype: DType,
): string {
  const body = formatArray(data, shape, dtype);
  const sep = body.includes("\n") ? "\n" : "";
  return `${name}(${sep}${body}, shape=${fmtShape(shape)}, dtype=${dtype})`;
}

/**
 * @internal The element formatter NumPy would use for `values` (the elements
 * shown): "1.", "0.25", "1.e+10", "nan", "True"; used by the Jupyter tables.
 */
export function elementFormat(values: ArrayLike<number>, dtype: DType): (v: number) => string {
  if (dtype === "bool") return (v) => (v ? "True" : "False");
  const f = dtype === "float32" ? floatFormat(values) : intFormat(values);
  return (v) => f(v).trim();
}
