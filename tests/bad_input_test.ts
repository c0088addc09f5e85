// The bad-input catalogue: every way of misusing tapeflow that users hit, each
// checked for (1) the error's class (TypeError or RangeError), (2) a message
// naming the op or layer, the shapes or dtypes involved and the fix, and
// (3) a process left healthy: after each case, no tape records, no tidy or
// device scope is left open, and the tutorial's gradient still comes out right.
//
// A case lists the message parts it requires: the op's name first, then the
// shapes/dtypes/values, then a word of the fix.

import * as tf from "../mod.ts";
import { assertClose, assertThrows } from "./_util.ts";
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { hooks } from "../tape/op.ts";
import { scopes } from "../tape/tensor.ts";
import { policy } from "../tape/dispatch.ts";
import { opRegistry } from "../tape/_registry.ts";

type ErrorClass = new (...args: never[]) => Error;

interface Case {
  /** What the user did wrong. */
  name: string;
  fn: () => unknown;
  cls: ErrorClass;
  /** Required message parts: op or layer, shapes/dtypes, fix. */
  parts: (string | RegExp)[];
}

const T = TypeError, R = RangeError;
const c = (name: string, fn: () => unknown, cls: ErrorClass, ...parts: (string | RegExp)[]) => ({
  name,
  fn,
  cls,
  parts,
});

// deno-lint-ignore no-explicit-any
const bad = (x: unknown): any => x;

const sgd = () => new tf.keras.optimizers.SGD({ learningRate: 0.1 });
const L = tf.keras.layers;
const quiet = { epochs: 1, verbose: 0 } as const;
const tmp = Deno.makeTempDirSync({ prefix: "tapeflow_bad_input_" });
globalThis.addEventListener("unload", () => Deno.removeSync(tmp, { recursive: true }));

/** A small unbuilt model. */
const seq = () => new tf.keras.Sequential([new L.Dense(4, { activation: "relu" }), new L.Dense(1)]);
/** A layer or model built by a call on ones of `shape`. */
function built<T extends tf.keras.layers.Layer>(l: T, shape: number[]): T {
  l.apply(tf.ones(shape));
  return l;
}
const builtSeq = () => built(seq(), [1, 3]);
const compiled = () => {
  const m = seq();
  m.compile({ optimizer: "sgd", loss: "mse" });
  return m;
};
/** A safetensors file with this header and `n` zero bytes of data. */
function file(header: string, n: number): Uint8Array {
  const h = new TextEncoder().encode(header);
  const f = new Uint8Array(8 + h.length + n);
  new DataView(f.buffer).setUint32(0, h.length, true);
  f.set(h, 8);
  return f;
}

/** A tape whose gradient was already taken (non-persistent: its record is freed). */
function usedTape(): { tape: tf.GradientTape; y: tf.Tensor; x: tf.Variable } {
  const x = new tf.Variable(3);
  const tape = new tf.GradientTape();
  const y = tape.record(() => tf.square(x));
  tape.gradient(y, x);
  return { tape, y, x };
}

function disposed(shape: number[]): tf.Tensor {
  const t = tf.ones(shape);
  t.dispose();
  return t;
}

// One case a line where it fits, so that the table reads as a catalogue.
// deno-fmt-ignore
const catalogue: Record<string, Case[]> = {
  tensors: [
    c("ragged nested array", () => tf.constant([[1, 2], [3]]), T, "constant", "ragged", "(2, 2)", "same length"),
    c("ragged at depth 2", () => tf.constant([[[1], [2]], [[3]]]), T, "constant", "depth 1", "(2, 2, 1)", "same length"),
    c("a string element", () => tf.constant(bad(["a"])), T, "constant", "string a", "numbers, booleans"),
    c("a null element", () => tf.constant(bad([1, null])), T, "constant", "null", "numbers, booleans"),
    c("a plain object", () => tf.constant(bad({ x: 1 })), T, "constant", "Object", "typed arrays or tensors"),
    c("undefined", () => tf.constant(bad(undefined)), T, "constant", "undefined", "numbers"),
    c("NaN in a shape", () => tf.zeros([NaN]), R, "zeros", "[NaN]", "non-negative integers"),
    c("Infinity in a shape", () => tf.ones([2, Infinity]), R, "ones", "[2, Infinity]", "non-negative integers"),
    c("a negative dimension", () => tf.fill([-1, 2], 0), R, "fill", "[-1, 2]", "non-negative integers"),
    c("a fractional dimension", () => tf.zeros([1.5]), R, "zeros", "1.5", "integers"),
    c("a shape that is a number", () => tf.zeros(bad(3)), T, "zeros", "number 3", "[3]"),
    c("a dimension that is a string", () => tf.ones(bad(["2"])), T, "ones", 'string "2"', "numbers"),
    c("a huge size", () => tf.zeros([100000, 100000]), R, "zeros", "(100000, 100000)", "4 GiB", "smaller"),
    c("2^31 elements", () => tf.ones([2 ** 31]), R, "ones", "(2147483648,)", "split"),
    c("values that do not fill the shape", () => tf.constant([1, 2, 3], { shape: [2, 2] }), R, "constant", "(2, 2)", "3 values", "pass 4 values"),
    c("an unknown dtype", () => tf.zeros([2], bad("float64")), T, "zeros", '"float64"', '"float32"'),
    c("1.5 as int32", () => tf.constant([1.5], { dtype: "int32" }), T, "constant", "1.5", "int32", "round"),
    c("a number as bool", () => tf.constant([1], { dtype: "bool" }), T, "constant", "number 1", "bool", "true or false"),
    c("a Float64Array", () => tf.constant(bad(new Float64Array(2))), T, "constant", "Float64Array", "Float32Array"),
    c("range with delta 0", () => tf.range(0, 5, 0), R, "range", "delta 0", "positive delta"),
    c("range to NaN", () => tf.range(0, NaN), R, "range", "limit NaN", "finite"),
    c("linspace of -1 values", () => tf.linspace(0, 1, -1), R, "linspace", "num is -1", "integer >= 0"),
    c("eye of -1 rows", () => tf.eye(-1), R, "eye", "numRows is -1", "non-negative integer"),
    c("random options as numbers (tfjs order)", () => tf.random.uniform([2], bad(1)), T, "random.uniform", "number 1", "{ minval, maxval"),
    c("random.normal with a NaN stddev", () => tf.random.normal([2], { stddev: NaN }), R, "random.normal", "stddev is NaN", "finite"),
    c("random int32 with minval = maxval", () => tf.random.uniform([2], { minval: 3, maxval: 3, dtype: "int32" }), R, "random.uniform", "minval 3", "< maxval 3"),
  ],
  ops: [
    c("shapes that do not broadcast", () => tf.add(tf.ones([2, 3]), tf.ones([4])), R, "add", "(2, 3)", "(4,)", "reshape or expandDims"),
    c("float32 + int32", () => tf.add(tf.ones([2]), tf.ones([2], "int32")), T, "add", "float32 (2,)", "int32 (2,)", "tf.cast"),
    c("arithmetic on bools", () => tf.multiply([true], [false]), T, "multiply", "bool", "tf.cast"),
    c("a string operand", () => tf.subtract(bad("1"), 1), T, "subtract", "string 1", "numbers"),
    c("exp of int32", () => tf.exp(tf.ones([2], "int32")), T, "exp", "int32 (2,)", 'tf.cast(x, "float32")'),
    c("neg of bool", () => tf.neg([true]), T, "neg", "bool (1,)", "tf.cast"),
    c("cast to an unknown dtype", () => tf.cast(tf.ones([2]), bad("float16")), T, "cast", '"float16"', '"float32"'),
    c("matmul inner dimensions", () => tf.matmul(tf.ones([2, 3]), tf.ones([4, 2])), R, "matmul", "(2, 3)", "(4, 2)", "transposeA/transposeB"),
    c("matmul of a vector", () => tf.matmul(tf.ones([3]), tf.ones([3, 2])), R, "matmul", "rank 1", "(3,)", "tf.reshape(a, [1, -1])"),
    c("matmul batch dimensions", () => tf.matmul(tf.ones([2, 2, 3]), tf.ones([3, 3, 2])), R, "matmul", "(2, 2, 3)", "(3, 3, 2)", "equal or 1"),
    c("matmul int32 by float32", () => tf.matmul(tf.ones([2, 2], "int32"), tf.ones([2, 2])), T, "matmul", "int32 (2, 2)", "float32 (2, 2)", "tf.cast"),
    c("reduceSum axis out of range", () => tf.reduceSum(tf.ones([2, 3]), 2), R, "reduceSum", "axis 2", "(2, 3)", "[-2, 1]"),
    c("reduceSum fractional axis", () => tf.reduceSum(tf.ones([2, 3]), 0.5), R, "reduceSum", "axis 0.5", "[-2, 1]"),
    c("reduceSum repeated axis", () => tf.reduceSum(tf.ones([2, 3]), [0, -2]), R, "reduceSum", "[0, -2]", "rank 2", "once"),
    c("reduceSum axis as a string", () => tf.reduceSum(tf.ones([2]), bad("0")), T, "reduceSum", "string", "a number, an array of numbers"),
    c("reduceSum of bools", () => tf.reduceSum([true]), T, "reduceSum", "bool (1,)", "tf.cast"),
    c("argMax over an empty axis", () => tf.argMax(tf.ones([0, 3]), 0), R, "argMax", "(0, 3)", "empty", "non-empty axis"),
    c("argMax axis out of range", () => tf.argMax(tf.ones([2, 3]), 5), R, "argMax", "axis 5", "(2, 3)", "[-2, 1]"),
    c("softmax of int32", () => tf.softmax(tf.ones([2, 3], "int32")), T, "softmax", "int32 (2, 3)", "tf.cast"),
    c("softmax axis out of range", () => tf.softmax(tf.ones([2, 3]), 3), R, "softmax", "axis 3", "(2, 3)", "[-2, 1]"),
    c("cumsum axis out of range", () => tf.cumsum(tf.ones([2, 3]), 2), R, "cumsum", "axis 2", "(2, 3)", "[-2, 1]"),
    c("moments axis out of range", () => tf.moments(tf.ones([2]), 3), R, "moments", "axis 3", "(2,)", "[-1, 0]"),
    c("reshape to another size", () => tf.reshape(tf.ones([2, 3]), [4, 2]), R, "reshape", "(2, 3)", "(4, 2)", "must match"),
    c("reshape with two -1", () => tf.reshape(tf.ones([2, 3]), [-1, -1]), R, "reshape", "[-1, -1]", "give the others"),
    c("reshape with a fractional dimension", () => tf.reshape(tf.ones([4]), [2.5, 2]), R, "reshape", "[2.5, 2]", "non-negative integers"),
    c("reshape to a string", () => tf.reshape(tf.ones([4]), bad("4")), T, "reshape", 'string "4"', "[2, 3]"),
    c("transpose with a repeated axis", () => tf.transpose(tf.ones([2, 3]), [0, 0]), R, "transpose", "[0, 0]", "(2, 3)", "exactly once"),
    c("transpose with a string perm", () => tf.transpose(tf.ones([2, 3]), bad("10")), T, "transpose", 'string "10"', "[1, 0]"),
    c("where with a float condition", () => tf.where(tf.ones([2]), tf.ones([2]), tf.ones([2])), T, "where", "float32 (2,)", "tf.greater(x, 0)"),
    c("where with unbroadcastable shapes", () => tf.where([true, false, true], tf.ones([2]), tf.ones([2])), R, "where", "condition (3,)", "x (2,)", "equal or 1"),
    c("logicalAnd of floats", () => tf.logicalAnd(tf.ones([2]), tf.ones([2])), T, "logicalAnd", "float32 (2,)", 'tf.cast(x, "bool")'),
    c("leakyRelu alpha as a string", () => tf.leakyRelu(tf.ones([2]), bad("a")), T, "leakyRelu", "alpha", "finite number"),
    c("conv2d of a matrix", () => tf.conv2d(tf.ones([3, 3]), tf.ones([2, 2, 1, 1]), 1, "valid"), R, "conv2d", "(3, 3)", "NHWC", "reshape it"),
    c("conv2d channel mismatch", () => tf.conv2d(tf.ones([1, 4, 4, 3]), tf.ones([2, 2, 2, 1]), 1, "valid"), R, "conv2d", "(1, 4, 4, 3)", "(2, 2, 2, 1)", "third dimension"),
    c("conv2d stride 0", () => tf.conv2d(tf.ones([1, 4, 4, 1]), tf.ones([2, 2, 1, 1]), 0, "valid"), R, "conv2d", "strides", "got 0", "positive integers"),
    c("conv2d unknown padding", () => tf.conv2d(tf.ones([1, 4, 4, 1]), tf.ones([2, 2, 1, 1]), 1, bad("full")), R, "conv2d", '"full"', '"SAME", "VALID"'),
    c("conv2d window larger than the input", () => tf.conv2d(tf.ones([1, 1, 1, 1]), tf.ones([3, 3, 1, 1]), 1, "valid"), R, "conv2d", "(1, 1, 1, 1)", "negative", '"SAME"'),
    c("maxPool window 0", () => tf.maxPool(tf.ones([1, 4, 4, 1]), 0, 1, "valid"), R, "maxPool", "ksize", "got 0", "positive integers"),
    c("einsum label sizes differ", () => tf.einsum("ij,jk->ik", tf.ones([2, 3]), tf.ones([2, 3])), R, "einsum", '"j"', "(2, 3)", "one size"),
    c("einsum operand count", () => tf.einsum("ij,jk->ik", tf.ones([2, 3])), R, "einsum", "2 operand", "1 were given", "one comma-separated term per operand"),
    c("tensordot axis sizes differ", () => tf.tensordot(tf.ones([2, 3]), tf.ones([2, 3]), 1), R, "tensordot", "(2, 3)", "3 elements", "equal sizes"),
  ],
  tapes: [
    c("an op on a disposed tensor", () => tf.add(disposed([2]), 1), T, "add", "(2,)", "float32", "was disposed", "keep it alive"),
    c("dataSync of a disposed large tensor", () => disposed([300]).dataSync(), T, "dataSync", "(300,)", "keep it alive"),
    c("assign to a disposed variable", () => {
      const v = new tf.Variable([1]);
      v.dispose();
      v.assign([2]);
    }, T, "assign", "(1,)", "was disposed"),
    c("a non-persistent tape used twice", () => {
      const { tape, y, x } = usedTape();
      tape.gradient(y, x);
    }, T, "GradientTape.gradient", "already computed", "persistent: true"),
    c("recording on a used tape", () => usedTape().tape.record(() => 1), T, "GradientTape.record", "persistent: true"),
    c("a gradient of a number", () => {
      const x = new tf.Variable(3);
      const tape = new tf.GradientTape();
      tape.record(() => tf.square(x));
      tape.gradient(bad(9), x);
    }, T, "GradientTape.gradient", "the target must be a tensor", "got number", "pass the loss"),
    c("a gradient of an int32 tensor", () => {
      const i = tf.constant([1, 2], { dtype: "int32" });
      const tape = new tf.GradientTape();
      tape.watch(i);
      const y = tape.record(() => tf.multiply(i, i));
      tape.gradient(y, i);
    }, T, "GradientTape.gradient", "int32 (2,)", "float32", "tf.cast"),
    c("a number as a source", () => {
      const tape = new tf.GradientTape();
      const y = tape.record(() => tf.square(3));
      tape.gradient(y, [bad(3)]);
    }, T, "GradientTape.gradient", "sources must be tensors", "got number"),
    c("outputGradients of the wrong shape", () => {
      const x = new tf.Variable([3, 4]);
      const tape = new tf.GradientTape();
      const y = tape.record(() => tf.square(x));
      tape.gradient(y, x, { outputGradients: [1, 2, 3] });
    }, R, "GradientTape.gradient", "(3,)", "(2,)", "must match"),
    c("unconnectedGradients misspelled", () => {
      const x = new tf.Variable(3);
      const tape = new tf.GradientTape();
      const y = tape.record(() => tf.square(x));
      tape.gradient(y, x, { unconnectedGradients: bad("zeros") });
    }, R, "GradientTape.gradient", "zeros", '"none" or "zero"'),
    c("an async function recorded", () => new tf.GradientTape().record(bad(async () => await 1)), T, "GradientTape.record", "Promise", "synchronous"),
    c("an op error inside record", () => {
      const x = new tf.Variable([1, 2]);
      new tf.GradientTape().record(() => tf.add(x, [1, 2, 3]));
    }, R, "add", "(2,)", "(3,)", "equal or 1"),
    c("watching a number", () => {
      using tape = new tf.GradientTape(); // records until disposed: \`using\` ends it on the error
      tape.watch(bad(3));
    }, T, "GradientTape.watch", "number", "tensors or variables"),
    c("a variable assigned the wrong shape", () => new tf.Variable([1, 2]).assign([1, 2, 3]), R, "assign", "(2,)", "(3,)", "keep their shape"),
    c("a variable assigned the wrong dtype", () => new tf.Variable([1, 2]).assign(tf.ones([2], "int32")), T, "assign", "float32", "int32", "tf.cast"),
    c("a variable from a string", () => new tf.Variable(bad("x")), T, "Variable", "string x", "numbers"),
    c("a variable of the wrong dtype", () => new tf.Variable(tf.ones([2], "int32"), { dtype: "float32" }), T, "Variable", "int32", "float32", "tf.cast"),
    c("checkGradients of a number", () => tf.test.checkGradients(bad(3), []), T, "checkGradients", "got number", "function"),
  ],
  optimizers: [
    c("a negative learning rate", () => new tf.keras.optimizers.SGD({ learningRate: -1 }), R, "SGD", "learningRate", "-1", "0.001"),
    c("a NaN learning rate", () => new tf.keras.optimizers.Adam({ learningRate: NaN }), R, "Adam", "learningRate", "NaN", "0.001"),
    c("Adam beta1 of 1.5", () => new tf.keras.optimizers.Adam({ beta1: 1.5 }), R, "Adam", "beta1", "1.5", "[0, 1)"),
    c("a misspelled option", () => new tf.keras.optimizers.SGD(bad({ learning_rate: 0.1 })), T, "SGD", '"learning_rate"', '"learningRate"'),
    c("a gradient of another shape", () => sgd().applyGradients([[tf.ones([3]), new tf.Variable([1, 2])]]), R, "SGD.applyGradients", "(3,)", "(2,)", "tape.gradient(loss, variables)"),
    c("a tensor instead of a variable", () => sgd().applyGradients([[tf.ones([2]), bad(tf.ones([2]))]]), T, "SGD.applyGradients", "(2,)", "not a tf.Variable", "new tf.Variable"),
    c("an int32 gradient", () => sgd().applyGradients([[tf.ones([2], "int32"), new tf.Variable([1, 2])]]), T, "SGD.applyGradients", "int32", "float32", "tf.cast"),
    c("an int32 variable", () => sgd().applyGradients([[ tf.ones([2], "int32"), new tf.Variable([1, 2], { dtype: "int32" }), ]]), T, "SGD.applyGradients", "int32", "float32 variables only"),
    c("fewer gradients than variables", () => sgd().applyGradients(tf.zip([tf.ones([1])], [new tf.Variable([1]), new tf.Variable([2])])), R, "SGD.applyGradients", "1 gradients and 2 variables", "tape.gradient(loss, variables)"),
    c("the same variable twice", () => {
      const v = new tf.Variable([1]);
      sgd().applyGradients([[tf.ones([1]), v], [tf.ones([1]), v]]);
    }, R, "SGD.applyGradients", "appears twice", "sum its gradients"),
    c("no gradient at all", () => sgd().applyGradients([[null, new tf.Variable([1, 2])]]), T, "SGD.applyGradients", "null", "inside the tape"),
    c("a disposed gradient", () => sgd().applyGradients([[disposed([1]), new tf.Variable([1])]]), T, "SGD.applyGradients", "(1,)", "was disposed"),
    c("a number instead of pairs", () => sgd().applyGradients(bad(3)), T, "SGD.applyGradients", "got 3", "tf.zip(grads, variables)"),
    c("minimize without a loss function", () => sgd().minimize(bad(3), []), T, "SGD.minimize", "got 3", "function"),
    c("a schedule with decaySteps 0", () => new tf.keras.optimizers.schedules.ExponentialDecay( bad({ initialLearningRate: 1, decaySteps: 0, decayRate: 0.5 }), ), R, "ExponentialDecay", "decaySteps", "got 0", "> 0"),
    c("a negative clipnorm", () => new tf.keras.optimizers.SGD({ clipnorm: -1 }), R, "SGD", "clipnorm", "-1", ">= 0"),
  ],
  runtime: [
    c("tidy of an async function", () => tf.tidy(bad(async () => await 1)), T, "tidy", "Promise", "await outside tidy"),
    c("an op error inside tidy", () => tf.tidy(() => tf.add(tf.ones([2]), tf.ones([3]))), R, "add", "(2,)", "(3,)"),
    c("a negative memory budget", () => tf.setMemoryBudget(-1), R, "setMemoryBudget", "-1", "byte count >= 0"),
    c("an unknown backend", () => tf.setBackend(bad("cuda")), R, "setBackend", '"cuda"', '"auto"'),
    c("setBackend inside a scope", () => tf.withBackend("wasm", () => tf.setBackend("wasm")), T, "setBackend", "inside a withBackend", "call it outside"),
    c("an op error inside a device scope", () => tf.device("cpu", () => tf.matmul([[1, 2]], [[1, 2]])), R, "matmul", "(1, 2)", "transposeA/transposeB"),
    c("an unknown device", () => tf.device(bad("tpu"), () => 1), R, "device", '"tpu"', '"cpu" or "gpu"'),
    c("tf.function of a number", () => tf.function(bad(3)), T, "tf.function", "got number", "function"),
    c("checkNumerics: log(0)", () => {
      tf.debugging.enableCheckNumerics();
      try {
      tf.log(tf.constant([1, 0]));
      } finally {
      tf.debugging.disableCheckNumerics();
      }
    }, R, "checkNumerics: log", "-Infinity", "float32 (2,)", "log of a non-positive number"),
    c("a thread count of -1", () => tf.setThreads(-1), R, "setThreads", "-1", "from 1 to 64"),
    c("a NaN seed", () => tf.random.setSeed(NaN), T, "random.setSeed", "NaN", "integer seed"),
  ],
  layers: [
    c("Dense with 0 units", () => new L.Dense(0), R, "Dense", "units", "got 0", ">= 1"),
    c("Dense with units as a string", () => new L.Dense(bad("4")), T, "Dense", "units", '"4"', "integer"),
    c("an unknown activation", () => new L.Dense(4, { activation: bad("relux") }), T, "Dense", '"relux"', '"relu"'),
    c("an unknown initializer", () => new L.Dense(4, { kernelInitializer: bad("glorot") }), T, "Dense", '"glorot"', '"glorot_uniform"'),
    c("a built Dense fed another input size", () => {
      const d = new L.Dense(2);
      d.apply(tf.ones([1, 3]));
      d.apply(tf.ones([1, 4]));
    }, R, "Dense layer", "(1, 4)", "(..., 3)", "make a new layer"),
    c("Dense on a scalar", () => new L.Dense(2).apply(tf.constant(3)), R, "Dense layer", "rank >= 2", "reshape the input"),
    c("countParams of an unbuilt model", () => seq().countParams(), T, "countParams", "built", "call the layer on an input first"),
    c("setWeights on an unbuilt layer", () => new L.Dense(2).setWeights([tf.ones([3, 2])]), R, "Dense layer", "1 values for 0 weights", "call it on an input first"),
    c("setWeights of the wrong shape", () => built(new L.Dense(2), [1, 3]).setWeights([tf.ones([4, 2]), tf.ones([2])]), R, "Dense layer", "[4, 2]", "[3, 2]", "nothing was changed"),
    c("setWeights with a weight missing", () => built(new L.Dense(2), [1, 3]).setWeights([tf.ones([3, 2])]), R, "Dense layer", "1 values for 2 weights", "one per weight"),
    c("Conv2D on 3-D input", () => new L.Conv2D(2, 3).apply(tf.ones([4, 4, 1])), R, "Conv2D layer", "(4, 4, 1)", "channel axis of 1"),
    c("Conv2D padding 'full'", () => new L.Conv2D(2, 3, { padding: bad("full") }), R, "Conv2D", '"full"', '"valid", "same"'),
    c("Dropout rate 1.5", () => new L.Dropout(1.5), R, "Dropout", "rate", "1.5", "[0, 1]"),
    c("Reshape to another size", () => new L.Reshape([5]).apply(tf.ones([2, 3])), R, "Reshape layer", "(2, 3)", "(5,)", "must not change"),
    c("an Embedding id outside the vocabulary", () => new L.Embedding(10, 3).apply(tf.constant([[12]], { dtype: "int32" })), R, "Embedding layer", "12", "[0, 10)", "raise inputDim"),
    c("LSTM on 2-D input", () => new L.LSTM(4).apply(tf.ones([2, 3])), R, "LSTM layer", "(2, 3)", "[batch, time, features]", "batch axis of 1"),
    c("BatchNormalization axis 5", () => new L.BatchNormalization({ axis: 5 }).apply(tf.ones([2, 3])), R, "BatchNormalization layer", "axis 5", "rank 2", "[-2, 1]"),
    c("a Sequential of a number", () => new tf.keras.Sequential([bad(3)]), T, "Sequential", "got number", "model.add(new tf.keras.layers.Dense(10))"),
  ],
  fit: [
    c("fit before compile", () => seq().fit(tf.ones([4, 3]), tf.ones([4, 1]), quiet), T, "fit", "not compiled", "model.compile("),
    c("an unknown loss", () => seq().compile({ optimizer: "sgd", loss: bad("mse2") }), R, '"mse2"', "known losses", "mean_squared_error"),
    c("an unknown optimizer", () => seq().compile({ optimizer: bad("sgdd"), loss: "mse" }), R, "compile", '"sgdd"', "known: sgd"),
    c("an unknown metric", () => seq().compile({ optimizer: "sgd", loss: "mse", metrics: bad(["acc2"]) }), R, '"acc2"', "known metrics", "accuracy"),
    c("x and y of different lengths", () => compiled().fit(tf.ones([4, 3]), tf.ones([5, 1]), quiet), R, "fit", "(4, 3)", "(5, 1)", "same first dimension"),
    c("labels of the wrong width", () => compiled().fit(tf.ones([4, 3]), tf.ones([4, 2]), quiet), R, "meanSquaredError", "(4, 2)", "(4, 1)", "must match"),
    c("epochs -1", () => compiled().fit(tf.ones([4, 3]), tf.ones([4, 1]), { ...quiet, epochs: -1 }), R, "fit", "epochs", "-1", "integer >= 0"),
    c("batchSize 0", () => compiled().fit(tf.ones([4, 3]), tf.ones([4, 1]), { ...quiet, batchSize: 0 }), R, "fit", "batchSize", "got number 0", "integer >= 1"),
    c("validationSplit 1.5", () => compiled().fit(tf.ones([4, 3]), tf.ones([4, 1]), { ...quiet, validationSplit: 1.5 }), R, "fit", "validationSplit", "1.5", "[0, 1)"),
    c("a sparse label out of range", () => {
      const m = new tf.keras.Sequential([new L.Dense(3)]);
      m.compile({ optimizer: "sgd", loss: "sparseCategoricalCrossentropy" });
      return m.fit(tf.ones([4, 3]), tf.constant([0, 1, 5, 2], { dtype: "int32" }), quiet);
    }, R, "sparseCategoricalCrossentropy", "label 5", "[0, 3)", "CategoricalCrossentropy"),
    c("fit on other features after predict", () => {
      const m = compiled();
      m.predict(tf.ones([2, 3]), { verbose: 0 });
      return m.fit(tf.ones([4, 5]), tf.ones([4, 1]), quiet);
    }, R, "Dense layer", "(4, 5)", "(..., 3)", "make a new layer"),
  ],
  loading: [
    c("loadWeights of a missing file", () => builtSeq().loadWeights(`${tmp}/none.safetensors`), Deno.errors.NotFound, "loadWeights", "none.safetensors", "check the path"),
    c("loadWeights of a truncated file", () => {
      const m = builtSeq();
      m.saveWeights(`${tmp}/w.safetensors`);
      const b = Deno.readFileSync(`${tmp}/w.safetensors`);
      Deno.writeFileSync(`${tmp}/cut.safetensors`, b.subarray(0, b.length - 3));
      m.loadWeights(`${tmp}/cut.safetensors`);
    }, R, "loadWeights", "not a valid safetensors file", "reach past", "truncated"),
    c("loadWeights of a text file", () => {
      Deno.writeTextFileSync(`${tmp}/notes.txt`, "hello, not weights");
      builtSeq().loadWeights(`${tmp}/notes.txt`);
    }, R, "loadWeights", "header length", "not a safetensors file"),
    c("loadWeights into an unbuilt model", () => {
      builtSeq().saveWeights(`${tmp}/w2.safetensors`);
      seq().loadWeights(`${tmp}/w2.safetensors`);
    }, R, "loadWeights", "nothing was loaded", "no weights yet", "build it, first"),
    c("loadWeights from another architecture", () => {
      builtSeq().saveWeights(`${tmp}/w3.safetensors`);
      built(new tf.keras.Sequential([new L.Dense(5)]), [1, 3]).loadWeights(`${tmp}/w3.safetensors`);
    }, R, "loadWeights", "does not match", "in the file but not in the model", "nothing was loaded"),
    c("decoding a string", () => tf.keras.safetensors.decodeSafetensors(bad("x")), T, "decodeSafetensors", '"x"', "Uint8Array"),
    c("a file with an F16 tensor", () => tf.keras.safetensors.decodeSafetensors(file('{"h":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}', 4)), T, "decodeSafetensors", '"h"', "F16", "convert it when saving"),
    c("a file with overlapping tensors", () => tf.keras.safetensors.decodeSafetensors(file('{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}', 8)), R, "decodeSafetensors", '"b"', "overlaps", "[4, 8)"),
    c("a file with an unknown dtype", () => tf.keras.safetensors.decodeSafetensors(file('{"a":{"dtype":"F33","shape":[1],"data_offsets":[0,4]}}', 4)), R, "decodeSafetensors", '"F33"', "the format's dtypes"),
    c("a shape that disagrees with the offsets", () => tf.keras.safetensors.decodeSafetensors(file('{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}', 8)), R, "decodeSafetensors", "[3]", "needs 12 bytes", "hold 8"),
    c("a header length of 2^60", () => {
      const f = file("{}", 0);
      new DataView(f.buffer).setUint32(4, 2 ** 28, true);
      tf.keras.safetensors.decodeSafetensors(f);
    }, R, "decodeSafetensors", "more than 2^53", "corrupt length"),
    c("encoding a number as a tensor", () => tf.keras.safetensors.encodeSafetensors(bad({ w: 3 })), T, "encodeSafetensors", '"w"', "not a tensor"),
  ],
};

/**
 * What must hold after every error: nothing left recording, no scope left
 * open, and a normal computation (the tutorial's partial derivatives, an
 * op on a heap-resident tensor, an optimizer step) gives the right numbers.
 */
function assertHealthy(label: string): void {
  assertEquals(hooks.recording, 0, `${label}: a tape was left recording`);
  assertEquals(scopes.length, 0, `${label}: a tidy scope was left open`);
  assertEquals(policy.forced, null, `${label}: a backend scope was left open`);
  ok(!tf.debugging.isCheckNumericsEnabled(), `${label}: checkNumerics left on`);
  // L(w, b) = 0.5 ||Xw + b - y||^2 at w = (1, 2), b = 1: 62.5, dL/dw = (35, 50), dL/db = 15.
  const X = tf.constant([[1, 2], [3, 4]]);
  const y = tf.constant([[1], [2]]);
  const w = new tf.Variable([[1], [2]]);
  const b = new tf.Variable(1);
  const tape = new tf.GradientTape();
  const L = tape.record(() =>
    tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(tf.add(tf.matmul(X, w), b), y))))
  );
  const [dw, db] = tape.gradient(L, [w, b]);
  assertClose(L.dataSync(), [62.5], {}, `${label}: L`);
  assertClose(dw!.dataSync(), [35, 50], {}, `${label}: dL/dw`);
  assertClose(db!.dataSync(), [15], {}, `${label}: dL/db`);
  // A heap-resident tensor (more than 256 elements) and an optimizer step.
  assertClose(tf.reduceSum(tf.add(tf.ones([300]), 1)).dataSync(), [600], {}, `${label}: big`);
  sgd().applyGradients([[db!, b]]);
  assertClose(b.dataSync(), [1 - 0.1 * 15], { atol: 1e-6 }, `${label}: SGD step`);
}

/** assertThrows for functions that throw or return a rejected promise (fit). */
async function assertFails(
  fn: () => unknown,
  cls: ErrorClass,
  ...parts: (string | RegExp)[]
): Promise<void> {
  let err: unknown = undefined;
  try {
    const r = fn();
    if (r instanceof Promise) await r;
  } catch (e) {
    err = e;
  }
  assertThrows(
    () => {
      if (err !== undefined) throw err;
    },
    cls,
    ...parts,
  );
}

let total = 0;
for (const [area, cases] of Object.entries(catalogue)) {
  for (const k of cases) {
    total++;
    Deno.test(`bad input [${area}]: ${k.name}`, async () => {
      await assertFails(k.fn, k.cls, ...k.parts);
      assertHealthy(k.name);
    });
  }
}

Deno.test("the bad-input catalogue holds at least 60 cases", () => {
  ok(total >= 60, `${total} cases`);
  for (const area of ["tensors", "ops", "tapes", "optimizers", "layers", "fit", "loading"]) {
    ok(catalogue[area].length >= 5, area);
  }
});

Deno.test({
  name: "bad input [webgpu]: reading a GPU-only tensor synchronously, or on a CPU-only op",
  ignore: !(await tf.initWebGPU()),
  fn: async () => {
    const y = tf.withBackend("webgpu", () => tf.add(tf.ones([4]), 1));
    assertThrows(
      () => y.dataSync(),
      TypeError,
      "dataSync",
      "float32",
      "4 elements",
      "await t.data()",
    );
    assertHealthy("dataSync of a GPU tensor");
    assertEquals(Array.from(await y.data()), [2, 2, 2, 2]);
    // An op that runs only on wasm (if one is left) cannot read a GPU-only input.
    const cpuOnly = (["exp", "cumsum", "softmax", "reduceSum"] as const).find((n) =>
      !opRegistry.get(n)!.hasKernel.webgpu
    );
    if (cpuOnly !== undefined) {
      const z = tf.withBackend("webgpu", () => tf.add(tf.ones([4]), 1));
      assertThrows(() => tf[cpuOnly](z), T, cpuOnly, "lives on the GPU", "await t.data()");
      assertHealthy(`a GPU tensor into ${cpuOnly}`);
    }
  },
});
