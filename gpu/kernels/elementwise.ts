// WGSL kernels for elementwise ops: unary maps and binary ops with NumPy
// broadcasting. Each op declares its WGSL expression in its own declaration
// (tape/ops/*.ts); the programs here wrap the expression.
//
// Layouts: 256 invocations a workgroup; a 2-D grid when one dimension would
// pass 65535 workgroups. Contiguous operands of the same shape go through a
// vec4 program (four elements a thread, full memory bandwidth); broadcasting
// goes through a strided program whose uniform block holds the collapsed
// dims and strides (rank <= 8, see tape/_shape.ts collapseBroadcast).

import type { GpuCall } from "../../tape/op.ts";
import type { DType } from "../../tape/dtype.ts";
import { collapseBroadcast, shapesEqual } from "../../tape/_shape.ts";
import { dispatch, type Params, type Program, program } from "../queue.ts";

/** WGSL element type of each dtype on the GPU (bool is u32 0/1). */
export function wgslType(d: DType): string {
  return d === "float32" ? "f32" : d === "int32" ? "i32" : "u32";
}

const WG = 256;
const MAX_GROUPS = 65535;

/** Workgroup grid covering `threads` invocations, and the grid's x extent in threads. */
export function grid(threads: number): { groups: [number, number]; strideX: number } {
  const groups = Math.max(1, Math.ceil(threads / WG));
  const x = Math.min(groups, MAX_GROUPS);
  return { groups: [x, Math.ceil(groups / x)], strideX: x * WG };
}

/** The flat invocation index in a `grid` (needs `gid` and the `strideX` uniform). */
const INDEX = "let i = gid.y * p.strideX + gid.x;";

/** Helper functions available to every elementwise expression. */
const PRELUDE = `
fn nan_f32() -> f32 { return bitcast<f32>(0x7fc00000u); }
fn isnan_f32(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn max_f32(a: f32, b: f32) -> f32 { return select(max(a, b), a + b, isnan_f32(a) || isnan_f32(b)); }
fn min_f32(a: f32, b: f32) -> f32 { return select(min(a, b), a + b, isnan_f32(a) || isnan_f32(b)); }
// The remainder is computed as a - (a / b) b: some drivers (llvmpipe through
// naga) evaluate i32 % on the unsigned bit patterns.
fn rem_i32(a: i32, b: i32) -> i32 { return a - (a / b) * b; }
fn floordiv_i32(a: i32, b: i32) -> i32 {
  if (b == 0) { return 0; }
  if (b == -1) { return -a; }
  let q = a / b;
  return select(q, q - 1, (rem_i32(a, b) != 0) && ((a < 0) != (b < 0)));
}
fn mod_i32(a: i32, b: i32) -> i32 {
  if (b == 0 || b == -1) { return 0; }
  let r = rem_i32(a, b);
  return select(r, r + b, r != 0 && ((r < 0) != (b < 0)));
}
fn mod_f32(a: f32, b: f32) -> f32 {
  let r = a - trunc(a / b) * b;
  return select(r, r + b, r != 0.0 && ((r < 0.0) != (b < 0.0)));
}
fn pow_f32(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a == 0.0) { return select(bitcast<f32>(0x7f800000u), 0.0, b > 0.0); }
  let mag = exp2(b * log2(abs(a)));
  if (a >= 0.0 || isnan_f32(a)) { return mag; }
  if (trunc(b) != b) { return nan_f32(); }
  let odd = trunc(b * 0.5) != b * 0.5;
  return select(mag, -mag, odd);
}
// Comparisons state their NaN rule explicitly (WGSL lets a compiler assume
// that no NaN occurs): every ordered comparison with NaN is false, != is true.
fn nan2(a: f32, b: f32) -> bool { return isnan_f32(a) || isnan_f32(b); }
fn b32(c: bool) -> u32 { return select(0u, 1u, c); }
// float32 -> int32 as the wasm kernel: truncation toward zero, saturation at
// the int32 range, NaN -> 0 (a driver's plain i32(x) is undefined there).
fn f32_to_i32(x: f32) -> i32 {
  if (isnan_f32(x)) { return 0; }
  if (x >= 2147483648.0) { return 2147483647; }
  if (x < -2147483648.0) { return bitcast<i32>(0x80000000u); }
  return i32(x);
}
// x != 0 on the bits, so that NaN and subnormals count as true even where a
// driver flushes subnormals to zero.
fn nonzero_f32(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) != 0u; }
// min(x, hi) then max(., lo) by selects: bit-exact (signed zeros, subnormals).
fn clip_f32(x: f32, lo: f32, hi: f32) -> f32 { let m = select(x, hi, hi < x); return select(m, lo, m < lo); }
fn pow_i32(a: i32, b: i32) -> i32 {
  if (b < 0) { return select(select(0, select(1, -1, (b & 1) != 0), a == -1), 1, a == 1); }
  var r = 1; var base = a; var e = b;
  loop { if (e <= 0) { break; } if ((e & 1) != 0) { r = r * base; } base = base * base; e = e >> 1; }
  return r;
}
`;

/** An elementwise expression for each dtype it supports: `a`, `b` (binary) or `x` (unary). */
export type Exprs = Partial<Record<DType, string>>;

function header(n: number): string {
  return `struct P { n: u32, strideX: u32, rank: u32, pad: u32,
  dims: array<vec4<u32>, 2>, sa: array<vec4<u32>, 2>, sb: array<vec4<u32>, 2> };
@group(0) @binding(0) var<uniform> p: P;
${PRELUDE}
fn at(v: array<vec4<u32>, 2>, k: u32) -> u32 { return v[k / 4u][k % 4u]; }
const NIN: u32 = ${n}u;`;
}

function binaryProgram(
  name: string,
  inT: string,
  outT: string,
  expr: string,
  mode: string,
): Program {
  return program(`${name}_${inT}_${outT}_${mode}`, () => {
    const vec = mode === "vec4";
    const ty = (t: string) => (vec ? `vec4<${t}>` : t);
    // A vec4 program applies the scalar expression lane by lane.
    const body = vec
      ? `var r: vec4<${outT}>;
  for (var k = 0u; k < 4u; k++) { let a = A[i][k]; let b = B[i][k]; r[k] = ${expr}; }
  O[i] = r;`
      : mode === "strided"
      ? `var ia = 0u; var ib = 0u; var rem = i;
  for (var d = i32(p.rank) - 1; d >= 0; d--) {
    let k = u32(d); let dim = at(p.dims, k); let c = rem % dim; rem = rem / dim;
    ia += c * at(p.sa, k); ib += c * at(p.sb, k);
  }
  let a = A[ia]; let b = B[ib]; O[i] = ${expr};`
      : mode === "scalarB"
      ? `let a = A[i]; let b = B[0]; O[i] = ${expr};`
      : `let a = A[0]; let b = B[i]; O[i] = ${expr};`;
    return `${header(2)}
@group(0) @binding(1) var<storage, read> A: array<${ty(inT)}>;
@group(0) @binding(2) var<storage, read> B: array<${ty(inT)}>;
@group(0) @binding(3) var<storage, read_write> O: array<${ty(outT)}>;
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${INDEX}
  if (i >= p.n) { return; }
  ${body}
}`;
  });
}

function unaryProgram(
  name: string,
  inT: string,
  outT: string,
  expr: string,
  lib: string,
): Program {
  return program(`${name}_${inT}_${outT}_vec4`, () =>
    `${header(1)}
${lib}
@group(0) @binding(1) var<storage, read> X: array<vec4<${inT}>>;
@group(0) @binding(2) var<storage, read_write> O: array<vec4<${outT}>>;
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${INDEX}
  if (i >= p.n) { return; }
  let alpha = bitcast<f32>(p.pad);
  var r: vec4<${outT}>;
  for (var k = 0u; k < 4u; k++) { let x = X[i][k]; r[k] = ${expr}; }
  O[i] = r;
}`);
}

function packParams(
  n: number,
  strideX: number,
  rank: number,
  extra: number,
  vecs: number[][],
): Params {
  const out: number[] = [n, strideX, rank, extra];
  for (const v of vecs) for (let k = 0; k < 8; k++) out.push(v[k] ?? 0);
  return out;
}

/**
 * The WebGPU kernel of a binary op: `exprs[dtype]` computes the result from
 * `a` and `b` (WGSL scalars of the input dtype); `outDtype` defaults to the
 * input's. Helpers: max_f32, min_f32, pow_f32, mod_f32, floordiv_i32, ... (PRELUDE).
 */
export function binaryWgsl(name: string, exprs: Exprs) {
  return (c: GpuCall<unknown>): void => {
    const [ta, tb] = c.ins, out = c.outs[0];
    const expr = exprs[ta.dtype];
    if (expr === undefined) throw new TypeError(`${name}: no WebGPU kernel for ${ta.dtype}`);
    const inT = wgslType(ta.dtype), outT = wgslType(out.dtype);
    const n = out.size;
    if (shapesEqual(ta.shape, tb.shape)) {
      const n4 = Math.ceil(n / 4);
      const g = grid(n4);
      dispatch(
        binaryProgram(name, inT, outT, expr, "vec4"),
        [c.bin[0], c.bin[1], c.bout[0]],
        packParams(n4, g.strideX, 0, 0, []),
        g.groups,
      );
      return;
    }
    const g = grid(n);
    if (tb.size === 1 || ta.size === 1) {
      const mode = tb.size === 1 ? "scalarB" : "scalarA";
      dispatch(
        binaryProgram(name, inT, outT, expr, mode),
        [c.bin[0], c.bin[1], c.bout[0]],
        packParams(n, g.strideX, 0, 0, []),
        g.groups,
      );
      return;
    }
    const { dims, strides } = collapseBroadcast(out.shape, [ta.shape, tb.shape]);
    if (dims.length > 8) throw new RangeError(`${name}: WebGPU broadcasting supports rank <= 8`);
    dispatch(
      binaryProgram(name, inT, outT, expr, "strided"),
      [c.bin[0], c.bin[1], c.bout[0]],
      packParams(n, g.strideX, dims.length, 0, [dims, strides[0], strides[1]]),
      g.groups,
    );
  };
}

/**
 * The WebGPU kernel of a unary op: `exprs[dtype]` computes the result from `x`
 * (and `alpha`, the op's `attrs.alpha` when it has one). `lib` is WGSL pasted
 * into the program: functions the expressions call (see gpu/kernels/unary.ts
 * `mathWgsl`). `name` keys the program cache: one name, one expression set.
 */
export function unaryWgsl(name: string, exprs: Exprs, lib = "") {
  return (c: GpuCall<unknown>): void => {
    const x = c.ins[0], out = c.outs[0];
    const expr = exprs[x.dtype];
    if (expr === undefined) throw new TypeError(`${name}: no WebGPU kernel for ${x.dtype}`);
    const n4 = Math.ceil(out.size / 4);
    const g = grid(n4);
    const alpha = (c.attrs as { alpha?: number } | undefined)?.alpha ?? 0;
    const bits = new Uint32Array(new Float32Array([alpha]).buffer)[0];
    dispatch(
      unaryProgram(name, wgslType(x.dtype), wgslType(out.dtype), expr, lib),
      [c.bin[0], c.bout[0]],
      packParams(n4, g.strideX, 0, bits, []),
      g.groups,
    );
  };
}

// ---------------------------------------------------------------- ternary

// Ternary programs (where, clipByValue): three inputs a, b, c broadcast
// together. 256 invocations a workgroup, one output element a thread.
// - `flat`: every input has the output's size or one element; its index is
//   i * f (f = 1 or 0, in the uniform block).
// - `strided`: the collapsed dims and each input's strides (rank <= 8) in the
//   uniform block; the thread decomposes i into coordinates.

function ternaryProgram(name: string, types: readonly string[], expr: string, mode: string) {
  return program(`${name}_${types.join("_")}_${mode}`, () => {
    const body = mode === "flat"
      ? `let a = A[i * p.f.x]; let b = B[i * p.f.y]; let c = C[i * p.f.z];`
      : `var ia = 0u; var ib = 0u; var ic = 0u; var rem = i;
  for (var d = i32(p.rank) - 1; d >= 0; d--) {
    let k = u32(d); let dim = at(p.dims, k); let q = rem % dim; rem = rem / dim;
    ia += q * at(p.s0, k); ib += q * at(p.s1, k); ic += q * at(p.s2, k);
  }
  let a = A[ia]; let b = B[ib]; let c = C[ic];`;
    return `struct P { n: u32, strideX: u32, rank: u32, pad: u32, f: vec4<u32>,
  dims: array<vec4<u32>, 2>, s0: array<vec4<u32>, 2>, s1: array<vec4<u32>, 2>,
  s2: array<vec4<u32>, 2> };
@group(0) @binding(0) var<uniform> p: P;
${PRELUDE}
fn at(v: array<vec4<u32>, 2>, k: u32) -> u32 { return v[k / 4u][k % 4u]; }
@group(0) @binding(1) var<storage, read> A: array<${types[0]}>;
@group(0) @binding(2) var<storage, read> B: array<${types[1]}>;
@group(0) @binding(3) var<storage, read> C: array<${types[2]}>;
@group(0) @binding(4) var<storage, read_write> O: array<${types[3]}>;
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${INDEX}
  if (i >= p.n) { return; }
  ${body}
  O[i] = ${expr};
}`;
  });
}

/** Options of `ternaryWgsl`. */
export interface TernaryOptions {
  /** The input whose dtype picks the expression (default 0). */
  dtypeOf?: number;
  /** Move elements as raw u32 bits whatever their dtype (a select: bit-exact). */
  bits?: boolean;
}

/**
 * The WebGPU kernel of a three-input op with NumPy broadcasting:
 * `exprs[dtype]` computes the result from `a`, `b`, `c` (WGSL scalars of the
 * inputs' GPU types, or all u32 with `bits`).
 */
export function ternaryWgsl(name: string, exprs: Exprs, opts: TernaryOptions = {}) {
  return (c: GpuCall<unknown>): void => {
    const out = c.outs[0];
    const dt = c.ins[opts.dtypeOf ?? 0].dtype;
    const expr = exprs[dt];
    if (expr === undefined) throw new TypeError(`${name}: no WebGPU kernel for ${dt}`);
    const types = [...c.ins, out].map((t) => (opts.bits ? "u32" : wgslType(t.dtype)));
    const n = out.size;
    const g = grid(n);
    const buffers = [c.bin[0], c.bin[1], c.bin[2], c.bout[0]];
    if (c.ins.every((t) => t.size === n || t.size === 1)) {
      const f = c.ins.map((t) => (t.size === n ? 1 : 0));
      dispatch(
        ternaryProgram(name, types, expr, "flat"),
        buffers,
        [n, g.strideX, 0, 0, f[0], f[1], f[2], 0],
        g.groups,
      );
      return;
    }
    const { dims, strides } = collapseBroadcast(out.shape, c.ins.map((t) => t.shape));
    if (dims.length > 8) throw new RangeError(`${name}: WebGPU broadcasting supports rank <= 8`);
    const params: number[] = [n, g.strideX, dims.length, 0, 0, 0, 0, 0];
    for (const v of [dims, ...strides]) for (let k = 0; k < 8; k++) params.push(v[k] ?? 0);
    dispatch(ternaryProgram(name, types, expr, "strided"), buffers, params, g.groups);
  };
}
