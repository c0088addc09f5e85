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
 * exact modulo 2³² (they wrap, as TensorFlow's do). The WebGPU kernels
 * (gpu/kernels/reduce.ts) use the same (outer, r, inner) stages, with
 * workgroup-tree and column passes; their float32 sums are pairwise too.
 *
 * NaN: reduceMax and reduceMin return NaN when the group holds one (as
 * `tf.reduce_max`); argMax and argMin return the index of the first NaN;
 * ties go to the first index.
 *
 * Gradients (written with other ops): reduceMax / reduceMin send dy to the
 * elements equal to the result, split evenly among ties (TensorFlow's rule);
 * reduceProd's is exact where the group holds zeros; reduceLogSumExp's is the
 * softmax of the group; cumsum's is the cumsum of dy in the other direction;
 * moments is a composition of ops. argMax, argMin, reduceAll and reduceAny
 * have none.
 *
 * @module
 */

import { fmtShape, sizeOf } from "../_shape.ts";
import { type Call, defineOp, type OpDef, run } from "../op.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import type { DType } from "../dtype.ts";
import { k, tempBytes } from "../../asm/backend.ts";
import { parallelFor, threadsFor, tooSmall } from "../../asm/threads.ts";
import { view } from "../../asm/heap.ts";
import { broadcastTo, reshape } from "./shape.ts";
import { add, divide, multiply, squaredDifference, subtract } from "./arithmetic.ts";
import { exp } from "./unary.ts";
import { cast, equal } from "./compare.ts";
import { argWgsl, cumsumWgsl, reduceWgsl, softmaxWgsl } from "../../gpu/kernels/reduce.ts";

// Op codes of asm/src/reduce.ts.
const SUM = 0, PROD = 1, MAX = 2, MIN = 3, LSE = 4;
const ALL = 0, ANY = 1;
const I32_MIN = -2147483648, I32_MAX = 2147483647;

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
  if (axis === undefined || axis === null) {
    const all: number[] = [];
    for (let i = 0; i < rank; i++) all.push(i);
    return all;
  }
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
  if (axes.length === shape.length) {
    // every axis (the common case of a loss): one pass over all elements
    const size = sizeOf(shape);
    return size === 1 ? [] : [{ outer: 1, r: size, inner: 1 }];
  }
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
  // temporaries come from the call's scratch (or heap blocks freed at its end)
  let src = c.pin[0];
  for (let i = 0; i < stages.length; i++) {
    const s = stages[i];
    const last = i === stages.length - 1;
    const dst = last ? c.pout[0] : tempBytes("reduce", s.outer * s.inner * bpe);
    const n = tmpBytes(s);
    pass(src, dst, s, n > 0 ? tempBytes("reduce", n) : 0);
    src = dst;
  }
}

const noTmp = () => 0;

// Splitting across threads (asm/threads.ts). REDUCE_SPLIT: the least input
// elements per thread of a split float32 pass. Measured (bench/threads_bench.ts,
// 2026-11-27: reduceSum of a vector, time per call on 1 thread vs the critical
// path on 2, i.e. with a core per thread): 32K and 64K floats 1.0×, 128K
// 0.29×, 256K 0.58×, 1M 1.17×, 4M 1.51×: 256K floats per thread.
// - outer >= 2: by outer blocks (each thread its own tmp): bit-identical;
// - outer = 1, inner > 1: by columns, 16 at a time, with the whole width's
//   loop order (reduce_f32_cols): bit-identical;
// - one row (outer = inner = 1), sum: by nodes of the pairwise tree, finished
//   as the tree pairs them (sum_f32_part / sum_f32_finish): bit-identical;
//   max / min: per-thread results, then their max / min: exact, so identical;
//   prod and logSumExp of one row stay on one thread.
const REDUCE_SPLIT = 1 << 18;
// Floats per group and per leaf of rowSum's tree (asm/src/reduce.ts: LEAF).
const GROUP = 32, LEAF_GROUPS = 32;

/** One float32 reduction pass, split across threads where it pays. */
function reduceF32(code: number, src: number, dst: number, s: Stage): void {
  const { outer, r, inner } = s;
  const n = outer * r * inner;
  const tmpOf = (rr: number, w: number) => k.reduce_tmp_bytes(0, rr, w);
  if (!tooSmall(n, REDUCE_SPLIT)) {
    if (outer >= 2) {
      const grain = Math.ceil(REDUCE_SPLIT / (r * inner));
      const t = threadsFor(outer, grain);
      if (t > 1) {
        const tb = Math.ceil(tmpOf(r, inner) / 64) * 64;
        const tmp = tb > 0 ? tempBytes("reduce", t * tb) : 0;
        const block = 4 * r * inner;
        parallelFor("reduce_f32", outer, grain, (b0, b1, th) => [
          code,
          src + b0 * block,
          dst + 4 * b0 * inner,
          b1 - b0,
          r,
          inner,
          tmp + th * tb,
        ], t);
        return;
      }
    } else if (inner > 1 && code !== LSE) {
      const units = Math.ceil(inner / 16), grain = Math.ceil(REDUCE_SPLIT / (16 * r));
      const t = threadsFor(units, grain);
      if (t > 1) {
        const tb = Math.ceil(tmpOf(r, Math.ceil(units / t) * 16) / 64) * 64;
        const tmp = tb > 0 ? tempBytes("reduce", t * tb) : 0;
        parallelFor("reduce_f32_cols", units, grain, (u0, u1, th) => [
          code,
          src,
          dst,
          r,
          inner,
          u0 * 16,
          Math.min(inner, u1 * 16),
          tmp + th * tb,
        ], t);
        return;
      }
    } else if (inner === 1 && code === SUM) {
      const g = Math.floor(r / GROUP);
      const t = threadsFor(g, Math.ceil(REDUCE_SPLIT / GROUP));
      // 2^depth tree nodes, each still above a leaf (so that it is a node)
      let depth = 0;
      while (2 ** (depth + 1) <= t && g >> (depth + 1) > LEAF_GROUPS) depth++;
      if (depth > 0) {
        let parts: [number, number][] = [[0, g]];
        for (let d = 0; d < depth; d++) {
          parts = parts.flatMap(([a, b]) => {
            const h = (b - a) >> 1;
            return [[a, a + h], [a + h, b]] as [number, number][];
          });
        }
        const pp = tempBytes("reduce", 16 * parts.length);
        const ranges = tempBytes("reduce", 8 * parts.length);
        const i32 = view.i32;
        parts.forEach(([a, b], i) => {
          i32[(ranges >> 2) + 2 * i] = a;
          i32[(ranges >> 2) + 2 * i + 1] = b;
        });
        parallelFor("sum_f32_parts", parts.length, 1, (i0, i1) => [src, ranges, i0, i1, pp], t);
        k.sum_f32_finish(src, r, pp, depth, dst);
        return;
      }
    } else if (inner === 1 && (code === MAX || code === MIN)) {
      const grain = REDUCE_SPLIT;
      const t = threadsFor(r, grain);
      if (t > 1) {
        // each thread's result in its own slot; slots no thread used hold the identity
        const pp = tempBytes("reduce", 4 * t);
        view.f32.fill(code === MAX ? -Infinity : Infinity, pp >> 2, (pp >> 2) + t);
        parallelFor(
          "reduce_f32",
          r,
          grain,
          (a, b, th) => [code, src + 4 * a, pp + 4 * th, 1, b - a, 1, 0],
          t,
        );
        k.reduce_f32(code, pp, dst, 1, t, 1, 0);
        return;
      }
    }
  }
  const nb = tmpOf(r, inner);
  k.reduce_f32(code, src, dst, outer, r, inner, nb > 0 ? tempBytes("reduce", nb) : 0);
}

/**
 * The kernel of a float32/int32 reduction `code`; `identity` fills the output
 * of a reduction over no element (int32 identities passed separately).
 */
function reduceKernel(code: number, identity: number, identityI32: number) {
  const f32: StageKernel = (src, dst, s) => reduceF32(code, src, dst, s);
  const i32: StageKernel = (src, dst, s) => k.reduce_i32(code, src, dst, s.outer, s.r, s.inner);
  return (c: Call<ReduceAttrs>) => {
    const x = c.ins[0];
    if (x.size === 0) {
      fillOut(c.outs[0], c.pout[0], x.dtype === "int32" ? identityI32 : identity);
    } else if (x.dtype === "float32") runStages(c, 4, f32, noTmp);
    else runStages(c, 4, i32, noTmp);
  };
}

/** reduceMean: the sum, then a division by the group size (int32: truncated). */
function meanKernel() {
  const sum = reduceKernel(SUM, 0, 0);
  return (c: Call<ReduceAttrs>) => {
    const x = c.ins[0], o = c.outs[0];
    if (x.size === 0) {
      // 0 / 0: NaN for float32; int32 has no NaN and gives 0
      fillOut(o, c.pout[0], x.dtype === "int32" ? 0 : NaN);
      return;
    }
    sum(c);
    if (c.attrs.count === 1) return;
    if (x.dtype === "float32") k.div_count_f32(c.pout[0], o.size, c.attrs.count);
    else k.div_count_i32(c.pout[0], o.size, c.attrs.count);
  };
}

/** reduceAll / reduceAny over bool bytes. */
function boolKernel(code: number, identity: number) {
  const pass: StageKernel = (src, dst, s) => k.reduce_bool(code, src, dst, s.outer, s.r, s.inner);
  return (c: Call<ReduceAttrs>) => {
    if (c.ins[0].size === 0) fillOut(c.outs[0], c.pout[0], identity);
    else runStages(c, 1, pass, noTmp);
  };
}

/** Attributes of the one-axis ops: the axis and the (outer, r, inner) view around it. */
interface AxisAttrs {
  axis: number;
  outer: number;
  r: number;
  inner: number;
}

function axisAttrs(shape: readonly number[], axis: number): AxisAttrs {
  let outer = 1, inner = 1;
  for (let i = 0; i < axis; i++) outer *= shape[i];
  for (let i = axis + 1; i < shape.length; i++) inner *= shape[i];
  return { axis, outer, r: shape[axis], inner };
}

function argKernel(code: number) {
  return (c: Call<AxisAttrs>) => {
    const a = c.attrs;
    const f = c.ins[0].dtype === "float32" ? k.arg_f32 : k.arg_i32;
    f(code, c.pin[0], c.pout[0], a.outer, a.r, a.inner);
  };
}

interface CumsumAttrs extends AxisAttrs {
  exclusive: boolean;
  reverse: boolean;
}

function cumsumKernel(c: Call<CumsumAttrs>): void {
  const a = c.attrs;
  const f = c.ins[0].dtype === "float32" ? k.cumsum_f32 : k.cumsum_i32;
  f(c.pin[0], c.pout[0], a.outer, a.r, a.inner, a.exclusive ? 1 : 0, a.reverse ? 1 : 0);
}

function softmaxKernel(isLog: number) {
  return (c: Call<AxisAttrs>) => {
    const a = c.attrs;
    // split by outer blocks (bit-identical), each thread its own tmp
    const grain = Math.ceil(REDUCE_SPLIT / (a.r * a.inner));
    const t = threadsFor(a.outer, grain);
    const n = Math.ceil(k.reduce_tmp_bytes(1, a.r, a.inner) / 64) * 64;
    const tmp = n > 0 ? tempBytes("softmax", t * n) : 0;
    const x = c.pin[0], o = c.pout[0], block = 4 * a.r * a.inner;
    if (t <= 1) {
      k.softmax_f32(x, o, a.outer, a.r, a.inner, isLog, tmp);
      return;
    }
    parallelFor("softmax_f32", a.outer, grain, (b0, b1, th) => [
      x + b0 * block,
      o + b0 * block,
      b1 - b0,
      a.r,
      a.inner,
      isLog,
      tmp + th * n,
    ], t);
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

const BOOL: readonly DType[] = ["bool"];
const FLOAT: readonly DType[] = ["float32"];

function reduce(
  def: OpDef<ReduceAttrs>,
  x: TensorLike,
  axis: number | readonly number[] | undefined | null,
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
  return broadcastTo(reshape(dy, kshape), x.shape);
}

/** One axis of a one-axis op (argMax, cumsum, softmax), normalised. */
function oneAxis(op: string, axis: number, shape: readonly number[]): number {
  const rank = shape.length;
  if (rank === 0) {
    throw new RangeError(
      `${op}: expected a tensor of rank >= 1, got a scalar; reshape it to [1] first`,
    );
  }
  if (typeof axis !== "number" || !Number.isInteger(axis) || axis < -rank || axis >= rank) {
    throw new RangeError(
      `${op}: axis ${axis} is out of range for a tensor of rank ${rank} with shape ` +
        `${fmtShape(shape)}; use one integer in [${-rank}, ${rank - 1}]`,
    );
  }
  return axis < 0 ? axis + rank : axis;
}

/** Gradient of reduceMax / reduceMin: dy split evenly among the elements equal to the result. */
function extremumGrad(dy: Tensor, x: Tensor, out: Tensor, axes: readonly number[]): Tensor {
  const kshape = reducedShape(x.shape, axes, true);
  const y = reshape(out, kshape);
  // where x equals the result (nowhere when it is NaN: the gradient is then NaN, as TensorFlow's)
  const hit = cast(equal(x, y), x.dtype);
  const count = reduceSum(hit, axes, true);
  return multiply(divide(hit, count), reshape(dy, kshape));
}

// ---------------------------------------------------------------- op declarations

const sumOp = defineOp<ReduceAttrs>({
  name: "reduceSum",
  wasm: reduceKernel(SUM, 0, 0),
  webgpu: reduceWgsl("sum"),
  // d(Σx) = Σdx: every input element gets dy of its group
  grad: ({ dy, ins: [x], attrs }) => [expandGrad(dy, x, attrs.axes)],
});

const meanOp = defineOp<ReduceAttrs>({
  name: "reduceMean",
  wasm: meanKernel(),
  webgpu: reduceWgsl("mean"),
  // d(Σx / n) = Σdx / n
  grad: ({ dy, ins: [x], attrs }) => [divide(expandGrad(dy, x, attrs.axes), attrs.count)],
});

const maxOp = defineOp<ReduceAttrs>({
  name: "reduceMax",
  wasm: reduceKernel(MAX, -Infinity, I32_MIN),
  webgpu: reduceWgsl("max"),
  // dy goes to the elements equal to the max, split evenly among ties (as TensorFlow)
  grad: ({ dy, ins: [x], out, attrs }) => [extremumGrad(dy, x, out, attrs.axes)],
});

const minOp = defineOp<ReduceAttrs>({
  name: "reduceMin",
  wasm: reduceKernel(MIN, Infinity, I32_MAX),
  webgpu: reduceWgsl("min"),
  // dy goes to the elements equal to the min, split evenly among ties (as TensorFlow)
  grad: ({ dy, ins: [x], out, attrs }) => [extremumGrad(dy, x, out, attrs.axes)],
});

const prodOp = defineOp<ReduceAttrs>({
  name: "reduceProd",
  wasm: reduceKernel(PROD, 1, 1),
  webgpu: reduceWgsl("prod"),
  // d(Πx)/dx_i = Π_{j≠i} x_j, computed without dividing by zero: with p the
  // product of the group's non-zero elements and z its count of zeros, it is
  // p / x_i when z = 0; p at the zero and 0 elsewhere when z = 1; 0 when z >= 2.
  grad: ({ dy, ins: [x], attrs }) => {
    const axes = attrs.axes;
    const zero = cast(equal(x, 0), x.dtype);
    const z = reduceSum(zero, axes, true);
    const nz = add(x, zero); // zeros replaced by ones
    const p = reduceProd(nz, axes, true);
    const none = cast(equal(z, 0), x.dtype);
    const one = cast(equal(z, 1), x.dtype);
    const g = add(multiply(divide(p, nz), none), multiply(multiply(p, zero), one));
    return [multiply(g, reshape(dy, reducedShape(x.shape, axes, true)))];
  },
});

const allOp = defineOp<ReduceAttrs>({
  name: "reduceAll",
  wasm: boolKernel(ALL, 1),
  webgpu: reduceWgsl("all"),
  notDifferentiable: "a logical reduction of bool tensors",
});

const anyOp = defineOp<ReduceAttrs>({
  name: "reduceAny",
  wasm: boolKernel(ANY, 0),
  webgpu: reduceWgsl("any"),
  notDifferentiable: "a logical reduction of bool tensors",
});

const lseOp = defineOp<ReduceAttrs>({
  name: "reduceLogSumExp",
  wasm: reduceKernel(LSE, -Infinity, 0),
  webgpu: reduceWgsl("lse"),
  // d log Σe^x / dx_i = e^(x_i - y): the softmax of the group
  grad: ({ dy, ins: [x], out, attrs }) => {
    const kshape = reducedShape(x.shape, attrs.axes, true);
    return [multiply(reshape(dy, kshape), exp(subtract(x, reshape(out, kshape))))];
  },
});

const argMaxOp = defineOp<AxisAttrs>({
  name: "argMax",
  wasm: argKernel(MAX),
  webgpu: argWgsl(true),
  notDifferentiable: "an index: piecewise constant in the input",
});

const argMinOp = defineOp<AxisAttrs>({
  name: "argMin",
  wasm: argKernel(MIN),
  webgpu: argWgsl(false),
  notDifferentiable: "an index: piecewise constant in the input",
});

const cumsumOp = defineOp<CumsumAttrs>({
  name: "cumsum",
  wasm: cumsumKernel,
  webgpu: cumsumWgsl,
  // y_j = Σ_{i<=j} x_i, so dx_i = Σ_{j>=i} dy_j: the cumsum of dy the other way
  grad: ({ dy, attrs: a }) => [cumsum(dy, a.axis, a.exclusive, !a.reverse)],
});

const softmaxOp = defineOp<AxisAttrs>({
  name: "softmax",
  wasm: softmaxKernel(0),
  webgpu: softmaxWgsl(false),
  // dy_i = y_i (dy_i - Σ_j dy_j y_j)
  grad: ({ dy, out: y, attrs }) => [
    multiply(y, subtract(dy, reduceSum(multiply(dy, y), attrs.axis, true))),
  ],
});

const logSoftmaxOp = defineOp<AxisAttrs>({
  name: "logSoftmax",
  wasm: softmaxKernel(1),
  webgpu: softmaxWgsl(true),
  // d(x_i - lse(x)) = dx_i - softmax_i Σ_j dx_j, so dx = dy - e^y Σ dy
  grad: ({ dy, out: y, attrs }) => [
    subtract(dy, multiply(exp(y), reduceSum(dy, attrs.axis, true))),
  ],
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

/**
 * The mean over `axis` (one axis, a list, or every axis when undefined), as
 * `tf.reduce_mean`: the pairwise sum divided by the group size. int32 means
 * are truncated toward zero, as TensorFlow's. The mean of no element is NaN
 * (int32: 0).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 2], [3, 4]]);
 * console.log(tf.reduceMean(x).arraySync()); // 2.5
 * console.log(tf.reduceMean(x, 1).arraySync()); // [1.5, 3.5]
 * ```
 */
export function reduceMean(
  x: TensorLike,
  axis?: number | readonly number[],
  keepdims = false,
): Tensor {
  return reduce(meanOp, x, axis, keepdims, NUMERIC);
}

/**
 * The maximum over `axis`, as `tf.reduce_max`. NaN if the group holds a NaN;
 * -inf (int32: -2147483648) over no element.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 5], [3, 2]]);
 * console.log(tf.reduceMax(x).arraySync()); // 5
 * console.log(tf.reduceMax(x, 0).arraySync()); // [3, 5]
 * ```
 */
export function reduceMax(
  x: TensorLike,
  axis?: number | readonly number[],
  keepdims = false,
): Tensor {
  return reduce(maxOp, x, axis, keepdims, NUMERIC);
}

/**
 * The minimum over `axis`, as `tf.reduce_min`. NaN if the group holds a NaN;
 * +inf (int32: 2147483647) over no element.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 5], [3, 2]]);
 * console.log(tf.reduceMin(x, 1).arraySync()); // [1, 2]
 * ```
 */
export function reduceMin(
  x: TensorLike,
  axis?: number | readonly number[],
  keepdims = false,
): Tensor {
  return reduce(minOp, x, axis, keepdims, NUMERIC);
}

/**
 * The product over `axis`, as `tf.reduce_prod` (int32 products wrap modulo
 * 2³²). 1 over no element. The gradient is exact where the group holds zeros.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.reduceProd([[1, 2], [3, 4]], 1).arraySync()); // [2, 12]
 * ```
 */
export function reduceProd(
  x: TensorLike,
  axis?: number | readonly number[],
  keepdims = false,
): Tensor {
  return reduce(prodOp, x, axis, keepdims, NUMERIC);
}

/**
 * Logical and over `axis` of a bool tensor, as `tf.reduce_all`; true over no
 * element.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.reduceAll([[true, false], [true, true]], 1).arraySync()); // [false, true]
 * ```
 */
export function reduceAll(
  x: TensorLike,
  axis?: number | readonly number[],
  keepdims = false,
): Tensor {
  return reduce(allOp, x, axis, keepdims, BOOL);
}

/**
 * Logical or over `axis` of a bool tensor, as `tf.reduce_any`; false over no
 * element.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.reduceAny([[true, false], [false, false]], 1).arraySync()); // [true, false]
 * ```
 */
export function reduceAny(
  x: TensorLike,
  axis?: number | readonly number[],
  keepdims = false,
): Tensor {
  return reduce(anyOp, x, axis, keepdims, BOOL);
}

/**
 * log(Σ exp(x)) over `axis`, computed stably as `tf.reduce_logsumexp`:
 * m + log(Σ exp(x - m)) with m the group's max (0 where the max is not
 * finite). -inf over no element or all -inf; +inf if any is +inf; NaN if any
 * is NaN. float32 only.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.reduceLogSumExp([0, 0]).arraySync()); // 0.6931471824645996 (ln 2)
 * console.log(tf.reduceLogSumExp([1000, 1000]).arraySync()); // 1000.6931762695312
 * ```
 */
export function reduceLogSumExp(
  x: TensorLike,
  axis?: number | readonly number[],
  keepdims = false,
): Tensor {
  return reduce(lseOp, x, axis, keepdims, FLOAT);
}

function arg(def: OpDef<AxisAttrs>, x: TensorLike, axis: number): Tensor {
  const t = toTensor(def.name, x);
  checkDType(def.name, t, NUMERIC);
  const ax = oneAxis(def.name, axis, t.shape);
  const shape = reducedShape(t.shape, [ax], false);
  if (t.shape[ax] === 0 && sizeOf(shape) > 0) {
    throw new RangeError(
      `${def.name}: axis ${axis} of shape ${fmtShape(t.shape)} is empty, so there is no ` +
        `index to return; reduce over a non-empty axis`,
    );
  }
  return run(def, [t], axisAttrs(t.shape, ax), shape, "int32");
}

/**
 * The index of the largest element along `axis` (default 0), as
 * `tf.math.argmax` with `output_type=tf.int32`. Ties give the first index; a
 * NaN counts as the largest (the first NaN's index is returned).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const x = tf.constant([[1, 9, 9], [7, 2, 3]]);
 * console.log(tf.argMax(x).arraySync()); // [1, 0, 0]
 * console.log(tf.argMax(x, -1).arraySync()); // [1, 0]
 * ```
 */
export function argMax(x: TensorLike, axis = 0): Tensor {
  return arg(argMaxOp, x, axis);
}

/**
 * The index of the smallest element along `axis` (default 0), as
 * `tf.math.argmin` with `output_type=tf.int32`. Ties give the first index; a
 * NaN counts as the smallest (the first NaN's index is returned).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.argMin([[1, 0, 0], [7, 2, 3]], 1).arraySync()); // [1, 1]
 * ```
 */
export function argMin(x: TensorLike, axis = 0): Tensor {
  return arg(argMinOp, x, axis);
}

/**
 * The cumulative sum along `axis` (default 0), as `tf.math.cumsum`:
 * `exclusive` leaves each element out of its own sum (the first is 0),
 * `reverse` sums from the end. A sequential float32 scan.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.cumsum([1, 2, 3]).arraySync()); // [1, 3, 6]
 * console.log(tf.cumsum([1, 2, 3], 0, true).arraySync()); // [0, 1, 3]
 * console.log(tf.cumsum([1, 2, 3], 0, false, true).arraySync()); // [6, 5, 3]
 * ```
 */
export function cumsum(x: TensorLike, axis = 0, exclusive = false, reverse = false): Tensor {
  const t = toTensor("cumsum", x);
  checkDType("cumsum", t, NUMERIC);
  const ax = oneAxis("cumsum", axis, t.shape);
  const attrs: CumsumAttrs = {
    ...axisAttrs(t.shape, ax),
    exclusive: !!exclusive,
    reverse: !!reverse,
  };
  return run(cumsumOp, [t], attrs, t.shape, t.dtype);
}

function softmaxLike(def: OpDef<AxisAttrs>, logits: TensorLike, axis: number): Tensor {
  const t = toTensor(def.name, logits);
  checkDType(def.name, t, FLOAT);
  const ax = oneAxis(def.name, axis, t.shape);
  return run(def, [t], axisAttrs(t.shape, ax), t.shape, "float32");
}

/**
 * exp(x) / Σ exp(x) along `axis` (default -1), as `tf.nn.softmax`: computed
 * stably (the max is subtracted first) by one fused kernel per row.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.softmax([0, Math.log(3)]).arraySync()); // ≈ [0.25, 0.75]
 * ```
 */
export function softmax(logits: TensorLike, axis = -1): Tensor {
  return softmaxLike(softmaxOp, logits, axis);
}

/**
 * x - log Σ exp(x) along `axis` (default -1), as `tf.nn.log_softmax`:
 * computed stably as (x - max) - log Σ exp(x - max) by one fused kernel.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * console.log(tf.logSoftmax([0, 0]).arraySync()); // [-0.6931471824645996, -0.6931471824645996]
 * ```
 */
export function logSoftmax(logits: TensorLike, axis = -1): Tensor {
  return softmaxLike(logSoftmaxOp, logits, axis);
}

/**
 * Mean and variance over `axes`, as `tf.nn.moments`: the variance is the mean
 * squared deviation from the mean (two passes, so no cancellation). A
 * composition of ops, differentiable through them.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const { mean, variance } = tf.moments([[1, 2], [3, 4]], 0);
 * console.log(mean.arraySync(), variance.arraySync()); // [2, 3] [1, 1]
 * ```
 */
export function moments(
  x: TensorLike,
  axes?: number | readonly number[],
  keepdims = false,
): { mean: Tensor; variance: Tensor } {
  const t = toTensor("moments", x);
  checkDType("moments", t, FLOAT);
  const ax = reductionAxes("moments", axes, t.shape);
  const mean = reduceMean(t, ax, true);
  const variance = reduceMean(squaredDifference(t, mean), ax, keepdims);
  return { mean: keepdims ? mean : reshape(mean, reducedShape(t.shape, ax, false)), variance };
}
