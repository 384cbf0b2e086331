/**
 * The match statement at run time: `$match(desc, subject, values)` tries one `case` pattern and returns
 * the captured values (in the order src/compile/match.ts numbered the pattern's names) or null. `desc`
 * is the pattern compiled to plain data; `values` are the case's literal, dotted-name, mapping-key and
 * class expressions, evaluated by the compiled code when the case is tried.
 *
 * Semantics follow PEP 634: sequence patterns take list, tuple, range and other collections.abc.Sequence
 * instances but never str, bytes or bytearray; mapping patterns take dict and collections.abc.Mapping
 * instances and look keys up with `get`; class patterns check isinstance, use `__match_args__` for
 * positional sub-patterns (a single one matches the subject itself for bool, bytearray, bytes, dict,
 * float, frozenset, int, list, set, str and tuple) and getattr for the rest; literals compare with `==`,
 * None/True/False with `is`.
 */
import * as P from '../objects/protocols';
import { throwPy } from '../objects/errors';
import { isExc } from '../objects/exceptions';
import { toArray } from '../objects/iterators';
import { getAttrOrUndef } from '../objects/attrs';
import { call } from '../objects/function';
import { PyType, typeOf, isInstance, BoolType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType } from '../objects/pytype';
import { PyDict } from '../objects/hashtable';
import { PyTuple } from '../objects/values';

export type MatchDesc =
  | { k: '_' }
  | { k: 'c'; i: number }
  | { k: 'v'; j: number; is: boolean }
  | { k: 's'; items: MatchDesc[]; star: number }
  | { k: 'm'; keys: number[]; vals: MatchDesc[]; rest: number }
  | { k: 'k'; j: number; args: MatchDesc[]; kw: string[]; kwp: MatchDesc[] }
  | { k: '|'; alts: MatchDesc[] }
  | { k: 'a'; p: MatchDesc; i: number };

const SELF_MATCHING = new Set<PyType>([BoolType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType]);

function abcKind(v: any): 'seq' | 'map' | null {
  for (const t of typeOf(v).mro) {
    if (t.module !== 'collections.abc' && t.module !== '_collections_abc') continue;
    if (t.name === 'Sequence' || t.name === 'MutableSequence') return 'seq';
    if (t.name === 'Mapping' || t.name === 'MutableMapping') return 'map';
  }
  return null;
}

function sequenceItems(v: any): any[] | null {
  if (Array.isArray(v)) return v;
  if (v instanceof PyTuple) return v.items;
  const t = typeOf(v);
  if (t.isSubtypeOf(StrType) || t.isSubtypeOf(BytesType) || t.name === 'bytearray') return null;
  if (t.name === 'range' || t.name === 'deque' || t.isSubtypeOf(ListType) || t.isSubtypeOf(TupleType) || abcKind(v) === 'seq') {
    const n = P.len(v);
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = P.getItem(v, i);
    return out;
  }
  return null;
}

function isMapping(v: any): boolean {
  return v instanceof PyDict || typeOf(v).isSubtypeOf(DictType) || abcKind(v) === 'map';
}

/** getattr(v, name), or undefined when it raises AttributeError */
function attrOrMissing(v: any, name: string): any {
  try {
    return getAttrOrUndef(v, name);
  } catch (e) {
    if (isExc(e) && e.cls.name === 'AttributeError') return undefined;
    throw e;
  }
}

function matchOne(d: MatchDesc, v: any, values: any[], caps: any[]): boolean {
  switch (d.k) {
    case '_':
      return true;
    case 'c':
      caps[d.i] = v;
      return true;
    case 'a':
      if (!matchOne(d.p, v, values, caps)) return false;
      caps[d.i] = v;
      return true;
    case 'v':
      return d.is ? v === values[d.j] : P.truthy(P.eq(v, values[d.j]));
    case '|':
      return d.alts.some((a) => matchOne(a, v, values, caps));
    case 's': {
      const items = sequenceItems(v);
      if (items === null) return false;
      const n = d.items.length;
      if (d.star < 0) {
        if (items.length !== n) return false;
        return d.items.every((p, i) => matchOne(p, items[i], values, caps));
      }
      if (items.length < n - 1) return false;
      const after = n - 1 - d.star;
      for (let i = 0; i < d.star; i++) if (!matchOne(d.items[i], items[i], values, caps)) return false;
      for (let i = 0; i < after; i++) if (!matchOne(d.items[d.star + 1 + i], items[items.length - after + i], values, caps)) return false;
      const starred = d.items[d.star];
      return matchOne(starred, items.slice(d.star, items.length - after), values, caps);
    }
    case 'm': {
      if (!isMapping(v)) return false;
      const get = getAttrOrUndef(v, 'get');
      const missing = {};
      const seen: any[] = [];
      for (let i = 0; i < d.keys.length; i++) {
        const key = values[d.keys[i]];
        const x = call(get, [key, missing]);
        if (x === missing || !matchOne(d.vals[i], x, values, caps)) return false;
        seen.push(key);
      }
      if (d.rest >= 0) {
        const rest = new PyDict();
        const items = call(getAttrOrUndef(v, 'items'), []);
        for (const pair of toArray(items)) {
          const [k, x] = pair instanceof PyTuple ? pair.items : pair;
          if (!seen.some((s) => P.truthy(P.eq(s, k)))) rest.set(k, x);
        }
        caps[d.rest] = rest;
      }
      return true;
    }
    case 'k': {
      const cls = values[d.j];
      if (!(cls instanceof PyType)) throwPy('TypeError', 'called match pattern must be a class');
      if (!isInstance(v, cls)) return false;
      if (d.args.length) {
        const self = [...SELF_MATCHING].some((t) => cls.isSubtypeOf(t) && (cls === t || !cls.lookup('__match_args__')));
        if (self && d.args.length === 1 && cls.lookup('__match_args__') === undefined) {
          if (!matchOne(d.args[0], v, values, caps)) return false;
        } else {
          const ma = attrOrMissing(cls, '__match_args__');
          const names = ma === undefined ? [] : ma instanceof PyTuple ? ma.items : throwPy('TypeError', `${cls.name}.__match_args__ must be a tuple (got ${typeOf(ma).tpName})`);
          if (d.args.length > names.length) {
            throwPy('TypeError', `${cls.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${d.args.length} given)`);
          }
          for (let i = 0; i < d.args.length; i++) {
            const x = attrOrMissing(v, names[i]);
            if (x === undefined || !matchOne(d.args[i], x, values, caps)) return false;
          }
        }
      }
      for (let i = 0; i < d.kw.length; i++) {
        const x = attrOrMissing(v, d.kw[i]);
        if (x === undefined || !matchOne(d.kwp[i], x, values, caps)) return false;
      }
      return true;
    }
  }
}

export function match(d: MatchDesc, subject: any, values: any[], ncaps: number): any[] | null {
  const caps = new Array(ncaps);
  return matchOne(d, subject, values, caps) ? caps : null;
}
