// The kernel module's entry: every exported function here becomes an export of
// the generated wasm (asm/kernels_generated.ts). One family of kernels a file.
export { copy_bytes, fill_32, fill_8, heap_base } from "./memory";
export { binary_f32_nd, binary_f32_row, binary_i32_nd, binary_i32_row } from "./binary";
export { unary_f32 } from "./unary";
export { copy_nd } from "./shape";
export { gather, gather_nd, one_hot, scatter_add, topk } from "./gather";
