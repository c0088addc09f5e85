/**
 * `tf.debugging`: numeric checks while developing.
 *
 * @module
 */

import { hooks } from "./op.ts";
import type { Tensor } from "./tensor.ts";
import { fmtShape } from "./_shape.ts";
import { readStorage } from "../asm/backend.ts";

function firstBad(t: Tensor): number {
  const s = t.storage;
  if (t.dtype !== "float32" || (s.host === null && s.ptr < 0)) return -1; // GPU-only: unchecked
  const data = s.host ?? readStorage(s);
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v !== v || v === Infinity || v === -Infinity) return i;
  }
  return -1;
}

function check(name: string, ins: readonly Tensor[], outs: readonly Tensor[]): void {
  for (let j = 0; j < outs.length; j++) {
    const i = firstBad(outs[j]);
    if (i < 0) continue;
    const v = outs[j].storage.host?.[i] ?? readStorage(outs[j].storage)[i];
    const inputs = ins.map((t) => `${t.dtype} ${fmtShape(t.shape)}`).join(", ");
    throw new RangeError(
      `checkNumerics: ${name} produced ${v} at flat index ${i} of its ${
        outs.length > 1 ? `output ${j} ` : "output "
      }${fmtShape(outs[j].shape)} (inputs: ${inputs}); look for a division by zero, a log of ` +
        `a non-positive number or an overflow in ${name}'s inputs`,
    );
  }
}

/**
 * Makes the first op that produces NaN or ±Infinity throw a RangeError naming
 * the op and its input shapes. Checks read every output: for debugging only.
 * (Outputs that live only on the GPU are not checked.)
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * tf.debugging.enableCheckNumerics();
 * try {
 *   tf.log([-1]);
 * } catch (e) {
 *   console.log((e as Error).message.startsWith("checkNumerics: log")); // true
 * }
 * tf.debugging.disableCheckNumerics();
 * ```
 */
export function enableCheckNumerics(): void {
  hooks.after = check;
}

/**
 * Turns the checks of `enableCheckNumerics` off.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * tf.debugging.enableCheckNumerics();
 * tf.debugging.disableCheckNumerics();
 * console.log(tf.sqrt([-1]).arraySync()); // [NaN]
 * ```
 */
export function disableCheckNumerics(): void {
  hooks.after = null;
}

/**
 * Whether numeric checks are on.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.debugging.isCheckNumericsEnabled()); // false
 * ```
 */
export function isCheckNumericsEnabled(): boolean {
  return hooks.after === check;
}
