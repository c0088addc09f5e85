// The WebGPU backend's side of an op call: storages made GPU-resident, and
// read back only when the user asks for values (asynchronously).
//
// A storage's elements may live on the GPU (`storage.gpu`), on the CPU side
// (`host` / `ptr`, see tape/storage.ts), or both. A GPU op's outputs live on
// the GPU only. Reading them synchronously is impossible in Deno's WebGPU (no
// blocking readback): `await t.data()` copies them back, after which both
// copies are valid and CPU ops can read them too.
//
// bool tensors are one byte per element on the CPU and one u32 per element on
// the GPU (WGSL has no 8-bit storage); uploads and readbacks convert.

import { acquireBuffer, copyBuffer, readBuffer, releaseBuffer, upload } from "./queue.ts";
import { acquireGpu, gpu, onLost } from "./device.ts";
import { residences, type Storage } from "../tape/storage.ts";
import { hooks, type OpDef } from "../tape/op.ts";
import type { Tensor } from "../tape/tensor.ts";
import { policy } from "../tape/dispatch.ts";
import { newArray, type TypedArray } from "../tape/dtype.ts";
import { readStorage } from "../asm/backend.ts";
import { release } from "../asm/heap.ts";

/** Bytes a storage takes on the GPU. */
export function gpuBytes(s: Storage): number {
  return s.length * 4;
}

/** Whether the elements are valid on the CPU side. */
export function onCpu(s: Storage): boolean {
  return s.host !== null || s.ptr >= 0;
}

/**
 * GPU buffers of small storages, freed when V8 collects the storage. Large
 * tensors free theirs through tape/tensor.ts's finalizer (unref -> dropGpu);
 * small ones register none there (they live in JS memory, which V8 frees by
 * itself), so without this every small tensor computed on the GPU would keep
 * its buffer for good. The ticket is cleared when the buffer is dropped first.
 */
interface GpuTicket {
  buffer: GPUBuffer | null;
}
const tickets = new WeakMap<Storage, GpuTicket>();
const gpuFinalizer = new FinalizationRegistry<GpuTicket>((t) => {
  if (t.buffer !== null && gpu !== null) releaseBuffer(t.buffer);
  t.buffer = null;
});

/** Gives a storage its GPU buffer (and, for a small one, a collection ticket). */
function setGpu(s: Storage, b: GPUBuffer): void {
  s.gpu = b;
  if (s.small) {
    const t = { buffer: b };
    tickets.set(s, t);
    gpuFinalizer.register(s, t);
  }
}

/** The storage's GPU buffer, uploading its CPU copy first if needed. */
export function gpuInput(s: Storage): GPUBuffer {
  if (s.gpu !== null) return s.gpu;
  const b = acquireBuffer(gpuBytes(s));
  if (s.length > 0) {
    const data = readStorage(s);
    upload(b, s.dtype === "bool" ? Uint32Array.from(data) : data);
  }
  setGpu(s, b);
  return b;
}

/** A fresh GPU buffer for an output storage (the storage lives on the GPU only). */
export function gpuOutput(s: Storage): GPUBuffer {
  const b = acquireBuffer(gpuBytes(s));
  setGpu(s, b);
  return b;
}

/** Frees a storage's GPU copy. */
export function dropGpu(s: Storage): void {
  if (s.gpu !== null) {
    if (gpu !== null) releaseBuffer(s.gpu);
    s.gpu = null;
    const t = tickets.get(s);
    if (t !== undefined) {
      t.buffer = null;
      tickets.delete(s);
    }
  }
}

/** Copies a GPU-only storage back to the CPU side (keeping the GPU copy). */
export async function download(s: Storage): Promise<TypedArray> {
  if (onCpu(s)) return readStorage(s);
  if (s.gpu === null) throw new Error("download: storage has no copy anywhere (a tapeflow bug)");
  const bytes = await readBuffer(s.gpu, gpuBytes(s));
  let data: TypedArray;
  if (s.dtype === "float32") data = new Float32Array(bytes);
  else if (s.dtype === "int32") data = new Int32Array(bytes);
  else {
    data = newArray("bool", s.length);
    data.set(new Uint32Array(bytes));
  }
  if (!onCpu(s)) s.host = s.small ? Array.from(data) : data.slice();
  return data;
}

/** After a GPU kernel wrote a storage in place: its CPU copies are stale. */
export function gpuWrote(s: Storage): void {
  release(s);
  s.host = null;
}

/** Copies `src`'s GPU elements into a fresh buffer for `dst`. */
export function gpuCopy(dst: Storage, src: Storage): void {
  const b = acquireBuffer(gpuBytes(dst));
  copyBuffer(src.gpu!, b, gpuBytes(src));
  dropGpu(dst);
  setGpu(dst, b);
  gpuWrote(dst);
}

/** Runs an in-place update kernel on the GPU (see tape/op.ts runUpdate). */
export function gpuUpdate<A>(
  def: OpDef<A>,
  targets: readonly Storage[],
  ins: readonly Tensor[],
  attrs: A,
): void {
  const bin = [...targets.map(gpuInput), ...ins.map((t) => gpuInput(t.storage))];
  for (const t of targets) gpuWrote(t);
  def.webgpu!({ ins, outs: [], attrs, bin, bout: [] });
}

/** Runs an op's WebGPU kernel: inputs uploaded as needed, outputs on the GPU. */
export function gpuExec<A>(
  def: OpDef<A>,
  ins: readonly Tensor[],
  outs: readonly Tensor[],
  attrs: A,
): void {
  const bin = ins.map((t) => gpuInput(t.storage));
  const bout = outs.map((t) => gpuOutput(t.storage));
  let any = false;
  for (const o of outs) if (o.size > 0) any = true;
  if (any) def.webgpu!({ ins, outs, attrs, bin, bout });
}

/**
 * Acquires the GPU and turns the WebGPU backend on. Resolves to whether a GPU
 * is in use; without one, every op runs on wasm.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * if (await tf.initWebGPU()) {
 *   const y = tf.device("gpu", () => tf.add([1, 2], 1));
 *   console.log(await y.array()); // [2, 3]
 * }
 * ```
 */
export async function initWebGPU(): Promise<boolean> {
  const g = await acquireGpu();
  if (g === null) return false;
  policy.gpu = { isFallback: g.isFallback };
  hooks.gpuExec = gpuExec;
  hooks.gpuUpdate = gpuUpdate;
  residences.dropGpu = dropGpu;
  residences.download = download;
  residences.gpuCopy = gpuCopy;
  onLost.push(() => {
    policy.gpu = null;
  });
  return true;
}

/** What `tf.getBackendInfo()` says about the GPU. */
export function gpuInfo(): { description: string; isFallback: boolean } | null {
  return gpu === null ? null : { description: gpu.description, isFallback: gpu.isFallback };
}
