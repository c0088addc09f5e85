// `LambdaCallback`: a callback from functions.

import { describe } from "../_util.ts";
import { Callback, type CallbackHooks, HOOKS } from "./callback.ts";

// ---------------------------------------------------------------- small ones

/**
 * A callback from functions (Keras's LambdaCallback).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const cb = new tf.keras.callbacks.LambdaCallback({ onEpochEnd: (epoch, logs) => console.log(epoch, logs.loss) });
 * ```
 */
export class LambdaCallback extends Callback {
  /** Creates the LambdaCallback callback. */
  constructor(hooks: CallbackHooks) {
    super();
    if (typeof hooks !== "object" || hooks === null) {
      throw new TypeError(
        `LambdaCallback: expected an object of hook functions, got ${describe(hooks)}`,
      );
    }
    for (const h of HOOKS) {
      const f = hooks[h];
      if (f !== undefined) {
        if (typeof f !== "function") {
          throw new TypeError(`LambdaCallback: ${h} must be a function, got ${describe(f)}`);
        }
        (this as unknown as Record<string, unknown>)[h] = f;
      }
    }
  }
}
