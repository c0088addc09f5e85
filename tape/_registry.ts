// Every declared op by name, for tests and tools (the fuzzer asks which ops
// have a WebGPU kernel: `opRegistry.get("add")!.hasKernel.webgpu`). A module
// of its own, with no imports, so that it is initialised before the op
// families that tape/op.ts's imports load call defineOp.

import type { OpDef } from "./op.ts";

/** @internal Declared ops by name (filled by defineOp). */
export const opRegistry: Map<string, OpDef<unknown>> = new Map();
