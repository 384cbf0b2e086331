/**
 * Which float64 ufunc loops follow Intel SVML instead of libm. NumPy 2.x on x86-64 with AVX-512 (the PyPI
 * wheels) links SVML's `__svml_<f>8_ha` routines into its float64 loops for these ufuncs
 * (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src, loops_exponent_log.dispatch.c.src), and tanh runs
 * NumPy's own SIMD loop converted from SVML (loops_hyperbolic.dispatch.cpp.src); their results are not
 * correctly rounded, so ndpy reproduces each routine's arithmetic (runtime/math/svml*.ts) and the
 * float64 loop of the ufunc uses it (runtime/ufunc.ts). The same loops serve NumPy scalars, so np.float64
 * arguments get the same digits; Python's `math` module keeps glibc's (correctly rounded in practice) results.
 */
import type { ScalarFn } from '../scalarOps';
import { svmlExp } from './svmlExp';
import { svmlLog } from './svmlLog';
import { svmlLog10 } from './svmlLog10';
import { svmlPow, powerStride0 } from './svmlPow';
import { svmlTanh } from './svmlTanh';
import { svmlSinh } from './svmlSinh';
import { svmlCosh } from './svmlCosh';
import { svmlExp2 } from './svmlExp2';
import { svmlCbrt } from './svmlCbrt';
import { svmlExpm1 } from './svmlExpm1';
import { svmlAtanh } from './svmlAtanh';
import { svmlLog1p } from './svmlLog1p';

/** ufunc name → the scalar function of its float64 loop */
export const SVML_FLOAT64: Record<string, ScalarFn> = {
  exp: svmlExp, log: svmlLog, log10: svmlLog10, power: svmlPow, tanh: svmlTanh, sinh: svmlSinh, cosh: svmlCosh,
  exp2: svmlExp2, cbrt: svmlCbrt, expm1: svmlExpm1, arctanh: svmlAtanh, log1p: svmlLog1p,
};

/** loops whose inner loop differs when the second operand is one scalar (stride 0): NumPy's power loop
 * computes 1/x, 1, sqrt(x), x, x·x for the exponents -1, 0, 0.5, 1, 2 */
export const SVML_STRIDE0 = new Map<ScalarFn, ScalarFn>([[svmlPow, powerStride0]]);
