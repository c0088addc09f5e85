// Shape rules shared by every op: validation, broadcasting, axes.
// Errors name the op, the shapes and the fix, as the standards ask.

/** A tensor shape: non-negative integer dimensions, outermost first. */
export type Shape = readonly number[];

/** The number of elements of a shape (1 for a scalar). */
export function sizeOf(shape: Shape): number {
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i];
  return n;
}

/** Formats a shape the way TensorFlow prints it: `(2, 3)`, `()`, `(5,)`. */
export function fmtShape(shape: Shape): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** True when two shapes are identical. */
export function shapesEqual(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Checks that every dimension is a non-negative integer and that the tensor
 * fits the wasm heap (4 GiB, at `bytesPerElement`); returns a copy.
 */
export function checkShape(op: string, shape: ArrayLike<number>, bytesPerElement = 4): number[] {
  if (!Array.isArray(shape) && !ArrayBuffer.isView(shape)) throw notAShape(op, shape);
  const out: number[] = [];
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    if (typeof d !== "number") {
      throw new TypeError(
        `${op}: dimension ${i} of the shape is ${typeof d} ${JSON.stringify(d)}; ` +
          `dimensions must be numbers (non-negative integers)`,
      );
    }
    if (!Number.isInteger(d) || d < 0) {
      throw new RangeError(
        `${op}: dimension ${i} of shape [${Array.from(shape).join(", ")}] is ${d}; ` +
          `dimensions must be non-negative integers`,
      );
    }
    out.push(d);
  }
  const nbytes = sizeOf(out) * bytesPerElement;
  if (nbytes > 2 ** 32 - (1 << 24)) {
    throw new RangeError(
      `${op}: a tensor of shape ${fmtShape(out)} needs ${nbytes} bytes, more than the wasm ` +
        `heap's 4 GiB; split the work into smaller tensors`,
    );
  }
  return out;
}

/** The error for a shape argument that is not an array (`tf.zeros(3)` instead of `tf.zeros([3])`). */
export function notAShape(
  op: string,
  value: unknown,
  what = "shape",
  example = "[2, 3]",
): TypeError {
  const got = value === null ? "null" : `${typeof value} ${JSON.stringify(value) ?? String(value)}`;
  return new TypeError(
    `${op}: the ${what} must be an array of integers such as ${example}, got ${got}` +
      (typeof value === "number" ? `; wrap it in brackets: [${value}]` : ""),
  );
}

/**
 * The NumPy broadcast of two shapes: aligned at the right, each pair of
 * dimensions equal or one of them 1.
 */
export function broadcastShapes(op: string, a: Shape, b: Shape): number[] {
  if (shapesEqual(a, b)) return a as number[];
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = i < n - a.length ? 1 : a[i - (n - a.length)];
    const db = i < n - b.length ? 1 : b[i - (n - b.length)];
    if (da !== db && da !== 1 && db !== 1) {
      throw new RangeError(
        `${op}: shapes ${fmtShape(a)} and ${fmtShape(b)} cannot be broadcast together ` +
          `(dimension ${da} vs ${db}); make each pair of trailing dimensions equal or 1, ` +
          `e.g. with reshape or expandDims`,
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/** Normalises one axis (negative counts from the end) or throws a RangeError. */
export function normAxis(op: string, axis: number, rank: number): number {
  if (!Number.isInteger(axis) || axis < -rank || axis >= Math.max(rank, 1)) {
    throw new RangeError(
      `${op}: axis ${axis} is out of range for a tensor of rank ${rank}; ` +
        `use an integer in [${-rank}, ${Math.max(rank - 1, 0)}]`,
    );
  }
  return axis < 0 ? axis + rank : axis;
}

/**
 * Normalises an axis argument (one axis, a list, or undefined for all axes)
 * into a sorted list of distinct non-negative axes.
 */
export function normAxes(
  op: string,
  axis: number | readonly number[] | undefined,
  rank: number,
): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: rank }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : axis;
  const seen = new Set<number>();
  for (const a of list) {
    const k = normAxis(op, a, rank);
    if (seen.has(k)) throw new RangeError(`${op}: axis ${a} is repeated in [${list.join(", ")}]`);
    seen.add(k);
  }
  return [...seen].sort((x, y) => x - y);
}

/** Row-major strides in elements. */
export function stridesOf(shape: Shape): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

/**
 * Collapses a broadcast of inputs to `out`: returns dims and per-input strides
 * (0 on broadcast axes), with size-1 axes dropped and adjacent axes merged
 * where every input is contiguous across them. Always at least rank 1.
 */
export function collapseBroadcast(
  out: Shape,
  inputs: readonly Shape[],
): { dims: number[]; strides: number[][] } {
  const n = out.length;
  const full = inputs.map((s) => {
    const st = new Array<number>(n).fill(0);
    let acc = 1;
    for (let i = s.length - 1; i >= 0; i--) {
      const o = i + n - s.length;
      st[o] = s[i] === 1 ? 0 : acc;
      acc *= s[i];
    }
    return st;
  });
  const dims: number[] = [];
  const strides: number[][] = inputs.map(() => []);
  for (let i = 0; i < n; i++) {
    if (out[i] === 1) continue;
    const k = dims.length - 1;
    // Merge axis i into the previous kept axis when, for every input, stepping
    // the previous axis equals stepping i through its whole extent.
    if (k >= 0 && full.every((st, j) => strides[j][k] === st[i] * out[i])) {
      dims[k] *= out[i];
      for (let j = 0; j < full.length; j++) strides[j][k] = full[j][i];
    } else {
      dims.push(out[i]);
      for (let j = 0; j < full.length; j++) strides[j].push(full[j][i]);
    }
  }
  if (dims.length === 0) {
    dims.push(1);
    for (const s of strides) s.push(0);
  }
  return { dims, strides };
}
