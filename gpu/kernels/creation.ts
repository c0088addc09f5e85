// WGSL kernels that make tensors from attributes alone: fill, range,
// linspace and eye (asm/src/creation.ts and memory.ts on wasm).
//
// Layout: 256 invocations a workgroup, one output element an invocation, in
// a 2-D grid past 65535 workgroups (elementwise.ts's `grid`). Elements are
// 32-bit words (bool is u32 0/1 on the GPU).
//
// Element i of a float32 sequence is start + f32(i) * delta with two
// roundings, as on wasm (and TensorFlow): the product goes through
// `rounded`, an xor with a uniform zero that the compiler cannot see
// through, so that no driver contracts the multiply-add into one fused
// rounding and both backends give the same bits.

import { dispatch, type Program, program } from "../queue.ts";
import type { GpuCall } from "../../tape/op.ts";
import { grid } from "./elementwise.ts";

const WG = 256;

const HEAD = `struct P { n: u32, strideX: u32, zero: u32, a: u32, b: u32, c: u32, d: u32, e: u32 };
@group(0) @binding(0) var<uniform> p: P;
/** x, rounded to f32 where it stands (never fused with a following add). */
fn rounded(x: f32) -> f32 { return bitcast<f32>(bitcast<u32>(x) ^ p.zero); }`;

function elementwise(key: string, outT: string, body: string): Program {
  return program(key, () =>
    `${HEAD}
@group(0) @binding(1) var<storage, read_write> O: array<${outT}>;
@compute @workgroup_size(${WG}) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.y * p.strideX + gid.x;
  if (i >= p.n) { return; }
  ${body}
}`);
}

// fill_32: O[i] = the bits p.a.
const fillProgram = elementwise("fill_32", "u32", "O[i] = p.a;");

/** Records a fill of the first `n` words of `b` with the bits `bits`. */
export function fillGpu(b: GPUBuffer, n: number, bits: number): void {
  if (n === 0) return;
  const g = grid(n);
  dispatch(fillProgram, [b], [n, g.strideX, 0, bits, 0, 0, 0, 0], g.groups);
}

/** The WebGPU kernel of fill: `attrs.bits` is the element's bit pattern (bool: 0/1). */
export function fillWgsl(c: GpuCall<{ bits: number }>): void {
  fillGpu(c.bout[0], c.outs[0].size, c.attrs.bits);
}

const f32Bits = (v: number) => new Uint32Array(new Float32Array([v]).buffer)[0];

// range_float32: start (a) + rounded(f32(i) * delta (b)); range_int32 wraps.
const rangeF32 = elementwise(
  "range_float32",
  "f32",
  "O[i] = bitcast<f32>(p.a) + rounded(f32(i) * bitcast<f32>(p.b));",
);
const rangeI32 = elementwise(
  "range_int32",
  "i32",
  "O[i] = bitcast<i32>(p.a) + i32(i) * bitcast<i32>(p.b);",
);
// linspace_float32: as range_float32, the last element exactly stop (c).
const linspaceF32 = elementwise(
  "linspace_float32",
  "f32",
  `O[i] = select(bitcast<f32>(p.a) + rounded(f32(i) * bitcast<f32>(p.b)), bitcast<f32>(p.c),
    i == p.n - 1u);`,
);

/** The WebGPU kernel of range (and linspace with `stop` not NaN). */
export function sequenceWgsl(linspace: boolean) {
  return (c: GpuCall<{ start: number; delta: number; stop: number }>): void => {
    const out = c.outs[0];
    const n = out.size;
    const g = grid(n);
    const { start, delta, stop } = c.attrs;
    if (out.dtype === "int32") {
      dispatch(rangeI32, [c.bout[0]], [n, g.strideX, 0, start | 0, delta | 0, 0, 0, 0], g.groups);
      return;
    }
    dispatch(
      linspace ? linspaceF32 : rangeF32,
      [c.bout[0]],
      [n, g.strideX, 0, f32Bits(start), f32Bits(delta), linspace ? f32Bits(stop) : 0, 0, 0],
      g.groups,
    );
  };
}

// eye_32: ones (bits a) where the row equals the column of each rows (b) x
// cols (c) matrix, zeros elsewhere.
const eyeProgram = elementwise(
  "eye_32",
  "u32",
  "let w = i % (p.b * p.c); O[i] = select(0u, p.a, w / p.c == w % p.c);",
);

/** The WebGPU kernel of eye. */
export function eyeWgsl(c: GpuCall<{ rows: number; cols: number }>): void {
  const out = c.outs[0];
  const g = grid(out.size);
  const one = out.dtype === "float32" ? 0x3f800000 : 1;
  dispatch(
    eyeProgram,
    [c.bout[0]],
    [out.size, g.strideX, 0, one, c.attrs.rows, c.attrs.cols, 0, 0],
    g.groups,
  );
}
