// Error measurement in float32 ulp, and the error bounds that the unary ops
// state in their docs (tape/ops/unary.ts, asm/src/math.ts): one table, used by
// tests/unary_test.ts and tests/math_test.ts.

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Smallest magnitude that rounds to infinity in float32: 2^128 (1 - 2^-25). */
export const F32_OVERFLOW = 2 ** 128 * (1 - 2 ** -25);

/**
 * The float32 ulp at an exact value y: 2^(floor(log2 |y|) - 23) for normal
 * magnitudes, 2^-149 below 2^-126.
 */
export function ulp32(y: number): number {
  const a = Math.abs(y);
  if (a < 2 ** -126) return 2 ** -149;
  f32[0] = a;
  let e = ((u32[0] >>> 23) & 0xff) - 127;
  if (2 ** e > a) e -= 1; // a rounded up to the next power of two
  return 2 ** (e - 23);
}

/**
 * The error of a float32 result `got` against an exact (float64) reference
 * `ref`, in ulp of ref. Special values must match exactly (NaN with NaN, an
 * infinity or a value rounding to it with that infinity, the sign of a zero
 * result): a mismatch gives Infinity.
 */
export function ulpError(got: number, ref: number): number {
  if (Number.isNaN(ref)) return Number.isNaN(got) ? 0 : Infinity;
  if (Math.abs(ref) >= F32_OVERFLOW) return got === Math.sign(ref) * Infinity ? 0 : Infinity;
  if (!Number.isFinite(got)) return Infinity;
  if (ref === 0 && got === 0) return Object.is(ref, got) ? 0 : Infinity;
  return Math.abs(got - ref) / ulp32(ref);
}

/** The worst ulp error over two arrays, and where. */
export function maxUlp(
  got: ArrayLike<number>,
  ref: ArrayLike<number>,
): { max: number; at: number } {
  let max = 0, at = -1;
  for (let i = 0; i < got.length; i++) {
    const e = ulpError(got[i], ref[i]);
    if (!(e <= max)) {
      max = e;
      at = i;
    }
  }
  return { max, at };
}

/**
 * Throws when some element's error passes `bound` ulp, naming the input, the
 * result and the reference.
 */
export function assertUlp(
  input: ArrayLike<number>,
  got: ArrayLike<number>,
  ref: ArrayLike<number>,
  bound: number,
  what: string,
): void {
  const { max, at } = maxUlp(got, ref);
  if (!(max <= bound)) {
    throw new Error(
      `${what}: error ${max} ulp > ${bound} at x=${input[at]} ` +
        `(got ${got[at]}, expected ${ref[at]})`,
    );
  }
}

/**
 * Each op's stated error bound in ulp over every float32 input (see the op's
 * doc). 0 = exact, 0.5 = correctly rounded, 0.501 = evaluated in float64 and
 * rounded once.
 */
export const ULP_BOUNDS: Record<string, number> = {
  neg: 0,
  abs: 0,
  sign: 0,
  square: 0.5,
  sqrt: 0.5,
  rsqrt: 0.501,
  reciprocal: 0.5,
  exp: 1.02,
  expm1: 1.6,
  log: 1,
  log1p: 1.5,
  sin: 0.501,
  cos: 0.501,
  tanh: 1.5,
  sigmoid: 2.5,
  softplus: 2,
  relu: 0,
  relu6: 0,
  leakyRelu: 0.5, // x times alpha rounded to float32, as TensorFlow's float attribute
  elu: 1,
  selu: 2,
  gelu: 0.501,
  geluApproximate: 0.501,
  erf: 0.501,
  floor: 0,
  ceil: 0,
  round: 0,
};

/**
 * Each op's error bound in ulp on the WebGPU backend (gpu/kernels/unary.ts):
 * the maximum measured on the software adapter over tests/math_test.ts's
 * sweeps, rounded up. WGSL has no float64, so the ops that wasm evaluates in
 * float64 (sin, cos, erf, gelu, rsqrt) are float32 polynomials here; gelu's
 * erfc fit loses a few ulp in float32 (worst in the far negative tail).
 * A GPU whose division or sqrt is not correctly rounded (WGSL allows 2.5 ulp)
 * may add that much to reciprocal, rsqrt, sqrt, tanh, sigmoid and log1p.
 */
export const GPU_ULP_BOUNDS: Record<string, number> = {
  ...ULP_BOUNDS,
  rsqrt: 1.5,
  exp: 2,
  expm1: 2,
  log: 1,
  log1p: 2.5,
  sin: 2.5,
  cos: 2.5,
  tanh: 1.5,
  sigmoid: 2.5,
  softplus: 3,
  elu: 1,
  selu: 2,
  gelu: 12,
  geluApproximate: 7,
  erf: 3,
};

/** Below this magnitude float32 is subnormal. */
const TINY = 2 ** -126;

/**
 * Like `assertUlp`, with what WGSL lets a GPU do to subnormals: a subnormal
 * input may be read as a zero of its sign (`atZero` gives the op's value
 * there), and a subnormal result may be flushed to zero (an absolute error
 * of 2^-126 is allowed where the exact result is below 2^-126).
 */
export function assertUlpGpu(
  input: ArrayLike<number>,
  got: ArrayLike<number>,
  ref: ArrayLike<number>,
  bound: number,
  what: string,
  atZero?: (negative: boolean) => number,
): void {
  for (let i = 0; i < got.length; i++) {
    let e = ulpError(got[i], ref[i]);
    if (e <= bound) continue;
    const r = ref[i], x = input[i];
    if (Number.isFinite(r) && Math.abs(r) < TINY && Math.abs(got[i] - r) <= TINY) continue;
    if (atZero !== undefined && x !== 0 && Math.abs(x) < TINY) {
      const z = atZero(x < 0);
      e = Math.min(e, ulpError(got[i], z));
      if (e <= bound || (Math.abs(z) < TINY && Math.abs(got[i] - z) <= TINY)) continue;
    }
    throw new Error(
      `${what}: error ${e} ulp > ${bound} at x=${x} (got ${got[i]}, expected ${r})`,
    );
  }
}
