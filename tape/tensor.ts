/**
 * The Tensor class: an immutable n-dimensional array of one dtype.
 *
 * Tensors free themselves: small ones live in JS memory, large ones in the
 * wasm heap, which spills least-recently-used storage to JS memory when it
 * passes its budget (see asm/heap.ts). `dispose()`, `using` and `tf.tidy` give
 * deterministic release for those who want it.
 *
 * @module
 */

import type { DType, TypedArray } from "./dtype.ts";
import { fmtShape, sizeOf } from "./_shape.ts";
import { residences, type Storage } from "./storage.ts";
import { release } from "../asm/heap.ts";
import { readStorage } from "../asm/backend.ts";
import { formatTensor } from "./format.ts";
import { tensorBundle } from "./jupyter.ts";
import type { TensorLike } from "./convert.ts";
import * as arith from "./ops/arithmetic.ts";
import * as unary from "./ops/unary.ts";
import * as shapeOps from "./ops/shape.ts";
import * as concatOps from "./ops/concat.ts";
import * as sliceOps from "./ops/slice.ts";
import * as gatherOps from "./ops/gather.ts";
import * as indexOps from "./ops/indexing.ts";
import * as reduceOps from "./ops/reduce.ts";
import * as cmp from "./ops/compare.ts";
import * as linalg from "./ops/linalg.ts";

/** A nested array of numbers or booleans, as `array()` returns and `constant` takes. */
// deno-lint-ignore no-explicit-any
export type NestedArray = any[];

/** Counts behind `tf.memory()`: large tensors not yet freed, and all tensors made. */
export const tensorStats = { live: 0, created: 0 };

let nextId = 0;

/** Drops one owner of a storage; frees it with the last. */
export function unref(s: Storage): void {
  if (--s.refs === 0) {
    release(s);
    s.host = null;
    if (s.gpu !== null) residences.dropGpu!(s);
  }
}

/**
 * Frees a large tensor's storage when V8 collects the tensor. Only large
 * tensors register (registration costs ~0.4 us, small tensors need none), and
 * without an unregister token (which costs twice that): `dispose()` marks the
 * ticket instead, so the callback knows the owner was already released.
 */
interface Ticket {
  storage: Storage;
  live: boolean;
}
const finalizer = new FinalizationRegistry<Ticket>((t) => {
  if (t.live) {
    t.live = false;
    tensorStats.live--;
    unref(t.storage);
  }
});

/** Active `tidy` scopes, innermost last: tensors created inside are listed there. */
export const scopes: Tensor[][] = [];

/**
 * An immutable n-dimensional array with a shape and a dtype.
 *
 * Create tensors with `tf.constant`, `tf.zeros` and the other creation ops;
 * every op returns new tensors. Methods delegate to the op of the same name.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const x = tf.constant([[1, 2], [3, 4]]);
 * console.log(x.shape, x.dtype); // [2, 2] "float32"
 * console.log(x.add(1).arraySync()); // [[2, 3], [4, 5]]
 * ```
 */
export class Tensor {
  /** Dimensions, outermost first. `[]` for a scalar. */
  readonly shape: readonly number[];
  /** Element type. */
  readonly dtype: DType;
  /** Number of elements. */
  readonly size: number;
  /** Unique id, in creation order. */
  readonly id: number;
  /** @internal Where the elements live; shared by views such as reshape. */
  storage: Storage;
  /** @internal The gradient tapes tracking this tensor, or null. */
  tapes: unknown[] | null = null;
  /** @internal Gradient-tape bookkeeping of the backward pass in progress (see gradient_tape.ts). */
  bpNeed = 0;
  /** @internal */
  bpStamp = 0;
  /** @internal */
  bpGrad: Tensor | null = null;
  /** @internal Set once disposed. */
  disposed = false;
  /** @internal The finalization ticket of a large tensor. */
  ticket: Ticket | null = null;

  /** @internal Use `tf.constant` and the ops to make tensors. */
  constructor(
    shape: readonly number[],
    dtype: DType,
    storage: Storage,
    size: number = sizeOf(shape),
  ) {
    this.shape = shape;
    this.dtype = dtype;
    this.size = size;
    this.storage = storage;
    this.id = nextId++;
    tensorStats.created++;
    if (!storage.small) {
      tensorStats.live++;
      finalizer.register(this, this.ticket = { storage, live: true });
    }
    if (scopes.length > 0) scopes[scopes.length - 1].push(this);
  }

  /** Number of dimensions. */
  get rank(): number {
    return this.shape.length;
  }

  /** Whether `dispose()` was called. */
  get isDisposed(): boolean {
    return this.disposed;
  }

  /**
   * Frees the tensor's memory now. Optional: memory is also freed without it.
   * Using a disposed tensor throws. Calling dispose twice is harmless.
   */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.ticket !== null) {
      this.ticket.live = false;
      tensorStats.live--;
    }
    unref(this.storage);
  }

  /** `using t = tf.constant(...)` disposes `t` at the end of the block. */
  [Symbol.dispose](): void {
    this.dispose();
  }

  /** @internal Throws the use-after-dispose error for `op`. */
  assertAlive(op: string): void {
    if (this.disposed) {
      throw new TypeError(
        `${op}: tensor #${this.id} with shape ${fmtShape(this.shape)} and dtype ${this.dtype} ` +
          `was disposed; keep it alive (do not dispose it, or return it from tidy) to use it`,
      );
    }
  }

  /**
   * The elements as a fresh typed array (Float32Array, Int32Array, or
   * Uint8Array for bool), synchronously.
   */
  dataSync(): TypedArray {
    this.assertAlive("dataSync");
    return readStorage(this.storage);
  }

  /**
   * The elements as a fresh typed array. Works wherever the tensor lives
   * (a tensor computed on the GPU is copied back).
   */
  async data(): Promise<TypedArray> {
    this.assertAlive("data");
    if (this.storage.host === null && this.storage.ptr < 0 && this.storage.gpu !== null) {
      return await residences.download!(this.storage);
    }
    return this.dataSync();
  }

  /** The elements as nested arrays (booleans for bool tensors), synchronously. */
  arraySync(): NestedArray | number | boolean {
    this.assertAlive("arraySync");
    return toNested(this.dataSync(), this.shape, this.dtype);
  }

  /** The elements as nested arrays (copied back from the GPU if needed). */
  async array(): Promise<NestedArray | number | boolean> {
    return toNested(await this.data(), this.shape, this.dtype);
  }

  /**
   * TensorFlow's text form, exactly as `str(tensor)` prints it in Python:
   * `tf.Tensor(9.0, shape=(), dtype=float32)`, NumPy's layout for arrays
   * (aligned columns, lines wrapped at 75 characters, `...` summaries beyond
   * 1000 elements).
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * console.log(tf.constant([[1, 2], [3, 4]]).toString());
   * // tf.Tensor(
   * // [[1. 2.]
   * //  [3. 4.]], shape=(2, 2), dtype=float32)
   * ```
   */
  toString(): string {
    if (this.disposed) {
      return `tf.Tensor(<disposed>, shape=${fmtShape(this.shape)}, dtype=${this.dtype})`;
    }
    return formatTensor("tf.Tensor", this.dataSync(), this.shape, this.dtype);
  }

  /** Deno's console.log shows the TensorFlow text form. */
  [Symbol.for("Deno.customInspect")](): string {
    return this.toString();
  }

  /**
   * Deno's Jupyter kernel shows a tensor as an HTML table with its shape and
   * dtype (summarised when large), and TensorFlow's text form as plain text.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * // (the kernel calls this method; TypeScript types a Symbol.for key as any symbol)
   * type Displayable = Record<symbol, () => Record<string, string>>;
   * const t = tf.constant([[1, 2], [3, 4]]) as unknown as Displayable;
   * const bundle = t[Symbol.for("Jupyter.display")]();
   * console.log(bundle["text/html"].includes("shape=(2, 2) dtype=float32")); // true
   * ```
   */
  [Symbol.for("Jupyter.display")](): Record<string, string> {
    return tensorBundle(this);
  }

  /**
   * Prints `toString()` with console.log.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * tf.constant([0.5, 0.25]).print(); // tf.Tensor([0.5  0.25], shape=(2,), dtype=float32)
   * ```
   */
  print(): void {
    console.log(this.toString());
  }

  // ------------------------------------------------------------------
  // Methods: one-line delegations to the ops, one section per op family
  // (keep each family's methods together, in the family's order).

  // --- arithmetic (ops/arithmetic.ts)
  /** `tf.add(this, b)` */
  add(b: TensorLike): Tensor {
    return arith.add(this, b);
  }
  /** `tf.subtract(this, b)` */
  sub(b: TensorLike): Tensor {
    return arith.subtract(this, b);
  }
  /** `tf.multiply(this, b)` */
  mul(b: TensorLike): Tensor {
    return arith.multiply(this, b);
  }
  /** `tf.divide(this, b)` */
  div(b: TensorLike): Tensor {
    return arith.divide(this, b);
  }
  /** `tf.floorDiv(this, b)` */
  floorDiv(b: TensorLike): Tensor {
    return arith.floorDiv(this, b);
  }
  /** `tf.mod(this, b)` */
  mod(b: TensorLike): Tensor {
    return arith.mod(this, b);
  }
  /** `tf.pow(this, b)` */
  pow(b: TensorLike): Tensor {
    return arith.pow(this, b);
  }
  /** `tf.maximum(this, b)` */
  maximum(b: TensorLike): Tensor {
    return arith.maximum(this, b);
  }
  /** `tf.minimum(this, b)` */
  minimum(b: TensorLike): Tensor {
    return arith.minimum(this, b);
  }
  /** `tf.squaredDifference(this, b)` */
  squaredDifference(b: TensorLike): Tensor {
    return arith.squaredDifference(this, b);
  }

  // --- unary (ops/unary.ts)
  /** `tf.neg(this)` */
  neg(): Tensor {
    return unary.neg(this);
  }
  /** `tf.abs(this)` */
  abs(): Tensor {
    return unary.abs(this);
  }
  /** `tf.sign(this)` */
  sign(): Tensor {
    return unary.sign(this);
  }
  /** `tf.square(this)` */
  square(): Tensor {
    return unary.square(this);
  }
  /** `tf.sqrt(this)` */
  sqrt(): Tensor {
    return unary.sqrt(this);
  }
  /** `tf.rsqrt(this)` */
  rsqrt(): Tensor {
    return unary.rsqrt(this);
  }
  /** `tf.reciprocal(this)` */
  reciprocal(): Tensor {
    return unary.reciprocal(this);
  }
  /** `tf.exp(this)` */
  exp(): Tensor {
    return unary.exp(this);
  }
  /** `tf.expm1(this)` */
  expm1(): Tensor {
    return unary.expm1(this);
  }
  /** `tf.log(this)` */
  log(): Tensor {
    return unary.log(this);
  }
  /** `tf.log1p(this)` */
  log1p(): Tensor {
    return unary.log1p(this);
  }
  /** `tf.sin(this)` */
  sin(): Tensor {
    return unary.sin(this);
  }
  /** `tf.cos(this)` */
  cos(): Tensor {
    return unary.cos(this);
  }
  /** `tf.tanh(this)` */
  tanh(): Tensor {
    return unary.tanh(this);
  }
  /** `tf.sigmoid(this)` */
  sigmoid(): Tensor {
    return unary.sigmoid(this);
  }
  /** `tf.softplus(this)` */
  softplus(): Tensor {
    return unary.softplus(this);
  }
  /** `tf.relu(this)` */
  relu(): Tensor {
    return unary.relu(this);
  }
  /** `tf.relu6(this)` */
  relu6(): Tensor {
    return unary.relu6(this);
  }
  /** `tf.leakyRelu(this, alpha)` */
  leakyRelu(alpha?: number): Tensor {
    return unary.leakyRelu(this, alpha);
  }
  /** `tf.elu(this)` */
  elu(): Tensor {
    return unary.elu(this);
  }
  /** `tf.selu(this)` */
  selu(): Tensor {
    return unary.selu(this);
  }
  /** `tf.gelu(this, approximate)` */
  gelu(approximate?: boolean): Tensor {
    return unary.gelu(this, approximate);
  }
  /** `tf.erf(this)` */
  erf(): Tensor {
    return unary.erf(this);
  }
  /** `tf.floor(this)` */
  floor(): Tensor {
    return unary.floor(this);
  }
  /** `tf.ceil(this)` */
  ceil(): Tensor {
    return unary.ceil(this);
  }
  /** `tf.round(this)` */
  round(): Tensor {
    return unary.round(this);
  }
  /** `tf.isNan(this)` */
  isNan(): Tensor {
    return unary.isNan(this);
  }
  /** `tf.isFinite(this)` */
  isFinite(): Tensor {
    return unary.isFinite(this);
  }

  // --- compare, logical, where, cast (ops/compare.ts)
  /** `tf.equal(this, b)` */
  equal(b: TensorLike): Tensor {
    return cmp.equal(this, b);
  }
  /** `tf.notEqual(this, b)` */
  notEqual(b: TensorLike): Tensor {
    return cmp.notEqual(this, b);
  }
  /** `tf.less(this, b)` */
  less(b: TensorLike): Tensor {
    return cmp.less(this, b);
  }
  /** `tf.lessEqual(this, b)` */
  lessEqual(b: TensorLike): Tensor {
    return cmp.lessEqual(this, b);
  }
  /** `tf.greater(this, b)` */
  greater(b: TensorLike): Tensor {
    return cmp.greater(this, b);
  }
  /** `tf.greaterEqual(this, b)` */
  greaterEqual(b: TensorLike): Tensor {
    return cmp.greaterEqual(this, b);
  }
  /** `tf.logicalAnd(this, b)` */
  logicalAnd(b: TensorLike): Tensor {
    return cmp.logicalAnd(this, b);
  }
  /** `tf.logicalOr(this, b)` */
  logicalOr(b: TensorLike): Tensor {
    return cmp.logicalOr(this, b);
  }
  /** `tf.logicalXor(this, b)` */
  logicalXor(b: TensorLike): Tensor {
    return cmp.logicalXor(this, b);
  }
  /** `tf.logicalNot(this)` */
  logicalNot(): Tensor {
    return cmp.logicalNot(this);
  }
  /** `tf.where(condition, this, y)` (tfjs's method form) */
  where(condition: TensorLike, y: TensorLike): Tensor {
    return cmp.where(condition, this, y);
  }
  /** `tf.cast(this, dtype)` */
  cast(dtype: DType): Tensor {
    return cmp.cast(this, dtype);
  }
  /** `tf.clipByValue(this, min, max)` */
  clipByValue(min: TensorLike, max: TensorLike): Tensor {
    return cmp.clipByValue(this, min, max);
  }

  // --- reductions (ops/reduce.ts)
  /** `tf.reduceSum(this, axis, keepdims)` */
  sum(axis?: number | readonly number[], keepdims = false): Tensor {
    return reduceOps.reduceSum(this, axis, keepdims);
  }
  /** `tf.reduceMean(this, axis, keepdims)` */
  mean(axis?: number | readonly number[], keepdims = false): Tensor {
    return reduceOps.reduceMean(this, axis, keepdims);
  }
  /** `tf.reduceMax(this, axis, keepdims)` */
  max(axis?: number | readonly number[], keepdims = false): Tensor {
    return reduceOps.reduceMax(this, axis, keepdims);
  }
  /** `tf.reduceMin(this, axis, keepdims)` */
  min(axis?: number | readonly number[], keepdims = false): Tensor {
    return reduceOps.reduceMin(this, axis, keepdims);
  }
  /** `tf.reduceProd(this, axis, keepdims)` */
  prod(axis?: number | readonly number[], keepdims = false): Tensor {
    return reduceOps.reduceProd(this, axis, keepdims);
  }
  /** `tf.reduceAll(this, axis, keepdims)` */
  all(axis?: number | readonly number[], keepdims = false): Tensor {
    return reduceOps.reduceAll(this, axis, keepdims);
  }
  /** `tf.reduceAny(this, axis, keepdims)` */
  any(axis?: number | readonly number[], keepdims = false): Tensor {
    return reduceOps.reduceAny(this, axis, keepdims);
  }
  /** `tf.reduceLogSumExp(this, axis, keepdims)` */
  logSumExp(axis?: number | readonly number[], keepdims = false): Tensor {
    return reduceOps.reduceLogSumExp(this, axis, keepdims);
  }
  /** `tf.argMax(this, axis)` */
  argMax(axis = 0): Tensor {
    return reduceOps.argMax(this, axis);
  }
  /** `tf.argMin(this, axis)` */
  argMin(axis = 0): Tensor {
    return reduceOps.argMin(this, axis);
  }
  /** `tf.cumsum(this, axis, exclusive, reverse)` */
  cumsum(axis = 0, exclusive = false, reverse = false): Tensor {
    return reduceOps.cumsum(this, axis, exclusive, reverse);
  }
  /** `tf.softmax(this, axis)` */
  softmax(axis = -1): Tensor {
    return reduceOps.softmax(this, axis);
  }
  /** `tf.logSoftmax(this, axis)` */
  logSoftmax(axis = -1): Tensor {
    return reduceOps.logSoftmax(this, axis);
  }

  // --- shape and indexing (ops/shape.ts and friends)
  /** `tf.reshape(this, shape)` */
  reshape(shape: readonly number[]): Tensor {
    return shapeOps.reshape(this, shape);
  }
  /** `tf.transpose(this, perm)` */
  transpose(perm?: readonly number[]): Tensor {
    return shapeOps.transpose(this, perm);
  }
  /** `tf.expandDims(this, axis)` */
  expandDims(axis = 0): Tensor {
    return shapeOps.expandDims(this, axis);
  }
  /** `tf.squeeze(this, axis)` */
  squeeze(axis?: number | readonly number[]): Tensor {
    return shapeOps.squeeze(this, axis);
  }
  /** `tf.broadcastTo(this, shape)` */
  broadcastTo(shape: readonly number[]): Tensor {
    return shapeOps.broadcastTo(this, shape);
  }
  /** `tf.tile(this, multiples)` */
  tile(multiples: readonly number[]): Tensor {
    return shapeOps.tile(this, multiples);
  }
  /** `tf.reverse(this, axis)` */
  reverse(axis?: number | readonly number[]): Tensor {
    return shapeOps.reverse(this, axis);
  }
  /** `tf.concat([this, ...others], axis)` */
  concat(others: TensorLike | readonly TensorLike[], axis = 0): Tensor {
    const rest = Array.isArray(others) && (others.length === 0 || others[0] instanceof Tensor)
      ? others as readonly TensorLike[]
      : [others as TensorLike];
    return concatOps.concat([this, ...rest], axis);
  }
  /** `tf.split(this, numOrSizeSplits, axis)` */
  split(numOrSizeSplits: number | readonly number[], axis = 0): Tensor[] {
    return concatOps.split(this, numOrSizeSplits, axis);
  }
  /** `tf.unstack(this, axis)` */
  unstack(axis = 0): Tensor[] {
    return concatOps.unstack(this, axis);
  }
  /** `tf.slice(this, begin, size)` */
  slice(begin: number | readonly number[], size?: number | readonly number[]): Tensor {
    return sliceOps.slice(this, begin, size);
  }
  /** `tf.stridedSlice(this, begin, end, strides, ...masks)` */
  stridedSlice(
    begin: readonly number[],
    end: readonly number[],
    strides?: readonly number[],
    beginMask = 0,
    endMask = 0,
    ellipsisMask = 0,
    newAxisMask = 0,
    shrinkAxisMask = 0,
  ): Tensor {
    return sliceOps.stridedSlice(
      this,
      begin,
      end,
      strides,
      beginMask,
      endMask,
      ellipsisMask,
      newAxisMask,
      shrinkAxisMask,
    );
  }
  /** `tf.pad(this, paddings, constantValue, mode)` */
  pad(
    paddings: readonly (readonly number[])[],
    constantValue: number | boolean | sliceOps.PadMode = 0,
    mode: sliceOps.PadMode = "CONSTANT",
  ): Tensor {
    return sliceOps.pad(this, paddings, constantValue, mode);
  }
  /** `tf.gather(this, indices, axis, batchDims)` */
  gather(indices: TensorLike, axis?: number, batchDims = 0): Tensor {
    return gatherOps.gather(this, indices, axis, batchDims);
  }
  /** `tf.gatherNd(this, indices, batchDims)` */
  gatherNd(indices: TensorLike, batchDims = 0): Tensor {
    return gatherOps.gatherNd(this, indices, batchDims);
  }
  /** `tf.oneHot(this, depth, onValue, offValue, axis, dtype)` */
  oneHot(
    depth: number,
    onValue: number | boolean = 1,
    offValue: number | boolean = 0,
    axis = -1,
    dtype?: DType,
  ): Tensor {
    return indexOps.oneHot(this, depth, onValue, offValue, axis, dtype);
  }
  /** `tf.topk(this, k, sorted)` */
  topk(k = 1, sorted = true): { values: Tensor; indices: Tensor } {
    return indexOps.topk(this, k, sorted);
  }

  // --- linear algebra (ops/linalg.ts)
  /** `tf.matmul(this, b, transposeA, transposeB)` */
  matmul(b: TensorLike, transposeA = false, transposeB = false): Tensor {
    return linalg.matmul(this, b, transposeA, transposeB);
  }

  // --- nn (ops/nn.ts)
}

/** Builds nested arrays from flat elements. */
export function toNested(
  data: TypedArray,
  shape: readonly number[],
  dtype: DType,
): NestedArray | number | boolean {
  const conv = dtype === "bool" ? (v: number) => v !== 0 : (v: number) => v;
  if (shape.length === 0) return conv(data[0]);
  let pos = 0;
  const build = (d: number): NestedArray => {
    const n = shape[d];
    const out = new Array(n);
    if (d === shape.length - 1) {
      for (let i = 0; i < n; i++) out[i] = conv(data[pos++]);
    } else {
      for (let i = 0; i < n; i++) out[i] = build(d + 1);
    }
    return out;
  };
  return build(0);
}
