/**
 * `tf.zip`: Python's `zip` for JavaScript iterables, so that the tutorial's
 * `optimizer.apply_gradients(zip(grads, variables))` reads the same.
 *
 * @module
 */

type Source = readonly unknown[] | Iterator<unknown>;

/** The element types of the iterables passed to `zip`, as a tuple. */
export type Zipped<T extends readonly Iterable<unknown>[]> = {
  -readonly [K in keyof T]: T[K] extends Iterable<infer E> ? E : never;
};

/**
 * A single-pass iterator of tuples, the i-th holding the i-th element of each
 * source; it stops when the shortest source ends, as Python's `zip` does.
 * Optimizers read it without the iterator protocol when the sources are
 * arrays, and refuse sources of different lengths (Python's
 * `zip(..., strict=True)`), because a dropped gradient is always a bug.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const pairs: tf.Zip<[number, string]> = tf.zip([1, 2], ["a", "b"]);
 * console.log(pairs.next().value); // [1, "a"]
 * ```
 */
export class Zip<T extends unknown[]> implements IterableIterator<T> {
  /** @internal The sources: arrays as given, other iterables as iterators. */
  readonly sources: readonly Source[];
  #pos = 0;
  #done = false;

  /** @internal Use `tf.zip`. */
  constructor(sources: readonly Source[]) {
    this.sources = sources;
  }

  /** The next tuple, or done when a source is exhausted. */
  next(): IteratorResult<T> {
    // zip() of nothing is empty, as in Python.
    if (this.#done || this.sources.length === 0) return this.#finish();
    const row = new Array(this.sources.length);
    for (let s = 0; s < this.sources.length; s++) {
      const src = this.sources[s];
      if (Array.isArray(src)) {
        if (this.#pos >= src.length) return this.#finish();
        row[s] = src[this.#pos];
      } else {
        const r = (src as Iterator<unknown>).next();
        if (r.done) return this.#finish();
        row[s] = r.value;
      }
    }
    this.#pos++;
    return { done: false, value: row as T };
  }

  #finish(): IteratorResult<T> {
    this.#done = true;
    return { done: true, value: undefined };
  }

  /** The zip itself: it is its own iterator (single pass, as Python's). */
  [Symbol.iterator](): this {
    return this;
  }

  /** @internal Whether iteration has started (then its sources are partly consumed). */
  get started(): boolean {
    return this.#pos > 0 || this.#done;
  }

  /**
   * @internal Every remaining tuple, as one column per source, and the length
   * each source turned out to have (`-1`: longer than the shortest, unknown).
   * Consumes the zip. Used by optimizers to reject uneven sources.
   */
  columns(): { columns: unknown[][]; lengths: number[] } {
    const n = this.sources.length;
    if (this.#pos === 0 && !this.#done) {
      let arrays = true;
      for (let s = 0; s < n; s++) if (!Array.isArray(this.sources[s])) arrays = false;
      if (arrays) {
        // The common case, zip(grads, variables) of two arrays: no copies.
        this.#done = true;
        const cols = this.sources as unknown[][];
        const lengths = new Array<number>(n);
        for (let s = 0; s < n; s++) lengths[s] = cols[s].length;
        return { columns: cols, lengths };
      }
    }
    const columns: unknown[][] = Array.from({ length: n }, () => []);
    const lengths = new Array<number>(n).fill(-1);
    let count = this.#pos;
    for (;;) {
      if (this.#done) break;
      let stop = -1;
      const row = new Array(n);
      for (let s = 0; s < n; s++) {
        const src = this.sources[s];
        if (Array.isArray(src)) {
          if (count >= src.length) {
            stop = s;
            break;
          }
          row[s] = src[count];
        } else {
          const r = (src as Iterator<unknown>).next();
          if (r.done) {
            stop = s;
            break;
          }
          row[s] = r.value;
        }
      }
      if (stop < 0) {
        for (let s = 0; s < n; s++) columns[s].push(row[s]);
        count++;
        continue;
      }
      this.#done = true;
      lengths[stop] = count;
      // Sources before `stop` gave one more element: they are longer. Probe
      // the ones after it once, as Python's zip(strict=True) does.
      for (let s = stop + 1; s < n; s++) {
        const src = this.sources[s];
        if (Array.isArray(src)) lengths[s] = src.length;
        else if ((src as Iterator<unknown>).next().done) lengths[s] = count;
      }
      break;
    }
    return { columns, lengths };
  }
}

function toSource(x: unknown, i: number): Source {
  if (Array.isArray(x)) return x;
  if (
    x !== null && x !== undefined && typeof (x as Iterable<unknown>)[Symbol.iterator] === "function"
  ) {
    return (x as Iterable<unknown>)[Symbol.iterator]();
  }
  throw new TypeError(
    `zip: argument ${i + 1} is ${
      x === null ? "null" : typeof x
    }, not iterable; pass arrays or other iterables (zip(grads, variables))`,
  );
}

/**
 * Python's `zip`: an iterator of tuples pairing the i-th elements of each
 * iterable, stopping at the shortest. Pass it to `applyGradients` as the
 * tutorial does with Python's zip; optimizers reject uneven lengths.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log([...tf.zip([1, 3, 5], [2, 4, 6])]); // [[1, 2], [3, 4], [5, 6]]
 * ```
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const a = new tf.Variable(0), b = new tf.Variable(0);
 * const variables = [a, b];
 * const optimizer = new tf.keras.optimizers.SGD({ learningRate: 0.1 });
 * const tape = new tf.GradientTape();
 * const loss = tape.record(() => tf.square(tf.subtract(tf.add(a, b), 1)));
 * const grads = tape.gradient(loss, variables);
 * optimizer.applyGradients(tf.zip(grads, variables));
 * console.log(a.arraySync(), b.arraySync()); // 0.2 0.2
 * ```
 */
export function zip<T extends readonly Iterable<unknown>[]>(...iterables: T): Zip<Zipped<T>> {
  return new Zip<Zipped<T>>(iterables.map(toSource));
}
