/**
 * Taking and padding blocks: slice, stridedSlice (Python's `x[a:b:s, ...,
 * None, i]` in all its forms) and pad (constant, reflect, symmetric). Each is
 * one strided copy (asm/src/shape.ts); their gradients are each other.
 *
 * @module
 */

import { fmtShape, stridesOf } from "../_shape.ts";
import { defineOp, observe, run } from "../op.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { BYTES_PER_ELEMENT } from "../dtype.ts";
import { intList, stridedCopy, writeInts } from "./_copy.ts";
import { reshape, reverse, viewAs } from "./shape.ts";
import { add } from "./arithmetic.ts";
import { zeros } from "./creation.ts";

// ---------------------------------------------------------------- slice

interface SliceAttrs {
  begin: readonly number[];
  size: readonly number[];
}

// Copies the block of x starting at `begin` with per-axis `steps` and the
// output's extents (the shared kernel of slice and stridedSlice).
function blockKernel(
  c: {
    ins: readonly Tensor[];
    outs: readonly Tensor[];
    pin: readonly number[];
    pout: readonly number[];
  },
  begin: readonly number[],
  steps: readonly number[] | null,
  dims: readonly number[],
): void {
  const x = c.ins[0];
  const xs = stridesOf(x.shape);
  let off = 0;
  for (let i = 0; i < x.rank; i++) off += begin[i] * xs[i];
  const ss = steps === null ? xs : xs.map((s, i) => s * steps[i]);
  stridedCopy(BYTES_PER_ELEMENT[x.dtype], c.pin[0], off, c.pout[0], 0, dims, ss, stridesOf(dims));
}

const sliceOp = defineOp<SliceAttrs>({
  name: "slice",
  wasm: (c) => blockKernel(c, c.attrs.begin, null, c.attrs.size),
  // the block goes back where it came from, zeros around it
  grad: ({ dy, ins: [x], attrs: { begin, size } }) => [
    pad(dy, begin.map((b, i) => [b, x.shape[i] - b - size[i]])),
  ],
});

/**
 * The block of `x` starting at `begin` with extents `size` (-1: to the end of
 * the axis). A number for begin or size applies to the first axis (the others
 * start at 0 and run to the end).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 2, 3], [4, 5, 6]]);
 * console.log(tf.slice(x, [0, 1], [2, 2]).arraySync()); // [[2, 3], [5, 6]]
 * console.log(tf.slice(x, [1, 0], [-1, 2]).arraySync()); // [[4, 5]]
 * ```
 */
export function slice(
  x: TensorLike,
  begin: number | readonly number[],
  size?: number | readonly number[],
): Tensor {
  const t = toTensor("slice", x);
  const r = t.rank;
  const pad0 = (v: number | readonly number[], fill: number) =>
    typeof v === "number" ? [v, ...new Array<number>(Math.max(r - 1, 0)).fill(fill)] : v;
  const b = intList("slice", "begin", pad0(begin, 0), r, t.shape);
  const s = intList(
    "slice",
    "size",
    size === undefined ? new Array(r).fill(-1) : pad0(size, -1),
    r,
    t.shape,
  );
  for (let i = 0; i < r; i++) {
    const n = t.shape[i];
    if (b[i] < 0 || b[i] > n) {
      throw new RangeError(
        `slice: begin[${i}] = ${b[i]} is not in [0, ${n}] for shape ${fmtShape(t.shape)}; ` +
          `begin must lie within the tensor`,
      );
    }
    if (s[i] === -1) s[i] = n - b[i];
    if (s[i] < 0 || b[i] + s[i] > n) {
      throw new RangeError(
        `slice: size[${i}] = ${s[i]} with begin[${i}] = ${b[i]} runs past dimension ${i} ` +
          `of shape ${fmtShape(t.shape)} (size ${n}); use a size in [0, ${n - b[i]}] or -1`,
      );
    }
  }
  if (s.every((d, i) => d === t.shape[i])) {
    const y = viewAs(t, t.shape);
    observe(sliceOp, [t], [y], { begin: b, size: s });
    return y;
  }
  return run(sliceOp, [t], { begin: b, size: s }, s, t.dtype);
}

// ---------------------------------------------------------------- stridedSlice

/** The dense form of a strided slice: per input axis, where it starts, its step and count. */
interface StridedAttrs {
  begin: readonly number[];
  strides: readonly number[];
  /** Elements taken along each input axis (shrunk axes count 1). */
  sizes: readonly number[];
}

/** TensorFlow's strided-slice rules (ellipsis, new axes, shrinking, masks, negatives). */
function denseSpec(
  shape: readonly number[],
  begin: readonly number[],
  end: readonly number[],
  strides: readonly number[],
  beginMask: number,
  endMask: number,
  ellipsisMask: number,
  newAxisMask: number,
  shrinkAxisMask: number,
): { attrs: StridedAttrs; outShape: number[] } {
  const op = "stridedSlice";
  const rank = shape.length;
  if ((ellipsisMask & (ellipsisMask - 1)) !== 0) {
    throw new RangeError(
      `${op}: ellipsisMask ${ellipsisMask} has several bits set; use one ellipsis`,
    );
  }
  let sparseDims = begin.length;
  let ellipsis = ellipsisMask;
  let seen = false, newAfter = 0;
  for (let i = 0; i < sparseDims; i++) {
    if (seen && (newAxisMask >> i) & 1) newAfter++;
    if ((ellipsisMask >> i) & 1) seen = true;
  }
  // no ellipsis: one is implied at the end
  if (!seen) ellipsis |= 1 << sparseDims++;
  const db = new Array<number>(rank).fill(0);
  const de = new Array<number>(rank).fill(0);
  const ds = new Array<number>(rank).fill(1);
  let dBegin = 0, dEnd = 0, dShrink = 0;
  // where each output axis comes from: an input axis, a new axis (-1), or none (-2: shrunk)
  const gather: number[] = [];
  let full = 0;
  for (let i = 0; i < sparseDims; i++) {
    if ((ellipsis >> i) & 1) {
      const next = Math.min(rank - (sparseDims - i) + 1 + newAfter, rank);
      for (; full < next; full++) {
        dBegin |= 1 << full;
        dEnd |= 1 << full;
        gather.push(full);
      }
    } else if ((newAxisMask >> i) & 1) {
      gather.push(-1);
    } else {
      if (full >= rank) {
        throw new RangeError(
          `${op}: the slice spec indexes more dimensions than shape ${fmtShape(shape)} has ` +
            `(index ${full}); give at most ${rank} indices besides new axes`,
        );
      }
      db[full] = begin[i];
      de[full] = end[i];
      ds[full] = strides[i];
      if ((beginMask >> i) & 1) dBegin |= 1 << full;
      if ((endMask >> i) & 1) dEnd |= 1 << full;
      if ((shrinkAxisMask >> i) & 1) {
        gather.push(-2);
        dShrink |= 1 << full;
      } else gather.push(full);
      full++;
    }
  }
  const outBegin: number[] = [], outSizes: number[] = [];
  for (let i = 0; i < rank; i++) {
    const n = shape[i], s = ds[i];
    if (s === 0) throw new RangeError(`${op}: strides[${i}] is 0; strides must be non-zero`);
    const shrink = (dShrink >> i) & 1;
    if (shrink && s <= 0) {
      throw new RangeError(
        `${op}: axis ${i} is shrunk (an index, not a range) with stride ${s}; only stride 1 ` +
          `is allowed there`,
      );
    }
    let b: number, e: number;
    if (shrink) {
      b = db[i] < 0 ? n + db[i] : db[i];
      if (b < 0 || b >= n) {
        throw new RangeError(
          `${op}: index ${db[i]} of dimension ${i} is out of bounds for shape ` +
            `${fmtShape(shape)}; use an index in [${-n}, ${n - 1}]`,
        );
      }
      e = b + 1;
    } else {
      const lo = s > 0 ? 0 : -1, hi = s > 0 ? n : n - 1;
      const canon = (x: number, masked: boolean, isEnd: boolean) => {
        if (masked) return (s > 0) === !isEnd ? lo : hi;
        const f = x < 0 ? n + x : x;
        return f < lo ? lo : f > hi ? hi : f;
      };
      b = canon(db[i], ((dBegin >> i) & 1) === 1, false);
      e = canon(de[i], ((dEnd >> i) & 1) === 1, true);
    }
    const len = e - b;
    const size = len === 0 || (len < 0) !== (s < 0)
      ? 0
      : Math.trunc(len / s) + (len % s !== 0 ? 1 : 0);
    outBegin.push(size === 0 ? 0 : b);
    outSizes.push(size);
  }
  const outShape: number[] = [];
  for (const g of gather) {
    if (g >= 0) outShape.push(outSizes[g]);
    else if (g === -1) outShape.push(1);
  }
  return { attrs: { begin: outBegin, strides: ds, sizes: outSizes }, outShape };
}

const stridedSliceOp = defineOp<StridedAttrs>({
  name: "stridedSlice",
  wasm: (c) => blockKernel(c, c.attrs.begin, c.attrs.strides, c.attrs.sizes),
  // the taken elements go back to their places, zeros elsewhere: per axis,
  // undo a negative step by reversing, spread a step s by padding each
  // element with s - 1 zeros, then pad to the input's extent
  grad: ({ dy, ins: [x], attrs: { begin, strides, sizes } }) => {
    if (sizes.some((m) => m === 0)) return [zeros(x.shape, dy.dtype)];
    let g = reshape(dy, sizes);
    const rev = sizes.map((_, i) => i).filter((i) => strides[i] < 0 && sizes[i] > 1);
    if (rev.length > 0) g = reverse(g, rev);
    const step = strides.map((s) => Math.abs(s));
    const lo = begin.map((b, i) => (strides[i] < 0 ? b + (sizes[i] - 1) * strides[i] : b));
    if (step.some((s, i) => s > 1 && sizes[i] > 1)) {
      const spread: number[] = [], pads: [number, number][] = [];
      sizes.forEach((m, i) => {
        spread.push(m, 1);
        pads.push([0, 0], [0, m > 1 ? step[i] - 1 : 0]);
      });
      g = pad(reshape(g, spread), pads);
      const long = sizes.map((m, i) => (m > 1 ? m * step[i] : m));
      g = reshape(g, long);
      const keep = long.map((l, i) => Math.min(l, x.shape[i] - lo[i]));
      if (keep.some((kk, i) => kk !== long[i])) g = slice(g, keep.map(() => 0), keep);
    }
    return [pad(g, lo.map((l, i) => [l, x.shape[i] - l - g.shape[i]]))];
  },
});

/**
 * Python slicing in TensorFlow's form: `x[begin:end:strides]` per axis, with
 * bit masks (bit i refers to entry i of begin/end/strides): `beginMask` /
 * `endMask` ignore begin / end (take from the start / to the end, in the
 * direction of the stride); `ellipsisMask` marks the entry that stands for
 * `...` (all remaining axes); `newAxisMask` inserts a size-1 axis
 * (`tf.newaxis`); `shrinkAxisMask` takes the single element `begin[i]` and
 * drops the axis. Negative indices count from the end; out-of-range bounds
 * are clamped, as in Python; strides may be negative. Default strides 1.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 2, 3], [4, 5, 6]]);
 * // x[:, ::-2]
 * console.log(tf.stridedSlice(x, [0, 0], [0, 0], [1, -2], 3, 3).arraySync()); // [[3, 1], [6, 4]]
 * // x[1, 1:]
 * console.log(tf.stridedSlice(x, [1, 1], [2, 3], [1, 1], 0, 0, 0, 0, 1).arraySync()); // [5, 6]
 * ```
 */
export function stridedSlice(
  x: TensorLike,
  begin: readonly number[],
  end: readonly number[],
  strides?: readonly number[],
  beginMask = 0,
  endMask = 0,
  ellipsisMask = 0,
  newAxisMask = 0,
  shrinkAxisMask = 0,
): Tensor {
  const t = toTensor("stridedSlice", x);
  if (!Array.isArray(begin)) {
    throw new RangeError(`stridedSlice: begin must be a list of integers, got ${String(begin)}`);
  }
  const n = begin.length;
  const b = intList("stridedSlice", "begin", begin, n);
  const e = intList("stridedSlice", "end (as long as begin)", end, n);
  const s = intList(
    "stridedSlice",
    "strides (as long as begin)",
    strides ?? new Array<number>(n).fill(1),
    n,
  );
  for (
    const [name, m] of Object.entries({
      beginMask,
      endMask,
      ellipsisMask,
      newAxisMask,
      shrinkAxisMask,
    })
  ) {
    if (!Number.isInteger(m) || m < 0) {
      throw new RangeError(
        `stridedSlice: ${name} must be a non-negative integer bit mask, got ${m}`,
      );
    }
  }
  const { attrs, outShape } = denseSpec(
    t.shape,
    b,
    e,
    s,
    beginMask,
    endMask,
    ellipsisMask,
    newAxisMask,
    shrinkAxisMask,
  );
  // the whole tensor in order (only axes added or dropped): a view
  if (attrs.sizes.every((m, i) => m === t.shape[i] && (attrs.strides[i] === 1 || m <= 1))) {
    const y = viewAs(t, outShape);
    observe(stridedSliceOp, [t], [y], attrs);
    return y;
  }
  return run(stridedSliceOp, [t], attrs, outShape, t.dtype);
}

// ---------------------------------------------------------------- pad

/** How pad fills the border: a constant, or a mirror of the edge (any letter case). */
export type PadMode =
  | "CONSTANT"
  | "REFLECT"
  | "SYMMETRIC"
  | "constant"
  | "reflect"
  | "symmetric";

interface PadAttrs {
  paddings: readonly (readonly [number, number])[];
  mode: "CONSTANT" | "REFLECT" | "SYMMETRIC";
  /** The constant's bit pattern for the fill kernel. */
  bits: number;
}

const f32bits = new Float32Array(1);
const i32bits = new Int32Array(f32bits.buffer);

const padOp = defineOp<PadAttrs>({
  name: "pad",
  wasm: (c) => {
    const x = c.ins[0], o = c.outs[0], { paddings, mode, bits } = c.attrs;
    const es = BYTES_PER_ELEMENT[x.dtype];
    const os = stridesOf(o.shape);
    const inner = paddings.map(([p]) => p);
    let off = 0;
    for (let i = 0; i < x.rank; i++) off += inner[i] * os[i];
    stridedCopy(es, c.pin[0], 0, c.pout[0], off, x.shape, stridesOf(x.shape), os);
    if (mode === "CONSTANT") {
      // Fill only the border, each element once: the slabs of axis d span
      // the interior along the axes before d and everything after it (a
      // copy from one element with source strides 0).
      const one = writeInts([bits]);
      const zero = os.map(() => 0);
      for (let d = 0; d < x.rank; d++) {
        const [p, q] = paddings[d];
        const dims = o.shape.map((e, i) => (i < d ? x.shape[i] : e));
        let base = 0;
        for (let i = 0; i < d; i++) base += inner[i] * os[i];
        if (p > 0) {
          dims[d] = p;
          stridedCopy(es, one, 0, c.pout[0], base, dims, zero, os);
        }
        if (q > 0) {
          dims[d] = q;
          stridedCopy(es, one, 0, c.pout[0], base + (p + x.shape[d]) * os[d], dims, zero, os);
        }
      }
      return;
    }
    // Mirror one axis at a time, from the output itself: axis d's border slabs
    // span the full output along the axes before d (already mirrored) and the
    // interior along the axes after it.
    const sym = mode === "SYMMETRIC" ? 1 : 0;
    for (let d = 0; d < x.rank; d++) {
      const [p, q] = paddings[d];
      const n = x.shape[d];
      const dims = o.shape.map((e, i) => (i < d ? e : x.shape[i]));
      let base = 0;
      for (let i = d + 1; i < x.rank; i++) base += inner[i] * os[i];
      const ss = os.map((s, i) => (i === d ? -s : s));
      if (p > 0) {
        // output j < p mirrors output 2p - j (reflect) or 2p - 1 - j (symmetric)
        dims[d] = p;
        stridedCopy(es, c.pout[0], base + (2 * p - sym) * os[d], c.pout[0], base, dims, ss, os);
      }
      if (q > 0) {
        // output p + n + u mirrors p + n - 2 - u (reflect) or p + n - 1 - u (symmetric)
        dims[d] = q;
        const src = base + (p + n - 2 + sym) * os[d];
        stridedCopy(es, c.pout[0], src, c.pout[0], base + (p + n) * os[d], dims, ss, os);
      }
    }
  },
  grad: ({ dy, ins: [x], attrs: { paddings, mode } }) => {
    const r = x.rank;
    if (mode === "CONSTANT") {
      // the interior is x; the border is constant
      return [slice(dy, paddings.map(([p]) => p), x.shape)];
    }
    // Fold each border back onto the interior elements it mirrors, axis by axis.
    let g = dy;
    const sym = mode === "SYMMETRIC" ? 1 : 0;
    for (let d = 0; d < r; d++) {
      const [p, q] = paddings[d];
      const n = x.shape[d];
      const part = (from: number, len: number) =>
        slice(
          g,
          g.shape.map((_, i) => (i === d ? from : 0)),
          g.shape.map((e, i) => (i === d ? len : e)),
        );
      const along = (before: number, after: number) =>
        g.shape.map((_, i) => (i === d ? [before, after] : [0, 0]) as [number, number]);
      let acc = part(p, n);
      if (p > 0) {
        // left border output j mirrors interior p - j (reflect) or p - 1 - j
        const at = 1 - sym;
        acc = add(acc, pad(reverse(part(0, p), d), along(at, n - at - p)));
      }
      if (q > 0) {
        // right border output p + n + u mirrors interior n - 2 - u (reflect) or n - 1 - u
        const at = n - 1 - q + sym;
        acc = add(acc, pad(reverse(part(p + n, q), d), along(at, n - at - q)));
      }
      g = acc;
    }
    return [g];
  },
});

/**
 * Pads `x` with `paddings[i] = [before, after]` elements on each side of axis
 * i. mode "CONSTANT" fills with `constantValue`; "REFLECT" mirrors the
 * interior without repeating the edge (padding < the axis size); "SYMMETRIC"
 * mirrors it with the edge (padding <= the axis size). The mode may come
 * third (TensorFlow's order) when no constant is needed.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.pad([1, 2, 3], [[1, 2]]).arraySync()); // [0, 1, 2, 3, 0, 0]
 * console.log(tf.pad([1, 2, 3], [[2, 2]], 0, "REFLECT").arraySync()); // [3, 2, 1, 2, 3, 2, 1]
 * console.log(tf.pad([1, 2, 3], [[2, 2]], "SYMMETRIC").arraySync()); // [2, 1, 1, 2, 3, 3, 2]
 * ```
 */
export function pad(
  x: TensorLike,
  paddings: readonly (readonly number[])[],
  constantValue: number | boolean | PadMode = 0,
  mode: PadMode = "CONSTANT",
): Tensor {
  const t = toTensor("pad", x);
  let value = constantValue;
  if (typeof value === "string") {
    mode = value;
    value = 0;
  }
  const m = String(mode).toUpperCase() as PadAttrs["mode"];
  if (m !== "CONSTANT" && m !== "REFLECT" && m !== "SYMMETRIC") {
    throw new RangeError(
      `pad: mode "${mode}" is unknown; use "CONSTANT", "REFLECT" or "SYMMETRIC"`,
    );
  }
  const r = t.rank;
  if (
    !Array.isArray(paddings) || paddings.length !== r ||
    !paddings.every((p) =>
      Array.isArray(p) && p.length === 2 && p.every((v) => Number.isInteger(v) && v >= 0)
    )
  ) {
    throw new RangeError(
      `pad: paddings ${JSON.stringify(paddings)} do not fit shape ${fmtShape(t.shape)}: give ` +
        `${r} pairs [before, after] of non-negative integers, one per dimension`,
    );
  }
  const pads = paddings.map(([a, b]) => [a, b] as [number, number]);
  if (m !== "CONSTANT") {
    const sym = m === "SYMMETRIC" ? 1 : 0;
    pads.forEach(([a, b], i) => {
      const n = t.shape[i];
      if ((a > 0 && a > n - 1 + sym) || (b > 0 && b > n - 1 + sym)) {
        throw new RangeError(
          `pad: paddings [${a}, ${b}] on axis ${i} of shape ${fmtShape(t.shape)} are too large ` +
            `for mode ${m}: each must be ${sym ? "at most" : "less than"} the axis size ${n}`,
        );
      }
    });
  }
  let bits = 0;
  if (t.dtype === "bool") {
    if (value !== 0 && value !== 1 && typeof value !== "boolean") {
      throw new TypeError(`pad: constantValue ${value} is not a bool; use true or false`);
    }
    bits = value ? 1 : 0;
  } else if (typeof value !== "number" || (t.dtype === "int32" && !Number.isInteger(value))) {
    throw new TypeError(
      `pad: constantValue ${value} is not a ${t.dtype} value; pass a number${
        t.dtype === "int32" ? " that is an integer" : ""
      }`,
    );
  } else if (t.dtype === "int32") bits = value | 0;
  else {
    f32bits[0] = value;
    bits = i32bits[0];
  }
  const shape = t.shape.map((d, i) => d + pads[i][0] + pads[i][1]);
  const attrs: PadAttrs = { paddings: pads, mode: m, bits };
  if (pads.every(([a, b]) => a === 0 && b === 0)) {
    const y = viewAs(t, shape);
    observe(padOp, [t], [y], attrs);
    return y;
  }
  return run(padOp, [t], attrs, shape, t.dtype);
}
