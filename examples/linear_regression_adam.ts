/**
 * The tutorial's linear regression trained with Adam instead of SGD: the
 * tutorial names Adam as an update rule painful to write by hand; here it is
 * one line. Adam's per-parameter step sizes reach the least-squares fit
 * (a = 0.981818, b = 0.054545) in a few thousand steps.
 *
 * Run: `deno run examples/linear_regression_adam.ts`.
 *
 * @module
 */
import * as tf from "../mod.ts";
import { train } from "./linear_regression.ts";

/** Trains with `Adam(learningRate: 0.01)` for 10,000 epochs. */
export function main(): { a: number; b: number } {
  const { a, b } = train(new tf.keras.optimizers.Adam({ learningRate: 0.01 }), 10000);
  return { a: a.arraySync() as number, b: b.arraySync() as number };
}

if (import.meta.main) {
  const { a, b } = main();
  console.log(`Adam: a = ${a.toFixed(6)}, b = ${b.toFixed(6)}`);
  console.log("least squares: a = 0.981818, b = 0.054545");
}
