import * as tf from "../mod.ts";
import { assertThrows } from "./_util.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

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
