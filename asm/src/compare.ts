// Elementwise kernels whose inputs or outputs are bool: comparisons, logical
// ops, where (select), cast, and clip (a ternary op sharing where's walk).
//
// Contract (every kernel here):
// - Pointers are byte offsets into the one linear memory. float32 and int32
//   elements are 4 bytes (4-byte aligned); bool elements are 1 byte.
// - A bool input byte reads as true when it is nonzero; a bool output byte is
//   exactly 0 or 1.
// - Outputs must not overlap inputs (input and output element sizes differ).
// - `*_row` kernels take an inner stride per input, each 0 (a broadcast
//   scalar) or 1 (contiguous), in elements.
// - `*_nd` kernels read a descriptor of i32 at `desc`, as in binary.ts:
//   [rank, dims[rank], strides of each input [rank] (two inputs for the
//   comparisons, three for where and clip), then `rank` i32 of odometer
//   scratch]. Strides are in elements, 0 on broadcast axes; the innermost
//   stride of each input is 0 or 1.
//
// Comparisons produce a 4-lane all-ones/all-zeros mask per f32x4/i32x4; four
// such masks are narrowed (i32 -> i16 -> i8, saturating, so -1 stays -1 and 0
// stays 0) into 16 mask bytes and ANDed with 1: 16 bool results per store.
// NaN compares as IEEE 754: every ordered comparison with NaN is false, and
// NaN != x is true.
//
// The op code (and which inputs are broadcast) is a compile-time constant
// inside each specialised loop: the `@inline` helpers fold to one instruction.

const EQ: i32 = 0;
const NE: i32 = 1;
const LT: i32 = 2;
const LE: i32 = 3;
const GT: i32 = 4;
const GE: i32 = 5;
const AND: i32 = 6;
const OR: i32 = 7;
const XOR: i32 = 8;

// dtype codes of cast
const F32: i32 = 0;
const I32: i32 = 1;
const BOOL: i32 = 2;

// ---------------------------------------------------------------- helpers

/** Four 4-lane masks (all ones or zeros per lane) to 16 bytes of 0 or 1. */
@inline function pack16(m0: v128, m1: v128, m2: v128, m3: v128): v128 {
  const lo = i16x8.narrow_i32x4_s(m0, m1);
  const hi = i16x8.narrow_i32x4_s(m2, m3);
  return v128.and(i8x16.narrow_i16x8_s(lo, hi), i8x16.splat(1));
}

/** One 4-lane mask to 4 bytes of 0 or 1, in lane 0 (as an i32). */
@inline function pack4(m: v128): v128 {
  const h = i16x8.narrow_i32x4_s(m, m);
  return v128.and(i8x16.narrow_i16x8_s(h, h), i8x16.splat(1));
}

// ---------------------------------------------------------------- comparisons

@inline function cmpv<T>(op: i32, a: v128, b: v128): v128 {
  if (isFloat<T>()) {
    if (op == EQ) return f32x4.eq(a, b);
    if (op == NE) return f32x4.ne(a, b);
    if (op == LT) return f32x4.lt(a, b);
    if (op == LE) return f32x4.le(a, b);
    if (op == GT) return f32x4.gt(a, b);
    return f32x4.ge(a, b);
  } else {
    if (op == EQ) return i32x4.eq(a, b);
    if (op == NE) return i32x4.ne(a, b);
    if (op == LT) return i32x4.lt_s(a, b);
    if (op == LE) return i32x4.le_s(a, b);
    if (op == GT) return i32x4.gt_s(a, b);
    return i32x4.ge_s(a, b);
  }
}

@inline function cmps<T>(op: i32, a: T, b: T): bool {
  if (op == EQ) return a == b;
  if (op == NE) return a != b;
  if (op == LT) return a < b;
  if (op == LE) return a <= b;
  if (op == GT) return a > b;
  return a >= b;
}

// The SIMD part of a comparison row; `va`/`vb` (constants) say whether a/b
// are contiguous (else a broadcast scalar). Returns the elements done.
@inline function cmpBody<T>(op: i32, a: usize, va: bool, b: usize, vb: bool, o: usize, n: i32): i32 {
  const as = v128.load32_splat(a);
  const bs = v128.load32_splat(b);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const k = <usize>i << 2;
    const m0 = cmpv<T>(op, va ? v128.load(a + k) : as, vb ? v128.load(b + k) : bs);
    const m1 = cmpv<T>(op, va ? v128.load(a + k + 16) : as, vb ? v128.load(b + k + 16) : bs);
    const m2 = cmpv<T>(op, va ? v128.load(a + k + 32) : as, vb ? v128.load(b + k + 32) : bs);
    const m3 = cmpv<T>(op, va ? v128.load(a + k + 48) : as, vb ? v128.load(b + k + 48) : bs);
    v128.store(o + <usize>i, pack16(m0, m1, m2, m3));
  }
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    const m = cmpv<T>(op, va ? v128.load(a + k) : as, vb ? v128.load(b + k) : bs);
    v128.store32_lane(o + <usize>i, pack4(m), 0);
  }
  return i;
}

@inline function cmpRow<T>(op: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize, n: i32): void {
  let i = 0;
  if (sa == 1 && sb == 1) i = cmpBody<T>(op, a, true, b, true, o, n);
  else if (sa == 1) i = cmpBody<T>(op, a, true, b, false, o, n);
  else if (sb == 1) i = cmpBody<T>(op, a, false, b, true, o, n);
  const ua = <usize>sa << 2;
  const ub = <usize>sb << 2;
  for (; i < n; i++) {
    store<u8>(o + <usize>i, <u8>cmps<T>(op, load<T>(a + ua * <usize>i), load<T>(b + ub * <usize>i)));
  }
}

/** One broadcast row of a float32 comparison into bools (see the contract). */
export function compare_f32_row(op: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize, n: i32): void {
  switch (op) {
    case EQ: cmpRow<f32>(EQ, a, sa, b, sb, o, n); break;
    case NE: cmpRow<f32>(NE, a, sa, b, sb, o, n); break;
    case LT: cmpRow<f32>(LT, a, sa, b, sb, o, n); break;
    case LE: cmpRow<f32>(LE, a, sa, b, sb, o, n); break;
    case GT: cmpRow<f32>(GT, a, sa, b, sb, o, n); break;
    case GE: cmpRow<f32>(GE, a, sa, b, sb, o, n); break;
  }
}

/** One broadcast row of an int32 comparison into bools (see the contract). */
export function compare_i32_row(op: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize, n: i32): void {
  switch (op) {
    case EQ: cmpRow<i32>(EQ, a, sa, b, sb, o, n); break;
    case NE: cmpRow<i32>(NE, a, sa, b, sb, o, n); break;
    case LT: cmpRow<i32>(LT, a, sa, b, sb, o, n); break;
    case LE: cmpRow<i32>(LE, a, sa, b, sb, o, n); break;
    case GT: cmpRow<i32>(GT, a, sa, b, sb, o, n); break;
    case GE: cmpRow<i32>(GE, a, sa, b, sb, o, n); break;
  }
}

// ---------------------------------------------------------------- bool ⊗ bool

// a and b are canonical masks (0x00 or 0xFF per byte) here.
@inline function boolv(op: i32, a: v128, b: v128): v128 {
  if (op == EQ) return i8x16.eq(a, b);
  if (op == AND) return v128.and(a, b);
  if (op == OR) return v128.or(a, b);
  return v128.xor(a, b); // NE and XOR agree on bools
}

@inline function bools(op: i32, a: bool, b: bool): bool {
  if (op == EQ) return a == b;
  if (op == AND) return a && b;
  if (op == OR) return a || b;
  return a != b;
}

@inline function boolBody(op: i32, a: usize, va: bool, b: usize, vb: bool, o: usize, n: i32): i32 {
  const zero = i8x16.splat(0);
  const one = i8x16.splat(1);
  const as = i8x16.ne(v128.load8_splat(a), zero);
  const bs = i8x16.ne(v128.load8_splat(b), zero);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const k = <usize>i;
    const x = va ? i8x16.ne(v128.load(a + k), zero) : as;
    const y = vb ? i8x16.ne(v128.load(b + k), zero) : bs;
    v128.store(o + k, v128.and(boolv(op, x, y), one));
  }
  return i;
}

@inline function boolRow(op: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize, n: i32): void {
  let i = 0;
  if (sa == 1 && sb == 1) i = boolBody(op, a, true, b, true, o, n);
  else if (sa == 1) i = boolBody(op, a, true, b, false, o, n);
  else if (sb == 1) i = boolBody(op, a, false, b, true, o, n);
  for (; i < n; i++) {
    const x = load<u8>(a + <usize>(sa * i)) != 0;
    const y = load<u8>(b + <usize>(sb * i)) != 0;
    store<u8>(o + <usize>i, <u8>bools(op, x, y));
  }
}

/** One broadcast row of a bool ⊗ bool op (EQ, NE, AND, OR, XOR) into bools. */
export function logical_u8_row(op: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize, n: i32): void {
  switch (op) {
    case EQ: boolRow(EQ, a, sa, b, sb, o, n); break;
    case NE: boolRow(NE, a, sa, b, sb, o, n); break;
    case AND: boolRow(AND, a, sa, b, sb, o, n); break;
    case OR: boolRow(OR, a, sa, b, sb, o, n); break;
    case XOR: boolRow(XOR, a, sa, b, sb, o, n); break;
  }
}

/** logicalNot over `n` contiguous bools: o = (x == 0). */
export function logical_not_u8(x: usize, o: usize, n: i32): void {
  const zero = i8x16.splat(0);
  const one = i8x16.splat(1);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    v128.store(o + <usize>i, v128.and(i8x16.eq(v128.load(x + <usize>i), zero), one));
  }
  for (; i < n; i++) store<u8>(o + <usize>i, <u8>(load<u8>(x + <usize>i) == 0));
}

// ---------------------------------------------------------------- n-d walks

// Kinds of row, for the walks (compile-time constants).
const K_CMP_F32: i32 = 0;
const K_CMP_I32: i32 = 1;
const K_BOOL: i32 = 2;
const K_WHERE32: i32 = 3;
const K_WHERE8: i32 = 4;
const K_CLIP_F32: i32 = 5;
const K_CLIP_I32: i32 = 6;

/** log2 of the element size of input `j` (0..2) and of the output, for a kind. */
@inline function shiftIn(kind: i32, j: i32): usize {
  if (kind == K_BOOL) return 0;
  if (kind == K_WHERE8) return 0;
  if (kind == K_WHERE32) return j == 0 ? 0 : 2;
  return 2;
}

@inline function shiftOut(kind: i32): usize {
  if (kind == K_CMP_F32 || kind == K_CMP_I32 || kind == K_BOOL || kind == K_WHERE8) return 0;
  return 2;
}

@inline function row2(kind: i32, op: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize, n: i32): void {
  if (kind == K_CMP_F32) compare_f32_row(op, a, sa, b, sb, o, n);
  else if (kind == K_CMP_I32) compare_i32_row(op, a, sa, b, sb, o, n);
  else logical_u8_row(op, a, sa, b, sb, o, n);
}

@inline function row3(kind: i32, p: usize, sp: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize, n: i32): void {
  if (kind == K_WHERE32) where_32_row(p, sp, a, sa, b, sb, o, n);
  else if (kind == K_WHERE8) where_8_row(p, sp, a, sa, b, sb, o, n);
  else if (kind == K_CLIP_F32) clip_f32_row(p, sp, a, sa, b, sb, o, n);
  else clip_i32_row(p, sp, a, sa, b, sb, o, n);
}

// Walks the rows of a collapsed n-d broadcast of `nin` (2 or 3) inputs and
// hands each row to the row kernel of `kind`. Offsets are kept in elements.
@inline function walk(kind: i32, nin: i32, op: i32, p0: usize, p1: usize, p2: usize, o: usize, desc: usize): void {
  const rank = load<i32>(desc);
  const rb = <usize>rank << 2;
  const dims = desc + 4;
  const st0 = dims + rb;
  const st1 = st0 + rb;
  const st2 = st1 + rb;
  const ctr = nin == 3 ? st2 + rb : st2;
  const last = rb - 4;
  const inner = load<i32>(dims + last);
  const s0 = load<i32>(st0 + last);
  const s1 = load<i32>(st1 + last);
  const s2 = nin == 3 ? load<i32>(st2 + last) : 0;
  let rows = 1;
  for (let d = 0; d < rank - 1; d++) {
    rows *= load<i32>(dims + (<usize>d << 2));
    store<i32>(ctr + (<usize>d << 2), 0);
  }
  let off0: usize = 0;
  let off1: usize = 0;
  let off2: usize = 0;
  let offO: usize = 0;
  const h0 = shiftIn(kind, 0);
  const h1 = shiftIn(kind, 1);
  const h2 = shiftIn(kind, 2);
  const rowBytes = <usize>inner << shiftOut(kind);
  for (let r = 0; r < rows; r++) {
    if (nin == 2) row2(kind, op, p0 + (off0 << h0), s0, p1 + (off1 << h1), s1, o + offO, inner);
    else row3(kind, p0 + (off0 << h0), s0, p1 + (off1 << h1), s1, p2 + (off2 << h2), s2, o + offO, inner);
    offO += rowBytes;
    for (let d = rank - 2; d >= 0; d--) {
      const dk = <usize>d << 2;
      const c = load<i32>(ctr + dk) + 1;
      const g0 = <usize>load<i32>(st0 + dk);
      const g1 = <usize>load<i32>(st1 + dk);
      const g2: usize = nin == 3 ? <usize>load<i32>(st2 + dk) : 0;
      off0 += g0;
      off1 += g1;
      off2 += g2;
      if (c < load<i32>(dims + dk)) {
        store<i32>(ctr + dk, c);
        break;
      }
      store<i32>(ctr + dk, 0);
      off0 -= g0 * <usize>c;
      off1 -= g1 * <usize>c;
      off2 -= g2 * <usize>c;
    }
  }
}

/** A float32 comparison over a collapsed n-d broadcast into bools. */
export function compare_f32_nd(op: i32, a: usize, b: usize, o: usize, desc: usize): void {
  walk(K_CMP_F32, 2, op, a, b, 0, o, desc);
}

/** An int32 comparison over a collapsed n-d broadcast into bools. */
export function compare_i32_nd(op: i32, a: usize, b: usize, o: usize, desc: usize): void {
  walk(K_CMP_I32, 2, op, a, b, 0, o, desc);
}

/** A bool ⊗ bool op over a collapsed n-d broadcast into bools. */
export function logical_u8_nd(op: i32, a: usize, b: usize, o: usize, desc: usize): void {
  walk(K_BOOL, 2, op, a, b, 0, o, desc);
}

// ---------------------------------------------------------------- where

// A row of o = c ? a : b where c is a contiguous bool row (stride 1); the
// constants va/vb say whether a/b are contiguous or broadcast scalars.
// 4-byte elements: 16 condition bytes become four 4-lane masks by sign
// extension (i8 -> i16 -> i32) of the 0x00/0xFF byte masks.
@inline function where32Body(c: usize, a: usize, va: bool, b: usize, vb: bool, o: usize, n: i32): i32 {
  const zero = i8x16.splat(0);
  const as = v128.load32_splat(a);
  const bs = v128.load32_splat(b);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const m = i8x16.ne(v128.load(c + <usize>i), zero);
    const lo = i16x8.extend_low_i8x16_s(m);
    const hi = i16x8.extend_high_i8x16_s(m);
    const k = <usize>i << 2;
    v128.store(o + k, v128.bitselect(va ? v128.load(a + k) : as, vb ? v128.load(b + k) : bs, i32x4.extend_low_i16x8_s(lo)));
    v128.store(o + k + 16, v128.bitselect(va ? v128.load(a + k + 16) : as, vb ? v128.load(b + k + 16) : bs, i32x4.extend_high_i16x8_s(lo)));
    v128.store(o + k + 32, v128.bitselect(va ? v128.load(a + k + 32) : as, vb ? v128.load(b + k + 32) : bs, i32x4.extend_low_i16x8_s(hi)));
    v128.store(o + k + 48, v128.bitselect(va ? v128.load(a + k + 48) : as, vb ? v128.load(b + k + 48) : bs, i32x4.extend_high_i16x8_s(hi)));
  }
  for (; i + 4 <= n; i += 4) {
    const m = i8x16.ne(v128.load32_zero(c + <usize>i), zero);
    const k = <usize>i << 2;
    const mask = i32x4.extend_low_i16x8_s(i16x8.extend_low_i8x16_s(m));
    v128.store(o + k, v128.bitselect(va ? v128.load(a + k) : as, vb ? v128.load(b + k) : bs, mask));
  }
  return i;
}

@inline function where8Body(c: usize, a: usize, va: bool, b: usize, vb: bool, o: usize, n: i32): i32 {
  const zero = i8x16.splat(0);
  const as = v128.load8_splat(a);
  const bs = v128.load8_splat(b);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const k = <usize>i;
    const m = i8x16.ne(v128.load(c + k), zero);
    v128.store(o + k, v128.bitselect(va ? v128.load(a + k) : as, vb ? v128.load(b + k) : bs, m));
  }
  return i;
}

// A whole where row; W is 4 or 1 (element bytes). A broadcast condition picks
// one side for the whole row: a copy (or fill) of a or b.
@inline function whereRow(W: i32, c: usize, sc: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize, n: i32): void {
  if (sc == 0) {
    const pick = load<u8>(c) != 0;
    const src = pick ? a : b;
    const s = pick ? sa : sb;
    if (s == 1) memory.copy(o, src, <usize>(n * W));
    else if (W == 4) {
      const v = v128.load32_splat(src);
      const bits = load<i32>(src);
      let i = 0;
      for (; i + 4 <= n; i += 4) v128.store(o + (<usize>i << 2), v);
      for (; i < n; i++) store<i32>(o + (<usize>i << 2), bits);
    } else memory.fill(o, load<u8>(src), <usize>n);
    return;
  }
  let i = 0;
  if (W == 4) {
    if (sa == 1 && sb == 1) i = where32Body(c, a, true, b, true, o, n);
    else if (sa == 1) i = where32Body(c, a, true, b, false, o, n);
    else if (sb == 1) i = where32Body(c, a, false, b, true, o, n);
    else i = where32Body(c, a, false, b, false, o, n);
    const ua = <usize>sa << 2;
    const ub = <usize>sb << 2;
    for (; i < n; i++) {
      const k = <usize>i;
      store<i32>(o + (k << 2), load<u8>(c + k) != 0 ? load<i32>(a + ua * k) : load<i32>(b + ub * k));
    }
  } else {
    if (sa == 1 && sb == 1) i = where8Body(c, a, true, b, true, o, n);
    else if (sa == 1) i = where8Body(c, a, true, b, false, o, n);
    else if (sb == 1) i = where8Body(c, a, false, b, true, o, n);
    else i = where8Body(c, a, false, b, false, o, n);
    for (; i < n; i++) {
      const k = <usize>i;
      store<u8>(o + k, load<u8>(c + k) != 0 ? load<u8>(a + <usize>sa * k) : load<u8>(b + <usize>sb * k));
    }
  }
}

/** One broadcast row of o = c ? a : b for 4-byte elements (float32, int32); c is bool. */
export function where_32_row(c: usize, sc: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize, n: i32): void {
  whereRow(4, c, sc, a, sa, b, sb, o, n);
}

/** One broadcast row of o = c ? a : b for 1-byte elements (bool); c is bool. */
export function where_8_row(c: usize, sc: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize, n: i32): void {
  whereRow(1, c, sc, a, sa, b, sb, o, n);
}

/** o = c ? a : b over a collapsed 3-input n-d broadcast (inputs c, a, b), 4-byte elements. */
export function where_32_nd(c: usize, a: usize, b: usize, o: usize, desc: usize): void {
  walk(K_WHERE32, 3, 0, c, a, b, o, desc);
}

/** o = c ? a : b over a collapsed 3-input n-d broadcast (inputs c, a, b), bool elements. */
export function where_8_nd(c: usize, a: usize, b: usize, o: usize, desc: usize): void {
  walk(K_WHERE8, 3, 0, c, a, b, o, desc);
}

// ---------------------------------------------------------------- clip

// o = max(min(x, hi), lo), as TensorFlow's minimum-then-maximum: lo > hi gives
// lo, and NaN in x or in a bound gives NaN. For float32 the pseudo-min/max
// (pmin(a, b) = b < a ? b : a, pmax(a, b) = a < b ? b : a: one x86
// instruction each, where wasm's NaN-propagating min/max take about seven)
// return x itself when x is NaN; a NaN bound is put back by a select when the
// bound is a vector (`fixLo`, `fixHi`), and by the row when it is a scalar.
@inline function clipv<T>(x: v128, lo: v128, hi: v128, fixLo: bool, fixHi: bool): v128 {
  if (isFloat<T>()) {
    let r = f32x4.pmax(f32x4.pmin(x, hi), lo);
    if (fixLo) r = v128.bitselect(lo, r, f32x4.ne(lo, lo));
    if (fixHi) r = v128.bitselect(hi, r, f32x4.ne(hi, hi));
    return r;
  }
  return i32x4.max_s(i32x4.min_s(x, hi), lo);
}

@inline function clipBody<T>(x: usize, lo: usize, vl: bool, hi: usize, vh: bool, o: usize, n: i32): i32 {
  const ls = v128.load32_splat(lo);
  const hs = v128.load32_splat(hi);
  let i = 0;
  // unrolled by four vectors: the loop's own overhead is a third of its work otherwise
  for (; i + 16 <= n; i += 16) {
    const k = <usize>i << 2;
    const r0 = clipv<T>(v128.load(x + k), vl ? v128.load(lo + k) : ls, vh ? v128.load(hi + k) : hs, vl, vh);
    const r1 = clipv<T>(v128.load(x + k + 16), vl ? v128.load(lo + k + 16) : ls, vh ? v128.load(hi + k + 16) : hs, vl, vh);
    const r2 = clipv<T>(v128.load(x + k + 32), vl ? v128.load(lo + k + 32) : ls, vh ? v128.load(hi + k + 32) : hs, vl, vh);
    const r3 = clipv<T>(v128.load(x + k + 48), vl ? v128.load(lo + k + 48) : ls, vh ? v128.load(hi + k + 48) : hs, vl, vh);
    v128.store(o + k, r0);
    v128.store(o + k + 16, r1);
    v128.store(o + k + 32, r2);
    v128.store(o + k + 48, r3);
  }
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    v128.store(o + k, clipv<T>(v128.load(x + k), vl ? v128.load(lo + k) : ls, vh ? v128.load(hi + k) : hs, vl, vh));
  }
  return i;
}

// x is never broadcast (the output has its shape), so its stride is 1
// (or the row has one element). The scalar tail runs the vector code on one
// lane so that body and tail agree bit for bit (signed zeros, NaN payloads).
@inline function clipRow<T>(x: usize, sx: i32, lo: usize, sl: i32, hi: usize, sh: i32, o: usize, n: i32): void {
  if (isFloat<T>()) {
    // A NaN scalar bound makes the whole row NaN.
    const l = load<f32>(lo);
    const h = load<f32>(hi);
    if ((sl == 0 && l != l) || (sh == 0 && h != h)) {
      const nan = f32x4.splat(NaN);
      let j = 0;
      for (; j + 4 <= n; j += 4) v128.store(o + (<usize>j << 2), nan);
      for (; j < n; j++) store<f32>(o + (<usize>j << 2), NaN);
      return;
    }
  }
  let i = 0;
  if (sx == 1) {
    if (sl == 1 && sh == 1) i = clipBody<T>(x, lo, true, hi, true, o, n);
    else if (sl == 1) i = clipBody<T>(x, lo, true, hi, false, o, n);
    else if (sh == 1) i = clipBody<T>(x, lo, false, hi, true, o, n);
    else i = clipBody<T>(x, lo, false, hi, false, o, n);
  }
  for (; i < n; i++) {
    const k = <usize>i;
    const r = clipv<T>(
      v128.load32_splat(x + ((<usize>sx * k) << 2)),
      v128.load32_splat(lo + ((<usize>sl * k) << 2)),
      v128.load32_splat(hi + ((<usize>sh * k) << 2)),
      true,
      true,
    );
    store<i32>(o + (k << 2), i32x4.extract_lane(r, 0));
  }
}

/** One broadcast row of float32 clip: o = max(min(x, hi), lo). */
export function clip_f32_row(x: usize, sx: i32, lo: usize, sl: i32, hi: usize, sh: i32, o: usize, n: i32): void {
  clipRow<f32>(x, sx, lo, sl, hi, sh, o, n);
}

/** One broadcast row of int32 clip: o = max(min(x, hi), lo). */
export function clip_i32_row(x: usize, sx: i32, lo: usize, sl: i32, hi: usize, sh: i32, o: usize, n: i32): void {
  clipRow<i32>(x, sx, lo, sl, hi, sh, o, n);
}

/** float32 clip over a collapsed 3-input n-d broadcast (inputs x, lo, hi). */
export function clip_f32_nd(x: usize, lo: usize, hi: usize, o: usize, desc: usize): void {
  walk(K_CLIP_F32, 3, 0, x, lo, hi, o, desc);
}

/** int32 clip over a collapsed 3-input n-d broadcast (inputs x, lo, hi). */
export function clip_i32_nd(x: usize, lo: usize, hi: usize, o: usize, desc: usize): void {
  walk(K_CLIP_I32, 3, 0, x, lo, hi, o, desc);
}

// ---------------------------------------------------------------- cast

// float32 -> int32 truncates toward zero and saturates: NaN -> 0, values at or
// beyond ±2^31 -> INT32_MIN / INT32_MAX (wasm's trunc_sat, as XLA and
// tf.saturate_cast define it). int32 -> float32 rounds to nearest even.
// x -> bool is x != 0 (NaN -> true); bool -> number is 0 or 1.
@inline function castLoop(from: i32, to: i32, x: usize, o: usize, n: i32): void {
  let i = 0;
  if (from == F32 && to == I32) {
    for (; i + 4 <= n; i += 4) {
      const k = <usize>i << 2;
      v128.store(o + k, i32x4.trunc_sat_f32x4_s(v128.load(x + k)));
    }
    for (; i < n; i++) {
      const k = <usize>i << 2;
      store<i32>(o + k, i32x4.extract_lane(i32x4.trunc_sat_f32x4_s(v128.load32_splat(x + k)), 0));
    }
  } else if (from == I32 && to == F32) {
    for (; i + 4 <= n; i += 4) {
      const k = <usize>i << 2;
      v128.store(o + k, f32x4.convert_i32x4_s(v128.load(x + k)));
    }
    for (; i < n; i++) {
      const k = <usize>i << 2;
      store<f32>(o + k, <f32>load<i32>(x + k));
    }
  } else if (to == BOOL) {
    // 4-byte elements to bytes: x != 0 as masks, packed 16 at a time. For
    // float32, -0 == 0 and NaN != 0; for int32 the same compare on integers.
    const zero = i32x4.splat(0);
    for (; i + 16 <= n; i += 16) {
      const k = <usize>i << 2;
      const m0 = from == F32 ? f32x4.ne(v128.load(x + k), zero) : i32x4.ne(v128.load(x + k), zero);
      const m1 = from == F32 ? f32x4.ne(v128.load(x + k + 16), zero) : i32x4.ne(v128.load(x + k + 16), zero);
      const m2 = from == F32 ? f32x4.ne(v128.load(x + k + 32), zero) : i32x4.ne(v128.load(x + k + 32), zero);
      const m3 = from == F32 ? f32x4.ne(v128.load(x + k + 48), zero) : i32x4.ne(v128.load(x + k + 48), zero);
      v128.store(o + <usize>i, pack16(m0, m1, m2, m3));
    }
    for (; i < n; i++) {
      const k = <usize>i << 2;
      const t = from == F32 ? load<f32>(x + k) != 0 : load<i32>(x + k) != 0;
      store<u8>(o + <usize>i, <u8>t);
    }
  } else {
    // bool to float32 / int32: bytes to 0/1 (any nonzero byte is 1), widened.
    const one = i8x16.splat(1);
    for (; i + 16 <= n; i += 16) {
      const b = i8x16.min_u(v128.load(x + <usize>i), one);
      const lo = i16x8.extend_low_i8x16_u(b);
      const hi = i16x8.extend_high_i8x16_u(b);
      const k = <usize>i << 2;
      let w0 = i32x4.extend_low_i16x8_u(lo);
      let w1 = i32x4.extend_high_i16x8_u(lo);
      let w2 = i32x4.extend_low_i16x8_u(hi);
      let w3 = i32x4.extend_high_i16x8_u(hi);
      if (to == F32) {
        w0 = f32x4.convert_i32x4_s(w0);
        w1 = f32x4.convert_i32x4_s(w1);
        w2 = f32x4.convert_i32x4_s(w2);
        w3 = f32x4.convert_i32x4_s(w3);
      }
      v128.store(o + k, w0);
      v128.store(o + k + 16, w1);
      v128.store(o + k + 32, w2);
      v128.store(o + k + 48, w3);
    }
    for (; i < n; i++) {
      const k = <usize>i << 2;
      const t = load<u8>(x + <usize>i) != 0;
      if (to == F32) store<f32>(o + k, t ? 1 : 0);
      else store<i32>(o + k, t ? 1 : 0);
    }
  }
}

/** Casts `n` contiguous elements from dtype `from` to dtype `to` (F32, I32, BOOL; from != to). */
export function cast_any(from: i32, to: i32, x: usize, o: usize, n: i32): void {
  if (from == F32) {
    if (to == I32) castLoop(F32, I32, x, o, n);
    else castLoop(F32, BOOL, x, o, n);
  } else if (from == I32) {
    if (to == F32) castLoop(I32, F32, x, o, n);
    else castLoop(I32, BOOL, x, o, n);
  } else {
    if (to == F32) castLoop(BOOL, F32, x, o, n);
    else castLoop(BOOL, I32, x, o, n);
  }
}
