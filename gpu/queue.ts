// The GPU's work queue: pooled buffers, cached pipelines, and dispatches
// batched into one command buffer per submit.
//
// Deno's WebGPU waits ~11 ms at every mapAsync / onSubmittedWorkDone, so
// nothing here waits: dispatches accumulate in one command encoder and are
// submitted together when a value is read back, when the batch is long, or
// when the uniform block fills. Queue order makes this safe:
// - each dispatch's parameters go in its own 256-byte slot of one uniform
//   buffer, written with writeBuffer just before the submit that reads them;
//   the next batch may reuse the buffer because writeBuffer is ordered after
//   earlier submits;
// - a buffer freed while the batch that uses it is still being recorded goes
//   back to the pool only when that batch is submitted, so an upload
//   (writeBuffer, which runs before the pending batch) never lands in a buffer
//   the pending batch still reads or writes.

import { gpu, lostReason } from "./device.ts";

const USAGE = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
const UNIFORM_SLOT = 256;
const UNIFORM_SLOTS = 256;
/** Dispatches per submit at most (keeps the GPU busy while JS records more). */
const MAX_BATCH = 256;

function device(): GPUDevice {
  if (gpu === null) {
    if (lostReason !== null) {
      // only tensors computed on the GPU before the loss still point here
      throw new Error(
        `WebGPU: the device was lost (${lostReason}), and with it this tensor's elements, which ` +
          `lived only on the GPU; compute it again (new ops run on wasm)`,
      );
    }
    throw new Error("WebGPU backend used without a device (a tapeflow bug)");
  }
  return gpu.device;
}

// ---------------------------------------------------------------- buffers

/** Pool of free storage buffers by size class. */
const pool = new Map<number, GPUBuffer[]>();
/** Buffers freed while the batch that may use them is unsubmitted. */
let freedInBatch: GPUBuffer[] = [];
/** Bytes in live (not pooled) buffers, and in pooled ones. */
export const gpuStats = { liveBytes: 0, pooledBytes: 0, submits: 0, readbacks: 0 };

/** Size classes: powers of two up to 1 MiB, then 1 MiB multiples; at least 16 bytes. */
function sizeClass(n: number): number {
  const b = Math.max(16, n);
  if (b <= 1 << 20) return 2 ** Math.ceil(Math.log2(b));
  return Math.ceil(b / (1 << 20)) * (1 << 20);
}

/** A storage buffer of at least `nbytes` (from the pool when possible). */
export function acquireBuffer(nbytes: number): GPUBuffer {
  const size = sizeClass(nbytes);
  const free = pool.get(size);
  let b = free?.pop();
  if (b !== undefined) gpuStats.pooledBytes -= size;
  else b = device().createBuffer({ size, usage: USAGE });
  gpuStats.liveBytes += size;
  return b;
}

/** Returns a buffer to the pool (after the batch being recorded is submitted). */
export function releaseBuffer(b: GPUBuffer): void {
  gpuStats.liveBytes -= b.size;
  if (recorded > 0) freedInBatch.push(b);
  else toPool(b);
}

function toPool(b: GPUBuffer): void {
  let list = pool.get(b.size);
  if (list === undefined) pool.set(b.size, list = []);
  list.push(b);
  gpuStats.pooledBytes += b.size;
}

/** Destroys every pooled buffer (their memory goes back to the driver). */
export function trimPool(): void {
  for (const list of pool.values()) for (const b of list) b.destroy();
  pool.clear();
  gpuStats.pooledBytes = 0;
}

/** Copies host data into a buffer (queued before the batch being recorded). */
export function upload(b: GPUBuffer, data: ArrayBufferView): void {
  device().queue.writeBuffer(b, 0, data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);
}

// ---------------------------------------------------------------- pipelines

/** A compute program: WGSL source, cached by `key` (`<op>_<dtype>[_variant]`). */
export interface Program {
  key: string;
  /** Builds the WGSL; called once per key. */
  wgsl: () => string;
}

const programs = new Map<string, Program>();

/**
 * The program of `key` (one object a key; `wgsl` runs once, when its
 * pipeline is first needed). Keys name a kernel and everything its source
 * depends on (types, expression, tile sizes).
 */
export function program(key: string, wgsl: () => string): Program {
  let p = programs.get(key);
  if (p === undefined) programs.set(key, p = { key, wgsl });
  return p;
}

const pipelines = new Map<string, GPUComputePipeline>();

function pipelineOf(p: Program): GPUComputePipeline {
  let pl = pipelines.get(p.key);
  if (pl === undefined) {
    const module = device().createShaderModule({ code: p.wgsl(), label: p.key });
    pl = device().createComputePipeline({
      layout: "auto",
      compute: { module, entryPoint: "main" },
      label: p.key,
    });
    pipelines.set(p.key, pl);
  }
  return pl;
}

// ---------------------------------------------------------------- batching

let encoder: GPUCommandEncoder | null = null;
let pass: GPUComputePassEncoder | null = null;
let passTimestamps: GPUComputePassTimestampWrites | null = null;

/**
 * Submits what is recorded, and makes the next compute pass write these
 * timestamps at its beginning and end (bench/gpu_check.ts times a batch of
 * dispatches with them; the batch must fit in one pass: at most MAX_BATCH
 * dispatches and no copies).
 */
export function timeNextPass(writes: GPUComputePassTimestampWrites): void {
  flush();
  passTimestamps = writes;
}
let recorded = 0;
/** Uniform slots used by the batch (dispatches only; copies take none). */
let slots = 0;
let uniformBuffer: GPUBuffer | null = null;
const uniformData = new ArrayBuffer(UNIFORM_SLOT * UNIFORM_SLOTS);
const uniformU32 = new Uint32Array(uniformData);
const uniformF32 = new Float32Array(uniformData);

/** Parameters of one dispatch: 32-bit words, written as u32 or f32. */
export type Params = readonly (number | { f32: number })[];

/**
 * Records one dispatch of `program` over `buffers` (bound at 1, 2, ... in
 * order; binding 0 is the uniform block holding `params`).
 */
export function dispatch(
  program: Program,
  buffers: readonly GPUBuffer[],
  params: Params,
  workgroups: readonly [number, number?, number?],
): void {
  const dev = device();
  if (slots >= UNIFORM_SLOTS || recorded >= MAX_BATCH) flush();
  if (uniformBuffer === null) {
    uniformBuffer = dev.createBuffer({
      size: UNIFORM_SLOT * UNIFORM_SLOTS,
      usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
    });
  }
  const slot = slots++;
  const base = slot * (UNIFORM_SLOT / 4);
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (typeof p === "number") uniformU32[base + i] = p >>> 0;
    else uniformF32[base + i] = p.f32;
  }
  const pl = pipelineOf(program);
  const entries: GPUBindGroupEntry[] = [{
    binding: 0,
    resource: { buffer: uniformBuffer, offset: slot * UNIFORM_SLOT, size: UNIFORM_SLOT },
  }];
  for (let i = 0; i < buffers.length; i++) {
    entries.push({ binding: i + 1, resource: { buffer: buffers[i] } });
  }
  const group = dev.createBindGroup({ layout: pl.getBindGroupLayout(0), entries });
  encoder ??= dev.createCommandEncoder();
  if (pass === null) {
    pass = encoder.beginComputePass(
      passTimestamps === null ? undefined : { timestampWrites: passTimestamps },
    );
    passTimestamps = null;
  }
  pass.setPipeline(pl);
  pass.setBindGroup(0, group);
  const [x, y = 1, z = 1] = workgroups;
  pass.dispatchWorkgroups(x, y, z);
  recorded++;
}

/** Records a buffer-to-buffer copy in the current batch. */
export function copyBuffer(src: GPUBuffer, dst: GPUBuffer, nbytes: number): void {
  encoder ??= device().createCommandEncoder();
  if (pass !== null) {
    pass.end();
    pass = null;
  }
  encoder.copyBufferToBuffer(src, 0, dst, 0, Math.ceil(nbytes / 4) * 4);
  recorded++;
}

/** Submits everything recorded so far. */
export function flush(): void {
  if (encoder === null) return;
  const dev = device();
  if (pass !== null) {
    pass.end();
    pass = null;
  }
  if (slots > 0 && uniformBuffer !== null) {
    dev.queue.writeBuffer(uniformBuffer, 0, uniformData, 0, slots * UNIFORM_SLOT);
  }
  dev.queue.submit([encoder.finish()]);
  gpuStats.submits++;
  encoder = null;
  recorded = 0;
  slots = 0;
  for (const b of freedInBatch) toPool(b);
  freedInBatch = [];
}

/** Reads `nbytes` of a buffer back to the host (submits pending work first). */
export async function readBuffer(b: GPUBuffer, nbytes: number): Promise<ArrayBuffer> {
  const dev = device();
  const size = Math.ceil(nbytes / 4) * 4;
  const staging = dev.createBuffer({
    size: Math.max(size, 4),
    usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
  });
  encoder ??= dev.createCommandEncoder();
  if (pass !== null) {
    pass.end();
    pass = null;
  }
  if (size > 0) encoder.copyBufferToBuffer(b, 0, staging, 0, size);
  flush();
  gpuStats.readbacks++;
  await staging.mapAsync(GPUMapMode.READ);
  const out = staging.getMappedRange().slice(0, nbytes);
  staging.unmap();
  staging.destroy();
  return out;
}

/** Waits until the GPU has finished everything submitted (for timing). */
export async function sync(): Promise<void> {
  flush();
  if (gpu !== null) await gpu.device.queue.onSubmittedWorkDone();
}
