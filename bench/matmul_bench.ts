// matmul, float32, n×n by n×n, one thread: tapeflow beside TensorFlow.js's
// wasm backend (SIMD, one thread) in the same run. Both sides include the
// whole call (dispatch, kernel) and reading the result back with dataSync(),
// and dispose their output.
//
//   deno bench -A bench/matmul_bench.ts      time per call, tfjs as baseline
//   deno run -A bench/matmul_bench.ts        GFLOP/s table and ratios (interleaved
//                                            rounds, best round, wall and CPU time)
//
// Other agents share this machine's 2 cores: compare ratios, not absolutes.

import process from "node:process";
import * as tf from "../mod.ts";
import { tfjs } from "./_tfjs.ts";

const SIZES = [128, 256, 512, 1024];
// Also the transposed forms a gradient uses (aᵀb, abᵀ), at 512 and 1024.
const TRANSPOSED = [512, 1024];

function data(n: number, seed: number): Float32Array {
  const a = new Float32Array(n * n);
  let s = seed;
  for (let i = 0; i < a.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    a[i] = s / 2 ** 32 - 0.5;
  }
  return a;
}

interface Case {
  name: string;
  n: number;
  ours: () => void;
  theirs: () => void;
}

function cases(): Case[] {
  const out: Case[] = [];
  const forms: [number, boolean, boolean][] = [
    ...SIZES.map((n) => [n, false, false] as [number, boolean, boolean]),
    ...TRANSPOSED.flatMap((n) =>
      [[n, true, false], [n, false, true]] as [number, boolean, boolean][]
    ),
  ];
  for (const [n, tA, tB] of forms) {
    const a = data(n, 1), b = data(n, 2);
    const ta = tf.constant(a, { shape: [n, n] }), tb = tf.constant(b, { shape: [n, n] });
    const ja = tfjs.tensor2d(a, [n, n]), jb = tfjs.tensor2d(b, [n, n]);
    const form = tA ? "aᵀ·b" : tB ? "a·bᵀ" : "a·b";
    out.push({
      name: `${form} ${n}`,
      n,
      ours: () => {
        const c = tf.matmul(ta, tb, tA, tB);
        c.dataSync();
        c.dispose();
      },
      theirs: () => {
        const c = tfjs.matMul(ja, jb, tA, tB);
        c.dataSync();
        c.dispose();
      },
    });
  }
  return out;
}

if (import.meta.main) {
  // GFLOP/s table. The two sides alternate in rounds so that load from other
  // processes hits both alike. Each side's best round is reported twice: by
  // wall-clock time, and by the process's CPU time, which leaves out the time
  // the scheduler gave to other processes (this machine's 2 cores are
  // shared; the CPU-time figure is the steadier one under load).
  console.log(
    `| matmul f32 | tapeflow wall | tfjs-wasm wall | ratio | tapeflow CPU | tfjs-wasm CPU | ratio |`,
  );
  console.log(`| --- | --- | --- | --- | --- | --- | --- |`);
  const gf = (x: number) => x.toFixed(1);
  for (const c of cases()) {
    const flop = 2 * c.n ** 3;
    const reps = Math.max(2, Math.round(2e8 / flop));
    for (let i = 0; i < 3; i++) c.ours(), c.theirs(); // warm up (tier-up, heap)
    const best = { ours: [0, 0], theirs: [0, 0] };
    for (let round = 0; round < 8; round++) {
      for (const side of ["ours", "theirs"] as const) {
        const f = c[side];
        const c0 = process.cpuUsage(), t0 = performance.now();
        for (let r = 0; r < reps; r++) f();
        const wall = performance.now() - t0, u = process.cpuUsage(c0);
        const cpu = (u.user + u.system) / 1e3;
        best[side][0] = Math.max(best[side][0], (flop * reps) / wall / 1e6);
        best[side][1] = Math.max(best[side][1], (flop * reps) / cpu / 1e6);
      }
    }
    const [ow, oc] = best.ours, [tw, tc] = best.theirs;
    console.log(
      `| ${c.name} | ${gf(ow)} | ${gf(tw)} | ${(ow / tw).toFixed(2)}× | ${gf(oc)} | ${gf(tc)} | ` +
        `${(oc / tc).toFixed(2)}× |`,
    );
  }
} else {
  for (const c of cases()) {
    const group = `matmul ${c.name}`;
    // Bounded iteration counts: tfjs's transposed 1024 forms take seconds a call.
    const n = c.n >= 512 ? 10 : undefined, warmup = c.n >= 512 ? 2 : undefined;
    Deno.bench({ name: `tfjs-wasm ${c.name}`, group, baseline: true, n, warmup }, c.theirs);
    Deno.bench({ name: `tapeflow ${c.name}`, group, n, warmup }, c.ours);
  }
}
