// Runs a Jupyter notebook's code cells in order with Deno, as the Deno kernel
// would (no Jupyter, no browser): one module of all the cells, in order, each
// cell's printed text captured apart, and a cell that ends with a bare name
// displayed as the kernel displays it (the value's
// `[Symbol.for("Jupyter.display")]` bundle, else Deno's inspect as text).
//
//   deno run -A tests/_notebook.ts --write examples/tutorial.ipynb
//
// re-runs the notebook and stores the outputs in it (what tests/notebook_test.ts
// then checks).

/** A notebook cell (nbformat 4). */
export interface Cell {
  cell_type: "code" | "markdown";
  source: string[];
  metadata: Record<string, unknown>;
  execution_count?: number | null;
  outputs?: Output[];
}

/** A code cell's output. */
export type Output =
  | { output_type: "stream"; name: "stdout"; text: string[] }
  | {
    output_type: "execute_result";
    execution_count: number;
    data: Record<string, string[]>;
    metadata: Record<string, unknown>;
  };

/** A notebook (nbformat 4). */
export interface Notebook {
  cells: Cell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

/** What one code cell did: its printed text and, if it ends with a name, the display bundle. */
export interface CellRun {
  stdout: string;
  display: Record<string, string> | null;
}

const MARK = "\u0001tapeflow-cell ";
const SHOW = "\u0001tapeflow-display ";

/** The last line of a cell, when it is a bare name (or property path) to display. */
function displayed(code: string): string | null {
  const lines = code.trimEnd().split("\n");
  const last = lines[lines.length - 1].trim().replace(/;$/, "");
  return /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(last) ? last : null;
}

/**
 * Runs the code cells of `nb` in order in a Deno subprocess (no permission
 * flag, as a user's kernel needs none) and returns what each printed.
 * `imports` rewrites import specifiers (the notebook's "../mod.ts" from
 * examples/ becomes an absolute URL).
 */
export async function runNotebook(
  nb: Notebook,
  imports: Record<string, string>,
): Promise<CellRun[]> {
  const code = nb.cells.filter((c) => c.cell_type === "code");
  const parts = [
    `const __show = (v: unknown) => {`,
    `  const f = (v as Record<symbol, unknown> | null)?.[Symbol.for("Jupyter.display")];`,
    `  const b = typeof f === "function" ? f.call(v) : { "text/plain": Deno.inspect(v) };`,
    `  console.log(${JSON.stringify(SHOW)} + JSON.stringify(b));`,
    `};`,
  ];
  code.forEach((c, i) => {
    let src = c.source.join("");
    for (const [from, to] of Object.entries(imports)) {
      src = src.replaceAll(`"${from}"`, JSON.stringify(to));
    }
    parts.push(`console.log(${JSON.stringify(MARK + i)});`);
    const name = displayed(src);
    if (name !== null) {
      const lines = src.trimEnd().split("\n");
      lines[lines.length - 1] = `__show(${name});`;
      src = lines.join("\n");
    }
    parts.push(src);
  });
  const dir = await Deno.makeTempDir({ prefix: "tapeflow_notebook_" });
  const file = `${dir}/notebook.ts`;
  await Deno.writeTextFile(file, parts.join("\n"));
  try {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-lock", "--no-prompt", file],
      stdout: "piped",
      stderr: "piped",
      env: { NO_COLOR: "1" },
    }).output();
    const stdout = new TextDecoder().decode(out.stdout);
    if (!out.success) {
      throw new Error(`the notebook failed:\n${new TextDecoder().decode(out.stderr)}\n${stdout}`);
    }
    const runs: CellRun[] = code.map(() => ({ stdout: "", display: null }));
    let cur = -1;
    for (const line of stdout.split("\n")) {
      if (line.startsWith(MARK)) cur = Number(line.slice(MARK.length));
      else if (line.startsWith(SHOW)) runs[cur].display = JSON.parse(line.slice(SHOW.length));
      else if (cur >= 0) runs[cur].stdout += line + "\n";
    }
    runs.forEach((r) => (r.stdout = r.stdout.replace(/\n+$/, r.stdout.trim() ? "\n" : "")));
    return runs;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Splits text into Jupyter's list of lines (each but the last keeps its newline). */
export function lines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((l) => l.length > 0);
}

/** The outputs a run gives a cell, in nbformat. */
export function outputsOf(run: CellRun, count: number): Output[] {
  const outs: Output[] = [];
  if (run.stdout) outs.push({ output_type: "stream", name: "stdout", text: lines(run.stdout) });
  if (run.display) {
    outs.push({
      output_type: "execute_result",
      execution_count: count,
      data: Object.fromEntries(Object.entries(run.display).map(([k, v]) => [k, lines(v)])),
      metadata: {},
    });
  }
  return outs;
}

if (import.meta.main) {
  const i = Deno.args.indexOf("--write");
  const path = Deno.args[i + 1];
  const nb = JSON.parse(await Deno.readTextFile(path)) as Notebook;
  const mod = new URL("../mod.ts", import.meta.url).href;
  const runs = await runNotebook(nb, { "../mod.ts": mod });
  let k = 0;
  for (const c of nb.cells) {
    if (c.cell_type !== "code") continue;
    c.execution_count = k + 1;
    c.outputs = outputsOf(runs[k], k + 1);
    k++;
  }
  await Deno.writeTextFile(path, JSON.stringify(nb, null, 1) + "\n");
  console.log(`wrote the outputs of ${k} code cells to ${path}`);
}
