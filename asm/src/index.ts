// The kernel module's entry: every exported function here becomes an export of
// the generated wasm (asm/kernels_generated.ts). One family of kernels a file.
export { copy_bytes, fill_32, fill_8, heap_base } from "./memory";
export { binary_f32_nd, binary_f32_row, binary_i32_nd, binary_i32_row } from "./binary";
export { unary_f32 } from "./unary";
export {
  matmul_f32_pack_b, matmul_f32_rows, matmul_f32_small, matmul_i32,
} from "./matmul";
export {
  arg_f32,
  arg_i32,
  cumsum_f32,
  cumsum_i32,
  div_count_f32,
  div_count_i32,
  reduce_bool,
  reduce_f32,
  reduce_i32,
  reduce_tmp_bytes,
  softmax_f32,
} from "./reduce";
export {
  cast_any,
  clip_f32_nd,
  clip_f32_row,
  clip_i32_nd,
  clip_i32_row,
  compare_f32_nd,
  compare_f32_row,
  compare_i32_nd,
  compare_i32_row,
  logical_not_u8,
  logical_u8_nd,
  logical_u8_row,
  where_32_nd,
  where_32_row,
  where_8_nd,
  where_8_row,
} from "./compare";
export { copy_nd } from "./shape";
