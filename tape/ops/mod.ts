// Every op family; mod.ts re-exports this. One family a file.
export * from "./arithmetic.ts";
export * from "./compare.ts";
export * from "./conv.ts";
export * from "./creation.ts";
export * from "./reduce.ts";
export * from "./linalg.ts";
export * from "./shape.ts";
export * from "./unary.ts";
// tf.random.uniform, tf.random.normal, ...: a namespace, as in TensorFlow.
export * as random from "./random.ts";
// tf.fused.matMul, tf.fused.conv2d: bias and activation fused into the kernel (TensorFlow.js's names).
export * as fused from "./fused.ts";
// tf.nn.softmaxCrossEntropyWithLogits, ...: fused nn ops (TensorFlow's names).
export * as nn from "./nn.ts";
