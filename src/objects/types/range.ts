/**
 * The `range` and `slice` constructors, their start/stop/step attributes, `range.index`/`range.count`
 * and `slice.indices`, with CPython 3.11's messages. Range bounds are converted with `__index__`
 * (`range(1.5)` → `'float' object cannot be interpreted as an integer`); PyRange stores JS numbers, so
 * bounds beyond ±(2**53-1) are refused with the OverflowError CPython gives for sizes it cannot hold.
 */
import { RangeType, SliceType } from '../pytype';
import { PyRange, PySlice, NotImplemented, tuple, isFloat, floatValue } from '../values';
import { throwPy } from '../errors';
import { index, eqBool, sliceIndices, eq, ne, compare } from '../protocols';
import { asInt, norm } from '../arith';
import { repr } from '../repr';
import { defGetters } from '../descriptors';
import { defineMethods } from './define';
import { oneArg, posArgs } from './args';
import { pyHash } from '../hash';
import { PyBigRange, makeRange, bigRangePos } from './bigRange';

/** a range bound: an int (a number or, past 2**53, a bigint) through __index__ */
function bound(v: any): number | bigint {
  if (typeof v === 'bigint') return v;
  const i = asInt(v);
  return i !== undefined && typeof v !== 'object' ? i : index(v);
}

function newRange(args: any[]): PyRange | PyBigRange {
  const [a, b, c] = args.map(bound);
  if (args.length === 1) return makeRange(0, a, 1);
  if (args.length === 3 && (c === 0 || c === 0n)) throwPy('ValueError', 'range() arg 3 must not be zero');
  return makeRange(a, b, args.length === 3 ? c : 1);
}

/** Position of the int x in r, or -1. */
function rangePos(r: PyRange, x: number | bigint): number {
  const n = Number(x);
  if (r.length === 0) return -1;
  const off = n - r.start;
  if (off % r.step !== 0) return -1;
  const i = off / r.step;
  return i >= 0 && i < r.length ? i : -1;
}

/** the positions and items of a range of either kind */
function* items(r: PyRange | PyBigRange): Generator<[number | bigint, any]> {
  if (r instanceof PyBigRange) for (let k = 0n; k < r.length; k++) yield [norm(k), r.at(k)];
  else for (let k = 0; k < r.length; k++) yield [k, r.at(k)];
}

/** Install range and slice. */
export function installRange(): void {
  RangeType.newInstance = (_cls, args, kw) => {
    posArgs('range', 'range', args, kw, 1, 3);
    return newRange(args);
  };
  defGetters(RangeType, {
    start: (r: PyRange | PyBigRange) => (r instanceof PyBigRange ? norm(r.start) : r.start),
    stop: (r: PyRange | PyBigRange) => (r instanceof PyBigRange ? norm(r.stop) : r.stop),
    step: (r: PyRange | PyBigRange) => (r instanceof PyBigRange ? norm(r.step) : r.step),
  });
  defineMethods(RangeType, {
    // equal ranges (the same items) hash alike: by (len, first, step), with None for what len leaves out
    __hash__: (r: PyRange | PyBigRange) => {
      const [n, start, step] = r instanceof PyBigRange ? [norm(r.length), norm(r.start), norm(r.step)] : [r.length, r.start, r.step];
      return pyHash(tuple(n === 0 ? [0, null, null] : n === 1 ? [1, start, null] : [n, start, step]));
    },
    index: (r: PyRange | PyBigRange, args, kw) => {
      const x = oneArg('range.index', args, kw);
      const i = asInt(x);
      if (i !== undefined) {
        const p = r instanceof PyBigRange ? bigRangePos(r, i) : rangePos(r, i);
        if (p !== -1) return p;
        return throwPy('ValueError', `${repr(x)} is not in range`);
      }
      for (const [k, y] of items(r)) if (eqBool(y, x)) return k;
      return throwPy('ValueError', 'sequence.index(x): x not in sequence');
    },
    count: (r: PyRange | PyBigRange, args, kw) => {
      const x = oneArg('range.count', args, kw);
      const i = asInt(x);
      if (i !== undefined) return (r instanceof PyBigRange ? bigRangePos(r, i) : rangePos(r, i)) !== -1 ? 1 : 0;
      let n = 0;
      if (isFloat(x) && !Number.isInteger(floatValue(x))) return 0;
      for (const [, y] of items(r)) if (eqBool(y, x)) n++;
      return n;
    },
  });

  SliceType.newInstance = (_cls, args, kw) => {
    posArgs('slice', 'slice', args, kw, 1, 3);
    if (args.length === 1) return new PySlice(null, args[0], null);
    return new PySlice(args[0], args[1], args.length === 3 ? args[2] : null);
  };
  defGetters(SliceType, {
    start: (s: PySlice) => s.start,
    stop: (s: PySlice) => s.stop,
    step: (s: PySlice) => s.step,
  });
  // slices compare like (start, stop, step) tuples and are unhashable (before 3.12)
  const asTuple = (s: PySlice) => tuple([s.start, s.stop, s.step]);
  const cmp = (op: '==' | '!=' | '<' | '<=' | '>' | '>=') => (s: PySlice, args: any[]) => {
    const o = args[0];
    if (!(o instanceof PySlice)) return NotImplemented;
    if (op === '==') return eq(asTuple(s), asTuple(o));
    if (op === '!=') return ne(asTuple(s), asTuple(o));
    return compare(op, asTuple(s), asTuple(o));
  };
  SliceType.dict.__hash__ = null;
  defineMethods(SliceType, {
    __eq__: cmp('=='),
    __ne__: cmp('!='),
    __lt__: cmp('<'),
    __le__: cmp('<='),
    __gt__: cmp('>'),
    __ge__: cmp('>='),
    indices: (s: PySlice, args, kw) => {
      const n = index(oneArg('slice.indices', args, kw));
      if (n < 0) throwPy('ValueError', 'length should not be negative');
      const [start, stop, step] = sliceIndices(s, n);
      return tuple([start, stop, step]);
    },
  });
}
