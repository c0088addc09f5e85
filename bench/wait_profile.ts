// Where the wall time of a 2-thread call goes on a shared machine: for each
// call, every thread's CPU time and its time waiting for a core (Linux's
// per-thread schedstat: run time, runqueue wait), beside the wall time.
// Used in bench/RESULTS.md to explain 2-thread wall times that miss their
// targets while the critical path meets them.
//
//   deno run -A bench/wait_profile.ts [calls]
import process from "node:process";
import * as tf from "../mod.ts";
import { warmThreads } from "../asm/threads.ts";
import { data } from "./_workloads.ts";

function sched(): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const e of Deno.readDirSync("/proc/self/task")) {
    try {
      const [run, wait] = Deno.readTextFileSync(`/proc/self/task/${e.name}/schedstat`).split(" ")
        .map(Number);
      out.set(e.name, [run, wait]);
    } catch { /* ended */ }
  }
  return out;
}

const calls = Number(Deno.args[0] ?? 5);
const a = tf.constant(data(1024 * 1024, 1), { shape: [1024, 1024] });
const x = tf.constant(data(32 * 32 * 32 * 64, 3), { shape: [32, 32, 32, 64] });
const f = tf.constant(data(9 * 64 * 64, 4), { shape: [3, 3, 64, 64] });
const work: [string, () => void][] = [
  ["matmul 1024", () => tf.matmul(a, a).dispose()],
  ["conv2d 32×32×32×64 → 64", () => tf.conv2d(x, f, 1, "SAME").dispose()],
];
console.log(`load average ${Deno.loadavg().map((v) => v.toFixed(1)).join(" ")}`);
console.log(
  "| call | threads | wall (ms) | main: CPU / waiting for a core (ms) | worker: CPU / waiting (ms) |",
);
console.log("| --- | --- | --- | --- | --- |");
for (const [name, fn] of work) {
  for (const th of [1, 2]) {
    tf.setThreads(th);
    if (th > 1) await warmThreads();
    fn();
    for (let i = 0; i < calls; i++) {
      const s0 = sched(), c0 = process.cpuUsage(), t0 = performance.now();
      fn();
      const wall = performance.now() - t0, u = process.cpuUsage(c0), s1 = sched();
      const main = String(Deno.pid);
      let wCpu = 0, wWait = 0, others = 0;
      for (const [tid, [r1, q1]] of s1) {
        if (tid === main) continue;
        const [r0, q0] = s0.get(tid) ?? [0, 0];
        others += (r1 - r0) / 1e6;
        if ((r1 - r0) / 1e6 > wCpu) {
          wCpu = (r1 - r0) / 1e6;
          wWait = (q1 - q0) / 1e6;
        }
      }
      const mainCpu = (u.user + u.system) / 1e3 - others;
      const [, mq1] = s1.get(main)!, [, mq0] = s0.get(main)!;
      console.log(
        `| ${name} | ${th} | ${wall.toFixed(1)} | ${mainCpu.toFixed(1)} / ${
          ((mq1 - mq0) / 1e6).toFixed(1)
        } | ${th > 1 ? `${wCpu.toFixed(1)} / ${wWait.toFixed(1)}` : "–"} |`,
      );
    }
  }
}
