// Plain-JS references and helpers for the shape and indexing tests: index
// arithmetic on flat arrays, random data of each dtype, and a way to call an
// op's gradient function without a gradient tape (through the op hooks).
//
// The tests run on wasm and on WebGPU, where every readback waits (~11 ms on
// Deno): the value checks here (assertValues, assertArray, assertCloseData)
// only schedule a read; `settle()`, at the end of each test, reads every
// scheduled tensor at once and runs the checks in order.

import * as tf from "../mod.ts";
import { hooks, type OpDef } from "../tape/op.ts";
import type { Tensor } from "../tape/tensor.ts";
import { policy } from "../tape/dispatch.ts";
import { assertClose, numel, type Tol } from "./_util.ts";
import { deepStrictEqual } from "node:assert/strict";

let pending: Promise<() => void>[] = [];

/** Reads every tensor the checks scheduled, then runs the checks in order. */
export async function settle(): Promise<void> {
  const p = pending;
  pending = [];
  for (const check of await Promise.all(p)) check();
}

/** Schedules a check of `t`'s elements (read back by `settle`). */
export function later(t: Tensor, check: (got: tf.TypedArray) => void): void {
  pending.push(t.data().then((got) => () => check(got)));
}

/** Schedules deepStrictEqual of `t.array()` and `expected`. */
export function assertArray(t: Tensor, expected: unknown, label = ""): void {
  pending.push(t.array().then((got) => () => deepStrictEqual(got, expected, label)));
}

/** Schedules assertClose of `t`'s elements and `expected`. */
export function assertCloseData(
  t: Tensor,
  expected: ArrayLike<number>,
  tol: Tol,
  label = "",
): void {
  later(t, (got) => assertClose(got, expected, tol, label));
}

export const DTYPES = ["float32", "int32", "bool"] as const;

/** Row-major strides. */
export function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

/** Calls `f(index, flat)` for every index of `shape` in row-major order. */
export function forEachIndex(shape: readonly number[], f: (idx: number[], flat: number) => void) {
  const n = numel(shape);
  const idx = new Array<number>(shape.length).fill(0);
  for (let flat = 0; flat < n; flat++) {
    f(idx, flat);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
}

/** The flat offset of an index. */
export function offset(shape: readonly number[], idx: readonly number[]): number {
  let o = 0;
  for (let d = 0; d < shape.length; d++) o = o * shape[d] + idx[d];
  return o;
}

/** Random data of a dtype: floats in [-10, 10), ints in [-50, 50), booleans. */
export function randomData(r: () => number, dtype: tf.DType, n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    out[i] = dtype === "float32"
      ? Math.fround(20 * r() - 10)
      : dtype === "int32"
      ? Math.floor(100 * r()) - 50
      : (r() < 0.5 ? 1 : 0);
  }
  return out;
}

/** A tensor of `shape` and `dtype` holding `data`. */
export function tensorOf(data: number[], shape: readonly number[], dtype: tf.DType): Tensor {
  if (dtype === "bool") return tf.constant(Uint8Array.from(data), { shape, dtype });
  if (dtype === "int32") return tf.constant(Int32Array.from(data), { shape, dtype });
  return tf.constant(Float32Array.from(data), { shape, dtype });
}

/** A random tensor and its data. */
export function randomTensor(
  r: () => number,
  shape: readonly number[],
  dtype: tf.DType = "float32",
): { t: Tensor; data: number[] } {
  const data = randomData(r, dtype, numel(shape));
  return { t: tensorOf(data, shape, dtype), data };
}

/** The elements of a tensor as a plain array (read back on any backend). */
export async function values(t: Tensor): Promise<number[]> {
  return Array.from(await t.data());
}

/** Reference transpose. */
export function refTranspose(data: readonly number[], shape: readonly number[], perm: number[]) {
  const out = perm.map((p) => shape[p]);
  const st = strides(shape);
  const res: number[] = [];
  forEachIndex(out, (idx) => {
    let o = 0;
    for (let i = 0; i < perm.length; i++) o += idx[i] * st[perm[i]];
    res.push(data[o]);
  });
  return { data: res, shape: out };
}

interface Rec {
  def: OpDef<unknown>;
  ins: readonly Tensor[];
  outs: readonly Tensor[];
  attrs: unknown;
}

/** Runs `f` while recording the ops it calls (the hooks a gradient tape uses). */
export function recordOps<T>(f: () => T): { result: T; records: Rec[] } {
  const records: Rec[] = [];
  const saved = hooks.record;
  hooks.recording++;
  hooks.record =
    ((def: OpDef<unknown>, ins: readonly Tensor[], outs: readonly Tensor[], attrs: unknown) => {
      records.push({ def, ins, outs, attrs });
    }) as typeof hooks.record;
  try {
    return { result: f(), records };
  } finally {
    hooks.recording--;
    hooks.record = saved;
  }
}

/**
 * Checks the gradient of an op linear in its float inputs (every shape op is,
 * jointly in the inputs it differentiates): for random inputs u_j of the given
 * shapes and random cotangents v of the outputs, the vector-Jacobian products
 * g_j must satisfy sum_j <u_j, g_j> = sum <f(u), v>. `f` must call the op
 * (the last recorded op, or the one named `opName`) with the u_j as inputs;
 * inputs it gives no gradient (null) are skipped. Returns the gradients (null
 * when skipped on WebGPU, see `skipped`).
 */
export async function checkLinearGrad(
  r: () => number,
  shapes: readonly (readonly number[])[],
  f: (...xs: Tensor[]) => Tensor | Tensor[],
  what: string,
  opName?: string,
): Promise<(Tensor | null)[] | null> {
  const us = shapes.map((s) =>
    tf.constant(Float32Array.from({ length: numel(s) }, () => r() * 2 - 1), { shape: s })
  );
  const { result, records } = recordOps(() => f(...us));
  const rec = opName ? records.find((q) => q.def.name === opName) : records[records.length - 1];
  if (!rec) throw new Error(`${what}: no op was recorded`);
  const outs = Array.isArray(result) ? result : [result];
  const dys = outs.map((o) =>
    tf.constant(Float32Array.from({ length: o.size }, () => r() * 2 - 1), { shape: o.shape })
  );
  let grads: (Tensor | null)[];
  try {
    grads = rec.def.grad!({
      dy: dys[0],
      dys,
      ins: rec.ins,
      out: rec.outs[0],
      outs: rec.outs,
      attrs: rec.attrs,
      needs: rec.ins.map(() => true),
    });
  } catch (e) {
    // On WebGPU, a gradient written with ops of a family that has no WGSL
    // kernel yet (reductions) meets a GPU-only tensor on wasm: skipped (null).
    if (policy.forced === "webgpu" && String(e).includes("lives on the GPU")) {
      skipped.push(what);
      return null;
    }
    throw e;
  }
  if (grads.length !== rec.ins.length) {
    throw new Error(`${what}: ${grads.length} gradients for ${rec.ins.length} inputs`);
  }
  const pairs: [Tensor, Tensor][] = [];
  grads.forEach((g, j) => {
    const u = us.find((t) => t === rec.ins[j]);
    if (g === null || u === undefined) return;
    if (JSON.stringify(g.shape) !== JSON.stringify(u.shape)) {
      throw new Error(`${what}: gradient ${j} has shape ${g.shape}, input ${u.shape}`);
    }
    pairs.push([u, g]);
  });
  if (pairs.length === 0) throw new Error(`${what}: no gradient for the checked inputs`);
  for (let j = 0; j < outs.length; j++) pairs.push([outs[j], dys[j]]);
  const data = await Promise.all(pairs.map(([a, b]) => Promise.all([a.data(), b.data()])));
  let lhs = 0, rhs = 0, scale = 0;
  data.forEach(([a, b], k) => {
    let sum = 0;
    for (let i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
      scale += Math.abs(a[i] * b[i]);
    }
    if (k < data.length - outs.length) lhs += sum;
    else rhs += sum;
  });
  if (!(Math.abs(lhs - rhs) <= 1e-5 * (scale + 1))) {
    throw new Error(`${what}: <u, J^T v> = ${lhs} but <J u, v> = ${rhs}`);
  }
  return grads;
}

/** The checkLinearGrad cases skipped on WebGPU for want of kernels (see there). */
export const skipped: string[] = [];

/** Builds a reference output: `src(idx)` gives the source flat index, or -1 for `fill`. */
export function refMap(
  data: readonly number[],
  outShape: readonly number[],
  src: (idx: number[]) => number,
  fill = 0,
): number[] {
  const res: number[] = [];
  forEachIndex(outShape, (idx) => {
    const s = src(idx);
    res.push(s < 0 ? fill : data[s]);
  });
  return res;
}

/**
 * Python/NumPy slicing as the reference for stridedSlice: each spec entry
 * becomes a list of indices (slice.indices semantics), an integer (shrink),
 * a new axis, or an ellipsis; then the cartesian product is gathered.
 */
export function refStridedSlice(
  data: readonly number[],
  shape: readonly number[],
  begin: number[],
  end: number[],
  steps: number[],
  masks: { begin?: number; end?: number; ellipsis?: number; newAxis?: number; shrink?: number },
): { data: number[]; shape: number[] } {
  const bit = (m: number | undefined, i: number) => ((m ?? 0) >> i) & 1;
  type Entry = { kind: "range"; list: number[] } | { kind: "new" } | { kind: "index"; at: number };
  const entries: (Entry | "...")[] = [];
  let hasEllipsis = false;
  for (let i = 0; i < begin.length; i++) {
    if (bit(masks.ellipsis, i)) {
      if (!hasEllipsis) entries.push("...");
      hasEllipsis = true;
    } else if (bit(masks.newAxis, i)) entries.push({ kind: "new" });
    else entries.push({ kind: "index", at: i }); // resolved against its dimension below
  }
  if (!hasEllipsis) entries.push("...");
  const real = entries.filter((e) => e !== "..." && e.kind !== "new").length;
  const axisEntries: Entry[] = [];
  const outShape: number[] = [];
  let dim = 0;
  const perAxis: number[][] = [];
  for (const e of entries) {
    if (e === "...") {
      const count = shape.length - real;
      for (let j = 0; j < count; j++) {
        const n = shape[dim++];
        const list = Array.from({ length: n }, (_, q) => q);
        perAxis.push(list);
        outShape.push(n);
        axisEntries.push({ kind: "range", list });
      }
    } else if (e.kind === "new") {
      outShape.push(1);
    } else {
      const i = (e as { at: number }).at;
      const n = shape[dim++];
      if (bit(masks.shrink, i)) {
        const at = begin[i] < 0 ? begin[i] + n : begin[i];
        perAxis.push([at]);
      } else {
        const s = steps[i];
        let start: number, stop: number;
        if (s > 0) {
          start = bit(masks.begin, i)
            ? 0
            : Math.min(Math.max(begin[i] < 0 ? begin[i] + n : begin[i], 0), n);
          stop = bit(masks.end, i) ? n : Math.min(Math.max(end[i] < 0 ? end[i] + n : end[i], 0), n);
        } else {
          start = bit(masks.begin, i)
            ? n - 1
            : Math.min(Math.max(begin[i] < 0 ? begin[i] + n : begin[i], -1), n - 1);
          stop = bit(masks.end, i)
            ? -1
            : Math.min(Math.max(end[i] < 0 ? end[i] + n : end[i], -1), n - 1);
        }
        const list: number[] = [];
        for (let q = start; s > 0 ? q < stop : q > stop; q += s) list.push(q);
        perAxis.push(list);
        outShape.push(list.length);
      }
    }
  }
  const st = strides(shape);
  const takenShape = perAxis.map((l) => l.length);
  const res: number[] = [];
  forEachIndex(takenShape, (idx) => {
    let o = 0;
    for (let d = 0; d < idx.length; d++) o += perAxis[d][idx[d]] * st[d];
    res.push(data[o]);
  });
  return { data: res, shape: outShape };
}

/**
 * Asserts that a tensor holds exactly `expected` (NaN matches NaN), naming
 * the first differing position: cheap on large tensors, where a deep-equal
 * diff of the whole arrays would take minutes.
 */
export function assertValues(t: Tensor, expected: ArrayLike<number>, label = ""): void {
  later(t, (got) => valuesEqual(got, expected, label));
}

function valuesEqual(got: ArrayLike<number>, expected: ArrayLike<number>, label: string): void {
  if (got.length !== expected.length) {
    throw new Error(`${label}: ${got.length} elements, expected ${expected.length}`);
  }
  for (let i = 0; i < got.length; i++) {
    const a = got[i], e = expected[i];
    if (a !== e && !(Number.isNaN(a) && Number.isNaN(e))) {
      throw new Error(`${label}: element ${i} is ${a}, expected ${e}`);
    }
  }
}
