/**
 * `_collections`: the native helper collections.Counter counts with, as CPython's C `_count_elements`.
 * `Counter(words)` spent its time in the Python loop `self[elem] = get(elem, 0) + 1`, where every store
 * goes through a dict subclass's item assignment: here a mapping whose class keeps dict's own `get` and
 * `__setitem__` is updated in its storage directly, and any other mapping through those two methods.
 */
import { PyModule } from '../objects/values';
import { builtin, expectArgs, call } from '../objects/function';
import { typeOf, DictType } from '../objects/pytype';
import { PyDict } from '../objects/hashtable';
import { getAttr } from '../objects/attrs';
import { setItem } from '../objects/protocols';
import { iter } from '../objects/iterators';
import { tick } from '../interp/state';
import * as A from '../objects/arith';

/** mapping[x] = mapping.get(x, 0) + 1 for every x of the iterable */
function countElements(mapping: any, iterable: any): void {
  const t = typeOf(mapping);
  const plain = mapping instanceof PyDict && t.lookup('get') === DictType.lookup('get') && t.lookup('__setitem__') === DictType.lookup('__setitem__');
  const get = plain ? null : getAttr(mapping, 'get');
  const it = iter(iterable);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    tick();
    if (plain) {
      const old = (mapping as PyDict).get(x);
      (mapping as PyDict).set(x, old === undefined ? 1 : typeof old === 'number' && Number.isSafeInteger(old + 1) ? old + 1 : A.add(old, 1));
    } else setItem(mapping, x, A.add(call(get, [x, 0]), 1));
  }
}

export function makeCollectionsCore(): PyModule {
  const m = new PyModule('_collections');
  m.d._count_elements = builtin('_count_elements', (args) => {
    expectArgs('_count_elements', args, 2);
    countElements(args[0], args[1]);
    return null;
  });
  return m;
}
