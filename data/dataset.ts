/**
 * `tf.data.Dataset`: a small input pipeline in TensorFlow's style:
 * `fromTensorSlices`, `shuffle(bufferSize, seed)`, `batch`, `map`, `take`,
 * `skip`, `repeat`, iterated with `for (const x of ds)` or
 * `for await (const x of ds)`, and accepted by `model.fit`.
 *
 * Elements are a tensor, an array of elements (a tuple such as `[x, y]`) or
 * an object of elements. A dataset is a recipe: every iteration starts over
 * from its source (a shuffled dataset reshuffles each time unless asked not
 * to).
 *
 * Memory: slices and batches stay plain typed arrays until an element is
 * handed out, so `fromTensorSlices(...).shuffle(...).batch(...)` copies each
 * value once, into its batch. Tensors a dataset hands out are its own:
 * `model.fit` disposes them after each step, and a `map` function's
 * intermediates are disposed when it returns (it runs inside `tf.tidy`), so
 * a pipeline runs in flat memory with no disposal by the user. `map`
 * functions must be synchronous.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const ds = tf.data.Dataset.fromTensorSlices([tf.constant([[1], [2], [3], [4], [5]]), tf.constant([0, 1, 0, 1, 0])])
 *   .map(([x, y]) => [tf.multiply(x, 10), y])
 *   .shuffle(5, 42)
 *   .batch(2);
 * for (const [x, y] of ds) console.log(x.shape, y.shape); // [2, 1] [2] twice, then [1, 1] [1]
 * ```
 *
 * @module
 */

import { Tensor, tensorStats } from "../tape/tensor.ts";
import { type DType, newArray, type TypedArray } from "../tape/dtype.ts";
import { fromData, type TensorLike, toTensor } from "../tape/convert.ts";
import { fmtShape } from "../tape/_shape.ts";
import { tidy } from "../tape/memory.ts";
import { uniform } from "../tape/ops/random.ts";
import { device } from "../tape/dispatch.ts";

/** What a dataset holds: a tensor, a tuple (array) of elements, or an object of elements. */
export type Element = Tensor | readonly Element[] | { readonly [key: string]: Element };

/** What `fromTensorSlices` takes: tensor-likes, tuples (arrays of tensors) or objects of them. */
export type Slices = TensorLike | readonly Tensor[] | { readonly [key: string]: Slices };

/** Tensors a dataset created and handed out (disposed by fit after its step). */
const owned = new WeakSet<Tensor>();

/**
 * A value kept as a typed array until handed out. `shared` data is a view
 * into a dataset's source and is copied when made into a tensor; otherwise
 * the tensor adopts it.
 */
class Host {
  constructor(
    readonly data: TypedArray,
    readonly shape: readonly number[],
    readonly dtype: DType,
    readonly shared: boolean,
  ) {}
}

/** The internal form of an element: Host leaves where values are still typed arrays. */
type Inner = Tensor | Host | readonly Inner[] | { readonly [key: string]: Inner };

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

/** Maps the leaves of a structure. */
function mapLeaves(x: Inner, f: (leaf: Tensor | Host, path: string) => Inner, path = ""): Inner {
  if (x instanceof Tensor || x instanceof Host) return f(x, path);
  if (Array.isArray(x)) return x.map((e, i) => mapLeaves(e, f, `${path}[${i}]`));
  const out: Record<string, Inner> = {};
  for (const [k, v] of Object.entries(x)) out[k] = mapLeaves(v as Inner, f, `${path}.${k}`);
  return out;
}

function leaves(x: Inner, out: (Tensor | Host)[] = []): (Tensor | Host)[] {
  if (x instanceof Tensor || x instanceof Host) out.push(x);
  else if (Array.isArray(x)) { for (const e of x) leaves(e, out); }
  else for (const v of Object.values(x)) leaves(v as Inner, out);
  return out;
}

/** Makes every Host leaf a tensor owned by the dataset machinery. */
function materialize(x: Inner): Element {
  return mapLeaves(x, (leaf) => {
    if (leaf instanceof Tensor) return leaf;
    const t = fromData(leaf.shared ? leaf.data.slice() : leaf.data, leaf.shape, leaf.dtype);
    owned.add(t);
    return t;
  }) as Element;
}

/** Disposes the tensors of an element that a dataset created (not the user's own tensors). */
function release(x: Inner): void {
  for (const l of leaves(x)) if (l instanceof Tensor && owned.has(l)) l.dispose();
}

/**
 * @internal Disposes the tensors of an element handed out by a dataset
 * (used by fit after each step); the user's own tensors are left alone.
 */
export function releaseElement(x: unknown): void {
  if (x instanceof Tensor || Array.isArray(x) || isPlainObject(x)) release(x as Inner);
}

function structureOf(x: Inner): string {
  if (x instanceof Tensor || x instanceof Host) return "t";
  if (Array.isArray(x)) return `[${x.map(structureOf).join(",")}]`;
  return `{${Object.entries(x).map(([k, v]) => `${k}:${structureOf(v as Inner)}`).join(",")}}`;
}

/** A seeded generator of floats in [0, 1) (mulberry32), for shuffling. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** TensorFlow's cardinality codes. */
export const INFINITE = -1;
export const UNKNOWN = -2;

/**
 * A dataset: build with `Dataset.fromTensorSlices` (or `range`), transform
 * with `map`, `shuffle`, `batch`, `take`, `skip`, `repeat`; iterate or pass
 * to `model.fit`.
 */
export class Dataset<T extends Element = Element> {
  readonly #source: () => Iterator<Inner>;
  readonly #size: number;

  /** @internal Use the static constructors. */
  constructor(source: () => Iterator<Inner>, size: number) {
    this.#source = source;
    this.#size = size;
  }

  /**
   * A dataset of the slices of `x` along its first axis: of a tensor (or
   * anything `tf.constant` takes), of each tensor of an array (a tuple:
   * `[x, y]` gives `[xᵢ, yᵢ]`), or of each value of an object. Every
   * component needs the same first dimension. The values are copied once,
   * now: later changes to `x` do not show.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const ds = tf.data.Dataset.fromTensorSlices({ a: tf.constant([1, 2]), b: tf.constant([[3, 4], [5, 6]]) });
   * for (const e of ds) console.log(e); // { a: 1, b: [3, 4] } as tensors, then { a: 2, b: [5, 6] }
   * ```
   */
  static fromTensorSlices<S extends Slices>(x: S): Dataset<SlicesOf<S>> {
    const op = "Dataset.fromTensorSlices";
    let rows = -1;
    let first = "";
    const toHost = (v: unknown, path: string): Inner => {
      if (
        !(v instanceof Tensor) && Array.isArray(v) && v.length > 0 &&
        v.every((e) => e instanceof Tensor)
      ) {
        return v.map((e, i) => toHost(e, `${path}[${i}]`));
      }
      if (isPlainObject(v)) {
        const out: Record<string, Inner> = {};
        for (const [k, e] of Object.entries(v)) out[k] = toHost(e, path ? `${path}.${k}` : k);
        return out;
      }
      const t = toTensor(op, v as TensorLike);
      t.assertAlive(op);
      if (t.rank === 0) {
        throw new RangeError(
          `${op}: component ${path || "x"} is a scalar; slicing needs at least one dimension ` +
            `(the first one is the number of elements)`,
        );
      }
      if (rows < 0) {
        rows = t.shape[0];
        first = path || "x";
      } else if (t.shape[0] !== rows) {
        throw new RangeError(
          `${op}: component ${path || "x"} has ${t.shape[0]} rows (shape ${
            fmtShape(t.shape)
          }) but ${first} has ${rows}; every component needs the same first dimension`,
        );
      }
      return new Host(t.dataSync(), t.shape, t.dtype, true);
    };
    const src = toHost(x, "");
    const n = rows < 0 ? 0 : rows;
    return new Dataset<SlicesOf<S>>(function* () {
      for (let i = 0; i < n; i++) {
        yield mapLeaves(src, (leaf) => {
          const h = leaf as Host;
          const per = h.data.length / n;
          return new Host(h.data.subarray(i * per, (i + 1) * per), h.shape.slice(1), h.dtype, true);
        });
      }
    }, n);
  }

  /**
   * The integers start, start + step, ... below stop, as int32 scalars
   * (`range(n)` counts from 0).
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * console.log([...tf.data.Dataset.range(3)].map((t) => t.arraySync())); // [0, 1, 2]
   * ```
   */
  static range(start: number, stop?: number, step = 1): Dataset<Tensor> {
    if (stop === undefined) [start, stop] = [0, start];
    for (const [k, v] of [["start", start], ["stop", stop], ["step", step]] as const) {
      if (!Number.isInteger(v)) {
        throw new TypeError(`Dataset.range: ${k} must be an integer, got ${v}`);
      }
    }
    if (step === 0) throw new RangeError("Dataset.range: step must not be 0");
    const n = Math.max(0, Math.ceil((stop - start) / step));
    return new Dataset<Tensor>(function* () {
      for (let i = 0; i < n; i++) {
        yield new Host(Int32Array.of(start + i * step), [], "int32", false);
      }
    }, n);
  }

  /**
   * The number of elements: a count, `INFINITE` (-1) after `repeat()`, or
   * `UNKNOWN` (-2).
   */
  cardinality(): number {
    return this.#size;
  }

  /**
   * Applies `fn` to every element. `fn` runs inside `tf.tidy`: tensors it
   * makes and does not return are freed when it returns. It must be
   * synchronous.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const ds = tf.data.Dataset.fromTensorSlices(tf.constant([1, 2])).map((x) => tf.square(x));
   * console.log([...ds].map((t) => t.arraySync())); // [1, 4]
   * ```
   */
  map<U extends Element>(fn: (x: T) => U): Dataset<U> {
    if (typeof fn !== "function") {
      throw new TypeError(`Dataset.map: expected a function of an element, got ${typeof fn}`);
    }
    const source = () => this.#iterate();
    return new Dataset<U>(function* () {
      for (const inner of source()) {
        const el = materialize(inner);
        const mark = tensorStats.created;
        const out = tidy(() => fn(el as T));
        if (out instanceof Promise || (out as unknown) === undefined || out === null) {
          throw new TypeError(
            `Dataset.map: the function returned ${
              out instanceof Promise ? "a Promise" : String(out)
            }; it must synchronously return a tensor, an array or an object of tensors`,
          );
        }
        const kept = new Set<Tensor>();
        for (const l of leaves(out as Inner)) {
          if (!(l instanceof Tensor)) {
            throw new TypeError(
              `Dataset.map: the function returned a structure holding ${typeof l}; ` +
                `return tensors (in arrays or objects)`,
            );
          }
          kept.add(l);
          // New tensors made by fn belong to the pipeline; tensors it captured do not.
          if (l.id >= mark) owned.add(l);
        }
        for (const l of leaves(el as Inner)) {
          if (l instanceof Tensor && owned.has(l) && !kept.has(l)) l.dispose();
        }
        yield out as Inner;
      }
    }, this.#size);
  }

  /**
   * Shuffles with a buffer of `bufferSize` elements, as TensorFlow does: the
   * next element is drawn at random from the buffer, which is refilled from
   * the source. A buffer at least as large as the dataset gives a uniform
   * shuffle. With a `seed` (or after `tf.random.setSeed`) the order is
   * reproducible; each iteration
   * reshuffles (a different order from the same seed) unless
   * `reshuffleEachIteration` is false.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const ds = tf.data.Dataset.range(5).shuffle(5, 1);
   * console.log([...ds].map((t) => t.arraySync())); // a permutation of 0..4
   * ```
   */
  shuffle(bufferSize: number, seed?: number, reshuffleEachIteration = true): Dataset<T> {
    if (!Number.isInteger(bufferSize) || bufferSize < 1) {
      throw new RangeError(
        `Dataset.shuffle: bufferSize must be an integer >= 1, got ${bufferSize}`,
      );
    }
    if (seed !== undefined && !Number.isInteger(seed)) {
      throw new TypeError(`Dataset.shuffle: seed must be an integer, got ${seed}`);
    }
    const source = () => this.#iterate();
    // Without a seed, one is drawn from tf.random: `tf.random.setSeed` makes
    // the order reproducible, as TensorFlow derives it from the global seed.
    // (drawn on the CPU: a host-side seed, never worth a GPU round trip)
    const base = seed ?? device(
      "cpu",
      () => uniform([1], { minval: 0, maxval: 2147483647, dtype: "int32" }).dataSync()[0],
    );
    let iteration = 0;
    return new Dataset<T>(function* () {
      const it = iteration++;
      const random = prng(
        reshuffleEachIteration ? (base ^ Math.imul(it + 1, 0x9e3779b9)) >>> 0 : base,
      );
      const buffer: Inner[] = [];
      for (const e of source()) {
        if (buffer.length < bufferSize) {
          buffer.push(e);
          continue;
        }
        const j = Math.floor(random() * buffer.length);
        const out = buffer[j];
        buffer[j] = e;
        yield out;
      }
      while (buffer.length > 0) {
        const j = Math.floor(random() * buffer.length);
        const out = buffer[j];
        buffer[j] = buffer[buffer.length - 1];
        buffer.pop();
        yield out;
      }
    }, this.#size);
  }

  /**
   * Stacks runs of `batchSize` consecutive elements into one element with a
   * new first axis; the last batch may be smaller unless `dropRemainder`.
   * Every element of a batch needs the same structure, shapes and dtypes.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * const ds = tf.data.Dataset.range(5).batch(2);
   * console.log([...ds].map((t) => t.arraySync())); // [[0, 1], [2, 3], [4]]
   * ```
   */
  batch(batchSize: number, dropRemainder = false): Dataset<T> {
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new RangeError(`Dataset.batch: batchSize must be an integer >= 1, got ${batchSize}`);
    }
    const source = () => this.#iterate();
    const n = this.#size;
    const size = n < 0 ? n : dropRemainder ? Math.floor(n / batchSize) : Math.ceil(n / batchSize);
    return new Dataset<T>(function* () {
      let group: Inner[] = [];
      for (const e of source()) {
        group.push(e);
        if (group.length === batchSize) {
          yield stack(group);
          group = [];
        }
      }
      if (group.length > 0) {
        if (dropRemainder) { for (const e of group) release(e); }
        else yield stack(group);
      }
    }, size);
  }

  /**
   * The first `count` elements (all of them when count is -1).
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * console.log([...tf.data.Dataset.range(10).take(3)].length); // 3
   * ```
   */
  take(count: number): Dataset<T> {
    if (!Number.isInteger(count) || count < -1) {
      throw new RangeError(`Dataset.take: count must be an integer >= -1, got ${count}`);
    }
    if (count === -1) return this;
    const source = () => this.#iterate();
    const n = this.#size;
    return new Dataset<T>(function* () {
      if (count === 0) return;
      let i = 0;
      for (const e of source()) {
        yield e;
        if (++i >= count) return;
      }
    }, n === INFINITE ? count : n === UNKNOWN ? UNKNOWN : Math.min(n, count));
  }

  /**
   * All but the first `count` elements.
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * console.log([...tf.data.Dataset.range(10).skip(8)].map((t) => t.arraySync())); // [8, 9]
   * ```
   */
  skip(count: number): Dataset<T> {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`Dataset.skip: count must be an integer >= 0, got ${count}`);
    }
    const source = () => this.#iterate();
    const n = this.#size;
    return new Dataset<T>(function* () {
      let i = 0;
      for (const e of source()) {
        if (i++ < count) release(e);
        else yield e;
      }
    }, n < 0 ? n : Math.max(0, n - count));
  }

  /**
   * The dataset `count` times over (forever when count is undefined or -1);
   * each pass iterates the source again (a shuffle reshuffles).
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * console.log([...tf.data.Dataset.range(2).repeat(2)].map((t) => t.arraySync())); // [0, 1, 0, 1]
   * ```
   */
  repeat(count = -1): Dataset<T> {
    if (!Number.isInteger(count) || count < -1) {
      throw new RangeError(`Dataset.repeat: count must be an integer >= -1, got ${count}`);
    }
    const source = () => this.#iterate();
    const n = this.#size;
    return new Dataset<T>(function* () {
      for (let r = 0; count === -1 || r < count; r++) {
        let any = false;
        for (const e of source()) {
          any = true;
          yield e;
        }
        if (!any) return; // an empty dataset repeated forever is empty
      }
    }, count === -1 ? (n === 0 ? 0 : INFINITE) : n < 0 ? n : n * count);
  }

  /**
   * Accepted for TensorFlow compatibility; elements are produced on demand,
   * so there is nothing to prefetch.
   */
  prefetch(_bufferSize?: number): Dataset<T> {
    return this;
  }

  /** @internal Iterates the internal form (for fit: no tensors until needed). */
  #iterate(): Iterator<Inner> & Iterable<Inner> {
    const it = this.#source();
    return {
      next: () => it.next(),
      return: (v?: unknown) => it.return?.(v) ?? { done: true, value: undefined },
      [Symbol.iterator]() {
        return this;
      },
    } as Iterator<Inner> & Iterable<Inner>;
  }

  /** Iterates the elements synchronously. */
  *[Symbol.iterator](): Iterator<T> {
    for (const e of this.#iterate()) yield materialize(e) as T;
  }

  /** Iterates the elements with `for await`. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (const e of this.#iterate()) yield materialize(e) as T;
  }

  /**
   * All elements in an array (a finite dataset only).
   *
   * @example
   * ```ts
   * import * as tf from "../mod.ts";
   * console.log(tf.data.Dataset.range(3).toArray().length); // 3
   * ```
   */
  toArray(): T[] {
    if (this.#size === INFINITE) {
      throw new RangeError("Dataset.toArray: the dataset is infinite (repeat()); take(n) first");
    }
    return [...this];
  }
}

/** Stacks a group of elements of the same structure along a new first axis. */
function stack(group: Inner[]): Host | Inner {
  const shape0 = structureOf(group[0]);
  for (let i = 1; i < group.length; i++) {
    if (structureOf(group[i]) !== shape0) {
      throw new TypeError(
        `Dataset.batch: element ${i} of a batch has structure ${
          structureOf(group[i])
        } but element 0 has ${shape0}; every element needs the same structure`,
      );
    }
  }
  const columns = group.map((e) => leaves(e));
  const stacked = columns[0].map((leaf0, j) => {
    const s0 = leaf0.shape, d0 = leaf0.dtype;
    const per = s0.reduce((a, b) => a * b, 1);
    const out = newArray(d0, per * group.length);
    for (let i = 0; i < group.length; i++) {
      const leaf = columns[i][j];
      if (
        leaf.dtype !== d0 || leaf.shape.length !== s0.length ||
        leaf.shape.some((d, k) => d !== s0[k])
      ) {
        throw new RangeError(
          `Dataset.batch: element ${i} of a batch has a ${leaf.dtype} component of shape ${
            fmtShape(leaf.shape)
          } where element 0 has ${d0} ${fmtShape(s0)}; batching needs equal shapes (pad or ` +
            `resize in map first)`,
        );
      }
      const data = leaf instanceof Host ? leaf.data : leaf.dataSync();
      out.set(data as ArrayLike<number>, i * per);
    }
    return new Host(out, [group.length, ...s0], d0, false);
  });
  for (const e of group) release(e);
  let k = 0;
  return mapLeaves(group[0], () => stacked[k++]);
}

/** The element type of `fromTensorSlices(x)`: tensors where x has tensor-likes. */
export type SlicesOf<S> = S extends readonly Tensor[] ? { [K in keyof S]: Tensor }
  : S extends TensorLike ? Tensor
  : S extends { readonly [key: string]: unknown } ? { [K in keyof S]: SlicesOf<S[K]> }
  : Element;
