# float64 log10, tanh, sinh, cosh, exp2, cbrt, expm1, arctanh and log1p give NumPy's own (SVML /
# SIMD-loop) digits, which differ from the correctly rounded results in the last place for many
# arguments: scalars, arrays, strided and broadcast inputs, out=, the scalar callout ranges and the
# special values with their warnings silenced.
import numpy as np

xs = np.array([0.3, 1.7, 2.5, -0.8, 7.25, 0.01, 3.3, -2.2, 0.55, 1.05, 19.5, -4.4, 0.125, 0.1875, 23.9, 24.1])
for name in ["log10", "tanh", "sinh", "cosh", "exp2", "cbrt", "expm1", "arctanh", "log1p"]:
    f = getattr(np, name)
    with np.errstate(all="ignore"):
        r = f(np.abs(xs) if name == "log10" else np.tanh(xs) if name == "arctanh" else xs)
    print(name, [float(v) for v in r])
    print(repr(f(np.float64(0.27 if name == "arctanh" else 2.7))), repr(f(np.float64(0.0413))))

rng = np.random.default_rng(12)
a = rng.uniform(0.01, 12, 4000)
b = rng.uniform(-0.999, 0.999, 4000)
for name in ["log10", "tanh", "sinh", "cosh", "exp2", "cbrt", "expm1", "arctanh", "log1p"]:
    f = getattr(np, name)
    v = b if name == "arctanh" else a
    r = f(v)
    print(name, repr(r.sum()), repr(r[::997]), repr(f(v[::7]).max()))
    out = np.empty(5)
    f(v[:5], out=out)
    print(out.tolist() == [float(f(np.float64(t))) for t in v[:5]])

print(np.log10(np.arange(1.0, 1e5))[[7, 99, 12344, 99997]].tolist())
print(np.exp2(np.array([-1030.25, -1074.5, 1023.5, -6.276382675683713e-17, -0.00044763948656203394])).tolist())
print(np.sinh(np.array([-700.5, 690.25, 669.9, -705.0])).tolist())
print(np.cosh(np.array([708.5, -700.5, 690.25, 709.75])).tolist())
with np.errstate(all="ignore"):
    for name in ["log10", "tanh", "sinh", "cosh", "exp2", "cbrt", "expm1", "arctanh", "log1p"]:
        f = getattr(np, name)
        print(name, f(np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e300, -1e300, 5e-324, -1.0])).tolist())
print(np.tanh(np.float64(-0.0)), np.sinh(np.float64(-0.0)), np.signbit(np.tanh(-0.0)))
print(np.tanh(np.array([[0.5], [1.5]]) * np.array([1.0, 2.0, 3.0])).tolist())
print(np.cbrt(np.array([-8.0, 1e-310, -3.375, 2.0 ** 600, 7.0])).tolist())
print(np.expm1(np.array([-1e-20, 1e-5, -0.3, 88.5, -200.0, 705.25, 708.5])).tolist())
print(np.arctanh(np.array([0.5, -0.25, 0.9999999, 1e-10, -0.75])).tolist())
print(np.log1p(np.array([-0.5, 1e-17, 3.5, 1e300, -0.9999999999, 0.125])).tolist())
