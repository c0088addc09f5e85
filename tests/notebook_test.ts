// examples/tutorial.ipynb holds the tutorial's programs for `deno jupyter`.
// Its code cells run here in order with Deno, as the kernel runs them (see
// tests/_notebook.ts), and print exactly the outputs stored in the notebook:
// the tutorial's numbers, a tensor's HTML table and a History's SVG curves.
// After changing the notebook: `deno run -A tests/_notebook.ts --write examples/tutorial.ipynb`.

import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { type Notebook, outputsOf, runNotebook } from "./_notebook.ts";

const path = new URL("../examples/tutorial.ipynb", import.meta.url);

Deno.test("examples/tutorial.ipynb: every code cell prints the outputs stored in the notebook", async () => {
  const nb = JSON.parse(await Deno.readTextFile(path)) as Notebook;
  const code = nb.cells.filter((c) => c.cell_type === "code");
  ok(code.length >= 8, `${code.length} code cells`);
  ok(code[0].source.join("").includes('from "../mod.ts"'), "the notebook imports ../mod.ts");
  const runs = await runNotebook(nb, { "../mod.ts": new URL("../mod.ts", import.meta.url).href });
  runs.forEach((run, i) => {
    assertEquals(
      outputsOf(run, i + 1),
      code[i].outputs,
      `code cell ${i + 1}:\n${code[i].source.join("")}`,
    );
  });
  // the tutorial's numbers, as printed
  const text = runs.map((r) => r.stdout).join("");
  ok(
    text.includes(
      "tf.Tensor(9.0, shape=(), dtype=float32) tf.Tensor(6.0, shape=(), dtype=float32)",
    ),
  );
  ok(text.includes("62.5 [ [ 35 ], [ 50 ] ] 15"));
  ok(
    /numpy=0\.97637> <tf\.Variable 'Variable:0' shape=\(\) dtype=float32, numpy=0\.057565/.test(
      text,
    ),
  );
  const shown = runs.filter((r) => r.display !== null).map((r) => r.display!);
  ok(shown.some((d) => d["text/html"]?.includes("shape=(2, 1) dtype=float32")));
  ok(shown.some((d) => d["image/svg+xml"]?.startsWith("<svg")));
});
