/**
 * `tf.keras.layers.MultiHeadAttention`: Keras 3's multi-head attention.
 *
 * Called as `mha([query, value])` or `mha([query, value, key])` (key
 * defaults to value), inputs `[batch, length, features]`:
 *
 *     Q = query · Wq + bq     [B, T, H, keyDim]      ("query" projection)
 *     K = key · Wk + bk       [B, S, H, keyDim]      ("key")
 *     V = value · Wv + bv     [B, S, H, valueDim]    ("value")
 *     A = softmax(Q Kᵀ / √keyDim + mask)  [B, H, T, S]
 *     out = concat_h(A V) · Wo + bo       [B, T, outputDim] ("attention_output")
 *
 * Kernels have Keras's shapes (`[dim, H, keyDim]`, output `[H, valueDim,
 * outputDim]`) and paths ("multi_head_attention/query/kernel", ...).
 * Optional masks: `attentionMask` `[B, T, S]` (true/1 = attend; masked
 * scores get -1e9 before the softmax, as Keras) and `useCausalMask` (query
 * i attends to keys j <= i). Dropout applies to the attention weights in
 * training. `returnAttentionScores: true` returns `[out, A]`.
 *
 * Inputs of rank > 3 (`[B, ...positions, features]`) attend over all
 * positions together (Keras's default attention axes); masks then index the
 * flattened positions.
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const mha = new tf.keras.layers.MultiHeadAttention({ numHeads: 2, keyDim: 4 });
 * const x = tf.zeros([1, 5, 8]);
 * console.log(mha([x, x]).shape); // [1, 5, 8]
 * const [out, scores] = mha([x, x], { returnAttentionScores: true, useCausalMask: true });
 * console.log(out.shape, scores.shape); // [1, 5, 8] [1, 2, 5, 5]
 * ```
 *
 * @module
 */

import { Tensor } from "../tape/tensor.ts";
import type { Variable } from "../tape/variable.ts";
import { add, multiply, subtract } from "../tape/ops/arithmetic.ts";
import { cast } from "../tape/ops/compare.ts";
import { matmul } from "../tape/ops/linalg.ts";
import { softmax } from "../tape/ops/reduce.ts";
import { expandDims, reshape, transpose } from "../tape/ops/shape.ts";
import { fromData } from "../tape/convert.ts";
import type { InitializerIdentifier } from "./initializers.ts";
import type { RegularizerIdentifier } from "./regularizers.ts";
import { Dropout } from "./dropout.ts";
import {
  boolOption,
  type CallOptions,
  checkKeys,
  fmtSpec,
  intOption,
  Layer,
  LAYER_KEYS,
  type LayerOptions,
  numOption,
  resolveWeightOptions,
  type ShapeSpec,
  type SymbolicTensor,
  who,
} from "./layer.ts";

/** Options of `MultiHeadAttention` (Keras's arguments in camelCase). */
export interface MultiHeadAttentionOptions extends LayerOptions {
  /** Number of heads (required). */
  numHeads?: number;
  /** Size of each head's query and key (required). */
  keyDim?: number;
  /** Size of each head's value (default keyDim). */
  valueDim?: number;
  /** Dropout rate of the attention weights, in training (default 0). */
  dropout?: number;
  /** Biases in the projections (default true). */
  useBias?: boolean;
  /** Output features (default the query's). */
  outputShape?: number;
  /** Default "glorot_uniform". */
  kernelInitializer?: InitializerIdentifier;
  /** Default "zeros". */
  biasInitializer?: InitializerIdentifier;
  kernelRegularizer?: RegularizerIdentifier | null;
  biasRegularizer?: RegularizerIdentifier | null;
  /** Seed of the attention dropout. */
  seed?: number;
}

/** Call options of MultiHeadAttention. */
export interface MultiHeadAttentionCallOptions extends CallOptions {
  /** `[B, T, S]`, bool or 0/1: which keys each query attends to. */
  attentionMask?: Tensor;
  /** Each query attends only to keys at or before its position. */
  useCausalMask?: boolean;
  /** Return `[output, attentionScores]` (default false). */
  returnAttentionScores?: boolean;
}

/**
 * The projections of MultiHeadAttention (Keras's EinsumDense with the two
 * equations the layer uses): "abc,cde->abde" (features to heads) or
 * "abcd,cde->abe" (heads back to features).
 */
class EinsumDense extends Layer {
  readonly toHeads: boolean;
  readonly outShape: readonly number[];
  readonly useBias: boolean;
  declare readonly _init: {
    kernelInitializer?: InitializerIdentifier;
    biasInitializer?: InitializerIdentifier;
    kernelRegularizer?: RegularizerIdentifier | null;
    biasRegularizer?: RegularizerIdentifier | null;
  };

  constructor(
    name: string,
    toHeads: boolean,
    outShape: readonly number[],
    useBias: boolean,
    init: EinsumDense["_init"],
  ) {
    super({ name });
    this.toHeads = toHeads;
    this.outShape = outShape;
    this.useBias = useBias;
    Object.defineProperty(this, "_init", { value: init, enumerable: false });
  }

  get kernel(): Variable {
    return this._weight("kernel");
  }
  get bias(): Variable {
    return this._weight("bias");
  }

  override build(inputShape: ShapeSpec): void {
    // toHeads: [B, T, dim] -> kernel [dim, H, D]; else [B, T, H, D] -> kernel [H, D, out].
    const inDims = this.toHeads ? [inputShape[inputShape.length - 1]] : inputShape.slice(-2);
    if (inDims.some((d) => d === null)) {
      throw new RangeError(
        `${who(this)}: the feature sizes of ${fmtSpec(inputShape)} must be known`,
      );
    }
    this.addWeight("kernel", [...inDims as number[], ...this.outShape], {
      initializer: this._init.kernelInitializer ?? "glorot_uniform",
      regularizer: this._init.kernelRegularizer,
    });
    if (this.useBias) {
      this.addWeight("bias", this.outShape.slice(), {
        initializer: this._init.biasInitializer ?? "zeros",
        regularizer: this._init.biasRegularizer,
      });
    }
  }

  override call(x: Tensor): Tensor {
    const k = this.kernel;
    const inSize = this.toHeads ? k.shape[0] : k.shape[0] * k.shape[1];
    const outSize = this.outShape.reduce((a, b) => a * b, 1);
    const lead = x.shape.slice(0, this.toHeads ? -1 : -2);
    let y = matmul(reshape(x, [-1, inSize]), reshape(k, [inSize, outSize]));
    if (this.useBias) y = add(y, reshape(this.bias, [outSize]));
    return reshape(y, [...lead, ...this.outShape]);
  }

  override computeOutputShape(inputShape: ShapeSpec): ShapeSpec {
    return [...inputShape.slice(0, this.toHeads ? -1 : -2), ...this.outShape];
  }
}

const KEYS = [
  ...LAYER_KEYS,
  "numHeads",
  "keyDim",
  "valueDim",
  "dropout",
  "useBias",
  "outputShape",
  "kernelInitializer",
  "biasInitializer",
  "kernelRegularizer",
  "biasRegularizer",
  "seed",
];

/** `mha([q, v], { returnAttentionScores: true })` returns `[output, scores]`. */
export interface MultiHeadAttention {
  (
    inputs: readonly SymbolicTensor[],
    options: MultiHeadAttentionCallOptions & { returnAttentionScores: true },
  ): [SymbolicTensor, SymbolicTensor];
  (
    inputs: readonly Tensor[],
    options: MultiHeadAttentionCallOptions & { returnAttentionScores: true },
  ): [Tensor, Tensor];
}

/** Multi-head scaled dot-product attention with learned projections. */
export class MultiHeadAttention extends Layer<Tensor, MultiHeadAttentionCallOptions> {
  readonly numHeads: number;
  readonly keyDim: number;
  readonly valueDim: number;
  readonly dropout: number;
  readonly useBias: boolean;
  readonly outputDim: number | null;
  /** @internal */
  declare readonly _opts: MultiHeadAttentionOptions;
  /** The projections, created by build (tracked as sub-layers). */
  queryDense: EinsumDense | null = null;
  keyDense: EinsumDense | null = null;
  valueDense: EinsumDense | null = null;
  outputDense: EinsumDense | null = null;
  dropoutLayer: Dropout | null = null;

  constructor(options: MultiHeadAttentionOptions) {
    const cls = "MultiHeadAttention";
    checkKeys(cls, options, KEYS);
    super(options);
    if (options.numHeads === undefined || options.keyDim === undefined) {
      throw new TypeError(
        `${cls}: numHeads and keyDim are required; e.g. new tf.keras.layers.MultiHeadAttention({ numHeads: 8, keyDim: 64 })`,
      );
    }
    this.numHeads = intOption(cls, "numHeads", options.numHeads, 1);
    this.keyDim = intOption(cls, "keyDim", options.keyDim, 1);
    this.valueDim = intOption(cls, "valueDim", options.valueDim ?? this.keyDim, 1);
    this.dropout = numOption(cls, "dropout", options.dropout, 0, 0, 1, true);
    this.useBias = boolOption(cls, "useBias", options.useBias, true);
    this.outputDim = options.outputShape === undefined
      ? null
      : intOption(cls, "outputShape", options.outputShape, 1);
    Object.defineProperty(this, "_opts", {
      value: resolveWeightOptions(cls, options),
      enumerable: false,
    });
  }

  override build(inputShape: ShapeSpec | ShapeSpec[]): void {
    if (!Array.isArray(inputShape[0]) || inputShape.length < 2 || inputShape.length > 3) {
      throw new TypeError(
        `${who(this)}: call it on [query, value] or [query, value, key]; got one input of shape ` +
          `${fmtSpec(inputShape as ShapeSpec)} (for self-attention pass [x, x])`,
      );
    }
    const [q, v, k = v] = inputShape as ShapeSpec[];
    for (const [name, s] of [["query", q], ["value", v], ["key", k]] as const) {
      if (s.length < 3 || s[s.length - 1] === null) {
        throw new RangeError(
          `${who(this)}: ${name} must be [batch, length, features] with known features, got ${
            fmtSpec(s)
          }`,
        );
      }
    }
    const o = this._opts;
    const init = {
      kernelInitializer: o.kernelInitializer,
      biasInitializer: o.biasInitializer,
      kernelRegularizer: o.kernelRegularizer,
      biasRegularizer: o.biasRegularizer,
    };
    const H = this.numHeads;
    this.queryDense = new EinsumDense("query", true, [H, this.keyDim], this.useBias, init);
    this.keyDense = new EinsumDense("key", true, [H, this.keyDim], this.useBias, init);
    this.valueDense = new EinsumDense("value", true, [H, this.valueDim], this.useBias, init);
    const outDim = this.outputDim ?? (q[q.length - 1] as number);
    this.outputDense = new EinsumDense("attention_output", false, [outDim], this.useBias, init);
    this.queryDense._buildFor(q);
    this.keyDense._buildFor(k);
    this.valueDense._buildFor(v);
    this.outputDense._buildFor([...q.slice(0, -1), H, this.valueDim]);
    this.dropoutLayer = new Dropout(this.dropout, { name: "dropout", seed: o.seed });
    const spec = (s: ShapeSpec) => ({ ndim: s.length, axes: { [-1]: s[s.length - 1] as number } });
    // The key is optional at every call (it defaults to the value).
    this.inputSpec = [spec(q), spec(v), { ...spec(k), optional: true }];
  }

  override call(inputs: Tensor | Tensor[], options?: MultiHeadAttentionCallOptions): Tensor {
    if (!Array.isArray(inputs)) {
      throw new TypeError(
        `${
          who(this)
        }: call it on [query, value] or [query, value, key] (for self-attention [x, x])`,
      );
    }
    const [query, value, key = value] = inputs;
    const B = query.shape[0];
    // Flatten the positions of rank > 3 inputs: attention runs over all of them.
    const flat = (
      t: Tensor,
    ) => (t.rank === 3 ? t : reshape(t, [t.shape[0], -1, t.shape[t.rank - 1]]));
    const qf = flat(query), kf = flat(key), vf = flat(value);
    const T = qf.shape[1], S = kf.shape[1];
    if (vf.shape[1] !== S || value.shape[0] !== B || key.shape[0] !== B) {
      throw new RangeError(
        `${who(this)}: key and value must have the same batch and length as each other (and the ` +
          `query's batch): query [${query.shape.join(", ")}], value [${value.shape.join(", ")}], ` +
          `key [${key.shape.join(", ")}]`,
      );
    }
    // [B, L, H, D] -> [B, H, L, D]
    const heads = (t: Tensor) => transpose(t, [0, 2, 1, 3]);
    let q = heads(this.queryDense!.apply(qf));
    const k = heads(this.keyDense!.apply(kf));
    const v = heads(this.valueDense!.apply(vf));
    q = multiply(q, 1 / Math.sqrt(this.keyDim));
    let scores = matmul(q, k, false, true); // [B, H, T, S]
    const mask = this._mask(options, B, T, S);
    if (mask !== null) {
      // Keras's masked softmax: masked scores get -1e9.
      scores = add(scores, multiply(subtract(1, expandDims(mask, 1)), -1e9));
    }
    const attention = softmax(scores, -1);
    const dropped = this.dropoutLayer!.apply(attention, { training: options?.training ?? false });
    const ctx = transpose(matmul(dropped, v), [0, 2, 1, 3]); // [B, T, H, Dv]
    let out = this.outputDense!.apply(ctx); // [B, T, out]
    if (query.rank !== 3) out = reshape(out, [...query.shape.slice(0, -1), out.shape[2]]);
    if (options?.returnAttentionScores) return [out, attention] as unknown as Tensor;
    return out;
  }

  /** The combined mask [B, T, S] as float 0/1, or null. */
  private _mask(o: MultiHeadAttentionCallOptions | undefined, B: number, T: number, S: number) {
    let mask: Tensor | null = null;
    if (o?.attentionMask !== undefined && o.attentionMask !== null) {
      const m = o.attentionMask;
      if (!(m instanceof Tensor)) {
        throw new TypeError(`${who(this)}: attentionMask must be a tensor [batch, ${T}, ${S}]`);
      }
      const ok = m.rank === 3 && (m.shape[0] === B || m.shape[0] === 1) &&
        (m.shape[1] === T || m.shape[1] === 1) && m.shape[2] === S;
      if (!ok) {
        throw new RangeError(
          `${who(this)}: attentionMask has shape [${m.shape.join(", ")}] but must be ` +
            `[${B}, ${T}, ${S}] (batch, query length, key length)`,
        );
      }
      mask = m.dtype === "float32" ? m : cast(m, "float32");
    }
    if (o?.useCausalMask) {
      const data = new Float32Array(T * S);
      for (let i = 0; i < T; i++) for (let j = 0; j < S && j <= i; j++) data[i * S + j] = 1;
      const causal = fromData(data, [1, T, S], "float32");
      mask = mask === null ? causal : multiply(mask, causal);
    }
    return mask;
  }

  override computeOutputShape(
    inputShape: ShapeSpec | ShapeSpec[],
    options?: MultiHeadAttentionCallOptions,
  ): ShapeSpec | ShapeSpec[] {
    const [q, v] = inputShape as ShapeSpec[];
    const k = (inputShape as ShapeSpec[])[2] ?? v;
    const out: ShapeSpec = [...q.slice(0, -1), this.outputDim ?? q[q.length - 1]];
    if (!options?.returnAttentionScores) return out;
    const len = (s: ShapeSpec) =>
      s.slice(1, -1).some((d) => d === null)
        ? null
        : s.slice(1, -1).reduce<number>((a, b) => a * (b as number), 1);
    return [out, [q[0], this.numHeads, len(q), len(k)]];
  }

  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      numHeads: this.numHeads,
      keyDim: this.keyDim,
      valueDim: this.valueDim,
      dropout: this.dropout,
      useBias: this.useBias,
      outputShape: this.outputDim,
    };
  }
}
