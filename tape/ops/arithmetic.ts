/**
 * Elementwise binary arithmetic with NumPy broadcasting: add, subtract,
 * multiply, divide, floorDiv, mod, pow, maximum, minimum, squaredDifference.
 *
 * Gradients are stated for the broadcast shapes; the tape sums them back to
 * each input's shape, so no rule here repeats that.
 *
 * @module
 */

import { broadcastShapes, fmtShape } from "../_shape.ts";
import { defineOp, type OpDef, run } from "../op.ts";
import { type TensorLike, toTensorPair } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import type { DType } from "../dtype.ts";
import { k } from "../../asm/backend.ts";
import {
  binaryWalk,
  ELEMENTWISE_SPLIT,
  splitNd,
  splitRows,
  TRANSCENDENTAL_SPLIT,
} from "./_elementwise.ts";
import { tooSmall } from "../../asm/threads.ts";
import { binaryWgsl } from "../../gpu/kernels/elementwise.ts";
import { log, neg, square } from "./unary.ts";
import { cast, greater, greaterEqual, less, lessEqual, where } from "./compare.ts";
import { zerosLike } from "./creation.ts";

// Op codes of asm/src/binary.ts.
const ADD = 0,
  SUB = 1,
  MUL = 2,
  DIV = 3,
  MAX = 4,
  MIN = 5,
  POW = 6,
  SQDIFF = 7,
  FLOORDIV = 8,
  MOD = 9;

/**
 * A float64 reference of each op, for tests.
 *
 * @internal
 */
export const binaryRefs: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  maximum: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b)),
  minimum: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b)),
  pow: (a, b) => Math.pow(a, b),
  squaredDifference: (a, b) => (a - b) * (a - b),
  floorDiv: (a, b) => Math.floor(a / b),
  mod: (a, b) => {
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
  },
};

function kernel(code: number) {
  // pow is transcendental (exp and log per element); the others cost a few instructions
  const split = code === POW ? TRANSCENDENTAL_SPLIT : ELEMENTWISE_SPLIT;
  return (
    c: {
      ins: readonly Tensor[];
      outs: readonly Tensor[];
      pin: readonly number[];
      pout: readonly number[];
    },
  ) => {
    const a = c.ins[0], b = c.ins[1], o = c.outs[0];
    const w = binaryWalk(a, b, o);
    const f32 = o.dtype === "float32";
    const pa = c.pin[0], pb = c.pin[1], po = c.pout[0];
    if (w.desc < 0) {
      const sa = w.sa, sb = w.sb, n = w.n;
      if (tooSmall(n, split)) {
        (f32 ? k.binary_f32_row : k.binary_i32_row)(code, pa, sa, pb, sb, po, n);
      } else {
        splitRows(f32 ? "binary_f32_row" : "binary_i32_row", n, split, (s0, m) => [
          code,
          pa + 4 * s0 * sa,
          sa,
          pb + 4 * s0 * sb,
          sb,
          po + 4 * s0,
          m,
        ]);
      }
    } else {
      const nd = f32 ? "binary_f32_nd" : "binary_i32_nd";
      if (tooSmall(w.n, split) || !splitNd(nd, code, pa, pb, po, w, split)) {
        (f32 ? k.binary_f32_nd : k.binary_i32_nd)(code, pa, pb, po, w.desc);
      }
    }
  };
}

function binary(def: OpDef, a: TensorLike, b: TensorLike): Tensor {
  const [ta, tb] = toTensorPair(def.name, a, b);
  if (ta.dtype !== tb.dtype) {
    throw new TypeError(
      `${def.name}: dtypes differ: ${ta.dtype} ${fmtShape(ta.shape)} and ${tb.dtype} ` +
        `${fmtShape(tb.shape)}; tapeflow never mixes dtypes silently: tf.cast one of them`,
    );
  }
  if (ta.dtype === "bool") {
    throw new TypeError(
      `${def.name}: bool tensors are not supported; tf.cast them to float32 or int32 first`,
    );
  }
  const shape = broadcastShapes(def.name, ta.shape, tb.shape);
  return run(def, [ta, tb], undefined, shape, ta.dtype as DType);
}

const addOp = defineOp({
  name: "add",
  wasm: kernel(ADD),
  webgpu: binaryWgsl("add", { float32: "a + b", int32: "a + b" }),
  // d(a + b) = da + db
  grad: ({ dy }) => [dy, dy],
});
const subOp = defineOp({
  name: "subtract",
  wasm: kernel(SUB),
  webgpu: binaryWgsl("subtract", { float32: "a - b", int32: "a - b" }),
  // d(a - b) = da - db
  grad: ({ dy, needs }) => [dy, needs[1] ? neg(dy) : null],
});
const mulOp = defineOp({
  name: "multiply",
  wasm: kernel(MUL),
  webgpu: binaryWgsl("multiply", { float32: "a * b", int32: "a * b" }),
  // d(ab) = b da + a db (each made only when wanted)
  grad: ({ dy, ins: [a, b], needs }) => [
    needs[0] ? multiply(dy, b) : null,
    needs[1] ? multiply(dy, a) : null,
  ],
});
const divOp = defineOp({
  name: "divide",
  wasm: kernel(DIV),
  webgpu: binaryWgsl("divide", { float32: "a / b", int32: "floordiv_i32(a, b)" }),
  // d(a / b) = da / b - a db / b²
  grad: ({ dy, ins: [a, b], needs }) => [
    needs[0] ? divide(dy, b) : null,
    needs[1] ? neg(multiply(dy, divide(a, square(b)))) : null,
  ],
});
const floorDivOp = defineOp({
  name: "floorDiv",
  wasm: kernel(FLOORDIV),
  webgpu: binaryWgsl("floorDiv", { float32: "floor(a / b)", int32: "floordiv_i32(a, b)" }),
  notDifferentiable: "piecewise constant: its derivative is zero almost everywhere",
});
const modOp = defineOp({
  name: "mod",
  wasm: kernel(MOD),
  webgpu: binaryWgsl("mod", { float32: "mod_f32(a, b)", int32: "mod_i32(a, b)" }),
  // a mod b = a - floor(a / b) b: d/da = 1, d/db = -floor(a / b)
  grad: ({ dy, ins: [a, b], needs }) => [
    dy,
    needs[1] ? neg(multiply(dy, floorDiv(a, b))) : null,
  ],
});
const powOp = defineOp({
  name: "pow",
  wasm: kernel(POW),
  webgpu: binaryWgsl("pow", { float32: "pow_f32(a, b)", int32: "pow_i32(a, b)" }),
  // d(a^b) = b a^(b-1) da + ln(a) a^b db, the second taken as 0 where a <= 0
  grad: ({ dy, ins: [a, b], out, needs }) => {
    const da = needs[0] ? multiply(dy, multiply(b, pow(a, subtract(b, 1)))) : null;
    if (!needs[1]) return [da, null];
    const safeLog = where(greater(a, 0), log(a), zerosLike(a));
    return [da, multiply(dy, multiply(safeLog, out))];
  },
});
const maxOp = defineOp({
  name: "maximum",
  wasm: kernel(MAX),
  webgpu: binaryWgsl("maximum", { float32: "max_f32(a, b)", int32: "max(a, b)" }),
  // the gradient goes to a where a >= b (TensorFlow's tie rule), else to b
  grad: ({ dy, ins: [a, b] }) => {
    const ge = cast(greaterEqual(a, b), dy.dtype);
    return [multiply(dy, ge), multiply(dy, cast(less(a, b), dy.dtype))];
  },
});
const minOp = defineOp({
  name: "minimum",
  wasm: kernel(MIN),
  webgpu: binaryWgsl("minimum", { float32: "min_f32(a, b)", int32: "min(a, b)" }),
  // the gradient goes to a where a <= b, else to b
  grad: ({ dy, ins: [a, b] }) => {
    const le = cast(lessEqual(a, b), dy.dtype);
    return [multiply(dy, le), multiply(dy, cast(greater(a, b), dy.dtype))];
  },
});
const sqDiffOp = defineOp({
  name: "squaredDifference",
  wasm: kernel(SQDIFF),
  webgpu: binaryWgsl("squaredDifference", {
    float32: "(a - b) * (a - b)",
    int32: "(a - b) * (a - b)",
  }),
  // d(a - b)² = 2(a - b)(da - db)
  grad: ({ dy, ins: [a, b] }) => {
    const g = multiply(dy, multiply(2, subtract(a, b)));
    return [g, neg(g)];
  },
});

/**
 * a + b, elementwise with broadcasting.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * tf.add([1, 2], 10).print(); // tf.Tensor([11. 12.], shape=(2,), dtype=float32)
 * ```
 */
export function add(a: TensorLike, b: TensorLike): Tensor {
  return binary(addOp, a, b);
}

/**
 * a - b, elementwise with broadcasting.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.subtract([5, 7], [1, 2]).arraySync()); // [4, 5]
 * ```
 */
export function subtract(a: TensorLike, b: TensorLike): Tensor {
  return binary(subOp, a, b);
}

/**
 * a * b, elementwise with broadcasting.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.multiply(0.5, [2, 4]).arraySync()); // [1, 2]
 * ```
 */
export function multiply(a: TensorLike, b: TensorLike): Tensor {
  return binary(mulOp, a, b);
}

/**
 * a / b, elementwise with broadcasting. For int32 it is floor division, as
 * TensorFlow's `//`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.divide([1, 3], 2).arraySync()); // [0.5, 1.5]
 * ```
 */
export function divide(a: TensorLike, b: TensorLike): Tensor {
  return binary(divOp, a, b);
}

/**
 * floor(a / b), elementwise with broadcasting (rounds toward -infinity).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.floorDiv([7, -7], 2).arraySync()); // [3, -4]
 * ```
 */
export function floorDiv(a: TensorLike, b: TensorLike): Tensor {
  return binary(floorDivOp, a, b);
}

/**
 * Floor modulo: the remainder of floorDiv, with the sign of b (Python's %).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.mod([7, -7], 3).arraySync()); // [1, 2]
 * ```
 */
export function mod(a: TensorLike, b: TensorLike): Tensor {
  return binary(modOp, a, b);
}

/**
 * a raised to b, elementwise with broadcasting. Negative a needs integer b.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.pow([2, 3], 2).arraySync()); // [4, 9]
 * ```
 */
export function pow(a: TensorLike, b: TensorLike): Tensor {
  return binary(powOp, a, b);
}

/**
 * The larger of a and b, elementwise with broadcasting (NaN if either is NaN).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.maximum([1, 5], 3).arraySync()); // [3, 5]
 * ```
 */
export function maximum(a: TensorLike, b: TensorLike): Tensor {
  return binary(maxOp, a, b);
}

/**
 * The smaller of a and b, elementwise with broadcasting (NaN if either is NaN).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.minimum([1, 5], 3).arraySync()); // [1, 3]
 * ```
 */
export function minimum(a: TensorLike, b: TensorLike): Tensor {
  return binary(minOp, a, b);
}

/**
 * (a - b)², elementwise with broadcasting.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.squaredDifference([1, 5], 3).arraySync()); // [4, 4]
 * ```
 */
export function squaredDifference(a: TensorLike, b: TensorLike): Tensor {
  return binary(sqDiffOp, a, b);
}
