// The tutorial's programs (examples/): both linear regressions print
// a = 0.97637, b = 0.057565 (NumPy and TensorFlow.js give these); the Adam
// and Adagrad versions reach the least-squares fit. The examples run as
// plain `deno run` with no permission flags.

import * as tf from "../mod.ts";
import { assertClose } from "./_util.ts";
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import * as numpyStyle from "../examples/linear_regression_numpy_style.ts";
import * as tfStyle from "../examples/linear_regression.ts";
import * as adam from "../examples/linear_regression_adam.ts";
import * as adagrad from "../examples/linear_regression_adagrad.ts";
import * as gradientTape from "../examples/gradient_tape.ts";
import * as partials from "../examples/partial_derivatives.ts";

const A = 0.97637, B = 0.057565;
const TOL = { atol: 1e-4, rtol: 0 };

Deno.test("examples/linear_regression_numpy_style.ts: a = 0.97637, b = 0.057565", () => {
  const { a, b } = numpyStyle.train();
  assertClose(a.arraySync() as number, A, TOL, "a");
  assertClose(b.arraySync() as number, B, TOL, "b");
});

Deno.test("examples/linear_regression.ts (GradientTape + SGD(1e-3)): a = 0.97637, b = 0.057565", () => {
  const { a, b } = tfStyle.train();
  ok(a instanceof tf.Variable && b instanceof tf.Variable);
  assertClose(a.arraySync() as number, A, TOL, "a");
  assertClose(b.arraySync() as number, B, TOL, "b");
});

Deno.test("examples with Adam and Adagrad reach the least-squares fit", () => {
  // Least squares on the normalised data: a = 0.981818..., b = 0.054545...
  for (const [name, run] of [["Adam", adam.main], ["Adagrad", adagrad.main]] as const) {
    const { a, b } = run();
    assertClose(a, 108 / 110, { atol: 1e-4, rtol: 0 }, `${name} a`);
    assertClose(b, 6 / 110, { atol: 1e-4, rtol: 0 }, `${name} b`);
  }
});

async function runExample(file: string): Promise<string> {
  const url = new URL(`../examples/${file}`, import.meta.url);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", url.pathname], // no permission flags
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  const text = new TextDecoder().decode(out.stdout);
  ok(out.success, `${file} failed: ${new TextDecoder().decode(out.stderr)}`);
  return text;
}

Deno.test("deno run examples/linear_regression.ts prints the tutorial's a and b", async () => {
  const text = await runExample("linear_regression.ts");
  ok(/<tf\.Variable '[^']+' shape=\(\) dtype=float32, numpy=0\.97637\d*>/.test(text), text);
  ok(/<tf\.Variable '[^']+' shape=\(\) dtype=float32, numpy=0\.057565\d*>/.test(text), text);
});

Deno.test("deno run examples/linear_regression_numpy_style.ts prints the tutorial's a and b", async () => {
  const text = await runExample("linear_regression_numpy_style.ts");
  ok(/0\.97637\d*/.test(text) && /0\.057565\d*/.test(text), text);
});

Deno.test("examples/gradient_tape.ts: y = 9, dy/dx = 6; it prints them with plain deno run", async () => {
  const { y, yGrad } = gradientTape.main();
  assertEquals([y.arraySync(), yGrad.arraySync()], [9, 6]);
  const text = await runExample("gradient_tape.ts");
  ok(text.includes("tf.Tensor(9.0, shape=(), dtype=float32)"), text);
  ok(text.includes("tf.Tensor(6.0, shape=(), dtype=float32)"), text);
});

Deno.test("examples/partial_derivatives.ts: L = 62.5, dL/dw = [[35], [50]], dL/db = 15", async () => {
  const { L, wGrad, bGrad } = partials.main();
  assertEquals([L.arraySync(), wGrad.arraySync(), bGrad.arraySync()], [62.5, [[35], [50]], 15]);
  const text = await runExample("partial_derivatives.ts");
  ok(text.replace(/\s+/g, "").includes("[62.5,[[35],[50]],15]"), text);
});
