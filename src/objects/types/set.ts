/**
 * The methods of `set` and `frozenset` (both PySet, told apart by `cls`), their constructors and the
 * operators `| & - ^` with their in-place forms, following CPython 3.11's Objects/setobject.c.
 *
 * Invariants: operators accept only sets/frozensets (anything else is NotImplemented, so Python raises
 * the usual TypeError), while the named methods accept any iterables; results take the kind of the left
 * operand (`frozenset | set` is a frozenset); in-place operators mutate and return the set itself. A set
 * used as an element to look up (`s.remove({1})`) is looked up as the equal frozenset, as CPython does.
 * Instances of subclasses are PySets with the subclass as `cls`, filled by `set.__init__`.
 *
 * Iteration order is CPython's: PySet lays its table out like setobject.c, and every operation here builds
 * its result with the same sequence of table operations as the C function it is named after (which set is
 * copied first, which one is iterated, when the table is presized or rebuilt), so `{1, 2} | {9, 8}` prints
 * `{8, 1, 2, 9}` as in CPython.
 */
import { SetType, FrozenSetType, DictType, PyType } from '../pytype';
import { NotImplemented } from '../values';
import { PySet, PyDict } from '../hashtable';
import { pyHash } from '../hash';
import { Kw } from '../function';
import { makeExc } from '../exceptions';
import { iter } from '../iterators';
import { nativeBinary } from '../arith';
import { defineMethods, tagInstance, permissiveInit } from './define';
import { noArgs, oneArg, posArgs, methodArgs } from './args';

const isFrozen = (s: PySet) => s.cls.isSubtypeOf(FrozenSetType);
const isExactDict = (v: any): v is PyDict => v instanceof PyDict && v.cls === DictType;

/** Call f on each element of a Python iterable. */
function forEach(v: any, f: (x: any) => boolean | void): void {
  const it = iter(v);
  for (let x; (x = it.next()) !== undefined;) if (f(x) === false) return;
}

/** set_update_internal: a set merges table to table, an exact dict presizes, anything else is iterated. */
function update(so: PySet, other: any): void {
  if (other instanceof PySet) return so.merge(other);
  if (isExactDict(other)) {
    const n = other.size;
    if ((so.fill + n) * 5 >= so.mask * 3) so.resize((so.used + n) * 2);
    for (const k of other.keys()) so.add(k);
    return;
  }
  forEach(other, (x) => so.add(x));
}

/** make_new_set / make_new_set_basetype: a set or frozenset (never a subclass) filled from `iterable`. */
function makeNew(frozen: boolean, iterable?: any): PySet {
  const s = new PySet(frozen);
  if (iterable !== undefined) update(s, iterable);
  return s;
}

/** set_copy: a new set of the base kind of `so`. */
function copy(so: PySet): PySet {
  return makeNew(isFrozen(so), so);
}

/** set lookup keys that are sets become frozensets (set.remove({1})). */
function lookupKey(k: any): any {
  return k instanceof PySet && !isFrozen(k) && k.cls.lookup('__hash__') == null ? makeNew(true, k) : k;
}

/** set_union */
function union(so: PySet, others: any[]): PySet {
  const result = copy(so);
  for (const o of others) if (o !== so) update(result, o);
  return result;
}

/** set_intersection: iterates the smaller set (or the iterable), keeping the iterated elements. */
function intersection(so: PySet, other: any): PySet {
  if (so === other) return copy(so);
  const result = makeNew(isFrozen(so));
  if (other instanceof PySet) {
    let big = so, small = other;
    if (small.size > big.size) [big, small] = [small, big];
    for (let j = small.next(0); j >= 0; j = small.next(j + 1)) if (big.hasFrom(small, j)) result.addAbsentFrom(small, j);
    return result;
  }
  forEach(other, (x) => {
    if (so.containsKey(x)) {
      result.add(x);
      if (result.size >= so.size) return false;
    }
  });
  return result;
}

/** set_intersection_multi */
function intersectionMulti(so: PySet, others: any[]): PySet {
  if (!others.length) return copy(so);
  let r = so;
  for (const o of others) r = intersection(r, o);
  return r;
}

/** set_difference_update_internal */
function differenceUpdate(so: PySet, other: any): void {
  if (so === other) return so.clear();
  if (other instanceof PySet) {
    const o = other.size >> 3 > so.size ? intersection(so, other) : other;
    for (let j = o.next(0); j >= 0; j = o.next(j + 1)) so.discardFrom(o, j);
  } else {
    forEach(other, (x) => void so.delete(x));
  }
  // more than 1/4th dummies: rebuild
  if (so.fill - so.used > Math.floor(so.mask / 4)) so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** set_difference: a fresh table when `other` is a comparable set or dict, else copy-then-discard. */
function difference(so: PySet, other: any): PySet {
  const otherSize = other instanceof PySet || isExactDict(other) ? other.size : -1;
  if (otherSize < 0 || so.size >> 2 > otherSize) {
    const result = copy(so);
    differenceUpdate(result, other);
    return result;
  }
  const result = makeNew(isFrozen(so));
  if (other instanceof PySet) {
    for (let j = so.next(0); j >= 0; j = so.next(j + 1)) if (!other.hasFrom(so, j)) result.addAbsentFrom(so, j);
  } else {
    for (let j = so.next(0); j >= 0; j = so.next(j + 1)) if (!(other as PyDict).has(so.at(j))) result.addAbsentFrom(so, j);
  }
  return result;
}

/** set_difference_multi */
function differenceMulti(so: PySet, others: any[]): PySet {
  if (!others.length) return copy(so);
  const result = difference(so, others[0]);
  for (let i = 1; i < others.length; i++) differenceUpdate(result, others[i]);
  return result;
}

/** set_symmetric_difference_update */
function symDiffUpdate(so: PySet, other: any): void {
  if (so === other) return so.clear();
  if (isExactDict(other)) {
    for (const k of other.keys()) if (!so.delete(k)) so.add(k);
    return;
  }
  const o = other instanceof PySet ? other : makeNew(isFrozen(so), other);
  for (let j = o.next(0); j >= 0; j = o.next(j + 1)) if (!so.discardFrom(o, j)) so.addAbsentFrom(o, j);
}

/** set_symmetric_difference: a copy of `other` (of the kind of `so`) updated with `so`. */
function symDiff(so: PySet, other: any): PySet {
  const result = makeNew(isFrozen(so), other);
  symDiffUpdate(result, so);
  return result;
}

/** set_issubset */
function issubset(so: PySet, other: any): boolean {
  if (!(other instanceof PySet)) other = makeNew(false, other);
  if (so.size > other.size) return false;
  for (let j = so.next(0); j >= 0; j = so.next(j + 1)) if (!other.hasFrom(so, j)) return false;
  return true;
}

/** set_issuperset */
function issuperset(so: PySet, other: any): boolean {
  if (other instanceof PySet) return issubset(other, so);
  let r = true;
  forEach(other, (x) => (r = so.containsKey(x)));
  return r;
}

/** set_isdisjoint */
function isdisjoint(so: PySet, other: any): boolean {
  if (so === other) return so.size === 0;
  if (other instanceof PySet && (other.cls === SetType || other.cls === FrozenSetType)) {
    let big = so, small: PySet = other;
    if (small.size > big.size) [big, small] = [small, big];
    for (let j = small.next(0); j >= 0; j = small.next(j + 1)) if (big.hasFrom(small, j)) return false;
    return true;
  }
  let r = true;
  forEach(other, (x) => (r = !so.containsKey(x)));
  return r;
}

/** The binary set operators on two PySets; `a` decides the result kind. */
function setOp(op: string, a: any, b: any): any {
  if (!(a instanceof PySet) || !(b instanceof PySet)) return NotImplemented;
  switch (op) {
    case '|': {
      const result = copy(a);
      if (a !== b) update(result, b);
      return result;
    }
    case '&': return intersection(a, b);
    case '-': return difference(a, b);
    case '^': return symDiff(a, b);
  }
  return NotImplemented;
}

function newSet(cls: PyType, args: any[], kw: Kw, frozen: boolean): PySet {
  const base = frozen ? FrozenSetType : SetType;
  posArgs(base.name, base.name, args, kw, 0, 1);
  if (cls !== base) {
    const s = tagInstance(new PySet(frozen), cls);
    if (frozen && args.length) update(s, args[0]);
    return s;
  }
  if (frozen && args.length && args[0] instanceof PySet && args[0].cls === FrozenSetType) return args[0];
  return makeNew(frozen, args.length ? args[0] : undefined);
}

function commonMethods(t: PyType): void {
  const q = t.name;
  defineMethods(t, {
    copy: (s: PySet, args, kw) => {
      noArgs(`${q}.copy`, args, kw);
      return s.cls === FrozenSetType ? s : copy(s);
    },
    union: (s: PySet, args, kw) => (methodArgs(q, 'union', [], kw, 0, 0), union(s, args)),
    intersection: (s: PySet, args, kw) => (methodArgs(q, 'intersection', [], kw, 0, 0), intersectionMulti(s, args)),
    difference: (s: PySet, args, kw) => (methodArgs(q, 'difference', [], kw, 0, 0), differenceMulti(s, args)),
    symmetric_difference: (s: PySet, args, kw) => symDiff(s, oneArg(`${q}.symmetric_difference`, args, kw)),
    issubset: (s: PySet, args, kw) => issubset(s, oneArg(`${q}.issubset`, args, kw)),
    issuperset: (s: PySet, args, kw) => issuperset(s, oneArg(`${q}.issuperset`, args, kw)),
    isdisjoint: (s: PySet, args, kw) => isdisjoint(s, oneArg(`${q}.isdisjoint`, args, kw)),
    __or__: (s: PySet, args) => setOp('|', s, args[0]),
    __and__: (s: PySet, args) => setOp('&', s, args[0]),
    __sub__: (s: PySet, args) => setOp('-', s, args[0]),
    __xor__: (s: PySet, args) => setOp('^', s, args[0]),
    __ror__: (s: PySet, args) => setOp('|', args[0], s),
    __rand__: (s: PySet, args) => setOp('&', args[0], s),
    __rsub__: (s: PySet, args) => setOp('-', args[0], s),
    __rxor__: (s: PySet, args) => setOp('^', args[0], s),
    __len__: (s: PySet) => s.size,
    __contains__: (s: PySet, args) => s.has(args[0]),
  });
  nativeBinary.set(t, (op, a, b, reflected) => (reflected ? setOp(op, b, a) : setOp(op, a, b)));
}

/** Install set and frozenset. */
export function installSet(): void {
  SetType.newInstance = (cls, args, kw) => newSet(cls, args, kw, false);
  FrozenSetType.newInstance = (cls, args, kw) => newSet(cls, args, kw, true);
  commonMethods(SetType);
  commonMethods(FrozenSetType);
  permissiveInit(FrozenSetType);
  defineMethods(FrozenSetType, { __hash__: (s: PySet) => pyHash(s) });
  SetType.dict.__hash__ = null;
  /** set_ior / set_iand / set_isub / set_ixor */
  const inplace = (f: (s: PySet, o: PySet) => void) => (s: PySet, args: any[]) => {
    const o = args[0];
    if (!(o instanceof PySet)) return NotImplemented;
    f(s, o);
    return s;
  };
  /** set_intersection_update(_multi): the result's table replaces the set's */
  const intersectionUpdate = (s: PySet, others: any[]) => s.swapBodies(intersectionMulti(s, others));
  defineMethods(SetType, {
    add: (s: PySet, args, kw) => (s.add(oneArg('set.add', args, kw)), null),
    discard: (s: PySet, args, kw) => (s.delete(lookupKey(oneArg('set.discard', args, kw))), null),
    remove: (s: PySet, args, kw) => {
      const k = oneArg('set.remove', args, kw);
      if (s.delete(lookupKey(k)) === undefined) throw makeExc('KeyError', k);
      return null;
    },
    pop: (s: PySet, args, kw) => {
      noArgs('set.pop', args, kw);
      if (s.size === 0) throw makeExc('KeyError', 'pop from an empty set');
      return s.pop();
    },
    clear: (s: PySet, args, kw) => (noArgs('set.clear', args, kw), s.clear(), null),
    update: (s: PySet, args, kw) => {
      posArgs('update', `set.update`, [], kw, 0, 0);
      for (const o of args) update(s, o);
      return null;
    },
    intersection_update: (s: PySet, args, kw) => {
      posArgs('intersection_update', `set.intersection_update`, [], kw, 0, 0);
      intersectionUpdate(s, args);
      return null;
    },
    difference_update: (s: PySet, args, kw) => {
      posArgs('difference_update', `set.difference_update`, [], kw, 0, 0);
      for (const o of args) differenceUpdate(s, o);
      return null;
    },
    symmetric_difference_update: (s: PySet, args, kw) => (symDiffUpdate(s, oneArg('set.symmetric_difference_update', args, kw)), null),
    __ior__: inplace(update),
    __iand__: inplace((s, o) => intersectionUpdate(s, [o])),
    __isub__: inplace(differenceUpdate),
    __ixor__: inplace(symDiffUpdate),
    __init__: (s: PySet, args, kw) => {
      posArgs('set', 'set', args, kw, 0, 1);
      if (s.fill) s.clear();
      if (args.length) update(s, args[0]);
      return null;
    },
  });
}

// ---- set displays (for the compiler) ----

/**
 * `{a, b, c}` with more than two items that are all constants after constant folding: CPython compiles it
 * to BUILD_SET 0 + SET_UPDATE of a frozenset constant, and the compiler's constant merging rebuilds that
 * frozenset from its own iteration order, so the order is that of frozenset(list(frozenset(items))) merged
 * into an empty set. With `frozen` (an all-constant set display used as the right side of `in`/`not in` or
 * as a `for`/comprehension iterable, which the AST optimizer turns into a frozenset constant whatever the
 * number of items) the constant itself.
 */
export function constSetDisplay(items: any[], frozen = false): PySet {
  const first = new PySet(true);
  for (const x of items) first.add(x);
  const k = new PySet(true);
  for (const x of first.keys()) k.add(x);
  return frozen ? k : makeNew(false, k);
}

/**
 * `{a, *b, c}` with starred items (`starred[i]` tells which): BUILD_SET of the items before the first star,
 * then SET_UPDATE for each starred iterable (a set merges table to table) and SET_ADD for plain items.
 */
export function starredSetDisplay(parts: any[], starred: boolean[]): PySet {
  const s = new PySet();
  for (let i = 0; i < parts.length; i++) {
    if (starred[i]) update(s, parts[i]);
    else s.add(parts[i]);
  }
  return s;
}
