// The committed kernel module must be exactly what the AssemblyScript sources
// compile to: a stale or hand-edited module fails here (and in .ci/run).
import { compile, outFile } from "../asm/build.ts";

Deno.test("asm/kernels.generated.ts is reproduced byte for byte by the build", async () => {
  const { text } = await compile();
  const committed = await Deno.readTextFile(outFile);
  if (text !== committed) {
    throw new Error(
      "asm/kernels.generated.ts does not match asm/src/: run `deno task build` and commit it",
    );
  }
});
