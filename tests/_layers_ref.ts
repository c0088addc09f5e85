// Float64 references of the layers, written from the formulas (plain loops
// over row-major arrays), and a weight-gradient check for layers.

import * as tf from "../mod.ts";
import { rng } from "./_util.ts";

/** A row-major float64 array with its shape. */
export interface Arr {
  data: Float64Array;
  shape: number[];
}

export function arr(t: tf.Tensor): Arr {
  return { data: Float64Array.from(t.dataSync()), shape: t.shape.slice() };
}

export function size(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Random float32-representable values in [lo, hi). */
export function rand(seed: number, shape: number[], lo = -1, hi = 1): tf.Tensor {
  const r = rng(seed);
  const d = new Float32Array(size(shape));
  for (let i = 0; i < d.length; i++) d[i] = lo + (hi - lo) * r();
  return tf.constant(d, { shape: shape });
}

/** [M, K] x [K, N]. */
export function matmulRef(
  a: Float64Array,
  b: Float64Array,
  M: number,
  K: number,
  N: number,
): Float64Array {
  const out = new Float64Array(M * N);
  for (let i = 0; i < M; i++) {
    for (let k = 0; k < K; k++) {
      const av = a[i * K + k];
      for (let j = 0; j < N; j++) out[i * N + j] += av * b[k * N + j];
    }
  }
  return out;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** NHWC conv with HWIO filters, "valid"/"same", strides, dilations, groups. */
export function conv2dRef(
  x: Arr,
  f: Arr,
  strides: [number, number],
  padding: "valid" | "same",
  dil: [number, number] = [1, 1],
  groups = 1,
): Arr {
  const [B, H, W, C] = x.shape;
  const [KH, KW, CG, O] = f.shape;
  const ekh = (KH - 1) * dil[0] + 1, ekw = (KW - 1) * dil[1] + 1;
  let OH: number, OW: number, pt: number, pl: number;
  if (padding === "valid") {
    OH = Math.floor((H - ekh) / strides[0]) + 1;
    OW = Math.floor((W - ekw) / strides[1]) + 1;
    pt = pl = 0;
  } else {
    OH = Math.ceil(H / strides[0]);
    OW = Math.ceil(W / strides[1]);
    pt = Math.floor(Math.max(0, (OH - 1) * strides[0] + ekh - H) / 2);
    pl = Math.floor(Math.max(0, (OW - 1) * strides[1] + ekw - W) / 2);
  }
  const og = O / groups;
  const out = new Float64Array(B * OH * OW * O);
  for (let b = 0; b < B; b++) {
    for (let i = 0; i < OH; i++) {
      for (let j = 0; j < OW; j++) {
        for (let o = 0; o < O; o++) {
          const g = Math.floor(o / og);
          let s = 0;
          for (let di = 0; di < KH; di++) {
            const y = i * strides[0] + di * dil[0] - pt;
            if (y < 0 || y >= H) continue;
            for (let dj = 0; dj < KW; dj++) {
              const xx = j * strides[1] + dj * dil[1] - pl;
              if (xx < 0 || xx >= W) continue;
              for (let c = 0; c < CG; c++) {
                s += x.data[((b * H + y) * W + xx) * C + g * CG + c] *
                  f.data[((di * KW + dj) * CG + c) * O + o];
              }
            }
          }
          out[((b * OH + i) * OW + j) * O + o] = s;
        }
      }
    }
  }
  return { data: out, shape: [B, OH, OW, O] };
}

/** NHWC max/average pooling; average counts only elements inside the image. */
export function poolRef(
  x: Arr,
  k: [number, number],
  s: [number, number],
  padding: "valid" | "same",
  kind: "max" | "avg",
): Arr {
  const [B, H, W, C] = x.shape;
  let OH: number, OW: number, pt = 0, pl = 0;
  if (padding === "valid") {
    OH = Math.floor((H - k[0]) / s[0]) + 1;
    OW = Math.floor((W - k[1]) / s[1]) + 1;
  } else {
    OH = Math.ceil(H / s[0]);
    OW = Math.ceil(W / s[1]);
    pt = Math.floor(Math.max(0, (OH - 1) * s[0] + k[0] - H) / 2);
    pl = Math.floor(Math.max(0, (OW - 1) * s[1] + k[1] - W) / 2);
  }
  const out = new Float64Array(B * OH * OW * C);
  for (let b = 0; b < B; b++) {
    for (let i = 0; i < OH; i++) {
      for (let j = 0; j < OW; j++) {
        for (let c = 0; c < C; c++) {
          let m = -Infinity, sum = 0, n = 0;
          for (let di = 0; di < k[0]; di++) {
            const y = i * s[0] + di - pt;
            if (y < 0 || y >= H) continue;
            for (let dj = 0; dj < k[1]; dj++) {
              const xx = j * s[1] + dj - pl;
              if (xx < 0 || xx >= W) continue;
              const v = x.data[((b * H + y) * W + xx) * C + c];
              m = Math.max(m, v);
              sum += v;
              n++;
            }
          }
          out[((b * OH + i) * OW + j) * C + c] = kind === "max" ? m : sum / n;
        }
      }
    }
  }
  return { data: out, shape: [B, OH, OW, C] };
}

/** Reference LSTM over x [B, T, D]; returns the per-step h and the final h, c. */
export function lstmRef(
  x: Arr,
  kernel: Float64Array,
  rec: Float64Array,
  bias: Float64Array | null,
  U: number,
  opts: { goBackwards?: boolean; h0?: Float64Array; c0?: Float64Array } = {},
): { hs: Float64Array[]; h: Float64Array; c: Float64Array } {
  const [B, T, D] = x.shape;
  let h = opts.h0 ? opts.h0.slice() : new Float64Array(B * U);
  let c = opts.c0 ? opts.c0.slice() : new Float64Array(B * U);
  const hs: Float64Array[] = [];
  for (let s = 0; s < T; s++) {
    const t = opts.goBackwards ? T - 1 - s : s;
    const h2 = new Float64Array(B * U), c2 = new Float64Array(B * U);
    for (let b = 0; b < B; b++) {
      const z = new Float64Array(4 * U);
      for (let j = 0; j < 4 * U; j++) {
        let v = bias ? bias[j] : 0;
        for (let d = 0; d < D; d++) v += x.data[(b * T + t) * D + d] * kernel[d * 4 * U + j];
        for (let k = 0; k < U; k++) v += h[b * U + k] * rec[k * 4 * U + j];
        z[j] = v;
      }
      for (let u = 0; u < U; u++) {
        const i = sigmoid(z[u]), f = sigmoid(z[U + u]), g = Math.tanh(z[2 * U + u]);
        const o = sigmoid(z[3 * U + u]);
        c2[b * U + u] = f * c[b * U + u] + i * g;
        h2[b * U + u] = o * Math.tanh(c2[b * U + u]);
      }
    }
    h = h2;
    c = c2;
    hs.push(h);
  }
  return { hs, h, c };
}

/** Reference GRU (Keras 3 gates z, r, h; resetAfter or not). */
export function gruRef(
  x: Arr,
  kernel: Float64Array,
  rec: Float64Array,
  bias: Float64Array | null,
  U: number,
  resetAfter: boolean,
): { hs: Float64Array[]; h: Float64Array } {
  const [B, T, D] = x.shape;
  let h = new Float64Array(B * U);
  const hs: Float64Array[] = [];
  for (let t = 0; t < T; t++) {
    const h2 = new Float64Array(B * U);
    for (let b = 0; b < B; b++) {
      const xw = new Float64Array(3 * U), hw = new Float64Array(3 * U);
      for (let j = 0; j < 3 * U; j++) {
        let v = bias ? bias[j] : 0;
        for (let d = 0; d < D; d++) v += x.data[(b * T + t) * D + d] * kernel[d * 3 * U + j];
        xw[j] = v;
        let w = bias && resetAfter ? bias[3 * U + j] : 0;
        for (let k = 0; k < U; k++) w += h[b * U + k] * rec[k * 3 * U + j];
        hw[j] = w;
      }
      for (let u = 0; u < U; u++) {
        const z = sigmoid(xw[u] + hw[u]);
        const r = sigmoid(xw[U + u] + hw[U + u]);
        let hh: number;
        if (resetAfter) hh = Math.tanh(xw[2 * U + u] + r * hw[2 * U + u]);
        else {
          let v = 0;
          for (let k = 0; k < U; k++) {
            const rk = sigmoid(xw[U + k] + hw[U + k]);
            v += rk * h[b * U + k] * rec[k * 3 * U + 2 * U + u];
          }
          hh = Math.tanh(xw[2 * U + u] + v);
        }
        h2[b * U + u] = z * h[b * U + u] + (1 - z) * hh;
      }
    }
    h = h2;
    hs.push(h);
  }
  return { hs, h };
}

/**
 * Checks a layer's weight gradients: for a random cotangent v and each
 * trainable weight w with a random direction u, the tape's <g_w, u> must
 * match (L(w + εu) - L(w - εu)) / 2ε with L = <v, layer(x)>.
 */
export function checkWeightGradients(
  f: () => tf.Tensor,
  weights: readonly tf.Variable[],
  seed: number,
  { eps = 1e-2, tol = 2e-2 } = {},
): void {
  const r = rng(seed);
  const y0 = f();
  const v = tf.constant(Float32Array.from({ length: y0.size }, () => r() * 2 - 1), {
    shape: y0.shape,
  });
  const loss = () => tf.reduceSum(tf.multiply(f(), v));
  const tape = new tf.GradientTape();
  const l = tape.record(loss);
  const grads = tape.gradient(l, weights as tf.Variable[]);
  weights.forEach((w, i) => {
    const g = grads[i];
    if (g === null) throw new Error(`no gradient for ${w.name}`);
    const w0 = Float32Array.from(w.dataSync());
    const u = Float32Array.from({ length: w.size }, () => r() * 2 - 1);
    const gd = g.dataSync();
    let tapeSide = 0;
    for (let j = 0; j < u.length; j++) tapeSide += gd[j] * u[j];
    const shifted = (sign: number) => {
      w.assign(tf.constant(w0.map((x, j) => x + sign * eps * u[j]), { shape: w.shape }));
      return loss().dataSync()[0];
    };
    const numeric = (shifted(1) - shifted(-1)) / (2 * eps);
    w.assign(tf.constant(w0, { shape: w.shape }));
    const err = Math.abs(tapeSide - numeric) / Math.max(1, Math.abs(tapeSide), Math.abs(numeric));
    if (!(err <= tol)) {
      throw new Error(
        `gradient of ${w.name}: tape ${tapeSide}, finite differences ${numeric} (error ${err})`,
      );
    }
  });
}
