/**
 * datetime64/timedelta64 values and Python's `datetime` module: `.item()`/`.tolist()` give
 * `datetime.date` (units Y, M, W, D), `datetime.datetime` (h … us) or `datetime.timedelta` (W … us) as
 * NumPy does, plain ints where those types cannot hold the value (nanoseconds, years and months of
 * timedeltas, the generic unit, years outside 1–9999) and None for NaT; and Python date, datetime and
 * timedelta objects read back as NumPy values (in days, or microseconds for datetime and timedelta).
 * The `datetime` module is imported on first use; an object is recognised by its class (or a base)
 * being one of that module's.
 */
import { DType } from '../../../runtime/dtype';
import { NAT, TimeUnit, civilFromDays, convertDatetime, convertTimedelta, daysFromCivil, parseDatetime, commonUnit } from '../../../runtime/datetime';
import { importModule } from '../../interp/imports';
import { getAttr } from '../../objects/attrs';
import { call } from '../../objects/function';
import { typeOf } from '../../objects/pytype';
import { norm } from '../../objects/arith';
import { RuntimePyError } from '../../../runtime/errors';

const US_PER_DAY = 86400000000n;
const MAX_TIMEDELTA_DAYS = 999999999n;

function cls(name: string): any {
  return getAttr(importModule('datetime', true), name);
}

function floorDivMod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  if (a % b !== 0n && a < 0n !== b < 0n) q -= 1n;
  return [q, a - q * b];
}

/** The Python value `.item()` gives for a datetime64 or timedelta64 element. */
export function timeToPy(dt: DType, v: bigint): any {
  if (v === NAT) return null;
  const u = (dt.timeUnit ?? '') as TimeUnit;
  if (dt.kind === 'm') {
    if (u === '' || u === 'Y' || u === 'M' || u === 'ns') return norm(v);
    const us = convertTimedelta(v, u, 'us')!;
    const [days, rest] = floorDivMod(us, US_PER_DAY);
    if (days > MAX_TIMEDELTA_DAYS || days < -MAX_TIMEDELTA_DAYS) return norm(v);
    return call(cls('timedelta'), [Number(days), Number(rest / 1000000n), Number(rest % 1000000n)]);
  }
  if (u === '' || u === 'ns') return norm(v);
  const dateOnly = u === 'Y' || u === 'M' || u === 'W' || u === 'D';
  const us = dateOnly ? convertDatetime(v, u, 'D') * US_PER_DAY : convertDatetime(v, u, 'us');
  const [days, rest] = floorDivMod(us, US_PER_DAY);
  const [y, m, d] = civilFromDays(Number(days));
  if (y < 1 || y > 9999) return norm(v);
  if (dateOnly) return call(cls('date'), [y, m, d]);
  const secs = Number(rest / 1000000n);
  return call(cls('datetime'), [y, m, d, Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60, Number(rest % 1000000n)]);
}

/** A Python date, datetime or timedelta as a NumPy value; null for anything else. */
export interface PyTime {
  kind: 'M' | 'm';
  unit: TimeUnit;
  v: bigint;
}

function classOf(v: any): string | null {
  if (v === null || typeof v !== 'object') return null;
  const t = typeOf(v)?.mro?.find((c) => c.module === 'datetime' && (c.name === 'datetime' || c.name === 'date' || c.name === 'timedelta'));
  return t ? t.name : null;
}

/** Whether `v` is a Python date, datetime or timedelta object. */
export function isPyTime(v: any): boolean {
  return classOf(v) !== null;
}

/** The name CPython gives the type of a date, datetime or timedelta ('datetime.date'). */
export function pyTimeTypeName(v: any): string {
  return `datetime.${classOf(v)}`;
}

export function pyTimeValue(v: any): PyTime | null {
  const c = classOf(v);
  if (c === null) return null;
  const num = (name: string) => BigInt(getAttr(v, name));
  if (c === 'timedelta') return { kind: 'm', unit: 'us', v: (num('days') * 86400n + num('seconds')) * 1000000n + num('microseconds') };
  const days = BigInt(daysFromCivil(Number(getAttr(v, 'year')), Number(getAttr(v, 'month')), Number(getAttr(v, 'day'))));
  if (c === 'date') return { kind: 'M', unit: 'D', v: days };
  const secs = ((days * 24n + num('hour')) * 60n + num('minute')) * 60n + num('second');
  return { kind: 'M', unit: 'us', v: secs * 1000000n + num('microsecond') };
}

/**
 * The unit a generic datetime64/timedelta64 array takes from its elements: the finest of the units
 * their date strings, NumPy scalars and Python dates imply ('' when none implies one). A string that
 * does not parse implies none here (NumPy's discovery skips it); storing it fails afterwards.
 */
function impliedUnit(s: string): TimeUnit {
  try {
    return parseDatetime(s)[1];
  } catch (e) {
    if (e instanceof RuntimePyError) return '';
    throw e;
  }
}

export function unitOfElements(leaves: any[], datetimes: boolean): TimeUnit {
  let unit: TimeUnit = '';
  for (const l of leaves) {
    let u: TimeUnit = '';
    if (typeof l === 'string' && datetimes) u = impliedUnit(l);
    else if (l !== null && typeof l === 'object' && l.dt?.timeUnit) u = l.dt.timeUnit;
    else u = pyTimeValue(l)?.unit ?? '';
    unit = commonUnit(unit, u, datetimes) ?? unit;
  }
  return unit;
}
