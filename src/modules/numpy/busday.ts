/**
 * NumPy's business-day functions over datetime64[D]: `is_busday`, `busday_count`, `busday_offset`
 * (with every `roll` rule) and `busdaycalendar`. A business day is a day whose weekday is set in the
 * weekmask ('1111100', 'Mon Tue …', or seven 0/1 values) and which is not one of the holidays (kept
 * sorted, without NaT, duplicates or days the weekmask already excludes, as NumPy normalises them).
 * Counting and offsetting jump whole weeks and then correct for the holidays crossed, as NumPy's
 * datetime_busday.c does. Dates cast to days under the 'safe' rule (hours are refused); arguments
 * broadcast together, and 0-d results come back as NumPy scalars.
 */
import { NDArray, broadcastShapes, broadcastStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { NAT, civilFromDays } from '../../../runtime/datetime';
import { PyType, builtinType, ObjectType } from '../../objects/pytype';
import { throwPy } from '../../objects/errors';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { defGetters } from '../../objects/descriptors';
import { NPScalar, scalar } from './scalars';
import { asArray, allocArray, castCopy, copyInto, fromPython } from './coerce';
import { kwArgs, kwNamed, dtRepr } from './ufuncs';
import { shapeCompact } from './alloc';

const DAYS = D.timeType('M', 'D');
const NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export const BusdayCalendarType = builtinType('busdaycalendar', ObjectType, 'numpy');

class BusdayCalendar {
  declare cls: PyType;
  constructor(
    readonly weekmask: boolean[],
    /** sorted business days that are holidays */
    readonly holidays: bigint[],
  ) {
    this.cls = BusdayCalendarType;
  }
  get busdaysPerWeek(): number {
    return this.weekmask.filter(Boolean).length;
  }
  /** Monday = 0 (1970-01-01 was a Thursday) */
  static weekday(day: bigint): number {
    return Number((((day + 3n) % 7n) + 7n) % 7n);
  }
  isBusday(day: bigint): boolean {
    return day !== NAT && this.weekmask[BusdayCalendar.weekday(day)] && !this.isHoliday(day);
  }
  isHoliday(day: bigint): boolean {
    const i = this.firstOnOrAfter(day);
    return i < this.holidays.length && this.holidays[i] === day;
  }
  /** index of the first holiday on or after `day` */
  firstOnOrAfter(day: bigint): number {
    let lo = 0, hi = this.holidays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.holidays[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function weekmaskArg(v: any): boolean[] {
  if (v === undefined || v === null) return [true, true, true, true, true, false, false];
  if (typeof v === 'string') {
    if (v.length === 7 && /^[01]{7}$/.test(v)) return [...v].map((c) => c === '1');
    const mask = new Array(7).fill(false);
    const bad = () => throwPy('ValueError', `Invalid business day weekmask string "${v}"`);
    let i = 0;
    while (i < v.length) {
      while (i < v.length && /\s/.test(v[i])) i++;
      if (i === v.length) break;
      const k = NAMES.indexOf(v.slice(i, i + 3));
      if (k < 0) bad();
      mask[k] = true;
      i += 3;
    }
    return mask;
  }
  // a sequence is read as a bool array
  const items = asArray(v, D.bool);
  if (items.ndim !== 1 || items.size !== 7) throwPy('ValueError', 'A business day weekmask array must have length 7');
  return items.toArray().map((x) => x !== 0);
}

function makeCalendar(weekmask: any, holidays: any): BusdayCalendar {
  const mask = weekmaskArg(weekmask);
  if (!mask.some(Boolean)) throwPy('ValueError', 'the business day weekmask must have at least one valid business day');
  const days = holidays === undefined || holidays === null ? [] : (datesArg(holidays, -1).toArray() as bigint[]);
  const sorted = [...new Set(days.filter((d) => d !== NAT && mask[BusdayCalendar.weekday(d)]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new BusdayCalendar(mask, sorted);
}

/** the calendar of `weekmask`/`holidays`, or the `busdaycal` given instead of them */
function calendarOf(p: Record<string, any>, fname: string): BusdayCalendar {
  const cal = p.busdaycal;
  if (cal === undefined || cal === null) return makeCalendar(p.weekmask, p.holidays);
  if (!(cal instanceof BusdayCalendar)) throwPy('TypeError', 'busdaycal parameter must be a busdaycalendar');
  if ((p.weekmask !== undefined && p.weekmask !== null) || (p.holidays !== undefined && p.holidays !== null)) {
    throwPy('ValueError', `Cannot supply both the weekmask/holidays and the busdaycal parameters to ${fname}()`);
  }
  return cal;
}

/** Dates as datetime64[D]: arrays and NumPy scalars cast under the 'safe' rule, Python values converted. */
function datesArg(v: any, operand: number): NDArray {
  if (v instanceof NDArray || v instanceof NPScalar) {
    const a = asArray(v);
    if (a.dtype.native === DAYS) return a;
    if (!D.canCast(a.dtype, DAYS, 'safe')) {
      const what = operand < 0 ? `Cannot cast array data from ${dtRepr(a.dtype)} to ${dtRepr(DAYS)}` : `Iterator operand ${operand} dtype could not be cast from ${dtRepr(a.dtype)} to ${dtRepr(DAYS)}`;
      throwPy('TypeError', `${what} according to the rule 'safe'`);
    }
    return castCopy(a, DAYS);
  }
  // Python values become datetime64 in the unit they imply first (integers have none)
  return datesArg(asArray(v, D.timeType('M', '')), operand);
}

function offsetsArg(v: any): NDArray {
  if (v instanceof NDArray || v instanceof NPScalar) {
    const a = asArray(v);
    if (!D.canCast(a.dtype, D.int64, 'safe')) throwPy('TypeError', `Cannot cast array data from ${dtRepr(a.dtype)} to dtype('int64') according to the rule 'safe'`);
    return a.dtype === D.int64 ? a : castCopy(a, D.int64);
  }
  return asArray(v, D.int64);
}

/** f over the broadcast elements of `args`, into an array of `dt` (a scalar when every argument is 0-d) */
function elementwise(args: NDArray[], dt: DType, f: (vals: any[]) => any): any {
  const shape = broadcastShapes(args.map((a) => a.shape));
  if (!shape) throwPy('ValueError', `operands could not be broadcast together with shapes ${args.map((a) => shapeCompact(a.shape)).join(' ')} `);
  const cols = args.map((a) => a.view(shape!.slice(), broadcastStrides(a, shape!), a.offset).toArray());
  const out = allocArray(shape!, dt);
  const flat = out.view([out.size], [dt.itemsize], out.offset);
  for (let i = 0; i < out.size; i++) flat.set([i], f(cols.map((c) => c[i])));
  return out.ndim === 0 ? scalar(dt, out.get([])) : out;
}

function busdayCount(cal: BusdayCalendar, begin: bigint, end: bigint): bigint {
  if (begin === NAT || end === NAT) throwPy('ValueError', 'Cannot compute a business day count with a NaT (not-a-time) date');
  // counted backwards, the range is (end, begin] (NumPy gh-23197)
  const swapped = begin > end;
  if (swapped) [begin, end] = [end + 1n, begin + 1n];
  // holidays in [begin, end) are business days of the weekmask that do not count
  let count = -BigInt(cal.firstOnOrAfter(end) - cal.firstOnOrAfter(begin));
  const weeks = (end - begin) / 7n;
  count += weeks * BigInt(cal.busdaysPerWeek);
  let dow = BusdayCalendar.weekday(begin + weeks * 7n);
  for (let d = begin + weeks * 7n; d < end; d++) {
    if (cal.weekmask[dow]) count++;
    dow = (dow + 1) % 7;
  }
  return swapped ? -count : count;
}

const ROLLS = ['raise', 'nat', 'forward', 'following', 'backward', 'preceding', 'modifiedfollowing', 'modifiedpreceding'];

function monthOf(day: bigint): number {
  const [y, m] = civilFromDays(Number(day));
  return y * 12 + m;
}

/** NumPy's apply_business_day_roll: the business day a date rolls to (NaT for roll='nat'). */
function roll(cal: BusdayCalendar, day: bigint, how: string): bigint {
  if (day === NAT) {
    if (how === 'raise') throwPy('ValueError', 'NaT input in busday_offset');
    return NAT;
  }
  if (cal.isBusday(day)) return day;
  const step = (from: bigint, by: bigint) => {
    let d = from;
    do d += by;
    while (!cal.isBusday(d));
    return d;
  };
  switch (how) {
    case 'nat':
      return NAT;
    case 'raise':
      return throwPy('ValueError', 'Non-business day date in busday_offset');
    case 'forward':
    case 'following':
      return step(day, 1n);
    case 'backward':
    case 'preceding':
      return step(day, -1n);
    case 'modifiedfollowing': {
      const d = step(day, 1n);
      return monthOf(d) === monthOf(day) ? d : step(day, -1n);
    }
    default: {
      const d = step(day, -1n);
      return monthOf(d) === monthOf(day) ? d : step(day, 1n);
    }
  }
}

/** NumPy's apply_business_day_offset: whole weeks first, then the holidays crossed, then day by day. */
function offset(cal: BusdayCalendar, start: bigint, by: bigint, how: string): bigint {
  let day = roll(cal, start, how);
  if (day === NAT || by === 0n) return day;
  const n = BigInt(cal.busdaysPerWeek);
  const dir = by > 0n ? 1n : -1n;
  let left = by * dir;
  const from = day;
  day += (left / n) * 7n * dir;
  left %= n;
  // the holidays between the two dates were counted as business days by the week jump
  left += BigInt(dir > 0n ? cal.firstOnOrAfter(day + 1n) - cal.firstOnOrAfter(from + 1n) : cal.firstOnOrAfter(from) - cal.firstOnOrAfter(day));
  while (left > 0n) {
    day += dir;
    if (cal.isBusday(day)) left--;
  }
  return day;
}

export function busdayFunctions(): Record<string, any> {
  const b = (name: string, f: (args: any[], kw: Kw) => any): PyBuiltin => builtin(name, kwNamed(name, f));
  BusdayCalendarType.newInstance = (_cls, args, kw) => {
    const p = kwArgs(args, kw, ['weekmask', 'holidays']);
    return makeCalendar(p.weekmask, p.holidays);
  };
  defGetters(BusdayCalendarType, {
    weekmask: (c: BusdayCalendar) => fromPython(c.weekmask, D.bool),
    holidays: (c: BusdayCalendar) => fromPython(c.holidays, DAYS),
  });
  return {
    busdaycalendar: BusdayCalendarType,
    is_busday: b('is_busday', (args, kw) => {
      const p = kwArgs(args, kw, ['dates', 'weekmask', 'holidays', 'busdaycal', 'out']);
      const cal = calendarOf(p, 'is_busday');
      return withOut(elementwise([datesArg(p.dates, 0)], D.bool, ([d]) => (cal.isBusday(d) ? 1 : 0)), p.out);
    }),
    busday_count: b('busday_count', (args, kw) => {
      const p = kwArgs(args, kw, ['begindates', 'enddates', 'weekmask', 'holidays', 'busdaycal', 'out']);
      const cal = calendarOf(p, 'busday_count');
      return withOut(elementwise([datesArg(p.begindates, 0), datesArg(p.enddates, 1)], D.int64, ([x, y]) => busdayCount(cal, x, y)), p.out);
    }),
    busday_offset: b('busday_offset', (args, kw) => {
      const p = kwArgs(args, kw, ['dates', 'offsets', 'roll', 'weekmask', 'holidays', 'busdaycal', 'out']);
      const how = p.roll ?? 'raise';
      if (!ROLLS.includes(how)) throwPy('ValueError', `Invalid business day roll parameter "${how}"`);
      const cal = calendarOf(p, 'busday_offset');
      return withOut(elementwise([datesArg(p.dates, 0), offsetsArg(p.offsets)], DAYS, ([d, k]) => offset(cal, d, k, how)), p.out);
    }),
  };
}

/** the result written into `out=` when one is given */
function withOut(r: any, out: any): any {
  if (!(out instanceof NDArray)) return r;
  copyInto(out, asArray(r));
  return out;
}
