/**
 * Callables and the calling convention.
 *
 * A compiled Python function is a PyFunction around a JS function whose parameters are the Python
 * signature flattened: positional parameters, then the *args tuple, then keyword-only parameters, then the
 * **kwargs dict. When a call passes exactly `nparams` positional arguments and the signature is simple
 * (no defaults used, no star parameters, no keyword-only ones), the JS function is called directly —
 * the fast path generated code takes at each call site (and `call` / `call1` here). Everything else goes
 * through `bindArgs`, which implements CPython's binding rules and error messages.
 *
 * Builtins are PyBuiltin: `fn(args, kw)` with an array of positional arguments and a Map of keywords (or
 * null). Bound methods (PyMethod) prepend `self`.
 */
import type { CodeFacts } from './funcCode';
import { PyType, FunctionType, BuiltinFunctionType, MethodType, typeOf, Attrs, newAttrs, setPyFunctionTest, ObjectType } from './pytype';
import { PyTuple, EMPTY_TUPLE, PyInstance } from './values';
import { PyDict } from './hashtable';
import { throwPy } from './errors';

export type Kw = Map<string, any> | null;

export interface Signature {
  /** positional parameter names (positional-only ones first) */
  params: string[];
  /** how many leading params are positional-only */
  posonly: number;
  vararg: string | null;
  kwonly: string[];
  kwarg: string | null;
}

setPyFunctionTest((v) => v instanceof PyFunction);

/*
 * PyFunction and PyBuiltin declare their fields and set them in their constructors: V8 runs class field
 * initializers as a separate function defining each property, which made a new function (a lambda or a
 * closure made in a loop, a bound builtin method) ~15 ns slower (see HashTable in hashtable.ts).
 */
export class PyFunction {
  declare cls: PyType;
  /** number of JS parameters when the fast path applies, or -1 */
  declare nfast: number;
  /**
   * The fewest positional arguments `fn` may be called with directly (nfast when it must get them all):
   * a compiled function fills the trailing parameters it was not given from its defaults itself (its JS
   * default parameters read them, see src/compile/functions.ts), so a call leaving some out still goes
   * straight to `fn`. (Such calls went through argument binding: 6x slower, and slower than CPython.)
   */
  declare nmin: number;
  /** positional parameters then *args, nothing else (`call` makes the tuple itself) */
  declare starOnly: boolean;
  /** `(*args, **kwargs)` and nothing else, as wrappers and decorators take (`call` makes both itself) */
  declare starStar: boolean;
  /** positional parameters then **kwargs, nothing else (`call` fills the defaults and makes the dict itself) */
  declare posKw: boolean;
  /**
   * compiled with keyword-only parameters that all have defaults, which its JS function fills itself when
   * left undefined (no *args or **kwargs): a positional call goes straight to `fn` (see interp/helpers.ts mkfn)
   */
  declare kwFree: boolean;
  /**
   * Fast entries for a call with exactly one / two positional arguments, tried by generated call sites
   * (and call1/call2) when `fn` does not take them as they are: set on functools' cache wrappers
   * (src/modules/lruCore.ts), undefined on every other function.
   */
  declare f1: ((a: any) => any) | undefined;
  declare f2: ((a: any, b: any) => any) | undefined;
  declare d: Attrs | null;
  /** (name, annotation) pairs from the def statement */
  declare annotations: [string, any][] | null;
  declare doc: string | null;
  /** what the compiler recorded for `__code__` (src/objects/funcCode.ts), and that object once made */
  declare code: CodeFacts | null;
  declare codeObject: object | null;
  /** a closure's free variables' current values, in `code.freevars` order (set by generated code), else null */
  declare cells: (() => any[]) | null;
  declare name: string;
  declare qualname: string;
  declare fn: (...a: any[]) => any;
  declare sig: Signature;
  /** defaults of the last positional params */
  declare defaults: any[];
  /** keyword-only defaults by name */
  declare kwdefaults: Map<string, any> | null;
  declare module: string;
  constructor(name: string, qualname: string, fn: (...a: any[]) => any, sig: Signature, defaults: any[], kwdefaults: Map<string, any> | null, module: string = '__main__') {
    this.name = name;
    this.qualname = qualname;
    this.fn = fn;
    this.sig = sig;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.module = module;
    const simple = !sig.vararg && !sig.kwarg && sig.kwonly.length === 0;
    this.nfast = simple ? sig.params.length : -1;
    this.nmin = this.nfast;
    this.starOnly = !!sig.vararg && !sig.kwarg && sig.kwonly.length === 0;
    this.starStar = !!sig.vararg && !!sig.kwarg && sig.kwonly.length === 0 && sig.params.length === 0;
    this.posKw = !sig.vararg && !!sig.kwarg && sig.kwonly.length === 0;
    this.kwFree = false;
    this.f1 = undefined;
    this.f2 = undefined;
    this.d = null;
    this.annotations = null;
    this.doc = null;
    this.code = null;
    this.codeObject = null;
    this.cells = null;
  }
  /** whether `fn` takes n positional arguments as they are */
  takes(n: number): boolean {
    return n <= this.nfast && n >= this.nmin;
  }
}
PyFunction.prototype.cls = FunctionType;

export class PyBuiltin {
  declare cls: PyType;
  declare name: string;
  declare fn: (args: any[], kw: Kw) => any;
  /** for builtin methods bound to an object */
  declare self: any;
  declare doc: string | null;
  constructor(name: string, fn: (args: any[], kw: Kw) => any, self: any = undefined, doc: string | null = null) {
    this.name = name;
    this.fn = fn;
    this.self = self;
    this.doc = doc;
    this.meth = null;
    this.boundMeth = null;
    this.f1 = undefined;
    this.f2 = undefined;
    this.operand = null;
    this.owner = null;
    this.shortCircuit = null;
    this.nativeDunder = false;
    this.mappingOnly = false;
    this.consumesAll = false;
    this.dropsArg = false;
  }
  /** for methods of builtin types: the implementation taking self separately (skips an array copy) */
  declare meth: ((self: any, args: any[], kw: Kw) => any) | null;
  /** the builtin type defining this method (repr `<method 'upper' of 'str' objects>`), else null */
  declare owner: PyType | null;
  /** bound to `self` (a method of a builtin type found through an instance): that method's `meth`, called
   *  with self apart instead of `fn` with self prepended to a copy of the arguments (see `call`) */
  declare boundMeth: ((self: any, args: any[], kw: Kw) => any) | null;
  /** fast entry for a call with exactly one / two positional arguments (see fastcalls.ts) */
  declare f1: ((a: any) => any) | undefined;
  declare f2: ((a: any, b: any) => any) | undefined;
  /** a builtin type's own special method, reached by subclasses that do not override it (subclass.ts) */
  declare nativeDunder: boolean;
  /**
   * for a native binary operator method: what the operator itself does with (self, other), NotImplemented
   * where the method called by name refuses or raises (int.__add__(0.5), [1].__add__((2,))); see arith.ts
   */
  declare operand: ((self: any, other: any) => any) | null;
  /** a mapping-style __getitem__ (CPython's mp_subscript without sq_item): it does not make the type
   *  iterable or usable with `in` through the old sequence protocol (NumPy scalars' subscript) */
  declare mappingOnly: boolean;
  /** takes all the items of its one argument before it does anything else (sum, sorted): `f(genexpr)`
   *  may pass them as a list, made without a generator (see $consumesAll in src/interp/helpers.ts) */
  declare consumesAll: boolean;
  /** the builtins any and all: a generator expression argument may run as loops that stop early (helpers.ts) */
  declare shortCircuit: 'any' | 'all' | null;
  /** keeps no reference to its arguments (next, any): `f(genexpr)` then closes the generator expression
   *  as the call returns, when CPython frees it (see $callDropping in src/interp/helpers.ts) */
  declare dropsArg: boolean;
}
PyBuiltin.prototype.cls = BuiltinFunctionType;

export class PyMethod {
  declare cls: PyType;
  declare func: any;
  declare self: any;
  constructor(func: any, self: any) {
    // fields set here, not as parameter properties (class fields, which V8 runs as a separate initializer)
    this.func = func;
    this.self = self;
  }
}
PyMethod.prototype.cls = MethodType;

// `callObject` is provided by protocols (it needs attribute lookup for __call__ and class instantiation).
let callSlow: (f: any, args: any[], kw: Kw) => any = () => {
  throw new Error('call machinery not installed');
};
export function installCallSlow(fn: (f: any, args: any[], kw: Kw) => any): void {
  callSlow = fn;
}

/** Generic call: f(*args, **kw). */
export function call(f: any, args: any[], kw: Kw = null): any {
  if (f instanceof PyFunction) {
    if (kw === null) {
      const n = args.length, np = f.nfast;
      if (n <= np && n >= f.nmin) return f.fn(...args);
      // a plain signature called without some trailing parameters that have defaults: take those
      if (n < np && n >= np - f.defaults.length) {
        const full = args.slice();
        for (let i = n, d = f.defaults, first = np - d.length; i < np; i++) full.push(d[i - first]);
        return f.fn(...full);
      }
      if (f.kwFree && n <= f.sig.params.length && n >= f.sig.params.length - f.defaults.length) return f.fn(...args);
      // `def total(*args)` / `def f(a, *rest)` called positionally: the tuple made here, no binding
      if (np < 0 && n >= f.sig.params.length && f.starOnly) {
        const k = f.sig.params.length;
        if (k === 0) return f.fn(new PyTuple(args.slice()));
        if (k === 1) return f.fn(args[0], n > 1 ? new PyTuple(args.slice(1)) : EMPTY_TUPLE);
      }
      if (f.starStar) return f.fn(n > 0 ? new PyTuple(args.slice()) : EMPTY_TUPLE, new PyDict());
      // `def f(x, y=0, **opts)` called positionally: argument binding cost 2.5x CPython's call
      if (f.posKw) {
        const k = f.sig.params.length, d = f.defaults, first = k - d.length;
        if (n <= k && n >= first) {
          const full = args.slice();
          for (let i = n; i < k; i++) full.push(d[i - first]);
          full.push(new PyDict());
          return f.fn(...full);
        }
      }
    }
    return f.fn(...bindArgs(f, args, kw));
  }
  if (f instanceof PyBuiltin) return f.self === undefined ? f.fn(args, kw) : f.boundMeth !== null ? f.boundMeth(f.self, args, kw) : f.fn([f.self, ...args], kw);
  if (f instanceof PyMethod) {
    const g = f.func;
    // a builtin type's method bound to an instance of it (`random.random` is one): its implementation
    // taking self apart, without the two argument arrays and the check the unbound form makes
    if (g instanceof PyBuiltin && g.meth !== null && g.owner !== null && g.self === undefined && typeOf(f.self).isSubtypeOf(g.owner)) return g.meth(f.self, args, kw);
    // a Python method given its arguments as they are (a module function bound to a hidden instance,
    // `random.choice(s)`): self in front without a second array
    if (g instanceof PyFunction && kw === null && g.takes(args.length + 1)) {
      switch (args.length) {
        case 0: return g.fn(f.self);
        case 1: return g.fn(f.self, args[0]);
        case 2: return g.fn(f.self, args[0], args[1]);
        case 3: return g.fn(f.self, args[0], args[1], args[2]);
      }
    }
    return call(g, [f.self, ...args], kw);
  }
  return callSlow(f, args, kw);
}

export function call1(f: any, a: any): any {
  if (f instanceof PyFunction) {
    if (f.takes(1)) return f.fn(a);
    if (f.f1 !== undefined) return f.f1(a);
    if (f.starStar) return f.fn(new PyTuple([a]), new PyDict());
  } else if (f instanceof PyBuiltin) {
    if (f.f1 !== undefined) return f.f1(a);
    // `append = out.append; append(x)`
    if (f.boundMeth !== null) return f.boundMeth(f.self, [a], null);
  } else if (f instanceof PyMethod) {
    const g = f.func;
    if (g instanceof PyFunction && g.takes(2)) return g.fn(f.self, a);
  }
  return call(f, [a]);
}

/**
 * The fallbacks of generated call sites with no, one or two positional arguments (`$call0/1/2`): a bound
 * method of a Python function (`add = self.add`, a module function that is a method of a hidden instance
 * such as `random.randint`) is called with self in front, without the argument arrays `call` makes
 * (`bm(i)` in a loop measured 59 ns a call, slower than CPython's 39).
 */
export function call0(f: any): any {
  if (f instanceof PyMethod) {
    const g = f.func;
    if (g instanceof PyFunction && g.takes(1)) return g.fn(f.self);
  }
  return call(f, []);
}
export function call2(f: any, a: any, b: any): any {
  if (f instanceof PyMethod) {
    const g = f.func;
    if (g instanceof PyFunction && g.takes(3)) return g.fn(f.self, a, b);
  } else if (f instanceof PyFunction) {
    if (f.takes(2)) return f.fn(a, b);
    if (f.f2 !== undefined) return f.f2(a, b);
    // a decorator's `wrapper(*args, **kwargs)`: here rather than in `call`, which V8 optimizes late
    if (f.starStar) return f.fn(new PyTuple([a, b]), new PyDict());
  } else if (f instanceof PyBuiltin && f.f2 !== undefined) return f.f2(a, b);
  return call(f, [a, b]);
}

/** Map Python arguments onto the flattened JS parameter list of `f`, raising CPython's TypeErrors. */
const EMPTY_KW: ReadonlyMap<string, any> = new Map();

/**
 * The flattened JS arguments of `f` for positional `args` plus the keyword pairs of a call site
 * (`f(x, c=1)`: names known distinct), or null when anything needs bindArgs: an error to report,
 * `**kwargs`, a keyword matching a positional-only or already given parameter. Skips bindArgs' maps
 * and arrays (a loop calling `f(i, c=1)` spent a third of its time binding).
 */
export function bindPairs(f: PyFunction, args: any[], pairs: [string, any][]): any[] | null {
  const sig = f.sig;
  if (sig.kwarg) return null;
  const params = sig.params;
  const np = params.length, nargs = args.length;
  if (nargs > np && !sig.vararg) return null;
  const kwBase = sig.vararg ? np + 1 : np;
  const out = new Array(kwBase + sig.kwonly.length);
  for (let i = 0; i < np && i < nargs; i++) out[i] = args[i];
  for (let j = 0; j < pairs.length; j++) {
    const k = pairs[j][0];
    const idx = params.indexOf(k);
    if (idx >= 0) {
      if (idx < sig.posonly || idx < nargs) return null;
      out[idx] = pairs[j][1];
    } else {
      const ki = sig.kwonly.indexOf(k);
      if (ki < 0) return null;
      out[kwBase + ki] = pairs[j][1];
    }
  }
  const firstDefault = np - f.defaults.length;
  for (let i = nargs; i < np; i++) {
    if (out[i] === undefined) {
      if (i < firstDefault) return null;
      out[i] = f.defaults[i - firstDefault];
    }
  }
  if (sig.vararg) out[np] = nargs > np ? new PyTuple(args.slice(np)) : EMPTY_TUPLE;
  for (let ki = 0; ki < sig.kwonly.length; ki++) {
    if (out[kwBase + ki] === undefined) {
      const v = f.kwdefaults?.get(sig.kwonly[ki]);
      if (v === undefined) return null;
      out[kwBase + ki] = v;
    }
  }
  return out;
}

export function bindArgs(f: PyFunction, args: any[], kw: Kw): any[] {
  const sig = f.sig;
  const np = sig.params.length;
  const nargs = args.length;
  if (kw === null && sig.vararg && sig.kwonly.length === 0 && nargs >= np) {
    // `def wrapper(*args, **kwds)` called positionally (decorators, lru_cache): nothing to match by name
    const given = args.slice(0, np);
    given.push(nargs > np ? new PyTuple(args.slice(np)) : EMPTY_TUPLE);
    if (sig.kwarg) given.push(new PyDict());
    return given;
  }
  const out: any[] = new Array(np);
  const fname = f.qualname + '()';
  for (let i = 0; i < np && i < nargs; i++) out[i] = args[i];
  const varargs = nargs > np ? new PyTuple(args.slice(np)) : EMPTY_TUPLE;
  const kwout = kw ? new Map<string, any>() : (EMPTY_KW as Map<string, any>);
  let extra: PyDict | null = sig.kwarg ? new PyDict() : null;
  if (kw) {
    const posonlyGiven: string[] = [];
    for (const [k, v] of kw) {
      const idx = sig.params.indexOf(k);
      if (idx >= sig.posonly) {
        if (idx < nargs) throwPy('TypeError', `${fname} got multiple values for argument '${k}'`);
        out[idx] = v;
      } else if (sig.kwonly.includes(k)) {
        kwout.set(k, v);
      } else if (extra) {
        extra.set(k, v);
      } else if (idx >= 0) {
        posonlyGiven.push(k);
      } else {
        throwPy('TypeError', `${fname} got an unexpected keyword argument '${k}'`);
      }
    }
    if (posonlyGiven.length)
      throwPy('TypeError', `${fname} got some positional-only arguments passed as keyword arguments: '${posonlyGiven.join(', ')}'`);
  }
  // as CPython, a bad keyword is reported before too many positional arguments
  if (nargs > np && !sig.vararg) {
    const ndef = f.defaults.length;
    const takes = ndef
      ? `from ${np - ndef} to ${np} positional arguments`
      : `${np} positional argument${np === 1 ? '' : 's'}`;
    const kwGiven = kw ? [...kw.keys()].filter((k) => sig.kwonly.includes(k)).length : 0;
    const given = kwGiven
      ? `${nargs} positional argument${nargs === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were given`
      : `${nargs} ${nargs === 1 ? 'was' : 'were'} given`;
    throwPy('TypeError', `${fname} takes ${takes} but ${given}`);
  }
  const firstDefault = np - f.defaults.length;
  let missing: string[] | null = null;
  for (let i = nargs; i < np; i++) {
    if (out[i] === undefined) {
      if (i >= firstDefault) out[i] = f.defaults[i - firstDefault];
      else (missing ??= []).push(sig.params[i]);
    }
  }
  if (missing !== null) throwPy('TypeError', `${fname} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
  if (sig.vararg) out.push(varargs);
  let kmissing: string[] | null = null;
  for (const k of sig.kwonly) {
    let v = kwout.get(k);
    if (v === undefined) v = f.kwdefaults?.get(k);
    if (v === undefined) (kmissing ??= []).push(k);
    out.push(v);
  }
  if (kmissing !== null) throwPy('TypeError', `${fname} missing ${kmissing.length} required keyword-only argument${kmissing.length === 1 ? '' : 's'}: ${listNames(kmissing)}`);
  if (extra) out.push(extra);
  return out;
}

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

// ---- helpers for writing builtins ----

/** Define a builtin function. */
export function builtin(name: string, fn: (args: any[], kw: Kw) => any): PyBuiltin {
  return new PyBuiltin(name, fn);
}

/**
 * Parse builtin arguments by name: `spec` lists parameter names; a leading '*' marks keyword-only from
 * there on; names ending in '?' are optional (undefined when absent), a '/' after the name (before any
 * '?') marks a positional-only parameter. Returns values in spec order. Errors read as CPython's
 * Argument Clinic ones.
 */
/** the parameter names of a parseArgs spec (`'ndigits?'` → `'ndigits'`) */
function specNames(spec: string[]): string[] {
  return spec.map((s) => s.replace(/[?*/]/g, ''));
}

const isOptional = (s: string) => s.charCodeAt(s.length - 1) === 63; /* '?' */
const isPosOnly = (s: string) => {
  const c = s.charCodeAt(s.length - 1);
  return c === 47 /* '/' */ || (c === 63 && s.charCodeAt(s.length - 2) === 47);
};
const plural = (n: number) => (n === 1 ? '' : 's');

/** CPython's _PyArg_CheckPositional message for a builtin whose parameters are all positional-only */
function positionalCountError(fname: string, n: number, spec: string[]): never {
  const min = spec.filter((s) => !isOptional(s)).length;
  const max = spec.length;
  if (n > max) throwPy('TypeError', `${fname} expected ${min === max ? '' : 'at most '}${max} argument${plural(max)}, got ${n}`);
  return throwPy('TypeError', `${fname} expected ${min === max ? '' : 'at least '}${min} argument${plural(min)}, got ${n}`);
}

/** too many arguments in all, or too many positional ones (_PyArg_UnpackKeywords) */
function tooManyArgs(fname: string, nargs: number, nkw: number, spec: string[], npos: number): never {
  if (spec.length > 0 && spec.every(isPosOnly)) positionalCountError(fname, nargs, spec);
  const max = spec.length;
  if (nargs + nkw > max) throwPy('TypeError', `${fname}() takes at most ${max} ${nargs === 0 ? 'keyword ' : ''}argument${plural(max)} (${nargs + nkw} given)`);
  if (npos === 0) throwPy('TypeError', `${fname}() takes no positional arguments`);
  const minpos = spec.slice(0, npos).filter((s) => !isOptional(s)).length;
  return throwPy('TypeError', `${fname}() takes ${minpos < npos ? 'at most' : 'exactly'} ${npos} positional argument${plural(npos)} (${nargs} given)`);
}

/** a required parameter given no value */
function missingArg(fname: string, nargs: number, spec: string[], i: number): never {
  if (spec.every(isPosOnly)) positionalCountError(fname, nargs, spec);
  if (isPosOnly(spec[i])) {
    const posOnly = spec.filter(isPosOnly);
    const minpos = posOnly.filter((s) => !isOptional(s)).length;
    const maxpos = spec.filter((s) => s[0] !== '*').length;
    throwPy('TypeError', `${fname}() takes ${minpos < maxpos ? 'at least' : 'exactly'} ${minpos} positional argument${plural(minpos)} (${nargs} given)`);
  }
  return throwPy('TypeError', `${fname}() missing required argument '${specNames(spec)[i]}' (pos ${i + 1})`);
}

export function parseArgs(fname: string, args: any[], kw: Kw, spec: string[], maxPos = -1): any[] {
  // runs on every call of many builtins (round, sum, …): the names are only worked out for keywords
  // and errors (a regex replace over the spec on every call was 10% of a loop of round(x, 2) calls)
  let npos = maxPos;
  if (npos < 0) {
    npos = spec.length;
    for (let i = 0; i < spec.length; i++) {
      if (spec[i].charCodeAt(0) === 42 /* '*' */) {
        npos = i;
        break;
      }
    }
  }
  const nkw = kw ? kw.size : 0;
  if (args.length > npos || args.length + nkw > spec.length) tooManyArgs(fname, args.length, nkw, spec, npos);
  const out = new Array(spec.length);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  // as _PyArg_UnpackKeywords: keywords fill the parameters after the positional ones, a missing
  // required one is reported first, then a name also given by position, then an unknown name
  const ns = nkw ? specNames(spec) : null;
  for (let i = args.length; i < spec.length; i++) {
    if (ns !== null && !isPosOnly(spec[i]) && kw!.has(ns[i])) out[i] = kw!.get(ns[i]);
    else if (!isOptional(spec[i])) missingArg(fname, args.length, spec, i);
  }
  if (ns !== null) {
    for (const k of kw!.keys()) {
      const i = ns.indexOf(k);
      if (i >= 0 && i < args.length && !isPosOnly(spec[i])) throwPy('TypeError', `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      if (i < 0 || isPosOnly(spec[i])) throwPy('TypeError', `'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

/** Raise the usual TypeError for a builtin taking exactly `n` positional args. */
export function expectArgs(fname: string, args: any[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throwPy('TypeError', `${fname}() takes no arguments (${n} given)`);
    if (min === 1) throwPy('TypeError', `${fname}() takes exactly one argument (${n} given)`);
    throwPy('TypeError', `${fname} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throwPy('TypeError', `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throwPy('TypeError', `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** CPython's _PyArg_CheckPositional: `sorted expected 1 argument, got 0` (no METH_O wording for one) */
export function checkPositional(fname: string, args: any[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  const [want, k] = n < min ? [min === max ? '' : 'at least ', min] : [min === max ? '' : 'at most ', max];
  throwPy('TypeError', `${fname} expected ${want}${k} argument${plural(k)}, got ${n}`);
}

export function noKw(fname: string, kw: Kw): void {
  if (kw && kw.size) throwPy('TypeError', `${fname}() takes no keyword arguments`);
}

const impl0 = (v: any): any => v;
/** The value of a PyBoxed (subclass.ts), identified by its `value` field on a user-typed instance. */
function unboxSelf(v: any): any {
  return v !== null && typeof v === 'object' && v.value !== undefined && v.cls?.isUser === true && boxedTest(v) ? v.value : v;
}
let boxedTest: (v: any) => boolean = () => false;
/** Installed by subclass.ts (which imports this module). */
export function setBoxedTest(f: (v: any) => boolean): void {
  boxedTest = f;
}

/** Add builtin methods to a type: fn receives (self, ...positional args) plus kw. */
export function defMethods(t: PyType, methods: Record<string, (self: any, args: any[], kw: Kw) => any>): void {
  // an instance of a user subclass of an immutable builtin (PyBoxed) reaches the builtin's methods as
  // its value: 'abc'.upper() and Name('abc').upper() run the same code
  const unboxed = t === ObjectType ? impl0 : unboxSelf;
  for (const [name, impl] of Object.entries(methods)) {
    const b = new PyBuiltin(name, (args, kw) => {
      if (!args.length) throwPy('TypeError', `unbound method ${t.name}.${name}() needs an argument`);
      return impl(unboxed(args[0]), args.slice(1), kw);
    });
    b.doc = t.name;
    b.owner = t;
    b.meth = unboxed === impl0 ? impl : (self, args, kw) => impl(unboxSelf(self), args, kw);
    t.dict[name] = b;
  }
}

export function isCallable(v: any): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyMethod || v instanceof PyType) return true;
  if (v instanceof PyInstance) return v.cls.lookup('__call__') !== undefined;
  if (v && typeof v === 'object' && v.cls) return v.cls.lookup('__call__') !== undefined;
  return false;
}

export function funcAttrs(f: PyFunction): Attrs {
  return f.d ?? (f.d = newAttrs());
}

export { typeOf };
