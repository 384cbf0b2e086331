/**
 * Ranges whose bounds or length pass 2**53 (`range(10**18, 10**18 + 10)`, `range(2**64)`): PyBigRange
 * keeps start, stop, step and length as bigints, and its items come out as ints in their usual form (a
 * number when it fits). PyRange (values.ts) stays all numbers, as the loops generated code runs over
 * plain ranges test `instanceof PyRange` and count with JS numbers; a big range is iterated through its
 * iterator instead. The range protocols (protocols.ts, iterators.ts, repr.ts) hand a PyBigRange to the
 * functions here. As in CPython, len() of a range longer than sys.maxsize raises OverflowError, while
 * indexing, slicing and `in` take ints of any size.
 */
import { RangeType } from '../pytype';
import { PyRange, PySlice, PyFloat } from '../values';
import { throwPy } from '../errors';
import { norm, asInt } from '../arith';

const MAXSIZE = 2n ** 63n - 1n;

export class PyBigRange {
  declare cls: typeof RangeType;
  readonly length: bigint;
  constructor(
    public readonly start: bigint,
    public readonly stop: bigint,
    public readonly step: bigint,
  ) {
    const n = step > 0n ? ceilDiv(stop - start, step) : ceilDiv(start - stop, -step);
    this.length = n > 0n ? n : 0n;
  }
  at(i: bigint): number | bigint {
    return norm(this.start + i * this.step);
  }
}
PyBigRange.prototype.cls = RangeType;
/** keyed in dicts by hash and __eq__, as PyRange */
(PyBigRange.prototype as any).hashByValue = true;

function ceilDiv(a: bigint, b: bigint): bigint {
  // b > 0
  return a >= 0n ? (a + b - 1n) / b : -(-a / b);
}

/** range(a, b, c) from ints (numbers or bigints): a PyRange when every number it needs fits a double exactly. */
export function makeRange(start: number | bigint, stop: number | bigint, step: number | bigint): PyRange | PyBigRange {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    const r = new PyRange(start, stop, step);
    // the last item and the length must be exact
    if (Number.isSafeInteger(start + r.length * step) && Number.isSafeInteger(stop - start)) return r;
  }
  return new PyBigRange(BigInt(start), BigInt(stop), BigInt(step));
}

/** a range as bigints (start, stop, step, length), for the operations that take either kind */
function big(r: PyRange | PyBigRange): PyBigRange {
  return r instanceof PyBigRange ? r : new PyBigRange(BigInt(r.start), BigInt(r.stop), BigInt(r.step));
}

/** len(r): an int, or OverflowError past sys.maxsize */
export function bigRangeLen(r: PyBigRange): number | bigint {
  if (r.length > MAXSIZE) throwPy('OverflowError', 'Python int too large to convert to C ssize_t');
  return norm(r.length);
}

/** r[k] for an int k (number or bigint) or a slice */
export function bigRangeItem(r: PyBigRange, k: any): any {
  if (k instanceof PySlice) return bigRangeSlice(r, k);
  const i = asInt(k);
  if (i === undefined) return throwPy('TypeError', `range indices must be integers or slices, not ${k === null ? 'NoneType' : typeof k === 'string' ? 'str' : (k.cls?.tpName ?? typeof k)}`);
  let b = BigInt(i);
  if (b < 0n) b += r.length;
  if (b < 0n || b >= r.length) throwPy('IndexError', 'range object index out of range');
  return r.at(b);
}

/** slice.indices on a bigint length: [start, stop, step] */
function sliceBig(s: PySlice, n: bigint): [bigint, bigint, bigint] {
  const v = (x: any, what: string): bigint | null => {
    if (x === null) return null;
    const i = asInt(x);
    if (i === undefined) throwPy('TypeError', `slice indices must be integers or None or have an __index__ method${what}`);
    return BigInt(i!);
  };
  const st = v(s.step, '');
  const step = st ?? 1n;
  if (step === 0n) throwPy('ValueError', 'slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? n - 1n : n;
  const clamp = (x: bigint | null, dflt: bigint): bigint => {
    if (x === null) return dflt;
    if (x < 0n) {
      x += n;
      return x < lower ? lower : x;
    }
    return x > upper ? upper : x;
  };
  const start = clamp(v(s.start, ''), step < 0n ? upper : lower);
  const stop = clamp(v(s.stop, ''), step < 0n ? lower : upper);
  return [start, stop, step];
}

function bigRangeSlice(r: PyBigRange, s: PySlice): PyRange | PyBigRange {
  const [start, stop, step] = sliceBig(s, r.length);
  return makeRange(norm(r.start + start * r.step), norm(r.start + stop * r.step), norm(step * r.step));
}

/** x in r */
export function bigRangeContains(r: PyBigRange, x: any): boolean | undefined {
  if (x instanceof PyFloat && !Number.isInteger(x.v)) return false;
  const v = asInt(x instanceof PyFloat ? (Number.isFinite(x.v) ? BigInt(x.v) : undefined) : x);
  if (v === undefined) return undefined;
  const n = BigInt(v);
  const { start, stop, step } = r;
  if (step > 0n ? n < start || n >= stop : n > start || n <= stop) return false;
  return (n - start) % step === 0n;
}

/** The position of int x in r, or -1 */
export function bigRangePos(r: PyBigRange, x: number | bigint): number | bigint {
  const n = BigInt(x);
  if (!bigRangeContains(r, n)) return -1;
  return norm((n - r.start) / r.step);
}

/** range == range, either kind: the same items */
export function rangesEqual(a: PyRange | PyBigRange, b: PyRange | PyBigRange): boolean {
  const x = big(a), y = big(b);
  return x.length === y.length && (x.length === 0n || (x.start === y.start && (x.length === 1n || x.step === y.step)));
}

export function bigRangeRepr(r: PyBigRange): string {
  return r.step === 1n ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
}

/** reversed(r): the range of the same items backwards */
export function reversedBigRange(r: PyBigRange): PyBigRange {
  const last = r.start + (r.length - 1n) * r.step;
  return new PyBigRange(last, r.start - r.step, -r.step);
}
