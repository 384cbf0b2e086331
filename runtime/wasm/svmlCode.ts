/**
 * The SVML ports that element-wise kernels emit inline (runtime/math/svml.ts lists the float64 loops that
 * follow SVML): for a loop whose scalar function is one of these, runtime/wasm/elementwise.ts emits the
 * routine's arithmetic instead of a call into JS per element (power: NumPy's scalar-exponent fast path). Each emitter takes the f64 locals holding
 * the arguments, leaves the result on the stack, and calls `host` (the JS reference) for rare arguments.
 */
import { Code } from './assembler';
import type { ScalarFn } from '../scalarOps';
import { svmlExp } from '../math/svmlExp';
import { svmlLog } from '../math/svmlLog';
import { svmlLog10 } from '../math/svmlLog10';
import { svmlPow } from '../math/svmlPow';
import { svmlTanh } from '../math/svmlTanh';
import { svmlSinh } from '../math/svmlSinh';
import { svmlCosh } from '../math/svmlCosh';
import { svmlExp2 } from '../math/svmlExp2';
import { svmlCbrt } from '../math/svmlCbrt';
import { svmlExpm1 } from '../math/svmlExpm1';
import { svmlAtanh } from '../math/svmlAtanh';
import { svmlLog1p } from '../math/svmlLog1p';
import { emitSvmlExp } from './svmlExpCode';
import { emitSvmlLog } from './svmlLogCode';
import { emitSvmlLog10 } from './svmlLog10Code';
import { emitSvmlPow } from './svmlPowCode';
import { emitSvmlTanh } from './svmlTanhCode';
import { emitSvmlSinh, emitSvmlCosh } from './svmlHyperbolicCode';
import { emitSvmlExp2 } from './svmlExp2Code';
import { emitSvmlCbrt } from './svmlCbrtCode';
import { emitSvmlExpm1 } from './svmlExpm1Code';
import { emitSvmlAtanh } from './svmlAtanhCode';
import { emitSvmlLog1p } from './svmlLog1pCode';

/** `xs` are the f64 locals of the arguments, `strides` the i32 locals of their byte strides */
export type SvmlEmit = (c: Code, xs: number[], tmp: () => number, tmpI32: () => number, host: number, strides: number[]) => void;

export const SVML_EMIT = new Map<ScalarFn, SvmlEmit>([
  [svmlExp, (c, xs, tmp, tmpI32, host) => emitSvmlExp(c, xs[0], tmp, tmpI32, host)],
  [svmlLog, (c, xs, tmp, tmpI32, host) => emitSvmlLog(c, xs[0], tmp, tmpI32, host)],
  [svmlLog10, (c, xs, tmp, tmpI32, host) => emitSvmlLog10(c, xs[0], tmp, tmpI32, host)],
  [svmlPow, (c, xs, tmp, _tmpI32, host, strides) => emitSvmlPow(c, xs[0], xs[1], strides[1], tmp, host)],
  [svmlTanh, (c, xs, tmp, tmpI32) => emitSvmlTanh(c, xs[0], tmp, tmpI32)],
  [svmlSinh, (c, xs, tmp, tmpI32, host) => emitSvmlSinh(c, xs[0], tmp, tmpI32, host)],
  [svmlCosh, (c, xs, tmp, tmpI32, host) => emitSvmlCosh(c, xs[0], tmp, tmpI32, host)],
  [svmlExp2, (c, xs, tmp, tmpI32, host) => emitSvmlExp2(c, xs[0], tmp, tmpI32, host)],
  [svmlCbrt, (c, xs, tmp, tmpI32, host) => emitSvmlCbrt(c, xs[0], tmp, tmpI32, host)],
  [svmlExpm1, (c, xs, tmp, tmpI32, host) => emitSvmlExpm1(c, xs[0], tmp, tmpI32, host)],
  [svmlAtanh, (c, xs, tmp, tmpI32, host) => emitSvmlAtanh(c, xs[0], tmp, tmpI32, host)],
  [svmlLog1p, (c, xs, tmp, tmpI32, host) => emitSvmlLog1p(c, xs[0], tmp, tmpI32, host)],
]);
