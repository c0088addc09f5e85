// WGSL kernels of the fused optimizer updates (the wasm ones are in
// asm/src/optim.ts, whose contract this follows): one dispatch updates a
// variable and its slots in place, four elements a thread.
//
// - Bindings: the uniform block, then the targets (the variable, then its
//   slots in the optimizer's order; read_write), then the gradient, then,
//   when the step's gradient scale lives on the GPU (clipnorm /
//   globalClipnorm of GPU gradients, see optim/optimizer.ts), that scale.
// - The step's scalars (learning rate, beta powers, ...) come from the
//   attributes each step, in the uniform block: nothing is read back.
// - The gradient is scaled and clipped first, then decoupled weight decay,
//   then the rule, as on wasm. NaN gradients propagate (tested on the bits:
//   a WGSL compiler may assume no NaN occurs and turn selects into min/max).
// - The flags (weight decay, momentum, nesterov, amsgrad, centered) are
//   constants of each compiled variant.
// - Rounding: each operation rounds in float32 as on wasm, except that a
//   WGSL compiler may fuse a multiply and an add: results agree with wasm to
//   a few ulp per step.
// - The last vector of a variable whose size is not a multiple of 4 runs on
//   the buffer's padding (buffers are sized in 16-byte multiples); those
//   lanes belong to no element.

import type { GpuCall } from "../../tape/op.ts";
import { acquireBuffer, copyBuffer, dispatch, type Program, releaseBuffer } from "../queue.ts";
import { grid } from "./elementwise.ts";

const programs = new Map<string, Program>();

/** The optimizer-wide scalars every update receives (optim/optimizer.ts UpdateScalars). */
interface Scalars {
  lr: number;
  gscale: number;
  clip: number;
  wdlr: number;
  wd: 0 | 1;
}

/**
 * One optimizer's program: `slots` are the binding names of the targets
 * after W (those in use with these flags), `body` the update, in terms of
 * `i` (the vector index), `g` (the clipped gradient), `w` (the decayed
 * variable), the slot arrays, `F` (the flags) and `p.s0..p.s7` (its scalars).
 */
function optimProgram(
  name: string,
  flags: number,
  slots: readonly string[],
  scaled: boolean,
  body: string,
): Program {
  const key = `optim_${name}_${flags}${scaled ? "_scaled" : ""}`;
  let pr = programs.get(key);
  if (pr === undefined) {
    const binds = slots.map((s, k) =>
      `@group(0) @binding(${k + 2}) var<storage, read_write> ${s}: array<vec4<f32>>;`
    );
    const gAt = slots.length + 2;
    pr = {
      key,
      wgsl: () =>
        `struct P { n: u32, strideX: u32, q0: u32, q1: u32, lr: f32, gscale: f32, clip: f32,
  wdlr: f32, s0: f32, s1: f32, s2: f32, s3: f32, s4: f32, s5: f32, s6: f32, s7: f32 };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read_write> W: array<vec4<f32>>;
${binds.join("\n")}
@group(0) @binding(${gAt}) var<storage, read> G: array<vec4<f32>>;
${scaled ? `@group(0) @binding(${gAt + 1}) var<storage, read> GS: array<f32>;` : ""}
const F: u32 = ${flags}u;
fn nanv(x: vec4<f32>) -> vec4<bool> {
  return (bitcast<vec4<u32>>(x) & vec4<u32>(0x7fffffffu)) > vec4<u32>(0x7f800000u);
}
// max propagating NaN (as wasm's f32x4.max)
fn maxv(a: vec4<f32>, b: vec4<f32>) -> vec4<f32> {
  return select(select(b, a, a > b), a + b, nanv(a) | nanv(b));
}
// sign: ±1, or x itself for ±0 and NaN
fn signv(x: vec4<f32>) -> vec4<f32> {
  let one = bitcast<vec4<f32>>((bitcast<vec4<u32>>(x) & vec4<u32>(0x80000000u)) | vec4<u32>(0x3f800000u));
  return select(one, x, nanv(x) | ((bitcast<vec4<u32>>(x) & vec4<u32>(0x7fffffffu)) == vec4<u32>(0u)));
}
@compute @workgroup_size(256) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.y * p.strideX + gid.x;
  if (i >= p.n) { return; }
  // Keras's clipping: min(max(g * gscale, -clip), clip), NaN kept
  let gs = G[i] * (p.gscale${scaled ? " * GS[0]" : ""});
  var gc = select(gs, vec4<f32>(-p.clip), gs < vec4<f32>(-p.clip));
  gc = select(gc, vec4<f32>(p.clip), gc > vec4<f32>(p.clip));
  let g = select(gc, gs, nanv(gs));
  var w = W[i];
  if ((F & 1u) != 0u) { w = w - w * p.wdlr; }
  ${body}
}`,
    };
    programs.set(key, pr);
  }
  return pr;
}

/**
 * Records an update: `targets` buffers (variable first), the gradient, and
 * the scale buffer when the call has one (c.ins[1]); `s0..s7` the
 * optimizer's own scalars.
 */
function run(
  c: GpuCall<{ s: Scalars }>,
  name: string,
  flags: number,
  slots: readonly string[],
  body: string,
  scalars: readonly number[],
): void {
  const nt = slots.length + 1;
  const n = c.ins[0].size;
  if (n === 0) return;
  const targets = c.bin.slice(0, nt);
  let g = c.bin[nt];
  // A gradient sharing a target's buffer (a variable passed as its own
  // gradient) cannot be bound read-only beside it: update from a copy.
  let tmp: GPUBuffer | null = null;
  if (targets.includes(g)) {
    tmp = acquireBuffer(n * 4);
    copyBuffer(g, tmp, n * 4);
    g = tmp;
  }
  const scaled = c.ins.length > 1;
  const s = c.attrs.s;
  const n4 = Math.ceil(n / 4);
  const gr = grid(n4);
  const params = [
    n4,
    gr.strideX,
    0,
    0,
    { f32: s.lr },
    { f32: s.gscale },
    { f32: s.clip },
    { f32: s.wdlr },
  ];
  for (let k = 0; k < 8; k++) params.push({ f32: scalars[k] ?? 0 });
  const buffers = [...targets, g];
  if (scaled) buffers.push(c.bin[nt + 1]);
  dispatch(optimProgram(name, flags | s.wd, slots, scaled, body), buffers, params, gr.groups);
  if (tmp !== null) releaseBuffer(tmp);
}

// ---------------------------------------------------------------- the rules

const MOMENTUM = 2, NESTEROV = 4, AMSGRAD = 2, CENTERED = 4;

/** SGD: w -= g lr; with momentum m = m μ - g lr, w += m (nesterov: w += m μ - g lr). */
export function sgdGpu(
  c: GpuCall<{ s: Scalars; momentum: number; flags: number; nt: number }>,
): void {
  const a = c.attrs;
  const mom = a.nt > 1;
  const flags = mom ? a.flags : a.flags & ~(MOMENTUM | NESTEROV);
  run(
    c,
    "sgd",
    flags,
    mom ? ["M"] : [],
    mom
      ? `let m = M[i] * p.s0 - g * p.lr;
  M[i] = m;
  if ((F & ${NESTEROV}u) != 0u) { W[i] = w + (m * p.s0 - g * p.lr); } else { W[i] = w + m; }`
      : `W[i] = w - g * p.lr;`,
    [a.momentum],
  );
}

/** Adam / AdamW (amsgrad): s0 alpha, s1 1 - beta1, s2 1 - beta2, s3 epsilon. */
export function adamGpu(
  c: GpuCall<{ s: Scalars; alpha: number; c1: number; c2: number; eps: number; flags: number }>,
): void {
  const a = c.attrs;
  const ams = (a.flags & AMSGRAD) !== 0;
  run(
    c,
    "adam",
    a.flags & AMSGRAD,
    ams ? ["M", "V", "VH"] : ["M", "V"],
    `let m0 = M[i];
  let m = m0 + (g - m0) * p.s1;
  M[i] = m;
  let v0 = V[i];
  var v = v0 + (g * g - v0) * p.s2;
  V[i] = v;
  ${ams ? `v = maxv(VH[i], v);\n  VH[i] = v;` : ""}
  W[i] = w - (m * p.s0) / (sqrt(v) + p.s3);`,
    [a.alpha, a.c1, a.c2, a.eps],
  );
}

/** Adagrad: acc += g², w -= lr g / sqrt(acc + eps). s0 epsilon. */
export function adagradGpu(c: GpuCall<{ s: Scalars; eps: number }>): void {
  run(
    c,
    "adagrad",
    0,
    ["ACC"],
    `let acc = ACC[i] + g * g;
  ACC[i] = acc;
  W[i] = w - (p.lr * g) / sqrt(acc + p.s0);`,
    [c.attrs.eps],
  );
}

/** RMSprop (momentum, centered): s0 rho, s1 1 - rho, s2 momentum, s3 epsilon. */
export function rmspropGpu(
  c: GpuCall<{ s: Scalars; rho: number; c: number; momentum: number; eps: number; flags: number }>,
): void {
  const a = c.attrs;
  const slots = ["VEL"];
  if (a.flags & MOMENTUM) slots.push("MOM");
  if (a.flags & CENTERED) slots.push("AVG");
  run(
    c,
    "rmsprop",
    a.flags & (MOMENTUM | CENTERED),
    slots,
    `let vel = p.s0 * VEL[i] + p.s1 * (g * g);
  VEL[i] = vel;
  var den = vel + p.s3;
  ${
      a.flags & CENTERED
        ? `let avg = p.s0 * AVG[i] + p.s1 * g;
  AVG[i] = avg;
  den = (vel - avg * avg) + p.s3;`
        : ""
    }
  let inc = (p.lr * g) / sqrt(den);
  ${
      a.flags & MOMENTUM
        ? `let mom = p.s2 * MOM[i] + inc;
  MOM[i] = mom;
  W[i] = w - mom;`
        : `W[i] = w - inc;`
    }`,
    [a.rho, a.c, a.momentum, a.eps],
  );
}

/** Adadelta: s0 rho, s1 1 - rho, s2 epsilon. */
export function adadeltaGpu(
  c: GpuCall<{ s: Scalars; rho: number; c: number; eps: number }>,
): void {
  const a = c.attrs;
  run(
    c,
    "adadelta",
    0,
    ["AG", "ADV"],
    `let ag = p.s0 * AG[i] + p.s1 * (g * g);
  AG[i] = ag;
  let d0 = ADV[i];
  let delta = -((sqrt(d0 + p.s2) * g) / sqrt(ag + p.s2));
  ADV[i] = p.s0 * d0 + p.s1 * (delta * delta);
  W[i] = w + p.lr * delta;`,
    [a.rho, a.c, a.eps],
  );
}

/** Adamax: s0 1 - beta1, s1 beta2, s2 1 - beta1^t, s3 epsilon. */
export function adamaxGpu(
  c: GpuCall<{ s: Scalars; c1: number; beta2: number; bc: number; eps: number }>,
): void {
  const a = c.attrs;
  run(
    c,
    "adamax",
    0,
    ["M", "U"],
    `let m0 = M[i];
  let m = m0 + (g - m0) * p.s0;
  M[i] = m;
  let u = maxv(p.s1 * U[i], abs(g));
  U[i] = u;
  W[i] = w - (p.lr * m) / (p.s2 * (u + p.s3));`,
    [a.c1, a.beta2, a.bc, a.eps],
  );
}

/** Nadam: s0 1 - beta1, s1 1 - beta2, s2 km, s3 kg, s4 1 - beta2^t, s5 epsilon. */
export function nadamGpu(
  c: GpuCall<
    { s: Scalars; c1: number; c2: number; km: number; kg: number; bc2: number; eps: number }
  >,
): void {
  const a = c.attrs;
  run(
    c,
    "nadam",
    0,
    ["M", "V"],
    `let m0 = M[i];
  let m = m0 + (g - m0) * p.s0;
  M[i] = m;
  let v0 = V[i];
  let v = v0 + (g * g - v0) * p.s1;
  V[i] = v;
  let mhat = m * p.s2 + g * p.s3;
  let vhat = v / p.s4;
  W[i] = w - (mhat * p.lr) / (sqrt(vhat) + p.s5);`,
    [a.c1, a.c2, a.km, a.kg, a.bc2, a.eps],
  );
}

/** Lion: s0 beta1, s1 1 - beta1, s2 beta2, s3 1 - beta2. */
export function lionGpu(
  c: GpuCall<{ s: Scalars; beta1: number; c1: number; beta2: number; c2: number }>,
): void {
  const a = c.attrs;
  run(
    c,
    "lion",
    0,
    ["M"],
    `let m0 = M[i];
  W[i] = w - p.lr * signv(m0 * p.s0 + g * p.s1);
  M[i] = m0 * p.s2 + g * p.s3;`,
    [a.beta1, a.c1, a.beta2, a.c2],
  );
}
