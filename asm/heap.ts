// The wasm memory: one shared WebAssembly.Memory holding the kernels' data,
// and the residency of large tensors in it.
//
// Layout: [0, heap_base) the module's static data; a 1 MiB scratch region where
// small tensors are staged for one kernel call; then the heap, handed out by
// the Allocator.
//
// Memory without dispose(). A FinalizationRegistry frees a large tensor's
// block when V8 collects the tensor, but its callbacks only run when the event
// loop gets control, never inside a synchronous training loop. So the heap is
// also a bounded cache: when the resident bytes would pass `budget`, the least
// recently used large storages are spilled to JS typed arrays (which V8 frees
// on its own once their tensors are gone) and their blocks reused. A spilled
// storage that is used again is copied back in. Small tensors (storage.ts)
// never occupy the heap between calls at all.

import { Allocator, roundUp } from "./allocator.ts";
import { type Kernels, KERNELS_WASM_BASE64 } from "./kernels.generated.ts";
import { newArray, type TypedArray } from "../tape/dtype.ts";
import type { Storage } from "../tape/storage.ts";

const PAGE = 65536;
/** wasm32's limit: 65536 pages of 64 KiB. */
export const MAX_BYTES = 65536 * PAGE;
const SCRATCH_BYTES = 1 << 20;

function decodeBase64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const out = new Uint8Array(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The one memory shared by the kernels (and, later, by Worker threads). */
export const memory = new WebAssembly.Memory({ initial: 64, maximum: 65536, shared: true });
/** The compiled kernel module, for instantiating it again in Workers. */
export const kernelModule = new WebAssembly.Module(decodeBase64(KERNELS_WASM_BASE64));
/** The kernels, instantiated over `memory`. */
export const k = new WebAssembly.Instance(kernelModule, { env: { memory } })
  .exports as unknown as Kernels;

/** Typed views of the whole memory, renewed when it grows. */
export const view = {
  u8: new Uint8Array(memory.buffer),
  i32: new Int32Array(memory.buffer),
  f32: new Float32Array(memory.buffer),
};

function renewViews(): void {
  const buf = memory.buffer;
  view.u8 = new Uint8Array(buf);
  view.i32 = new Int32Array(buf);
  view.f32 = new Float32Array(buf);
}

const scratchBase = roundUp(k.heap_base() + 1) + PAGE;
const scratchEnd = scratchBase + SCRATCH_BYTES;
const alloc = new Allocator(scratchEnd, memory.buffer.byteLength);

/** Bookkeeping of the heap, read by tf.memory(). */
export const heapStats = {
  /** Bytes of large storages resident in the heap now. */
  residentBytes: 0,
  /** Count of spills to JS memory since start. */
  spills: 0,
  /** Resident bytes above which the least recently used storages spill. */
  budget: 256 * 1024 * 1024,
};

// ---------------------------------------------------------------- LRU list

let lruHead: Storage | null = null; // least recently used
let lruTail: Storage | null = null;

function lruRemove(s: Storage): void {
  if (s.prev) s.prev.next = s.next;
  else lruHead = s.next;
  if (s.next) s.next.prev = s.prev;
  else lruTail = s.prev;
  s.prev = s.next = null;
}

function lruAppend(s: Storage): void {
  s.prev = lruTail;
  s.next = null;
  if (lruTail) lruTail.next = s;
  else lruHead = s;
  lruTail = s;
}

/** Marks a resident storage as just used. */
export function touch(s: Storage): void {
  if (s !== lruTail && !s.pinned) {
    lruRemove(s);
    lruAppend(s);
  }
}

// ---------------------------------------------------------------- op epochs

/**
 * Storages used as inputs of the kernel call in progress carry the current
 * epoch and are not spilled to make room for its outputs.
 */
export let epoch = 0;
/** Starts a kernel call: resets the scratch region and the pins. */
export function beginCall(): void {
  epoch++;
  scratchTop = scratchBase;
}

// ---------------------------------------------------------------- blocks

function grow(bytes: number): boolean {
  const have = memory.buffer.byteLength;
  const pages = Math.ceil((bytes - have) / PAGE);
  if (have + pages * PAGE > MAX_BYTES) return false;
  // Grow generously so that a growing workload does not grow at every step.
  const want = Math.min(MAX_BYTES / PAGE - have / PAGE, Math.max(pages, have / PAGE / 4 | 0));
  memory.grow(want);
  renewViews();
  alloc.limit = memory.buffer.byteLength;
  return true;
}

/** Spills the least recently used unpinned storage; false when none can be. */
function spillOne(): boolean {
  let s = lruHead;
  while (s !== null && s.pinEpoch === epoch) s = s.next;
  if (s === null) return false;
  const host = newArray(s.dtype, s.length);
  host.set(arrayAt(s));
  s.host = host;
  release(s);
  heapStats.spills++;
  return true;
}

/** A block for `nbytes`, spilling or growing as needed; throws a RangeError when impossible. */
function allocBlock(op: string, nbytes: number): number {
  const size = roundUp(nbytes);
  if (size > MAX_BYTES - scratchEnd) {
    throw new RangeError(
      `${op}: cannot allocate ${nbytes} bytes: the wasm heap holds at most ${MAX_BYTES} bytes ` +
        `(4 GiB); split the work into smaller tensors`,
    );
  }
  while (heapStats.residentBytes + size > heapStats.budget && spillOne());
  let p = alloc.alloc(size);
  while (p < 0) {
    if (!grow(alloc.top + size)) {
      if (!spillOne()) {
        throw new RangeError(
          `${op}: cannot allocate ${nbytes} bytes: the wasm heap is full ` +
            `(${heapStats.residentBytes} bytes in tensors in use by this op); use smaller tensors`,
        );
      }
    }
    p = alloc.alloc(size);
  }
  heapStats.residentBytes += size;
  return p;
}

/** Gives a resident storage's block back (its data is lost unless spilled). */
export function release(s: Storage): void {
  if (s.ptr < 0) return;
  const size = roundUp(s.nbytes);
  alloc.free(s.ptr, size);
  heapStats.residentBytes -= size;
  s.ptr = -1;
  if (s.pinned) s.pinned = false;
  else lruRemove(s);
}

/** Makes a large storage resident with undefined contents (for outputs). */
export function place(op: string, s: Storage): number {
  s.ptr = allocBlock(op, s.nbytes);
  s.pinEpoch = epoch;
  lruAppend(s);
  return s.ptr;
}

/** Makes a storage resident for good (never spilled), with undefined contents. */
export function placePinned(op: string, s: Storage): number {
  s.ptr = allocBlock(op, s.nbytes);
  s.pinned = true;
  return s.ptr;
}

/** Makes a storage resident with its contents (copied in from JS memory). */
export function resident(op: string, s: Storage): number {
  if (s.ptr >= 0) {
    touch(s);
    s.pinEpoch = epoch;
    return s.ptr;
  }
  const host = s.host!;
  place(op, s);
  arrayAt(s).set(host);
  s.host = null;
  return s.ptr;
}

// ---------------------------------------------------------------- scratch

let scratchTop = scratchBase;

/** `nbytes` of scratch for this kernel call (64-byte aligned), or -1 when it is full. */
export function scratch(nbytes: number): number {
  const p = scratchTop;
  if (p + nbytes > scratchEnd) return -1;
  // roundUp with integer ops (nbytes <= 1 MiB here): this runs for every small input and output
  scratchTop = p + ((nbytes + 63) & -64 || 64);
  return p;
}

/** A typed view of a storage's block in the wasm memory (valid until the memory grows). */
export function arrayAt(s: Storage): TypedArray {
  return viewAt(s, s.ptr);
}

/** A typed view of `s.length` elements of s's dtype at byte offset `p`. */
export function viewAt(s: Storage, p: number): TypedArray {
  switch (s.dtype) {
    case "float32":
      return view.f32.subarray(p >> 2, (p >> 2) + s.length);
    case "int32":
      return view.i32.subarray(p >> 2, (p >> 2) + s.length);
    default:
      return view.u8.subarray(p, p + s.length);
  }
}

/** Size in bytes of the wasm memory now. */
export function memoryBytes(): number {
  return memory.buffer.byteLength;
}

/** Sets the resident-bytes budget above which large tensors spill to JS memory. */
export function setBudget(bytes: number): void {
  if (!(bytes >= 0)) throw new RangeError(`setMemoryBudget: ${bytes} is not a byte count >= 0`);
  heapStats.budget = bytes;
  while (heapStats.residentBytes > bytes && spillOne());
}
