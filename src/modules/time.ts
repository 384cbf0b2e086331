/**
 * The `time` module: clocks, sleep, and broken-down time (gmtime/localtime/mktime/strftime/strptime).
 *
 * Clocks come from `performance` (sub-millisecond, monotonic) and `Date` (wall clock), both available in
 * browsers and Node, so the module stays host-neutral. `sleep` blocks synchronously with Atomics.wait —
 * on the interpreter's interrupt cell when it has one, so an interrupt ends the sleep at once and raises
 * KeyboardInterrupt — falling back to a busy wait where the host forbids blocking waits; it never
 * sleeps past the run's deadline. Local time uses the host's time zone through `Date`.
 */
import { PyModule, PyTuple, PyFloat } from '../objects/values';
import { builtin, expectArgs, noKw, call } from '../objects/function';
import { throwPy } from '../objects/errors';
import { typeOf, builtinType, TupleType, PyType } from '../objects/pytype';
import { makeExc } from '../objects/exceptions';
import { defGetters } from '../objects/descriptors';
import { PyBuiltin } from '../objects/function';
import { repr } from '../objects/repr';
import { asArray } from '../objects/iterators';
import { state } from '../interp/state';
import { importModule } from '../interp/imports';
import { getAttr, callMethod } from '../objects/attrs';
import { toDouble, toIndex } from './math';

// looked up on first use: touching globalThis.performance loads Node's perf_hooks (start-up cost)
let perfObj: { now(): number; timeOrigin?: number } | null = null;
function clock(): { now(): number; timeOrigin?: number } {
  return (perfObj ??= (globalThis as any).performance ?? { now: () => Date.now(), timeOrigin: 0 });
}
let originMs: number | null = null;
function timeOrigin(): number {
  return (originMs ??= clock().timeOrigin ?? Date.now() - clock().now());
}

function wallSeconds(): number {
  return (timeOrigin() + clock().now()) / 1000;
}

// ---- sleep ----

function checkInterrupt(): void {
  const s = state();
  if (!s) return;
  if (s.interruptRequested || (s.interruptCell && Atomics.load(s.interruptCell, 0) !== 0)) {
    s.interruptRequested = false;
    if (s.interruptCell) Atomics.store(s.interruptCell, 0, 0);
    throw makeExc('KeyboardInterrupt');
  }
  if (s.deadline && Date.now() > s.deadline) throw makeExc('TimeoutError', 'execution time limit exceeded');
}

let scratch: Int32Array | null = null;
function sleepMs(ms: number): void {
  const s = state();
  let end = clock().now() + ms;
  if (s?.deadline) end = Math.min(end, clock().now() + Math.max(0, s.deadline - Date.now()) + 1);
  let cell = s?.interruptCell ?? null;
  let canWait = typeof SharedArrayBuffer !== 'undefined' && typeof Atomics !== 'undefined';
  if (canWait && !cell) {
    try {
      scratch ??= new Int32Array(new SharedArrayBuffer(4));
      cell = scratch;
    } catch {
      canWait = false;
    }
  }
  for (;;) {
    checkInterrupt();
    const left = end - clock().now();
    if (left <= 0) break;
    if (canWait && cell) {
      try {
        if (Atomics.wait(cell, 0, 0, Math.min(left, 50)) === 'not-equal') checkInterrupt();
        continue;
      } catch {
        canWait = false; // e.g. the main thread of a browser page
      }
    }
    while (clock().now() < Math.min(end, clock().now() + 20)) {
      /* busy wait in short slices so interrupts are still noticed */
    }
  }
  checkInterrupt();
}

// ---- struct_time ----

const STRUCT_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const StructTimeType: PyType = builtinType('struct_time', TupleType, 'time');
{
  const getters: Record<string, (s: any) => any> = {};
  STRUCT_FIELDS.forEach((f, i) => (getters[f] = (s: PyTuple) => s.items[i]));
  getters.tm_zone = (s: any) => s.zone ?? null;
  getters.tm_gmtoff = (s: any) => s.gmtoff ?? null;
  defGetters(StructTimeType, getters);
  const r = new PyBuiltin('__repr__', (args) => structRepr(args[0]));
  r.meth = (self) => structRepr(self);
  StructTimeType.dict.__repr__ = r;
  StructTimeType.dict.n_fields = 11;
  StructTimeType.dict.n_sequence_fields = 9;
  StructTimeType.newInstance = (_cls, args) => {
    if (args.length !== 1) throwPy('TypeError', `time.struct_time() takes exactly 1 argument (${args.length} given)`);
    const items = asArray(args[0]);
    if (items.length < 9 || items.length > 11) throwPy('TypeError', `time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
    return structTime(items.slice(0, 9), items[9] ?? null, items[10] ?? null);
  };
}
function structRepr(s: PyTuple): string {
  return 'time.struct_time(' + STRUCT_FIELDS.map((f, i) => `${f}=${repr(s.items[i])}`).join(', ') + ')';
}
function structTime(items: any[], zone: any, gmtoff: any): PyTuple {
  const t = new PyTuple(items);
  (t as any).cls = StructTimeType;
  (t as any).zone = zone;
  (t as any).gmtoff = gmtoff;
  return t;
}

function yday(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

let tzFormat: Intl.DateTimeFormat | null = null;
function tzName(date: Date): string {
  try {
    // building the formatter costs milliseconds: once per process, and only when a zone name is needed
    tzFormat ??= new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
    const parts = tzFormat.formatToParts(date);
    const z = parts.find((p) => p.type === 'timeZoneName')?.value;
    if (z) return z === 'GMT' || z === 'UTC' ? 'UTC' : z;
  } catch {
    /* no Intl */
  }
  return 'UTC';
}

function gmtime(secs: number): PyTuple {
  const d = new Date(Math.floor(secs) * 1000);
  if (Number.isNaN(d.getTime())) throwPy('OverflowError', 'timestamp out of range for platform time_t');
  const y = d.getUTCFullYear(), mo = d.getUTCMonth(), da = d.getUTCDate();
  return structTime([y, mo + 1, da, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday(y, mo, da), 0], 'GMT', 0);
}

function isDst(d: Date): number {
  const jan = new Date(d.getFullYear(), 0, 1).getTimezoneOffset();
  const jul = new Date(d.getFullYear(), 6, 1).getTimezoneOffset();
  return Math.max(jan, jul) !== d.getTimezoneOffset() ? 1 : 0;
}

function localtime(secs: number): PyTuple {
  const d = new Date(Math.floor(secs) * 1000);
  if (Number.isNaN(d.getTime())) throwPy('OverflowError', 'timestamp out of range for platform time_t');
  const y = d.getFullYear(), mo = d.getMonth(), da = d.getDate();
  return structTime([y, mo + 1, da, d.getHours(), d.getMinutes(), d.getSeconds(), (d.getDay() + 6) % 7, yday(y, mo, da), isDst(d)], tzName(d), -d.getTimezoneOffset() * 60);
}

function timeArg(args: any[], name: string): number {
  if (args.length === 0 || args[0] === null) return wallSeconds();
  const v = args[0];
  if (typeof v === 'string') throwPy('TypeError', `'str' object cannot be interpreted as an integer`);
  const x = toDouble(v);
  if (Number.isNaN(x)) throwPy('ValueError', 'Invalid value NaN (not a number)');
  if (!Number.isFinite(x) || Math.abs(x) > 8.64e12) throwPy('OverflowError', `timestamp out of range for platform time_t`);
  void name;
  return x;
}

function tupleArg(v: any, fname: string): number[] {
  if (!(v instanceof PyTuple)) throwPy('TypeError', `Tuple or struct_time argument required`);
  const items = v.items;
  if (items.length !== 9) throwPy('TypeError', `${fname}(): illegal time tuple argument`);
  return items.map((x) => Number(toIndex(x)));
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number, w: number, c = '0'): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= w ? s : c.repeat(w - s.length) + s);
}

function asctime(t: number[]): string {
  const [y, mo, d, h, mi, s, wd] = t;
  return `${DAYS[((wd % 7) + 7) % 7].slice(0, 3)} ${MONTHS[Math.min(11, Math.max(0, mo - 1))].slice(0, 3)} ${pad(d, 2, ' ')} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)} ${y}`;
}

function strftime(fmt: string, t: number[], zone: string, gmtoff: number): string {
  const [y, mo, d, h, mi, s, wd, yd] = t;
  const wdSun = (wd + 1) % 7;
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    // glibc's '-' flag ("%-d") drops the padding of a numeric field
    let k = fmt[++i];
    const unpad = k === '-' && i + 1 < fmt.length;
    if (unpad) k = fmt[++i];
    const start = out.length;
    switch (k) {
      case 'a': out += DAYS[wd].slice(0, 3); break;
      case 'A': out += DAYS[wd]; break;
      case 'b': case 'h': out += MONTHS[mo - 1].slice(0, 3); break;
      case 'B': out += MONTHS[mo - 1]; break;
      case 'c': out += asctime(t); break;
      case 'd': out += pad(d, 2); break;
      case 'e': out += pad(d, 2, ' '); break;
      case 'D': out += `${pad(mo, 2)}/${pad(d, 2)}/${pad(y % 100, 2)}`; break;
      case 'F': out += `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`; break;
      case 'H': out += pad(h, 2); break;
      case 'I': out += pad(h % 12 === 0 ? 12 : h % 12, 2); break;
      case 'j': out += pad(yd, 3); break;
      case 'm': out += pad(mo, 2); break;
      case 'M': out += pad(mi, 2); break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'p': out += h < 12 ? 'AM' : 'PM'; break;
      case 'P': out += h < 12 ? 'am' : 'pm'; break;
      case 'r': out += `${pad(h % 12 === 0 ? 12 : h % 12, 2)}:${pad(mi, 2)}:${pad(s, 2)} ${h < 12 ? 'AM' : 'PM'}`; break;
      case 'R': out += `${pad(h, 2)}:${pad(mi, 2)}`; break;
      case 'S': out += pad(s, 2); break;
      case 'T': case 'X': out += `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`; break;
      case 'x': out += `${pad(mo, 2)}/${pad(d, 2)}/${pad(y % 100, 2)}`; break;
      case 'u': out += String(wd + 1); break;
      case 'w': out += String(wdSun); break;
      case 'U': out += pad(Math.floor((yd - 1 + 7 - wdSun) / 7), 2); break;
      case 'W': out += pad(Math.floor((yd - 1 + 7 - wd) / 7), 2); break;
      case 'y': out += pad(((y % 100) + 100) % 100, 2); break;
      case 'Y': out += String(y); break;
      case 'C': out += pad(Math.floor(y / 100), 2); break;
      case 'G': out += String(isoWeek(y, yd, wd)[0]); break;
      case 'V': out += pad(isoWeek(y, yd, wd)[1], 2); break;
      case 'g': out += pad(((isoWeek(y, yd, wd)[0] % 100) + 100) % 100, 2); break;
      case 'k': out += pad(h, 2, ' '); break;
      case 'l': out += pad(h % 12 === 0 ? 12 : h % 12, 2, ' '); break;
      case 'z': {
        const sign = gmtoff < 0 ? '-' : '+';
        const a = Math.abs(gmtoff);
        out += `${sign}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor((a % 3600) / 60), 2)}`;
        break;
      }
      case 'Z': out += zone; break;
      case '%': out += '%'; break;
      default: out += '%' + (unpad ? '-' : '') + k;
    }
    if (unpad) out = out.slice(0, start) + out.slice(start).replace(/^[0 ]+(?=.)/, '');
  }
  return out;
}

/** The ISO 8601 [year, week] of a day given its year, day of the year (1-based) and weekday (Monday 0). */
function isoWeek(y: number, yd: number, wd: number): [number, number] {
  const jan1 = (((wd - yd + 1) % 7) + 7) % 7;
  const weeks = (j: number, yr: number): number => (j === 3 || (j === 2 && yearDays(yr) === 366) ? 53 : 52);
  const w = Math.floor((yd - wd + 9) / 7);
  if (w < 1) return [y - 1, weeks((jan1 - yearDays(y - 1) + 371) % 7, y - 1)];
  if (w > weeks(jan1, y)) return [y + 1, 1];
  return [y, w];
}

const yearDays = (y: number): number => (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 366 : 365);

// ---- the module ----

function noArgsFn(name: string, f: () => any): PyBuiltin {
  return builtin(name, (args, kw) => {
    noKw(name, kw);
    expectArgs(name, args, 0);
    return f();
  });
}

export function makeTime(): PyModule {
  const m = new PyModule('time');
  const d = m.d;
  const nsInt = (ms: number): number | bigint => {
    const whole = Math.floor(ms);
    const v = BigInt(whole) * 1000000n + BigInt(Math.round((ms - whole) * 1e6));
    return v > 9007199254740991n ? v : Number(v);
  };
  d.time = noArgsFn('time', () => new PyFloat(wallSeconds()));
  d.time_ns = noArgsFn('time_ns', () => nsInt(timeOrigin() + clock().now()));
  d.perf_counter = noArgsFn('perf_counter', () => new PyFloat(clock().now() / 1000));
  d.perf_counter_ns = noArgsFn('perf_counter_ns', () => nsInt(clock().now()));
  d.monotonic = noArgsFn('monotonic', () => new PyFloat(clock().now() / 1000));
  d.monotonic_ns = noArgsFn('monotonic_ns', () => nsInt(clock().now()));
  d.process_time = noArgsFn('process_time', () => new PyFloat(clock().now() / 1000));
  d.process_time_ns = noArgsFn('process_time_ns', () => nsInt(clock().now()));
  d.thread_time = noArgsFn('thread_time', () => new PyFloat(clock().now() / 1000));
  d.thread_time_ns = noArgsFn('thread_time_ns', () => nsInt(clock().now()));
  d.sleep = builtin('sleep', (args, kw) => {
    noKw('sleep', kw);
    expectArgs('sleep', args, 1);
    const v = args[0];
    let secs: number;
    if (v instanceof PyFloat || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') secs = toDouble(v);
    else {
      const t = typeOf(v);
      if (t.lookup('__float__') === undefined && t.lookup('__index__') === undefined) {
        throwPy('TypeError', `'${t.tpName}' object cannot be interpreted as an integer`);
      }
      secs = toDouble(v);
    }
    if (Number.isNaN(secs)) throwPy('ValueError', 'Invalid value NaN (not a number)');
    if (secs < 0) throwPy('ValueError', 'sleep length must be non-negative');
    if (!Number.isFinite(secs)) throwPy('OverflowError', 'timestamp too large to convert to C _PyTime_t');
    sleepMs(secs * 1000);
    return null;
  });
  d.struct_time = StructTimeType;
  d.gmtime = builtin('gmtime', (args, kw) => {
    noKw('gmtime', kw);
    expectArgs('gmtime', args, 0, 1);
    return gmtime(timeArg(args, 'gmtime'));
  });
  d.localtime = builtin('localtime', (args, kw) => {
    noKw('localtime', kw);
    expectArgs('localtime', args, 0, 1);
    return localtime(timeArg(args, 'localtime'));
  });
  d.mktime = builtin('mktime', (args, kw) => {
    noKw('mktime', kw);
    expectArgs('mktime', args, 1);
    const t = tupleArg(args[0], 'mktime');
    const date = new Date(t[0], t[1] - 1, t[2], t[3], t[4], t[5]);
    return new PyFloat(date.getTime() / 1000);
  });
  d.asctime = builtin('asctime', (args, kw) => {
    noKw('asctime', kw);
    expectArgs('asctime', args, 0, 1);
    const t = args.length && args[0] !== null ? tupleArg(args[0], 'asctime') : localtime(wallSeconds()).items;
    return asctime(t as number[]);
  });
  d.ctime = builtin('ctime', (args, kw) => {
    noKw('ctime', kw);
    expectArgs('ctime', args, 0, 1);
    return asctime(localtime(timeArg(args, 'ctime')).items);
  });
  // parsed by datetime's strptime, as CPython's time.strptime runs the Python _strptime module
  d.strptime = builtin('strptime', (args, kw) => {
    noKw('strptime', kw);
    expectArgs('strptime', args, 1, 2);
    const cls = getAttr(importModule('datetime', false), 'datetime');
    const dt = callMethod(cls, 'strptime', [args[0], args.length > 1 ? args[1] : '%a %b %d %H:%M:%S %Y']);
    return callMethod(dt, 'timetuple', []);
  });
  d.strftime = builtin('strftime', (args, kw) => {
    noKw('strftime', kw);
    expectArgs('strftime', args, 1, 2);
    const fmt = args[0];
    if (typeof fmt !== 'string') throwPy('TypeError', `strftime() argument 1 must be str, not ${typeOf(fmt).tpName}`);
    const st: any = args.length > 1 ? args[1] : localtime(wallSeconds());
    const t = tupleArg(st, 'strftime');
    if (t[1] < 1 || t[1] > 12) {
      if (t[1] === 0) t[1] = 1;
      else throwPy('ValueError', 'month out of range');
    }
    if (t[2] === 0) t[2] = 1;
    if (t[7] === 0) t[7] = 1;
    if (t[6] < 0) throwPy('ValueError', 'day of week out of range');
    t[6] %= 7;
    const zone = st.zone ?? tzName(new Date());
    const off = st.gmtoff ?? -new Date().getTimezoneOffset() * 60;
    return strftime(fmt, t, zone, off);
  });
  const jan = new Date(new Date().getFullYear(), 0, 1);
  const jul = new Date(new Date().getFullYear(), 6, 1);
  d.timezone = Math.max(jan.getTimezoneOffset(), jul.getTimezoneOffset()) * 60;
  d.altzone = Math.min(jan.getTimezoneOffset(), jul.getTimezoneOffset()) * 60;
  d.daylight = jan.getTimezoneOffset() !== jul.getTimezoneOffset() ? 1 : 0;
  // time.tzname is computed on first access (it needs Intl, slow to start)
  Object.defineProperty(d, 'tzname', {
    configurable: true,
    enumerable: true,
    get() {
      const v = new PyTuple([tzName(jan), tzName(jul)]);
      Object.defineProperty(d, 'tzname', { value: v, writable: true, enumerable: true, configurable: true });
      return v;
    },
  });
  // what CPython reports on Linux (every clock there is a clock_gettime one with 1 ns resolution)
  d.get_clock_info = builtin('get_clock_info', (args, kw) => {
    noKw('get_clock_info', kw);
    expectArgs('get_clock_info', args, 1);
    const name = args[0];
    if (typeof name !== 'string') throwPy('TypeError', `get_clock_info() argument 1 must be str, not ${typeOf(name).name}`);
    const clocks: Record<string, [string, boolean]> = {
      time: ['CLOCK_REALTIME', false],
      monotonic: ['CLOCK_MONOTONIC', true],
      perf_counter: ['CLOCK_MONOTONIC', true],
      process_time: ['CLOCK_PROCESS_CPUTIME_ID', true],
      thread_time: ['CLOCK_THREAD_CPUTIME_ID', true],
    };
    const info = Object.prototype.hasOwnProperty.call(clocks, name) ? clocks[name] : undefined;
    if (info === undefined) throwPy('ValueError', 'unknown clock');
    const ns = getAttr(importModule('types', false), 'SimpleNamespace');
    return call(ns, [], new Map<string, any>([
      ['implementation', `clock_gettime(${info![0]})`],
      ['monotonic', info![1]],
      ['adjustable', !info![1]],
      ['resolution', new PyFloat(1e-9)],
    ]));
  });
  return m;
}
