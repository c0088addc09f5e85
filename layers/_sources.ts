// Where `fit`, `evaluate` and `predict` get their batches: arrays held on the
// host and gathered by (shuffled) index, or a tf.data Dataset; each batch is
// released after its step. Internal to layers/training.ts.

import { Tensor } from "../tape/tensor.ts";
import { fromData, type TensorLike, toTensor } from "../tape/convert.ts";
import { type DType, newArray, type TypedArray } from "../tape/dtype.ts";
import { fmtShape } from "../tape/_shape.ts";
import { device } from "../tape/dispatch.ts";
import { uniform } from "../tape/ops/random.ts";
import { type Dataset, INFINITE, releaseElement } from "../data/dataset.ts";
import { describe } from "./_util.ts";

/** A model's input: one tensor, or one per input of a multi-input model. */
export type Input = Tensor | Tensor[];

/** Samples in an input (its first axis; a scalar counts one). */
export function firstDim(x: Input): number {
  const t = Array.isArray(x) ? x[0] : x;
  return t.rank === 0 ? 1 : t.shape[0];
}

/** An array's elements on the host, with its shape (batches are gathered rows). */
export interface HostArray {
  data: TypedArray;
  shape: readonly number[];
  dtype: DType;
  /** Elements per row (first-axis slice). */
  row: number;
}

export function hostOf(op: string, what: string, v: TensorLike): HostArray {
  if (v === undefined || v === null) throw new TypeError(`${op}: ${what} is missing`);
  let t: Tensor;
  try {
    t = v instanceof Tensor ? v : toTensor(op, v);
  } catch (e) {
    throw new TypeError(`${op}: ${what} is not a tensor (${(e as Error).message})`);
  }
  t.assertAlive(op);
  if (t.rank === 0) {
    throw new RangeError(`${op}: ${what} is a scalar; its first axis must count the samples`);
  }
  const row = t.shape.slice(1).reduce((a, b) => a * b, 1);
  return { data: t.dataSync(), shape: t.shape, dtype: t.dtype, row };
}

/** Rows `idx[from..to)` (or from..to when idx is null) of a host array, as a fresh tensor. */
export function gather(h: HostArray, idx: Int32Array | null, from: number, to: number): Tensor {
  const n = to - from, r = h.row;
  const out = newArray(h.dtype, n * r);
  if (idx === null) out.set(h.data.subarray(from * r, to * r));
  else {
    for (let i = 0; i < n; i++) {
      const j = idx[from + i];
      out.set(h.data.subarray(j * r, (j + 1) * r), i * r);
    }
  }
  return fromData(out, [n, ...h.shape.slice(1)], h.dtype);
}

/** One batch handed to a step; `release` frees what the source made for it. */
export interface Batch {
  x: Input;
  y: Tensor | null;
  sw: Tensor | null;
  release(): void;
}

/** Where batches come from: arrays (sliced by index) or a dataset. */
export interface Source {
  /** Batches per epoch, or null when unknown. */
  steps: number | null;
  /** The batches of one epoch. */
  epoch(shuffle: boolean): Iterator<Batch>;
}

export function isTensorList(x: unknown): x is Tensor[] {
  return Array.isArray(x) && x.length > 0 && x.every((e) => e instanceof Tensor);
}

/** A seed for this epoch's shuffle, drawn from tf.random (so `tf.random.setSeed` fixes it). */
export function drawSeed(): number {
  return device(
    "cpu",
    () => uniform([1], { minval: 0, maxval: 2147483647, dtype: "int32" }).dataSync()[0],
  );
}

export function permutation(n: number, seed: number): Int32Array {
  let a = seed >>> 0;
  const rand = () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

/** Arrays in memory: x (one or several inputs), y, sample weights; rows [from, to). */
export class ArraySource implements Source {
  readonly steps: number;
  constructor(
    readonly xs: HostArray[],
    readonly y: HostArray | null,
    readonly sw: HostArray | null,
    readonly from: number,
    readonly to: number,
    readonly batchSize: number,
    readonly multi: boolean,
  ) {
    this.steps = Math.ceil((to - from) / batchSize);
  }

  /** The first `count` rows and the rest, as two sources (validationSplit). */
  split(at: number): [ArraySource, ArraySource] {
    return [
      new ArraySource(this.xs, this.y, this.sw, this.from, at, this.batchSize, this.multi),
      new ArraySource(this.xs, this.y, this.sw, at, this.to, this.batchSize, this.multi),
    ];
  }

  *epoch(shuffle: boolean): Iterator<Batch> {
    const n = this.to - this.from;
    let idx: Int32Array | null = null;
    if (shuffle) {
      idx = permutation(n, drawSeed());
      for (let i = 0; i < n; i++) idx[i] += this.from;
    }
    for (let s = 0; s < n; s += this.batchSize) {
      const e = Math.min(n, s + this.batchSize);
      const from = idx === null ? this.from + s : s, to = idx === null ? this.from + e : e;
      const xs = this.xs.map((h) => gather(h, idx, from, to));
      const y = this.y === null ? null : gather(this.y, idx, from, to);
      const sw = this.sw === null ? null : gather(this.sw, idx, from, to);
      yield {
        x: this.multi ? xs : xs[0],
        y,
        sw,
        release() {
          for (const t of xs) t.dispose();
          y?.dispose();
          sw?.dispose();
        },
      };
    }
  }
}

/** Batches from a dataset: elements [x, y] or [x, y, sampleWeight] (or x alone for predict). */
export class DatasetSource implements Source {
  readonly steps: number | null;
  #it: Iterator<unknown> | null = null;

  constructor(
    readonly op: string,
    readonly ds: Dataset,
    readonly fixedSteps: number | null,
    readonly needY: boolean,
  ) {
    const card = ds.cardinality();
    if (fixedSteps === null && card === INFINITE) {
      throw new RangeError(
        `${op}: the dataset is infinite (repeat()); pass ${
          op === "fit" ? "stepsPerEpoch" : "steps"
        } to say how many batches make ${op === "fit" ? "an epoch" : "a run"}`,
      );
    }
    this.steps = fixedSteps ?? (card >= 0 ? card : null);
  }

  #batch(el: unknown, i: number): Batch {
    const op = this.op;
    let x: unknown, y: unknown = null, sw: unknown = null;
    if (el instanceof Tensor) {
      if (this.needY) {
        throw new TypeError(
          `${op}: dataset element ${i} is a single tensor; ${op} needs [x, y] elements ` +
            `(Dataset.fromTensorSlices([x, y]).batch(n))`,
        );
      }
      x = el;
    } else if (Array.isArray(el) && el.length >= 1 && el.length <= 3) {
      [x, y = null, sw = null] = el;
    } else {
      throw new TypeError(
        `${op}: dataset element ${i} is ${describe(el)}; elements must be [x, y] or ` +
          `[x, y, sampleWeight] (batched with .batch(n))`,
      );
    }
    const ok = (v: unknown) => v === null || v instanceof Tensor;
    if (!(x instanceof Tensor || isTensorList(x)) || !ok(y) || !ok(sw)) {
      throw new TypeError(`${op}: dataset element ${i} holds something other than tensors`);
    }
    if (this.needY && y === null) {
      throw new TypeError(`${op}: dataset element ${i} has no labels; ${op} needs [x, y] elements`);
    }
    if (y instanceof Tensor && firstDim(x as Input) !== firstDim(y)) {
      throw new RangeError(
        `${op}: dataset element ${i} has ${firstDim(x as Input)} inputs but ${
          firstDim(y)
        } labels; x and y of a batch need the same first dimension`,
      );
    }
    return {
      x: x as Input,
      y: y as Tensor | null,
      sw: sw as Tensor | null,
      release: () => releaseElement(el),
    };
  }

  *epoch(): Iterator<Batch> {
    let i = 0;
    if (this.fixedSteps === null) {
      for (const el of this.ds) yield this.#batch(el, i++);
      return;
    }
    // A fixed number of steps: continue the same iteration across epochs,
    // starting over when the dataset ends.
    while (i < this.fixedSteps) {
      this.#it ??= this.ds[Symbol.iterator]();
      const r = this.#it.next();
      if (r.done) {
        this.#it = null;
        if (i === 0) return;
        continue;
      }
      yield this.#batch(r.value, i++);
    }
  }
}

export function checkBatchSize(op: string, v: unknown, dflt = 32): number {
  if (v === undefined || v === null) return dflt;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) {
    throw new RangeError(`${op}: batchSize must be an integer >= 1, got ${describe(v)}`);
  }
  return v;
}

export function checkSteps(op: string, key: string, v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) {
    throw new RangeError(`${op}: ${key} must be an integer >= 1, got ${describe(v)}`);
  }
  return v;
}

/** Builds a source from (x, y, sampleWeight) arrays, checking that they agree in length. */
export function arraySource(
  op: string,
  x: unknown,
  y: unknown,
  sw: unknown,
  batchSize: number,
  needY: boolean,
): ArraySource {
  const multi = isTensorList(x);
  const xs = multi
    ? (x as Tensor[]).map((t, i) => hostOf(op, `x[${i}]`, t))
    : [hostOf(op, "x", x as TensorLike)];
  const n = xs[0].shape[0];
  xs.forEach((h, i) => {
    if (h.shape[0] !== n) {
      throw new RangeError(
        `${op}: x[${i}] has ${
          h.shape[0]
        } samples but x[0] has ${n}; every input needs the same first dimension`,
      );
    }
  });
  if (Array.isArray(y) && isTensorList(y) && y.length > 1) {
    throw new TypeError(
      `${op}: several label tensors (a multi-output model) are not supported yet`,
    );
  }
  let yh: HostArray | null = null;
  if (y !== undefined && y !== null) {
    yh = hostOf(op, "y", (isTensorList(y) ? y[0] : y) as TensorLike);
    if (yh.shape[0] !== n) {
      throw new RangeError(
        `${op}: x has ${n} samples but y has ${yh.shape[0]} (x ${fmtShape(xs[0].shape)}, y ${
          fmtShape(yh.shape)
        }); x and y need the same first dimension, one label per sample`,
      );
    }
  } else if (needY) {
    throw new TypeError(`${op}: y (the labels) is missing; call ${op}(x, y, options)`);
  }
  let swh: HostArray | null = null;
  if (sw !== undefined && sw !== null) {
    swh = hostOf(op, "sampleWeight", sw as TensorLike);
    if (swh.shape[0] !== n || swh.row !== 1) {
      throw new RangeError(
        `${op}: sampleWeight has shape ${
          fmtShape(swh.shape)
        }; it needs one weight per sample (${n})`,
      );
    }
  }
  return new ArraySource(xs, yh, swh, 0, n, batchSize, multi);
}
