// The kernel module's entry: every function exported by these files becomes an
// export of the generated wasm (asm/kernels.generated.ts). One family a file;
// one line a family (so that parallel work merges cleanly).
export * from "./memory";
export * from "./binary";
export * from "./unary";
export * from "./reduce";
export * from "./compare";
export * from "./matmul";
export * from "./shape";
export * from "./creation";
export * from "./random";
export * from "./conv";
export * from "./shape";
export * from "./gather";
export * from "./optim";
export * from "./fused";
