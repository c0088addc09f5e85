// Differential fuzzing of tapeflow: random graphs of ops on random shapes,
// their values and their gradients (through GradientTape) compared with the
// float64 reference of ./ref64.ts, on a backend.
//
// A graph is plain JSON (leaves with a shape and a seed for their values,
// nodes naming an op, its arguments and attributes), so that a failing graph
// prints as one line that replays it: `await checkGraph(<json>, "wasm")`.
//
// Tolerance. Each graph is also run through the reference with every result
// rounded to float32; |ref64 - ref32| estimates what float32 rounding alone
// does to each value (cancellation, conditioning), and the comparison allows
// a multiple of it on top of a small relative and absolute error. Graph
// generation keeps ops away from their kinks (relu at 0, ties of maximum,
// floor at integers, ...) and from ill-conditioned inputs (log near 0), and
// rejects ops whose float32 and float64 reference values disagree, so that a
// mismatch is tapeflow's error, not the graph's.

import * as tf from "../../mod.ts";
import type { BackendName } from "../../tape/dispatch.ts";
import { opRegistry } from "../../tape/_registry.ts";
import * as R from "./ref64.ts";
import type { T64 } from "./ref64.ts";

type DT = "float32" | "int32";

/** A graph input: its values are drawn from `seed` in [lo, hi] (integers for int32). */
export interface Leaf {
  shape: number[];
  dtype: DT;
  seed: number;
  lo: number;
  hi: number;
  /** Each value's sign is drawn too: values in ±[lo, hi] (divisors away from zero). */
  signs?: boolean;
}

/** An op applied to earlier values (leaves first, then nodes, by index). */
export interface GNode {
  op: string;
  args: number[];
  // deno-lint-ignore no-explicit-any
  attrs?: any;
}

/** A random graph: its last node is the target of the gradient. */
export interface Graph {
  dtype: DT;
  leaves: Leaf[];
  nodes: GNode[];
  /** Seed of the cotangent fed to the target (outputGradients). */
  seed: number;
}

// ------------------------------------------------------------------ random

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number) => r() < p;

/** The values of a leaf (float32-rounded, or integers). */
export function leafValues(l: Leaf): Float64Array {
  const r = rng(l.seed);
  const n = R.size(l.shape);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    v[i] = l.dtype === "int32" ? int(r, l.lo, l.hi) : Math.fround(l.lo + (l.hi - l.lo) * r());
    if (l.signs && r() < 0.5) v[i] = -v[i];
  }
  return v;
}

const MAX_SIZE = 3000;

function randomDim(r: Rand): number {
  const u = r();
  if (u < 0.03) return 0;
  if (u < 0.25) return 1;
  if (u < 0.85) return int(r, 2, 8);
  return int(r, 9, 33);
}

function randomShape(r: Rand, rank = pick(r, [0, 1, 1, 2, 2, 2, 3, 3, 4, 4])): number[] {
  for (;;) {
    const s = Array.from({ length: rank }, () => randomDim(r));
    if (R.size(s) <= MAX_SIZE) return s;
  }
}

/** A shape that broadcasts with `s` (possibly growing the result). */
function broadcastPartner(r: Rand, s: number[]): number[] {
  const u = r();
  if (u < 0.35) return s.slice();
  if (u < 0.45) return [];
  if (u < 0.6) return s.slice(int(r, 0, s.length));
  if (u < 0.85) return s.map((d) => (chance(r, 0.5) ? 1 : d));
  // leading dimensions the other lacks, or 1s of s expanded
  const lead = Array.from({ length: int(r, 1, 2) }, () => int(r, 1, 4));
  const grown = [...lead, ...s.map((d) => (d === 1 && chance(r, 0.5) ? int(r, 2, 4) : d))];
  return R.size(grown) <= MAX_SIZE ? grown : s.slice();
}

/** A random shape with `n` elements (for reshape). */
function factorShape(r: Rand, n: number): number[] {
  const rank = int(r, 0, 4);
  if (n === 0) {
    const s = Array.from({ length: Math.max(rank, 1) }, () => int(r, 0, 3));
    s[int(r, 0, s.length - 1)] = 0;
    return s;
  }
  if (rank === 0) return n === 1 ? [] : [n];
  const s = new Array<number>(rank).fill(1);
  let m = n;
  for (let p = 2; p * p <= m; p++) {
    while (m % p === 0) {
      s[int(r, 0, rank - 1)] *= p;
      m /= p;
    }
  }
  if (m > 1) s[int(r, 0, rank - 1)] *= m;
  return s;
}

// ------------------------------------------------------------------- ops

/** What the generator offers an op: the values so far and ways to add inputs. */
export interface Ctx {
  r: Rand;
  dtype: DT;
  /** Reference values of every value so far (leaves, then nodes). */
  vals: T64[];
  /** Adds a leaf and returns its index (of the graph's dtype unless `dtype` says). */
  leaf(shape: number[], lo?: number, hi?: number, signs?: boolean, dtype?: DT): number;
  /** An existing value with this exact shape, or -1. */
  withShape(shape: number[]): number;
}

/** One entry of the op table. */
interface Spec {
  name: string;
  /** The registry names of the ops it calls (forward): all need a kernel on the backend. */
  kernels: string[];
  dtypes: DT[];
  weight: number;
  /** Chooses the other operands and the attributes; null when `x` does not fit. */
  // deno-lint-ignore no-explicit-any
  gen(c: Ctx, x: number): { args: number[]; attrs?: any } | null;
  // deno-lint-ignore no-explicit-any
  tf(a: tf.Tensor[], attrs: any): tf.Tensor;
  // deno-lint-ignore no-explicit-any
  ref(a: T64[], attrs: any, int: boolean): T64;
  /** Gradients per argument (null: none flows). Absent: not differentiable. */
  // deno-lint-ignore no-explicit-any
  vjp?(a: T64[], y: T64, dy: T64, attrs: any): (T64 | null)[];
  /** True when the inputs sit too close to a kink or outside a well-conditioned domain. */
  // deno-lint-ignore no-explicit-any
  bad?(a: T64[], attrs: any): boolean;
  /** The TypeScript call, for repros. */
  // deno-lint-ignore no-explicit-any
  code(a: string[], attrs: any): string;
}

const near = (x: number, k: number, eps: number) => Math.abs(x - k) < eps;
const anyOf = (t: T64, p: (v: number) => boolean) => t.data.some(p);
const EPS = 1e-3;
/** Too close to an integer (floor/ceil) or a half-integer (round). */
const nearInt = (v: number, off = 0) => near(v - off, Math.round(v - off), EPS * (1 + Math.abs(v)));

function unarySpec(
  name: string,
  bad?: (v: number) => boolean,
  dtypes: DT[] = ["float32"],
  refName = name,
): Spec {
  const u = R.UNARY[refName];
  // deno-lint-ignore no-explicit-any
  const fn = (tf as any)[name] as (x: tf.Tensor) => tf.Tensor;
  return {
    name,
    kernels: [name],
    dtypes,
    weight: 1,
    gen: (_c, x) => ({ args: [x] }),
    tf: ([x]) => fn(x),
    ref: ([x], _a, isInt) => isInt ? R.unary({ f: (v) => u.f(v) | 0, df: u.df }, x) : R.unary(u, x),
    vjp: ([x], y, dy) => [R.unaryVjp(u, x, y, dy)],
    bad: bad ? ([x]) => anyOf(x, bad) : undefined,
    code: ([x]) => `tf.${name}(${x})`,
  };
}

function binarySpec(name: string, dtypes: DT[], weight: number, opts: {
  /** Values the second operand must avoid (and the range of a fresh one). */
  divisor?: boolean;
  pow?: boolean;
  bad?: (a: number, b: number) => boolean;
  diff?: boolean;
} = {}): Spec {
  const op = R.BINARY[name];
  // deno-lint-ignore no-explicit-any
  const fn = (tf as any)[name] as (a: tf.Tensor, b: tf.Tensor) => tf.Tensor;
  return {
    name,
    kernels: [name],
    dtypes,
    weight,
    gen: (c, x) => {
      const s = c.vals[x].shape;
      let y: number;
      const partner = broadcastPartner(c.r, s);
      const existing = c.withShape(partner);
      if (opts.divisor || opts.pow) {
        // a fresh operand in a safe range: |b| in [0.5, 2] (int: 1..7, either sign), or pow's exponent
        if (opts.pow) y = c.leaf(partner, -2.5, 2.5);
        else if (c.dtype === "int32") y = c.leaf(partner, 1, 7, true);
        else y = c.leaf(partner, 0.5, 2, true);
      } else if (existing >= 0 && chance(c.r, 0.3)) y = existing;
      else y = c.leaf(partner, c.dtype === "int32" ? -9 : -2, c.dtype === "int32" ? 9 : 2);
      return chance(c.r, 0.5) || opts.divisor || opts.pow ? { args: [x, y] } : { args: [y, x] };
    },
    tf: ([a, b]) => fn(a, b),
    ref: ([a, b], _attrs, isInt) => R.binary(isInt ? R.BINARY_INT[name] : op.f, a, b),
    vjp: opts.diff === false ? undefined : ([a, b], y, dy) => R.binaryVjp(op, a, b, y, dy),
    bad: ([a, b]) => {
      const shape = R.broadcast(a.shape, b.shape)!;
      if (R.size(shape) > MAX_SIZE) return true;
      if (opts.pow && anyOf(a, (v) => v < 0.05)) return true;
      if (!opts.bad) return false;
      const t = R.binary((u, v) => (opts.bad!(u, v) ? 1 : 0), a, b);
      return anyOf(t, (v) => v !== 0);
    },
    code: ([a, b]) => `tf.${name}(${a}, ${b})`,
  };
}

function axesFor(r: Rand, rank: number): number | number[] | undefined {
  const u = r();
  if (u < 0.2 || rank === 0) return undefined;
  if (u < 0.7) return int(r, -rank, rank - 1);
  const axes = [...Array(rank).keys()].filter(() => chance(r, 0.5));
  return axes.map((a) => (chance(r, 0.3) ? a - rank : a));
}

function normAxes(axis: number | number[] | undefined, rank: number): number[] {
  if (axis === undefined) return [...Array(rank).keys()];
  const list = typeof axis === "number" ? [axis] : axis;
  return [...new Set(list.map((a) => (a < 0 ? a + rank : a)))].sort((a, b) => a - b);
}

function reduceSpec(name: string, kind: R.ReduceKind, dtypes: DT[], weight: number): Spec {
  // deno-lint-ignore no-explicit-any
  const fn = (tf as any)[name] as (
    x: tf.Tensor,
    axis?: number | number[],
    k?: boolean,
  ) => tf.Tensor;
  return {
    name,
    kernels: [name],
    dtypes,
    weight,
    gen: (c, x) => ({
      args: [x],
      attrs: { axis: axesFor(c.r, c.vals[x].shape.length), keepdims: chance(c.r, 0.4) },
    }),
    tf: ([x], a) => fn(x, a.axis, a.keepdims),
    ref: ([x], a, isInt) => R.reduce(kind, x, normAxes(a.axis, x.shape.length), a.keepdims, isInt),
    vjp: ([x], y, dy, a) => {
      const axes = normAxes(a.axis, x.shape.length);
      const keep = (t: T64) => R.reshape(t, x.shape.map((d, i) => (axes.includes(i) ? 1 : d)));
      return [R.reduceVjp(kind, x, axes, keep(y), keep(dy))];
    },
    bad: ([x], a) => {
      if (kind === "prod") {
        // keep products moderate and away from zero factors' cancellation
        const axes = normAxes(a.axis, x.shape.length);
        const n = axes.reduce((p, i) => p * x.shape[i], 1);
        if (n > 12 || anyOf(x, (v) => Math.abs(v) < 0.05 || Math.abs(v) > 4)) return true;
      }
      if (kind === "max" || kind === "min") {
        // ties (or near-ties) in a group split or move the gradient
        const axes = normAxes(a.axis, x.shape.length);
        const y = R.reduce(kind, x, axes, true);
        const m = R.binary(
          (u, v) => (u !== v && Math.abs(u - v) < EPS * (1 + Math.abs(v)) ? 1 : 0),
          x,
          y,
        );
        if (anyOf(m, (v) => v !== 0)) return true;
        const eq = R.reduce("sum", R.binary((u, v) => (u === v ? 1 : 0), x, y), axes, true);
        if (anyOf(eq, (v) => v > 1)) return true;
      }
      return false;
    },
    code: ([x], a) => `tf.${name}(${x}, ${JSON.stringify(a.axis) ?? "undefined"}, ${a.keepdims})`,
  };
}

/** A map that keeps every element where it is (a reshape). */
function identity(x: T64, shape: number[]): { shape: number[]; map: Int32Array } {
  return { shape, map: Int32Array.from({ length: x.data.length }, (_, i) => i) };
}

/**
 * An op that moves elements (shape and indexing ops): its reference is an
 * index map from output elements to input elements, and its gradient adds dy
 * back through the same map.
 */
function mapSpec(
  name: string,
  weight: number,
  // deno-lint-ignore no-explicit-any
  gen: (c: Ctx, x: number) => any | null,
  // deno-lint-ignore no-explicit-any
  call: (x: tf.Tensor, attrs: any) => tf.Tensor,
  // deno-lint-ignore no-explicit-any
  mapOf: (x: T64, attrs: any) => { shape: number[]; map: Int32Array; fill?: number },
  // deno-lint-ignore no-explicit-any
  code: (x: string, attrs: any) => string,
): Spec {
  return {
    name,
    kernels: [name],
    dtypes: ["float32", "int32"],
    weight,
    gen: (c, x) => {
      const attrs = gen(c, x);
      return attrs === null ? null : { args: [x], attrs };
    },
    tf: ([x], a) => call(x, a),
    ref: ([x], a) => {
      const { shape, map, fill } = mapOf(x, a);
      return R.take(x, shape, map, fill ?? 0);
    },
    vjp: ([x], _y, dy, a) => [R.takeVjp(x, mapOf(x, a).map, dy)],
    bad: ([x], a) => R.size(mapOf(x, a).shape) > MAX_SIZE,
    code: ([x], a) => code(x, a),
  };
}

/** gather along `axis` (no batch dims): output shape and the source of each element. */
function gatherMap(x: T64, ind: T64, axis: number): { shape: number[]; map: Int32Array } {
  const ax = axis < 0 ? axis + x.shape.length : axis, ri = ind.shape.length;
  const shape = [...x.shape.slice(0, ax), ...ind.shape, ...x.shape.slice(ax + 1)];
  return {
    shape,
    map: R.indexMap(shape, (idx) => {
      const at = ind.data[R.flatIndex(ind.shape, idx.slice(ax, ax + ri))];
      return R.flatIndex(x.shape, [...idx.slice(0, ax), at, ...idx.slice(ax + ri)]);
    }),
  };
}

/** concat (or stack, with `stack`) of xs along `axis`, as a map into their chain. */
function concatMap(xs: T64[], axis: number, stack: boolean) {
  const { src, offsets } = R.chain(xs);
  const r = xs[0].shape.length;
  const ax = axis < 0 ? axis + r + (stack ? 1 : 0) : axis;
  let shape: number[];
  let locate: (idx: number[]) => number;
  if (stack) {
    shape = [...xs[0].shape.slice(0, ax), xs.length, ...xs[0].shape.slice(ax)];
    locate = (idx) => {
      const k = idx[ax];
      return offsets[k] + R.flatIndex(xs[k].shape, [...idx.slice(0, ax), ...idx.slice(ax + 1)]);
    };
  } else {
    shape = xs[0].shape.slice();
    shape[ax] = xs.reduce((p, x) => p + x.shape[ax], 0);
    locate = (idx) => {
      let v = idx[ax], k = 0;
      while (v >= xs[k].shape[ax]) v -= xs[k++].shape[ax];
      const j = idx.slice();
      j[ax] = v;
      return offsets[k] + R.flatIndex(xs[k].shape, j);
    };
  }
  return { shape, map: R.indexMap(shape, locate), src, offsets };
}

const convGeom = (n: number, k: number, s: number, d: number, p: string) =>
  p === "SAME" || n - ((k - 1) * d + 1) + s >= 0;

const SPECS: Spec[] = [
  // --- elementwise unary (float32)
  unarySpec("neg", undefined, ["float32", "int32"]),
  unarySpec("abs", (v) => Math.abs(v) < EPS, ["float32", "int32"]),
  unarySpec("sign", (v) => Math.abs(v) < EPS, ["float32", "int32"]),
  unarySpec("square", undefined, ["float32", "int32"]),
  unarySpec("sqrt", (v) => v < 0.05),
  unarySpec("rsqrt", (v) => v < 0.05),
  unarySpec("reciprocal", (v) => Math.abs(v) < 0.05),
  unarySpec("exp", (v) => v > 8),
  unarySpec("expm1", (v) => v > 8),
  unarySpec("log", (v) => v < 0.05),
  unarySpec("log1p", (v) => v < -0.95),
  unarySpec("sin", (v) => Math.abs(v) > 100),
  unarySpec("cos", (v) => Math.abs(v) > 100),
  unarySpec("tanh"),
  unarySpec("sigmoid"),
  unarySpec("softplus"),
  unarySpec("relu", (v) => Math.abs(v) < EPS),
  unarySpec("relu6", (v) => Math.abs(v) < EPS || Math.abs(v - 6) < EPS),
  unarySpec("elu", (v) => Math.abs(v) < EPS),
  unarySpec("selu", (v) => Math.abs(v) < EPS),
  unarySpec("erf"),
  unarySpec("floor", (v) => nearInt(v)),
  unarySpec("ceil", (v) => nearInt(v)),
  unarySpec("round", (v) => nearInt(v, 0.5)),
  {
    ...unarySpec("gelu"),
    gen: (c, x) => ({ args: [x], attrs: { approximate: chance(c.r, 0.5) } }),
    tf: ([x], a) => tf.gelu(x, a.approximate),
    ref: ([x], a) => R.unary(R.UNARY[a.approximate ? "geluTanh" : "gelu"], x),
    vjp: ([x], y, dy, a) => [R.unaryVjp(R.UNARY[a.approximate ? "geluTanh" : "gelu"], x, y, dy)],
    code: ([x], a) => `tf.gelu(${x}, ${a.approximate})`,
  },
  {
    ...unarySpec("leakyRelu", (v) => Math.abs(v) < EPS, ["float32"], "relu"),
    gen: (c, x) => ({ args: [x], attrs: { alpha: Math.fround(0.01 + 0.5 * c.r()) } }),
    tf: ([x], a) => tf.leakyRelu(x, a.alpha),
    ref: ([x], a) => R.unary(R.leakyRelu(a.alpha), x),
    vjp: ([x], y, dy, a) => [R.unaryVjp(R.leakyRelu(a.alpha), x, y, dy)],
    code: ([x], a) => `tf.leakyRelu(${x}, ${a.alpha})`,
  },
  // --- elementwise binary with broadcasting
  binarySpec("add", ["float32", "int32"], 3),
  binarySpec("subtract", ["float32", "int32"], 3),
  binarySpec("multiply", ["float32", "int32"], 3),
  binarySpec("divide", ["float32", "int32"], 2, { divisor: true }),
  binarySpec("floorDiv", ["float32", "int32"], 1, {
    divisor: true,
    diff: false,
    bad: (a, b) => nearInt(a / b),
  }),
  binarySpec("mod", ["float32", "int32"], 1, { divisor: true, bad: (a, b) => nearInt(a / b) }),
  binarySpec("pow", ["float32"], 1, { pow: true }),
  binarySpec("maximum", ["float32", "int32"], 1, {
    bad: (a, b) => Math.abs(a - b) < EPS * (1 + Math.abs(a)),
  }),
  binarySpec("minimum", ["float32", "int32"], 1, {
    bad: (a, b) => Math.abs(a - b) < EPS * (1 + Math.abs(a)),
  }),
  binarySpec("squaredDifference", ["float32", "int32"], 1),
  // --- where(p > q, x, y): a comparison feeding a selection
  {
    name: "where",
    kernels: ["where", "greater"],
    dtypes: ["float32", "int32"],
    weight: 2,
    gen: (c, x) => {
      const s = c.vals[x].shape;
      const lo = c.dtype === "int32" ? -9 : -2, hi = -lo;
      const q = c.leaf(broadcastPartner(c.r, s), lo, hi);
      const a = c.leaf(broadcastPartner(c.r, s), lo, hi);
      const b = c.leaf(broadcastPartner(c.r, s), lo, hi);
      return { args: [x, q, a, b] };
    },
    tf: ([p, q, a, b]) => tf.where(tf.greater(p, q), a, b),
    ref: ([p, q, a, b]) => R.where(R.binary((u, v) => (u > v ? 1 : 0), p, q), a, b),
    vjp: ([p, q, a, b], y, dy) => [
      null,
      null,
      ...R.whereVjp(R.binary((u, v) => (u > v ? 1 : 0), p, q), a, b, y, dy),
    ],
    bad: ([p, q, a, b]) => {
      const s = R.broadcast(R.broadcast(R.broadcast(p.shape, q.shape)!, a.shape)!, b.shape);
      if (s === null || R.size(s) > MAX_SIZE) return true;
      return anyOf(
        R.binary((u, v) => (Math.abs(u - v) < EPS * (1 + Math.abs(u)) ? 1 : 0), p, q),
        (v) => v !== 0,
      );
    },
    code: ([p, q, a, b]) => `tf.where(tf.greater(${p}, ${q}), ${a}, ${b})`,
  },
  {
    name: "clipByValue",
    kernels: ["clipByValue"],
    dtypes: ["float32", "int32"],
    weight: 1,
    gen: (c, x) => {
      const a = c.dtype === "int32" ? int(c.r, -5, 0) : Math.fround(-1.5 * c.r());
      const b = c.dtype === "int32" ? int(c.r, 0, 5) : Math.fround(1.5 * c.r());
      return { args: [x], attrs: { lo: Math.min(a, b), hi: Math.max(a, b) } };
    },
    tf: ([x], a) => tf.clipByValue(x, a.lo, a.hi),
    ref: ([x], a) => R.unary({ f: (v) => Math.min(Math.max(v, a.lo), a.hi), df: () => 0 }, x),
    vjp: (
      [x],
      y,
      dy,
      a,
    ) => [R.unaryVjp({ f: () => 0, df: (v) => (v >= a.lo && v <= a.hi ? 1 : 0) }, x, y, dy)],
    bad: ([x], a) => anyOf(x, (v) => near(v, a.lo, EPS) || near(v, a.hi, EPS)),
    code: ([x], a) => `tf.clipByValue(${x}, ${a.lo}, ${a.hi})`,
  },
  // --- reductions
  reduceSpec("reduceSum", "sum", ["float32", "int32"], 3),
  reduceSpec("reduceMean", "mean", ["float32", "int32"], 2),
  reduceSpec("reduceMax", "max", ["float32", "int32"], 1),
  reduceSpec("reduceMin", "min", ["float32", "int32"], 1),
  reduceSpec("reduceProd", "prod", ["float32", "int32"], 1),
  reduceSpec("reduceLogSumExp", "logSumExp", ["float32"], 1),
  {
    name: "cumsum",
    kernels: ["cumsum"],
    dtypes: ["float32", "int32"],
    weight: 1,
    gen: (c, x) => {
      const rank = c.vals[x].shape.length;
      if (rank === 0) return null;
      return {
        args: [x],
        attrs: {
          axis: int(c.r, -rank, rank - 1),
          exclusive: chance(c.r, 0.5),
          reverse: chance(c.r, 0.5),
        },
      };
    },
    tf: ([x], a) => tf.cumsum(x, a.axis, a.exclusive, a.reverse),
    ref: ([x], a, isInt) =>
      R.cumsum(x, a.axis < 0 ? a.axis + x.shape.length : a.axis, a.exclusive, a.reverse, isInt),
    vjp: (
      [x],
      _y,
      dy,
      a,
    ) => [R.cumsumVjp(dy, a.axis < 0 ? a.axis + x.shape.length : a.axis, a.exclusive, a.reverse)],
    code: ([x], a) => `tf.cumsum(${x}, ${a.axis}, ${a.exclusive}, ${a.reverse})`,
  },
  ...(["softmax", "logSoftmax"] as const).map((name): Spec => ({
    name,
    kernels: [name],
    dtypes: ["float32"],
    weight: 2,
    gen: (c, x) => {
      const rank = c.vals[x].shape.length;
      if (rank === 0) return null;
      return { args: [x], attrs: { axis: int(c.r, -rank, rank - 1) } };
    },
    tf: ([x], a) => tf[name](x, a.axis),
    ref: ([x], a) =>
      R.softmax(x, a.axis < 0 ? a.axis + x.shape.length : a.axis, name === "logSoftmax"),
    vjp: (
      [x],
      y,
      dy,
      a,
    ) => [
      R.softmaxVjp(y, dy, a.axis < 0 ? a.axis + x.shape.length : a.axis, name === "logSoftmax"),
    ],
    code: ([x], a) => `tf.${name}(${x}, ${a.axis})`,
  })),
  {
    name: "argMax",
    kernels: ["argMax"],
    dtypes: ["int32"],
    weight: 1,
    gen: (c, x) => {
      const s = c.vals[x].shape;
      if (s.length === 0) return null;
      const axis = int(c.r, -s.length, s.length - 1);
      if (s[axis < 0 ? axis + s.length : axis] === 0) return null;
      return { args: [x], attrs: { axis, min: chance(c.r, 0.5) } };
    },
    tf: ([x], a) => (a.min ? tf.argMin : tf.argMax)(x, a.axis),
    ref: ([x], a) => {
      const axis = a.axis < 0 ? a.axis + x.shape.length : a.axis;
      // the first extreme index along the axis
      const outShape = x.shape.filter((_, i) => i !== axis);
      const res = R.zeros(outShape);
      const n = x.shape[axis], inner = R.size(x.shape.slice(axis + 1));
      for (let o = 0; o < R.size(x.shape.slice(0, axis)); o++) {
        for (let i = 0; i < inner; i++) {
          let best = 0;
          for (let j = 1; j < n; j++) {
            const v = x.data[(o * n + j) * inner + i], b = x.data[(o * n + best) * inner + i];
            if (a.min ? v < b : v > b) best = j;
          }
          res.data[o * inner + i] = best;
        }
      }
      return res;
    },
    code: ([x], a) => `tf.${a.min ? "argMin" : "argMax"}(${x}, ${a.axis})`,
  },
  // --- matmul with batch broadcasting and transposes
  {
    name: "matmul",
    kernels: ["matmul"],
    dtypes: ["float32", "int32"],
    weight: 4,
    gen: (c, x) => {
      const s = c.vals[x].shape;
      if (s.length < 2) return null;
      const tA = chance(c.r, 0.3), tB = chance(c.r, 0.3);
      const K = tA ? s[s.length - 2] : s[s.length - 1];
      const N = chance(c.r, 0.05) ? 0 : int(c.r, 1, 9);
      const batchA = s.slice(0, -2);
      const batchB = chance(c.r, 0.5)
        ? batchA.map((d) => (chance(c.r, 0.3) ? 1 : d))
        : batchA.slice(int(c.r, 0, batchA.length));
      const b = c.leaf(
        [...batchB, ...(tB ? [N, K] : [K, N])],
        c.dtype === "int32" ? -5 : -1,
        c.dtype === "int32" ? 5 : 1,
      );
      return { args: [x, b], attrs: { tA, tB } };
    },
    tf: ([a, b], at) => tf.matmul(a, b, at.tA, at.tB),
    ref: ([a, b], at, isInt) => R.matmul(a, b, at.tA, at.tB, isInt),
    vjp: ([a, b], _y, dy, at) => R.matmulVjp(a, b, at.tA, at.tB, dy),
    bad: ([a, b], at) => {
      const M = at.tA ? a.shape[a.shape.length - 1] : a.shape[a.shape.length - 2];
      const N = at.tB ? b.shape[b.shape.length - 2] : b.shape[b.shape.length - 1];
      const batch = R.broadcast(a.shape.slice(0, -2), b.shape.slice(0, -2));
      return batch === null || R.size(batch) * M * N > MAX_SIZE;
    },
    code: ([a, b], at) => `tf.matmul(${a}, ${b}, ${at.tA}, ${at.tB})`,
  },
  // --- shape ops
  {
    name: "reshape",
    kernels: ["reshape"],
    dtypes: ["float32", "int32"],
    weight: 2,
    gen: (c, x) => {
      const s = c.vals[x].shape;
      const n = R.size(s);
      const shape = factorShape(c.r, n);
      if (n > 0 && shape.length > 0 && chance(c.r, 0.3)) shape[int(c.r, 0, shape.length - 1)] = -1;
      return { args: [x], attrs: { shape } };
    },
    tf: ([x], a) => tf.reshape(x, a.shape),
    ref: ([x], a) => {
      const n = R.size(x.shape);
      const known = a.shape.reduce((p: number, d: number) => (d === -1 ? p : p * d), 1);
      return R.reshape(x, a.shape.map((d: number) => (d === -1 ? n / known : d)));
    },
    vjp: ([x], _y, dy) => [R.reshape(dy, x.shape)],
    code: ([x], a) => `tf.reshape(${x}, ${JSON.stringify(a.shape)})`,
  },
  {
    name: "transpose",
    kernels: ["transpose"],
    dtypes: ["float32", "int32"],
    weight: 2,
    gen: (c, x) => {
      const rank = c.vals[x].shape.length;
      if (chance(c.r, 0.2)) return { args: [x], attrs: { perm: undefined } };
      const perm = [...Array(rank).keys()];
      for (let i = rank - 1; i > 0; i--) {
        const j = int(c.r, 0, i);
        [perm[i], perm[j]] = [perm[j], perm[i]];
      }
      return { args: [x], attrs: { perm } };
    },
    tf: ([x], a) => tf.transpose(x, a.perm),
    ref: ([x], a) => R.transpose(x, a.perm ?? [...Array(x.shape.length).keys()].reverse()),
    vjp: (
      [x],
      _y,
      dy,
      a,
    ) => [R.transpose(dy, R.inversePerm(a.perm ?? [...Array(x.shape.length).keys()].reverse()))],
    code: ([x], a) => `tf.transpose(${x}${a.perm ? `, ${JSON.stringify(a.perm)}` : ""})`,
  },
  // --- shape and indexing ops: index maps (out element -> input element)
  mapSpec(
    "expandDims",
    1,
    (c, x) => {
      const r = c.vals[x].shape.length;
      return { axis: int(c.r, -r - 1, r) };
    },
    (x, a) => tf.expandDims(x, a.axis),
    (x, a) => {
      const r = x.shape.length, ax = a.axis < 0 ? a.axis + r + 1 : a.axis;
      return identity(x, [...x.shape.slice(0, ax), 1, ...x.shape.slice(ax)]);
    },
    (x, a) => `tf.expandDims(${x}, ${a.axis})`,
  ),
  mapSpec(
    "squeeze",
    1,
    (c, x) => {
      const sh = c.vals[x].shape;
      const ones = sh.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0);
      if (ones.length === 0 || chance(c.r, 0.3)) return { axis: undefined };
      return {
        axis: ones.filter(() => chance(c.r, 0.6)).map((
          i,
        ) => (chance(c.r, 0.3) ? i - sh.length : i)),
      };
    },
    (x, a) => tf.squeeze(x, a.axis),
    (x, a) => {
      const r = x.shape.length;
      const drop = a.axis === undefined
        ? x.shape.map((d, i) => (d === 1 ? i : -1))
        : (a.axis as number[]).map((i) => (i < 0 ? i + r : i));
      return identity(x, x.shape.filter((_, i) => !drop.includes(i)));
    },
    (x, a) => `tf.squeeze(${x}${a.axis === undefined ? "" : `, ${JSON.stringify(a.axis)}`})`,
  ),
  mapSpec(
    "broadcastTo",
    2,
    (c, x) => {
      const sh = c.vals[x].shape;
      const lead = chance(c.r, 0.5)
        ? Array.from({ length: int(c.r, 1, 2) }, () => int(c.r, 1, 3))
        : [];
      const shape = [...lead, ...sh.map((d) => (d === 1 && chance(c.r, 0.6) ? int(c.r, 0, 4) : d))];
      return R.size(shape) <= MAX_SIZE ? { shape } : null;
    },
    (x, a) => tf.broadcastTo(x, a.shape),
    (x, a) => ({
      shape: a.shape,
      map: R.broadcastMap(a.shape, x.shape),
    }),
    (x, a) => `tf.broadcastTo(${x}, ${JSON.stringify(a.shape)})`,
  ),
  mapSpec(
    "tile",
    1,
    (c, x) => {
      const sh = c.vals[x].shape;
      const multiples = sh.map(() => (chance(c.r, 0.6) ? 1 : int(c.r, 0, 3)));
      return R.size(sh.map((d, i) => d * multiples[i])) <= MAX_SIZE ? { multiples } : null;
    },
    (x, a) => tf.tile(x, a.multiples),
    (x, a) => {
      const shape = x.shape.map((d, i) => d * a.multiples[i]);
      return {
        shape,
        map: R.indexMap(shape, (idx) => R.flatIndex(x.shape, idx.map((v, d) => v % x.shape[d]))),
      };
    },
    (x, a) => `tf.tile(${x}, ${JSON.stringify(a.multiples)})`,
  ),
  mapSpec(
    "reverse",
    1,
    (c, x) => ({ axis: axesFor(c.r, c.vals[x].shape.length) }),
    (x, a) => tf.reverse(x, a.axis),
    (x, a) => {
      const axes = normAxes(a.axis, x.shape.length);
      return {
        shape: x.shape,
        map: R.indexMap(
          x.shape,
          (idx) =>
            R.flatIndex(x.shape, idx.map((v, d) => (axes.includes(d) ? x.shape[d] - 1 - v : v))),
        ),
      };
    },
    (x, a) => `tf.reverse(${x}, ${JSON.stringify(a.axis) ?? "undefined"})`,
  ),
  mapSpec(
    "slice",
    2,
    (c, x) => {
      const sh = c.vals[x].shape;
      const begin = sh.map((d) => int(c.r, 0, d));
      const size = sh.map((d, i) => (chance(c.r, 0.3) ? -1 : int(c.r, 0, d - begin[i])));
      return { begin, size };
    },
    (x, a) => tf.slice(x, a.begin, a.size),
    (x, a) => {
      const shape = x.shape.map((d, i) => (a.size[i] === -1 ? d - a.begin[i] : a.size[i]));
      return {
        shape,
        map: R.indexMap(shape, (idx) => R.flatIndex(x.shape, idx.map((v, d) => v + a.begin[d]))),
      };
    },
    (x, a) => `tf.slice(${x}, ${JSON.stringify(a.begin)}, ${JSON.stringify(a.size)})`,
  ),
  mapSpec(
    "stridedSlice",
    2,
    (c, x) => {
      const sh = c.vals[x].shape;
      const begin: number[] = [], end: number[] = [], strides: number[] = [];
      let beginMask = 0, endMask = 0, shrink = 0;
      sh.forEach((d, i) => {
        begin.push(int(c.r, -d - 2, d + 2));
        end.push(int(c.r, -d - 2, d + 2));
        strides.push(pick(c.r, [1, 1, 2, 3, -1, -2]));
        if (chance(c.r, 0.2)) beginMask |= 1 << i;
        if (chance(c.r, 0.2)) endMask |= 1 << i;
        if (d > 0 && chance(c.r, 0.15)) {
          shrink |= 1 << i;
          begin[i] = int(c.r, -d, d - 1);
          strides[i] = 1;
          beginMask &= ~(1 << i);
        }
      });
      return { begin, end, strides, beginMask, endMask, shrink };
    },
    (x, a) => tf.stridedSlice(x, a.begin, a.end, a.strides, a.beginMask, a.endMask, 0, 0, a.shrink),
    (x, a) => {
      const axes = x.shape.map((d, i) => {
        if (a.shrink & (1 << i)) {
          return {
            start: a.begin[i] < 0 ? a.begin[i] + d : a.begin[i],
            count: 1,
            step: 1,
            keep: false,
          };
        }
        const bm = a.beginMask & (1 << i), em = a.endMask & (1 << i);
        const { start, count } = R.sliceIndices(
          d,
          bm ? null : a.begin[i],
          em ? null : a.end[i],
          a.strides[i],
        );
        return { start, count, step: a.strides[i], keep: true };
      });
      const kept = axes.filter((ax) => ax.keep);
      const shape = kept.map((ax) => ax.count);
      return {
        shape,
        map: R.indexMap(shape, (idx) => {
          let k = 0;
          const full = axes.map((ax) => (ax.keep ? ax.start + idx[k++] * ax.step : ax.start));
          return R.flatIndex(x.shape, full);
        }),
      };
    },
    (x, a) =>
      `tf.stridedSlice(${x}, ${JSON.stringify(a.begin)}, ${JSON.stringify(a.end)}, ${
        JSON.stringify(a.strides)
      }, ${a.beginMask}, ${a.endMask}, 0, 0, ${a.shrink})`,
  ),
  mapSpec(
    "pad",
    2,
    (c, x) => {
      const sh = c.vals[x].shape;
      const mode = pick(c.r, ["CONSTANT", "CONSTANT", "REFLECT", "SYMMETRIC"]);
      const limit = (d: number) => (mode === "REFLECT" ? d - 1 : mode === "SYMMETRIC" ? d : 2);
      const paddings = sh.map((
        d,
      ) => [int(c.r, 0, Math.min(2, limit(d))), int(c.r, 0, Math.min(2, limit(d)))]);
      if (paddings.some(([lo, hi]) => lo < 0 || hi < 0)) return null;
      const value = c.dtype === "int32" ? int(c.r, -3, 3) : Math.fround(c.r() * 2 - 1);
      if (R.size(sh.map((d, i) => d + paddings[i][0] + paddings[i][1])) > MAX_SIZE) return null;
      return { paddings, mode, value };
    },
    (
      x,
      a,
    ) => (a.mode === "CONSTANT" ? tf.pad(x, a.paddings, a.value) : tf.pad(x, a.paddings, a.mode)),
    (x, a) => {
      const shape = x.shape.map((d, i) => d + a.paddings[i][0] + a.paddings[i][1]);
      const src = (v: number, d: number, lo: number) => {
        const q = v - lo;
        if (q >= 0 && q < d) return q;
        if (a.mode === "CONSTANT") return -1;
        if (a.mode === "REFLECT") return q < 0 ? -q : 2 * (d - 1) - q;
        return q < 0 ? -q - 1 : 2 * d - 1 - q;
      };
      return {
        shape,
        fill: a.value,
        map: R.indexMap(shape, (idx) => {
          const full = idx.map((v, d) => src(v, x.shape[d], a.paddings[d][0]));
          return full.includes(-1) ? -1 : R.flatIndex(x.shape, full);
        }),
      };
    },
    (x, a) =>
      a.mode === "CONSTANT"
        ? `tf.pad(${x}, ${JSON.stringify(a.paddings)}, ${a.value})`
        : `tf.pad(${x}, ${JSON.stringify(a.paddings)}, "${a.mode}")`,
  ),
  {
    name: "gather",
    kernels: ["gather"],
    dtypes: ["float32", "int32"],
    weight: 2,
    gen: (c, x) => {
      const sh = c.vals[x].shape;
      if (sh.length === 0) return null;
      const axis = int(c.r, -sh.length, sh.length - 1);
      const d = sh[axis < 0 ? axis + sh.length : axis];
      if (d === 0) return null;
      const ishape = randomShape(c.r, int(c.r, 0, 2)).map((v) => Math.min(v, 4));
      const i = c.leaf(ishape, 0, d - 1, false, "int32");
      return { args: [x, i], attrs: { axis } };
    },
    tf: ([x, i], a) => tf.gather(x, i, a.axis),
    ref: ([x, i], a) => {
      const { shape, map } = gatherMap(x, i, a.axis);
      return R.take(x, shape, map);
    },
    vjp: ([x, i], _y, dy, a) => [R.takeVjp(x, gatherMap(x, i, a.axis).map, dy), null],
    bad: ([x, i], a) => R.size(gatherMap(x, i, a.axis).shape) > MAX_SIZE,
    code: ([x, i], a) => `tf.gather(${x}, ${i}, ${a.axis})`,
  },
  {
    name: "concat",
    kernels: ["concat"],
    dtypes: ["float32", "int32"],
    weight: 2,
    gen: (c, x) => {
      const sh = c.vals[x].shape;
      if (sh.length === 0) return null;
      const axis = int(c.r, -sh.length, sh.length - 1), ax = axis < 0 ? axis + sh.length : axis;
      const args = [x];
      for (let k = int(c.r, 0, 2); k > 0; k--) {
        const other = sh.slice();
        other[ax] = int(c.r, 0, 4);
        args.splice(int(c.r, 0, args.length), 0, c.leaf(other));
      }
      return { args, attrs: { axis } };
    },
    tf: (xs, a) => tf.concat(xs, a.axis),
    ref: (xs, a) => {
      const { shape, map, src } = concatMap(xs, a.axis, false);
      return R.take(src, shape, map);
    },
    vjp: (xs, _y, dy, a) => {
      const { map, src, offsets } = concatMap(xs, a.axis, false);
      return R.unchain(R.takeVjp(src, map, dy), xs, offsets);
    },
    bad: (xs, a) => R.size(concatMap(xs, a.axis, false).shape) > MAX_SIZE,
    code: (xs, a) => `tf.concat([${xs.join(", ")}], ${a.axis})`,
  },
  {
    name: "stack",
    kernels: ["stack"],
    dtypes: ["float32", "int32"],
    weight: 1,
    gen: (c, x) => {
      const sh = c.vals[x].shape;
      const axis = int(c.r, -sh.length - 1, sh.length);
      const args = [x];
      for (let k = int(c.r, 0, 2); k > 0; k--) {
        args.splice(int(c.r, 0, args.length), 0, c.leaf(sh.slice()));
      }
      return { args, attrs: { axis } };
    },
    tf: (xs, a) => tf.stack(xs, a.axis),
    ref: (xs, a) => {
      const { shape, map, src } = concatMap(xs, a.axis, true);
      return R.take(src, shape, map);
    },
    vjp: (xs, _y, dy, a) => {
      const { map, src, offsets } = concatMap(xs, a.axis, true);
      return R.unchain(R.takeVjp(src, map, dy), xs, offsets);
    },
    bad: (xs, a) => R.size(concatMap(xs, a.axis, true).shape) > MAX_SIZE,
    code: (xs, a) => `tf.stack([${xs.join(", ")}], ${a.axis})`,
  },
  mapSpec(
    "split",
    2,
    (c, x) => {
      const sh = c.vals[x].shape;
      if (sh.length === 0) return null;
      const axis = int(c.r, -sh.length, sh.length - 1), d = sh[axis < 0 ? axis + sh.length : axis];
      let sizes: number[] | number;
      if (chance(c.r, 0.4) && d > 0) {
        const divisors = [...Array(d).keys()].map((i) => i + 1).filter((n) => d % n === 0);
        sizes = pick(c.r, divisors);
      } else {
        const parts: number[] = [];
        let left = d;
        while (left > 0 && parts.length < 3) {
          const p = int(c.r, 0, left);
          parts.push(p);
          left -= p;
        }
        parts.push(left);
        if (chance(c.r, 0.3)) parts[int(c.r, 0, parts.length - 1)] = -1;
        sizes = parts;
      }
      const n = typeof sizes === "number" ? sizes : sizes.length;
      return { sizes, axis, k: int(c.r, 0, n - 1) };
    },
    (x, a) => tf.split(x, a.sizes, a.axis)[a.k],
    (x, a) => {
      const ax = a.axis < 0 ? a.axis + x.shape.length : a.axis, d = x.shape[ax];
      let sizes: number[];
      if (typeof a.sizes === "number") sizes = new Array(a.sizes).fill(d / a.sizes);
      else {
        const known = (a.sizes as number[]).reduce((p, v) => (v === -1 ? p : p + v), 0);
        sizes = (a.sizes as number[]).map((v) => (v === -1 ? d - known : v));
      }
      const off = sizes.slice(0, a.k).reduce((p, v) => p + v, 0);
      const shape = x.shape.slice();
      shape[ax] = sizes[a.k];
      return {
        shape,
        map: R.indexMap(
          shape,
          (idx) => R.flatIndex(x.shape, idx.map((v, i) => (i === ax ? v + off : v))),
        ),
      };
    },
    (x, a) => `tf.split(${x}, ${JSON.stringify(a.sizes)}, ${a.axis})[${a.k}]`,
  ),
  mapSpec(
    "unstack",
    1,
    (c, x) => {
      const sh = c.vals[x].shape;
      if (sh.length === 0) return null;
      const axis = int(c.r, -sh.length, sh.length - 1), d = sh[axis < 0 ? axis + sh.length : axis];
      return d === 0 ? null : { axis, k: int(c.r, 0, d - 1) };
    },
    (x, a) => tf.unstack(x, a.axis)[a.k],
    (x, a) => {
      const ax = a.axis < 0 ? a.axis + x.shape.length : a.axis;
      const shape = x.shape.filter((_, i) => i !== ax);
      return {
        shape,
        map: R.indexMap(
          shape,
          (idx) => R.flatIndex(x.shape, [...idx.slice(0, ax), a.k, ...idx.slice(ax)]),
        ),
      };
    },
    (x, a) => `tf.unstack(${x}, ${a.axis})[${a.k}]`,
  ),
  // --- convolutions and pools (NHWC)
  ...([false, true] as const).map((depthwise): Spec => ({
    name: depthwise ? "depthwiseConv2d" : "conv2d",
    kernels: [depthwise ? "depthwiseConv2d" : "conv2d"],
    dtypes: ["float32"],
    weight: 3,
    gen: (c, x) => {
      const s = c.vals[x].shape;
      if (s.length !== 4) return null;
      const [, H, W, C] = s;
      const kh = int(c.r, 1, 3), kw = int(c.r, 1, 3);
      const strides = [int(c.r, 1, 2), int(c.r, 1, 2)];
      const dilations = chance(c.r, 0.2) ? [int(c.r, 1, 2), int(c.r, 1, 2)] : [1, 1];
      const padding = chance(c.r, 0.5) ? "SAME" : "VALID";
      if (
        !convGeom(H, kh, strides[0], dilations[0], padding) ||
        !convGeom(W, kw, strides[1], dilations[1], padding)
      ) return null;
      const f = c.leaf([kh, kw, C, int(c.r, 1, depthwise ? 2 : 4)], -1, 1);
      return { args: [x, f], attrs: { strides, dilations, padding } };
    },
    tf: ([x, f], a) =>
      (depthwise ? tf.depthwiseConv2d : tf.conv2d)(x, f, a.strides, a.padding, a.dilations),
    ref: ([x, f], a) => R.conv(x, f, a, depthwise),
    vjp: ([x, f], _y, dy, a) => R.convVjp(x, f, a, depthwise, dy),
    bad: ([x, f], a) => {
      const [B, H, W, C] = x.shape;
      const oh = R.window(H, f.shape[0], a.strides[0], a.dilations[0], a.padding).out;
      const ow = R.window(W, f.shape[1], a.strides[1], a.dilations[1], a.padding).out;
      return B * oh * ow * (depthwise ? C * f.shape[3] : f.shape[3]) > MAX_SIZE;
    },
    code: ([x, f], a) =>
      `tf.${depthwise ? "depthwiseConv2d" : "conv2d"}(${x}, ${f}, ${
        JSON.stringify(a.strides)
      }, "${a.padding}", ${JSON.stringify(a.dilations)})`,
  })),
  ...([true, false] as const).map((max): Spec => ({
    name: max ? "maxPool" : "avgPool",
    kernels: [max ? "maxPool" : "avgPool"],
    dtypes: ["float32"],
    weight: 2,
    gen: (c, x) => {
      const s = c.vals[x].shape;
      if (s.length !== 4) return null;
      const ksize = [int(c.r, 1, 3), int(c.r, 1, 3)];
      const strides = [int(c.r, 1, 3), int(c.r, 1, 3)];
      const padding = chance(c.r, 0.5) ? "SAME" : "VALID";
      if (
        !convGeom(s[1], ksize[0], strides[0], 1, padding) ||
        !convGeom(s[2], ksize[1], strides[1], 1, padding)
      ) return null;
      return { args: [x], attrs: { ksize, strides, padding } };
    },
    tf: ([x], a) => (max ? tf.maxPool : tf.avgPool)(x, a.ksize, a.strides, a.padding),
    ref: ([x], a) => R.pool(x, a, max),
    vjp: ([x], _y, dy, a) => [R.poolVjp(x, a, max, dy)],
    bad: max
      ? ([x], a) => R.poolTies(x, a, EPS) // near-ties in a window would move the gradient
      : undefined,
    code: ([x], a) =>
      `tf.${max ? "maxPool" : "avgPool"}(${x}, ${JSON.stringify(a.ksize)}, ${
        JSON.stringify(a.strides)
      }, "${a.padding}")`,
  })),
];

const SPEC_BY_NAME = new Map(SPECS.map((s) => [s.name, s]));

/**
 * Ops whose float32 error is a few ulps of their inputs' size rather than of
 * their result's (sums and differences, which cancel; sin and cos, whose
 * argument reduction works at the input's scale; gelu's 1 + erf).
 */
const ABS_ERR = new Set([
  "add",
  "subtract",
  "squaredDifference",
  "mod",
  "sin",
  "cos",
  "gelu",
  "reduceSum",
  "reduceMean",
  "reduceLogSumExp",
  "cumsum",
  "softmax",
  "logSoftmax",
  "matmul",
  "conv2d",
  "depthwiseConv2d",
  "avgPool",
]);

/**
 * An op's reference result with float32-like errors: one ulp of the result
 * on each element (R.setRounding), plus one ulp of the inputs' size for
 * ABS_ERR ops, each up or down by a hash of the element's index.
 */
let absTick = 0;

function simOp(spec: Spec, args: T64[], attrs: unknown, isInt: boolean, dir = 2): T64 {
  R.setRounding(true, dir);
  let y: T64;
  try {
    y = spec.ref(args, attrs, isInt);
  } finally {
    R.setRounding(false);
  }
  if (!isInt && ABS_ERR.has(spec.name)) {
    const u = 2 ** -23 * Math.max(...args.map(maxAbs), 0);
    for (let i = 0; i < y.data.length; i++) {
      y.data[i] += R.direction(dir === 4 ? 3 : dir, absTick++) * u;
    }
  }
  return y;
}

/** The op table's names (for reports). */
export const OP_NAMES: readonly string[] = SPECS.map((s) => s.name);

/** Whether every op a spec calls has a kernel on `backend`. */
function runsOn(s: Spec, backend: BackendName): boolean {
  return backend === "wasm" || s.kernels.every((k) => opRegistry.get(k)?.hasKernel.webgpu);
}

/** The names of the ops that graphs for `backend` may use. */
export function opsFor(backend: BackendName): string[] {
  return SPECS.filter((s) => runsOn(s, backend)).map((s) => s.name);
}

// ---------------------------------------------------------------- generate

/**
 * The reference values of every leaf and node; with `sim` (a SIMS pattern),
 * with float32-like errors (simOp).
 */
export function evalRef(g: Graph, sim: number | null): T64[] {
  R.resetPerturbation();
  absTick = 0;
  const vals: T64[] = g.leaves.map((l) => R.tensor(l.shape, leafValues(l)));
  for (const n of g.nodes) {
    const s = SPEC_BY_NAME.get(n.op)!;
    const args = n.args.map((i) => vals[i]);
    const isInt = g.dtype === "int32";
    vals.push(sim !== null ? simOp(s, args, n.attrs, isInt, sim) : s.ref(args, n.attrs, isInt));
  }
  return vals;
}

/**
 * Reference gradients of the last node (cotangent from `g.seed`) w.r.t. each
 * float leaf; with `mag`, the magnitudes of the terms that make them instead
 * (see R.setMagnitude).
 */
export function gradRef(g: Graph, vals: T64[], sim: number | null, mag = false): (T64 | null)[] {
  R.setRounding(sim !== null, sim ?? 2);
  R.resetPerturbation();
  R.setMagnitude(mag);
  try {
    const L = g.leaves.length;
    const grads = new Map<number, T64>();
    const target = L + g.nodes.length - 1;
    const v = cotangent(g, vals[target].shape);
    if (mag) v.data.forEach((x, i) => (v.data[i] = Math.abs(x)));
    grads.set(target, v);
    for (let k = g.nodes.length - 1; k >= 0; k--) {
      const dy = grads.get(L + k);
      if (dy === undefined) continue;
      const n = g.nodes[k];
      const s = SPEC_BY_NAME.get(n.op)!;
      if (s.vjp === undefined) continue;
      const gs = s.vjp(n.args.map((i) => vals[i]), vals[L + k], dy, n.attrs);
      n.args.forEach((a, j) => {
        const gj = gs[j];
        if (gj === null) return;
        const prev = grads.get(a);
        grads.set(a, prev === undefined ? gj : R.binary((u, v) => u + v, prev, gj));
      });
    }
    return g.leaves.map((_, i) => grads.get(i) ?? null);
  } finally {
    R.setRounding(false);
    R.setMagnitude(false);
  }
}

function cotangent(g: Graph, shape: number[]): T64 {
  return R.tensor(shape, leafValues({ shape, dtype: "float32", seed: g.seed, lo: -1, hi: 1 }));
}

const maxAbs = (t: T64) => t.data.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/** Generates a random graph for `backend` from `seed`. */
export function generate(seed: number, backend: BackendName = "wasm"): Graph {
  const r = rng(seed);
  const dtype: DT = chance(r, 0.15) ? "int32" : "float32";
  const specs = SPECS.filter((s) => s.dtypes.includes(dtype) && runsOn(s, backend));
  const total = specs.reduce((a, s) => a + s.weight, 0);
  const drawSpec = () => {
    let u = r() * total;
    for (const s of specs) if ((u -= s.weight) < 0) return s;
    return specs[specs.length - 1];
  };
  const range = dtype === "int32" ? [-9, 9] : [-2, 2];
  // Values in creation order (leaves and nodes mixed); renumbered leaves-first at the end.
  type Item = {
    leaf?: Leaf;
    node?: { op: string; args: number[]; attrs?: unknown };
    v: T64;
    v32: T64;
  };
  const items: Item[] = [];
  const addLeaf = (shape: number[], lo = range[0], hi = range[1], signs = false, dt = dtype) => {
    const leaf: Leaf = { shape, dtype: dt, seed: int(r, 0, 2 ** 31 - 1), lo, hi };
    if (signs) leaf.signs = true;
    const v = R.tensor(shape, leafValues(leaf));
    items.push({ leaf, v, v32: v });
    return items.length - 1;
  };
  addLeaf(randomShape(r, chance(r, 0.2) ? 4 : undefined));
  const nOps = int(r, 1, 10);
  for (let step = 0; step < nOps; step++) {
    for (let attempt = 0; attempt < 12; attempt++) {
      const spec = drawSpec();
      // operands: values of the graph's dtype (not gather's int32 indices)
      const usable = [...items.keys()].filter((i) =>
        !items[i].leaf || items[i].leaf!.dtype === dtype
      );
      const x = chance(r, 0.7) ? usable[usable.length - 1] : pick(r, usable);
      const mark = items.length;
      const vals = items.map((it) => it.v);
      const ctx: Ctx = {
        r,
        dtype,
        vals,
        leaf: (shape, lo, hi, signs, dt) => {
          const i = addLeaf(shape, lo, hi, signs, dt);
          vals.push(items[i].v);
          return i;
        },
        withShape: (shape) => {
          const cands = usable.filter((i) =>
            vals[i].shape.length === shape.length && vals[i].shape.every((d, k) => d === shape[k])
          );
          return cands.length > 0 ? pick(r, cands) : -1;
        },
      };
      const made = spec.gen(ctx, x);
      const ok = (() => {
        if (made === null) return false;
        const args = made.args.map((i) => items[i].v);
        const args32 = made.args.map((i) => items[i].v32);
        let y: T64, y32: T64;
        try {
          if (spec.bad?.(args, made.attrs)) return false;
          y = spec.ref(args, made.attrs, dtype === "int32");
          y32 = simOp(spec, args32, made.attrs, dtype === "int32");
        } catch {
          return false;
        }
        const limit = dtype === "int32" ? 2 ** 20 : 1e4;
        if (R.size(y.shape) > MAX_SIZE) return false;
        if (!y.data.every((v) => Number.isFinite(v) && Math.abs(v) <= limit)) return false;
        // float32 rounding must not move the result much: else the op is ill-conditioned here
        const scale = Math.max(maxAbs(y), 1);
        if (
          dtype === "float32" &&
          !y.data.every((v, i) => Math.abs(v - y32.data[i]) <= 1e-3 * (Math.abs(v) + 1e-2 * scale))
        ) return false;
        items.push({ node: { op: spec.name, args: made.args, attrs: made.attrs }, v: y, v32: y32 });
        return true;
      })();
      if (ok) break;
      items.splice(mark); // drop the leaves this attempt made
    }
  }
  if (!items.some((it) => it.node)) {
    // nothing fitted: a negation always does
    const v = R.unary(R.UNARY.neg, items[0].v);
    items.push({ node: { op: "neg", args: [0] }, v, v32: v });
  }
  // Renumber: leaves first, then nodes, each in creation order; drop what the target does not use.
  const leafIdx = new Map<number, number>(), nodeIdx = new Map<number, number>();
  const leaves: Leaf[] = [];
  items.forEach((it, i) => {
    if (it.leaf) {
      leafIdx.set(i, leaves.length);
      leaves.push(it.leaf);
    }
  });
  let k = 0;
  items.forEach((it, i) => {
    if (it.node) nodeIdx.set(i, leaves.length + k++);
  });
  const map = (i: number) => leafIdx.get(i) ?? nodeIdx.get(i)!;
  const nodes: GNode[] = items.filter((it) => it.node).map((it) => ({
    op: it.node!.op,
    args: it.node!.args.map(map),
    ...(it.node!.attrs === undefined ? {} : { attrs: it.node!.attrs }),
  }));
  const g: Graph = { dtype, leaves, nodes, seed: int(r, 0, 2 ** 31 - 1) };
  return truncate(g, nodes.length - 1);
}

// -------------------------------------------------------------------- check

/** The outcome of checking one graph. */
export interface Outcome {
  ok: boolean;
  /** What differed, first mismatch first. */
  failure?: string;
  /** Set when the gradient could not run on this backend (a backward op without a kernel). */
  gradSkipped?: string;
}

/**
 * The index of the first element outside tolerance, or -1. The tolerance is
 * rtol |ref| + atol(i) + 16 dev[i], dev being how far float32-like
 * perturbations of the reference moved the element (see SIMS).
 */
function close(
  got: ArrayLike<number>,
  ref: T64,
  dev: Float64Array,
  rtol: number,
  atol: (i: number) => number,
): number {
  for (let i = 0; i < ref.data.length; i++) {
    const e = ref.data[i], a = got[i];
    // 1e-30: flushed subnormals
    const tol = rtol * Math.abs(e) + atol(i) + 16 * dev[i] + 1e-30;
    if (!(Math.abs(a - e) <= tol)) return i;
  }
  return -1;
}

/** Perturbation patterns of the reference (R.setRounding): up, down, random twice, alternating. */
const SIMS = [1, -1, 2, 3, 4];

/** The largest deviation of the perturbed runs from the exact one, per element. */
function deviation(exact: T64 | null, runs: (T64 | null)[]): Float64Array {
  const d = new Float64Array(exact === null ? 0 : exact.data.length);
  if (exact === null) return d;
  for (const r of runs) {
    if (r === null) continue;
    for (let i = 0; i < d.length; i++) d[i] = Math.max(d[i], Math.abs(exact.data[i] - r.data[i]));
  }
  return d;
}

/** Relative tolerance on top of the error model: a few ulps of float32 kernels' own error. */
const RTOL = 2e-5;

/** About 64 float32 roundings of a quantity of size 1. */
const ULPS = 64 * 2 ** -24;

/** Options of `checkGraph`. */
export interface CheckOptions {
  /**
   * Changes tapeflow's results before the comparison (`what` is "value" or
   * "grad", `k` the node or leaf): tests use it to show that a wrong number
   * is caught.
   */
  tamper?: (what: "value" | "grad", k: number, data: Float32Array | Int32Array) => void;
}

/** Runs `g` on tapeflow (on `backend`) and compares with the reference. */
export async function checkGraph(
  g: Graph,
  backend: BackendName = "wasm",
  options: CheckOptions = {},
): Promise<Outcome> {
  const vals = evalRef(g, null);
  const sims = SIMS.map((p) => evalRef(g, p));
  const L = g.leaves.length;
  const isFloat = g.dtype === "float32";
  const target = vals[vals.length - 1];
  const leaves = g.leaves.map((l, i) =>
    tf.constant(
      l.dtype === "float32" ? Float32Array.from(vals[i].data) : Int32Array.from(vals[i].data),
      { shape: l.shape },
    )
  );
  const tape = new tf.GradientTape();
  let outs: tf.Tensor[] = [];
  let grads: (tf.Tensor | null)[] = [];
  let gradSkipped: string | undefined;
  try {
    tf.withBackend(backend, () => {
      if (isFloat) tape.watch(leaves.filter((t) => t.dtype === "float32"));
      outs = tape.record(() => {
        const v: tf.Tensor[] = [...leaves];
        for (const n of g.nodes) {
          v.push(SPEC_BY_NAME.get(n.op)!.tf(n.args.map((i) => v[i]), n.attrs));
        }
        return v.slice(L);
      });
    });
    if (isFloat && outs[outs.length - 1].dtype === "float32") {
      const v = cotangent(g, target.shape);
      try {
        grads = tf.withBackend(backend, () =>
          tape.gradient(outs[outs.length - 1], leaves, {
            outputGradients: tf.constant(Float32Array.from(v.data), { shape: v.shape }),
          }));
      } catch (e) {
        // On WebGPU a backward op without a GPU kernel cannot read a GPU-only tensor.
        if (backend === "webgpu" && e instanceof TypeError && /lives on the GPU/.test(e.message)) {
          gradSkipped = e.message.split(":")[0];
        } else throw e;
      }
    } else tape.dispose();
  } catch (e) {
    tape.dispose();
    return {
      ok: false,
      failure: `threw ${(e as Error).constructor.name}: ${(e as Error).message}`,
    };
  }
  const got = await Promise.all(outs.map((t) => t.data() as Promise<Float32Array | Int32Array>));
  if (options.tamper) got.forEach((d, k) => options.tamper!("value", k, d));
  for (let k = 0; k < g.nodes.length; k++) {
    const e = vals[L + k], t = outs[k];
    if (t.shape.length !== e.shape.length || t.shape.some((d, i) => d !== e.shape[i])) {
      return {
        ok: false,
        failure: `node ${k} (${g.nodes[k].op}): shape [${t.shape}], expected [${e.shape}]`,
      };
    }
    // a float32 op errs by some ulps of its inputs' and result's size (cancellation included)
    const scale = Math.max(maxAbs(e), ...g.nodes[k].args.map((a) => maxAbs(vals[a])));
    const bad = isFloat
      ? close(got[k], e, deviation(e, sims.map((v) => v[L + k])), RTOL, () => ULPS * scale)
      : close(got[k], e, new Float64Array(e.data.length), 0, () => 0);
    if (bad >= 0) {
      return {
        ok: false,
        failure: `node ${k} (${g.nodes[k].op}) value [${bad}]: got ${got[k][bad]}, expected ${
          e.data[bad]
        }`,
      };
    }
  }
  if (grads.length > 0) {
    const g64 = gradRef(g, vals, null);
    const gSims = SIMS.map((p, k) => gradRef(g, sims[k], p));
    const gMag = gradRef(g, vals, null, true);
    const data = await Promise.all(
      grads.map((t) => (t === null ? null : t.data() as Promise<Float32Array>)),
    );
    if (options.tamper) data.forEach((d, k) => d !== null && options.tamper!("grad", k, d));
    for (let i = 0; i < L; i++) {
      const e = g64[i] ?? R.zeros(g.leaves[i].shape);
      const dev = deviation(e, gSims.map((r) => r[i]));
      const a = data[i] ?? new Float32Array(e.data.length);
      if (a.length !== e.data.length) {
        return {
          ok: false,
          failure: `gradient of leaf ${i}: ${a.length} elements, expected ${e.data.length}`,
        };
      }
      const mag = gMag[i];
      const bad = close(a, e, dev, RTOL, (j) => (mag === null ? 0 : ULPS * mag.data[j]));
      if (bad >= 0) {
        return {
          ok: false,
          failure: `gradient of leaf ${i} [${bad}]: got ${a[bad]}, expected ${e.data[bad]}${
            data[i] === null ? " (tapeflow gave null)" : ""
          }`,
        };
      }
    }
  }
  return { ok: true, gradSkipped };
}

// --------------------------------------------------------------- shrink, print

/** The graph cut after node `k` (which becomes the target), without unused leaves and nodes. */
export function truncate(g: Graph, k: number): Graph {
  const L = g.leaves.length;
  const keep = new Set<number>([L + k]);
  for (let j = k; j >= 0; j--) {
    if (keep.has(L + j)) {
      for (const a of g.nodes[j].args) keep.add(a);
    }
  }
  const idx = new Map<number, number>();
  const leaves: Leaf[] = [];
  g.leaves.forEach((l, i) => {
    if (keep.has(i)) {
      idx.set(i, leaves.length);
      leaves.push(l);
    }
  });
  const nodes: GNode[] = [];
  for (let j = 0; j <= k; j++) {
    if (!keep.has(L + j)) continue;
    const n = g.nodes[j];
    nodes.push({ ...n, args: n.args.map((a) => idx.get(a)!) });
    idx.set(L + j, leaves.length + nodes.length - 1);
  }
  return { dtype: g.dtype, leaves, nodes, seed: g.seed };
}

/** The smallest prefix of `g` (cut at a node, unused parts dropped) that still fails. */
export async function shrink(
  g: Graph,
  backend: BackendName,
): Promise<{ graph: Graph; outcome: Outcome }> {
  for (let k = 0; k < g.nodes.length; k++) {
    const t = truncate(g, k);
    const o = await checkGraph(t, backend);
    if (!o.ok) return { graph: t, outcome: o };
  }
  return { graph: g, outcome: await checkGraph(g, backend) };
}

const num = (v: number) => String(Number(v.toPrecision(9)));

/**
 * The graph as tapeflow code to paste into a test: leaves as constants when
 * small, else as the replay call; the values and gradients the reference expects.
 */
export function printGraph(g: Graph, backend: BackendName): string {
  const json = JSON.stringify(g);
  const replay = `// replay: await checkGraph(${json}, "${backend}")  (tests/fuzz/graph.ts)`;
  const vals = evalRef(g, null);
  const L = g.leaves.length;
  if (g.leaves.reduce((n, l) => n + R.size(l.shape), 0) > 64) return replay;
  const lines = [replay];
  g.leaves.forEach((l, i) => {
    const v = Array.from(vals[i].data, num).join(", ");
    lines.push(
      `const v${i} = tf.constant([${v}], { shape: ${
        JSON.stringify(l.shape)
      }, dtype: "${l.dtype}" });`,
    );
  });
  const float = g.dtype === "float32";
  lines.push(`const tape = new tf.GradientTape();`);
  if (float) lines.push(`tape.watch([${g.leaves.map((_, i) => `v${i}`).join(", ")}]);`);
  lines.push(`const y = tape.record(() => {`);
  g.nodes.forEach((n, k) => {
    const s = SPEC_BY_NAME.get(n.op)!;
    lines.push(`  const v${L + k} = ${s.code(n.args.map((a) => `v${a}`), n.attrs)};`);
  });
  lines.push(`  return v${L + g.nodes.length - 1};`, `});`);
  const target = vals[vals.length - 1];
  lines.push(
    `// expected y (${JSON.stringify(target.shape)}): [${
      Array.from(target.data.slice(0, 16), num).join(", ")
    }${target.data.length > 16 ? ", ..." : ""}]`,
  );
  if (float) {
    const v = cotangent(g, target.shape);
    lines.push(
      `const grads = tape.gradient(y, [${
        g.leaves.map((_, i) => `v${i}`).join(", ")
      }], { outputGradients: tf.constant([${Array.from(v.data, num).join(", ")}], { shape: ${
        JSON.stringify(v.shape)
      } }) });`,
    );
    const gr = gradRef(g, vals, null);
    gr.forEach((t, i) => {
      if (t !== null) {
        lines.push(
          `// expected grads[${i}]: [${Array.from(t.data.slice(0, 16), num).join(", ")}${
            t.data.length > 16 ? ", ..." : ""
          }]`,
        );
      }
    });
  }
  return lines.join("\n");
}

/** A one-line summary of a graph: its ops and shapes. */
export function describe(g: Graph): string {
  const L = g.leaves.length;
  const shapeOf = (i: number) => (i < L ? `[${g.leaves[i].shape}]` : `n${i - L}`);
  return g.nodes.map((n, k) => `n${k}=${n.op}(${n.args.map(shapeOf).join(",")})`).join(" ");
}
