/**
 * Calls with keyword arguments (`clamp(v, hi=0.9)`, `p.moved(dy=1, scale=0.5)`) through a per-site cache.
 *
 * A call site's keyword names are fixed, so for one `def` (its FuncInfo, shared by every closure the def
 * makes) where each argument goes is fixed too. The first call works it out and makes an adapter, a small
 * JS function taking the site's positional and keyword values and calling the compiled function with them
 * in parameter order, `undefined` for parameters left to their defaults (the compiled function fills those
 * itself: FuncInfo.jsDefaults). Later calls with a function of the same def go straight through it.
 * Binding the arguments each time (arrays of pairs, a search of the parameter names, a spread call) made
 * keyword calls 6-10x slower than positional ones, and slower than CPython's.
 *
 * Signatures with *args are not cached (keyword-only parameters and **kwargs are); they, and every error
 * (an unknown or repeated keyword, a missing argument), go through the general call, which raises what
 * CPython raises.
 */
import { PyFunction, PyMethod, call, type Kw } from '../objects/function';
import { PyInstance } from '../objects/values';
import { PyDict } from '../objects/hashtable';
import { PyType, typeOf } from '../objects/pytype';
import { callMethod } from '../objects/attrs';
import { throwPy } from '../objects/errors';
import type { FuncInfo } from '../compile/functions';

type Adapter = (fn: (...a: any[]) => any, self: any, pos: any[], kw: any[], mk: typeof kwDict) => any;

/** adapters by shape (which argument each parameter gets), shared by all sites */
const adapters = new Map<string, Adapter>();

/**
 * The adapter calling `f` with `nself` (0 or 1) receiver, `npos` positional values and keyword values
 * named `names`, or null when the call needs the general binding.
 */
function adapterFor(f: PyFunction, nself: number, npos: number, names: readonly string[]): Adapter | null {
  const info = f.code as FuncInfo | null;
  const sig = f.sig;
  if (info === null || sig.vararg !== null) return null;
  // keyword-only parameters follow the positional ones in the JS function, then the **kwargs dict
  const all = sig.kwonly.length ? [...sig.params, ...sig.kwonly] : sig.params;
  const np = sig.params.length;
  const given = nself + npos;
  if (given > np) return null;
  // each parameter's source: s (self), p[i] (positional), k[j] (keyword), undefined (its default)
  const src: string[] = [];
  for (let i = 0; i < given; i++) src.push(i < nself ? 's' : `p[${i - nself}]`);
  const extra: number[] = [];
  for (let j = 0; j < names.length; j++) {
    const idx = all.indexOf(names[j]);
    if (idx >= sig.posonly) {
      if (idx < given || src[idx] !== undefined) return null;
      src[idx] = `k[${j}]`;
    } else if (sig.kwarg !== null) extra.push(j); // unknown names (and positional-only ones) go to **kwargs
    else return null;
  }
  // a parameter not given: only a compiled function filling its defaults itself takes it as undefined
  const firstDefault = np - f.defaults.length;
  for (let i = 0; i < all.length; i++) {
    if (src[i] !== undefined) continue;
    const hasDefault = i < np ? i >= firstDefault : f.kwdefaults?.has(all[i]) === true;
    if (!info.jsDefaults || !hasDefault) return null;
    if (i < src.length || sig.kwarg !== null) src[i] = 'undefined';
  }
  if (sig.kwarg !== null) src[all.length] = `mk(k, ${JSON.stringify(extra.map((j) => names[j]))}, ${JSON.stringify(extra)})`;
  const body = `return fn(${src.join(', ')});`;
  let a = adapters.get(body);
  if (a === undefined) {
    a = new Function('fn', 's', 'p', 'k', 'mk', body) as Adapter;
    adapters.set(body, a);
  }
  return a;
}

/** the **kwargs dict of a call through an adapter: the keyword values at `at`, named `names` */
function kwDict(k: any[], names: string[], at: number[]): PyDict {
  const d = new PyDict();
  for (let t = 0; t < at.length; t++) d.set(names[t], k[at[t]]);
  return d;
}

/** the general call with keyword values named `names` */
function general(f: any, pos: any[], names: readonly string[], vals: any[]): any {
  const kw: Kw = new Map();
  for (let j = 0; j < names.length; j++) kw.set(names[j], vals[j]);
  return call(f, pos, kw);
}

/** `f(*pos, **dict(zip(names, vals)))` at a site whose cache is `ic` = [FuncInfo, adapter] */
function callKwIC(f: any, pos: any[], names: readonly string[], vals: any[], ic: any[]): any {
  if (f instanceof PyFunction) {
    // (a function's result is never undefined: None is null)
    const r = viaCache(f, undefined, 0, pos, names, vals, ic);
    return r !== undefined ? r : general(f, pos, names, vals);
  }
  if (f instanceof PyMethod && f.func instanceof PyFunction) {
    const r = viaCache(f.func, f.self, 1, pos, names, vals, ic);
    if (r !== undefined) return r;
  } else if (f instanceof PyType) {
    // a plain class (object's __new__, a Python __init__): the instance, then __init__ through the cache
    const init = f.plainInit;
    if (init !== null && (init.code === ic[0] || adapterFor(init, 1, pos.length, names) !== null)) {
      const obj = new PyInstance(f);
      const r = viaCache(init, obj, 1, pos, names, vals, ic);
      if (r !== null) throwPy('TypeError', `__init__() should return None, not '${typeOf(r).tpName}'`);
      return obj;
    }
  }
  return general(f, pos, names, vals);
}

/** f called through the site's cache (filled on a miss), with `self` first when nself is 1; undefined if it cannot be */
function viaCache(f: PyFunction, self: any, nself: number, pos: any[], names: readonly string[], vals: any[], ic: any[]): any {
  if (f.code === ic[0] && f.code !== null && ic[2] === nself) return (ic[1] as Adapter)(f.fn, self, pos, vals, kwDict);
  const a = adapterFor(f, nself, pos.length, names);
  if (a === null) return undefined;
  ic[0] = f.code;
  ic[1] = a;
  ic[2] = nself;
  return a(f.fn, self, pos, vals, kwDict);
}

/** `o.name(*pos, **dict(zip(names, vals)))`: a method of the instance's class goes through the cache */
function callMethodKwIC(o: any, name: string, pos: any[], names: readonly string[], vals: any[], ic: any[]): any {
  if (o instanceof PyInstance) {
    const f = o.cls.lookup(name);
    if (f instanceof PyFunction && o.d[name] === undefined) {
      const r = viaCache(f, o, 1, pos, names, vals, ic);
      return r !== undefined ? r : general(f, [o, ...pos], names, vals);
    }
  }
  const kw: Kw = new Map();
  for (let j = 0; j < names.length; j++) kw.set(names[j], vals[j]);
  return callMethod(o, name, pos, kw);
}

export const keywordCallHelpers = { $callKwIC: callKwIC, $callMethodKwIC: callMethodKwIC };
