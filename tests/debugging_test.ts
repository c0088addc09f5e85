import * as tf from "../mod.ts";
import { assertThrows } from "./_util.ts";
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";

Deno.test("checkNumerics: the first op producing NaN or Infinity throws, naming it and its inputs", () => {
  tf.debugging.enableCheckNumerics();
  try {
    const x = tf.constant([1, 0, 2]);
    tf.log(tf.add(x, 1)); // fine
    assertThrows(
      () => tf.divide(1, x),
      RangeError,
      "checkNumerics: divide",
      "Infinity",
      "float32 (3,)",
    );
    assertThrows(() => tf.sqrt(tf.constant([-1, 4])), RangeError, "sqrt", "NaN");
    const big = tf.fill([1000], 1e30);
    assertThrows(() => tf.multiply(big, big), RangeError, "multiply", "(1000,)");
    assertEquals(tf.add([1], 1).arraySync(), [2]);
  } finally {
    tf.debugging.disableCheckNumerics();
  }
  // off again: NaN flows silently, as TensorFlow does by default
  assertEquals(Number.isNaN((tf.sqrt([-1]).arraySync() as number[])[0]), true);
});

Deno.test("checkNumerics: only the first bad op throws; NaN inputs count when an op passes them on", () => {
  tf.debugging.enableCheckNumerics();
  try {
    const x = tf.constant([[1, -1], [2, 3]]);
    // log makes the NaN: it throws, not the ops after it
    assertThrows(
      () => tf.exp(tf.multiply(tf.log(x), 2)),
      RangeError,
      "checkNumerics: log",
      "NaN",
      "float32 (2, 2)",
    );
    // a NaN already in a constant is not an op's doing; the first op passing it on throws
    assertThrows(
      () => tf.add(tf.constant([NaN, 1]), 1),
      RangeError,
      "checkNumerics: add",
      "flat index 0",
    );
    // int32 has no NaN or Infinity: integer ops are never flagged
    assertEquals(tf.floorDiv(tf.constant([7], { dtype: "int32" }), 2).arraySync(), [3]);
  } finally {
    tf.debugging.disableCheckNumerics();
  }
  ok(!tf.debugging.isCheckNumericsEnabled());
});

Deno.test("checkNumerics: heap-resident outputs, multiple outputs and large tensors are checked", () => {
  tf.debugging.enableCheckNumerics();
  try {
    const big = tf.fill([20, 30], 2);
    const bad = tf.concat([big, tf.fill([1, 30], 0)], 0); // (21, 30), zeros in the last row
    assertThrows(
      () => tf.log(bad),
      RangeError,
      "checkNumerics: log",
      "-Infinity",
      "flat index 600",
      "(21, 30)",
    );
    // moments has two outputs; the Infinity shows in the mean first
    assertThrows(
      () => tf.moments(tf.constant([[Infinity, 1]]), 1),
      RangeError,
      "checkNumerics:",
      "Infinity",
    );
  } finally {
    tf.debugging.disableCheckNumerics();
  }
});

Deno.test("checkNumerics: a gradient op that makes Infinity throws, naming it; the tape stops cleanly", () => {
  tf.debugging.enableCheckNumerics();
  try {
    const x = new tf.Variable([0, 4]);
    const tape = new tf.GradientTape();
    const y = tape.record(() => tf.sqrt(x)); // sqrt(0) = 0 is fine
    // d sqrt(x)/dx = 1 / (2 sqrt(x)): Infinity at 0
    assertThrows(() => tape.gradient(y, x), RangeError, "checkNumerics:", "Infinity", "(2,)");
    ok(!tape.isRecording);
  } finally {
    tf.debugging.disableCheckNumerics();
  }
  const x = new tf.Variable([1, 4]);
  const tape = new tf.GradientTape();
  const y = tape.record(() => tf.sqrt(x));
  assertEquals(tape.gradient(y, x)!.arraySync(), [0.5, 0.25]);
});

Deno.test("checkNumerics: a tf.function runs eagerly while checks are on, so its ops are checked", () => {
  const f = tf.function((x: tf.Tensor) => tf.log(tf.add(x, 0)));
  const ones = tf.fill([300], 1);
  f(ones);
  f(ones); // captured and replayed
  tf.debugging.enableCheckNumerics();
  try {
    assertThrows(() => f(tf.fill([300], -1)), RangeError, "checkNumerics: log", "NaN", "(300,)");
  } finally {
    tf.debugging.disableCheckNumerics();
  }
  ok(Number.isNaN(f(tf.fill([300], -1)).dataSync()[0])); // off again: replayed, NaN flows
});
