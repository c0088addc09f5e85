// Printing: Tensor.toString(), Deno's console.log and t.print() must give
// exactly TensorFlow's text, which is NumPy's str() of the value inside
// `tf.Tensor(..., shape=..., dtype=...)`. The expected strings were generated
// by NumPy 2.4 (tests/_format_cases.py) and are committed in _format_cases.ts.
import * as tf from "../mod.ts";
import { formatArray, formatArrayRepr } from "../tape/format.ts";
import { ROW_CASES, SCALAR_CASES, TENSOR_CASES } from "./_format_cases.ts";
import { testEachBackend } from "./_util.ts";
import { strictEqual as assertEquals } from "node:assert/strict";

function floats(bits: number[]): Float32Array {
  return new Float32Array(Uint32Array.from(bits).buffer);
}

testEachBackend("toString matches TensorFlow for every generated case", () => {
  for (const [label, make, want] of TENSOR_CASES) {
    assertEquals(make().toString(), want, label);
  }
});

testEachBackend("formatArrayRepr matches NumPy's repr for every generated case", () => {
  for (const [label, make, , want] of TENSOR_CASES) {
    const t = make();
    assertEquals(formatArrayRepr(t.dataSync(), t.shape, t.dtype), want, label);
  }
});

Deno.test("float32 scalars print their shortest round-trip digits like NumPy", () => {
  for (const [bits, want] of SCALAR_CASES) {
    const got = formatArray(floats([bits]), [], "float32");
    assertEquals(got, want, `bits 0x${bits.toString(16)}`);
  }
});

Deno.test("float32 rows choose NumPy's positional or scientific layout", () => {
  for (const [bits, want] of ROW_CASES) {
    const got = formatArray(floats(bits), [bits.length], "float32");
    assertEquals(got, want, `bits ${bits.map((b) => b.toString(16))}`);
  }
});

testEachBackend("console.log, Deno.inspect and print() show the same text", () => {
  const t = tf.constant([[1, 2], [3, 4]]);
  const want = "tf.Tensor(\n[[1. 2.]\n [3. 4.]], shape=(2, 2), dtype=float32)";
  assertEquals(t.toString(), want);
  assertEquals(Deno.inspect(t), want);
  assertEquals(`${t}`, want);
  const lines: unknown[][] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => lines.push(args);
  try {
    t.print();
  } finally {
    console.log = log;
  }
  assertEquals(lines.length, 1);
  assertEquals(lines[0].join(" "), want);
});

testEachBackend("large tensors in the wasm heap print their summary", () => {
  // 3000 elements live in the heap after an op: printing reads them from there.
  const x = tf.add(tf.constant(Float32Array.from({ length: 3000 }, (_, i) => i)), 0.5);
  assertEquals(
    x.toString(),
    "tf.Tensor([5.0000e-01 1.5000e+00 2.5000e+00 ... 2.9975e+03 2.9985e+03 2.9995e+03], " +
      "shape=(3000,), dtype=float32)",
  );
});

testEachBackend("a disposed tensor prints a placeholder instead of throwing", () => {
  const t = tf.constant([1, 2]);
  t.dispose();
  assertEquals(t.toString(), "tf.Tensor(<disposed>, shape=(2,), dtype=float32)");
});
