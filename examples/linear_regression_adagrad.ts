/**
 * The tutorial's linear regression trained with Adagrad instead of SGD: the
 * tutorial names Adagrad as an update rule painful to write by hand; here it
 * is one line. Adagrad's steps shrink as squared gradients accumulate, so it
 * wants a larger learning rate than SGD's 1e-3.
 *
 * Run: `deno run examples/linear_regression_adagrad.ts`.
 *
 * @module
 */
import * as tf from "../mod.ts";
import { train } from "./linear_regression.ts";

/** Trains with `Adagrad(learningRate: 0.1)` for 10,000 epochs. */
export function main(): { a: number; b: number } {
  const { a, b } = train(new tf.keras.optimizers.Adagrad({ learningRate: 0.1 }), 10000);
  return { a: a.arraySync() as number, b: b.arraySync() as number };
}

if (import.meta.main) {
  const { a, b } = main();
  console.log(`Adagrad: a = ${a.toFixed(6)}, b = ${b.toFixed(6)}`);
  console.log("least squares: a = 0.981818, b = 0.054545");
}
