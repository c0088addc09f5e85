// One declaration per op, and the one path every op call takes.
//
// An op is declared once with `defineOp`: its name, its kernel for each backend
// and its gradient (written with other ops, so it runs on any backend and can
// itself be differentiated), or the reason it has none. Shape and dtype rules
// live in the op's public function, which validates its arguments, computes
// the output's shape and dtype and calls `run`.
//
// `run` is the hot path of the library: allocate the output, place the call
// (dispatch.ts), hand pointers to the kernel, record on active tapes.

import type { DType } from "./dtype.ts";
// First: op families call defineOp while this module's own imports load.
import { opRegistry } from "./_registry.ts";
import { sizeOf } from "./_shape.ts";
import { checkAlloc, SMALL_ELEMENTS, Storage } from "./storage.ts";
import { Tensor } from "./tensor.ts";
import { type BackendName, chooseBackend, policy, trace, traceChoice } from "./dispatch.ts";
import { beginCall, endCall, inoutPtr, inputPtr, outputPtr } from "../asm/backend.ts";

/** What a kernel receives: the tensors, the attributes and the pointers. */
export interface Call<A> {
  /** Input tensors. */
  ins: readonly Tensor[];
  /** Output tensors (preallocated; the kernel fills them). */
  outs: readonly Tensor[];
  /** The op's attributes. */
  attrs: A;
  /** Byte offsets of the inputs' elements in the wasm memory (entries past ins.length are stale). */
  pin: readonly number[];
  /** Byte offsets of the outputs' elements in the wasm memory (entries past outs.length are stale). */
  pout: readonly number[];
}

/** What a gradient function receives. */
export interface GradCall<A> {
  /** Gradient of the (first) output. */
  dy: Tensor;
  /** Gradients of every output (zeros for outputs that did not reach the target). */
  dys: readonly Tensor[];
  ins: readonly Tensor[];
  /** The (first) output. */
  out: Tensor;
  outs: readonly Tensor[];
  attrs: A;
  /**
   * Whether each input's gradient is used (it leads to a requested source).
   * A gradient may return null for an input whose entry is false, to skip
   * work (matmul's gradient then computes one product of its two); the tape
   * ignores what is returned for it anyway.
   */
  needs: readonly boolean[];
}

/** What a WebGPU kernel receives: the tensors, the attributes and their GPU buffers. */
export interface GpuCall<A> {
  ins: readonly Tensor[];
  outs: readonly Tensor[];
  attrs: A;
  /**
   * The inputs' buffers (bool elements are u32 on the GPU); for an in-place
   * update (runUpdate), the targets' buffers first, then the inputs'.
   */
  bin: readonly GPUBuffer[];
  /** The outputs' buffers, freshly allocated. */
  bout: readonly GPUBuffer[];
}

/** Gradients with respect to each input; null where the input gets none. */
export type GradFn<A> = (g: GradCall<A>) => (Tensor | null)[];

/** An op's one declaration. */
export interface OpDef<A = undefined> {
  readonly name: string;
  /** The wasm kernel: reads `c.pin`, writes `c.pout`; null for metadata-only ops (reshape). */
  readonly wasm: ((c: Call<A>) => void) | null;
  /** The vector-Jacobian product, in terms of other ops. */
  readonly grad?: GradFn<A>;
  /** Why the op has no gradient (comparisons, argMax, ...): it gives null. */
  readonly notDifferentiable?: string;
  /** The WebGPU kernel (dispatches WGSL programs, gpu/queue.ts). */
  readonly webgpu?: (c: GpuCall<A>) => void;
  /** Why the op deliberately has no WebGPU kernel (it then always runs on wasm). */
  readonly webgpuNone?: string;
  /** Why tf.function cannot replay the op (random ops: their seed changes each call). */
  readonly uncapturable?: string;
  /** @internal Backends with a kernel, for the dispatcher. */
  readonly hasKernel: { wasm: boolean; webgpu: boolean };
}

/** Declares an op. Exactly one of `grad` and `notDifferentiable` must be given. */
export function defineOp<A = undefined>(
  def:
    & {
      name: string;
      wasm: ((c: Call<A>) => void) | null;
      webgpu?: (c: GpuCall<A>) => void;
      webgpuNone?: string;
      uncapturable?: string;
    }
    & ({ grad: GradFn<A>; notDifferentiable?: never } | {
      grad?: never;
      notDifferentiable: string;
    }),
): OpDef<A> {
  const op = { ...def, hasKernel: { wasm: def.wasm !== null, webgpu: def.webgpu !== undefined } };
  opRegistry.set(def.name, op as unknown as OpDef<unknown>);
  return op;
}

/** Hooks set by the modules that observe op calls (the gradient tape, numerics checks). */
export const hooks = {
  /** Number of tapes recording now; `record` is called only when > 0. */
  recording: 0,
  record: null as
    | null
    | (<A>(def: OpDef<A>, ins: readonly Tensor[], outs: readonly Tensor[], attrs: A) => void),
  /** Called after each op when set (check numerics). */
  after: null as null | ((name: string, ins: readonly Tensor[], outs: readonly Tensor[]) => void),
  /** Set while tf.function traces (tape/capture.ts): sees every kernel call. */
  capture: null as
    | null
    | {
      kernel: <A>(def: OpDef<A>, ins: readonly Tensor[], outs: readonly Tensor[], attrs: A) => void;
      abort: (why: string) => never;
    },
  /** Runs an in-place update on the GPU (see runUpdate); set with gpuExec. */
  gpuUpdate: null as
    | null
    | (<A>(def: OpDef<A>, targets: readonly Storage[], ins: readonly Tensor[], attrs: A) => void),
  /** Runs an op on the GPU; set by the WebGPU backend once a GPU is acquired. */
  gpuExec: null as
    | null
    | (<A>(def: OpDef<A>, ins: readonly Tensor[], outs: readonly Tensor[], attrs: A) => void),
};

const pin: number[] = [];
const pout: number[] = [];
const call: Call<unknown> = { ins: [], outs: [], attrs: undefined, pin, pout };

/** Runs an op with one output of the given shape and dtype. */
export function run<A>(
  def: OpDef<A>,
  ins: readonly Tensor[],
  attrs: A,
  shape: readonly number[],
  dtype: DType,
): Tensor {
  const size = sizeOf(shape);
  if (size > SMALL_ELEMENTS) checkAlloc(def.name, shape, size, dtype);
  const out = new Tensor(shape, dtype, new Storage(dtype, size), size);
  exec(def, ins, [out], attrs);
  return out;
}

/** Runs an op with several outputs. */
export function runMany<A>(
  def: OpDef<A>,
  ins: readonly Tensor[],
  attrs: A,
  specs: readonly { shape: readonly number[]; dtype: DType }[],
): Tensor[] {
  const outs = specs.map(({ shape, dtype }) => {
    const size = sizeOf(shape);
    checkAlloc(def.name, shape, size, dtype);
    return new Tensor(shape, dtype, new Storage(dtype, size), size);
  });
  exec(def, ins, outs, attrs);
  return outs;
}

/** Whether any input's elements live only on the GPU. */
function gpuOnlyInput(ins: readonly Tensor[]): boolean {
  for (let i = 0; i < ins.length; i++) {
    const s = ins[i].storage;
    if (s.gpu !== null && s.host === null && s.ptr < 0) return true;
  }
  return false;
}

/** The dispatcher's view of an op call. */
function choose<A>(def: OpDef<A>, ins: readonly Tensor[], outs: readonly Tensor[]): BackendName {
  if (policy.gpu === null && policy.forced !== "webgpu") {
    // The common case without a GPU: nothing to weigh.
    if (trace.on) traceChoice(def.name, chooseBackend(def, false, 0, policy));
    return "wasm";
  }
  let work = 0;
  for (let i = 0; i < ins.length; i++) work += ins[i].size;
  for (let i = 0; i < outs.length; i++) work += outs[i].size;
  const choice = chooseBackend(def, gpuOnlyInput(ins), work, policy);
  if (trace.on) traceChoice(def.name, choice);
  return choice.backend;
}

function exec<A>(def: OpDef<A>, ins: readonly Tensor[], outs: Tensor[], attrs: A): void {
  for (let i = 0; i < ins.length; i++) if (ins[i].disposed) ins[i].assertAlive(def.name);
  if (hooks.capture !== null && def.uncapturable !== undefined) {
    hooks.capture.abort(`${def.name} ${def.uncapturable}`);
  }
  if (choose(def, ins, outs) === "webgpu") {
    if (hooks.capture !== null) hooks.capture.abort(`${def.name} ran on the GPU`);
    hooks.gpuExec!(def, ins, outs, attrs);
    observe(def, ins, outs, attrs);
    return;
  }
  beginCall();
  try {
    for (let i = 0; i < ins.length; i++) pin[i] = inputPtr(def.name, ins[i].storage);
    let any = false;
    for (let i = 0; i < outs.length; i++) {
      pout[i] = outputPtr(def.name, outs[i].storage);
      if (outs[i].size > 0) any = true;
    }
    if (any) {
      call.ins = ins;
      call.outs = outs;
      call.attrs = attrs;
      def.wasm!(call as Call<A>);
    }
  } finally {
    endCall();
  }
  if (hooks.capture !== null) hooks.capture.kernel(def, ins, outs, attrs);
  observe(def, ins, outs, attrs);
}

/**
 * Tells the observers (tapes, numerics checks) about a finished op. `run` does
 * this itself; metadata-only ops, which never reach a kernel, call it directly.
 */
export function observe<A>(def: OpDef<A>, ins: readonly Tensor[], outs: Tensor[], attrs: A): void {
  if (hooks.recording > 0) hooks.record!(def, ins, outs, attrs);
  if (hooks.after !== null) hooks.after(def.name, ins, outs);
}

/**
 * Runs a kernel that updates storages in place (optimizer steps, variable
 * updates). `c.pin` holds the targets' pointers first, then the inputs'; the
 * kernel writes the targets through their pointers. Targets must be owned by
 * one tensor (see Variable.ownStorage). Not recorded on tapes: in-place
 * updates are not differentiable.
 */
export function runUpdate<A>(
  def: OpDef<A>,
  targets: readonly Storage[],
  ins: readonly Tensor[],
  attrs: A,
): void {
  for (let i = 0; i < ins.length; i++) if (ins[i].disposed) ins[i].assertAlive(def.name);
  if (hooks.capture !== null) {
    hooks.capture.abort(`${def.name} updates memory in place outside a captured effect`);
  }
  if (policy.gpu !== null || policy.forced === "webgpu") {
    let gpuOnly = gpuOnlyInput(ins);
    let work = 0;
    for (const t of targets) {
      if (t.gpu !== null && t.host === null && t.ptr < 0) gpuOnly = true;
      work += t.length;
    }
    const choice = chooseBackend(def, gpuOnly, work, policy);
    if (trace.on) traceChoice(def.name, choice);
    if (choice.backend === "webgpu") {
      hooks.gpuUpdate!(def, targets, ins, attrs);
      return;
    }
  } else if (trace.on) traceChoice(def.name, chooseBackend(def, false, 0, policy));
  beginCall();
  try {
    const nt = targets.length;
    for (let i = 0; i < nt; i++) pin[i] = inoutPtr(def.name, targets[i]);
    for (let i = 0; i < ins.length; i++) pin[nt + i] = inputPtr(def.name, ins[i].storage);
    call.ins = ins;
    call.outs = [];
    call.attrs = attrs;
    def.wasm!(call as Call<A>);
  } finally {
    endCall();
  }
}
