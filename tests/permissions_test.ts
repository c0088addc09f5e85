// Importing tapeflow from a URL needs no permission at all: serve this
// repository over http on 127.0.0.1 and run a script that imports mod.ts from
// there, in a subprocess whose only flag is --allow-import for that host.
import { deepStrictEqual as assertEquals } from "node:assert/strict";

const root = new URL("../", import.meta.url);

Deno.test("a script importing mod.ts over http runs with no --allow-* flag but --allow-import", async () => {
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
console.log(JSON.stringify({ y: tf.add(x, 1).arraySync(), big: big.dataSync()[9999] }));
`,
  );
  try {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--no-config", "--no-lock", `--allow-import=${host}`, script],
      stdout: "piped",
      stderr: "piped",
      env: { NO_COLOR: "1" },
    }).output();
    const stderr = new TextDecoder().decode(out.stderr);
    if (!out.success) throw new Error(`subprocess failed:\n${stderr}`);
    const lines = new TextDecoder().decode(out.stdout).trim().split("\n");
    assertEquals(JSON.parse(lines[lines.length - 1]), { y: [[2, 3], [4, 5]], big: 2 });
  } finally {
    ac.abort();
    await server.finished;
    await Deno.remove(dir, { recursive: true });
  }
});
