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

/**
 * The identity (Keras's "linear").
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.linear([-1, 0, 2]).arraySync()); // [-1, 0, 2]
 * ```
 */
export function linear(x: TensorLike): Tensor {
  return toTensor("linear", x);
}
/**
 * max(x, 0).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.relu([-1, 0, 2]).arraySync()); // [0, 0, 2]
 * ```
 */
export function relu(x: TensorLike): Tensor {
  return reluOp(x);
}
/**
 * min(max(x, 0), 6).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.relu6([-1, 0, 2]).arraySync()); // [0, 0, 2]
 * ```
 */
export function relu6(x: TensorLike): Tensor {
  return relu6Op(x);
}
/**
 * x for x > 0, e^x - 1 elsewhere.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.elu([-1, 0, 2]).arraySync()); // [-0.6321205496788025, 0, 2]
 * ```
 */
export function elu(x: TensorLike): Tensor {
  return eluOp(x);
}
/**
 * Scaled ELU with Keras's constants.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.selu([-1, 0, 2]).arraySync()); // [-1.1113307476043701, 0, 2.1014020442962646]
 * ```
 */
export function selu(x: TensorLike): Tensor {
  return seluOp(x);
}
/**
 * log(1 + e^x).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.softplus([-1, 0, 2]).arraySync()); // [0.3132616877555847, 0.6931471824645996, 2.1269280910491943]
 * ```
 */
export function softplus(x: TensorLike): Tensor {
  return softplusOp(x);
}
/**
 * x / (1 + |x|).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.softsign([-1, 0, 2]).arraySync()); // [-0.5, 0, 0.6666666865348816]
 * ```
 */
export function softsign(x: TensorLike): Tensor {
  const t = toTensor("softsign", x);
  return divide(t, add(abs(t), 1));
}
/**
 * x · sigmoid(x) (also "swish").
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.silu([-1, 0, 2]).arraySync()); // [-0.2689414322376251, 0, 1.7615940570831299]
 * ```
 */
export function silu(x: TensorLike): Tensor {
  const t = toTensor("silu", x);
  return multiply(t, sigmoidOp(t));
}
/**
 * x Φ(x), the exact form (Keras 3's default `approximate=False`).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.gelu([-1, 0, 2]).arraySync()); // [-0.15865525603294373, 0, 1.9544997215270996]
 * ```
 */
export function gelu(x: TensorLike): Tensor {
  return geluOp(x, false);
}
/**
 * tanh x.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.tanh([-1, 0, 2]).arraySync()); // [-0.7615941762924194, 0, 0.9640275835990906]
 * ```
 */
export function tanh(x: TensorLike): Tensor {
  return tanhOp(x);
}
/**
 * 1 / (1 + e^-x).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.sigmoid([-1, 0, 2]).arraySync()); // [0.2689414322376251, 0.5, 0.8807970285415649]
 * ```
 */
export function sigmoid(x: TensorLike): Tensor {
  return sigmoidOp(x);
}
/**
 * e^x.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.exponential([-1, 0, 2]).arraySync()); // [0.3678794503211975, 1, 7.389056205749512]
 * ```
 */
export function exponential(x: TensorLike): Tensor {
  return exp(x);
}
/**
 * relu6(x + 3) / 6, Keras 3's piecewise-linear sigmoid.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.hardSigmoid([-1, 0, 2]).arraySync()); // [0.3333333432674408, 0.5, 0.8333333134651184]
 * ```
 */
export function hardSigmoid(x: TensorLike): Tensor {
  return divide(relu6Op(add(toTensor("hard_sigmoid", x), 3)), 6);
}
/**
 * x · hard_sigmoid(x) (also "hard_swish").
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.hardSilu([-1, 0, 2]).arraySync()); // [-0.3333333432674408, 0, 1.6666666269302368]
 * ```
 */
export function hardSilu(x: TensorLike): Tensor {
  const t = toTensor("hard_silu", x);
  return multiply(t, hardSigmoid(t));
}
/**
 * clip(x, -1, 1).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.hardTanh([-1, 0, 2]).arraySync()); // [-1, 0, 1]
 * ```
 */
export function hardTanh(x: TensorLike): Tensor {
  return minimum(maximum(toTensor("hard_tanh", x), -1), 1);
}
/**
 * x · tanh(softplus(x)).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.mish([-1, 0, 2]).arraySync()); // [-0.30340147018432617, 0, 1.9439589977264404]
 * ```
 */
export function mish(x: TensorLike): Tensor {
  const t = toTensor("mish", x);
  return multiply(t, tanhOp(softplusOp(t)));
}
/**
 * x for x > 0, 0.2 x elsewhere (Keras 3's default negative slope).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.leakyRelu([-1, 0, 2]).arraySync()); // [-0.20000000298023224, 0, 2]
 * ```
 */
export function leakyRelu(x: TensorLike): Tensor {
  return leakyReluOp(x, 0.2);
}
/**
 * log sigmoid(x) = -softplus(-x), stable for large |x|.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.logSigmoid([-1, 0, 2]).arraySync()); // [-1.3132617473602295, -0.6931471824645996, -0.12692800164222717]
 * ```
 */
export function logSigmoid(x: TensorLike): Tensor {
  return subtract(0, softplusOp(multiply(toTensor("log_sigmoid", x), -1)));
}
/**
 * Softmax over the last axis.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.softmax([-1, 0, 2]).arraySync()); // [0.04201006516814232, 0.11419519037008286, 0.8437947034835815]
 * ```
 */
export function softmax(x: TensorLike): Tensor {
  return softmaxOp(x, -1);
}
/**
 * Log-softmax over the last axis (log-sum-exp, stable).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.logSoftmax([-1, 0, 2]).arraySync()); // [-3.1698460578918457, -2.1698460578918457, -0.1698460429906845]
 * ```
 */
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

/**
 * snake_case of a camelCase name ("leakyRelu" -> "leaky_relu").
 *
 * @internal
 */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/**
 * The Keras names `get` knows.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * console.log(tf.keras.activations.names().includes("relu")); // true
 * ```
 */
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

/**
 * The Keras name of an activation function, or null for a user function.
 *
 * @internal
 */
export function nameOf(fn: ActivationFn): string | null {
  for (const [name, f] of Object.entries(BY_NAME)) if (f === fn) return name;
  return null;
}
