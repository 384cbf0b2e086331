/**
 * Which float64 ufunc loops follow Intel SVML instead of libm. NumPy 2.x on x86-64 with AVX-512 (the PyPI
 * wheels) links SVML's `__svml_<f>8_ha` routines into its float64 loops for these ufuncs
 * (numpy/_core/src/umath/loops_umath_fp.dispatch.c.src, loops_exponent_log.dispatch.c.src); their results
 * are not correctly rounded, so ndpy reproduces each routine's arithmetic (runtime/math/svml*.ts) and the
 * float64 loop of the ufunc uses it (runtime/ufunc.ts). The same loops serve NumPy scalars, so np.float64
 * arguments get the same digits; Python's `math` module keeps glibc's (correctly rounded in practice) results.
 */
import type { ScalarFn } from '../scalarOps';
import { svmlExp } from './svmlExp';
import { svmlLog } from './svmlLog';
import { svmlPow, powerStride0 } from './svmlPow';

/** ufunc name → the scalar function of its float64 loop */
export const SVML_FLOAT64: Record<string, ScalarFn> = { exp: svmlExp, log: svmlLog, power: svmlPow };

/** loops whose inner loop differs when the second operand is one scalar (stride 0): NumPy's power loop
 * computes 1/x, 1, sqrt(x), x, x·x for the exponents -1, 0, 0.5, 1, 2 */
export const SVML_STRIDE0 = new Map<ScalarFn, ScalarFn>([[svmlPow, powerStride0]]);
