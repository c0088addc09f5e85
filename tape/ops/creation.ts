/**
 * Creating tensors: constant, zeros, ones, fill and their `Like` forms, range,
 * linspace and eye.
 *
 * Tensors of up to 256 elements are built in JS memory directly (they live
 * there anyway); larger ones are written by SIMD kernels straight into the
 * wasm heap (asm/src/memory.ts, asm/src/creation.ts), or, in a GPU scope, by
 * WGSL kernels into GPU memory (gpu/kernels/creation.ts), bit for bit the same.
 *
 * @module
 */

import { type DType, isDType } from "../dtype.ts";
import { checkShape, fmtShape, sizeOf } from "../_shape.ts";
import {
  type ConstantOptions,
  fromData,
  makeTensor,
  type TensorLike,
  toTensor,
} from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { defineOp, run } from "../op.ts";
import { SMALL_ELEMENTS } from "../storage.ts";
import { k } from "../../asm/backend.ts";
import { MAX_BYTES } from "../../asm/heap.ts";
import { eyeWgsl, fillWgsl, sequenceWgsl } from "../../gpu/kernels/creation.ts";

export type { ConstantOptions };

const NO_INPUTS = "made from attributes alone: there is no input to differentiate";

/**
 * A tensor from numbers, booleans, nested arrays, typed arrays or a tensor.
 * Default dtype float32 (int32 for an Int32Array, bool for booleans).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 2], [3, 4]]);
 * console.log(x.shape); // [2, 2]
 * const y = tf.constant(7, { shape: [2] }); // filled: [7, 7]
 * console.log(y.arraySync());
 * ```
 */
export function constant(value: TensorLike, opts: ConstantOptions = {}): Tensor {
  return makeTensor("constant", value, opts);
}

function checkDType(op: string, dtype: unknown, allowed: readonly DType[] = ALL_DTYPES): DType {
  if (!isDType(dtype)) {
    throw new TypeError(
      `${op}: unknown dtype "${dtype}"; use ${allowed.map((d) => `"${d}"`).join(" or ")}`,
    );
  }
  if (!allowed.includes(dtype)) {
    throw new TypeError(
      `${op}: dtype ${dtype} is not supported; use ${allowed.map((d) => `"${d}"`).join(" or ")}`,
    );
  }
  return dtype;
}
const ALL_DTYPES: readonly DType[] = ["float32", "int32", "bool"];

/** Refuses an output the wasm heap could never hold, before anything is made. */
function checkBytes(op: string, n: number, dtype: DType, fix: string): void {
  const bytes = n * (dtype === "bool" ? 1 : 4);
  if (bytes > MAX_BYTES) {
    throw new RangeError(
      `${op}: ${n} elements of ${dtype} (${bytes} bytes) exceed the wasm heap's 4 GiB; ${fix}`,
    );
  }
}

// ---------------------------------------------------------------- fill

interface FillAttrs {
  /** The element's bit pattern (float32 bits, int32 value or 0/1). */
  bits: number;
}

const bitsF32 = new Float32Array(1);
const bitsI32 = new Int32Array(bitsF32.buffer);

const fillOp = defineOp<FillAttrs>({
  name: "fill",
  wasm: (c) => {
    const o = c.outs[0];
    if (o.dtype === "bool") k.fill_8(c.pout[0], c.attrs.bits, o.size);
    else k.fill_32(c.pout[0], c.attrs.bits, o.size);
  },
  webgpu: fillWgsl,
  notDifferentiable: NO_INPUTS,
});

/** A tensor of `shape` (checked) with every element `v` (already valid for dtype). */
function filled(shape: number[], v: number, dtype: DType): Tensor {
  const n = sizeOf(shape);
  if (n <= SMALL_ELEMENTS) {
    return fromData(
      new Array<number>(n).fill(dtype === "float32" ? Math.fround(v) : v),
      shape,
      dtype,
    );
  }
  checkBytes("fill", n, dtype, "use a smaller shape");
  let bits = v;
  if (dtype === "float32") {
    bitsF32[0] = v;
    bits = bitsI32[0];
  }
  return run(fillOp, [], { bits }, shape, dtype);
}

/**
 * A tensor of the given shape with every element `value`. The dtype defaults
 * to bool for a boolean value, else float32.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.fill([2], 3).arraySync()); // [3, 3]
 * console.log(tf.fill([2], 3, "int32").dtype); // "int32"
 * ```
 */
export function fill(shape: readonly number[], value: number | boolean, dtype?: DType): Tensor {
  const s = checkShape("fill", shape);
  const d = checkDType("fill", dtype ?? (typeof value === "boolean" ? "bool" : "float32"));
  // Validates the value against the dtype with constant's rules and messages.
  const v = makeTensor("fill", value, { dtype: d }).dataSync()[0];
  return filled(s, v, d);
}

/**
 * A tensor of zeros.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.zeros([2, 2]).arraySync()); // [[0, 0], [0, 0]]
 * ```
 */
export function zeros(shape: readonly number[], dtype: DType = "float32"): Tensor {
  const s = checkShape("zeros", shape);
  return filled(s, 0, checkDType("zeros", dtype));
}

/**
 * A tensor of ones (true for bool).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.ones([3]).arraySync()); // [1, 1, 1]
 * ```
 */
export function ones(shape: readonly number[], dtype: DType = "float32"): Tensor {
  const s = checkShape("ones", shape);
  return filled(s, 1, checkDType("ones", dtype));
}

/**
 * Zeros with the shape and dtype of `x`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.zerosLike([1, 2]).arraySync()); // [0, 0]
 * ```
 */
export function zerosLike(x: TensorLike): Tensor {
  const t = toTensor("zerosLike", x);
  return filled(t.shape.slice(), 0, t.dtype);
}

/**
 * Ones with the shape and dtype of `x`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.onesLike([1, 2]).arraySync()); // [1, 1]
 * ```
 */
export function onesLike(x: TensorLike): Tensor {
  const t = toTensor("onesLike", x);
  return filled(t.shape.slice(), 1, t.dtype);
}

// ---------------------------------------------------------------- range, linspace

interface SeqAttrs {
  start: number;
  delta: number;
  /** linspace: the exact last element; NaN for range. */
  stop: number;
}

const rangeOp = defineOp<SeqAttrs>({
  name: "range",
  wasm: (c) => {
    const { start, delta } = c.attrs;
    const n = c.outs[0].size;
    if (c.outs[0].dtype === "float32") k.iota_f32(c.pout[0], 0, n, start, delta);
    else k.iota_i32(c.pout[0], 0, n, start, delta);
  },
  webgpu: sequenceWgsl(false),
  notDifferentiable: NO_INPUTS,
});

const linspaceOp = defineOp<SeqAttrs>({
  name: "linspace",
  wasm: (c) => {
    const n = c.outs[0].size;
    k.linspace_f32(c.pout[0], 0, n, n, c.attrs.start, c.attrs.delta, c.attrs.stop);
  },
  webgpu: sequenceWgsl(true),
  notDifferentiable: NO_INPUTS,
});

function checkNumber(op: string, name: string, v: unknown): number {
  if (typeof v !== "number") {
    throw new TypeError(`${op}: ${name} must be a number, got ${typeof v} ${String(v)}`);
  }
  return v;
}

/**
 * The numbers start, start + delta, start + 2 delta, ... up to but not
 * including `limit`, as TensorFlow's `tf.range`: `range(limit)` counts from 0;
 * a negative delta counts down (then start must be >= limit). Element i is
 * start + i * delta computed in the dtype (float32: one rounded multiply, one
 * rounded add), and the length is ceil((limit - start) / delta).
 *
 * The dtype defaults to int32 when start, limit and delta are all integers
 * (TensorFlow infers int32 from Python ints), else float32; pass "float32" to
 * count integers in float32.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.range(5).arraySync()); // [0, 1, 2, 3, 4] (int32)
 * console.log(tf.range(3, 18, 3).arraySync()); // [3, 6, 9, 12, 15]
 * console.log(tf.range(3, 1, -0.5).arraySync()); // [3, 2.5, 2, 1.5] (float32)
 * console.log(tf.range(0, 3, 1, "float32").dtype); // "float32"
 * ```
 */
export function range(start: number, limit?: number, delta = 1, dtype?: DType): Tensor {
  const op = "range";
  if (limit === undefined || limit === null) {
    limit = checkNumber(op, "limit", start);
    start = 0;
  }
  checkNumber(op, "start", start);
  checkNumber(op, "limit", limit);
  checkNumber(op, "delta", delta);
  const allInt = Number.isInteger(start) && Number.isInteger(limit) && Number.isInteger(delta);
  const d = checkDType(op, dtype ?? (allInt ? "int32" : "float32"), ["float32", "int32"]);
  const args = `start ${start}, limit ${limit}, delta ${delta}`;
  if (!Number.isFinite(start) || !Number.isFinite(limit) || !Number.isFinite(delta)) {
    throw new RangeError(`${op}: ${args}: start, limit and delta must be finite numbers`);
  }
  if (d === "int32") {
    for (const v of [start, limit, delta]) {
      if (!Number.isInteger(v) || v < -2147483648 || v > 2147483647) {
        throw new TypeError(
          `${op}: ${args}: ${v} is not an int32 value; pass integers, or dtype "float32"`,
        );
      }
    }
  }
  if (delta === 0) {
    throw new RangeError(
      `${op}: ${args}: delta must not be 0; use a positive delta to count up from start ` +
        `to limit, or a negative one to count down`,
    );
  }
  if (delta > 0 ? start > limit : start < limit) {
    throw new RangeError(
      `${op}: ${args}: a ${delta > 0 ? "positive" : "negative"} delta needs ` +
        `start ${delta > 0 ? "<=" : ">="} limit (as in TensorFlow); ` +
        `swap start and limit, or negate delta`,
    );
  }
  let n: number;
  if (d === "int32") {
    n = Math.ceil(Math.abs(limit - start) / Math.abs(delta));
  } else {
    // TensorFlow computes the length in float32: ceil(|(limit - start) / delta|).
    start = Math.fround(start);
    delta = Math.fround(delta);
    const fl = Math.fround(limit);
    n = Math.ceil(Math.abs(Math.fround(Math.fround(fl - start) / delta)));
  }
  checkBytes(op, n, d, "use a larger delta or a shorter interval");
  return run(rangeOp, [], { start, delta, stop: NaN }, [n], d);
}

/**
 * `num` evenly spaced float32 numbers from `start` to `stop`, both included,
 * as TensorFlow's `tf.linspace`: element i is start + i * step with
 * step = (stop - start) / (num - 1) in float32, and the last is exactly `stop`.
 * `num` = 1 gives [start]; 0 gives an empty tensor.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.linspace(0, 1, 5).arraySync()); // [0, 0.25, 0.5, 0.75, 1]
 * ```
 */
export function linspace(start: number, stop: number, num: number): Tensor {
  const op = "linspace";
  checkNumber(op, "start", start);
  checkNumber(op, "stop", stop);
  checkNumber(op, "num", num);
  if (!Number.isInteger(num) || num < 0) {
    throw new RangeError(
      `${op}: num is ${num}; it counts the values to make, so pass an integer >= 0`,
    );
  }
  checkBytes(op, num, "float32", "use a smaller num");
  const s = Math.fround(start), e = Math.fround(stop);
  const step = num > 1 ? Math.fround(Math.fround(e - s) / (num - 1)) : 0;
  // With one element TensorFlow keeps start (its result is [start, ..., stop] cut to num).
  const last = num === 1 ? s : e;
  return run(linspaceOp, [], { start: s, delta: step, stop: last }, [num], "float32");
}

// ---------------------------------------------------------------- eye

interface EyeAttrs {
  rows: number;
  cols: number;
  batch: number;
}

const eyeOp = defineOp<EyeAttrs>({
  name: "eye",
  wasm: (c) => {
    const { rows, cols, batch } = c.attrs;
    if (c.outs[0].dtype === "bool") k.eye_8(c.pout[0], 0, batch, rows, cols, 1);
    else if (c.outs[0].dtype === "int32") k.eye_32(c.pout[0], 0, batch, rows, cols, 1);
    else k.eye_32(c.pout[0], 0, batch, rows, cols, 0x3f800000); // 1.0f
  },
  webgpu: eyeWgsl,
  notDifferentiable: NO_INPUTS,
});

/**
 * Identity matrices: shape `[...batchShape, numRows, numColumns]`, ones on
 * each matrix's main diagonal, zeros elsewhere. `numColumns` defaults to
 * `numRows`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.eye(2).arraySync()); // [[1, 0], [0, 1]]
 * console.log(tf.eye(2, 3, [4]).shape); // [4, 2, 3]
 * ```
 */
export function eye(
  numRows: number,
  numColumns?: number,
  batchShape: readonly number[] = [],
  dtype: DType = "float32",
): Tensor {
  const op = "eye";
  const cols = numColumns ?? numRows;
  for (const [name, v] of [["numRows", numRows], ["numColumns", cols]] as const) {
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
      throw new RangeError(`${op}: ${name} is ${v}; pass a non-negative integer`);
    }
  }
  if (!Array.isArray(batchShape)) {
    throw new TypeError(`${op}: batchShape must be an array of dimensions, got ${batchShape}`);
  }
  const batch = checkShape(op, batchShape);
  const d = checkDType(op, dtype);
  const shape = [...batch, numRows, cols];
  const n = sizeOf(shape);
  checkBytes(op, n, d, `use a smaller shape than ${fmtShape(shape)}`);
  return run(eyeOp, [], { rows: numRows, cols, batch: sizeOf(batch) }, shape, d);
}
