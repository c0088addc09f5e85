# Generates the expected strings of tests/format_test.ts with NumPy (>= 2.3),
# whose str() of an array is what TensorFlow prints inside `tf.Tensor(...)`.
# Run once by hand: python3 tests/_format_cases.py > tests/_format_cases.ts
# (CI has no NumPy: the generated file is committed.)
import json
import numpy as np

f32 = np.float32


def shape_str(shape):
    return "(%d,)" % shape[0] if len(shape) == 1 else "(" + ", ".join(map(str, shape)) + ")"


def tf_str(a):
    a = np.asarray(a)
    text = str(a[()]) if a.shape == () else str(a)
    if "\n" in text:
        text = "\n" + text
    dt = {"float32": "float32", "int32": "int32", "bool": "bool"}[str(a.dtype)]
    return "tf.Tensor(%s, shape=%s, dtype=%s)" % (text, shape_str(a.shape), dt)


def js_num(x):
    x = float(x)
    if np.isnan(x):
        return "NaN"
    if np.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0 and np.signbit(x):
        return "-0"
    return repr(x)


# (label, JS expression making the tensor, NumPy array)
cases = []


def lit(label, values, dtype="float32", shape=None):
    a = np.array(values, dtype={"float32": f32, "int32": np.int32, "bool": bool}[dtype])
    if shape is not None:
        a = a.reshape(shape)
    flat = a.reshape(-1)
    if dtype == "bool":
        vals = "[" + ", ".join("true" if v else "false" for v in flat) + "]"
    else:
        vals = "[" + ", ".join(js_num(v) for v in flat) + "]"
    if a.shape == ():
        vals = vals[1:-1]
    js = "tf.constant(%s, { dtype: %s, shape: %s })" % (vals, json.dumps(dtype), json.dumps(list(a.shape)))
    cases.append((label, js, a))


def gen(label, n, shape, js_fn, np_vals, dtype="float32"):
    # js_fn: body of (i) => value, computed in float64 then rounded to the dtype
    a = np_vals.astype({"float32": f32, "int32": np.int32, "bool": bool}[dtype]).reshape(shape)
    arr = {"float32": "Float32Array", "int32": "Int32Array", "bool": "Uint8Array"}[dtype]
    js = "tf.constant(%s.from({ length: %d }, (_, i) => %s), { dtype: %s, shape: %s })" % (
        arr, n, js_fn, json.dumps(dtype), json.dumps(list(shape)))
    cases.append((label, js, a))


# scalars
lit("float scalar", 9.0)
lit("float scalar fraction", 0.1)
lit("negative zero", -0.0)
lit("small scalar", 1e-5)
lit("scalar at 1e-4 (float32 rounds below)", 1e-4)
lit("large scalar", 1.5e7)
lit("scalar below 1e6", 123456.79)
lit("scalar 1e6", 1e6)
lit("float32 max", 3.4028235e38)
lit("smallest subnormal", 1e-45)
lit("nan scalar", float("nan"))
lit("inf scalar", float("inf"))
lit("-inf scalar", float("-inf"))
lit("int scalar", 3, "int32")
lit("int32 min", -2147483648, "int32")
lit("true scalar", True, "bool")
lit("false scalar", False, "bool")
# 1-d floats
lit("integers", [1, 2, 3])
lit("halves and quarters", [0.5, 0.25])
lit("negatives", [-1.5, 2, 3.25])
lit("mixed fraction lengths", [1.5, 2, -0.125, 10])
lit("scientific: tiny", [1e-5, 1.2345e-5])
lit("scientific: large ratio", [1, 2000])
lit("scientific: from 1e6", [1e6])
lit("positional below 1e6", [999999, 0.5])
lit("exact digits past the shortest", [75318032, -1465.2256, 4.4697267e-06])
lit("eight digits, round half even", [0.001953125, 1])
lit("nan and inf", [float("nan"), 1.5, float("-inf")])
lit("only non-finite", [float("nan"), float("inf")])
lit("only nan and -inf", [float("nan"), float("-inf")])
lit("signed zeros", [-0.0, 0.0])
lit("zero and subnormal", [0, 1e-45])
lit("single element", [7.25])
lit("float32 1e-4 is not below 1e-4 in arrays", [1e-4, 5e-4])
lit("max/min ratio in float32", [0.3, 300.00002])
lit("ratio exactly 1000", [1, 1000])
# 1-d ints and bools
lit("int32 widths", [-5, 10, 300], "int32")
lit("bool row", [True, False], "bool")
lit("all true", [True, True], "bool")
# n-d
lit("2x2 floats", [[1, 2], [3, 4]])
lit("column", [[1.5], [-2]])
gen("3-d ints", 24, (2, 3, 4), "i - 7", np.arange(24) - 7, "int32")
gen("4-d floats", 36, (2, 3, 2, 3), "i / 4", np.arange(36) / 4)
gen("bool matrix", 6, (2, 3), "i % 2", np.arange(6) % 2, "bool")
# wrapping at 75 columns
gen("row wraps", 30, (30,), "i / 7", np.arange(30) / 7)
gen("int row wraps", 40, (40,), "i * 12345", np.arange(40) * 12345, "int32")
gen("nested rows wrap", 50, (2, 25), "(i * 37 % 101) / 8", (np.arange(50) * 37 % 101) / 8)
gen("scientific rows wrap", 12, (12,), "(i + 1) * 1234567.5", (np.arange(12) + 1) * 1234567.5)
# summarised (> 1000 elements)
gen("summary 1-d", 2000, (2000,), "i / 7", np.arange(2000) / 7)
gen("summary 2-d", 1200, (30, 40), "((i * 7919) % 1000 - 500) / 37", ((np.arange(1200) * 7919) % 1000 - 500) / 37)
gen("summary 3-d ints", 1120, (7, 8, 20), "i * 3 - 1000", np.arange(1120) * 3 - 1000, "int32")
gen("summary short axis", 1203, (3, 401), "i % 97", np.arange(1203) % 97, "int32")
gen("summary bool", 1001, (1001,), "(i % 3) === 0 ? 1 : 0", (np.arange(1001) % 3 == 0), "bool")
gen("summary 4-d", 1200, (2, 3, 4, 50), "i / 3", np.arange(1200) / 3)
gen("exactly 1000 elements", 1000, (1000,), "i", np.arange(1000), "int32")
# empty
gen("empty 2-d", 0, (2, 0), "i", np.zeros(0), "float32")
gen("empty 1-d", 0, (0,), "i", np.zeros(0), "int32")

out = []
out.append("// Generated by tests/_format_cases.py with NumPy %s: do not edit." % np.__version__)
out.append("// Each case: a tensor, TensorFlow's str() of it (NumPy's str inside tf.Tensor(...))")
out.append("// and NumPy's repr() of its value (what TensorFlow shows after `numpy=`).")
out.append('import * as tf from "../mod.ts";')
out.append("")
out.append("export const TENSOR_CASES: [string, () => tf.Tensor, string, string][] = [")
for label, js, a in cases:
    out.append("  [%s, () => %s, %s, %s]," % (json.dumps(label), js, json.dumps(tf_str(a)), json.dumps(repr(np.asarray(a)))))
out.append("];")
out.append("")
# random float32 scalars as bit patterns: shortest round-trip digits, thresholds
rng = np.random.default_rng(20261127)
bits = rng.integers(0, 2**32, 400, dtype=np.uint64).astype(np.uint32)
extra = np.array([1e-4, 9.999999e-5, 999999.94, 1e6, 0.5, 2.0**-126, 2.0**-149, 16777217, 1 / 3, 2 / 3, 0.1, 0.2, 0.3],
                 dtype=f32).view(np.uint32)
bits = np.concatenate([bits, extra])
out.append("/** [float32 bits, NumPy's str(np.float32)] */")
out.append("export const SCALAR_CASES: [number, string][] = [")
for b in bits:
    out.append("  [0x%08x, %s]," % (int(b), json.dumps(str(np.array(b, dtype=np.uint32).view(f32)[()]))))
out.append("];")
out.append("")
# random float32 arrays: the per-array format (positional/scientific, widths)
out.append("/** [float32 bits of a row, NumPy's str(array)] */")
out.append("export const ROW_CASES: [number[], string][] = [")
for k in range(60):
    n = int(rng.integers(1, 12))
    mode = k % 4
    if mode == 0:
        a = rng.standard_normal(n).astype(f32)
    elif mode == 1:
        a = (rng.standard_normal(n) * 10 ** rng.uniform(-6, 9, n)).astype(f32)
    elif mode == 2:
        a = rng.uniform(1e-4, 1e-1, n).astype(f32)
    else:
        a = (rng.uniform(-1, 1, n) * 10 ** float(rng.integers(-5, 8))).astype(f32)
    out.append("  [[%s], %s]," % (", ".join("0x%08x" % int(b) for b in a.view(np.uint32)), json.dumps(str(a))))
out.append("];")
print("\n".join(out))
