// WGSL kernels of the reduce family: reductions (sum, prod, max, min, all,
// any, logSumExp, mean), argMax / argMin, cumsum, softmax / logSoftmax.
//
// Layout. As the wasm kernels, every kernel views its input as a row-major
// block (outer, r, inner), r the extent of the reduced (or scanned) axes
// merged by the caller: nothing is transposed. Reductions over non-adjacent
// axis groups run one group (a "stage", planned by tape/ops/reduce.ts) at a
// time, and each stage is a sequence of passes; a pass reduces r to
// ceil(r / chunk) partial results, until one is left:
//
// - `reduce_<op>_<type>_row[_variant]` (inner == 1, r > 16): a workgroup of
//   256 invocations per (row, chunk of 4096 elements); invocation t combines
//   elements t, t + 256, ... of the chunk (16 at most), then the workgroup
//   combines the 256 partials by a tree in workgroup memory (8 levels). A
//   float32 sum's rounding error is therefore that of <= 24 additions per
//   pass: pairwise, O(log n) overall.
// - `reduce_<op>_<type>_col[_variant]` (inner > 1, or short rows): one
//   invocation per (outer, chunk, column) combines the chunk's rows
//   sequentially, reading neighbouring columns (coalesced across
//   invocations). chunk = r when r <= 64, else 16: long columns take several
//   passes, so a float32 sum adds at most 64 terms in sequence in all.
// Variants: `_mean` divides the last pass's result by the group size
// (float32: an f32 division, int32: truncating, as the wasm kernel); `_exp`
// reads exp(x - m[o, c]) in place of x (logSumExp's second pass).
//
// subgroups are not used: the portable workgroup tree works on every adapter
// (the software one here exposes no subgroups).
//
// NaN and identities follow the wasm kernels: max and min propagate NaN;
// empty reductions give the op's identity (the caller fills it); argMax and
// argMin take the first NaN, ties go to the first index.

import { acquireBuffer, copyBuffer, dispatch, program, releaseBuffer } from "../queue.ts";
import type { GpuCall } from "../../tape/op.ts";
import type { DType } from "../../tape/dtype.ts";
import { grid, wgslType } from "./elementwise.ts";
import { EXP_NEG_WGSL, LOG_WGSL } from "./math.ts";
import { fillGpu } from "./creation.ts";

const WG = 256;
/** Elements of a row reduced by one workgroup in one pass. */
const ROW_CHUNK = WG * 16;
/** Rows combined sequentially by one invocation of a column pass (when r > 64). */
const COL_CHUNK = 16;
const MAX_GROUPS = 65535;

/** Workgroups laid out in a 2-D grid (the kernel computes the linear id). */
function groupGrid(groups: number): [number, number] {
  const g = Math.max(1, groups);
  const x = Math.min(g, MAX_GROUPS);
  return [x, Math.ceil(g / x)];
}

const HELPERS = `
fn isnan_f32(x: f32) -> bool { return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u; }
fn max_nan(a: f32, b: f32) -> f32 { return select(max(a, b), a + b, isnan_f32(a) || isnan_f32(b)); }
fn min_nan(a: f32, b: f32) -> f32 { return select(min(a, b), a + b, isnan_f32(a) || isnan_f32(b)); }
/** Whether x is ±inf or NaN (on the bits: see math.ts). */
fn nonfinite(x: f32) -> bool { return (bitcast<u32>(x) & 0x7f800000u) == 0x7f800000u; }
${EXP_NEG_WGSL}
${LOG_WGSL}
`;

/** The reductions a pass can do. */
export type ReduceCode = "sum" | "prod" | "max" | "min" | "all" | "any";

interface OpSpec {
  /** The identity by WGSL type. */
  ident: Record<string, string>;
  /** The combination of partials `a` and `b` by WGSL type. */
  comb: Record<string, string>;
}

const F32_INF = "bitcast<f32>(0x7f800000u)";
const OPS: Record<ReduceCode, OpSpec> = {
  sum: { ident: { f32: "0.0", i32: "0" }, comb: { f32: "a + b", i32: "a + b" } },
  prod: { ident: { f32: "1.0", i32: "1" }, comb: { f32: "a * b", i32: "a * b" } },
  max: {
    ident: { f32: `-${F32_INF}`, i32: "bitcast<i32>(0x80000000u)" },
    comb: { f32: "max_nan(a, b)", i32: "max(a, b)" },
  },
  min: {
    ident: { f32: F32_INF, i32: "2147483647" },
    comb: { f32: "min_nan(a, b)", i32: "min(a, b)" },
  },
  // bools are u32 on the GPU; any nonzero value is true (see load)
  all: { ident: { u32: "1u" }, comb: { u32: "a & b" } },
  any: { ident: { u32: "0u" }, comb: { u32: "a | b" } },
};

/** The identity of a reduction as the u32 bits that fill an output. */
function identityBits(code: ReduceCode | "lse" | "mean", dtype: DType): number {
  const f = new Float32Array(1), u = new Uint32Array(f.buffer), i = new Int32Array(f.buffer);
  const v: Record<string, number> = {
    sum: 0,
    prod: 1,
    max: -Infinity,
    min: Infinity,
    all: 1,
    any: 0,
    lse: -Infinity,
    mean: NaN,
  };
  if (dtype === "float32") f[0] = v[code];
  else if (dtype === "int32") {
    i[0] = code === "max"
      ? -2147483648
      : code === "min"
      ? 2147483647
      : code === "mean"
      ? 0
      : v[code];
  } else u[0] = v[code];
  return u[0];
}

const PARAMS = `struct P { outer: u32, r: u32, inner: u32, chunk: u32,
  nchunks: u32, strideX: u32, count: u32, zero: u32 };
@group(0) @binding(0) var<uniform> p: P;
/** x, rounded to f32 where it stands (p.zero is 0: see math.ts). */
fn rounded(x: f32) -> f32 { return bitcast<f32>(bitcast<u32>(x) ^ p.zero); }`;

type Variant = "" | "mean" | "exp";

/** The WGSL functions load / comb / finish of one pass. */
function passFns(code: ReduceCode, t: string, variant: Variant): string {
  const op = OPS[code];
  const load = t === "u32" ? "select(0u, 1u, x != 0u)" : variant === "exp" ? "exp_neg(x - m)" : "x";
  const finish = variant !== "mean"
    ? "a"
    : t === "f32"
    ? "a / bitcast<f32>(p.count)"
    : "a / i32(p.count)";
  return `${HELPERS}
fn load(x: ${t}, m: f32) -> ${t} { return ${load}; }
fn comb(a: ${t}, b: ${t}) -> ${t} { return ${op.comb[t]}; }
fn finish(a: ${t}) -> ${t} { return ${finish}; }
fn ident() -> ${t} { return ${op.ident[t]}; }`;
}

function bindings(t: string, variant: Variant): string {
  return variant === "exp"
    ? `@group(0) @binding(1) var<storage, read> X: array<${t}>;
@group(0) @binding(2) var<storage, read> M: array<f32>;
@group(0) @binding(3) var<storage, read_write> O: array<${t}>;`
    : `@group(0) @binding(1) var<storage, read> X: array<${t}>;
@group(0) @binding(2) var<storage, read_write> O: array<${t}>;`;
}

function colProgram(code: ReduceCode, t: string, variant: Variant) {
  return program(`reduce_${code}_${t}_col${variant ? "_" + variant : ""}`, () =>
    `${PARAMS}
${passFns(code, t, variant)}
${bindings(t, variant)}
// One invocation per (outer, chunk, column): the chunk's rows in sequence.
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.y * p.strideX + gid.x;
  if (t >= p.outer * p.nchunks * p.inner) { return; }
  let c = t % p.inner;
  let ok = t / p.inner;
  let k = ok % p.nchunks;
  let o = ok / p.nchunks;
  let r0 = k * p.chunk;
  let r1 = min(r0 + p.chunk, p.r);
  ${variant === "exp" ? "let m = M[o * p.inner + c];" : "let m = 0.0;"}
  var acc = ident();
  var idx = (o * p.r + r0) * p.inner + c;
  for (var j = r0; j < r1; j++) {
    acc = comb(acc, load(X[idx], m));
    idx += p.inner;
  }
  O[(o * p.nchunks + k) * p.inner + c] = finish(acc);
}`);
}

function rowProgram(code: ReduceCode, t: string, variant: Variant) {
  return program(`reduce_${code}_${t}_row${variant ? "_" + variant : ""}`, () =>
    `${PARAMS}
${passFns(code, t, variant)}
${bindings(t, variant)}
var<workgroup> sh: array<${t}, ${WG}>;
// One workgroup per (row, chunk): strided partials, then a tree.
@compute @workgroup_size(${WG}) fn main(
  @builtin(workgroup_id) wid: vec3<u32>,
  @builtin(num_workgroups) nwg: vec3<u32>,
  @builtin(local_invocation_index) lid: u32,
) {
  let g = wid.y * nwg.x + wid.x;
  if (g >= p.outer * p.nchunks) { return; }
  let k = g % p.nchunks;
  let o = g / p.nchunks;
  let r0 = k * p.chunk;
  let r1 = min(r0 + p.chunk, p.r);
  ${variant === "exp" ? "let m = M[o];" : "let m = 0.0;"}
  var acc = ident();
  for (var j = r0 + lid; j < r1; j += ${WG}u) { acc = comb(acc, load(X[o * p.r + j], m)); }
  sh[lid] = acc;
  workgroupBarrier();
  for (var s = ${WG / 2}u; s > 0u; s >>= 1u) {
    if (lid < s) { sh[lid] = comb(sh[lid], sh[lid + s]); }
    workgroupBarrier();
  }
  if (lid == 0u) { O[o * p.nchunks + k] = finish(sh[0]); }
}`);
}

const lseFinishProgram = program("reduceLogSumExp_f32_finish", () =>
  `${PARAMS}
${HELPERS}
@group(0) @binding(1) var<storage, read> S: array<f32>;
@group(0) @binding(2) var<storage, read> M: array<f32>;
@group(0) @binding(3) var<storage, read_write> O: array<f32>;
// One invocation per output: log(sum of exp(x - m)) + m, or m where m is not
// finite (all -inf, a +inf, a NaN), as the wasm kernel.
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.y * p.strideX + gid.x;
  if (i >= p.outer) { return; }
  let m = M[i];
  O[i] = select(log_f32(S[i]) + m, m, nonfinite(m));
}`);

/** One stage of a reduction: (outer, r, inner) with r reduced. */
export interface Stage {
  outer: number;
  r: number;
  inner: number;
}

/** What the reduction kernels need of an op's attributes. */
export interface ReducePlan {
  stages: readonly Stage[];
  count: number;
}

/** Temporary buffers of one op call, released when it has been recorded. */
class Temps {
  #list: GPUBuffer[] = [];
  get(bytes: number): GPUBuffer {
    const b = acquireBuffer(bytes);
    this.#list.push(b);
    return b;
  }
  release(): void {
    for (const b of this.#list) releaseBuffer(b);
    this.#list = [];
  }
}

/**
 * Records the passes that reduce `src` (outer, r, inner) into `dst`
 * (outer, inner) with `code`; `variant` applies to the first pass ("exp",
 * with `m`) or to the last ("mean").
 */
function reduceStage(
  code: ReduceCode,
  t: string,
  s: Stage,
  src: GPUBuffer,
  dst: GPUBuffer,
  temps: Temps,
  opts: { m?: GPUBuffer; mean?: number } = {},
): void {
  let r = s.r;
  let cur = src;
  let first = true;
  for (;;) {
    const row = s.inner === 1 && r > 16;
    const chunk = row ? ROW_CHUNK : r <= 64 ? r : COL_CHUNK;
    const nchunks = Math.ceil(r / chunk);
    const last = nchunks === 1;
    const variant: Variant = first && opts.m ? "exp" : last && opts.mean ? "mean" : "";
    const out = last ? dst : temps.get(s.outer * nchunks * s.inner * 4);
    const buffers = variant === "exp" ? [cur, opts.m!, out] : [cur, out];
    let countBits = opts.mean ?? 0;
    if (variant === "mean" && t === "f32") {
      countBits = new Uint32Array(new Float32Array([countBits]).buffer)[0];
    }
    if (row) {
      dispatch(
        rowProgram(code, t, variant),
        buffers,
        [s.outer, r, 1, chunk, nchunks, 0, countBits, 0],
        groupGrid(s.outer * nchunks),
      );
    } else {
      const g = grid(s.outer * nchunks * s.inner);
      dispatch(
        colProgram(code, t, variant),
        buffers,
        [s.outer, r, s.inner, chunk, nchunks, g.strideX, countBits, 0],
        g.groups,
      );
    }
    first = false;
    if (last) return;
    cur = out;
    r = nchunks;
  }
}

/**
 * The WebGPU kernel of a reduction over the planned stages: `code` is the
 * reduction, or "mean" (a sum divided by the group size) or "lse"
 * (log-sum-exp, stage by stage: the max, then the sum of exp(x - max)).
 */
export function reduceWgsl(code: ReduceCode | "mean" | "lse") {
  return (c: GpuCall<ReducePlan>): void => {
    const x = c.ins[0], out = c.outs[0];
    const { stages, count } = c.attrs;
    if (x.size === 0) {
      fillGpu(c.bout[0], out.size, identityBits(code, x.dtype));
      return;
    }
    if (stages.length === 0) {
      copyBuffer(c.bin[0], c.bout[0], x.size * 4);
      return;
    }
    const t = wgslType(x.dtype);
    const temps = new Temps();
    let src = c.bin[0];
    for (let i = 0; i < stages.length; i++) {
      const s = stages[i];
      const last = i === stages.length - 1;
      const n = s.outer * s.inner;
      const dst = last ? c.bout[0] : temps.get(n * 4);
      if (code === "lse") {
        const m = temps.get(n * 4), sum = temps.get(n * 4);
        reduceStage("max", t, s, src, m, temps);
        reduceStage("sum", t, s, src, sum, temps, { m });
        const g = grid(n);
        dispatch(lseFinishProgram, [sum, m, dst], [n, 0, 0, 0, 0, g.strideX, 0, 0], g.groups);
      } else if (code === "mean") {
        reduceStage("sum", t, s, src, dst, temps, last ? { mean: count } : {});
      } else {
        reduceStage(code, t, s, src, dst, temps);
      }
      src = dst;
    }
    temps.release();
  };
}

// ---------------------------------------------------------------- argMax / argMin

/** Whether (v, i) beats the best (b, bi): NaN first, then strictly better, ties to the lower index. */
function takeFn(t: string, max: boolean): string {
  const nan = t === "f32"
    ? `if (isnan_f32(b)) { return isnan_f32(v) && i < bi; }
  if (isnan_f32(v)) { return true; }`
    : "";
  return `const NONE: u32 = 0xffffffffu;
fn take(v: ${t}, i: u32, b: ${t}, bi: u32) -> bool {
  if (i == NONE) { return false; }
  if (bi == NONE) { return true; }
  ${nan}
  if (v == b) { return i < bi; }
  return v ${max ? ">" : "<"} b;
}`;
}

function argProgram(max: boolean, t: string, layout: "row" | "col") {
  const name = max ? "argMax" : "argMin";
  return program(`${name}_${t}_${layout}`, () => {
    const head = `${PARAMS}
${HELPERS}
${takeFn(t, max)}
@group(0) @binding(1) var<storage, read> X: array<${t}>;
@group(0) @binding(2) var<storage, read_write> O: array<i32>;`;
    if (layout === "col") {
      return `${head}
// One invocation per (outer, column): the r rows in order.
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.y * p.strideX + gid.x;
  if (t >= p.outer * p.inner) { return; }
  let c = t % p.inner;
  let o = t / p.inner;
  var idx = o * p.r * p.inner + c;
  var b = X[idx];
  var bi = 0u;
  for (var j = 1u; j < p.r; j++) {
    idx += p.inner;
    let v = X[idx];
    if (take(v, j, b, bi)) { b = v; bi = j; }
  }
  O[t] = i32(bi);
}`;
    }
    return `${head}
var<workgroup> sv: array<${t}, ${WG}>;
var<workgroup> si: array<u32, ${WG}>;
// One workgroup per row: strided (value, index) partials, then a tree.
@compute @workgroup_size(${WG}) fn main(
  @builtin(workgroup_id) wid: vec3<u32>,
  @builtin(num_workgroups) nwg: vec3<u32>,
  @builtin(local_invocation_index) lid: u32,
) {
  let o = wid.y * nwg.x + wid.x;
  if (o >= p.outer) { return; }
  var b = X[o * p.r];
  var bi = NONE;
  for (var j = lid; j < p.r; j += ${WG}u) {
    let v = X[o * p.r + j];
    if (take(v, j, b, bi)) { b = v; bi = j; }
  }
  sv[lid] = b;
  si[lid] = bi;
  workgroupBarrier();
  for (var s = ${WG / 2}u; s > 0u; s >>= 1u) {
    if (lid < s && take(sv[lid + s], si[lid + s], sv[lid], si[lid])) {
      sv[lid] = sv[lid + s];
      si[lid] = si[lid + s];
    }
    workgroupBarrier();
  }
  if (lid == 0u) { O[o] = i32(si[0]); }
}`;
  });
}

/** What the one-axis kernels need of an op's attributes. */
export interface AxisPlan {
  outer: number;
  r: number;
  inner: number;
}

/** The WebGPU kernel of argMax (max) or argMin: int32 indices along the axis. */
export function argWgsl(max: boolean) {
  return (c: GpuCall<AxisPlan>): void => {
    const { outer, r, inner } = c.attrs;
    const t = wgslType(c.ins[0].dtype);
    if (inner === 1 && r > 16) {
      dispatch(
        argProgram(max, t, "row"),
        [c.bin[0], c.bout[0]],
        [outer, r, 1, 0, 0, 0, 0, 0],
        groupGrid(outer),
      );
    } else {
      const g = grid(outer * inner);
      dispatch(
        argProgram(max, t, "col"),
        [c.bin[0], c.bout[0]],
        [outer, r, inner, 0, 0, g.strideX, 0, 0],
        g.groups,
      );
    }
  };
}

// ---------------------------------------------------------------- cumsum

function cumsumProgram(t: string) {
  return program(`cumsum_${t}`, () =>
    `${PARAMS}
@group(0) @binding(1) var<storage, read> X: array<${t}>;
@group(0) @binding(2) var<storage, read_write> O: array<${t}>;
// One invocation per (outer, column): a sequential scan along r, in the
// wasm kernel's order (so float sums round identically); p.chunk holds
// exclusive, p.nchunks reverse.
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.y * p.strideX + gid.x;
  if (t >= p.outer * p.inner) { return; }
  let c = t % p.inner;
  let o = t / p.inner;
  var acc: ${t} = ${t}(0);
  for (var k = 0u; k < p.r; k++) {
    let j = select(k, p.r - 1u - k, p.nchunks != 0u);
    let idx = (o * p.r + j) * p.inner + c;
    let v = X[idx];
    if (p.chunk != 0u) {
      O[idx] = acc;
      acc = acc + v;
    } else {
      acc = acc + v;
      O[idx] = acc;
    }
  }
}`);
}

/** The WebGPU kernel of cumsum. */
export function cumsumWgsl(c: GpuCall<AxisPlan & { exclusive: boolean; reverse: boolean }>): void {
  const { outer, r, inner, exclusive, reverse } = c.attrs;
  const g = grid(outer * inner);
  dispatch(
    cumsumProgram(wgslType(c.ins[0].dtype)),
    [c.bin[0], c.bout[0]],
    [outer, r, inner, exclusive ? 1 : 0, reverse ? 1 : 0, g.strideX, 0, 0],
    g.groups,
  );
}

// ---------------------------------------------------------------- softmax

function softmaxProgram(isLog: boolean, layout: "row" | "col") {
  return program(`${isLog ? "logSoftmax" : "softmax"}_f32_${layout}`, () => {
    // a max that is NaN or infinite makes the row NaN (x - max is NaN there on
    // wasm); tested on the bits, as the compiler may assume no NaN
    const write = `select(${isLog ? "rounded(x - m) - ls" : "exp_neg(x - m) * rs"}, nan, bad)`;
    const prep = isLog ? "let ls = log_f32(s);" : "let rs = 1.0 / s;";
    const head = `${PARAMS}
${HELPERS}
@group(0) @binding(1) var<storage, read> X: array<f32>;
@group(0) @binding(2) var<storage, read_write> O: array<f32>;`;
    if (layout === "col") {
      return `${head}
// One invocation per (outer, column): the max, the sum of exp(x - max) (in
// blocks of 32 rows, to keep the sum's error small), then the outputs.
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let t = gid.y * p.strideX + gid.x;
  if (t >= p.outer * p.inner) { return; }
  let c = t % p.inner;
  let o = t / p.inner;
  let base = o * p.r * p.inner + c;
  var m = X[base];
  for (var j = 1u; j < p.r; j++) { m = max_nan(m, X[base + j * p.inner]); }
  var s = 0.0;
  var blk = 0.0;
  for (var j = 0u; j < p.r; j++) {
    blk += exp_neg(X[base + j * p.inner] - m);
    if ((j & 31u) == 31u) { s += blk; blk = 0.0; }
  }
  s += blk;
  ${prep}
  let bad = nonfinite(m);
  let nan = bitcast<f32>(0x7fc00000u);
  for (var j = 0u; j < p.r; j++) {
    let x = X[base + j * p.inner];
    O[base + j * p.inner] = ${write};
  }
}`;
    }
    return `${head}
var<workgroup> sh: array<f32, ${WG}>;
// One workgroup per row: the max by a tree, the sum of exp(x - max) by a
// tree, then every invocation writes its strided elements.
@compute @workgroup_size(${WG}) fn main(
  @builtin(workgroup_id) wid: vec3<u32>,
  @builtin(num_workgroups) nwg: vec3<u32>,
  @builtin(local_invocation_index) lid: u32,
) {
  let o = wid.y * nwg.x + wid.x;
  if (o >= p.outer) { return; }
  let base = o * p.r;
  var a = -${F32_INF};
  for (var j = lid; j < p.r; j += ${WG}u) { a = max_nan(a, X[base + j]); }
  sh[lid] = a;
  workgroupBarrier();
  for (var s = ${WG / 2}u; s > 0u; s >>= 1u) {
    if (lid < s) { sh[lid] = max_nan(sh[lid], sh[lid + s]); }
    workgroupBarrier();
  }
  let m = sh[0];
  workgroupBarrier();
  var e = 0.0;
  for (var j = lid; j < p.r; j += ${WG}u) { e += exp_neg(X[base + j] - m); }
  sh[lid] = e;
  workgroupBarrier();
  for (var s = ${WG / 2}u; s > 0u; s >>= 1u) {
    if (lid < s) { sh[lid] = sh[lid] + sh[lid + s]; }
    workgroupBarrier();
  }
  let s = sh[0];
  ${prep}
  let bad = nonfinite(m);
  let nan = bitcast<f32>(0x7fc00000u);
  for (var j = lid; j < p.r; j += ${WG}u) {
    let x = X[base + j];
    O[base + j] = ${write};
  }
}`;
  });
}

/** The WebGPU kernel of softmax (or logSoftmax), fused: one dispatch. */
export function softmaxWgsl(isLog: boolean) {
  return (c: GpuCall<AxisPlan>): void => {
    const { outer, r, inner } = c.attrs;
    if (inner === 1 && r > 16) {
      dispatch(
        softmaxProgram(isLog, "row"),
        [c.bin[0], c.bout[0]],
        [outer, r, 1, 0, 0, 0, 0, 0],
        groupGrid(outer),
      );
    } else {
      const g = grid(outer * inner);
      dispatch(
        softmaxProgram(isLog, "col"),
        [c.bin[0], c.bout[0]],
        [outer, r, inner, 0, 0, g.strideX, 0, 0],
        g.groups,
      );
    }
  };
}
