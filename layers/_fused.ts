// Which Keras activations the fused kernels (tf.fused.matMul, tf.fused.conv2d)
// can apply in their epilogue: Dense and Conv2D use the fused op for these, the
// separate ops for the rest.

import type { Activation } from "../tape/ops/_activation.ts";
import { type ActivationFn, elu, linear, relu, relu6, sigmoid, tanh } from "./activations.ts";

const FUSED = new Map<ActivationFn, Activation>([
  [linear, "linear"],
  [relu, "relu"],
  [relu6, "relu6"],
  [elu, "elu"],
  [sigmoid, "sigmoid"],
  [tanh, "tanh"],
]);

/**
 * The fused-kernel name of an activation function, or null for one the
 * kernels do not have (a custom function, gelu, softmax, ...).
 */
export function fusedActivation(fn: ActivationFn): Activation | null {
  return FUSED.get(fn) ?? null;
}
