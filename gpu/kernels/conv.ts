// WGSL kernels for convolution and pooling (tape/ops/conv.ts: NHWC images,
// HWIO filters, TensorFlow's padding).
//
// conv2d and its two gradients are implicit GEMMs on the tiled program of
// matmul.ts, whose loaders read image patches in place (never an im2col
// buffer):
// - conv2d: y[p, o] = Σ_k patch(x)[p, k] f[k, o], with p = (b, oh, ow),
//   k = (kh, kw, c): M = B OH OW, N = CO, K = KH KW C;
// - conv2dBackpropInput: dx[q, c] = Σ_k dy'[q, k] f'[k, c], with q = (b, ih, iw),
//   k = (kh, kw, o), dy'[q, k] = dy[b, oh, ow, o] where ih + PT = oh SH + kh DH
//   (0 where no such output exists), f'[k, c] = f[kh, kw, c, o];
// - conv2dBackpropFilter: df[m, o] = Σ_p patch(x)ᵀ[m, p] dy[p, o], with
//   m = (kh, kw, c): a short, deep product, split along p (matmul.ts's split-K).
// Depthwise convolutions and pooling are one thread per output element
// (gathers, never scattered atomics); depthwiseConv2dBackpropFilter reduces
// each filter element over the batch and image in one workgroup.

import type { GpuCall } from "../../tape/op.ts";
import { dispatch, type Program } from "../queue.ts";
import { chooseTile, gemmFamilies, type GemmSpec, gemmSplit, splitCount } from "./matmul.ts";

/** The geometry tape/ops/conv.ts computes for every convolution and pooling. */
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
  PL: number;
  CO: number;
  M: number;
}

/** The attributes every conv/pool op carries (its geometry). */
interface GeomAttrs {
  g: Geom;
}

/** GEMM uniform fields of a geometry. */
function geomFields(g: Geom) {
  return {
    B: g.B,
    H: g.H,
    W: g.W,
    C: g.C,
    OH: g.OH,
    OW: g.OW,
    KH: g.KH,
    KW: g.KW,
    SH: g.SH,
    SW: g.SW,
    DH: g.DH,
    DW: g.DW,
    PT: g.PT,
    PL: g.PL,
    CO: g.CO,
    MM: g.M,
  };
}

// ---------------------------------------------------------------- implicit GEMMs

const BINDINGS = `@group(0) @binding(1) var<storage, read> A: array<f32>;
@group(0) @binding(2) var<storage, read> B: array<f32>;`;

/** x at (b, oh s + kh d - pad, ...) for output pixel (b, oh, ow) and tap (kh, kw); 0 in the padding. */
const PATCH = `
fn xtap(b: u32, oh: u32, ow: u32, kh: u32, kw: u32, c: u32) -> f32 {
  let ih = i32(oh * p.SH + kh * p.DH) - i32(p.PT);
  let iw = i32(ow * p.SW + kw * p.DW) - i32(p.PL);
  if (ih < 0 || iw < 0 || ih >= i32(p.H) || iw >= i32(p.W)) { return 0.0; }
  return A[((b * p.H + u32(ih)) * p.W + u32(iw)) * p.C + c];
}`;

const CONV2D_LOADERS = `${BINDINGS}${PATCH}
fn loadA(m: u32, k: u32) -> f32 {
  if (m >= p.M || k >= kEnd) { return 0.0; }
  let ow = m % p.OW; let r = m / p.OW;
  let c = k % p.C; let t = k / p.C;
  return xtap(r / p.OH, r % p.OH, ow, t / p.KW, t % p.KW, c);
}
fn loadB(k: u32, n: u32) -> f32 {
  if (k >= kEnd || n >= p.N) { return 0.0; }
  return B[k * p.N + n];
}`;

const BPI_LOADERS = `${BINDINGS}
fn loadA(m: u32, k: u32) -> f32 {
  if (m >= p.M || k >= kEnd) { return 0.0; }
  let iw = m % p.W; let r = m / p.W; let ih = r % p.H; let b = r / p.H;
  let o = k % p.CO; let t = k / p.CO; let kw = t % p.KW; let kh = t / p.KW;
  let th = i32(ih + p.PT) - i32(kh * p.DH);
  let tw = i32(iw + p.PL) - i32(kw * p.DW);
  if (th < 0 || tw < 0) { return 0.0; }
  let oh = u32(th) / p.SH; let ow = u32(tw) / p.SW;
  if (oh * p.SH != u32(th) || ow * p.SW != u32(tw) || oh >= p.OH || ow >= p.OW) { return 0.0; }
  return A[((b * p.OH + oh) * p.OW + ow) * p.CO + o];
}
fn loadB(k: u32, n: u32) -> f32 {
  if (k >= kEnd || n >= p.N) { return 0.0; }
  return B[((k / p.CO) * p.C + n) * p.CO + k % p.CO];
}`;

const BPF_LOADERS = `${BINDINGS}${PATCH}
fn loadA(m: u32, k: u32) -> f32 {
  if (m >= p.M || k >= kEnd) { return 0.0; }
  let c = m % p.C; let t = m / p.C;
  let ow = k % p.OW; let r = k / p.OW;
  return xtap(r / p.OH, r % p.OH, ow, t / p.KW, t % p.KW, c);
}
fn loadB(k: u32, n: u32) -> f32 {
  if (k >= kEnd || n >= p.N) { return 0.0; }
  return B[k * p.N + n];
}`;

const families: [string, string, "k" | "m", "k" | "n"][] = [
  ["conv2d_f32", CONV2D_LOADERS, "k", "n"],
  ["conv2d_bpi_f32", BPI_LOADERS, "k", "k"],
  ["conv2d_bpf_f32", BPF_LOADERS, "m", "n"],
];
for (const [key, loaders, aMajor, bMajor] of families) {
  gemmFamilies.push({
    key,
    aMajor,
    bMajor,
    loaders: () => loaders,
    unchecked: false,
    batched: false,
  });
}

function implicitGemm(
  key: string,
  loaders: string,
  aMajor: "k" | "m",
  bMajor: "k" | "n",
  a: GPUBuffer,
  b: GPUBuffer,
  out: GPUBuffer,
  g: Geom,
  M: number,
  N: number,
  K: number,
): void {
  const tile = chooseTile(M, N, 1);
  const spec: GemmSpec = { key, tile, aMajor, bMajor, loaders, checked: true, batched: false };
  const S = splitCount(Math.ceil(M / 64) * Math.ceil(N / 64), K);
  gemmSplit(spec, a, b, out, { M, N, K, ...geomFields(g) }, S);
}

/** conv2d's WebGPU kernel (ins: x, filters). */
export function conv2dWgsl(c: GpuCall<GeomAttrs>): void {
  const g = c.attrs.g;
  const M = g.B * g.OH * g.OW, K = g.KH * g.KW * g.C;
  implicitGemm(
    "conv2d_f32",
    CONV2D_LOADERS,
    "k",
    "n",
    c.bin[0],
    c.bin[1],
    c.bout[0],
    g,
    M,
    g.CO,
    K,
  );
}

/** conv2dBackpropInput's WebGPU kernel (ins: filters, dy). */
export function conv2dBackpropInputWgsl(c: GpuCall<GeomAttrs>): void {
  const g = c.attrs.g;
  const M = g.B * g.H * g.W, K = g.KH * g.KW * g.CO;
  implicitGemm(
    "conv2d_bpi_f32",
    BPI_LOADERS,
    "k",
    "k",
    c.bin[1],
    c.bin[0],
    c.bout[0],
    g,
    M,
    g.C,
    K,
  );
}

/** conv2dBackpropFilter's WebGPU kernel (ins: x, dy). */
export function conv2dBackpropFilterWgsl(c: GpuCall<GeomAttrs>): void {
  const g = c.attrs.g;
  const M = g.KH * g.KW * g.C, K = g.B * g.OH * g.OW;
  implicitGemm(
    "conv2d_bpf_f32",
    BPF_LOADERS,
    "m",
    "n",
    c.bin[0],
    c.bin[1],
    c.bout[0],
    g,
    M,
    g.CO,
    K,
  );
}

// ---------------------------------------------------------------- one thread per element

const WG = 64;
const MAX_GROUPS = 65535;

const HEADER = `struct P { n: u32, strideX: u32, B: u32, H: u32, W: u32, C: u32, OH: u32, OW: u32,
  KH: u32, KW: u32, SH: u32, SW: u32, DH: u32, DW: u32, PT: u32, PL: u32, CO: u32, MM: u32 };
@group(0) @binding(0) var<uniform> p: P;
fn isnan_f32(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
// The window of output (oh, ow) clipped to the image: rows [h0, h1), columns [w0, w1).
fn rowsOf(oh: u32) -> vec2<u32> {
  let s = i32(oh * p.SH) - i32(p.PT);
  return vec2<u32>(u32(max(s, 0)), u32(min(s + i32(p.KH), i32(p.H))));
}
fn colsOf(ow: u32) -> vec2<u32> {
  let s = i32(ow * p.SW) - i32(p.PL);
  return vec2<u32>(u32(max(s, 0)), u32(min(s + i32(p.KW), i32(p.W))));
}
// The outputs whose (undilated) window holds input row ih: [lo, hi).
fn outRows(ih: u32) -> vec2<u32> {
  let t = i32(ih + p.PT) + 1 - i32(p.KH);
  let lo = select(0u, (u32(t) + p.SH - 1u) / p.SH, t > 0);
  return vec2<u32>(lo, min(p.OH, (ih + p.PT) / p.SH + 1u));
}
fn outCols(iw: u32) -> vec2<u32> {
  let t = i32(iw + p.PL) + 1 - i32(p.KW);
  let lo = select(0u, (u32(t) + p.SW - 1u) / p.SW, t > 0);
  return vec2<u32>(lo, min(p.OW, (iw + p.PL) / p.SW + 1u));
}`;

function elementProgram(key: string, bindings: string, body: string): Program {
  return {
    key,
    wgsl: () =>
      `${HEADER}
${bindings}
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.y * p.strideX + gid.x;
  if (i >= p.n) { return; }
  ${body}
}`,
  };
}

function run(prog: Program, bufs: GPUBuffer[], g: Geom, n: number): void {
  const groups = Math.max(1, Math.ceil(n / WG));
  const x = Math.min(groups, MAX_GROUPS);
  const f = geomFields(g);
  dispatch(prog, bufs, [
    n,
    x * WG,
    f.B,
    f.H,
    f.W,
    f.C,
    f.OH,
    f.OW,
    f.KH,
    f.KW,
    f.SH,
    f.SW,
    f.DH,
    f.DW,
    f.PT,
    f.PL,
    f.CO,
    f.MM,
  ], [x, Math.ceil(groups / x)]);
}

const io = (names: string[]) =>
  names.map((nm, j) =>
    `@group(0) @binding(${j + 1}) var<storage, ${
      j === names.length - 1 ? "read_write" : "read"
    }> ${nm}: array<f32>;`
  ).join("\n");

/** Decomposes i into an output pixel (b, oh, ow) and channel `co` of `chans` channels. */
const OUT_PIXEL = (chans: string) =>
  `let co = i % ${chans}; var r = i / ${chans}; let ow = r % p.OW; r = r / p.OW;
  let oh = r % p.OH; let b = r / p.OH;`;
/** Decomposes i into an input pixel (b, ih, iw) and channel c. */
const IN_PIXEL = `let c = i % p.C; var r = i / p.C; let iw = r % p.W; r = r / p.W;
  let ih = r % p.H; let b = r / p.H;`;

const DW = elementProgram(
  "depthwiseConv2d_f32",
  io(["X", "F", "Y"]),
  `${OUT_PIXEL("p.CO")}
  let c = co / p.MM;
  var s = 0.0;
  for (var kh = 0u; kh < p.KH; kh++) {
    let ih = i32(oh * p.SH + kh * p.DH) - i32(p.PT);
    if (ih < 0 || ih >= i32(p.H)) { continue; }
    for (var kw = 0u; kw < p.KW; kw++) {
      let iw = i32(ow * p.SW + kw * p.DW) - i32(p.PL);
      if (iw < 0 || iw >= i32(p.W)) { continue; }
      s = fma(X[((b * p.H + u32(ih)) * p.W + u32(iw)) * p.C + c], F[(kh * p.KW + kw) * p.CO + co], s);
    }
  }
  Y[i] = s;`,
);

const DW_BPI = elementProgram(
  "depthwiseConv2dBackpropInput_f32",
  io(["F", "DY", "DX"]),
  `${IN_PIXEL}
  var s = 0.0;
  for (var kh = 0u; kh < p.KH; kh++) {
    let th = i32(ih + p.PT) - i32(kh * p.DH);
    if (th < 0) { break; }
    let oh = u32(th) / p.SH;
    if (oh * p.SH != u32(th) || oh >= p.OH) { continue; }
    for (var kw = 0u; kw < p.KW; kw++) {
      let tw = i32(iw + p.PL) - i32(kw * p.DW);
      if (tw < 0) { break; }
      let ow = u32(tw) / p.SW;
      if (ow * p.SW != u32(tw) || ow >= p.OW) { continue; }
      let yo = ((b * p.OH + oh) * p.OW + ow) * p.CO + c * p.MM;
      let fo = (kh * p.KW + kw) * p.CO + c * p.MM;
      for (var m = 0u; m < p.MM; m++) { s = fma(DY[yo + m], F[fo + m], s); }
    }
  }
  DX[i] = s;`,
);

/** Threads of depthwiseConv2dBackpropFilter's workgroup (one filter element each). */
const RED = 64;

const DW_BPF: Program = {
  key: "depthwiseConv2dBackpropFilter_f32",
  wgsl: () =>
    `${HEADER}
${io(["X", "DY", "DF"])}
var<workgroup> part: array<f32, ${RED}>;
@compute @workgroup_size(${RED})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let e = wid.y * p.strideX + wid.x;  // the filter element (uniform in the workgroup)
  let co = e % p.CO; let khw = e / p.CO; let kw = khw % p.KW; let kh = khw / p.KW;
  let c = co / p.MM;
  let np = p.B * p.OH * p.OW;
  var s = 0.0;
  if (e < p.n) {
    for (var q = t; q < np; q += ${RED}u) {
      let ow = q % p.OW; let r = q / p.OW; let oh = r % p.OH; let b = r / p.OH;
      let ih = i32(oh * p.SH + kh * p.DH) - i32(p.PT);
      let iw = i32(ow * p.SW + kw * p.DW) - i32(p.PL);
      if (ih < 0 || iw < 0 || ih >= i32(p.H) || iw >= i32(p.W)) { continue; }
      s = fma(X[((b * p.H + u32(ih)) * p.W + u32(iw)) * p.C + c], DY[q * p.CO + co], s);
    }
  }
  part[t] = s;
  workgroupBarrier();
  for (var h = ${RED / 2}u; h > 0u; h = h / 2u) {
    if (t < h) { part[t] = part[t] + part[t + h]; }
    workgroupBarrier();
  }
  if (t == 0u && e < p.n) { DF[e] = part[0]; }
}`,
};

/** depthwiseConv2d's WebGPU kernel (ins: x, filter). */
export function depthwiseConv2dWgsl(c: GpuCall<GeomAttrs>): void {
  run(DW, [c.bin[0], c.bin[1], c.bout[0]], c.attrs.g, c.outs[0].size);
}

/** depthwiseConv2dBackpropInput's WebGPU kernel (ins: filter, dy). */
export function depthwiseConv2dBackpropInputWgsl(c: GpuCall<GeomAttrs>): void {
  run(DW_BPI, [c.bin[0], c.bin[1], c.bout[0]], c.attrs.g, c.outs[0].size);
}

/** depthwiseConv2dBackpropFilter's WebGPU kernel (ins: x, dy): a workgroup per filter element. */
export function depthwiseConv2dBackpropFilterWgsl(c: GpuCall<GeomAttrs>): void {
  const g = c.attrs.g, n = c.outs[0].size;
  const x = Math.min(n, MAX_GROUPS);
  const f = geomFields(g);
  dispatch(DW_BPF, [c.bin[0], c.bin[1], c.bout[0]], [
    n,
    x,
    f.B,
    f.H,
    f.W,
    f.C,
    f.OH,
    f.OW,
    f.KH,
    f.KW,
    f.SH,
    f.SW,
    f.DH,
    f.DW,
    f.PT,
    f.PL,
    f.CO,
    f.MM,
  ], [x, Math.ceil(n / x)]);
}

// ---------------------------------------------------------------- pooling

/** The first tap of output (b, oh, ow, c)'s window equal to yv, as a flat x index, or -1. */
const FIRST_MAX = `
fn firstMax(b: u32, oh: u32, ow: u32, c: u32, yv: f32) -> i32 {
  let hr = rowsOf(oh); let wr = colsOf(ow);
  for (var ih = hr.x; ih < hr.y; ih++) {
    for (var iw = wr.x; iw < wr.y; iw++) {
      let j = ((b * p.H + ih) * p.W + iw) * p.C + c;
      if (X[j] == yv) { return i32(j); }
    }
  }
  return -1;
}`;

const MAX_POOL = elementProgram(
  "maxPool_f32",
  io(["X", "Y"]),
  `${OUT_PIXEL("p.C")}
  let hr = rowsOf(oh); let wr = colsOf(ow);
  var m = bitcast<f32>(0xff800000u);
  var nan = false;
  for (var ih = hr.x; ih < hr.y; ih++) {
    for (var iw = wr.x; iw < wr.y; iw++) {
      let v = X[((b * p.H + ih) * p.W + iw) * p.C + co];
      if (isnan_f32(v)) { nan = true; } else { m = max(m, v); }
    }
  }
  Y[i] = select(m, bitcast<f32>(0x7fc00000u), nan);`,
);

const AVG_POOL = elementProgram(
  "avgPool_f32",
  io(["X", "Y"]),
  `${OUT_PIXEL("p.C")}
  let hr = rowsOf(oh); let wr = colsOf(ow);
  var s = 0.0;
  for (var ih = hr.x; ih < hr.y; ih++) {
    for (var iw = wr.x; iw < wr.y; iw++) { s += X[((b * p.H + ih) * p.W + iw) * p.C + co]; }
  }
  Y[i] = s / f32((hr.y - hr.x) * (wr.y - wr.x));`,
);

const MAX_POOL_GRAD = elementProgram(
  "maxPoolGrad_f32",
  `${io(["X", "Y", "DY", "DX"])}${FIRST_MAX}`,
  `${IN_PIXEL}
  let xv = X[i];
  let hr = outRows(ih); let wr = outCols(iw);
  var s = 0.0;
  for (var oh = hr.x; oh < hr.y; oh++) {
    for (var ow = wr.x; ow < wr.y; ow++) {
      let yo = ((b * p.OH + oh) * p.OW + ow) * p.C + c;
      let yv = Y[yo];
      if (xv == yv && firstMax(b, oh, ow, c, yv) == i32(i)) { s += DY[yo]; }
    }
  }
  DX[i] = s;`,
);

const MAX_POOL_GRAD_GRAD = elementProgram(
  "maxPoolGradGrad_f32",
  `${io(["X", "Y", "DDX", "DDY"])}${FIRST_MAX}`,
  `${OUT_PIXEL("p.C")}
  let j = firstMax(b, oh, ow, co, Y[i]);
  DDY[i] = select(0.0, DDX[u32(max(j, 0))], j >= 0);`,
);

const AVG_POOL_GRAD = elementProgram(
  "avgPoolGrad_f32",
  io(["DY", "DX"]),
  `${IN_PIXEL}
  let hr = outRows(ih); let wr = outCols(iw);
  var s = 0.0;
  for (var oh = hr.x; oh < hr.y; oh++) {
    let rh = rowsOf(oh);
    for (var ow = wr.x; ow < wr.y; ow++) {
      let rw = colsOf(ow);
      s += DY[((b * p.OH + oh) * p.OW + ow) * p.C + c] / f32((rh.y - rh.x) * (rw.y - rw.x));
    }
  }
  DX[i] = s;`,
);

/** maxPool's WebGPU kernel. */
export function maxPoolWgsl(c: GpuCall<GeomAttrs>): void {
  run(MAX_POOL, [c.bin[0], c.bout[0]], c.attrs.g, c.outs[0].size);
}

/** avgPool's WebGPU kernel. */
export function avgPoolWgsl(c: GpuCall<GeomAttrs>): void {
  run(AVG_POOL, [c.bin[0], c.bout[0]], c.attrs.g, c.outs[0].size);
}

/** maxPoolGrad's WebGPU kernel (ins: x, y, dy): a gather per input element. */
export function maxPoolGradWgsl(c: GpuCall<GeomAttrs>): void {
  run(MAX_POOL_GRAD, [c.bin[0], c.bin[1], c.bin[2], c.bout[0]], c.attrs.g, c.outs[0].size);
}

/** maxPoolGradGrad's WebGPU kernel (ins: x, y, ddx). */
export function maxPoolGradGradWgsl(c: GpuCall<GeomAttrs>): void {
  run(MAX_POOL_GRAD_GRAD, [c.bin[0], c.bin[1], c.bin[2], c.bout[0]], c.attrs.g, c.outs[0].size);
}

/** avgPoolGrad's WebGPU kernel (ins: dy): a gather per input element. */
export function avgPoolGradWgsl(c: GpuCall<GeomAttrs>): void {
  run(AVG_POOL_GRAD, [c.bin[0], c.bout[0]], c.attrs.g, c.outs[0].size);
}
