/**
 * `gc`: Python's garbage-collector interface. ndpy has no reference cycles to find (the JS engine
 * collects objects), so `collect()` instead returns dead arrays' memory to the array heap at once (a
 * full JS collection, runtime/memory.ts) and reports 0 objects; enable/disable/isenabled keep a flag,
 * and the thresholds and counts are CPython's defaults.
 */
import { PyModule, tuple } from '../objects/values';
import { builtin } from '../objects/function';
import { heap } from '../../runtime/memory';

export function makeGc(): PyModule {
  const m = new PyModule('gc');
  const d = m.d;
  let enabled = true;
  d.collect = builtin('collect', () => {
    heap.collect();
    return 0;
  });
  d.enable = builtin('enable', () => ((enabled = true), null));
  d.disable = builtin('disable', () => ((enabled = false), null));
  d.isenabled = builtin('isenabled', () => enabled);
  d.get_count = builtin('get_count', () => tuple([0, 0, 0]));
  d.get_threshold = builtin('get_threshold', () => tuple([700, 10, 10]));
  d.set_threshold = builtin('set_threshold', () => null);
  d.garbage = [];
  d.callbacks = [];
  return m;
}
