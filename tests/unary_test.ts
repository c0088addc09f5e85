import * as tf from "../mod.ts";
import { unaryRefs } from "../tape/ops/unary.ts";
import { assertClose, assertThrows, freshSeed, numel, rng, testEachBackend } from "./_util.ts";
import { assertUlp, assertUlpGpu, GPU_ULP_BOUNDS, ULP_BOUNDS } from "./_ulp.ts";
import { allOnGpu, checkGradientsOn } from "./_batch.ts";
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";

// Shapes: SIMD tails (sizes 1, 7, 15 ...), scalars, zero-size dimensions, and
// sizes above 256 elements (heap-resident tensors; the others are staged).
const SHAPES: number[][] = [
  [7],
  [1],
  [],
  [4],
  [5, 3],
  [2, 3, 5],
  [0, 3],
  [2, 0],
  [33, 17],
  [300],
  [40, 40],
  [1027],
];

interface Spec {
  fn: (x: tf.Tensor) => tf.Tensor;
  ref: (x: number) => number;
  /** Range of the random inputs. */
  lo: number;
  hi: number;
  /** Stated error bound, in ulp. */
  bound: number;
  /** Stated error bound on the WebGPU backend, in ulp (tests/_ulp.ts). */
  gpuBound: number;
}

const f = (name: string) => (tf as unknown as Record<string, (x: tf.Tensor) => tf.Tensor>)[name];

function spec(name: string, lo: number, hi: number, over: Partial<Spec> = {}): Spec {
  return {
    fn: f(name),
    ref: unaryRefs[name],
    lo,
    hi,
    bound: ULP_BOUNDS[name],
    gpuBound: GPU_ULP_BOUNDS[name],
    ...over,
  };
}

/** Every float32 op, with an input range that covers its interesting region. */
const OPS: Record<string, Spec> = {
  neg: spec("neg", -10, 10),
  abs: spec("abs", -10, 10),
  sign: spec("sign", -3, 3),
  square: spec("square", -1e4, 1e4),
  sqrt: spec("sqrt", 0, 1e4),
  rsqrt: spec("rsqrt", 0, 100),
  reciprocal: spec("reciprocal", -10, 10),
  exp: spec("exp", -105, 90),
  expm1: spec("expm1", -20, 20),
  log: spec("log", 0, 1e4),
  log1p: spec("log1p", -1, 20),
  sin: spec("sin", -1e4, 1e4),
  cos: spec("cos", -1e4, 1e4),
  tanh: spec("tanh", -10, 10),
  sigmoid: spec("sigmoid", -110, 40),
  softplus: spec("softplus", -110, 40),
  relu: spec("relu", -3, 3),
  relu6: spec("relu6", -3, 9),
  leakyRelu: spec("leakyRelu", -3, 3),
  "leakyRelu(alpha 0.55)": spec("leakyRelu", -3, 3, {
    fn: (x) => tf.leakyRelu(x, 0.55),
    ref: (x) => unaryRefs.leakyRelu(x, 0.55),
  }),
  elu: spec("elu", -20, 5),
  selu: spec("selu", -20, 5),
  gelu: spec("gelu", -16, 6),
  "gelu(approximate)": spec("gelu", -12, 6, {
    fn: (x) => tf.gelu(x, true),
    ref: (x) => unaryRefs.gelu(x, true),
    bound: ULP_BOUNDS.geluApproximate,
    gpuBound: GPU_ULP_BOUNDS.geluApproximate,
  }),
  erf: spec("erf", -5, 5),
  floor: spec("floor", -10, 10),
  ceil: spec("ceil", -10, 10),
  round: spec("round", -10, 10),
};

const FLT_MAX = 3.4028234663852886e38;
/** Special values every op must get right: signed zeros, infinities, NaN, subnormals, extremes. */
const SPECIALS = [
  NaN,
  Infinity,
  -Infinity,
  0,
  -0,
  1e-40,
  -1e-40,
  1.401298464324817e-45,
  FLT_MAX,
  -FLT_MAX,
  1,
  -1,
  0.5,
  -0.5,
  1.5,
  2.5,
  -2.5,
  1e30,
  -1e30,
  1e-7,
  -1e-7,
];

/** n random inputs in [lo, hi), rounded to float32; a quarter of them exact halves for round. */
function inputs(r: () => number, n: number, lo: number, hi: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = lo + (hi - lo) * r();
    if (i % 4 === 3) a[i] = Math.round(a[i] * 2) / 2;
  }
  return a;
}

/** Checks an op's results against the reference within the backend's bound. */
function checkUlp(
  backend: string,
  s: Spec,
  x: ArrayLike<number>,
  got: ArrayLike<number>,
  what: string,
): void {
  const ref = Array.from(x, (v) => s.ref(v));
  if (backend === "webgpu") {
    assertUlpGpu(x, got, ref, s.gpuBound, what, (neg) => s.ref(neg ? -0 : 0));
  } else assertUlp(x, got, ref, s.bound, what);
}

testEachBackend(
  "unary float32 ops match the float64 reference within their bounds",
  async (_t, backend) => {
    const seed = freshSeed();
    const r = rng(seed);
    const checks: Promise<() => void>[] = [];
    for (const [name, s] of Object.entries(OPS)) {
      for (const shape of SHAPES) {
        const x = inputs(r, numel(shape), s.lo, s.hi);
        const out = s.fn(tf.constant(x, { shape }));
        assertEquals(out.shape, shape, `${name} ${shape}`);
        assertEquals(out.dtype, "float32");
        checks.push(
          out.data().then((got) => () =>
            checkUlp(backend, s, x, got, `${name} seed=${seed} shape=(${shape})`)
          ),
        );
      }
    }
    for (const c of await Promise.all(checks)) c();
  },
  { gpu: true },
);

testEachBackend(
  "unary ops handle NaN, infinities, signed zeros, subnormals and extremes",
  async (_t, backend) => {
    const checks: Promise<() => void>[] = [];
    for (const [name, s] of Object.entries(OPS)) {
      // In a tensor large enough for the SIMD body, then one value at a time (tail lanes).
      const x = Float32Array.from(SPECIALS);
      checks.push(
        s.fn(tf.constant(x)).data().then((got) => () => checkUlp(backend, s, x, got, name)),
      );
      for (const v of x) {
        checks.push(
          s.fn(tf.constant(v)).data().then((got) => () =>
            checkUlp(backend, s, [v], got, `${name} scalar`)
          ),
        );
      }
    }
    for (const c of await Promise.all(checks)) c();
  },
  { gpu: true },
);

testEachBackend("SIMD body and tail give bit-identical results", async () => {
  // Each element passes through every lane position, body and tail, as the
  // start of the array shifts; small (staged) and heap-resident sizes. (On
  // the GPU: every lane of the vec4 program and the padded last vector.)
  const r = rng(freshSeed());
  const checks: Promise<() => void>[] = [];
  for (const [name, s] of Object.entries(OPS)) {
    for (const n of [23, 301]) {
      const x = inputs(r, n, s.lo, s.hi);
      const parts = [0, 1, 2, 3].map((shift) => s.fn(tf.constant(x.subarray(shift))).data());
      checks.push(
        Promise.all(parts).then((got) => () => {
          const full = new Uint32Array(got[0].buffer, got[0].byteOffset, got[0].length);
          for (let shift = 1; shift < 4; shift++) {
            const g = got[shift];
            const part = new Uint32Array(g.buffer, g.byteOffset, g.length);
            for (let i = 0; i < part.length; i++) {
              if (part[i] !== full[i + shift]) {
                throw new Error(
                  `${name}: x=${x[i + shift]} gives bits ${part[i]} at offset ` +
                    `${i} but ${full[i + shift]} at ${i + shift}`,
                );
              }
            }
          }
        }),
      );
    }
  }
  for (const c of await Promise.all(checks)) c();
}, { gpu: true });

testEachBackend("Tensor methods delegate to the ops", async () => {
  const x = tf.constant([-1.5, -0.2, 0, 0.3, 2.5]);
  const names = [
    "neg",
    "abs",
    "sign",
    "square",
    "sqrt",
    "rsqrt",
    "reciprocal",
    "exp",
    "expm1",
    "log",
    "log1p",
    "sin",
    "cos",
    "tanh",
    "sigmoid",
    "softplus",
    "relu",
    "relu6",
    "leakyRelu",
    "elu",
    "selu",
    "gelu",
    "erf",
    "floor",
    "ceil",
    "round",
    "isNan",
    "isFinite",
  ];
  const pairs: [string, tf.Tensor, tf.Tensor][] = names.map((name) => [
    name,
    (x as unknown as Record<string, () => tf.Tensor>)[name].call(x),
    f(name)(x),
  ]);
  pairs.push(["leakyRelu(0.5)", x.leakyRelu(0.5), tf.leakyRelu(x, 0.5)]);
  pairs.push(["gelu(true)", x.gelu(true), tf.gelu(x, true)]);
  const got = await Promise.all(pairs.map(([, m, o]) => Promise.all([m.array(), o.array()])));
  got.forEach(([m, o], i) => assertEquals(m, o, pairs[i][0]));
}, { gpu: true });

testEachBackend(
  "int32 neg, abs, sign, square, relu, relu6 are exact and wrap as TensorFlow",
  async () => {
    const r = rng(freshSeed());
    const intRefs: Record<string, (x: number) => number> = {
      neg: (x) => -x | 0,
      abs: (x) => Math.abs(x) | 0, // |-2^31| wraps to -2^31
      sign: Math.sign,
      square: (x) => Math.imul(x, x),
      relu: (x) => Math.max(x, 0),
      relu6: (x) => Math.min(Math.max(x, 0), 6),
    };
    const checks: Promise<() => void>[] = [];
    for (const [name, ref] of Object.entries(intRefs)) {
      for (const shape of SHAPES) {
        const n = numel(shape);
        const x = Int32Array.from(
          { length: n },
          (_, i) =>
            i === 0
              ? -2147483648
              : i === 1
              ? 2147483647
              : i % 3 === 0
              ? Math.floor(r() * 17) - 8
              : Math.floor((r() - 0.5) * 2e5),
        );
        const out = f(name)(tf.constant(x, { shape, dtype: "int32" }));
        assertEquals(out.dtype, "int32", name);
        assertEquals(out.shape, shape);
        checks.push(
          out.data().then((got) => () =>
            assertEquals(Array.from(got), Array.from(x, ref), `${name} (${shape})`)
          ),
        );
      }
    }
    for (const c of await Promise.all(checks)) c();
  },
  { gpu: true },
);

testEachBackend("isNan and isFinite give bool tensors", async () => {
  const r = rng(freshSeed());
  const checks: Promise<() => void>[] = [];
  for (const n of [0, 1, 5, 16, 17, 37, 300, 1029]) {
    const x = Float32Array.from(
      { length: n },
      (_, i) => i % 5 === 0 ? SPECIALS[(i / 5) % SPECIALS.length] : (r() - 0.5) * 100,
    );
    for (
      const [name, ref] of [["isNan", unaryRefs.isNan], ["isFinite", unaryRefs.isFinite]] as const
    ) {
      const out = f(name)(tf.constant(x));
      assertEquals(out.dtype, "bool");
      checks.push(
        out.data().then((got) => () =>
          assertEquals(Array.from(got), Array.from(x, ref), `${name} n=${n}`)
        ),
      );
    }
  }
  for (const c of await Promise.all(checks)) c();
  assertEquals(await tf.isNan([[NaN, 1], [2, NaN]]).array(), [[true, false], [false, true]]);
  assertEquals(await tf.isFinite(-Infinity).array(), false);
}, { gpu: true });

testEachBackend(
  "unary ops reject bad input with errors naming the op, dtype and fix",
  async () => {
    const i = tf.constant([1, 2, 3], { dtype: "int32" });
    const b = tf.constant([true, false]);
    for (const name of ["exp", "sqrt", "tanh", "gelu", "floor", "erf", "sin"]) {
      assertThrows(() => f(name)(i), TypeError, name, "int32", "(3,)", "float32", "tf.cast");
    }
    assertThrows(() => tf.isNan(i), TypeError, "isNan", "int32", "tf.cast");
    assertThrows(() => tf.neg(b), TypeError, "neg", "bool", "float32 or int32", "tf.cast");
    assertThrows(() => tf.leakyRelu([1], NaN), TypeError, "leakyRelu", "alpha");
    assertThrows(
      () => tf.gelu([1], "yes" as unknown as boolean),
      TypeError,
      "gelu",
      "approximate",
    );
    assertThrows(() => tf.sin([[1, 2], [3]]), TypeError, "ragged");
    const d = tf.constant(Float32Array.from({ length: 300 }, (_, k) => k));
    d.dispose();
    assertThrows(() => tf.exp(d), TypeError, "exp", "disposed");
    // the module still works
    assertEquals(await tf.exp([0]).array(), [1]);
    assertEquals(await tf.neg(i).array(), [-1, -2, -3]);
  },
  { gpu: true },
);

// ---------------------------------------------------------------- gradients

/** Gradient of sum(f(x)) at the values xs, through the tape. */
function tapeGrad(fn: (x: tf.Tensor) => tf.Tensor, xs: number[]): tf.Tensor | null {
  const x = new tf.Variable(xs);
  const tape = new tf.GradientTape();
  const y = tape.record(() => fn(x));
  return tape.gradient(y, x);
}

/** The gradient's elements (read back on any backend). */
async function grad(
  fn: (x: tf.Tensor) => tf.Tensor,
  xs: number[],
): Promise<Float32Array | null> {
  const g = tapeGrad(fn, xs);
  return g === null ? null : (await g.data()) as Float32Array;
}

testEachBackend("hand-derived gradients of the unary ops", async (_t, backend) => {
  const t = Math.tanh(0.5), s = 1 / (1 + Math.exp(-0.7));
  const scale = 1.0507009873554805, alpha = 1.6732632423543772;
  const cases: [string, (x: tf.Tensor) => tf.Tensor, number[], number[]][] = [
    // d(-x) = -1
    ["neg", tf.neg, [2], [-1]],
    // d|x| = sign x (0 at 0)
    ["abs", tf.abs, [-2, 0, 3], [-1, 0, 1]],
    // d x² = 2x
    ["square", tf.square, [3], [6]],
    // d √x = 1 / (2√x)
    ["sqrt", tf.sqrt, [4], [0.25]],
    // d x^-½ = -½ x^-3/2: at 4, -1/16
    ["rsqrt", tf.rsqrt, [4], [-1 / 16]],
    // d 1/x = -1/x²
    ["reciprocal", tf.reciprocal, [2], [-0.25]],
    // d e^x = e^x
    ["exp", tf.exp, [1], [Math.E]],
    // d (e^x - 1) = e^x; at -20 not y + 1 = 0
    ["expm1", tf.expm1, [0, -20], [1, Math.exp(-20)]],
    // d ln x = 1/x
    ["log", tf.log, [4], [0.25]],
    // d ln(1 + x) = 1/(1 + x)
    ["log1p", tf.log1p, [1], [0.5]],
    // d sin = cos, d cos = -sin
    ["sin", tf.sin, [0, Math.PI], [1, -1]],
    ["cos", tf.cos, [Math.PI / 2], [-1]],
    // d tanh = 1 - tanh²
    ["tanh", tf.tanh, [0.5], [1 - t * t]],
    // dσ = σ(1 - σ)
    ["sigmoid", tf.sigmoid, [0.7], [s * (1 - s)]],
    // d softplus = σ
    ["softplus", tf.softplus, [0.7], [s]],
    // relu: 1 for x > 0, else 0 (0 at 0)
    ["relu", tf.relu, [-1, 0, 2], [0, 0, 1]],
    // relu6: 1 on (0, 6), else 0
    ["relu6", tf.relu6, [-1, 3, 7], [0, 1, 0]],
    // leakyRelu: 1 for x > 0, alpha elsewhere
    ["leakyRelu", (x) => tf.leakyRelu(x, 0.3), [-1, 2], [Math.fround(0.3), 1]],
    // elu: 1 for x > 0, e^x elsewhere
    ["elu", tf.elu, [-1, 2], [Math.exp(-1), 1]],
    // selu: scale for x > 0, scale alpha e^x elsewhere
    ["selu", tf.selu, [-1, 2], [scale * alpha * Math.exp(-1), scale]],
    // gelu: Φ(x) + x φ(x): ½ at 0, Φ(1) + φ(1) at 1
    ["gelu", tf.gelu, [0, 1], [0.5, 0.8413447460685429 + 0.24197072451914337]],
    // tanh form at 0: (1 + tanh 0)/2 = ½
    ["gelu approximate", (x) => tf.gelu(x, true), [0], [0.5]],
    // d erf = 2/√π e^(-x²)
    ["erf", tf.erf, [0, 1], [2 / Math.sqrt(Math.PI), (2 / Math.sqrt(Math.PI)) * Math.exp(-1)]],
  ];
  let ran = 0;
  for (const [name, fn, xs, want] of cases) {
    // On the GPU, the gradients that use ops of families without WGSL
    // kernels yet (comparisons, where) are left to the wasm run.
    if (backend === "webgpu" && !allOnGpu(() => tapeGrad(fn, xs))) continue;
    const g = await grad(fn, xs);
    ok(g !== null, `${name}: no gradient`);
    assertClose(g, want, { rtol: 1e-5, atol: 1e-6 }, name);
    ran++;
  }
  ok(ran === cases.length, `${backend}: only ${ran} of ${cases.length} gradients ran`);
}, { gpu: true });

testEachBackend("unary gradients agree with finite differences", async (_t, backend) => {
  const seed = freshSeed();
  const r = rng(seed);
  // [op, input range]: ranges avoid kinks by more than the difference step.
  const away = (lo: number, hi: number) => () => {
    const v = lo + (hi - lo) * r();
    return r() < 0.5 ? -v : v;
  };
  const uni = (lo: number, hi: number) => () => lo + (hi - lo) * r();
  const cases: [string, (x: tf.Tensor) => tf.Tensor, () => number][] = [
    ["neg", tf.neg, uni(-2, 2)],
    ["abs", tf.abs, away(0.5, 2)],
    ["square", tf.square, uni(-2, 2)],
    ["sqrt", tf.sqrt, uni(1, 3)],
    ["rsqrt", tf.rsqrt, uni(1, 3)],
    ["reciprocal", tf.reciprocal, uni(1, 3)],
    ["exp", tf.exp, uni(-2, 2)],
    ["expm1", tf.expm1, uni(-2, 2)],
    ["log", tf.log, uni(1, 3)],
    ["log1p", tf.log1p, uni(0, 2)],
    ["sin", tf.sin, uni(-3, 3)],
    ["cos", tf.cos, uni(-3, 3)],
    ["tanh", tf.tanh, uni(-2, 2)],
    ["sigmoid", tf.sigmoid, uni(-3, 3)],
    ["softplus", tf.softplus, uni(-3, 3)],
    ["relu", tf.relu, away(0.5, 2)],
    ["relu6", tf.relu6, () => [-1.5, 1.5, 3, 4.5, 7.5][Math.floor(r() * 5)] + 0.2 * r()],
    ["leakyRelu", (x) => tf.leakyRelu(x, 0.1), away(0.5, 2)],
    ["elu", tf.elu, away(0.5, 2)],
    ["selu", tf.selu, away(0.5, 2)],
    ["gelu", tf.gelu, uni(-3, 3)],
    ["gelu approximate", (x) => tf.gelu(x, true), uni(-3, 3)],
    ["erf", tf.erf, uni(-2, 2)],
  ];
  for (const [name, fn, draw] of cases) {
    const xs = Array.from({ length: 9 }, draw);
    const { maxError } = await checkGradientsOn(backend, fn, [xs], {
      throwOnFailure: false,
      seed,
    });
    ok(maxError <= 1e-2, `${name} seed=${seed}: finite-difference error ${maxError} at ${xs}`);
  }
}, { gpu: true });

testEachBackend("piecewise-constant and bool ops have no gradient", async () => {
  for (const name of ["sign", "floor", "ceil", "round"]) {
    assertEquals(await grad(f(name), [0.3, 1.7]), null, name);
  }
  for (const name of ["isNan", "isFinite"]) {
    const x = new tf.Variable([1, 2]);
    const tape = new tf.GradientTape();
    const y = tape.record(() => tf.cast(f(name)(x), "float32"));
    assertEquals(tape.gradient(y, x), null, name);
  }
}, { gpu: true });
