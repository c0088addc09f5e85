// Shape and indexing ops against TensorFlow.js's wasm backend, in the same run.
// Run: deno bench -A bench/shape_bench.ts (other agents load the CPU: compare ratios).
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

function data(n: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = ((i * 7919) % 1000) / 1000;
  return a;
}
function ints(n: number, hi: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = (i * 7919) % hi;
  return a;
}

/** One group: tapeflow (baseline) and tfjs-wasm on the same work. */
function pair(name: string, ours: () => tf.Tensor | tf.Tensor[], theirs: () => unknown): void {
  Deno.bench({
    name: `${name} tapeflow`,
    group: name,
    baseline: true,
    fn: () => {
      const y = ours();
      for (const t of Array.isArray(y) ? y : [y]) t.dispose();
    },
  });
  Deno.bench({
    name: `${name} tfjs-wasm`,
    group: name,
    fn: () => {
      const y = theirs() as { dispose(): void } | { dispose(): void }[];
      for (const t of Array.isArray(y) ? y : [y]) t.dispose();
    },
  });
}

for (
  const [shape, perm] of [
    [[1024, 1024], [1, 0]],
    [[32, 128, 64], [0, 2, 1]],
    [[8, 128, 12, 64], [0, 2, 1, 3]],
    [[4, 5], [1, 0]],
  ] as [number[], number[]][]
) {
  const n = shape.reduce((a, b) => a * b, 1);
  const x = tf.constant(data(n), { shape });
  const xj = tfjs.tensor(data(n), shape);
  pair(
    `transpose ${JSON.stringify(shape)} perm ${perm}`,
    () => tf.transpose(x, perm),
    () => tfjs.transpose(xj, perm),
  );
}

{
  const x = tf.constant(data(512 * 1024), { shape: [512, 1024] });
  const xj = tfjs.tensor(data(512 * 1024), [512, 1024]);
  pair("concat 2x[512,1024] axis 1", () => tf.concat([x, x], 1), () => tfjs.concat([xj, xj], 1));
  pair(
    "slice [512,1024] -> [256,500]",
    () => tf.slice(x, [100, 17], [256, 500]),
    () => tfjs.slice(xj, [100, 17], [256, 500]),
  );
  pair(
    "stridedSlice [512,1024] ::2, ::-1",
    () => tf.stridedSlice(x, [0, 0], [0, 0], [2, -1], 3, 3),
    () => tfjs.stridedSlice(xj, [0, 0], [0, 0], [2, -1], 3, 3),
  );
  pair(
    "pad [512,1024] +3 each side",
    () => tf.pad(x, [[3, 3], [3, 3]]),
    () => tfjs.pad(xj, [[3, 3], [3, 3]]),
  );
  pair(
    "pad REFLECT [512,1024] +3 each side",
    () => tf.pad(x, [[3, 3], [3, 3]], 0, "REFLECT"),
    () => tfjs.mirrorPad(xj, [[3, 3], [3, 3]], "reflect"),
  );
  pair("tile [512,1024] x [2,2]", () => tf.tile(x, [2, 2]), () => tfjs.tile(xj, [2, 2]));
  pair("reverse [512,1024] axis 1", () => tf.reverse(x, 1), () => tfjs.reverse(xj, 1));
  pair("split [512,1024] in 4 on axis 1", () => tf.split(x, 4, 1), () => tfjs.split(xj, 4, 1));
  const v = tf.constant(data(1024), { shape: [1, 1024] });
  const vj = tfjs.tensor(data(1024), [1, 1024]);
  pair(
    "broadcastTo [1,1024] -> [512,1024]",
    () => tf.broadcastTo(v, [512, 1024]),
    () => tfjs.broadcastTo(vj, [512, 1024]),
  );
}

{
  // an embedding lookup: 4096 rows of 256 from a 10000-row table
  const table = tf.constant(data(10000 * 256), { shape: [10000, 256] });
  const tj = tfjs.tensor(data(10000 * 256), [10000, 256]);
  const idx = tf.constant(ints(4096, 10000), { shape: [4096], dtype: "int32" });
  const ij = tfjs.tensor(ints(4096, 10000), [4096], "int32");
  pair("gather 4096 rows of [10000,256]", () => tf.gather(table, idx), () => tfjs.gather(tj, ij));
  const col = tf.constant(ints(4096, 256), { shape: [4096], dtype: "int32" });
  const cj = tfjs.tensor(ints(4096, 256), [4096], "int32");
  const small = tf.constant(data(1000 * 256), { shape: [1000, 256] });
  const sj = tfjs.tensor(data(1000 * 256), [1000, 256]);
  pair(
    "gather axis 1: [1000,256] x 4096",
    () => tf.gather(small, col, 1),
    () => tfjs.gather(sj, cj, 1),
  );
  const nd = tf.constant(ints(4096 * 2, 256), { shape: [4096, 2], dtype: "int32" });
  const ndj = tfjs.tensor(ints(4096 * 2, 256), [4096, 2], "int32");
  pair(
    "gatherNd 4096 x 2 into [1000,256]",
    () => tf.gatherNd(small, nd),
    () => tfjs.gatherND(sj, ndj),
  );
  const upd = tf.constant(data(4096 * 256), { shape: [4096, 256] });
  const uj = tfjs.tensor(data(4096 * 256), [4096, 256]);
  const sidx = tf.reshape(idx, [4096, 1]);
  const sij = tfjs.reshape(ij, [4096, 1]);
  pair(
    "scatterNd 4096 rows of 256 into [10000,256]",
    () => tf.scatterNd(sidx, upd, [10000, 256]),
    () => tfjs.scatterND(sij, uj, [10000, 256]),
  );
  const labels = tf.constant(ints(4096, 1000), { shape: [4096], dtype: "int32" });
  const lj = tfjs.tensor(ints(4096, 1000), [4096], "int32");
  pair("oneHot 4096 x 1000", () => tf.oneHot(labels, 1000), () => tfjs.oneHot(lj, 1000));
  const logits = tf.constant(data(64 * 10000), { shape: [64, 10000] });
  const logj = tfjs.tensor(data(64 * 10000), [64, 10000]);
  pair("topk k=10 of [64,10000]", () => {
    const { values, indices } = tf.topk(logits, 10);
    return [values, indices];
  }, () => {
    const { values, indices } = tfjs.topk(logj, 10);
    return [values, indices];
  });
}
