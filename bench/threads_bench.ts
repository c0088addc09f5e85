// Where splitting across Worker threads pays: each kernel family at sizes
// around its threshold, on 1 and 2 threads, in the same run. The thresholds in
// tape/ops/linalg.ts (SPLIT_MACS), conv.ts (CONV_SPLIT_MACS), _elementwise.ts
// (ELEMENTWISE_SPLIT, TRANSCENDENTAL_SPLIT) and reduce.ts (REDUCE_SPLIT) were
// chosen from this table.
//
//   deno run -A bench/threads_bench.ts [filter]   table: min time per call on 1 and 2
//                                                 threads (interleaved rounds), speedup
//   deno bench -A bench/threads_bench.ts          the same cases as deno bench groups
//
// The machine is shared (2 vCPUs, other agents' jobs): the minimum over many
// short calls is the time when both cores were free, which is what a split
// can use; averages mostly measure the other jobs.
import * as tf from "../mod.ts";
import { warmThreads } from "../asm/threads.ts";

interface Case {
  group: string;
  name: string;
  fn: () => void;
}

function data(n: number, seed: number): Float32Array {
  const a = new Float32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    a[i] = s / 2 ** 32 - 0.5;
  }
  return a;
}

function cases(): Case[] {
  const out: Case[] = [];
  const push = (group: string, name: string, f: () => tf.Tensor) =>
    out.push({ group, name, fn: () => f().dispose() });
  for (const n of [32, 48, 64, 96, 128, 256, 512]) {
    const a = tf.constant(data(n * n, 1), { shape: [n, n] });
    const b = tf.constant(data(n * n, 2), { shape: [n, n] });
    push("matmul", `${n}³`, () => tf.matmul(a, b));
  }
  for (const [bs, hw, c] of [[1, 8, 16], [1, 16, 16], [2, 16, 32], [4, 32, 32]]) {
    const x = tf.constant(data(bs * hw * hw * c, 3), { shape: [bs, hw, hw, c] });
    const f = tf.constant(data(9 * c * c, 4), { shape: [3, 3, c, c] });
    const macs = bs * hw * hw * c * c * 9;
    push(
      "conv2d",
      `${bs}×${hw}×${hw}×${c}→${c} (${(macs / 1e3).toFixed(0)}K MACs)`,
      () => tf.conv2d(x, f, 1, "SAME"),
    );
  }
  for (const n of [1 << 14, 1 << 15, 1 << 16, 1 << 17, 1 << 18, 1 << 20, 1 << 22]) {
    const a = tf.constant(data(n, 5)), b = tf.constant(data(n, 6));
    push("add", `${n >> 10}K`, () => tf.add(a, b));
    if (n <= 1 << 18) push("exp", `${n >> 10}K`, () => tf.exp(a));
    push("reduceSum", `${n >> 10}K`, () => tf.reduceSum(a));
  }
  for (const n of [1 << 12, 1 << 13, 1 << 14]) {
    const a = tf.constant(data(n, 7));
    push("exp", `${n >> 10}K`, () => tf.exp(a));
  }
  return out;
}

async function setThreads(n: number) {
  tf.setThreads(n);
  if (n > 1) await warmThreads();
}

if (import.meta.main) {
  const filter = Deno.args[0] ?? "";
  const list = cases().filter((c) => `${c.group} ${c.name}`.includes(filter));
  console.log(`load average ${Deno.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  console.log("| kernel | size | 1 thread min (µs) | 2 threads min (µs) | speedup |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const c of list) {
    // calls per round: about 2 ms of work
    const t0 = performance.now();
    c.fn();
    const once = Math.max(performance.now() - t0, 0.001);
    const reps = Math.max(1, Math.min(2000, Math.round(2 / once)));
    const best = [Infinity, Infinity];
    for (let round = 0; round < 30; round++) {
      for (const th of [1, 2]) {
        await setThreads(th);
        for (let i = 0; i < reps; i++) {
          const s = performance.now();
          c.fn();
          best[th - 1] = Math.min(best[th - 1], performance.now() - s);
        }
      }
    }
    const [t1, t2] = best.map((x) => x * 1e3);
    console.log(
      `| ${c.group} | ${c.name} | ${t1.toFixed(1)} | ${t2.toFixed(1)} | ${(t1 / t2).toFixed(2)}× |`,
    );
  }
  tf.setThreads(2);
} else {
  await warmThreads();
  for (const c of cases()) {
    const group = `${c.group} ${c.name}`;
    Deno.bench({
      name: `${group}, 1 thread`,
      group,
      baseline: true,
      fn: () => {
        tf.setThreads(1);
        c.fn();
      },
    });
    Deno.bench({
      name: `${group}, 2 threads`,
      group,
      fn: () => {
        tf.setThreads(2);
        c.fn();
      },
    });
  }
}
