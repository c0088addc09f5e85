// Fuzzing the safetensors reader (layers/safetensors.ts) with mutated files.
//
// Each mutated file is judged twice: by tapeflow's `decodeSafetensors` and by
// an independent checker of the rules the reader documents (written here
// from the format's description, not from the reader's code). They must
// agree: a file the checker finds valid decodes to tensors whose bytes are
// the file's; a file with a dtype tapeflow does not hold is refused with a
// TypeError; any other file is refused with a RangeError whose message says
// "not a valid safetensors file". Nothing else may happen: no other error,
// no hang, and no decoded tensors larger than the file.

import * as tf from "../../mod.ts";
import { decodeSafetensors, encodeSafetensors } from "../../layers/safetensors.ts";
import { rng } from "./graph.ts";

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Element sizes of the format's dtypes (from the safetensors description). */
const SIZES: Record<string, number> = {
  BOOL: 1,
  U8: 1,
  I8: 1,
  F8_E5M2: 1,
  F8_E4M3: 1,
  F8_E8M0: 1,
  I16: 2,
  U16: 2,
  F16: 2,
  BF16: 2,
  I32: 4,
  U32: 4,
  F32: 4,
  F64: 8,
  I64: 8,
  U64: 8,
  C64: 8,
};
const HELD = new Set(["F32", "I32", "BOOL"]);
const LIMIT = 100_000_000;

/** The checker's verdict on a file. */
export type Verdict = "ok" | "unsupported" | "invalid";

/** Independent validation of a safetensors file (the reader's documented rules). */
export function verdict(bytes: Uint8Array): Verdict {
  if (bytes.length < 8) return "invalid";
  let n = 0;
  for (let i = 7; i >= 0; i--) n = n * 256 + bytes[i];
  if (n > LIMIT || 8 + n > bytes.length || n === 0 || bytes[8] !== 0x7b) return "invalid";
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, 8 + n)));
  } catch {
    return "invalid";
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) return "invalid";
  const dataLen = bytes.length - 8 - n;
  const spans: [number, number][] = [];
  let held = true;
  const isObj = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
  const isCount = (v: unknown) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
  for (const [name, v] of Object.entries(header)) {
    if (name === "__metadata__") {
      if (!isObj(v) || Object.values(v as object).some((s) => typeof s !== "string")) {
        return "invalid";
      }
      continue;
    }
    if (!isObj(v)) return "invalid";
    const keys = Object.keys(v as object).sort().join(",");
    if (keys !== "data_offsets,dtype,shape") return "invalid";
    const { dtype, shape, data_offsets: off } = v as Record<string, unknown>;
    if (typeof dtype !== "string" || !Object.hasOwn(SIZES, dtype)) return "invalid";
    if (!Array.isArray(shape) || !shape.every(isCount)) return "invalid";
    if (!Array.isArray(off) || off.length !== 2 || !off.every(isCount)) return "invalid";
    const [b, e] = off as number[];
    if (e < b || e > dataLen) return "invalid";
    let count = 1;
    for (const d of shape as number[]) count *= d;
    if (count * SIZES[dtype] !== e - b) return "invalid";
    spans.push([b, e]);
    if (!HELD.has(dtype)) held = false;
  }
  spans.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let pos = 0;
  for (const [b, e] of spans) {
    if (b !== pos) return "invalid";
    pos = e;
  }
  if (pos !== dataLen) return "invalid";
  return held ? "ok" : "unsupported";
}

/** Valid files to mutate: a few tensors of each held dtype, empty ones, metadata. */
export function seedFiles(): Uint8Array[] {
  const r = rng(12345);
  const files: Uint8Array[] = [];
  const f32 = (shape: number[]) =>
    tf.constant(Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => r() - 0.5), {
      shape,
    });
  files.push(encodeSafetensors({ w: f32([2, 3]) }));
  files.push(
    encodeSafetensors({
      "dense/kernel": f32([3, 4]),
      "dense/bias": f32([4]),
      "step": tf.constant([7], { dtype: "int32" }),
      "mask": tf.constant([true, false, true]),
    }, { format: "tapeflow", "tapeflow.optimizer": "Adam" }),
  );
  files.push(encodeSafetensors({ empty: tf.zeros([0, 5]), scalar: tf.constant(1.5) }));
  files.push(encodeSafetensors({}));
  files.push(encodeSafetensors({ a: f32([1]), b: f32([2, 2, 2]), c: tf.ones([5], "int32") }));
  return files;
}

function headerOf(bytes: Uint8Array): { json: Record<string, unknown>; data: Uint8Array } {
  let n = 0;
  for (let i = 7; i >= 0; i--) n = n * 256 + bytes[i];
  return {
    json: JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n))),
    data: bytes.subarray(8 + n),
  };
}

/** A file from a header object and data, the length field set (or not) to fit. */
function assemble(
  header: unknown,
  data: Uint8Array,
  r: Rand,
  raw?: string,
): Uint8Array {
  const text = new TextEncoder().encode(raw ?? JSON.stringify(header));
  const out = new Uint8Array(8 + text.length + data.length);
  let n = text.length;
  if (r() < 0.1) n += pick(r, [-1, 1, 8, -8, 1000]);
  n = Math.max(n, 0);
  for (let i = 0; i < 8; i++) {
    out[i] = n % 256;
    n = Math.floor(n / 256);
  }
  out.set(text, 8);
  out.set(data, 8 + text.length);
  return out;
}

const WEIRD_NUMBERS = [
  -1,
  0.5,
  1e300,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 32,
  2 ** 31,
  -0,
  1e-320,
  "3",
  null,
  true,
  [],
  {},
] as const;

/** One random structured edit of a parsed header. */
function editHeader(
  r: Rand,
  json: Record<string, unknown>,
  dataLen: number,
  consistent: boolean,
): string | undefined {
  const names = Object.keys(json).filter((k) => k !== "__metadata__");
  const name = names.length > 0 ? pick(r, names) : "x";
  const cur = json[name];
  const e = (typeof cur === "object" && cur !== null && !Array.isArray(cur) ? cur : {}) as Record<
    string,
    unknown
  >;
  json[name] = e;
  switch (consistent ? int(r, 13, 17) : int(r, 0, 17)) {
    case 0: // another dtype: a held one, one of the format's, or none
      e.dtype = pick(r, [...Object.keys(SIZES), "F33", "f32", "", 5, null]);
      break;
    case 1: { // a shape entry changed
      const s = Array.isArray(e.shape) ? e.shape.slice() : [];
      if (s.length === 0 || r() < 0.3) s.push(pick(r, [0, 1, 2, ...WEIRD_NUMBERS]));
      else s[int(r, 0, s.length - 1)] = pick(r, [0, 1, 2, 3, 7, ...WEIRD_NUMBERS]);
      e.shape = s;
      break;
    }
    case 2: { // an offset changed
      const o = Array.isArray(e.data_offsets) ? e.data_offsets.slice() : [0, 0];
      o[int(r, 0, 1)] = pick(r, [0, 4, dataLen, dataLen + 1, dataLen - 4, ...WEIRD_NUMBERS]);
      e.data_offsets = o;
      break;
    }
    case 3: // offsets swapped, or of the wrong length
      e.data_offsets = r() < 0.5
        ? [...((e.data_offsets as number[]) ?? [])].reverse()
        : [...((e.data_offsets as number[]) ?? []), 0];
      break;
    case 4: // a field removed
      delete e[pick(r, ["dtype", "shape", "data_offsets"])];
      break;
    case 5: // a field added
      e[pick(r, ["extra", "offsets", "dtype2"])] = 1;
      break;
    case 6: // the entry replaced by something that is not an entry
      json[name] = pick(r, [1, "F32", null, [], [1, 2]]);
      break;
    case 7: // a second tensor sharing or overlapping another's bytes
      json[name + "_copy"] = { ...e };
      break;
    case 8: // metadata of the wrong kind
      json.__metadata__ = pick(r, [1, "x", [], { k: 1 }, { k: null }, { k: "v" }, null]);
      break;
    case 9: // the whole header not an object
      return pick(r, ["[]", "1", '"x"', "null", "{", "{}}", "{} x", "\u00ff", '{"a":1,}']);
    case 10: // duplicate keys in the text (JSON.parse keeps the last)
      return JSON.stringify(json).replace(
        /^\{/,
        `{"${name}":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},`,
      );
    case 11: // a tensor removed (a hole in the data) or all of them
      if (r() < 0.8) delete json[name];
      else for (const k of names) delete json[k];
      break;
    case 12: // a shape that makes the byte count overflow in 32 or 64 bits
      e.shape = pick(r, [[2 ** 31, 2], [2 ** 32, 2 ** 32], [65536, 65536, 65536], [2 ** 62 / 4]]);
      break;
    case 13: // consistent but different: a shape with the same byte count
      if (Array.isArray(e.shape) && e.shape.length > 0) {
        e.shape = [e.shape.reduce((a, b) => a * b, 1)];
      }
      break;
    case 14: // consistent: another dtype of the same element size (held or not)
      if (typeof e.dtype === "string" && Object.hasOwn(SIZES, e.dtype)) {
        const same = Object.keys(SIZES).filter((k) => SIZES[k] === SIZES[e.dtype as string]);
        e.dtype = pick(r, same);
      }
      break;
    case 15: // consistent: a tensor renamed (odd names included)
      if (names.length > 0) {
        json[pick(r, ["", " ", "a/b/c", "ü", "__metadata", "constructor", "__proto__", "0"])] = e;
        delete json[name];
      }
      break;
    case 16: // consistent: metadata added or changed
      json.__metadata__ = { note: pick(r, ["", "x", "ü", "{}"]), [pick(r, ["a", "", "b"])]: "v" };
      break;
    case 17: // consistent: a tensor split into two halves of its bytes
      if (
        Array.isArray(e.shape) && e.shape.length === 1 && e.shape[0] % 2 === 0 &&
        Array.isArray(e.data_offsets)
      ) {
        const [b, end] = e.data_offsets as number[], mid = (b + end) / 2;
        e.shape = [e.shape[0] / 2];
        e.data_offsets = [b, mid];
        json[name + "_2"] = {
          dtype: e.dtype,
          shape: (e.shape as number[]).slice(),
          data_offsets: [mid, end],
        };
      }
      break;
  }
  return undefined;
}

/** A random mutation of a valid file. */
export function mutate(r: Rand, file: Uint8Array): Uint8Array {
  let u = r();
  let parsed: ReturnType<typeof headerOf> | null = null;
  try {
    parsed = headerOf(file);
  } catch {
    u = 0.5 + u / 2; // an already broken header: mutate bytes
  }
  if (u < 0.45 && parsed !== null && typeof parsed.json === "object" && parsed.json !== null) {
    // structured: edit the header, re-assemble (length field mostly right)
    const { json, data } = parsed;
    let raw: string | undefined;
    const consistent = r() < 0.4;
    for (let k = int(r, 1, 3); k > 0; k--) {
      raw = editHeader(r, json, data.length, consistent) ?? raw;
    }
    let d: Uint8Array = data;
    if (r() < 0.15) d = d.subarray(0, int(r, 0, d.length));
    if (r() < 0.1) d = Uint8Array.from([...d, ...new Uint8Array(int(r, 1, 16))]);
    return assemble(json, d, r, raw);
  }
  const b = file.slice();
  if (u < 0.7) {
    // byte flips, mostly in the length field and header
    for (let k = int(r, 1, 4); k > 0; k--) {
      const at = r() < 0.7 ? int(r, 0, Math.min(b.length - 1, 100)) : int(r, 0, b.length - 1);
      if (b.length > 0) b[at] = r() < 0.5 ? b[at] ^ (1 << int(r, 0, 7)) : int(r, 0, 255);
    }
    return b;
  }
  if (u < 0.85) return b.subarray(0, int(r, 0, b.length)); // truncated
  if (u < 0.92) {
    return Uint8Array.from([
      ...b,
      ...Array.from({ length: int(r, 1, 40) }, () => int(r, 0, 255)),
    ]);
  }
  // the length field: huge, off by a little, or all ones
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length >= 8) {
    const n = dv.getUint32(0, true);
    const choice = int(r, 0, 4);
    if (choice === 0) dv.setUint32(4, int(r, 1, 0xffffffff), true);
    else if (choice === 1) dv.setUint32(0, n + int(r, -10, 10), true);
    else if (choice === 2) dv.setUint32(0, 0xffffffff, true);
    else if (choice === 3) dv.setUint32(0, LIMIT + 1, true);
    else dv.setUint32(0, 0, true);
  }
  return b;
}

/** What went wrong with one file, or null. */
export function checkFile(bytes: Uint8Array): string | null {
  const want = verdict(bytes);
  const t0 = performance.now();
  let got: { tensors: Record<string, tf.Tensor>; metadata: Record<string, string> } | null = null;
  let err: unknown = null;
  try {
    got = decodeSafetensors(bytes);
  } catch (e) {
    err = e;
  }
  const ms = performance.now() - t0;
  if (ms > 500) return `took ${ms.toFixed(0)} ms`;
  if (want === "ok") {
    if (got === null) return `a valid file was refused: ${(err as Error).message}`;
    let total = 0;
    for (const t of Object.values(got.tensors)) total += t.size * (t.dtype === "bool" ? 1 : 4);
    if (total > bytes.length) return `decoded ${total} bytes from a ${bytes.length}-byte file`;
    // round trip: what was read writes back to a file that reads the same
    // (encodeSafetensors refuses an empty name: such files are read, not written)
    if (Object.hasOwn(got.tensors, "")) return null;
    const again = decodeSafetensors(encodeSafetensors(got.tensors, got.metadata));
    for (const [k, t] of Object.entries(got.tensors)) {
      const u = again.tensors[k];
      if (!u || u.dtype !== t.dtype || u.shape.join() !== t.shape.join()) {
        return `round trip lost ${k}`;
      }
      const a = t.dataSync(), b = u.dataSync();
      for (let i = 0; i < a.length; i++) {
        if (!Object.is(a[i], b[i]) && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) {
          return `round trip changed ${k}[${i}]`;
        }
      }
    }
    return null;
  }
  if (got !== null) {
    return `${want === "invalid" ? "an invalid" : "an unsupported"} file was accepted`;
  }
  const e = err as Error;
  if (want === "unsupported") {
    return e instanceof TypeError && e.message.startsWith("decodeSafetensors: tensor ") &&
        e.message.includes("tapeflow does not hold")
      ? null
      : `an unsupported dtype gave ${e?.constructor?.name}: ${e?.message}`;
  }
  return e instanceof RangeError &&
      e.message.startsWith("decodeSafetensors: not a valid safetensors file: ")
    ? null
    : `an invalid file gave ${e?.constructor?.name}: ${e?.message}`;
}

/** Fuzzes `count` mutated files from `seed`; returns the failures (with the file in hex). */
export function fuzzSafetensors(
  count: number,
  seed: number,
): { failures: string[]; verdicts: Record<Verdict, number> } {
  const r = rng(seed);
  const seeds = seedFiles();
  const failures: string[] = [];
  const verdicts: Record<Verdict, number> = { ok: 0, unsupported: 0, invalid: 0 };
  for (let i = 0; i < count; i++) {
    let file = pick(r, seeds);
    for (let k = r() < 0.3 ? 2 : 1; k > 0; k--) file = mutate(r, file);
    verdicts[verdict(file)]++;
    const f = checkFile(file);
    if (f !== null) {
      const hex = Array.from(file.subarray(0, 400), (b) => b.toString(16).padStart(2, "0")).join(
        "",
      );
      failures.push(
        `file ${i} (${file.length} bytes): ${f}\n  hex: ${hex}${file.length > 400 ? "..." : ""}`,
      );
      if (failures.length >= 5) break;
    }
  }
  return { failures, verdicts };
}
