// What the convolution and pooling ops share (tape/ops/conv.ts, pool.ts):
// their argument types and checks, the output geometry of a window sliding
// over an image (TensorFlow's "SAME"/"VALID"/explicit padding rules; see
// conv.ts), and the descriptor and scratch memory the wasm kernels take.
// Internal: the public types (Padding, Size2) are re-exported by conv.ts.

import { fmtShape } from "../_shape.ts";

import { type TensorLike, toTensor } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { tempBytes } from "../../asm/backend.ts";
import { view } from "../../asm/heap.ts";

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
export type Pad =
  | "SAME"
  | "VALID"
  | readonly [readonly [number, number], readonly [number, number]];

/** Everything a kernel needs to know about one convolution or pooling. */
export interface Geom {
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

export interface PoolAttrs {
  ksize: [number, number];
  strides: [number, number];
  padding: Pad;
  g: Geom;
}

// ---------------------------------------------------------------- arguments

export function size2(op: string, what: string, v: Size2): [number, number] {
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

export function isPair(p: unknown): p is readonly number[] {
  return Array.isArray(p) && p.length === 2 &&
    p.every((d) => typeof d === "number" && Number.isInteger(d) && d >= 0);
}

export function parsePadding(op: string, p: Padding): Pad {
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

export function fmtPad(p: Pad): string {
  return typeof p === "string" ? `"${p}"` : JSON.stringify(p);
}

/** Output size and pads along one dimension (TensorFlow's GetWindowedOutputSize). */
export function outDim(
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

export function geom(
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

export function float32(op: string, what: string, t: Tensor): void {
  if (t.dtype !== "float32") {
    throw new TypeError(
      `${op}: ${what} must be float32, got ${t.dtype} ${fmtShape(t.shape)}; tf.cast it to float32`,
    );
  }
}

export function rank4(op: string, what: string, layout: string, t: Tensor, fix: string): void {
  if (t.rank !== 4) {
    throw new RangeError(
      `${op}: ${what} must be 4-D ${layout}, got shape ${fmtShape(t.shape)}; ${fix}`,
    );
  }
}

export const IMAGE = "[batch, height, width, channels] (NHWC)";

export function image(op: string, what: string, x: TensorLike): Tensor {
  const t = toTensor(op, x);
  float32(op, what, t);
  const s = t.shape;
  const fix = s.length === 3
    ? `for one image, reshape it to [1, ${s.join(", ")}]`
    : `reshape it to [batch, height, width, channels]`;
  rank4(op, what, IMAGE, t, fix);
  return t;
}

export function checkImageShape(op: string, what: string, s: readonly number[]): number[] {
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

export function filterOf(op: string, what: string, f: TensorLike, layout: string): Tensor {
  const t = toTensor(op, f);
  float32(op, what, t);
  rank4(op, what, layout, t, `give the filter its four dimensions ${layout}`);
  checkWindow(op, what, t.shape);
  return t;
}

export function checkWindow(op: string, what: string, s: readonly number[]): void {
  if (s[0] < 1 || s[1] < 1) {
    throw new RangeError(
      `${op}: ${what} ${fmtShape(s)} has an empty window; its height and width must be >= 1`,
    );
  }
}

export function checkFilterShape(op: string, s: readonly number[], layout: string): number[] {
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

export function checkChannels(
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

export function checkDy(
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

export const NDESC = 18;

/** Writes the geometry descriptor of asm/src/conv.ts (after all temporaries are taken). */
export function desc(op: string, g: Geom): number {
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

export function padded(g: Geom): boolean {
  return g.PT + g.PB + g.PL + g.PR > 0;
}

/** Bytes of one thread's padded (and, for depthwise, channel-expanded) image, or 0 when unneeded. */
export function imageTmpBytes(g: Geom): number {
  if (!padded(g) && g.M === 1) return 0;
  return Math.ceil((g.H + g.PT + g.PB) * (g.W + g.PL + g.PR) * g.C * g.M * 4 / 64) * 64;
}

/** Private padded images for `t` threads: the first one's pointer (0 when unneeded). */
export function imageTmps(op: string, g: Geom, t: number): number {
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
export const CONV_SPLIT_MACS = 1 << 19;
// Pooling and other memory-bound windows: elements read per thread (as
// ELEMENTWISE_SPLIT, whose ops are as cheap per element).
export const POOL_SPLIT_ELEMS = 1 << 18;
// Filter-gradient units per thread below which the split goes by images.
export const BPF_SPLIT_UNITS = 4;

/** Grain (in items) so that each thread gets at least `min` of a cost `perItem`. */
export function grainOf(min: number, perItem: number): number {
  return Math.max(1, Math.ceil(min / Math.max(1, perItem)));
}
