// `CallbackList`: the callbacks of one `fit`, called in order.

import type { ModelLike } from "../_model.ts";
import { describe } from "../_util.ts";
import {
  Callback,
  type CallbackHooks,
  type CallbackParams,
  type HookName,
  HOOKS,
} from "./callback.ts";
import { camel } from "./_util.ts";
import { History } from "./history.ts";
import { ProgbarLogger } from "./progbar_logger.ts";

/**
 * @internal The callbacks of one fit/evaluate/predict call, in Keras's
 * order, with the model and parameters set. A hook's Promise is returned
 * (all of them together) so that async callers can await it.
 */
export class CallbackList {
  readonly callbacks: CallbackHooks[];
  readonly history: History | null;

  constructor(
    op: string,
    given: readonly unknown[] | undefined,
    model: ModelLike,
    params: CallbackParams,
    { addHistory = false, addProgbar = false } = {},
  ) {
    if (given !== undefined && !Array.isArray(given)) {
      throw new TypeError(`${op}: callbacks must be an array of callbacks, got ${describe(given)}`);
    }
    const list: CallbackHooks[] = [];
    let history: History | null = null;
    let progbar: ProgbarLogger | null = null;
    (given ?? []).forEach((cb, i) => {
      if (typeof cb !== "object" || cb === null) {
        throw new TypeError(
          `${op}: callbacks[${i}] is ${describe(cb)}; pass Callback objects or objects with hook ` +
            `methods such as onEpochEnd(epoch, logs)`,
        );
      }
      const hooks = cb as Record<string, unknown>;
      const known = HOOKS.filter((h) => typeof hooks[h] === "function");
      if (!(cb instanceof Callback) && known.length === 0) {
        const snake = Object.keys(hooks).filter((k) => /^on_/.test(k));
        throw new TypeError(
          `${op}: callbacks[${i}] has no hook method (${HOOKS.slice(0, 4).join(", ")}, ...)` +
            (snake.length > 0
              ? `; hooks are camelCase: ${snake[0]} is spelled ${camel(snake[0])}`
              : ""),
        );
      }
      if (cb instanceof History) history = cb;
      if (cb instanceof ProgbarLogger) progbar = cb;
      list.push(cb as CallbackHooks);
    });
    if (addHistory && history === null) list.push(history = new History());
    if (addProgbar && params.verbose > 0 && progbar === null) list.push(new ProgbarLogger());
    for (const cb of list) {
      cb.setModel?.(model);
      cb.setParams?.(params);
    }
    this.callbacks = list;
    this.history = history;
  }

  /** Calls `hook` on every callback; returns a Promise if any hook returned one. */
  call(hook: HookName, ...args: unknown[]): Promise<unknown> | undefined {
    let pending: Promise<unknown>[] | null = null;
    for (const cb of this.callbacks) {
      const f = (cb as Record<string, unknown>)[hook];
      if (typeof f !== "function") continue;
      const r = f.apply(cb, args);
      if (r instanceof Promise) (pending ??= []).push(r);
    }
    return pending === null ? undefined : Promise.all(pending);
  }
}
