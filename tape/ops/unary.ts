/**
 * Elementwise unary math: each op one SIMD kernel call (asm/src/unary.ts, with
 * the transcendentals in asm/src/math.ts).
 *
 * - float32 for every op; int32 too for neg, abs, sign, square, relu and
 *   relu6 (wrapping arithmetic, as TensorFlow); other ops reject int32 with a
 *   TypeError, as TensorFlow's float-only kernels do.
 * - isNan and isFinite give bool tensors.
 * - Error bounds of the transcendentals are stated on each op, in ulp of the
 *   exact result (ulp(y) = 2^(⌊log₂|y|⌋ − 23), 2^-149 for subnormal y), over
 *   every float32 input; tests/math_test.ts checks them against float64.
 * - On WebGPU (gpu/kernels/unary.ts) every op is a WGSL kernel; WGSL has no
 *   float64, so the transcendentals are float32 polynomials with their own
 *   range reductions, within these bounds in ulp (measured on the software
 *   adapter): exp, expm1 2; log 1; log1p 2.5; sin, cos 2.5 (any argument);
 *   tanh, rsqrt 1.5; sigmoid 2.5; softplus, erf 3; elu 1; selu 2; gelu 12
 *   (its tanh form 7); the rest as on wasm. A GPU may flush subnormals.
 *
 * @module
 */

import { type Call, defineOp, type OpDef, run } from "../op.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { fmtShape } from "../_shape.ts";
import { k } from "../../asm/backend.ts";
import { unaryWgsl } from "../../gpu/kernels/elementwise.ts";
import { mathWgsl } from "../../gpu/kernels/unary.ts";
import { ELEMENTWISE_SPLIT, splitRows, TRANSCENDENTAL_SPLIT } from "./_elementwise.ts";
import { ACT, activationGradCode } from "./_activation.ts";
import { tooSmall } from "../../asm/threads.ts";
import { add, divide, multiply, subtract } from "./arithmetic.ts";
import { cast, greater, less, logicalAnd, where } from "./compare.ts";

// Op codes of asm/src/unary.ts.
const NEG = 0,
  ABS = 1,
  SQUARE = 2,
  SQRT = 3,
  EXP = 4,
  LOG = 5,
  RELU = 6,
  SIGN = 7,
  RSQRT = 8,
  RECIPROCAL = 9,
  EXPM1 = 10,
  LOG1P = 11,
  SIN = 12,
  COS = 13,
  TANH = 14,
  SIGMOID = 15,
  SOFTPLUS = 16,
  RELU6 = 17,
  LEAKY_RELU = 18,
  ELU = 19,
  SELU = 20,
  GELU = 21,
  GELU_TANH = 22,
  ERF = 23,
  FLOOR = 24,
  CEIL = 25,
  ROUND = 26;
// Op codes of unary_f32_bool.
const IS_NAN = 0, IS_FINITE = 1;

/** SELU's constants (Klambauer et al., 2017), as TensorFlow uses them. */
const SELU_ALPHA = 1.6732632423543772848170429916717;
const SELU_SCALE = 1.0507009873554804934193349852946;
const TWO_OVER_SQRT_PI = 1.1283791670955126;
const INV_SQRT_2PI = 0.3989422804014327;
/** √(2/π) and the cubic coefficient of GELU's tanh approximation. */
const GELU_C = 0.7978845608028654, GELU_A = 0.044715;

// ---------------------------------------------------------------- references

// erfc(z) for z >= 1.5 by its continued fraction (Lentz-free, evaluated from
// the tail), with e^(-z²) taken from `z2`, which the caller computes exactly.
function erfcTail(z: number, z2: number): number {
  if (z > 27) return 0;
  let f = z;
  for (let k = z < 3 ? 300 : 80; k >= 1; k--) f = z + k / 2 / f;
  return Math.exp(-z2) / Math.sqrt(Math.PI) / f;
}

// erf(z) for 0 <= z < 1.5 by 2/√π e^(-z²) Σ z (2z²)^n / (2n+1)!!: positive
// terms, no cancellation, ~1e-16 relative.
function erfSeries(z: number): number {
  const z2 = z * z;
  let term = z, sum = z;
  for (let n = 1; n < 200 && term > 1e-17 * sum; n++) {
    term *= (2 * z2) / (2 * n + 1);
    sum += term;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-z2) * sum;
}

/** erfc(z) for z >= 0, given z² (exact for float32 z). Relative error ~1e-14. */
function erfc64(z: number, z2: number): number {
  return z < 1.5 ? 1 - erfSeries(z) : erfcTail(z, z2);
}

function erf64(x: number): number {
  if (Number.isNaN(x) || x === 0) return x; // erf(±0) = ±0
  const a = Math.abs(x);
  const v = a < 1.5 ? erfSeries(a) : 1 - erfcTail(a, a * a);
  return x < 0 ? -v : v;
}

function gelu64(x: number, approximate: boolean): number {
  if (Number.isNaN(x)) return NaN;
  if (x === -Infinity) return -0; // the limit
  if (approximate) {
    // x (1 + tanh u) / 2 = x σ(2u), without the cancellation for x < 0
    const a = 2 * GELU_C * (x + GELU_A * x * x * x);
    const e = Math.exp(-Math.abs(a));
    return x * (a < 0 ? e / (1 + e) : 1 / (1 + e));
  }
  // x Φ(x), Φ(x) = erfc(-x/√2) / 2
  const half = 0.5 * erfc64(Math.abs(x) * Math.SQRT1_2, (x * x) / 2);
  return x * (x < 0 ? half : 1 - half);
}

/**
 * A float64 reference of each op, for tests. `param` is leakyRelu's alpha
 * (default 0.2) or gelu's `approximate` (default false). Bool ops give 0 or 1.
 *
 * @internal
 */
export const unaryRefs: Record<string, (x: number, param?: number | boolean) => number> = {
  neg: (x) => -x,
  abs: Math.abs,
  sign: (x) => (x > 0 ? 1 : x < 0 ? -1 : x), // ±0 and NaN map to themselves
  square: (x) => x * x,
  sqrt: Math.sqrt,
  rsqrt: (x) => 1 / Math.sqrt(x),
  reciprocal: (x) => 1 / x,
  exp: Math.exp,
  expm1: Math.expm1,
  log: Math.log,
  log1p: Math.log1p,
  sin: Math.sin,
  cos: Math.cos,
  tanh: Math.tanh,
  sigmoid: (x) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
  softplus: (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))),
  relu: (x) => (Number.isNaN(x) ? NaN : Math.max(x, 0)),
  relu6: (x) => (Number.isNaN(x) ? NaN : Math.min(Math.max(x, 0), 6)),
  // alpha is a float32 attribute in TensorFlow: x > 0 ? x : fl32(alpha) x
  leakyRelu: (x, alpha = 0.2) => (x > 0 ? x : Math.fround(alpha as number) * x),
  elu: (x) => (x > 0 ? x : Math.expm1(x)),
  selu: (x) => (x > 0 ? SELU_SCALE * x : SELU_SCALE * SELU_ALPHA * Math.expm1(x)),
  gelu: (x, approximate = false) => gelu64(x, approximate as boolean),
  erf: erf64,
  floor: Math.floor,
  ceil: Math.ceil,
  round: (x) => {
    // half to even
    const r = Math.round(x);
    return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
  },
  isNan: (x) => +Number.isNaN(x),
  isFinite: (x) => +Number.isFinite(x),
};

// ---------------------------------------------------------------- declarations

interface UnaryAttrs {
  /** leakyRelu's slope. */
  alpha?: number;
  /** gelu's tanh form. */
  approximate?: boolean;
}

const NO_ATTRS: UnaryAttrs = Object.freeze({});

// Cheap ops (a few instructions an element, bound by memory) split across
// threads from ELEMENTWISE_SPLIT elements; the others from TRANSCENDENTAL_SPLIT.
const CHEAP = new Set([NEG, ABS, SQUARE, RELU, SIGN, RELU6, LEAKY_RELU, FLOOR, CEIL, ROUND]);

/** Runs unary_f32 / unary_i32 over n elements, split across threads when large. */
function unaryRun(code: number, int: boolean, x: number, o: number, n: number, alpha: number) {
  const split = CHEAP.has(code) ? ELEMENTWISE_SPLIT : TRANSCENDENTAL_SPLIT;
  if (tooSmall(n, split)) {
    if (int) k.unary_i32(code, x, o, n);
    else k.unary_f32(code, x, o, n, alpha);
  } else if (int) {
    splitRows("unary_i32", n, split, (s0, m) => [code, x + 4 * s0, o + 4 * s0, m]);
  } else {
    splitRows("unary_f32", n, split, (s0, m) => [code, x + 4 * s0, o + 4 * s0, m, alpha]);
  }
}

/** The kernel of op `code`: float32, or int32 for the ops that have it. */
function kernel(code: number) {
  return (c: Call<UnaryAttrs>) =>
    unaryRun(
      code,
      c.ins[0].dtype === "int32",
      c.pin[0],
      c.pout[0],
      c.outs[0].size,
      c.attrs.alpha ?? 0,
    );
}

function boolKernel(code: number) {
  return (c: Call<UnaryAttrs>) => k.unary_f32_bool(code, c.pin[0], c.pout[0], c.outs[0].size);
}

/** Validates the dtype and runs a unary op (output dtype = input dtype unless `outBool`). */
function unary(
  def: OpDef<UnaryAttrs>,
  x: TensorLike,
  { attrs = NO_ATTRS, ints = false, outBool = false } = {},
): Tensor {
  const t = toTensor(def.name, x);
  if (t.dtype !== "float32" && !(ints && t.dtype === "int32")) {
    const want = ints ? "a float32 or int32 tensor" : "a float32 tensor";
    const why = t.dtype === "int32"
      ? `TensorFlow's ${def.name} is defined for floats only; tf.cast(x, "float32") first`
      : `tf.cast(x, "float32") first`;
    throw new TypeError(
      `${def.name}: expected ${want}, got ${t.dtype} ${fmtShape(t.shape)}; ${why}`,
    );
  }
  return run(def, [t], attrs, t.shape, outBool ? "bool" : t.dtype);
}

// gelu's two forms: two WGSL programs
const geluGpu = unaryWgsl("gelu", { float32: "u_gelu(x)" }, mathWgsl("u_gelu"));
const geluTanhGpu = unaryWgsl("gelu_tanh", { float32: "u_gelu_tanh(x)" }, mathWgsl("u_gelu_tanh"));

const PIECEWISE_CONSTANT = "piecewise constant: its derivative is zero almost everywhere";

/** A float 0/1 mask of a bool tensor, in dy's dtype. */
const mask = (b: Tensor, dy: Tensor) => cast(b, dy.dtype);

const negOp = defineOp<UnaryAttrs>({
  name: "neg",
  wasm: kernel(NEG),
  webgpu: unaryWgsl("neg", { float32: "u_neg(x)", int32: "-x" }, mathWgsl("u_base")),
  grad: ({ dy }) => [neg(dy)],
});
const absOp = defineOp<UnaryAttrs>({
  name: "abs",
  wasm: kernel(ABS),
  webgpu: unaryWgsl("abs", { float32: "u_abs(x)", int32: "abs(x)" }, mathWgsl("u_base")),
  // d|x| = sign(x) dx (0 at 0, as TensorFlow)
  grad: ({ dy, ins: [x] }) => [multiply(dy, sign(x))],
});
const signOp = defineOp<UnaryAttrs>({
  name: "sign",
  wasm: kernel(SIGN),
  webgpu: unaryWgsl("sign", { float32: "u_sign(x)", int32: "sign(x)" }, mathWgsl("u_misc")),
  notDifferentiable: PIECEWISE_CONSTANT,
});
const squareOp = defineOp<UnaryAttrs>({
  name: "square",
  wasm: kernel(SQUARE),
  webgpu: unaryWgsl("square", { float32: "x * x", int32: "x * x" }),
  // d(x²) = 2x dx
  grad: ({ dy, ins: [x] }) => [multiply(dy, multiply(x, 2))],
});
const sqrtOp = defineOp<UnaryAttrs>({
  name: "sqrt",
  wasm: kernel(SQRT),
  webgpu: unaryWgsl("sqrt", { float32: "u_sqrt(x)" }, mathWgsl("u_misc")),
  // d√x = dx / (2√x)
  grad: ({ dy, out }) => [divide(dy, multiply(out, 2))],
});
const rsqrtOp = defineOp<UnaryAttrs>({
  name: "rsqrt",
  wasm: kernel(RSQRT),
  webgpu: unaryWgsl("rsqrt", { float32: "u_rsqrt(x)" }, mathWgsl("u_misc")),
  // d x^(-1/2) = -x^(-3/2) / 2 dx = -y³ / 2 dx
  grad: ({ dy, out }) => [multiply(dy, multiply(-0.5, multiply(out, square(out))))],
});
const reciprocalOp = defineOp<UnaryAttrs>({
  name: "reciprocal",
  wasm: kernel(RECIPROCAL),
  webgpu: unaryWgsl("reciprocal", { float32: "u_reciprocal(x)" }, mathWgsl("u_misc")),
  // d(1/x) = -dx / x² = -y² dx
  grad: ({ dy, out }) => [neg(multiply(dy, square(out)))],
});
const expOp = defineOp<UnaryAttrs>({
  name: "exp",
  wasm: kernel(EXP),
  webgpu: unaryWgsl("exp", { float32: "u_exp(x)" }, mathWgsl("u_exp")),
  // d e^x = e^x dx: reuse the saved output
  grad: ({ dy, out }) => [multiply(dy, out)],
});
const expm1Op = defineOp<UnaryAttrs>({
  name: "expm1",
  wasm: kernel(EXPM1),
  webgpu: unaryWgsl("expm1", { float32: "u_expm1(x)" }, mathWgsl("u_expm1")),
  // d(e^x - 1) = e^x dx (not y + 1, which cancels where e^x is small)
  grad: ({ dy, ins: [x] }) => [multiply(dy, exp(x))],
});
const logOp = defineOp<UnaryAttrs>({
  name: "log",
  wasm: kernel(LOG),
  webgpu: unaryWgsl("log", { float32: "u_log(x)" }, mathWgsl("u_log")),
  // d ln x = dx / x
  grad: ({ dy, ins: [x] }) => [divide(dy, x)],
});
const log1pOp = defineOp<UnaryAttrs>({
  name: "log1p",
  wasm: kernel(LOG1P),
  webgpu: unaryWgsl("log1p", { float32: "u_log1p(x)" }, mathWgsl("u_log1p")),
  // d ln(1 + x) = dx / (1 + x)
  grad: ({ dy, ins: [x] }) => [divide(dy, add(x, 1))],
});
const sinOp = defineOp<UnaryAttrs>({
  name: "sin",
  wasm: kernel(SIN),
  webgpu: unaryWgsl("sin", { float32: "u_sincos(x, false)" }, mathWgsl("u_sincos")),
  // d sin x = cos x dx
  grad: ({ dy, ins: [x] }) => [multiply(dy, cos(x))],
});
const cosOp = defineOp<UnaryAttrs>({
  name: "cos",
  wasm: kernel(COS),
  webgpu: unaryWgsl("cos", { float32: "u_sincos(x, true)" }, mathWgsl("u_sincos")),
  // d cos x = -sin x dx
  grad: ({ dy, ins: [x] }) => [neg(multiply(dy, sin(x)))],
});
const tanhOp = defineOp<UnaryAttrs>({
  name: "tanh",
  wasm: kernel(TANH),
  webgpu: unaryWgsl("tanh", { float32: "u_tanh(x)" }, mathWgsl("u_tanh")),
  // d tanh x = (1 - tanh² x) dx
  grad: ({ dy, out }) => [multiply(dy, subtract(1, square(out)))],
});
const sigmoidOp = defineOp<UnaryAttrs>({
  name: "sigmoid",
  wasm: kernel(SIGMOID),
  webgpu: unaryWgsl("sigmoid", { float32: "u_sigmoid(x)" }, mathWgsl("u_sigmoid")),
  // dσ = σ (1 - σ) dx
  grad: ({ dy, out }) => [multiply(dy, multiply(out, subtract(1, out)))],
});
const softplusOp = defineOp<UnaryAttrs>({
  name: "softplus",
  wasm: kernel(SOFTPLUS),
  webgpu: unaryWgsl("softplus", { float32: "u_softplus(x)" }, mathWgsl("u_softplus")),
  // d ln(1 + e^x) = σ(x) dx
  grad: ({ dy, ins: [x] }) => [multiply(dy, sigmoid(x))],
});
const reluOp = defineOp<UnaryAttrs>({
  name: "relu",
  wasm: kernel(RELU),
  webgpu: unaryWgsl("relu", { float32: "u_relu(x)", int32: "max(x, 0)" }, mathWgsl("u_misc")),
  // d relu(x) = dx where x > 0, else 0 (0 at 0, as TensorFlow): one kernel
  // (TensorFlow's ReluGrad) from the output, y > 0 exactly where x > 0
  grad: (
    { dy, out },
  ) => [
    dy.dtype === "float32"
      ? activationGradCode(dy, out, ACT.relu, 0)
      : multiply(dy, mask(greater(out, 0), dy)),
  ],
});
const relu6Op = defineOp<UnaryAttrs>({
  name: "relu6",
  wasm: kernel(RELU6),
  webgpu: unaryWgsl(
    "relu6",
    { float32: "u_relu6(x)", int32: "clamp(x, 0, 6)" },
    mathWgsl("u_misc"),
  ),
  // d relu6(x) = dx where 0 < x < 6, else 0: one kernel from the output (0 < y < 6 there)
  grad: ({ dy, ins: [x], out }) => [
    dy.dtype === "float32"
      ? activationGradCode(dy, out, ACT.relu6, 0)
      : multiply(dy, mask(logicalAnd(greater(x, 0), less(x, 6)), dy)),
  ],
});
const leakyReluOp = defineOp<UnaryAttrs>({
  name: "leakyRelu",
  wasm: kernel(LEAKY_RELU),
  webgpu: unaryWgsl("leakyRelu", { float32: "u_leaky(x, alpha)" }, mathWgsl("u_misc")),
  // d leakyRelu(x) = dx where x > 0, alpha dx elsewhere
  grad: ({ dy, ins: [x], attrs }) => [multiply(dy, where(greater(x, 0), 1, attrs.alpha!))],
});
const eluOp = defineOp<UnaryAttrs>({
  name: "elu",
  wasm: kernel(ELU),
  webgpu: unaryWgsl("elu", { float32: "u_elu(x)" }, mathWgsl("u_elu")),
  // d elu(x) = dx where x > 0, e^x dx elsewhere
  grad: ({ dy, ins: [x] }) => [where(greater(x, 0), dy, multiply(dy, exp(x)))],
});
const seluOp = defineOp<UnaryAttrs>({
  name: "selu",
  wasm: kernel(SELU),
  webgpu: unaryWgsl("selu", { float32: "u_selu(x)" }, mathWgsl("u_elu")),
  // d selu(x) = scale dx where x > 0, scale alpha e^x dx elsewhere
  grad: ({ dy, ins: [x] }) => [
    where(
      greater(x, 0),
      multiply(dy, SELU_SCALE),
      multiply(dy, multiply(exp(x), SELU_SCALE * SELU_ALPHA)),
    ),
  ],
});
const geluOp = defineOp<UnaryAttrs>({
  name: "gelu",
  wasm: (c) =>
    unaryRun(c.attrs.approximate ? GELU_TANH : GELU, false, c.pin[0], c.pout[0], c.outs[0].size, 0),
  webgpu: (c) => (c.attrs.approximate ? geluTanhGpu : geluGpu)(c),
  grad: ({ dy, ins: [x], attrs }) => {
    if (attrs.approximate) {
      // y = x (1 + t) / 2, t = tanh u, u = c (x + a x³):
      // dy/dx = (1 + t) / 2 + x (1 - t²) c (1 + 3a x²) / 2
      const x2 = square(x);
      const t = tanh(multiply(GELU_C, add(x, multiply(GELU_A, multiply(x, x2)))));
      const du = multiply(GELU_C, add(1, multiply(3 * GELU_A, x2)));
      const g = add(
        multiply(0.5, add(1, t)),
        multiply(multiply(0.5, x), multiply(subtract(1, square(t)), du)),
      );
      return [multiply(dy, g)];
    }
    // d(x Φ(x)) = (Φ(x) + x φ(x)) dx, φ(x) = e^(-x²/2) / √(2π)
    const cdf = multiply(0.5, add(1, erf(multiply(x, Math.SQRT1_2))));
    const pdf = multiply(INV_SQRT_2PI, exp(multiply(-0.5, square(x))));
    return [multiply(dy, add(cdf, multiply(x, pdf)))];
  },
});
const erfOp = defineOp<UnaryAttrs>({
  name: "erf",
  wasm: kernel(ERF),
  webgpu: unaryWgsl("erf", { float32: "u_erf(x)" }, mathWgsl("u_erf")),
  // d erf x = 2/√π e^(-x²) dx
  grad: ({ dy, ins: [x] }) => [multiply(dy, multiply(TWO_OVER_SQRT_PI, exp(neg(square(x)))))],
});
const floorOp = defineOp<UnaryAttrs>({
  name: "floor",
  wasm: kernel(FLOOR),
  webgpu: unaryWgsl("floor", { float32: "u_floor(x)" }, mathWgsl("u_misc")),
  notDifferentiable: PIECEWISE_CONSTANT,
});
const ceilOp = defineOp<UnaryAttrs>({
  name: "ceil",
  wasm: kernel(CEIL),
  webgpu: unaryWgsl("ceil", { float32: "u_ceil(x)" }, mathWgsl("u_misc")),
  notDifferentiable: PIECEWISE_CONSTANT,
});
const roundOp = defineOp<UnaryAttrs>({
  name: "round",
  wasm: kernel(ROUND),
  webgpu: unaryWgsl("round", { float32: "u_round(x)" }, mathWgsl("u_misc")),
  notDifferentiable: PIECEWISE_CONSTANT,
});
const isNanOp = defineOp<UnaryAttrs>({
  name: "isNan",
  wasm: boolKernel(IS_NAN),
  webgpu: unaryWgsl("isNan", { float32: "select(0u, 1u, u_isnan(x))" }, mathWgsl("u_base")),
  notDifferentiable: "a bool-valued test",
});
const isFiniteOp = defineOp<UnaryAttrs>({
  name: "isFinite",
  wasm: boolKernel(IS_FINITE),
  webgpu: unaryWgsl("isFinite", {
    float32: "select(0u, 1u, (bitcast<u32>(x) & 0x7f800000u) != 0x7f800000u)",
  }),
  notDifferentiable: "a bool-valued test",
});

const INTS = { ints: true };

// ---------------------------------------------------------------- public ops

/**
 * -x, elementwise. float32 or int32 (-(-2³¹) wraps to -2³¹).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.neg([1, -2]).arraySync()); // [-1, 2]
 * ```
 */
export function neg(x: TensorLike): Tensor {
  return unary(negOp, x, INTS);
}

/**
 * |x|, elementwise. float32 or int32 (|-2³¹| wraps to -2³¹, as TensorFlow).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.abs([1, -2]).arraySync()); // [1, 2]
 * ```
 */
export function abs(x: TensorLike): Tensor {
  return unary(absOp, x, INTS);
}

/**
 * The sign of x, elementwise: -1 for x < 0, 1 for x > 0, and x itself for
 * ±0 and NaN. float32 or int32. Not differentiable (zero almost everywhere).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.sign([-3, 0, 2]).arraySync()); // [-1, 0, 1]
 * ```
 */
export function sign(x: TensorLike): Tensor {
  return unary(signOp, x, INTS);
}

/**
 * x², elementwise. float32 or int32 (wrapping).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.square([3]).arraySync()); // [9]
 * ```
 */
export function square(x: TensorLike): Tensor {
  return unary(squareOp, x, INTS);
}

/**
 * √x, elementwise, correctly rounded (NaN for x < 0, √-0 = -0).
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
 * 1 / √x, elementwise, evaluated in float64 and rounded once: max error
 * 0.501 ulp. rsqrt(0) = inf, rsqrt(-0) = -inf, NaN for x < 0.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.rsqrt([4, 0.25]).arraySync()); // [0.5, 2]
 * ```
 */
export function rsqrt(x: TensorLike): Tensor {
  return unary(rsqrtOp, x);
}

/**
 * 1 / x, elementwise, correctly rounded (1/±0 = ±inf).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.reciprocal([2, -4]).arraySync()); // [0.5, -0.25]
 * ```
 */
export function reciprocal(x: TensorLike): Tensor {
  return unary(reciprocalOp, x);
}

/**
 * e^x, elementwise. Max error 1.02 ulp over every float32 x; +inf above
 * 88.72, 0 below -103.97.
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
 * e^x - 1, elementwise, accurate for small x where `exp(x) - 1` cancels. Max
 * error 1.6 ulp over every float32 x; expm1(±0) = ±0, -1 below -17.33.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.expm1([0, 1e-10]).arraySync()); // [0, 1.000000013351432e-10]
 * ```
 */
export function expm1(x: TensorLike): Tensor {
  return unary(expm1Op, x);
}

/**
 * ln x, elementwise. Max error 1 ulp over every positive float32 x
 * (subnormals included); log(±0) = -inf, NaN for x < 0.
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
 * ln(1 + x), elementwise, accurate for small x where `log(1 + x)` loses
 * digits. Max error 1.5 ulp over every float32 x; log1p(-1) = -inf, NaN for
 * x < -1.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.log1p([0, 1e-10]).arraySync()); // [0, 1.000000013351432e-10]
 * ```
 */
export function log1p(x: TensorLike): Tensor {
  return unary(log1pOp, x);
}

/**
 * sin x, elementwise. Evaluated in float64 and rounded once: max error 0.501
 * ulp for every finite float32 x, however large (arguments are reduced by
 * π/2 exactly enough: two-part Cody-Waite below 2²⁰, Payne-Hanek with 2/π to
 * 96 bits above). NaN for ±inf.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.sin([0, Math.PI / 2]).arraySync()); // [0, 1]
 * ```
 */
export function sin(x: TensorLike): Tensor {
  return unary(sinOp, x);
}

/**
 * cos x, elementwise. Evaluated in float64 and rounded once: max error 0.501
 * ulp for every finite float32 x, however large (see `sin`). NaN for ±inf.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.cos([0]).arraySync()); // [1]
 * ```
 */
export function cos(x: TensorLike): Tensor {
  return unary(cosOp, x);
}

/**
 * tanh x, elementwise. Max error 1.5 ulp over every float32 x (relative, also
 * for tiny x); exactly odd, ±1 beyond |x| = 9.01.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.tanh([0, 20]).arraySync()); // [0, 1]
 * ```
 */
export function tanh(x: TensorLike): Tensor {
  return unary(tanhOp, x);
}

/**
 * The logistic function 1 / (1 + e^-x), elementwise. Max error 2.5 ulp over
 * every float32 x, relative also in the far negative tail (no underflow to 0
 * before the result itself underflows).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.sigmoid([0]).arraySync()); // [0.5]
 * ```
 */
export function sigmoid(x: TensorLike): Tensor {
  return unary(sigmoidOp, x);
}

/**
 * ln(1 + e^x), elementwise, without overflow for large x or cancellation for
 * negative x. Max error 2 ulp over every float32 x.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.softplus([0, 100]).arraySync()); // [0.6931471824645996, 100]
 * ```
 */
export function softplus(x: TensorLike): Tensor {
  return unary(softplusOp, x);
}

/**
 * max(x, 0), elementwise (NaN stays NaN). float32 or int32.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.relu([-1, 2]).arraySync()); // [0, 2]
 * ```
 */
export function relu(x: TensorLike): Tensor {
  return unary(reluOp, x, INTS);
}

/**
 * min(max(x, 0), 6), elementwise (NaN stays NaN). float32 or int32.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.relu6([-1, 3, 8]).arraySync()); // [0, 3, 6]
 * ```
 */
export function relu6(x: TensorLike): Tensor {
  return unary(relu6Op, x, INTS);
}

/**
 * x for x > 0, alpha x elsewhere (`tf.nn.leaky_relu`, alpha 0.2 by default).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.leakyRelu([-1, 2]).arraySync()); // [-0.20000000298023224, 2]
 * console.log(tf.leakyRelu([-1, 2], 0.5).arraySync()); // [-0.5, 2]
 * ```
 */
export function leakyRelu(x: TensorLike, alpha = 0.2): Tensor {
  if (typeof alpha !== "number" || !Number.isFinite(alpha)) {
    throw new TypeError(`leakyRelu: alpha must be a finite number, got ${String(alpha)}`);
  }
  return unary(leakyReluOp, x, { attrs: { alpha } });
}

/**
 * x for x > 0, e^x - 1 elsewhere (`tf.nn.elu`). Max error 1 ulp (expm1 on the
 * negative side).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.elu([-100, 2]).arraySync()); // [-1, 2]
 * ```
 */
export function elu(x: TensorLike): Tensor {
  return unary(eluOp, x);
}

/**
 * scale · (x for x > 0, alpha (e^x - 1) elsewhere), with TensorFlow's
 * scale = 1.0507009873554805 and alpha = 1.6732632423543772 (`tf.nn.selu`).
 * Max error 2 ulp.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.selu([1]).arraySync()); // [1.0507010221481323]
 * ```
 */
export function selu(x: TensorLike): Tensor {
  return unary(seluOp, x);
}

/**
 * GELU, x Φ(x) with Φ the standard normal CDF (`tf.nn.gelu`). By default the
 * exact form x (1 + erf(x/√2)) / 2; `approximate = true` gives the tanh form
 * x (1 + tanh(√(2/π)(x + 0.044715 x³))) / 2. Both are evaluated in float64
 * and rounded once: max error 0.501 ulp over every float32 x, relative also
 * in the negative tail where the formulas as written cancel to 0.
 * gelu(-inf) = -0 (the limit).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.gelu([0, 10]).arraySync()); // [0, 10]
 * console.log(tf.gelu([1]).arraySync()); // [0.8413447737693787]
 * console.log(tf.gelu([1], true).arraySync()); // [0.8411920070648193]
 * ```
 */
export function gelu(x: TensorLike, approximate = false): Tensor {
  if (typeof approximate !== "boolean") {
    throw new TypeError(`gelu: approximate must be true or false, got ${String(approximate)}`);
  }
  return unary(geluOp, x, { attrs: approximate ? { approximate } : NO_ATTRS });
}

/**
 * The error function erf x = 2/√π ∫₀ˣ e^(-t²) dt, elementwise. Evaluated in
 * float64 and rounded once: max error 0.501 ulp over every float32 x
 * (relative, also for tiny x); erf(±inf) = ±1.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.erf([0, 5]).arraySync()); // [0, 1]
 * ```
 */
export function erf(x: TensorLike): Tensor {
  return unary(erfOp, x);
}

/**
 * The largest integer <= x, elementwise (floor(-0.5) = -0). Not differentiable.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.floor([1.5, -1.5]).arraySync()); // [1, -2]
 * ```
 */
export function floor(x: TensorLike): Tensor {
  return unary(floorOp, x);
}

/**
 * The smallest integer >= x, elementwise. Not differentiable.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.ceil([1.5, -1.5]).arraySync()); // [2, -1]
 * ```
 */
export function ceil(x: TensorLike): Tensor {
  return unary(ceilOp, x);
}

/**
 * The nearest integer, halves to even (as `tf.round`: 0.5 → 0, 1.5 → 2,
 * 2.5 → 2). Not differentiable.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.round([0.5, 1.5, 2.5, -0.7]).arraySync()); // [0, 2, 2, -1]
 * ```
 */
export function round(x: TensorLike): Tensor {
  return unary(roundOp, x);
}

/**
 * Whether each element is NaN (a bool tensor). float32 only, as TensorFlow.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.isNan([1, NaN]).arraySync()); // [false, true]
 * ```
 */
export function isNan(x: TensorLike): Tensor {
  return unary(isNanOp, x, { outBool: true });
}

/**
 * Whether each element is finite: not ±inf and not NaN (a bool tensor).
 * float32 only, as TensorFlow.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.isFinite([1, Infinity, NaN]).arraySync()); // [true, false, false]
 * ```
 */
export function isFinite(x: TensorLike): Tensor {
  return unary(isFiniteOp, x, { outBool: true });
}
