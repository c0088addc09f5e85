/**
 * The graph of a functional model: the layer calls recorded between its
 * symbolic inputs and outputs, ordered as Keras orders them (by depth from
 * the outputs, inputs first), and run on tensors by replaying the calls.
 *
 * @module
 */

import type { Tensor } from "../tape/tensor.ts";
import type { AnyLayer } from "./layer.ts";
import { InputLayer } from "./input_layer.ts";
import { type Node, SymbolicTensor } from "./symbolic.ts";

/** A functional model's graph. */
export interface Graph {
  readonly inputs: readonly SymbolicTensor[];
  readonly outputs: readonly SymbolicTensor[];
  /** Whether the model was given a list of inputs / outputs. */
  readonly listInput: boolean;
  readonly listOutput: boolean;
  /** Nodes to run, in order (input nodes excluded). */
  readonly nodes: readonly Node[];
  /** Every layer, by decreasing depth then discovery from the outputs (Keras's order). */
  readonly layers: readonly AnyLayer[];
  /** Nodes in the graph (for the summary's "Connected to"). */
  readonly allNodes: ReadonlySet<Node>;
  /** Each node's depth (0 at the outputs), input nodes included. */
  readonly nodeDepth: ReadonlyMap<Node, number>;
}

function asList(what: string, v: unknown): { list: SymbolicTensor[]; isList: boolean } {
  if (v instanceof SymbolicTensor) return { list: [v], isList: false };
  if (Array.isArray(v) && v.length > 0 && v.every((t) => t instanceof SymbolicTensor)) {
    return { list: v.slice(), isList: true };
  }
  throw new TypeError(
    `Model: ${what} must be a symbolic tensor from tf.keras.Input or a layer called on one ` +
      `(or a list of them), got ${
        v instanceof Object ? (v as object).constructor?.name ?? typeof v : String(v)
      }; e.g. const x = tf.keras.Input({ shape: [784] }); new tf.keras.Model({ inputs: x, ` +
      `outputs: new tf.keras.layers.Dense(10)(x) })`,
  );
}

/** Builds the graph from `inputs` to `outputs`, checking that it is connected. */
export function buildGraph(inputs: unknown, outputs: unknown): Graph {
  const ins = asList("inputs", inputs);
  const outs = asList("outputs", outputs);
  for (const t of ins.list) {
    if (!(t.node.layer instanceof InputLayer)) {
      throw new TypeError(
        `Model: inputs must come from tf.keras.Input, but ${t.name} is the output of ` +
          `${t.node.layer.constructor.name} "${t.node.layer.name}"; pass the tf.keras.Input tensors`,
      );
    }
  }
  const inputSet = new Set(ins.list);
  // Depth-first from the outputs (Keras's _build_map): post-order nodes, and
  // the order in which layers are first reached.
  const finished = new Set<Node>();
  const inProgress = new Set<Node>();
  const postOrder: Node[] = [];
  const layerIndex = new Map<AnyLayer, number>();
  const visit = (t: SymbolicTensor) => {
    const node = t.node;
    if (finished.has(node)) return;
    if (inProgress.has(node)) {
      throw new RangeError(`Model: the graph has a cycle through layer "${node.layer.name}"`);
    }
    if (!layerIndex.has(node.layer)) layerIndex.set(node.layer, layerIndex.size);
    inProgress.add(node);
    if (!inputSet.has(t)) {
      if (node.inputs.length === 0) {
        throw new RangeError(
          `Model: graph disconnected: output ${outs.list.map((o) => o.name).join(", ")} depends ` +
            `on input "${node.layer.name}" (${t.name}), which is not among the model's inputs ` +
            `(${ins.list.map((i) => i.name).join(", ")}); add it to inputs`,
        );
      }
      for (const x of node.inputs) visit(x);
    }
    finished.add(node);
    inProgress.delete(node);
    postOrder.push(node);
  };
  for (const t of outs.list) visit(t);

  // Depths: outputs' nodes 0, each node's inputs at least one deeper; a
  // layer's depth is that of its deepest node.
  const nodeDepth = new Map<Node, number>();
  const layerDepth = new Map<AnyLayer, number>();
  for (let i = postOrder.length - 1; i >= 0; i--) {
    const node = postOrder[i];
    let depth = nodeDepth.get(node) ?? 0;
    depth = Math.max(depth, layerDepth.get(node.layer) ?? 0);
    layerDepth.set(node.layer, depth);
    nodeDepth.set(node, depth);
    for (const x of node.inputs) {
      if (!finished.has(x.node)) continue;
      nodeDepth.set(x.node, Math.max(depth + 1, nodeDepth.get(x.node) ?? 0));
    }
  }
  for (const t of ins.list) {
    if (!finished.has(t.node)) {
      // An input the outputs do not use: Keras keeps it (it is still fed).
      finished.add(t.node);
      layerIndex.set(t.node.layer, layerIndex.size);
      nodeDepth.set(t.node, Infinity);
      layerDepth.set(t.node.layer, Infinity);
    }
  }
  const byDepthDesc = <T>(items: T[], depth: (x: T) => number, index: (x: T) => number) =>
    items.sort((a, b) => depth(b) - depth(a) || index(a) - index(b));
  const nodes = byDepthDesc(
    [...finished].filter((n) => n.inputs.length > 0 || !(n.layer instanceof InputLayer)),
    (n) => nodeDepth.get(n)!,
    (n) => postOrder.indexOf(n),
  );
  const layers = byDepthDesc(
    [...layerIndex.keys()],
    (l) => layerDepth.get(l)!,
    (l) => layerIndex.get(l)!,
  );
  const names = new Set<string>();
  for (const l of layers) {
    if (names.has(l.name)) {
      throw new RangeError(
        `Model: two layers are named "${l.name}"; layer names must be unique within a model ` +
          `(weights are saved by name): pass a different name`,
      );
    }
    names.add(l.name);
  }
  return {
    inputs: ins.list,
    outputs: outs.list,
    listInput: ins.isList,
    listOutput: outs.isList,
    nodes,
    layers,
    allNodes: finished,
    nodeDepth,
  };
}

/** Runs the graph on tensors: each node's layer is called on its inputs' values. */
export function runGraph(
  g: Graph,
  modelName: string,
  x: Tensor | Tensor[],
  training: boolean,
): Tensor | Tensor[] {
  const xs = Array.isArray(x) ? x : [x];
  if (xs.length !== g.inputs.length) {
    throw new RangeError(
      `Model "${modelName}": expects ${g.inputs.length} input${g.inputs.length > 1 ? "s" : ""} ` +
        `but got ${xs.length}; pass ${
          g.inputs.length > 1 ? `a list of ${g.inputs.length} tensors` : "one tensor"
        }`,
    );
  }
  const values = new Map<SymbolicTensor, Tensor>();
  g.inputs.forEach((s, i) => {
    const t = xs[i];
    const ok = t.rank === s.shape.length && s.shape.every((d, j) => d === null || d === t.shape[j]);
    if (!ok) {
      throw new RangeError(
        `Model "${modelName}": input ${i} has shape [${t.shape.join(", ")}] but the model's ` +
          `input "${s.node.layer.name}" has shape (${
            s.shape.map((d) => d ?? "None").join(", ")
          }); pass data of that shape (any size where None)`,
      );
    }
    values.set(s, t);
  });
  for (const node of g.nodes) {
    const args = node.inputs.map((s) => values.get(s)!);
    const out = node.layer.apply(node.listInput ? args : args[0], {
      ...node.options,
      training,
    }) as Tensor | Tensor[];
    const outs = Array.isArray(out) ? out : [out];
    node.outputs.forEach((s, i) => values.set(s, outs[i]));
  }
  const ys = g.outputs.map((s) => values.get(s)!);
  return g.listOutput ? ys : ys[0];
}
