// WGSL kernels of the fused ops (tape/ops/fused.ts, tape/ops/nn.ts,
// tape/ops/_activation.ts): the bias-and-activation epilogue of fused matmul
// and conv2d, the one-kernel activation gradient, and softmax cross-entropy
// with its gradient. They compute what the wasm kernels of asm/src/fused.ts
// compute, with the same activation codes (ACT in tape/ops/_activation.ts).
//
// The matmul and conv2d products themselves are the unfused ops' programs
// (gpu/kernels/matmul.ts, conv.ts); the epilogue runs after them on the output
// while it is still on the GPU, one more dispatch in the same submit.

import type { GpuCall } from "../../tape/op.ts";
import { dispatch, program } from "../queue.ts";
import { grid } from "./elementwise.ts";
import { mathWgsl } from "./unary.ts";
import { matmulWgsl } from "./matmul.ts";
import { conv2dWgsl } from "./conv.ts";
import type { MatmulAttrs } from "../../tape/ops/linalg.ts";
import type { ConvAttrs } from "../../tape/ops/conv.ts";

const WG = 256;

/** WGSL of each activation code applied to `v` (`alpha`: leakyRelu's slope). */
const ACT_EXPR: Record<number, string> = {
  0: "v",
  1: "u_relu(v)",
  2: "u_relu6(v)",
  3: "u_leaky(v, alpha)",
  4: "u_elu(v)",
  5: "u_sigmoid(v)",
  6: "u_tanh(v)",
};

/**
 * WGSL of each activation's gradient from dy and the output y (the rules of
 * asm/src/fused.ts actGrad_v: relu and relu6 multiply by a 0/1 mask, so a NaN
 * dy stays NaN).
 */
const ACT_GRAD_EXPR: Record<number, string> = {
  0: "dy",
  1: "dy * select(0.0, 1.0, y > 0.0)",
  2: "dy * select(0.0, 1.0, y > 0.0 && y < 6.0)",
  3: "select(dy * alpha, dy, y > 0.0)",
  4: "select(dy, dy * (y + 1.0), y < 0.0)",
  5: "(dy * y) * (1.0 - y)",
  6: "dy * (1.0 - y * y)",
};

const LIB = () => mathWgsl("u_misc", "u_elu", "u_sigmoid", "u_tanh");

function actOf(code: number): string {
  const e = ACT_EXPR[code];
  if (e === undefined) throw new RangeError(`activation code ${code} has no WGSL (a tapeflow bug)`);
  return e;
}

/**
 * In place over the `n` floats of `out` (rows of `N` columns):
 * out = act(out + bias[j]) (no bias when `bias` is null).
 */
function biasAct(
  out: GPUBuffer,
  bias: GPUBuffer | null,
  n: number,
  N: number,
  act: number,
  alpha: number,
): void {
  if (bias === null && act === 0) return;
  const has = bias !== null;
  const prog = program(
    `bias_act_${act}_${has}`,
    () =>
      `struct P { n: u32, strideX: u32, N: u32, alpha: f32 };
@group(0) @binding(0) var<uniform> p: P;
${LIB()}
@group(0) @binding(1) var<storage, read_write> O: array<f32>;
${has ? "@group(0) @binding(2) var<storage, read> Bias: array<f32>;" : ""}
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.y * p.strideX + gid.x;
  if (i >= p.n) { return; }
  let alpha = p.alpha;
  let v = O[i]${has ? " + Bias[i % p.N]" : ""};
  O[i] = ${actOf(act)};
}`,
  );
  const g = grid(n);
  dispatch(prog, has ? [out, bias!] : [out], [n, g.strideX, N, { f32: alpha }], g.groups);
}

/** The fused matmul attributes the kernel reads. */
interface FusedMatmulGpuAttrs extends MatmulAttrs {
  act: number;
  alpha: number;
  bias: boolean;
}

/** fused.matMul's WebGPU kernel: matmul's program, then the epilogue in place. */
export function fusedMatmulWgsl(c: GpuCall<FusedMatmulGpuAttrs>): void {
  matmulWgsl({ ...c, ins: c.ins.slice(0, 2), bin: c.bin.slice(0, 2) });
  const o = c.outs[0], { act, alpha } = c.attrs;
  biasAct(c.bout[0], c.attrs.bias ? c.bin[2] : null, o.size, o.shape[o.rank - 1], act, alpha);
}

/** The fused conv2d attributes the kernel reads. */
interface FusedConvGpuAttrs extends ConvAttrs {
  act: number;
  alpha: number;
  bias: boolean;
}

/** fused.conv2d's WebGPU kernel: conv2d's program, then the epilogue in place. */
export function fusedConv2dWgsl(c: GpuCall<FusedConvGpuAttrs>): void {
  conv2dWgsl({ ...c, ins: c.ins.slice(0, 2), bin: c.bin.slice(0, 2) });
  const o = c.outs[0], { act, alpha } = c.attrs;
  biasAct(c.bout[0], c.attrs.bias ? c.bin[2] : null, o.size, o.shape[o.rank - 1], act, alpha);
}

/** activationGrad's WebGPU kernel (ins: dy, y). */
export function activationGradWgsl(c: GpuCall<{ act: number; alpha: number }>): void {
  const { act, alpha } = c.attrs, n = c.outs[0].size;
  const expr = ACT_GRAD_EXPR[act];
  if (expr === undefined) throw new RangeError(`activationGrad: unknown activation code ${act}`);
  const prog = program(
    `act_grad_${act}`,
    () =>
      `struct P { n: u32, strideX: u32, pad: u32, alpha: f32 };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read> DY: array<f32>;
@group(0) @binding(2) var<storage, read> Y: array<f32>;
@group(0) @binding(3) var<storage, read_write> O: array<f32>;
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.y * p.strideX + gid.x;
  if (i >= p.n) { return; }
  let alpha = p.alpha; let dy = DY[i]; let y = Y[i];
  O[i] = ${expr};
}`,
  );
  const g = grid(n);
  dispatch(prog, [c.bin[0], c.bin[1], c.bout[0]], [n, g.strideX, 0, { f32: alpha }], g.groups);
}

// ---------------------------------------------------------------- softmax cross-entropy

// One invocation a row: rows of a classifier's logits are short (tens to
// thousands of classes), and a loss has one row per example. The row's max,
// then Σ exp(x - max), read the row twice more; lse = log Σ + max.
const ROW_LSE = `
fn row_max(base: u32, n: u32) -> f32 {
  var m = -u_inf();
  for (var j = 0u; j < n; j++) { let v = X[base + j]; if (u_isnan(v)) { return v; } m = max(m, v); }
  return m;
}
fn row_sum_exp(base: u32, n: u32, m: f32) -> f32 {
  var s = 0.0;
  for (var j = 0u; j < n; j++) { s += u_exp(X[base + j] - m); }
  return s;
}
fn row_lse(base: u32, n: u32) -> f32 {
  let m = row_max(base, n);
  if (!(abs(m) < u_inf())) { return m; }
  return u_log(row_sum_exp(base, n, m)) + m;
}`;

/**
 * softmaxCrossEntropyWithLogits' (sparse: false; ins: labels, logits) and
 * sparseSoftmaxCrossEntropyWithLogits' (sparse: true; ins: int32 classes,
 * logits) WebGPU kernel: one loss per row.
 */
export function xentWgsl(sparse: boolean) {
  const prog = program(
    `softmax_xent_${sparse}`,
    () =>
      `struct P { rows: u32, n: u32, strideX: u32, pad: u32 };
@group(0) @binding(0) var<uniform> p: P;
${mathWgsl("u_base", "u_exp", "u_log")}
@group(0) @binding(1) var<storage, read> T: array<${sparse ? "i32" : "f32"}>;
@group(0) @binding(2) var<storage, read> X: array<f32>;
@group(0) @binding(3) var<storage, read_write> L: array<f32>;
${ROW_LSE}
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let r = gid.y * p.strideX + gid.x;
  if (r >= p.rows) { return; }
  let n = p.n; let base = r * n;
  let lse = row_lse(base, n);
  ${
        sparse
          ? `let c = T[r];
  if (c < 0 || u32(c) >= n) { L[r] = u_nan(); return; }
  L[r] = lse - X[base + u32(c)];`
          : `var s = 0.0;
  for (var j = 0u; j < n; j++) { s += T[base + j] * (lse - X[base + j]); }
  L[r] = s;`
      }
}`,
  );
  return (c: GpuCall<{ rows: number; classes: number }>): void => {
    const { rows, classes } = c.attrs;
    const g = grid(rows);
    dispatch(prog, [c.bin[0], c.bin[1], c.bout[0]], [rows, classes, g.strideX, 0], g.groups);
  };
}

/**
 * The logits' gradient kernels (ins: logits, labels or classes, g):
 * dx[r][j] = g[r] (softmax(x[r])[j] - t[r][j]).
 */
export function xentGradWgsl(sparse: boolean) {
  const prog = program(
    `softmax_xent_grad_${sparse}`,
    () =>
      `struct P { rows: u32, n: u32, strideX: u32, pad: u32 };
@group(0) @binding(0) var<uniform> p: P;
${mathWgsl("u_base", "u_exp", "u_log")}
@group(0) @binding(1) var<storage, read> X: array<f32>;
@group(0) @binding(2) var<storage, read> T: array<${sparse ? "i32" : "f32"}>;
@group(0) @binding(3) var<storage, read> G: array<f32>;
@group(0) @binding(4) var<storage, read_write> D: array<f32>;
${ROW_LSE}
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let r = gid.y * p.strideX + gid.x;
  if (r >= p.rows) { return; }
  let n = p.n; let base = r * n;
  let m = row_max(base, n);
  let inv = 1.0 / row_sum_exp(base, n, m);
  let g = G[r];
  ${sparse ? "let c = T[r];" : ""}
  for (var j = 0u; j < n; j++) {
    let t = ${sparse ? "select(0.0, 1.0, c >= 0 && u32(c) == j)" : "T[base + j]"};
    D[base + j] = g * (u_exp(X[base + j] - m) * inv - t);
  }
}`,
  );
  return (c: GpuCall<{ rows: number; classes: number }>): void => {
    const { rows, classes } = c.attrs;
    const g = grid(rows);
    dispatch(
      prog,
      [c.bin[0], c.bin[1], c.bin[2], c.bout[0]],
      [rows, classes, g.strideX, 0],
      g.groups,
    );
  };
}
