// Display in Deno's Jupyter kernel: tensors as HTML tables (shape, dtype,
// NumPy's element format, summarised when large), Histories as SVG curves.

import * as tf from "../mod.ts";
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { gpuAvailable } from "./_util.ts";
import { historySvg, niceTicks } from "../layers/history_plot.ts";

/** What the kernel calls: the object's `[Symbol.for("Jupyter.display")]()`. */
const show = (x: object) =>
  ((x as Record<symbol, unknown>)[Symbol.for("Jupyter.display")] as () => Record<string, string>)
    .call(x);
const cells = (html: string) => [...html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);

Deno.test("a tensor displays as an HTML table with its shape and dtype, elements as NumPy prints them", () => {
  const t = tf.constant([[1, 2.5], [3, 4]]);
  const b = show(t);
  assertEquals(Object.keys(b).sort(), ["text/html", "text/plain"]);
  assertEquals(b["text/plain"], t.toString());
  ok(b["text/html"].includes("tf.Tensor shape=(2, 2) dtype=float32"));
  assertEquals(cells(b["text/html"]), ["1. ", "2.5", "3. ", "4. "].map((s) => s.trim()));
  assertEquals(cells(show(tf.constant([true, false]))["text/html"]), ["True", "False"]);
  assertEquals(cells(show(tf.constant([7, -1], { dtype: "int32" }))["text/html"]), ["7", "-1"]);
  assertEquals(cells(show(tf.constant(2.5))["text/html"]), ["2.5"]);
  ok(show(tf.zeros([0, 3]))["text/html"].includes("empty"));
  ok(
    show(new tf.Variable([1], { name: "w" }))["text/html"].includes("tf.Variable 'w:0' shape=(1,)"),
  );
  // markup in names is escaped
  ok(show(new tf.Variable([1], { name: "<b>" }))["text/html"].includes("&lt;b&gt;"));
});

Deno.test("a large tensor's table is summarised: the first and last 3 of each axis", () => {
  const html = show(tf.range(0, 2000))["text/html"];
  assertEquals(cells(html), ["0", "1", "2", "…", "1997", "1998", "1999"]);
  const t4 = show(tf.reshape(tf.range(0, 2 * 3 * 40 * 50), [2, 3, 40, 50]))["text/html"];
  ok(t4.includes("[0, 0, :, :]") && t4.includes("[1, 2, :, :]"), "each matrix has its index");
  ok(t4.length < 20000, `${t4.length} characters`);
  const small3 = show(tf.reshape(tf.range(0, 24), [2, 3, 4]))["text/html"];
  assertEquals((small3.match(/<table/g) ?? []).length, 2);
  assertEquals(cells(small3).length, 24);
});

Deno.test("a disposed tensor displays as such", () => {
  const t = tf.ones([3]);
  t.dispose();
  ok(show(t)["text/html"].includes("disposed"));
});

Deno.test({
  name: "a tensor that lives on the GPU says how to read it",
  ignore: !gpuAvailable,
  fn: async () => {
    const t = tf.withBackend("webgpu", () => tf.add(tf.ones([4]), 1));
    ok(show(t)["text/html"].includes("await t.data()"));
    await t.data();
    assertEquals(cells(show(t)["text/html"]), ["2", "2", "2", "2"].map((s) => `${s}.`));
  },
});

Deno.test("a History displays its loss and metric curves as SVG, validation dashed", () => {
  const h = new tf.keras.callbacks.History();
  for (let e = 0; e < 5; e++) {
    h.onEpochEnd(e, { loss: 1 / (e + 1), val_loss: 1.1 / (e + 1), accuracy: 0.5 + 0.1 * e });
  }
  const b = show(h);
  const svg = b["image/svg+xml"];
  ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') && svg.endsWith("</svg>"));
  assertEquals((svg.match(/<polyline/g) ?? []).length, 3);
  assertEquals((svg.match(/stroke-dasharray/g) ?? []).length, 2); // val_loss's line and legend
  ok(svg.includes(">loss</text>") && svg.includes(">accuracy</text>"));
  ok(b["text/plain"].startsWith("History (5 epochs; last: loss: 0.2"));
  ok(historySvg({ history: {}, epoch: [] }).includes("no epochs yet"));
});

Deno.test("fit's History displays too", async () => {
  tf.random.setSeed(3);
  const model = new tf.keras.Sequential([
    tf.keras.Input({ shape: [2] }),
    new tf.keras.layers.Dense(1),
  ]);
  model.compile({ optimizer: "sgd", loss: "mse" });
  const h = await model.fit(tf.ones([8, 2]), tf.ones([8, 1]), {
    epochs: 3,
    verbose: 0,
    validationSplit: 0.25,
  });
  const svg = show(h)["image/svg+xml"];
  ok(svg.includes("val_loss"), svg.slice(0, 200));
});

Deno.test("axis ticks are round and cover the data", () => {
  assertEquals(niceTicks(0.083, 1.25), [0, 0.5, 1, 1.5]);
  assertEquals(niceTicks(0.5, 0.96), [0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  const t = niceTicks(3, 3);
  ok(t[0] <= 3 && t[t.length - 1] >= 3);
  assertEquals(niceTicks(NaN, 1), []);
});
