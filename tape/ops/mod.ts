// Every op family; mod.ts re-exports this. One family a file.
export * from "./arithmetic.ts";
export * from "./compare.ts";
// conv.ts and linalg.ts also export kernel entry points for the fused ops
// (tape/ops/fused.ts); only the ops are public.
export { avgPool, avgPoolGrad, maxPool, maxPoolGrad, maxPoolGradGrad } from "./pool.ts";
export {
  conv2d,
  conv2dBackpropFilter,
  conv2dBackpropInput,
  conv2dTranspose,
  depthwiseConv2d,
  depthwiseConv2dBackpropFilter,
  depthwiseConv2dBackpropInput,
  type Padding,
  type Size2,
} from "./conv.ts";
export * from "./creation.ts";
export * from "./reduce.ts";
export { einsum, matmul, tensordot } from "./linalg.ts";
export * from "./shape.ts";
export * from "./unary.ts";
export * from "./gather.ts";
export * from "./concat.ts";
export * from "./slice.ts";
export * from "./indexing.ts";
// tf.random.uniform, tf.random.normal, ...: a namespace, as in TensorFlow.
export * as random from "./random.ts";
// tf.fused.matMul, tf.fused.conv2d: bias and activation fused into the kernel (TensorFlow.js's names).
export * as fused from "./fused.ts";
// tf.nn.softmaxCrossEntropyWithLogits, ...: fused nn ops (TensorFlow's names).
export * as nn from "./nn.ts";
