// Kernels that make tensors from attributes alone: arithmetic sequences
// (range, linspace) and identity matrices (eye). fill lives in memory.ts.
//
// Contract (every kernel here):
// - `o` is the byte offset of element 0 of the whole output, 4-byte aligned
//   (1-byte for the 8-bit eye); a kernel writes only elements [first, first + n)
//   (or matrices [first, first + n) for eye), so that a caller can split the
//   work into ranges, one per thread, and get the same bytes.
// - Element i of a sequence is start + f32(i) * delta: one rounded multiply and
//   one rounded add (never fused, so every backend and the JS reference agree
//   bit for bit), as TensorFlow's RangeOp and LinSpaceOp compute it.

@inline function iotaF32(o: usize, first: i32, n: i32, start: f32, delta: f32): void {
  const sv = f32x4.splat(start);
  const dv = f32x4.splat(delta);
  const end = first + n;
  let i = first;
  let idx = i32x4(first, first + 1, first + 2, first + 3);
  const four = i32x4.splat(4);
  for (; i + 4 <= end; i += 4) {
    const x = f32x4.add(sv, f32x4.mul(f32x4.convert_i32x4_s(idx), dv));
    v128.store(o + (<usize>i << 2), x);
    idx = i32x4.add(idx, four);
  }
  for (; i < end; i++) store<f32>(o + (<usize>i << 2), start + <f32>i * delta);
}

/** o[i] = start + f32(i) * delta (float32) for i in [first, first + n). */
export function iota_f32(o: usize, first: i32, n: i32, start: f32, delta: f32): void {
  iotaF32(o, first, n, start, delta);
}

/** o[i] = start + i * delta (int32, wrapping) for i in [first, first + n). */
export function iota_i32(o: usize, first: i32, n: i32, start: i32, delta: i32): void {
  const end = first + n;
  let i = first;
  let x = i32x4.add(i32x4.splat(start), i32x4.mul(i32x4(i, i + 1, i + 2, i + 3), i32x4.splat(delta)));
  const step = i32x4.splat(delta << 2);
  for (; i + 4 <= end; i += 4) {
    v128.store(o + (<usize>i << 2), x);
    x = i32x4.add(x, step);
  }
  for (; i < end; i++) store<i32>(o + (<usize>i << 2), start + i * delta);
}

/**
 * linspace over `total` elements: o[i] = start + f32(i) * step for i < total - 1
 * and o[total - 1] = stop exactly; writes elements [first, first + n).
 */
export function linspace_f32(o: usize, first: i32, n: i32, total: i32, start: f32, step: f32, stop: f32): void {
  iotaF32(o, first, n, start, step);
  const last = total - 1;
  if (last >= first && last < first + n) store<f32>(o + (<usize>last << 2), stop);
}

/**
 * Identity matrices of `rows` x `cols` 4-byte elements: zeros with `one` (a bit
 * pattern) on the main diagonal; writes matrices [first, first + n).
 */
export function eye_32(o: usize, first: i32, n: i32, rows: i32, cols: i32, one: i32): void {
  const size = <usize>rows * <usize>cols;
  const diag = min<i32>(rows, cols);
  const stride = (<usize>cols + 1) << 2;
  for (let b = first; b < first + n; b++) {
    const base = o + ((<usize>b * size) << 2);
    memory.fill(base, 0, size << 2);
    for (let d = 0; d < diag; d++) store<i32>(base + <usize>d * stride, one);
  }
}

/** eye_32 for 1-byte elements (bool). */
export function eye_8(o: usize, first: i32, n: i32, rows: i32, cols: i32, one: i32): void {
  const size = <usize>rows * <usize>cols;
  const diag = min<i32>(rows, cols);
  const stride = <usize>cols + 1;
  for (let b = first; b < first + n; b++) {
    const base = o + <usize>b * size;
    memory.fill(base, 0, size);
    for (let d = 0; d < diag; d++) store<u8>(base + <usize>d * stride, <u8>one);
  }
}
