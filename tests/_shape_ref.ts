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
 * Checks the gradient of a one-op function linear in its input `x` (every
 * shape op is): for random u (input-shaped) and v (output-shaped), the
 * vector-Jacobian product must satisfy <u, J^T v> = <J u, v>, where J u is the
 * op applied to u. `f` must call exactly one recorded op whose first input is
 * `x`; `vs` gives the cotangents of every output (dys). Returns the gradient.
 */
export function checkLinearGrad(
  r: () => number,
  xShape: readonly number[],
  f: (x: Tensor) => Tensor | Tensor[],
  what: string,
  opName?: string,
): Tensor {
  const u = tf.constant(Float32Array.from({ length: numel(xShape) }, () => r() * 2 - 1), {
    shape: xShape,
  });
  const { result, records } = recordOps(() => f(u));
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
    needs: rec.ins.map(() => true),
  });
  const g = grads[0]!;
  if (JSON.stringify(g.shape) !== JSON.stringify(u.shape)) {
    throw new Error(`${what}: gradient shape ${g.shape} != input shape ${u.shape}`);
  }
  let lhs = 0, rhs = 0, scale = 0;
  const gu = u.dataSync(), gg = g.dataSync();
  for (let i = 0; i < gu.length; i++) {
    lhs += gu[i] * gg[i];
    scale += Math.abs(gu[i] * gg[i]);
  }
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
  return g;
}
