// Where a tensor's elements live.
//
// A Storage is shared by every tensor that views the same elements (reshape,
// expandDims and friends make new tensors over the same storage) and counts
// those owners in `refs`. Its bytes live in one or more places:
// - `host`: JS memory, owned by V8's garbage collector. Small tensors live only
//   here, as a plain array of numbers (V8 allocates and collects those in its
//   young generation for a few nanoseconds, where a typed array costs over a
//   microsecond); a large one lands here, as a typed array, when the wasm heap
//   spills it.
// - `ptr`: an offset into the wasm memory (asm/heap.ts), where large tensors
//   live while they are in use. -1 when not resident.
// - `gpu`: a WebGPU buffer (gpu/backend.ts). A GPU op's outputs live only
//   there until `await t.data()` copies them back.
// A storage is valid on the CPU side when `host` or `ptr` is set.

import { BYTES_PER_ELEMENT, type DType, type TypedArray } from "./dtype.ts";
import { fmtShape } from "./_shape.ts";

/**
 * Tensors of at most this many elements live in JS memory and are staged into
 * the wasm memory only for the duration of a kernel call. They need no freeing
 * at all: V8 collects them with their tensor, even inside a synchronous loop.
 */
export const SMALL_ELEMENTS = 256;

/** Elements held in JS memory: a plain array for small tensors, a typed array for spilled ones. */
export type HostArray = number[] | TypedArray;

export class Storage {
  /** JS-owned copy of the elements, or null. */
  host: HostArray | null = null;
  /** Byte offset in the wasm memory when resident there, else -1. */
  ptr = -1;
  /** The WebGPU copy, or null. */
  gpu: GPUBuffer | null = null;
  /** Number of live tensors (and tape records) that own this storage. */
  refs = 1;
  /** Op epoch in which this storage was last an input (not evictable then). */
  pinEpoch = -1;
  /** Never spilled: held resident by a captured function's plan (tape/capture.ts). */
  pinned = false;
  /** Neighbours in the heap's least-recently-used list (resident storages only). */
  prev: Storage | null = null;
  next: Storage | null = null;
  readonly nbytes: number;
  /** Whether this storage is small enough to live in JS memory only. */
  readonly small: boolean;

  constructor(readonly dtype: DType, readonly length: number) {
    this.nbytes = length * BYTES_PER_ELEMENT[dtype];
    this.small = length <= SMALL_ELEMENTS;
  }
}

/** The largest tensor the wasm heap can hold: 4 GiB less room for the module's own data. */
export const MAX_TENSOR_BYTES: number = 2 ** 32 - (1 << 24);

/** Refuses, before any allocation is tried, a tensor too large for the wasm heap. */
export function checkAlloc(op: string, shape: readonly number[], size: number, dtype: DType): void {
  const nbytes = size * BYTES_PER_ELEMENT[dtype];
  if (nbytes > MAX_TENSOR_BYTES) {
    throw new RangeError(
      `${op}: a ${dtype} tensor of shape ${fmtShape(shape)} ` +
        `needs ${nbytes} bytes, more than the wasm heap's 4 GiB; split the work into smaller tensors`,
    );
  }
}

/** Residence hooks set by backends that load lazily (the WebGPU backend). */
export const residences = {
  /** Frees a storage's GPU copy; set once the GPU backend is in use. */
  dropGpu: null as null | ((s: Storage) => void),
  /** Copies `src`'s GPU elements into `dst` on the GPU (dst then lives on the GPU only). */
  gpuCopy: null as null | ((dst: Storage, src: Storage) => void),
  /** Copies a GPU-only storage back to the CPU side. */
  download: null as null | ((s: Storage) => Promise<TypedArray>),
};

/** Frees every copy of a storage's elements except the CPU-side ones (after a CPU write). */
export function cpuWrote(s: Storage): void {
  if (s.gpu !== null) residences.dropGpu!(s);
}
