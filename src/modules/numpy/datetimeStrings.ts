/**
 * `np.datetime_as_string` and `np.datetime_data`. The strings are ISO 8601 at the array's unit or the
 * `unit=` asked for (weeks print as days; 'auto' picks per value the coarsest unit that loses nothing,
 * at least days and never hours without minutes, as NumPy's lossless_unit_from_datetimestruct); with
 * timezone='UTC' times end in 'Z', with 'local' the value moves to local time and ends in its '+hhmm'
 * offset. The result's width is NumPy's get_datetime_iso_8601_strlen for the unit (62 for 'auto').
 */
import { scalar } from './scalars';
import * as D from '../../../runtime/dtype';
import { NAT, TimeUnit, UNITS, convertDatetime, convertTimedelta, formatDatetime, isTimeUnit } from '../../../runtime/datetime';
import { tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { asArray, allocArray } from './coerce';
import { kwArgs, kwNamed } from './ufuncs';
import { toDType } from './dtypes';

/** characters of the longest string a unit prints (NumPy's strlen less its NUL) */
const WIDTH: Record<string, number> = { '': 4, Y: 22, M: 25, W: 28, D: 28, h: 32, m: 35, s: 38, ms: 42, us: 45, ns: 48 };
const AUTO_WIDTH = 62;

function finer(a: TimeUnit, b: TimeUnit): boolean {
  return UNITS.indexOf(a) > UNITS.indexOf(b);
}

/** the coarsest unit that holds v (in unit u) exactly, as 'auto' adjusts it */
function autoUnit(v: bigint, u: TimeUnit, local: boolean): TimeUnit {
  let unit: TimeUnit = u;
  for (const c of ['Y', 'M', 'D', 'h', 'm', 's', 'ms', 'us', 'ns'] as TimeUnit[]) {
    if (finer(c, u)) break;
    if (convertDatetime(convertDatetime(v, u, c), c, u) === v) {
      unit = c;
      break;
    }
  }
  if ((local && !finer(unit, 'm') && unit !== 'm') || unit === 'h') return 'm';
  return finer('D', unit) ? 'D' : unit;
}

/** '+hhmm' / '-hhmm' */
function offsetText(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}

function asString(v: bigint, from: TimeUnit, unit: TimeUnit | 'auto', tz: string): string {
  if (v === NAT) return 'NaT';
  const local = tz === 'local';
  let u: TimeUnit = unit === 'auto' ? autoUnit(v, from, local) : unit;
  if (u === 'W') u = 'D';
  let x = convertDatetime(v, from, u);
  if (local && finer(u, 'D')) {
    const ms = convertDatetime(v, from, 'ms');
    const offset = -new Date(Number(ms)).getTimezoneOffset();
    x += convertTimedelta(BigInt(offset), 'm', u) ?? 0n;
    return formatDatetime(x, u) + offsetText(offset);
  }
  return formatDatetime(x, u) + (tz === 'UTC' && finer(u, 'D') ? 'Z' : '');
}

function datetimeAsString(p: Record<string, any>): any {
  const arr = asArray(p.arr);
  if (arr.dtype.kind !== 'M') throwPy('TypeError', 'input must have type NumPy datetime');
  const from = (arr.dtype.timeUnit ?? '') as TimeUnit;
  let unit: TimeUnit | 'auto' = from;
  if (p.unit !== undefined && p.unit !== null) {
    if (p.unit !== 'auto' && (typeof p.unit !== 'string' || !isTimeUnit(p.unit) || p.unit === '')) throwPy('TypeError', `Invalid datetime unit "${p.unit}" in metadata`);
    unit = p.unit;
  }
  const tz = p.timezone ?? 'naive';
  if (tz !== 'naive' && tz !== 'UTC' && tz !== 'local') throwPy('ValueError', `Unsupported timezone input string "${tz}"`);
  const casting = p.casting ?? 'same_kind';
  if (unit !== 'auto' && casting === 'safe' && finer(from, unit)) {
    throwPy('TypeError', `Cannot create a datetime string as units '${unit}' from a NumPy datetime with units '${from}' according to the rule 'safe'`);
  }
  if (tz === 'local' && unit !== 'auto' && !finer(unit, 'D') && casting !== 'unsafe') {
    throwPy('TypeError', "Cannot create a local timezone-based date string from a NumPy datetime without forcing 'unsafe' casting");
  }
  const width = unit === 'auto' ? AUTO_WIDTH : WIDTH[unit] + (tz === 'local' && finer(unit, 'D') ? 4 : 0);
  const out = allocArray(arr.shape, D.unicode(width));
  const vals = arr.toArray();
  const flat = out.view([out.size], [out.itemsize], out.offset);
  vals.forEach((v, i) => flat.set([i], asString(v, from, unit, tz)));
  // a 0-d input gives a NumPy str_ scalar
  return out.ndim === 0 ? scalar(out.dtype, out.get([])) : out;
}

/** np.datetime_data(dtype): (unit, count), the count always 1 here (ndpy has no multiples of units) */
function datetimeData(dt: any): any {
  const d = toDType(dt);
  if (d.timeUnit === null) throwPy('TypeError', 'cannot get datetime metadata from non-datetime type');
  return tuple([d.timeUnit || 'generic', 1]);
}

export function datetimeStringFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any): PyBuiltin => builtin(name, kwNamed(name, f));
  return {
    datetime_as_string: b('datetime_as_string', (args, kw) => datetimeAsString(kwArgs(args, kw, ['arr', 'unit', 'timezone', 'casting']))),
    datetime_data: b('datetime_data', (args, kw) => datetimeData(kwArgs(args, kw, ['dtype']).dtype)),
  };
}
