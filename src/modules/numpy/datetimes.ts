/**
 * The Python face of datetime64 and timedelta64 (runtime/datetime.ts holds the calendar arithmetic):
 * the `np.datetime64(...)`/`np.timedelta64(...)` constructors, the ufuncs NumPy defines for them
 * (datetime ± timedelta, datetime − datetime, timedelta × or ÷ a number, timedelta ÷ timedelta,
 * comparisons, maximum/minimum, isnat) with NaT propagating as NumPy's loops do and the operands
 * converted to their common unit first, and `np.arange` over dates.
 */
import { NDArray, broadcastShapes, broadcastStrides, stridedLoop } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { reader, writer, converter } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import { NAT, TimeUnit, parseDatetime, convertDatetime, convertTimedelta, unitOf, isTimeUnit } from '../../../runtime/datetime';
import { PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { makeExc } from '../../objects/exceptions';
import { NPScalar, scalar, weakKind } from './scalars';
import { asArray, allocArray, copyInto } from './coerce';
import { DatetimeType, TimedeltaType } from './dtypes';
import { dtRepr, scalarArray, kwArgs } from './ufuncs';
import { UFuncNoLoopErrorType } from './axes';
import { Kw } from '../../objects/function';
import { nativeBinary } from '../../objects/arith';
import { binaryOp } from './arrayType';

function unitArg(u: any): TimeUnit {
  if (u === undefined || u === null) return '';
  if (typeof u !== 'string' || !isTimeUnit(u)) throwPy('TypeError', `Invalid datetime metadata string "${u}"`);
  return u;
}

function newDatetime(args: any[], kw: Kw): NPScalar {
  const p = kwArgs(args, kw, ['value', 'unit']);
  const unit = unitArg(p.unit);
  const v = p.value;
  let val: bigint, from: TimeUnit;
  if (v === undefined || v === null) [val, from] = [NAT, ''];
  else if (typeof v === 'string') [val, from] = parseDatetime(v);
  else if (v instanceof NPScalar && v.dt.kind === 'M') [val, from] = [v.v, unitOf(v.dt)];
  else if (weakKind(v) === 'int' || (v instanceof NPScalar && (v.dt.kind === 'i' || v.dt.kind === 'u'))) {
    if (!unit) throwPy('ValueError', 'Converting an integer to a NumPy datetime requires a specified unit');
    [val, from] = [BigInt(v instanceof NPScalar ? v.v : v), unit];
  } else return throwPy('ValueError', 'Could not convert object to NumPy datetime');
  const u = unit || from;
  return scalar(D.timeType('M', u), convertDatetime(val, from, u));
}

function newTimedelta(args: any[], kw: Kw): NPScalar {
  const p = kwArgs(args, kw, ['value', 'unit']);
  const unit = unitArg(p.unit);
  const v = p.value ?? 0;
  if (v instanceof NPScalar && v.dt.kind === 'm') {
    const u = unit || unitOf(v.dt);
    const r = convertTimedelta(v.v, unitOf(v.dt), u);
    if (r === null) throwPy('TypeError', `Cannot cast NumPy timedelta64 scalar from metadata [${unitOf(v.dt)}] to [${u}] according to the rule 'same_kind'`);
    return scalar(D.timeType('m', u), r);
  }
  if (typeof v === 'string') {
    if (v.trim().toUpperCase() !== 'NAT') throwPy('ValueError', `Could not convert object to NumPy timedelta`);
    return scalar(D.timeType('m', unit), NAT);
  }
  if (weakKind(v) !== 'int' && !(v instanceof NPScalar && (v.dt.kind === 'i' || v.dt.kind === 'u'))) throwPy('ValueError', 'Could not convert object to NumPy timedelta');
  return scalar(D.timeType('m', unit), BigInt(v instanceof NPScalar ? v.v : v));
}

export function installDatetimeTypes(): void {
  DatetimeType.newInstance = (_cls, args, kw) => newDatetime(args, kw);
  TimedeltaType.newInstance = (_cls, args, kw) => newTimedelta(args, kw);
  nativeBinary.set(DatetimeType, binaryOp);
  nativeBinary.set(TimedeltaType, binaryOp);
}

// ---- ufuncs ----

function isTime(d: DType): boolean {
  return d.timeUnit !== null;
}
function isIntLike(d: DType): boolean {
  return d.kind === 'b' || d.kind === 'i' || d.kind === 'u';
}

/** Whether a ufunc argument is a datetime64/timedelta64 array or scalar (those take this module's loops). */
export function isTimeOperand(v: any): boolean {
  return (v instanceof NDArray || v instanceof NPScalar) && isTime(v instanceof NDArray ? v.dtype : v.dt);
}

function operandArray(v: any, parseDates: boolean): NDArray {
  if (v instanceof NDArray) return v;
  if (v instanceof NPScalar) return scalarArray(v.dt, v.v);
  if (typeof v === 'string' && parseDates) {
    const [val, u] = parseDatetime(v);
    return scalarArray(D.timeType('M', u), val);
  }
  return asArray(v);
}

type Fn = (x: any[]) => any;
interface TimeLoop {
  ins: DType[];
  out: DType;
  f: Fn;
}

const tdiv = (a: bigint, b: bigint) => a / b;
const fdiv = (a: bigint, b: bigint) => {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
};
function bigFromFloat(x: number): bigint {
  return Number.isFinite(x) ? BigInt(Math.trunc(x)) : NAT;
}

const COMPARE: Record<string, (a: bigint, b: bigint) => boolean> = {
  equal: (a, b) => a === b, not_equal: (a, b) => a !== b, less: (a, b) => a < b, less_equal: (a, b) => a <= b,
  greater: (a, b) => a > b, greater_equal: (a, b) => a >= b,
};

/** The loop NumPy's type resolver picks for a datetime ufunc, or null when it has none. */
function timeLoop(name: string, dts: DType[]): TimeLoop | null {
  const [a, b] = dts;
  const nat = (f: (x: bigint, y: bigint) => bigint): Fn => ([x, y]) => (x === NAT || y === NAT ? NAT : f(x, y));
  if (dts.length === 1) {
    if (name === 'isnat' && isTime(a)) return { ins: [a], out: D.bool, f: ([x]) => (x === NAT ? 1 : 0) };
    if (a.kind !== 'm') return null;
    if (name === 'negative') return { ins: [a], out: a, f: ([x]) => (x === NAT ? NAT : -x) };
    if (name === 'positive') return { ins: [a], out: a, f: ([x]) => x };
    if (name === 'absolute') return { ins: [a], out: a, f: ([x]) => (x < 0n && x !== NAT ? -x : x) };
    return null;
  }
  const same = (kind: 'M' | 'm') => {
    const t = D.promote(a, b);
    return D.timeType(kind, t.timeUnit!);
  };
  if (name in COMPARE) {
    if (!((a.kind === b.kind && isTime(a)) || (a.kind === 'm' && isIntLike(b)) || (b.kind === 'm' && isIntLike(a)))) return null;
    const t = D.promote(a, b);
    const cmp = COMPARE[name];
    const ne = name === 'not_equal';
    return { ins: [t, t], out: D.bool, f: ([x, y]) => (x === NAT || y === NAT ? (ne ? 1 : 0) : cmp(x, y) ? 1 : 0) };
  }
  if (name === 'maximum' || name === 'minimum' || name === 'fmax' || name === 'fmin') {
    if (a.kind !== b.kind || !isTime(a)) return null;
    const t = same(a.kind as 'M' | 'm');
    const max = name === 'maximum' || name === 'fmax';
    const pick = (x: bigint, y: bigint) => ((max ? x >= y : x <= y) ? x : y);
    const f: Fn = name[0] === 'f' ? ([x, y]) => (x === NAT ? y : y === NAT ? x : pick(x, y)) : ([x, y]) => (x === NAT || y === NAT ? NAT : pick(x, y));
    return { ins: [t, t], out: t, f };
  }
  switch (name) {
    case 'add': {
      if (a.kind === 'M' && b.kind === 'M') return null;
      if (a.kind === 'M' || b.kind === 'M') {
        const [dt, other] = a.kind === 'M' ? [a, b] : [b, a];
        if (other.kind !== 'm' && !isIntLike(other)) return null;
        const t = D.promote(dt, other.kind === 'm' ? other : D.timeType('m', dt.timeUnit!));
        const td = D.timeType('m', t.timeUnit!);
        return { ins: a.kind === 'M' ? [t, td] : [td, t], out: t, f: nat((x, y) => x + y) };
      }
      if (!(a.kind === 'm' || b.kind === 'm') || !(isTime(a) || isIntLike(a)) || !(isTime(b) || isIntLike(b))) return null;
      const t = same('m');
      return { ins: [t, t], out: t, f: nat((x, y) => x + y) };
    }
    case 'subtract': {
      if (a.kind === 'M' && b.kind === 'M') {
        const t = same('M');
        return { ins: [t, t], out: D.timeType('m', t.timeUnit!), f: nat((x, y) => x - y) };
      }
      if (a.kind === 'M') {
        if (b.kind !== 'm' && !isIntLike(b)) return null;
        const t = D.promote(a, b.kind === 'm' ? b : D.timeType('m', a.timeUnit!));
        return { ins: [t, D.timeType('m', t.timeUnit!)], out: t, f: nat((x, y) => x - y) };
      }
      if (b.kind === 'M' || !(isTime(a) || isIntLike(a)) || !(isTime(b) || isIntLike(b))) return null;
      const t = same('m');
      return { ins: [t, t], out: t, f: nat((x, y) => x - y) };
    }
    case 'multiply': {
      const [td, num] = a.kind === 'm' ? [a, b] : [b, a];
      if (td.kind !== 'm' || !(isIntLike(num) || num.kind === 'f')) return null;
      const byFloat = num.kind === 'f';
      const ins = a.kind === 'm' ? [td, byFloat ? D.float64 : D.int64] : [byFloat ? D.float64 : D.int64, td];
      const k = a.kind === 'm' ? 0 : 1;
      const f: Fn = byFloat ? (x) => (x[k] === NAT ? NAT : bigFromFloat(Number(x[k]) * x[1 - k])) : (x) => (x[k] === NAT ? NAT : x[k] * x[1 - k]);
      return { ins, out: td, f };
    }
    case 'divide':
    case 'true_divide':
    case 'floor_divide': {
      if (a.kind !== 'm') return null;
      const floor = name === 'floor_divide';
      if (b.kind === 'm') {
        const t = same('m');
        if (floor) return { ins: [t, t], out: D.int64, f: ([x, y]) => (x === NAT || y === NAT || y === 0n ? 0n : fdiv(x, y)) };
        return { ins: [t, t], out: D.float64, f: ([x, y]) => (x === NAT || y === NAT ? NaN : Number(x) / Number(y)) };
      }
      if (isIntLike(b)) return { ins: [a, D.int64], out: a, f: ([x, y]) => (x === NAT || y === 0n ? NAT : (floor ? fdiv : tdiv)(x, y)) };
      if (b.kind === 'f') return { ins: [a, D.float64], out: a, f: ([x, y]) => (x === NAT ? NAT : bigFromFloat(floor ? Math.floor(Number(x) / y) : Number(x) / y)) };
      return null;
    }
    case 'remainder': {
      if (a.kind !== 'm' || b.kind !== 'm') return null;
      const t = same('m');
      return { ins: [t, t], out: t, f: ([x, y]) => (x === NAT || y === NAT || y === 0n ? NAT : x - fdiv(x, y) * y) };
    }
  }
  return null;
}

function noTimeLoop(name: string, dts: DType[]): never {
  if (dts.length === 1) {
    return throwPy('TypeError', `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
  }
  throw makeExc(UFuncNoLoopErrorType, `ufunc '${name}' cannot use operands with types ${dts.map(dtRepr).join(' and ')}`);
}

/** Python ints/floats beside a datetime take int64/float64 (NumPy's weak scalars do the same here). */
function dtypeOf(v: any, arr: NDArray): DType {
  if (v instanceof NDArray || v instanceof NPScalar) return arr.dtype;
  return weakKind(v) === 'float' ? D.float64 : weakKind(v) ? D.int64 : arr.dtype;
}

/** A ufunc call with a datetime64/timedelta64 operand. */
export function timeUfunc(name: string, args: any[], out: NDArray | null): any {
  const arrs = args.map((v) => operandArray(v, false));
  const dts = arrs.map((a, i) => dtypeOf(args[i], a));
  if (dts.some((d) => d.isText)) {
    throw makeExc(UFuncNoLoopErrorType, `ufunc '${name}' did not contain a loop with signature matching types (${dts.map((d) => `<class 'numpy.dtypes.${D.dtypeClass(d)}'>`).join(', ')}) -> None`);
  }
  const loop = timeLoop(name, dts) ?? noTimeLoop(name, dts);
  const shape = broadcastShapes(arrs.map((a) => a.shape));
  if (!shape) throwPy('ValueError', `operands could not be broadcast together with shapes ${arrs.map((a) => `(${a.shape.join(',')}${a.ndim === 1 ? ',' : ''})`).join(' ')} `);
  const result = allocArray(shape!, loop.out);
  const rds = arrs.map((a) => reader(a.dtype));
  const cvs = arrs.map((a, i) => (a.dtype.native === loop.ins[i] ? null : converter(a.dtype.native, loop.ins[i])));
  const wr = writer(loop.out);
  const dv = heap.view();
  const vals = new Array(arrs.length);
  stridedLoop(shape!, [result.addr, ...arrs.map((a) => a.addr)], [result.strides, ...arrs.map((a) => broadcastStrides(a, shape!))], (n, addrs, steps) => {
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < arrs.length; k++) {
        const v = rds[k](dv, addrs[k + 1] + i * steps[k + 1]);
        const c = cvs[k];
        vals[k] = c ? c(v) : v;
      }
      wr(dv, addrs[0] + i * steps[0], loop.f(vals));
    }
  });
  if (out) {
    copyInto(out, result);
    return out;
  }
  return result.ndim === 0 ? scalar(result.dtype, result.get([])) : result;
}

// ---- arange ----

/** Whether np.arange's arguments ask for dates (a datetime/timedelta dtype, scalar, or date strings). */
export function isTimeArange(start: any, stop: any, dtype: DType | undefined): boolean {
  if (dtype && isTime(dtype)) return true;
  return [start, stop].some((v) => isTimeOperand(v) || typeof v === 'string');
}

/** np.arange over datetime64/timedelta64: the unit from dtype= or the endpoints, steps of one unit by default. */
export function timeArange(start: any, stop: any, step: any, dtype: DType | undefined): NDArray {
  const kind: 'M' | 'm' = dtype?.kind === 'm' || (dtype === undefined && ![start, stop].some((v) => typeof v === 'string' || (v instanceof NPScalar && v.dt.kind === 'M'))) ? 'm' : 'M';
  const ends = [start, stop].map((v) => (v === undefined || v === null ? null : operandArray(v, kind === 'M')));
  let t = dtype && isTime(dtype) ? dtype : D.timeType(kind, '');
  if (!unitOf(t)) for (const e of ends) if (e && isTime(e.dtype)) t = D.promote(t, e.dtype);
  const value = (a: NDArray): bigint => (isTime(a.dtype) ? converter(a.dtype.native, t)(a.get([])) : BigInt(a.get([])));
  const [lo, hi] = ends[1] === null ? [0n, value(ends[0]!)] : [value(ends[0]!), value(ends[1])];
  let st = 1n;
  if (step instanceof NPScalar && step.dt.kind === 'm') st = converter(step.dt, D.timeType('m', t.timeUnit!))(step.v);
  else if (step !== undefined && step !== null) st = BigInt(step instanceof NPScalar ? step.v : step instanceof PyFloat ? Math.trunc(step.v) : step);
  if (st === 0n) throwPy('ValueError', 'arange: cannot compute length');
  if (lo === NAT || hi === NAT) throwPy('ValueError', 'arange: cannot use NaT (not-a-time) datetime values');
  const diff = hi - lo;
  const len = diff === 0n || (diff > 0n) !== (st > 0n) ? 0 : Number((diff + st - (st > 0n ? 1n : -1n)) / st);
  const a = allocArray([len], t);
  const w = writer(t);
  const dv = heap.view();
  for (let i = 0; i < len; i++) w(dv, a.addr + 8 * i, lo + BigInt(i) * st);
  return a;
}

