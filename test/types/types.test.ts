/**
 * Builtin-type methods and constructors against CPython 3.11: every case in fixtures.json (written by
 * gen-fixtures.py from cases_*.py) is a call whose repr'd result, mutated first argument, or exception
 * type and message must match exactly. Values are decoded from their JSON tags into the interpreter's
 * representation; the few callables the cases use are defined here as builtins.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installBuiltinTypes } from '../../src/objects/types/index';
import '../../src/objects/builtins'; // the exception types' own __str__ (UnicodeError's among them)
import * as T from '../../src/objects/pytype';
import { PyFloat, PyComplex, PyTuple, PyBytes, PyRange, PySlice } from '../../src/objects/values';
import { PyDict, PySet } from '../../src/objects/hashtable';
import { PyBuiltin, call } from '../../src/objects/function';
import { getAttr, callSpecial } from '../../src/objects/attrs';
import { PyExc } from '../../src/objects/exceptions';
import { repr, str } from '../../src/objects/repr';
import { binary, inplace, neg, mod } from '../../src/objects/arith';
import { eq, ne, compare, contains, len, getItem, pyHash, strCmp } from '../../src/objects/protocols';
import { toArray } from '../../src/objects/iterators';
import { DictKeysType, DictItemsType } from '../../src/objects/types/dict';
import { ByteArrayType, PyByteArray } from '../../src/objects/types/bytes';

installBuiltinTypes();

const here = dirname(fileURLToPath(import.meta.url));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fixtures: Record<string, any[]> = JSON.parse(readFileSync(join(here, 'fixtures.json'), 'utf8'));

const TYPES: Record<string, T.PyType> = {
  str: T.StrType, int: T.IntType, bool: T.BoolType, float: T.FloatType, complex: T.ComplexType, list: T.ListType,
  tuple: T.TupleType, dict: T.DictType, set: T.SetType, frozenset: T.FrozenSetType, bytes: T.BytesType,
  range: T.RangeType, slice: T.SliceType, bytearray: ByteArrayType, dict_keys: DictKeysType, dict_items: DictItemsType,
};

const fn = (name: string, f: (x: any) => any) => new PyBuiltin(name, (args) => f(args[0]));
const FNS: Record<string, PyBuiltin> = {
  len: fn('len', (x) => len(x)),
  neg: fn('neg', (x) => neg(x)),
  lower: fn('lower', (x) => call(T.StrType.dict.lower, [x])),
  second: fn('second', (x) => getItem(x, 1)),
  mod3: fn('mod3', (x) => mod(x, 3)),
  boom: fn('boom', () => binary('//', 1, 0)),
};

function dec(v: any): any {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  const [tag, x] = Object.entries(v)[0] as [string, any];
  switch (tag) {
    case 'int': {
      const b = BigInt(x);
      return b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
    }
    case 'float': return new PyFloat(pyFloat(x));
    case 'complex': return new PyComplex(pyFloat(x[0]), pyFloat(x[1]));
    case 'list': return x.map(dec);
    case 'tuple': return new PyTuple(x.map(dec));
    case 'dict': {
      const d = new PyDict();
      for (const [k, w] of x) d.set(dec(k), dec(w));
      return d;
    }
    case 'set':
    case 'frozenset': {
      const s = new PySet(tag === 'frozenset');
      for (const k of x) s.add(dec(k));
      return s;
    }
    case 'bytes': return new PyBytes(Uint8Array.from(Buffer.from(x, 'hex')));
    case 'bytearray': return new PyByteArray(Uint8Array.from(Buffer.from(x, 'hex')));
    case 'range': return new PyRange(x[0], x[1], x[2]);
    case 'slice': return new PySlice(dec(x[0]), dec(x[1]), dec(x[2]));
    case 'fn': return FNS[x];
    case 'view': return call(getAttr(T.DictType, x[0]), [dec(x[1])]);
  }
  throw new Error(`bad tag ${tag}`);
}
function pyFloat(s: string): number {
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

const OPS: Record<string, (a: any, b: any) => any> = {
  '|': (a, b) => binary('|', a, b), '&': (a, b) => binary('&', a, b), '-': (a, b) => binary('-', a, b),
  '^': (a, b) => binary('^', a, b), '+': (a, b) => binary('+', a, b), '%': (a, b) => binary('%', a, b),
  '|=': (a, b) => inplace('|', a, b), '&=': (a, b) => inplace('&', a, b), '-=': (a, b) => inplace('-', a, b),
  '^=': (a, b) => inplace('^', a, b),
  '==': eq, '!=': ne, '<': (a, b) => compare('<', a, b), '<=': (a, b) => compare('<=', a, b),
  '>': (a, b) => compare('>', a, b), '>=': (a, b) => compare('>=', a, b), in: (a, b) => contains(b, a),
};
const BUILTINS: Record<string, (...a: any[]) => any> = {
  repr: (x) => repr(x),
  len: (x) => len(x),
  sorted: (x) => {
    const a = toArray(x);
    call(T.ListType.dict.sort, [a]);
    return a;
  },
  rev: (x) => toArray(callSpecial(T.typeOf(x).lookup('__reversed__'), x)),
  hash_eq: (a, b) => pyHash(a) === pyHash(b),
};

function run(c: any): any {
  const args = c.args.map(dec);
  const kwEntries = Object.entries(c.kw);
  const kw = kwEntries.length ? new Map(kwEntries.map(([k, v]) => [k, dec(v)])) : null;
  try {
    let r: any;
    if (c.fn.startsWith('op:')) r = OPS[c.fn.slice(3)](args[0], args[1]);
    else if (BUILTINS[c.fn]) r = BUILTINS[c.fn](...args);
    else {
      const [tname, meth] = c.fn.split('.');
      const t = TYPES[tname];
      r = call(meth === undefined ? t : getAttr(t, meth), args, kw);
    }
    const out: any = { ok: canon(r) };
    if (c.self !== undefined) out.self = canon(args[0]);
    return out;
  } catch (e) {
    if (e instanceof PyExc) return { err: [e.cls.name, str(e)] };
    return { err: ['JS', String(e)] };
  }
}

/** repr, except that sets show their sorted element reprs (CPython orders them by hash) */
function canon(r: any): string {
  if (r instanceof PySet) return `${r.cls.name}:${repr(r.keys().map((x) => repr(x)).sort(strCmp))}`;
  return repr(r);
}

function show(c: any): string {
  return `${c.fn}(${c.args.map((a: any) => JSON.stringify(a)).join(', ')}${Object.keys(c.kw).length ? ', ' + JSON.stringify(c.kw) : ''})`;
}


describe('builtin types against CPython', () => {
  for (const [group, cases] of Object.entries(fixtures)) {
    it(group, () => {
      const bad: string[] = [];
      for (const c of cases) {
        const want: any = c.err ? { err: c.err } : { ok: c.ok, ...(c.self !== undefined ? { self: c.self } : {}) };
        const got = run(c);
        if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${show(c)}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)}`);
      }
      expect(bad.slice(0, 40).join('\n') + (bad.length > 40 ? `\n... and ${bad.length - 40} more` : ''), `${bad.length}/${cases.length} mismatches`).toBe('');
    });
  }
});
