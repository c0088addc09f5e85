/**
 * Elementwise unary math: each op one SIMD kernel call (asm/src/unary.ts).
 *
 * @module
 */

import { defineOp, type OpDef, run } from "../op.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { fmtShape } from "../_shape.ts";
import { k } from "../../asm/backend.ts";
import { divide, multiply } from "./arithmetic.ts";
import { cast, greater } from "./compare.ts";

// Op codes of asm/src/unary.ts.
const NEG = 0, ABS = 1, SQUARE = 2, SQRT = 3, EXP = 4, LOG = 5, RELU = 6;

interface UnaryAttrs {
  alpha: number;
}

/** A float64 reference of each op, for tests. */
export const unaryRefs: Record<string, (x: number) => number> = {
  neg: (x) => -x,
  abs: Math.abs,
  square: (x) => x * x,
  sqrt: Math.sqrt,
  exp: Math.exp,
  log: Math.log,
  relu: (x) => (Number.isNaN(x) ? NaN : Math.max(x, 0)),
};

function kernel(code: number) {
  return (
    c: {
      outs: readonly Tensor[];
      pin: readonly number[];
      pout: readonly number[];
      attrs: UnaryAttrs;
    },
  ) => k.unary_f32(code, c.pin[0], c.pout[0], c.outs[0].size, c.attrs.alpha);
}

const NO_ALPHA: UnaryAttrs = { alpha: 0 };

function unary(def: OpDef<UnaryAttrs>, x: TensorLike, attrs = NO_ALPHA): Tensor {
  const t = toTensor(def.name, x);
  if (t.dtype !== "float32") {
    throw new TypeError(
      `${def.name}: expected a float32 tensor, got ${t.dtype} ${
        fmtShape(t.shape)
      }; tf.cast it first`,
    );
  }
  return run(def, [t], attrs, t.shape, t.dtype);
}

const negOp = defineOp<UnaryAttrs>({
  name: "neg",
  wasm: kernel(NEG),
  grad: ({ dy }) => [neg(dy)],
});
const absOp = defineOp<UnaryAttrs>({
  name: "abs",
  wasm: kernel(ABS),
  // d|x| = sign(x) dx
  grad: ({ dy, ins: [x] }) => [multiply(dy, sign(x))],
});
const squareOp = defineOp<UnaryAttrs>({
  name: "square",
  wasm: kernel(SQUARE),
  // d(x²) = 2x dx
  grad: ({ dy, ins: [x] }) => [multiply(dy, multiply(x, 2))],
});
const sqrtOp = defineOp<UnaryAttrs>({
  name: "sqrt",
  wasm: kernel(SQRT),
  // d√x = dx / (2√x)
  grad: ({ dy, out }) => [divide(dy, multiply(out, 2))],
});
const expOp = defineOp<UnaryAttrs>({
  name: "exp",
  wasm: kernel(EXP),
  // d e^x = e^x dx: reuse the saved output
  grad: ({ dy, out }) => [multiply(dy, out)],
});
const logOp = defineOp<UnaryAttrs>({
  name: "log",
  wasm: kernel(LOG),
  // d ln x = dx / x
  grad: ({ dy, ins: [x] }) => [divide(dy, x)],
});
const reluOp = defineOp<UnaryAttrs>({
  name: "relu",
  wasm: kernel(RELU),
  // d relu(x) = dx where x > 0
  grad: ({ dy, ins: [x] }) => [multiply(dy, cast(greater(x, 0), "float32"))],
});

/**
 * -x, elementwise.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.neg([1, -2]).arraySync()); // [-1, 2]
 * ```
 */
export function neg(x: TensorLike): Tensor {
  return unary(negOp, x);
}

/**
 * |x|, elementwise.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.abs([1, -2]).arraySync()); // [1, 2]
 * ```
 */
export function abs(x: TensorLike): Tensor {
  return unary(absOp, x);
}

/**
 * x², elementwise.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.square([3]).arraySync()); // [9]
 * ```
 */
export function square(x: TensorLike): Tensor {
  return unary(squareOp, x);
}

/**
 * √x, elementwise (NaN for x < 0).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.sqrt([4, 9]).arraySync()); // [2, 3]
 * ```
 */
export function sqrt(x: TensorLike): Tensor {
  return unary(sqrtOp, x);
}

/**
 * e^x, elementwise. Max error 2 ulp (asm/src/math.ts).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.exp([0]).arraySync()); // [1]
 * ```
 */
export function exp(x: TensorLike): Tensor {
  return unary(expOp, x);
}

/**
 * ln x, elementwise. Max error 2 ulp (asm/src/math.ts).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.log([1]).arraySync()); // [0]
 * ```
 */
export function log(x: TensorLike): Tensor {
  return unary(logOp, x);
}

/**
 * max(x, 0), elementwise.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.relu([-1, 2]).arraySync()); // [0, 2]
 * ```
 */
export function relu(x: TensorLike): Tensor {
  return unary(reluOp, x);
}

/** sign(x): -1, 0 or 1 (placeholder until the unary family lands). */
export function sign(x: TensorLike): Tensor {
  const t = toTensor("sign", x);
  return divide(t, abs(t)); // TODO(unary family): a kernel; this gives NaN at 0
}
