// Every op family; mod.ts re-exports this.
export * from "./arithmetic.ts";
export * from "./compare.ts";
export * from "./creation.ts";
export * from "./unary.ts";
