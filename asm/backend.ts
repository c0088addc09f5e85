// The wasm backend's side of a kernel call: turning tensors into pointers.
//
// A kernel call (tape/op.ts) goes: beginCall(); inputPtr() for every input;
// outputPtr() for every output; the kernel; endCall(). Small tensors are staged
// through the scratch region (copied in before, out after); large ones are made
// resident in the heap and pinned for the call.

import { beginCall as heapBegin, k, place, release, resident, scratch, view } from "./heap.ts";
import { BYTES_PER_ELEMENT, type DType, newArray, type TypedArray } from "../tape/dtype.ts";
import { cpuWrote, Storage } from "../tape/storage.ts";

export { k };

const PLACEHOLDER = new Storage("float32", 0);

// Small outputs waiting to be copied out of scratch at endCall.
const pendingStorage: Storage[] = [];
const pendingPtr: number[] = [];
let pending = 0;
// Temporary heap blocks used when scratch overflowed.
const temps: Storage[] = [];

/** Starts a kernel call. */
export function beginCall(): void {
  heapBegin();
}

/** Pointer to an input's elements for this call. */
export function inputPtr(op: string, s: Storage): number {
  if (s.host === null && s.ptr < 0) throw gpuOnly(op, s);
  // Small storages are staged, unless a captured function made them resident.
  if (!s.small || s.ptr >= 0) return resident(op, s);
  let p = scratch(s.nbytes);
  if (p < 0) {
    const t = new Storage(s.dtype, s.length);
    p = place(op, t);
    temps.push(t);
  }
  copyIn(s.dtype, s.host as number[], p);
  return p;
}

/** Copies a small host array to byte offset `p` (a loop: no typed array is made). */
function copyIn(dtype: DType, host: number[], p: number): void {
  const n = host.length;
  if (dtype === "bool") {
    const u8 = view.u8;
    for (let i = 0; i < n; i++) u8[p + i] = host[i];
  } else {
    const a = dtype === "float32" ? view.f32 : view.i32;
    const e = p >> 2;
    for (let i = 0; i < n; i++) a[e + i] = host[i];
  }
}

/** A plain array of `n` elements copied from byte offset `p`. */
function copyOut(dtype: DType, p: number, n: number): number[] {
  const out = new Array<number>(n);
  if (dtype === "bool") {
    const u8 = view.u8;
    for (let i = 0; i < n; i++) out[i] = u8[p + i];
  } else {
    const a = dtype === "float32" ? view.f32 : view.i32;
    const e = p >> 2;
    for (let i = 0; i < n; i++) out[i] = a[e + i];
  }
  return out;
}

/** Pointer where an output's elements go in this call. */
export function outputPtr(op: string, s: Storage): number {
  if (!s.small) return place(op, s);
  let p = scratch(s.nbytes);
  if (p < 0) {
    const t = new Storage(s.dtype, s.length);
    p = place(op, t);
    temps.push(t);
  }
  pendingStorage[pending] = s;
  pendingPtr[pending++] = p;
  return p;
}

/**
 * `nbytes` of temporary memory for the kernel call in progress (64-byte
 * aligned): from the scratch region when it fits, else a heap block freed at
 * endCall. Kernels use it for work buffers (matmul's packed panels).
 */
export function tempBytes(op: string, nbytes: number): number {
  let p = scratch(nbytes);
  if (p < 0) {
    const t = new Storage("float32", Math.ceil(nbytes / 4));
    p = place(op, t);
    temps.push(t);
  }
  return p;
}

/**
 * Pointer to a storage that the kernel updates in place (optimizer slots,
 * variables): an input whose new contents are kept after the call.
 */
export function inoutPtr(op: string, s: Storage): number {
  const staged = s.small && s.ptr < 0;
  const p = inputPtr(op, s);
  cpuWrote(s);
  if (staged) {
    pendingStorage[pending] = s;
    pendingPtr[pending++] = p;
  }
  return p;
}

/** Makes any storage (small ones too) resident in the heap; returns its pointer. */
export function residentPtr(op: string, s: Storage): number {
  if (s.host === null && s.ptr < 0) throw gpuOnly(op, s);
  return resident(op, s);
}

/** Ends a kernel call: copies small outputs to JS memory, frees temporaries. */
export function endCall(): void {
  for (let i = 0; i < pending; i++) {
    const s = pendingStorage[i];
    s.host = copyOut(s.dtype, pendingPtr[i], s.length);
    pendingStorage[i] = PLACEHOLDER;
  }
  pending = 0;
  if (temps.length > 0) {
    for (const t of temps) release(t);
    temps.length = 0;
  }
}

/** A fresh JS copy of `length` elements of `dtype` at byte offset `p`. */
export function sliceAt(dtype: DType, p: number, length: number): TypedArray {
  if (dtype === "bool") return view.u8.slice(p, p + length);
  const e = p >> 2;
  return dtype === "float32" ? view.f32.slice(e, e + length) : view.i32.slice(e, e + length);
}

/** The error for a synchronous CPU read of a tensor that lives on the GPU only. */
export function gpuOnly(op: string, s: Storage): TypeError {
  return new TypeError(
    `${op}: this ${s.dtype} tensor of ${s.length} elements lives on the GPU and cannot be read ` +
      `synchronously; \`await t.data()\` (or \`await t.array()\`) reads it, and also makes it ` +
      `usable by CPU ops`,
  );
}

/** A fresh typed-array copy of a storage's elements on the CPU side (throws if GPU-only). */
export function readStorage(s: Storage): TypedArray {
  if (s.host === null) {
    if (s.ptr < 0) throw gpuOnly("dataSync", s);
    return sliceAt(s.dtype, s.ptr, s.length);
  }
  const out = newArray(s.dtype, s.length);
  out.set(s.host);
  return out;
}

/** Bytes per element, re-exported for kernels. */
export const bpe = BYTES_PER_ELEMENT;
