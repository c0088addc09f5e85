/**
 * Reductions and the reduction-shaped nn ops: reduceSum, reduceMean,
 * reduceMax, reduceMin, reduceProd, reduceAll, reduceAny, reduceLogSumExp,
 * argMax, argMin, cumsum, softmax, logSoftmax and moments.
 *
 * Axes follow TensorFlow: `axis` is one axis, a list, or undefined for all of
 * them; negative axes count from the end; `keepdims` keeps reduced axes as
 * size 1. Reducing over no element gives the op's identity (sum 0, prod 1,
 * max -inf, min +inf, all true, any false, logSumExp -inf; mean NaN).
 *
 * Kernels (asm/src/reduce.ts) never transpose: the input is viewed as
 * (outer, r, inner) blocks after merging adjacent axes; non-adjacent axis
 * groups are reduced one group at a time, largest first. Float32 sums use
 * float32 accumulation with blocked pairwise summation: the error grows with
 * log n (about (40 + log2(n / 1024)) · 2⁻²⁴ · Σ|x| at most). int32 sums are
 * exact modulo 2³² (they wrap, as TensorFlow's do).
 *
 * NaN: reduceMax and reduceMin return NaN when the group holds one (as
 * `tf.reduce_max`); argMax and argMin return the index of the first NaN;
 * ties go to the first index.
 *
 * @module
 */

import { fmtShape, sizeOf } from "../_shape.ts";
import { type Call, defineOp, type OpDef, run } from "../op.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import type { DType } from "../dtype.ts";
import { k } from "../../asm/backend.ts";
import { place, release, scratch } from "../../asm/heap.ts";
import { Storage } from "../storage.ts";
import { reshape } from "./shape.ts";
import { add } from "./arithmetic.ts";
import { zerosLike } from "./creation.ts";

// Op codes of asm/src/reduce.ts.
const SUM = 0;

/** One kernel pass: the input viewed as (outer, r, inner), r reduced. */
interface Stage {
  outer: number;
  r: number;
  inner: number;
}

/** Attributes of a reduction: normalised axes, keepdims, and the kernel plan. */
interface ReduceAttrs {
  /** Reduced axes, sorted, non-negative. */
  axes: readonly number[];
  keepdims: boolean;
  /** @internal Kernel passes in order; empty when nothing is reduced (a copy). */
  stages: readonly Stage[];
  /** Number of input elements per output element. */
  count: number;
}

// ---------------------------------------------------------------- axes and plans

/**
 * Normalises a reduction's axis argument (one axis, a list, or undefined for
 * all) into sorted distinct non-negative axes; throws a RangeError naming
 * the op, the axis and the rank.
 */
function reductionAxes(
  op: string,
  axis: number | readonly number[] | undefined | null,
  shape: readonly number[],
): number[] {
  const rank = shape.length;
  if (axis === undefined || axis === null) return Array.from({ length: rank }, (_, i) => i);
  if (typeof axis !== "number" && !Array.isArray(axis)) {
    throw new TypeError(
      `${op}: axis must be a number, an array of numbers or undefined; got ${typeof axis}`,
    );
  }
  const list = typeof axis === "number" ? [axis] : axis;
  const out: number[] = [];
  for (const a of list) {
    if (typeof a !== "number" || !Number.isInteger(a) || a < -rank || a >= rank) {
      throw new RangeError(
        rank === 0
          ? `${op}: axis ${a} is out of range for a tensor of rank 0 (a scalar has no axes); ` +
            `pass no axis or []`
          : `${op}: axis ${a} is out of range for a tensor of rank ${rank} with shape ` +
            `${fmtShape(shape)}; use an integer in [${-rank}, ${rank - 1}]`,
      );
    }
    const n = a < 0 ? a + rank : a;
    if (out.includes(n)) {
      throw new RangeError(
        `${op}: axis ${a} is repeated in [${list.join(", ")}] for a tensor of rank ${rank}; ` +
          `list each axis once`,
      );
    }
    out.push(n);
  }
  return out.sort((x, y) => x - y);
}

/** The shape after reducing `axes`: dropped, or kept as 1 with keepdims. */
function reducedShape(
  shape: readonly number[],
  axes: readonly number[],
  keepdims: boolean,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < shape.length; i++) {
    if (!axes.includes(i)) out.push(shape[i]);
    else if (keepdims) out.push(1);
  }
  return out;
}

/**
 * Kernel passes for reducing `axes` of `shape` (a non-empty tensor): size-1
 * axes are dropped, adjacent axes of the same kind merged, and each group of
 * reduced axes becomes one (outer, r, inner) pass, the largest group first so
 * that later passes read less.
 */
function planStages(shape: readonly number[], axes: readonly number[]): Stage[] {
  const sizes: number[] = [];
  const red: boolean[] = [];
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] === 1) continue;
    const r = axes.includes(i);
    if (red.length > 0 && red[red.length - 1] === r) sizes[sizes.length - 1] *= shape[i];
    else {
      sizes.push(shape[i]);
      red.push(r);
    }
  }
  const stages: Stage[] = [];
  for (;;) {
    let best = -1;
    for (let j = 0; j < sizes.length; j++) {
      if (red[j] && (best < 0 || sizes[j] > sizes[best])) best = j;
    }
    if (best < 0) return stages;
    let outer = 1, inner = 1;
    for (let j = 0; j < best; j++) outer *= sizes[j];
    for (let j = best + 1; j < sizes.length; j++) inner *= sizes[j];
    stages.push({ outer, r: sizes[best], inner });
    sizes.splice(best, 1);
    red.splice(best, 1);
  }
}

// ---------------------------------------------------------------- kernel plumbing

// Heap blocks borrowed for one kernel call when the scratch region is full;
// given back before the call returns.
const borrowed: Storage[] = [];

function temp(op: string, nbytes: number): number {
  if (nbytes === 0) return 0;
  const p = scratch(nbytes);
  if (p >= 0) return p;
  const s = new Storage("float32", Math.ceil(nbytes / 4));
  borrowed.push(s);
  return place(op, s);
}

function giveBack(): void {
  for (const s of borrowed) release(s);
  borrowed.length = 0;
}

const bits = new DataView(new ArrayBuffer(4));

/** Fills the output with a value: the identity of a reduction over nothing. */
function fillOut(o: Tensor, p: number, value: number): void {
  if (o.dtype === "bool") k.fill_8(p, value, o.size);
  else {
    if (o.dtype === "float32") bits.setFloat32(0, value, true);
    else bits.setInt32(0, value, true);
    k.fill_32(p, bits.getInt32(0, true), o.size);
  }
}

type StageKernel = (src: number, dst: number, s: Stage, tmp: number) => void;

/**
 * Runs the passes of a reduction: intermediate results go to temporary
 * blocks, the last pass writes the output; no pass is a copy.
 */
function runStages(
  c: Call<ReduceAttrs>,
  bpe: number,
  pass: StageKernel,
  tmpBytes: (s: Stage) => number,
): void {
  const stages = c.attrs.stages;
  const x = c.ins[0];
  if (stages.length === 0) {
    k.copy_bytes(c.pout[0], c.pin[0], x.size * bpe);
    return;
  }
  try {
    let src = c.pin[0];
    for (let i = 0; i < stages.length; i++) {
      const s = stages[i];
      const last = i === stages.length - 1;
      const dst = last ? c.pout[0] : temp("reduce", s.outer * s.inner * bpe);
      pass(src, dst, s, temp("reduce", tmpBytes(s)));
      src = dst;
    }
  } finally {
    if (borrowed.length > 0) giveBack();
  }
}

const f32Tmp = (s: Stage) => k.reduce_tmp_bytes(0, s.r, s.inner);
const noTmp = () => 0;

/**
 * The kernel of a float32/int32 reduction `code`; `identity` fills the output
 * of a reduction over no element (int32 identities passed separately).
 */
function reduceKernel(code: number, identity: number, identityI32: number) {
  const f32: StageKernel = (src, dst, s, tmp) =>
    k.reduce_f32(code, src, dst, s.outer, s.r, s.inner, tmp);
  const i32: StageKernel = (src, dst, s) => k.reduce_i32(code, src, dst, s.outer, s.r, s.inner);
  return (c: Call<ReduceAttrs>) => {
    const x = c.ins[0];
    if (x.size === 0) {
      fillOut(c.outs[0], c.pout[0], x.dtype === "int32" ? identityI32 : identity);
    } else if (x.dtype === "float32") runStages(c, 4, f32, f32Tmp);
    else runStages(c, 4, i32, noTmp);
  };
}

// ---------------------------------------------------------------- public plumbing

function checkDType(op: string, t: Tensor, allowed: readonly DType[]): void {
  if (!allowed.includes(t.dtype)) {
    throw new TypeError(
      `${op}: expected a ${allowed.join(" or ")} tensor, got ${t.dtype} ${fmtShape(t.shape)}; ` +
        (t.dtype === "bool" ? `tf.cast it to float32 or int32 first` : `tf.cast it first`),
    );
  }
}

const NUMERIC: readonly DType[] = ["float32", "int32"];

function reduce(
  def: OpDef<ReduceAttrs>,
  x: TensorLike,
  axis: number | readonly number[] | undefined,
  keepdims: boolean,
  allowed: readonly DType[],
): Tensor {
  const t = toTensor(def.name, x);
  checkDType(def.name, t, allowed);
  const axes = reductionAxes(def.name, axis, t.shape);
  let count = 1;
  for (const a of axes) count *= t.shape[a];
  const attrs: ReduceAttrs = {
    axes,
    keepdims: !!keepdims,
    stages: t.size === 0 ? [] : planStages(t.shape, axes),
    count,
  };
  return run(def, [t], attrs, reducedShape(t.shape, axes, !!keepdims), t.dtype);
}

/**
 * dy of a reduction's output, brought back to the input's shape: reshaped to
 * the keepdims shape, then broadcast over the reduced axes.
 */
function expandGrad(dy: Tensor, x: Tensor, axes: readonly number[]): Tensor {
  const kshape = reducedShape(x.shape, axes, true);
  if (sizeOf(kshape) === x.size) return reshape(dy, x.shape);
  const d = reshape(dy, kshape);
  // TODO(broadcastTo): broadcast directly once the shape family lands.
  return add(d, zerosLike(x));
}

// ---------------------------------------------------------------- op declarations

const sumOp = defineOp<ReduceAttrs>({
  name: "reduceSum",
  wasm: reduceKernel(SUM, 0, 0),
  // d(Σx) = Σdx: every input element gets dy of its group
  grad: ({ dy, ins: [x], attrs }) => [expandGrad(dy, x, attrs.axes)],
});

// ---------------------------------------------------------------- public functions

/**
 * The sum over `axis` (one axis, a list, or every axis when undefined), as
 * `tf.reduce_sum`. float32 sums accumulate in float32 with blocked pairwise
 * summation (error ∝ log n); int32 sums are exact and wrap modulo 2³².
 * Summing no element gives 0.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 2, 3], [4, 5, 6]]);
 * console.log(tf.reduceSum(x).arraySync()); // 21
 * console.log(tf.reduceSum(x, 0).arraySync()); // [5, 7, 9]
 * console.log(tf.reduceSum(x, -1, true).arraySync()); // [[6], [15]]
 * ```
 */
export function reduceSum(
  x: TensorLike,
  axis?: number | readonly number[],
  keepdims = false,
): Tensor {
  return reduce(sumOp, x, axis, keepdims, NUMERIC);
}
