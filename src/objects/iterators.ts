/**
 * The iteration protocol. Every Python iterator is a JS object with `next()` that returns the next value
 * or `undefined` when exhausted (undefined is never a Python value), so `for` loops in generated code are
 * `for (it = iter(x); (v = it.next()) !== undefined;)` with no exceptions on the normal path.
 * User classes with `__iter__`/`__next__` are adapted (StopIteration ends them), and Python generators
 * wrap JS generators (send/throw/close map onto next/throw/return).
 */
import { builtinType, typeOf, PyType, GeneratorType, IteratorType, CoroutineType } from './pytype';
import { PyTuple, PyRange, PyBytes, PyInstance } from './values';
import { PyDict, PySet, type DictEntry } from './hashtable';
import { PyBigRange } from './types/bigRange';
import { throwPy } from './errors';
import { callSpecial } from './attrs';
import { PyExc, makeExc, excType } from './exceptions';
import { userDunder, unbox } from './subclass';
import { PyBuiltin } from './function';
import { tick, charge, checkLength, MAX_SEQUENCE, state } from '../interp/state';

export abstract class PyIter {
  declare cls: PyType;
  abstract next(): any;
  /**
   * Iterators whose items are pairs (dict items, enumerate, a zip of two) may also step without making
   * the tuple: `nextPair()` returns false at the end, else leaves the pair in `p0`, `p1`. Generated
   * `for a, b in …` loops use it when present (stmts.ts; a loop over d.items() measured 3x faster).
   */
  nextPair?(): boolean;
  p0: any = undefined;
  p1: any = undefined;
}
PyIter.prototype.cls = IteratorType;

const iteratorTypes: PyType[] = [IteratorType];
/** A builtin iterator type; installIteratorProtocol gives it `__iter__` and `__next__`. */
export function iteratorType(name: string): PyType {
  const t = builtinType(name);
  iteratorTypes.push(t);
  return t;
}
function method(name: string, impl: (self: any) => any): PyBuiltin {
  const b = new PyBuiltin(name, (args) => impl(args[0]));
  b.meth = impl;
  b.nativeDunder = true;
  return b;
}
/** Let explicit `it.__next__()` / `it.__iter__()` calls reach the builtin iterators (run at setup). */
export function installIteratorProtocol(): void {
  const self = method('__iter__', (it: PyIter) => it);
  const next = method('__next__', (it: PyIter) => {
    const v = it.next();
    if (v === undefined) throw makeExc('StopIteration');
    return v;
  });
  for (const t of iteratorTypes) {
    t.dict.__iter__ ??= self;
    t.dict.__next__ ??= next;
  }
}
const ListIterType = iteratorType('list_iterator');
const TupleIterType = iteratorType('tuple_iterator');
const RangeIterType = iteratorType('range_iterator');
const StrIterType = iteratorType('str_ascii_iterator');
const DictKeyIterType = iteratorType('dict_keyiterator');
const SetIterType = iteratorType('set_iterator');
export const CallIterType = iteratorType('callable_iterator');

export class ArrayIter extends PyIter {
  i = 0;
  constructor(public a: ArrayLike<any>, cls: PyType = ListIterType) {
    super();
    this.cls = cls;
  }
  next(): any {
    return this.i < this.a.length ? this.a[this.i++] : undefined;
  }
}

export class RangeIter extends PyIter {
  i = 0;
  constructor(public r: PyRange) {
    super();
  }
  next(): any {
    const r = this.r;
    tick(); // range(10**15) is as good as endless
    return this.i < r.length ? r.start + r.step * this.i++ : undefined;
  }
}
RangeIter.prototype.cls = RangeIterType;

/** Over a range past 2**53 (types/bigRange.ts). */
export class BigRangeIter extends PyIter {
  i = 0n;
  constructor(public r: PyBigRange) {
    super();
  }
  next(): any {
    tick();
    return this.i < this.r.length ? this.r.at(this.i++) : undefined;
  }
}
BigRangeIter.prototype.cls = RangeIterType;

/** Over a JS iterator (Map entries, generators of builtins). */
export class JSIter extends PyIter {
  constructor(public it: Iterator<any>, cls: PyType = IteratorType) {
    super();
    this.cls = cls;
  }
  next(): any {
    const r = this.it.next();
    return r.done ? undefined : r.value;
  }
}

/** an OrderedDict (or a subclass): CPython's odict iterators word their errors their own way */
function isOrderedDict(t: PyDict | PySet): boolean {
  return t instanceof PyDict && t.cls.mro.some((c) => c.extension === true && c.name === 'OrderedDict' && c.module === 'collections');
}

/**
 * Over a dict/set: detects size changes like CPython. A dict iterator also never yields more keys than
 * the dict had when it started: a key deleted and inserted again (`d[k] = d.pop(k)`, move_to_end) goes
 * to the end of the JS Map and would otherwise be met again and again.
 */
export class HashIter extends PyIter {
  it: Iterator<DictEntry>;
  n: number;
  /** keys still to come (sets, iterated in table order, need no such bound) */
  left: number;
  constructor(public t: PyDict | PySet, public mode: 'k' | 'v' | 'kv', cls: PyType) {
    super();
    this.cls = cls;
    this.it = t instanceof PySet ? t.tableIter() : t.m.values(); // sets iterate in table order
    this.n = t.size;
    this.left = t instanceof PySet ? Infinity : t.size;
  }
  next(): any {
    const r = this.it.next();
    if (this.t.size !== this.n) this.changed();
    if (r.done) return undefined;
    if (this.left-- === 0) this.keysChanged();
    const e = r.value;
    return this.mode === 'k' ? e.k : this.mode === 'v' ? e.v : new PyTuple([e.k, e.v]);
  }
  /** the size changed: the error is sticky, as in CPython */
  changed(): never {
    this.n = -1;
    if (isOrderedDict(this.t)) throwPy('RuntimeError', 'OrderedDict mutated during iteration');
    throwPy('RuntimeError', `${this.t instanceof PyDict ? 'dictionary' : 'Set'} changed size during iteration`);
  }
  /** more keys met than the dict had: its keys were replaced while iterating */
  keysChanged(): never {
    this.n = -1;
    this.left = 0;
    throwPy('RuntimeError', isOrderedDict(this.t) ? 'OrderedDict mutated during iteration' : 'dictionary keys changed during iteration');
  }
}
/** A dict's items: also steps by pairs (see PyIter.nextPair). */
export class HashItemIter extends HashIter {
  constructor(t: PyDict, cls: PyType) {
    super(t, 'kv', cls);
  }
  override nextPair(): boolean {
    const r = this.it.next();
    if (this.t.size !== this.n) this.changed();
    if (r.done) return false;
    if (this.left-- === 0) this.keysChanged();
    const e = r.value;
    this.p0 = e.k;
    this.p1 = e.v;
    return true;
  }
}

/** Adapts a user object with __next__. */
export class UserIter extends PyIter {
  constructor(public obj: any, public nextFn: any) {
    super();
  }
  next(): any {
    tick(); // a `__next__` with no loop of its own never reaches a back-edge
    try {
      return callSpecial(this.nextFn, this.obj);
    } catch (e) {
      if (e instanceof PyExc && e.cls.isSubtypeOf(excType('StopIteration'))) return undefined;
      throw e;
    }
  }
}

/** iter(callable, sentinel) */
export class SentinelIter extends PyIter {
  done = false;
  constructor(public fn: () => any, public sentinel: any, public eq: (a: any, b: any) => boolean) {
    super();
    this.cls = CallIterType;
  }
  next(): any {
    if (this.done) return undefined;
    tick(); // iter(int, 1) never ends and runs no Python code
    const v = this.fn();
    if (this.eq(v, this.sentinel)) {
      this.done = true;
      return undefined;
    }
    return v;
  }
}

/** PEP 479: a StopIteration escaping a generator's body becomes RuntimeError. */
function generatorError(e: any): any {
  if (e instanceof PyExc && e.cls.isSubtypeOf(excType('StopIteration'))) {
    const re = makeExc('RuntimeError', 'generator raised StopIteration');
    re.cause = e;
    return re;
  }
  return e;
}

/**
 * The JS generator methods, called with the generator as receiver rather than looked up on it: every
 * closure of a `function*` gives its generator objects their own hidden class, so `g.next` read at one
 * site from the generators of many calls (a generator function defined in a Python def is a new closure
 * per call) went megamorphic and deoptimized its caller at each new one (5 calls of a sieve generator
 * summed: 13 deopts).
 */
const GEN_PROTO = Object.getPrototypeOf(function* () {}).prototype as Generator<any, any, any>;
const genNext = GEN_PROTO.next;
const genThrow = GEN_PROTO.throw;
const genReturn = GEN_PROTO.return;

/** adds the frame of a generator function's `def` line to an exception (interp/helpers.ts installs it) */
let frameAtDef: ((e: any, info: unknown) => any) | null = null;
export function setGeneratorDefFrame(f: (e: any, info: unknown) => any): void {
  frameAtDef = f;
}

/** A Python generator object around a JS generator. */
export class PyGenerator extends PyIter {
  running = false;
  finished = false;
  /** resumed at least once (send(v) with v not None needs a started generator) */
  started = false;
  /**
   * The exceptions being handled by except blocks the generator is suspended in (`except E: yield x`):
   * taken off the interpreter's handling stack at the yield and put back on resuming, so the caller's
   * code does not see them as the exception being handled (CPython keeps them in the generator's frame).
   */
  private handled: PyExc[] | null = null;
  /** the handling stack of the interpreter the generator runs in */
  private readonly stack: PyExc[] = state()?.handling ?? [];
  /** push back the generator's handled exceptions */
  private enter(h: PyExc[]): void {
    for (const e of this.handled!) h.push(e);
    this.handled = null;
  }
  /** on leaving (a yield, the end, an exception): keep what a suspended except block still handles */
  private leave(h: PyExc[], base: number, suspended: boolean): void {
    if (h.length > base) {
      if (suspended) this.handled = h.splice(base);
      else h.length = base;
    }
  }
  constructor(
    public g: Generator<any, any, any>,
    public name: string,
    public qualname = name,
    /** the generator function's compile-time info (for a frame at its `def`), when compiled code made it */
    public info: unknown = null,
  ) {
    super();
  }
  private step(how: 'next' | 'throw' | 'return', arg: any): any {
    if (this.finished) {
      // only the resumption that ends the generator carries its return value; later ones stop with None
      this.returnValue = null;
      return undefined;
    }
    if (this.running) throwPy('ValueError', 'generator already executing');
    const fresh = !this.started;
    this.running = true;
    this.started = true;
    const h = this.stack;
    const base = h.length;
    if (this.handled !== null) this.enter(h);
    let suspended = false;
    try {
      const g = this.g;
      const r = how === 'next' ? genNext.call(g, arg) : how === 'throw' ? genThrow.call(g, arg) : genReturn.call(g, arg);
      if (r.done) {
        this.finished = true;
        this.returnValue = r.value;
        return undefined;
      }
      suspended = true;
      return r.value;
    } catch (e) {
      this.finished = true;
      // thrown into a generator that never ran: its frame is the `def` line, as CPython shows it
      throw generatorError(fresh && how === 'throw' && this.info !== null && frameAtDef !== null ? frameAtDef(e, this.info) : e);
    } finally {
      this.running = false;
      this.leave(h, base, suspended);
    }
  }
  returnValue: any = null;
  next(): any {
    // the common case, kept small and monomorphic; send/throw/close and errors go through step();
    // a bare `yield` expression resumes with None
    if (this.finished || this.running) return this.step('next', undefined);
    this.running = true;
    this.started = true;
    const h = this.stack;
    const base = h.length;
    if (this.handled !== null) this.enter(h);
    let r: IteratorResult<any, any>;
    try {
      r = genNext.call(this.g, null);
    } catch (e) {
      this.running = false;
      this.finished = true;
      this.leave(h, base, false);
      throw generatorError(e);
    }
    this.running = false;
    if (h.length !== base) this.leave(h, base, !r.done);
    if (r.done) {
      this.finished = true;
      this.returnValue = r.value;
      return undefined;
    }
    return r.value;
  }
  /** send(v): like next but resumes the yield with v; raises StopIteration at the end. */
  send(v: any): any {
    if (!this.started && v !== null && !this.finished) {
      throwPy('TypeError', `can't send non-None value to a just-started ${this instanceof PyCoroutine ? 'coroutine' : 'generator'}`);
    }
    const r = this.step('next', v);
    if (r === undefined) throw makeExc('StopIteration', ...(this.returnValue === null ? [] : [this.returnValue]));
    return r;
  }
  throwInto(e: any): any {
    // an exhausted generator has no frame to throw into: the exception comes straight back out
    if (this.finished) throw e;
    const r = this.step('throw', e);
    if (r === undefined) throw makeExc('StopIteration', ...(this.returnValue === null ? [] : [this.returnValue]));
    return r;
  }
  /** close(): raise GeneratorExit at the paused yield; the generator must end or let it (or StopIteration) out. */
  close(): void {
    if (this.finished) return;
    let r: any;
    try {
      r = this.step('throw', makeExc('GeneratorExit'));
    } catch (e) {
      if (e instanceof PyExc && e.cls.isSubtypeOf(excType('GeneratorExit'))) return;
      throw e;
    }
    if (r !== undefined) throwPy('RuntimeError', 'generator ignored GeneratorExit');
  }
}
PyGenerator.prototype.cls = GeneratorType;

/**
 * A coroutine (what calling an `async def` function returns): a generator underneath, whose yields are
 * the awaited futures passing through to whatever drives it with send/throw (interp/coroutines.ts).
 * It is awaitable, not iterable.
 */
export class PyCoroutine extends PyGenerator {
  /** set once an `await` has taken it over (a coroutine can be awaited only once) */
  awaited = false;
}
PyCoroutine.prototype.cls = CoroutineType;

/** iter(x) */
export function iter(v: any): PyIter {
  if (Array.isArray(v) && (v as any).cls === undefined) return new ArrayIter(v);
  const u = userDunder(v, '__iter__');
  if (u !== undefined && u !== null) return adaptIterator(callSpecial(u, v));
  return iterNative(unbox(v));
}

function adaptIterator(it: any): PyIter {
  if (it instanceof PyIter) return it;
  const nf = typeOf(it).lookup('__next__');
  if (nf === undefined) throwPy('TypeError', `iter() returned non-iterator of type '${typeOf(it).tpName}'`);
  return new UserIter(it, nf);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Iteration of builtin values (subclass instances iterate as their builtin base). */
export function iterNative(v: any): PyIter {
  if (Array.isArray(v)) return new ArrayIter(v);
  if (v instanceof PyIter) return v instanceof PyCoroutine ? throwPy('TypeError', "'coroutine' object is not iterable") : v;
  if (v instanceof PyRange) return new RangeIter(v);
  if (v instanceof PyBigRange) return new BigRangeIter(v);
  if (v instanceof PyTuple) return new ArrayIter(v.items, TupleIterType);
  // code points: only a string holding surrogates needs splitting (which would copy every character)
  if (typeof v === 'string') return new ArrayIter(SURROGATE.test(v) ? [...v] : v, StrIterType);
  if (v instanceof PyDict) return new HashIter(v, 'k', DictKeyIterType);
  if (v instanceof PySet) return new HashIter(v, 'k', SetIterType);
  if (v instanceof PyBytes) return new ArrayIter(v.data, IteratorType);
  const t = typeOf(v);
  const f = t.lookup('__iter__');
  if (f !== undefined && f !== null && !(f instanceof PyBuiltin && f.nativeDunder)) return adaptIterator(callSpecial(f, v));
  const gi = t.lookup('__getitem__');
  if (gi !== undefined && gi !== null && !(gi instanceof PyBuiltin && gi.mappingOnly)) return new GetItemIter(v, gi);
  return throwPy('TypeError', `'${t.tpName}' object is not iterable`);
}

/** The old sequence protocol: __getitem__(0), (1), … until IndexError. */
class GetItemIter extends PyIter {
  i = 0;
  constructor(public obj: any, public f: any) {
    super();
  }
  next(): any {
    tick();
    try {
      return callSpecial(this.f, this.obj, this.i++);
    } catch (e) {
      if (e instanceof PyExc && (e.cls.isSubtypeOf(excType('IndexError')) || e.cls.isSubtypeOf(excType('StopIteration')))) return undefined;
      throw e;
    }
  }
}

/** next(it) as in the builtin: the iterator must have __next__. */
export function nextOf(it: any): any {
  if (it instanceof PyIter) return it.next();
  const f = typeOf(it).lookup('__next__');
  if (f === undefined) throwPy('TypeError', `'${typeOf(it).tpName}' object is not an iterator`);
  return new UserIter(it, f).next();
}

/** Materialise any iterable into a fresh JS array (lists are copied). */
export function toArray(v: any): any[] {
  if (Array.isArray(v)) return v.slice();
  if (v instanceof PyTuple) return v.items.slice();
  if (typeof v === 'string') return [...v];
  if (v instanceof PyDict || v instanceof PySet) return v.keys();
  if (v instanceof PyRange) {
    // built with push so the array stays packed (new Array(n) makes a holey one, slower to use)
    checkLength(v.length);
    const out: number[] = [];
    for (let i = 0; i < v.length; i++) {
      if ((i & 0xfff) === 0) charge(Math.min(0x1000, v.length - i));
      out.push(v.start + i * v.step);
    }
    return out;
  }
  if (v instanceof PyBigRange) {
    if (v.length > 2n ** 63n - 1n) throwPy('OverflowError', 'Python int too large to convert to C ssize_t');
    checkLength(Number(v.length));
    const out: any[] = [];
    for (let i = 0n; i < v.length; i++) out.push(v.at(i));
    charge(out.length);
    return out;
  }
  if (v instanceof PyGenerator) return drainGenerator(v);
  const it = iter(v);
  const out: any[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) {
    if (out.length >= MAX_SEQUENCE) checkLength(out.length + 1);
    out.push(x);
  }
  return out;
}

/**
 * The items a generator has left, in a fresh array. Its own loop, so that the `next()` call sees only
 * generators and V8 inlines the resumption: through toArray's shared call site, which every kind of
 * iterator reaches, `list(g)` and `sum(g)` cost 2-3x a `for` loop over the same generator.
 */
export function drainGenerator(g: PyGenerator): any[] {
  const out: any[] = [];
  for (let x = g.next(); x !== undefined; x = g.next()) {
    if (out.length >= MAX_SEQUENCE) checkLength(out.length + 1);
    out.push(x);
  }
  return out;
}

/** Like toArray but returns lists/tuples' own storage without copying (read-only use). */
export function asArray(v: any): any[] {
  if (Array.isArray(v)) return v;
  if (v instanceof PyTuple) return v.items;
  return toArray(v);
}

/** The value produced by a `yield from` / generator return, for the compiler. */
/** `g` as an iterator whose first next() sends null (None) in place of undefined */
function resumeWithNone(g: Generator<any, any, any>): Iterator<any, any, any> & Iterable<any> {
  let first = true;
  return {
    next(x?: any) {
      if (first) {
        first = false;
        if (x === undefined) x = null;
      }
      return g.next(x);
    },
    throw: (e: any) => g.throw(e),
    return: (x: any) => g.return(x),
    [Symbol.iterator]() {
      return this;
    },
  };
}

export function* yieldFrom(v: any): Generator<any, any, any> {
  if (v instanceof PyGenerator) {
    // an exhausted generator delegates nothing and gives None
    if (v.finished) return null;
    // JS yield* resumes the delegate first with undefined: a generator already paused at a yield gets the
    // None that Python's yield from sends it
    const r = yield* (v.started ? resumeWithNone(v.g) : v.g);
    v.finished = true;
    return r;
  }
  const it = iter(v);
  for (let x = it.next(); x !== undefined; x = it.next()) yield x;
  return null;
}

export function isIterable(v: any): boolean {
  if (Array.isArray(v) || typeof v === 'string' || v instanceof PyIter) return true;
  if (v instanceof PyTuple || v instanceof PyDict || v instanceof PySet || v instanceof PyRange || v instanceof PyBigRange || v instanceof PyBytes) return true;
  const t = typeOf(v);
  return t.lookup('__iter__') !== undefined || t.lookup('__getitem__') !== undefined;
}

export { PyInstance };
