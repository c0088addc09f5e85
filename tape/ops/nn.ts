/**
 * `tf.nn`: fused neural-network ops, as TensorFlow names them.
 *
 * - `softmaxCrossEntropyWithLogits(labels, logits)`: the cross-entropy of
 *   probability labels against the softmax of logits, per row, in one kernel
 *   (max, log-sum-exp and the weighted sum in one pass over each row); its
 *   gradient with respect to the logits, `dy (softmax(logits) - labels)`, is
 *   one kernel too (the composition `-Σ labels · logSoftmax(logits)` takes 4
 *   kernels forward and 6 backward).
 * - `sparseSoftmaxCrossEntropyWithLogits(labels, logits)`: the same with one
 *   int32 class per row.
 *
 * Both are TensorFlow's `tf.nn.softmax_cross_entropy_with_logits` and
 * `tf.nn.sparse_softmax_cross_entropy_with_logits`: they return the loss per
 * row (reduce it with `tf.reduceMean` for a batch loss).
 *
 * @module
 */

import { fmtShape } from "../_shape.ts";
import { type Call, defineOp, run } from "../op.ts";
import { xentGradWgsl, xentWgsl } from "../../gpu/kernels/fused.ts";
import { type TensorLike, toTensor } from "../convert.ts";
import type { Tensor } from "../tensor.ts";
import { parallelFor } from "../../asm/threads.ts";
import { multiply, subtract } from "./arithmetic.ts";
import { logSoftmax, reduceSum, softmax } from "./reduce.ts";
import { reshape } from "./shape.ts";
import { cast, equal } from "./compare.ts";
import { range } from "./creation.ts";
import { neg } from "./unary.ts";

// Elements (rows × classes) per thread below which a kernel is not split: an
// exp per element, as the transcendental ops (TRANSCENDENTAL_SPLIT in
// _elementwise.ts).
const XENT_SPLIT = 1 << 14;

interface XentAttrs {
  rows: number;
  classes: number;
}

/** Runs a row kernel of asm/src/fused.ts over the rows, split across threads. */
function rowsSplit(
  name: "softmax_xent_f32" | "sparse_softmax_xent_f32",
  c: Call<XentAttrs>,
): void {
  const { rows, classes } = c.attrs;
  const [t, x] = c.pin, loss = c.pout[0];
  parallelFor(
    name,
    rows,
    Math.ceil(XENT_SPLIT / classes),
    (r0, r1) => [x, t, loss, classes, r0, r1],
  );
}

/** The logits' gradient kernel: dx = g (softmax(x) - labels), split across threads. */
function gradKernel(sparse: number) {
  return (c: Call<XentAttrs>) => {
    const { rows, classes } = c.attrs;
    const [x, t, g] = c.pin, dx = c.pout[0];
    parallelFor(
      "softmax_xent_grad_f32",
      rows,
      Math.ceil(XENT_SPLIT / classes),
      (r0, r1) => [x, t, g, dx, classes, r0, r1, sparse],
    );
  };
}

// dlogits = g[..., None] (softmax(x) - t): one kernel. Its own gradient
// (second order), with s = softmax(x) and G the incoming gradient:
// d/dx = s (gG - Σ gG s) row-wise, d/dt = -gG, d/dg = Σ G (s - t).
const xentGradOp = defineOp<XentAttrs>({
  name: "softmaxCrossEntropyGrad",
  webgpu: xentGradWgsl(false),
  wasm: gradKernel(0),
  grad: ({ dy: G, ins: [x, t, g], needs }) => {
    const gg = multiply(G, expandLast(g));
    const s = softmax(x);
    const dx = needs[0] ? multiply(s, subtract(gg, reduceSum(multiply(gg, s), -1, true))) : null;
    return [
      dx,
      needs[1] ? neg(gg) : null,
      needs[2] ? reduceSum(multiply(G, subtract(s, t)), -1) : null,
    ];
  },
});

const sparseXentGradOp = defineOp<XentAttrs>({
  name: "sparseSoftmaxCrossEntropyGrad",
  webgpu: xentGradWgsl(true),
  wasm: gradKernel(1),
  grad: ({ dy: G, ins: [x, t, g], needs, attrs }) => {
    const gg = multiply(G, expandLast(g));
    const s = softmax(x);
    const dx = needs[0] ? multiply(s, subtract(gg, reduceSum(multiply(gg, s), -1, true))) : null;
    const dg = needs[2] ? reduceSum(multiply(G, subtract(s, oneHot(t, attrs.classes))), -1) : null;
    return [dx, null, dg];
  },
});

function expandLast(t: Tensor): Tensor {
  return reshape(t, [...t.shape, 1]);
}

/** float32 one-hot rows of int32 classes. */
function oneHot(labels: Tensor, classes: number): Tensor {
  return cast(equal(expandLast(labels), range(0, classes, 1, "int32")), "float32");
}

const xentOp = defineOp<XentAttrs>({
  name: "softmaxCrossEntropyWithLogits",
  webgpu: xentWgsl(false),
  wasm: (c) => rowsSplit("softmax_xent_f32", c),
  // d/dlogits = dy (softmax - labels): one kernel; d/dlabels = -dy logSoftmax(logits)
  grad: ({ dy, ins: [t, x], attrs, needs }) => [
    needs[0] ? multiply(neg(expandLast(dy)), logSoftmax(x)) : null,
    needs[1] ? run(xentGradOp, [x, t, dy], attrs, x.shape, "float32") : null,
  ],
});

const sparseXentOp = defineOp<XentAttrs>({
  name: "sparseSoftmaxCrossEntropyWithLogits",
  webgpu: xentWgsl(true),
  wasm: (c) => rowsSplit("sparse_softmax_xent_f32", c),
  // d/dlogits = dy (softmax - onehot(labels)): one kernel; int labels get none
  grad: ({ dy, ins: [t, x], attrs, needs }) => [
    null,
    needs[1] ? run(sparseXentGradOp, [x, t, dy], attrs, x.shape, "float32") : null,
  ],
});

function logitsOf(op: string, logits: TensorLike): Tensor {
  const x = toTensor(op, logits);
  if (x.dtype !== "float32") {
    throw new TypeError(`${op}: logits must be float32, got ${x.dtype}; tf.cast them first`);
  }
  if (x.rank < 1) {
    throw new RangeError(
      `${op}: logits must have rank >= 1 ([..., classes]), got a scalar; reshape it to [1]`,
    );
  }
  return x;
}

/**
 * The softmax cross-entropy of `logits` against probability `labels` along
 * `axis` (TensorFlow's `tf.nn.softmax_cross_entropy_with_logits`):
 * `Σ_j labels_j (logSumExp(logits) - logits_j)` per row, computed stably
 * (max-shifted) in one kernel, as is its gradient. Labels and logits are
 * float32 of the same shape; the result drops `axis`. Rows whose labels sum
 * to 1 (one-hot or a distribution) give the usual cross-entropy.
 *
 * @param labels Probabilities `[..., classes]` (one-hot rows, or any
 *   distribution); they get a gradient too, as in TensorFlow.
 * @param logits Unnormalised scores, same shape.
 * @param axis The class axis (default -1). Other axes than the last run as a
 *   composition of ops (logSoftmax), not the fused kernel.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const loss = tf.nn.softmaxCrossEntropyWithLogits([[0, 1], [1, 0]], [[0, 0], [2, 0]]);
 * console.log(loss.arraySync()); // [0.6931472, 0.126928]
 * ```
 */
export function softmaxCrossEntropyWithLogits(
  labels: TensorLike,
  logits: TensorLike,
  axis = -1,
): Tensor {
  const op = "softmaxCrossEntropyWithLogits";
  const x = logitsOf(op, logits);
  const t = toTensor(op, labels);
  if (t.dtype !== "float32") {
    throw new TypeError(
      `${op}: labels must be float32 probabilities, got ${t.dtype} ${fmtShape(t.shape)}; ` +
        `for int32 class indices use tf.nn.sparseSoftmaxCrossEntropyWithLogits`,
    );
  }
  if (t.shape.join() !== x.shape.join()) {
    throw new RangeError(
      `${op}: labels ${fmtShape(t.shape)} and logits ${fmtShape(x.shape)} must have the same ` +
        `shape [..., classes]`,
    );
  }
  if (!Number.isInteger(axis) || axis < -x.rank || axis >= x.rank) {
    throw new RangeError(
      `${op}: axis ${axis} is out of range for logits ${fmtShape(x.shape)}; use an integer in ` +
        `[${-x.rank}, ${x.rank - 1}]`,
    );
  }
  const ax = axis < 0 ? axis + x.rank : axis;
  if (ax !== x.rank - 1) return neg(reduceSum(multiply(t, logSoftmax(x, ax)), ax));
  const classes = x.shape[x.rank - 1];
  const shape = x.shape.slice(0, -1);
  // no class: a zero loss per row, still depending on the inputs
  if (classes === 0) return reduceSum(multiply(t, x), -1);
  return run(xentOp, [t, x], { rows: x.size / classes, classes }, shape, "float32");
}

/**
 * The softmax cross-entropy of `logits` `[..., classes]` against one int32
 * class per row, `labels` `[...]` (TensorFlow's
 * `tf.nn.sparse_softmax_cross_entropy_with_logits`):
 * `logSumExp(logits) - logits[label]`, in one kernel, as is its gradient
 * `dy (softmax(logits) - onehot(label))`. A label outside `[0, classes)` gives
 * NaN (as TensorFlow on GPUs; its CPU kernel raises an error instead).
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * const labels = tf.constant([1, 0], { dtype: "int32" });
 * const loss = tf.nn.sparseSoftmaxCrossEntropyWithLogits(labels, [[0, 0], [2, 0]]);
 * console.log(loss.arraySync()); // [0.6931472, 0.126928]
 * ```
 */
export function sparseSoftmaxCrossEntropyWithLogits(
  labels: TensorLike,
  logits: TensorLike,
): Tensor {
  const op = "sparseSoftmaxCrossEntropyWithLogits";
  const x = logitsOf(op, logits);
  const t = toTensor(op, labels, "int32");
  if (t.dtype !== "int32") {
    throw new TypeError(
      `${op}: labels must be int32 class indices, got ${t.dtype} ${fmtShape(t.shape)}; ` +
        `for probabilities use tf.nn.softmaxCrossEntropyWithLogits`,
    );
  }
  const lead = x.shape.slice(0, -1);
  if (t.shape.join() !== lead.join()) {
    throw new RangeError(
      `${op}: labels ${fmtShape(t.shape)} must have the logits' shape without the class axis: ` +
        `${fmtShape(lead)} for logits ${fmtShape(x.shape)}`,
    );
  }
  const classes = x.shape[x.rank - 1];
  if (classes === 0) {
    throw new RangeError(`${op}: logits ${fmtShape(x.shape)} have no class; no label can be valid`);
  }
  return run(sparseXentOp, [t, x], { rows: x.size / classes, classes }, lead, "float32");
}
