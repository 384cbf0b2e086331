/**
 * The runtime helpers that generated code calls, as one table (`$add`, `$getattr`, `$call`, …).
 *
 * The code generator only emits names from this table; compiler.ts destructures it into constants at
 * the top of each compiled module so V8 sees direct calls it can inline. Helpers that need the running
 * interpreter (imports, interrupt polling, exception context) reach it through `state()`.
 */
import { reprInt } from '../objects/numParse';
import * as A from '../objects/arith';
import * as P from '../objects/protocols';
import { currentStdout } from '../objects/builtins';
import { getAttr, getAttrOrUndef, attrErrorExc, attrErrorContext, setAttr, delAttr, cm0, makeClass, PySuper, callMethod, boundBuiltin } from '../objects/attrs';
import { softHelpers, softRaise } from './softRaise';
import { keywordCallHelpers } from './keywordCalls';
import { lazySplitHelpers } from './lazySplit';
import { PyBuiltin } from '../objects/function';
import { call, call0, call1, call2, bindPairs, PyFunction, PyMethod, Kw } from '../objects/function';
import { iter, toArray, asArray, yieldFrom, PyGenerator, PyCoroutine, isIterable, setGeneratorDefFrame } from '../objects/iterators';
import { PyFloat, PyTuple, PySlice, PyInstance, tuple, Ellipsis, PyModule, PyRange } from '../objects/values';
import { PyDict, PySet, DictEntry } from '../objects/hashtable';
import { PyType, newAttrs, Attrs, typeOf, ObjectType, fillSite, fillPropertySite, RangeType, DictType, globalsEpoch, ListType, TupleType, PropertyType, StrType, ModuleType, SetType } from '../objects/pytype';
import { PyProperty } from '../objects/descriptors';
import { PyExc, makeExc, excType, isExc, BaseException, PyTraceback, installHandledSource } from '../objects/exceptions';
import { importError } from '../objects/exceptionAttrs';
import { throwPy, InternalError } from '../objects/errors';
import { repr, str } from '../objects/repr';
import { format, ascii } from '../objects/formatting';
import { state, setHardLimitRaiser, budget, depth, setPoller, checkLength, checkRepeat, seqLength, charge } from './state';
import { OutOfMemory } from '../../runtime/memory';
import { RuntimePyError } from '../../runtime/errors';
import { NDArray } from '../../runtime/ndarray';
import { fuse, setTemplateOps, DECLINED } from './fusion';
import { esc, drop } from './ownership';
import { opFresh, takeFresh, releaseTemp, reduceDifference } from './temporaries';
import { importModule } from './imports';
import { nameError } from './suggestions';
import { asyncHelpers } from './coroutines';
import { asyncGenHelpers } from './asyncGenerators';
import { exceptStarHelpers } from './exceptStar';
import { match } from './match';
import type { FuncInfo } from '../compile/functions';
import { reprFloat } from '../objects/floatRepr';
import { constSetDisplay, starredSetDisplay } from '../objects/types/set';
import { absValue } from '../objects/numericBuiltins';
import { splitStr } from '../objects/types/str';

function gv(v: any, name: string, G: Attrs): any {
  return v !== undefined ? v : nameError(name, G);
}
function lv(v: any, name: string): any {
  return v !== undefined ? v : throwPy('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}
function fv(v: any, name: string): any {
  return v !== undefined
    ? v
    : throwPy('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}
function cv(ns: Attrs, name: string, outer: () => any): any {
  const v = ns[name];
  return v !== undefined ? v : outer();
}
function delname(ns: Attrs, name: string): void {
  if (!Object.prototype.hasOwnProperty.call(ns, name)) throwPy('NameError', `name '${name}' is not defined`);
  delete ns[name];
  globalsEpoch.v++;
}
/** A global read that missed its site cache: look it up (NameError when absent) and remember it. */
function gvic(G: Attrs, name: string, c: any[]): any {
  const v = G[name];
  if (v === undefined) return nameError(name, G);
  c[0] = v;
  c[1] = globalsEpoch.v;
  return v;
}

function getattrFast(o: any, name: string): any {
  if (o instanceof PyInstance) {
    const v = o.d[name];
    if (v !== undefined && !o.cls.lookup(name)) return v;
  }
  return getAttr(o, name);
}

function makeSet(items: any[]): PySet {
  const s = new PySet();
  for (const x of items) s.add(x);
  return s;
}
function makeDict(entries: any[]): PyDict {
  const d = new PyDict();
  for (const e of entries) {
    if (e instanceof PyDict) for (const { k, v } of e.entries()) d.set(k, v);
    else d.set(e[0], e[1]);
  }
  return d;
}
function dictUnpack(v: any): PyDict {
  if (v instanceof PyDict) return v;
  if (typeOf(v).lookup('keys') === undefined) throwPy('TypeError', `'${typeOf(v).name}' object is not a mapping`);
  const d = new PyDict();
  const keys = toArray(callMethod(v, 'keys', []));
  for (const k of keys) d.set(k, P.getItem(v, k));
  return d;
}

function kwUnpack(v: any, f: any): [string, any][] {
  if (!(v instanceof PyDict) && typeOf(v).lookup('keys') === undefined) {
    throwPy('TypeError', `${funcStr(f)} argument after ** must be a mapping, not ${typeOf(v).name}`);
  }
  const d = dictUnpack(v);
  if (d.size === 0) return [];
  const out: [string, any][] = [];
  for (const { k, v: x } of d.entries()) {
    if (typeof k !== 'string') throwPy('TypeError', 'keywords must be strings');
    out.push([k, x]);
  }
  return out;
}
function callKw(f: any, args: any[], kwParts: [string, any][][]): any {
  if (kwParts.length === 1) {
    // `func(*args, **kwargs)` passing on an empty **kwargs (a decorator's wrapper called positionally):
    // a positional call, with its fast paths, rather than binding an empty list of keywords (2x faster)
    if (kwParts[0].length === 0) return call(f, args);
    if (f instanceof PyFunction) {
      const out = bindPairs(f, args, kwParts[0]);
      if (out !== null) return f.fn(...out);
    } else if (f instanceof PyMethod && f.func instanceof PyFunction) {
      const out = bindPairs(f.func, [f.self, ...args], kwParts[0]);
      if (out !== null) return f.func.fn(...out);
    }
  }
  const kw = new Map<string, any>();
  for (const part of kwParts) {
    for (const [k, v] of part) {
      if (kw.has(k)) throwPy('TypeError', `${funcStr(f)} got multiple values for keyword argument '${k}'`);
      kw.set(k, v);
    }
  }
  return call(f, args, kw);
}
/**
 * `f(*a, **k)` with `a` and `k` names (compile/exprs.ts): an exact tuple and an empty exact dict call f
 * with the tuple's items, a Python function taking them as they are without an argument array (a
 * decorated function's calls: 2.5x faster than binding through callKw).
 */
function callStarKw(f: any, a: any, k: any): any {
  if (k instanceof PyDict && k.cls === DictType && k.size === 0 && a instanceof PyTuple && a.cls === TupleType) return callItems(f, a.items);
  return callKw(f, [...starItems(a, f)], [kwUnpack(k, f)]);
}
/** `f(*a)` with `a` a name (compile/exprs.ts): an exact tuple's or list's items as they are */
function callStar(f: any, a: any): any {
  if (a instanceof PyTuple && a.cls === TupleType) return callItems(f, a.items);
  if (Array.isArray(a) && (a as any).cls === undefined) return callItems(f, a.slice());
  return call(f, [...starItems(a, f)]);
}
/** call f with these items (not kept: a tuple's own, or a copy) */
function callItems(f: any, x: any[]): any {
  if (f instanceof PyFunction && x.length >= f.nmin && x.length <= f.nfast) {
    switch (x.length) {
      case 0: return f.fn();
      case 1: return f.fn(x[0]);
      case 2: return f.fn(x[0], x[1]);
      case 3: return f.fn(x[0], x[1], x[2]);
    }
  }
  return call(f, x.slice());
}
/** How CPython's call errors name a callable (_PyObject_FunctionStr): `__main__.A.m()`, `str.format()`. */
function funcStr(f: any): string {
  if (f instanceof PyMethod) return funcStr(f.func);
  const qual = (q: string, module: string) => (module && module !== 'builtins' ? `${module}.${q}()` : `${q}()`);
  if (f instanceof PyFunction) return qual(f.qualname, f.module);
  if (f instanceof PyType) return qual(f.qualname, f.module);
  if (f instanceof PyBuiltin) {
    const owner = f.self !== undefined ? typeOf(f.self) : f.owner;
    return owner ? `${owner.name}.${f.name}()` : `${f.name}()`;
  }
  return `${typeOf(f).name} object()`;
}

/** `*v` among a call's arguments (f the callee, for the message) or in a display: its items. */
function starItems(v: any, f?: any): any[] {
  if (!isIterable(v)) {
    throwPy('TypeError', f === undefined ? `Value after * must be an iterable, not ${typeOf(v).name}` : `${funcStr(f)} argument after * must be an iterable, not ${typeOf(v).name}`);
  }
  return asArray(v);
}

function unpack(v: any, n: number): any[] {
  const a = Array.isArray(v) ? v : v instanceof PyTuple ? v.items : null;
  if (a) {
    if (a.length === n) return a;
    if (a.length > n) throwPy('ValueError', `too many values to unpack (expected ${n})`);
    throwPy('ValueError', `not enough values to unpack (expected ${n}, got ${a.length})`);
  }
  if (!isIterable(v)) throwPy('TypeError', `cannot unpack non-iterable ${typeOf(v).name} object`);
  const it = iter(v);
  const out: any[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) {
    if (out.length === n) throwPy('ValueError', `too many values to unpack (expected ${n})`);
    out.push(x);
  }
  if (out.length < n) throwPy('ValueError', `not enough values to unpack (expected ${n}, got ${out.length})`);
  return out;
}
function unpackStar(v: any, before: number, after: number): any[] {
  if (!isIterable(v)) throwPy('TypeError', `cannot unpack non-iterable ${typeOf(v).name} object`);
  const a = toArray(v);
  if (a.length < before + after)
    throwPy('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${a.length})`);
  return [...a.slice(0, before), a.slice(before, a.length - after), ...a.slice(a.length - after)];
}

function mkfn(info: FuncInfo, fn: (...a: any[]) => any, defaults: any[], kwdefaults: Map<string, any> | null, annotations?: [string, any][]): PyFunction {
  const f = new PyFunction(
    info.name,
    info.qualname,
    fn,
    { params: info.params, posonly: info.posonly, vararg: info.vararg, kwonly: info.kwonly, kwarg: info.kwarg },
    defaults,
    kwdefaults,
    info.module,
  );
  if (annotations) f.annotations = annotations;
  if (info.doc) f.doc = info.doc;
  f.code = info;
  if (info.jsDefaults) {
    // its JS default parameters read the defaults from here (compile/functions.ts)
    (fn as any).$d = defaults;
    (fn as any).$kd = info.kwonly.map((n) => kwdefaults?.get(n));
    if (f.nfast >= 0) f.nmin = f.nfast - defaults.length;
    // keyword-only parameters that all have defaults: a call giving only positional arguments leaves them
    // to the function (`random.sample(pop, k)`, with `counts=None` after a `*`, went through bindArgs)
    else if (!info.vararg && !info.kwarg && info.kwonly.every((n) => kwdefaults?.has(n) === true)) f.kwFree = true;
  }
  return f;
}
/**
 * A for loop over a generator it made itself (`for x in gen():`) is left early — break, return, an
 * exception: in CPython the loop held the generator's only reference, so it is closed right there and
 * its `finally` blocks and context managers run. Errors they raise are reported, as CPython's unraisable
 * hook does, and do not replace what the loop was doing.
 */
function closeFresh(it: any): void {
  if (!(it instanceof PyGenerator) || it.finished || it instanceof PyCoroutine) return;
  try {
    it.close();
  } catch (e) {
    const x = toPy(e);
    if ((x as any).hardLimit) throw x;
    state().writeErr(`Exception ignored in: <generator object ${it.qualname}>\n${x.cls.name}: ${str(x)}\n`);
  }
}

function mkgen(g: Generator<any, any, any>, info: FuncInfo): PyGenerator {
  return new PyGenerator(g, info.name, info.qualname, info);
}
setGeneratorDefFrame((e, info) => tb(e, info as FuncInfo, (info as FuncInfo).line ?? 0));
function mkclass(name: string, qualname: string, bases: any[], ns: Attrs, kw: Kw): PyType {
  for (const b of bases) {
    if (!(b instanceof PyType)) return makeClass(name, qualname, mroEntries(bases, ns), ns, '__main__', kw);
  }
  return makeClass(name, qualname, bases, ns, '__main__', kw);
}
/**
 * PEP 560: a base that is no class but has `__mro_entries__` (`class IntStack(Stack[int])`) is replaced by
 * the classes that method gives for the original bases, which the class keeps as `__orig_bases__`.
 */
function mroEntries(bases: any[], ns: Attrs): any[] {
  const out: any[] = [];
  let changed = false;
  for (const b of bases) {
    const me = b instanceof PyType ? undefined : getAttrOrUndef(b, '__mro_entries__');
    if (me === undefined) {
      out.push(b);
      continue;
    }
    const r = call(me, [new PyTuple(bases)]);
    if (!(r instanceof PyTuple)) throwPy('TypeError', '__mro_entries__ must return a tuple');
    out.push(...r.items);
    changed = true;
  }
  if (changed && ns.__orig_bases__ === undefined) ns.__orig_bases__ = new PyTuple(bases);
  return out;
}
function superOf(cls: any, self: any): PySuper {
  if (cls === undefined) throwPy('RuntimeError', 'super(): __class__ cell not found');
  return new PySuper(cls, self);
}

export { budget };
/** What the step countdown reaching zero calls (see `budget` in state.ts): charge the steps, check deadline and interrupt. */
export function poll(): void {
  const s = state();
  if (s.stepLimit) {
    s.stepsUsed += budget.granted - budget.n;
    // loops charge 32 steps at a time (tickLoop): grant whole 32s, and stop when not one more fits
    const left = Math.min(10000, s.stepLimit - s.stepsUsed) & ~31;
    if (left < 32) {
      budget.n = budget.granted = 1;
      raiseHard('TimeoutError', `execution step limit exceeded (steps=${s.stepLimit})`);
    }
    budget.n = budget.granted = left;
  } else budget.n = budget.granted = 10000;
  if (s.interruptRequested || (s.interruptCell && Atomics.load(s.interruptCell, 0) !== 0)) {
    s.interruptRequested = false;
    if (s.interruptCell) Atomics.store(s.interruptCell, 0, 0);
    throw makeExc('KeyboardInterrupt');
  }
  if (s.deadline && Date.now() > s.deadline) raiseHard('TimeoutError', 'execution time limit exceeded');
}

/** `$tick`: the 32 steps a loop counted in its own counter (compile/context.ts pollCounter); its next count */
function tickLoop(): number {
  if ((budget.n -= 32) <= 0) poll();
  return 32;
}

/**
 * A hard limit's exception (time, steps, output): `except` clauses and `with` blocks cannot swallow it —
 * `$catch` re-raises it before any handler runs — while `finally` blocks still run.
 */
export function raiseHard(type: string, message: string): never {
  const e = makeExc(type, message);
  (e as any).hardLimit = true;
  throw e;
}
setHardLimitRaiser(raiseHard);
setPoller(poll);

export { depth };
/** A guarded call one deeper than depth.max: RecursionError, raised before the callee has a frame. */
export function deep(): never {
  depth.n--;
  chargeRecursion(depth.n);
  throw makeExc('RecursionError', 'maximum recursion depth exceeded');
}
/**
 * A RecursionError ends a chain of calls that no back-edge counted: charge them to the step budget, so a
 * loop that catches RecursionError and recurses again still reaches the time and step limits promptly.
 */
function chargeRecursion(calls: number): void {
  budget.n -= Math.max(calls, 1);
  if (budget.n <= 0) poll();
}

const NO_RETURN = Object.freeze({ outlinedLoopEnded: true });
const RANGE_WALK = Object.freeze({ rangeWalk: true });

/**
 * Whether `f(<generator expression>)` may be given the expression's items as a list instead (compiled as
 * a list comprehension: no generator to resume for each item, 3x faster): list, tuple, and the builtins
 * that turn their argument into an array before anything else (sum, sorted). Not set(), min(), any()…:
 * they keep their memory or stop early, as a generator lets them.
 */
function consumesAll(f: any): boolean {
  return f === ListType || f === TupleType || (f instanceof PyBuiltin && f.consumesAll);
}
/** 'any' or 'all' when `f` is that builtin (its generator-expression argument then runs as inline loops) */
function shortCircuit(f: any): 'any' | 'all' | null {
  return f instanceof PyBuiltin ? f.shortCircuit : null;
}

/**
 * `f(<generator expression>)` where f keeps no reference to it (next, any, all): the generator is
 * closed as the call returns, which closes a generator it iterates that it made itself
 * (`next(x for x in gen())` runs gen's finally blocks then, as CPython's reference counting does).
 */
function callDropping(f: any, g: any): any {
  if (!(f instanceof PyBuiltin && f.dropsArg)) return call1(f, g);
  try {
    return call1(f, g);
  } finally {
    closeFresh(g);
  }
}



/** Any thrown value → a Python exception instance. */
export function toPy(e: any): PyExc {
  if (e instanceof PyExc) return e;
  // no regular expression here: this may run with the stack nearly exhausted, and compiling one can fail
  if (e instanceof RangeError && String(e.message).includes('call stack')) {
    chargeRecursion(1000);
    return makeExc('RecursionError', 'maximum recursion depth exceeded');
  }
  if (e instanceof InternalError) return makeExc('SystemError', e.message);
  if (e instanceof OutOfMemory) return makeExc('MemoryError', `Unable to allocate ${e.bytes} bytes`);
  if (e instanceof RuntimePyError) return makeExc((RuntimePyError.classes.get(e.pyType) as PyType | undefined) ?? e.pyType, e.message);
  if (e && e.name === 'PySyntaxError') return makeExc('SyntaxError', e.msg ?? String(e.message));
  // V8's allocation limits: arrays, strings, typed arrays and BigInts (2**30 bits) too large to make
  if (e instanceof RangeError && /Invalid (typed )?(array|string|array buffer) length|allocation failed|Maximum BigInt size/i.test(e.message)) return makeExc('MemoryError');
  const x = makeExc('SystemError', `internal: ${e && e.message ? e.message : String(e)}`);
  (x as any).jsError = e;
  return x;
}
/**
 * Traceback frames: an exception records the frame it passes through, once per frame. An `except`
 * clause records the current frame when it catches (`$catch`), so a re-raise from the same frame is
 * not recorded twice when it leaves the function (`$tb`). (Recording the frame from a `finally` instead
 * of a catch that rethrows saved ~0.2 µs per frame an exception crossed but cost every call ~1 ns:
 * measured 12-18% slower on a call-heavy loop, so functions keep the catch.)
 */
/**
 * `$tb`, `$raise` and `$reraise` return the exception and generated code throws it (`throw $raise(…)`),
 * so the throw happens in the Python function's own frame: V8 then unwinds one frame less per throw
 * (measured in a JS model of a method raising in 2 of 13 calls, 600k calls: 66 -> 40 ms).
 */
function tb(e: any, info: FuncInfo, line: number): PyExc {
  const x = toPy(e);
  if (x.pendingFrame === info) x.pendingFrame = null;
  else x.addFrame(info.file, info.name, line, info.varnames);
  return x;
}
function catchExc(e: any, info: FuncInfo | null, line: number): PyExc {
  const x = toPy(e);
  if (info !== null && x.pendingFrame !== info) {
    x.addFrame(info.file, info.name, line, info.varnames);
    x.pendingFrame = info;
  }
  if ((x as any).hardLimit) throw x;
  return x;
}
function exmatch(e: PyExc, t: any): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => exmatch(e, x));
  if (!(t instanceof PyType) || !t.isSubtypeOf(BaseException))
    throwPy('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  return e.cls.isSubtypeOf(t);
}
function raise(v: any, cause: any, context: PyExc | null): PyExc {
  let e: any = v;
  if (v instanceof PyType) {
    if (!v.isSubtypeOf(BaseException)) throwPy('TypeError', 'exceptions must derive from BaseException');
    e = call(v, []);
  }
  if (!isExc(e)) throwPy('TypeError', 'exceptions must derive from BaseException');
  if (cause !== undefined) {
    if (cause instanceof PyType) cause = call(cause, []);
    if (cause !== null && !isExc(cause)) throwPy('TypeError', 'exception causes must derive from BaseException');
    e.cause = cause;
    e.suppressContext = true;
  }
  // (no `h[h.length - 1]` on an empty stack: reading index -1 is a named-property lookup up the prototype
  // chain, 35 ns of every raise outside an except clause)
  const h = state().handling;
  const ctx = context ?? (h.length ? h[h.length - 1] : null);
  if (ctx && ctx !== e && !e.context) e.context = ctx;
  // `raise e` records the raising frame anew, also one whose except clause caught e (a bare `raise` does not)
  e.pendingFrame = null;
  return e;
}
function reraise(): PyExc {
  const h = state().handling;
  if (!h.length) throwPy('RuntimeError', 'No active exception to reraise');
  return h[h.length - 1];
}
installHandledSource(() => {
  // no interpreter state when runtime code is used on its own (unit tests call module functions)
  const h = state()?.handling;
  return h !== undefined && h.length ? h[h.length - 1] : null;
});
function enterHandler(e: PyExc): void {
  state().handling.push(e);
}
function exitHandler(): void {
  state().handling.pop();
}
function assertFail(msg: any): PyExc {
  return msg === undefined ? makeExc('AssertionError') : makeExc('AssertionError', msg);
}

function withExit(mgr: any): any {
  const t = typeOf(mgr);
  if (t.lookup('__enter__') === undefined) throwPy('TypeError', `'${t.tpName}' object does not support the context manager protocol`);
  if (t.lookup('__exit__') === undefined) {
    throwPy('TypeError', `'${t.tpName}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  return getAttr(mgr, '__exit__');
}
function withExitExc(exit: any, _mgr: any, raw: any): boolean {
  const e = toPy(raw);
  const suppress = P.truthy(call(exit, [e.cls, e, new PyTraceback(e)]));
  return suppress && !(e as any).hardLimit;
}
function withExitOk(exit: any, _mgr: any): void {
  call(exit, [null, null, null]);
}

function importFrom(m: any, name: string): any {
  const v = m instanceof PyModule ? m.d[name] : undefined;
  if (v !== undefined) return v;
  if (m instanceof PyModule) {
    // a module-level __getattr__ (PEP 562) answers first; its AttributeError moves on to a submodule
    const ga = m.d.__getattr__;
    if (ga !== undefined) {
      try {
        return call(ga, [name]);
      } catch (e) {
        if (!(e instanceof PyExc && e.cls.isSubtypeOf(excType('AttributeError')))) throw e;
      }
    }
    try {
      return importModule(`${m.name}.${name}`, true);
    } catch {
      /* fall through to the ImportError */
    }
  }
  // the module's file, as CPython names it (and sets ImportError.path); a module without one is "unknown"
  const file = m instanceof PyModule && typeof m.d.__file__ === 'string' ? m.d.__file__ : null;
  const e = importError('ImportError', `cannot import name '${name}' from '${m.name}' (${file ?? 'unknown location'})`, m.name);
  if (file !== null) setAttr(e, 'path', file);
  throw e;
}
function importStar(m: PyModule, G: Attrs): void {
  globalsEpoch.v++;
  const all = m.d.__all__;
  const names: string[] = all !== undefined ? toArray(all) : Object.keys(m.d).filter((k) => !k.startsWith('_'));
  for (const n of names) G[n] = m.d[n];
}

function fstr(v: any): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? reprInt(v) : reprFloat(v);
  if (v instanceof PyFloat) return reprFloat(v.v);
  return format(v, '');
}

/** `%s` of a value whose str() calls no Python code, or undefined (see compile/percentFormat.ts) */
function pctS(v: any): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? reprInt(v) : reprFloat(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null) return 'None';
  return v instanceof PyFloat ? reprFloat(v.v) : undefined;
}
/** `%d` of an int or bool, or undefined */
function pctD(v: any): string | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? reprInt(v) : undefined;
  return typeof v === 'boolean' ? (v ? '1' : '0') : undefined;
}

/**
 * `+`, `*`, `*=` and `+=` on lists and tuples check the result's length first and charge its items to the
 * step budget (see checkLength in state.ts: V8 aborts the process when a push outgrows an array).
 */
function add(a: any, b: any): any {
  if (typeof a !== 'number' && Array.isArray(a) && Array.isArray(b)) {
    checkLength(a.length + b.length);
    charge(a.length + b.length);
  }
  return A.add(a, b);
}
function mul(a: any, b: any): any {
  // only a non-empty list or tuple operand repeats (checkRepeat ignores anything else)
  if (typeof a === 'object' && a !== null && !(a instanceof PyFloat) && seqLength(a) > 0 || typeof b === 'object' && b !== null && !(b instanceof PyFloat) && seqLength(b) > 0) {
    checkRepeat(a, b);
    checkRepeat(b, a);
  }
  return A.mul(a, b);
}

setTemplateOps({ '+': add, '*': mul });

/**
 * A string built by concatenation, made flat: V8 represents `a + b + c` as a tree of pieces (a cons
 * string) that keeps every piece alive and is copied again by each later read; reading a character
 * flattens it once. f-strings stored in lists measured ~2x faster this way.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

/** `name: annotation` in a class body or module: recorded in the namespace's __annotations__ dict. */
function annotate(ns: any, name: string, annotation: any): void {
  let d = Object.prototype.hasOwnProperty.call(ns, '__annotations__') ? ns.__annotations__ : undefined;
  if (!(d instanceof PyDict)) ns.__annotations__ = d = new PyDict();
  d.set(name, annotation);
}

const inplaceOps: Record<string, (a: any, b: any) => any> = {};
for (const [op, name] of Object.entries({ '-': '$isub', '*': '$imul', '/': '$itruediv', '//': '$ifloordiv', '%': '$imod', '**': '$ipow', '@': '$imatmul', '<<': '$ilshift', '>>': '$irshift', '&': '$iand', '|': '$ior', '^': '$ixor' })) {
  inplaceOps[name] = (a: any, b: any) => A.inplace(op, a, b);
}
inplaceOps.$imul = (a: any, b: any) => {
  if (typeof a !== 'number' || typeof b !== 'number') checkRepeat(a, b);
  return A.inplace('*', a, b);
};
function iadd(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (r <= 9007199254740991 && r >= -9007199254740991) return r;
    } else if (!Number.isInteger(r)) return r;
  }
  return iaddSlow(a, b);
}
function iaddSlow(a: any, b: any): any {
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (Array.isArray(a) && seqLength(b) > 0) {
    checkLength(a.length + seqLength(b));
    charge(seqLength(b));
  }
  return A.inplace('+', a, b);
}

/**
 * A method call that missed its call site's inline cache `ic` = [type, epoch, function]: do the full
 * lookup, and when the receiver is an instance whose class provides a plain Python function taking
 * exactly these arguments, remember it so the next call at this site is a direct JS call.
 */
function cmic(o: any, name: string, ic: any[], args: any[]): any {
  if (o instanceof PyInstance) {
    // a site whose generated code has no instance path (STR_FIRST in src/compile/exprs.ts) hits here
    if (o.cls === ic[0] && ic[2] !== null && o.d[name] === undefined) return ic[2].fn(o, ...args);
    const f = o.cls.lookup(name);
    if (f instanceof PyFunction && o.d[name] === undefined) {
      if (f.takes(args.length + 1)) {
        fillSite(ic, o.cls);
        ic[2] = f;
        return f.fn(o, ...args);
      }
      return call(f, [o, ...args]);
    }
  } else if (Array.isArray(o) && name === 'append' && args.length === 1 && (o as any).cls === undefined) {
    o.push(args[0]);
    return null;
  } else if (o instanceof PyModule) {
    // `random.random()`, `math.sqrt(x)`: the site remembers (module, globals epoch, attribute), as global
    // reads do (every store into a module's namespace moves the epoch on)
    if (ic[0] === o && ic[1] === globalsEpoch.v) return call(ic[2], args);
    const f = o.cls === ModuleType && !name.startsWith('__') ? o.d[name] : undefined;
    if (f !== undefined) {
      ic[0] = o;
      ic[1] = globalsEpoch.v;
      ic[2] = f;
      return call(f, args);
    }
  } else if (!(o instanceof PyType) && !(o instanceof PyModule) && !(o instanceof PySuper)) {
    // builtin receivers: the site remembers (type, epoch, builtin method) and skips the lookup
    const t = typeOf(o);
    let f: any;
    if (ic[0] === t) f = ic[3];
    else {
      f = t.lookup(name);
      if (f instanceof PyBuiltin && f.meth !== null && !t.isUser) {
        fillSite(ic, t);
        ic[2] = null;
        ic[3] = f;
      } else f = null;
    }
    if (f) return f.meth(o, args, null);
  }
  return callMethod(o, name, args);
}

/** the getter a site caches for `o.__class__` (see getattrIC) */
const CLASS_OF = { fn: (o: PyInstance) => o.cls };
/** Attribute read that missed its site cache: full lookup; remember the class when its reads of `name` are plain. */
function getattrIC(o: any, name: string, ic: any[]): any {
  if (o instanceof PyInstance) {
    const cls = o.cls;
    if (cls === ic[5]) {
      try {
        return ic[6].fn(o);
      } catch (e) {
        throw attrErrorContext(e, o, name);
      }
    }
    if (name === '__class__' && cls.defaultGetattribute && cls.lookup('__class__') === ObjectType.dict.__class__) {
      // `other.__class__ is self.__class__` (dataclass comparisons): object's own descriptor, cached like a property
      fillPropertySite(ic, cls, CLASS_OF);
      return cls;
    }
    if (cls.readsPlain(name)) {
      fillSite(ic, cls);
      const v = o.d[name];
      if (v !== undefined) return v;
      // a method read without a call (`bits = self.getrandbits`): bound here, not after the generic
      // lookup walks the class again (random.choice spent a fifth of its time there)
      const f = cls.lookup(name);
      if (f instanceof PyFunction) return new PyMethod(f, o);
      if (f instanceof PyBuiltin && f.meth !== null && f.self === undefined) return boundBuiltin(f, o, f.doc);
    } else if (cls.defaultGetattribute) {
      // a plain property whose getter is a Python function of self: call it (the generic lookup took
      // 4x as long as CPython on `p.a` in a loop); __getattr__ would also hear of its AttributeError
      const p = cls.lookup(name);
      if (p instanceof PyProperty && p.cls === PropertyType && p.fget instanceof PyFunction && p.fget.takes(1) && cls.lookup('__getattr__') === undefined) {
        // the site remembers the class and getter until a class changes (`q.x` in a loop: 2x faster)
        fillPropertySite(ic, cls, p.fget);
        try {
          return p.fget.fn(o);
        } catch (e) {
          throw attrErrorContext(e, o, name);
        }
      }
    }
  }
  return getAttr(o, name);
}
/** getattrIC of a soft read (FnCtx.softNode): a missing attribute comes back as SOFT_RAISED */
function getattrSoft(o: any, name: string, ic: any[]): any {
  if (o instanceof PyInstance && o.cls.readsPlain(name) && o.d[name] !== undefined) return getattrIC(o, name, ic);
  let v: any;
  try {
    v = getAttrOrUndef(o, name);
  } catch (e) {
    throw attrErrorContext(e, o, name);
  }
  return v !== undefined ? v : softRaise(attrErrorExc(o, name));
}
/** Attribute store that missed its site cache (the cache holds classes whose stores go to the dict). */
function setattrIC(o: any, name: string, v: any, ic: any[]): void {
  if (o instanceof PyInstance && name !== '__class__' && o.cls.storesPlain(name)) {
    fillSite(ic, o.cls);
    o.d[name] = v;
    return;
  }
  setAttr(o, name, v);
}

/**
 * The array a list comprehension fills (`$r[$k++] = v`, then cut to `$k`): as long as its first iterable
 * when that is a list, tuple or range — exactly its size with one `for` and no `if`, otherwise a bound
 * on it (at most 1M items, so a filter over a huge range does not allocate all of it) — and empty
 * otherwise. A large array grown by push is reallocated again and again, each time in fresh memory;
 * this measured 3x faster for 200k items.
 */
function presize(src: any, exact: boolean): any[] {
  const n = Array.isArray(src) ? src.length : src instanceof PyTuple ? src.items.length : src instanceof PyRange ? src.length : 0;
  return n > 0 && n <= (exact ? 1 << 25 : 1 << 20) ? new Array(n) : [];
}

/** Bounds and trip count of the current counting loop, read right after `$rangeLoop` returns null. */
const rangeBounds = { start: 0, stop: 0, step: 1, n: 0 };
/**
 * `for … in range(args)`: when `f` is the builtin range and the arguments are ints within ±2**53 (and the
 * step is not 0), store the bounds in `$R` and return null so the loop counts in JS; otherwise return the
 * iterator of the real call (which also raises range()'s errors).
 */
function rangeLoop(f: any, a: any, b?: any, c?: any): any {
  if (f === RangeType) {
    const n = b === undefined ? 1 : c === undefined ? 2 : 3;
    if (Number.isSafeInteger(a) && (n < 2 || Number.isSafeInteger(b)) && (n < 3 || (Number.isSafeInteger(c) && c !== 0))) {
      rangeBounds.start = n === 1 ? 0 : a;
      rangeBounds.stop = n === 1 ? a : b;
      const step = (rangeBounds.step = n === 3 ? c : 1);
      const lo = rangeBounds.start, hi = rangeBounds.stop;
      rangeBounds.n = step > 0 ? (lo < hi ? Math.floor((hi - lo - 1) / step) + 1 : 0) : lo > hi ? Math.floor((lo - hi - 1) / -step) + 1 : 0;
      return null;
    }
  }
  return iter(call(f, b === undefined ? [a] : c === undefined ? [a, b] : [a, b, c]));
}

/** __init__ must return None. */
function initRet(r: any): void {
  if (r !== null) throwPy('TypeError', `__init__() should return None, not '${typeOf(r).tpName}'`);
}

/**
 * sys.displayhook for interactive input: echo the repr of a non-None value and keep it as builtins `_`
 * (set to None while repr runs, as CPython does, so a failing repr leaves no stale value).
 */
function display(v: any): void {
  if (v === null || v === undefined) return;
  const builtins = Object.getPrototypeOf(state().mainGlobals) as Attrs;
  builtins._ = null;
  globalsEpoch.v++;
  // to sys.stdout as it is now (a StringIO under redirect_stdout takes the echo too)
  const out = currentStdout();
  if (out === undefined) state().write(repr(v) + '\n');
  else if (out === null) throwPy('RuntimeError', 'lost sys.stdout');
  else callMethod(out, 'write', [repr(v) + '\n']);
  builtins._ = v;
  globalsEpoch.v++;
}

/**
 * `globals()` in compiled code: the dict of the module the code belongs to (its globals object G), not
 * of `__main__` as the builtin alone would give; any other function named `globals` is just called.
 */
function globalsIn(f: any, G: Attrs): any {
  const builtins = Object.getPrototypeOf(state().mainGlobals) as Attrs;
  if (f !== builtins.globals) return call(f, []);
  const name = Object.prototype.hasOwnProperty.call(G, '__name__') ? G.__name__ : undefined;
  const m = typeof name === 'string' && name !== '__main__' ? state().modules.get(name) : undefined;
  return m instanceof PyModule ? getAttr(m, '__dict__') : call(f, []);
}

/**
 * locals() or vars() called with no argument in a function, when `f` is still that builtin: the dict of
 * its bound locals (`"{x} {y}".format(**locals())`). As in CPython, a call gets one dict, `prev` once
 * made, brought up to date at each locals() call.
 */
function localsOf(f: any, names: string[], values: any[], prev: any): any {
  const builtins = Object.getPrototypeOf(state().mainGlobals) as Attrs;
  if (f !== builtins.locals && f !== builtins.vars) return call(f, []);
  const d = prev instanceof PyDict ? prev : new PyDict();
  for (let i = 0; i < names.length; i++) {
    if (values[i] !== undefined) d.set(names[i], values[i]);
    else d.delete(names[i]);
  }
  return d;
}

/**
 * eval(src) or exec(src) with no namespaces in a function, when `f` is still that builtin: run with the
 * module's globals and a dict of the function's bound locals, as CPython passes the caller's frame.
 */
function evalHere(f: any, src: any, G: Attrs, names: string[], values: any[]): any {
  const builtins = Object.getPrototypeOf(state().mainGlobals) as Attrs;
  if (f !== builtins.eval && f !== builtins.exec) return call(f, [src]);
  return call(f, [src, globalsIn(builtins.globals, G), localsOf(builtins.locals, names, values, null)]);
}

export const helpers: Record<string, any> = {
  $display: display, $globalsIn: globalsIn, $localsOf: localsOf, $evalHere: evalHere,
  $Type: PyType, $initRet: initRet,
  $rangeLoop: rangeLoop, $R: rangeBounds, $Dict: PyDict, $DictEntry: DictEntry, $DictType: DictType, $Set: PySet, $SetType: SetType,
  $getattrIC: getattrIC, $setattrIC: setattrIC, $S: globalsEpoch, $gvic: gvic,
  $F: PyFloat, $absValue: absValue, $Fn: PyFunction, $Inst: PyInstance, $cmic: cmic,
  $gv: gv, $lv: lv, $fv: fv, $cv: cv, $delname: delname,
  $match: match, $fuse: fuse, $DECLINED: DECLINED, $esc: esc, $drop: drop, $isND: (v: any) => v instanceof NDArray, $annotate: annotate,
  $opFresh: opFresh, $takeFresh: takeFresh, $releaseTemp: releaseTemp, $reduceDifference: reduceDifference,
  $add: add, $sub: A.sub, $mul: mul, $truediv: A.truediv, $floordiv: A.floordiv, $mod: A.mod, $pow: A.pow,
  $matmul: A.matmul, $lshift: A.lshift, $rshift: A.rshift, $bitand: A.bitand, $bitor: A.bitor, $bitxor: A.bitxor,
  $neg: A.neg, $pos: A.pos, $invert: A.invert, $iadd: iadd, ...inplaceOps,
  $eq: P.eq, $ne: P.ne, $lt: P.lt, $le: P.le, $gt: P.gt, $ge: P.ge, $ltB: P.ltB, $leB: P.leB, $gtB: P.gtB, $geB: P.geB, $contains: P.contains, $truthy: P.truthy,
  $getattr: getattrFast, $setattr: setAttr, $delattr: delAttr,
  $getitem: P.getItem, $setitem: P.setItem, $delitem: P.delItem,
  $slice: (a: any, b: any, c: any) => new PySlice(a, b, c),
  $tuple: tuple, $pcs: pctS, $pcd: pctD, $set: makeSet, $constSet: (items: any[]) => constSetDisplay(items), $starSet: starredSetDisplay, $dict: makeDict, $dictUnpack: dictUnpack, $newDict: () => new PyDict(), $newSet: () => new PySet(),
  $call: call, $call0: call0, $call1: call1, $call2: call2, $callKw: callKw, $callStarKw: callStarKw, $callStar: callStar, $kwUnpack: kwUnpack, $starItems: starItems,
  $cm0: cm0,
  $iter: iter, $unpack: unpack, $unpackStar: unpackStar, $asArray: asArray, $yf: yieldFrom,
  $mkfn: mkfn, $mkgen: mkgen, $mkclass: mkclass, $newAttrs: newAttrs, $super: superOf,
  $D: depth, $deep: deep, $tick: tickLoop, $presize: presize, $tb: tb, $catch: catchExc, $toPy: toPy, $exmatch: exmatch, $raise: raise, $reraise: reraise,
  $enterHandler: enterHandler, $exitHandler: exitHandler, $assertFail: assertFail,
  $withExit: withExit, $withExitExc: withExitExc, $withExitOk: withExitOk,
  $import: importModule, $importFrom: importFrom, $importStar: importStar,
  $rem: A.remInt, $mulmod: A.mulMod, $split: splitStr, $flat: flat, $str: str, $repr: repr, $ascii: ascii, $fstr: fstr, $format: format,
  $Ellipsis: Ellipsis,
  /** what an outlined loop returns when it ends without a `return` (src/compile/outline.ts) */
  $NR: NO_RETURN,
  /** a range walked by a loop head itself (emitIterLoopHead in src/compile/comprehensions.ts), and the marker it uses */
  $Range: PyRange, $RG: RANGE_WALK,
  ...softHelpers, $getattrSoft: getattrSoft,
  ...keywordCallHelpers,
  ...lazySplitHelpers,
  $StrType: StrType, $ListType: ListType, $Tup: PyTuple, $TupType: TupleType, $consumesAll: consumesAll, $shortCircuit: shortCircuit, $closeFresh: closeFresh, $callDropping: callDropping,
  $starError: () => throwPy('SyntaxError', "can't use starred expression here"),
  $assignError: () => throwPy('SyntaxError', 'cannot assign to expression'),
  ...asyncHelpers,
  ...asyncGenHelpers,
  ...exceptStarHelpers,
};

export { excType, ObjectType };
