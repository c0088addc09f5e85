// WGSL kernels for matrix products: a tiled GEMM generator (also used by the
// implicit-GEMM convolutions in conv.ts), and matmul's kernel on top of it.
//
// The tiled GEMM computes C[M, N] = A[M, K] · B[K, N] where A and B are read
// through WGSL functions `loadA(m, k)` / `loadB(k, n)` that the caller writes
// (a transpose, a batch offset, an image patch: never materialised). A
// workgroup of WY x WX threads (16 x 16 on a GPU) owns a BM x BN block of C
// (BM = WY TM, BN = WX TN); each thread keeps a TM x TN block of
// accumulators in registers (4x4 or 8x8), as vec4 rows. Per step of BK along
// k, the workgroup stages a BK x BM slice of A and a BK x BN slice of B in
// workgroup memory (both k-major, so that a thread reads its 4-row and
// 4-column groups as vec4s), then every thread does TM TN BK fused
// multiply-adds from (TM + TN) / 4 vec4 reads per k. Two staging buffers
// alternate: the next slice is fetched from global memory into registers
// while the current one is multiplied, and stored after, so one barrier per
// step suffices. A thread's rows are ty 4 + r + 4 WY g and its columns
// tx 4 + q + 4 WX h: the vec4 reads of a warp are contiguous or broadcast (no
// bank conflicts).
//
// Edge tiles (sizes that are not multiples of the tile) use the "checked"
// variant, whose loads return 0 outside [0, M) x [kBeg, kEnd) x [0, N) and
// whose stores are masked. Split-K: when the product has few output tiles and
// a long k (a weight gradient), workgroup z takes one k chunk and writes its
// partial product to a scratch buffer; a second kernel sums the chunks.
//
// Small products (and int32, whose wrapping sums are exact in any order) take
// a one-thread-per-output kernel.
//
// On a software adapter (llvmpipe) the tiles are smaller (SOFTWARE_TILE):
// its shader compile time grows steeply with workgroup memory. Tests there
// run that shape and validate the GPU shapes' WGSL (gpuValidateTiles);
// bench/gpu_check.ts checks them on a real GPU.

import type { GpuCall } from "../../tape/op.ts";
import { collapseBroadcast } from "../../tape/_shape.ts";
import { acquireBuffer, dispatch, type Params, type Program, releaseBuffer } from "../queue.ts";
import { gpu } from "../device.ts";
import { grid } from "./elementwise.ts";

// ---------------------------------------------------------------- tiling

/**
 * One tiled program's shape: WY x WX threads, each computing TM x TN outputs,
 * so a workgroup owns a BM x BN block (BM = WY TM, BN = WX TN); BK is the
 * depth of one k step. Each thread stages BK BM / (WX WY) floats of A (and
 * likewise of B) per step: a multiple of 4.
 */
export interface Tile {
  TM: 4 | 8;
  TN: 4 | 8;
  BK: 8 | 16;
  WX: 8 | 16;
  WY: 8 | 16;
}

/**
 * Heuristics of the GEMM paths, exported so that tests can force each path
 * on small sizes (and bench/gpu_check.ts can report the choice).
 */
export const gemmTuning = {
  /** Output tiles of 128 x 128 (times batches) from which the 8x8-per-thread program is used. */
  bigTileMinTiles: 64,
  /** Multiply-adds below which the one-thread-per-output kernel is used. */
  simpleMaxMacs: 32 * 32 * 32,
  /** A product with fewer 64 x 64 tiles than this and k >= splitMinK is split along k. */
  splitMaxTiles: 32,
  splitMinK: 1024,
  /** Workgroups aimed at when splitting along k. */
  splitTargetGroups: 128,
  /** The 8x8 tile's BK (null: 16 when its workgroup memory fits, else 8). */
  bigTileBK: null as null | 8 | 16,
  /** Forces a path ("simple", "tile64", "tile128", "split"), for tests; null: heuristics. */
  force: null as null | "simple" | "tile64" | "tile128" | "split",
};

function storageLimit(): number {
  return gpu?.limits.maxComputeWorkgroupStorageSize ?? 16384;
}

/** Workgroup memory of a tiled program: two staging buffers of A and B slices. */
function storageBytes(t: Tile, padA: boolean, padB: boolean): number {
  return 2 * t.BK * ((t.WY * t.TM) / 4 + (padA ? 1 : 0) + (t.WX * t.TN) / 4 + (padB ? 1 : 0)) * 16;
}

/** The 8x8-per-thread tile: BK 16 when its workgroup memory (32 KiB unpadded) fits, else 8. */
function bigTile(): Tile {
  const t16: Tile = { TM: 8, TN: 8, BK: 16, WX: 16, WY: 16 };
  if (gemmTuning.bigTileBK !== null) return { ...t16, BK: gemmTuning.bigTileBK };
  return storageBytes(t16, false, false) <= storageLimit() ? t16 : { ...t16, BK: 8 };
}
/** The 4x4-per-thread tile, for products with few 128 x 128 tiles. */
const SMALL_TILE: Tile = { TM: 4, TN: 4, BK: 16, WX: 16, WY: 16 };
/**
 * On a software adapter (llvmpipe) every tiled program is compiled with this
 * shape instead: 32 x 32 blocks of 64 threads, 4 KiB of workgroup memory.
 * The programs are the same code with smaller constants; llvmpipe's shader
 * compile time grows steeply with the workgroup memory (measured: a 4 x 4
 * tile with 16 KiB takes 30-40 s to compile there, this one a few seconds).
 */
const SOFTWARE_TILE: Tile = { TM: 4, TN: 4, BK: 8, WX: 8, WY: 8 };

/**
 * The uniform block shared by every GEMM program (u32 words, in this order).
 * - M, N, K: the product; kChunk: k per workgroup z when split (else K);
 * - mTile0: first row tile of this dispatch (grids above 65535 row tiles are
 *   cut into several dispatches); zBase: first batch index of this dispatch;
 * - baseA, baseB, baseC: element offsets; bd*: up to four batch dimensions
 *   (innermost last, 1 when unused) with A's and B's element strides ba*, bb*;
 * - H ... MM: convolution geometry (conv.ts).
 */
export const GEMM_FIELDS = [
  "M",
  "N",
  "K",
  "kChunk",
  "mTile0",
  "zBase",
  "baseA",
  "baseB",
  "baseC",
  "bd0",
  "bd1",
  "bd2",
  "bd3",
  "ba0",
  "ba1",
  "ba2",
  "ba3",
  "bb0",
  "bb1",
  "bb2",
  "bb3",
  "B",
  "H",
  "W",
  "C",
  "OH",
  "OW",
  "KH",
  "KW",
  "SH",
  "SW",
  "DH",
  "DW",
  "PT",
  "PL",
  "CO",
  "MM",
] as const;

/** A GEMM uniform field name. */
export type GemmField = typeof GEMM_FIELDS[number];

/** Packs GEMM parameters in GEMM_FIELDS order (unset: 0, batch dims: 1). */
export function gemmParams(v: Partial<Record<GemmField, number>>): Params {
  return GEMM_FIELDS.map((f) => v[f] ?? (f.startsWith("bd") ? 1 : 0));
}

const GEMM_HEADER = `struct P { ${GEMM_FIELDS.map((f) => `${f}: u32`).join(", ")} };
@group(0) @binding(0) var<uniform> p: P;
var<private> offA: u32;
var<private> offB: u32;
var<private> offC: u32;
var<private> kBeg: u32;
var<private> kEnd: u32;`;

/** The batch-offset setup of a GEMM program: z indexes the (broadcast) batch. */
const BATCH_SETUP = `
  var rz = z;
  let i3 = rz % p.bd3; rz = rz / p.bd3;
  let i2 = rz % p.bd2; rz = rz / p.bd2;
  let i1 = rz % p.bd1; rz = rz / p.bd1;
  let i0 = rz;
  offA = p.baseA + i0 * p.ba0 + i1 * p.ba1 + i2 * p.ba2 + i3 * p.ba3;
  offB = p.baseB + i0 * p.bb0 + i1 * p.bb1 + i2 * p.bb2 + i3 * p.bb3;`;

/** What a tiled GEMM program reads, and how. */
export interface GemmSpec {
  /** Pipeline key (the tile and the variant are appended). */
  key: string;
  tile: Tile;
  /** Which index of A is contiguous in memory ("k": rows, "m": columns): picks the load pattern. */
  aMajor: "k" | "m";
  /** Which index of B is contiguous in memory. */
  bMajor: "k" | "n";
  /**
   * WGSL functions `loadA(m: u32, k: u32) -> f32` and `loadB(k: u32, n: u32) -> f32`
   * over bindings 1 (A) and 2 (B), and helpers. They may read the private
   * offA, offB, kBeg, kEnd and the uniforms p.*; when `checked`, they return 0
   * outside [0, M) x [kBeg, kEnd) (resp. [kBeg, kEnd) x [0, N)).
   */
  loaders: string;
  /** Edge variant: loads outside the ranges give 0, stores are masked. */
  checked: boolean;
  /** z indexes the batch (offsets from bd/ba/bb) rather than k chunks. */
  batched: boolean;
  /** Pad k-major staging rows (default: when the workgroup memory allows). */
  pad?: boolean;
}

/** Whether a spec's k-major staging rows are padded. */
function padOf(s: GemmSpec): boolean {
  return s.pad ?? storageBytes(s.tile, s.aMajor === "k", s.bMajor === "k") <= storageLimit();
}

const gemmPrograms = new Map<string, Program>();

/** The tiled program of a spec (cached by key, tile and variant). */
export function gemmProgram(s: GemmSpec): Program {
  const { TM, TN, BK, WX, WY } = s.tile;
  const pad = padOf(s);
  const key = `${s.key}_${WY}x${WX}t${TM}x${TN}k${BK}${pad ? "p" : ""}` +
    (s.checked ? "_checked" : "") +
    (s.batched ? "_b" : "");
  let prog = gemmPrograms.get(key);
  if (prog === undefined) gemmPrograms.set(key, prog = { key, wgsl: () => gemmWgsl(s) });
  return prog;
}

function gemmWgsl(s: GemmSpec): string {
  const { TM, TN, BK, WX, WY } = s.tile;
  const BM = WY * TM, BN = WX * TN, NT = WX * WY;
  const APT = (BK * BM) / NT, BPT = (BK * BN) / NT; // floats each thread stages
  const L: string[] = [];
  const u = (n: number) => `${n}u`;

  // ---- staging: which elements a thread fetches, and where they go. A
  // slice is stored k-major (row k holds BM floats of m, as BM / 4 vec4s) so
  // that the multiply reads vec4s along m. When A is contiguous along k, a
  // thread fetches 4 consecutive rows times KP consecutive k and stores one
  // vec4 per k; the rows of the slice are then padded by one vec4 so that
  // the threads storing different k of the same rows hit different banks.
  const pad = padOf(s);
  const SA = BM / 4 + (pad && s.aMajor === "k" ? 1 : 0);
  const SB = BN / 4 + (pad && s.bMajor === "k" ? 1 : 0);
  // The staging arrays are [2 BK][S] vec4s: row (buffer BK + k). The main
  // loop is unrolled by two so that the buffer, and with it every row index
  // of the multiply, is a constant: WGSL's bounds checks then cost nothing
  // there (a constant index is checked at compile time; the column index is
  // the same per-thread value at every read, clamped once).
  const staging = (
    name: "A" | "B",
    major: boolean,
    per: number,
    width: number,
    load: (mn: string, k: string) => string,
  ) => {
    const r = name === "A" ? "ra" : "rb", o = name === "A" ? "m0" : "n0";
    const buf = name === "A" ? "As" : "Bs";
    if (major) {
      const kp = per / 4, tpq = BK / kp; // k per thread, threads per group of 4 rows
      const setup = `let ${r}Q = t / ${u(tpq)}; let ${r}K = (t % ${u(tpq)}) * ${u(kp)};`;
      const fetch = range(4).flatMap((q) =>
        range(kp).map((j) =>
          `${r}${q * kp + j} = ${load(`${o} + ${r}Q * 4u + ${u(q)}`, `k0 + ${r}K + ${u(j)}`)};`
        )
      ).join(" ");
      const store = (sb: number) =>
        range(kp).map((j) =>
          `${buf}[${u(sb * BK + j)} + ${r}K][${r}Q] = vec4<f32>(` +
          range(4).map((q) => `${r}${q * kp + j}`).join(", ") + ");"
        ).join("\n    ");
      return { setup, fetch, store };
    }
    const tpk = width / per; // threads per row k of the slice
    const setup = `let ${r}K = t / ${u(tpk)}; let ${r}M = (t % ${u(tpk)}) * ${u(per / 4)};`;
    const fetch = range(per).map((j) =>
      `${r}${j} = ${load(`${o} + ${r}M * 4u + ${u(j)}`, `k0 + ${r}K`)};`
    ).join(" ");
    const store = (sb: number) =>
      range(per / 4).map((q) =>
        `${buf}[${u(sb * BK)} + ${r}K][${r}M + ${u(q)}] = vec4<f32>(` +
        range(4).map((j) => `${r}${4 * q + j}`).join(", ") + ");"
      ).join("\n    ");
    return { setup, fetch, store };
  };
  const sa = staging("A", s.aMajor === "k", APT, BM, (m, k) => `loadA(${m}, ${k})`);
  const sbB = staging("B", s.bMajor === "k", BPT, BN, (n, k) => `loadB(${k}, ${n})`);

  // ---- the multiply of one staged slice (buffer `cb`)
  const G = TM / 4, Hn = TN / 4;
  const acc = (i: number, h: number) => `c${i}_${h}`;
  const multiply = (cb: number) => {
    const body: string[] = [];
    for (let kk = 0; kk < BK; kk++) {
      const row = u(cb * BK + kk);
      for (let g = 0; g < G; g++) body.push(`let a${g}_${kk} = As[${row}][ca${g}];`);
      for (let h = 0; h < Hn; h++) body.push(`let b${h}_${kk} = Bs[${row}][cb${h}];`);
      for (let g = 0; g < G; g++) {
        for (let r = 0; r < 4; r++) {
          const i = 4 * g + r;
          const comp = "xyzw"[r];
          for (let h = 0; h < Hn; h++) {
            body.push(
              `${acc(i, h)} = fma(vec4<f32>(a${g}_${kk}.${comp}), b${h}_${kk}, ${acc(i, h)});`,
            );
          }
        }
      }
    }
    return body.join("\n      ");
  };
  // One step: prefetch slice st + 1 + cur into registers, multiply buffer
  // cur, store the prefetched slice into the other buffer, one barrier.
  const step = (cur: number) =>
    `{
      let more = st + ${u(cur + 1)} < T;
      if (more) {
        let k0 = kb + (st + ${u(cur + 1)}) * ${u(BK)};
        ${sa.fetch}
        ${sbB.fetch}
      }
      ${multiply(cur)}
      if (more) {
        ${sa.store(1 - cur)}
        ${sbB.store(1 - cur)}
      }
      workgroupBarrier();
    }`;

  // ---- stores
  const stores: string[] = [];
  for (let g = 0; g < G; g++) {
    for (let r = 0; r < 4; r++) {
      const i = 4 * g + r;
      stores.push(`{ let m = m0 + ${u(g * 4 * WY + r)} + ty * 4u;`);
      if (s.checked) stores.push(`if (m < p.M) {`);
      for (let h = 0; h < Hn; h++) {
        stores.push(`{ let n = n0 + ${u(h * 4 * WX)} + tx * 4u; let v = ${acc(i, h)};`);
        for (let q = 0; q < 4; q++) {
          const st = `C[offC + m * p.N + n + ${u(q)}] = v.${"xyzw"[q]};`;
          stores.push(s.checked ? `if (n + ${u(q)} < p.N) { ${st} }` : st);
        }
        stores.push(`}`);
      }
      if (s.checked) stores.push(`}`);
      stores.push(`}`);
    }
  }

  const decl: string[] = [];
  for (let i = 0; i < TM; i++) {
    for (let h = 0; h < Hn; h++) decl.push(`var ${acc(i, h)} = vec4<f32>(0.0);`);
  }

  L.push(GEMM_HEADER);
  L.push(s.loaders);
  L.push(`@group(0) @binding(3) var<storage, read_write> C: array<f32>;`);
  L.push(`var<workgroup> As: array<array<vec4<f32>, ${SA}>, ${2 * BK}>;`);
  L.push(`var<workgroup> Bs: array<array<vec4<f32>, ${SB}>, ${2 * BK}>;`);
  L.push(`@compute @workgroup_size(${NT})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let z = wid.z + p.zBase;
  offA = p.baseA; offB = p.baseB; offC = p.baseC + z * p.M * p.N;
  ${s.batched ? BATCH_SETUP : ""}
  let kb = ${s.batched ? "0u" : "min(z * p.kChunk, p.K)"};
  let ke = ${s.batched ? "p.K" : "min(kb + p.kChunk, p.K)"};
  kBeg = kb; kEnd = ke;
  let T = (ke - kb + ${u(BK - 1)}) / ${u(BK)};
  let m0 = (wid.y + p.mTile0) * ${u(BM)};
  let n0 = wid.x * ${u(BN)};
  let tx = t % ${u(WX)};
  let ty = t / ${u(WX)};
  ${range(G).map((g) => `let ca${g} = ty + ${u(g * WY)};`).join(" ")}
  ${range(Hn).map((h) => `let cb${h} = tx + ${u(h * WX)};`).join(" ")}
  ${sa.setup}
  ${sbB.setup}
  ${range(APT).map((j) => `var ra${j}: f32;`).join(" ")}
  ${range(BPT).map((j) => `var rb${j}: f32;`).join(" ")}
  ${decl.join("\n  ")}
  {
    let k0 = kb;
    ${sa.fetch}
    ${sbB.fetch}
    ${sa.store(0)}
    ${sbB.store(0)}
  }
  workgroupBarrier();
  for (var st = 0u; st < T; st += 2u) {
    ${step(0)}
    if (st + 1u >= T) { break; }
    ${step(1)}
  }
  ${stores.join("\n  ")}
}`);
  return L.join("\n");
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The GEMM programs of one op and layout (for `gpuValidateTiles`). */
export interface GemmFamily {
  key: string;
  aMajor: "k" | "m";
  bMajor: "k" | "n";
  /** The loaders of the checked or unchecked variant. */
  loaders: (checked: boolean) => string;
  /** Whether the unchecked (whole tiles) and batched variants exist. */
  unchecked: boolean;
  batched: boolean;
}

/** Every GEMM family; matmul's and the convolutions' register themselves. */
export const gemmFamilies: GemmFamily[] = [];

/**
 * Builds every tiled program at every tile shape a real GPU can get and
 * returns the WGSL validation errors.
 * Tests call it on the software adapter, which runs only its own small tile:
 * the others are validated and, where its limits allow, turned into
 * pipelines (without running them: llvmpipe compiles lazily).
 */
export async function gpuValidateTiles(): Promise<string[]> {
  if (gpu === null) return ["no GPU"];
  const dev = gpu.device;
  // The shapes a GPU can get: the 8x8 tile with BK 16 (padded when the
  // workgroup memory passes 32 KiB) or 8, the 4x4 tile (the software
  // adapter's own tile runs in the tests).
  const big: Tile = { TM: 8, TN: 8, BK: 16, WX: 16, WY: 16 };
  const shapes: [Tile, boolean[]][] = [
    [big, [false, true]],
    [{ ...big, BK: 8 }, [true]],
    [SMALL_TILE, [true]],
  ];
  const errors: string[] = [];
  for (const [tile, padding] of shapes) {
    for (const f of gemmFamilies) {
      for (const checked of f.unchecked ? [false, true] : [true]) {
        for (const batched of f.batched ? [false, true] : [false]) {
          const pads = f.aMajor === "k" || f.bMajor === "k" ? padding : [false];
          for (const pad of pads) {
            const spec: GemmSpec = {
              key: f.key,
              tile,
              aMajor: f.aMajor,
              bMajor: f.bMajor,
              loaders: f.loaders(checked),
              checked,
              batched,
              pad,
            };
            const what = gemmProgram(spec).key;
            const module = dev.createShaderModule({ code: gemmWgsl(spec), label: what });
            for (const m of (await module.getCompilationInfo()).messages) {
              if (m.type === "error") errors.push(`${what}: ${m.message}`);
            }
            const bytes = storageBytes(tile, pad && f.aMajor === "k", pad && f.bMajor === "k");
            if (bytes > storageLimit()) continue;
            dev.pushErrorScope("validation");
            dev.createComputePipeline({ layout: "auto", compute: { module, entryPoint: "main" } });
            const e = await dev.popErrorScope();
            if (e !== null) errors.push(`${what}: ${e.message}`);
          }
        }
      }
    }
  }
  return errors;
}

/**
 * Records a tiled GEMM: the grid over (n tiles, m tiles, z), cut into
 * dispatches of at most 65535 row tiles and 65535 z.
 */
export function dispatchGemm(
  s: GemmSpec,
  buffers: readonly GPUBuffer[],
  v: Partial<Record<GemmField, number>>,
  zCount: number,
): void {
  const prog = gemmProgram(s);
  const BM = s.tile.WY * s.tile.TM, BN = s.tile.WX * s.tile.TN;
  const mt = Math.ceil(v.M! / BM), nt = Math.ceil(v.N! / BN);
  if (nt > 65535) throw new RangeError(`${s.key}: WebGPU GEMM supports N <= ${65535 * BN}`);
  for (let z0 = 0; z0 < zCount; z0 += 65535) {
    for (let m0 = 0; m0 < mt; m0 += 65535) {
      const zc = Math.min(65535, zCount - z0), mc = Math.min(65535, mt - m0);
      dispatch(prog, buffers, gemmParams({ ...v, zBase: z0, mTile0: m0 }), [nt, mc, zc]);
    }
  }
}

/** Sums `S` partial products of `n` floats each (split-K's second pass). */
const SUM_PARTS: Program = {
  key: "gemm_sum_parts_f32",
  wgsl: () =>
    `struct P { n: u32, S: u32, strideX: u32, pad: u32 };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read> X: array<f32>;
@group(0) @binding(2) var<storage, read_write> O: array<f32>;
@compute @workgroup_size(256) fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.y * p.strideX + gid.x;
  if (i >= p.n) { return; }
  var s = 0.0;
  for (var j = 0u; j < p.S; j++) { s += X[j * p.n + i]; }
  O[i] = s;
}`,
};

/**
 * Runs a non-batched GEMM whose output goes to `out`, split along k into
 * `S` chunks when `S > 1` (partials in a scratch buffer, then summed).
 */
export function gemmSplit(
  s: GemmSpec,
  a: GPUBuffer,
  b: GPUBuffer,
  out: GPUBuffer,
  v: Partial<Record<GemmField, number>>,
  S: number,
): void {
  const M = v.M!, N = v.N!, K = v.K!;
  if (S <= 1) {
    dispatchGemm(s, [a, b, out], { ...v, kChunk: K }, 1);
    return;
  }
  const BK = s.tile.BK;
  const kChunk = Math.ceil(K / S / BK) * BK;
  const parts = Math.ceil(K / kChunk);
  const n = M * N;
  const scratch = acquireBuffer(4 * n * parts);
  dispatchGemm(s, [a, b, scratch], { ...v, kChunk, baseC: 0 }, parts);
  const g = grid(n);
  dispatch(SUM_PARTS, [scratch, out], [n, parts, g.strideX, 0], g.groups);
  releaseBuffer(scratch);
}

/** The number of k chunks for a product with `tiles` 64x64 output tiles (1: no split). */
export function splitCount(tiles: number, K: number): number {
  const t = gemmTuning;
  if (t.force === "split") return Math.max(2, Math.min(8, Math.ceil(K / 16)));
  if (t.force !== null || tiles >= t.splitMaxTiles || K < t.splitMinK) return 1;
  return Math.max(1, Math.min(Math.floor(K / 256), Math.ceil(t.splitTargetGroups / tiles)));
}

/** The tile for a product with M x N outputs in `count` batches, and whether it is checked. */
export function chooseTile(M: number, N: number, count: number): Tile {
  if (gpu?.isFallback) return SOFTWARE_TILE;
  const f = gemmTuning.force;
  if (f === "tile128") return bigTile();
  if (f === "tile64" || f === "split") return SMALL_TILE;
  const tiles128 = Math.ceil(M / 128) * Math.ceil(N / 128) * count;
  return tiles128 >= gemmTuning.bigTileMinTiles ? bigTile() : SMALL_TILE;
}

// ---------------------------------------------------------------- matmul

/** Matmul's attributes (tape/ops/linalg.ts). */
interface MatmulAttrs {
  transposeA: boolean;
  transposeB: boolean;
}

/** matmul's loaders: A(m, k) and B(k, n) with the transposes as index swaps. */
function matmulLoaders(tA: boolean, tB: boolean, checked: boolean): string {
  const ia = tA ? "k * p.M + m" : "m * p.K + k";
  const ib = tB ? "n * p.K + k" : "k * p.N + n";
  const ca = checked ? "if (m >= p.M || k >= kEnd) { return 0.0; }" : "";
  const cb = checked ? "if (n >= p.N || k >= kEnd) { return 0.0; }" : "";
  return `@group(0) @binding(1) var<storage, read> A: array<f32>;
@group(0) @binding(2) var<storage, read> B: array<f32>;
fn loadA(m: u32, k: u32) -> f32 { ${ca} return A[offA + ${ia}]; }
fn loadB(k: u32, n: u32) -> f32 { ${cb} return B[offB + ${ib}]; }`;
}

for (const tA of [false, true]) {
  for (const tB of [false, true]) {
    gemmFamilies.push({
      key: `matmul_f32_${tA ? "t" : "n"}${tB ? "t" : "n"}`,
      aMajor: tA ? "m" : "k",
      bMajor: tB ? "k" : "n",
      loaders: (checked) => matmulLoaders(tA, tB, checked),
      unchecked: true,
      batched: true,
    });
  }
}

const simplePrograms = new Map<string, Program>();

/** One thread per output: small products, and int32 (exact wrapping sums). */
function simpleProgram(ty: "f32" | "i32", tA: boolean, tB: boolean): Program {
  const key = `matmul_${ty}_simple_${tA ? "t" : "n"}${tB ? "t" : "n"}`;
  let prog = simplePrograms.get(key);
  if (prog !== undefined) return prog;
  const ia = tA ? "k * p.M + m" : "m * p.K + k";
  const ib = tB ? "n * p.K + k" : "k * p.N + n";
  const step = ty === "f32" ? "s = fma(a, b, s);" : "s = s + a * b;";
  prog = {
    key,
    wgsl: () =>
      `${GEMM_HEADER}
@group(0) @binding(1) var<storage, read> A: array<${ty}>;
@group(0) @binding(2) var<storage, read> B: array<${ty}>;
@group(0) @binding(3) var<storage, read_write> C: array<${ty}>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let z = wid.z + p.zBase;
  offA = p.baseA; offB = p.baseB; offC = p.baseC + z * p.M * p.N;
  ${BATCH_SETUP}
  let n = wid.x * 16u + lid.x;
  let m = (wid.y + p.mTile0) * 16u + lid.y;
  if (m >= p.M || n >= p.N) { return; }
  var s: ${ty} = ${ty}(0);
  for (var k = 0u; k < p.K; k++) {
    let a = A[offA + ${ia}];
    let b = B[offB + ${ib}];
    ${step}
  }
  C[offC + m * p.N + n] = s;
}`,
  };
  simplePrograms.set(key, prog);
  return prog;
}

function dispatchSimple(
  prog: Program,
  buffers: readonly GPUBuffer[],
  v: Partial<Record<GemmField, number>>,
  zCount: number,
): void {
  const mt = Math.ceil(v.M! / 16), nt = Math.ceil(v.N! / 16);
  if (nt > 65535) throw new RangeError(`matmul: WebGPU kernel supports N <= ${65535 * 16}`);
  for (let z0 = 0; z0 < zCount; z0 += 65535) {
    for (let m0 = 0; m0 < mt; m0 += 65535) {
      const zc = Math.min(65535, zCount - z0), mc = Math.min(65535, mt - m0);
      dispatch(prog, buffers, gemmParams({ ...v, zBase: z0, mTile0: m0 }), [nt, mc, zc]);
    }
  }
}

/**
 * matmul's WebGPU kernel: transposes are read in the kernel, the batch
 * dimensions broadcast through per-batch offsets (A's and B's strides over
 * the collapsed batch dims); a B shared by every batch folds the batches into
 * the rows of one product (a Dense layer on 3-D input).
 */
export function matmulWgsl(c: GpuCall<MatmulAttrs>): void {
  const [a, b] = c.ins, o = c.outs[0];
  const { transposeA: tA, transposeB: tB } = c.attrs;
  const ra = a.rank, rb = b.rank;
  const M = tA ? a.shape[ra - 1] : a.shape[ra - 2];
  const K = tA ? a.shape[ra - 2] : a.shape[ra - 1];
  const N = tB ? b.shape[rb - 2] : b.shape[rb - 1];
  const batchShape = o.shape.slice(0, o.rank - 2);
  const batchB = b.shape.slice(0, rb - 2).reduce((x, y) => x * y, 1);
  const count = batchShape.reduce((x, y) => x * y, 1);
  const f32 = o.dtype === "float32";
  const bufs = [c.bin[0], c.bin[1], c.bout[0]];

  // Batches as (outer JS loop) x (up to four dims in the kernel).
  let Mr = M, zCount = count;
  let outer: { baseA: number; baseB: number; baseC: number }[] = [{ baseA: 0, baseB: 0, baseC: 0 }];
  const bv: Partial<Record<GemmField, number>> = {};
  if (batchB === 1 && !tA) {
    Mr = M * count; // A's rows are contiguous across batches; C's too
    zCount = 1;
  } else if (count > 1) {
    const { dims, strides } = collapseBroadcast(batchShape, [
      a.shape.slice(0, ra - 2),
      b.shape.slice(0, rb - 2),
    ]);
    const nIn = Math.min(4, dims.length), nOut = dims.length - nIn;
    const inner = dims.slice(nOut);
    for (let i = 0; i < 4; i++) {
      const d = i - (4 - nIn); // right-align the inner dims in bd0..bd3
      bv[`bd${i}` as GemmField] = d >= 0 ? inner[d] : 1;
      bv[`ba${i}` as GemmField] = d >= 0 ? strides[0][nOut + d] * M * K : 0;
      bv[`bb${i}` as GemmField] = d >= 0 ? strides[1][nOut + d] * K * N : 0;
    }
    zCount = inner.reduce((x, y) => x * y, 1);
    outer = [];
    const idx = new Array(nOut).fill(0);
    const total = dims.slice(0, nOut).reduce((x, y) => x * y, 1);
    for (let i = 0; i < total; i++) {
      let ia = 0, ib = 0;
      for (let d = 0; d < nOut; d++) {
        ia += idx[d] * strides[0][d];
        ib += idx[d] * strides[1][d];
      }
      outer.push({ baseA: ia * M * K, baseB: ib * K * N, baseC: i * zCount * M * N });
      for (let d = nOut - 1; d >= 0; d--) {
        if (++idx[d] < dims[d]) break;
        idx[d] = 0;
      }
    }
  }

  const forced = gemmTuning.force;
  const simple = !f32 || forced === "simple" ||
    (forced === null && (Mr * N * K <= gemmTuning.simpleMaxMacs || Mr < 16 || N < 16));
  if (simple) {
    const prog = simpleProgram(f32 ? "f32" : "i32", tA, tB);
    for (const ob of outer) dispatchSimple(prog, bufs, { M: Mr, N, K, ...bv, ...ob }, zCount);
    return;
  }
  const batched = zCount > 1;
  const tile = chooseTile(Mr, N, zCount * outer.length);
  const BM = tile.WY * tile.TM, BN = tile.WX * tile.TN;
  const S = batched ? 1 : splitCount(Math.ceil(Mr / 64) * Math.ceil(N / 64), K);
  const checked = Mr % BM !== 0 || N % BN !== 0 || K % tile.BK !== 0 || S > 1;
  const spec: GemmSpec = {
    key: `matmul_f32_${tA ? "t" : "n"}${tB ? "t" : "n"}`,
    tile,
    aMajor: tA ? "m" : "k",
    bMajor: tB ? "k" : "n",
    loaders: matmulLoaders(tA, tB, checked),
    checked,
    batched,
  };
  if (batched) {
    for (const ob of outer) dispatchGemm(spec, bufs, { M: Mr, N, K, ...bv, ...ob }, zCount);
  } else {
    // one product (zCount 1 means a single outer entry at offset 0)
    gemmSplit(spec, bufs[0], bufs[1], bufs[2], { M: Mr, N, K }, S);
  }
}
