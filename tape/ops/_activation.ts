// The activation codes of asm/src/fused.ts and the one-kernel activation
// gradient (TensorFlow's ReluGrad, SigmoidGrad, ...), shared by the unary
// activations' gradients (unary.ts) and the fused ops (fused.ts).

import { defineOp, run } from "../op.ts";
import type { Tensor } from "../tensor.ts";
import { k } from "../../asm/backend.ts";
import { activationGradWgsl } from "../../gpu/kernels/fused.ts";
import { ELEMENTWISE_SPLIT, splitRows } from "./_elementwise.ts";
import { tooSmall } from "../../asm/threads.ts";
import { multiply, subtract } from "./arithmetic.ts";
import { less, where } from "./compare.ts";

/** The activations a fused op applies (TensorFlow.js's names). */
export type Activation = "linear" | "relu" | "relu6" | "leakyrelu" | "elu" | "sigmoid" | "tanh";

// Activation codes of asm/src/fused.ts.
export const ACT: Record<Activation, number> = {
  linear: 0,
  relu: 1,
  relu6: 2,
  leakyrelu: 3,
  elu: 4,
  sigmoid: 5,
  tanh: 6,
};

// ---------------------------------------------------------------- activationGrad

interface ActGradAttrs {
  act: number;
  alpha: number;
}

const actGradOp = defineOp<ActGradAttrs>({
  name: "activationGrad",
  webgpu: activationGradWgsl,
  wasm: (c) => {
    const n = c.outs[0].size, { act, alpha } = c.attrs;
    const dy = c.pin[0], y = c.pin[1], o = c.pout[0];
    if (tooSmall(n, ELEMENTWISE_SPLIT)) k.act_grad_f32(act, dy, y, o, n, alpha);
    else {
      splitRows("act_grad_f32", n, ELEMENTWISE_SPLIT, (s0, m) => [
        act,
        dy + 4 * s0,
        y + 4 * s0,
        o + 4 * s0,
        m,
        alpha,
      ]);
    }
  },
  // Linear in dy (the same mask or factor); in y: elu's dy (y + 1) gives dy
  // where y < 0, sigmoid's dy y (1 - y) gives dy (1 - 2y), tanh's dy (1 - y²)
  // gives -2 dy y; relu's, relu6's and leakyrelu's masks are piecewise constant.
  grad: ({ dy: g, ins: [dy, y], attrs: { act, alpha }, needs }) => {
    const dDy = needs[0] ? activationGradCode(g, y, act, alpha) : null;
    let dY: Tensor | null = null;
    if (needs[1]) {
      const gd = multiply(g, dy);
      if (act === ACT.elu) dY = where(less(y, 0), gd, 0);
      else if (act === ACT.sigmoid) dY = multiply(gd, subtract(1, multiply(y, 2)));
      else if (act === ACT.tanh) dY = multiply(gd, multiply(y, -2));
    }
    return [dDy, dY];
  },
});

/** The gradient through activation `act` (a code) from its output `y`. */
export function activationGradCode(dy: Tensor, y: Tensor, act: number, alpha: number): Tensor {
  if (act === ACT.linear) return dy;
  return run(actGradOp, [dy, y], { act, alpha }, y.shape, "float32");
}
