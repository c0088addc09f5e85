// Least privilege. tapeflow uses no eval or new Function, opens no network
// connection, runs nothing and reads or writes no file unless the user calls
// a save/load function; importing it and training needs no permission flag.
//
// 1. A scan of the source of every module reachable from mod.ts (as
//    `deno info` lists them) for the APIs that need a permission or run
//    code from strings, each allowed only in the function named here.
// 2. A subprocess importing mod.ts over http from 127.0.0.1 with no
//    `--allow-*` flag except `--allow-import` for that host, which computes,
//    trains the tutorial's linear regression with an optimizer, fits a small
//    Keras model and prints a summary.
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";

const root = new URL("../", import.meta.url);

/** The module's own files, from `deno info --json mod.ts`. */
async function moduleFiles(): Promise<string[]> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", new URL("mod.ts", root).pathname],
    stdout: "piped",
    stderr: "piped",
  }).output();
  ok(out.success, new TextDecoder().decode(out.stderr));
  const info = JSON.parse(new TextDecoder().decode(out.stdout)) as {
    modules: { specifier: string }[];
  };
  return info.modules.map((m) => m.specifier).filter((s) => s.startsWith(root.href));
}

/**
 * The source with comments, strings and template text blanked out (same
 * length, same lines), so that only code is scanned.
 */
export function codeOnly(src: string): string {
  const out = src.split("");
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  const templateDepth: number[] = [];
  while (i < src.length) {
    const c = src[i], d = src[i + 1];
    if (c === "/" && d === "/") {
      const end = src.indexOf("\n", i);
      blank(i, end < 0 ? src.length : end);
      i = end < 0 ? src.length : end;
    } else if (c === "/" && d === "*") {
      const end = src.indexOf("*/", i + 2) + 2;
      blank(i, end);
      i = end;
    } else if (c === '"' || c === "'") {
      let k = i + 1;
      while (k < src.length && src[k] !== c) k += src[k] === "\\" ? 2 : 1;
      blank(i + 1, k);
      i = k + 1;
    } else if (c === "`" || (c === "}" && templateDepth.length > 0 && templateDepth.at(-1) === 0)) {
      // template text up to the next ` or ${
      if (c === "}") templateDepth.pop();
      let k = i + 1;
      while (k < src.length && src[k] !== "`" && !(src[k] === "$" && src[k + 1] === "{")) {
        k += src[k] === "\\" ? 2 : 1;
      }
      blank(i + 1, k);
      if (src[k] === "$") {
        templateDepth.push(0);
        i = k + 2;
      } else i = k + 1;
    } else {
      if (templateDepth.length > 0) {
        if (c === "{") templateDepth[templateDepth.length - 1]++;
        else if (c === "}") templateDepth[templateDepth.length - 1]--;
      }
      i++;
    }
  }
  return out.join("");
}

/** The named functions, methods and classes enclosing an offset of `code`, outermost first. */
function scopesAt(code: string, at: number): string[] {
  const stack: (string | null)[] = [];
  // body brace offset -> name, found as declarations are passed
  const named = new Map<number, string>();
  const decl =
    /\b(?:function\s*\*?\s*(\w+)\s*(?:<[^>]*>)?\s*\([^]*?\)\s*(?::\s*[^{;=]+)?\{|class\s+(\w+)[^{]*\{|(\w+)\s*(?:<[^>]*>)?\s*\((?:[^()]|\([^()]*\))*\)\s*(?::\s*[^{;=]+)?\{)/y;
  for (let i = 0; i < at; i++) {
    const ch = code[i];
    if (/\w/.test(ch) && (i === 0 || !/\w/.test(code[i - 1]))) {
      decl.lastIndex = i;
      const m = decl.exec(code);
      const name = m && (m[1] ?? m[2] ?? m[3]);
      if (m && name && !["if", "for", "while", "switch", "catch", "return"].includes(name)) {
        named.set(m.index + m[0].length - 1, name);
      }
    }
    if (ch === "{") stack.push(named.get(i) ?? null);
    else if (ch === "}") stack.pop();
  }
  return stack.filter((n): n is string => n !== null);
}

/** APIs that need a permission, reach the network or run code from strings. */
const WATCHED: [RegExp, string][] = [
  [/\beval\s*\(/, "eval"],
  [/\bnew\s+Function\b|\bFunction\s*\(/, "new Function"],
  [/\bimport\s*\(/, "dynamic import"],
  [/\bfetch\s*\(/, "fetch"],
  [/\bWebSocket\b|\bXMLHttpRequest\b|\bEventSource\b/, "network"],
  [/\bDeno\.(connect\w*|listen\w*|serve\w*|resolveDns)\b/, "network"],
  [/\bDeno\.(Command|run|kill|dlopen|openKv)\b/, "subprocess/ffi"],
  [
    /\bDeno\.(open|readFile|readTextFile|writeFile|writeTextFile|create|remove|mkdir|makeTemp|readDir|stat|lstat|realPath|rename|copyFile|truncate|chmod|chown|symlink|link|cwd|chdir)\w*\b/,
    "file system",
  ],
  [
    /\bDeno\.(env|hostname|osRelease|osUptime|loadavg|systemMemoryInfo|networkInterfaces|uid|gid)\b/,
    "env/sys",
  ],
];

/**
 * Where each use is allowed: file, an enclosing function or class, and why.
 * Anything else fails the test until it is reviewed and listed here.
 */
const ALLOWED: { file: string; scope: string; what: string; why: string }[] = [
  {
    file: "layers/safetensors.ts",
    scope: "saveWeights",
    what: "file system",
    why: "the user saves weights",
  },
  {
    file: "layers/safetensors.ts",
    scope: "readFile",
    what: "file system",
    why: "loadWeights' read",
  },
  {
    file: "layers/callbacks/csv_logger.ts",
    scope: "CSVLogger",
    what: "file system",
    why: "the user asks for a log file",
  },
  {
    file: "tape/dispatch.ts",
    scope: "readTraceEnv",
    what: "env/sys",
    why: "TAPEFLOW_TRACE, read only when granted",
  },
  {
    file: "layers/summary.ts",
    scope: "terminalColumns",
    what: "env/sys",
    why: "COLUMNS, read only when granted",
  },
];

Deno.test("no eval, no network, no subprocess; files and env only where a save/load function or a granted check allows", async () => {
  const files = await moduleFiles();
  ok(files.length > 50, `${files.length} files reachable from mod.ts`);
  const found: string[] = [];
  const used = new Set<number>();
  for (const spec of files) {
    const rel = spec.slice(root.href.length);
    if (rel === "asm/kernels.generated.ts") continue; // base64 wasm and its loader: scanned apart
    const code = codeOnly(await Deno.readTextFile(new URL(spec)));
    for (const [re, what] of WATCHED) {
      const g = new RegExp(re.source, "g");
      for (let m = g.exec(code); m !== null; m = g.exec(code)) {
        const scopes = scopesAt(code, m.index);
        const k = ALLOWED.findIndex((a) =>
          a.file === rel && a.what === what && scopes.includes(a.scope)
        );
        if (k >= 0) used.add(k);
        else {
          const line = code.slice(0, m.index).split("\n").length;
          found.push(
            `${rel}:${line}: ${what} (${m[0]}) in ${scopes.join(" > ") || "module scope"}`,
          );
        }
      }
    }
  }
  assertEquals(found, []);
  // every allowance is still needed (a stale one would hide a moved call)
  assertEquals(ALLOWED.filter((_, k) => !used.has(k)), []);
});

Deno.test("the generated kernel module only instantiates its inlined wasm", async () => {
  const code = codeOnly(await Deno.readTextFile(new URL("asm/kernels.generated.ts", root)));
  for (const [re, what] of WATCHED) ok(!re.test(code), `asm/kernels.generated.ts uses ${what}`);
});

Deno.test("the scanner sees through comments and strings, and names the enclosing function", () => {
  const code = codeOnly(
    'const s = "fetch(x)"; // eval(1)\nfunction load(p: string) {\n  return Deno.readFileSync(`${p}`);\n}\n',
  );
  ok(!/fetch|eval/.test(code), code);
  const at = code.indexOf("Deno.readFileSync");
  assertEquals(scopesAt(code, at), ["load"]);
});

Deno.test("a script importing mod.ts over http computes and trains with no --allow-* flag but --allow-import", async () => {
  const ac = new AbortController();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, signal: ac.signal, onListen() {} },
    async (req) => {
      const path = new URL(req.url).pathname;
      try {
        const body = await Deno.readFile(new URL("." + path, root));
        return new Response(body, { headers: { "content-type": "application/typescript" } });
      } catch {
        return new Response("not found", { status: 404 });
      }
    },
  );
  const host = `127.0.0.1:${server.addr.port}`;
  const dir = await Deno.makeTempDir();
  const script = `${dir}/user.ts`;
  await Deno.writeTextFile(
    script,
    `import * as tf from "http://${host}/mod.ts";
const x = tf.constant([[1, 2], [3, 4]]);
const big = tf.add(tf.ones([100, 100]), 1);
// the tutorial's linear regression, GradientTape + SGD, 1000 steps
const X = tf.constant([0, 0.25, 0.5, 0.75, 1]);
const y = tf.constant([0, 0.36363637, 0.54545456, 0.8181818, 1]);
const a = new tf.Variable(0.0), b = new tf.Variable(0.0);
const variables = [a, b];
const optimizer = new tf.keras.optimizers.Adam({ learningRate: 0.05 });
for (let e = 0; e < 1000; e++) {
  const tape = new tf.GradientTape();
  const loss = tape.record(() =>
    tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(tf.add(tf.multiply(a, X), b), y))))
  );
  optimizer.applyGradients(tf.zip(tape.gradient(loss, variables), variables));
}
// a Keras model: summary, fit with its progress bar, predict; threads and a GPU if there is one
tf.setThreads(2);
const model = new tf.keras.Sequential([tf.keras.Input({ shape: [3] }), new tf.keras.layers.Dense(8, { activation: "relu" }), new tf.keras.layers.Dense(1)]);
model.summary();
model.compile({ optimizer: "adam", loss: "mse" });
const h = await model.fit(tf.random.normal([64, 3], { seed: 1 }), tf.random.normal([64, 1], { seed: 2 }), { epochs: 2, batchSize: 16, verbose: 1 });
const mm = tf.matmul(tf.ones([300, 300]), tf.ones([300, 300]));
const gpu = await tf.initWebGPU();
console.log(JSON.stringify({
  y: tf.add(x, 1).arraySync(),
  big: big.dataSync()[9999],
  a: Math.round((a.arraySync() as number) * 1000) / 1000,
  b: Math.round((b.arraySync() as number) * 1000) / 1000,
  epochs: h.epoch.length,
  mm: mm.dataSync()[0],
  gpu: typeof gpu,
}));
`,
  );
  try {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-config", "--no-lock", "--no-prompt", `--allow-import=${host}`, script],
      stdout: "piped",
      stderr: "piped",
      env: { NO_COLOR: "1" },
    }).output();
    const stderr = new TextDecoder().decode(out.stderr);
    if (!out.success) throw new Error(`subprocess failed:\n${stderr}`);
    ok(!/NotCapable|PermissionDenied|requires .* access/.test(stderr), stderr);
    const lines = new TextDecoder().decode(out.stdout).trim().split("\n");
    assertEquals(JSON.parse(lines[lines.length - 1]), {
      y: [[2, 3], [4, 5]],
      big: 2,
      a: 0.982,
      b: 0.055,
      epochs: 2,
      mm: 300,
      gpu: "boolean",
    });
  } finally {
    ac.abort();
    await server.finished;
    await Deno.remove(dir, { recursive: true });
  }
});
