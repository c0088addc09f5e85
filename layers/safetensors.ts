/**
 * Weights in the safetensors format, which PyTorch, JAX, Keras and
 * Hugging Face tools read: `saveWeights(model, path)` /
 * `loadWeights(model, path)`, and the pure `encodeSafetensors` /
 * `decodeSafetensors` over bytes.
 *
 * The format: 8 bytes, the header's length N as a little-endian u64; N
 * bytes of UTF-8 JSON, `{"name": {"dtype": "F32", "shape": [2, 3],
 * "data_offsets": [begin, end]}, ..., "__metadata__": {"k": "v"}}` (padded
 * with spaces); then the data, each tensor's elements little-endian in
 * row-major order at [begin, end) of the data section. tapeflow writes and
 * reads F32, I32 and BOOL (one byte, 0 or 1); tensors are stored by
 * element size, then by name, and the header is padded so that the data
 * starts at a multiple of 8 bytes (as the reference implementation does).
 *
 * Reading validates the whole header before anything is allocated or
 * changed: the file must hold the 8-byte length, a header of at most
 * 100 MB that fits in the file, starts with `{` and parses as JSON; every
 * entry needs a known dtype, a shape of non-negative integers and offsets
 * whose span is exactly shape × element size; the spans must tile the data
 * section exactly (no overlap, no hole, nothing after the last). So a
 * corrupt file is refused with an error saying what is wrong, and at most
 * the file's own size is ever allocated.
 *
 * `loadWeights` then checks every name, shape and dtype against the model
 * (missing, extra and mis-shaped tensors are listed together) and, with
 * `includeOptimizer`, the optimizer's state, before it assigns anything:
 * either every weight is loaded or none is.
 *
 * Names are the model's weight paths ("dense/kernel", "dense_1/bias":
 * `Layer.weightPaths()`, which do not depend on how many layers the process
 * made before), or the variables' names for other models.
 * Optimizer state, when included, is stored as "optimizer/iterations"
 * (I32), "optimizer/learning_rate" (F32, when a number),
 * "optimizer/scalars/<name>" and "optimizer/slots/<variable>/<slot>" (F32),
 * with the optimizer's class in the metadata ("tapeflow.optimizer").
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const bytes = tf.keras.safetensors.encodeSafetensors({ w: tf.constant([[1, 2], [3, 4]]) }, { note: "hi" });
 * const { tensors, metadata } = tf.keras.safetensors.decodeSafetensors(bytes);
 * console.log(tensors.w.arraySync(), metadata.note); // [[1, 2], [3, 4]] hi
 * ```
 *
 * @module
 */

import { Tensor } from "../tape/tensor.ts";
import { Variable } from "../tape/variable.ts";
import { fromData } from "../tape/convert.ts";
import { fmtShape } from "../tape/_shape.ts";
import type { DType, TypedArray } from "../tape/dtype.ts";
import type { OptimizerState } from "../optim/optimizer.ts";
import { checkModel, type ModelLike, modelName } from "./_model.ts";
import { describe } from "./_util.ts";

/** Element sizes of every dtype the safetensors specification names. */
const SPEC_DTYPES: Readonly<Record<string, number>> = {
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

const TO_DTYPE: Readonly<Record<string, DType>> = { F32: "float32", I32: "int32", BOOL: "bool" };
const FROM_DTYPE: Readonly<Record<DType, string>> = { float32: "F32", int32: "I32", bool: "BOOL" };

/**
 * The reference implementation's limit on the header's size.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.safetensors.MAX_HEADER_BYTES); // 100000000
 * ```
 */
export const MAX_HEADER_BYTES = 100_000_000;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** One tensor's entry in a parsed header. */
export interface SafetensorsEntry {
  /** The tensor's name. */
  name: string;
  /** The safetensors dtype ("F32", "I32", "BOOL", ...). */
  dtype: string;
  /** The tensor's shape. */
  shape: number[];
  /** Byte offsets of its data within the data section: [begin, end). */
  dataOffsets: [number, number];
}

/** A validated header: the entries (in file order of their data) and the metadata. */
export interface SafetensorsHeader {
  /** The tensors' entries, in file order of their data. */
  entries: SafetensorsEntry[];
  /** The `__metadata__` strings. */
  metadata: Record<string, string>;
  /** Where the data section starts in the file (8 + header length). */
  dataStart: number;
}

/** A format error: the file is not valid safetensors. */
function bad(op: string, what: string): Error {
  return new RangeError(`${op}: not a valid safetensors file: ${what}`);
}

/**
 * Parses and validates a safetensors header (see the module doc for every
 * check). Allocates nothing beyond the header's own parse.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const bytes = tf.keras.safetensors.encodeSafetensors({ w: tf.ones([2, 3]) });
 * console.log(tf.keras.safetensors.parseSafetensorsHeader(bytes).entries); // [{ name: "w", dtype: "F32", shape: [2, 3], dataOffsets: [0, 24] }]
 * ```
 */
export function parseSafetensorsHeader(
  bytes: Uint8Array,
  op = "decodeSafetensors",
): SafetensorsHeader {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`${op}: expected the file's bytes as a Uint8Array, got ${describe(bytes)}`);
  }
  if (bytes.length < 8) {
    throw bad(
      op,
      `the file has ${bytes.length} bytes; it must start with an 8-byte little-endian header length`,
    );
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lo = dv.getUint32(0, true), hi = dv.getUint32(4, true);
  const n = hi * 4294967296 + lo;
  if (hi >= 0x200000 || n > MAX_HEADER_BYTES) {
    throw bad(
      op,
      `the header length field says ${hi >= 0x200000 ? "more than 2^53" : n} bytes, over the ` +
        `${MAX_HEADER_BYTES}-byte limit (a corrupt length, or not a safetensors file)`,
    );
  }
  if (8 + n > bytes.length) {
    throw bad(
      op,
      `the header length field says ${n} bytes but only ${bytes.length - 8} follow it ` +
        `(the file is truncated, or the length is corrupt)`,
    );
  }
  if (n === 0 || bytes[8] !== 0x7b) {
    throw bad(
      op,
      `the header must be a JSON object starting with "{" (got ${
        n === 0 ? "an empty header" : `byte 0x${bytes[8].toString(16)}`
      })`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, 8 + n));
  } catch {
    throw bad(op, "the header is not valid UTF-8");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw bad(op, `the header is not valid JSON (${(e as Error).message})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw bad(op, "the header must be a JSON object of tensor entries");
  }
  const dataLen = bytes.length - 8 - n;
  const entries: SafetensorsEntry[] = [];
  let metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(json as Record<string, unknown>)) {
    if (name === "__metadata__") {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw bad(op, `__metadata__ must be an object of strings, got ${describe(value)}`);
      }
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== "string") {
          throw bad(op, `__metadata__ value "${k}" must be a string, got ${describe(v)}`);
        }
      }
      metadata = value as Record<string, string>;
      continue;
    }
    const where = `tensor "${name}"`;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw bad(op, `${where}: its entry must be an object {dtype, shape, data_offsets}`);
    }
    const e = value as Record<string, unknown>;
    for (const k of Object.keys(e)) {
      if (k !== "dtype" && k !== "shape" && k !== "data_offsets") {
        throw bad(
          op,
          `${where}: unexpected field "${k}" (entries have dtype, shape, data_offsets)`,
        );
      }
    }
    const dtype = e.dtype;
    if (typeof dtype !== "string" || !(dtype in SPEC_DTYPES)) {
      throw bad(
        op,
        `${where}: unknown dtype ${describe(dtype)} (the format's dtypes: ${
          Object.keys(SPEC_DTYPES).join(", ")
        })`,
      );
    }
    const shape = e.shape;
    if (
      !Array.isArray(shape) ||
      shape.some((d) => typeof d !== "number" || !Number.isSafeInteger(d) || d < 0)
    ) {
      throw bad(
        op,
        `${where}: shape must be an array of non-negative integers, got ${JSON.stringify(shape)}`,
      );
    }
    const off = e.data_offsets;
    if (
      !Array.isArray(off) || off.length !== 2 ||
      off.some((d) => typeof d !== "number" || !Number.isSafeInteger(d) || d < 0)
    ) {
      throw bad(
        op,
        `${where}: data_offsets must be [begin, end] non-negative integers, got ${
          JSON.stringify(off)
        }`,
      );
    }
    const [begin, end] = off as number[];
    if (end < begin) {
      throw bad(op, `${where}: data_offsets [${begin}, ${end}] end before they begin`);
    }
    if (end > dataLen) {
      throw bad(
        op,
        `${where}: data_offsets [${begin}, ${end}] reach past the data section's ${dataLen} bytes ` +
          `(the file is truncated, or the offsets are corrupt)`,
      );
    }
    // Element count × size, computed in floating point: an absurd shape gives a
    // huge number that cannot equal the (bounded) span, never a wrapped one.
    const bytesNeeded = (shape as number[]).reduce((a, d) => a * d, 1) * SPEC_DTYPES[dtype];
    if (bytesNeeded !== end - begin) {
      throw bad(
        op,
        `${where}: shape ${JSON.stringify(shape)} of ${dtype} needs ${bytesNeeded} bytes but ` +
          `data_offsets [${begin}, ${end}] hold ${end - begin}`,
      );
    }
    entries.push({ name, dtype, shape: shape as number[], dataOffsets: [begin, end] });
  }
  entries.sort((a, b) =>
    a.dataOffsets[0] - b.dataOffsets[0] || a.dataOffsets[1] - b.dataOffsets[1]
  );
  let pos = 0;
  for (const e of entries) {
    const [b, end] = e.dataOffsets;
    if (b < pos) {
      throw bad(
        op,
        `tensor "${e.name}" at [${b}, ${end}) overlaps the tensor before it (which ends at ${pos})`,
      );
    }
    if (b > pos) {
      throw bad(op, `bytes [${pos}, ${b}) of the data section belong to no tensor (a hole)`);
    }
    pos = end;
  }
  if (pos !== dataLen) {
    throw bad(
      op,
      `the tensors cover ${pos} bytes of data but the data section has ${dataLen} ` +
        `(extra bytes after the last tensor)`,
    );
  }
  return { entries, metadata, dataStart: 8 + n };
}

/** The elements of one validated entry as a tensor (copied out of the file's bytes). */
function entryTensor(op: string, bytes: Uint8Array, start: number, e: SafetensorsEntry): Tensor {
  const dtype = TO_DTYPE[e.dtype];
  if (dtype === undefined) {
    throw new TypeError(
      `${op}: tensor "${e.name}" is ${e.dtype}, a valid safetensors dtype that tapeflow does ` +
        `not hold (it has F32, I32 and BOOL); convert it when saving`,
    );
  }
  const [b, end] = e.dataOffsets;
  const raw = bytes.slice(start + b, start + end); // a fresh, aligned copy
  let data: TypedArray;
  if (dtype === "bool") {
    data = raw;
    for (let i = 0; i < data.length; i++) data[i] = data[i] !== 0 ? 1 : 0;
  } else if (LITTLE_ENDIAN) {
    data = dtype === "float32" ? new Float32Array(raw.buffer) : new Int32Array(raw.buffer);
  } else {
    const dv = new DataView(raw.buffer);
    const count = raw.length / 4;
    data = dtype === "float32" ? new Float32Array(count) : new Int32Array(count);
    for (let i = 0; i < count; i++) {
      data[i] = dtype === "float32" ? dv.getFloat32(4 * i, true) : dv.getInt32(4 * i, true);
    }
  }
  return fromData(data, e.shape, dtype);
}

/** What `decodeSafetensors` returns. */
export interface DecodedSafetensors {
  /** The tensors by name. */
  tensors: Record<string, Tensor>;
  /** The `__metadata__` strings (empty when absent). */
  metadata: Record<string, string>;
}

/**
 * Reads safetensors bytes into tensors (F32, I32 and BOOL; other dtypes of
 * the format are refused with their name). Throws a RangeError saying what
 * is wrong with a corrupt file.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const bytes = tf.keras.safetensors.encodeSafetensors({ b: tf.constant([true, false]) });
 * console.log(tf.keras.safetensors.decodeSafetensors(bytes).tensors.b.arraySync()); // [true, false]
 * ```
 */
export function decodeSafetensors(bytes: Uint8Array): DecodedSafetensors {
  const op = "decodeSafetensors";
  const h = parseSafetensorsHeader(bytes, op);
  for (const e of h.entries) {
    if (TO_DTYPE[e.dtype] === undefined) entryTensor(op, bytes, h.dataStart, e); // throws
  }
  const tensors: Record<string, Tensor> = {};
  for (const e of h.entries) tensors[e.name] = entryTensor(op, bytes, h.dataStart, e);
  return { tensors, metadata: { ...h.metadata } };
}

/**
 * Writes tensors (by name) and optional metadata strings as safetensors
 * bytes.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const bytes = tf.keras.safetensors.encodeSafetensors({ "dense/kernel": tf.ones([2, 3]) });
 * console.log(bytes.length % 8); // 0: the header is padded, the data is 8-aligned
 * ```
 */
export function encodeSafetensors(
  tensors: Record<string, Tensor> | Map<string, Tensor>,
  metadata?: Record<string, string>,
): Uint8Array {
  const op = "encodeSafetensors";
  const list = tensors instanceof Map ? [...tensors.entries()] : Object.entries(tensors ?? {});
  if (typeof tensors !== "object" || tensors === null) {
    throw new TypeError(
      `${op}: expected an object or Map of tensors by name, got ${describe(tensors)}`,
    );
  }
  for (const [name, t] of list) {
    if (typeof name !== "string" || name.length === 0 || name === "__metadata__") {
      throw new RangeError(`${op}: invalid tensor name ${describe(name)}`);
    }
    if (!(t instanceof Tensor)) {
      throw new TypeError(`${op}: "${name}" is ${describe(t)}, not a tensor`);
    }
    t.assertAlive(op);
  }
  if (metadata !== undefined) {
    if (typeof metadata !== "object" || metadata === null) {
      throw new TypeError(
        `${op}: metadata must be an object of strings, got ${describe(metadata)}`,
      );
    }
    for (const [k, v] of Object.entries(metadata)) {
      if (typeof v !== "string") {
        throw new TypeError(`${op}: metadata value "${k}" must be a string, got ${describe(v)}`);
      }
    }
  }
  const size = (t: Tensor) => (t.dtype === "bool" ? 1 : 4);
  list.sort(([na, a], [nb, b]) => size(b) - size(a) || (na < nb ? -1 : na > nb ? 1 : 0));
  const header: Record<string, unknown> = {};
  if (metadata !== undefined && Object.keys(metadata).length > 0) header.__metadata__ = metadata;
  let pos = 0;
  for (const [name, t] of list) {
    const nbytes = t.size * size(t);
    header[name] = {
      dtype: FROM_DTYPE[t.dtype],
      shape: [...t.shape],
      data_offsets: [pos, pos + nbytes],
    };
    pos += nbytes;
  }
  let json = new TextEncoder().encode(JSON.stringify(header));
  const padded = Math.ceil((8 + json.length) / 8) * 8 - 8;
  if (padded !== json.length) {
    const p = new Uint8Array(padded).fill(0x20);
    p.set(json);
    json = p;
  }
  const out = new Uint8Array(8 + json.length + pos);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, json.length, true);
  dv.setUint32(4, 0, true);
  out.set(json, 8);
  let at = 8 + json.length;
  for (const [, t] of list) {
    const data = t.dataSync();
    if (t.dtype === "bool" || LITTLE_ENDIAN) {
      out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), at);
    } else {
      for (let i = 0; i < data.length; i++) {
        if (t.dtype === "float32") dv.setFloat32(at + 4 * i, data[i], true);
        else dv.setInt32(at + 4 * i, data[i], true);
      }
    }
    at += data.byteLength;
  }
  return out;
}

// ---------------------------------------------------------------- models

/** Options of `saveWeights`. */
export interface SaveWeightsOptions {
  /** Also save the optimizer's state (iterations, learning rate, slots); default false. */
  includeOptimizer?: boolean;
  /** Extra metadata strings to store in the header. */
  metadata?: Record<string, string>;
}

/** Options of `loadWeights`. */
export interface LoadWeightsOptions {
  /** Also restore the optimizer's state saved with includeOptimizer; default false. */
  includeOptimizer?: boolean;
}

const OPT = "optimizer/";

/**
 * The model's weights by name: its `weightPaths()` when it has them (paths
 * that stay the same however many layers the process made before, so a
 * file saved by one model loads into a fresh one), else the variables'
 * names. Throws on duplicate names.
 */
function weightsByName(op: string, model: ModelLike): Map<string, Variable> {
  const byName = new Map<string, Variable>();
  const paths = typeof model.weightPaths === "function" ? model.weightPaths() : null;
  for (const v of model.weights) {
    if (!(v instanceof Variable)) {
      throw new TypeError(
        `${op}: ${modelName(model)}'s weights hold ${describe(v)}, not a Variable`,
      );
    }
    v.assertAlive(op);
    const name = paths?.get(v) ?? v.name;
    if (byName.has(name)) {
      throw new RangeError(
        `${op}: two weights of ${modelName(model)} are named '${name}'; weights files key ` +
          `tensors by name, so names must be unique (give layers distinct names)`,
      );
    }
    if (name.startsWith(OPT)) {
      throw new RangeError(
        `${op}: weight '${name}' uses the reserved prefix "${OPT}" (optimizer state); rename it`,
      );
    }
    byName.set(name, v);
  }
  return byName;
}

/** The optimizer state as named tensors. */
function optimizerTensors(
  op: string,
  model: ModelLike,
  byVar: Map<Variable, string>,
): { tensors: [string, Tensor][]; kind: string } {
  const opt = model.optimizer;
  if (!opt) {
    throw new TypeError(
      `${op}: includeOptimizer needs an optimizer, but ${
        modelName(model)
      } has none; compile it first`,
    );
  }
  const state = opt.getState();
  if (state.iterations > 2147483647) {
    throw new RangeError(`${op}: optimizer iterations ${state.iterations} do not fit in I32`);
  }
  const tensors: [string, Tensor][] = [
    [`${OPT}iterations`, fromData(Int32Array.of(state.iterations), [], "int32")],
  ];
  if (state.learningRate !== null) {
    tensors.push([
      `${OPT}learning_rate`,
      fromData(Float32Array.of(state.learningRate), [], "float32"),
    ]);
  }
  for (const [k, v] of Object.entries(state.scalars)) {
    tensors.push([`${OPT}scalars/${k}`, fromData(Float32Array.of(v), [], "float32")]);
  }
  for (const { variable, values } of state.slots) {
    const name = byVar.get(variable);
    if (name === undefined) continue; // a variable of another model sharing the optimizer
    for (const [slot, t] of Object.entries(values)) {
      tensors.push([`${OPT}slots/${name}/${slot}`, t]);
    }
  }
  return { tensors, kind: state.optimizer };
}

/**
 * Writes the model's weights (and, with `includeOptimizer`, the
 * optimizer's state) to `path` in safetensors format. Needs write
 * permission for `path` only.
 *
 * @example
 * ```ts ignore
 * model.saveWeights("model.safetensors");
 * ```
 */
export function saveWeights(
  model: ModelLike,
  path: string,
  options: SaveWeightsOptions = {},
): void {
  const op = "saveWeights";
  checkModel(op, model);
  if (typeof path !== "string" && !(path as unknown instanceof URL)) {
    throw new TypeError(`${op}: path must be a file path, got ${describe(path)}`);
  }
  const byName = weightsByName(op, model);
  const tensors = new Map<string, Tensor>(byName);
  const metadata: Record<string, string> = { format: "tapeflow", ...(options.metadata ?? {}) };
  if (options.includeOptimizer) {
    const byVar = new Map<Variable, string>([...byName].map(([n, v]) => [v, n]));
    const { tensors: opt, kind } = optimizerTensors(op, model, byVar);
    for (const [n, t] of opt) tensors.set(n, t);
    metadata["tapeflow.optimizer"] = kind;
  }
  Deno.writeFileSync(path, encodeSafetensors(tensors, metadata));
}

function readFile(op: string, path: string): Uint8Array {
  try {
    return Deno.readFileSync(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      throw new Deno.errors.NotFound(
        `${op}: no weights file at '${path}'; check the path (model.saveWeights(path) writes one)`,
        { cause: e },
      );
    }
    throw e;
  }
}

function list(names: string[], max = 8): string {
  const shown = names.slice(0, max).map((n) => `'${n}'`).join(", ");
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/**
 * Loads weights saved by `saveWeights` (or any safetensors file whose
 * tensor names are the model's weight names). Every name, shape and dtype
 * is checked first; on any mismatch nothing is changed and the error lists
 * the missing, extra and mis-shaped tensors. Needs read permission for
 * `path` only.
 *
 * @example
 * ```ts ignore
 * model.loadWeights("model.safetensors");
 * ```
 */
export function loadWeights(
  model: ModelLike,
  path: string,
  options: LoadWeightsOptions = {},
): void {
  const op = "loadWeights";
  checkModel(op, model);
  const bytes = readFile(op, path);
  let header: SafetensorsHeader;
  try {
    header = parseSafetensorsHeader(bytes, op);
  } catch (e) {
    throw new RangeError(`${(e as Error).message} ('${path}')`, { cause: e });
  }
  const byName = weightsByName(op, model);
  const entries = new Map(header.entries.map((e) => [e.name, e]));
  const problems: string[] = [];
  const missing = [...byName.keys()].filter((n) => !entries.has(n));
  const extra = [...entries.keys()].filter((n) => !n.startsWith(OPT) && !byName.has(n));
  if (missing.length > 0) problems.push(`missing from the file: ${list(missing)}`);
  if (extra.length > 0) {
    problems.push(
      `in the file but not in the model: ${list(extra)}` +
        (byName.size === 0
          ? " (the model has no weights yet: call it on data, or build it, first)"
          : ""),
    );
  }
  for (const [name, v] of byName) {
    const e = entries.get(name);
    if (e === undefined) continue;
    const want = FROM_DTYPE[v.dtype];
    const sameShape = e.shape.length === v.shape.length &&
      e.shape.every((d, i) => d === v.shape[i]);
    if (e.dtype !== want || !sameShape) {
      problems.push(
        `'${name}' is ${e.dtype} ${fmtShape(e.shape)} in the file but ${want} ${
          fmtShape(v.shape)
        } in the model`,
      );
    }
  }
  let optState: OptimizerState | null = null;
  if (options.includeOptimizer) {
    optState = optimizerState(op, model, header, bytes, byName, problems);
  }
  if (problems.length > 0) {
    throw new RangeError(
      `${op}: '${path}' does not match ${modelName(model)}; nothing was loaded:\n  - ${
        problems.join("\n  - ")
      }`,
    );
  }
  // Everything checked: decode, restore the optimizer (it validates before it
  // changes anything), then assign every weight.
  const values = new Map<string, Tensor>();
  for (const name of byName.keys()) {
    values.set(name, entryTensor(op, bytes, header.dataStart, entries.get(name)!));
  }
  if (optState !== null) {
    try {
      model.optimizer!.setState(optState);
    } catch (e) {
      throw new RangeError(
        `${op}: '${path}' holds optimizer state this optimizer cannot take; nothing was loaded: ` +
          (e as Error).message,
        { cause: e },
      );
    }
  }
  for (const [name, v] of byName) v.assign(values.get(name)!);
}

function optimizerState(
  op: string,
  model: ModelLike,
  header: SafetensorsHeader,
  bytes: Uint8Array,
  byName: Map<string, Variable>,
  problems: string[],
): OptimizerState | null {
  const opt = model.optimizer;
  if (!opt) {
    problems.push(`includeOptimizer: ${modelName(model)} has no optimizer; compile it first`);
    return null;
  }
  const kind = opt.getState().optimizer;
  const saved = header.metadata["tapeflow.optimizer"];
  const entries = header.entries.filter((e) => e.name.startsWith(OPT));
  const it = entries.find((e) => e.name === `${OPT}iterations`);
  if (saved === undefined || it === undefined) {
    problems.push(
      "includeOptimizer: the file has no optimizer state (save it with includeOptimizer: true)",
    );
    return null;
  }
  if (saved !== kind) {
    problems.push(
      `includeOptimizer: the file holds ${saved} state but the model's optimizer is ${kind}`,
    );
    return null;
  }
  const scalarOf = (e: SafetensorsEntry, dtype: string): number | null => {
    if (e.dtype !== dtype || e.shape.length !== 0) {
      problems.push(`'${e.name}' must be a ${dtype} scalar, got ${e.dtype} ${fmtShape(e.shape)}`);
      return null;
    }
    return entryTensor(op, bytes, header.dataStart, e).dataSync()[0];
  };
  const iterations = scalarOf(it, "I32");
  let learningRate: number | null = null;
  const scalars: Record<string, number> = {};
  const slots = new Map<Variable, Record<string, Tensor>>();
  for (const e of entries) {
    const rest = e.name.slice(OPT.length);
    if (rest === "iterations") continue;
    if (rest === "learning_rate") {
      learningRate = scalarOf(e, "F32");
    } else if (rest.startsWith("scalars/")) {
      const v = scalarOf(e, "F32");
      if (v !== null) scalars[rest.slice(8)] = v;
    } else if (rest.startsWith("slots/")) {
      const path = rest.slice(6);
      const cut = path.lastIndexOf("/");
      const v = cut > 0 ? byName.get(path.slice(0, cut)) : undefined;
      if (v === undefined) {
        problems.push(`'${e.name}' is optimizer state of a variable the model does not have`);
        continue;
      }
      if (
        e.dtype !== "F32" || e.shape.length !== v.shape.length ||
        e.shape.some((d, i) => d !== v.shape[i])
      ) {
        problems.push(
          `'${e.name}' is ${e.dtype} ${fmtShape(e.shape)} but its variable is F32 ${
            fmtShape(v.shape)
          }`,
        );
        continue;
      }
      const rec = slots.get(v) ?? {};
      rec[path.slice(cut + 1)] = entryTensor(op, bytes, header.dataStart, e);
      slots.set(v, rec);
    } else {
      problems.push(`'${e.name}' is not optimizer state tapeflow knows`);
    }
  }
  if (iterations === null) return null;
  return {
    optimizer: kind,
    iterations,
    learningRate,
    scalars,
    slots: [...slots].map(([variable, values]) => ({ variable, values })),
  };
}
