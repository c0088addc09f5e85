// oneHot, topk.
import * as tf from "../mod.ts";
import { assertThrows, freshSeed, numel, rng, testEachBackend } from "./_util.ts";
import { assertValues, checkLinearGrad, forEachIndex, recordOps, tensorOf } from "./_shape_ref.ts";
import { deepStrictEqual as assertEquals } from "node:assert/strict";

const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

testEachBackend("oneHot matches the reference at every axis and dtype", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const shape of [[], [5], [3, 4], [2, 3, 5], [300], [0, 2]]) {
    for (const depth of [0, 1, 4, 9]) {
      const ind = Array.from({ length: numel(shape) }, () => int(r, -2, depth + 1));
      const t = tensorOf(ind, shape, "int32");
      for (let axis = -1; axis <= shape.length; axis++) {
        const a = axis < 0 ? shape.length : axis;
        const out = [...shape.slice(0, a), depth, ...shape.slice(a)];
        for (
          const [on, off, dtype, want] of [
            [1, 0, undefined, "float32"],
            [2.5, -1, "float32", "float32"],
            [7, 3, "int32", "int32"],
            [true, false, undefined, "bool"],
          ] as const
        ) {
          const y = tf.oneHot(t, depth, on, off, axis, dtype);
          const label = `seed=${seed} ${shape} depth ${depth} axis ${axis} ${want}`;
          assertEquals(y.shape, out, label);
          assertEquals(y.dtype, want, label);
          const ref: number[] = [];
          forEachIndex(out, (o) => {
            const j = ind[offsetOf(shape, [...o.slice(0, a), ...o.slice(a + 1)])];
            ref.push(j === o[a] ? Number(on) : Number(off));
          });
          assertValues(y, ref, label);
        }
      }
    }
  }
  assertEquals(tf.oneHot([0, 2, 5], 3).arraySync(), [[1, 0, 0], [0, 0, 1], [0, 0, 0]]);
  assertEquals(tf.constant([1], { dtype: "int32" }).oneHot(2).arraySync(), [[0, 1]]);
});

function offsetOf(shape: readonly number[], idx: readonly number[]): number {
  let o = 0;
  for (let d = 0; d < shape.length; d++) o = o * shape[d] + idx[d];
  return o;
}

testEachBackend("oneHot rejects bad input", () => {
  assertThrows(() => tf.oneHot([0.5], 3), TypeError, "oneHot", "0.5");
  assertThrows(() => tf.oneHot(tf.constant([1]), 3), TypeError, "oneHot", "int32", "float32");
  assertThrows(() => tf.oneHot([1], -1), RangeError, "oneHot", "depth");
  assertThrows(() => tf.oneHot([1], 3, 1, 0, 2), RangeError, "oneHot", "axis 2", "(1,)");
  assertThrows(() => tf.oneHot([1], 3, 1.5, 0, -1, "int32"), TypeError, "oneHot", "1.5", "int32");
  assertThrows(() => tf.oneHot([1], 3, 2, 0, -1, "bool"), TypeError, "oneHot", "bool");
  assertEquals(tf.oneHot([1], 2).shape, [1, 2]);
});

/** Reference topk: a stable sort by value, descending, NaN first. */
function refTopk(row: number[], k: number): { v: number[]; i: number[] } {
  const order = row.map((_, i) => i).sort((a, b) => {
    const x = row[a], y = row[b];
    const nx = Number.isNaN(x), ny = Number.isNaN(y);
    if (nx || ny) return nx && ny ? a - b : nx ? -1 : 1;
    return x !== y ? y - x : a - b;
  });
  const i = order.slice(0, k);
  return { v: i.map((j) => row[j]), i };
}

testEachBackend("topk matches a stable descending sort, ties by lower index", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const dtype of ["float32", "int32"] as const) {
    for (const shape of [[1], [7], [5, 9], [2, 3, 40], [3, 300], [4, 0], [600]]) {
      const n = shape[shape.length - 1];
      const rows = numel(shape.slice(0, -1));
      // few distinct values: many ties
      // NaN and infinities in some float rows
      const special = dtype === "float32" && r() < 0.5;
      const data = Array.from({ length: numel(shape) }, () => {
        if (dtype === "int32") return int(r, -5, 5);
        if (special && r() < 0.08) return [NaN, Infinity, -Infinity][int(r, 0, 2)];
        return Math.fround(int(r, -6, 6) / 4);
      });
      const t = tensorOf(data, shape, dtype);
      for (const k of new Set([0, 1, 2, Math.min(3, n), Math.floor(n / 2), n])) {
        if (k > n) continue;
        const { values: v, indices: i } = tf.topk(t, k);
        const label = `seed=${seed} ${dtype} ${shape} k ${k}`;
        assertEquals(v.shape, [...shape.slice(0, -1), k], label);
        assertEquals(i.dtype, "int32", label);
        assertEquals(v.dtype, dtype, label);
        const wantV: number[] = [], wantI: number[] = [];
        for (let q = 0; q < rows; q++) {
          const ref = refTopk(data.slice(q * n, q * n + n), k);
          wantV.push(...ref.v);
          wantI.push(...ref.i);
        }
        assertValues(i, wantI, label);
        assertValues(v, wantV, label);
      }
    }
  }
  const x = tf.constant([1, NaN, Infinity, -Infinity, NaN, 3]);
  const { values: v, indices: i } = x.topk(6);
  assertEquals(Array.from(i.dataSync()), [1, 4, 2, 5, 0, 3]);
  assertEquals(Array.from(v.dataSync()), [NaN, NaN, Infinity, 3, 1, -Infinity]);
  const d = tf.topk([1, 5, 3, 5], 2);
  assertEquals([d.values.arraySync(), d.indices.arraySync()], [[5, 5], [1, 3]]);
  assertEquals(tf.topk([[3, 1, 2]]).indices.arraySync(), [[0]]); // default k = 1
});

testEachBackend("topk rejects bad input", () => {
  assertThrows(() => tf.topk([1, 2], 3), RangeError, "topk", "k = 3", "[0, 2]", "(2,)");
  assertThrows(() => tf.topk([1, 2], -1), RangeError, "topk", "k = -1");
  assertThrows(() => tf.topk(5), RangeError, "topk", "scalar");
  assertThrows(() => tf.topk([true, false]), TypeError, "topk", "bool");
  assertEquals(tf.topk([1, 2], 2).values.arraySync(), [2, 1]);
});

testEachBackend("topk gradient scatters dy to the chosen positions; oneHot has none", () => {
  const seed = freshSeed();
  const r = rng(seed);
  for (const [shape, k] of [[[6], 3], [[3, 5], 2], [[2, 2, 7], 7]] as [number[], number][]) {
    const [g] = checkLinearGrad(r, [shape], (x) => tf.topk(x, k).values, `topk seed=${seed}`);
    // exactly k nonzero entries per row
    const nz = Array.from(g!.dataSync()).filter((v) => v !== 0).length;
    assertEquals(nz, (numel(shape) / shape[shape.length - 1]) * k);
  }
  const { records } = recordOps(() => tf.oneHot([1], 2));
  assertEquals(typeof records[0].def.notDifferentiable, "string");
});
