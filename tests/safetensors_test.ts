// Safetensors: round trips; files checked by a reader written only from the
// format's specification (independent of layers/safetensors.ts); a file
// built by hand from the specification's example; every kind of corrupt
// file refused with a clear error; saveWeights/loadWeights on a model
// (missing, extra, mis-shaped and mistyped tensors: nothing half-loaded),
// and optimizer state.

import * as tf from "../mod.ts";
import {
  assertClose,
  assertThrows,
  freshSeed,
  randomArray,
  rng,
  testEachBackend,
} from "./_util.ts";
import { deepStrictEqual, ok, strictEqual } from "node:assert/strict";
import { compile, trainOnBatch } from "../layers/training.ts";

const S = tf.keras.safetensors;

// ---------------------------------------------------------------- a reader from the spec

/**
 * The specification, as this reader implements it: the first 8 bytes are an
 * unsigned little-endian 64-bit integer N, the size of the header; the next
 * N bytes are a UTF-8 JSON object; each key but "__metadata__" maps to
 * {"dtype", "shape", "data_offsets": [BEGIN, END]}, offsets into the byte
 * buffer that follows the header; the data is little-endian, row-major.
 */
function specRead(bytes: Uint8Array) {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = Number(dv.getBigUint64(0, true));
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + n)));
  const base = 8 + n;
  const out = new Map<string, { dtype: string; shape: number[]; values: (number | boolean)[] }>();
  for (const [name, info] of Object.entries(header) as [string, Record<string, unknown>][]) {
    if (name === "__metadata__") continue;
    const [b, e] = info.data_offsets as number[];
    const values: (number | boolean)[] = [];
    for (let at = base + b; at < base + e;) {
      if (info.dtype === "F32") values.push(dv.getFloat32(at, true)), at += 4;
      else if (info.dtype === "I32") values.push(dv.getInt32(at, true)), at += 4;
      else if (info.dtype === "BOOL") values.push(dv.getUint8(at) !== 0), at += 1;
      else throw new Error(`spec reader: dtype ${info.dtype} not handled`);
    }
    out.set(name, { dtype: info.dtype as string, shape: info.shape as number[], values });
  }
  return { header, n, out, metadata: header.__metadata__ ?? {} };
}

/** A file from a header object and raw data bytes, as the spec lays it out. */
function build(
  header: unknown,
  data: Uint8Array = new Uint8Array(0),
  lengthOverride?: bigint,
): Uint8Array {
  const json = new TextEncoder().encode(
    typeof header === "string" ? header : JSON.stringify(header),
  );
  const out = new Uint8Array(8 + json.length + data.length);
  new DataView(out.buffer).setBigUint64(0, lengthOverride ?? BigInt(json.length), true);
  out.set(json, 8);
  out.set(data, 8 + json.length);
  return out;
}

function randomTensors(seed: number) {
  const r = rng(seed);
  const ints = Int32Array.from({ length: 301 }, () => Math.floor((r() - 0.5) * 2 ** 32));
  return {
    "dense/kernel": tf.constant(randomArray(r, 37 * 11), { shape: [37, 11] }),
    "dense/bias": tf.constant(randomArray(r, 11)),
    "scalar": tf.constant(Math.fround(r() * 1e30)),
    "empty": tf.zeros([0, 3]),
    "ints": tf.constant(ints, { shape: [7, 43] }),
    "mask": tf.constant(Array.from({ length: 13 }, () => r() < 0.5)),
    "ünïcode/名前": tf.constant([Infinity, -Infinity, NaN, -0]),
  };
}

testEachBackend(
  "encode/decode round trip: F32, I32, BOOL, scalars, empty and large tensors",
  () => {
    const seed = freshSeed();
    const ts = randomTensors(seed);
    const bytes = S.encodeSafetensors(ts, { format: "pt", note: "ok" });
    const { tensors, metadata } = S.decodeSafetensors(bytes);
    deepStrictEqual(Object.keys(tensors).sort(), Object.keys(ts).sort());
    for (const [name, t] of Object.entries(ts)) {
      const u = tensors[name];
      deepStrictEqual(u.shape, t.shape, name);
      strictEqual(u.dtype, t.dtype, name);
      deepStrictEqual(Array.from(u.dataSync()), Array.from(t.dataSync()), `${name} seed ${seed}`);
    }
    ok(Object.is(tensors["ünïcode/名前"].dataSync()[3], -0), "-0 kept bit for bit");
    deepStrictEqual(metadata, { format: "pt", note: "ok" });
  },
);

testEachBackend("files read by a reader written from the specification alone", () => {
  const seed = freshSeed();
  const ts = randomTensors(seed);
  const bytes = S.encodeSafetensors(ts, { format: "pt" });
  const { header, n, out, metadata } = specRead(bytes);
  strictEqual(String.fromCharCode(bytes[8]), "{", "the header starts with {");
  strictEqual((8 + n) % 8, 0, "the data section starts 8-aligned (header padded with spaces)");
  ok(/ *$/.test(new TextDecoder().decode(bytes.subarray(8, 8 + n))));
  deepStrictEqual(metadata, { format: "pt" });
  const spans = Object.entries(header).filter(([k]) => k !== "__metadata__")
    .map(([, v]) => (v as { data_offsets: number[] }).data_offsets)
    .sort((a, b) => a[0] - b[0]);
  let pos = 0;
  for (const [b, e] of spans) {
    strictEqual(b, pos, "contiguous");
    pos = e;
  }
  strictEqual(8 + n + pos, bytes.length, "the data ends the file");
  const dtypes: Record<string, string> = { float32: "F32", int32: "I32", bool: "BOOL" };
  for (const [name, t] of Object.entries(ts)) {
    const e = out.get(name)!;
    strictEqual(e.dtype, dtypes[t.dtype], name);
    deepStrictEqual(e.shape, t.shape, name);
    const want = t.dtype === "bool"
      ? Array.from(t.dataSync(), (v) => v !== 0)
      : Array.from(t.dataSync());
    deepStrictEqual(e.values, want, `${name} seed ${seed}`);
  }
});

testEachBackend("a file built by hand from the specification's example decodes", () => {
  const data = new Uint8Array(16 + 3);
  const dv = new DataView(data.buffer);
  [1, -2, 3, 2147483647].forEach((v, i) => dv.setInt32(4 * i, v, true));
  data.set([1, 0, 1], 16);
  const bytes = build(
    {
      test: { dtype: "I32", shape: [2, 2], data_offsets: [0, 16] },
      flags: { dtype: "BOOL", shape: [3], data_offsets: [16, 19] },
      __metadata__: { foo: "bar" },
    },
    data,
  );
  const { tensors, metadata } = S.decodeSafetensors(bytes);
  deepStrictEqual(tensors.test.arraySync(), [[1, -2], [3, 2147483647]]);
  deepStrictEqual(tensors.flags.arraySync(), [true, false, true]);
  deepStrictEqual(metadata, { foo: "bar" });
  // trailing spaces in the header and unaligned data offsets are fine
  const f = new Uint8Array(8);
  new DataView(f.buffer).setFloat32(0, 1.5, true);
  new DataView(f.buffer).setFloat32(4, -2, true);
  const spaced = build('{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}   ', f);
  deepStrictEqual(S.decodeSafetensors(spaced).tensors.a.arraySync(), [1.5, -2]);
});

testEachBackend("corrupt files are refused with errors saying what is wrong", () => {
  const four = new Uint8Array(4);
  const ok1 = { a: { dtype: "F32", shape: [1], data_offsets: [0, 4] } };
  const cases: [string, Uint8Array, (new (...a: never[]) => Error), string][] = [
    ["empty file", new Uint8Array(0), RangeError, "8-byte"],
    ["5 bytes", new Uint8Array(5), RangeError, "has 5 bytes"],
    ["header longer than the file", build(ok1, four, 1000n), RangeError, "truncated"],
    ["huge header length", build(ok1, four, 1n << 40n), RangeError, "limit"],
    ["length beyond 2^53", build(ok1, four, (1n << 63n) + 5n), RangeError, "2^53"],
    ["not JSON", build("{not json", four), RangeError, "not valid JSON"],
    ["not an object", build("[1, 2]", four), RangeError, 'starting with "{"'],
    ["JSON null", build("null", four), RangeError, 'starting with "{"'],
    ["empty header", build("", four), RangeError, "empty header"],
    [
      "invalid UTF-8",
      build('{"a":1}', four).map((b, i) => (i === 10 ? 0xff : b)),
      RangeError,
      "UTF-8",
    ],
    ["entry not an object", build({ a: 3 }, four), RangeError, 'tensor "a"'],
    [
      "unknown dtype",
      build({ a: { dtype: "F33", shape: [1], data_offsets: [0, 4] } }, four),
      RangeError,
      "unknown dtype",
    ],
    [
      "missing dtype",
      build({ a: { shape: [1], data_offsets: [0, 4] } }, four),
      RangeError,
      "unknown dtype",
    ],
    [
      "negative dim",
      build({ a: { dtype: "F32", shape: [-1], data_offsets: [0, 4] } }, four),
      RangeError,
      "non-negative",
    ],
    [
      "fractional dim",
      build({ a: { dtype: "F32", shape: [1.5], data_offsets: [0, 4] } }, four),
      RangeError,
      "shape",
    ],
    [
      "bad offsets",
      build({ a: { dtype: "F32", shape: [1], data_offsets: [0] } }, four),
      RangeError,
      "data_offsets",
    ],
    [
      "reversed offsets",
      build({ a: { dtype: "F32", shape: [0], data_offsets: [4, 0] } }, four),
      RangeError,
      "end before",
    ],
    [
      "offsets past the data",
      build({ a: { dtype: "F32", shape: [2], data_offsets: [0, 8] } }, four),
      RangeError,
      "past the data",
    ],
    [
      "shape and size disagree",
      build({ a: { dtype: "F32", shape: [2], data_offsets: [0, 4] } }, four),
      RangeError,
      "needs 8 bytes",
    ],
    [
      "absurd shape (no allocation)",
      build({ a: { dtype: "F32", shape: [2 ** 40, 2 ** 40], data_offsets: [0, 4] } }, four),
      RangeError,
      "hold 4",
    ],
    [
      "overlap",
      build({
        a: { dtype: "F32", shape: [2], data_offsets: [0, 8] },
        b: { dtype: "F32", shape: [1], data_offsets: [4, 8] },
      }, new Uint8Array(8)),
      RangeError,
      "overlaps",
    ],
    [
      "hole",
      build({ a: { dtype: "F32", shape: [1], data_offsets: [4, 8] } }, new Uint8Array(8)),
      RangeError,
      "hole",
    ],
    ["trailing bytes", build(ok1, new Uint8Array(9)), RangeError, "extra bytes"],
    [
      "unknown field",
      build({ a: { dtype: "F32", shape: [1], data_offsets: [0, 4], x: 1 } }, four),
      RangeError,
      "unexpected field",
    ],
    [
      "metadata not strings",
      build({ ...ok1, __metadata__: { a: 1 } }, four),
      RangeError,
      "__metadata__",
    ],
    [
      "valid dtype tapeflow does not hold",
      build({ a: { dtype: "F64", shape: [1], data_offsets: [0, 8] } }, new Uint8Array(8)),
      TypeError,
      "F64",
    ],
  ];
  for (const [what, bytes, cls, part] of cases) {
    const e = assertThrows(() => S.decodeSafetensors(bytes), cls, part);
    ok(e.message.includes("decodeSafetensors"), `${what}: ${e.message}`);
  }
  assertThrows(() => S.decodeSafetensors("abc" as never), TypeError, "Uint8Array");
  // a valid file still decodes
  deepStrictEqual(S.decodeSafetensors(build(ok1, four)).tensors.a.arraySync(), [0]);
});

testEachBackend("encodeSafetensors refuses bad names and values", () => {
  assertThrows(() => S.encodeSafetensors({ "": tf.ones([1]) }), RangeError, "name");
  assertThrows(() => S.encodeSafetensors({ __metadata__: tf.ones([1]) }), RangeError, "name");
  assertThrows(() => S.encodeSafetensors({ a: [1, 2] as never }), TypeError, "not a tensor");
  assertThrows(
    () => S.encodeSafetensors({ a: tf.ones([1]) }, { k: 1 as never }),
    TypeError,
    "metadata",
  );
  const d = tf.ones([2]);
  d.dispose();
  assertThrows(() => S.encodeSafetensors({ d }), TypeError, "disposed");
});

// ---------------------------------------------------------------- models

/** A stand-in model: a two-layer perceptron with named variables. */
function makeModel(
  seed: number,
  names = ["d1/kernel", "d1/bias", "d2/kernel", "d2/bias"],
  hidden = 8,
) {
  const r = rng(seed);
  const w1 = new tf.Variable(tf.constant(randomArray(r, 3 * hidden), { shape: [3, hidden] }), {
    name: names[0],
  });
  const b1 = new tf.Variable(tf.constant(randomArray(r, hidden)), { name: names[1] });
  const w2 = new tf.Variable(tf.constant(randomArray(r, hidden * 2), { shape: [hidden, 2] }), {
    name: names[2],
  });
  const b2 = new tf.Variable(tf.constant(randomArray(r, 2)), { name: names[3] });
  const steps = new tf.Variable(tf.constant(0, { dtype: "int32" }), {
    name: "steps",
    trainable: false,
  });
  const vars = [w1, b1, w2, b2];
  return {
    name: "standin",
    apply: (x: tf.Tensor) => tf.add(tf.matmul(tf.relu(tf.add(tf.matmul(x, w1), b1)), w2), b2),
    trainableVariables: vars,
    weights: [...vars, steps],
    losses: [] as tf.Tensor[],
    optimizer: null as tf.keras.optimizers.Optimizer | null,
  };
}

const snapshot = (m: { weights: readonly tf.Variable[] }) =>
  m.weights.map((v) => Array.from(v.dataSync()));

testEachBackend(
  "saveWeights / loadWeights round trip a model; the file passes the spec reader",
  async () => {
    const seed = freshSeed();
    const dir = await Deno.makeTempDir();
    try {
      const path = `${dir}/m.safetensors`;
      const a = makeModel(seed);
      a.weights[4].assign(tf.constant(7, { dtype: "int32" }));
      S.saveWeights(a, path, { metadata: { author: "test" } });
      const { out, metadata } = specRead(await Deno.readFile(path));
      deepStrictEqual([...out.keys()].sort(), [
        "d1/bias",
        "d1/kernel",
        "d2/bias",
        "d2/kernel",
        "steps",
      ]);
      strictEqual(metadata.format, "tapeflow");
      strictEqual(metadata.author, "test");
      deepStrictEqual(out.get("steps")!.values, [7]);
      const b = makeModel(seed + 1);
      S.loadWeights(b, path);
      deepStrictEqual(snapshot(b), snapshot(a), `seed ${seed}`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
);

testEachBackend(
  "loadWeights checks everything first: missing, extra, mis-shaped, mistyped, corrupt",
  async () => {
    const seed = freshSeed();
    const dir = await Deno.makeTempDir();
    try {
      const src = makeModel(seed);
      const path = `${dir}/w.safetensors`;
      S.saveWeights(src, path);
      const target = makeModel(seed + 7);
      const before = snapshot(target);
      const expectUnchanged = (what: string) =>
        deepStrictEqual(snapshot(target), before, `${what}: nothing loaded`);
      const write = (tensors: Record<string, tf.Tensor>) =>
        Deno.writeFileSync(path, S.encodeSafetensors(tensors));
      const good = () => Object.fromEntries(src.weights.map((v) => [v.name, v as tf.Tensor]));

      const { "d2/bias": _gone, ...missing } = good();
      write(missing);
      assertThrows(
        () => S.loadWeights(target, path),
        RangeError,
        "missing from the file: 'd2/bias'",
        "nothing was loaded",
      );
      expectUnchanged("missing");

      write({ ...good(), "d3/kernel": tf.ones([2]) });
      assertThrows(() => S.loadWeights(target, path), RangeError, "not in the model: 'd3/kernel'");
      expectUnchanged("extra");

      write({ ...good(), "d1/kernel": tf.ones([3, 9]) });
      assertThrows(
        () => S.loadWeights(target, path),
        RangeError,
        "'d1/kernel' is F32 (3, 9) in the file but F32 (3, 8)",
      );
      expectUnchanged("mis-shaped");

      write({ ...good(), "d1/bias": tf.ones([8], "int32") });
      assertThrows(
        () => S.loadWeights(target, path),
        RangeError,
        "'d1/bias' is I32 (8,) in the file but F32 (8,)",
      );
      expectUnchanged("mistyped");

      // several problems are listed together
      write({ "d1/kernel": tf.ones([1]), junk: tf.ones([1]) });
      const e = assertThrows(
        () => S.loadWeights(target, path),
        RangeError,
        "missing",
        "not in the model",
        "(1,)",
      );
      ok(e.message.split("\n").length >= 4, e.message);
      expectUnchanged("several");

      const bytes = S.encodeSafetensors(good());
      Deno.writeFileSync(path, bytes.subarray(0, bytes.length - 3));
      assertThrows(
        () => S.loadWeights(target, path),
        RangeError,
        "not a valid safetensors file",
        path,
      );
      expectUnchanged("truncated");
      const bad = bytes.slice();
      bad[8] = 0x5b; // '[' instead of '{'
      Deno.writeFileSync(path, bad);
      assertThrows(() => S.loadWeights(target, path), RangeError, "not a valid safetensors file");
      expectUnchanged("corrupt header");

      assertThrows(
        () => S.loadWeights(target, `${dir}/nope.safetensors`),
        Error,
        "no weights file",
        "nope",
      );
      const noWeights = { ...makeModel(1), weights: [] as tf.Variable[] };
      write(good());
      assertThrows(() => S.loadWeights(noWeights, path), RangeError, "no weights yet");

      // and a good file loads
      write(good());
      S.loadWeights(target, path);
      deepStrictEqual(snapshot(target), snapshot(src));
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
);

testEachBackend("saveWeights refuses duplicate and reserved names", () => {
  const m = makeModel(1, ["a", "a", "b", "c"]);
  assertThrows(
    () => S.saveWeights(m, "/nonexistent/never-written"),
    RangeError,
    "named 'a'",
    "unique",
  );
  const o = makeModel(1, ["optimizer/x", "a", "b", "c"]);
  assertThrows(() => S.saveWeights(o, "/nonexistent/never-written"), RangeError, "reserved");
  assertThrows(() => S.saveWeights({} as never, "x"), TypeError, "expected a model");
});

testEachBackend(
  "optimizer state round trips: training resumes exactly where it stopped",
  async () => {
    const seed = freshSeed();
    const r = rng(seed);
    const x = tf.constant(randomArray(r, 16 * 3), { shape: [16, 3] });
    const y = tf.constant(Array.from({ length: 16 }, () => Math.floor(r() * 2)));
    const dir = await Deno.makeTempDir();
    try {
      const path = `${dir}/ckpt.safetensors`;
      const a = makeModel(seed);
      compile(a, {
        optimizer: new tf.keras.optimizers.Adam({ learningRate: 0.01 }),
        loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
      });
      for (let i = 0; i < 3; i++) trainOnBatch(a, x, y);
      S.saveWeights(a, path, { includeOptimizer: true });
      const names = [...specRead(await Deno.readFile(path)).out.keys()];
      ok(
        names.includes("optimizer/iterations") &&
          names.includes("optimizer/slots/d1/kernel/momentum"),
        names.join(),
      );
      const b = makeModel(seed + 1);
      compile(b, {
        optimizer: new tf.keras.optimizers.Adam({ learningRate: 0.01 }),
        loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
      });
      S.loadWeights(b, path, { includeOptimizer: true });
      strictEqual(b.optimizer!.iterations, 3);
      trainOnBatch(a, x, y);
      trainOnBatch(b, x, y);
      const sa = snapshot(a), sb = snapshot(b);
      sa.forEach((v, i) => assertClose(sb[i], v, { rtol: 0, atol: 0 }, `weight ${i} seed ${seed}`));

      // without includeOptimizer, optimizer entries are ignored
      const c = makeModel(seed + 2);
      S.loadWeights(c, path);
      // another optimizer class, or no state in the file: refused, nothing changed
      const d = makeModel(seed + 3);
      compile(d, { optimizer: "sgd", loss: "mse" });
      const before = snapshot(d);
      assertThrows(
        () => S.loadWeights(d, path, { includeOptimizer: true }),
        RangeError,
        "Adam state",
        "SGD",
      );
      deepStrictEqual(snapshot(d), before);
      S.saveWeights(a, path);
      assertThrows(
        () => S.loadWeights(b, path, { includeOptimizer: true }),
        RangeError,
        "no optimizer state",
      );
      assertThrows(
        () => S.saveWeights(makeModel(1), path, { includeOptimizer: true }),
        TypeError,
        "compile it first",
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
);
