/**
 * `_lru`: the call path of functools.lru_cache / functools.cache wrappers for one or two positional
 * arguments, in TypeScript. functools (src/stdlib/functools.ts, Python) makes the wrapper as a Python
 * closure over its cache dict and hit/miss counts, and hands them here: `accelerate` gives the wrapper
 * function fast entries (`f1`/`f2`, which generated call sites try before the general call) doing what the
 * Python body does for such a call, on the same dict and counts, so cache_info() and cache_clear() see one
 * cache. Any other call (keywords, more arguments, typed=True) runs the Python body.
 *
 * As in CPython, whose wrapper is a C callable, a call through the wrapper counts towards the recursion
 * limit besides the wrapped function's own frame: a memoised recursion raises RecursionError at half the
 * depth of a plain one. A memoised grid recursion (grid(120, 120), 14.6k keys): ~20 ms steady and 60-90 on
 * its first run through the Python body, against CPython's 7.
 */
import { PyModule, PyTuple } from '../objects/values';
import { builtin, call1, call2, PyFunction } from '../objects/function';
import { PyDict } from '../objects/hashtable';
import { throwPy } from '../objects/errors';
import { depth } from '../interp/state';
import { deep } from '../interp/helpers';

/** The key the Python body makes for positional arguments (functools._make_key, typed=False). */
function key1(a: any): any {
  // an int (a JS integer or a bigint) or an exact str is its own key; bool, float and the rest go in a tuple
  return (typeof a === 'number' && Number.isInteger(a)) || typeof a === 'string' || typeof a === 'bigint' ? a : new PyTuple([a]);
}

function install(wrapper: PyFunction, func: any, cache: PyDict, stats: number[], maxsize: number | null): void {
  /** a cached result (moved to the most recent end of a bounded cache), or undefined */
  const hit = (key: any): any => {
    const r = cache.get(key);
    if (r === undefined) return undefined;
    stats[0]++;
    if (maxsize !== null) {
      cache.delete(key);
      cache.set(key, r);
    }
    return r;
  };
  const store = (key: any, r: any): any => {
    if (maxsize === null) cache.set(key, r);
    else if (maxsize > 0) {
      if (cache.get(key) !== undefined) cache.delete(key);
      else if (cache.size >= maxsize) {
        for (const e of cache.m.values()) {
          cache.delete(e.k);
          break;
        }
      }
      cache.set(key, r);
    }
    return r;
  };
  /** the result for `key`: cached, or the wrapped function's, called one frame deeper (the C wrapper's) */
  const lookup = (key: any, n: 1 | 2, a: any, b: any): any => {
    const r = hit(key);
    if (r !== undefined) return r;
    stats[1]++;
    if (++depth.n > depth.max) deep();
    let v;
    try {
      v = n === 1 ? call1(func, a) : call2(func, a, b);
    } finally {
      depth.n--;
    }
    return store(key, v);
  };
  wrapper.f1 = (a: any): any => lookup(key1(a), 1, a, undefined);
  wrapper.f2 = (a: any, b: any): any => lookup(new PyTuple([a, b]), 2, a, b);
}

export function makeLruCore(): PyModule {
  const m = new PyModule('_lru');
  m.d.accelerate = builtin('accelerate', (args) => {
    const [wrapper, func, cache, stats, maxsize] = args;
    if (!(wrapper instanceof PyFunction) || !(cache instanceof PyDict) || !Array.isArray(stats) || stats.length !== 2) throwPy('TypeError', 'accelerate(wrapper, func, cache, stats, maxsize)');
    if (maxsize !== null && typeof maxsize !== 'number' && typeof maxsize !== 'bigint') throwPy('TypeError', 'accelerate(): maxsize must be an int or None');
    install(wrapper, func, cache, stats, maxsize === null ? null : Number(maxsize));
    return null;
  });
  return m;
}
