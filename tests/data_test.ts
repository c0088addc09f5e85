// tf.data.Dataset: slicing tensors, tuples and objects; buffered seeded
// shuffles; batching; map (and the freeing of its intermediates); take,
// skip, repeat and cardinality; sync and async iteration; bad input.

import * as tf from "../mod.ts";
import { assertThrows, freshSeed, rng, testEachBackend } from "./_util.ts";
import { deepStrictEqual, notDeepStrictEqual, ok, strictEqual } from "node:assert/strict";

const { Dataset, INFINITE } = tf.data;

const values = (ds: Iterable<tf.Tensor>) => [...ds].map((t) => t.arraySync());

testEachBackend(
  "fromTensorSlices: a tensor, a tuple and an object, sliced along the first axis",
  () => {
    deepStrictEqual(values(Dataset.fromTensorSlices(tf.constant([[1, 2], [3, 4], [5, 6]]))), [
      [1, 2],
      [3, 4],
      [
        5,
        6,
      ],
    ]);
    deepStrictEqual(values(Dataset.fromTensorSlices([1, 2, 3])), [1, 2, 3]);
    const pairs = [
      ...Dataset.fromTensorSlices([
        tf.constant([[1], [2]]),
        tf.constant([7, 8], { dtype: "int32" }),
      ]),
    ];
    strictEqual(pairs.length, 2);
    deepStrictEqual(pairs.map(([x, y]) => [x.arraySync(), y.arraySync(), y.dtype]), [[
      [1],
      7,
      "int32",
    ], [
      [2],
      8,
      "int32",
    ]]);
    const objs = [
      ...Dataset.fromTensorSlices({ a: tf.constant([1, 2]), b: { c: tf.constant([true, false]) } }),
    ];
    deepStrictEqual(objs.map((o) => [o.a.arraySync(), o.b.c.arraySync()]), [[1, true], [2, false]]);
    strictEqual(Dataset.fromTensorSlices(tf.zeros([5, 3])).cardinality(), 5);
    // values are copied at construction: later changes do not show
    const v = new tf.Variable([1, 2, 3]);
    const ds = Dataset.fromTensorSlices(v);
    v.assign([9, 9, 9]);
    deepStrictEqual(values(ds), [1, 2, 3]);
  },
);

testEachBackend(
  "shuffle: a permutation; reproducible with a seed; reshuffled each iteration",
  () => {
    const seed = freshSeed();
    const n = 300;
    const base = Dataset.range(n);
    const a = base.shuffle(n, seed);
    const first = values(a) as number[];
    const second = values(a) as number[];
    deepStrictEqual(
      [...first].sort((x, y) => x - y),
      Array.from({ length: n }, (_, i) => i),
      `seed ${seed}`,
    );
    notDeepStrictEqual(first, second, `reshuffles each iteration (seed ${seed})`);
    deepStrictEqual(
      values(base.shuffle(n, seed)),
      first,
      `same seed, same first order (seed ${seed})`,
    );
    const fixed = base.shuffle(n, seed, false);
    deepStrictEqual(values(fixed), values(fixed), "reshuffleEachIteration false keeps the order");
    notDeepStrictEqual(first, Array.from({ length: n }, (_, i) => i));
    // a buffer of 1 keeps the order; a buffer of b draws the first element from the first b
    deepStrictEqual(values(base.shuffle(1, seed)), Array.from({ length: n }, (_, i) => i));
    const r = rng(seed);
    for (let t = 0; t < 20; t++) {
      const b = 1 + Math.floor(r() * 20);
      const out = values(base.shuffle(b, seed + t)) as number[];
      ok(out[0] < b, `first of buffer ${b} is ${out[0]}`);
      out.forEach((v, i) => ok(v < i + b, `element ${v} at ${i} with buffer ${b}`));
    }
    // without a seed, tf.random.setSeed fixes the order
    tf.random.setSeed(seed);
    const s1 = values(base.shuffle(50));
    tf.random.setSeed(seed);
    deepStrictEqual(values(base.shuffle(50)), s1);
    tf.random.setSeed(null);
  },
);

testEachBackend(
  "batch: stacks elements, keeps structure, last batch smaller unless dropRemainder",
  () => {
    const x = tf.constant(Array.from({ length: 7 * 3 }, (_, i) => i), { shape: [7, 3] });
    const y = tf.constant([0, 1, 2, 3, 4, 5, 6], { dtype: "int32" });
    const ds = Dataset.fromTensorSlices([x, y]).batch(3);
    strictEqual(ds.cardinality(), 3);
    const batches = [...ds];
    deepStrictEqual(batches.map(([a, b]) => [a.shape, b.shape, b.dtype]), [
      [[3, 3], [3], "int32"],
      [[3, 3], [3], "int32"],
      [[1, 3], [1], "int32"],
    ]);
    deepStrictEqual(batches[1][0].arraySync(), [[9, 10, 11], [12, 13, 14], [15, 16, 17]]);
    const dropped = Dataset.fromTensorSlices([x, y]).batch(3, true);
    strictEqual(dropped.cardinality(), 2);
    strictEqual([...dropped].length, 2);
    // batches of batches; objects
    deepStrictEqual([...Dataset.range(8).batch(2).batch(2)].map((t) => t.shape), [[2, 2], [2, 2]]);
    const o = [...Dataset.fromTensorSlices({ a: x }).batch(4)];
    deepStrictEqual(o.map((e) => e.a.shape), [[4, 3], [3, 3]]);
    // a large batch (heap-resident tensors)
    const big = [...Dataset.fromTensorSlices(tf.ones([600, 5])).batch(512)];
    deepStrictEqual(big.map((t) => t.shape), [[512, 5], [88, 5]]);
    strictEqual(Array.from(big[0].dataSync()).reduce((s, v) => s + v, 0), 2560);
  },
);

testEachBackend("map: applied per element, inside tidy; captured tensors are left alone", () => {
  const ds = Dataset.fromTensorSlices([tf.constant([1, 2, 3]), tf.constant([4, 5, 6])])
    .map(([a, b]) => [tf.add(a, b), tf.multiply(a, 2)]);
  deepStrictEqual([...ds].map(([s, d]) => [s.arraySync(), d.arraySync()]), [[5, 2], [7, 4], [
    9,
    6,
  ]]);
  const captured = tf.ones([300]); // a large tensor the function returns as is
  const k = Dataset.range(3).map(() => captured).batch(3);
  const [only] = [...k];
  deepStrictEqual(only.shape, [3, 300]);
  ok(!captured.isDisposed, "a captured tensor is not disposed by the pipeline");
  // intermediates are freed: large tensors in flight stay bounded
  const rows = tf.ones([200, 400]);
  const before = tf.memory().numTensors;
  const heavy = Dataset.fromTensorSlices(rows)
    .map((r) => tf.multiply(tf.add(tf.exp(tf.multiply(r, 0)), r), 0.5))
    .shuffle(10, 1)
    .batch(16);
  let count = 0;
  for (const b of heavy) {
    count += b.shape[0];
    b.dispose();
  }
  strictEqual(count, 200);
  strictEqual(tf.memory().numTensors, before, "no large tensor left behind");
});

testEachBackend("take, skip, repeat and cardinality", () => {
  const r = Dataset.range(5);
  deepStrictEqual(values(r.take(2)), [0, 1]);
  deepStrictEqual(values(r.take(0)), []);
  deepStrictEqual(values(r.take(-1)), [0, 1, 2, 3, 4]);
  deepStrictEqual(values(r.skip(3)), [3, 4]);
  deepStrictEqual(values(r.skip(9)), []);
  deepStrictEqual(values(r.repeat(2)), [0, 1, 2, 3, 4, 0, 1, 2, 3, 4]);
  deepStrictEqual(values(r.repeat().take(7)), [0, 1, 2, 3, 4, 0, 1]);
  deepStrictEqual(values(Dataset.range(2, 9, 3)), [2, 5, 8]);
  strictEqual(r.take(2).cardinality(), 2);
  strictEqual(r.skip(2).cardinality(), 3);
  strictEqual(r.repeat(3).cardinality(), 15);
  strictEqual(r.repeat().cardinality(), INFINITE);
  strictEqual(r.repeat().take(4).cardinality(), 4);
  strictEqual(r.repeat().batch(2).cardinality(), INFINITE);
  strictEqual(Dataset.range(0).repeat().cardinality(), 0);
  deepStrictEqual(values(Dataset.range(0).repeat()), []);
  strictEqual(r.prefetch(2), r);
  // a repeated shuffle reshuffles each pass
  const two = values(Dataset.range(40).shuffle(40, 3).repeat(2)) as number[];
  notDeepStrictEqual(two.slice(0, 40), two.slice(40));
});

testEachBackend("async iteration and toArray", async () => {
  const out: number[] = [];
  for await (const b of Dataset.range(5).batch(2)) out.push(b.shape[0]);
  deepStrictEqual(out, [2, 2, 1]);
  strictEqual(Dataset.range(4).toArray().length, 4);
  assertThrows(() => Dataset.range(4).repeat().toArray(), RangeError, "infinite");
});

testEachBackend("datasets refuse bad input with errors naming the problem", () => {
  assertThrows(
    () => Dataset.fromTensorSlices([tf.zeros([3, 2]), tf.zeros([4])]),
    RangeError,
    "[1] has 4 rows",
    "[0] has 3",
  );
  assertThrows(() => Dataset.fromTensorSlices(1), RangeError, "scalar");
  assertThrows(() => Dataset.range(3).batch(0), RangeError, "batchSize");
  assertThrows(() => Dataset.range(3).shuffle(0), RangeError, "bufferSize");
  assertThrows(() => Dataset.range(3).take(-2), RangeError, "count");
  assertThrows(() => Dataset.range(1.5), TypeError, "integer");
  const ragged = Dataset.range(3).map((t) =>
    tf.reshape(tf.add(tf.zeros([t.arraySync() as number + 1]), 0), [-1])
  ).batch(
    3,
  );
  assertThrows(() => [...ragged], RangeError, "equal shapes");
  const asyncMap = Dataset.range(2).map(((t: tf.Tensor) => Promise.resolve(t)) as never);
  assertThrows(() => [...asyncMap], TypeError, "Promise");
  deepStrictEqual(values(Dataset.range(2)), [0, 1]);
});
