// Where splitting across Worker threads pays: each kernel family at sizes
// around its threshold, on 1 and 2 threads, in the same run. The thresholds in
// tape/ops/linalg.ts (SPLIT_MACS), conv.ts (CONV_SPLIT_MACS), _elementwise.ts
// (ELEMENTWISE_SPLIT, TRANSCENDENTAL_SPLIT) and reduce.ts (REDUCE_SPLIT) were
// chosen from this table.
//
//   deno run -A bench/threads_bench.ts [filter]   table: time per call on 1 thread and
//                                                 on 2 (wall, and critical path: the
//                                                 most CPU time one thread spent), speedup
//   deno bench -A bench/threads_bench.ts          the same cases as deno bench groups
//
// The machine is shared (2 vCPUs, other agents' jobs), so two threads rarely
// run at once: the table's critical path (per-thread CPU time, from Linux's
// schedstat) is the measure of a split, the wall time its share of the load.
import process from "node:process";
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

/** CPU time (ns) of each thread of this process (Linux per-thread schedstat). */
function threadTimes(): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of Deno.readDirSync("/proc/self/task")) {
    try {
      const t = Deno.readTextFileSync(`/proc/self/task/${e.name}/schedstat`);
      out.set(e.name, Number(t.slice(0, t.indexOf(" "))));
    } catch { /* ended */ }
  }
  return out;
}

if (import.meta.main) {
  // Per case and thread count, batches of calls (~200 ms each: schedstat counts in scheduler ticks): the best batch
  // by wall time, and by critical path: the most CPU time any one thread
  // spent in the batch, i.e. the time with a core per thread. Other jobs on
  // this machine leave the wall time of 2-thread calls mostly waiting for a
  // second core; the critical path (which includes the spinning and waiting
  // of the hand-over) is what splitting costs and gains.
  const filter = Deno.args[0] ?? "";
  const list = cases().filter((c) => `${c.group} ${c.name}`.includes(filter));
  console.log(`load average ${Deno.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  console.log(
    "| kernel | size | 1T (µs) | 2T wall (µs) | 2T critical path (µs) | speedup (critical path) |",
  );
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const c of list) {
    await setThreads(1);
    const t0 = performance.now();
    for (let i = 0; i < 3; i++) c.fn();
    const once = Math.max((performance.now() - t0) / 3, 0.001);
    const reps = Math.max(1, Math.min(50000, Math.round(200 / once)));
    const wall = [Infinity, Infinity], crit = [Infinity, Infinity];
    for (let round = 0; round < 4; round++) {
      for (const th of [1, 2]) {
        await setThreads(th);
        const a = threadTimes();
        const c0 = process.cpuUsage();
        const s = performance.now();
        for (let i = 0; i < reps; i++) c.fn();
        const w = (performance.now() - s) / reps;
        const u = process.cpuUsage(c0);
        const b = threadTimes();
        // The main thread's own schedstat lags while it runs: take it as the
        // process's CPU time (exact) less the other threads'.
        let others = 0, cp = 0;
        for (const [tid, v] of b) {
          if (tid === String(Deno.pid)) continue;
          const d = (v - (a.get(tid) ?? 0)) / 1e6;
          others += d;
          cp = Math.max(cp, d / reps);
        }
        cp = Math.max(cp, ((u.user + u.system) / 1e3 - others) / reps);
        wall[th - 1] = Math.min(wall[th - 1], w);
        crit[th - 1] = Math.min(crit[th - 1], cp);
      }
    }
    const us = (x: number) => (x * 1e3).toFixed(1);
    console.log(
      `| ${c.group} | ${c.name} | ${us(crit[0])} | ${us(wall[1])} | ${us(crit[1])} | ` +
        `${(crit[0] / crit[1]).toFixed(2)}× |`,
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
