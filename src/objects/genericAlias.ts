/**
 * `list[int]`, `dict[str, list[float]]`, `tuple[int, ...]`: PEP 585 generic aliases (types.GenericAlias)
 * of the builtin container types, as annotations build them. An alias prints as CPython prints it,
 * exposes `__origin__` and `__args__`, compares equal to an alias of the same origin and arguments,
 * calls its origin (`list[int]()` is `[]`), and joins unions (`list[int] | None`). The containers have a
 * `__class_getitem__` (so `MyList[int]` is an alias of the subclass); other classes
 * subscripted without `__class_getitem__` still give the class back (protocols.ts getItem).
 */
import { PyType, builtinType, ListType, TupleType, DictType, SetType, FrozenSetType, TypeType } from './pytype';
import { defineMethods } from './types/define';
import { defGetters, PyClassMethod } from './descriptors';
import { PyTuple, Ellipsis, NotImplemented } from './values';
import { call, builtin } from './function';
import { throwPy } from './errors';
import { repr } from './repr';
import { setGenericAlias, eqBool } from './protocols';
import { pyHash } from './hash';
import { registerUnionMember } from './unionType';

export const GenericAliasType = builtinType('GenericAlias', undefined, 'types');

export class PyGenericAlias {
  declare cls: PyType;
  constructor(readonly origin: PyType, readonly args: any[]) {}
}
PyGenericAlias.prototype.cls = GenericAliasType;
/** keyed in dicts by hash and __eq__, not identity (hashtable.ts fastKey) */
(PyGenericAlias.prototype as any).hashByValue = true;

// GenericAlias(origin, args), as a __class_getitem__ (collections.abc's ABCs use it: src/stdlib/collectionsAbc.ts)
GenericAliasType.newInstance = (_cls, args, kw) => {
  if (kw !== null && kw !== undefined && kw.size) throwPy('TypeError', 'GenericAlias() takes no keyword arguments');
  if (args.length !== 2) throwPy('TypeError', `GenericAlias expected 2 arguments, got ${args.length}`);
  install();
  return new PyGenericAlias(args[0], args[1] instanceof PyTuple ? args[1].items : [args[1]]);
};

/** the builtin types whose subscription makes an alias */
const GENERIC = new Set<PyType>([ListType, TupleType, DictType, SetType, FrozenSetType, TypeType]);

/** `t[key]` for a builtin generic type, else null */
export function genericAlias(t: PyType, key: any): PyGenericAlias | null {
  if (!GENERIC.has(t)) return null;
  install();
  return new PyGenericAlias(t, key instanceof PyTuple ? key.items : [key]);
}

/** an alias argument as CPython's repr shows it */
export function argRepr(v: any, repr: (x: any) => string): string {
  if (v === Ellipsis) return '...';
  if (v === null) return 'None';
  if (v instanceof PyType) return v.module && v.module !== 'builtins' ? `${v.module}.${v.name}` : v.name;
  return repr(v);
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  defineMethods(GenericAliasType, {
    __repr__: (g: PyGenericAlias) => `${argRepr(g.origin, repr)}[${g.args.length ? g.args.map((a) => argRepr(a, repr)).join(', ') : '()'}]`,
    __call__: (g: PyGenericAlias, args, kw) => call(g.origin, args, kw),
    // `class D(dict[str, int])` derives from dict (PEP 560, interp/helpers.ts mroEntries)
    __mro_entries__: (g: PyGenericAlias) => new PyTuple([g.origin]),
    __eq__: (g: PyGenericAlias, [o]) =>
      o instanceof PyGenericAlias ? o.origin === g.origin && o.args.length === g.args.length && o.args.every((x, i) => x === g.args[i] || eqBool(x, g.args[i])) : NotImplemented,
    // equal aliases hash alike (the hash of origin and arguments), so they find each other in dicts
    __hash__: (g: PyGenericAlias) => pyHash(new PyTuple([g.origin, new PyTuple(g.args)])),
  });
  defGetters(GenericAliasType, {
    __origin__: (g: PyGenericAlias) => g.origin,
    __args__: (g: PyGenericAlias) => new PyTuple(g.args),
  });
}

// list.__class_getitem__ and the others (a subclass's alias keeps the subclass: MyList[int])
for (const t of GENERIC) {
  if (t === TypeType) continue;
  t.dict.__class_getitem__ = new PyClassMethod(builtin('__class_getitem__', (args) => {
    if (args.length !== 2) throwPy('TypeError', `__class_getitem__ expected 1 argument, got ${args.length - 1}`);
    install();
    return new PyGenericAlias(args[0], args[1] instanceof PyTuple ? args[1].items : [args[1]]);
  }));
}
setGenericAlias(genericAlias);
registerUnionMember((v) => v instanceof PyGenericAlias);
