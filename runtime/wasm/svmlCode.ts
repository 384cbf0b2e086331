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
import { svmlPow } from '../math/svmlPow';
import { emitSvmlExp } from './svmlExpCode';
import { emitSvmlLog } from './svmlLogCode';
import { emitSvmlPow } from './svmlPowCode';

/** `xs` are the f64 locals of the arguments, `strides` the i32 locals of their byte strides */
export type SvmlEmit = (c: Code, xs: number[], tmp: () => number, tmpI32: () => number, host: number, strides: number[]) => void;

export const SVML_EMIT = new Map<ScalarFn, SvmlEmit>([
  [svmlExp, (c, xs, tmp, tmpI32, host) => emitSvmlExp(c, xs[0], tmp, tmpI32, host)],
  [svmlLog, (c, xs, tmp, tmpI32, host) => emitSvmlLog(c, xs[0], tmp, tmpI32, host)],
  [svmlPow, (c, xs, tmp, _tmpI32, host, strides) => emitSvmlPow(c, xs[0], xs[1], strides[1], tmp, host)],
]);
