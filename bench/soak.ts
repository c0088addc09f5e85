/**
 * `deno task soak`: long runs with no disposal anywhere, printing memory at
 * intervals; it fails (exit 1) when memory is not flat after warm-up.
 *
 * 1. The tutorial's training loop (GradientTape + SGD on the linear
 *    regression, examples/linear_regression.ts) for 100,000 steps.
 * 2. An MNIST `fit` (examples/mnist_mlp.ts: 784 → 128 relu → 10, Adam,
 *    batches of 32) for several epochs.
 * 3. With a GPU (llvmpipe counts), the tutorial's loop on WebGPU.
 *
 * Each line shows the wasm heap's size and the tensor bytes resident in it
 * (`tf.memory().wasm`), the large tensors alive (`numTensors`), the WebGPU
 * buffers (live and pooled bytes), and the process's V8 heap (live, after a
 * GC, when run with `--v8-flags=--expose-gc` as the task does) and resident
 * set (Deno.memoryUsage). Each reading waits one event-loop turn: inside the
 * loops nothing else ever yields.
 *
 *   deno task soak [--steps 100000] [--epochs 5] [--gpu-steps 20000]
 *
 * @module
 */
import * as tf from "../mod.ts";
import { data } from "../examples/linear_regression_numpy_style.ts";
import { buildModel, CONFIG } from "../examples/mnist_mlp.ts";
import { loadMnist } from "../examples/_mnist.ts";
import { opRegistry } from "../tape/_registry.ts";

function arg(name: string, def: number): number {
  const i = Deno.args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < Deno.args.length ? Number(Deno.args[i + 1]) : def;
}

const MiB = 2 ** 20;
const mib = (b: number) => (b / MiB).toFixed(1).padStart(7);

/** One memory reading. */
interface Reading {
  wasmHeap: number;
  resident: number;
  tensors: number;
  gpuLive: number;
  gpuPooled: number;
  v8Heap: number;
  rss: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * A reading. With `--v8-flags=--expose-gc` (as `deno task soak` runs), one
 * event-loop turn (so that FinalizationRegistry callbacks run) and a full GC
 * come first: the V8 figure is then live memory, not garbage V8 has not yet
 * collected.
 */
async function read(): Promise<Reading> {
  if (gc !== undefined) {
    await new Promise((r) => setTimeout(r, 0));
    gc();
  }
  const m = tf.memory();
  const u = Deno.memoryUsage();
  return {
    wasmHeap: m.wasm.memoryBytes,
    resident: m.wasm.residentBytes,
    tensors: m.numTensors,
    gpuLive: m.webgpu?.liveBytes ?? 0,
    gpuPooled: m.webgpu?.pooledBytes ?? 0,
    v8Heap: u.heapUsed,
    rss: u.rss,
  };
}

const HEAD =
  "           where wasm heap  resident  tensors  gpu live  gpu pool   v8 heap       rss (MiB)";

function show(where: string, r: Reading): void {
  console.log(
    `${where.padStart(16)} ${mib(r.wasmHeap)}   ${mib(r.resident)} ${
      String(r.tensors).padStart(8)
    } ` +
      `${mib(r.gpuLive)}   ${mib(r.gpuPooled)}   ${mib(r.v8Heap)}   ${mib(r.rss)}`,
  );
}

/**
 * Flat after warm-up: the wasm heap and the GPU buffers do not grow at all
 * (they are the tensor stores), and the tensors alive and the process's
 * resident set grow by no more than a small slack (V8 collects on its own
 * schedule).
 */
function flat(what: string, warm: Reading, end: Reading): string[] {
  const bad: string[] = [];
  if (end.wasmHeap > warm.wasmHeap) {
    bad.push(`${what}: the wasm heap grew ${mib(end.wasmHeap - warm.wasmHeap)} MiB`);
  }
  if (end.resident > warm.resident + 4 * MiB) {
    bad.push(`${what}: resident tensor bytes grew ${mib(end.resident - warm.resident)} MiB`);
  }
  if (end.gpuLive + end.gpuPooled > warm.gpuLive + warm.gpuPooled + 4 * MiB) {
    bad.push(
      `${what}: GPU buffers grew ${
        mib(end.gpuLive + end.gpuPooled - warm.gpuLive - warm.gpuPooled)
      } MiB`,
    );
  }
  if (gc !== undefined && end.v8Heap > warm.v8Heap + 8 * MiB) {
    bad.push(`${what}: live JS memory grew ${mib(end.v8Heap - warm.v8Heap)} MiB`);
  }
  if (end.rss > warm.rss + 64 * MiB) {
    bad.push(`${what}: the process grew ${mib(end.rss - warm.rss)} MiB`);
  }
  return bad;
}

/** The tutorial's loop: a, b fitted with GradientTape and SGD, nothing disposed. */
async function tutorialLoop(steps: number, every: number, label: string): Promise<string[]> {
  const { X, y } = data();
  const a = new tf.Variable(0.0);
  const b = new tf.Variable(0.0);
  const variables = [a, b];
  const optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
  let warm: Reading | null = null;
  const t0 = performance.now();
  for (let e = 1; e <= steps; e++) {
    const tape = new tf.GradientTape();
    const loss = tape.record(() => {
      const yPred = tf.add(tf.multiply(a, X), b);
      return tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(yPred, y))));
    });
    const grads = tape.gradient(loss, variables);
    optimizer.applyGradients(tf.zip(grads, variables));
    if (e % every === 0) {
      const r = await read();
      show(`${label} ${e}`, r);
      if (e === every) warm = r;
    }
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `  ${steps} steps in ${secs.toFixed(1)} s (${(secs / steps * 1e6).toFixed(0)} us/step)`,
  );
  return warm === null ? [] : flat(label, warm, await read());
}

/** The tutorial's loop on WebGPU (reading a and b back only at the end). */
async function tutorialLoopGpu(steps: number, every: number): Promise<string[]> {
  const { X, y } = data();
  let warm: Reading | null = null;
  // setBackend, not tf.device: the loop awaits, and a device scope ends at the first await
  tf.setBackend("webgpu");
  try {
    const a = new tf.Variable(0.0);
    const b = new tf.Variable(0.0);
    const variables = [a, b];
    const optimizer = new tf.keras.optimizers.SGD({ learningRate: 1e-3 });
    const t0 = performance.now();
    for (let e = 1; e <= steps; e++) {
      const tape = new tf.GradientTape();
      const loss = tape.record(() => {
        const yPred = tf.add(tf.multiply(a, X), b);
        return tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(yPred, y))));
      });
      const grads = tape.gradient(loss, variables);
      optimizer.applyGradients(tf.zip(grads, variables));
      if (e % every === 0) {
        await a.data(); // let the queue drain and the event loop run
        const r = await read();
        show(`gpu step ${e}`, r);
        if (e === every) warm = r;
      }
    }
    const secs = (performance.now() - t0) / 1000;
    console.log(
      `  ${steps} steps in ${secs.toFixed(1)} s; a = ${(await a.data())[0].toFixed(5)}, ` +
        `b = ${(await b.data())[0].toFixed(5)} (software adapter: not a GPU speed)`,
    );
    return warm === null ? [] : flat("gpu loop", warm, await read());
  } finally {
    tf.setBackend("auto");
  }
}

/** MNIST fit for `epochs` epochs, memory printed every `every` batches and at each epoch's end. */
async function mnistFit(epochs: number, every: number): Promise<string[]> {
  const { xTrain, yTrain, xTest, yTest } = loadMnist({ seed: CONFIG.seed });
  const model = buildModel();
  model.compile({
    optimizer: new tf.keras.optimizers.Adam({ learningRate: CONFIG.learningRate }),
    loss: new tf.keras.losses.SparseCategoricalCrossentropy({ fromLogits: true }),
    metrics: ["accuracy"],
  });
  const readings: Reading[] = [];
  let batches = 0;
  const t0 = performance.now();
  const history = await model.fit(xTrain, yTrain, {
    batchSize: CONFIG.batchSize,
    epochs,
    verbose: 0,
    callbacks: [
      new tf.keras.callbacks.LambdaCallback({
        onTrainBatchEnd: async () => {
          if (++batches % every === 0) show(`batch ${batches}`, await read());
        },
        onEpochEnd: async (epoch, logs) => {
          const r = await read();
          readings.push(r);
          show(`epoch ${epoch + 1} end`, r);
          console.log(
            `                 loss ${logs.loss.toFixed(4)}, accuracy ${logs.accuracy.toFixed(4)}`,
          );
        },
      }),
    ],
  });
  const secs = (performance.now() - t0) / 1000;
  const acc = await model.evaluate(xTest, yTest, { verbose: 0 });
  console.log(
    `  ${epochs} epochs (${batches} batches) in ${secs.toFixed(1)} s; test ${
      JSON.stringify(acc)
    }; History has ${history.epoch.length} epochs`,
  );
  return readings.length >= 2 ? flat("mnist fit", readings[0], readings[readings.length - 1]) : [];
}

const steps = arg("steps", 100_000);
const epochs = arg("epochs", 5);
const gpuSteps = arg("gpu-steps", 20_000);
const problems: string[] = [];

console.log(`tapeflow soak: Deno ${Deno.version.deno}, ${navigator.hardwareConcurrency} cores`);
console.log(`\n1. the tutorial's loop, ${steps} steps, nothing disposed`);
console.log(HEAD);
show("start", await read());
problems.push(...await tutorialLoop(steps, steps / 10, "step"));

if (epochs > 0) {
  console.log(`\n2. MNIST fit, ${epochs} epochs of 8000 digits (batches of 32), nothing disposed`);
  console.log(HEAD);
  show("start", await read());
  problems.push(...await mnistFit(epochs, 100));
}

// the loop's ops (forward, backward, the SGD step) must all run on the GPU
const LOOP_OPS = ["add", "multiply", "subtract", "square", "reduceSum", "broadcastTo", "SGD"];
const missing = LOOP_OPS.filter((n) => !opRegistry.get(n)?.hasKernel.webgpu);
if (gpuSteps > 0 && await tf.initWebGPU()) {
  console.log(`\n3. the tutorial's loop on WebGPU, ${gpuSteps} steps, nothing disposed`);
  if (missing.length > 0) {
    console.log(`  skipped: no WGSL kernel yet for ${missing.join(", ")}`);
  } else {
    console.log(HEAD);
    show("start", await read());
    problems.push(...await tutorialLoopGpu(gpuSteps, gpuSteps / 10));
  }
}

console.log(problems.length === 0 ? "\nflat: memory did not grow after warm-up" : "");
for (const p of problems) console.log(`NOT FLAT: ${p}`);
Deno.exit(problems.length === 0 ? 0 : 1);
