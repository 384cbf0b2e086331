/**
 * The methods of `set` and `frozenset` (both PySet, told apart by `cls`), their constructors and the
 * operators `| & - ^` with their in-place forms, following CPython 3.11.
 *
 * Invariants: operators accept only sets/frozensets (anything else is NotImplemented, so Python raises
 * the usual TypeError), while the named methods accept any iterables; results take the kind of the left
 * operand (`frozenset | set` is a frozenset); in-place operators mutate and return the set itself. A set
 * used as an element to look up (`s.remove({1})`) is looked up as the equal frozenset, as CPython does.
 * Instances of subclasses are PySets with the subclass as `cls`, filled by `set.__init__`.
 */
import { SetType, FrozenSetType, PyType } from '../pytype';
import { NotImplemented } from '../values';
import { PySet } from '../hashtable';
import { Kw } from '../function';
import { makeExc } from '../exceptions';
import { toArray } from '../iterators';
import { nativeBinary } from '../arith';
import { defineMethods, tagInstance, permissiveInit } from './define';
import { noArgs, oneArg, posArgs } from './args';

const isFrozen = (s: PySet) => s.cls.isSubtypeOf(FrozenSetType);

/** A new set of the same kind (set or frozenset) as `like`. */
function sameKind(like: PySet): PySet {
  return new PySet(isFrozen(like));
}

function elements(v: any): any[] {
  return v instanceof PySet ? v.keys() : toArray(v);
}

/** set elements used as lookup keys become frozensets (set.remove({1})). */
function lookupKey(k: any): any {
  if (k instanceof PySet && !isFrozen(k)) {
    const f = new PySet(true);
    for (const x of k.keys()) f.add(x);
    return f;
  }
  return k;
}

function union(a: PySet, others: any[], into: PySet): PySet {
  if (into !== a) for (const x of a.keys()) into.add(x);
  for (const o of others) for (const x of elements(o)) into.add(x);
  return into;
}

function intersection(a: PySet, other: any): PySet {
  const out = sameKind(a);
  if (other instanceof PySet) {
    const [small, big] = other.size < a.size ? [other, a] : [a, other];
    for (const x of small.keys()) if (big.has(x)) out.add(x);
  } else {
    for (const x of toArray(other)) if (a.has(x)) out.add(x);
  }
  return out;
}

function difference(a: PySet, others: any[]): PySet {
  const out = sameKind(a);
  const sets = others.map((o) => (o instanceof PySet ? o : fill(new PySet(), toArray(o))));
  for (const x of a.keys()) if (!sets.some((s) => s.has(x))) out.add(x);
  return out;
}

function symDiff(a: PySet, other: any): PySet {
  const b = other instanceof PySet ? other : fill(new PySet(), toArray(other));
  const out = sameKind(a);
  for (const x of a.keys()) if (!b.has(x)) out.add(x);
  for (const x of b.keys()) if (!a.has(x)) out.add(x);
  return out;
}

function fill(s: PySet, items: any[]): PySet {
  for (const x of items) s.add(x);
  return s;
}

/** Replace the contents of `s` with those of `src` (for the *_update methods). */
function assign(s: PySet, src: PySet): null {
  s.clear();
  for (const x of src.keys()) s.add(x);
  return null;
}

function subset(a: any[], b: PySet): boolean {
  return a.every((x) => b.has(x));
}

/** The binary set operators on two PySets; `a` decides the result kind. */
function setOp(op: string, a: any, b: any): any {
  if (!(a instanceof PySet) || !(b instanceof PySet)) return NotImplemented;
  switch (op) {
    case '|': return union(a, [b], sameKind(a));
    case '&': return intersection(a, b);
    case '-': return difference(a, [b]);
    case '^': return symDiff(a, b);
  }
  return NotImplemented;
}

function newSet(cls: PyType, args: any[], kw: Kw, frozen: boolean): PySet {
  const base = frozen ? FrozenSetType : SetType;
  if (cls !== base) {
    posArgs(base.name, base.name, args, kw, 0, 1);
    const s = tagInstance(new PySet(frozen), cls);
    if (frozen && args.length) fill(s, elements(args[0]));
    return s;
  }
  posArgs(base.name, base.name, args, kw, 0, 1);
  if (frozen && args.length && args[0] instanceof PySet && args[0].cls === FrozenSetType) return args[0];
  const s = new PySet(frozen);
  if (args.length) fill(s, elements(args[0]));
  return s;
}

function commonMethods(t: PyType): void {
  const q = t.name;
  defineMethods(t, {
    copy: (s: PySet, args, kw) => {
      noArgs(`${q}.copy`, args, kw);
      if (s.cls === FrozenSetType) return s;
      return fill(sameKind(s), s.keys());
    },
    union: (s: PySet, args, kw) => (posArgs('union', `${q}.union`, [], kw, 0, 0), union(s, args, sameKind(s))),
    intersection: (s: PySet, args, kw) => {
      posArgs('intersection', `${q}.intersection`, [], kw, 0, 0);
      if (!args.length) return fill(sameKind(s), s.keys());
      let r = s;
      for (const o of args) r = intersection(r, o);
      return r;
    },
    difference: (s: PySet, args, kw) => (posArgs('difference', `${q}.difference`, [], kw, 0, 0), difference(s, args)),
    symmetric_difference: (s: PySet, args, kw) => symDiff(s, oneArg(`${q}.symmetric_difference`, args, kw)),
    issubset: (s: PySet, args, kw) => {
      const o = oneArg(`${q}.issubset`, args, kw);
      return subset(s.keys(), o instanceof PySet ? o : fill(new PySet(), toArray(o)));
    },
    issuperset: (s: PySet, args, kw) => subset(elements(oneArg(`${q}.issuperset`, args, kw)), s),
    isdisjoint: (s: PySet, args, kw) => elements(oneArg(`${q}.isdisjoint`, args, kw)).every((x) => !s.has(x)),
    __or__: (s: PySet, args) => setOp('|', s, args[0]),
    __and__: (s: PySet, args) => setOp('&', s, args[0]),
    __sub__: (s: PySet, args) => setOp('-', s, args[0]),
    __xor__: (s: PySet, args) => setOp('^', s, args[0]),
    __ror__: (s: PySet, args) => setOp('|', args[0], s),
    __rand__: (s: PySet, args) => setOp('&', args[0], s),
    __rsub__: (s: PySet, args) => setOp('-', args[0], s),
    __rxor__: (s: PySet, args) => setOp('^', args[0], s),
    __len__: (s: PySet) => s.size,
    __contains__: (s: PySet, args) => s.has(lookupKey(args[0])),
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
  SetType.dict.__hash__ = null;
  const inplace = (op: string) => (s: PySet, args: any[]) => {
    const o = args[0];
    if (!(o instanceof PySet)) return NotImplemented;
    assign(s, setOp(op, s, o));
    return s;
  };
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
      const first = s.entries().next().value![0];
      s.delete(first);
      return first;
    },
    clear: (s: PySet, args, kw) => (noArgs('set.clear', args, kw), s.clear(), null),
    update: (s: PySet, args, kw) => (posArgs('update', `set.update`, [], kw, 0, 0), union(s, args, s), null),
    intersection_update: (s: PySet, args, kw) => {
      posArgs('intersection_update', `set.intersection_update`, [], kw, 0, 0);
      let r = s;
      for (const o of args) r = intersection(r, o);
      return r === s ? null : assign(s, r);
    },
    difference_update: (s: PySet, args, kw) => {
      posArgs('difference_update', `set.difference_update`, [], kw, 0, 0);
      return assign(s, difference(s, args));
    },
    symmetric_difference_update: (s: PySet, args, kw) => assign(s, symDiff(s, oneArg('set.symmetric_difference_update', args, kw))),
    __ior__: inplace('|'),
    __iand__: inplace('&'),
    __isub__: inplace('-'),
    __ixor__: inplace('^'),
    __init__: (s: PySet, args, kw) => {
      posArgs('set', 'set', args, kw, 0, 1);
      s.clear();
      if (args.length) fill(s, elements(args[0]));
      return null;
    },
  });
}
