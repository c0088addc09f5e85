// Turning what users pass (numbers, booleans, nested arrays, typed arrays,
// tensors) into tensors. Every op accepts these wherever it takes a tensor.

import { type DType, dtypeOfArray, isDType, newArray, type TypedArray } from "./dtype.ts";
import { checkShape, fmtShape, sizeOf } from "./_shape.ts";
import { Storage } from "./storage.ts";
import { Tensor } from "./tensor.ts";

/** Anything an op accepts as a tensor. */
export type TensorLike =
  | Tensor
  | number
  | boolean
  | TypedArray
  | readonly (number | boolean | TensorLike)[];

/** Makes a tensor that owns `data` (not copied: callers pass fresh arrays). */
export function fromData(
  data: TypedArray | number[],
  shape: readonly number[],
  dtype: DType,
): Tensor {
  const s = new Storage(dtype, data.length);
  // Small tensors keep a plain array; large data starts in JS memory too, as
  // if spilled: the heap copies it in when a kernel first reads it.
  s.host = s.small && !Array.isArray(data) ? Array.from(data) : data;
  return new Tensor(shape, dtype, s, data.length);
}

function scalarArray(op: string, v: number | boolean, dtype: DType): number[] {
  return [checkValue(op, v, dtype)];
}

function checkValue(op: string, v: unknown, dtype: DType): number {
  if (typeof v === "boolean") {
    if (dtype !== "bool") {
      throw new TypeError(`${op}: got the boolean ${v} for a ${dtype} tensor; pass a number`);
    }
    return v ? 1 : 0;
  }
  if (typeof v !== "number") {
    throw new TypeError(
      `${op}: expected numbers, booleans, arrays of them, typed arrays or tensors; got ${
        describe(v)
      }`,
    );
  }
  if (dtype === "int32" && !(Number.isInteger(v) && v >= -2147483648 && v <= 2147483647)) {
    throw new TypeError(
      `${op}: ${v} is not an int32 value; use a float32 tensor or round it first`,
    );
  }
  if (dtype === "bool") {
    throw new TypeError(`${op}: got the number ${v} for a bool tensor; pass true or false`);
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (v instanceof Tensor) return `a tensor`;
  if (typeof v === "object") return (v as object).constructor?.name ?? "an object";
  return `${typeof v} ${String(v)}`;
}

/** The shape of a (possibly ragged) nested array; throws a TypeError when ragged. */
function nestedShape(x: unknown): number[] {
  const shape: number[] = [];
  let cur: unknown = x;
  while (Array.isArray(cur)) {
    shape.push(cur.length);
    if (cur.length === 0) break;
    cur = cur[0];
  }
  if (cur instanceof Tensor) shape.push(...cur.shape);
  else if (ArrayBuffer.isView(cur)) shape.push((cur as TypedArray).length);
  return shape;
}

function flatten(op: string, x: unknown, shape: number[], d: number, out: unknown[]): void {
  if (d === shape.length) {
    out.push(x);
    return;
  }
  if (x instanceof Tensor) {
    if (x.shape.length !== shape.length - d || x.shape.some((s, i) => s !== shape[d + i])) {
      throw raggedError(op, shape, d);
    }
    const v = x.dataSync();
    for (let i = 0; i < v.length; i++) out.push(x.dtype === "bool" ? v[i] !== 0 : v[i]);
    return;
  }
  if (ArrayBuffer.isView(x)) {
    const a = x as TypedArray;
    if (d !== shape.length - 1 || a.length !== shape[d]) throw raggedError(op, shape, d);
    for (let i = 0; i < a.length; i++) out.push(a[i]);
    return;
  }
  if (!Array.isArray(x) || x.length !== shape[d]) throw raggedError(op, shape, d);
  for (const e of x) flatten(op, e, shape, d + 1, out);
}

function raggedError(op: string, shape: number[], d: number): TypeError {
  return new TypeError(
    `${op}: the nested array is ragged: the first element gives shape ${fmtShape(shape)}, ` +
      `but an element at depth ${d} differs; make every row the same length`,
  );
}

/** Options of `tf.constant`. */
export interface ConstantOptions {
  /** Element type; default float32, or the typed array's own type. */
  dtype?: DType;
  /** Shape to give the values (their count must match, or be 1 to fill). */
  shape?: readonly number[];
}

/** Builds a tensor from user values: see `tf.constant`. */
export function makeTensor(op: string, value: unknown, opts: ConstantOptions = {}): Tensor {
  let dtype = opts.dtype;
  if (dtype !== undefined && !isDType(dtype)) {
    throw new TypeError(`${op}: unknown dtype "${dtype}"; use "float32", "int32" or "bool"`);
  }
  let data: TypedArray | number[];
  let shape: number[];
  if (value instanceof Tensor) {
    value.assertAlive(op);
    if (dtype !== undefined && dtype !== value.dtype) {
      throw new TypeError(`${op}: got a ${value.dtype} tensor for dtype ${dtype}; use tf.cast`);
    }
    dtype = value.dtype;
    data = value.dataSync();
    shape = value.shape.slice();
  } else if (typeof value === "number" || typeof value === "boolean") {
    dtype ??= typeof value === "boolean" ? "bool" : "float32";
    data = scalarArray(op, value, dtype);
    shape = [];
  } else if (ArrayBuffer.isView(value)) {
    const own = dtypeOfArray(value);
    if (own === undefined) {
      throw new TypeError(
        `${op}: ${value.constructor.name} is not supported; use Float32Array, Int32Array or Uint8Array`,
      );
    }
    dtype ??= own;
    const src = value as TypedArray;
    data = newArray(dtype, src.length);
    if (dtype === own) data.set(src);
    else for (let i = 0; i < src.length; i++) data[i] = checkValue(op, src[i], dtype);
    shape = [src.length];
  } else if (Array.isArray(value)) {
    shape = nestedShape(value);
    const flat: unknown[] = [];
    flatten(op, value, shape, 0, flat);
    if (dtype === undefined) {
      dtype = flat.length > 0 && flat.every((v) => typeof v === "boolean") ? "bool" : "float32";
    }
    data = newArray(dtype, flat.length);
    for (let i = 0; i < flat.length; i++) data[i] = checkValue(op, flat[i], dtype);
  } else {
    throw new TypeError(
      `${op}: expected numbers, booleans, arrays of them, typed arrays or tensors; got ${
        describe(value)
      }`,
    );
  }
  if (opts.shape !== undefined) {
    const want = checkShape(op, opts.shape);
    const n = sizeOf(want);
    if (data.length === 1 && n !== 1) {
      const filled = newArray(dtype, n);
      filled.fill(data[0]);
      data = filled as TypedArray;
    } else if (data.length !== n) {
      throw new RangeError(
        `${op}: ${data.length} values cannot have shape ${fmtShape(want)} (${n} elements); ` +
          `pass ${n} values or a single value to fill it`,
      );
    }
    shape = want;
  }
  return fromData(data, shape, dtype);
}

/**
 * Converts one op argument. Tensors pass through (checked alive); plain numbers
 * take `dtype` when given, so that `tf.multiply(0.5, x)` works for any float x.
 */
export function toTensor(op: string, x: TensorLike, dtype?: DType): Tensor {
  if (x instanceof Tensor) {
    if (x.disposed) x.assertAlive(op);
    return x;
  }
  if (typeof x === "number") {
    const d = dtype ?? "float32";
    return fromData(
      scalarArray(op, x, d === "bool" ? "float32" : d),
      [],
      d === "bool" ? "float32" : d,
    );
  }
  return makeTensor(op, x, dtype ? { dtype } : {});
}

/** Converts the two arguments of a binary op; a plain value takes the other's dtype. */
export function toTensorPair(op: string, a: TensorLike, b: TensorLike): [Tensor, Tensor] {
  if (a instanceof Tensor) return [toTensor(op, a), toTensor(op, b, a.dtype)];
  if (b instanceof Tensor) return [toTensor(op, a, b.dtype), toTensor(op, b)];
  return [toTensor(op, a), toTensor(op, b)];
}
