// Shared kernels-side helpers for elementwise ops: broadcasting descriptors.

import { collapseBroadcast, shapesEqual } from "../_shape.ts";
import type { Tensor } from "../tensor.ts";
import { scratch, view } from "../../asm/heap.ts";

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
}

const walk: Walk = { desc: -1, sa: 1, sb: 1, n: 0 };

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
    }
  }
  return walk;
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
