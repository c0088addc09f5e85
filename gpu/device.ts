/**
 * WebGPU device acquisition: once, on request, never at import.
 *
 * Deno's `navigator.gpu` needs no permission flag. Every machine here has at
 * least a software adapter (llvmpipe, `isFallbackAdapter`): correct but slow,
 * so on it the dispatcher never places work on the GPU by itself; only
 * `tf.device("gpu", ...)` does.
 *
 * @module
 */

/** The GPU in use, once acquired. */
export interface GpuState {
  device: GPUDevice;
  /** The adapter's description, e.g. "NVIDIA H200" or "llvmpipe (LLVM 15.0.6, 256 bits)". */
  description: string;
  /** True for a software adapter: correct, never fast. */
  isFallback: boolean;
  /** Limits the kernels rely on. */
  limits: GPUSupportedLimits;
  /** Optional features that were enabled (subgroups, shader-f16, timestamp-query). */
  features: ReadonlySet<string>;
}

/** The acquired GPU, or null when none was asked for, found, or it was lost. */
export let gpu: GpuState | null = null;
/** Why the device was lost, or null while it is not. */
export let lostReason: string | null = null;
let pending: Promise<GpuState | null> | null = null;
/** Called when the device is lost: the backend moves what it can to wasm. */
export const onLost: Array<(reason: string) => void> = [];

/**
 * Acquires the GPU (once). Resolves to null, with one informational line on
 * stderr, when there is none.
 */
export function acquireGpu(): Promise<GpuState | null> {
  if (pending !== null) return pending;
  pending = (async () => {
    const nav = (globalThis as { navigator?: { gpu?: GPU } }).navigator;
    if (!nav?.gpu) {
      console.error("[tapeflow] WebGPU is not available here: every op runs on wasm");
      return null;
    }
    const adapter = await nav.gpu.requestAdapter({ powerPreference: "high-performance" });
    if (adapter === null) {
      console.error("[tapeflow] no WebGPU adapter found: every op runs on wasm");
      return null;
    }
    const wanted: GPUFeatureName[] = (["timestamp-query", "subgroups", "shader-f16"] as const)
      .filter((f) => adapter.features.has(f)) as GPUFeatureName[];
    const limits = adapter.limits;
    const device = await adapter.requestDevice({
      requiredFeatures: wanted,
      requiredLimits: {
        maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
        maxBufferSize: limits.maxBufferSize,
        maxComputeWorkgroupStorageSize: limits.maxComputeWorkgroupStorageSize,
        maxComputeInvocationsPerWorkgroup: limits.maxComputeInvocationsPerWorkgroup,
        maxComputeWorkgroupSizeX: limits.maxComputeWorkgroupSizeX,
        maxStorageBuffersPerShaderStage: limits.maxStorageBuffersPerShaderStage,
      },
    });
    const info = adapter.info;
    const state: GpuState = {
      device,
      description: info.description || `${info.vendor} ${info.device}`.trim(),
      isFallback: info.isFallbackAdapter,
      limits: device.limits,
      features: new Set([...device.features] as string[]),
    };
    // A WGSL program that fails validation leaves its outputs untouched and
    // says nothing unless asked: report every such error once.
    const seen = new Set<string>();
    device.addEventListener("uncapturederror", (e) => {
      const msg = (e as GPUUncapturedErrorEvent).error.message;
      if (seen.has(msg)) return;
      seen.add(msg);
      console.error(`[tapeflow] WebGPU error (a tapeflow bug, please report it): ${msg}`);
    });
    device.lost.then((l) => {
      if (gpu !== state) return;
      gpu = null;
      const why = `${l.reason}: ${l.message}`;
      lostReason = why;
      console.error(`[tapeflow] the WebGPU device was lost (${why}); continuing on wasm`);
      for (const f of onLost) f(why);
    });
    gpu = state;
    return state;
  })();
  return pending;
}
