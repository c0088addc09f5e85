// WGSL kernels of the random ops: Philox-4x32-10 ported from asm/src/random.ts
// with u32 arithmetic (WGSL has no 64-bit integers: the 32x32 -> 64-bit
// products are assembled from 16-bit halves). The generator is counter-based,
// so element j is the same function of (key, j) on both backends.
//
// Layouts (256 invocations a workgroup, a 2-D grid past 65535 workgroups):
// - `random_uniform_<dtype>`, `random_normal_float32`: one invocation per
//   Philox block b = 4g + l (g = b / 4, l = b % 4), counters (b, 0, 0, 0);
//   its word w is element 16g + 4w + l, as on wasm. Normals pair words
//   (0, 1) and (2, 3) by Box-Muller: sin to the first element, cos to the
//   second.
// - `random_truncated_normal_float32`: one invocation per element j, drawing
//   blocks (j, 0, attempt, 1) until one of its four candidates (in the
//   order sin, cos of pair (0, 1), then of pair (2, 3)) lies within 2.
//
// Agreement with wasm: uniform floats and ints are bit-identical (integer
// arithmetic, an exact [0, 1) construction, and a multiply-add kept at two
// roundings by `rounded`, see creation.ts). Normals use the same log
// (math.ts), polynomials and roundings, but WGSL's fma may round twice where
// wasm's relaxed_madd rounds once, and WGSL's sqrt may be 3 ulp off: they
// agree within a few ulp (measured on the software adapter: 0.05% of the
// normals differ, by at most 2 ulp; tests allow 1e-6 * stddev). A truncated
// normal whose candidate lies within such a difference of the cut at 2 may
// pick another candidate (probability ~1e-7 per element).

import { dispatch, type Program, program } from "../queue.ts";
import type { GpuCall } from "../../tape/op.ts";
import { grid } from "./elementwise.ts";
import { LOG_WGSL } from "./math.ts";

const WG = 256;

const PHILOX =
  `struct P { n: u32, strideX: u32, zero: u32, k0: u32, k1: u32, a: u32, b: u32, pad: u32 };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read_write> O: array<u32>;
/** x, rounded to f32 where it stands (never fused with a following add). */
fn rounded(x: f32) -> f32 { return bitcast<f32>(bitcast<u32>(x) ^ p.zero); }
/** High 32 bits of the 64-bit product a * b, from 16-bit halves. */
fn mulhi(a: u32, b: u32) -> u32 {
  let a0 = a & 0xffffu; let a1 = a >> 16u;
  let b0 = b & 0xffffu; let b1 = b >> 16u;
  let p01 = a0 * b1; let p10 = a1 * b0;
  let mid = ((a0 * b0) >> 16u) + (p01 & 0xffffu) + (p10 & 0xffffu);
  return a1 * b1 + (p01 >> 16u) + (p10 >> 16u) + (mid >> 16u);
}
/** Philox-4x32-10 of the counter c under the key (p.k0, p.k1). */
fn philox(counter: vec4<u32>) -> vec4<u32> {
  var c = counter;
  var k0 = p.k0; var k1 = p.k1;
  for (var r = 0; r < 10; r++) {
    let hi0 = mulhi(c.x, 0xd2511f53u); let lo0 = c.x * 0xd2511f53u;
    let hi1 = mulhi(c.z, 0xcd9e8d57u); let lo1 = c.z * 0xcd9e8d57u;
    c = vec4<u32>(hi1 ^ c.y ^ k0, lo1, hi0 ^ c.w ^ k1, lo0);
    k0 += 0x9e3779b9u; k1 += 0xbb67ae85u;
  }
  return c;
}
/** u in [0, 1 - 2^-23]: the low 23 bits as a mantissa of [1, 2), minus 1 (exact). */
fn unit(x: u32) -> f32 { return bitcast<f32>((x & 0x7fffffu) | 0x3f800000u) - 1.0; }
${LOG_WGSL}
/** Box-Muller radius sqrt(-2 ln u1), u1 clamped to 1e-7 as TensorFlow does. */
fn radius(x: u32) -> f32 { return sqrt(-2.0 * log_f32(max(unit(x), 1.0e-7))); }
fn sin_poly(r: f32) -> f32 {
  let r2 = r * r;
  var q = 2.7557319224e-6;
  q = rounded(q * r2) - 1.9841269841e-4;
  q = rounded(q * r2) + 8.3333333333e-3;
  q = rounded(q * r2) - 1.6666666667e-1;
  return r + rounded(rounded(q * r2) * r);
}
fn cos_poly(r: f32) -> f32 {
  let r2 = r * r;
  var q = -2.7557319224e-7;
  q = rounded(q * r2) + 2.4801587302e-5;
  q = rounded(q * r2) - 1.3888888889e-3;
  q = rounded(q * r2) + 4.1666666667e-2;
  q = rounded(q * r2) - 0.5;
  return 1.0 + rounded(q * r2);
}
/** (r sin 2 pi u, r cos 2 pi u) from the words (x, y): quadrant, reduced angle, polynomials. */
fn box_muller(x: u32, y: u32) -> vec2<f32> {
  let rad = radius(x);
  let u = unit(y);
  let q = i32(round(u * 4.0));
  let t = rounded(u - f32(q) * 0.25) * 6.28318530717958648;
  let s = sin_poly(t);
  let c = cos_poly(t);
  let odd = (q & 1) != 0;
  let sn = bitcast<f32>(bitcast<u32>(select(s, c, odd)) ^ ((u32(q) << 30u) & 0x80000000u));
  let cs = bitcast<f32>(bitcast<u32>(select(c, s, odd)) ^ ((u32(q + 1) << 30u) & 0x80000000u));
  return vec2<f32>(rad * sn, rad * cs);
}`;

function blockProgram(kind: "uniform_float32" | "uniform_int32" | "normal_float32"): Program {
  return program(`random_${kind}`, () => {
    const words = kind === "uniform_float32"
      ? `let sc = bitcast<f32>(p.a); let off = bitcast<f32>(p.b);
  let y = vec4<u32>(bitcast<u32>(rounded(unit(w.x) * sc) + off), bitcast<u32>(rounded(unit(w.y) * sc) + off),
    bitcast<u32>(rounded(unit(w.z) * sc) + off), bitcast<u32>(rounded(unit(w.w) * sc) + off));`
      : kind === "uniform_int32"
      ? `// minval + floor(x * range / 2^32): Lemire's multiply-shift
  let y = vec4<u32>(p.a + mulhi(w.x, p.b), p.a + mulhi(w.y, p.b), p.a + mulhi(w.z, p.b),
    p.a + mulhi(w.w, p.b));`
      : `let sd = bitcast<f32>(p.a); let mean = bitcast<f32>(p.b);
  let za = box_muller(w.x, w.y); let zb = box_muller(w.z, w.w);
  let y = vec4<u32>(bitcast<u32>(rounded(za.x * sd) + mean), bitcast<u32>(rounded(za.y * sd) + mean),
    bitcast<u32>(rounded(zb.x * sd) + mean), bitcast<u32>(rounded(zb.y * sd) + mean));`;
    return `${PHILOX}
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let b = gid.y * p.strideX + gid.x;
  let j = (b >> 2u) * 16u + (b & 3u);
  if (j >= p.n) { return; }
  let w = philox(vec4<u32>(b, 0u, 0u, 0u));
  ${words}
  for (var k = 0u; k < 4u; k++) {
    if (j + 4u * k < p.n) { O[j + 4u * k] = y[k]; }
  }
}`;
  });
}

const truncatedProgram = program("random_truncated_normal_float32", () =>
  `${PHILOX}
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let j = gid.y * p.strideX + gid.x;
  if (j >= p.n) { return; }
  var z = 0.0;
  for (var attempt = 0u; ; attempt++) {
    let w = philox(vec4<u32>(j, 0u, attempt, 1u));
    let za = box_muller(w.x, w.y);
    let zb = box_muller(w.z, w.w);
    if (abs(za.x) < 2.0) { z = za.x; break; }
    if (abs(za.y) < 2.0) { z = za.y; break; }
    if (abs(zb.x) < 2.0) { z = zb.x; break; }
    if (abs(zb.y) < 2.0) { z = zb.y; break; }
  }
  O[j] = bitcast<u32>(rounded(z * bitcast<f32>(p.a)) + bitcast<f32>(p.b));
}`);

/** Attributes of the random ops (tape/ops/random.ts). */
export interface RandomPlan {
  k0: number;
  k1: number;
  a: number;
  b: number;
}

const f32Bits = (v: number) => new Uint32Array(new Float32Array([v]).buffer)[0];

/** The WebGPU kernel of a random op. */
export function randomWgsl(kind: "uniform" | "normal" | "truncatedNormal") {
  return (c: GpuCall<RandomPlan>): void => {
    const out = c.outs[0];
    const n = out.size;
    const { k0, k1, a, b } = c.attrs;
    const int = out.dtype === "int32";
    const params = [0, 0, 0, k0, k1, int ? a : f32Bits(a), int ? b : f32Bits(b), 0];
    if (kind === "truncatedNormal") {
      const g = grid(n);
      params[0] = n;
      params[1] = g.strideX;
      dispatch(truncatedProgram, [c.bout[0]], params, g.groups);
      return;
    }
    // one invocation per Philox block: 4 blocks for every 16 elements
    const g = grid(Math.ceil(n / 16) * 4);
    params[0] = n;
    params[1] = g.strideX;
    const prog = kind === "normal"
      ? blockProgram("normal_float32")
      : blockProgram(int ? "uniform_int32" : "uniform_float32");
    dispatch(prog, [c.bout[0]], params, g.groups);
  };
}
