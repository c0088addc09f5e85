/**
 * Comparisons, logical ops, where, cast and clipByValue: the elementwise ops
 * whose inputs or outputs are bool (one byte per element, 0 or 1; a u32 0 or 1
 * on the GPU). Kernels: asm/src/compare.ts (wasm), the elementwise programs
 * of gpu/kernels/elementwise.ts (WebGPU, where and clipByValue through its
 * ternary program).
 *
 * - equal, notEqual, less, lessEqual, greater, greaterEqual: float32 or int32
 *   operands of the same dtype (equal and notEqual also bool), NumPy
 *   broadcasting, a bool result. NaN compares as IEEE 754: `NaN != x` is true
 *   and every other comparison with NaN is false.
 * - logicalAnd, logicalOr, logicalXor (broadcasting), logicalNot: bool only.
 * - where(condition, x, y): TensorFlow 2's select, all three broadcast
 *   together.
 * - cast between float32, int32 and bool.
 * - clipByValue(x, min, max), min and max broadcast to x's shape.
 *
 * Comparisons and logical ops are not differentiable (their outputs are
 * piecewise constant booleans); where, cast and clipByValue are.
 *
 * @module
 */

import { broadcastShapes, fmtShape, shapesEqual } from "../_shape.ts";
import { defineOp, type OpDef, run } from "../op.ts";
import { type TensorLike, toTensor, toTensorPair } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { type DType, isDType } from "../dtype.ts";
import { k } from "../../asm/backend.ts";
import { binaryWalk, ternaryWalk } from "./_elementwise.ts";
import { binaryWgsl, ternaryWgsl, unaryWgsl } from "../../gpu/kernels/elementwise.ts";

// Op codes of asm/src/compare.ts.
const EQ = 0, NE = 1, LT = 2, LE = 3, GT = 4, GE = 5, AND = 6, OR = 7, XOR = 8;
// dtype codes of asm/src/compare.ts's cast.
const DTYPE_CODE: Record<DType, number> = { float32: 0, int32: 1, bool: 2 };

/**
 * A float64 reference of each comparison and logical op (true = 1), for tests.
 *
 * @internal
 */
export const compareRefs: Record<string, (a: number, b: number) => number> = {
  equal: (a, b) => +(a === b),
  notEqual: (a, b) => +(a !== b),
  less: (a, b) => +(a < b),
  lessEqual: (a, b) => +(a <= b),
  greater: (a, b) => +(a > b),
  greaterEqual: (a, b) => +(a >= b),
  logicalAnd: (a, b) => +(a !== 0 && b !== 0),
  logicalOr: (a, b) => +(a !== 0 || b !== 0),
  logicalXor: (a, b) => +((a !== 0) !== (b !== 0)),
};

interface Ptrs {
  ins: readonly Tensor[];
  outs: readonly Tensor[];
  pin: readonly number[];
  pout: readonly number[];
}

// ---------------------------------------------------------------- comparisons

function compareKernel(code: number) {
  return (c: Ptrs) => {
    const a = c.ins[0], b = c.ins[1];
    const w = binaryWalk(a, b, c.outs[0]);
    const dt = a.dtype;
    if (w.desc < 0) {
      const row = dt === "float32"
        ? k.compare_f32_row
        : dt === "int32"
        ? k.compare_i32_row
        : k.logical_u8_row;
      row(code, c.pin[0], w.sa, c.pin[1], w.sb, c.pout[0], w.n);
    } else {
      const nd = dt === "float32"
        ? k.compare_f32_nd
        : dt === "int32"
        ? k.compare_i32_nd
        : k.logical_u8_nd;
      nd(code, c.pin[0], c.pin[1], c.pout[0], w.desc);
    }
  };
}

const NOT_DIFF_COMPARE = "a comparison's bool output is piecewise constant: no gradient flows";
const NOT_DIFF_LOGICAL = "logical ops act on bools: no gradient flows";

const equalOp = defineOp({
  name: "equal",
  wasm: compareKernel(EQ),
  webgpu: binaryWgsl("equal", {
    float32: "b32(a == b && !nan2(a, b))",
    int32: "b32(a == b)",
    bool: "b32((a != 0u) == (b != 0u))",
  }),
  notDifferentiable: NOT_DIFF_COMPARE,
});
const notEqualOp = defineOp({
  name: "notEqual",
  wasm: compareKernel(NE),
  webgpu: binaryWgsl("notEqual", {
    float32: "b32(a != b || nan2(a, b))",
    int32: "b32(a != b)",
    bool: "b32((a != 0u) != (b != 0u))",
  }),
  notDifferentiable: NOT_DIFF_COMPARE,
});
const lessOp = defineOp({
  name: "less",
  wasm: compareKernel(LT),
  webgpu: binaryWgsl("less", { float32: "b32(a < b && !nan2(a, b))", int32: "b32(a < b)" }),
  notDifferentiable: NOT_DIFF_COMPARE,
});
const lessEqualOp = defineOp({
  name: "lessEqual",
  wasm: compareKernel(LE),
  webgpu: binaryWgsl("lessEqual", { float32: "b32(a <= b && !nan2(a, b))", int32: "b32(a <= b)" }),
  notDifferentiable: NOT_DIFF_COMPARE,
});
const greaterOp = defineOp({
  name: "greater",
  wasm: compareKernel(GT),
  webgpu: binaryWgsl("greater", { float32: "b32(a > b && !nan2(a, b))", int32: "b32(a > b)" }),
  notDifferentiable: NOT_DIFF_COMPARE,
});
const greaterEqualOp = defineOp({
  name: "greaterEqual",
  wasm: compareKernel(GE),
  webgpu: binaryWgsl("greaterEqual", {
    float32: "b32(a >= b && !nan2(a, b))",
    int32: "b32(a >= b)",
  }),
  notDifferentiable: NOT_DIFF_COMPARE,
});
const logicalAndOp = defineOp({
  name: "logicalAnd",
  wasm: compareKernel(AND),
  webgpu: binaryWgsl("logicalAnd", { bool: "b32(a != 0u && b != 0u)" }),
  notDifferentiable: NOT_DIFF_LOGICAL,
});
const logicalOrOp = defineOp({
  name: "logicalOr",
  wasm: compareKernel(OR),
  webgpu: binaryWgsl("logicalOr", { bool: "b32(a != 0u || b != 0u)" }),
  notDifferentiable: NOT_DIFF_LOGICAL,
});
const logicalXorOp = defineOp({
  name: "logicalXor",
  wasm: compareKernel(XOR),
  webgpu: binaryWgsl("logicalXor", { bool: "b32((a != 0u) != (b != 0u))" }),
  notDifferentiable: NOT_DIFF_LOGICAL,
});
const logicalNotOp = defineOp({
  name: "logicalNot",
  wasm: (c) => k.logical_not_u8(c.pin[0], c.pout[0], c.outs[0].size),
  webgpu: unaryWgsl("logicalNot", { bool: "b32(x == 0u)" }),
  notDifferentiable: NOT_DIFF_LOGICAL,
});

function dtypeMismatch(op: string, a: Tensor, b: Tensor): TypeError {
  return new TypeError(
    `${op}: dtypes differ: ${a.dtype} ${fmtShape(a.shape)} and ${b.dtype} ${fmtShape(b.shape)}; ` +
      `tapeflow never mixes dtypes silently: tf.cast one of them`,
  );
}

/** A comparison: same-dtype operands (bool only for equality), bool result. */
function compare(def: OpDef, a: TensorLike, b: TensorLike, boolOk: boolean): Tensor {
  const [ta, tb] = toTensorPair(def.name, a, b);
  if (ta.dtype !== tb.dtype) throw dtypeMismatch(def.name, ta, tb);
  if (ta.dtype === "bool" && !boolOk) {
    throw new TypeError(
      `${def.name}: bool tensors cannot be ordered (got bool ${fmtShape(ta.shape)} and ` +
        `${fmtShape(tb.shape)}); tf.cast them to int32 first, or use equal/notEqual`,
    );
  }
  const shape = broadcastShapes(def.name, ta.shape, tb.shape);
  return run(def, [ta, tb], undefined, shape, "bool");
}

function checkBool(op: string, t: Tensor, which: string): void {
  if (t.dtype !== "bool") {
    throw new TypeError(
      `${op}: expected bool tensors, got ${t.dtype} ${fmtShape(t.shape)} as ${which}; ` +
        `make bools with a comparison (tf.notEqual(x, 0)) or tf.cast(x, "bool")`,
    );
  }
}

function logical(def: OpDef, a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensorPair(def.name, a, b);
  checkBool(def.name, ta, "the first operand");
  checkBool(def.name, tb, "the second operand");
  const shape = broadcastShapes(def.name, ta.shape, tb.shape);
  return run(def, [ta, tb], undefined, shape, "bool");
}

/**
 * a == b elementwise with broadcasting (bool). float32, int32 or bool
 * operands of one dtype; NaN equals nothing, itself included.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.equal([1, 2, NaN], [1, 3, NaN]).arraySync()); // [true, false, false]
 * ```
 */
export function equal(a: TensorLike, b: TensorLike): Tensor {
  return compare(equalOp, a, b, true);
}

/**
 * a != b elementwise with broadcasting (bool). float32, int32 or bool
 * operands of one dtype; NaN differs from everything, itself included.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.notEqual([1, 2], 2).arraySync()); // [true, false]
 * ```
 */
export function notEqual(a: TensorLike, b: TensorLike): Tensor {
  return compare(notEqualOp, a, b, true);
}

/**
 * a < b elementwise with broadcasting (bool); float32 or int32, false where
 * either is NaN.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.less([1, 2, 3], 2).arraySync()); // [true, false, false]
 * ```
 */
export function less(a: TensorLike, b: TensorLike): Tensor {
  return compare(lessOp, a, b, false);
}

/**
 * a <= b elementwise with broadcasting (bool); float32 or int32, false where
 * either is NaN.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.lessEqual([1, 2, 3], 2).arraySync()); // [true, true, false]
 * ```
 */
export function lessEqual(a: TensorLike, b: TensorLike): Tensor {
  return compare(lessEqualOp, a, b, false);
}

/**
 * a > b elementwise with broadcasting (bool); float32 or int32, false where
 * either is NaN.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.greater([[1], [3]], [2, 0]).arraySync()); // [[false, true], [true, true]]
 * ```
 */
export function greater(a: TensorLike, b: TensorLike): Tensor {
  return compare(greaterOp, a, b, false);
}

/**
 * a >= b elementwise with broadcasting (bool); float32 or int32, false where
 * either is NaN.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.greaterEqual([1, 2, 3], 2).arraySync()); // [false, true, true]
 * ```
 */
export function greaterEqual(a: TensorLike, b: TensorLike): Tensor {
  return compare(greaterEqualOp, a, b, false);
}

/**
 * a AND b elementwise with broadcasting; bool operands only.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.logicalAnd([true, true, false], [true, false, false]).arraySync());
 * // [true, false, false]
 * ```
 */
export function logicalAnd(a: TensorLike, b: TensorLike): Tensor {
  return logical(logicalAndOp, a, b);
}

/**
 * a OR b elementwise with broadcasting; bool operands only.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.logicalOr([true, false], false).arraySync()); // [true, false]
 * ```
 */
export function logicalOr(a: TensorLike, b: TensorLike): Tensor {
  return logical(logicalOrOp, a, b);
}

/**
 * a XOR b (true where exactly one is true) elementwise with broadcasting;
 * bool operands only.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.logicalXor([true, false], true).arraySync()); // [false, true]
 * ```
 */
export function logicalXor(a: TensorLike, b: TensorLike): Tensor {
  return logical(logicalXorOp, a, b);
}

/**
 * NOT x elementwise; bool only.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.logicalNot([true, false]).arraySync()); // [false, true]
 * ```
 */
export function logicalNot(x: TensorLike): Tensor {
  const t = toTensor("logicalNot", x);
  checkBool("logicalNot", t, "x");
  return run(logicalNotOp, [t], undefined, t.shape, "bool");
}

// ---------------------------------------------------------------- where

/** where's WGSL: a, b, c are the condition, x and y as raw u32 bits. */
const SELECT = "select(c, b, a != 0u)";

const whereOp = defineOp({
  name: "where",
  wasm: (c) => {
    const [cond, a, b] = c.ins;
    const w = ternaryWalk(cond, a, b, c.outs[0]);
    const wide = a.dtype !== "bool";
    if (w.desc < 0) {
      (wide ? k.where_32_row : k.where_8_row)(
        c.pin[0],
        w.s0,
        c.pin[1],
        w.s1,
        c.pin[2],
        w.s2,
        c.pout[0],
        w.n,
      );
    } else {
      (wide ? k.where_32_nd : k.where_8_nd)(c.pin[0], c.pin[1], c.pin[2], c.pout[0], w.desc);
    }
  },
  // bool is u32 on the GPU, so one bit-exact select serves every dtype
  webgpu: ternaryWgsl("where", { float32: SELECT, int32: SELECT, bool: SELECT }, {
    dtypeOf: 1,
    bits: true,
  }),
  // d(c ? x : y) = (c ? dx : 0) + (c ? 0 : dy); the condition gets none
  grad: ({ dy, ins: [c] }) => [null, where(c, dy, 0), where(c, 0, dy)],
});

/** The broadcast of three shapes; the error names all three. */
function broadcast3(op: string, names: string[], shapes: (readonly number[])[]): number[] {
  try {
    return broadcastShapes(op, broadcastShapes(op, shapes[0], shapes[1]), shapes[2]);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const list = names.map((n, i) => `${n} ${fmtShape(shapes[i])}`).join(", ");
    throw new RangeError(
      `${op}: shapes ${list} cannot be broadcast together; make each set of trailing ` +
        `dimensions equal or 1, e.g. with reshape or expandDims`,
    );
  }
}

/**
 * Picks `x` where `condition` is true and `y` where it is false, elementwise:
 * TensorFlow 2's `tf.where(condition, x, y)`. The three broadcast together
 * (NumPy rules); `condition` is bool, `x` and `y` share any dtype (a plain
 * number takes the other's dtype).
 *
 * Gradient: `[null, where(c, dy, 0), where(c, 0, dy)]`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([-2, 3, -1]);
 * console.log(tf.where(tf.greater(x, 0), x, 0).arraySync()); // [0, 3, 0]
 * ```
 */
export function where(condition: TensorLike, x: TensorLike, y: TensorLike): Tensor {
  if (x === undefined || y === undefined) {
    throw new TypeError(
      "where: pass a condition, x and y; the one-argument form (coordinates of true " +
        "elements) is not supported",
    );
  }
  const c = toTensor("where", condition, "bool");
  if (c.dtype !== "bool") {
    throw new TypeError(
      `where: the condition must be bool, got ${c.dtype} ${fmtShape(c.shape)}; ` +
        `compare first (tf.greater(x, 0)) or tf.cast it to "bool"`,
    );
  }
  const [a, b] = toTensorPair("where", x, y);
  if (a.dtype !== b.dtype) throw dtypeMismatch("where", a, b);
  const shape = broadcast3("where", ["condition", "x", "y"], [c.shape, a.shape, b.shape]);
  return run(whereOp, [c, a, b], undefined, shape, a.dtype);
}

// ---------------------------------------------------------------- cast

interface CastAttrs {
  dtype: DType;
}

const isFloat = (d: DType) => d === "float32";

/** cast's WebGPU kernels by target dtype, each keyed by the source dtype (bool is u32 0/1). */
const CAST_WGSL: Record<DType, ReturnType<typeof unaryWgsl>> = {
  float32: unaryWgsl("cast_float32", { int32: "f32(x)", bool: "select(0.0, 1.0, x != 0u)" }),
  int32: unaryWgsl("cast_int32", { float32: "f32_to_i32(x)", bool: "select(0, 1, x != 0u)" }),
  bool: unaryWgsl("cast_bool", { float32: "b32(nonzero_f32(x))", int32: "b32(x != 0)" }),
};

const castOp = defineOp<CastAttrs>({
  name: "cast",
  wasm: (c) =>
    k.cast_any(
      DTYPE_CODE[c.ins[0].dtype],
      DTYPE_CODE[c.attrs.dtype],
      c.pin[0],
      c.pout[0],
      c.outs[0].size,
    ),
  webgpu: (c) => CAST_WGSL[c.attrs.dtype](c),
  // Between float types the cast is the identity on values: cast dy back. A
  // cast from or to int32 or bool passes no gradient (TensorFlow's rule).
  grad: ({ dy, ins: [x], attrs }) => [
    isFloat(x.dtype) && isFloat(attrs.dtype) ? cast(dy, x.dtype) : null,
  ],
});

/**
 * Converts `x` to `dtype` ("float32", "int32" or "bool").
 *
 * - float32 → int32 truncates toward zero and saturates: values beyond the
 *   int32 range (±Infinity included) become -2147483648 or 2147483647, NaN
 *   becomes 0 (as `tf.saturate_cast` and XLA define it; TensorFlow's eager
 *   CPU kernel leaves these cases undefined and gives -2147483648 on x86).
 * - int32 → float32 rounds to the nearest float32 (ties to even).
 * - anything → bool is `x != 0` (NaN is true); bool → float32 / int32 is 0 or 1.
 * - The same dtype returns `x` itself, as TensorFlow does.
 *
 * Gradient: cast back between float types; none from or to int32 and bool.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.cast([1.7, -1.7, NaN], "int32").arraySync()); // [1, -1, 0]
 * console.log(tf.cast([0, 2], "bool").arraySync()); // [false, true]
 * ```
 */
export function cast(x: TensorLike, dtype: DType): Tensor {
  if (!isDType(dtype)) {
    throw new TypeError(
      `cast: unknown dtype ${JSON.stringify(dtype)}; use "float32", "int32" or "bool"`,
    );
  }
  const t = toTensor("cast", x);
  if (t.dtype === dtype) return t;
  return run(castOp, [t], { dtype }, t.shape, dtype);
}

// ---------------------------------------------------------------- clipByValue

const clipOp = defineOp({
  name: "clipByValue",
  wasm: (c) => {
    const [x, lo, hi] = c.ins;
    const w = ternaryWalk(x, lo, hi, c.outs[0]);
    const f32 = x.dtype === "float32";
    if (w.desc < 0) {
      (f32 ? k.clip_f32_row : k.clip_i32_row)(
        c.pin[0],
        w.s0,
        c.pin[1],
        w.s1,
        c.pin[2],
        w.s2,
        c.pout[0],
        w.n,
      );
    } else {
      (f32 ? k.clip_f32_nd : k.clip_i32_nd)(c.pin[0], c.pin[1], c.pin[2], c.pout[0], w.desc);
    }
  },
  // minimum then maximum by selects (bit-exact, as the wasm kernel); NaN
  // anywhere gives NaN
  webgpu: ternaryWgsl("clipByValue", {
    float32: "select(clip_f32(a, b, c), nan_f32(), isnan_f32(a) || nan2(b, c))",
    int32: "max(min(a, c), b)",
  }),
  // TensorFlow's rule: x gets dy except where it was clipped (x < min or
  // x > max); min gets dy where x < min, max where x > max. The tape sums
  // the bounds' gradients back to their shapes.
  grad: ({ dy, ins: [x, lo, hi] }) => {
    const below = less(x, lo);
    const above = greater(x, hi);
    return [where(logicalOr(below, above), 0, dy), where(below, dy, 0), where(above, dy, 0)];
  },
});

/**
 * Clips `x` elementwise to [min, max]: `maximum(minimum(x, max), min)`.
 * `min` and `max` broadcast to `x`'s shape (they cannot enlarge it) and
 * take `x`'s dtype when given as plain numbers; float32 or int32. NaN in `x`
 * or in a bound gives NaN; where min > max the result is min.
 *
 * Gradient: dy to x where min <= x <= max (and where x is NaN, as in
 * TensorFlow); to min where x < min; to max where x > max.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.clipByValue([-3, 0.5, 7], -1, 1).arraySync()); // [-1, 0.5, 1]
 * ```
 */
export function clipByValue(
  x: TensorLike,
  clipValueMin: TensorLike,
  clipValueMax: TensorLike,
): Tensor {
  const op = "clipByValue";
  const t = toTensor(op, x);
  const lo = toTensor(op, clipValueMin, t.dtype);
  const hi = toTensor(op, clipValueMax, t.dtype);
  if (lo.dtype !== t.dtype) throw dtypeMismatch(op, t, lo);
  if (hi.dtype !== t.dtype) throw dtypeMismatch(op, t, hi);
  if (t.dtype === "bool") {
    throw new TypeError(
      `${op}: bool tensors cannot be clipped (got bool ${fmtShape(t.shape)}); ` +
        `tf.cast them to float32 or int32 first`,
    );
  }
  for (const [name, b] of [["clipValueMin", lo], ["clipValueMax", hi]] as const) {
    const ok = b.shape.length <= t.shape.length && (() => {
      try {
        return shapesEqual(broadcastShapes(op, t.shape, b.shape), t.shape);
      } catch {
        return false;
      }
    })();
    if (!ok) {
      throw new RangeError(
        `${op}: ${name} of shape ${fmtShape(b.shape)} does not broadcast to x's shape ` +
          `${fmtShape(t.shape)}; give it x's shape, a shape of trailing dimensions equal ` +
          `to x's or 1, or a scalar`,
      );
    }
  }
  return run(clipOp, [t, lo, hi], undefined, t.shape, t.dtype);
}
