// Plain-JS references and helpers for the shape and indexing tests: index
// arithmetic on flat arrays, random data of each dtype, and a way to call an
// op's gradient function without a gradient tape (through the op hooks).

import * as tf from "../mod.ts";
import { hooks, type OpDef } from "../tape/op.ts";
import type { Tensor } from "../tape/tensor.ts";
import { numel } from "./_util.ts";

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

/** The elements of a tensor as a plain array. */
export function values(t: Tensor): number[] {
  return Array.from(t.dataSync());
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
 * inputs it gives no gradient (null) are skipped. Returns the gradients.
 */
export function checkLinearGrad(
  r: () => number,
  shapes: readonly (readonly number[])[],
  f: (...xs: Tensor[]) => Tensor | Tensor[],
  what: string,
  opName?: string,
): (Tensor | null)[] {
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
  const grads = rec.def.grad!({
    dy: dys[0],
    dys,
    ins: rec.ins,
    out: rec.outs[0],
    outs: rec.outs,
    attrs: rec.attrs,
  });
  if (grads.length !== rec.ins.length) {
    throw new Error(`${what}: ${grads.length} gradients for ${rec.ins.length} inputs`);
  }
  let lhs = 0, rhs = 0, scale = 0;
  let used = 0;
  grads.forEach((g, j) => {
    const u = us.find((t) => t === rec.ins[j]);
    if (g === null || u === undefined) return;
    used++;
    if (JSON.stringify(g.shape) !== JSON.stringify(u.shape)) {
      throw new Error(`${what}: gradient ${j} has shape ${g.shape}, input ${u.shape}`);
    }
    const gu = u.dataSync(), gg = g.dataSync();
    for (let i = 0; i < gu.length; i++) {
      lhs += gu[i] * gg[i];
      scale += Math.abs(gu[i] * gg[i]);
    }
  });
  if (used === 0) throw new Error(`${what}: no gradient for the checked inputs`);
  for (let j = 0; j < outs.length; j++) {
    const y = outs[j].dataSync(), v = dys[j].dataSync();
    for (let i = 0; i < y.length; i++) {
      rhs += y[i] * v[i];
      scale += Math.abs(y[i] * v[i]);
    }
  }
  if (!(Math.abs(lhs - rhs) <= 1e-5 * (scale + 1))) {
    throw new Error(`${what}: <u, J^T v> = ${lhs} but <J u, v> = ${rhs}`);
  }
  return grads;
}

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
  const got = t.dataSync();
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
