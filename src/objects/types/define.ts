/**
 * Installing builtin methods on the builtin types: `defineMethods` is function.ts's `defMethods` plus the
 * receiver check CPython makes when a method is called through the type (`str.split(1)` →
 * `descriptor 'split' for 'str' objects doesn't apply to a 'int' object`). Bound calls (`s.split()`,
 * `callMethod`) reach `meth` directly and skip the check, since the receiver's type found the method.
 */
import { PyType, typeOf, newAttrs } from '../pytype';
import { Kw, defMethods, PyBuiltin } from '../function';
import { throwPy } from '../errors';

export type Method = (self: any, args: any[], kw: Kw) => any;

export function defineMethods(t: PyType, methods: Record<string, Method>): void {
  defMethods(t, methods);
  for (const name of Object.keys(methods)) {
    const b = t.dict[name] as PyBuiltin;
    b.fn = (args, kw) => {
      if (!args.length) throwPy('TypeError', `unbound method ${t.name}.${name}() needs an argument`);
      const self = args[0];
      if (!typeOf(self).isSubtypeOf(t)) {
        throwPy('TypeError', `descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeOf(self).tpName}' object`);
      }
      return b.meth!(self, args.slice(1), kw);
    };
  }
}

/**
 * Mark a fresh builtin value as an instance of the user subclass `cls`: its `cls` (PyDict and PySet read
 * it; JS arrays carry it as an extra property) and an attribute dict `d` for instance attributes.
 */
export function tagInstance<T extends object>(v: T, cls: PyType): T {
  (v as any).cls = cls;
  (v as any).d = newAttrs();
  return v;
}

/** `__init__` for immutable builtin types, which take their value in the constructor (CPython's object.__init__ accepts the arguments when __new__ is overridden). */
export function permissiveInit(...types: PyType[]): void {
  for (const t of types) defineMethods(t, { __init__: () => null });
}
