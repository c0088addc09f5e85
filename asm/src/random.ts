// Counter-based random numbers: Philox-4x32-10 (Salmon et al., "Parallel
// random numbers: as easy as 1, 2, 3", SC 2011), four generator instances per
// SIMD step, one per i32 lane.
//
// Contract (every kernel here):
// - `o` is the byte offset of element 0 of the whole output (4-byte aligned);
//   a kernel writes only elements [first, first + n). Element j's value depends
//   on (k0, k1, j) alone, never on how [0, size) is split into calls, so the
//   work can be divided among threads and give the same tensor.
// - (k0, k1) is the 64-bit Philox key (derived from the seeds by the caller).
// - uniform and normal: elements come in groups of 16. Group g draws Philox
//   blocks with counters (4g + l, 0, 0, 0), l = 0..3; word w of block 4g + l is
//   element 16g + 4w + l (so each SIMD lane's word w is one 4-element store).
// - truncated normal: element j draws blocks (j, 0, attempt, 1) for
//   attempt = 0, 1, ... until one of its four candidates lies within 2.
//
// Transforms follow TensorFlow's (random_distributions.h): a uniform float is
// the low 23 bits as a mantissa in [1, 2), minus 1, so u in [0, 1 - 2^-23];
// normals by Box-Muller on word pairs (u1 clamped to >= 1e-7, |z| <= 5.68).
// The log in Box-Muller is math.ts's log_v (2 ulp, fused multiply-adds where
// the CPU has them); sin and cos are the polynomials below, absolute error
// below 2e-7 over the whole circle.

import { log_v } from "./math";

const PM0: i32 = 0xd2511f53;
const PM1: i32 = 0xcd9e8d57;
const PW0: i32 = 0x9e3779b9;
const PW1: i32 = 0xbb67ae85;

const K_UNIFORM_F32: i32 = 0;
const K_UNIFORM_I32: i32 = 1;
const K_NORMAL: i32 = 2;

/** High 32 bits of the unsigned 32x32 products, lane by lane. */
// @ts-ignore: decorator
@inline function mulhi(a: v128, m: v128): v128 {
  const lo = i64x2.extmul_low_i32x4_u(a, m);
  const hi = i64x2.extmul_high_i32x4_u(a, m);
  return i8x16.shuffle(lo, hi, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
}

/** u in [0, 1): the low 23 bits as a mantissa of [1, 2), minus 1 (exact). */
// @ts-ignore: decorator
@inline function unit(x: v128): v128 {
  const m = v128.or(v128.and(x, i32x4.splat(0x7fffff)), i32x4.splat(0x3f800000));
  return f32x4.sub(m, f32x4.splat(1));
}

/** Box-Muller radius sqrt(-2 ln u1), u1 clamped to 1e-7 as TensorFlow does. */
// @ts-ignore: decorator
@inline function radius(x: v128): v128 {
  const u = f32x4.max(unit(x), f32x4.splat(1.0e-7));
  return f32x4.sqrt(f32x4.mul(f32x4.splat(-2), log_v(u)));
}

// The angle is 2 pi u with u = k 2^-23 in [0, 1): q = round(4u) picks the
// quadrant and t = u - q/4 (exact) lies in [-1/8, 1/8] turns, so r = 2 pi t is
// within [-pi/4, pi/4], where degree 9 (sin) and 10 (cos) Taylor polynomials
// are accurate to 2e-9 and 1e-10.

// @ts-ignore: decorator
@inline function quadrant(u: v128): v128 {
  return i32x4.trunc_sat_f32x4_s(f32x4.nearest(f32x4.mul(u, f32x4.splat(4))));
}

// @ts-ignore: decorator
@inline function reduced(u: v128, q: v128): v128 {
  const t = f32x4.sub(u, f32x4.mul(f32x4.convert_i32x4_s(q), f32x4.splat(0.25)));
  return f32x4.mul(t, f32x4.splat(6.28318530717958648));
}

// @ts-ignore: decorator
@inline function sinPoly(r: v128): v128 {
  const r2 = f32x4.mul(r, r);
  let p = f32x4.splat(2.7557319224e-6);
  p = f32x4.add(f32x4.mul(p, r2), f32x4.splat(-1.9841269841e-4));
  p = f32x4.add(f32x4.mul(p, r2), f32x4.splat(8.3333333333e-3));
  p = f32x4.add(f32x4.mul(p, r2), f32x4.splat(-1.6666666667e-1));
  return f32x4.add(r, f32x4.mul(f32x4.mul(p, r2), r));
}

// @ts-ignore: decorator
@inline function cosPoly(r: v128): v128 {
  const r2 = f32x4.mul(r, r);
  let p = f32x4.splat(-2.7557319224e-7);
  p = f32x4.add(f32x4.mul(p, r2), f32x4.splat(2.4801587302e-5));
  p = f32x4.add(f32x4.mul(p, r2), f32x4.splat(-1.3888888889e-3));
  p = f32x4.add(f32x4.mul(p, r2), f32x4.splat(4.1666666667e-2));
  p = f32x4.add(f32x4.mul(p, r2), f32x4.splat(-0.5));
  return f32x4.add(f32x4.splat(1), f32x4.mul(p, r2));
}

/** sin(2 pi u) from the polynomials at the reduced angle: quadrant q = 0..4. */
// @ts-ignore: decorator
@inline function sinTurns(s: v128, c: v128, q: v128): v128 {
  // q odd: cos of the reduced angle; q = 2, 3: negated.
  const odd = i32x4.ne(v128.and(q, i32x4.splat(1)), i32x4.splat(0));
  const v = v128.bitselect(c, s, odd);
  const neg = v128.and(i32x4.shl(q, 30), i32x4.splat(0x80000000));
  return v128.xor(v, neg);
}

/** cos(2 pi u), as sinTurns. */
// @ts-ignore: decorator
@inline function cosTurns(s: v128, c: v128, q: v128): v128 {
  // q odd: sin of the reduced angle; q = 1, 2: negated.
  const odd = i32x4.ne(v128.and(q, i32x4.splat(1)), i32x4.splat(0));
  const v = v128.bitselect(s, c, odd);
  const neg = v128.and(i32x4.shl(i32x4.add(q, i32x4.splat(1)), 30), i32x4.splat(0x80000000));
  return v128.xor(v, neg);
}

/** Stores the lanes of `v` (elements j..j+3) that fall in [lo, hi). */
// @ts-ignore: decorator
@inline function storeSome(o: usize, j: i32, lo: i32, hi: i32, v: v128): void {
  if (j >= lo && j < hi) store<i32>(o + (<usize>j << 2), i32x4.extract_lane(v, 0));
  if (j + 1 >= lo && j + 1 < hi) store<i32>(o + (<usize>(j + 1) << 2), i32x4.extract_lane(v, 1));
  if (j + 2 >= lo && j + 2 < hi) store<i32>(o + (<usize>(j + 2) << 2), i32x4.extract_lane(v, 2));
  if (j + 3 >= lo && j + 3 < hi) store<i32>(o + (<usize>(j + 3) << 2), i32x4.extract_lane(v, 3));
}

/**
 * The group loop of the uniform and normal kernels (layout in the contract),
 * specialised on `kind` at compile time. float params: (a, b) = (scale, offset)
 * of y = x * a + b; int params: (ia, ib) = (minval, range).
 */
// @ts-ignore: decorator
@inline function groups(kind: i32, o: usize, first: i32, n: i32, k0: i32, k1: i32, a: f32, b: f32, ia: i32, ib: i32): void {
  const end = first + n;
  const m0 = i32x4.splat(PM0);
  const m1 = i32x4.splat(PM1);
  const lane = i32x4(0, 1, 2, 3);
  const av = f32x4.splat(a);
  const bv = f32x4.splat(b);
  for (let g = first >> 4; g << 4 < end; g++) {
    // Philox-4x32-10 on the four counters (4g + lane, 0, 0, 0).
    let c0 = i32x4.add(i32x4.splat(g << 2), lane);
    let c1 = i32x4.splat(0);
    let c2 = c1;
    let c3 = c1;
    let kk0 = k0;
    let kk1 = k1;
    for (let r = 0; r < 10; r++) {
      const hi0 = mulhi(c0, m0);
      const lo0 = i32x4.mul(c0, m0);
      const hi1 = mulhi(c2, m1);
      const lo1 = i32x4.mul(c2, m1);
      c0 = v128.xor(v128.xor(hi1, c1), i32x4.splat(kk0));
      c1 = lo1;
      c2 = v128.xor(v128.xor(hi0, c3), i32x4.splat(kk1));
      c3 = lo0;
      kk0 += PW0;
      kk1 += PW1;
    }
    let y0: v128, y1: v128, y2: v128, y3: v128;
    if (kind == K_UNIFORM_F32) {
      // TensorFlow: u * (maxval - minval) + minval
      y0 = f32x4.add(f32x4.mul(unit(c0), av), bv);
      y1 = f32x4.add(f32x4.mul(unit(c1), av), bv);
      y2 = f32x4.add(f32x4.mul(unit(c2), av), bv);
      y3 = f32x4.add(f32x4.mul(unit(c3), av), bv);
    } else if (kind == K_UNIFORM_I32) {
      // minval + floor(x * range / 2^32): Lemire's multiply-shift in place of x % range.
      const lo = i32x4.splat(ia);
      const range = i32x4.splat(ib);
      y0 = i32x4.add(lo, mulhi(c0, range));
      y1 = i32x4.add(lo, mulhi(c1, range));
      y2 = i32x4.add(lo, mulhi(c2, range));
      y3 = i32x4.add(lo, mulhi(c3, range));
    } else {
      // Box-Muller on (word 0, word 1) and (word 2, word 3); z * stddev + mean.
      const ra = radius(c0);
      const ua = unit(c1);
      const qa = quadrant(ua);
      const ta = reduced(ua, qa);
      const sa = sinPoly(ta);
      const ca = cosPoly(ta);
      y0 = f32x4.add(f32x4.mul(f32x4.mul(ra, sinTurns(sa, ca, qa)), av), bv);
      y1 = f32x4.add(f32x4.mul(f32x4.mul(ra, cosTurns(sa, ca, qa)), av), bv);
      const rb = radius(c2);
      const ub = unit(c3);
      const qb = quadrant(ub);
      const tb = reduced(ub, qb);
      const sb = sinPoly(tb);
      const cb = cosPoly(tb);
      y2 = f32x4.add(f32x4.mul(f32x4.mul(rb, sinTurns(sb, cb, qb)), av), bv);
      y3 = f32x4.add(f32x4.mul(f32x4.mul(rb, cosTurns(sb, cb, qb)), av), bv);
    }
    const j = g << 4;
    if (j >= first && j + 16 <= end) {
      const p = o + (<usize>j << 2);
      v128.store(p, y0);
      v128.store(p, y1, 16);
      v128.store(p, y2, 32);
      v128.store(p, y3, 48);
    } else {
      storeSome(o, j, first, end, y0);
      storeSome(o, j + 4, first, end, y1);
      storeSome(o, j + 8, first, end, y2);
      storeSome(o, j + 12, first, end, y3);
    }
  }
}

/** Uniform float32: u * scale + offset, u in [0, 1) (scale = maxval - minval, offset = minval). */
export function random_uniform_f32(o: usize, first: i32, n: i32, k0: i32, k1: i32, scale: f32, offset: f32): void {
  groups(K_UNIFORM_F32, o, first, n, k0, k1, scale, offset, 0, 0);
}

/** Uniform int32 in [minval, minval + range), range an unsigned 32-bit count >= 1. */
export function random_uniform_i32(o: usize, first: i32, n: i32, k0: i32, k1: i32, minval: i32, range: i32): void {
  groups(K_UNIFORM_I32, o, first, n, k0, k1, 0, 0, minval, range);
}

/** Normal float32: z * stddev + mean with z standard normal. */
export function random_normal_f32(o: usize, first: i32, n: i32, k0: i32, k1: i32, stddev: f32, mean: f32): void {
  groups(K_NORMAL, o, first, n, k0, k1, stddev, mean, 0, 0);
}

/**
 * Truncated normal float32: z * stddev + mean with z standard normal
 * conditioned on |z| < 2 (TensorFlow re-draws values beyond 2 standard
 * deviations). Each element redraws from its own counters, so the result does
 * not depend on the split either.
 */
export function random_truncated_normal_f32(o: usize, first: i32, n: i32, k0: i32, k1: i32, stddev: f32, mean: f32): void {
  const end = first + n;
  const m0 = i32x4.splat(PM0);
  const m1 = i32x4.splat(PM1);
  const lane = i32x4(0, 1, 2, 3);
  const two = f32x4.splat(2);
  for (let j = first; j < end; j += 4) {
    let res = f32x4.splat(0);
    let done = i32x4.splat(0);
    for (let attempt = 0; ; attempt++) {
      let c0 = i32x4.add(i32x4.splat(j), lane);
      let c1 = i32x4.splat(0);
      let c2 = i32x4.splat(attempt);
      let c3 = i32x4.splat(1);
      let kk0 = k0;
      let kk1 = k1;
      for (let r = 0; r < 10; r++) {
        const hi0 = mulhi(c0, m0);
        const lo0 = i32x4.mul(c0, m0);
        const hi1 = mulhi(c2, m1);
        const lo1 = i32x4.mul(c2, m1);
        c0 = v128.xor(v128.xor(hi1, c1), i32x4.splat(kk0));
        c1 = lo1;
        c2 = v128.xor(v128.xor(hi0, c3), i32x4.splat(kk1));
        c3 = lo0;
        kk0 += PW0;
        kk1 += PW1;
      }
      // Four candidates in order: sin and cos of pair (0, 1), then of pair (2, 3).
      const ra = radius(c0);
      const ua = unit(c1);
      const qa = quadrant(ua);
      const ta = reduced(ua, qa);
      const sa = sinPoly(ta);
      const ca = cosPoly(ta);
      const rb = radius(c2);
      const ub = unit(c3);
      const qb = quadrant(ub);
      const tb = reduced(ub, qb);
      const sb = sinPoly(tb);
      const cb = cosPoly(tb);
      let z = f32x4.mul(ra, sinTurns(sa, ca, qa));
      let ok = v128.andnot(f32x4.lt(f32x4.abs(z), two), done);
      res = v128.bitselect(z, res, ok);
      done = v128.or(done, ok);
      z = f32x4.mul(ra, cosTurns(sa, ca, qa));
      ok = v128.andnot(f32x4.lt(f32x4.abs(z), two), done);
      res = v128.bitselect(z, res, ok);
      done = v128.or(done, ok);
      z = f32x4.mul(rb, sinTurns(sb, cb, qb));
      ok = v128.andnot(f32x4.lt(f32x4.abs(z), two), done);
      res = v128.bitselect(z, res, ok);
      done = v128.or(done, ok);
      z = f32x4.mul(rb, cosTurns(sb, cb, qb));
      ok = v128.andnot(f32x4.lt(f32x4.abs(z), two), done);
      res = v128.bitselect(z, res, ok);
      done = v128.or(done, ok);
      if (i32x4.all_true(done)) break;
    }
    const y = f32x4.add(f32x4.mul(res, f32x4.splat(stddev)), f32x4.splat(mean));
    if (j + 4 <= end) v128.store(o + (<usize>j << 2), y);
    else storeSome(o, j, first, end, y);
  }
}
