/**
 * NumPy's floating-point error reporting after a ufunc ran: "divide by zero", "overflow" and "invalid
 * value" (underflow is ignored by default), handled per `np.seterr`/`np.errstate` — a RuntimeWarning
 * through the warnings module ('warn': its filters decide, attributed to the Python line that called
 * NumPy), FloatingPointError ('raise'), or nothing ('ignore').
 *
 * Hardware flags are not observable from JS or WebAssembly, so the flags are reconstructed from the
 * values: a NaN result from non-NaN inputs is "invalid"; an infinite result from finite inputs is
 * "divide by zero" when the operation divided by (or took the log of) zero, else "overflow". Integer
 * division by zero raises "divide by zero" as NumPy's integer loops do. The scan only looks further
 * when the output holds a non-finite value, so ordinary results cost one pass over the output.
 */
import { NDArray, broadcastStrides, stridedLoop, typedView } from '../../../runtime/ndarray';
import { reader, Complex } from '../../../runtime/elements';
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { pyToDomain } from './scalars';
import { finiteScan } from '../../../runtime/wasm/scan';
import { heap } from '../../../runtime/memory';
import { Loop } from '../../../runtime/ufunc';
import { throwPy } from '../../objects/errors';
import { state } from '../../interp/state';
import { fpErr } from './errstate';
import { warnFrom } from '../warnings';

type Flag = 'divide' | 'over' | 'invalid';

const DIVIDES = new Set(['divide', 'true_divide', 'floor_divide', 'remainder', 'fmod', 'divmod', 'reciprocal']);
const LOGS = new Set(['log', 'log2', 'log10']);

function isNaNv(v: any): boolean {
  return typeof v === 'number' ? v !== v : v !== null && typeof v === 'object' && (v.re !== v.re || v.im !== v.im);
}
function isInf(v: any): boolean {
  return typeof v === 'number' ? v === Infinity || v === -Infinity : v !== null && typeof v === 'object' && (Math.abs(v.re) === Infinity || Math.abs(v.im) === Infinity);
}
function isZero(v: any): boolean {
  if (typeof v === 'number') return v === 0;
  if (typeof v === 'bigint') return v === 0n;
  return v !== null && typeof v === 'object' && v.re === 0 && v.im === 0;
}

/** whether a contiguous float result holds only finite values (a WebAssembly scan; JS as a fallback) */
export function allFinite(t: Float64Array | Float32Array): boolean {
  const scan = finiteScan(t instanceof Float64Array ? 'd' : 'f');
  if (scan) return scan(t.byteOffset, t.length) === 1;
  for (let i = 0; i < t.length; i++) if (t[i] - t[i] !== 0) return false;
  return true;
}

/** the real and imaginary parts of a contiguous native complex array as one float array, else null */
function complexParts(a: NDArray): Float64Array | Float32Array | null {
  const half = a.itemsize / 2;
  if (!a.cContiguous || !a.dtype.isNative || a.addr % half !== 0) return null;
  return half === 8 ? new Float64Array(heap.buffer, a.addr, 2 * a.size) : new Float32Array(heap.buffer, a.addr, 2 * a.size);
}

/** While > 0, an operator between NumPy scalars runs (scalarMath.ts): NumPy names it 'scalar <op>'. */
export const scalarOperator = { depth: 0 };

/** Run an operator on NumPy scalars, so that what it reports names 'scalar <op>'. */
export function asScalarOperator<T>(fn: () => T): T {
  scalarOperator.depth++;
  try {
    return fn();
  } finally {
    scalarOperator.depth--;
  }
}

const CHECKED_INT_OPS = new Set(['add', 'subtract', 'multiply', 'floor_divide', 'divmod', 'negative', 'absolute']);

/**
 * Whether an integer operator on NumPy scalars overflowed. NumPy's scalarmath checks `+ - *`, MIN // -1,
 * and negating or taking abs() of a value with no positive counterpart (MIN, or any nonzero unsigned
 * value for negation); array loops wrap silently.
 */
function scalarIntOverflow(loop: Loop, ins: NDArray[]): boolean {
  const dt = loop.outs[0];
  if ((dt.kind !== 'i' && dt.kind !== 'u') || !CHECKED_INT_OPS.has(loop.name) || !ins.every((a) => a.size === 1)) return false;
  const [a, b] = ins.map((x) => BigInt(x.get(new Array(x.ndim).fill(0))));
  const bits = BigInt(8 * dt.itemsize);
  const lo = dt.kind === 'u' ? 0n : -(2n ** (bits - 1n)), hi = dt.kind === 'u' ? 2n ** bits - 1n : 2n ** (bits - 1n) - 1n;
  let r: bigint;
  switch (loop.name) {
    case 'add': r = a + b; break;
    case 'subtract': r = a - b; break;
    case 'multiply': r = a * b; break;
    case 'negative': r = -a; break;
    case 'absolute': r = a < 0n ? -a : a; break;
    default: r = a === lo && b === -1n ? -a : lo; // floor_divide, divmod
  }
  return r < lo || r > hi;
}

/** Report a floating-point condition according to the current error state. */
export function report(flag: Flag, opName: string): void {
  const action = fpErr[flag];
  if (action === 'ignore') return;
  const what = flag === 'divide' ? 'divide by zero' : flag === 'over' ? 'overflow' : 'invalid value';
  const msg = `${what} encountered in ${opName}`;
  if (action === 'raise') throwPy('FloatingPointError', msg);
  // raised from NumPy's C loops: attributed to the innermost user frame, past ndpy's Python-coded modules
  if (state()) warnFrom('RuntimeWarning', msg, 1, true);
}

/** Inspect a finished element-wise operation and report what NumPy's FP flags would have said. */
export function checkFloatErrors(loop: Loop, ins: NDArray[], outs: NDArray[], shape: number[], where: NDArray | null = null): void {
  if (fpErr.divide === 'ignore' && fpErr.over === 'ignore' && fpErr.invalid === 'ignore') return;
  const name = (scalarOperator.depth > 0 ? 'scalar ' : '') + (loop.name === 'true_divide' ? 'divide' : loop.name);
  if (scalarOperator.depth > 0 && scalarIntOverflow(loop, ins)) report('over', name);
  const intDiv = DIVIDES.has(loop.name) && loop.ins[0].kind !== 'f' && loop.ins[0].kind !== 'c';
  if (intDiv) {
    const d = ins[1];
    if (!d) return;
    if (!where) {
      if (d.toArray().some(isZero)) report('divide', name);
      return;
    }
    const rd = reader(d.dtype), rw = reader(where.dtype), dv = heap.view();
    let zero = false;
    stridedLoop(shape, [d.addr, where.addr], [broadcastStrides(d, shape), broadcastStrides(where, shape)], (n, addrs, steps) => {
      for (let i = 0; i < n; i++) if (rw(dv, addrs[1] + i * steps[1]) && isZero(rd(dv, addrs[0] + i * steps[0]))) zero = true;
    });
    if (zero) report('divide', name);
    return;
  }
  const floatOut = outs.some((o) => o.dtype.kind === 'f' || o.dtype.kind === 'c');
  if (!floatOut) return;
  // fast path: contiguous float outputs without a NaN or infinity need no further look
  if (outs.every((o) => {
    const t = o.dtype.kind === 'c' ? complexParts(o) : typedView(o);
    return t instanceof Float64Array || t instanceof Float32Array ? allFinite(t) : false;
  })) return;
  // the `where` mask rides along as a last operand: elements it leaves out were not computed
  const ops = where ? [...ins, ...outs, where] : [...ins, ...outs];
  const rds = ops.map((a) => reader(a.dtype));
  const nin = ins.length, nops = ins.length + outs.length;
  const flags = new Set<Flag>();
  const dv = heap.view();
  stridedLoop(shape, ops.map((a) => a.addr), ops.map((a) => broadcastStrides(a, shape)), (n, addrs, steps) => {
    for (let i = 0; i < n; i++) {
      if (where && !rds[nops](dv, addrs[nops] + i * steps[nops])) continue;
      for (let k = nin; k < nops; k++) {
        const r = rds[k](dv, addrs[k] + i * steps[k]);
        if (!isNaNv(r) && !isInf(r)) continue;
        const xs = [];
        for (let j = 0; j < nin; j++) xs.push(rds[j](dv, addrs[j] + i * steps[j]));
        if (isNaNv(r)) {
          if (!xs.some(isNaNv)) flags.add('invalid');
        } else if (!xs.some((x) => isInf(x) || isNaNv(x))) {
          const zeroDiv = (DIVIDES.has(loop.name) && isZero(xs[xs.length - 1])) || (LOGS.has(loop.name) && isZero(xs[0])) ||
            (loop.name === 'log1p' && xs[0] === -1) || (loop.name === 'arctanh' && Math.abs(xs[0]) === 1) ||
            (loop.name === 'power' && isZero(xs[0]));
          flags.add(zeroDiv ? 'divide' : 'over');
        }
      }
    }
  });
  for (const f of ['divide', 'over', 'invalid'] as Flag[]) if (flags.has(f)) report(f, name);
}

const finiteParts = (v: any): boolean => (typeof v === 'number' ? Number.isFinite(v) : v instanceof Complex ? Number.isFinite(v.re) && Number.isFinite(v.im) : true);

/** A Python scalar operand in a loop's dtype; a finite value too large for float32/float16 (complex64) reports "overflow encountered in cast". */
export function weakValue(v: any, dt: DType): any {
  const x = pyToDomain(v, dt);
  if ((dt.kind === 'f' || dt.kind === 'c') && dt.itemsize <= (dt.kind === 'c' ? 8 : 4) && !finiteParts(x) && finiteParts(pyToDomain(v, dt.kind === 'c' ? D.complex128 : D.float64))) {
    report('over', 'cast');
  }
  return x;
}
