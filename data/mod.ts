/**
 * `tf.data`: input pipelines (`Dataset`).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const ds = tf.data.Dataset.fromTensorSlices(tf.range(0, 6)).batch(4);
 * for await (const b of ds) console.log(b.shape); // [4] then [2]
 * ```
 *
 * @module
 */
export { Dataset, INFINITE, UNKNOWN } from "./dataset.ts";
export type { Element, Slices, SlicesOf } from "./dataset.ts";
