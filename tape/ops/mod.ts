// Every op family; mod.ts re-exports this. One family a file.
export * from "./arithmetic.ts";
export * from "./compare.ts";
export * from "./conv.ts";
export * from "./creation.ts";
export * from "./reduce.ts";
export * from "./linalg.ts";
export * from "./shape.ts";
export * from "./unary.ts";
export * from "./gather.ts";
export * from "./concat.ts";
export * from "./slice.ts";
export * from "./indexing.ts";
// tf.random.uniform, tf.random.normal, ...: a namespace, as in TensorFlow.
export * as random from "./random.ts";
