// WGSL kernels of the shape and indexing ops (tape/ops/shape.ts, concat.ts,
// slice.ts, gather.ts, indexing.ts). Elements move as raw 32-bit words
// whatever their dtype (bool is one u32 per element on the GPU), so one
// program serves every dtype.
//
// - `copy_nd`: the general strided copy, one thread per element: for every
//   index i < dims, dst[dOff + Σ i·ds] = src[sOff + Σ i·ss] (strides in
//   elements; negative for reverse, 0 for broadcast). Its descriptor (rank
//   <= 8 after collapsing, see `stridedCopyGpu`) sits in the uniform block.
//   It serves transpose, broadcastTo, tile, reverse, slice, stridedSlice,
//   concat, stack, unstack and split.
// - `transpose_tile`: the copies whose innermost destination axis is not the
//   source's innermost (a transpose of two axes, with up to 6 batch axes):
//   16x16 tiles through workgroup memory, so that both the reads and the
//   writes of a workgroup are contiguous runs.
// - `gather`, `gather_nd`: one thread per output element, reading its index.
// - `scatter_add`: one thread per update element, adding into the output with
//   atomics: atomicAdd for int32 (exact); for float32 a compare-and-swap loop
//   on the bits, so duplicate indices are summed in the order the GPU
//   schedules them (results may differ from the wasm order, which is the
//   updates' order, by rounding; the same holds for TensorFlow's GPU kernels).
// - `pad`: one thread per output element (constant, reflect, symmetric).
// - `one_hot`, `fill`.
// - `topk`: one thread per element of a row computes the element's rank (the
//   elements that come before it: larger, or equal with a lower index; NaN
//   is the largest) by a sweep of the row through workgroup memory, and
//   writes itself at that rank when it is below k. Exact, O(n²) per row.
//
// Index safety: the ops check their indices on the CPU before any kernel
// runs; the kernels still never read or write out of bounds (an index
// outside its range reads 0 / is skipped).

import type { GpuCall } from "../../tape/op.ts";
import type { Tensor } from "../../tape/tensor.ts";
import { sizeOf, stridesOf } from "../../tape/_shape.ts";
import { dispatch, type Params, program } from "../queue.ts";
import { grid } from "./elementwise.ts";

const MAX_RANK = 8;
const MAX_GROUPS = 65535;

/** Eight words of a descriptor array (zero-padded). */
function words8(v: readonly number[]): number[] {
  const out = new Array<number>(8).fill(0);
  for (let k = 0; k < v.length; k++) out[k] = v[k];
  return out;
}

const INDEX = "let i = gid.y * p.strideX + gid.x;";

// ---------------------------------------------------------------- strided copy

const COPY_ND = program(
  "copy_nd",
  () =>
    `struct P { n: u32, strideX: u32, rank: u32, sOff: u32, dOff: u32, q0: u32, q1: u32, q2: u32,
  dims: array<vec4<u32>, 2>, ss: array<vec4<i32>, 2>, ds: array<vec4<i32>, 2> };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read> S: array<u32>;
@group(0) @binding(2) var<storage, read_write> D: array<u32>;
@compute @workgroup_size(256) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${INDEX}
  if (i >= p.n) { return; }
  var rem = i;
  var si = i32(p.sOff);
  var di = i32(p.dOff);
  for (var k = i32(p.rank) - 1; k >= 0; k--) {
    let d = p.dims[k / 4][k % 4];
    let c = rem % d;
    rem = rem / d;
    si += i32(c) * p.ss[k / 4][k % 4];
    di += i32(c) * p.ds[k / 4][k % 4];
  }
  D[u32(di)] = S[u32(si)];
}`,
);

// Rows and columns are the source-contiguous axis q and the destination's
// innermost axis; the batch axes (rank - 2 of them) are the z extent.
const TRANSPOSE_TILE = program(
  "transpose_tile",
  () =>
    `struct P { rows: u32, cols: u32, rank: u32, sOff: u32, dOff: u32, sq: i32, sl: i32, dq: i32,
  dims: array<vec4<u32>, 2>, ss: array<vec4<i32>, 2>, ds: array<vec4<i32>, 2> };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read> S: array<u32>;
@group(0) @binding(2) var<storage, read_write> D: array<u32>;
var<workgroup> tile: array<array<u32, 17>, 16>;
@compute @workgroup_size(16, 16) fn main(
  @builtin(workgroup_id) wg: vec3<u32>,
  @builtin(local_invocation_id) lid: vec3<u32>,
) {
  var rem = wg.z;
  var sb = i32(p.sOff);
  var db = i32(p.dOff);
  for (var k = i32(p.rank) - 1; k >= 0; k--) {
    let d = p.dims[k / 4][k % 4];
    let c = rem % d;
    rem = rem / d;
    sb += i32(c) * p.ss[k / 4][k % 4];
    db += i32(c) * p.ds[k / 4][k % 4];
  }
  let q0 = wg.y * 16u;
  let l0 = wg.x * 16u;
  // read: consecutive threads, consecutive q (source-contiguous)
  let q = q0 + lid.x;
  let l = l0 + lid.y;
  if (q < p.rows && l < p.cols) { tile[lid.y][lid.x] = S[u32(sb + i32(q) * p.sq + i32(l) * p.sl)]; }
  workgroupBarrier();
  // write: consecutive threads, consecutive l (destination-contiguous)
  let l2 = l0 + lid.x;
  let q2 = q0 + lid.y;
  if (q2 < p.rows && l2 < p.cols) { D[u32(db + i32(q2) * p.dq + i32(l2))] = tile[lid.x][lid.y]; }
}`,
);

/**
 * Records a strided copy on the GPU: for every index i < dims,
 * `dst[dOff + Σ i·ds] = src[sOff + Σ i·ss]` (offsets and strides in
 * elements). Axes of extent 1 are dropped, and axes that step together are
 * merged (as tape/ops/_copy.ts does for wasm); a copy still above rank 8
 * runs as several dispatches.
 */
export function stridedCopyGpu(
  src: GPUBuffer,
  sOff: number,
  dst: GPUBuffer,
  dOff: number,
  dims: readonly number[],
  ss: readonly number[],
  ds: readonly number[],
): void {
  const axes: number[] = [];
  for (let i = 0; i < dims.length; i++) {
    if (dims[i] === 0) return;
    if (dims[i] !== 1) axes.push(i);
  }
  // outermost destination stride first (stable), so that threads write in order
  axes.sort((a, b) => Math.abs(ds[b]) - Math.abs(ds[a]));
  const d: number[] = [], s: number[] = [], t: number[] = [];
  for (const a of axes) {
    const m = d.length - 1;
    if (m >= 0 && s[m] === ss[a] * dims[a] && t[m] === ds[a] * dims[a]) {
      d[m] *= dims[a];
      s[m] = ss[a];
      t[m] = ds[a];
    } else {
      d.push(dims[a]);
      s.push(ss[a]);
      t.push(ds[a]);
    }
  }
  copyCollapsed(src, sOff, dst, dOff, d, s, t);
}

function copyCollapsed(
  src: GPUBuffer,
  sOff: number,
  dst: GPUBuffer,
  dOff: number,
  d: number[],
  s: number[],
  t: number[],
): void {
  if (d.length > MAX_RANK) {
    // peel the outermost axis
    for (let c = 0; c < d[0]; c++) {
      copyCollapsed(src, sOff + c * s[0], dst, dOff + c * t[0], d.slice(1), s.slice(1), t.slice(1));
    }
    return;
  }
  const r = d.length;
  if (r >= 2 && t[r - 1] === 1 && s[r - 1] !== 1) {
    const q = s.indexOf(1);
    if (q >= 0 && q !== r - 1) {
      const bd: number[] = [], bs: number[] = [], bt: number[] = [];
      for (let k = 0; k < r - 1; k++) {
        if (k === q) continue;
        bd.push(d[k]);
        bs.push(s[k]);
        bt.push(t[k]);
      }
      const batch = sizeOf(bd);
      const gx = Math.ceil(d[r - 1] / 16), gy = Math.ceil(d[q] / 16);
      if (batch <= MAX_GROUPS && gx <= MAX_GROUPS && gy <= MAX_GROUPS) {
        const params: Params = [
          d[q],
          d[r - 1],
          bd.length,
          sOff,
          dOff,
          s[q],
          s[r - 1],
          t[q],
          ...words8(bd),
          ...words8(bs),
          ...words8(bt),
        ];
        dispatch(TRANSPOSE_TILE, [src, dst], params, [gx, gy, batch]);
        return;
      }
    }
  }
  const n = r === 0 ? 1 : sizeOf(d);
  const g = grid(n);
  dispatch(
    COPY_ND,
    [src, dst],
    [n, g.strideX, r, sOff, dOff, 0, 0, 0, ...words8(d), ...words8(s), ...words8(t)],
    g.groups,
  );
}

/** Copies a [outer, inner] block between row-major layouts (rows sRow / dRow apart). */
function copyRows(
  src: GPUBuffer,
  sOff: number,
  sRow: number,
  dst: GPUBuffer,
  dOff: number,
  dRow: number,
  outer: number,
  inner: number,
): void {
  stridedCopyGpu(src, sOff, dst, dOff, [outer, inner], [sRow, 1], [dRow, 1]);
}

// ---------------------------------------------------------------- the copy ops

/** transpose: output axis i is input axis perm[i]. */
export function transposeGpu(c: GpuCall<{ perm: readonly number[] }>): void {
  const x = c.ins[0], o = c.outs[0];
  const xs = stridesOf(x.shape);
  const ss = c.attrs.perm.map((a) => xs[a]);
  stridedCopyGpu(c.bin[0], 0, c.bout[0], 0, o.shape, ss, stridesOf(o.shape));
}

/** broadcastTo: source stride 0 along the broadcast axes. */
export function broadcastToGpu(c: GpuCall<unknown>): void {
  const x = c.ins[0], o = c.outs[0];
  const lead = o.rank - x.rank;
  const xs = stridesOf(x.shape);
  const ss = o.shape.map((_, i) => (i < lead || x.shape[i - lead] === 1 ? 0 : xs[i - lead]));
  stridedCopyGpu(c.bin[0], 0, c.bout[0], 0, o.shape, ss, stridesOf(o.shape));
}

/** tile: output axis i split into (copy < multiples[i], element < x.shape[i]). */
export function tileGpu(c: GpuCall<{ multiples: readonly number[] }>): void {
  const x = c.ins[0], o = c.outs[0], m = c.attrs.multiples;
  const xs = stridesOf(x.shape), os = stridesOf(o.shape);
  const dims: number[] = [], ss: number[] = [], ds: number[] = [];
  for (let i = 0; i < x.rank; i++) {
    dims.push(m[i], x.shape[i]);
    ss.push(0, xs[i]);
    ds.push(x.shape[i] * os[i], os[i]);
  }
  stridedCopyGpu(c.bin[0], 0, c.bout[0], 0, dims, ss, ds);
}

/** reverse: negative source strides along the reversed axes. */
export function reverseGpu(c: GpuCall<{ axes: readonly number[] }>): void {
  const x = c.ins[0], axes = c.attrs.axes;
  const xs = stridesOf(x.shape);
  let off = 0;
  const ss = xs.map((s, i) => {
    if (!axes.includes(i)) return s;
    off += (x.shape[i] - 1) * s;
    return -s;
  });
  stridedCopyGpu(c.bin[0], off, c.bout[0], 0, x.shape, ss, xs);
}

/** slice and stridedSlice: the block from `begin` with per-axis steps. */
export function blockGpu(
  c: GpuCall<unknown>,
  begin: readonly number[],
  steps: readonly number[] | null,
  dims: readonly number[],
): void {
  const x = c.ins[0];
  const xs = stridesOf(x.shape);
  let off = 0;
  for (let i = 0; i < x.rank; i++) off += begin[i] * xs[i];
  const ss = steps === null ? xs : xs.map((s, i) => s * steps[i]);
  stridedCopyGpu(c.bin[0], off, c.bout[0], 0, dims, ss, stridesOf(dims));
}

/** concat: each input is a column block of the [outer, row] output. */
export function concatGpu(c: GpuCall<{ axis: number }>): void {
  const o = c.outs[0], a = c.attrs.axis;
  const outer = sizeOf(o.shape.slice(0, a));
  const row = sizeOf(o.shape.slice(a));
  let off = 0;
  for (let i = 0; i < c.ins.length; i++) {
    const inner = sizeOf(c.ins[i].shape.slice(a));
    copyRows(c.bin[i], 0, inner, c.bout[0], off, row, outer, inner);
    off += inner;
  }
}

/** stack: input i is slice i along the new axis. */
export function stackGpu(c: GpuCall<{ axis: number }>): void {
  const o = c.outs[0], a = c.attrs.axis, n = c.ins.length;
  const outer = sizeOf(o.shape.slice(0, a));
  const inner = sizeOf(o.shape.slice(a + 1));
  for (let i = 0; i < n; i++) {
    copyRows(c.bin[i], 0, inner, c.bout[0], i * inner, n * inner, outer, inner);
  }
}

/** unstack: output i is slice i along the axis. */
export function unstackGpu(c: GpuCall<{ axis: number }>): void {
  const x = c.ins[0], a = c.attrs.axis, n = x.shape[a];
  const outer = sizeOf(x.shape.slice(0, a));
  const inner = sizeOf(x.shape.slice(a + 1));
  for (let i = 0; i < n; i++) {
    copyRows(c.bin[0], i * inner, n * inner, c.bout[i], 0, inner, outer, inner);
  }
}

/** split: output i is a column block of the [outer, row] input. */
export function splitGpu(c: GpuCall<{ axis: number }>): void {
  const x = c.ins[0], a = c.attrs.axis;
  const outer = sizeOf(x.shape.slice(0, a));
  const row = sizeOf(x.shape.slice(a));
  let off = 0;
  for (let i = 0; i < c.outs.length; i++) {
    const inner = sizeOf(c.outs[i].shape.slice(a));
    copyRows(c.bin[0], off, row, c.bout[i], 0, inner, outer, inner);
    off += inner;
  }
}

// ---------------------------------------------------------------- pad

const PAD = program(
  "pad",
  () =>
    `struct P { n: u32, strideX: u32, rank: u32, mode: u32, value: u32, q0: u32, q1: u32, q2: u32,
  odims: array<vec4<u32>, 2>, before: array<vec4<u32>, 2>, xdims: array<vec4<u32>, 2>,
  xstrides: array<vec4<u32>, 2> };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read> X: array<u32>;
@group(0) @binding(2) var<storage, read_write> O: array<u32>;
@compute @workgroup_size(256) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${INDEX}
  if (i >= p.n) { return; }
  var rem = i;
  var src = 0u;
  var inside = true;
  for (var k = i32(p.rank) - 1; k >= 0; k--) {
    let c = i32(rem % p.odims[k / 4][k % 4]);
    rem = rem / p.odims[k / 4][k % 4];
    let n = i32(p.xdims[k / 4][k % 4]);
    var j = c - i32(p.before[k / 4][k % 4]);
    // mode 1: reflect (the edge is not repeated), 2: symmetric (it is)
    if (j < 0) {
      if (p.mode == 0u) { inside = false; }
      j = select(-j, -j - 1, p.mode == 2u);
    } else if (j >= n) {
      if (p.mode == 0u) { inside = false; }
      j = select(2 * n - 2 - j, 2 * n - 1 - j, p.mode == 2u);
    }
    src += u32(max(min(j, n - 1), 0)) * p.xstrides[k / 4][k % 4];
  }
  O[i] = select(p.value, X[src], inside);
}`,
);

/** pad: each output element reads its mirrored or interior source, or the constant. */
export function padGpu(
  c: GpuCall<{
    paddings: readonly (readonly [number, number])[];
    mode: "CONSTANT" | "REFLECT" | "SYMMETRIC";
    bits: number;
  }>,
): void {
  const x = c.ins[0], o = c.outs[0], { paddings, mode, bits } = c.attrs;
  if (x.rank > MAX_RANK) {
    throw new RangeError(
      `pad: the WebGPU kernel supports rank <= ${MAX_RANK}, got shape of rank ${x.rank}; ` +
        `run it in a tf.device("cpu", ...) scope`,
    );
  }
  const n = o.size;
  const g = grid(n);
  const m = mode === "CONSTANT" ? 0 : mode === "REFLECT" ? 1 : 2;
  dispatch(
    PAD,
    [c.bin[0], c.bout[0]],
    [
      n,
      g.strideX,
      x.rank,
      m,
      bits,
      0,
      0,
      0,
      ...words8(o.shape),
      ...words8(paddings.map(([b]) => b)),
      ...words8(x.shape),
      ...words8(stridesOf(x.shape)),
    ],
    g.groups,
  );
}

// ---------------------------------------------------------------- gather

const GATHER = program(
  "gather",
  () =>
    `struct P { n: u32, strideX: u32, B: u32, O: u32, N: u32, I: u32, R: u32, q0: u32 };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read> X: array<u32>;
@group(0) @binding(2) var<storage, read> IDX: array<i32>;
@group(0) @binding(3) var<storage, read_write> OUT: array<u32>;
@compute @workgroup_size(256) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${INDEX}
  if (i >= p.n) { return; }
  let r = i % p.R;
  var t = i / p.R;
  let ii = t % p.I;
  t = t / p.I;
  let o = t % p.O;
  let b = t / p.O;
  let j = IDX[b * p.I + ii];
  var v = 0u;
  if (j >= 0 && u32(j) < p.N) { v = X[((b * p.O + o) * p.N + u32(j)) * p.R + r]; }
  OUT[i] = v;
}`,
);

/** gather: out[b, o, i, r] = x[b, o, idx[b, i], r]. */
export function gatherGpu(c: GpuCall<{ axis: number; batchDims: number }>): void {
  const [x, idx] = c.ins, out = c.outs[0];
  const { axis, batchDims: b } = c.attrs;
  const B = sizeOf(x.shape.slice(0, b)), O = sizeOf(x.shape.slice(b, axis));
  const N = x.shape[axis], I = sizeOf(idx.shape.slice(b)), R = sizeOf(x.shape.slice(axis + 1));
  const g = grid(out.size);
  dispatch(
    GATHER,
    [c.bin[0], c.bin[1], c.bout[0]],
    [out.size, g.strideX, B, O, N, I, R, 0],
    g.groups,
  );
}

// Tuple offsets of gatherNd / scatter: Σ idx[j] strides[j], with dims[j] the
// bound of entry j; false when an entry is outside it.
const ND_HEAD = `struct P { n: u32, strideX: u32, M: u32, K: u32, R: u32, batchStride: u32, q0: u32,
  q1: u32, dims: array<vec4<u32>, 2>, strides: array<vec4<u32>, 2> };
@group(0) @binding(0) var<uniform> p: P;`;

const GATHER_ND = program("gather_nd", () =>
  `${ND_HEAD}
@group(0) @binding(1) var<storage, read> X: array<u32>;
@group(0) @binding(2) var<storage, read> IDX: array<i32>;
@group(0) @binding(3) var<storage, read_write> OUT: array<u32>;
@compute @workgroup_size(256) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${INDEX}
  if (i >= p.n) { return; }
  let r = i % p.R;
  let t = i / p.R;
  let m = t % p.M;
  let b = t / p.M;
  var off = b * p.batchStride;
  var ok = true;
  for (var j = 0u; j < p.K; j++) {
    let v = IDX[t * p.K + j];
    if (v < 0 || u32(v) >= p.dims[j / 4u][j % 4u]) { ok = false; }
    off += u32(max(v, 0)) * p.strides[j / 4u][j % 4u];
  }
  OUT[i] = select(0u, X[off + r], ok);
}`);

function ndParams(
  op: string,
  n: number,
  strideX: number,
  M: number,
  K: number,
  R: number,
  batchStride: number,
  dims: readonly number[],
  strides: readonly number[],
): Params {
  if (K > MAX_RANK) {
    throw new RangeError(
      `${op}: the WebGPU kernel supports index tuples of at most ${MAX_RANK} entries, got ${K}; ` +
        `run it in a tf.device("cpu", ...) scope`,
    );
  }
  return [n, strideX, M, K, R, batchStride, 0, 0, ...words8(dims), ...words8(strides)];
}

/** gatherNd: out[b, m, r] = x[b, idx[b, m, :], r]. */
export function gatherNdGpu(c: GpuCall<{ batchDims: number }>): void {
  const [x, idx] = c.ins, out = c.outs[0], b = c.attrs.batchDims;
  const K = idx.shape[idx.rank - 1];
  const B = sizeOf(x.shape.slice(0, b));
  const M = sizeOf(idx.shape.slice(b, -1)), R = sizeOf(x.shape.slice(b + K));
  const g = grid(out.size);
  const params = ndParams(
    "gatherNd",
    out.size,
    g.strideX,
    M,
    K,
    R,
    sizeOf(x.shape.slice(b)),
    x.shape.slice(b, b + K),
    stridesOf(x.shape).slice(b, b + K),
  );
  void B;
  dispatch(GATHER_ND, [c.bin[0], c.bin[1], c.bout[0]], params, g.groups);
}

// ---------------------------------------------------------------- scatter

const SCATTER = (float: boolean) =>
  program(`scatter_add_${float ? "f32" : "i32"}`, () =>
    `${ND_HEAD}
@group(0) @binding(1) var<storage, read> U: array<u32>;
@group(0) @binding(2) var<storage, read> IDX: array<i32>;
@group(0) @binding(3) var<storage, read_write> OUT: array<atomic<u32>>;
@compute @workgroup_size(256) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${INDEX}
  if (i >= p.n) { return; }
  let r = i % p.R;
  let m = i / p.R;
  var off = 0u;
  for (var j = 0u; j < p.K; j++) {
    let v = IDX[m * p.K + j];
    // negative entries drop the row (unsortedSegmentSum's negative ids)
    if (v < 0 || u32(v) >= p.dims[j / 4u][j % 4u]) { return; }
    off += u32(v) * p.strides[j / 4u][j % 4u];
  }
  let t = off + r;
  let u = U[i];
  ${
      float
        ? `var old = atomicLoad(&OUT[t]);
  loop {
    let res = atomicCompareExchangeWeak(&OUT[t], old, bitcast<u32>(bitcast<f32>(old) + bitcast<f32>(u)));
    if (res.exchanged) { break; }
    old = res.old_value;
  }`
        : `atomicAdd(&OUT[t], u);`
    }
}`);

const FILL = program("fill_u32", () =>
  `struct P { n: u32, strideX: u32, value: u32, q0: u32 };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read_write> O: array<u32>;
@compute @workgroup_size(256) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${INDEX}
  if (i >= p.n) { return; }
  O[i] = p.value;
}`);

/** Fills `n` words of a buffer with `value` (a bit pattern). */
export function fillGpu(b: GPUBuffer, n: number, value: number): void {
  if (n === 0) return;
  const g = grid(n);
  dispatch(FILL, [b], [n, g.strideX, value, 0], g.groups);
}

/** Adds updates (M rows of R) into `out` at the tuples of `idx` (shape [M, K]). */
function scatterAdd(
  op: string,
  out: Tensor,
  outBuf: GPUBuffer,
  idx: Tensor,
  idxBuf: GPUBuffer,
  updBuf: GPUBuffer,
  M: number,
  K: number,
  R: number,
  dims: readonly number[],
  strides: readonly number[],
): void {
  const n = M * R;
  if (n === 0) return;
  void idx;
  const g = grid(n);
  dispatch(
    SCATTER(out.dtype === "float32"),
    [updBuf, idxBuf, outBuf],
    ndParams(op, n, g.strideX, M, K, R, 0, dims, strides),
    g.groups,
  );
}

function scatterInto(op: string, c: GpuCall<unknown>, idxAt: number, updAt: number): void {
  const o = c.outs[0], idx = c.ins[idxAt];
  const K = idx.shape[idx.rank - 1];
  const M = sizeOf(idx.shape.slice(0, -1)), R = sizeOf(o.shape.slice(K));
  scatterAdd(
    op,
    o,
    c.bout[0],
    idx,
    c.bin[idxAt],
    c.bin[updAt],
    M,
    K,
    R,
    o.shape.slice(0, K),
    stridesOf(o.shape).slice(0, K),
  );
}

/** scatterNd: zeros, then the updates added at their tuples. */
export function scatterNdGpu(c: GpuCall<unknown>): void {
  fillGpu(c.bout[0], c.outs[0].size, 0);
  scatterInto("scatterNd", c, 0, 1);
}

/** tensorScatterAdd: the tensor, then the updates added at their tuples. */
export function tensorScatterAddGpu(c: GpuCall<unknown>): void {
  const o = c.outs[0];
  stridedCopyGpu(c.bin[0], 0, c.bout[0], 0, [o.size], [1], [1]);
  scatterInto("tensorScatterAdd", c, 1, 2);
}

/** unsortedSegmentSum: zeros, then each row added at its segment (negative ids dropped). */
export function segmentSumGpu(c: GpuCall<{ numSegments: number }>): void {
  const [x, ids] = c.ins, o = c.outs[0];
  const R = sizeOf(x.shape.slice(ids.rank));
  fillGpu(c.bout[0], o.size, 0);
  scatterAdd(
    "unsortedSegmentSum",
    o,
    c.bout[0],
    ids,
    c.bin[1],
    c.bin[0],
    ids.size,
    1,
    R,
    [c.attrs.numSegments],
    [R],
  );
}

// ---------------------------------------------------------------- oneHot

const ONE_HOT = program(
  "one_hot",
  () =>
    `struct P { n: u32, strideX: u32, depth: u32, inner: u32, on: u32, off: u32, q0: u32, q1: u32 };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read> IDX: array<i32>;
@group(0) @binding(2) var<storage, read_write> O: array<u32>;
@compute @workgroup_size(256) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  ${INDEX}
  if (i >= p.n) { return; }
  let k = i % p.inner;
  let t = i / p.inner;
  let d = t % p.depth;
  let o = t / p.depth;
  O[i] = select(p.off, p.on, IDX[o * p.inner + k] == i32(d));
}`,
);

/** oneHot: out[o, d, i] = idx[o, i] == d ? on : off (bit patterns). */
export function oneHotGpu(
  c: GpuCall<{ axis: number; depth: number; on: number; off: number }>,
): void {
  const idx = c.ins[0], o = c.outs[0], { axis, depth, on, off } = c.attrs;
  const inner = sizeOf(idx.shape.slice(axis));
  const g = grid(o.size);
  dispatch(
    ONE_HOT,
    [c.bin[0], c.bout[0]],
    [o.size, g.strideX, depth, inner, on, off, 0, 0],
    g.groups,
  );
}

// ---------------------------------------------------------------- topk

const TOPK = (float: boolean) =>
  program(`topk_${float ? "f32" : "i32"}`, () =>
    `struct P { rows: u32, n: u32, k: u32, q0: u32 };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read> X: array<u32>;
@group(0) @binding(2) var<storage, read_write> V: array<u32>;
@group(0) @binding(3) var<storage, read_write> IND: array<i32>;
var<workgroup> sh: array<u32, 256>;
// whether a comes before b by value (NaN is the largest; compared on the bits)
fn gt(a: u32, b: u32) -> bool {
  ${
      float
        ? `let na = (a & 0x7fffffffu) > 0x7f800000u;
  let nb = (b & 0x7fffffffu) > 0x7f800000u;
  return (na && !nb) || (!na && !nb && bitcast<f32>(a) > bitcast<f32>(b));`
        : `return bitcast<i32>(a) > bitcast<i32>(b);`
    }
}
@compute @workgroup_size(256) fn main(
  @builtin(workgroup_id) wg: vec3<u32>,
  @builtin(local_invocation_id) lid: vec3<u32>,
) {
  let row = wg.y + wg.z * 65535u;
  if (row >= p.rows) { return; }
  let i = wg.x * 256u + lid.x;
  let base = row * p.n;
  var mine = 0u;
  if (i < p.n) { mine = X[base + i]; }
  var rank = 0u;
  for (var s = 0u; s < p.n; s += 256u) {
    if (s + lid.x < p.n) { sh[lid.x] = X[base + s + lid.x]; }
    workgroupBarrier();
    let cnt = min(256u, p.n - s);
    for (var t = 0u; t < cnt; t++) {
      let v = sh[t];
      // before: larger, or equal (neither larger) with a lower index
      if (gt(v, mine) || (!gt(mine, v) && s + t < i)) { rank++; }
    }
    workgroupBarrier();
  }
  if (i < p.n && rank < p.k) {
    V[row * p.k + rank] = mine;
    IND[row * p.k + rank] = i32(i);
  }
}`);

/** topk along the last axis: values and indices, sorted, ties by lower index. */
export function topkGpu(c: GpuCall<{ k: number }>): void {
  const x = c.ins[0], n = x.shape[x.rank - 1], k = c.attrs.k;
  if (k === 0 || n === 0) return;
  const rows = x.size / n;
  const gy = Math.min(rows, MAX_GROUPS), gz = Math.ceil(rows / MAX_GROUPS);
  dispatch(
    TOPK(x.dtype === "float32"),
    [c.bin[0], c.bout[0], c.bout[1]],
    [rows, n, k, 0],
    [Math.ceil(n / 256), gy, gz],
  );
}
