/**
 * The dispatcher: one pure function that picks the backend of every op.
 *
 * Only the wasm backend exists so far; the WebGPU backend will join here and
 * nowhere else. Decisions can be traced with `tf.setTrace(true)` or the
 * environment variable `TAPEFLOW_TRACE=1` (read only when `--allow-env` grants it).
 *
 * @module
 */

/** The backends an op can run on. */
export type BackendName = "wasm";

/** Backends that exist in this build. */
export const BACKENDS: readonly BackendName[] = ["wasm"];

/** Why the dispatcher chose a backend, for traces. */
export interface Choice {
  backend: BackendName;
  reason: string;
}

/** What the dispatcher knows about an op when it chooses. */
export interface OpInfo {
  name: string;
  hasKernel: Readonly<Partial<Record<BackendName, boolean>>>;
}

const forced: BackendName[] = [];

/**
 * Chooses the backend for one op: a forced backend (innermost `withBackend`)
 * wins; otherwise wasm, the only backend so far.
 */
export function chooseBackend(_op: OpInfo): Choice {
  if (forced.length > 0) return FORCED[forced[forced.length - 1]];
  return DEFAULT;
}

const DEFAULT: Choice = { backend: "wasm", reason: "default: the only backend" };
const FORCED: Record<BackendName, Choice> = {
  wasm: { backend: "wasm", reason: "forced by withBackend" },
};

/**
 * Runs `fn` with every op placed on `backend`.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const y = tf.withBackend("wasm", () => tf.add(1, 2));
 * console.log(y.dataSync()[0]); // 3
 * ```
 */
export function withBackend<T>(backend: BackendName, fn: () => T): T {
  if (!BACKENDS.includes(backend)) {
    throw new RangeError(
      `withBackend: unknown backend "${backend}"; available: ${BACKENDS.join(", ")}`,
    );
  }
  forced.push(backend);
  try {
    return fn();
  } finally {
    forced.pop();
  }
}

/** Whether placement decisions are printed (see the module doc). */
export const trace = { on: readTraceEnv() };

function readTraceEnv(): boolean {
  try {
    const p = Deno.permissions.querySync({ name: "env", variable: "TAPEFLOW_TRACE" });
    return p.state === "granted" && Deno.env.get("TAPEFLOW_TRACE") === "1";
  } catch {
    return false;
  }
}

/**
 * Turns tracing of placement decisions on or off.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * tf.setTrace(true);
 * tf.add(1, 2); // prints: [tapeflow] add -> wasm (default)
 * tf.setTrace(false);
 * ```
 */
export function setTrace(on: boolean): void {
  trace.on = on;
}

/** Prints one decision when tracing is on. */
export function traceChoice(op: string, c: Choice): void {
  console.error(`[tapeflow] ${op} -> ${c.backend} (${c.reason})`);
}
