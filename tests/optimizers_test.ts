// Optimizers against float64 references of Keras 3's update rules (written
// here from the formulas Keras documents), over 120 steps on random problems,
// with and without clipping, weight decay and schedules; schedules against
// their closed forms; state, learning rates, zip, and bad input.

import * as tf from "../mod.ts";
import {
  assertClose,
  assertThrows,
  freshSeed,
  gpuAvailable,
  randomArray,
  rng,
  testEachBackend,
} from "./_util.ts";
import { allOnGpu } from "./_batch.ts";
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";

const opts = tf.keras.optimizers;
const sch = opts.schedules;

// ---------------------------------------------------------------- references

type Hp = Record<string, number | boolean | undefined>;
type LrFn = (step: number) => number;

/** Float64 state of the reference: slots per variable index, Nadam's product. */
interface RefState {
  slots: Record<string, Float64Array>[];
  uProduct: number;
}

/** Keras's per-element rules in float64. `t` is iterations before the step. */
function refRule(
  kind: string,
  hp: Hp,
  lr: number,
  t: number,
  w: Float64Array,
  g: Float64Array,
  s: Record<string, Float64Array>,
  st: RefState,
): void {
  const n = w.length;
  const step = t + 1;
  const num = (k: string, d: number) => (hp[k] as number | undefined) ?? d;
  switch (kind) {
    case "SGD": {
      const mu = num("momentum", 0);
      for (let i = 0; i < n; i++) {
        if (mu === 0) w[i] -= lr * g[i];
        else {
          s.momentum[i] = mu * s.momentum[i] - lr * g[i];
          w[i] += hp.nesterov ? mu * s.momentum[i] - lr * g[i] : s.momentum[i];
        }
      }
      return;
    }
    case "Adam":
    case "AdamW": {
      const b1 = num("beta1", 0.9), b2 = num("beta2", 0.999), eps = num("epsilon", 1e-7);
      const alpha = lr * Math.sqrt(1 - b2 ** step) / (1 - b1 ** step);
      for (let i = 0; i < n; i++) {
        s.momentum[i] += (g[i] - s.momentum[i]) * (1 - b1);
        s.velocity[i] += (g[i] * g[i] - s.velocity[i]) * (1 - b2);
        let v = s.velocity[i];
        if (hp.amsgrad) v = s.velocity_hat[i] = Math.max(s.velocity_hat[i], v);
        w[i] -= s.momentum[i] * alpha / (Math.sqrt(v) + eps);
      }
      return;
    }
    case "Adagrad": {
      const eps = num("epsilon", 1e-7);
      for (let i = 0; i < n; i++) {
        s.accumulator[i] += g[i] * g[i];
        w[i] -= lr * g[i] / Math.sqrt(s.accumulator[i] + eps);
      }
      return;
    }
    case "RMSprop": {
      const rho = num("rho", 0.9), mu = num("momentum", 0), eps = num("epsilon", 1e-7);
      for (let i = 0; i < n; i++) {
        s.velocity[i] = rho * s.velocity[i] + (1 - rho) * g[i] * g[i];
        let den = s.velocity[i] + eps;
        if (hp.centered) {
          s.average_gradient[i] = rho * s.average_gradient[i] + (1 - rho) * g[i];
          den = s.velocity[i] - s.average_gradient[i] ** 2 + eps;
        }
        const inc = lr * g[i] / Math.sqrt(den);
        if (mu > 0) {
          s.momentum[i] = mu * s.momentum[i] + inc;
          w[i] -= s.momentum[i];
        } else w[i] -= inc;
      }
      return;
    }
    case "Adadelta": {
      const rho = num("rho", 0.95), eps = num("epsilon", 1e-7);
      for (let i = 0; i < n; i++) {
        const ag = s.accumulated_grad, ad = s.accumulated_delta_var;
        ag[i] = rho * ag[i] + (1 - rho) * g[i] * g[i];
        const delta = -Math.sqrt(ad[i] + eps) * g[i] / Math.sqrt(ag[i] + eps);
        ad[i] = rho * ad[i] + (1 - rho) * delta * delta;
        w[i] += lr * delta;
      }
      return;
    }
    case "Adamax": {
      const b1 = num("beta1", 0.9), b2 = num("beta2", 0.999), eps = num("epsilon", 1e-7);
      for (let i = 0; i < n; i++) {
        s.momentum[i] += (g[i] - s.momentum[i]) * (1 - b1);
        s.norm[i] = Math.max(b2 * s.norm[i], Math.abs(g[i]));
        w[i] -= lr * s.momentum[i] / ((1 - b1 ** step) * (s.norm[i] + eps));
      }
      return;
    }
    case "Nadam": {
      const b1 = num("beta1", 0.9), b2 = num("beta2", 0.999), eps = num("epsilon", 1e-7);
      const ut = b1 * (1 - 0.5 * 0.96 ** step);
      const ut1 = b1 * (1 - 0.5 * 0.96 ** (step + 1));
      const prod = st.uProduct; // already multiplied by ut for this step
      for (let i = 0; i < n; i++) {
        s.momentum[i] += (g[i] - s.momentum[i]) * (1 - b1);
        s.velocity[i] += (g[i] * g[i] - s.velocity[i]) * (1 - b2);
        const mhat = ut1 * s.momentum[i] / (1 - prod * ut1) + (1 - ut) * g[i] / (1 - prod);
        const vhat = s.velocity[i] / (1 - b2 ** step);
        w[i] -= mhat * lr / (Math.sqrt(vhat) + eps);
      }
      return;
    }
    case "Lion": {
      // sign() is discontinuous: where the interpolation is near 0, float32 and
      // float64 can pick opposite signs and the weights part by 2·lr. So the
      // direction and the momentum follow float32 arithmetic as the kernel
      // does (products and sums rounded one by one); the weights stay float64.
      const f = Math.fround;
      const b1 = f(num("beta1", 0.9)), b2 = f(num("beta2", 0.99));
      const c1 = f(1 - num("beta1", 0.9)), c2 = f(1 - num("beta2", 0.99));
      for (let i = 0; i < n; i++) {
        const gi = f(g[i]), mi = f(s.momentum[i]);
        w[i] -= lr * Math.sign(f(f(mi * b1) + f(gi * c1)));
        s.momentum[i] = f(f(mi * b2) + f(gi * c2));
      }
      return;
    }
  }
  throw new Error(`no reference for ${kind}`);
}

const SLOT_NAMES: Record<string, (hp: Hp) => string[]> = {
  SGD: (hp) => ((hp.momentum as number ?? 0) !== 0 ? ["momentum"] : []),
  Adam: (hp) => ["momentum", "velocity", ...(hp.amsgrad ? ["velocity_hat"] : [])],
  AdamW: (hp) => ["momentum", "velocity", ...(hp.amsgrad ? ["velocity_hat"] : [])],
  Adagrad: () => ["accumulator"],
  RMSprop: (hp) => [
    "velocity",
    ...((hp.momentum as number ?? 0) > 0 ? ["momentum"] : []),
    ...(hp.centered ? ["average_gradient"] : []),
  ],
  Adadelta: () => ["accumulated_grad", "accumulated_delta_var"],
  Adamax: () => ["momentum", "norm"],
  Nadam: () => ["momentum", "velocity"],
  Lion: () => ["momentum"],
};

const DEFAULT_LR: Record<string, number> = {
  SGD: 0.01,
  Adam: 0.001,
  AdamW: 0.001,
  Adagrad: 0.001,
  RMSprop: 0.001,
  Adadelta: 0.001,
  Adamax: 0.001,
  Nadam: 0.001,
  Lion: 0.001,
};

/** One reference step for all variables: Keras's clipping, weight decay, then the rule. */
function refStep(
  kind: string,
  hp: Hp,
  base: { clipnorm?: number; clipvalue?: number; globalClipnorm?: number; weightDecay?: number },
  lr: number,
  t: number,
  ws: Float64Array[],
  gs0: Float64Array[],
  st: RefState,
  decayed: boolean[],
): void {
  let gs = gs0.map((g) => g.slice());
  if (base.clipnorm) {
    const c = base.clipnorm;
    gs = gs.map((g) => {
      const norm = Math.sqrt(g.reduce((a, x) => a + x * x, 0));
      return g.map((x) => x * c / Math.max(norm, c));
    });
  } else if (base.globalClipnorm) {
    const c = base.globalClipnorm;
    const norm = Math.sqrt(gs.reduce((a, g) => a + g.reduce((b, x) => b + x * x, 0), 0));
    const scale = c * Math.min(1 / norm, 1 / c) + (norm - norm);
    gs = gs.map((g) => g.map((x) => x * scale));
  } else if (base.clipvalue) {
    const c = base.clipvalue;
    gs = gs.map((g) => g.map((x) => Math.min(Math.max(x, -c), c)));
  }
  if (base.weightDecay !== undefined) {
    ws.forEach((w, j) => {
      if (!decayed[j]) return;
      for (let i = 0; i < w.length; i++) w[i] -= w[i] * base.weightDecay! * lr;
    });
  }
  if (kind === "Nadam") st.uProduct *= (hp.beta1 as number ?? 0.9) * (1 - 0.5 * 0.96 ** (t + 1));
  ws.forEach((w, j) => refRule(kind, hp, lr, t, w, gs[j], st.slots[j], st));
}

// ---------------------------------------------------------------- the trajectory test

interface Case {
  kind: keyof typeof opts & string;
  hp?: Hp;
  base?: { clipnorm?: number; clipvalue?: number; globalClipnorm?: number; weightDecay?: number };
  lr?: number;
  /** A schedule for the optimizer and its float64 closed form for the reference. */
  schedule?: [tf.keras.optimizers.LearningRate, LrFn];
  /** Gradient magnitude (large values make clipping bite). */
  scale?: number;
  /** Variable names excluded from weight decay (by name pattern). */
  exclude?: string[];
}

// Shapes: a scalar, an odd size (SIMD tail), 2-D, above 256 elements (heap
// resident), and zero-size.
const SHAPES: number[][] = [[], [7], [3, 5], [2, 150], [0, 3]];
const STEPS = 120;
/** Fewer steps on WebGPU, where each of the ~10 dispatches a step is slow on the software adapter. */
const GPU_STEPS = 40;

async function runCase(c: Case, seed: number, backend: string): Promise<void> {
  const r = rng(seed);
  const hp = c.hp ?? {};
  // AdamW decays weights by default (weightDecay 0.004).
  const base = c.kind === "AdamW" ? { weightDecay: 0.004, ...c.base } : c.base ?? {};
  const label = `${c.kind} ${
    JSON.stringify({ ...hp, ...base, lr: c.lr, sched: !!c.schedule })
  } seed ${seed}`;
  const lrFn: LrFn = c.schedule ? c.schedule[1] : () => c.lr ?? DEFAULT_LR[c.kind];
  const Cls = opts[c.kind] as unknown as new (o: object) => tf.keras.optimizers.Optimizer;
  const options: Record<string, unknown> = { ...hp, ...base };
  if (c.schedule) options.learningRate = c.schedule[0];
  else if (c.lr !== undefined) options.learningRate = c.lr;
  const opt = new Cls(options);
  if (c.exclude) opt.excludeFromWeightDecay({ varNames: c.exclude });
  const names = SHAPES.map((_, j) => (j === 1 ? `bias_${seed}` : `w${j}_${seed}`));
  const init = SHAPES.map((s) => randomArray(r, s.reduce((a, b) => a * b, 1), -1, 1));
  const vars = SHAPES.map((s, j) =>
    new tf.Variable(tf.constant(init[j], { shape: s }), { name: names[j] })
  );
  const ws = init.map((a) => Float64Array.from(a));
  const slotNames = SLOT_NAMES[c.kind](hp);
  const initSlot = c.kind === "Adagrad" ? (hp.initialAccumulatorValue as number ?? 0.1) : 0;
  const st: RefState = {
    slots: ws.map((w) =>
      Object.fromEntries(slotNames.map((n) => [n, new Float64Array(w.length).fill(initSlot)]))
    ),
    uProduct: 1,
  };
  const decayed = names.map((n) => !(c.exclude ?? []).some((p) => new RegExp(p).test(n)));
  const scale = c.scale ?? 1;
  const steps = backend === "webgpu" ? GPU_STEPS : STEPS;
  for (let t = 0; t < steps; t++) {
    const g32 = ws.map((w) => randomArray(r, w.length, -scale, scale));
    if (t % 17 === 5) g32[2].fill(0); // zero gradients now and then
    // On WebGPU the gradients are computed there (GPU-only), as in a training loop.
    const grads = g32.map((g, j) => {
      const t = tf.constant(g, { shape: SHAPES[j] });
      return backend === "webgpu" ? tf.add(t, 0) : t;
    });
    const it = opt.applyGradients(tf.zip(grads, vars));
    assertEquals(it, t + 1);
    refStep(c.kind, hp, base, lrFn(t), t, ws, g32.map((g) => Float64Array.from(g)), st, decayed);
    if (t % 40 === 39 || t === 0) {
      const got = await Promise.all(vars.map((v) => v.data()));
      got.forEach((w, j) => {
        // float32 rounding accumulates over the steps; relative to the weights' scale.
        assertClose(w, ws[j], { rtol: 2e-4, atol: 2e-5 }, `${label} step ${t} var ${j}`);
      });
    }
  }
  // Slots match as well.
  const state = opt.getState();
  assertEquals(state.iterations, steps);
  const slotData = await Promise.all(
    state.slots.map((entry) => Promise.all(slotNames.map((n) => entry.values[n].data()))),
  );
  state.slots.forEach((entry, j) => {
    ok(entry.variable === vars[j]);
    slotNames.forEach((n, q) => {
      assertClose(
        slotData[j][q],
        st.slots[j][n],
        { rtol: 5e-4, atol: 2e-5 },
        `${label} slot ${n} var ${j}`,
      );
    });
  });
  if (c.kind === "Nadam") assertClose(state.scalars.uProduct, st.uProduct, { rtol: 1e-12 }, label);
}

const CASES: Case[] = [
  // plain
  { kind: "SGD" },
  { kind: "SGD", hp: { momentum: 0.9 } },
  { kind: "SGD", hp: { momentum: 0.5, nesterov: true }, lr: 0.05 },
  { kind: "SGD", hp: { nesterov: true } }, // nesterov without momentum is plain SGD
  { kind: "Adam", lr: 0.01 },
  { kind: "Adam", hp: { amsgrad: true, beta1: 0.8, beta2: 0.99, epsilon: 1e-3 }, lr: 0.01 },
  { kind: "AdamW", lr: 0.01 },
  { kind: "Adagrad", lr: 0.05 },
  { kind: "Adagrad", hp: { initialAccumulatorValue: 0.5, epsilon: 1e-4 }, lr: 0.05 },
  { kind: "RMSprop", lr: 0.01 },
  { kind: "RMSprop", hp: { momentum: 0.9 }, lr: 0.001 },
  { kind: "RMSprop", hp: { centered: true, rho: 0.8 }, lr: 0.001 },
  { kind: "RMSprop", hp: { centered: true, momentum: 0.5, epsilon: 1e-3 }, lr: 0.001 },
  { kind: "Adadelta", lr: 1 },
  { kind: "Adadelta", hp: { rho: 0.9, epsilon: 1e-6 }, lr: 0.5 },
  { kind: "Adamax", lr: 0.01 },
  { kind: "Adamax", hp: { beta1: 0.5, beta2: 0.9 }, lr: 0.01 },
  { kind: "Nadam", lr: 0.01 },
  { kind: "Nadam", hp: { beta1: 0.8, beta2: 0.95 }, lr: 0.01 },
  { kind: "Lion", lr: 0.001 },
  { kind: "Lion", hp: { beta1: 0.5, beta2: 0.9 }, lr: 0.003 },
];

// Every optimizer with each clip, with weight decay (and an exclusion), and
// with a schedule.
const KINDS = [
  "SGD",
  "Adam",
  "AdamW",
  "Adagrad",
  "RMSprop",
  "Adadelta",
  "Adamax",
  "Nadam",
  "Lion",
] as const;
for (const kind of KINDS) {
  const lr = kind === "Adadelta" ? 1 : kind === "Lion" ? 0.001 : 0.01;
  CASES.push(
    { kind, lr, base: { clipnorm: 1.5 }, scale: 3 },
    { kind, lr, base: { clipvalue: 0.4 }, scale: 2 },
    { kind, lr, base: { globalClipnorm: 4 }, scale: 3 },
    { kind, lr, base: { weightDecay: 0.05 }, exclude: ["bias"] },
    {
      kind,
      base: kind === "AdamW" ? {} : { weightDecay: 0.01 },
      schedule: [
        new sch.ExponentialDecay({ initialLearningRate: lr, decaySteps: 30, decayRate: 0.5 }),
        (s) => lr * 0.5 ** (s / 30),
      ],
    },
  );
}
CASES.push(
  {
    kind: "SGD",
    hp: { momentum: 0.9 },
    schedule: [
      new sch.CosineDecay({
        initialLearningRate: 0,
        decaySteps: 100,
        warmupTarget: 0.05,
        warmupSteps: 10,
      }),
      (s) =>
        s < 10 ? 0.05 * s / 10 : 0.05 * 0.5 * (1 + Math.cos(Math.PI * Math.min(s - 10, 100) / 100)),
    ],
  },
  { kind: "Adam", schedule: [(s: number) => 0.01 / (1 + s), (s) => 0.01 / (1 + s)] },
  {
    kind: "RMSprop",
    base: { clipnorm: 0.5 },
    scale: 2,
    schedule: [
      new sch.PiecewiseConstantDecay({ boundaries: [20, 60], values: [0.01, 0.005, 0.001] }),
      (s) => (s <= 20 ? 0.01 : s <= 60 ? 0.005 : 0.001),
    ],
  },
);

testEachBackend(
  "every optimizer follows Keras's rule over 120 steps (40 on WebGPU; float64 reference)",
  async (_t, backend) => {
    const seed = freshSeed();
    for (let i = 0; i < CASES.length; i++) await runCase(CASES[i], seed + i, backend);
  },
  { gpu: true },
);

testEachBackend(
  "a trajectory driven by the gradient tape matches the reference (quadratic loss)",
  async () => {
    // loss = ½ Σ (A w - b)²: gradient Aᵀ(A w - b), computed by the tape for the
    // optimizer and by hand in float64 for the reference.
    const seed = freshSeed();
    const r = rng(seed);
    const n = 6, m = 9;
    const A = randomArray(r, m * n, -0.5, 0.5), bv = randomArray(r, m, -1, 1);
    const At = tf.constant(A, { shape: [m, n] }), bt = tf.constant(bv, { shape: [m, 1] });
    for (
      const [kind, hp, lr] of [
        ["Adam", {}, 0.05],
        ["SGD", { momentum: 0.9, nesterov: true }, 0.05],
        ["RMSprop", { centered: true, epsilon: 1e-3 }, 0.01],
      ] as const
    ) {
      const w = new tf.Variable(tf.zeros([n, 1]));
      const opt = new (opts[kind] as unknown as new (o: object) => tf.keras.optimizers.Optimizer)({
        ...hp,
        learningRate: lr,
      });
      const ws = [new Float64Array(n)];
      const st: RefState = {
        slots: [Object.fromEntries(SLOT_NAMES[kind](hp).map((s) => [s, new Float64Array(n)]))],
        uProduct: 1,
      };
      for (let t = 0; t < 100; t++) {
        opt.minimize(
          () => tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(tf.matmul(At, w), bt)))),
          [w],
        );
        const res = new Float64Array(m);
        for (let i = 0; i < m; i++) {
          let s = -bv[i];
          for (let j = 0; j < n; j++) s += A[i * n + j] * ws[0][j];
          res[i] = s;
        }
        const g = new Float64Array(n);
        for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) g[j] += A[i * n + j] * res[i];
        refStep(kind, hp, {}, lr, t, ws, [g], st, [true]);
      }
      assertClose(await w.data(), ws[0], { rtol: 1e-3, atol: 1e-4 }, `${kind} seed ${seed}`);
    }
  },
  // on WebGPU once matmul has a WGSL kernel
  { gpu: allOnGpu(() => tf.matmul([[1]], [[1]])) },
);

// ---------------------------------------------------------------- schedules

testEachBackend("schedules match their closed forms", () => {
  const steps = [0, 1, 2, 5, 9, 10, 11, 37, 99, 100, 101, 250, 1000];
  const check = (s: { call(step: number): number }, f: (x: number) => number, what: string) => {
    for (const x of steps) {
      assertClose(s.call(x), f(x), { rtol: 1e-12, atol: 1e-15 }, `${what} at ${x}`);
    }
  };
  check(
    new sch.ExponentialDecay({ initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.96 }),
    (x) => 0.1 * 0.96 ** (x / 10),
    "ExponentialDecay",
  );
  check(
    new sch.ExponentialDecay({
      initialLearningRate: 0.1,
      decaySteps: 10,
      decayRate: 0.96,
      staircase: true,
    }),
    (x) => 0.1 * 0.96 ** Math.floor(x / 10),
    "ExponentialDecay staircase",
  );
  const pw = new sch.PiecewiseConstantDecay({ boundaries: [10, 100], values: [1, 0.5, 0.1] });
  assertEquals([0, 10, 11, 100, 101, 5000].map((x) => pw.call(x)), [1, 1, 0.5, 0.5, 0.1, 0.1]);
  check(
    new sch.PolynomialDecay({
      initialLearningRate: 0.1,
      decaySteps: 100,
      endLearningRate: 0.01,
      power: 0.5,
    }),
    (x) => 0.09 * (1 - Math.min(x, 100) / 100) ** 0.5 + 0.01,
    "PolynomialDecay",
  );
  check(
    new sch.PolynomialDecay({ initialLearningRate: 0.1, decaySteps: 100, cycle: true }),
    (x) => {
      const d = 100 * (x === 0 ? 1 : Math.ceil(x / 100));
      return (0.1 - 0.0001) * (1 - x / d) + 0.0001;
    },
    "PolynomialDecay cycle",
  );
  check(
    new sch.InverseTimeDecay({ initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5 }),
    (x) => 0.1 / (1 + 0.5 * x / 10),
    "InverseTimeDecay",
  );
  check(
    new sch.InverseTimeDecay({
      initialLearningRate: 0.1,
      decaySteps: 10,
      decayRate: 0.5,
      staircase: true,
    }),
    (x) => 0.1 / (1 + 0.5 * Math.floor(x / 10)),
    "InverseTimeDecay staircase",
  );
  check(
    new sch.CosineDecay({ initialLearningRate: 0.1, decaySteps: 100, alpha: 0.1 }),
    (x) => 0.1 * (0.9 * 0.5 * (1 + Math.cos(Math.PI * Math.min(x, 100) / 100)) + 0.1),
    "CosineDecay",
  );
  check(
    new sch.CosineDecay({
      initialLearningRate: 0.01,
      decaySteps: 100,
      warmupTarget: 0.1,
      warmupSteps: 10,
    }),
    (x) =>
      x < 10
        ? 0.01 + 0.09 * x / 10
        : 0.1 * 0.5 * (1 + Math.cos(Math.PI * Math.min(x - 10, 100) / 100)),
    "CosineDecay warmup",
  );
  // Restarts: periods of 10, 20, 40 steps (tMul 2), each starting mMul lower.
  const restarts = (x: number) => {
    let start = 0, len = 10, i = 0;
    while (x >= start + len) {
      start += len;
      len *= 2;
      i++;
    }
    const f = (x - start) / len;
    return 0.1 * ((1 - 0.05) * 0.5 ** i * 0.5 * (1 + Math.cos(Math.PI * f)) + 0.05);
  };
  const r = new sch.CosineDecayRestarts({
    initialLearningRate: 0.1,
    firstDecaySteps: 10,
    mMul: 0.5,
    alpha: 0.05,
  });
  for (const x of [0, 5, 9, 10, 15, 29, 30, 31, 69, 70, 200]) {
    assertClose(r.call(x), restarts(x), { rtol: 1e-9, atol: 1e-12 }, `CosineDecayRestarts at ${x}`);
  }
  const r1 = new sch.CosineDecayRestarts({ initialLearningRate: 1, firstDecaySteps: 10, tMul: 1 });
  for (const x of [0, 5, 10, 13, 20, 47]) {
    assertClose(r1.call(x), 0.5 * (1 + Math.cos(Math.PI * ((x % 10) / 10))), {
      rtol: 1e-12,
      atol: 1e-15,
    }, `tMul 1 at ${x}`);
  }
  // Serialization round trip.
  const back = sch.deserialize(JSON.parse(JSON.stringify(sch.serialize(r))));
  ok(back instanceof sch.CosineDecayRestarts);
  assertEquals(back.call(33), r.call(33));
});

testEachBackend(
  "the learning rate is evaluated at `iterations` and can change between steps",
  async () => {
    const v = new tf.Variable(0);
    const opt = new opts.SGD(
      new sch.PiecewiseConstantDecay({ boundaries: [0, 1], values: [1, 2, 4] }),
    );
    const one = tf.constant(-1); // gradient -1: each step adds lr
    assertEquals(opt.learningRate, 1);
    opt.applyGradients([[one, v]]); // step 0: lr 1
    assertEquals(opt.learningRate, 2);
    opt.applyGradients([[one, v]]); // step 1: lr 2
    assertEquals(await v.array(), 3);
    opt.learningRate = 0.5; // a number
    opt.applyGradients([[one, v]]);
    assertEquals(await v.array(), 3.5);
    opt.learningRate = (step: number) => step; // a function of the step (3 now)
    assertEquals(opt.learningRate, 3);
    opt.applyGradients([[one, v]]);
    assertEquals(await v.array(), 6.5);
    assertEquals(opt.iterations, 4);
    ok(typeof opt.learningRateSetting === "function");
  },
  { gpu: true },
);

// ---------------------------------------------------------------- API

testEachBackend("tf.zip behaves like Python's zip", () => {
  assertEquals([...tf.zip([1, 3, 5], [2, 4, 6])], [[1, 2], [3, 4], [5, 6]]);
  assertEquals([...tf.zip([1, 2, 3], ["a", "b"])], [[1, "a"], [2, "b"]]); // shortest wins
  function* gen() {
    yield 10;
    yield 20;
  }
  assertEquals([...tf.zip(gen(), new Set([1, 2, 3]), "xyz")], [[10, 1, "x"], [20, 2, "y"]]);
  const z = tf.zip([1], [2]);
  assertEquals([...z], [[1, 2]]);
  assertEquals([...z], []); // single pass, like Python's iterator
  assertEquals([...tf.zip()], []);
  assertThrows(
    () => tf.zip([1], 5 as unknown as number[]),
    TypeError,
    "zip",
    "argument 2",
    "not iterable",
  );
});

testEachBackend(
  "applyGradients accepts zip of arrays or iterables, pairs, and apply(grads, vars)",
  async () => {
    const a = new tf.Variable(1), b = new tf.Variable([1, 1]);
    const opt = new opts.SGD(0.5);
    opt.applyGradients(tf.zip([tf.constant(2), tf.constant([2, 4])], [a, b]));
    assertEquals([await a.array(), await b.array()], [0, [0, -1]]);
    function* grads() {
      yield tf.constant(2);
      yield [2, 2]; // plain arrays are converted
    }
    opt.applyGradients(tf.zip(grads(), new Set([a, b])));
    assertEquals([await a.array(), await b.array()], [-1, [-1, -2]]);
    opt.applyGradients(new Map<tf.Tensor, tf.Variable>([[tf.constant(2), a]]).entries());
    assertEquals(await a.array(), -2);
    opt.apply([tf.constant(-2), null], [a, b]);
    assertEquals(await a.array(), -1);
    assertEquals(opt.applyGradients([]), 4); // an empty list is a no-op, as in Keras
    assertEquals(opt.iterations, 4);
  },
  { gpu: true },
);

testEachBackend("null gradients are skipped with one warning; minimize; variables()", async () => {
  const a = new tf.Variable(2, { name: "a_null" }), b = new tf.Variable(5, { name: "b_null" });
  const opt = new opts.Adam({ learningRate: 0.1 });
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (m: string) => warnings.push(m);
  try {
    for (let i = 0; i < 3; i++) {
      const tape = new tf.GradientTape();
      const loss = tape.record(() => tf.square(a)); // b is not used
      const grads = tape.gradient(loss, [a, b]);
      assertEquals(grads[1], null);
      opt.applyGradients(tf.zip(grads, [a, b]));
    }
  } finally {
    console.warn = warn;
  }
  assertEquals(warnings.length, 1);
  ok(warnings[0].includes("'b_null'"), warnings[0]);
  assertEquals(await b.array(), 5);
  ok((await a.array() as number) < 2);
  // Slots exist only for a (created lazily, at its first update).
  assertEquals(opt.variables().map((v) => v.name), [
    "adam/a_null_momentum",
    "adam/a_null_velocity",
  ]);
  ok(opt.variables().every((v) => !v.trainable));
  // minimize: returns the loss; the default varList is the trainable variables read.
  const x = new tf.Variable(3);
  const sgd = new opts.SGD({ learningRate: 0.25 });
  const loss = sgd.minimize(() => tf.square(x));
  assertEquals(await loss.array(), 9);
  assertEquals(await x.array(), 1.5);
}, { gpu: true });

testEachBackend(
  "updates are in place but copy-on-write: views and taped reads keep old values",
  async () => {
    for (const n of [3, 300]) {
      const v = new tf.Variable(tf.ones([n]));
      const view = tf.reshape(v, [n, 1]); // shares v's storage
      const opt = new opts.SGD({ learningRate: 1, momentum: 0.5 });
      opt.applyGradients([[tf.ones([n]), v]]);
      ok((await view.data() as Float32Array).every((x) => x === 1), `view changed (n=${n})`);
      ok((await v.data() as Float32Array).every((x) => x === 0), `variable not updated (n=${n})`);
      // A persistent tape that read v keeps the value it read.
      const tape = new tf.GradientTape({ persistent: true });
      const y = tape.record(() => tf.multiply(v, v));
      opt.applyGradients([[tf.ones([n]), v]]); // v: 0 -> 0 - 0.5·1 - 1 = -1.5
      ok((await v.data() as Float32Array).every((x) => x === -1.5));
      const dv = tape.gradient(y, v)!; // 2·v at the time of the read: 0
      ok((await dv.data() as Float32Array).every((x) => x === 0));
      tape.dispose();
    }
  },
  { gpu: true },
);

testEachBackend("getState / setState restore the whole state; continuing matches", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (
    const [kind, hp] of [["Nadam", {}], ["Adam", { amsgrad: true }], ["SGD", { momentum: 0.9 }], [
      "RMSprop",
      { centered: true, momentum: 0.5 },
    ]] as const
  ) {
    const Cls = opts[kind] as unknown as new (o: object) => tf.keras.optimizers.Optimizer;
    const grads = Array.from({ length: 20 }, () => tf.constant(randomArray(r, 300)));
    const v = new tf.Variable(tf.zeros([300]));
    const opt = new Cls({ ...hp, learningRate: 0.01 });
    for (let i = 0; i < 10; i++) opt.applyGradients([[grads[i], v]]);
    const saved = opt.getState();
    const savedW = await v.data();
    for (let i = 10; i < 20; i++) opt.applyGradients([[grads[i], v]]);
    const end1 = await v.data();
    // Restore the optimizer and the variable, replay the second half.
    opt.setState(saved);
    v.assign(tf.constant(savedW));
    assertEquals(opt.iterations, 10);
    for (let i = 10; i < 20; i++) opt.applyGradients([[grads[i], v]]);
    assertEquals(await v.data(), end1, `${kind} seed ${seed}`);
    // A fresh optimizer restored from the state continues the same way.
    const fresh = new Cls({ ...hp, learningRate: 0.01 });
    fresh.setState(saved);
    v.assign(tf.constant(savedW));
    for (let i = 10; i < 20; i++) fresh.applyGradients([[grads[i], v]]);
    assertEquals(await v.data(), end1, `${kind} fresh seed ${seed}`);
    // The saved copies did not move with the optimizer.
    assertEquals(saved.iterations, 10);
  }
}, { gpu: true });

testEachBackend("getConfig; tf.optimizers is tf.keras.optimizers; a learning rate alone", () => {
  ok(tf.optimizers === tf.keras.optimizers);
  const opt = new tf.optimizers.SGD(1e-3);
  assertEquals(opt.getConfig(), {
    name: "SGD",
    learningRate: 1e-3,
    weightDecay: null,
    clipnorm: null,
    globalClipnorm: null,
    clipvalue: null,
    momentum: 0,
    nesterov: false,
  });
  const adamw = new opts.AdamW();
  assertEquals([adamw.weightDecay, adamw.learningRate, adamw.beta1, adamw.beta2, adamw.epsilon], [
    0.004,
    0.001,
    0.9,
    0.999,
    1e-7,
  ]);
  const lr = new sch.ExponentialDecay({ initialLearningRate: 1, decaySteps: 2, decayRate: 0.5 });
  assertEquals(
    (new opts.Lion({ learningRate: lr }).getConfig().learningRate as { className: string })
      .className,
    "ExponentialDecay",
  );
});

testEachBackend(
  "NaN and infinite gradients are applied as Keras does (they propagate)",
  async () => {
    const v = new tf.Variable([1, 2, 3, 4, 5]);
    const opt = new opts.SGD(0.1);
    opt.applyGradients([[tf.constant([NaN, Infinity, -Infinity, 0, 1]), v]]);
    const got = await v.data();
    ok(Number.isNaN(got[0]));
    assertEquals([got[1], got[2]], [-Infinity, Infinity]);
    assertClose([got[3], got[4]], [4, 4.9], { rtol: 1e-6 });
    assertEquals(opt.iterations, 1);
    // With globalClipnorm a non-finite global norm turns every gradient NaN (Keras's rule).
    const a = new tf.Variable([1, 1]), b = new tf.Variable(1);
    new opts.SGD({ learningRate: 0.1, globalClipnorm: 1 }).applyGradients([[
      tf.constant([Infinity, 0]),
      a,
    ], [tf.constant(1), b]]);
    ok(Number.isNaN((await b.data())[0]));
    ok((await a.data() as Float32Array).every(Number.isNaN));
    // clipvalue bounds infinite gradients.
    const c = new tf.Variable([0, 0]);
    new opts.SGD({ learningRate: 1, clipvalue: 2 }).applyGradients([[
      tf.constant([Infinity, -Infinity]),
      c,
    ]]);
    assertEquals(await c.array(), [-2, 2]);
  },
  { gpu: true },
);

// ---------------------------------------------------------------- bad input

/** Asserts a refused step changed nothing: iterations, the variables, the slots. */
async function assertUntouched(
  opt: tf.keras.optimizers.Optimizer,
  vars: tf.Variable[],
  step: () => unknown,
  cls: new (...a: never[]) => Error,
  ...parts: (string | RegExp)[]
): Promise<void> {
  const it = opt.iterations;
  const read = (ts: tf.Tensor[]) => Promise.all(ts.map((t) => t.data()));
  const before = await read(vars);
  const slots = await read(opt.variables());
  const nSlots = opt.variables().length;
  assertThrows(step, cls, ...parts);
  assertEquals(opt.iterations, it);
  (await read(vars)).forEach((v, i) => assertEquals(v, before[i], `${vars[i].name} changed`));
  assertEquals(opt.variables().length, nSlots);
  (await read(opt.variables())).forEach((s, i) => assertEquals(s, slots[i]));
}

testEachBackend(
  "bad input: clear errors naming the optimizer, variable, shapes and fix; state untouched",
  async () => {
    const a = new tf.Variable([1, 2, 3], { name: "weights_bad" });
    const b = new tf.Variable(0, { name: "bias_bad" });
    const opt = new opts.Adam({ learningRate: 0.1 });
    opt.applyGradients([[tf.ones([3]), a], [tf.ones([]), b]]); // slots exist
    const g = [tf.ones([3]), tf.ones([])];
    // Mismatched lengths.
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients(tf.zip([g[0]], [a, b])),
      RangeError,
      "Adam.applyGradients",
      "1 gradients and 2 variables",
    );
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients(tf.zip(g, [a])),
      RangeError,
      "2 gradients and 1 variables",
    );
    function* two() {
      yield g[0];
      yield g[1];
    }
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients(tf.zip(two(), [a])),
      RangeError,
      "more gradients and 1 variables",
    );
    await assertUntouched(
      opt,
      [a, b],
      () => opt.apply(g, [a]),
      RangeError,
      "Adam.apply",
      "2 gradients and 1 variables",
    );
    // A gradient of the wrong shape (the second pair: the first must not be applied).
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients([[g[0], a], [tf.ones([2]), b]]),
      RangeError,
      "Adam.applyGradients",
      "'bias_bad'",
      "shape (2,)",
      "shape ()",
      "tape.gradient",
    );
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients(tf.zip([g[1], g[0]], [a, b])),
      RangeError,
      "'weights_bad'",
      "()",
      "(3,)",
    );
    // Not a Variable.
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients([[g[0], a], [g[1], tf.constant(0) as unknown as tf.Variable]]),
      TypeError,
      "Adam.applyGradients",
      "not a tf.Variable",
      "new tf.Variable",
    );
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients([[g[0], a], [g[1], "b" as unknown as tf.Variable]]),
      TypeError,
      "not a tf.Variable",
    );
    // A non-trainable variable.
    const frozen = new tf.Variable(1, { name: "frozen_bad", trainable: false });
    await assertUntouched(
      opt,
      [a, b, frozen],
      () => opt.applyGradients([[g[0], a], [g[1], frozen]]),
      TypeError,
      "'frozen_bad'",
      "not trainable",
      "trainable = true",
    );
    // Not pairs, not iterable, dtypes, a gradient that is not a tensor.
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients([g[0], a] as unknown as [tf.Tensor, tf.Variable][]),
      TypeError,
      "not a [gradient, variable] pair",
    );
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients(5 as unknown as []),
      TypeError,
      "tf.zip(grads, variables)",
    );
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients([[tf.ones([3], "int32"), a]]),
      TypeError,
      "'weights_bad'",
      "int32",
      "tf.cast",
    );
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients([[{} as unknown as tf.Tensor, a]]),
      TypeError,
      "'weights_bad'",
      "not a tensor",
    );
    const iv = new tf.Variable(tf.constant([1], { dtype: "int32" }), { name: "int_bad" });
    await assertUntouched(
      opt,
      [a, b, iv],
      () => opt.applyGradients([[g[0], a], [tf.ones([1]), iv]]),
      TypeError,
      "'int_bad'",
      "float32",
    );
    // The same variable twice.
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients([[g[0], a], [g[0], a]]),
      RangeError,
      "'weights_bad' appears twice",
    );
    // All gradients null.
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients(tf.zip([null, null], [a, b])),
      TypeError,
      "no gradients provided",
      "'weights_bad'",
      "'bias_bad'",
    );
    // A disposed gradient.
    const dead = tf.ones([3]);
    dead.dispose();
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients([[dead, a]]),
      TypeError,
      "disposed",
    );
    // Learning rates: negative, NaN, infinite, not a number; from a schedule or function at step time.
    assertThrows(() => new opts.SGD(-0.1), RangeError, "SGD", "learningRate", "-0.1", ">= 0");
    assertThrows(() => new opts.SGD(NaN), RangeError, "SGD", "NaN");
    assertThrows(() => new opts.SGD({ learningRate: Infinity }), RangeError, "Infinity");
    assertThrows(
      () => new opts.SGD({ learningRate: "0.1" as unknown as number }),
      TypeError,
      "learningRate",
      '"0.1"',
    );
    assertThrows(() => (opt.learningRate = -1), RangeError, "Adam", "learningRate", "-1");
    assertEquals(opt.learningRate, 0.1);
    opt.learningRate = () => NaN;
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients(tf.zip(g, [a, b])),
      RangeError,
      "Adam",
      "function gave NaN at step 1",
      "no update was made",
    );
    opt.learningRate = new sch.PolynomialDecay({
      initialLearningRate: 0.1,
      decaySteps: 1,
      endLearningRate: -1,
    });
    await assertUntouched(
      opt,
      [a, b],
      () => opt.applyGradients(tf.zip(g, [a, b])),
      RangeError,
      "schedule PolynomialDecay gave -1 at step 1",
    );
    opt.learningRate = 0.1;
    // Constructor options.
    assertThrows(
      () => new opts.SGD({ learning_rate: 0.1 } as unknown as tf.keras.optimizers.SGDOptions),
      TypeError,
      "SGD",
      'unknown option "learning_rate"',
      'did you mean "learningRate"',
    );
    assertThrows(
      () => new opts.SGD({ momentum: 1.5 }),
      RangeError,
      "SGD",
      "momentum",
      "[0, 1]",
      "1.5",
    );
    assertThrows(() => new opts.Adam({ beta1: 1 }), RangeError, "Adam", "beta1", "[0, 1)");
    assertThrows(() => new opts.AdamW({ beta2: -0.1 }), RangeError, "AdamW", "beta2");
    assertThrows(
      () => new opts.AdamW({ weightDecay: null as unknown as number }),
      TypeError,
      "AdamW",
      "weightDecay",
    );
    assertThrows(
      () => new opts.Adagrad({ initialAccumulatorValue: -1 }),
      RangeError,
      "Adagrad",
      "initialAccumulatorValue",
    );
    assertThrows(() => new opts.RMSprop({ epsilon: NaN }), TypeError, "RMSprop", "epsilon");
    assertThrows(() => new opts.Lion({ beta1: 0 }), RangeError, "Lion", "beta1", "(0, 1]");
    assertThrows(
      () => new opts.Nadam({ clipnorm: 1, clipvalue: 1 }),
      RangeError,
      "Nadam",
      "only one of clipnorm, clipvalue and globalClipnorm",
    );
    assertThrows(
      () => new opts.Adamax({ globalClipnorm: -1 }),
      RangeError,
      "Adamax",
      "globalClipnorm",
      ">= 0",
    );
    assertThrows(
      () => new opts.SGD({ nesterov: 1 as unknown as boolean }),
      TypeError,
      "nesterov",
      "true or false",
    );
    assertThrows(
      () => new sch.ExponentialDecay({ initialLearningRate: 0.1, decaySteps: 0, decayRate: 0.5 }),
      RangeError,
      "ExponentialDecay",
      "decaySteps",
      "> 0",
    );
    assertThrows(
      () => new sch.PiecewiseConstantDecay({ boundaries: [1, 2], values: [1, 2] }),
      RangeError,
      "PiecewiseConstantDecay",
      "1 less than",
    );
    assertThrows(
      () => opt.minimize(5 as unknown as () => tf.Tensor),
      TypeError,
      "Adam.minimize",
      "function",
    );
    // setState: a wrong optimizer, wrong shapes: nothing changes.
    const state = opt.getState();
    await assertUntouched(
      opt,
      [a, b],
      () => new opts.SGD().setState(state),
      TypeError,
      "SGD.setState",
      "Adam",
    );
    const wrong = {
      ...state,
      slots: state.slots.map((
        s,
        i,
      ) => (i === 1 ? { ...s, values: { ...s.values, velocity: tf.ones([2]) } } : s)),
    };
    await assertUntouched(
      opt,
      [a, b],
      () => opt.setState(wrong),
      RangeError,
      "Adam.setState",
      "'bias_bad'",
      "velocity",
      "(2,)",
    );
    await assertUntouched(
      opt,
      [a, b],
      () => opt.setState({ ...state, iterations: -1 }),
      RangeError,
      "iterations",
    );
    // After all of it, a normal step works.
    const it = opt.iterations;
    opt.applyGradients(tf.zip(g, [a, b]));
    assertEquals(opt.iterations, it + 1);
  },
  { gpu: true },
);

testEachBackend(
  "a training loop does not pile tape marks on its variables; an outer tape keeps working",
  async () => {
    const w = new tf.Variable([1, 2]);
    const opt = new opts.SGD(0.01);
    const outer = new tf.GradientTape({ persistent: true });
    const z = tf.reduceSum(tf.multiply(w, w)); // recorded by the outer tape only
    outer.stop();
    for (let i = 0; i < 50; i++) opt.minimize(() => tf.reduceSum(tf.square(w)), [w]);
    // One mark a tape would be 51 marks: a leak, and O(steps) work per op.
    const marks = (w as unknown as { tapes: number[] | null }).tapes;
    ok((marks?.length ?? 0) <= 2, `w carries ${marks?.length} tape marks`);
    assertEquals(await outer.gradient(z, w)!.array(), [2, 4]); // 2w at the time of the read
    outer.dispose();
  },
  { gpu: true },
);

// ---------------------------------------------------------------- WebGPU

Deno.test({
  name: "webgpu: a training loop reads nothing back per step, holds GPU memory flat, matches wasm",
  ignore: !gpuAvailable,
  fn: async () => {
    // The tutorial's loop (a linear fit) with each optimizer kind and clip:
    // forward, tape, update all on the GPU; the per-step scalars come from
    // the attributes, clipnorm / globalClipnorm scale on the GPU.
    const seed = freshSeed();
    const r = rng(seed);
    const n = 300;
    const xs = randomArray(r, n, -1, 1);
    const ys = Float32Array.from(xs, (x) => 3 * x - 0.5 + 0.01 * (r() - 0.5));
    const configs: [string, Record<string, unknown>][] = [
      ["SGD", { learningRate: 0.1, momentum: 0.9 }],
      ["Adam", { learningRate: 0.05, clipnorm: 0.5 }],
      ["RMSprop", { learningRate: 0.01, globalClipnorm: 1, centered: true }],
      ["Lion", { learningRate: 0.01, weightDecay: 0.01 }],
      ["Adamax", { learningRate: 0.05, clipvalue: 0.3 }],
    ];
    const train = (backend: "wasm" | "webgpu", kind: string, o: Record<string, unknown>) => {
      tf.setBackend(backend);
      try {
        const x = tf.constant(xs), y = tf.constant(ys);
        const w = new tf.Variable(0), b = new tf.Variable(0);
        const Cls = opts[kind as "SGD"] as unknown as new (
          o: object,
        ) => tf.keras.optimizers.Optimizer;
        const opt = new Cls(o);
        const step = () =>
          tf.tidy(() => {
            const tape = new tf.GradientTape();
            const loss = tape.record(() =>
              tf.reduceMean(tf.square(tf.subtract(tf.add(tf.multiply(x, w), b), y)))
            );
            opt.applyGradients(tf.zip(tape.gradient(loss, [w, b]), [w, b]));
          });
        const memory = [];
        const readbacks = tf.memory().webgpu?.readbacks ?? 0;
        for (let t = 0; t < 40; t++) {
          step();
          if (t === 9 || t === 39) memory.push(tf.memory().webgpu?.liveBytes ?? 0);
        }
        return { w, b, readbacks: (tf.memory().webgpu?.readbacks ?? 0) - readbacks, memory };
      } finally {
        tf.setBackend("auto");
      }
    };
    const runs = configs.map(([kind, o]) => ({
      kind,
      gpu: train("webgpu", kind, o),
      cpu: train("wasm", kind, o),
    }));
    for (const { kind, gpu } of runs) {
      assertEquals(gpu.readbacks, 0, `${kind}: readbacks during the loop`);
      const st = gpu.w.storage;
      ok(st.gpu !== null && st.host === null && st.ptr < 0, `${kind}: w is not GPU-only`);
      assertEquals(gpu.memory[1], gpu.memory[0], `${kind}: GPU bytes grew from step 10 to 40`);
    }
    const got = await Promise.all(runs.map(({ gpu }) => Promise.all([gpu.w.data(), gpu.b.data()])));
    runs.forEach(({ kind, cpu }, i) => {
      // float32 with a different summation order (the GPU's reductions): close, not equal
      assertClose(
        [got[i][0][0], got[i][1][0]],
        [cpu.w.dataSync()[0], cpu.b.dataSync()[0]],
        { rtol: 1e-4, atol: 1e-5 },
        `${kind} seed ${seed}`,
      );
    });
  },
});
