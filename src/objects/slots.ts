/**
 * `__slots__`: a class that lists its instance attributes. Each slot becomes a data descriptor on the
 * class (reading an unset slot is an AttributeError), and when every user class in the MRO declares
 * __slots__ (none naming `__dict__`) the type is `slotted`: storing any other attribute raises
 * AttributeError, as instances have no __dict__ to take it. Their slot values live in the instance's
 * `d`; those of a dict-carrying subclass's instances in a `slots` record apart from it (so that its
 * __dict__ does not list them).
 */
import { PyType, typeOf, Attrs } from './pytype';
import { GetSet } from './descriptors';
import { throwPy } from './errors';
import { toArray } from './iterators';

/**
 * Where an instance keeps its slot values: the dict of an instance of a `slotted` class (which has no
 * __dict__ to show them, and whose attribute reads and writes generated code then does without a class
 * check, pytype.ts `plain`), a separate record otherwise.
 */
function store(o: any): Record<string, any> {
  return typeOf(o).slotted && o.d !== undefined ? o.d : (o.slots ??= Object.create(null));
}

/** Install the slot descriptors of a class being created from namespace `ns` (its dict). */
export function installSlots(t: PyType, ns: Attrs): void {
  const spec = ns.__slots__;
  const names: any[] = typeof spec === 'string' ? [spec] : toArray(spec);
  for (const n of names) {
    if (typeof n !== 'string') throwPy('TypeError', `__slots__ items must be strings, not '${typeOf(n).name}'`);
    if (n === '__dict__' || n === '__weakref__') continue;
    if (Object.prototype.hasOwnProperty.call(ns, n)) throwPy('ValueError', `'${n}' in __slots__ conflicts with class variable`);
    const gs = new GetSet(
      n,
      (o) => {
        const v = store(o)[n]; // None is null: only undefined means unset
        return v !== undefined ? v : throwPy('AttributeError', `'${typeOf(o).name}' object has no attribute '${n}'`);
      },
      (o, v) => {
        store(o)[n] = v;
      },
    );
    gs.slot = true;
    gs.del = (o) => {
      const s = store(o);
      if (s[n] === undefined) throwPy('AttributeError', n); // CPython's message for an unset slot
      delete s[n];
    };
    ns[n] = gs;
  }
  t.slotted = !names.includes('__dict__') && t.mro.every((b) => !b.isUser || b.dict.__slots__ !== undefined);
}

/** The set slot values of an instance, base classes' slots first (object.__getstate__'s second part). */
export function slotValues(o: any): [string, any][] {
  const out: [string, any][] = [];
  for (const c of [...typeOf(o).mro].reverse()) {
    const spec = c.isUser ? c.dict.__slots__ : undefined;
    if (spec === undefined) continue;
    const s = store(o);
    for (const n of typeof spec === 'string' ? [spec] : toArray(spec)) {
      if (typeof n === 'string' && s[n] !== undefined) out.push([n, s[n]]);
    }
  }
  return out;
}
