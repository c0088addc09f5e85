// The kernel module's entry: every exported function here becomes an export of
// the generated wasm (asm/kernels_generated.ts). One family of kernels a file.
export { copy_bytes, fill_32, fill_8, heap_base } from "./memory";
export { binary_f32_nd, binary_f32_row, binary_i32_nd, binary_i32_row } from "./binary";
export { unary_f32 } from "./unary";
export {
  matmul_f32_pack_b, matmul_f32_rows, matmul_f32_small, matmul_i32, matmul_packed_b_floats,
} from "./matmul";
