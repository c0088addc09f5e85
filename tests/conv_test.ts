// conv2d, depthwiseConv2d, maxPool, avgPool and their gradient ops against
// float64 direct-loop references, plus each op's declared gradient checked
// against the forward reference (a VJP check: <u, vjp(v)> = d/de <v, f(x + e u)>).
import * as tf from "../mod.ts";
import { hooks, type OpDef } from "../tape/op.ts";
import type { Tensor } from "../tape/tensor.ts";
import {
  assertClose,
  assertThrows,
  freshSeed,
  numel,
  randomArray,
  rng,
  testEachBackend,
} from "./_util.ts";
import { allOnGpu, checkGradientsOn } from "./_batch.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

type Pad = "SAME" | "VALID" | "same" | "valid" | number[][];
type F = Float64Array | Float32Array;

// ---------------------------------------------------------------- references

/** TensorFlow's windowed output size and leading pad, written independently of the op. */
function refDim(
  n: number,
  k: number,
  s: number,
  d: number,
  pad: Pad,
  axis: number,
): [number, number] {
  const ke = (k - 1) * d + 1;
  const p = typeof pad === "string" ? pad.toUpperCase() : pad;
  if (p === "SAME") {
    const out = Math.ceil(n / s);
    return [out, Math.floor(Math.max(0, (out - 1) * s + ke - n) / 2)];
  }
  if (p === "VALID") return [n >= ke ? Math.floor((n - ke) / s) + 1 : 0, 0];
  const pp = (p as number[][]).length === 4 ? (p as number[][])[axis + 1] : (p as number[][])[axis];
  const m = n + pp[0] + pp[1];
  return [m >= ke ? Math.floor((m - ke) / s) + 1 : 0, pp[0]];
}

interface Win {
  B: number;
  H: number;
  W: number;
  C: number;
  OH: number;
  OW: number;
  KH: number;
  KW: number;
  s: number[];
  d: number[];
  PT: number;
  PL: number;
}

function win(xs: number[], kh: number, kw: number, s: number[], d: number[], pad: Pad): Win {
  const [B, H, W, C] = xs;
  const [OH, PT] = refDim(H, kh, s[0], d[0], pad, 0);
  const [OW, PL] = refDim(W, kw, s[1], d[1], pad, 1);
  return { B, H, W, C, OH, OW, KH: kh, KW: kw, s, d, PT, PL };
}

/** Calls fn(b, oh, ow, kh, kw, ih, iw) for every tap of every window that lands in the image. */
function taps(
  w: Win,
  fn: (b: number, oh: number, ow: number, kh: number, kw: number, ih: number, iw: number) => void,
): void {
  for (let b = 0; b < w.B; b++) {
    for (let oh = 0; oh < w.OH; oh++) {
      for (let ow = 0; ow < w.OW; ow++) {
        for (let kh = 0; kh < w.KH; kh++) {
          const ih = oh * w.s[0] + kh * w.d[0] - w.PT;
          if (ih < 0 || ih >= w.H) continue;
          for (let kw = 0; kw < w.KW; kw++) {
            const iw = ow * w.s[1] + kw * w.d[1] - w.PL;
            if (iw < 0 || iw >= w.W) continue;
            fn(b, oh, ow, kh, kw, ih, iw);
          }
        }
      }
    }
  }
}

const xi = (w: Win, b: number, ih: number, iw: number) => ((b * w.H + ih) * w.W + iw) * w.C;
const yi = (w: Win, b: number, oh: number, ow: number, co: number) =>
  ((b * w.OH + oh) * w.OW + ow) * co;

function refConv(w: Win, x: F, f: F, CO: number): Float64Array {
  const y = new Float64Array(w.B * w.OH * w.OW * CO);
  taps(w, (b, oh, ow, kh, kw, ih, iw) => {
    const xo = xi(w, b, ih, iw), yo = yi(w, b, oh, ow, CO), fo = (kh * w.KW + kw) * w.C * CO;
    for (let c = 0; c < w.C; c++) {
      for (let o = 0; o < CO; o++) y[yo + o] += x[xo + c] * f[fo + c * CO + o];
    }
  });
  return y;
}

function refConvBpi(w: Win, f: F, dy: F, CO: number): Float64Array {
  const dx = new Float64Array(w.B * w.H * w.W * w.C);
  taps(w, (b, oh, ow, kh, kw, ih, iw) => {
    const xo = xi(w, b, ih, iw), yo = yi(w, b, oh, ow, CO), fo = (kh * w.KW + kw) * w.C * CO;
    for (let c = 0; c < w.C; c++) {
      for (let o = 0; o < CO; o++) dx[xo + c] += dy[yo + o] * f[fo + c * CO + o];
    }
  });
  return dx;
}

function refConvBpf(w: Win, x: F, dy: F, CO: number): Float64Array {
  const df = new Float64Array(w.KH * w.KW * w.C * CO);
  taps(w, (b, oh, ow, kh, kw, ih, iw) => {
    const xo = xi(w, b, ih, iw), yo = yi(w, b, oh, ow, CO), fo = (kh * w.KW + kw) * w.C * CO;
    for (let c = 0; c < w.C; c++) {
      for (let o = 0; o < CO; o++) df[fo + c * CO + o] += x[xo + c] * dy[yo + o];
    }
  });
  return df;
}

function refDw(w: Win, x: F, f: F, M: number): Float64Array {
  const CM = w.C * M;
  const y = new Float64Array(w.B * w.OH * w.OW * CM);
  taps(w, (b, oh, ow, kh, kw, ih, iw) => {
    const xo = xi(w, b, ih, iw), yo = yi(w, b, oh, ow, CM), fo = (kh * w.KW + kw) * CM;
    for (let c = 0; c < CM; c++) y[yo + c] += x[xo + Math.floor(c / M)] * f[fo + c];
  });
  return y;
}

function refDwBpi(w: Win, f: F, dy: F, M: number): Float64Array {
  const CM = w.C * M;
  const dx = new Float64Array(w.B * w.H * w.W * w.C);
  taps(w, (b, oh, ow, kh, kw, ih, iw) => {
    const xo = xi(w, b, ih, iw), yo = yi(w, b, oh, ow, CM), fo = (kh * w.KW + kw) * CM;
    for (let c = 0; c < CM; c++) dx[xo + Math.floor(c / M)] += dy[yo + c] * f[fo + c];
  });
  return dx;
}

function refDwBpf(w: Win, x: F, dy: F, M: number): Float64Array {
  const CM = w.C * M;
  const df = new Float64Array(w.KH * w.KW * CM);
  taps(w, (b, oh, ow, kh, kw, ih, iw) => {
    const xo = xi(w, b, ih, iw), yo = yi(w, b, oh, ow, CM), fo = (kh * w.KW + kw) * CM;
    for (let c = 0; c < CM; c++) df[fo + c] += x[xo + Math.floor(c / M)] * dy[yo + c];
  });
  return df;
}

/** Per output element: the flat input index of its window's first maximum, and the count of valid taps. */
function poolIndex(w: Win, x: F): { arg: Int32Array; count: Int32Array } {
  const n = w.B * w.OH * w.OW * w.C;
  const arg = new Int32Array(n).fill(-1), count = new Int32Array(n);
  taps(w, (b, oh, ow, _kh, _kw, ih, iw) => {
    const xo = xi(w, b, ih, iw), yo = yi(w, b, oh, ow, w.C);
    for (let c = 0; c < w.C; c++) {
      count[yo + c]++;
      const a = arg[yo + c];
      if (a < 0 || x[xo + c] > x[a] || (Number.isNaN(x[xo + c]) && !Number.isNaN(x[a]))) {
        arg[yo + c] = xo + c;
      }
    }
  });
  return { arg, count };
}

function refMaxPool(w: Win, x: F): Float64Array {
  const { arg } = poolIndex(w, x);
  return Float64Array.from(arg, (a) => x[a]);
}

function refAvgPool(w: Win, x: F): Float64Array {
  const y = new Float64Array(w.B * w.OH * w.OW * w.C);
  const { count } = poolIndex(w, x);
  taps(w, (b, oh, ow, _kh, _kw, ih, iw) => {
    const xo = xi(w, b, ih, iw), yo = yi(w, b, oh, ow, w.C);
    for (let c = 0; c < w.C; c++) y[yo + c] += x[xo + c] / count[yo + c];
  });
  return y;
}

function refMaxPoolGrad(w: Win, x: F, dy: F): Float64Array {
  const dx = new Float64Array(x.length);
  const { arg } = poolIndex(w, x);
  arg.forEach((a, i) => (dx[a] += dy[i]));
  return dx;
}

function refMaxPoolGradGrad(w: Win, x: F, ddx: F): Float64Array {
  const { arg } = poolIndex(w, x);
  return Float64Array.from(arg, (a) => ddx[a]);
}

function refAvgPoolGrad(w: Win, dy: F): Float64Array {
  const dx = new Float64Array(w.B * w.H * w.W * w.C);
  const { count } = poolIndex(w, new Float64Array(dx.length));
  taps(w, (b, oh, ow, _kh, _kw, ih, iw) => {
    const xo = xi(w, b, ih, iw), yo = yi(w, b, oh, ow, w.C);
    for (let c = 0; c < w.C; c++) dx[xo + c] += dy[yo + c] / count[yo + c];
  });
  return dx;
}

// ---------------------------------------------------------------- helpers

const TOL = { rtol: 1e-4, atol: 1e-4 };

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function t4(data: Float32Array, shape: number[]): Tensor {
  return tf.constant(data, { shape });
}

/** Runs fn and returns the op declaration it ran with its inputs, outputs and attributes. */
function capture(
  fn: () => Tensor,
  // deno-lint-ignore no-explicit-any
): { def: OpDef<any>; ins: readonly Tensor[]; outs: readonly Tensor[]; attrs: unknown } {
  // deno-lint-ignore no-explicit-any
  let got: any = null;
  const saved = hooks.record;
  hooks.recording++;
  hooks.record = (def, ins, outs, attrs) => (got = { def, ins, outs, attrs });
  try {
    fn();
  } finally {
    hooks.recording--;
    hooks.record = saved;
  }
  return got;
}

/**
 * Checks the declared gradient of the op that `fn` runs: for a random
 * cotangent v and, for each differentiable input i, a random direction u,
 * <u, grad_i(v)> must equal the central difference of <v, ref(ins)> along u
 * (exact for the bilinear convolutions; eps-small for pooling).
 */
async function checkVjp(
  label: string,
  r: () => number,
  fn: () => Tensor,
  ref: (ins: Float64Array[]) => Float64Array,
  eps = 0.5,
  nulls: number[] = [],
): Promise<void> {
  const { def, ins, outs, attrs } = capture(fn);
  const v = randomArray(r, outs[0].size);
  const dy = tf.constant(v, { shape: outs[0].shape as number[] });
  const grads = def.grad!({
    dy,
    dys: [dy],
    ins,
    out: outs[0],
    outs,
    attrs,
    needs: ins.map(() => true),
  });
  const base: Float64Array[] = [];
  for (const t of ins) base.push(Float64Array.from(await t.data()));
  assertEquals(grads.length, ins.length, `${label}: one gradient per input`);
  for (const [i, g] of grads.entries()) {
    assertEquals(g === null, nulls.includes(i), `${label}: gradient ${i} null`);
    if (g === null) continue;
    assertEquals(g.shape, ins[i].shape, `${label}: gradient ${i} shape`);
    const u = randomArray(r, ins[i].size);
    const plus = base.map((a, j) => (j === i ? a.map((e, n) => e + eps * u[n]) : a));
    const minus = base.map((a, j) => (j === i ? a.map((e, n) => e - eps * u[n]) : a));
    const fd = (dot(v, ref(plus)) - dot(v, ref(minus))) / (2 * eps);
    const an = dot(u, await g.data());
    assertClose(an, fd, { rtol: 1e-3, atol: 1e-3 }, `${label}: <u, grad ${i}>`);
  }
}

// ---------------------------------------------------------------- cases

interface ConvCase {
  xs: number[];
  f: [number, number, number]; // KH, KW, CO (or M for depthwise)
  s: number | number[];
  pad: Pad;
  d?: number | number[];
}

const pair = (v: number | number[] | undefined): number[] =>
  v === undefined ? [1, 1] : typeof v === "number" ? [v, v] : v.length === 4 ? [v[1], v[2]] : v;

// Channel counts 1/3/5/8/17 (SIMD tails of 4 and of the 8-wide panels), strides
// 1/2/3, both paddings and explicit ones, dilations 1/2, batch 1 and > 1,
// sizes above 256 elements, windows larger than the image.
const CONV_CASES: ConvCase[] = [
  { xs: [1, 5, 5, 1], f: [3, 3, 1], s: 1, pad: "SAME" },
  { xs: [2, 7, 6, 3], f: [3, 3, 5], s: 1, pad: "VALID" },
  { xs: [2, 9, 8, 5], f: [3, 2, 8], s: 2, pad: "SAME" },
  { xs: [1, 11, 10, 17], f: [3, 3, 17], s: 3, pad: [[1, 2], [0, 3]] },
  { xs: [3, 8, 9, 8], f: [2, 3, 3], s: 1, pad: "same", d: 2 },
  { xs: [2, 10, 7, 3], f: [3, 3, 9], s: [2, 1], pad: "valid", d: [2, 1] },
  { xs: [1, 6, 13, 1], f: [1, 5, 33], s: [1, 2], pad: "SAME" },
  { xs: [2, 12, 12, 16], f: [3, 3, 16], s: 1, pad: "SAME" },
  { xs: [1, 4, 4, 2], f: [5, 5, 4], s: 1, pad: "SAME" },
  { xs: [2, 5, 5, 3], f: [3, 3, 4], s: 2, pad: [[0, 0], [2, 1], [1, 2], [0, 0]], d: [1, 2] },
  { xs: [1, 9, 9, 5], f: [3, 3, 7], s: 2, pad: "SAME", d: 2 },
  { xs: [1, 15, 14, 3], f: [4, 4, 6], s: 3, pad: "VALID", d: [1, 1, 1, 1] },
];

testEachBackend("conv2d matches the float64 reference", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const cs of CONV_CASES) {
    const [KH, KW, CO] = cs.f;
    const C = cs.xs[3];
    const x = randomArray(r, numel(cs.xs)), f = randomArray(r, KH * KW * C * CO);
    const w = win(cs.xs, KH, KW, pair(cs.s), pair(cs.d), cs.pad);
    const y = tf.conv2d(t4(x, cs.xs), t4(f, [KH, KW, C, CO]), cs.s, cs.pad, cs.d);
    const label = `conv2d seed=${seed} ${JSON.stringify(cs)}`;
    assertEquals(y.shape, [w.B, w.OH, w.OW, CO], label);
    assertClose(await y.data(), refConv(w, x, f, CO), TOL, label);
  }
}, { gpu: true });

testEachBackend("conv2dBackpropInput and conv2dBackpropFilter match their references", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const cs of CONV_CASES) {
    const [KH, KW, CO] = cs.f;
    const C = cs.xs[3];
    const fs = [KH, KW, C, CO];
    const w = win(cs.xs, KH, KW, pair(cs.s), pair(cs.d), cs.pad);
    const ys = [w.B, w.OH, w.OW, CO];
    const x = randomArray(r, numel(cs.xs)), f = randomArray(r, numel(fs));
    const dy = randomArray(r, numel(ys));
    const label = `seed=${seed} ${JSON.stringify(cs)}`;
    const dx = tf.conv2dBackpropInput(cs.xs, t4(f, fs), t4(dy, ys), cs.s, cs.pad, cs.d);
    assertEquals(dx.shape, cs.xs);
    assertClose(await dx.data(), refConvBpi(w, f, dy, CO), TOL, `conv2dBackpropInput ${label}`);
    const df = tf.conv2dBackpropFilter(t4(x, cs.xs), fs, t4(dy, ys), cs.s, cs.pad, cs.d);
    assertEquals(df.shape, fs);
    assertClose(await df.data(), refConvBpf(w, x, dy, CO), TOL, `conv2dBackpropFilter ${label}`);
    // both are adjoints of the forward reference: <conv2d(x, f), dy> = <x, dx> = <f, df>
    const fwd = dot(refConv(w, x, f, CO), dy);
    assertClose(dot(x, await dx.data()), fwd, TOL, `<x, dx> ${label}`);
    assertClose(dot(f, await df.data()), fwd, TOL, `<f, df> ${label}`);
  }
}, { gpu: true });

testEachBackend("conv2dTranspose is conv2dBackpropInput with the image as dy", async () => {
  const r = rng(freshSeed());
  const x = randomArray(r, 2 * 3 * 4 * 5), f = randomArray(r, 3 * 3 * 2 * 5);
  const y = tf.conv2dTranspose(t4(x, [2, 3, 4, 5]), t4(f, [3, 3, 2, 5]), [2, 6, 8, 2], 2, "SAME");
  const w = win([2, 6, 8, 2], 3, 3, [2, 2], [1, 1], "SAME");
  assertEquals(y.shape, [2, 6, 8, 2]);
  assertClose(await y.data(), refConvBpi(w, f, x, 5), TOL, "conv2dTranspose");
}, { gpu: true });

// KH, KW, M
const DW_CASES: ConvCase[] = [
  { xs: [1, 5, 5, 1], f: [3, 3, 1], s: 1, pad: "SAME" },
  { xs: [2, 7, 6, 3], f: [3, 3, 2], s: 1, pad: "VALID" },
  { xs: [2, 9, 8, 5], f: [3, 2, 1], s: 2, pad: "SAME" },
  { xs: [1, 11, 10, 17], f: [3, 3, 3], s: 3, pad: [[1, 2], [0, 3]] },
  { xs: [3, 8, 9, 8], f: [2, 3, 1], s: 1, pad: "SAME", d: 2 },
  { xs: [2, 10, 7, 16], f: [3, 3, 2], s: [2, 1], pad: "VALID", d: [2, 1] },
  { xs: [2, 12, 12, 20], f: [3, 3, 1], s: 1, pad: "SAME" },
  { xs: [1, 4, 4, 2], f: [5, 5, 4], s: 1, pad: "SAME" },
];

testEachBackend("depthwiseConv2d and its backprop ops match their references", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const cs of DW_CASES) {
    const [KH, KW, M] = cs.f;
    const C = cs.xs[3];
    const fs = [KH, KW, C, M];
    const w = win(cs.xs, KH, KW, pair(cs.s), pair(cs.d), cs.pad);
    const ys = [w.B, w.OH, w.OW, C * M];
    const x = randomArray(r, numel(cs.xs)), f = randomArray(r, numel(fs));
    const dy = randomArray(r, numel(ys));
    const label = `seed=${seed} ${JSON.stringify(cs)}`;
    const y = tf.depthwiseConv2d(t4(x, cs.xs), t4(f, fs), cs.s, cs.pad, cs.d);
    assertEquals(y.shape, ys, label);
    assertClose(await y.data(), refDw(w, x, f, M), TOL, `depthwiseConv2d ${label}`);
    const dx = tf.depthwiseConv2dBackpropInput(cs.xs, t4(f, fs), t4(dy, ys), cs.s, cs.pad, cs.d);
    assertClose(await dx.data(), refDwBpi(w, f, dy, M), TOL, `dw backprop input ${label}`);
    const df = tf.depthwiseConv2dBackpropFilter(t4(x, cs.xs), fs, t4(dy, ys), cs.s, cs.pad, cs.d);
    assertClose(await df.data(), refDwBpf(w, x, dy, M), TOL, `dw backprop filter ${label}`);
    const fwd = dot(refDw(w, x, f, M), dy);
    assertClose(dot(x, await dx.data()), fwd, TOL, `<x, dx> ${label}`);
    assertClose(dot(f, await df.data()), fwd, TOL, `<f, df> ${label}`);
  }
}, { gpu: true });

interface PoolCase {
  xs: number[];
  k: number | number[];
  s: number | number[];
  pad: Pad;
}

// Overlapping windows (stride < window), SAME borders averaging fewer taps,
// explicit pads, channel tails, more than 256 elements.
const POOL_CASES: PoolCase[] = [
  { xs: [1, 5, 5, 1], k: 3, s: 2, pad: "SAME" },
  { xs: [2, 7, 6, 3], k: 3, s: 1, pad: "VALID" },
  { xs: [2, 9, 8, 5], k: [3, 2], s: [2, 1], pad: "SAME" },
  { xs: [1, 11, 10, 17], k: 2, s: 2, pad: "VALID" },
  { xs: [3, 8, 9, 8], k: [1, 3, 3, 1], s: [1, 3, 2, 1], pad: "same" },
  { xs: [2, 10, 7, 4], k: 3, s: 2, pad: [[1, 2], [2, 0]] },
  { xs: [1, 4, 4, 2], k: 4, s: 1, pad: "SAME" },
];

testEachBackend("maxPool, avgPool and their gradient ops match their references", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const cs of POOL_CASES) {
    const kk = pair(cs.k as number | number[]);
    const w = win(cs.xs, kk[0], kk[1], pair(cs.s), [1, 1], cs.pad);
    const ys = [w.B, w.OH, w.OW, w.C];
    const x = randomArray(r, numel(cs.xs)), dy = randomArray(r, numel(ys));
    const ddx = randomArray(r, numel(cs.xs));
    const label = `seed=${seed} ${JSON.stringify(cs)}`;
    const tx = t4(x, cs.xs);
    const ymax = tf.maxPool(tx, cs.k, cs.s, cs.pad);
    assertEquals(ymax.shape, ys, label);
    assertClose(await ymax.data(), refMaxPool(w, x), { rtol: 0, atol: 0 }, `maxPool ${label}`);
    const yavg = tf.avgPool(tx, cs.k, cs.s, cs.pad);
    assertClose(
      await yavg.data(),
      refAvgPool(w, x),
      { rtol: 1e-5, atol: 1e-6 },
      `avgPool ${label}`,
    );
    const dxm = tf.maxPoolGrad(tx, ymax, t4(dy, ys), cs.k, cs.s, cs.pad);
    assertEquals(dxm.shape, cs.xs);
    assertClose(await dxm.data(), refMaxPoolGrad(w, x, dy), TOL, `maxPoolGrad ${label}`);
    const ddy = tf.maxPoolGradGrad(tx, ymax, t4(ddx, cs.xs), cs.k, cs.s, cs.pad);
    assertEquals(ddy.shape, ys);
    assertClose(await ddy.data(), refMaxPoolGradGrad(w, x, ddx), TOL, `maxPoolGradGrad ${label}`);
    const dxa = tf.avgPoolGrad(cs.xs, t4(dy, ys), cs.k, cs.s, cs.pad);
    assertClose(await dxa.data(), refAvgPoolGrad(w, dy), TOL, `avgPoolGrad ${label}`);
    assertClose(dot(x, await dxa.data()), dot(refAvgPool(w, x), dy), TOL, `<x, avg dx> ${label}`);
  }
}, { gpu: true });

testEachBackend(
  "maxPoolGrad sends each gradient to the first maximum of a window with ties",
  async () => {
    // one 2x2 window holding 3, 7, 7, 1: the first 7 (row-major) gets it all
    const x = tf.reshape(tf.constant([3, 7, 7, 1]), [1, 2, 2, 1]);
    const y = tf.maxPool(x, 2, 2, "VALID");
    const dx = tf.maxPoolGrad(x, y, tf.reshape(tf.constant([5]), [1, 1, 1, 1]), 2, 2, "VALID");
    assertEquals(Array.from(await dx.data()), [0, 5, 0, 0]);
    // overlapping windows (3x3, stride 1, SAME) add up at a shared maximum
    const x2 = tf.reshape(tf.constant([0, 0, 0, 0, 9, 0, 0, 0, 0]), [1, 3, 3, 1]);
    const y2 = tf.maxPool(x2, 3, 1, "SAME");
    const dx2 = tf.maxPoolGrad(x2, y2, tf.ones([1, 3, 3, 1]), 3, 1, "SAME");
    assertEquals(Array.from(await dx2.data()), [0, 0, 0, 0, 9, 0, 0, 0, 0]);
  },
  { gpu: true },
);

testEachBackend("NaN and infinities propagate through conv2d and pooling", async () => {
  const x = tf.reshape(tf.constant([1, NaN, 3, 4, -Infinity, 6, 7, 8, 9]), [1, 3, 3, 1]);
  const y = tf.conv2d(x, tf.ones([1, 1, 1, 2]), 1, "VALID");
  assertClose(await y.data(), [
    1,
    1,
    NaN,
    NaN,
    3,
    3,
    4,
    4,
    -Infinity,
    -Infinity,
    6,
    6,
    7,
    7,
    8,
    8,
    9,
    9,
  ]);
  const s = tf.conv2d(x, tf.ones([2, 2, 1, 1]), 1, "VALID");
  assertClose(await s.data(), [NaN, NaN, -Infinity, -Infinity]);
  assertClose(await tf.maxPool(x, 2, 1, "VALID").data(), [NaN, NaN, 8, 9]);
  assertClose(await tf.avgPool(x, 2, 1, "VALID").data(), [NaN, NaN, -Infinity, -Infinity]);
  // the 16-channel path: a NaN tap, and both infinities in one window (whose
  // sum is NaN though no tap is)
  const xs = [1, 3, 3, 17];
  const xw = randomArray(rng(freshSeed()), numel(xs));
  xw[2] = NaN; // (0, 0), channel 2
  xw[(1 * 3 + 1) * 17 + 5] = Infinity;
  xw[(1 * 3 + 2) * 17 + 5] = -Infinity;
  xw[(2 * 3 + 2) * 17 + 16] = NaN; // the tail channel
  const w = win(xs, 2, 2, [1, 1], [1, 1], "VALID");
  assertClose(await tf.maxPool(t4(xw, xs), 2, 1, "VALID").data(), refMaxPool(w, xw), {
    rtol: 0,
    atol: 0,
  }, "maxPool NaN/Inf, 17 channels");
  const allNegInf = tf.fill([1, 2, 2, 1], -Infinity);
  assertClose(await tf.maxPool(allNegInf, 2, 2, "SAME").data(), [-Infinity]);
}, { gpu: true });

testEachBackend("zero-size dimensions give empty or zero results", async () => {
  assertEquals(tf.conv2d(tf.zeros([0, 5, 5, 3]), tf.ones([3, 3, 3, 2]), 1, "SAME").shape, [
    0,
    5,
    5,
    2,
  ]);
  // no input channels: every output is an empty sum
  const y = tf.conv2d(tf.zeros([1, 4, 4, 0]), tf.zeros([3, 3, 0, 2]), 1, "SAME");
  assertEquals(Array.from(await y.data()), new Array(32).fill(0));
  // VALID with a window wider than the image by less than a stride: output size 0, as in TF
  assertEquals(tf.conv2d(tf.ones([1, 2, 2, 1]), tf.ones([3, 3, 1, 1]), 2, "VALID").shape, [
    1,
    0,
    0,
    1,
  ]);
  const df = tf.conv2dBackpropFilter(
    tf.ones([0, 4, 4, 3]),
    [3, 3, 3, 5],
    tf.zeros([0, 4, 4, 5]),
    1,
    "SAME",
  );
  assertEquals(Array.from(await df.data()), new Array(135).fill(0));
  const dx = tf.conv2dBackpropInput(
    [1, 2, 2, 1],
    tf.ones([3, 3, 1, 1]),
    tf.zeros([1, 0, 0, 1]),
    2,
    "VALID",
  );
  assertEquals(Array.from(await dx.data()), [0, 0, 0, 0]);
  assertEquals(tf.maxPool(tf.zeros([2, 0, 3, 4]), 2, 2, "SAME").shape, [2, 0, 2, 4]);
  assertEquals(tf.depthwiseConv2d(tf.zeros([0, 3, 3, 2]), tf.ones([2, 2, 2, 3]), 1, "SAME").shape, [
    0,
    3,
    3,
    6,
  ]);
}, { gpu: true });

testEachBackend(
  "a large batch runs through the heap (temporaries above the scratch size)",
  async () => {
    // 8 x 40 x 40 x 24 floats: the padded image and packed filter leave the 1 MiB scratch region
    const seed = freshSeed();
    const r = rng(seed);
    const xs = [8, 40, 40, 24], fs = [3, 3, 24, 20];
    const x = randomArray(r, numel(xs)), f = randomArray(r, numel(fs));
    const w = win(xs, 3, 3, [1, 1], [1, 1], "SAME");
    const y = tf.conv2d(t4(x, xs), t4(f, fs), 1, "SAME");
    const ref = refConv(w, x, f, 20);
    assertClose(await y.data(), ref, TOL, `conv2d seed=${seed}`);
    const dy = randomArray(r, y.size);
    const dx = tf.conv2dBackpropInput(xs, t4(f, fs), t4(dy, y.shape as number[]), 1, "SAME");
    assertClose(
      dot(x, await dx.data()),
      dot(ref, dy),
      { rtol: 1e-4, atol: 1e-2 },
      `<x, dx> seed=${seed}`,
    );
    // a deep product (12800 pixels): the GPU splits it along the pixels
    const df = tf.conv2dBackpropFilter(t4(x, xs), fs, t4(dy, y.shape as number[]), 1, "SAME");
    assertClose(await df.data(), refConvBpf(w, x, dy, 20), { rtol: 1e-4, atol: 1e-3 }, "df");
  },
  { gpu: true },
);

// ---------------------------------------------------------------- declared gradients

testEachBackend("each op's declared gradient agrees with its forward reference", async () => {
  const seed = freshSeed();
  const r = rng(seed);
  const cs = { xs: [2, 7, 6, 3], KH: 3, KW: 2, CO: 5, s: [2, 1], pad: "SAME" as Pad, d: [1, 2] };
  const fs = [cs.KH, cs.KW, 3, cs.CO];
  const w = win(cs.xs, cs.KH, cs.KW, cs.s, cs.d, cs.pad);
  const ys = [w.B, w.OH, w.OW, cs.CO];
  const x = t4(randomArray(r, numel(cs.xs)), cs.xs);
  const f = t4(randomArray(r, numel(fs)), fs);
  const dy = t4(randomArray(r, numel(ys)), ys);
  const at = (what: string) => `${what} seed=${seed}`;
  await checkVjp(
    at("conv2d"),
    r,
    () => tf.conv2d(x, f, cs.s, cs.pad, cs.d),
    ([a, b]) => refConv(w, a, b, cs.CO),
  );
  await checkVjp(
    at("conv2dBackpropInput"),
    r,
    () => tf.conv2dBackpropInput(cs.xs, f, dy, cs.s, cs.pad, cs.d),
    ([b, g]) => refConvBpi(w, b, g, cs.CO),
  );
  await checkVjp(
    at("conv2dBackpropFilter"),
    r,
    () => tf.conv2dBackpropFilter(x, fs, dy, cs.s, cs.pad, cs.d),
    ([a, g]) => refConvBpf(w, a, g, cs.CO),
  );
  const M = 2, dfs = [cs.KH, cs.KW, 3, M], dys = [w.B, w.OH, w.OW, 3 * M];
  const df = t4(randomArray(r, numel(dfs)), dfs), ddy = t4(randomArray(r, numel(dys)), dys);
  await checkVjp(
    at("depthwiseConv2d"),
    r,
    () => tf.depthwiseConv2d(x, df, cs.s, cs.pad, cs.d),
    ([a, b]) => refDw(w, a, b, M),
  );
  await checkVjp(
    at("depthwiseConv2dBackpropInput"),
    r,
    () => tf.depthwiseConv2dBackpropInput(cs.xs, df, ddy, cs.s, cs.pad, cs.d),
    ([b, g]) => refDwBpi(w, b, g, M),
  );
  await checkVjp(
    at("depthwiseConv2dBackpropFilter"),
    r,
    () => tf.depthwiseConv2dBackpropFilter(x, dfs, ddy, cs.s, cs.pad, cs.d),
    ([a, g]) => refDwBpf(w, a, g, M),
  );
  // pooling: 3x3 windows, stride 2, SAME (overlapping windows, partial borders)
  const pw = win(cs.xs, 3, 3, [2, 2], [1, 1], "SAME");
  const pys = [pw.B, pw.OH, pw.OW, 3];
  // maxPool is piecewise linear: distinct values 0.1 apart keep each window's
  // argmax fixed under the finite-difference steps
  const order = Array.from({ length: x.size }, (_, i) => i).sort(() => r() - 0.5);
  const xsep = t4(Float32Array.from(order, (i) => 0.1 * i - 6), cs.xs);
  await checkVjp(
    at("maxPool"),
    r,
    () => tf.maxPool(xsep, 3, 2, "SAME"),
    ([a]) => refMaxPool(pw, a),
    1e-3,
  );
  await checkVjp(at("avgPool"), r, () => tf.avgPool(x, 3, 2, "SAME"), ([a]) => refAvgPool(pw, a));
  const y = tf.maxPool(x, 3, 2, "SAME");
  const xd = (await x.data()) as Float32Array;
  const pdy = t4(randomArray(r, numel(pys)), pys);
  await checkVjp(
    at("maxPoolGrad"),
    r,
    () => tf.maxPoolGrad(x, y, pdy, 3, 2, "SAME"),
    ([, , g]) => refMaxPoolGrad(pw, xd, g),
    0.5,
    [0, 1], // piecewise constant in x and y
  );
  await checkVjp(
    at("maxPoolGradGrad"),
    r,
    () => tf.maxPoolGradGrad(x, y, x, 3, 2, "SAME"),
    ([, , g]) => refMaxPoolGradGrad(pw, xd, g),
    0.5,
    [0, 1],
  );
  await checkVjp(
    at("avgPoolGrad"),
    r,
    () => tf.avgPoolGrad(cs.xs, pdy, 3, 2, "SAME"),
    ([g]) => refAvgPoolGrad(pw, g),
  );
}, { gpu: true });

// ---------------------------------------------------------------- bad input

testEachBackend("bad input throws errors naming the op, the shapes and the fix", () => {
  const x = tf.zeros([1, 5, 5, 3]);
  const f = tf.zeros([3, 3, 3, 8]);
  assertThrows(
    () => tf.conv2d(tf.zeros([5, 5, 3]), f, 1, "SAME"),
    RangeError,
    "conv2d",
    "(5, 5, 3)",
    "[1, 5, 5, 3]",
  );
  assertThrows(
    () => tf.conv2d(x, tf.zeros([3, 3, 3]), 1, "SAME"),
    RangeError,
    "conv2d",
    "filters",
    "(3, 3, 3)",
  );
  assertThrows(
    () => tf.conv2d(x, tf.zeros([3, 3, 4, 8]), 1, "SAME"),
    RangeError,
    "conv2d",
    "(1, 5, 5, 3)",
    "(3, 3, 4, 8)",
    "equal the input's last one",
  );
  assertThrows(
    () => tf.conv2d(x, f, 1, "FULL" as "SAME"),
    RangeError,
    "conv2d",
    "padding",
    "FULL",
    '"SAME"',
  );
  assertThrows(() => tf.conv2d(x, f, 1, [[1, 1]]), RangeError, "conv2d", "padding");
  assertThrows(() => tf.conv2d(x, f, 1, [[-1, 1], [0, 0]]), RangeError, "conv2d", "padding");
  assertThrows(() => tf.conv2d(x, f, 0, "SAME"), RangeError, "conv2d", "strides");
  assertThrows(
    () => tf.conv2d(x, f, [2, 1, 1, 1], "SAME"),
    RangeError,
    "conv2d",
    "strides",
    "batch",
  );
  assertThrows(() => tf.conv2d(x, f, 1, "SAME", 1.5), RangeError, "conv2d", "dilations");
  assertThrows(
    () => tf.conv2d(x, tf.zeros([7, 7, 3, 8]), 1, "VALID"),
    RangeError,
    "conv2d",
    "(1, 5, 5, 3)",
    "SAME",
  );
  assertThrows(
    () => tf.conv2d(tf.zeros([1, 5, 5, 3], "int32"), f, 1, "SAME"),
    TypeError,
    "conv2d",
    "int32",
    "cast",
  );
  assertThrows(
    () => tf.conv2d(x, tf.zeros([0, 3, 3, 8]), 1, "SAME"),
    RangeError,
    "conv2d",
    "window",
  );
  assertThrows(
    () => tf.depthwiseConv2d(x, tf.zeros([3, 3, 2, 2]), 1, "SAME"),
    RangeError,
    "depthwiseConv2d",
    "(1, 5, 5, 3)",
    "(3, 3, 2, 2)",
  );
  assertThrows(
    () => tf.conv2dBackpropInput([1, 5, 5, 3], f, tf.zeros([1, 4, 4, 8]), 1, "SAME"),
    RangeError,
    "conv2dBackpropInput",
    "(1, 4, 4, 8)",
    "(1, 5, 5, 8)",
  );
  assertThrows(
    () => tf.conv2dBackpropFilter(x, [3, 3, 3], tf.zeros([1, 5, 5, 8]), 1, "SAME"),
    RangeError,
    "conv2dBackpropFilter",
    "filterShape",
  );
  assertThrows(
    () => tf.conv2dBackpropInput([1, 5, 5], f, tf.zeros([1, 5, 5, 8]), 1, "SAME"),
    RangeError,
    "inputShape",
  );
  assertThrows(() => tf.maxPool(tf.zeros([5, 5]), 2, 2, "SAME"), RangeError, "maxPool", "(5, 5)");
  assertThrows(
    () => tf.avgPool(x, 2, 2, [[2, 0], [0, 0]]),
    RangeError,
    "avgPool",
    "smaller than the window",
  );
  assertThrows(() => tf.maxPool(x, 7, 1, "VALID"), RangeError, "maxPool", "negative");
  const y = tf.maxPool(x, 2, 2, "SAME");
  assertThrows(
    () => tf.maxPoolGrad(x, x, y, 2, 2, "SAME"),
    RangeError,
    "maxPoolGrad",
    "y has shape",
  );
  assertThrows(
    () => tf.maxPoolGrad(x, y, x, 2, 2, "SAME"),
    RangeError,
    "maxPoolGrad",
    "dy has shape",
  );
  assertThrows(
    () => tf.avgPoolGrad([1, 5, 5, 3], x, 2, 2, "SAME"),
    RangeError,
    "avgPoolGrad",
    "(1, 3, 3, 3)",
  );
  // the module still works
  const ok = tf.conv2d(tf.ones([1, 3, 3, 1]), tf.ones([3, 3, 1, 1]), 1, "SAME");
  assertEquals(Array.from(ok.dataSync()), [4, 6, 4, 6, 9, 6, 4, 6, 4]);
});

// ---------------------------------------------------------------- through the tape

/** Checks fn's tape gradients at ins against finite differences, on the test's backend. */
async function checkGrad(
  backend: string,
  seed: number,
  what: string,
  fn: (...t: Tensor[]) => Tensor,
  ins: Tensor[],
  eps?: number,
): Promise<void> {
  const res = await checkGradientsOn(backend, fn, ins, {
    seed,
    eps,
    tolerance: 1e-2,
    throwOnFailure: false,
  });
  if (!(res.maxError < 1e-2)) throw new Error(`${what} seed=${seed}: error ${res.maxError}`);
}

/** The functions of the tape tests, at given inputs (shared with `allOnGpu`'s probe). */
function tapeCases(x: Tensor, f: Tensor, dw: Tensor, dy: Tensor, xs: Tensor) {
  return [
    ["conv2d", (a, b) => tf.conv2d(a, b, [2, 1], "SAME", [1, 2]), [x, f]],
    [
      "conv2dBackpropInput",
      (b, g) => tf.conv2dBackpropInput(x.shape as number[], b, g, [2, 1], "SAME", [1, 2]),
      [f, dy],
    ],
    [
      "conv2dBackpropFilter",
      (a, g) => tf.conv2dBackpropFilter(a, f.shape as number[], g, [2, 1], "SAME", [1, 2]),
      [x, dy],
    ],
    ["depthwiseConv2d", (a, b) => tf.depthwiseConv2d(a, b, 2, [[1, 0], [2, 1]]), [x, dw]],
    ["avgPool", (a) => tf.avgPool(a, 3, 2, "SAME"), [x]],
    // maxPool is piecewise linear: distinct values 0.1 apart keep each window's
    // argmax fixed under the finite-difference steps (eps 1e-3)
    ["maxPool", (a) => tf.maxPool(a, [2, 3], 2, "SAME"), [xs], 1e-3],
  ] as [string, (...t: Tensor[]) => Tensor, Tensor[], number?][];
}

const TAPE_SHAPES = [[2, 6, 7, 3], [3, 2, 3, 5], [2, 3, 3, 2], [2, 3, 7, 5]];

/** Runs checkGradients' steps (the tape and the forward passes) once, for `allOnGpu`. */
function tapeProbe(): void {
  const [x, f, dw, dy] = TAPE_SHAPES.map((s) => tf.ones(s));
  for (const [, fn, ins] of tapeCases(x, f, dw, dy, x)) {
    const tape = new tf.GradientTape();
    tape.watch(ins);
    const y = tape.record(() => fn(...ins));
    tape.gradient(tf.reduceSum(tf.multiply(y, y)), ins);
  }
}

testEachBackend("gradients through the tape match finite differences", async (_t, backend) => {
  const seed = freshSeed();
  const r = rng(seed);
  const rand = (shape: number[]) => t4(randomArray(r, numel(shape)), shape);
  const [x, f, dw, dy] = TAPE_SHAPES.map(rand);
  const perm = Array.from({ length: x.size }, (_, i) => i).sort(() => r() - 0.5);
  const xs = t4(Float32Array.from(perm, (i) => 0.1 * i - 12), x.shape as number[]);
  for (const [what, fn, ins, eps] of tapeCases(x, f, dw, dy, xs)) {
    await checkGrad(backend, seed, what, fn, ins, eps);
  }
}, { gpu: allOnGpu(tapeProbe) });

/** <u, d/dx sum(pool(conv2d(x, f))²)> as a function of x and f. */
const innerGrad = (u: Tensor, pool: (y: Tensor) => Tensor) => (a: Tensor, b: Tensor) => {
  const tape = new tf.GradientTape();
  tape.watch(a);
  const loss = tape.record(() => tf.reduceSum(tf.square(pool(tf.conv2d(a, b, 2, "SAME")))));
  return tf.reduceSum(tf.multiply(tape.gradient(loss, a)!, u));
};

/** <u, the gradient of maxPool at x for the cotangent w>, as a function of w. */
const maxInnerGrad = (x: Tensor, u: Tensor) => (w: Tensor) => {
  const tape = new tf.GradientTape();
  tape.watch(x);
  const y = tape.record(() => tf.maxPool(x, 3, 2, "SAME"));
  return tf.reduceSum(tf.multiply(tape.gradient(y, x, { outputGradients: w })!, u));
};

/** Runs the nested tapes of the second-derivative test once, for `allOnGpu`. */
function secondProbe(): void {
  const x = tf.ones([1, 5, 6, 2]), f = tf.ones([3, 3, 2, 4]);
  for (const fn of [innerGrad(x, (y) => y), innerGrad(x, (y) => tf.avgPool(y, 2, 1, "SAME"))]) {
    const tape = new tf.GradientTape();
    tape.watch([x, f]);
    const y = tape.record(() => fn(x, f));
    tape.gradient(y, [x, f]);
  }
  const w = tf.ones([1, 3, 3, 2]);
  const tape = new tf.GradientTape();
  tape.watch(w);
  tape.gradient(tape.record(() => maxInnerGrad(x, x)(w)), w);
}

testEachBackend("second derivatives: nested tapes differentiate the backprop ops", async (
  _t,
  backend,
) => {
  const seed = freshSeed();
  const r = rng(seed);
  const rand = (shape: number[]) => t4(randomArray(r, numel(shape)), shape);
  const x = rand([1, 5, 6, 2]), f = rand([3, 3, 2, 4]), u = rand([1, 5, 6, 2]);
  // the gradient of <u, d/dx sum(conv2d(x, f)²)> runs through
  // conv2dBackpropInput's and conv2dBackpropFilter's own gradients
  await checkGrad(backend, seed, "conv2d twice", innerGrad(u, (y) => y), [x, f]);
  const avg = innerGrad(u, (y) => tf.avgPool(y, 2, 1, "SAME"));
  await checkGrad(backend, seed, "conv2d + avgPool twice", avg, [x, f]);
  // maxPool's second derivative in x is zero almost everywhere; in the cotangent
  // v it is maxPoolGradGrad
  const v = rand([1, 3, 3, 2]);
  await checkGrad(backend, seed, "maxPool in the cotangent", maxInnerGrad(x, u), [v]);
}, { gpu: allOnGpu(secondProbe) });
