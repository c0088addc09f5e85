// Shared kernels-side helpers for elementwise ops: broadcasting descriptors.

import { collapseBroadcast, shapesEqual } from "../_shape.ts";
import type { Tensor } from "../tensor.ts";
import { scratch, view } from "../../asm/heap.ts";
import { tempBytes } from "../../asm/backend.ts";
import { parallelFor, threadsFor } from "../../asm/threads.ts";
import type { Kernels } from "../../asm/kernels.generated.ts";

/**
 * How a binary kernel walks a broadcast: a single row (`desc` < 0, with inner
 * strides `sa`, `sb` of 0 or 1) or an n-d descriptor at `desc` in the scratch
 * region (layout in asm/src/binary.ts).
 */
export interface Walk {
  desc: number;
  sa: number;
  sb: number;
  n: number;
  /** The collapsed dims and the inputs' strides when `desc` >= 0. */
  dims: readonly number[];
  strides: readonly (readonly number[])[];
}

const walk: Walk = { desc: -1, sa: 1, sb: 1, n: 0, dims: [], strides: [] };

/** The walk of `out = f(a, b)`; valid until the next call. */
export function binaryWalk(a: Tensor, b: Tensor, out: Tensor): Walk {
  walk.n = out.size;
  if (shapesEqual(a.shape, b.shape)) {
    walk.desc = -1;
    walk.sa = walk.sb = 1;
  } else if (b.size === 1) {
    walk.desc = -1;
    walk.sa = 1;
    walk.sb = 0;
  } else if (a.size === 1) {
    walk.desc = -1;
    walk.sa = 0;
    walk.sb = 1;
  } else {
    const { dims, strides } = collapseBroadcast(out.shape, [a.shape, b.shape]);
    if (dims.length === 1) {
      walk.desc = -1;
      walk.sa = strides[0][0];
      walk.sb = strides[1][0];
    } else {
      walk.desc = writeDesc(dims, strides);
      walk.dims = dims;
      walk.strides = strides;
    }
  }
  return walk;
}

// ---------------------------------------------------------------- threads

/**
 * The least elements per thread of a cheap elementwise op (add, mul, relu,
 * ...: a few instructions per element, bound by memory) split across
 * threads. Measured (bench/threads_bench.ts, 2026-11-27: add, time per call
 * on 1 thread vs the critical path on 2, i.e. with a core per thread): 32K
 * and 64K floats 0.96-1.03×, 128K 0.71×, 256K 0.88×, 1M 1.27×, 4M 1.56×.
 * The hand-over (~10-20 µs on this shared machine, spinning included) must
 * be small beside each thread's share: 256K floats per thread.
 */
export const ELEMENTWISE_SPLIT = 1 << 18;
/**
 * The same for transcendental ops (exp, log, tanh, sigmoid, gelu, pow, ...:
 * 20-60 instructions per element, bound by compute). Measured as above (exp):
 * 16K elements 0.70×, 32K 1.05×, 64K 1.51×, 128K 1.64×, 256K 1.76×: 16K per
 * thread.
 */
export const TRANSCENDENTAL_SPLIT = 1 << 14;
/** Elements per unit of a split: a range starts on a 64-byte boundary of its arrays. */
export const UNIT = 16;

/**
 * Runs a row kernel over `n` elements split across threads in units of 16
 * elements, each range starting `start` elements in: `args(start, count)`
 * gives the call's arguments. Below 2 × `split` elements it is one direct
 * call (no closure is made on the hot path of small ops: callers test first).
 */
export function splitRows(
  name: keyof Kernels,
  n: number,
  split: number,
  args: (start: number, count: number) => number[],
): void {
  parallelFor(name, Math.ceil(n / UNIT), Math.ceil(split / UNIT), (u0, u1) => {
    const s0 = u0 * UNIT;
    return args(s0, Math.min(n, u1 * UNIT) - s0);
  });
}

/**
 * A binary n-d kernel (binary_*_nd: desc layout in asm/src/binary.ts) split
 * across threads by ranges of the outermost collapsed dimension, each range
 * with its own descriptor (the kernel keeps its odometer there).
 */
export function splitNd(
  name: keyof Kernels,
  code: number,
  a: number,
  b: number,
  o: number,
  w: Walk,
  split: number,
): boolean {
  const dims = w.dims, st = w.strides, rank = dims.length;
  const inner = w.n / dims[0];
  const grain = Math.ceil(split / inner);
  const t = threadsFor(dims[0], grain);
  if (t <= 1) return false;
  const words = 1 + 4 * rank;
  const descs = tempBytes(name, 4 * words * t);
  const sa0 = st[0][0], sb0 = st[1][0];
  parallelFor(name, dims[0], grain, (o0, o1, th) => {
    const p = descs + 4 * words * th, i32 = view.i32;
    let q = p >> 2;
    i32[q++] = rank;
    i32[q++] = o1 - o0;
    for (let d = 1; d < rank; d++) i32[q++] = dims[d];
    for (const s of st) for (const v of s) i32[q++] = v;
    return [code, a + 4 * o0 * sa0, b + 4 * o0 * sb0, o + 4 * o0 * inner, p];
  }, t);
  return true;
}

/** Writes [rank, dims, strides per input, odometer scratch] into scratch memory. */
export function writeDesc(
  dims: readonly number[],
  strides: readonly (readonly number[])[],
): number {
  const rank = dims.length;
  const p = scratch(4 * (1 + rank * (strides.length + 2)));
  if (p < 0) throw new RangeError("broadcast descriptor: scratch region is full");
  const i32 = view.i32;
  let q = p >> 2;
  i32[q++] = rank;
  for (const d of dims) i32[q++] = d;
  for (const s of strides) for (const v of s) i32[q++] = v;
  return p;
}

/**
 * How a three-input kernel (where, clipByValue) walks a broadcast: a single
 * row (`desc` < 0, with inner strides `s0`, `s1`, `s2` of 0 or 1) or an n-d
 * descriptor at `desc` with three stride vectors (layout in asm/src/compare.ts).
 */
export interface Walk3 {
  desc: number;
  s0: number;
  s1: number;
  s2: number;
  n: number;
}

const walk3: Walk3 = { desc: -1, s0: 1, s1: 1, s2: 1, n: 0 };

/** The walk of `out = f(x0, x1, x2)`; valid until the next call. */
export function ternaryWalk(x0: Tensor, x1: Tensor, x2: Tensor, out: Tensor): Walk3 {
  const n = out.size;
  walk3.n = n;
  // An input with as many elements as the output differs from it only by
  // size-1 axes, so it is contiguous; a one-element input is a scalar.
  if (
    (x0.size === n || x0.size === 1) && (x1.size === n || x1.size === 1) &&
    (x2.size === n || x2.size === 1)
  ) {
    walk3.desc = -1;
    walk3.s0 = x0.size === n ? 1 : 0;
    walk3.s1 = x1.size === n ? 1 : 0;
    walk3.s2 = x2.size === n ? 1 : 0;
    return walk3;
  }
  const { dims, strides } = collapseBroadcast(out.shape, [x0.shape, x1.shape, x2.shape]);
  if (dims.length === 1) {
    walk3.desc = -1;
    walk3.s0 = strides[0][0];
    walk3.s1 = strides[1][0];
    walk3.s2 = strides[2][0];
  } else {
    walk3.desc = writeDesc(dims, strides);
  }
  return walk3;
}
