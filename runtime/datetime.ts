/**
 * NumPy's datetime64 and timedelta64 values: 64-bit counts of a time unit since 1970-01-01 (datetime64)
 * or of a duration (timedelta64), with NaT as the int64 minimum. Units are NumPy's: 'Y' and 'M' (years
 * and months: not a fixed number of days), 'W', 'D', 'h', 'm', 's', 'ms', 'us', 'ns', and '' for the
 * generic unit. Here: ISO 8601 parsing and printing as NumPy does them (the unit a string implies, its
 * error texts, "%04d" years), conversion between units (flooring towards earlier times), the common unit
 * of two values, and the unit words of timedelta's str ('3 hours').
 */
import type { DType } from './dtype';
import { RuntimePyError } from './errors';

export type TimeUnit = 'Y' | 'M' | 'W' | 'D' | 'h' | 'm' | 's' | 'ms' | 'us' | 'ns' | '';

export const NAT = -(2n ** 63n);

export const UNITS: TimeUnit[] = ['Y', 'M', 'W', 'D', 'h', 'm', 's', 'ms', 'us', 'ns'];

/** nanoseconds per unit for the units of fixed length */
const NS: Record<string, bigint> = {
  W: 604800000000000n, D: 86400000000000n, h: 3600000000000n, m: 60000000000n, s: 1000000000n, ms: 1000000n, us: 1000n, ns: 1n,
};

const WORDS: Record<TimeUnit, string> = {
  Y: 'years', M: 'months', W: 'weeks', D: 'days', h: 'hours', m: 'minutes', s: 'seconds', ms: 'milliseconds', us: 'microseconds',
  ns: 'nanoseconds', '': 'generic time units',
};

export function isTimeUnit(u: string): u is TimeUnit {
  return u === '' || (UNITS as string[]).includes(u);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

/** days since 1970-01-01 of a proleptic Gregorian date (month 1–12) */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** the [year, month (1–12), day] of a day count since 1970-01-01 */
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

function daysInMonth(y: number, m: number): number {
  return [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** A datetime64 value of `from` in unit `to` (finer units exact, coarser ones floored). */
export function convertDatetime(v: bigint, from: TimeUnit, to: TimeUnit): bigint {
  if (v === NAT || from === to || from === '' || to === '') return v;
  // to months, or to days when coming from months or years
  let days: bigint;
  if (from === 'Y' || from === 'M') {
    const months = from === 'Y' ? v * 12n : v;
    if (to === 'Y') return floorDiv(months, 12n);
    if (to === 'M') return months;
    const y = 1970 + Number(floorDiv(months, 12n));
    days = BigInt(daysFromCivil(y, Number(months - floorDiv(months, 12n) * 12n) + 1, 1));
  } else {
    const ns = v * NS[from];
    if (to !== 'Y' && to !== 'M') return floorDiv(ns, NS[to]);
    days = floorDiv(ns, NS.D);
  }
  if (to !== 'Y' && to !== 'M') return floorDiv(days * NS.D, NS[to]);
  const [y, m] = civilFromDays(Number(days));
  return to === 'Y' ? BigInt(y - 1970) : BigInt((y - 1970) * 12 + m - 1);
}

/** A timedelta64 value of `from` in unit `to`; null when one unit is years/months and the other is not. */
export function convertTimedelta(v: bigint, from: TimeUnit, to: TimeUnit): bigint | null {
  if (v === NAT || from === to || from === '' || to === '') return v;
  const nonlinear = (u: TimeUnit) => u === 'Y' || u === 'M';
  if (nonlinear(from) !== nonlinear(to)) return null;
  if (nonlinear(from)) return from === 'Y' ? v * 12n : floorDiv(v, 12n);
  return floorDiv(v * NS[from], NS[to]);
}

/** The finer of two units (the one both convert to); null for years/months against a fixed-length unit of timedeltas. */
export function commonUnit(a: TimeUnit, b: TimeUnit, datetimes: boolean): TimeUnit | null {
  if (a === '') return b;
  if (b === '') return a;
  const ia = UNITS.indexOf(a), ib = UNITS.indexOf(b);
  const fine = ia > ib ? a : b;
  if (!datetimes && (ia <= 1) !== (ib <= 1)) return null;
  // a datetime in years or months meets a linear unit in that unit (weeks included, as NumPy does)
  return fine;
}

const FIELD_RANGE: [string, number, number][] = [['Hours', 0, 23], ['Minutes', 0, 59], ['Seconds', 0, 59]];

/**
 * An ISO 8601 string as NumPy reads it: [value, the unit the string implies]. 'NaT' (any case) and the
 * empty string are NaT in the generic unit; `today` is the local date, `now` the UTC time in seconds.
 */
export function parseDatetime(s: string, now: () => Date = () => new Date()): [bigint, TimeUnit] {
  const t = s.trim();
  if (t === '' || t.toUpperCase() === 'NAT') return [NAT, ''];
  if (t === 'today') {
    const d = now();
    return [BigInt(daysFromCivil(d.getFullYear(), d.getMonth() + 1, d.getDate())), 'D'];
  }
  if (t === 'now') return [BigInt(Math.floor(now().getTime() / 1000)), 's'];
  const fail = (pos: number): never => {
    throw new RuntimePyError('ValueError', `Error parsing datetime string "${s}" at position ${pos}`);
  };
  let pos = 0;
  const digits = (n: number): number => {
    const part = t.slice(pos, pos + n);
    if (part.length !== n || !/^\d+$/.test(part)) fail(pos);
    pos += n;
    return Number(part);
  };
  const sep = (chars: string): boolean => {
    if (pos >= t.length) return false;
    if (!chars.includes(t[pos])) fail(pos);
    pos++;
    return true;
  };
  const neg = t[0] === '-';
  if (neg || t[0] === '+') pos++;
  const ys = pos;
  while (pos < t.length && t[pos] >= '0' && t[pos] <= '9') pos++;
  if (pos - ys < 4 && pos < t.length) fail(pos);
  if (pos === ys) fail(pos);
  const year = (neg ? -1 : 1) * Number(t.slice(ys, pos));
  if (!sep('-')) return [BigInt(year - 1970), 'Y'];
  const month = digits(2);
  if (month < 1 || month > 12) throw new RuntimePyError('ValueError', `Month out of range in datetime string "${s}"`);
  const months = BigInt((year - 1970) * 12 + month - 1);
  if (!sep('-')) return [months, 'M'];
  const day = digits(2);
  if (day < 1 || day > daysInMonth(year, month)) throw new RuntimePyError('ValueError', `Day out of range in datetime string "${s}"`);
  let v = BigInt(daysFromCivil(year, month, day));
  if (!sep('T ')) return [v, 'D'];
  const units: TimeUnit[] = ['h', 'm', 's'];
  const mult = [24n, 60n, 60n];
  // whatever follows the time is read as a time zone (NumPy warns first, then parses or fails); the
  // value moves to UTC
  const zoned = (x: bigint, unit: TimeUnit): [bigint, TimeUnit] => {
    if (pos === t.length) return [x, unit];
    timezoneWarning.warn();
    let minutes = 0;
    if (t[pos] === 'Z') pos++;
    else {
      if (t[pos] !== '+' && t[pos] !== '-') fail(pos);
      const sign = t[pos++] === '-' ? -1 : 1;
      const hh = digits(2);
      if (hh > 23) throw new RuntimePyError('ValueError', `Timezone hours offset out of range in datetime string "${s}"`);
      if (pos < t.length && t[pos] === ':') pos++;
      const mm = pos < t.length ? digits(2) : 0;
      if (mm > 59) throw new RuntimePyError('ValueError', `Timezone minutes offset out of range in datetime string "${s}"`);
      minutes = sign * (hh * 60 + mm);
    }
    if (pos < t.length) fail(pos);
    return [unit === 'h' ? floorDiv(x * 60n - BigInt(minutes), 60n) : x - BigInt(minutes) * (NS.m / NS[unit]), unit];
  };
  for (let i = 0; i < 3; i++) {
    const x = digits(2);
    const [name, lo, hi] = FIELD_RANGE[i];
    if (x < lo || x > hi) throw new RuntimePyError('ValueError', `${name} out of range in datetime string "${s}"`);
    v = v * mult[i] + BigInt(x);
    if (i < 2 && t[pos] !== ':') return zoned(v, units[i]);
    if (i < 2) pos++;
  }
  if (t[pos] !== '.') return zoned(v, 's');
  const fs = ++pos;
  while (pos < t.length && t[pos] >= '0' && t[pos] <= '9') pos++;
  if (pos === fs) fail(pos);
  const frac = t.slice(fs, pos);
  const width = frac.length <= 3 ? 3 : frac.length <= 6 ? 6 : 9;
  if (frac.length > 9) fail(fs + 9);
  return zoned(v * 10n ** BigInt(width) + BigInt(frac.padEnd(width, '0')), width === 3 ? 'ms' : width === 6 ? 'us' : 'ns');
}

/** What parsing a string with a time zone does besides converting to UTC (the Python layer warns). */
export const timezoneWarning = { warn: (): void => {} };

function pad(n: number | bigint, w: number): string {
  const s = String(n < 0 ? -n : n);
  return (n < 0 ? '-' : '') + s.padStart(n < 0 ? w - 1 : w, '0');
}

/** The ISO text NumPy prints for a datetime64 value of unit `u` ('2016-07-04', '2016-07-04T05:06'). */
export function formatDatetime(v: bigint, u: TimeUnit): string {
  if (v === NAT) return 'NaT';
  if (u === 'Y') return pad(v + 1970n, 4);
  if (u === 'M') {
    const y = floorDiv(v, 12n);
    return `${pad(y + 1970n, 4)}-${pad(v - y * 12n + 1n, 2)}`;
  }
  if (u === '') return String(v);
  const ns = v * NS[u];
  const days = floorDiv(ns, NS.D);
  const [y, m, d] = civilFromDays(Number(days));
  const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  if (u === 'W' || u === 'D') return date;
  const rest = ns - days * NS.D;
  const hh = rest / NS.h, mm = (rest % NS.h) / NS.m, ss = (rest % NS.m) / NS.s;
  let out = `${date}T${pad(hh, 2)}`;
  if (u === 'h') return out;
  out += `:${pad(mm, 2)}`;
  if (u === 'm') return out;
  out += `:${pad(ss, 2)}`;
  if (u === 's') return out;
  const frac = String(rest % NS.s).padStart(9, '0');
  return `${out}.${frac.slice(0, u === 'ms' ? 3 : u === 'us' ? 6 : 9)}`;
}

/** str() of a timedelta64: '3 hours', '1 days', 'NaT'. */
export function formatTimedelta(v: bigint, u: TimeUnit): string {
  return v === NAT ? 'NaT' : `${v} ${WORDS[u]}`;
}

/** The unit of a datetime64/timedelta64 dtype. */
export function unitOf(d: DType): TimeUnit {
  return (d.timeUnit ?? '') as TimeUnit;
}

/** repr() of a datetime64 scalar (NumPy 2): the unit is named for NaT and hours, which the text alone would not give back */
export function datetimeRepr(v: bigint, u: TimeUnit): string {
  const text = formatDatetime(v, u);
  if (v === NAT) return `np.datetime64('NaT','${u || 'generic'}')`;
  return u === 'h' ? `np.datetime64('${text}','h')` : `np.datetime64('${text}')`;
}

/** repr() of a timedelta64 scalar: np.timedelta64(3,'h'), np.timedelta64(1) in the generic unit */
export function timedeltaRepr(v: bigint, u: TimeUnit): string {
  const body = v === NAT ? "'NaT'" : String(v);
  return u ? `np.timedelta64(${body},'${u}')` : `np.timedelta64(${body})`;
}
