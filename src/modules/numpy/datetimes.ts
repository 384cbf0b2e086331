/**
 * The Python face of datetime64 and timedelta64 (runtime/datetime.ts holds the calendar arithmetic):
 * the `np.datetime64(...)`/`np.timedelta64(...)` constructors, the ufuncs NumPy defines for them
 * (datetime ± timedelta, datetime − datetime, timedelta × or ÷ a number, timedelta ÷ timedelta,
 * comparisons, maximum/minimum, isnat) with NaT propagating as NumPy's loops do and the operands
 * converted to their common unit first, the loops reductions run (timedelta sums, min/max with NaT
 * propagating), operators beside Python dates (datetimePy.ts), and `np.arange` over dates.
 */
import { NDArray, broadcastShapes, broadcastStrides, stridedLoop } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { reader, writer, converter } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import type { Loop } from '../../../runtime/ufunc';
import { NAT, TimeUnit, parseDatetime, convertDatetime, convertTimedelta, unitOf, isTimeUnit, commonUnit, timezoneWarning } from '../../../runtime/datetime';
import { warnFrom } from '../warnings';
import { isFloat, tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { makeExc } from '../../objects/exceptions';
import { NPScalar, scalar, weakKind, domainToPy } from './scalars';
import { asArray, allocArray, copyInto } from './coerce';
import { DatetimeType, TimedeltaType } from './dtypes';
import { dtRepr, scalarArray, kwArgs } from './ufuncs';
import { UFuncNoLoopErrorType, UFuncInputCastingErrorType, UFuncBinaryResolutionErrorType } from './axes';
import { Kw } from '../../objects/function';
import { nativeBinary, binary } from '../../objects/arith';
import { isPyTime, pyTimeValue } from './datetimePy';
import { binaryOp } from './arrayType';

function unitArg(u: any): TimeUnit {
  if (u === undefined || u === null) return '';
  if (typeof u !== 'string') throwPy('TypeError', 'Invalid object for specifying NumPy datetime metadata');
  if (u === '') throwPy('TypeError', 'Invalid datetime metadata string ""');
  // '[D]' names a unit as 'D' does
  const unit = u.length > 2 && u[0] === '[' && u[u.length - 1] === ']' ? u.slice(1, -1) : u;
  if (!isTimeUnit(unit)) throwPy('TypeError', `Invalid datetime unit "${unit}" in metadata`);
  return unit;
}

function newDatetime(args: any[], kw: Kw): NPScalar {
  const p = kwArgs(args, kw, ['value', 'unit']);
  const unit = unitArg(p.unit);
  const v = p.value;
  let val: bigint, from: TimeUnit;
  if (v === undefined || v === null) [val, from] = [NAT, ''];
  else if (typeof v === 'string') [val, from] = parseDatetime(v);
  else if (v instanceof NPScalar && v.dt.kind === 'M') [val, from] = [v.v, unitOf(v.dt)];
  else if (pyTimeValue(v)?.kind === 'M') ({ v: val, unit: from } = pyTimeValue(v)!);
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
  const py = pyTimeValue(v);
  if ((v instanceof NPScalar && v.dt.kind === 'm') || py?.kind === 'm') {
    const [from, x] = py ? [py.unit, py.v] : [unitOf(v.dt), v.v];
    const u = unit || from;
    const r = convertTimedelta(x, from, u);
    if (r === null) throwPy('TypeError', `Cannot cast ${py ? 'datetime.timedelta object' : 'NumPy timedelta64 scalar'} from metadata [${py ? 'D' : from}] to [${u}] according to the rule 'same_kind'`);
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
  timezoneWarning.warn = () => warnFrom('UserWarning', 'no explicit representation of timezones available for np.datetime64');
  nativeBinary.set(DatetimeType, timeBinaryOp);
  nativeBinary.set(TimedeltaType, timeBinaryOp);
}

/**
 * Operators on datetime64/timedelta64 scalars: with a Python date, datetime or timedelta the scalar
 * becomes its Python value (`.item()`) and Python's operator decides, as NumPy's object fallback does
 * (np.datetime64('2016-01-01') + datetime.timedelta(hours=3) is datetime.date(2016, 1, 1)).
 */
function timeBinaryOp(op: string, a: any, b: any, reflected: boolean): any {
  if (a instanceof NPScalar && isPyTime(b)) {
    const x = domainToPy(a.dt, a.v);
    return reflected ? binary(op, b, x) : binary(op, x, b);
  }
  return binaryOp(op, a, b, reflected);
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
        const t = shiftedType(name, dt, other, a.kind === 'M' ? 1 : 0);
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
        const t = shiftedType(name, a, b, 1);
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

/**
 * The loop a reduction or accumulation over a datetime64/timedelta64 array runs (timedelta sums,
 * minimum/maximum with NaT propagating); NumPy's UFuncTypeError for the two-operand signature when the
 * ufunc has none, or one whose output differs from its input (comparisons).
 */
export function timeReduceLoop(name: string, dt: DType): Loop {
  const l = timeLoop(name, [dt, dt]);
  if (l === null || l.out !== l.ins[0] || l.ins[1] !== l.ins[0]) return noTimeLoop(name, [dt, dt]);
  return { name, ins: l.ins, outs: [l.out], fn: (x: bigint, y: bigint) => l.f([x, y]) };
}

/**
 * The datetime64 type of a datetime ± timedelta (or integer, a count of the datetime's unit): the finer
 * unit, at least days when the timedelta has a fixed length; NumPy's input-casting UFuncTypeError when
 * the timedelta is in years or months and the result is not (they have no fixed number of days).
 */
function shiftedType(name: string, dt: DType, other: DType, k: number): DType {
  const from = other.kind === 'm' ? unitOf(other) : unitOf(dt);
  const unit = commonUnit(unitOf(dt), from, true)!;
  if (convertTimedelta(1n, from, unit) === null) {
    throw makeExc(UFuncInputCastingErrorType, `Cannot cast ufunc '${name}' input ${k} from ${dtRepr(other)} to ${dtRepr(D.timeType('m', unit))} with casting rule 'same_kind'`);
  }
  return D.timeType('M', unit);
}

function noTimeLoop(name: string, dts: DType[]): never {
  if (dts.length === 1) {
    return throwPy('TypeError', `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
  }
  throw makeExc(UFuncBinaryResolutionErrorType, `ufunc '${name}' cannot use operands with types ${dts.map(dtRepr).join(' and ')}`);
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
  if (name === 'divmod') {
    // NumPy's one divmod loop for times, m8,m8->q,m8: floor_divide and remainder together
    if (dts.length !== 2 || dts.some((d) => d.kind !== 'm')) noTimeLoop(name, dts);
    return tuple([timeUfunc('floor_divide', args, out), timeUfunc('remainder', args, null)]);
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
  // NumPy takes the datetime path only for a time dtype or a datetime64/timedelta64 operand (strings alone do not count)
  const timeKind = (v: any): string | null => {
    const dt = v instanceof NPScalar ? v.dt : v instanceof NDArray ? v.dtype : null;
    return dt && isTime(dt) ? dt.kind : null;
  };
  if (!(dtype && isTime(dtype)) && ![start, stop, step].some((v) => timeKind(v))) {
    throwPy('TypeError', "arange() not supported for inputs with DType <class 'numpy.dtypes.StrDType'>.");
  }
  const kind: 'M' | 'm' = dtype?.kind === 'M' || [start, stop].some((v) => timeKind(v) === 'M') ? 'M' : 'm';
  if (kind === 'm' && [start, stop].some((v) => typeof v === 'string')) throwPy('ValueError', 'Could not convert object to NumPy timedelta');
  const ends = [start, stop].map((v) => (v === undefined || v === null ? null : operandArray(v, kind === 'M')));
  let t = dtype && isTime(dtype) ? dtype : D.timeType(kind, '');
  if (!unitOf(t)) {
    for (const e of ends) if (e && isTime(e.dtype)) t = D.promote(t, e.dtype);
    // a timedelta step finer than the endpoints refines the result's unit (days + 12h steps -> hours)
    if (step instanceof NPScalar && step.dt.kind === 'm' && unitOf(step.dt)) t = D.promote(t, D.timeType(t.kind as 'M' | 'm', step.dt.timeUnit!));
  }
  if (kind === 'M' && ends[1] === null) throwPy('ValueError', 'arange requires both a start and a stop for NumPy datetime64 ranges');
  const unconvertible = (what: string): never => throwPy('ValueError', `Could not convert object to NumPy ${what}`);
  const value = (a: NDArray): bigint => {
    if (isTime(a.dtype)) return converter(a.dtype.native, a.dtype.kind === t.kind ? t : D.timeType(a.dtype.kind as 'M' | 'm', t.timeUnit!))(a.get([]));
    if (a.dtype.kind === 'f' || a.dtype.kind === 'c') unconvertible(kind === 'M' ? 'datetime' : 'timedelta');
    return BigInt(a.get([]));
  };
  let [lo, hi] = ends[1] === null ? [0n, value(ends[0]!)] : [value(ends[0]!), value(ends[1])];
  // a date range's stop that is not a date (an integer or a timedelta) counts from the start
  if (kind === 'M' && ends[1]!.dtype.kind !== 'M' && lo !== NAT && hi !== NAT) hi += lo;
  let st = 1n;
  if (step instanceof NPScalar && step.dt.kind === 'm') st = converter(step.dt, D.timeType('m', t.timeUnit!))(step.v);
  else if (step !== undefined && step !== null) {
    if (isFloat(step) || (step instanceof NPScalar && step.dt.kind === 'f')) unconvertible('timedelta');
    st = BigInt(step instanceof NPScalar ? step.v : step);
  }
  if (st === 0n) throwPy('ValueError', 'arange: step cannot be zero');
  if (lo === NAT || hi === NAT) throwPy('ValueError', 'arange: cannot use NaT (not-a-time) datetime values');
  const diff = hi - lo;
  const len = diff === 0n || (diff > 0n) !== (st > 0n) ? 0 : Number((diff + st - (st > 0n ? 1n : -1n)) / st);
  const a = allocArray([len], t);
  const w = writer(t);
  const dv = heap.view();
  for (let i = 0; i < len; i++) w(dv, a.addr + 8 * i, lo + BigInt(i) * st);
  return a;
}

