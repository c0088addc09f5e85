/**
 * `tf.GradientTape`: records ops on watched tensors and computes gradients by
 * walking the record backwards (reverse-mode automatic differentiation).
 *
 * The record is a list of `{op, inputs, outputs, attrs}` in execution order,
 * which is already a topological order. Each op's gradient is written with
 * other ops, so the backward pass is itself recorded by any outer tape:
 * nesting tapes gives higher derivatives.
 *
 * @module
 */

import { type GradFn, hooks, type OpDef } from "./op.ts";
import { Tensor, unref } from "./tensor.ts";
import { Variable } from "./variable.ts";
import type { Storage } from "./storage.ts";
import { fmtShape, shapesEqual } from "./_shape.ts";
import { fromData, type TensorLike, toTensor } from "./convert.ts";
import { SMALL_ELEMENTS } from "./storage.ts";
import { add } from "./ops/arithmetic.ts";
import { onesLike, zeros, zerosLike } from "./ops/creation.ts";
import { stack } from "./ops/concat.ts";
import { reshape } from "./ops/shape.ts";
import { reduceSum } from "./ops/reduce.ts";

/** One recorded op. */
interface Node {
  def: OpDef<unknown>;
  ins: readonly Tensor[];
  outs: readonly Tensor[];
  attrs: unknown;
  /** Variables read by the op: their storage at that time (kept alive by the tape). */
  reads: { index: number; storage: Storage }[] | null;
}

/** Options of `new tf.GradientTape`. */
export interface GradientTapeOptions {
  /** Allow several `gradient` calls (default false: the record is freed by the first). */
  persistent?: boolean;
  /** Watch trainable variables as soon as an op reads them (default true). */
  watchAccessedVariables?: boolean;
}

/** Options of `tape.gradient`. */
export interface GradientOptions {
  /** Gradient of the target to start from (default ones: a non-scalar target is summed). */
  outputGradients?: TensorLike;
  /** What sources that do not reach the target get: `"none"` (null, default) or `"zero"`. */
  unconnectedGradients?: "none" | "zero";
}

/** Sources of `gradient`: one tensor, an array, or an object of tensors. */
export type Sources = Tensor | readonly Tensor[] | { readonly [key: string]: Tensor };

/** The result of `gradient` for each form of sources. */
export type Gradients<S> = S extends Tensor ? Tensor | null
  : { [K in keyof S]: Tensor | null };

/** Tapes recording now, outermost first, and their ids. */
const recording: GradientTape[] = [];
const recordingIds = new Set<number>();
let nextTapeId = 1;

function setRecordingCount(): void {
  hooks.recording = recording.length;
}

/**
 * Records operations for automatic differentiation.
 *
 * Two forms stand for Python's `with tf.GradientTape() as tape:`. Recording
 * starts at construction; `record(fn)` ends it when `fn` returns, like leaving
 * the `with` block; with `using`, it ends at `stop()`, at disposal, or at the
 * `gradient` call of a non-persistent tape.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const x = new tf.Variable(3.0);
 * const tape = new tf.GradientTape();
 * const y = tape.record(() => tf.square(x));
 * console.log(tape.gradient(y, x)?.arraySync()); // 6
 * ```
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const w = new tf.Variable([[1], [2]]);
 * using tape = new tf.GradientTape();
 * const L = tf.reduceSum(tf.square(tf.matmul([[1, 2], [3, 4]], w)));
 * const dw = tape.gradient(L, w);
 * ```
 */
export class GradientTape {
  /** Whether `gradient` may be called more than once. */
  readonly persistent: boolean;
  /** Whether reads of trainable variables are watched automatically. */
  readonly watchAccessedVariables: boolean;
  /** @internal */
  readonly id: number = nextTapeId++;
  /** @internal The tape-id list shared by every tensor tracked only by this tape. */
  readonly ids: number[];
  #nodes: Node[] = [];
  #watched = new Set<Tensor>();
  #recording = false;
  #used = false;
  #paused = 0;

  /** Starts recording (see the class doc for the two forms). */
  constructor(options: GradientTapeOptions = {}) {
    this.persistent = options.persistent ?? false;
    this.watchAccessedVariables = options.watchAccessedVariables ?? true;
    this.ids = [this.id];
    this.#start();
  }

  #start(): void {
    if (this.#recording) return;
    this.#recording = true;
    recording.push(this);
    recordingIds.add(this.id);
    setRecordingCount();
    // Tracking marks are kept only for recording tapes (see #track): renew
    // those of what this tape watches.
    for (const t of this.#watched) this.#track(t);
  }

  /** Stops recording. Calling it again is harmless. */
  stop(): void {
    if (!this.#recording) return;
    this.#recording = false;
    const i = recording.lastIndexOf(this);
    if (i >= 0) recording.splice(i, 1);
    recordingIds.delete(this.id);
    setRecordingCount();
  }

  /** Whether the tape is recording now. */
  get isRecording(): boolean {
    return this.#recording && this.#paused === 0;
  }

  /**
   * Runs `fn` while recording, then stops: the `with` block of Python.
   * A tape that stopped may record again with another `record` call.
   */
  record<T>(fn: () => T): T {
    if (this.#used) throw this.#usedError("record");
    if (typeof fn !== "function") {
      throw new TypeError(`GradientTape.record: expected a function, got ${typeof fn}`);
    }
    this.#start();
    let result: T;
    try {
      result = fn();
    } finally {
      this.stop();
    }
    if (result instanceof Promise) {
      throw new TypeError(
        "GradientTape.record: the function returned a Promise, and recording stopped before its " +
          "ops ran; make the function synchronous (await data before record, not inside it), or " +
          "use `using tape = new tf.GradientTape()` and call tape.stop() after the await",
      );
    }
    return result;
  }

  /** Runs `fn` without recording on this tape (TensorFlow's `stop_recording`). */
  stopRecording<T>(fn: () => T): T {
    const i = recording.lastIndexOf(this);
    if (i < 0) return fn();
    recording.splice(i, 1);
    setRecordingCount();
    this.#paused++;
    try {
      return fn();
    } finally {
      this.#paused--;
      if (this.#recording) {
        recording.push(this);
        setRecordingCount();
      }
    }
  }

  /**
   * Watches tensors (or variables) so that gradients with respect to them can
   * be taken. Constants are not watched unless asked for.
   */
  watch(tensors: Tensor | readonly Tensor[]): void {
    for (const t of Array.isArray(tensors) ? tensors : [tensors as Tensor]) {
      if (!(t instanceof Tensor)) {
        throw new TypeError(`GradientTape.watch: expected tensors or variables, got ${typeof t}`);
      }
      if (this.#used) throw this.#usedError("watch");
      t.assertAlive("GradientTape.watch");
      this.#track(t);
      this.#watched.add(t);
    }
  }

  /** The variables this tape watches, in the order they were first watched. */
  watchedVariables(): Variable[] {
    return [...this.#watched].filter((t): t is Variable => t instanceof Variable);
  }

  /** Forgets everything recorded and watched; keeps recording if it was. */
  reset(): void {
    this.#release();
    this.#watched.clear();
    this.#used = false;
  }

  /** Stops recording and frees the record. */
  dispose(): void {
    this.stop();
    this.#release();
  }

  /** `using tape = new tf.GradientTape()` disposes the tape at the end of the block. */
  [Symbol.dispose](): void {
    this.dispose();
  }

  /** @internal Whether this tape tracks `t`. */
  tracks(t: Tensor): boolean {
    const ids = t.tapes as number[] | null;
    return ids !== null && ids.includes(this.id);
  }

  /**
   * Marks `t` as tracked by this tape. Marks matter only while a tape records
   * (they decide which ops are recorded), so marks of tapes that stopped are
   * dropped here: a variable read by a new tape every step keeps one mark, not
   * one per step.
   */
  #track(t: Tensor): void {
    const ids = t.tapes as number[] | null;
    if (ids === null || ids === this.ids) {
      t.tapes = this.ids;
      return;
    }
    if (ids.includes(this.id)) return;
    const live = ids.filter((id) => recordingIds.has(id));
    t.tapes = live.length === 0 ? this.ids : [...live, this.id];
  }

  /** @internal Called for every op while this tape records. */
  recordOp(
    def: OpDef<unknown>,
    ins: readonly Tensor[],
    outs: readonly Tensor[],
    attrs: unknown,
  ): void {
    let tracked = false;
    let reads: Node["reads"] = null;
    for (let i = 0; i < ins.length; i++) {
      const t = ins[i];
      if (t instanceof Variable) {
        if (!this.tracks(t) && t.trainable && this.watchAccessedVariables) {
          this.#track(t);
          this.#watched.add(t);
        }
        if (this.tracks(t)) {
          t.storage.refs++;
          (reads ??= []).push({ index: i, storage: t.storage });
        }
      }
      if (!tracked && this.tracks(t)) tracked = true;
    }
    if (!tracked) return;
    if (def.grad === undefined) {
      // Non-differentiable ops cut the path: their outputs are constants.
      if (reads !== null) { for (const r of reads) unref(r.storage); }
      return;
    }
    this.#nodes.push({ def, ins, outs, attrs, reads });
    for (const o of outs) this.#track(o);
  }

  #release(): void {
    for (const n of this.#nodes) {
      if (n.reads !== null) {
        for (const r of n.reads) unref(r.storage);
      }
    }
    this.#nodes = [];
  }

  #usedError(what: string): TypeError {
    // A TypeError, as for a fetch body read twice: the object's state forbids the call.
    return new TypeError(
      `GradientTape.${what}: this non-persistent tape's gradient was already computed and its ` +
        `record freed; create the tape with { persistent: true } to call gradient more than once`,
    );
  }

  /**
   * Gradients of `target` with respect to `sources`, with the same structure
   * as `sources` (one tensor, an array, or an object). A non-scalar target is
   * summed. Sources the target does not depend on get null (or zeros with
   * `unconnectedGradients: "zero"`); integer sources get null, as in TensorFlow.
   */
  gradient<S extends Sources>(
    target: Tensor,
    sources: S,
    options: GradientOptions = {},
  ): Gradients<S> {
    this.#checkTarget("gradient", target);
    const list = flattenSources(sources);
    const zero = unconnectedZero("gradient", options.unconnectedGradients);
    if (!this.persistent) this.stop();
    const seed = options.outputGradients === undefined
      ? onesFor(target)
      : checkSeed(target, options.outputGradients);
    const result = this.#gradients(target, seed, list, zero);
    this.#endCall();
    return unflatten(sources, result) as Gradients<S>;
  }

  /**
   * The Jacobian of `target` with respect to each source: for a source of
   * shape S, a tensor of shape `[...target.shape, ...S]` whose element
   * `[i..., j...]` is d target[i...] / d source[j...] (TensorFlow's
   * `GradientTape.jacobian`). One backward pass per element of the target.
   * Sources the target does not depend on give null (zeros with
   * `unconnectedGradients: "zero"`). A non-persistent tape can compute one
   * Jacobian, as it can one gradient.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const x = new tf.Variable([1, 2, 3]);
   * const tape = new tf.GradientTape();
   * const y = tape.record(() => tf.square(x));
   * console.log(tape.jacobian(y, x)!.arraySync()); // [[2, 0, 0], [0, 4, 0], [0, 0, 6]]
   * ```
   */
  jacobian<S extends Sources>(
    target: Tensor,
    sources: S,
    options: Pick<GradientOptions, "unconnectedGradients"> = {},
  ): Gradients<S> {
    this.#checkTarget("jacobian", target);
    const list = flattenSources(sources);
    const zero = unconnectedZero("jacobian", options.unconnectedGradients);
    if (!this.persistent) this.stop();
    const n = target.size;
    const rows: (Tensor | null)[][] = list.map(() => []);
    for (let i = 0; i < n; i++) {
      const seed = new Array<number>(n).fill(0);
      seed[i] = 1;
      const gs = this.#gradients(target, fromData(seed, target.shape, "float32"), list, false);
      gs.forEach((g, k) => rows[k].push(g));
    }
    const result = list.map((s, k) => joinRows(rows[k], s, [...target.shape, ...s.shape], zero));
    this.#endCall();
    return unflatten(sources, result) as Gradients<S>;
  }

  /**
   * The Jacobian of each row of `target` with respect to the same row of
   * `source` (TensorFlow's `GradientTape.batch_jacobian`): for a target
   * `[B, ...T]` and a source `[B, ...S]`, a tensor `[B, ...T, ...S]`. Rows
   * must be independent (row b of the target depends on row b of the source
   * only), as TensorFlow assumes; one backward pass per element of a row.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const x = new tf.Variable([[1, 2], [3, 4]]);
   * const tape = new tf.GradientTape();
   * const y = tape.record(() => tf.matmul(x, [[1, 0, 1], [0, 1, 1]]));
   * console.log(tape.batchJacobian(y, x)!.shape); // [2, 3, 2]
   * ```
   */
  batchJacobian(
    target: Tensor,
    source: Tensor,
    options: Pick<GradientOptions, "unconnectedGradients"> = {},
  ): Tensor | null {
    this.#checkTarget("batchJacobian", target);
    const [s] = flattenSources(source);
    const zero = unconnectedZero("batchJacobian", options.unconnectedGradients);
    if (target.rank < 1 || s.rank < 1 || target.shape[0] !== s.shape[0]) {
      throw new RangeError(
        `GradientTape.batchJacobian: target ${fmtShape(target.shape)} and source ${
          fmtShape(s.shape)
        } must both have the batch as their first axis, of the same size; use jacobian otherwise`,
      );
    }
    if (!this.persistent) this.stop();
    const B = target.shape[0], m = target.size / Math.max(B, 1);
    const rows: (Tensor | null)[] = [];
    for (let j = 0; j < m; j++) {
      // element j of every row at once: the rows are independent
      const seed = new Array<number>(target.size).fill(0);
      for (let b = 0; b < B; b++) seed[b * m + j] = 1;
      rows.push(this.#gradients(target, fromData(seed, target.shape, "float32"), [s], false)[0]);
    }
    const shape = [B, ...target.shape.slice(1), ...s.shape.slice(1)];
    const result = joinRows(rows, s, shape, zero, 1);
    this.#endCall();
    return result;
  }

  /** The checks of a differentiation target (gradient, jacobian, batchJacobian). */
  #checkTarget(op: string, target: unknown): asserts target is Tensor {
    if (this.#used) throw this.#usedError(op);
    if (!isTensor(target)) {
      throw new TypeError(
        `GradientTape.${op}: the target must be a tensor computed while the tape recorded, got ${
          target === null ? "null" : typeof target
        }; pass the loss tensor (tape.${op}(loss, variables))`,
      );
    }
    target.assertAlive(`GradientTape.${op}`);
    if (target.dtype !== "float32") {
      throw new TypeError(
        `GradientTape.${op}: the target is ${target.dtype} ${
          fmtShape(target.shape)
        }, and only float32 values have gradients; compute the loss in float32 (tf.cast integer ` +
          `or bool inputs to "float32" before the ops you differentiate)`,
      );
    }
  }

  /** A non-persistent tape frees its record after its one differentiation. */
  #endCall(): void {
    if (!this.persistent) {
      this.#used = true;
      this.#release();
    }
  }

  /** The gradients of `target` (seeded with `seed`) for each source of `list`. */
  #gradients(
    target: Tensor,
    seed: Tensor,
    list: readonly Tensor[],
    zero: boolean,
  ): (Tensor | null)[] {
    // Only what the tape watched, or an op it recorded produced, is a source:
    // gradients reach unwatched constants too, but TensorFlow reports none.
    let produced: Set<Tensor> | null = null;
    const valid = list.map((s) => {
      if (s.dtype !== "float32") return false;
      if (this.#watched.has(s)) return true;
      if (produced === null) {
        produced = new Set<Tensor>();
        for (const n of this.#nodes) for (const o of n.outs) produced.add(o);
      }
      return produced.has(s);
    });
    const grads = this.#backprop(target, seed, list.filter((_, i) => valid[i]));
    return list.map((s, i) => {
      if (s.dtype !== "float32") return null;
      const g = valid[i] ? grads.get(s) : undefined;
      return g ?? (zero ? zerosLike(s) : null);
    });
  }

  /**
   * Reverse accumulation from `target` with initial gradient `seed`, for the
   * gradients of `sources`: only inputs that depend on a source (found by one
   * forward walk of the record) get a gradient; ops none of whose inputs do
   * are skipped (the gradient of a constant input, such as a batch of data or
   * the labels, is never computed). Returns the sources' gradients.
   *
   * The walk keeps its marks and partial gradients in fields of the tensors
   * (stamped with this walk's number) rather than in Maps and Sets, whose
   * lookups cost a third of a small step's backward pass. A walk started
   * while another runs (a gradient computed inside a gradient function) uses
   * Maps instead, so that it never overwrites the outer walk's fields.
   */
  #backprop(target: Tensor, seed: Tensor, sources: readonly Tensor[]): Map<Tensor, Tensor> {
    if (walking > 0) return this.#backpropMaps(target, seed, sources);
    walking++;
    const stamp = ++walkStamp;
    const nodes = this.#nodes;
    try {
      for (const s of sources) s.bpNeed = stamp;
      for (let n = 0; n < nodes.length; n++) {
        const node = nodes[n];
        for (let i = 0; i < node.ins.length; i++) {
          if (node.ins[i].bpNeed === stamp) {
            for (let j = 0; j < node.outs.length; j++) node.outs[j].bpNeed = stamp;
            break;
          }
        }
      }
      target.bpStamp = stamp;
      target.bpGrad = seed;
      for (let n = nodes.length - 1; n >= 0; n--) {
        const node = nodes[n];
        const ins = node.ins, outs = node.outs;
        let needs: boolean[] | null = null;
        for (let i = 0; i < ins.length; i++) {
          const x = ins[i];
          if (x.bpNeed === stamp && x.dtype === "float32") {
            if (needs === null) {
              needs = new Array<boolean>(ins.length);
              for (let k = 0; k < ins.length; k++) needs[k] = false;
            }
            needs[i] = true;
          }
        }
        if (needs === null) continue;
        let dys: Tensor[] | null = null;
        for (let j = 0; j < outs.length; j++) {
          const o = outs[j];
          if (o.bpStamp === stamp) (dys ??= new Array(outs.length))[j] = o.bpGrad!;
        }
        if (dys === null) continue;
        for (let j = 0; j < outs.length; j++) dys[j] ??= zerosLike(outs[j]);
        const inGrads = (node.def.grad as GradFn<unknown>)({
          dy: dys[0],
          dys,
          ins: node.reads === null ? ins : withSnapshots(node),
          out: outs[0],
          outs,
          attrs: node.attrs,
          needs,
        });
        for (let i = 0; i < ins.length; i++) {
          const g = inGrads[i];
          if (!needs[i] || g === null || g === undefined) continue;
          const x = ins[i];
          const gx = sumToShape(node.def.name, g, x.shape);
          if (x.bpStamp === stamp) x.bpGrad = add(x.bpGrad!, gx);
          else {
            x.bpStamp = stamp;
            x.bpGrad = gx;
          }
        }
      }
      const grads = new Map<Tensor, Tensor>();
      for (const s of sources) if (s.bpStamp === stamp) grads.set(s, s.bpGrad!);
      return grads;
    } finally {
      // drop the references to partial gradients (they would keep memory alive)
      target.bpGrad = null;
      for (let n = 0; n < nodes.length; n++) {
        const node = nodes[n];
        for (let i = 0; i < node.ins.length; i++) node.ins[i].bpGrad = null;
        for (let j = 0; j < node.outs.length; j++) node.outs[j].bpGrad = null;
      }
      walking--;
    }
  }

  /** #backprop with Maps and Sets: for a walk nested in another. */
  #backpropMaps(target: Tensor, seed: Tensor, sources: readonly Tensor[]): Map<Tensor, Tensor> {
    const grads = new Map<Tensor, Tensor>();
    grads.set(target, seed);
    const nodes = this.#nodes;
    const needed = new Set<Tensor>(sources);
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n];
      for (let i = 0; i < node.ins.length; i++) {
        if (needed.has(node.ins[i])) {
          for (const o of node.outs) needed.add(o);
          break;
        }
      }
    }
    for (let n = nodes.length - 1; n >= 0; n--) {
      const node = nodes[n];
      let needs: boolean[] | null = null;
      for (let i = 0; i < node.ins.length; i++) {
        const x = node.ins[i];
        if (x.dtype === "float32" && needed.has(x)) {
          (needs ??= new Array<boolean>(node.ins.length).fill(false))[i] = true;
        }
      }
      if (needs === null) continue;
      let dys: Tensor[] | null = null;
      for (let j = 0; j < node.outs.length; j++) {
        const g = grads.get(node.outs[j]);
        if (g !== undefined) (dys ??= new Array(node.outs.length))[j] = g;
      }
      if (dys === null) continue;
      for (let j = 0; j < node.outs.length; j++) dys[j] ??= zerosLike(node.outs[j]);
      const ins = node.reads === null ? node.ins : withSnapshots(node);
      const inGrads = (node.def.grad as GradFn<unknown>)({
        dy: dys[0],
        dys,
        ins,
        out: node.outs[0],
        outs: node.outs,
        attrs: node.attrs,
        needs,
      });
      for (let i = 0; i < node.ins.length; i++) {
        const x = node.ins[i];
        const g = inGrads[i];
        if (!needs[i] || g === null || g === undefined) continue;
        const gx = sumToShape(node.def.name, g, x.shape);
        const prev = grads.get(x);
        grads.set(x, prev === undefined ? gx : add(prev, gx));
      }
    }
    return grads;
  }
}

/** Whether `unconnectedGradients` asks for zeros ("zero") rather than null ("none", the default). */
function unconnectedZero(op: string, v: unknown): boolean {
  if (v === undefined || v === "none") return false;
  if (v === "zero") return true;
  throw new RangeError(
    `GradientTape.${op}: unconnectedGradients must be "none" or "zero", got ${String(v)}`,
  );
}

/**
 * One source's Jacobian from its gradient rows (one per target element, null
 * where unconnected): the rows stacked at `axis` into `shape`; null when no
 * row reaches the source (zeros with `zero`), zeros for the rows that do not.
 */
function joinRows(
  rows: readonly (Tensor | null)[],
  s: Tensor,
  shape: readonly number[],
  zero: boolean,
  axis = 0,
): Tensor | null {
  if (s.dtype !== "float32") return null;
  // (no row at all, a target of size 0, counts as unconnected)
  if (rows.every((g) => g === null)) return zero ? zeros(shape as number[]) : null;
  const j = stack(rows.map((g) => g ?? zerosLike(s)), axis);
  // stacked: [n, ...S] (axis 0) or [B, n, ...S'] (axis 1); the target's shape replaces n
  return shapesEqual(j.shape, shape) ? j : reshape(j, shape as number[]);
}

/** Backward walks in progress (0 or 1 for the field-based walk), and the last walk's number. */
let walking = 0;
let walkStamp = 0;

/**
 * The default seed: ones of the target's shape. A small one is made in JS
 * memory directly (no kernel call: this is paid at every gradient).
 */
function onesFor(target: Tensor): Tensor {
  if (target.dtype !== "float32" || target.size > SMALL_ELEMENTS) return onesLike(target);
  return fromData(new Array<number>(target.size).fill(1), target.shape, "float32");
}

/** The inputs of a node, with variables replaced by their value when recorded, if since changed. */
function withSnapshots(node: Node): Tensor[] {
  const ins = node.ins.slice();
  for (const r of node.reads!) {
    const v = ins[r.index];
    if (v.storage !== r.storage) {
      r.storage.refs++;
      ins[r.index] = new Tensor(v.shape, v.dtype, r.storage, v.size);
    }
  }
  return ins;
}

/**
 * Sums a gradient over the axes its input was broadcast along, so that it has
 * the input's shape: done here once for every broadcasting op.
 */
function sumToShape(op: string, g: Tensor, shape: readonly number[]): Tensor {
  if (shapesEqual(g.shape, shape)) return g;
  const lead = g.shape.length - shape.length;
  const axes: number[] = [];
  for (let i = 0; i < g.shape.length; i++) {
    if (i < lead || (shape[i - lead] === 1 && g.shape[i] !== 1)) axes.push(i);
  }
  // Summing the leading axes away and keeping the others gives the input's
  // shape directly when it has no size-1 axis of its own (a scalar bias, a
  // vector): no reshape then.
  const keep = lead === 0 || axes.length !== lead;
  const summed = axes.length > 0 ? reduceSum(g, axes, keep) : g;
  if (summed.size !== shape.reduce((a, b) => a * b, 1)) {
    throw new Error(
      `GradientTape: the gradient of ${op} has shape ${fmtShape(g.shape)}, which does not ` +
        `broadcast to its input's shape ${fmtShape(shape)} (a bug in ${op}'s gradient)`,
    );
  }
  return shapesEqual(summed.shape, shape) ? summed : reshape(summed, shape);
}

function checkSeed(target: Tensor, seed: TensorLike): Tensor {
  const s = toTensor("GradientTape.gradient(outputGradients)", seed, target.dtype);
  if (!shapesEqual(s.shape, target.shape)) {
    throw new RangeError(
      `GradientTape.gradient: outputGradients has shape ${fmtShape(s.shape)} but the target has ` +
        `shape ${fmtShape(target.shape)}; they must match`,
    );
  }
  return s;
}

function isTensor(x: unknown): x is Tensor {
  return x instanceof Tensor;
}

function flattenSources(sources: Sources): Tensor[] {
  const list: unknown[] = isTensor(sources)
    ? [sources]
    : Array.isArray(sources)
    ? sources
    : typeof sources === "object" && sources !== null
    ? Object.values(sources)
    : [sources];
  for (const s of list) {
    if (!isTensor(s)) {
      throw new TypeError(
        `GradientTape.gradient: sources must be tensors or variables (one, an array or an object), ` +
          `got ${s === null ? "null" : typeof s}`,
      );
    }
    s.assertAlive("GradientTape.gradient");
  }
  return list as Tensor[];
}

function unflatten(sources: Sources, values: (Tensor | null)[]): unknown {
  if (isTensor(sources)) return values[0];
  if (Array.isArray(sources)) return values;
  const out: Record<string, Tensor | null> = {};
  Object.keys(sources).forEach((k, i) => (out[k] = values[i]));
  return out;
}

hooks.record = (def, ins, outs, attrs) => {
  for (let i = 0; i < recording.length; i++) {
    recording[i].recordOp(def as OpDef<unknown>, ins, outs, attrs);
  }
};
