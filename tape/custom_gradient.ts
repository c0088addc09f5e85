/**
 * `tf.stopGradient` and `tf.customGradient`.
 *
 * @module
 */

import { defineOp, hooks, observe } from "./op.ts";
import { Tensor } from "./tensor.ts";
import { type TensorLike, toTensor } from "./convert.ts";
import { viewAs } from "./ops/shape.ts";

/**
 * The same values as `x`, seen by gradient tapes as a constant: no gradient
 * flows through it.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const x = new tf.Variable(2);
 * const tape = new tf.GradientTape();
 * const y = tape.record(() => tf.multiply(x, tf.stopGradient(x))); // x * const(x)
 * console.log(tape.gradient(y, x)?.arraySync()); // 2
 * ```
 */
export function stopGradient(x: TensorLike): Tensor {
  // A view that no op produced on a tape: tapes do not track it.
  const t = toTensor("stopGradient", x);
  return viewAs(t, t.shape);
}

/** What a function given to `customGradient` returns. */
export interface CustomGradientResult {
  /** The function's value. */
  value: Tensor;
  /**
   * The vector-Jacobian product: given the gradient of the value, the
   * gradients of each input (one per input, in order).
   */
  gradFunc: (dy: Tensor) => Tensor | (Tensor | null)[];
}

/**
 * Defines a function with its own gradient, as TensorFlow's
 * `@tf.custom_gradient`: `f` returns its value and a gradient function. The
 * ops inside `f` are not recorded; the gradient function runs in the
 * backward pass (and is recorded by outer tapes, for higher derivatives).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * // log(1 + e^x) with a stable gradient sigmoid(x) = 1 - 1 / (1 + e^x)
 * const logExp = tf.customGradient((x: tf.Tensor) => {
 *   const e = tf.exp(x);
 *   return { value: tf.log(tf.add(1, e)), gradFunc: (dy) => tf.multiply(dy, tf.subtract(1, tf.divide(1, tf.add(1, e)))) };
 * });
 * const x = new tf.Variable(100);
 * const tape = new tf.GradientTape();
 * const y = tape.record(() => logExp(x));
 * console.log(tape.gradient(y, x)?.arraySync()); // 1
 * ```
 */
export function customGradient<Args extends Tensor[]>(
  f: (...args: Args) => CustomGradientResult,
): (...args: { [K in keyof Args]: TensorLike }) => Tensor {
  if (typeof f !== "function") {
    throw new TypeError(`customGradient: expected a function, got ${typeof f}`);
  }
  return (...args) => {
    const ins = args.map((a) => toTensor("customGradient", a as TensorLike)) as Args;
    // Run f with no tape recording: its own ops are replaced by gradFunc.
    const saved = hooks.recording;
    hooks.recording = 0;
    let res: CustomGradientResult;
    try {
      res = f(...ins);
    } finally {
      hooks.recording = saved;
    }
    if (!(res?.value instanceof Tensor) || typeof res.gradFunc !== "function") {
      throw new TypeError(
        "customGradient: the function must return { value: Tensor, gradFunc: (dy) => gradients }",
      );
    }
    const out = viewAs(res.value, res.value.shape);
    const def = defineOp({
      name: "customGradient",
      wasm: null,
      grad: ({ dy }) => {
        const g = res.gradFunc(dy);
        const list = Array.isArray(g) ? g : [g];
        if (list.length !== ins.length) {
          throw new RangeError(
            `customGradient: gradFunc returned ${list.length} gradients for ${ins.length} inputs; ` +
              `return one per input (null for none)`,
          );
        }
        return list;
      },
    });
    observe(def, ins, [out], undefined);
    return out;
  };
}
