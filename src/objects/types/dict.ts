/**
 * The methods of `dict` (PyDict), its constructor, the `|`/`|=` merge operators, and the view objects
 * `dict_keys`, `dict_values`, `dict_items` with CPython 3.11's behaviour and messages.
 *
 * Views are live: they hold the dict and read it on every use (len, iteration, `in`, repr
 * `dict_keys(['a', 'b'])`). Keys and items views are set-like: `==`/`<=`… against sets and views, and
 * `| & - ^` produce sets (also with any iterable on either side, as CPython's dictviews_or etc. do).
 * Instances of dict subclasses are PyDicts whose `cls` is the subclass; their contents come from
 * `dict.__init__`, never from the constructor, so a user `__init__` decides what goes in.
 */
import { DictType, PyType, builtinType } from '../pytype';
import { PyTuple, NotImplemented, tuple } from '../values';
import { PyDict, PySet, type DictEntry } from '../hashtable';
import { Kw, builtin, call } from '../function';
import { PyClassMethod } from '../descriptors';
import { throwPy } from '../errors';
import { makeExc } from '../exceptions';
import { getAttrOrUndef } from '../attrs';
import { eqBool, getItem, setItem } from '../protocols';
import { HashIter, HashItemIter, PyIter, ArrayIter, iter, toArray, isIterable, iteratorType } from '../iterators';
import { nativeBinary } from '../arith';
import { repr } from '../repr';
import { defineMethods, tagInstance } from './define';
import { noArgs, oneArg, posArgs } from './args';

export const DictKeysType = builtinType('dict_keys');
export const DictValuesType = builtinType('dict_values');
export const DictItemsType = builtinType('dict_items');
const KeyIterType = iteratorType('dict_keyiterator');
const ValueIterType = iteratorType('dict_valueiterator');
const ItemIterType = iteratorType('dict_itemiterator');
const RevKeyIterType = iteratorType('dict_reversekeyiterator');
const RevValueIterType = iteratorType('dict_reversevalueiterator');
const RevItemIterType = iteratorType('dict_reverseitemiterator');

/** A live view of a dict's keys, values or items. */
export class DictView {
  constructor(public readonly cls: PyType, public readonly d: PyDict, public readonly mode: 'k' | 'v' | 'kv') {}
  iter(): PyIter {
    const t = this.mode === 'k' ? KeyIterType : this.mode === 'v' ? ValueIterType : ItemIterType;
    return this.mode === 'kv' ? new HashItemIter(this.d, t) : new HashIter(this.d, this.mode, t);
  }
  /** the current elements, in order */
  items(): any[] {
    if (this.mode === 'k') return this.d.keys();
    if (this.mode === 'v') return this.d.values();
    const out: any[] = [];
    for (const { k, v } of this.d.entries()) out.push(new PyTuple([k, v]));
    return out;
  }
  has(x: any): boolean {
    if (this.mode === 'k') return this.d.has(x);
    if (this.mode === 'kv') {
      if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
      const v = this.d.get(x.items[0]);
      return v !== undefined && (v === x.items[1] || eqBool(v, x.items[1]));
    }
    for (const v of this.d.values()) if (v === x || eqBool(v, x)) return true;
    return false;
  }
}

function reverseIter(d: PyDict, mode: 'k' | 'v' | 'kv'): PyIter {
  const t = mode === 'k' ? RevKeyIterType : mode === 'v' ? RevValueIterType : RevItemIterType;
  const items = new DictView(DictItemsType, d, mode).items().reverse();
  return new ArrayIter(items, t);
}

// ---- update / construction ----

/** dict_update_arg + keyword arguments: the shared body of update(), dict(), |= and __init__. */
export function updateDict(d: PyDict, arg: any, kw: Kw): void {
  if (arg !== undefined) {
    if (arg instanceof PyDict) {
      if (arg !== d) for (const { k, v } of arg.entries()) d.set(k, v);
    } else if (getAttrOrUndef(arg, 'keys') !== undefined) {
      const it = iter(call(getAttrOrUndef(arg, 'keys'), []));
      for (let k = it.next(); k !== undefined; k = it.next()) d.set(k, getItem(arg, k));
    } else {
      const it = iter(arg);
      let i = 0;
      for (let item = it.next(); item !== undefined; item = it.next(), i++) {
        if (!isIterable(item)) throwPy('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
        const pair = item instanceof PyTuple ? item.items : toArray(item);
        if (pair.length !== 2) throwPy('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        d.set(pair[0], pair[1]);
      }
    }
  }
  if (kw) for (const [k, v] of kw) d.set(k, v);
}

export function copyDict(d: PyDict): PyDict {
  const out = new PyDict();
  for (const { k, v } of d.entries()) out.set(k, v);
  return out;
}

function fromkeys(args: any[], kw: Kw): any {
  const cls = args[0] as PyType;
  const rest = args.slice(1);
  posArgs('fromkeys', 'dict.fromkeys', rest, kw, 1, 2);
  const value = rest.length > 1 ? rest[1] : null;
  const keys = toArray(rest[0]);
  if (cls === DictType) {
    const d = new PyDict();
    for (const k of keys) d.set(k, value);
    return d;
  }
  const d = call(cls, []);
  for (const k of keys) setItem(d, k, value);
  return d;
}

// ---- views: set-like behaviour ----

function viewSet(v: any): PySet {
  const s = new PySet();
  for (const x of v instanceof DictView ? v.items() : toArray(v)) s.add(x);
  return s;
}

function isSetLike(v: any): boolean {
  return v instanceof PySet || (v instanceof DictView && v.mode !== 'v');
}

/** CPython's dictview_richcompare: containment either way plus sizes. */
function viewCompare(op: string, a: DictView, b: any): any {
  if (!isSetLike(b)) return NotImplemented;
  const la = a.d.size;
  const lb = b instanceof PySet ? b.size : (b as DictView).d.size;
  const within = (x: any, y: any) => {
    const xs = x instanceof DictView ? x.items() : (x as PySet).keys();
    return xs.every((e) => (y instanceof DictView ? y.has(e) : (y as PySet).has(e)));
  };
  switch (op) {
    case '==': return la === lb && within(a, b);
    case '!=': return !(la === lb && within(a, b));
    case '<': return la < lb && within(a, b);
    case '<=': return la <= lb && within(a, b);
    case '>': return la > lb && within(b, a);
    case '>=': return la >= lb && within(b, a);
  }
  return NotImplemented;
}

function viewBinary(op: string, view: any, other: any, reflected: boolean): any {
  if (op !== '|' && op !== '&' && op !== '-' && op !== '^') return NotImplemented;
  const left = viewSet(reflected ? other : view);
  const right = reflected ? view : other;
  const rs = right instanceof PySet ? right : viewSet(right);
  const out = new PySet();
  switch (op) {
    case '|':
      for (const x of left.keys()) out.add(x);
      for (const x of rs.keys()) out.add(x);
      break;
    case '&':
      for (const x of left.keys()) if (rs.has(x)) out.add(x);
      break;
    case '-':
      for (const x of left.keys()) if (!rs.has(x)) out.add(x);
      break;
    case '^':
      for (const x of left.keys()) if (!rs.has(x)) out.add(x);
      for (const x of rs.keys()) if (!left.has(x)) out.add(x);
      break;
  }
  return out;
}

function installViews(): void {
  const names: [PyType, string][] = [[DictKeysType, 'dict_keys'], [DictValuesType, 'dict_values'], [DictItemsType, 'dict_items']];
  for (const [t, name] of names) {
    defineMethods(t, {
      __iter__: (v: DictView) => v.iter(),
      __len__: (v: DictView) => v.d.size,
      __repr__: (v: DictView) => `${name}(${repr(v.items())})`,
      __reversed__: (v: DictView) => reverseIter(v.d, v.mode),
    });
    if (t === DictValuesType) continue;
    const cmp = (op: string) => (v: DictView, args: any[]) => viewCompare(op, v, args[0]);
    defineMethods(t, {
      __contains__: (v: DictView, args) => v.has(args[0]), // values are searched by iterating
      __eq__: cmp('=='),
      __ne__: cmp('!='),
      __lt__: cmp('<'),
      __le__: cmp('<='),
      __gt__: cmp('>'),
      __ge__: cmp('>='),
      isdisjoint: (v: DictView, args, kw) => {
        const other = oneArg(`${name}.isdisjoint`, args, kw);
        return toArray(other).every((x) => !v.has(x));
      },
    });
    t.dict.__hash__ = null;
    nativeBinary.set(t, viewBinary);
  }
}

// ---- dict methods ----

function pop(d: PyDict, args: any[], kw: Kw): any {
  posArgs('pop', 'dict.pop', args, kw, 1, 2);
  const v = d.delete(args[0]);
  if (v !== undefined) return v;
  if (args.length > 1) return args[1];
  throw makeExc('KeyError', args[0]);
}

function popitem(d: PyDict, args: any[], kw: Kw): PyTuple {
  noArgs('dict.popitem', args, kw);
  if (d.size === 0) throw makeExc('KeyError', 'popitem(): dictionary is empty');
  let last: DictEntry | undefined;
  for (const e of d.entries()) last = e;
  const { k, v } = last!;
  d.delete(k);
  return tuple([k, v]);
}

function newDict(cls: PyType, args: any[], kw: Kw): PyDict {
  const d = new PyDict();
  if (cls !== DictType) return tagInstance(d, cls);
  posArgs('dict', 'dict', args, null, 0, 1);
  updateDict(d, args[0], kw);
  return d;
}

/** dict | dict: a new plain dict; NotImplemented unless both are dicts. */
function merge(a: any, b: any): any {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  const out = copyDict(a);
  for (const { k, v } of b.entries()) out.set(k, v);
  return out;
}

/** Install the dict methods, constructor, operators and views. */
export function installDict(): void {
  DictType.newInstance = newDict;
  installViews();
  defineMethods(DictType, {
    keys: (d: PyDict, args, kw) => (noArgs('dict.keys', args, kw), new DictView(DictKeysType, d, 'k')),
    values: (d: PyDict, args, kw) => (noArgs('dict.values', args, kw), new DictView(DictValuesType, d, 'v')),
    items: (d: PyDict, args, kw) => (noArgs('dict.items', args, kw), new DictView(DictItemsType, d, 'kv')),
    get: (d: PyDict, args, kw) => {
      posArgs('get', 'dict.get', args, kw, 1, 2);
      const v = d.get(args[0]);
      return v !== undefined ? v : args.length > 1 ? args[1] : null;
    },
    setdefault: (d: PyDict, args, kw) => {
      posArgs('setdefault', 'dict.setdefault', args, kw, 1, 2);
      const v = d.get(args[0]);
      if (v !== undefined) return v;
      const dflt = args.length > 1 ? args[1] : null;
      d.set(args[0], dflt);
      return dflt;
    },
    pop,
    popitem,
    update: (d: PyDict, args, kw) => {
      posArgs('update', 'dict.update', args, null, 0, 1);
      updateDict(d, args[0], kw);
      return null;
    },
    copy: (d: PyDict, args, kw) => (noArgs('dict.copy', args, kw), copyDict(d)),
    clear: (d: PyDict, args, kw) => {
      noArgs('dict.clear', args, kw);
      d.clear();
      return null;
    },
    __init__: (d: PyDict, args, kw) => {
      posArgs('dict', 'dict', args, null, 0, 1);
      updateDict(d, args[0], kw);
      return null;
    },
    __ior__: (d: PyDict, args) => {
      updateDict(d, args[0], null);
      return d;
    },
    __reversed__: (d: PyDict, args, kw) => (noArgs('dict.__reversed__', args, kw), reverseIter(d, 'k')),
  });
  DictType.dict.fromkeys = new PyClassMethod(builtin('fromkeys', fromkeys));
  DictType.dict.__hash__ = null;
  nativeBinary.set(DictType, (op, a, b, reflected) => (op === '|' ? merge(reflected ? b : a, reflected ? a : b) : NotImplemented));
  // for instances of dict subclasses, which binary() reaches through the dunder methods
  defineMethods(DictType, {
    __or__: (d: PyDict, args) => merge(d, args[0]),
    __ror__: (d: PyDict, args) => merge(args[0], d),
  });
}
