// Error bounds of the transcendental kernels (asm/src/math.ts) against float64
// references: a dense sweep over float32 bit patterns (every binade, both
// signs, subnormals included), a dense uniform sweep over each function's
// working range, random points with a fresh seed, and special values. Each
// function must stay within the bound its doc states (tests/_ulp.ts).
import * as tf from "../mod.ts";
import { unaryRefs } from "../tape/ops/unary.ts";
import { freshSeed, gpuAvailable, rng, testEachBackend } from "./_util.ts";
import { assertUlp, assertUlpGpu, F32_OVERFLOW, GPU_ULP_BOUNDS, ULP_BOUNDS } from "./_ulp.ts";
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";

interface Fn {
  op: (x: tf.Tensor) => tf.Tensor;
  ref: (x: number) => number;
  bound: number;
  /** The working range, swept uniformly. */
  range: [number, number];
  /** Stride of the bit-pattern sweep (larger for slow references). */
  stride?: number;
}

const FNS: Record<string, Fn> = {
  exp: { op: tf.exp, ref: Math.exp, bound: ULP_BOUNDS.exp, range: [-104, 89] },
  expm1: { op: tf.expm1, ref: Math.expm1, bound: ULP_BOUNDS.expm1, range: [-18, 18] },
  log: { op: tf.log, ref: Math.log, bound: ULP_BOUNDS.log, range: [0, 4] },
  log1p: { op: tf.log1p, ref: Math.log1p, bound: ULP_BOUNDS.log1p, range: [-1, 4] },
  sin: { op: tf.sin, ref: Math.sin, bound: ULP_BOUNDS.sin, range: [-20, 20] },
  cos: { op: tf.cos, ref: Math.cos, bound: ULP_BOUNDS.cos, range: [-20, 20] },
  tanh: { op: tf.tanh, ref: Math.tanh, bound: ULP_BOUNDS.tanh, range: [-10, 10] },
  sigmoid: { op: tf.sigmoid, ref: unaryRefs.sigmoid, bound: ULP_BOUNDS.sigmoid, range: [-110, 20] },
  softplus: {
    op: tf.softplus,
    ref: unaryRefs.softplus,
    bound: ULP_BOUNDS.softplus,
    range: [-110, 20],
  },
  elu: { op: tf.elu, ref: unaryRefs.elu, bound: ULP_BOUNDS.elu, range: [-18, 2] },
  selu: { op: tf.selu, ref: unaryRefs.selu, bound: ULP_BOUNDS.selu, range: [-18, 2] },
  erf: {
    op: tf.erf,
    ref: (x) => unaryRefs.erf(x),
    bound: ULP_BOUNDS.erf,
    range: [-4.5, 4.5],
    stride: 4,
  },
  gelu: {
    op: (x) => tf.gelu(x),
    ref: (x) => unaryRefs.gelu(x, false),
    bound: ULP_BOUNDS.gelu,
    range: [-15, 5],
    stride: 4,
  },
  geluApproximate: {
    op: (x) => tf.gelu(x, true),
    ref: (x) => unaryRefs.gelu(x, true),
    bound: ULP_BOUNDS.geluApproximate,
    range: [-12, 5],
  },
  rsqrt: { op: tf.rsqrt, ref: unaryRefs.rsqrt, bound: ULP_BOUNDS.rsqrt, range: [0, 16] },
};

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** float32 values of the bit patterns start, start + stride, ... (both signs, all binades). */
function bitSweep(stride: number, start: number): Float32Array {
  const n = Math.floor((2 ** 32 - start) / stride);
  const out = new Float32Array(n);
  const bits = new Uint32Array(out.buffer);
  for (let i = 0; i < n; i++) bits[i] = start + i * stride;
  return out;
}

function check(name: string, fn: Fn, x: Float32Array, what: string): void {
  const got = fn.op(tf.constant(x)).dataSync();
  const ref = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) ref[i] = fn.ref(x[i]);
  assertUlp(x, got, ref, fn.bound, `${name} ${what}`);
}

// ~1M patterns each (a quarter for the slower references); the start is random
// so that each run samples other patterns.
for (const [name, fn] of Object.entries(FNS)) {
  testEachBackend(`${name}: within ${fn.bound} ulp on a dense sweep of all float32`, () => {
    const seed = freshSeed();
    const stride = 4093 * (fn.stride ?? 1);
    check(name, fn, bitSweep(stride, seed % stride), `bit sweep seed=${seed}`);
  });
  testEachBackend(
    `${name}: within ${fn.bound} ulp over its working range and random points`,
    () => {
      const [lo, hi] = fn.range;
      const n = (1 << 20) / (fn.stride ?? 1);
      const dense = Float32Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
      check(name, fn, dense, `uniform sweep of [${lo}, ${hi}]`);
      const seed = freshSeed();
      const r = rng(seed);
      const rand = new Float32Array(n >> 2);
      for (let i = 0; i < rand.length; i++) {
        // odd i: uniform in the working range; even i: a random bit pattern
        u32[0] = (r() * 2 ** 32) >>> 0;
        rand[i] = i & 1 ? lo + (hi - lo) * r() : f32[0];
      }
      check(name, fn, rand, `random points seed=${seed}`);
    },
  );
}

/** The value for each input, exactly (Object.is: signed zeros count). */
function assertExactly(op: (x: tf.Tensor) => tf.Tensor, cases: [number, number][], name: string) {
  const got = op(tf.constant(cases.map(([x]) => x))).dataSync();
  cases.forEach(([x, want], i) => {
    ok(Object.is(got[i], Math.fround(want)), `${name}(${x}) = ${got[i]}, expected ${want}`);
  });
}

testEachBackend("special values: ±0, ±inf, NaN, subnormals, overflow and underflow", () => {
  const I = Infinity, S = 1.401298464324817e-45, MAX = 3.4028234663852886e38;
  assertExactly(tf.exp, [
    [0, 1],
    [-0, 1],
    [I, I],
    [-I, 0],
    [NaN, NaN],
    [89, I],
    [88.73, I],
    [
      -104,
      0,
    ],
    [S, 1],
    [-S, 1],
  ], "exp");
  assertExactly(tf.expm1, [
    [0, 0],
    [-0, -0],
    [I, I],
    [-I, -1],
    [NaN, NaN],
    [S, S],
    [-S, -S],
    [
      -18,
      -1,
    ],
    [89, I],
    [1e-30, 1e-30],
  ], "expm1");
  assertExactly(
    tf.log,
    [[0, -I], [-0, -I], [I, I], [-1, NaN], [-I, NaN], [NaN, NaN], [1, 0]],
    "log",
  );
  assertExactly(tf.log1p, [[0, 0], [-0, -0], [-1, -I], [-2, NaN], [I, I], [NaN, NaN], [S, S], [
    -S,
    -S,
  ], [MAX, Math.log(MAX)]], "log1p");
  assertExactly(tf.tanh, [
    [0, 0],
    [-0, -0],
    [I, 1],
    [-I, -1],
    [NaN, NaN],
    [S, S],
    [-S, -S],
    [
      9.1,
      1,
    ],
    [-50, -1],
    [MAX, 1],
  ], "tanh");
  assertExactly(tf.sigmoid, [
    [0, 0.5],
    [-0, 0.5],
    [I, 1],
    [-I, 0],
    [NaN, NaN],
    [-110, 0],
    [MAX, 1],
    [-MAX, 0],
  ], "sigmoid");
  assertExactly(tf.softplus, [[I, I], [-I, 0], [NaN, NaN], [100, 100], [-120, 0], [
    MAX,
    MAX,
  ]], "softplus");
  assertExactly(
    tf.sin,
    [[0, 0], [-0, -0], [I, NaN], [-I, NaN], [NaN, NaN], [S, S], [-S, -S]],
    "sin",
  );
  assertExactly(tf.cos, [[0, 1], [-0, 1], [I, NaN], [-I, NaN], [NaN, NaN], [S, 1]], "cos");
  assertExactly(tf.erf, [[0, 0], [-0, -0], [I, 1], [-I, -1], [NaN, NaN], [4, 1], [-4, -1]], "erf");
  for (const approximate of [false, true]) {
    assertExactly((x) => tf.gelu(x, approximate), [
      [0, 0],
      [-0, -0],
      [I, I],
      [-I, -0],
      [
        NaN,
        NaN,
      ],
      [-MAX, -0],
      [MAX, MAX],
      [10, 10],
    ], `gelu(approximate=${approximate})`);
  }
  assertExactly(tf.elu, [[0, 0], [-0, -0], [-I, -1], [I, I], [NaN, NaN]], "elu");
  assertExactly(tf.rsqrt, [[0, I], [-0, -I], [I, 0], [-1, NaN], [NaN, NaN], [4, 0.5]], "rsqrt");
  // The relative accuracy survives into the tails, subnormal results and
  // extreme inputs.
  const values: [string, (x: tf.Tensor) => tf.Tensor, number, number, number][] = [
    ["sigmoid(-100)", tf.sigmoid, -100, unaryRefs.sigmoid(-100), ULP_BOUNDS.sigmoid], // 3.7e-44
    ["softplus(-95)", tf.softplus, -95, unaryRefs.softplus(-95), ULP_BOUNDS.softplus], // 5.5e-42
    // -1.6e-43, where the erf form x (1 + erf(x/√2)) / 2 cancels to 0 long before
    ["gelu(-14)", (x) => tf.gelu(x), -14, unaryRefs.gelu(-14, false), ULP_BOUNDS.gelu],
    ["gelu(-10, approximate)", (x) => tf.gelu(x, true), -10, unaryRefs.gelu(-10, true), 0.501],
    ["exp(-100)", tf.exp, -100, Math.exp(-100), ULP_BOUNDS.exp],
    ["log(subnormal)", tf.log, S, Math.log(S), ULP_BOUNDS.log],
    ["log1p(FLT_MAX)", tf.log1p, MAX, Math.log1p(MAX), ULP_BOUNDS.log1p],
    ["erf(1e-30)", tf.erf, 1e-30, unaryRefs.erf(Math.fround(1e-30)), ULP_BOUNDS.erf],
  ];
  for (const [what, op, x, want, bound] of values) {
    assertUlp([x], op(tf.constant([x])).dataSync(), [want], bound, what);
  }
  ok(F32_OVERFLOW > MAX);
});

testEachBackend("sin and cos: large arguments are reduced exactly (Payne-Hanek above 2^20)", () => {
  // Powers of two, values just below and above the fast-path limit, the
  // largest floats, and floats that lie close to multiples of π/2.
  const xs: number[] = [];
  for (let e = 0; e <= 127; e++) xs.push(2 ** e, -(2 ** e), 3 * 2 ** Math.max(e - 2, 0));
  xs.push(1048575.9375, 1048576, 1048576.125, 3.4028234663852886e38, -3.4028234663852886e38);
  for (let k = 1; k < 1e7; k = Math.ceil(k * 1.7)) xs.push(Math.fround((k * Math.PI) / 2));
  const r = rng(freshSeed());
  for (let i = 0; i < 20000; i++) xs.push((r() - 0.5) * 2 ** (21 + r() * 107));
  const x = Float32Array.from(xs);
  for (const [name, op, ref] of [["sin", tf.sin, Math.sin], ["cos", tf.cos, Math.cos]] as const) {
    const got = op(tf.constant(x)).dataSync();
    assertUlp(x, got, Array.from(x, (v) => ref(v)), ULP_BOUNDS[name], `${name} large arguments`);
  }
  assertEquals(tf.sin(tf.constant([1e38, 1e38])).arraySync(), [
    Math.fround(Math.sin(Math.fround(1e38))),
    Math.fround(Math.sin(Math.fround(1e38))),
  ]);
});

// ---------------------------------------------------------------- WebGPU

// The sweeps above are the wasm kernels' (their bounds are exhaustive
// measurements). The WGSL kernels (gpu/kernels/unary.ts) get the same kinds
// of inputs, fewer of them (each readback is slow on the software adapter),
// against their own bounds (GPU_ULP_BOUNDS), with subnormals allowed to be
// flushed as WGSL permits.
const GPU_SPECIALS = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  1.401298464324817e-45,
  -1.401298464324817e-45,
  1e-40,
  -1e-40,
  1.1754943508222875e-38,
  3.4028234663852886e38,
  -3.4028234663852886e38,
  1,
  -1,
  0.5,
  -0.5,
  88.72,
  88.73,
  -103.9,
  -104,
  -110,
  1e-30,
  -1e-30,
  9.1,
  -50,
];

for (const [name, fn] of Object.entries(FNS)) {
  const bound = GPU_ULP_BOUNDS[name];
  Deno.test({
    name: `webgpu: ${name} within ${bound} ulp on a bit sweep, its working range and specials`,
    ignore: !gpuAvailable,
    fn: async () => {
      tf.setBackend("webgpu");
      try {
        const seed = freshSeed();
        const r = rng(seed);
        const stride = 4093 * 17;
        const [lo, hi] = fn.range;
        const n = 1 << 16;
        const rand = new Float32Array(n >> 2);
        for (let i = 0; i < rand.length; i++) {
          u32[0] = (r() * 2 ** 32) >>> 0;
          rand[i] = i & 1 ? lo + (hi - lo) * r() : f32[0];
        }
        const sets: [string, Float32Array][] = [
          [`bit sweep seed=${seed}`, bitSweep(stride, seed % stride)],
          [
            `uniform sweep of [${lo}, ${hi}]`,
            Float32Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1)),
          ],
          [`random points seed=${seed}`, rand],
          ["special values", Float32Array.from(GPU_SPECIALS)],
        ];
        const got = await Promise.all(sets.map(([, x]) => fn.op(tf.constant(x)).data()));
        sets.forEach(([what, x], i) => {
          const ref = Array.from(x, (v) => fn.ref(v));
          assertUlpGpu(
            x,
            got[i],
            ref,
            bound,
            `webgpu ${name} ${what}`,
            (neg) => fn.ref(neg ? -0 : 0),
          );
        });
      } finally {
        tf.setBackend("auto");
      }
    },
  });
}

Deno.test({
  name: "webgpu: sin and cos reduce large arguments exactly (Payne-Hanek in integer arithmetic)",
  ignore: !gpuAvailable,
  fn: async () => {
    tf.setBackend("webgpu");
    try {
      const xs: number[] = [];
      for (let e = 0; e <= 127; e++) xs.push(2 ** e, -(2 ** e), 3 * 2 ** Math.max(e - 2, 0));
      xs.push(0.7853981, 0.7853982, -0.7853982, 3.4028234663852886e38, -3.4028234663852886e38);
      for (let k = 1; k < 1e7; k = Math.ceil(k * 1.7)) xs.push(Math.fround((k * Math.PI) / 2));
      const r = rng(freshSeed());
      for (let i = 0; i < 20000; i++) xs.push((r() - 0.5) * 2 ** (r() * 128));
      const x = Float32Array.from(xs);
      const ops = [["sin", tf.sin, Math.sin], ["cos", tf.cos, Math.cos]] as const;
      const got = await Promise.all(ops.map(([, op]) => op(tf.constant(x)).data()));
      ops.forEach(([name, , ref], i) => {
        const want = Array.from(x, (v) => ref(v));
        assertUlpGpu(x, got[i], want, GPU_ULP_BOUNDS[name], `webgpu ${name} large arguments`);
      });
    } finally {
      tf.setBackend("auto");
    }
  },
});
