/**
 * Conformance tests for the formatting library against fixtures.json, which gen-fixtures.py produces by
 * running CPython 3.11. Each table is compared exactly; failures are listed (first few) with counts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { installRaiser } from '../../src/objects/errors';
import { exactPaths, fixedDigits, reprFloat, sigDigits } from '../../src/objects/floatRepr';
import {
  floatToInt,
  formatBool,
  formatFloat,
  formatInt,
  formatStr,
  intToFloat,
  roundFloat,
  roundHalfEven,
  roundInt,
} from '../../src/objects/formatSpec';
import {
  asciiReprStr,
  formatIntBase,
  natText,
  parseFloatLiteral,
  parseIntLiteral,
  reprInt,
  reprStr,
} from '../../src/objects/numParse';
import { percentFormat, type PercentHooks } from '../../src/objects/percentFormat';

class PyErr extends Error {
  constructor(
    readonly type: string,
    readonly msg: string,
  ) {
    super(`${type}: ${msg}`);
  }
}

type Result = { ok: unknown } | { err: [string, string] };

const here = dirname(fileURLToPath(import.meta.url));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fx: Record<string, any[]> = JSON.parse(readFileSync(join(here, 'fixtures.json'), 'utf8'));

const dv = new DataView(new ArrayBuffer(8));
function fromBits(h: string): number {
  dv.setBigUint64(0, BigInt('0x' + h));
  return dv.getFloat64(0);
}
function toBits(x: number): string {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}
/** Python hex() string → interpreter int. */
function fromHex(h: string): number | bigint {
  const neg = h.startsWith('-');
  const v = BigInt(neg ? h.slice(1) : h);
  const r = neg ? -v : v;
  return r <= BigInt(Number.MAX_SAFE_INTEGER) && r >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}
function toHex(v: number | bigint): string {
  const b = BigInt(v);
  return b < 0n ? '-0x' + (-b).toString(16) : '0x' + b.toString(16);
}

function capture(fn: () => unknown): Result {
  try {
    return { ok: fn() };
  } catch (e) {
    if (e instanceof PyErr) return { err: [e.type, e.msg] };
    throw e;
  }
}

/** Run a table; returns mismatches (described). */
function check<T extends unknown[]>(name: string, rows: T[], run: (row: T) => { got: Result; want: Result }): void {
  const bad: string[] = [];
  for (const row of rows) {
    let got: Result;
    let want: Result;
    try {
      ({ got, want } = run(row));
    } catch (e) {
      bad.push(`${JSON.stringify(row)} threw JS ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      continue;
    }
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      bad.push(`${JSON.stringify(row)} got ${JSON.stringify(got)}`);
    }
  }
  const summary = `${name}: ${rows.length - bad.length}/${rows.length} pass`;
  console.log(summary);
  if (bad.length) console.log(bad.slice(0, 25).join('\n'));
  expect(bad.length, summary).toBe(0);
}

beforeAll(() => {
  installRaiser((type, message) => {
    throw new PyErr(type, message);
  });
});

describe('floatRepr', () => {
  it('repr(float)', () => {
    check('reprFloat', fx.reprFloat as [string, string][], ([b, want]) => ({
      got: { ok: reprFloat(fromBits(b)) },
      want: { ok: want },
    }));
  });

  it('fast digit paths agree with the exact BigInt paths', () => {
    const rows = (fx.reprFloat as [string, string][]).map(([b]) => fromBits(b)).filter((x) => Number.isFinite(x) && x !== 0);
    const bad: string[] = [];
    for (const x0 of rows) {
      const x = Math.abs(x0);
      for (const p of [0, 1, 2, 3, 6, 17, 20, 50]) {
        const fast = fixedDigits(x, p);
        const slow = exactPaths.fixedSlow(x, p);
        if (fast !== slow) bad.push(`fixed ${x} ${p}: ${fast} vs ${slow}`);
      }
      for (const n of [1, 2, 3, 7, 16, 17, 30, 101]) {
        const fast = sigDigits(x, n);
        const slow = exactPaths.sigSlow(x, n);
        if (fast.digits !== slow.digits || fast.decpt !== slow.decpt) {
          bad.push(`sig ${x} ${n}: ${JSON.stringify(fast)} vs ${JSON.stringify(slow)}`);
        }
      }
    }
    if (bad.length) console.log(bad.slice(0, 20).join('\n'));
    expect(bad.length).toBe(0);
  });

  it('the exact small-product rounding agrees with BigInt on ties and near-ties', () => {
    // exact halves (k + 0.5) / 10**p that are doubles, their neighbours, and random values of every scale
    let seed = 12345;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const xs: number[] = [];
    for (let p = 0; p <= 22; p++) {
      for (let i = 0; i < 400; i++) {
        const k = Math.floor(rand() * 2 ** (i % 50));
        const half = (2 * k + 1) / 2 ** (p + 1); // exact, and a decimal tie when 5**p divides 2k+1
        xs.push(half, (k * 5 ** Math.min(p, 22) + 0.5) / 10 ** p);
        const r = rand() * 10 ** ((i % 40) - 20);
        xs.push(r, r * (1 + Number.EPSILON), r * (1 - Number.EPSILON));
      }
    }
    xs.push(0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, 1e-300, 5e-324, 4503599627370495.5, 2 ** 52 - 1);
    const bad: string[] = [];
    for (const x of xs) {
      if (!(x > 0) || !Number.isFinite(x)) continue;
      for (let p = 0; p <= 22; p++) {
        const fast = fixedDigits(x, p);
        const slow = exactPaths.fixedSlow(x, p);
        if (fast !== slow) bad.push(`fixed ${x} ${p}: ${fast} vs ${slow}`);
      }
    }
    if (bad.length) console.log(bad.slice(0, 20).join('\n'));
    expect(bad.length).toBe(0);
  });
});

describe('format mini-language', () => {
  it('format(float, spec)', () => {
    check('formatFloat', fx.formatFloat as [string, string, Result][], ([b, spec, want]) => ({
      got: capture(() => formatFloat(fromBits(b), spec)),
      want,
    }));
  });
  it('format(int, spec)', () => {
    check('formatInt', fx.formatInt as [string, string, Result][], ([h, spec, want]) => ({
      got: capture(() => formatInt(fromHex(h), spec)),
      want,
    }));
  });
  it('format(bool, spec)', () => {
    check('formatBool', fx.formatBool as [boolean, string, Result][], ([b, spec, want]) => ({
      got: capture(() => formatBool(b, spec)),
      want,
    }));
  });
  it('format(str, spec)', () => {
    check('formatStr', fx.formatStr as [string, string, Result][], ([s, spec, want]) => ({
      got: capture(() => formatStr(s, spec)),
      want,
    }));
  });
});

describe('round()', () => {
  it('round(float, n)', () => {
    check('roundFloat', fx.roundFloat as [string, number, Result][], ([b, nd, want]) => ({
      got: capture(() => toBits(roundFloat(fromBits(b), nd))),
      want,
    }));
  });
  it('round(float)', () => {
    check('roundHalfEven', fx.roundHalfEven as [string, Result][], ([b, want]) => ({
      got: capture(() => toBits(roundHalfEven(fromBits(b)) + 0)),
      want,
    }));
  });
  it('round(int, n)', () => {
    check('roundInt', fx.roundInt as [string, number, Result][], ([h, nd, want]) => ({
      got: capture(() => toHex(roundInt(fromHex(h), nd))),
      want,
    }));
  });
});

describe('numParse', () => {
  it('natText agrees with String() around every table boundary', () => {
    const bad: number[] = [];
    const at = [0, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 99999, 100000, 999999, 1e6, 1e6 + 1, 1000999, 999999999, 1e9, 2 ** 53 - 1];
    for (let k = 0; k < 20000; k++) at.push(Math.floor(Math.random() * 10 ** (1 + (k % 12))));
    for (const n of at) if (natText(n) !== String(n)) bad.push(n);
    expect(bad).toEqual([]);
  });

  it('int(str, base)', () => {
    check('parseInt', fx.parseInt as [string, number, Result][], ([s, base, want]) => {
      const got = capture(() => parseIntLiteral(s, base));
      const norm: Result = 'ok' in got ? { ok: toHex(got.ok as number | bigint) } : got;
      return { got: norm, want };
    });
  });
  it('parse results use the int convention (number when safe, bigint beyond)', () => {
    expect(parseIntLiteral('9007199254740991', 10)).toBe(9007199254740991);
    expect(typeof parseIntLiteral('9007199254740992', 10)).toBe('bigint');
    expect(Object.is(parseIntLiteral('-0', 10), 0)).toBe(true);
  });
  it('float(str)', () => {
    check('parseFloat', fx.parseFloat as [string, Result][], ([s, want]) => ({
      got: capture(() => toBits(parseFloatLiteral(s))),
      // JS cannot carry the sign bit of a NaN reliably: compare NaNs as the canonical quiet NaN.
      want: 'ok' in want && fromBits(want.ok as string) !== fromBits(want.ok as string) ? { ok: toBits(NaN) } : want,
    }));
  });
  it('repr(str) and ascii(str)', () => {
    check('reprStr', fx.reprStr as [string, string, string][], ([s, r, a]) => ({
      got: { ok: [reprStr(s), asciiReprStr(s)] },
      want: { ok: [r, a] },
    }));
  });
  it('repr(int), hex/oct/bin', () => {
    check('reprInt', fx.reprInt as [string, Result, string, string, string][], ([h, r, hx, oc, bi]) => {
      const v = fromHex(h);
      const got = capture(() => reprInt(v));
      return {
        got: [got, formatIntBase(v, 16), formatIntBase(v, 8), formatIntBase(v, 2)] as unknown as Result,
        want: [r, hx, oc, bi] as unknown as Result,
      };
    });
  });
  it('float → int helpers', () => {
    expect(floatToInt(-2.7)).toBe(-2);
    expect(floatToInt(1e20)).toBe(100000000000000000000n);
    expect(capture(() => floatToInt(Infinity))).toEqual({ err: ['OverflowError', 'cannot convert float infinity to integer'] });
    expect(capture(() => floatToInt(NaN))).toEqual({ err: ['ValueError', 'cannot convert float NaN to integer'] });
    expect(intToFloat(2n ** 60n)).toBe(2 ** 60);
  });
});

// ---------------------------------------------------------------------------------------------------------
// %-formatting with a tiny fake object model

type Val =
  | { t: 'int'; v: number | bigint }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'list'; items: Val[] }
  | { t: 'tuple'; items: Val[] }
  | { t: 'dict'; entries: [string, Val][] };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function decode(e: any): Val {
  if ('i' in e) return { t: 'int', v: fromHex(e.i) };
  if ('f' in e) return { t: 'float', v: fromBits(e.f) };
  if ('s' in e) return { t: 'str', v: e.s };
  if ('b' in e) return { t: 'bool', v: e.b };
  if ('n' in e) return { t: 'none' };
  if ('l' in e) return { t: 'list', items: e.l.map(decode) };
  if ('T' in e) return { t: 'tuple', items: e.T.map(decode) };
  if ('d' in e) return { t: 'dict', entries: e.d.map(([k, x]: [string, unknown]) => [k, decode(x)]) };
  throw new Error('bad encoding');
}

function fakeRepr(v: Val): string {
  switch (v.t) {
    case 'str':
      return reprStr(v.v);
    case 'list':
      return '[' + v.items.map(fakeRepr).join(', ') + ']';
    case 'tuple':
      return '(' + v.items.map(fakeRepr).join(', ') + (v.items.length === 1 ? ',)' : ')');
    case 'dict':
      return '{' + v.entries.map(([k, x]) => `${reprStr(k)}: ${fakeRepr(x)}`).join(', ') + '}';
    default:
      return fakeStr(v);
  }
}
function fakeStr(v: Val): string {
  switch (v.t) {
    case 'int':
      return reprInt(v.v);
    case 'float':
      return reprFloat(v.v);
    case 'str':
      return v.v;
    case 'bool':
      return v.v ? 'True' : 'False';
    case 'none':
      return 'None';
    default:
      return fakeRepr(v);
  }
}
const typeNames = { int: 'int', float: 'float', str: 'str', bool: 'bool', none: 'NoneType', list: 'list', tuple: 'tuple', dict: 'dict' };

const hooks: PercentHooks = {
  str: (v) => fakeStr(v as Val),
  repr: (v) => fakeRepr(v as Val),
  ascii: (v) => {
    const x = v as Val;
    return x.t === 'str' ? asciiReprStr(x.v) : fakeRepr(x);
  },
  typeName: (v) => typeNames[(v as Val).t],
  asStr: (v) => ((v as Val).t === 'str' ? (v as { v: string }).v : null),
  exactInt: (v) => {
    const x = v as Val;
    return x.t === 'int' ? x.v : x.t === 'bool' ? (x.v ? 1 : 0) : null;
  },
  toInt: (v) => {
    const x = v as Val;
    return x.t === 'float' ? floatToInt(x.v) : null;
  },
  toIndex: () => null,
  toFloat: (v) => {
    const x = v as Val;
    if (x.t === 'float') return x.v;
    if (x.t === 'int') return intToFloat(x.v);
    if (x.t === 'bool') return x.v ? 1 : 0;
    return null;
  },
};

describe('percent formatting', () => {
  it('str % args', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    check('percent', fx.percent as [string, any, Result][], ([fmt, enc, want]) => {
      let args: unknown[];
      let mapping: ((k: string) => unknown) | null = null;
      if ('t' in enc) {
        args = (enc.t as unknown[]).map(decode);
      } else {
        const v = decode(enc);
        args = [v];
        if (v.t === 'dict') {
          mapping = (k) => {
            const hit = v.entries.find(([kk]) => kk === k);
            if (!hit) throw new PyErr('KeyError', reprStr(k));
            return hit[1];
          };
        } else if (v.t === 'list') {
          mapping = () => {
            throw new PyErr('TypeError', 'list indices must be integers or slices, not str');
          };
        }
      }
      return { got: capture(() => percentFormat(fmt, args, mapping, hooks)), want };
    });
  });
});
