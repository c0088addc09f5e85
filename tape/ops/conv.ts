/**
 * Convolution and pooling (TensorFlow's `tf.nn` semantics, NHWC images, HWIO
 * filters): conv2d, depthwiseConv2d, maxPool, avgPool, and their gradients as
 * ops of their own (conv2dBackpropInput, which is also the transposed
 * convolution, conv2dBackpropFilter, depthwiseConv2dBackpropInput/Filter,
 * maxPoolGrad, maxPoolGradGrad, avgPoolGrad), so that every gradient here is
 * written with other ops and can itself be differentiated.
 *
 * Shapes follow TensorFlow. For a window of size k with dilation d (effective
 * size ke = (k - 1) d + 1) and stride s over an input of size n:
 * - "VALID": no padding, output size floor((n - ke) / s) + 1;
 * - "SAME": output size ceil(n / s), padded by max((out - 1) s + ke - n, 0)
 *   split evenly, the odd one at the bottom/right;
 * - explicit `[[top, bottom], [left, right]]`: output floor((n + pads - ke) / s) + 1.
 *
 * Kernels: asm/src/conv.ts (implicit-GEMM convolutions with 6x8 register tiles);
 * gpu/kernels/conv.ts (WGSL: implicit GEMMs on matmul's tiled program, gathers).
 *
 * @module
 */

import { fmtShape } from "../_shape.ts";
import { type Call, defineOp, run } from "../op.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { k, tempBytes } from "../../asm/backend.ts";
import { view } from "../../asm/heap.ts";
import {
  avgPoolGradWgsl,
  avgPoolWgsl,
  conv2dBackpropFilterWgsl,
  conv2dBackpropInputWgsl,
  conv2dWgsl,
  depthwiseConv2dBackpropFilterWgsl,
  depthwiseConv2dBackpropInputWgsl,
  depthwiseConv2dWgsl,
  maxPoolGradGradWgsl,
  maxPoolGradWgsl,
  maxPoolWgsl,
} from "../../gpu/kernels/conv.ts";
import { parallelFor, threadsFor } from "../../asm/threads.ts";

/**
 * Padding of a convolution or pooling window: `"SAME"` or `"VALID"` (either
 * case), or explicit pads `[[top, bottom], [left, right]]` (TensorFlow's
 * four-pair NHWC form `[[0, 0], [top, bottom], [left, right], [0, 0]]` is
 * accepted too).
 */
export type Padding = "SAME" | "VALID" | "same" | "valid" | readonly (readonly number[])[];

/**
 * A window size, stride or dilation: one number for both spatial dimensions,
 * `[height, width]`, or TensorFlow's NHWC form `[1, height, width, 1]`.
 */
export type Size2 = number | readonly number[];

/** Normalised padding: the algorithm name or [[top, bottom], [left, right]]. */
type Pad = "SAME" | "VALID" | readonly [readonly [number, number], readonly [number, number]];

/** Everything a kernel needs to know about one convolution or pooling. */
interface Geom {
  B: number;
  H: number;
  W: number;
  C: number;
  OH: number;
  OW: number;
  KH: number;
  KW: number;
  SH: number;
  SW: number;
  DH: number;
  DW: number;
  PT: number;
  PB: number;
  PL: number;
  PR: number;
  /** Output channels (C M for depthwise). */
  CO: number;
  /** Depthwise channel multiplier (1 otherwise). */
  M: number;
}

/** Attributes of the convolutions (exported for fused.ts). */
export interface ConvAttrs {
  strides: [number, number];
  padding: Pad;
  dilations: [number, number];
  g: Geom;
}

interface PoolAttrs {
  ksize: [number, number];
  strides: [number, number];
  padding: Pad;
  g: Geom;
}

// ---------------------------------------------------------------- arguments

function size2(op: string, what: string, v: Size2): [number, number] {
  let hw: number[];
  if (typeof v === "number") hw = [v, v];
  else if (Array.isArray(v) && v.length === 1) hw = [v[0], v[0]];
  else if (Array.isArray(v) && v.length === 2) hw = [v[0], v[1]];
  else if (Array.isArray(v) && v.length === 4) {
    if (v[0] !== 1 || v[3] !== 1) {
      throw new RangeError(
        `${op}: ${what} [${v.join(", ")}] must be 1 in the batch and channel dimensions ` +
          `(NHWC); give [1, h, w, 1] or just [h, w]`,
      );
    }
    hw = [v[1], v[2]];
  } else {
    throw new RangeError(
      `${op}: ${what} must be a number, [h, w] or [1, h, w, 1], got ${JSON.stringify(v)}`,
    );
  }
  for (const d of hw) {
    if (typeof d !== "number" || !Number.isInteger(d) || d < 1) {
      throw new RangeError(
        `${op}: ${what} must be positive integers, got ${JSON.stringify(v)}`,
      );
    }
  }
  return hw as [number, number];
}

function isPair(p: unknown): p is readonly number[] {
  return Array.isArray(p) && p.length === 2 &&
    p.every((d) => typeof d === "number" && Number.isInteger(d) && d >= 0);
}

function parsePadding(op: string, p: Padding): Pad {
  if (typeof p === "string") {
    const u = p.toUpperCase();
    if (u === "SAME" || u === "VALID") return u;
  } else if (Array.isArray(p)) {
    if (p.length === 2 && isPair(p[0]) && isPair(p[1])) {
      return [[p[0][0], p[0][1]], [p[1][0], p[1][1]]];
    }
    if (
      p.length === 4 && p.every(isPair) && p[0][0] === 0 && p[0][1] === 0 && p[3][0] === 0 &&
      p[3][1] === 0
    ) {
      return [[p[1][0], p[1][1]], [p[2][0], p[2][1]]];
    }
  }
  throw new RangeError(
    `${op}: padding ${JSON.stringify(p)} is not "SAME", "VALID" or explicit pads ` +
      `[[top, bottom], [left, right]] of non-negative integers; pass one of those`,
  );
}

function fmtPad(p: Pad): string {
  return typeof p === "string" ? `"${p}"` : JSON.stringify(p);
}

/** Output size and pads along one dimension (TensorFlow's GetWindowedOutputSize). */
function outDim(
  op: string,
  xShape: readonly number[],
  dim: string,
  n: number,
  k: number,
  s: number,
  d: number,
  pad: Pad,
  axis: 0 | 1,
): [number, number, number] {
  const ke = (k - 1) * d + 1;
  if (pad === "SAME") {
    const out = Math.ceil(n / s);
    const total = Math.max((out - 1) * s + ke - n, 0);
    const lo = Math.floor(total / 2);
    return [out, lo, total - lo];
  }
  const [lo, hi] = pad === "VALID" ? [0, 0] : pad[axis];
  const out = Math.trunc((n + lo + hi - ke + s) / s);
  if (out < 0) {
    throw new RangeError(
      `${op}: a window of ${dim} ${k}${d > 1 ? ` (dilated to ${ke})` : ""} does not fit ` +
        `input ${fmtShape(xShape)} with padding ${fmtPad(pad)}: the output ${dim} would be ` +
        `negative; use padding "SAME" or a smaller window`,
    );
  }
  return [out, lo, hi];
}

function geom(
  op: string,
  xShape: readonly number[],
  kh: number,
  kw: number,
  co: number,
  m: number,
  strides: [number, number],
  dilations: [number, number],
  padding: Pad,
): Geom {
  const [B, H, W, C] = xShape;
  const [OH, PT, PB] = outDim(op, xShape, "height", H, kh, strides[0], dilations[0], padding, 0);
  const [OW, PL, PR] = outDim(op, xShape, "width", W, kw, strides[1], dilations[1], padding, 1);
  return {
    B,
    H,
    W,
    C,
    OH,
    OW,
    KH: kh,
    KW: kw,
    SH: strides[0],
    SW: strides[1],
    DH: dilations[0],
    DW: dilations[1],
    PT,
    PB,
    PL,
    PR,
    CO: co,
    M: m,
  };
}

function float32(op: string, what: string, t: Tensor): void {
  if (t.dtype !== "float32") {
    throw new TypeError(
      `${op}: ${what} must be float32, got ${t.dtype} ${fmtShape(t.shape)}; tf.cast it to float32`,
    );
  }
}

function rank4(op: string, what: string, layout: string, t: Tensor, fix: string): void {
  if (t.rank !== 4) {
    throw new RangeError(
      `${op}: ${what} must be 4-D ${layout}, got shape ${fmtShape(t.shape)}; ${fix}`,
    );
  }
}

const IMAGE = "[batch, height, width, channels] (NHWC)";

function image(op: string, what: string, x: TensorLike): Tensor {
  const t = toTensor(op, x);
  float32(op, what, t);
  const s = t.shape;
  const fix = s.length === 3
    ? `for one image, reshape it to [1, ${s.join(", ")}]`
    : `reshape it to [batch, height, width, channels]`;
  rank4(op, what, IMAGE, t, fix);
  return t;
}

function checkImageShape(op: string, what: string, s: readonly number[]): number[] {
  if (
    !Array.isArray(s) || s.length !== 4 ||
    !s.every((d) => typeof d === "number" && Number.isInteger(d) && d >= 0)
  ) {
    throw new RangeError(
      `${op}: ${what} must be a 4-D shape ${IMAGE} of non-negative integers, got ` +
        `${JSON.stringify(s)}`,
    );
  }
  return [...s];
}

function filterOf(op: string, what: string, f: TensorLike, layout: string): Tensor {
  const t = toTensor(op, f);
  float32(op, what, t);
  rank4(op, what, layout, t, `give the filter its four dimensions ${layout}`);
  checkWindow(op, what, t.shape);
  return t;
}

function checkWindow(op: string, what: string, s: readonly number[]): void {
  if (s[0] < 1 || s[1] < 1) {
    throw new RangeError(
      `${op}: ${what} ${fmtShape(s)} has an empty window; its height and width must be >= 1`,
    );
  }
}

function checkFilterShape(op: string, s: readonly number[], layout: string): number[] {
  if (
    !Array.isArray(s) || s.length !== 4 ||
    !s.every((d) => typeof d === "number" && Number.isInteger(d) && d >= 0)
  ) {
    throw new RangeError(
      `${op}: filterShape must be a 4-D shape ${layout} of non-negative integers, got ` +
        `${JSON.stringify(s)}`,
    );
  }
  checkWindow(op, "filterShape", s);
  return [...s];
}

function checkChannels(
  op: string,
  xWhat: string,
  xs: readonly number[],
  fWhat: string,
  fs: readonly number[],
): void {
  if (fs[2] !== xs[3]) {
    throw new RangeError(
      `${op}: ${xWhat} ${fmtShape(xs)} has ${xs[3]} channels but ${fWhat} ${fmtShape(fs)} ` +
        `expects ${fs[2]} input channels (its dimension 2); make the filter's third ` +
        `dimension equal the input's last one`,
    );
  }
}

function checkDy(
  op: string,
  dy: Tensor,
  expect: readonly number[],
  why: string,
  name = "dy",
  fix = "pass the gradient of that output",
): void {
  if (dy.rank !== 4 || dy.shape.some((d, i) => d !== expect[i])) {
    throw new RangeError(
      `${op}: ${name} has shape ${fmtShape(dy.shape)} but ${why} gives output shape ` +
        `${fmtShape(expect)}; ${fix}`,
    );
  }
}

// ---------------------------------------------------------------- kernel plumbing

const NDESC = 18;

/** Writes the geometry descriptor of asm/src/conv.ts (after all temporaries are taken). */
function desc(op: string, g: Geom): number {
  const p = tempBytes(op, NDESC * 4);
  const a = view.i32;
  const e = p >> 2;
  a[e] = g.B;
  a[e + 1] = g.H;
  a[e + 2] = g.W;
  a[e + 3] = g.C;
  a[e + 4] = g.OH;
  a[e + 5] = g.OW;
  a[e + 6] = g.KH;
  a[e + 7] = g.KW;
  a[e + 8] = g.SH;
  a[e + 9] = g.SW;
  a[e + 10] = g.DH;
  a[e + 11] = g.DW;
  a[e + 12] = g.PT;
  a[e + 13] = g.PL;
  a[e + 14] = g.CO;
  a[e + 15] = g.H + g.PT + g.PB;
  a[e + 16] = g.W + g.PL + g.PR;
  a[e + 17] = g.M;
  return p;
}

function padded(g: Geom): boolean {
  return g.PT + g.PB + g.PL + g.PR > 0;
}

/** Bytes of one thread's padded (and, for depthwise, channel-expanded) image, or 0 when unneeded. */
function imageTmpBytes(g: Geom): number {
  if (!padded(g) && g.M === 1) return 0;
  return Math.ceil((g.H + g.PT + g.PB) * (g.W + g.PL + g.PR) * g.C * g.M * 4 / 64) * 64;
}

/** Private padded images for `t` threads: the first one's pointer (0 when unneeded). */
function imageTmps(op: string, g: Geom, t: number): number {
  const b = imageTmpBytes(g);
  return b === 0 ? 0 : tempBytes(op, t * b);
}

// Splitting across threads (asm/threads.ts): forward convolutions and pooling
// by output rows (b OH + oh), input gradients by images, filter gradients by
// rows of the filter (units of conv2d_bpf_f32, taps of dw_bpf_f32), each
// thread with its own padded image. Every output element is computed by the
// same instructions in the same order whatever the split: bit-identical to
// one thread. Exception: a filter gradient with fewer units than
// BPF_SPLIT_UNITS per thread is split by images instead, each thread summing
// into its own zeroed copy, added up at the end; that changes the order of
// the sum over images (within float32 rounding of one thread's result).
//
// CONV_SPLIT_MACS: the least multiply-adds per thread worth a split.
// Measured (bench/threads_bench.ts, 2026-11-27: time per call on 1 thread vs
// the critical path on 2, i.e. with a core per thread, 3×3 SAME): 590K MACs
// 0.79×, 4.7M 1.62×, 37.7M 1.94×; matmul's break-even is the same (see
// SPLIT_MACS in linalg.ts): 512K MACs per thread.
const CONV_SPLIT_MACS = 1 << 19;
// Pooling and other memory-bound windows: elements read per thread (as
// ELEMENTWISE_SPLIT, whose ops are as cheap per element).
const POOL_SPLIT_ELEMS = 1 << 18;
// Filter-gradient units per thread below which the split goes by images.
const BPF_SPLIT_UNITS = 4;

/** Grain (in items) so that each thread gets at least `min` of a cost `perItem`. */
function grainOf(min: number, perItem: number): number {
  return Math.max(1, Math.ceil(min / Math.max(1, perItem)));
}

function conv2dKernel(c: Call<ConvAttrs>): void {
  _conv2dInto(c, 0, 0, 0);
}

/**
 * The conv2d kernel with a fused epilogue on each output row (asm
 * bias_act_f32): y = act(y + bias), `bias` a pointer to CO floats or 0, `act`
 * an activation code (0: none), `alpha` leakyRelu's slope. For tape/ops/fused.ts.
 */
export function _conv2dInto(c: Call<ConvAttrs>, bias: number, act: number, alpha: number): void {
  const g = c.attrs.g;
  const K = g.KH * g.KW * g.C;
  const rows = g.B * g.OH;
  const grain = grainOf(CONV_SPLIT_MACS, g.OW * g.CO * K);
  const t = threadsFor(rows, grain);
  const fp = tempBytes("conv2d", Math.ceil(g.CO / 8) * K * 32);
  const tmp = imageTmps("conv2d", g, t), tb = imageTmpBytes(g);
  const d = desc("conv2d", g);
  k.conv_pack_f32(c.pin[1], fp, K, g.CO);
  const x = c.pin[0], y = c.pout[0];
  parallelFor("conv2d_f32", rows, grain, (r0, r1, th) => [
    x,
    fp,
    y,
    d,
    r0,
    r1,
    tmp + th * tb,
    bias,
    act,
    alpha,
  ], t);
}

function conv2dBpiKernel(c: Call<ConvAttrs>): void {
  const g = c.attrs.g;
  const op = "conv2dBackpropInput";
  const G = g.DW === 1 ? g.KH : g.KH * g.KW;
  const L = g.DW === 1 ? g.KW * g.C : g.C;
  const grain = grainOf(CONV_SPLIT_MACS, g.OH * g.OW * g.CO * g.KH * g.KW * g.C);
  const t = threadsFor(g.B, grain);
  const ftp = tempBytes(op, G * Math.ceil(L / 8) * g.CO * 32);
  const tmp = imageTmps(op, g, t), tb = imageTmpBytes(g);
  const d = desc(op, g);
  k.conv_pack_t_f32(c.pin[0], ftp, G, L, g.CO);
  const dy = c.pin[1], dx = c.pout[0];
  parallelFor(
    "conv2d_bpi_f32",
    g.B,
    grain,
    (b0, b1, th) => [dy, ftp, dx, d, b0, b1, tmp + th * tb],
    t,
  );
}

function conv2dBpfKernel(c: Call<ConvAttrs>): void {
  const g = c.attrs.g;
  const op = "conv2dBackpropFilter";
  const n = c.outs[0].size;
  k.fill_32(c.pout[0], 0, n);
  if (g.OH * g.OW === 0) return;
  const P = g.B * g.OH * g.OW;
  let dyb = c.pin[1], dyPix = g.CO * 4, dyPanel = 32;
  if (g.CO % 8 !== 0) {
    // read dy as zero-padded panels of 8 channels
    dyb = tempBytes(op, Math.ceil(g.CO / 8) * P * 32);
    dyPix = 32;
    dyPanel = P * 32;
  }
  const L = g.DW === 1 ? g.KW * g.C : g.C;
  const units = (g.DW === 1 ? g.KH : g.KH * g.KW) * Math.ceil(L / 6);
  const macs = P * g.KH * g.KW * g.C * g.CO;
  const byUnits = threadsFor(
    units,
    Math.max(BPF_SPLIT_UNITS, grainOf(CONV_SPLIT_MACS, macs / units)),
  );
  const byImages = byUnits > 1 ? 1 : threadsFor(g.B, grainOf(CONV_SPLIT_MACS, macs / g.B));
  const t = Math.max(byUnits, byImages);
  const tmp = imageTmps(op, g, t), tb = imageTmpBytes(g);
  // images split: threads 1.. sum into zeroed copies of dw after the output
  const parts = byImages > 1 ? tempBytes(op, (byImages - 1) * n * 4) : 0;
  const d = desc(op, g);
  if (dyb !== c.pin[1]) k.conv_pack_f32(c.pin[1], dyb, P, g.CO);
  const x = c.pin[0], dw = c.pout[0];
  if (byImages <= 1) {
    parallelFor(
      "conv2d_bpf_f32",
      units,
      Math.max(BPF_SPLIT_UNITS, grainOf(CONV_SPLIT_MACS, macs / units)),
      (u0, u1, th) => [x, dyb, dw, d, 0, g.B, tmp + th * tb, dyPix, dyPanel, u0, u1],
      t,
    );
    return;
  }
  k.fill_32(parts, 0, (byImages - 1) * n);
  parallelFor(
    "conv2d_bpf_f32",
    g.B,
    grainOf(CONV_SPLIT_MACS, macs / g.B),
    (b0, b1, th) => [
      x,
      dyb,
      th === 0 ? dw : parts + (th - 1) * n * 4,
      d,
      b0,
      b1,
      tmp + th * tb,
      dyPix,
      dyPanel,
      0,
      units,
    ],
    t,
  );
  for (let i = 0; i < byImages - 1; i++) k.binary_f32_row(0, dw, 1, parts + i * n * 4, 1, dw, n);
}

function dwKernel(c: Call<ConvAttrs>): void {
  const g = c.attrs.g;
  const op = "depthwiseConv2d";
  const rows = g.B * g.OH;
  const grain = grainOf(CONV_SPLIT_MACS, g.OW * g.CO * g.KH * g.KW);
  const t = threadsFor(rows, grain);
  const tmp = imageTmps(op, g, t), tb = imageTmpBytes(g);
  const d = desc(op, g);
  const x = c.pin[0], f = c.pin[1], y = c.pout[0];
  parallelFor("dw_f32", rows, grain, (r0, r1, th) => [x, f, y, d, r0, r1, tmp + th * tb], t);
}

function dwBpiKernel(c: Call<ConvAttrs>): void {
  const g = c.attrs.g;
  const op = "depthwiseConv2dBackpropInput";
  const grain = grainOf(CONV_SPLIT_MACS, g.OH * g.OW * g.CO * g.KH * g.KW);
  const t = threadsFor(g.B, grain);
  const tmp = imageTmps(op, g, t), tb = imageTmpBytes(g);
  const d = desc(op, g);
  const dy = c.pin[1], f = c.pin[0], dx = c.pout[0];
  parallelFor("dw_bpi_f32", g.B, grain, (b0, b1, th) => [dy, f, dx, d, b0, b1, tmp + th * tb], t);
}

function dwBpfKernel(c: Call<ConvAttrs>): void {
  const g = c.attrs.g;
  const op = "depthwiseConv2dBackpropFilter";
  k.fill_32(c.pout[0], 0, c.outs[0].size);
  if (g.OH * g.OW === 0) return;
  const taps = g.KH * g.KW;
  const grain = grainOf(CONV_SPLIT_MACS, g.B * g.OH * g.OW * g.CO);
  const t = threadsFor(taps, grain);
  const tmp = imageTmps(op, g, t), tb = imageTmpBytes(g);
  const d = desc(op, g);
  const x = c.pin[0], dy = c.pin[1], df = c.pout[0];
  parallelFor(
    "dw_bpf_f32",
    taps,
    grain,
    (t0, t1, th) => [x, dy, df, d, 0, g.B, tmp + th * tb, t0, t1],
    t,
  );
}

// ---------------------------------------------------------------- declarations

const conv2dOp = defineOp<ConvAttrs>({
  name: "conv2d",
  wasm: conv2dKernel,
  webgpu: conv2dWgsl,
  // y = x * f is bilinear: dx is the transposed convolution of dy with f,
  // df correlates x with dy.
  grad: ({ dy, ins: [x, f], attrs: a, needs }) => [
    needs[0] ? conv2dBackpropInput(x.shape, f, dy, a.strides, a.padding, a.dilations) : null,
    needs[1] ? conv2dBackpropFilter(x, f.shape, dy, a.strides, a.padding, a.dilations) : null,
  ],
});

const conv2dBpiOp = defineOp<ConvAttrs>({
  name: "conv2dBackpropInput",
  wasm: conv2dBpiKernel,
  webgpu: conv2dBackpropInputWgsl,
  // dx(f, dy) is bilinear, the adjoint of conv2d in x: <g, dx(f, dy)> =
  // <conv2d(g, f), dy>, so d/dy = conv2d(g, f) and d/df = conv2dBackpropFilter(g, ., dy).
  grad: ({ dy: g, ins: [f, dy], attrs: a }) => [
    conv2dBackpropFilter(g, f.shape, dy, a.strides, a.padding, a.dilations),
    conv2d(g, f, a.strides, a.padding, a.dilations),
  ],
});

const conv2dBpfOp = defineOp<ConvAttrs>({
  name: "conv2dBackpropFilter",
  wasm: conv2dBpfKernel,
  webgpu: conv2dBackpropFilterWgsl,
  // <g, df(x, dy)> = <conv2d(x, g), dy>: d/dx = conv2dBackpropInput(., g, dy),
  // d/dy = conv2d(x, g).
  grad: ({ dy: g, ins: [x, dy], attrs: a }) => [
    conv2dBackpropInput(x.shape, g, dy, a.strides, a.padding, a.dilations),
    conv2d(x, g, a.strides, a.padding, a.dilations),
  ],
});

const dwOp = defineOp<ConvAttrs>({
  name: "depthwiseConv2d",
  wasm: dwKernel,
  webgpu: depthwiseConv2dWgsl,
  grad: ({ dy, ins: [x, f], attrs: a, needs }) => [
    needs[0]
      ? depthwiseConv2dBackpropInput(x.shape, f, dy, a.strides, a.padding, a.dilations)
      : null,
    needs[1]
      ? depthwiseConv2dBackpropFilter(x, f.shape, dy, a.strides, a.padding, a.dilations)
      : null,
  ],
});

const dwBpiOp = defineOp<ConvAttrs>({
  name: "depthwiseConv2dBackpropInput",
  wasm: dwBpiKernel,
  webgpu: depthwiseConv2dBackpropInputWgsl,
  // the adjoint pairing of conv2dBackpropInput, depthwise
  grad: ({ dy: g, ins: [f, dy], attrs: a }) => [
    depthwiseConv2dBackpropFilter(g, f.shape, dy, a.strides, a.padding, a.dilations),
    depthwiseConv2d(g, f, a.strides, a.padding, a.dilations),
  ],
});

const dwBpfOp = defineOp<ConvAttrs>({
  name: "depthwiseConv2dBackpropFilter",
  wasm: dwBpfKernel,
  webgpu: depthwiseConv2dBackpropFilterWgsl,
  grad: ({ dy: g, ins: [x, dy], attrs: a }) => [
    depthwiseConv2dBackpropInput(x.shape, g, dy, a.strides, a.padding, a.dilations),
    depthwiseConv2d(x, g, a.strides, a.padding, a.dilations),
  ],
});

// ---------------------------------------------------------------- conv2d

/**
 * 2-D convolution (cross-correlation, as in every deep-learning library) of a
 * batch of NHWC images with HWIO filters:
 * `y[b, i, j, o] = sum over di, dj, c of x[b, i s_h + di d_h - pad_top, j s_w + dj d_w - pad_left, c] f[di, dj, c, o]`,
 * zero outside the image.
 *
 * @param x The images, float32 `[batch, height, width, inChannels]`.
 * @param filters float32 `[filterHeight, filterWidth, inChannels, outChannels]`.
 * @param strides A number, `[h, w]` or `[1, h, w, 1]`.
 * @param padding `"SAME"`, `"VALID"` or `[[top, bottom], [left, right]]`.
 * @param dilations A number, `[h, w]` or `[1, h, w, 1]` (default 1). Unlike
 *   TensorFlow's CPU kernel, dilations and strides above 1 may be combined.
 * @returns `[batch, outHeight, outWidth, outChannels]`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 2, 3, 4, 5, 6, 7, 8, 9]), [1, 3, 3, 1]);
 * const f = tf.reshape(tf.constant([1, 1, 1, 1]), [2, 2, 1, 1]); // 2x2 box sum
 * const y = tf.conv2d(x, f, 1, "VALID");
 * console.log(y.shape, Array.from(y.dataSync())); // [1, 2, 2, 1] [12, 16, 24, 28]
 * ```
 */
export function conv2d(
  x: TensorLike,
  filters: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const { x: tx, filters: tf_, attrs, shape } = _conv2dArgs(
    "conv2d",
    x,
    filters,
    strides,
    padding,
    dilations,
  );
  return run(conv2dOp, [tx, tf_], attrs, shape, "float32");
}

/**
 * @internal conv2d's argument checks and geometry, for ops built on it (the
 * fused conv2d): the converted tensors, the attributes and the output shape.
 */
export function _conv2dArgs(
  op: string,
  x: TensorLike,
  filters: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2,
): { x: Tensor; filters: Tensor; attrs: ConvAttrs; shape: number[] } {
  const tx = image(op, "x", x);
  const tf_ = filterOf(op, "filters", filters, HWIO);
  checkChannels(op, "x", tx.shape, "filters", tf_.shape);
  const attrs = convAttrs(op, tx.shape, tf_.shape, tf_.shape[3], 1, strides, padding, dilations);
  const g = attrs.g;
  return { x: tx, filters: tf_, attrs, shape: [g.B, g.OH, g.OW, g.CO] };
}

const HWIO = "[height, width, inChannels, outChannels] (HWIO)";
const HWCM = "[height, width, inChannels, channelMultiplier]";

function convAttrs(
  op: string,
  xShape: readonly number[],
  fShape: readonly number[],
  co: number,
  m: number,
  strides: Size2,
  padding: Padding,
  dilations: Size2,
): ConvAttrs {
  const s = size2(op, "strides", strides);
  const d = size2(op, "dilations", dilations);
  const p = parsePadding(op, padding);
  const g = geom(op, xShape, fShape[0], fShape[1], co, m, s, d, p);
  return { strides: s, padding: p, dilations: d, g };
}

/**
 * The gradient of conv2d with respect to its input: given `dy`, the gradient
 * of conv2d's output, returns the gradient of an input of shape `inputShape`
 * (TensorFlow's `Conv2DBackpropInput`). It is also the transposed
 * convolution: see {@link conv2dTranspose}.
 *
 * @param inputShape The shape of conv2d's input `[batch, height, width, inChannels]`.
 * @param filters The filters `[fh, fw, inChannels, outChannels]`.
 * @param dy `[batch, outHeight, outWidth, outChannels]`, as conv2d's output.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const f = tf.reshape(tf.constant([1, 2, 3, 4]), [2, 2, 1, 1]);
 * const dy = tf.reshape(tf.constant([1]), [1, 1, 1, 1]);
 * const dx = tf.conv2dBackpropInput([1, 2, 2, 1], f, dy, 1, "VALID");
 * console.log(Array.from(dx.dataSync())); // [1, 2, 3, 4]
 * ```
 */
export function conv2dBackpropInput(
  inputShape: readonly number[],
  filters: TensorLike,
  dy: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const op = "conv2dBackpropInput";
  const xs = checkImageShape(op, "inputShape", inputShape);
  const tf_ = filterOf(op, "filters", filters, HWIO);
  const tdy = image(op, "dy", dy);
  checkChannels(op, "inputShape", xs, "filters", tf_.shape);
  const attrs = convAttrs(op, xs, tf_.shape, tf_.shape[3], 1, strides, padding, dilations);
  const g = attrs.g;
  checkDy(
    op,
    tdy,
    [g.B, g.OH, g.OW, g.CO],
    `conv2d of ${fmtShape(xs)} with filters ${fmtShape(tf_.shape)}`,
  );
  return run(conv2dBpiOp, [tf_, tdy], attrs, xs, "float32");
}

/**
 * Transposed convolution (`tf.nn.conv2d_transpose`): the gradient of conv2d
 * with respect to its input, seen as an op that upsamples `x` into an image of
 * `outputShape`. Same as `conv2dBackpropInput(outputShape, filters, x, ...)`.
 *
 * @param x `[batch, height, width, inChannels]` where inChannels = the filters' last dimension.
 * @param filters `[fh, fw, outChannels, inChannels]` (conv2d's HWIO, seen from the output).
 * @param outputShape `[batch, outHeight, outWidth, outChannels]`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.ones([1, 2, 2, 1]);
 * const f = tf.ones([2, 2, 1, 1]);
 * const y = tf.conv2dTranspose(x, f, [1, 4, 4, 1], 2, "SAME");
 * console.log(y.shape); // [1, 4, 4, 1]
 * ```
 */
export function conv2dTranspose(
  x: TensorLike,
  filters: TensorLike,
  outputShape: readonly number[],
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  return conv2dBackpropInput(outputShape, filters, x, strides, padding, dilations);
}

/**
 * The gradient of conv2d with respect to its filters (TensorFlow's
 * `Conv2DBackpropFilter`): `df[di, dj, c, o] = sum over b, i, j of
 * x[b, i s_h + di d_h - pad_top, j s_w + dj d_w - pad_left, c] dy[b, i, j, o]`.
 *
 * @param x conv2d's input `[batch, height, width, inChannels]`.
 * @param filterShape `[fh, fw, inChannels, outChannels]`.
 * @param dy The gradient of conv2d's output.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 2, 3, 4]), [1, 2, 2, 1]);
 * const dy = tf.ones([1, 1, 1, 1]);
 * const df = tf.conv2dBackpropFilter(x, [2, 2, 1, 1], dy, 1, "VALID");
 * console.log(Array.from(df.dataSync())); // [1, 2, 3, 4]
 * ```
 */
export function conv2dBackpropFilter(
  x: TensorLike,
  filterShape: readonly number[],
  dy: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const op = "conv2dBackpropFilter";
  const tx = image(op, "x", x);
  const fs = checkFilterShape(op, filterShape, HWIO);
  const tdy = image(op, "dy", dy);
  checkChannels(op, "x", tx.shape, "filterShape", fs);
  const attrs = convAttrs(op, tx.shape, fs, fs[3], 1, strides, padding, dilations);
  const g = attrs.g;
  checkDy(
    op,
    tdy,
    [g.B, g.OH, g.OW, g.CO],
    `conv2d of ${fmtShape(tx.shape)} with filters ${fmtShape(fs)}`,
  );
  return run(conv2dBpfOp, [tx, tdy], attrs, fs, "float32");
}

// ---------------------------------------------------------------- depthwise

/**
 * Depthwise 2-D convolution (`tf.nn.depthwise_conv2d`): each input channel c
 * is convolved with its own `channelMultiplier` filters, giving output channel
 * `c * channelMultiplier + m`.
 *
 * @param x `[batch, height, width, inChannels]`.
 * @param filter `[fh, fw, inChannels, channelMultiplier]`.
 * @param strides A number, `[h, w]` or `[1, h, w, 1]`.
 * @param padding `"SAME"`, `"VALID"` or `[[top, bottom], [left, right]]`.
 * @param dilations A number, `[h, w]` or `[1, h, w, 1]` (default 1).
 * @returns `[batch, outHeight, outWidth, inChannels * channelMultiplier]`.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 10, 2, 20]), [1, 1, 2, 2]);
 * const f = tf.reshape(tf.constant([1, 1, 3, 3]), [1, 2, 2, 1]);
 * console.log(Array.from(tf.depthwiseConv2d(x, f, 1, "VALID").dataSync())); // [7, 70]
 * ```
 */
export function depthwiseConv2d(
  x: TensorLike,
  filter: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const op = "depthwiseConv2d";
  const tx = image(op, "x", x);
  const tf_ = filterOf(op, "filter", filter, HWCM);
  checkChannels(op, "x", tx.shape, "filter", tf_.shape);
  const m = tf_.shape[3];
  const attrs = convAttrs(op, tx.shape, tf_.shape, tx.shape[3] * m, m, strides, padding, dilations);
  const g = attrs.g;
  return run(dwOp, [tx, tf_], attrs, [g.B, g.OH, g.OW, g.CO], "float32");
}

/**
 * The gradient of depthwiseConv2d with respect to its input (TensorFlow's
 * `DepthwiseConv2dNativeBackpropInput`).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const f = tf.reshape(tf.constant([1, 2]), [1, 1, 1, 2]);
 * const dy = tf.reshape(tf.constant([1, 1]), [1, 1, 1, 2]);
 * const dx = tf.depthwiseConv2dBackpropInput([1, 1, 1, 1], f, dy, 1, "VALID");
 * console.log(Array.from(dx.dataSync())); // [3]
 * ```
 */
export function depthwiseConv2dBackpropInput(
  inputShape: readonly number[],
  filter: TensorLike,
  dy: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const op = "depthwiseConv2dBackpropInput";
  const xs = checkImageShape(op, "inputShape", inputShape);
  const tf_ = filterOf(op, "filter", filter, HWCM);
  const tdy = image(op, "dy", dy);
  checkChannels(op, "inputShape", xs, "filter", tf_.shape);
  const m = tf_.shape[3];
  const attrs = convAttrs(op, xs, tf_.shape, xs[3] * m, m, strides, padding, dilations);
  const g = attrs.g;
  checkDy(
    op,
    tdy,
    [g.B, g.OH, g.OW, g.CO],
    `depthwiseConv2d of ${fmtShape(xs)} with filter ${fmtShape(tf_.shape)}`,
  );
  return run(dwBpiOp, [tf_, tdy], attrs, xs, "float32");
}

/**
 * The gradient of depthwiseConv2d with respect to its filter (TensorFlow's
 * `DepthwiseConv2dNativeBackpropFilter`).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([2, 3]), [1, 1, 1, 2]);
 * const dy = tf.ones([1, 1, 1, 2]);
 * const df = tf.depthwiseConv2dBackpropFilter(x, [1, 1, 2, 1], dy, 1, "VALID");
 * console.log(Array.from(df.dataSync())); // [2, 3]
 * ```
 */
export function depthwiseConv2dBackpropFilter(
  x: TensorLike,
  filterShape: readonly number[],
  dy: TensorLike,
  strides: Size2,
  padding: Padding,
  dilations: Size2 = 1,
): Tensor {
  const op = "depthwiseConv2dBackpropFilter";
  const tx = image(op, "x", x);
  const fs = checkFilterShape(op, filterShape, HWCM);
  const tdy = image(op, "dy", dy);
  checkChannels(op, "x", tx.shape, "filterShape", fs);
  const m = fs[3];
  const attrs = convAttrs(op, tx.shape, fs, tx.shape[3] * m, m, strides, padding, dilations);
  const g = attrs.g;
  checkDy(
    op,
    tdy,
    [g.B, g.OH, g.OW, g.CO],
    `depthwiseConv2d of ${fmtShape(tx.shape)} with filter ${fmtShape(fs)}`,
  );
  return run(dwBpfOp, [tx, tdy], attrs, fs, "float32");
}

// ---------------------------------------------------------------- pooling

function poolAttrs(
  op: string,
  xShape: readonly number[],
  ksize: Size2,
  strides: Size2,
  padding: Padding,
): PoolAttrs {
  const kk = size2(op, "ksize", ksize);
  const s = size2(op, "strides", strides);
  const p = parsePadding(op, padding);
  if (
    typeof p !== "string" &&
    (p[0][0] >= kk[0] || p[0][1] >= kk[0] || p[1][0] >= kk[1] || p[1][1] >= kk[1])
  ) {
    throw new RangeError(
      `${op}: explicit padding ${fmtPad(p)} must be smaller than the window ` +
        `[${kk.join(", ")}] in each dimension, or some windows would hold only padding; ` +
        `use smaller pads`,
    );
  }
  const g = geom(op, xShape, kk[0], kk[1], xShape[3], 1, s, [1, 1], p);
  return { ksize: kk, strides: s, padding: p, g };
}

function poolKernel(fn: "max_pool_f32" | "avg_pool_f32", op: string) {
  return (c: Call<PoolAttrs>) => {
    const g = c.attrs.g;
    const d = desc(op, g), x = c.pin[0], y = c.pout[0];
    const grain = grainOf(POOL_SPLIT_ELEMS, g.OW * g.C * g.KH * g.KW);
    parallelFor(fn, g.B * g.OH, grain, (r0, r1) => [x, y, d, r0, r1]);
  };
}

const maxPoolOp = defineOp<PoolAttrs>({
  name: "maxPool",
  wasm: poolKernel("max_pool_f32", "maxPool"),
  webgpu: maxPoolWgsl,
  // each output's gradient goes to the input where its max was taken
  grad: (
    { dy, ins: [x], out, attrs: a },
  ) => [maxPoolGrad(x, out, dy, a.ksize, a.strides, a.padding)],
});

const avgPoolOp = defineOp<PoolAttrs>({
  name: "avgPool",
  wasm: poolKernel("avg_pool_f32", "avgPool"),
  webgpu: avgPoolWgsl,
  // each output's gradient is shared equally by its window's valid inputs
  grad: ({ dy, ins: [x], attrs: a }) => [avgPoolGrad(x.shape, dy, a.ksize, a.strides, a.padding)],
});

const maxPoolGradOp = defineOp<PoolAttrs>({
  name: "maxPoolGrad",
  webgpu: maxPoolGradWgsl,
  wasm: (c) => {
    const g = c.attrs.g;
    k.fill_32(c.pout[0], 0, c.outs[0].size);
    const d = desc("maxPoolGrad", g), [x, y, dy] = c.pin, dx = c.pout[0];
    const grain = grainOf(POOL_SPLIT_ELEMS, g.OH * g.OW * g.C * g.KH * g.KW);
    parallelFor("max_pool_grad_f32", g.B, grain, (b0, b1) => [x, y, dy, dx, d, b0, b1]);
  },
  // linear in dy (gathered back by maxPoolGradGrad); piecewise constant in x
  // and y, whose gradient is zero almost everywhere (TensorFlow's rule too)
  grad: ({ dy: g, ins: [x, y], attrs: a }) => [
    null,
    null,
    maxPoolGradGrad(x, y, g, a.ksize, a.strides, a.padding),
  ],
});

const maxPoolGradGradOp = defineOp<PoolAttrs>({
  name: "maxPoolGradGrad",
  webgpu: maxPoolGradGradWgsl,
  wasm: (c) => {
    const g = c.attrs.g;
    const d = desc("maxPoolGradGrad", g), [x, y, ddx] = c.pin, ddy = c.pout[0];
    const grain = grainOf(POOL_SPLIT_ELEMS, g.OW * g.C * g.KH * g.KW);
    parallelFor(
      "max_pool_grad_grad_f32",
      g.B * g.OH,
      grain,
      (r0, r1) => [x, y, ddx, ddy, d, r0, r1],
    );
  },
  // the gather is the adjoint of maxPoolGrad's scatter
  grad: ({ dy: g, ins: [x, y], attrs: a }) => [
    null,
    null,
    maxPoolGrad(x, y, g, a.ksize, a.strides, a.padding),
  ],
});

const avgPoolGradOp = defineOp<PoolAttrs>({
  name: "avgPoolGrad",
  webgpu: avgPoolGradWgsl,
  wasm: (c) => {
    const g = c.attrs.g;
    k.fill_32(c.pout[0], 0, c.outs[0].size);
    const d = desc("avgPoolGrad", g), dy = c.pin[0], dx = c.pout[0];
    const grain = grainOf(POOL_SPLIT_ELEMS, g.OH * g.OW * g.C * g.KH * g.KW);
    parallelFor("avg_pool_grad_f32", g.B, grain, (b0, b1) => [dy, dx, d, b0, b1]);
  },
  // avgPoolGrad is the adjoint of the linear avgPool, so its own adjoint is avgPool
  grad: ({ dy: g, attrs: a }) => [avgPool(g, a.ksize, a.strides, a.padding)],
});

/**
 * Max pooling (`tf.nn.max_pool2d`): the maximum over each window. Padding
 * never wins (it acts as -Infinity); NaN in a window gives NaN.
 *
 * @param x `[batch, height, width, channels]`.
 * @param ksize The window: a number, `[h, w]` or `[1, h, w, 1]`.
 * @param strides A number, `[h, w]` or `[1, h, w, 1]`.
 * @param padding `"SAME"`, `"VALID"` or explicit pads smaller than the window.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 5, 3, 2]), [1, 2, 2, 1]);
 * console.log(Array.from(tf.maxPool(x, 2, 2, "VALID").dataSync())); // [5]
 * ```
 */
export function maxPool(x: TensorLike, ksize: Size2, strides: Size2, padding: Padding): Tensor {
  const op = "maxPool";
  const tx = image(op, "x", x);
  const attrs = poolAttrs(op, tx.shape, ksize, strides, padding);
  const g = attrs.g;
  return run(maxPoolOp, [tx], attrs, [g.B, g.OH, g.OW, g.C], "float32");
}

/**
 * Average pooling (`tf.nn.avg_pool2d`): the mean over each window's elements
 * inside the image (with "SAME" padding the border windows average fewer
 * elements, as in TensorFlow).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 2, 3, 4]), [1, 2, 2, 1]);
 * console.log(Array.from(tf.avgPool(x, 2, 1, "SAME").dataSync())); // [2.5, 3, 3.5, 4]
 * ```
 */
export function avgPool(x: TensorLike, ksize: Size2, strides: Size2, padding: Padding): Tensor {
  const op = "avgPool";
  const tx = image(op, "x", x);
  const attrs = poolAttrs(op, tx.shape, ksize, strides, padding);
  const g = attrs.g;
  return run(avgPoolOp, [tx], attrs, [g.B, g.OH, g.OW, g.C], "float32");
}

function poolTriple(
  op: string,
  x: TensorLike,
  y: TensorLike,
  d: TensorLike,
  dName: string,
  ksize: Size2,
  strides: Size2,
  padding: Padding,
): { tx: Tensor; ty: Tensor; td: Tensor; attrs: PoolAttrs } {
  const tx = image(op, "x", x);
  const ty = image(op, "y", y);
  const td = image(op, dName, d);
  const attrs = poolAttrs(op, tx.shape, ksize, strides, padding);
  const g = attrs.g;
  const ys = [g.B, g.OH, g.OW, g.C];
  checkDy(op, ty, ys, `maxPool of ${fmtShape(tx.shape)}`, "y", "pass maxPool's output");
  return { tx, ty, td, attrs };
}

/**
 * The gradient of maxPool (TensorFlow's `MaxPoolGrad`): each `dy` element goes
 * to the first element of its window (in row-major order) equal to the pooled
 * maximum; the rest get 0.
 *
 * @param x maxPool's input.
 * @param y maxPool's output (`maxPool(x, ...)`).
 * @param dy The gradient of maxPool's output, shaped like y.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 5, 3, 2]), [1, 2, 2, 1]);
 * const y = tf.maxPool(x, 2, 2, "VALID");
 * const dx = tf.maxPoolGrad(x, y, tf.ones([1, 1, 1, 1]), 2, 2, "VALID");
 * console.log(Array.from(dx.dataSync())); // [0, 1, 0, 0]
 * ```
 */
export function maxPoolGrad(
  x: TensorLike,
  y: TensorLike,
  dy: TensorLike,
  ksize: Size2,
  strides: Size2,
  padding: Padding,
): Tensor {
  const op = "maxPoolGrad";
  const { tx, ty, td, attrs } = poolTriple(op, x, y, dy, "dy", ksize, strides, padding);
  checkDy(op, td, ty.shape, `maxPool of ${fmtShape(tx.shape)}`);
  return run(maxPoolGradOp, [tx, ty, td], attrs, tx.shape, "float32");
}

/**
 * The gradient of maxPoolGrad with respect to its `dy` (TensorFlow's
 * `MaxPoolGradGrad`): gathers `ddx` (shaped like x) at each window's max,
 * giving a tensor shaped like y.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.reshape(tf.constant([1, 5, 3, 2]), [1, 2, 2, 1]);
 * const y = tf.maxPool(x, 2, 2, "VALID");
 * const ddx = tf.reshape(tf.constant([10, 20, 30, 40]), [1, 2, 2, 1]);
 * console.log(Array.from(tf.maxPoolGradGrad(x, y, ddx, 2, 2, "VALID").dataSync())); // [20]
 * ```
 */
export function maxPoolGradGrad(
  x: TensorLike,
  y: TensorLike,
  ddx: TensorLike,
  ksize: Size2,
  strides: Size2,
  padding: Padding,
): Tensor {
  const op = "maxPoolGradGrad";
  const { tx, ty, td, attrs } = poolTriple(op, x, y, ddx, "ddx", ksize, strides, padding);
  if (td.shape.some((d, i) => d !== tx.shape[i])) {
    throw new RangeError(
      `${op}: ddx has shape ${fmtShape(td.shape)} but x has shape ${fmtShape(tx.shape)}; ` +
        `ddx must be shaped like maxPool's input`,
    );
  }
  return run(maxPoolGradGradOp, [tx, ty, td], attrs, ty.shape, "float32");
}

/**
 * The gradient of avgPool (TensorFlow's `AvgPoolGrad`): each `dy` element is
 * shared equally by its window's elements inside the image.
 *
 * @param inputShape avgPool's input shape.
 * @param dy The gradient of avgPool's output.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const dx = tf.avgPoolGrad([1, 2, 2, 1], tf.ones([1, 1, 1, 1]), 2, 2, "VALID");
 * console.log(Array.from(dx.dataSync())); // [0.25, 0.25, 0.25, 0.25]
 * ```
 */
export function avgPoolGrad(
  inputShape: readonly number[],
  dy: TensorLike,
  ksize: Size2,
  strides: Size2,
  padding: Padding,
): Tensor {
  const op = "avgPoolGrad";
  const xs = checkImageShape(op, "inputShape", inputShape);
  const tdy = image(op, "dy", dy);
  const attrs = poolAttrs(op, xs, ksize, strides, padding);
  const g = attrs.g;
  checkDy(op, tdy, [g.B, g.OH, g.OW, g.C], `avgPool of ${fmtShape(xs)}`);
  return run(avgPoolGradOp, [tdy], attrs, xs, "float32");
}
