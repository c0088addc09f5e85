// The check of an options object, shared by everything that takes one
// (layers, losses, callbacks, optimizers, fit and friends), so that every
// unknown key reads the same: the class or function, the key, a hint, and
// the accepted keys. Keras rejects unknown keyword arguments the same way.

/**
 * Throws a TypeError unless `options` is an object whose keys are all in
 * `allowed`. An unknown key gets a "did you mean" hint: its camelCase form
 * (`learning_rate` → `learningRate`), else the closest accepted key.
 */
export function checkOptionKeys(
  where: string,
  options: unknown,
  allowed: readonly string[],
  example = "{ ... }",
): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(
      `${where}: expected an options object such as ${example}, got ${kindOf(options)}`,
    );
  }
  for (const key of Object.keys(options)) {
    if (allowed.includes(key)) continue;
    const hint = closest(key, allowed);
    throw new TypeError(
      `${where}: unknown option "${key}"${hint === null ? "" : ` (did you mean "${hint}"?)`}` +
        `; accepted: ${allowed.join(", ")}`,
    );
  }
}

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  return typeof v === "string" ? JSON.stringify(v) : `${typeof v} ${String(v)}`;
}

/** The key `key` most likely meant: its camelCase form, or the nearest by edit distance. */
function closest(key: string, allowed: readonly string[]): string | null {
  const camel = key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  if (camel !== key && allowed.includes(camel)) return camel;
  let best: string | null = null, bestD = Infinity;
  for (const k of allowed) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= Math.max(2, key.length / 3) ? best : null;
}

/** Levenshtein distance of two short strings. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}
