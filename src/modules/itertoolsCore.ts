/**
 * `_itertools`: the combinatoric iterators of `itertools` (product, permutations, combinations,
 * combinations_with_replacement) as native iterators, backing the Python-written itertools module
 * (src/stdlib/itertools.ts), which checks the arguments and builds the pools. They follow CPython 3.11's
 * itertoolsmodule.c index algorithms (so the output order is the same) and are iterator objects of types
 * named like CPython's (`<itertools.permutations object at 0x…>`). Written natively because puzzle-style
 * scripts walk millions of permutations, where a Python generator cost ~40x CPython's C iterators.
 */
import { PyModule, PyTuple, EMPTY_TUPLE } from '../objects/values';
import { PyIter } from '../objects/iterators';
import { builtinType, PyType } from '../objects/pytype';
import { PyBuiltin } from '../objects/function';
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
  return m;
}
