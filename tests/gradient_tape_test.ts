import * as tf from "../mod.ts";
import {
  assertClose,
  assertThrows,
  freshSeed,
  randomArray,
  rng,
  testEachBackend,
} from "./_util.ts";
import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { hooks } from "../tape/op.ts";

testEachBackend("the tutorial's first program: y = x², dy/dx at 3 is 6", () => {
  const x = new tf.Variable(3.0);
  const tape = new tf.GradientTape();
  const y = tape.record(() => tf.square(x));
  const yGrad = tape.gradient(y, x)!;
  // y = x² = 9, dy/dx = 2x = 6
  assertEquals(y.arraySync(), 9);
  assertEquals(yGrad.arraySync(), 6);
});

testEachBackend("the tutorial's second program: L = 62.5, dL/dw = [[35], [50]], dL/db = 15", () => {
  const X = tf.constant([[1, 2], [3, 4]]);
  const y = tf.constant([[1], [2]]);
  const w = new tf.Variable([[1], [2]]);
  const b = new tf.Variable(1);
  using tape = new tf.GradientTape();
  const L = tf.multiply(0.5, tf.reduceSum(tf.square(tf.subtract(tf.add(tf.matmul(X, w), b), y))));
  const [wGrad, bGrad] = tape.gradient(L, [w, b]);
  // L = ½ Σ (Xw + b − y)², dL/dw = Xᵀ(Xw + b − y), dL/db = Σ(Xw + b − y)
  assertEquals(L.arraySync(), 62.5);
  assertEquals(wGrad!.arraySync(), [[35], [50]]);
  assertEquals(bGrad!.arraySync(), 15);
});

testEachBackend("broadcast gradients are summed back to each input's shape", () => {
  const a = new tf.Variable([[1, 2, 3]]); // (1, 3)
  const b = new tf.Variable([[10], [20]]); // (2, 1)
  const tape = new tf.GradientTape();
  const y = tape.record(() => tf.multiply(a, b)); // (2, 3)
  const [da, db] = tape.gradient(y, [a, b]);
  // d(Σ a_j b_i)/da_j = Σ_i b_i = 30; /db_i = Σ_j a_j = 6
  assertEquals(da!.arraySync(), [[30, 30, 30]]);
  assertEquals(db!.arraySync(), [[6], [6]]);
});

testEachBackend(
  "sources may be one tensor, an array or an object; results keep the structure",
  () => {
    const x = new tf.Variable(2), z = new tf.Variable(5);
    const tape = new tf.GradientTape({ persistent: true });
    const y = tape.record(() => tf.multiply(x, z));
    assertEquals(tape.gradient(y, x)!.arraySync(), 5);
    const arr = tape.gradient(y, [x, z]);
    assertEquals(arr.map((g) => g!.arraySync()), [5, 2]);
    const obj = tape.gradient(y, { x, z });
    assertEquals(obj.x!.arraySync(), 5);
    assertEquals(obj.z!.arraySync(), 2);
    tape.dispose();
  },
);

testEachBackend("unconnected sources give null, or zeros with unconnectedGradients: zero", () => {
  const x = new tf.Variable(2), u = new tf.Variable([1, 2]);
  const tape = new tf.GradientTape({ persistent: true });
  const y = tape.record(() => tf.square(x));
  assertEquals(tape.gradient(y, u), null);
  assertEquals(tape.gradient(y, u, { unconnectedGradients: "zero" })!.arraySync(), [0, 0]);
});

testEachBackend(
  "constants need watch; non-trainable variables and stopGradient are constants",
  () => {
    const c = tf.constant(3);
    const frozen = new tf.Variable(4, { trainable: false });
    const tape = new tf.GradientTape({ persistent: true });
    tape.watch(c);
    const y = tape.record(() => tf.multiply(tf.multiply(c, c), frozen));
    // y = c² f: dy/dc = 2cf = 24; f is not watched
    assertEquals(tape.gradient(y, c)!.arraySync(), 24);
    assertEquals(tape.gradient(y, frozen), null);
    assertEquals(tape.watchedVariables(), []);
    const x = new tf.Variable(2);
    const t2 = new tf.GradientTape();
    const z = t2.record(() => tf.multiply(x, tf.stopGradient(tf.square(x))));
    assertEquals(t2.gradient(z, x)!.arraySync(), 4); // d(x · const(x²))/dx = x² = 4
  },
);

testEachBackend("watchAccessedVariables: false watches only what is asked", () => {
  const x = new tf.Variable(3), w = new tf.Variable(2);
  const tape = new tf.GradientTape({ watchAccessedVariables: false });
  tape.watch(w);
  const y = tape.record(() => tf.multiply(x, w));
  const [dx, dw] = tape.gradient(y, [x, w]);
  assertEquals(dx, null);
  assertEquals(dw!.arraySync(), 3);
});

testEachBackend("a non-scalar target is summed; outputGradients weights it", () => {
  const x = new tf.Variable([1, 2, 3]);
  const tape = new tf.GradientTape({ persistent: true });
  const y = tape.record(() => tf.square(x));
  assertEquals(tape.gradient(y, x)!.arraySync(), [2, 4, 6]);
  assertEquals(tape.gradient(y, x, { outputGradients: [1, 0, 2] })!.arraySync(), [2, 0, 12]);
  assertThrows(
    () => tape.gradient(y, x, { outputGradients: [1, 2] }),
    RangeError,
    "outputGradients",
    "(2,)",
    "(3,)",
  );
});

testEachBackend("nested tapes give second derivatives", () => {
  const x = new tf.Variable(3);
  const outer = new tf.GradientTape();
  const inner = new tf.GradientTape();
  const y = tf.multiply(tf.multiply(x, x), x); // x³
  const dy = inner.gradient(y, x)!; // 3x² = 27
  inner.dispose();
  outer.stop();
  const d2y = outer.gradient(dy, x)!; // 6x = 18
  assertEquals(dy.arraySync(), 27);
  assertEquals(d2y.arraySync(), 18);
});

testEachBackend(
  "a persistent tape records its own gradient computation (higher order with one tape)",
  () => {
    const x = new tf.Variable(2);
    const tape = new tf.GradientTape({ persistent: true });
    const y = tf.multiply(tf.square(x), x); // x³
    const g = tape.gradient(y, x)!; // 3x² = 12, recorded
    tape.stop();
    assertEquals(tape.gradient(g, x)!.arraySync(), 12); // 6x
  },
);

testEachBackend("a non-persistent tape used twice throws a clear error", () => {
  const x = new tf.Variable(1);
  const tape = new tf.GradientTape();
  const y = tape.record(() => tf.square(x));
  tape.gradient(y, x);
  assertThrows(() => tape.gradient(y, x), Error, "persistent: true");
});

testEachBackend(
  "assigning a variable after recording does not change the recorded gradient",
  () => {
    const x = new tf.Variable(3);
    const tape = new tf.GradientTape();
    const y = tape.record(() => tf.square(x));
    x.assign(10);
    assertEquals(tape.gradient(y, x)!.arraySync(), 6); // 2x at the recorded x = 3
    assertEquals(x.arraySync(), 10);
  },
);

testEachBackend("stopRecording and reset", () => {
  const x = new tf.Variable(2);
  const tape = new tf.GradientTape({ persistent: true });
  const a = tf.square(x);
  const b = tape.stopRecording(() => tf.square(x));
  tape.stop();
  assertEquals(tape.gradient(a, x)!.arraySync(), 4);
  assertEquals(tape.gradient(b, x), null);
  tape.reset();
  assertEquals(tape.gradient(a, x), null);
});

testEachBackend(
  "customGradient replaces the gradient; gradFunc is differentiable by outer tapes",
  () => {
    // f(x) = x² with a (deliberately different) gradient 3·dy·x², to show gradFunc is used
    const f = tf.customGradient((x: tf.Tensor) => ({
      value: tf.square(x),
      gradFunc: (dy) => tf.multiply(dy, tf.multiply(3, tf.square(x))),
    }));
    const x = new tf.Variable(2);
    const tape = new tf.GradientTape();
    const y = tape.record(() => f(x));
    assertEquals(y.arraySync(), 4);
    assertEquals(tape.gradient(y, x)!.arraySync(), 12);
  },
);

testEachBackend(
  "gradients of integer sources are null; integer targets and bad sources throw TypeError",
  () => {
    const i = tf.constant([1, 2], { dtype: "int32" });
    const tape = new tf.GradientTape({ persistent: true });
    tape.watch(i);
    const y = tape.record(() => tf.multiply(tf.cast(i, "float32"), 2));
    assertEquals(tape.gradient(y, i), null);
    const yi = tape.record(() => tf.multiply(i, i));
    assertThrows(() => tape.gradient(yi, i), TypeError, "int32 (2,)", "float32");
    // deno-lint-ignore no-explicit-any
    assertThrows(() => tape.gradient(y, [3 as any]), TypeError, "sources must be tensors");
  },
);

testEachBackend(
  "checkGradients agrees with the tape on smooth functions and catches a wrong gradient",
  () => {
    const r = tf.test.checkGradients((a, b) => tf.multiply(tf.exp(a), tf.divide(b, tf.add(a, 3))), [
      [0.1, -0.5, 1],
      [2, 3, -1],
    ]);
    ok(r.maxError < 1e-2, `${r.maxError}`);
    const wrong = tf.customGradient((x: tf.Tensor) => ({
      value: tf.square(x),
      gradFunc: (dy) => tf.multiply(dy, x),
    }));
    assertThrows(
      () => tf.test.checkGradients((x) => wrong(x), [[1, 2, 3]]),
      RangeError,
      "finite differences",
    );
  },
);

testEachBackend("the tape releases what it saved once its gradient is taken", () => {
  const x = new tf.Variable(tf.ones([300]));
  const tape = new tf.GradientTape();
  const y = tape.record(() => tf.reduceSum(tf.exp(tf.multiply(x, 2))));
  // while recorded, the tape holds x's value: an assign would have to copy
  assertEquals(x.storage.refs, 2);
  assertClose(tape.gradient(y, x)!.dataSync()[0], 2 * Math.exp(2), { rtol: 1e-5 });
  // released: x's storage has one owner again and is updated in place
  assertEquals(x.storage.refs, 1);
  const before = x.storage;
  x.assign(tf.zeros([300]));
  ok(x.storage === before);
  const p = new tf.GradientTape({ persistent: true });
  p.record(() => tf.square(x));
  assertEquals(x.storage.refs, 2);
  p.dispose();
  assertEquals(x.storage.refs, 1);
});

testEachBackend("only gradients on a path from a source are computed (no dx for data)", () => {
  const names: string[] = [];
  const x = tf.ones([4, 3]); // data: not a source
  const w = new tf.Variable(tf.ones([3, 2]));
  const v = new tf.Variable(tf.ones([2, 2]));
  const tape = new tf.GradientTape({ persistent: true });
  const loss = tape.record(() => tf.reduceSum(tf.matmul(tf.matmul(x, w), v)));
  hooks.after = (name) => void names.push(name);
  try {
    // d/dw: matmul #2 needs d(xw) only, matmul #1 needs dw only: 2 matmuls, not 4
    const gw = tape.gradient(loss, w)!;
    assertEquals(names.filter((n) => n === "matmul").length, 2);
    assertClose(gw.dataSync(), [8, 8, 8, 8, 8, 8]);
    // d/dv: only the outer product (xw)ᵀ dy; nothing flows into the first matmul
    names.length = 0;
    const gv = tape.gradient(loss, v)!;
    assertEquals(names.filter((n) => n === "matmul").length, 1);
    assertClose(gv.dataSync(), [12, 12, 12, 12]);
    // both, and an intermediate source, still work
    const [a, b] = tape.gradient(loss, [w, v]);
    assertClose(a!.dataSync(), gw.dataSync());
    assertClose(b!.dataSync(), gv.dataSync());
  } finally {
    hooks.after = null;
  }
});

// ---------------------------------------------------------------- jacobian, batchJacobian, hessian

Deno.test("jacobian: elementwise, matmul (both factors), scalar targets, unconnected sources", () => {
  const seed = freshSeed(), r = rng(seed);
  const what = (s: string) => `${s} (seed ${seed})`;
  // y = x²: diag(2x)
  const x = new tf.Variable(randomArray(r, 3));
  let tape = new tf.GradientTape();
  const y = tape.record(() => tf.square(x));
  const xs = x.dataSync();
  const diag = [0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => (i === j ? 2 * xs[i] : 0)));
  assertClose(tape.jacobian(y, x)!.dataSync(), diag, {}, what("d x² / dx"));
  // C = A · W: dC[i,j]/dA[k,l] = δik W[l,j]; dC[i,j]/dW[k,l] = δjl A[i,k]
  const A = new tf.Variable(tf.constant(randomArray(r, 6), { shape: [2, 3] }));
  const W = new tf.Variable(tf.constant(randomArray(r, 12), { shape: [3, 4] }));
  const u = new tf.Variable(1); // not used: unconnected
  tape = new tf.GradientTape({ persistent: true });
  const C = tape.record(() => tf.matmul(A, W));
  const { a: jA, w: jW, u: ju } = tape.jacobian(C, { a: A, w: W, u });
  assertEquals(jA!.shape, [2, 4, 2, 3]);
  assertEquals(jW!.shape, [2, 4, 3, 4]);
  assertEquals(ju, null);
  const a = A.dataSync(), w = W.dataSync(), ga = jA!.dataSync(), gw = jW!.dataSync();
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 4; j++) {
      for (let k = 0; k < 3; k++) {
        for (let l = 0; l < 4; l++) {
          const wantW = j === l ? a[i * 3 + k] : 0;
          assertClose(gw[((i * 4 + j) * 3 + k) * 4 + l], wantW, {}, what("dC/dW"));
        }
      }
      for (let k = 0; k < 2; k++) {
        for (let l = 0; l < 3; l++) {
          const wantA = i === k ? w[l * 4 + j] : 0;
          assertClose(ga[((i * 4 + j) * 2 + k) * 3 + l], wantA, {}, what("dC/dA"));
        }
      }
    }
  }
  assertEquals(tape.jacobian(C, u, { unconnectedGradients: "zero" })!.shape, [2, 4]);
  // a scalar target's Jacobian is its gradient
  const L = tape.record(() => tf.reduceSum(tf.square(C)));
  assertClose(tape.jacobian(L, W)!.dataSync(), tape.gradient(L, W)!.dataSync(), {}, what("scalar"));
  tape.dispose();
});

Deno.test("jacobian uses up a non-persistent tape; batchJacobian matches jacobian's diagonal blocks", () => {
  const seed = freshSeed(), r = rng(seed);
  const x = new tf.Variable(1.5);
  const t1 = new tf.GradientTape();
  const y = t1.record(() => tf.multiply(x, x));
  assertClose(t1.jacobian(y, x)!.dataSync(), [3]);
  assertThrows(() => t1.gradient(y, x), TypeError, "already computed", "persistent: true");
  assertThrows(() => t1.jacobian(y, x), TypeError, "GradientTape.jacobian");

  const X = new tf.Variable(tf.constant(randomArray(r, 3 * 2), { shape: [3, 2] }));
  const Wt = tf.constant(randomArray(r, 2 * 4), { shape: [2, 4] });
  const tape = new tf.GradientTape({ persistent: true });
  const Y = tape.record(() => tf.tanh(tf.matmul(X, Wt)));
  const bj = tape.batchJacobian(Y, X)!;
  assertEquals(bj.shape, [3, 4, 2]);
  const full = tape.jacobian(Y, X)!.dataSync(); // [3, 4, 3, 2]
  const got = bj.dataSync();
  for (let b = 0; b < 3; b++) {
    for (let j = 0; j < 4; j++) {
      for (let k = 0; k < 2; k++) {
        assertClose(
          got[(b * 4 + j) * 2 + k],
          full[((b * 4 + j) * 3 + b) * 2 + k],
          {},
          `seed ${seed}`,
        );
      }
    }
  }
  assertThrows(
    () => tape.batchJacobian(Y, tf.ones([2, 2])),
    RangeError,
    "batchJacobian",
    "(3, 4)",
    "(2, 2)",
  );
  tape.dispose();
});

Deno.test("hessian: xᵀ A x gives A + Aᵀ, Σ x³ gives diag(6x), and f must be scalar", () => {
  const seed = freshSeed(), r = rng(seed);
  const n = 4;
  const Am = tf.constant(randomArray(r, n * n), { shape: [n, n] });
  const x0 = randomArray(r, n);
  const H = tf.hessian(
    (x) => tf.reduceSum(tf.multiply(x, tf.matmul(Am, tf.reshape(x, [n, 1])).reshape([n]))),
    x0,
  );
  assertEquals(H.shape, [n, n]);
  const a = Am.dataSync();
  const want = Array.from({ length: n * n }, (_, k) => a[k] + a[(k % n) * n + Math.floor(k / n)]);
  assertClose(H.dataSync(), want, { atol: 1e-5, rtol: 1e-5 }, `xᵀAx (seed ${seed})`);
  const H3 = tf.hessian((x) => tf.reduceSum(tf.pow(x, 3)), x0);
  const d = Array.from({ length: n * n }, (_, k) => (k % (n + 1) === 0 ? 6 * x0[k / (n + 1)] : 0));
  assertClose(H3.dataSync(), d, { atol: 1e-5, rtol: 1e-5 }, `Σx³ (seed ${seed})`);
  // a 2-D argument: shape [...x.shape, ...x.shape]
  assertEquals(tf.hessian((x) => tf.reduceSum(tf.square(x)), [[1, 2], [3, 4]]).shape, [2, 2, 2, 2]);
  assertThrows(() => tf.hessian((x) => tf.square(x), [1, 2]), RangeError, "hessian", "scalar");
  assertThrows(() => tf.hessian(3 as never, [1]), TypeError, "hessian", "function");
});
