// Memory without dispose(): the tutorial's training loop written literally
// (new tensors every iteration, no dispose, no tidy, no await) must hold the
// wasm heap flat, and so must a loop over large tensors.
import * as tf from "../mod.ts";
import { assertThrows, testEachBackend } from "./_util.ts";
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";

testEachBackend(
  "the tutorial's loop, 100,000 iterations with no disposal, keeps the heap flat",
  () => {
    const X = tf.constant([0, 0.25, 0.5, 0.75, 1]);
    const y = tf.constant([0, 0.36363637, 0.54545456, 0.8181818, 1]);
    const a = new tf.Variable(0), b = new tf.Variable(0);
    let after1000 = 0;
    for (let e = 0; e < 100_000; e++) {
      const tape = new tf.GradientTape();
      const loss = tape.record(() => {
        const yPred = tf.add(tf.multiply(a, X), b);
        return tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(yPred, y))));
      });
      const [ga, gb] = tape.gradient(loss, [a, b]);
      a.assignSub(tf.multiply(1e-3, ga!));
      b.assignSub(tf.multiply(1e-3, gb!));
      if (e === 999) after1000 = tf.memory().wasm.memoryBytes;
    }
    const end = tf.memory().wasm.memoryBytes;
    ok(end <= 2 * after1000, `wasm memory grew from ${after1000} to ${end} bytes`);
    // the least-squares fit: slope = cov(X, y) / var(X) = 0.981818
    ok(Math.abs((a.arraySync() as number) - 0.981818) < 2e-4, `a = ${a.arraySync()}`);
  },
);

testEachBackend("a loop over large tensors with no disposal stays within the heap budget", () => {
  const budget = tf.memory().wasm.budgetBytes;
  tf.setMemoryBudget(16 * 1024 * 1024);
  try {
    const x = tf.ones([256, 256]); // 256 KiB
    let acc = tf.zeros([256, 256]);
    let after = 0;
    for (let i = 0; i < 400; i++) {
      acc = tf.add(acc, tf.multiply(x, 0.5)); // two 256 KiB results per iteration, never disposed
      if (i === 50) after = tf.memory().wasm.memoryBytes;
    }
    ok(tf.memory().wasm.residentBytes <= 16 * 1024 * 1024 + 256 * 1024);
    ok(tf.memory().wasm.memoryBytes <= Math.max(after, 64 << 20), "the wasm memory kept growing");
    assertEquals(acc.dataSync()[12345], 200);
  } finally {
    tf.setMemoryBudget(budget);
  }
});

testEachBackend("dispose, using and tidy release large tensors at once", () => {
  const before = tf.memory();
  const t = tf.ones([1000]);
  const t1 = tf.add(t, 1); // resident: kernels read t
  const mid = tf.memory();
  assertEquals(mid.numTensors, before.numTensors + 2);
  ok(mid.wasm.residentBytes >= before.wasm.residentBytes + 8000);
  t.dispose();
  t1.dispose();
  assertThrows(() => tf.add(t, 1), TypeError, "disposed");
  {
    using o = tf.ones([1000]);
    using u = tf.add(o, 1);
    assertEquals(u.dataSync()[0], 2);
  }
  const r = tf.tidy(() => {
    const a = tf.ones([1000]);
    const b = tf.add(a, 2);
    return tf.multiply(b, 2);
  });
  assertEquals(r.dataSync()[999], 6);
  r.dispose();
  // everything made here is released: resident bytes and counts are back where they were
  assertEquals(tf.memory().wasm.residentBytes, before.wasm.residentBytes);
  assertEquals(tf.memory().numTensors, before.numTensors);
});

testEachBackend("allocations beyond the wasm limit are refused before they are tried", () => {
  assertThrows(() => tf.zeros([65536, 65536]), RangeError, "zeros", "4 GiB");
  assertThrows(
    () => tf.add(tf.ones([1, 65536]), tf.ones([65536, 1])),
    RangeError,
    "add",
    "(65536, 65536)",
  );
  assertEquals(tf.add([1], 1).arraySync(), [2]);
});
