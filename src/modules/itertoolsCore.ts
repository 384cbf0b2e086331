/**
 * `_itertools`: the combinatoric iterators of `itertools` (product, permutations, combinations,
 * combinations_with_replacement) and chain, pairwise, groupby and accumulate as native iterators, backing the
 * Python-written itertools module (src/stdlib/itertools.ts), which checks the arguments and builds the pools. They follow CPython 3.11's
 * itertoolsmodule.c index algorithms (so the output order is the same) and are iterator objects of types
 * named like CPython's (`<itertools.permutations object at 0x…>`). Written natively because puzzle-style
 * scripts walk millions of permutations, where a Python generator cost ~40x CPython's C iterators.
 */
import { PyModule, PyTuple, EMPTY_TUPLE } from '../objects/values';
import { PyIter, ArrayIter, iter } from '../objects/iterators';
import { builtinType, PyType } from '../objects/pytype';
import { PyBuiltin, builtin, call } from '../objects/function';
import { PyClassMethod } from '../objects/descriptors';
import { add } from '../objects/arith';
import { eqBool } from '../objects/protocols';
import { makeExc } from '../objects/exceptions';
import { throwPy } from '../objects/errors';
import { tick } from '../interp/state';

function iterType(name: string): PyType {
  const t = builtinType(name, undefined, 'itertools');
  const iter = new PyBuiltin('__iter__', (args) => args[0]);
  iter.meth = (self: any) => self;
  iter.nativeDunder = true;
  const next = new PyBuiltin('__next__', (args) => nextOf(args[0]));
  next.meth = nextOf;
  next.nativeDunder = true;
  t.dict.__iter__ = iter;
  t.dict.__next__ = next;
  return t;
}
function nextOf(it: PyIter): any {
  const v = it.next();
  if (v === undefined) throw makeExc('StopIteration');
  return v;
}

const PermutationsType = iterType('permutations');
const CombinationsType = iterType('combinations');
const CwrType = iterType('combinations_with_replacement');
const ProductType = iterType('product');

function pick(pool: any[], indices: number[], r: number): PyTuple {
  const out = new Array(r);
  for (let k = 0; k < r; k++) out[k] = pool[indices[k]];
  return new PyTuple(out);
}

class PermutationsIter extends PyIter {
  indices: number[];
  cycles: number[];
  first = true;
  done: boolean;
  constructor(
    public pool: any[],
    public r: number,
  ) {
    super();
    this.cls = PermutationsType;
    const n = pool.length;
    this.done = r > n;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = this.done ? [] : Array.from({ length: r }, (_, i) => n - i);
  }
  next(): any {
    if (this.done) return undefined;
    tick();
    const { pool, r, indices, cycles } = this;
    const n = pool.length;
    if (this.first) {
      this.first = false;
      return pick(pool, indices, r);
    }
    if (n === 0) return this.finish();
    for (let i = r - 1; i >= 0; i--) {
      cycles[i] -= 1;
      if (cycles[i] === 0) {
        const x = indices[i];
        for (let k = i; k < n - 1; k++) indices[k] = indices[k + 1];
        indices[n - 1] = x;
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i];
        const t = indices[i];
        indices[i] = indices[j];
        indices[j] = t;
        return pick(pool, indices, r);
      }
    }
    return this.finish();
  }
  finish(): undefined {
    this.done = true;
    return undefined;
  }
}

class CombinationsIter extends PyIter {
  indices: number[];
  first = true;
  done: boolean;
  constructor(
    public pool: any[],
    public r: number,
    public replace: boolean,
  ) {
    super();
    this.cls = replace ? CwrType : CombinationsType;
    this.done = replace ? pool.length === 0 && r > 0 : r > pool.length;
    this.indices = this.done ? [] : Array.from({ length: r }, (_, i) => (replace ? 0 : i));
  }
  next(): any {
    if (this.done) return undefined;
    tick();
    const { pool, r, indices } = this;
    const n = pool.length;
    if (this.first) {
      this.first = false;
      return pick(pool, indices, r);
    }
    let i = r - 1;
    if (this.replace) {
      while (i >= 0 && indices[i] === n - 1) i--;
      if (i < 0) return this.finish();
      const v = indices[i] + 1;
      for (let k = i; k < r; k++) indices[k] = v;
    } else {
      while (i >= 0 && indices[i] === i + n - r) i--;
      if (i < 0) return this.finish();
      indices[i] += 1;
      for (let k = i + 1; k < r; k++) indices[k] = indices[k - 1] + 1;
    }
    return pick(pool, indices, r);
  }
  finish(): undefined {
    this.done = true;
    return undefined;
  }
}

class ProductIter extends PyIter {
  indices: number[];
  first = true;
  done: boolean;
  constructor(public pools: any[][]) {
    super();
    this.cls = ProductType;
    this.done = pools.some((p) => p.length === 0);
    this.indices = pools.map(() => 0);
  }
  next(): any {
    if (this.done) return undefined;
    tick();
    const { pools, indices } = this;
    if (this.first) {
      this.first = false;
      return this.current();
    }
    let i = pools.length - 1;
    for (; i >= 0; i--) {
      if (indices[i] + 1 < pools[i].length) {
        indices[i] += 1;
        break;
      }
      indices[i] = 0;
    }
    if (i < 0) {
      this.done = true;
      return undefined;
    }
    return this.current();
  }
  current(): PyTuple {
    const { pools, indices } = this;
    if (pools.length === 0) return EMPTY_TUPLE;
    return new PyTuple(pools.map((p, k) => p[indices[k]]));
  }
}

const ChainType = iterType('chain');
const PairwiseType = iterType('pairwise');
const AccumulateType = iterType('accumulate');

/** chain(*iterables): the items of each iterable in turn, each made an iterator only when reached */
class ChainIter extends PyIter {
  active: PyIter | null = null;
  constructor(
    cls: PyType,
    public source: PyIter | null,
  ) {
    super();
    this.cls = cls;
  }
  next(): any {
    for (;;) {
      if (this.active === null) {
        const next = this.source === null ? undefined : this.source.next();
        if (next === undefined) {
          this.source = null;
          return undefined;
        }
        this.active = iter(next);
      }
      const v = this.active.next();
      if (v !== undefined) return v;
      this.active = null;
    }
  }
}
// their arguments are taken by newInstance: __init__ lets a subclass's instances be made with them
for (const t of [ChainType, PairwiseType]) t.dict.__init__ = builtin('__init__', () => null);
ChainType.newInstance = (cls, args, kw) => {
  if (kw !== null && kw.size > 0) throwPy('TypeError', 'chain() takes no keyword arguments');
  return new ChainIter(cls, new ArrayIter(args));
};
ChainType.dict.from_iterable = new PyClassMethod(
  builtin('from_iterable', (args) => {
    if (args.length !== 2) throwPy('TypeError', `chain.from_iterable() takes exactly one argument (${args.length - 1} given)`);
    return new ChainIter(args[0], iter(args[1]));
  }),
);

/** pairwise(iterable): overlapping pairs of consecutive items */
class PairwiseIter extends PyIter {
  old: any = undefined;
  constructor(
    cls: PyType,
    public it: PyIter | null,
  ) {
    super();
    this.cls = cls;
  }
  next(): any {
    const it = this.it;
    if (it === null) return undefined;
    if (this.old === undefined && (this.old = it.next()) === undefined) return this.finish();
    const v = it.next();
    if (v === undefined) return this.finish();
    const pair = new PyTuple([this.old, v]);
    this.old = v;
    return pair;
  }
  finish(): undefined {
    this.it = null;
    this.old = undefined;
    return undefined;
  }
}
PairwiseType.newInstance = (cls, args, kw) => {
  if (kw !== null && kw.size > 0) throwPy('TypeError', 'pairwise() takes no keyword arguments');
  if (args.length !== 1) throwPy('TypeError', `pairwise expected 1 argument, got ${args.length}`);
  return new PairwiseIter(cls, iter(args[0]));
};

const GroupbyType = iterType('groupby');
const GrouperType = iterType('_grouper');

/**
 * groupby(iterable, key=None): (key, group) pairs of runs of items with equal keys, lazily as CPython's:
 * an item is read from the iterable only when a group or the next pair needs it, and a group stops
 * answering once the groupby has moved on.
 */
class GroupbyIter extends PyIter {
  /** the last item read and its key (undefined once a group has handed the item out) */
  currValue: any = undefined;
  currKey: any = undefined;
  /** the key of the current group (undefined before the first) */
  tgtKey: any = undefined;
  currGrouper: GrouperIter | null = null;
  constructor(
    cls: PyType,
    public it: PyIter,
    public keyFunc: any,
  ) {
    super();
    this.cls = cls;
  }
  /** read the next item and its key; false at the end */
  step(): boolean {
    const v = this.it.next();
    if (v === undefined) return false;
    const k = this.keyFunc === null ? v : call(this.keyFunc, [v]);
    this.currValue = v;
    this.currKey = k;
    return true;
  }
  next(): any {
    this.currGrouper = null;
    for (;;) {
      if (this.currKey !== undefined) {
        if (this.tgtKey === undefined || !eqBool(this.tgtKey, this.currKey)) break;
      }
      if (!this.step()) return undefined;
    }
    this.tgtKey = this.currKey;
    const g = (this.currGrouper = new GrouperIter(this, this.tgtKey));
    return new PyTuple([this.currKey, g]);
  }
}

class GrouperIter extends PyIter {
  constructor(
    public parent: GroupbyIter,
    public tgtKey: any,
  ) {
    super();
    this.cls = GrouperType;
  }
  next(): any {
    const p = this.parent;
    if (p.currGrouper !== this) return undefined;
    if (p.currValue === undefined && !p.step()) return undefined;
    if (!eqBool(this.tgtKey, p.currKey)) return undefined;
    const v = p.currValue;
    p.currValue = undefined;
    p.currKey = undefined;
    return v;
  }
}

GroupbyType.dict.__init__ = builtin('__init__', () => null);
GroupbyType.newInstance = (cls, args, kw) => {
  const given = args.length + (kw === null ? 0 : kw.size);
  if (given > 2) throwPy('TypeError', `groupby() takes at most 2 arguments (${given} given)`);
  let iterable = args[0];
  let key = args.length > 1 ? args[1] : null;
  for (const [name, v] of kw ?? []) {
    const pos = name === 'iterable' ? 0 : name === 'key' ? 1 : -1;
    if (pos < 0) throwPy('TypeError', `'${name}' is an invalid keyword argument for groupby()`);
    if (pos < args.length) throwPy('TypeError', `argument for groupby() given by name ('${name}') and position (${pos + 1})`);
    if (pos === 0) iterable = v;
    else key = v;
  }
  if (iterable === undefined) throwPy('TypeError', "groupby() missing required argument 'iterable' (pos 1)");
  return new GroupbyIter(cls, iter(iterable), key);
};

/** accumulate(it, func, initial) with its arguments checked by the Python side: running totals */
class AccumulateIter extends PyIter {
  total: any;
  constructor(
    public it: PyIter,
    public func: any,
    initial: any,
  ) {
    super();
    this.cls = AccumulateType;
    this.total = initial === null ? undefined : initial;
    this.pending = initial !== null;
  }
  /** the initial value is yet to be produced */
  pending: boolean;
  next(): any {
    if (this.pending) {
      this.pending = false;
      return this.total;
    }
    const v = this.it.next();
    if (v === undefined) return undefined;
    this.total = this.total === undefined ? v : this.func === null ? add(this.total, v) : call(this.func, [this.total, v]);
    return this.total;
  }
}

function tupleItems(v: any, what: string): any[] {
  if (!(v instanceof PyTuple)) return throwPy('TypeError', `_itertools.${what}: a tuple is required`);
  return v.items;
}

/** The module: `permutations(pool, r)`, `combinations(pool, r)`, `cwr(pool, r)` and `product(pools)`,
 * with tuples for pools and r a non-negative int already checked by the Python side. */
export function makeItertoolsCore(): PyModule {
  const m = new PyModule('_itertools');
  const num = (v: any) => Number(v);
  m.d.permutations = new PyBuiltin('permutations', (args) => new PermutationsIter(tupleItems(args[0], 'permutations'), num(args[1])));
  m.d.combinations = new PyBuiltin('combinations', (args) => new CombinationsIter(tupleItems(args[0], 'combinations'), num(args[1]), false));
  m.d.cwr = new PyBuiltin('cwr', (args) => new CombinationsIter(tupleItems(args[0], 'cwr'), num(args[1]), true));
  m.d.product = new PyBuiltin('product', (args) => new ProductIter(tupleItems(args[0], 'product').map((p) => tupleItems(p, 'product'))));
  m.d.chain = ChainType;
  m.d.pairwise = PairwiseType;
  m.d.groupby = GroupbyType;
  m.d.accumulate = new PyBuiltin('accumulate', (args) => new AccumulateIter(iter(args[0]), args[1], args[2]));
  return m;
}
