// Byte-moving helpers that every dtype shares.
//
// Contract: byte offsets into the one linear memory; regions must not overlap
// unless stated.

/** Copies `n` bytes from `src` to `dst` (overlap allowed: memmove semantics). */
export function copy_bytes(dst: usize, src: usize, n: usize): void {
  memory.copy(dst, src, n);
}

/** Fills `n` 4-byte elements at `dst` with the bit pattern `bits`. */
export function fill_32(dst: usize, bits: i32, n: i32): void {
  const v = i32x4.splat(bits);
  let i = 0;
  for (; i + 4 <= n; i += 4) v128.store(dst + (<usize>i << 2), v);
  for (; i < n; i++) store<i32>(dst + (<usize>i << 2), bits);
}

/** Fills `n` bytes at `dst` with `byte`. */
export function fill_8(dst: usize, byte: i32, n: usize): void {
  memory.fill(dst, <u8>byte, n);
}

/** First byte past the module's static data: the host allocates above it. */
export function heap_base(): usize {
  return __heap_base;
}
