/**
 * `tf.keras.activations`: the activation functions layers accept by name
 * (`activation: "relu"`), as Keras 3 defines them. Every one is a composition
 * of tapeflow ops, so gradients come from the ops' own rules.
 *
 * Names are Keras's snake_case ("leaky_relu", "hard_sigmoid") or their
 * camelCase forms ("leakyRelu"); `get` resolves either, a function passes
 * through, and `undefined`/`null`/"linear" give the identity.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const f = tf.keras.activations.get("gelu");
 * console.log(f(tf.constant([0, 1])).arraySync()); // [0, 0.8413447737693787]
 * ```
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import { type TensorLike, toTensor } from "../tape/convert.ts";
import { add, divide, maximum, minimum, multiply, subtract } from "../tape/ops/arithmetic.ts";
import {
  abs,
  elu as eluOp,
  exp,
  gelu as geluOp,
  leakyRelu as leakyReluOp,
  relu as reluOp,
  relu6 as relu6Op,
  selu as seluOp,
  sigmoid as sigmoidOp,
  softplus as softplusOp,
  tanh as tanhOp,
} from "../tape/ops/unary.ts";
import { logSoftmax as logSoftmaxOp, softmax as softmaxOp } from "../tape/ops/reduce.ts";

/** An activation: a function of one tensor. */
export type ActivationFn = (x: Tensor) => Tensor;

/** What layers accept as `activation`: a name, a function, or nothing (linear). */
export type ActivationIdentifier = string | ActivationFn | null | undefined;

/** The identity (Keras's "linear"). */
export function linear(x: TensorLike): Tensor {
  return toTensor("linear", x);
}
/** max(x, 0). */
export function relu(x: TensorLike): Tensor {
  return reluOp(x);
}
/** min(max(x, 0), 6). */
export function relu6(x: TensorLike): Tensor {
  return relu6Op(x);
}
/** x for x > 0, e^x - 1 elsewhere. */
export function elu(x: TensorLike): Tensor {
  return eluOp(x);
}
/** Scaled ELU with Keras's constants. */
export function selu(x: TensorLike): Tensor {
  return seluOp(x);
}
/** log(1 + e^x). */
export function softplus(x: TensorLike): Tensor {
  return softplusOp(x);
}
/** x / (1 + |x|). */
export function softsign(x: TensorLike): Tensor {
  const t = toTensor("softsign", x);
  return divide(t, add(abs(t), 1));
}
/** x · sigmoid(x) (also "swish"). */
export function silu(x: TensorLike): Tensor {
  const t = toTensor("silu", x);
  return multiply(t, sigmoidOp(t));
}
/** x Φ(x), the exact form (Keras 3's default `approximate=False`). */
export function gelu(x: TensorLike): Tensor {
  return geluOp(x, false);
}
/** tanh x. */
export function tanh(x: TensorLike): Tensor {
  return tanhOp(x);
}
/** 1 / (1 + e^-x). */
export function sigmoid(x: TensorLike): Tensor {
  return sigmoidOp(x);
}
/** e^x. */
export function exponential(x: TensorLike): Tensor {
  return exp(x);
}
/** relu6(x + 3) / 6, Keras 3's piecewise-linear sigmoid. */
export function hardSigmoid(x: TensorLike): Tensor {
  return divide(relu6Op(add(toTensor("hard_sigmoid", x), 3)), 6);
}
/** x · hard_sigmoid(x) (also "hard_swish"). */
export function hardSilu(x: TensorLike): Tensor {
  const t = toTensor("hard_silu", x);
  return multiply(t, hardSigmoid(t));
}
/** clip(x, -1, 1). */
export function hardTanh(x: TensorLike): Tensor {
  return minimum(maximum(toTensor("hard_tanh", x), -1), 1);
}
/** x · tanh(softplus(x)). */
export function mish(x: TensorLike): Tensor {
  const t = toTensor("mish", x);
  return multiply(t, tanhOp(softplusOp(t)));
}
/** x for x > 0, 0.2 x elsewhere (Keras 3's default negative slope). */
export function leakyRelu(x: TensorLike): Tensor {
  return leakyReluOp(x, 0.2);
}
/** log sigmoid(x) = -softplus(-x), stable for large |x|. */
export function logSigmoid(x: TensorLike): Tensor {
  return subtract(0, softplusOp(multiply(toTensor("log_sigmoid", x), -1)));
}
/** Softmax over the last axis. */
export function softmax(x: TensorLike): Tensor {
  return softmaxOp(x, -1);
}
/** Log-softmax over the last axis (log-sum-exp, stable). */
export function logSoftmax(x: TensorLike): Tensor {
  return logSoftmaxOp(x, -1);
}

/** Every activation by its Keras name. */
const BY_NAME: Record<string, ActivationFn> = {
  linear,
  relu,
  relu6,
  elu,
  selu,
  softplus,
  softsign,
  silu,
  swish: silu,
  gelu,
  tanh,
  sigmoid,
  exponential,
  hard_sigmoid: hardSigmoid,
  hard_silu: hardSilu,
  hard_swish: hardSilu,
  hard_tanh: hardTanh,
  mish,
  leaky_relu: leakyRelu,
  log_sigmoid: logSigmoid,
  softmax,
  log_softmax: logSoftmax,
};

/** snake_case of a camelCase name ("leakyRelu" -> "leaky_relu"). */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** The Keras names `get` knows. */
export function names(): string[] {
  return Object.keys(BY_NAME);
}

/**
 * Resolves an activation: a name (snake_case or camelCase), a function
 * (returned as it is), or nothing (linear).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.get("hard_sigmoid") === tf.keras.activations.get("hardSigmoid")); // true
 * ```
 */
export function get(identifier: ActivationIdentifier, where = "activations.get"): ActivationFn {
  if (identifier === undefined || identifier === null) return linear;
  if (typeof identifier === "function") return identifier;
  if (typeof identifier === "string") {
    const fn = BY_NAME[identifier] ?? BY_NAME[snakeCase(identifier)];
    if (fn !== undefined) return fn;
    throw new TypeError(
      `${where}: unknown activation ${JSON.stringify(identifier)}; use one of ` +
        `${names().map((n) => `"${n}"`).join(", ")}, or pass a function of a tensor`,
    );
  }
  throw new TypeError(
    `${where}: activation must be a name or a function, got ${typeof identifier}; ` +
      `e.g. activation: "relu"`,
  );
}

/** The Keras name of an activation function, or null for a user function. */
export function nameOf(fn: ActivationFn): string | null {
  for (const [name, f] of Object.entries(BY_NAME)) if (f === fn) return name;
  return null;
}
