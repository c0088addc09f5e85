// Helpers of the shape and indexing ops. The JS side of the strided-copy
// kernel (asm/src/shape.ts `copy_nd`): orders and collapses the axes of a
// copy, writes its descriptor and calls the kernel; only kernels call it
// (inside a kernel call: the descriptor lives in the scratch region, which is
// reset at the next call). And the reading, checking and formatting of
// integer arguments and indices.

import { gpuOnly, k } from "../../asm/backend.ts";
import { scratch, view } from "../../asm/heap.ts";
import { writeDesc } from "./_elementwise.ts";
import type { Tensor } from "../tensor.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import { fmtShape } from "../_shape.ts";

/**
 * Copies an n-d block: for every index i < dims, with element strides `ss`
 * (source) and `ds` (destination), `dst[dOff + Σ i·ds] = src[sOff + Σ i·ss]`.
 * `src` and `dst` are byte offsets; `sOff` and `dOff` are in elements.
 */
export function stridedCopy(
  esize: number,
  src: number,
  sOff: number,
  dst: number,
  dOff: number,
  dims: readonly number[],
  ss: readonly number[],
  ds: readonly number[],
): void {
  // Keep the axes of extent > 1, ordered by destination stride (outermost
  // first, so that writes stream); stable, so contiguous outputs keep theirs.
  const axes: number[] = [];
  for (let i = 0; i < dims.length; i++) {
    if (dims[i] === 0) return;
    if (dims[i] !== 1) axes.push(i);
  }
  axes.sort((a, b) => Math.abs(ds[b]) - Math.abs(ds[a]));
  const d: number[] = [];
  const s: number[] = [];
  const t: number[] = [];
  for (const a of axes) {
    const m = d.length - 1;
    // Merge with the previous axis when stepping it equals a full sweep of this one.
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
  const r = d.length;
  if (r === 0) {
    d.push(1);
    s.push(0);
    t.push(0);
  } else if (r >= 2 && t[r - 1] === 1 && s[r - 1] !== 1 && s[r - 2] !== 1) {
    // A transpose: bring the source-contiguous axis next to the innermost one,
    // where the kernel transposes the pair in SIMD tiles.
    const q = s.indexOf(1);
    if (q >= 0) {
      for (const arr of [d, s, t]) {
        const v = arr[q];
        arr.splice(q, 1);
        arr.splice(r - 2, 0, v);
      }
    }
  }
  const desc = writeDesc(d, [s, t]);
  const buf = r >= 2 && t[r - 1] === 1 && s[r - 1] !== 1 ? scratch(1024) : 0;
  if (buf < 0) throw new RangeError("transpose buffer: scratch region is full");
  k.copy_nd(esize, src + sOff * esize, dst + dOff * esize, desc, buf);
}

/**
 * The position of the first of `t`'s elements j, j + stride, j + 2 stride, ...
 * outside [0, bound) (negatives allowed when asked), or -1: a SIMD scan for
 * resident tensors, a loop over the JS array of small ones.
 */
export function findBadIndex(
  op: string,
  t: Tensor,
  j: number,
  stride: number,
  bound: number,
  allowNegative = false,
): number {
  const s = t.storage;
  const n = Math.ceil((s.length - j) / stride);
  if (n <= 0) return -1;
  if (s.host !== null) {
    const v = s.host;
    for (let i = j; i < s.length; i += stride) {
      const e = v[i];
      if (allowNegative ? e >= bound : (e >>> 0) >= bound) return i;
    }
    return -1;
  }
  if (s.ptr < 0) throw gpuOnly(op, s);
  const i = k.index_check(s.ptr + 4 * j, n, stride, bound, allowNegative ? 1 : 0);
  return i < 0 ? -1 : i + j;
}

/**
 * The elements of an int32 tensor (indices), read in place: the JS array of a
 * small tensor, or a view of a resident one's wasm memory, valid until the
 * memory grows (so: read it before running any op). A tensor living only on
 * the GPU cannot be read here: the error says to `await t.data()` first, as
 * every CPU op's does.
 */
export function readInts(op: string, t: Tensor): ArrayLike<number> {
  const s = t.storage;
  if (s.host !== null) return s.host;
  if (s.ptr < 0) throw gpuOnly(op, s);
  return view.i32.subarray(s.ptr >> 2, (s.ptr >> 2) + s.length);
}

/** Checks an integer-list argument (perm, multiples, begin...) and returns a copy. */
export function intList(
  op: string,
  what: string,
  v: unknown,
  length: number,
  shape?: readonly number[],
): number[] {
  const list = typeof v === "number" ? [v] : v;
  if (
    !Array.isArray(list) || list.length !== length ||
    !list.every((e) => typeof e === "number" && Number.isInteger(e))
  ) {
    throw new RangeError(
      `${op}: ${what} must be a list of ${length} integer${length === 1 ? "" : "s"}` +
        (shape ? ` (one per dimension of shape ${fmtShape(shape)})` : "") +
        `, got ${Array.isArray(v) ? `[${v.join(", ")}]` : String(v)}`,
    );
  }
  return list.slice();
}

/** Writes a list of i32 into the scratch region of the current kernel call; returns its offset. */
export function writeInts(list: readonly number[]): number {
  const p = scratch(4 * Math.max(list.length, 1));
  if (p < 0) throw new RangeError("index descriptor: scratch region is full");
  view.i32.set(list, p >> 2);
  return p;
}

/** The multi-index of the element at row-major position `flat` of `shape`. */
export function unravel(shape: readonly number[], flat: number): number[] {
  const idx = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    idx[d] = shape[d] === 0 ? 0 : flat % shape[d];
    flat = Math.floor(flat / (shape[d] || 1));
  }
  return idx;
}

/** TensorFlow's form of a position in a tensor: `[1,2]`. */
export function fmtIndex(shape: readonly number[], flat: number): string {
  return `[${unravel(shape, flat).join(",")}]`;
}

/** Converts an indices argument: int32 tensors, or plain integers. */
export function toIndices(op: string, what: string, x: TensorLike): Tensor {
  const t = toTensor(op, x, "int32");
  if (t.dtype !== "int32") {
    throw new TypeError(
      `${op}: ${what} must be int32, got a ${t.dtype} tensor of shape ${fmtShape(t.shape)}; ` +
        `tf.cast it to int32`,
    );
  }
  return t;
}
