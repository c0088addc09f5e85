// tf.function: capture once, replay with new data. Every replay must give
// exactly what eager execution gives.
import * as tf from "../mod.ts";
import { assertClose, assertThrows, freshSeed, randomArray, rng } from "./_util.ts";
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";

function tutorial(capture: boolean) {
  const X = tf.constant([0, 0.25, 0.5, 0.75, 1]);
  const y = tf.constant([0, 0.36363637, 0.54545456, 0.8181818, 1]);
  const a = new tf.Variable(0), b = new tf.Variable(0);
  const variables = [a, b];
  const optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
  const step = () => {
    const tape = new tf.GradientTape();
    const loss = tape.record(() =>
      tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(tf.add(tf.multiply(a, X), b), y))))
    );
    optimizer.applyGradients(tf.zip(tape.gradient(loss, variables), variables));
    return loss;
  };
  const f = capture ? tf.function(step) : step;
  let loss!: tf.Tensor;
  for (let e = 0; e < 10_000; e++) loss = f();
  return { a: a.arraySync(), b: b.arraySync(), loss: loss.arraySync(), it: optimizer.iterations };
}

Deno.test("tf.function: the tutorial's training loop replays bit for bit what eager gives", () => {
  const eager = tutorial(false);
  const captured = tutorial(true);
  assertEquals(captured, eager);
  assertClose(captured.a as number, 0.97637, { atol: 1e-4 });
  assertClose(captured.b as number, 0.057565, { atol: 1e-4 });
});

Deno.test("tf.function: new argument values each call; a new signature traces again", () => {
  const seed = freshSeed();
  const r = rng(seed);
  const w = tf.constant(randomArray(r, 300), { shape: [20, 15] }); // heap-resident constant
  const f = (x: tf.Tensor, bias: number) => {
    const h = tf.relu(tf.add(tf.matmul(x, w), bias));
    return { h, s: tf.reduceSum(h, 1) };
  };
  const g = tf.function(f);
  for (const rows of [3, 3, 7, 3, 7]) {
    for (let k = 0; k < 3; k++) {
      const x = tf.constant(randomArray(r, rows * 20), { shape: [rows, 20] });
      const want = f(x, 0.5), got = g(x, 0.5) as { h: tf.Tensor; s: tf.Tensor };
      assertEquals(got.h.shape, [rows, 15]);
      assertEquals(Array.from(got.h.dataSync()), Array.from(want.h.dataSync()), `seed ${seed}`);
      assertEquals(Array.from(got.s.dataSync()), Array.from(want.s.dataSync()), `seed ${seed}`);
    }
  }
});

Deno.test("tf.function: assignments replay as effects; results are fresh tensors", () => {
  const counter = new tf.Variable(0);
  const inc = tf.function((d: tf.Tensor) => {
    counter.assign(tf.add(counter, d));
    return tf.multiply(counter, 2);
  });
  const outs = [1, 2, 3, 4].map((d) => inc(tf.constant(d)));
  assertEquals(counter.arraySync(), 10);
  assertEquals(outs.map((o) => o.arraySync()), [2, 6, 12, 20]); // each call's own result
});

Deno.test("tf.function: random ops are not captured; the function then runs eagerly", () => {
  const err = console.error;
  console.error = () => {};
  try {
    const f = tf.function((x: tf.Tensor) => tf.add(x, tf.random.uniform([2])));
    const a = f(tf.zeros([2])).dataSync(), b = f(tf.zeros([2])).dataSync();
    ok(a[0] !== b[0], "eager calls draw new numbers");
    // after an effect has run, tracing cannot start over: a clear error, then eager
    const v = new tf.Variable([0, 0]);
    const g = tf.function((x: tf.Tensor) => {
      v.assign(x);
      return tf.add(v, tf.random.uniform([2]));
    });
    assertThrows(() => g(tf.ones([2])), Error, "random.uniform", "runs eagerly");
    g(tf.ones([2]).mul(2));
    assertEquals(v.arraySync(), [2, 2]);
  } finally {
    console.error = err;
  }
});

Deno.test("tf.function: under a recording tape it runs eagerly, so gradients flow", () => {
  const f = tf.function((x: tf.Tensor) => tf.square(x));
  f(tf.constant(1)); // traced
  const x = new tf.Variable(3);
  const tape = new tf.GradientTape();
  const y = tape.record(() => f(x));
  assertEquals(tape.gradient(y, x)!.arraySync(), 6);
});

Deno.test("tf.function: replays allocate nothing: the heap stays flat", () => {
  const w = new tf.Variable(tf.ones([64, 64]));
  const opt = new tf.keras.optimizers.Adam({ learningRate: 1e-3 });
  const step = tf.function((x: tf.Tensor) => {
    const tape = new tf.GradientTape();
    const loss = tape.record(() => tf.reduceMean(tf.square(tf.matmul(x, w))));
    opt.applyGradients(tf.zip(tape.gradient(loss, [w]), [w]));
    return loss;
  });
  const x = tf.ones([32, 64]);
  for (let i = 0; i < 20; i++) step(x);
  const before = tf.memory().wasm;
  for (let i = 0; i < 500; i++) step(x);
  const after = tf.memory().wasm;
  ok(
    after.residentBytes <= before.residentBytes,
    `${before.residentBytes} -> ${after.residentBytes}`,
  );
  assertEquals(after.memoryBytes, before.memoryBytes);
});
