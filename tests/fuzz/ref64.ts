// A tiny float64 tensor evaluator with hand-written vector-Jacobian products,
// independent of tapeflow's code: the reference that the differential fuzzer
// (tests/fuzz/graph.ts) compares tapeflow's values and gradients with.
//
// Every function here is plain loops over Float64Arrays in row-major order.
// Forward functions return a new tensor; `vjp` functions return, for each
// input, the gradient with that input's shape (broadcasting is summed back
// here, by accumulating into input-shaped arrays). Conventions at kinks follow
// TensorFlow (relu'(0) = 0, maximum's gradient goes to a where a >= b, ...),
// though the fuzzer keeps inputs away from kinks.
//
// With rounding set (see `setRounding`), every result is moved by one float32
// ulp: running a graph both ways estimates how much float32 rounding alone
// moves each value, which sets the comparison's tolerance.

/** A float64 tensor: shape and row-major elements. */
export interface T64 {
  shape: number[];
  data: Float64Array;
}

let rounding = false;
let pattern = 2;
let tick = 0;

/**
 * Perturbs every result by one float32 ulp from now on (`on`), or keeps
 * float64. Pattern 1 moves every element up, -1 down (errors that do not
 * cancel); 2 and 3 move each element up or down at random (two draws); 4
 * alternates the direction from one op to the next. Comparing perturbed runs
 * with an exact one shows how much each value depends on float32 rounding of
 * the values before it (cancellation, conditioning): a fair tolerance for a
 * float32 implementation. Several patterns, because one can cancel by chance.
 */
export function setRounding(on: boolean, dir = 2): void {
  rounding = on;
  pattern = dir;
}

/** Restarts the perturbation sequence (each graph evaluation starts it afresh). */
export function resetPerturbation(): void {
  tick = 0;
  ops = 0;
}

/** The direction (+1 or -1) of the `k`-th perturbation under `pattern`. */
export function direction(pattern: number, k: number): number {
  if (pattern === 1 || pattern === -1) return pattern;
  let h = Math.imul(k + 1, pattern === 3 ? 0x85ebca6b : 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h & 1) === 0 ? 1 : -1;
}

let ops = 0;

/** One ulp of float32, in the direction of the pattern (reproducible). */
function perturb(v: number): number {
  const dir = pattern === 4 ? (ops & 1 ? 1 : -1) : direction(pattern, tick++);
  return v * (1 + dir * 2 ** -23);
}

let magnitude = false;

/**
 * Magnitude mode for the vjp functions: given non-negative cotangent
 * magnitudes, they return the sum of the absolute values of the terms that
 * make each gradient, instead of the gradient. A float32 computation of that
 * gradient errs by about eps times this sum (cancellation included), which
 * sets the fuzzer's tolerance for gradients.
 */
export function setMagnitude(on: boolean): void {
  magnitude = on;
}

/** A term of a gradient: its absolute value in magnitude mode. */
const m = (v: number) => (magnitude ? Math.abs(v) : v);

function out(shape: number[], data: Float64Array): T64 {
  if (rounding) {
    ops++;
    for (let i = 0; i < data.length; i++) data[i] = perturb(data[i]);
  }
  return { shape, data };
}

export function size(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

export function tensor(shape: number[], data: ArrayLike<number>): T64 {
  return { shape: shape.slice(), data: Float64Array.from(data) };
}

export function zeros(shape: number[]): T64 {
  return { shape: shape.slice(), data: new Float64Array(size(shape)) };
}

/** NumPy broadcasting of shapes; null when they do not broadcast. */
export function broadcast(a: readonly number[], b: readonly number[]): number[] | null {
  const n = Math.max(a.length, b.length);
  const r: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = i < n - a.length ? 1 : a[i - (n - a.length)];
    const y = i < n - b.length ? 1 : b[i - (n - b.length)];
    if (x !== y && x !== 1 && y !== 1) return null;
    r.push(x === 1 ? y : x);
  }
  return r;
}

/** For each element of `outShape`, the flat index of the broadcast input element. */
function bcastMap(outShape: readonly number[], inShape: readonly number[]): Int32Array {
  const n = size(outShape);
  const m = new Int32Array(n);
  const r = outShape.length, lead = r - inShape.length;
  const is = strides(inShape);
  const idx = new Array<number>(r).fill(0);
  for (let f = 0; f < n; f++) {
    let k = 0;
    for (let d = lead; d < r; d++) if (inShape[d - lead] !== 1) k += idx[d] * is[d - lead];
    m[f] = k;
    for (let d = r - 1; d >= 0; d--) {
      if (++idx[d] < outShape[d]) break;
      idx[d] = 0;
    }
  }
  return m;
}

// ---------------------------------------------------------------- elementwise

/** A unary op: its value and its derivative (given x and y = f(x)). */
export interface Unary {
  f: (x: number) => number;
  df: (x: number, y: number) => number;
  /**
   * The size of the terms of the textbook formula of the derivative, when
   * they cancel (gelu's 1 + erf(x/√2) in the left tail): a float32
   * implementation errs by ulps of this, not of the derivative.
   */
  dfMag?: (x: number, y: number) => number;
}

/** erf by its Maclaurin series (|x| < 6; erf(x) = ±1 to 1e-16 beyond). */
export function erf(x: number): number {
  if (x > 6) return 1;
  if (x < -6) return -1;
  if (Math.abs(x) > 3) {
    // erfc by its continued fraction (Lentz), accurate for |x| > 3
    const z = Math.abs(x);
    let f = z, C = z, D = 0;
    for (let k = 1; k < 200; k++) {
      const a = k / 2;
      D = z + a * D;
      C = z + a / C;
      D = 1 / D;
      const delta = C * D;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) break;
    }
    const erfc = Math.exp(-z * z) / (f * Math.sqrt(Math.PI));
    return x > 0 ? 1 - erfc : erfc - 1;
  }
  let term = x, sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (-x * x) / n;
    const t = term / (2 * n + 1);
    sum += t;
    if (Math.abs(t) < 1e-17 * Math.abs(sum)) break;
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

const SELU_A = 1.6732632423543772848170429916717;
const SELU_S = 1.0507009873554804934193349852946;
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const phi = (x: number) => Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
const C_GELU = Math.sqrt(2 / Math.PI);

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The unary ops, by tapeflow's names. */
export const UNARY: Record<string, Unary> = {
  neg: { f: (x) => -x, df: () => -1 },
  abs: { f: Math.abs, df: (x) => Math.sign(x) },
  sign: { f: Math.sign, df: () => 0 },
  square: { f: (x) => x * x, df: (x) => 2 * x },
  sqrt: { f: Math.sqrt, df: (_x, y) => 0.5 / y },
  rsqrt: { f: (x) => 1 / Math.sqrt(x), df: (x, y) => -0.5 * y / x },
  reciprocal: { f: (x) => 1 / x, df: (x) => -1 / (x * x) },
  exp: { f: Math.exp, df: (_x, y) => y },
  expm1: { f: Math.expm1, df: (x) => Math.exp(x) },
  log: { f: Math.log, df: (x) => 1 / x },
  log1p: { f: Math.log1p, df: (x) => 1 / (1 + x) },
  sin: { f: Math.sin, df: Math.cos },
  cos: { f: Math.cos, df: (x) => -Math.sin(x) },
  // 1 - y² and y (1 - y) cancel where the function saturates
  tanh: { f: Math.tanh, df: (_x, y) => 1 - y * y, dfMag: (_x, y) => 1 + y * y },
  sigmoid: {
    f: sigmoid,
    df: (_x, y) => y * (1 - y),
    dfMag: (_x, y) => Math.abs(y) * (1 + Math.abs(y)),
  },
  softplus: {
    f: (x) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))),
    df: sigmoid,
  },
  relu: { f: (x) => (x > 0 ? x : 0), df: (x) => (x > 0 ? 1 : 0) },
  relu6: { f: (x) => Math.min(Math.max(x, 0), 6), df: (x) => (x > 0 && x < 6 ? 1 : 0) },
  elu: { f: (x) => (x > 0 ? x : Math.expm1(x)), df: (x) => (x > 0 ? 1 : Math.exp(x)) },
  selu: {
    f: (x) => SELU_S * (x > 0 ? x : SELU_A * Math.expm1(x)),
    df: (x) => SELU_S * (x > 0 ? 1 : SELU_A * Math.exp(x)),
  },
  gelu: {
    f: (x) => 0.5 * x * (1 + erf(x / Math.SQRT2)),
    df: (x) => 0.5 * (1 + erf(x / Math.SQRT2)) + x * phi(x),
    dfMag: (x) => 0.5 * (1 + Math.abs(erf(x / Math.SQRT2))) + Math.abs(x) * phi(x),
  },
  geluTanh: {
    f: (x) => 0.5 * x * (1 + Math.tanh(C_GELU * (x + 0.044715 * x * x * x))),
    df: (x) => {
      const u = C_GELU * (x + 0.044715 * x * x * x);
      const t = Math.tanh(u);
      return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * C_GELU * (1 + 3 * 0.044715 * x * x);
    },
    dfMag: (x) => {
      const t = Math.tanh(C_GELU * (x + 0.044715 * x * x * x));
      return 0.5 * (1 + Math.abs(t)) +
        Math.abs(0.5 * x * (1 - t * t) * C_GELU * (1 + 3 * 0.044715 * x * x));
    },
  },
  erf: { f: erf, df: (x) => (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) },
  floor: { f: Math.floor, df: () => 0 },
  ceil: { f: Math.ceil, df: () => 0 },
  round: { f: roundHalfEven, df: () => 0 },
};

/** leakyRelu with its slope. */
export function leakyRelu(alpha: number): Unary {
  return { f: (x) => (x > 0 ? x : alpha * x), df: (x) => (x > 0 ? 1 : alpha) };
}

export function unary(u: Unary, x: T64): T64 {
  const r = new Float64Array(x.data.length);
  for (let i = 0; i < r.length; i++) r[i] = u.f(x.data[i]);
  return out(x.shape.slice(), r);
}

export function unaryVjp(u: Unary, x: T64, y: T64, dy: T64): T64 {
  const r = new Float64Array(x.data.length);
  const df = magnitude && u.dfMag ? u.dfMag : u.df;
  for (let i = 0; i < r.length; i++) r[i] = m(dy.data[i] * df(x.data[i], y.data[i]));
  return out(x.shape.slice(), r);
}

/** A binary op: value and both partial derivatives. */
export interface Binary {
  f: (a: number, b: number) => number;
  da: (a: number, b: number, y: number) => number;
  db: (a: number, b: number, y: number) => number;
}

const floorMod = (a: number, b: number) => {
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
};

/** The binary ops (float32 semantics), by tapeflow's names. */
export const BINARY: Record<string, Binary> = {
  add: { f: (a, b) => a + b, da: () => 1, db: () => 1 },
  subtract: { f: (a, b) => a - b, da: () => 1, db: () => -1 },
  multiply: { f: (a, b) => a * b, da: (_a, b) => b, db: (a) => a },
  divide: { f: (a, b) => a / b, da: (_a, b) => 1 / b, db: (a, b) => -a / (b * b) },
  pow: {
    f: Math.pow,
    da: (a, b) => b * Math.pow(a, b - 1),
    db: (a, _b, y) => (a > 0 ? Math.log(a) * y : 0),
  },
  maximum: {
    f: Math.max,
    da: (a, b) => (a >= b ? 1 : 0),
    db: (a, b) => (a >= b ? 0 : 1),
  },
  minimum: {
    f: Math.min,
    da: (a, b) => (a <= b ? 1 : 0),
    db: (a, b) => (a <= b ? 0 : 1),
  },
  squaredDifference: {
    f: (a, b) => (a - b) * (a - b),
    da: (a, b) => 2 * (a - b),
    db: (a, b) => -2 * (a - b),
  },
  // floor(a / b) is piecewise constant: tapeflow (as TensorFlow) gives no gradient
  floorDiv: { f: (a, b) => Math.floor(a / b), da: () => 0, db: () => 0 },
  mod: { f: floorMod, da: () => 1, db: (a, b) => -Math.floor(a / b) },
};

/** int32 semantics of the binary ops that take int32 (wrapping like the hardware). */
export const BINARY_INT: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => (a + b) | 0,
  subtract: (a, b) => (a - b) | 0,
  multiply: (a, b) => Math.imul(a, b),
  divide: (a, b) => Math.floor(a / b) | 0,
  floorDiv: (a, b) => Math.floor(a / b) | 0,
  mod: (a, b) => floorMod(a, b) | 0,
  maximum: Math.max,
  minimum: Math.min,
  squaredDifference: (a, b) => Math.imul(a - b, a - b),
};

export function binary(f: (a: number, b: number) => number, a: T64, b: T64): T64 {
  const shape = broadcast(a.shape, b.shape)!;
  const ma = bcastMap(shape, a.shape), mb = bcastMap(shape, b.shape);
  const r = new Float64Array(size(shape));
  for (let i = 0; i < r.length; i++) r[i] = f(a.data[ma[i]], b.data[mb[i]]);
  return out(shape, r);
}

export function binaryVjp(op: Binary, a: T64, b: T64, y: T64, dy: T64): [T64, T64] {
  const ma = bcastMap(y.shape, a.shape), mb = bcastMap(y.shape, b.shape);
  const ga = new Float64Array(a.data.length), gb = new Float64Array(b.data.length);
  for (let i = 0; i < y.data.length; i++) {
    const x0 = a.data[ma[i]], x1 = b.data[mb[i]];
    ga[ma[i]] += m(dy.data[i] * op.da(x0, x1, y.data[i]));
    gb[mb[i]] += m(dy.data[i] * op.db(x0, x1, y.data[i]));
  }
  return [out(a.shape.slice(), ga), out(b.shape.slice(), gb)];
}

/** where(cond, x, y) with cond given as 0/1 values; all three broadcast. */
export function where(cond: T64, x: T64, y: T64): T64 {
  const shape = broadcast(broadcast(cond.shape, x.shape)!, y.shape)!;
  const mc = bcastMap(shape, cond.shape), mx = bcastMap(shape, x.shape);
  const my = bcastMap(shape, y.shape);
  const r = new Float64Array(size(shape));
  for (let i = 0; i < r.length; i++) r[i] = cond.data[mc[i]] ? x.data[mx[i]] : y.data[my[i]];
  return out(shape, r);
}

export function whereVjp(cond: T64, x: T64, y: T64, o: T64, dy: T64): [T64, T64] {
  const mc = bcastMap(o.shape, cond.shape), mx = bcastMap(o.shape, x.shape);
  const my = bcastMap(o.shape, y.shape);
  const gx = new Float64Array(x.data.length), gy = new Float64Array(y.data.length);
  for (let i = 0; i < o.data.length; i++) {
    if (cond.data[mc[i]]) gx[mx[i]] += dy.data[i];
    else gy[my[i]] += dy.data[i];
  }
  return [out(x.shape.slice(), gx), out(y.shape.slice(), gy)];
}

// ----------------------------------------------------------------- reductions

/**
 * Splits a shape around reduced axes: for each output element (keepdims
 * layout), the flat indices of the input elements reduced into it.
 */
function groups(shape: readonly number[], axes: readonly number[]): {
  outShape: number[];
  members: Int32Array[];
} {
  const red = new Set(axes);
  const outShape = shape.map((d, i) => (red.has(i) ? 1 : d));
  const n = size(outShape);
  const lists: number[][] = Array.from({ length: n }, () => []);
  const os = strides(outShape);
  const idx = new Array<number>(shape.length).fill(0);
  const total = size(shape);
  for (let f = 0; f < total; f++) {
    let k = 0;
    for (let d = 0; d < shape.length; d++) if (!red.has(d)) k += idx[d] * os[d];
    lists[k].push(f);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return { outShape, members: lists.map((l) => Int32Array.from(l)) };
}

function reducedShape(shape: readonly number[], axes: readonly number[], keep: boolean): number[] {
  const red = new Set(axes);
  return keep ? shape.map((d, i) => (red.has(i) ? 1 : d)) : shape.filter((_, i) => !red.has(i));
}

export type ReduceKind = "sum" | "mean" | "max" | "min" | "prod" | "logSumExp";

export function reduce(kind: ReduceKind, x: T64, axes: number[], keep: boolean, int = false): T64 {
  const { members } = groups(x.shape, axes);
  const r = new Float64Array(members.length);
  for (let k = 0; k < members.length; k++) {
    const m = members[k];
    let v: number;
    switch (kind) {
      case "sum":
        v = 0;
        for (const i of m) v = int ? (v + x.data[i]) | 0 : v + x.data[i];
        break;
      case "mean":
        v = 0;
        for (const i of m) v += x.data[i];
        v = int ? Math.trunc(v / m.length) : v / m.length;
        break;
      case "max":
        v = -Infinity;
        for (const i of m) v = Math.max(v, x.data[i]);
        if (int && m.length === 0) v = -2147483648;
        break;
      case "min":
        v = Infinity;
        for (const i of m) v = Math.min(v, x.data[i]);
        if (int && m.length === 0) v = 2147483647;
        break;
      case "prod":
        v = 1;
        for (const i of m) v = int ? Math.imul(v, x.data[i]) : v * x.data[i];
        break;
      case "logSumExp": {
        let mx = -Infinity;
        for (const i of m) mx = Math.max(mx, x.data[i]);
        if (mx === -Infinity) {
          v = -Infinity;
          break;
        }
        let s = 0;
        for (const i of m) s += Math.exp(x.data[i] - mx);
        v = mx + Math.log(s);
        break;
      }
    }
    r[k] = v;
  }
  return out(reducedShape(x.shape, axes, keep), r);
}

export function reduceVjp(kind: ReduceKind, x: T64, axes: number[], y: T64, dy: T64): T64 {
  const { members } = groups(x.shape, axes);
  const g = new Float64Array(x.data.length);
  for (let k = 0; k < members.length; k++) {
    const grp = members[k];
    const d = dy.data[k], v = y.data[k];
    switch (kind) {
      case "sum":
        for (const i of grp) g[i] = m(d);
        break;
      case "mean":
        for (const i of grp) g[i] = m(d / grp.length);
        break;
      case "max":
      case "min": {
        let ties = 0;
        for (const i of grp) if (x.data[i] === v) ties++;
        for (const i of grp) g[i] = x.data[i] === v ? m(d / ties) : 0;
        break;
      }
      case "prod":
        for (const i of grp) {
          let p = 1;
          for (const j of grp) if (j !== i) p *= x.data[j];
          g[i] = m(d * p);
        }
        break;
      case "logSumExp":
        for (const i of grp) g[i] = m(d * Math.exp(x.data[i] - v));
        break;
    }
  }
  return out(x.shape.slice(), g);
}

/** Moves along `axis`: calls fn with the flat indices of each line. */
function lines(shape: readonly number[], axis: number, fn: (idx: number[]) => void): void {
  const st = strides(shape);
  const n = shape[axis];
  const outer = size(shape.slice(0, axis)), inner = size(shape.slice(axis + 1));
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      const idx: number[] = [];
      for (let j = 0; j < n; j++) idx.push(base + j * st[axis]);
      fn(idx);
    }
  }
}

export function cumsum(
  x: T64,
  axis: number,
  exclusive: boolean,
  reverse: boolean,
  int = false,
): T64 {
  const r = new Float64Array(x.data.length);
  lines(x.shape, axis, (idx) => {
    const order = reverse ? idx.slice().reverse() : idx;
    let s = 0;
    for (const i of order) {
      if (exclusive) {
        r[i] = s;
        s = int ? (s + x.data[i]) | 0 : s + x.data[i];
      } else {
        s = int ? (s + x.data[i]) | 0 : s + x.data[i];
        r[i] = s;
      }
    }
  });
  return out(x.shape.slice(), r);
}

export function cumsumVjp(dy: T64, axis: number, exclusive: boolean, reverse: boolean): T64 {
  return cumsum(dy, axis, exclusive, !reverse);
}

export function softmax(x: T64, axis: number, log: boolean): T64 {
  const r = new Float64Array(x.data.length);
  lines(x.shape, axis, (idx) => {
    let mx = -Infinity;
    for (const i of idx) mx = Math.max(mx, x.data[i]);
    let s = 0;
    for (const i of idx) s += Math.exp(x.data[i] - mx);
    for (const i of idx) r[i] = log ? x.data[i] - mx - Math.log(s) : Math.exp(x.data[i] - mx) / s;
  });
  return out(x.shape.slice(), r);
}

export function softmaxVjp(y: T64, dy: T64, axis: number, log: boolean): T64 {
  const g = new Float64Array(y.data.length);
  lines(y.shape, axis, (idx) => {
    if (log) {
      // y = x - lse: dx = dy - softmax * Σdy
      let s = 0;
      for (const i of idx) s += dy.data[i];
      for (const i of idx) {
        g[i] = magnitude
          ? dy.data[i] + Math.exp(y.data[i]) * s
          : dy.data[i] - Math.exp(y.data[i]) * s;
      }
    } else {
      let s = 0;
      for (const i of idx) s += m(dy.data[i] * y.data[i]);
      for (const i of idx) {
        g[i] = magnitude ? y.data[i] * (dy.data[i] + s) : y.data[i] * (dy.data[i] - s);
      }
    }
  });
  return out(y.shape.slice(), g);
}

// ---------------------------------------------------------------- shape ops

export function reshape(x: T64, shape: number[]): T64 {
  return out(shape.slice(), x.data.slice());
}

export function transpose(x: T64, perm: number[]): T64 {
  const shape = perm.map((p) => x.shape[p]);
  const xs = strides(x.shape);
  const r = new Float64Array(x.data.length);
  const idx = new Array<number>(shape.length).fill(0);
  for (let f = 0; f < r.length; f++) {
    let k = 0;
    for (let d = 0; d < shape.length; d++) k += idx[d] * xs[perm[d]];
    r[f] = x.data[k];
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return out(shape, r);
}

export function inversePerm(perm: number[]): number[] {
  const inv = new Array<number>(perm.length);
  perm.forEach((p, i) => (inv[p] = i));
  return inv;
}

// ------------------------------------------------------------------- matmul

/** Batched matmul with broadcasting batch dimensions (int: wrapping products). */
export function matmul(a: T64, b: T64, tA: boolean, tB: boolean, int = false): T64 {
  const ra = a.shape.length, rb = b.shape.length;
  const M = tA ? a.shape[ra - 1] : a.shape[ra - 2];
  const K = tA ? a.shape[ra - 2] : a.shape[ra - 1];
  const N = tB ? b.shape[rb - 2] : b.shape[rb - 1];
  const batch = broadcast(a.shape.slice(0, -2), b.shape.slice(0, -2))!;
  const nb = size(batch);
  const mA = bcastMap(batch, a.shape.slice(0, -2)), mB = bcastMap(batch, b.shape.slice(0, -2));
  const r = new Float64Array(nb * M * N);
  const sa = a.shape[ra - 2] * a.shape[ra - 1], sb = b.shape[rb - 2] * b.shape[rb - 1];
  const A = (bi: number, i: number, k: number) =>
    a.data[mA[bi] * sa + (tA ? k * M + i : i * K + k)];
  const B = (bi: number, k: number, j: number) =>
    b.data[mB[bi] * sb + (tB ? j * K + k : k * N + j)];
  for (let bi = 0; bi < nb; bi++) {
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        let s = 0;
        for (let k = 0; k < K; k++) {
          s = int ? (s + Math.imul(A(bi, i, k), B(bi, k, j))) | 0 : s + A(bi, i, k) * B(bi, k, j);
        }
        r[(bi * M + i) * N + j] = s;
      }
    }
  }
  return out([...batch, M, N], r);
}

export function matmulVjp(a: T64, b: T64, tA: boolean, tB: boolean, dy: T64): [T64, T64] {
  const ra = a.shape.length, rb = b.shape.length;
  const M = tA ? a.shape[ra - 1] : a.shape[ra - 2];
  const K = tA ? a.shape[ra - 2] : a.shape[ra - 1];
  const N = tB ? b.shape[rb - 2] : b.shape[rb - 1];
  const batch = broadcast(a.shape.slice(0, -2), b.shape.slice(0, -2))!;
  const nb = size(batch);
  const mA = bcastMap(batch, a.shape.slice(0, -2)), mB = bcastMap(batch, b.shape.slice(0, -2));
  const sa = a.shape[ra - 2] * a.shape[ra - 1], sb = b.shape[rb - 2] * b.shape[rb - 1];
  const ga = new Float64Array(a.data.length), gb = new Float64Array(b.data.length);
  const ia = (bi: number, i: number, k: number) => mA[bi] * sa + (tA ? k * M + i : i * K + k);
  const ib = (bi: number, k: number, j: number) => mB[bi] * sb + (tB ? j * K + k : k * N + j);
  for (let bi = 0; bi < nb; bi++) {
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        const d = dy.data[(bi * M + i) * N + j];
        for (let k = 0; k < K; k++) {
          ga[ia(bi, i, k)] += m(d * b.data[ib(bi, k, j)]);
          gb[ib(bi, k, j)] += m(d * a.data[ia(bi, i, k)]);
        }
      }
    }
  }
  return [out(a.shape.slice(), ga), out(b.shape.slice(), gb)];
}

// --------------------------------------------------------- convolution, pools

/** Window geometry along one axis: output size and padding before. */
export function window(
  n: number,
  k: number,
  s: number,
  d: number,
  padding: "SAME" | "VALID",
): { out: number; before: number } {
  const ke = (k - 1) * d + 1;
  if (padding === "VALID") return { out: Math.max(Math.floor((n - ke) / s) + 1, 0), before: 0 };
  const o = Math.ceil(n / s);
  const total = Math.max((o - 1) * s + ke - n, 0);
  return { out: o, before: Math.floor(total / 2) };
}

export interface ConvAttrs {
  strides: [number, number];
  dilations: [number, number];
  padding: "SAME" | "VALID";
}

/**
 * conv2d (NHWC, filter HWIO) or depthwise (filter HW C M, output channel
 * c * M + m). Visits every (output, input, filter) triple that contributes,
 * for both the forward pass and the gradients.
 */
function convVisit(
  xs: number[],
  fs: number[],
  a: ConvAttrs,
  depthwise: boolean,
  fn: (o: number, xi: number, fi: number) => void,
): number[] {
  const [B, H, W, C] = xs;
  const [KH, KW] = fs;
  const CO = depthwise ? C * fs[3] : fs[3];
  const gh = window(H, KH, a.strides[0], a.dilations[0], a.padding);
  const gw = window(W, KW, a.strides[1], a.dilations[1], a.padding);
  for (let b = 0; b < B; b++) {
    for (let oh = 0; oh < gh.out; oh++) {
      for (let ow = 0; ow < gw.out; ow++) {
        for (let kh = 0; kh < KH; kh++) {
          const h = oh * a.strides[0] - gh.before + kh * a.dilations[0];
          if (h < 0 || h >= H) continue;
          for (let kw = 0; kw < KW; kw++) {
            const w = ow * a.strides[1] - gw.before + kw * a.dilations[1];
            if (w < 0 || w >= W) continue;
            const xb = ((b * H + h) * W + w) * C;
            const ob = ((b * gh.out + oh) * gw.out + ow) * CO;
            if (depthwise) {
              const M = fs[3];
              for (let c = 0; c < C; c++) {
                for (let m = 0; m < M; m++) {
                  fn(ob + c * M + m, xb + c, ((kh * KW + kw) * C + c) * M + m);
                }
              }
            } else {
              for (let c = 0; c < C; c++) {
                for (let co = 0; co < CO; co++) {
                  fn(ob + co, xb + c, ((kh * KW + kw) * C + c) * CO + co);
                }
              }
            }
          }
        }
      }
    }
  }
  return [B, gh.out, gw.out, CO];
}

export function conv(x: T64, f: T64, a: ConvAttrs, depthwise: boolean): T64 {
  const [B, H, W, C] = x.shape;
  const CO = depthwise ? C * f.shape[3] : f.shape[3];
  const gh = window(H, f.shape[0], a.strides[0], a.dilations[0], a.padding);
  const gw = window(W, f.shape[1], a.strides[1], a.dilations[1], a.padding);
  const r = new Float64Array(B * gh.out * gw.out * CO);
  const shape = convVisit(x.shape, f.shape, a, depthwise, (o, xi, fi) => {
    r[o] += x.data[xi] * f.data[fi];
  });
  return out(shape, r);
}

export function convVjp(x: T64, f: T64, a: ConvAttrs, depthwise: boolean, dy: T64): [T64, T64] {
  const gx = new Float64Array(x.data.length), gf = new Float64Array(f.data.length);
  convVisit(x.shape, f.shape, a, depthwise, (o, xi, fi) => {
    gx[xi] += m(dy.data[o] * f.data[fi]);
    gf[fi] += m(dy.data[o] * x.data[xi]);
  });
  return [out(x.shape.slice(), gx), out(f.shape.slice(), gf)];
}

export interface PoolAttrs {
  ksize: [number, number];
  strides: [number, number];
  padding: "SAME" | "VALID";
}

/** Calls fn with each output index and the input indices of its window (inside the image). */
function poolVisit(xs: number[], a: PoolAttrs, fn: (o: number, win: number[]) => void): number[] {
  const [B, H, W, C] = xs;
  const gh = window(H, a.ksize[0], a.strides[0], 1, a.padding);
  const gw = window(W, a.ksize[1], a.strides[1], 1, a.padding);
  for (let b = 0; b < B; b++) {
    for (let oh = 0; oh < gh.out; oh++) {
      for (let ow = 0; ow < gw.out; ow++) {
        for (let c = 0; c < C; c++) {
          const win: number[] = [];
          for (let kh = 0; kh < a.ksize[0]; kh++) {
            const h = oh * a.strides[0] - gh.before + kh;
            if (h < 0 || h >= H) continue;
            for (let kw = 0; kw < a.ksize[1]; kw++) {
              const w = ow * a.strides[1] - gw.before + kw;
              if (w < 0 || w >= W) continue;
              win.push(((b * H + h) * W + w) * C + c);
            }
          }
          fn(((b * gh.out + oh) * gw.out + ow) * C + c, win);
        }
      }
    }
  }
  return [B, gh.out, gw.out, C];
}

export function pool(x: T64, a: PoolAttrs, max: boolean): T64 {
  const [B, H, W, C] = x.shape;
  const gh = window(H, a.ksize[0], a.strides[0], 1, a.padding);
  const gw = window(W, a.ksize[1], a.strides[1], 1, a.padding);
  const r = new Float64Array(B * gh.out * gw.out * C);
  const shape = poolVisit(x.shape, a, (o, win) => {
    if (max) {
      let m = -Infinity;
      for (const i of win) m = Math.max(m, x.data[i]);
      r[o] = m;
    } else {
      let s = 0;
      for (const i of win) s += x.data[i];
      r[o] = s / win.length;
    }
  });
  return out(shape, r);
}

export function poolVjp(x: T64, a: PoolAttrs, max: boolean, dy: T64): T64 {
  const g = new Float64Array(x.data.length);
  poolVisit(x.shape, a, (o, win) => {
    if (max) {
      // the first maximum of the window gets the gradient (TensorFlow's rule)
      let best = -1, top = -Infinity;
      for (const i of win) {
        if (x.data[i] > top) {
          top = x.data[i];
          best = i;
        }
      }
      if (best >= 0) g[best] += m(dy.data[o]);
    } else {
      for (const i of win) g[i] += m(dy.data[o] / win.length);
    }
  });
  return out(x.shape.slice(), g);
}

/** Whether some window's two largest elements are within `eps` (relative) of each other. */
export function poolTies(x: T64, a: PoolAttrs, eps: number): boolean {
  let tie = false;
  poolVisit(x.shape, a, (_o, win) => {
    let m1 = -Infinity, m2 = -Infinity;
    for (const i of win) {
      const v = x.data[i];
      if (v > m1) {
        m2 = m1;
        m1 = v;
      } else if (v > m2) m2 = v;
    }
    if (m2 !== -Infinity && m1 - m2 < eps * (1 + Math.abs(m1))) tie = true;
  });
  return tie;
}

// ------------------------------------------------------- gathers and scatters

/** Row-major multi-indices of `shape`, flat index by flat index: fn(idx, flat). */
export function forEachIndex(
  shape: readonly number[],
  fn: (idx: number[], flat: number) => void,
): void {
  const n = size(shape);
  const idx = new Array<number>(shape.length).fill(0);
  for (let f = 0; f < n; f++) {
    fn(idx, f);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
}

/** The flat index of a multi-index in `shape`. */
export function flatIndex(shape: readonly number[], idx: readonly number[]): number {
  let k = 0;
  for (let d = 0; d < shape.length; d++) k = k * shape[d] + idx[d];
  return k;
}

/** For each element of `outShape`, the flat source index fn gives (-1: `fill`). */
export function indexMap(outShape: number[], fn: (idx: number[]) => number): Int32Array {
  const m = new Int32Array(size(outShape));
  forEachIndex(outShape, (idx, f) => (m[f] = fn(idx)));
  return m;
}

/** out[o] = src[map[o]], or `fill` where map[o] is -1. */
export function take(src: T64, outShape: number[], map: Int32Array, fill = 0): T64 {
  const r = new Float64Array(map.length);
  for (let o = 0; o < map.length; o++) r[o] = map[o] < 0 ? fill : src.data[map[o]];
  return out(outShape, r);
}

/** The gradient of `take`: dy added back to where each element came from. */
export function takeVjp(src: T64, map: Int32Array, dy: T64): T64 {
  const g = new Float64Array(src.data.length);
  for (let o = 0; o < map.length; o++) if (map[o] >= 0) g[map[o]] += m(dy.data[o]);
  return out(src.shape.slice(), g);
}

/** Several tensors end to end, as one source for `take` (concat, stack). */
export function chain(xs: T64[]): { src: T64; offsets: number[] } {
  const offsets: number[] = [];
  let n = 0;
  for (const x of xs) {
    offsets.push(n);
    n += x.data.length;
  }
  const data = new Float64Array(n);
  xs.forEach((x, i) => data.set(x.data, offsets[i]));
  return { src: { shape: [n], data }, offsets };
}

/** Splits a gradient of a `chain` back into one per tensor. */
export function unchain(g: T64, xs: T64[], offsets: number[]): T64[] {
  return xs.map((x, i) => ({
    shape: x.shape.slice(),
    data: g.data.slice(offsets[i], offsets[i] + x.data.length),
  }));
}

/** The broadcast map of `inShape` to `outShape` (for broadcastTo and friends). */
export function broadcastMap(outShape: readonly number[], inShape: readonly number[]): Int32Array {
  return bcastMap(outShape, inShape);
}

/**
 * Python's slice(begin, end, step).indices(n): the start and the count, with
 * negative indices from the end and out-of-range bounds clamped; null bounds
 * take the default for the step's direction.
 */
export function sliceIndices(
  n: number,
  begin: number | null,
  end: number | null,
  step: number,
): { start: number; count: number } {
  const lower = step > 0 ? 0 : -1, upper = step > 0 ? n : n - 1;
  const norm = (v: number | null, def: number) => {
    if (v === null) return def;
    if (v < 0) return Math.max(v + n, lower);
    return Math.min(v, upper);
  };
  const start = norm(begin, step > 0 ? lower : upper);
  const stop = norm(end, step > 0 ? upper : lower);
  const count = step > 0
    ? (stop > start ? Math.floor((stop - start + step - 1) / step) : 0)
    : (start > stop ? Math.floor((start - stop - step - 1) / -step) : 0);
  return { start, count };
}
