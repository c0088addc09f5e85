// The JS side of the strided-copy kernel (asm/src/shape.ts `copy_nd`): orders
// and collapses the axes of a copy, writes its descriptor and calls the kernel.
// Only kernels call these (inside a kernel call: the descriptor lives in the
// scratch region, which is reset at the next call).

import { k } from "../../asm/backend.ts";
import { writeDesc } from "./_elementwise.ts";

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
  k.copy_nd(esize, src + sOff * esize, dst + dOff * esize, writeDesc(d, [s, t]));
}
