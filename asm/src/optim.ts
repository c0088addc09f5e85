// Fused optimizer updates: one call updates a variable and its slots in place.
//
// Contract (every `optim_*_f32` kernel):
// - `w` (the variable), the slots (`m`, `v`, ...) and `g` (the gradient) are
//   byte offsets of `n` float32 elements, 4-byte aligned. The variable and the
//   slots are read and written in place; they must not overlap each other.
//   `g` is only read; it may alias `w` (each 4-element block is loaded before
//   it is stored). A slot the flags do not use may be any offset: it is never
//   touched.
// - Elementwise over [0, n): a caller may split the range between threads.
// - Every scalar (learning rate, beta powers, ...) is computed by the caller
//   for the step and passed in; nothing here depends on the step count.
// - The gradient is first scaled and clipped, as Keras does before the update:
//     g' = min(max(g * gscale, -clip), clip)
//   gscale = 1 and clip = +inf leave g exactly as it is (NaN stays NaN).
// - With the WD flag, decoupled weight decay runs first (Keras's
//   `_apply_weight_decay`): w = w - w * wdlr, with wdlr = weight_decay * lr.
// - No fused multiply-add: each operation rounds as Keras's float32 ops do.
//
// The flags are compile-time constants inside each specialised loop (the
// `@inline` step functions fold them away); the tail (n mod 4 elements) runs
// the same vector code on zero-padded lanes, so it matches the body bit for bit.

const WD: i32 = 1;
// SGD
const MOMENTUM: i32 = 2;
const NESTEROV: i32 = 4;
// Adam
const AMSGRAD: i32 = 2;
// RMSprop (MOMENTUM as above)
const CENTERED: i32 = 4;

// ---------------------------------------------------------------- helpers

// Loads `rem` (1 to 4) floats; lanes past `rem` are zero.
@inline function ld(p: usize, rem: i32): v128 {
  if (rem == 4) return v128.load(p);
  let t = f32x4.splat(0);
  t = f32x4.replace_lane(t, 0, load<f32>(p));
  if (rem > 1) t = f32x4.replace_lane(t, 1, load<f32>(p, 4));
  if (rem > 2) t = f32x4.replace_lane(t, 2, load<f32>(p, 8));
  return t;
}

// Stores the first `rem` (1 to 4) lanes.
@inline function st(p: usize, x: v128, rem: i32): void {
  if (rem == 4) {
    v128.store(p, x);
    return;
  }
  store<f32>(p, f32x4.extract_lane(x, 0));
  if (rem > 1) store<f32>(p, f32x4.extract_lane(x, 1), 4);
  if (rem > 2) store<f32>(p, f32x4.extract_lane(x, 2), 8);
}

// The gradient after Keras's clipping: min(max(g * gscale, -clip), clip).
@inline function grad(p: usize, rem: i32, gs: v128, clip: v128): v128 {
  const g = f32x4.mul(ld(p, rem), gs);
  return f32x4.min(f32x4.max(g, f32x4.neg(clip)), clip);
}

// The variable after decoupled weight decay: w - w * wdlr.
@inline function decayed(F: i32, p: usize, rem: i32, wdlr: v128): v128 {
  const w = ld(p, rem);
  return F & WD ? f32x4.sub(w, f32x4.mul(w, wdlr)) : w;
}

// ---------------------------------------------------------------- SGD
// no momentum:  w = w - g * lr
// momentum:     m = m * momentum - g * lr
//               w = w + m                               (nesterov: w + m * momentum - g * lr)

@inline function sgdStep(
  F: i32, w: usize, m: usize, g: usize, rem: i32,
  lr: v128, mu: v128, gs: v128, clip: v128, wdlr: v128,
): void {
  const gg = grad(g, rem, gs, clip);
  let ww = decayed(F, w, rem, wdlr);
  if (F & MOMENTUM) {
    const mm = f32x4.sub(f32x4.mul(ld(m, rem), mu), f32x4.mul(gg, lr));
    st(m, mm, rem);
    if (F & NESTEROV) ww = f32x4.add(ww, f32x4.sub(f32x4.mul(mm, mu), f32x4.mul(gg, lr)));
    else ww = f32x4.add(ww, mm);
  } else {
    ww = f32x4.sub(ww, f32x4.mul(gg, lr));
  }
  st(w, ww, rem);
}

@inline function sgdLoop(
  F: i32, w: usize, m: usize, g: usize, n: i32,
  lr: f32, mu: f32, gs: f32, clip: f32, wdlr: f32,
): void {
  const vlr = f32x4.splat(lr), vmu = f32x4.splat(mu), vgs = f32x4.splat(gs);
  const vclip = f32x4.splat(clip), vwd = f32x4.splat(wdlr);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    sgdStep(F, w + k, m + k, g + k, 4, vlr, vmu, vgs, vclip, vwd);
  }
  if (i < n) {
    const k = <usize>i << 2;
    sgdStep(F, w + k, m + k, g + k, n - i, vlr, vmu, vgs, vclip, vwd);
  }
}

/** SGD (momentum, nesterov) on `n` elements (see the contract above). flags: WD | MOMENTUM | NESTEROV. */
export function optim_sgd_f32(
  w: usize, m: usize, g: usize, n: i32,
  lr: f32, momentum: f32, gscale: f32, clip: f32, wdlr: f32, flags: i32,
): void {
  switch (flags) {
    case 0: sgdLoop(0, w, m, g, n, lr, momentum, gscale, clip, wdlr); break;
    case 1: sgdLoop(1, w, m, g, n, lr, momentum, gscale, clip, wdlr); break;
    case 2: sgdLoop(2, w, m, g, n, lr, momentum, gscale, clip, wdlr); break;
    case 3: sgdLoop(3, w, m, g, n, lr, momentum, gscale, clip, wdlr); break;
    case 6: sgdLoop(6, w, m, g, n, lr, momentum, gscale, clip, wdlr); break;
    case 7: sgdLoop(7, w, m, g, n, lr, momentum, gscale, clip, wdlr); break;
  }
}

// ---------------------------------------------------------------- Adam, AdamW
// m = m + (g - m) * (1 - beta1)
// v = v + (g² - v) * (1 - beta2)
// amsgrad: vhat = max(vhat, v), and vhat replaces v below
// w = w - (m * alpha) / (sqrt(v) + epsilon),  alpha = lr * sqrt(1 - beta2^t) / (1 - beta1^t)

@inline function adamStep(
  F: i32, w: usize, m: usize, v: usize, vh: usize, g: usize, rem: i32,
  alpha: v128, c1: v128, c2: v128, eps: v128, gs: v128, clip: v128, wdlr: v128,
): void {
  const gg = grad(g, rem, gs, clip);
  const ww = decayed(F, w, rem, wdlr);
  const mm0 = ld(m, rem);
  const mm = f32x4.add(mm0, f32x4.mul(f32x4.sub(gg, mm0), c1));
  st(m, mm, rem);
  const vv0 = ld(v, rem);
  let vv = f32x4.add(vv0, f32x4.mul(f32x4.sub(f32x4.mul(gg, gg), vv0), c2));
  st(v, vv, rem);
  if (F & AMSGRAD) {
    vv = f32x4.max(ld(vh, rem), vv);
    st(vh, vv, rem);
  }
  const step = f32x4.div(f32x4.mul(mm, alpha), f32x4.add(f32x4.sqrt(vv), eps));
  st(w, f32x4.sub(ww, step), rem);
}

@inline function adamLoop(
  F: i32, w: usize, m: usize, v: usize, vh: usize, g: usize, n: i32,
  alpha: f32, c1: f32, c2: f32, eps: f32, gs: f32, clip: f32, wdlr: f32,
): void {
  const va = f32x4.splat(alpha), v1 = f32x4.splat(c1), v2 = f32x4.splat(c2);
  const ve = f32x4.splat(eps), vgs = f32x4.splat(gs), vclip = f32x4.splat(clip);
  const vwd = f32x4.splat(wdlr);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    adamStep(F, w + k, m + k, v + k, vh + k, g + k, 4, va, v1, v2, ve, vgs, vclip, vwd);
  }
  if (i < n) {
    const k = <usize>i << 2;
    adamStep(F, w + k, m + k, v + k, vh + k, g + k, n - i, va, v1, v2, ve, vgs, vclip, vwd);
  }
}

/**
 * Adam and AdamW on `n` elements (see the contract above). c1 = 1 - beta1,
 * c2 = 1 - beta2. flags: WD | AMSGRAD.
 */
export function optim_adam_f32(
  w: usize, m: usize, v: usize, vh: usize, g: usize, n: i32,
  alpha: f32, c1: f32, c2: f32, eps: f32, gscale: f32, clip: f32, wdlr: f32, flags: i32,
): void {
  switch (flags) {
    case 0: adamLoop(0, w, m, v, vh, g, n, alpha, c1, c2, eps, gscale, clip, wdlr); break;
    case 1: adamLoop(1, w, m, v, vh, g, n, alpha, c1, c2, eps, gscale, clip, wdlr); break;
    case 2: adamLoop(2, w, m, v, vh, g, n, alpha, c1, c2, eps, gscale, clip, wdlr); break;
    case 3: adamLoop(3, w, m, v, vh, g, n, alpha, c1, c2, eps, gscale, clip, wdlr); break;
  }
}

// ---------------------------------------------------------------- Adagrad
// acc = acc + g²
// w = w - (lr * g) / sqrt(acc + epsilon)

@inline function adagradStep(
  F: i32, w: usize, acc: usize, g: usize, rem: i32,
  lr: v128, eps: v128, gs: v128, clip: v128, wdlr: v128,
): void {
  const gg = grad(g, rem, gs, clip);
  const ww = decayed(F, w, rem, wdlr);
  const a = f32x4.add(ld(acc, rem), f32x4.mul(gg, gg));
  st(acc, a, rem);
  st(w, f32x4.sub(ww, f32x4.div(f32x4.mul(lr, gg), f32x4.sqrt(f32x4.add(a, eps)))), rem);
}

@inline function adagradLoop(
  F: i32, w: usize, acc: usize, g: usize, n: i32,
  lr: f32, eps: f32, gs: f32, clip: f32, wdlr: f32,
): void {
  const vlr = f32x4.splat(lr), ve = f32x4.splat(eps), vgs = f32x4.splat(gs);
  const vclip = f32x4.splat(clip), vwd = f32x4.splat(wdlr);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    adagradStep(F, w + k, acc + k, g + k, 4, vlr, ve, vgs, vclip, vwd);
  }
  if (i < n) {
    const k = <usize>i << 2;
    adagradStep(F, w + k, acc + k, g + k, n - i, vlr, ve, vgs, vclip, vwd);
  }
}

/** Adagrad on `n` elements (see the contract above). flags: WD. */
export function optim_adagrad_f32(
  w: usize, acc: usize, g: usize, n: i32,
  lr: f32, eps: f32, gscale: f32, clip: f32, wdlr: f32, flags: i32,
): void {
  if (flags & WD) adagradLoop(1, w, acc, g, n, lr, eps, gscale, clip, wdlr);
  else adagradLoop(0, w, acc, g, n, lr, eps, gscale, clip, wdlr);
}

// ---------------------------------------------------------------- RMSprop
// vel = rho * vel + (1 - rho) * g²
// centered: avg = rho * avg + (1 - rho) * g;  den = vel - avg² + epsilon
// else:     den = vel + epsilon
// inc = (lr * g) / sqrt(den)
// momentum: mom = momentum * mom + inc;  w = w - mom
// else:     w = w - inc

@inline function rmspropStep(
  F: i32, w: usize, vel: usize, mom: usize, avg: usize, g: usize, rem: i32,
  lr: v128, rho: v128, c: v128, mu: v128, eps: v128, gs: v128, clip: v128, wdlr: v128,
): void {
  const gg = grad(g, rem, gs, clip);
  const ww = decayed(F, w, rem, wdlr);
  const vv = f32x4.add(f32x4.mul(rho, ld(vel, rem)), f32x4.mul(c, f32x4.mul(gg, gg)));
  st(vel, vv, rem);
  let den: v128;
  if (F & CENTERED) {
    const aa = f32x4.add(f32x4.mul(rho, ld(avg, rem)), f32x4.mul(c, gg));
    st(avg, aa, rem);
    den = f32x4.add(f32x4.sub(vv, f32x4.mul(aa, aa)), eps);
  } else {
    den = f32x4.add(vv, eps);
  }
  const inc = f32x4.div(f32x4.mul(lr, gg), f32x4.sqrt(den));
  if (F & MOMENTUM) {
    const mm = f32x4.add(f32x4.mul(mu, ld(mom, rem)), inc);
    st(mom, mm, rem);
    st(w, f32x4.sub(ww, mm), rem);
  } else {
    st(w, f32x4.sub(ww, inc), rem);
  }
}

@inline function rmspropLoop(
  F: i32, w: usize, vel: usize, mom: usize, avg: usize, g: usize, n: i32,
  lr: f32, rho: f32, c: f32, mu: f32, eps: f32, gs: f32, clip: f32, wdlr: f32,
): void {
  const vlr = f32x4.splat(lr), vrho = f32x4.splat(rho), vc = f32x4.splat(c);
  const vmu = f32x4.splat(mu), ve = f32x4.splat(eps), vgs = f32x4.splat(gs);
  const vclip = f32x4.splat(clip), vwd = f32x4.splat(wdlr);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    rmspropStep(F, w + k, vel + k, mom + k, avg + k, g + k, 4, vlr, vrho, vc, vmu, ve, vgs, vclip, vwd);
  }
  if (i < n) {
    const k = <usize>i << 2;
    rmspropStep(F, w + k, vel + k, mom + k, avg + k, g + k, n - i, vlr, vrho, vc, vmu, ve, vgs, vclip, vwd);
  }
}

/**
 * RMSprop on `n` elements (see the contract above). c = 1 - rho.
 * flags: WD | MOMENTUM | CENTERED.
 */
export function optim_rmsprop_f32(
  w: usize, vel: usize, mom: usize, avg: usize, g: usize, n: i32,
  lr: f32, rho: f32, c: f32, momentum: f32, eps: f32, gscale: f32, clip: f32, wdlr: f32,
  flags: i32,
): void {
  switch (flags) {
    case 0: rmspropLoop(0, w, vel, mom, avg, g, n, lr, rho, c, momentum, eps, gscale, clip, wdlr); break;
    case 1: rmspropLoop(1, w, vel, mom, avg, g, n, lr, rho, c, momentum, eps, gscale, clip, wdlr); break;
    case 2: rmspropLoop(2, w, vel, mom, avg, g, n, lr, rho, c, momentum, eps, gscale, clip, wdlr); break;
    case 3: rmspropLoop(3, w, vel, mom, avg, g, n, lr, rho, c, momentum, eps, gscale, clip, wdlr); break;
    case 4: rmspropLoop(4, w, vel, mom, avg, g, n, lr, rho, c, momentum, eps, gscale, clip, wdlr); break;
    case 5: rmspropLoop(5, w, vel, mom, avg, g, n, lr, rho, c, momentum, eps, gscale, clip, wdlr); break;
    case 6: rmspropLoop(6, w, vel, mom, avg, g, n, lr, rho, c, momentum, eps, gscale, clip, wdlr); break;
    case 7: rmspropLoop(7, w, vel, mom, avg, g, n, lr, rho, c, momentum, eps, gscale, clip, wdlr); break;
  }
}

// ---------------------------------------------------------------- Adadelta
// ag = rho * ag + (1 - rho) * g²
// delta = -(sqrt(adv + epsilon) * g) / sqrt(ag + epsilon)
// adv = rho * adv + (1 - rho) * delta²
// w = w + lr * delta

@inline function adadeltaStep(
  F: i32, w: usize, ag: usize, adv: usize, g: usize, rem: i32,
  lr: v128, rho: v128, c: v128, eps: v128, gs: v128, clip: v128, wdlr: v128,
): void {
  const gg = grad(g, rem, gs, clip);
  const ww = decayed(F, w, rem, wdlr);
  const a = f32x4.add(f32x4.mul(rho, ld(ag, rem)), f32x4.mul(c, f32x4.mul(gg, gg)));
  st(ag, a, rem);
  const d0 = ld(adv, rem);
  const delta = f32x4.neg(
    f32x4.div(f32x4.mul(f32x4.sqrt(f32x4.add(d0, eps)), gg), f32x4.sqrt(f32x4.add(a, eps))),
  );
  st(adv, f32x4.add(f32x4.mul(rho, d0), f32x4.mul(c, f32x4.mul(delta, delta))), rem);
  st(w, f32x4.add(ww, f32x4.mul(lr, delta)), rem);
}

@inline function adadeltaLoop(
  F: i32, w: usize, ag: usize, adv: usize, g: usize, n: i32,
  lr: f32, rho: f32, c: f32, eps: f32, gs: f32, clip: f32, wdlr: f32,
): void {
  const vlr = f32x4.splat(lr), vrho = f32x4.splat(rho), vc = f32x4.splat(c);
  const ve = f32x4.splat(eps), vgs = f32x4.splat(gs), vclip = f32x4.splat(clip);
  const vwd = f32x4.splat(wdlr);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    adadeltaStep(F, w + k, ag + k, adv + k, g + k, 4, vlr, vrho, vc, ve, vgs, vclip, vwd);
  }
  if (i < n) {
    const k = <usize>i << 2;
    adadeltaStep(F, w + k, ag + k, adv + k, g + k, n - i, vlr, vrho, vc, ve, vgs, vclip, vwd);
  }
}

/** Adadelta on `n` elements (see the contract above). c = 1 - rho. flags: WD. */
export function optim_adadelta_f32(
  w: usize, ag: usize, adv: usize, g: usize, n: i32,
  lr: f32, rho: f32, c: f32, eps: f32, gscale: f32, clip: f32, wdlr: f32, flags: i32,
): void {
  if (flags & WD) adadeltaLoop(1, w, ag, adv, g, n, lr, rho, c, eps, gscale, clip, wdlr);
  else adadeltaLoop(0, w, ag, adv, g, n, lr, rho, c, eps, gscale, clip, wdlr);
}

// ---------------------------------------------------------------- Adamax
// m = m + (g - m) * (1 - beta1)
// u = max(beta2 * u, |g|)
// w = w - (lr * m) / ((1 - beta1^t) * (u + epsilon))

@inline function adamaxStep(
  F: i32, w: usize, m: usize, u: usize, g: usize, rem: i32,
  lr: v128, c1: v128, b2: v128, bc: v128, eps: v128, gs: v128, clip: v128, wdlr: v128,
): void {
  const gg = grad(g, rem, gs, clip);
  const ww = decayed(F, w, rem, wdlr);
  const m0 = ld(m, rem);
  const mm = f32x4.add(m0, f32x4.mul(f32x4.sub(gg, m0), c1));
  st(m, mm, rem);
  const uu = f32x4.max(f32x4.mul(b2, ld(u, rem)), f32x4.abs(gg));
  st(u, uu, rem);
  st(w, f32x4.sub(ww, f32x4.div(f32x4.mul(lr, mm), f32x4.mul(bc, f32x4.add(uu, eps)))), rem);
}

@inline function adamaxLoop(
  F: i32, w: usize, m: usize, u: usize, g: usize, n: i32,
  lr: f32, c1: f32, b2: f32, bc: f32, eps: f32, gs: f32, clip: f32, wdlr: f32,
): void {
  const vlr = f32x4.splat(lr), v1 = f32x4.splat(c1), vb2 = f32x4.splat(b2);
  const vbc = f32x4.splat(bc), ve = f32x4.splat(eps), vgs = f32x4.splat(gs);
  const vclip = f32x4.splat(clip), vwd = f32x4.splat(wdlr);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    adamaxStep(F, w + k, m + k, u + k, g + k, 4, vlr, v1, vb2, vbc, ve, vgs, vclip, vwd);
  }
  if (i < n) {
    const k = <usize>i << 2;
    adamaxStep(F, w + k, m + k, u + k, g + k, n - i, vlr, v1, vb2, vbc, ve, vgs, vclip, vwd);
  }
}

/**
 * Adamax on `n` elements (see the contract above). c1 = 1 - beta1,
 * bc = 1 - beta1^t. flags: WD.
 */
export function optim_adamax_f32(
  w: usize, m: usize, u: usize, g: usize, n: i32,
  lr: f32, c1: f32, beta2: f32, bc: f32, eps: f32, gscale: f32, clip: f32, wdlr: f32,
  flags: i32,
): void {
  if (flags & WD) adamaxLoop(1, w, m, u, g, n, lr, c1, beta2, bc, eps, gscale, clip, wdlr);
  else adamaxLoop(0, w, m, u, g, n, lr, c1, beta2, bc, eps, gscale, clip, wdlr);
}

// ---------------------------------------------------------------- Nadam
// m = m + (g - m) * (1 - beta1)
// v = v + (g² - v) * (1 - beta2)
// mhat = m * km + g * kg      km = u_{t+1} / (1 - Π_{t+1}), kg = (1 - u_t) / (1 - Π_t)
// vhat = v / (1 - beta2^t)
// w = w - (mhat * lr) / (sqrt(vhat) + epsilon)
// (the step's scalars u_t, Π_t are Keras's momentum schedule, computed by the caller)

@inline function nadamStep(
  F: i32, w: usize, m: usize, v: usize, g: usize, rem: i32,
  lr: v128, c1: v128, c2: v128, km: v128, kg: v128, bc2: v128, eps: v128,
  gs: v128, clip: v128, wdlr: v128,
): void {
  const gg = grad(g, rem, gs, clip);
  const ww = decayed(F, w, rem, wdlr);
  const m0 = ld(m, rem);
  const mm = f32x4.add(m0, f32x4.mul(f32x4.sub(gg, m0), c1));
  st(m, mm, rem);
  const v0 = ld(v, rem);
  const vv = f32x4.add(v0, f32x4.mul(f32x4.sub(f32x4.mul(gg, gg), v0), c2));
  st(v, vv, rem);
  const mhat = f32x4.add(f32x4.mul(mm, km), f32x4.mul(gg, kg));
  const vhat = f32x4.div(vv, bc2);
  st(w, f32x4.sub(ww, f32x4.div(f32x4.mul(mhat, lr), f32x4.add(f32x4.sqrt(vhat), eps))), rem);
}

@inline function nadamLoop(
  F: i32, w: usize, m: usize, v: usize, g: usize, n: i32,
  lr: f32, c1: f32, c2: f32, km: f32, kg: f32, bc2: f32, eps: f32,
  gs: f32, clip: f32, wdlr: f32,
): void {
  const vlr = f32x4.splat(lr), v1 = f32x4.splat(c1), v2 = f32x4.splat(c2);
  const vkm = f32x4.splat(km), vkg = f32x4.splat(kg), vbc = f32x4.splat(bc2);
  const ve = f32x4.splat(eps), vgs = f32x4.splat(gs), vclip = f32x4.splat(clip);
  const vwd = f32x4.splat(wdlr);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    nadamStep(F, w + k, m + k, v + k, g + k, 4, vlr, v1, v2, vkm, vkg, vbc, ve, vgs, vclip, vwd);
  }
  if (i < n) {
    const k = <usize>i << 2;
    nadamStep(F, w + k, m + k, v + k, g + k, n - i, vlr, v1, v2, vkm, vkg, vbc, ve, vgs, vclip, vwd);
  }
}

/**
 * Nadam on `n` elements (see the contract above). c1 = 1 - beta1,
 * c2 = 1 - beta2, bc2 = 1 - beta2^t. flags: WD.
 */
export function optim_nadam_f32(
  w: usize, m: usize, v: usize, g: usize, n: i32,
  lr: f32, c1: f32, c2: f32, km: f32, kg: f32, bc2: f32, eps: f32,
  gscale: f32, clip: f32, wdlr: f32, flags: i32,
): void {
  if (flags & WD) nadamLoop(1, w, m, v, g, n, lr, c1, c2, km, kg, bc2, eps, gscale, clip, wdlr);
  else nadamLoop(0, w, m, v, g, n, lr, c1, c2, km, kg, bc2, eps, gscale, clip, wdlr);
}

// ---------------------------------------------------------------- Lion
// w = w - lr * sign(m * beta1 + g * (1 - beta1))
// m = m * beta2 + g * (1 - beta2)

// sign(x): 1, -1, or x itself for ±0 and NaN.
@inline function sign_v(x: v128): v128 {
  const zero = f32x4.splat(0), one = f32x4.splat(1);
  const s = f32x4.sub(v128.and(f32x4.gt(x, zero), one), v128.and(f32x4.lt(x, zero), one));
  return v128.bitselect(s, x, v128.or(f32x4.gt(x, zero), f32x4.lt(x, zero)));
}

@inline function lionStep(
  F: i32, w: usize, m: usize, g: usize, rem: i32,
  lr: v128, b1: v128, c1: v128, b2: v128, c2: v128, gs: v128, clip: v128, wdlr: v128,
): void {
  const gg = grad(g, rem, gs, clip);
  const ww = decayed(F, w, rem, wdlr);
  const m0 = ld(m, rem);
  const dir = sign_v(f32x4.add(f32x4.mul(m0, b1), f32x4.mul(gg, c1)));
  st(w, f32x4.sub(ww, f32x4.mul(lr, dir)), rem);
  st(m, f32x4.add(f32x4.mul(m0, b2), f32x4.mul(gg, c2)), rem);
}

@inline function lionLoop(
  F: i32, w: usize, m: usize, g: usize, n: i32,
  lr: f32, b1: f32, c1: f32, b2: f32, c2: f32, gs: f32, clip: f32, wdlr: f32,
): void {
  const vlr = f32x4.splat(lr), vb1 = f32x4.splat(b1), vc1 = f32x4.splat(c1);
  const vb2 = f32x4.splat(b2), vc2 = f32x4.splat(c2), vgs = f32x4.splat(gs);
  const vclip = f32x4.splat(clip), vwd = f32x4.splat(wdlr);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const k = <usize>i << 2;
    lionStep(F, w + k, m + k, g + k, 4, vlr, vb1, vc1, vb2, vc2, vgs, vclip, vwd);
  }
  if (i < n) {
    const k = <usize>i << 2;
    lionStep(F, w + k, m + k, g + k, n - i, vlr, vb1, vc1, vb2, vc2, vgs, vclip, vwd);
  }
}

/** Lion on `n` elements (see the contract above). c1 = 1 - beta1, c2 = 1 - beta2. flags: WD. */
export function optim_lion_f32(
  w: usize, m: usize, g: usize, n: i32,
  lr: f32, beta1: f32, c1: f32, beta2: f32, c2: f32, gscale: f32, clip: f32, wdlr: f32,
  flags: i32,
): void {
  if (flags & WD) lionLoop(1, w, m, g, n, lr, beta1, c1, beta2, c2, gscale, clip, wdlr);
  else lionLoop(0, w, m, g, n, lr, beta1, c1, beta2, c2, gscale, clip, wdlr);
}

// ---------------------------------------------------------------- norms

/**
 * Σ x² over `n` float32 elements at `x`, accumulated in float64 (for
 * clipnorm and globalClipnorm). NaN or ±inf in x gives NaN or +inf.
 */
export function optim_sumsq_f32(x: usize, n: i32): f64 {
  let a0 = f64x2.splat(0), a1 = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const v = v128.load(x + (<usize>i << 2));
    const lo = f64x2.promote_low_f32x4(v);
    const hi = f64x2.promote_low_f32x4(i32x4.shuffle(v, v, 2, 3, 0, 1));
    a0 = f64x2.add(a0, f64x2.mul(lo, lo));
    a1 = f64x2.add(a1, f64x2.mul(hi, hi));
  }
  const s = f64x2.add(a0, a1);
  let r = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < n; i++) {
    const e = <f64>load<f32>(x + (<usize>i << 2));
    r += e * e;
  }
  return r;
}
