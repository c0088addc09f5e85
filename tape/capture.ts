/**
 * `tf.function`: capture a function's kernel calls once, then replay them
 * with new inputs and no per-op JavaScript work (TensorFlow's `tf.function`
 * idea, for the wasm backend).
 *
 * Tracing runs the function eagerly once and records, in order, every kernel
 * call (forward ops, the gradient tape's backward ops) and every *effect*
 * (variable assignments, optimizer steps: JavaScript that must run again on
 * each call). The record becomes a plan: every intermediate gets a block of
 * the wasm heap that stays reserved, and a replay only writes the arguments
 * into their blocks, runs the kernels on fixed pointers, runs the effects, and
 * copies the results out. Shape checks, allocation, dispatch and the tape are
 * paid once, at tracing.
 *
 * As in TensorFlow, the function should compute with tensors: plain
 * JavaScript values it reads are baked in at tracing, and JavaScript side
 * effects (other than assignments and optimizer steps) happen only then.
 * A new argument signature (shapes and dtypes) traces again. Functions that
 * use random ops or run on the GPU are not captured: they run eagerly (one
 * note is printed).
 *
 * @module
 */

import { hooks, type OpDef } from "./op.ts";
import { Tensor } from "./tensor.ts";
import { Storage } from "./storage.ts";
import { Variable } from "./variable.ts";
import { beginCall, endCall, inputPtr, k, outputPtr, residentPtr } from "../asm/backend.ts";
import { placePinned } from "../asm/heap.ts";
import { keep } from "./memory.ts";
import type { Call } from "./op.ts";

/** Where a traced tensor's elements are at replay. */
type Ref =
  | { kind: "slot"; storage: Storage } // produced inside: a pinned block of the plan
  | { kind: "arg"; index: number; storage: Storage } // the i-th tensor argument
  | { kind: "var"; variable: Variable } // a variable, read through its current storage
  | { kind: "const"; storage: Storage }; // made outside kernels (constants): fixed

interface KernelNode {
  kind: "kernel";
  def: OpDef<unknown>;
  ins: readonly Tensor[];
  outs: readonly Tensor[];
  attrs: unknown;
  inRefs: Ref[];
  outRefs: Ref[];
}

interface EffectNode {
  kind: "effect";
  run: (tensors: Tensor[]) => void;
  refs: Ref[];
  /** The tensors' shapes at tracing (a view may reshape its storage). */
  shapes: (readonly number[])[];
  /** Tensors handed to `run` at replay: views of the refs' storages. */
  views: Tensor[];
  /** A check (it changes nothing): running it twice is harmless. */
  check: boolean;
}

type Node = KernelNode | EffectNode;

/** Raised inside tracing when something cannot be captured. */
class NotCapturable extends Error {}

/** The trace in progress (one at a time). */
let tracing: Tracer | null = null;

class Tracer {
  nodes: Node[] = [];
  refs = new Map<Storage, Ref>();
  keep: Tensor[] = [];

  refOf(t: Tensor): Ref {
    let r = this.refs.get(t.storage);
    if (r === undefined) {
      r = t instanceof Variable
        ? { kind: "var", variable: t }
        : { kind: "const", storage: t.storage };
      if (r.kind === "const") {
        t.storage.refs++;
        this.keep.push(t);
      }
      this.refs.set(t.storage, r);
    }
    return r;
  }

  kernel(
    def: OpDef<unknown>,
    ins: readonly Tensor[],
    outs: readonly Tensor[],
    attrs: unknown,
  ): void {
    const inRefs = ins.map((t) => this.refOf(t));
    const outRefs = outs.map((t) => {
      const slot = new Storage(t.dtype, t.size);
      const r: Ref = { kind: "slot", storage: slot };
      this.refs.set(t.storage, r);
      return r;
    });
    this.nodes.push({ kind: "kernel", def, ins, outs, attrs, inRefs, outRefs });
  }
}

/** Whether a function is being traced now (effects register themselves then). */
export function capturing(): boolean {
  return tracing !== null;
}

/**
 * Runs `run(tensors)` now and, while tracing, records it to run again at each
 * replay with the replay's tensors. For JavaScript that updates state from
 * tensors (variable assignments, optimizer steps), or that checks them on the
 * host (`check: true`: a label range check; TensorFlow's assert ops), which a
 * replay must not skip.
 */
export function effect(
  tensors: readonly Tensor[],
  run: (tensors: Tensor[]) => void,
  { check = false }: { check?: boolean } = {},
): void {
  const t = tracing;
  if (t === null) {
    run(tensors.slice());
    return;
  }
  const refs = tensors.map((x) => t.refOf(x));
  tracing = null;
  const rec = hooks.capture;
  hooks.capture = null;
  try {
    run(tensors.slice());
  } finally {
    hooks.capture = rec;
    tracing = t;
  }
  t.nodes.push({
    kind: "effect",
    run,
    refs,
    shapes: tensors.map((x) => x.shape),
    views: [],
    check,
  });
}

// ---------------------------------------------------------------- plans

/** A traced function, ready to replay for one argument signature. */
class Plan {
  constructor(
    readonly nodes: Node[],
    readonly argSlots: Storage[],
    readonly output: unknown,
    readonly outRefs: Map<Tensor, Ref>,
    readonly keep: Tensor[],
  ) {}

  /** Per kernel node, its pointers that never change (pinned blocks), -1 elsewhere. */
  #fixed: Map<KernelNode, { ins: number[]; outs: number[] }> = new Map();

  #fixedOf(node: KernelNode): { ins: number[]; outs: number[] } {
    let f = this.#fixed.get(node);
    if (f === undefined) {
      const fix = (r: Ref) =>
        (r.kind === "slot" || r.kind === "arg") && r.storage.pinned && r.storage.ptr >= 0
          ? r.storage.ptr
          : -1;
      f = { ins: node.inRefs.map(fix), outs: node.outRefs.map(fix) };
      this.#fixed.set(node, f);
    }
    return f;
  }

  replay(args: Tensor[]): unknown {
    // 1. Arguments into their blocks.
    for (let i = 0; i < args.length; i++) copyInto(this.argSlots[i], args[i].storage);
    // 2. Kernels on fixed pointers (only variables and constants are looked
    // up: they may move); effects on views of the blocks.
    const pin = replayPin, pout = replayPout, call = replayCall;
    try {
      for (const node of this.nodes) {
        if (node.kind === "effect") {
          if (node.views.length === 0) {
            node.views = node.refs.map((r, i) => viewOf(r, node.shapes[i]));
          } else refreshViews(node);
          node.run(node.views);
          continue;
        }
        const fixed = this.#fixedOf(node);
        beginCall();
        for (let i = 0; i < node.inRefs.length; i++) {
          const p = fixed.ins[i];
          pin[i] = p >= 0 ? p : ptrOf(node.def.name, node.inRefs[i]);
        }
        for (let i = 0; i < node.outRefs.length; i++) {
          const p = fixed.outs[i];
          pout[i] = p >= 0 ? p : ptrOf(node.def.name, node.outRefs[i]);
        }
        call.ins = node.ins;
        call.outs = node.outs;
        call.attrs = node.attrs;
        node.def.wasm!(call);
        endCall();
      }
    } finally {
      // a kernel that threw leaves its call open: close it (frees temporaries)
      endCall();
    }
    // 3. Results copied out of the blocks into fresh tensors.
    return mapTensors(this.output, (t) => {
      const r = this.outRefs.get(t);
      if (r === undefined) return t;
      const s = storageOf(r);
      const out = new Tensor(t.shape, t.dtype, new Storage(t.dtype, t.size), t.size);
      copyInto(out.storage, s);
      return out;
    });
  }
}

// The replay's call record, reused (replays never nest: effects run outside).
const replayPin: number[] = [];
const replayPout: number[] = [];
const replayCall: Call<unknown> = {
  ins: [],
  outs: [],
  attrs: undefined,
  pin: replayPin,
  pout: replayPout,
};

function storageOf(r: Ref): Storage {
  return r.kind === "var" ? r.variable.storage : r.storage;
}

function ptrOf(op: string, r: Ref): number {
  const s = storageOf(r);
  return s.ptr >= 0 && s.pinned ? s.ptr : residentPtr(op, s);
}

function viewOf(r: Ref, shape: readonly number[]): Tensor {
  if (r.kind === "var") return r.variable;
  const s = r.storage;
  s.refs++;
  // made at the first replay, perhaps inside a tidy: kept for every replay
  return keep(new Tensor(shape, s.dtype, s, s.length));
}

function refreshViews(node: EffectNode): void {
  for (let i = 0; i < node.refs.length; i++) {
    const r = node.refs[i];
    if (r.kind === "var") node.views[i] = r.variable;
  }
}

/** Copies a storage's elements into another (a pinned block, or a fresh output). */
function copyInto(dst: Storage, src: Storage): void {
  beginCall();
  try {
    // inputPtr stages small sources: arguments are not made resident for good
    const ps = inputPtr("tf.function", src);
    const pd = dst.ptr >= 0 ? dst.ptr : outputPtr("tf.function", dst);
    k.copy_bytes(pd, ps, src.nbytes);
  } finally {
    endCall();
  }
}

function mapTensors(x: unknown, f: (t: Tensor) => Tensor): unknown {
  if (x instanceof Tensor) return f(x);
  if (Array.isArray(x)) return x.map((e) => mapTensors(e, f));
  if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(x)) out[key] = mapTensors(v, f);
    return out;
  }
  return x;
}

function signature(args: readonly unknown[]): string {
  return args.map((a) =>
    a instanceof Tensor ? `${a.dtype}[${a.shape.join(",")}]` : `=${JSON.stringify(a)}`
  ).join(";");
}

let noted = false;
function noteEager(fnName: string, why: string, quiet: boolean): void {
  if (noted || quiet) return;
  noted = true;
  console.error(`[tapeflow] tf.function(${fnName}) runs eagerly: ${why}`);
}

/** Options of `tf.function`. */
export interface TfFunctionOptions {
  /**
   * No note on stderr when the function cannot be captured and runs eagerly
   * (`fit` captures its steps this way: a model with dropout runs eagerly).
   */
  quiet?: boolean;
}

/**
 * Captures `fn`'s kernel calls at its first call and replays them at later
 * calls with the same argument shapes (see the module doc for what is and is
 * not captured). Tensor arguments may change values between calls; other
 * arguments are part of the signature.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = new tf.Variable([1, 2]);
 * const opt = new tf.keras.optimizers.SGD({ learningRate: 0.1 });
 * const step = tf.function((x: tf.Tensor) => {
 *   const tape = new tf.GradientTape();
 *   const loss = tape.record(() => tf.reduceSum(tf.square(tf.subtract(w, x))));
 *   opt.applyGradients(tf.zip(tape.gradient(loss, [w]), [w]));
 *   return loss;
 * });
 * for (let i = 0; i < 50; i++) step(tf.constant([3, 4]));
 * console.log(w.arraySync()); // close to [3, 4]
 * ```
 */
export function tfFunction<Args extends unknown[], R>(
  fn: (...args: Args) => R,
  { quiet = false }: TfFunctionOptions = {},
): (...args: Args) => R {
  if (typeof fn !== "function") {
    throw new TypeError(`tf.function: expected a function, got ${typeof fn}`);
  }
  const plans = new Map<string, Plan | null>();
  return (...args: Args): R => {
    // Nested: inline into the outer trace. Under a recording tape or with
    // numerics checks on: eager, so that the tape or the checks see every op.
    if (tracing !== null || hooks.recording > 0 || hooks.after !== null) return fn(...args);
    const key = signature(args);
    const plan = plans.get(key);
    if (plan === null) return fn(...args); // not capturable: eager
    const tensors = args.filter((a): a is Tensor => a instanceof Tensor);
    if (plan !== undefined) return plan.replay(tensors) as R;
    // Trace.
    const tracer = new Tracer();
    const argSlots = tensors.map((t, i) => {
      const slot = new Storage(t.dtype, t.size);
      tracer.refs.set(t.storage, { kind: "arg", index: i, storage: slot });
      return slot;
    });
    let result: R;
    tracing = tracer;
    hooks.capture = {
      kernel: (def, ins, outs, attrs) => tracer.kernel(def as OpDef<unknown>, ins, outs, attrs),
      abort: (why) => {
        throw new NotCapturable(why);
      },
    };
    try {
      result = fn(...args);
    } catch (e) {
      tracing = null;
      hooks.capture = null;
      if (e instanceof NotCapturable) {
        plans.set(key, null);
        noteEager(fn.name || "anonymous", e.message, quiet);
        // What ran so far was pure kernel work, unless an effect ran: then
        // running again would repeat it, so the caller must decide.
        if (!tracer.nodes.some((n) => n.kind === "effect" && !n.check)) return fn(...args);
        throw new Error(
          `tf.function: ${e.message}; the function cannot be captured and stopped after an ` +
            `assignment or optimizer step while tracing: it runs eagerly from the next call`,
        );
      }
      throw e;
    } finally {
      tracing = null;
      hooks.capture = null;
    }
    // Build the plan: pinned blocks for arguments and intermediates.
    for (const s of argSlots) placePinned("tf.function", s);
    for (const node of tracer.nodes) {
      if (node.kind !== "kernel") continue;
      for (let i = 0; i < node.outRefs.length; i++) {
        const r = node.outRefs[i] as { kind: "slot"; storage: Storage };
        if (r.storage.ptr < 0) placePinned("tf.function", r.storage);
      }
    }
    const outRefs = new Map<Tensor, Ref>();
    mapTensors(result, (t) => {
      const r = tracer.refs.get(t.storage);
      if (r !== undefined && (r.kind === "slot" || r.kind === "arg")) outRefs.set(t, r);
      return t;
    });
    // Trace-time intermediates: the plan keeps their shapes, not their memory.
    for (const node of tracer.nodes) {
      if (node.kind !== "kernel") continue;
      for (const o of node.outs) if (!outRefs.has(o) && !(o instanceof Variable)) o.dispose();
    }
    plans.set(key, new Plan(tracer.nodes, argSlots, result, outRefs, tracer.keep));
    return result;
  };
}
