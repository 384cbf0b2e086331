/**
 * `int | None`, `str | list[int]`: PEP 604 unions of types (types.UnionType), which annotations such as
 * `x: int | None = None` build when a class body is run. A union keeps its members in order without
 * duplicates, prints as CPython does (`int | None`), compares equal regardless of order, and chains
 * (`int | str | None`); isinstance/issubclass accept them (builtins.ts classCheck).
 */
import { PyType, builtinType, NoneType } from './pytype';
import { defineMethods } from './types/define';
import { defGetters } from './descriptors';
import { PyTuple, NotImplemented } from './values';
import { setTypeUnion } from './arith';
import { repr } from './repr';
import { PySet } from './hashtable';
import { pyHash } from './hash';

export const UnionTypeType = builtinType('UnionType', undefined, 'types');

export class PyUnion {
  declare cls: PyType;
  constructor(readonly args: any[]) {}
}
PyUnion.prototype.cls = UnionTypeType;
/** keyed in dicts by hash and __eq__, not identity (hashtable.ts fastKey) */
(PyUnion.prototype as any).hashByValue = true;

/** other values that may stand in a union (generic aliases such as list[int], genericAlias.ts) */
const extraMembers: ((v: any) => boolean)[] = [];
export function registerUnionMember(test: (v: any) => boolean): void {
  extraMembers.push(test);
}

/** What may stand in a union: classes, None, generic aliases, and unions (flattened). */
function members(v: any): any[] | null {
  if (v === null) return [null];
  if (v instanceof PyUnion) return v.args;
  if (v instanceof PyType || extraMembers.some((t) => t(v))) return [v];
  return null;
}

/** `a | b` when both are types, None or unions (`int | int` is just int); null otherwise. */
export function unionOf(a: any, b: any): PyUnion | PyType | null {
  const ma = members(a), mb = members(b);
  if (ma === null || mb === null || (a === null && b === null)) return null;
  const args: any[] = [];
  for (const m of [...ma, ...mb]) if (!args.includes(m)) args.push(m);
  if (args.length === 1 && args[0] !== null) return args[0];
  installUnionType();
  return new PyUnion(args);
}

function name(v: any): string {
  if (v === null) return 'None';
  if (!(v instanceof PyType)) return repr(v);
  return v.module && v.module !== 'builtins' ? `${v.module}.${v.name}` : v.name;
}

let installed = false;
export function installUnionType(): void {
  if (installed) return;
  installed = true;
  defineMethods(UnionTypeType, {
    __repr__: (u: PyUnion) => u.args.map(name).join(' | '),
    // anything else (typing.Union[...]) gets its reflected __eq__ tried, as union_richcompare does
    __eq__: (u: PyUnion, [o]) =>
      o instanceof PyUnion ? o.args.length === u.args.length && u.args.every((x) => o.args.includes(x) || (x === null ? o.args.includes(NoneType) : x === NoneType && o.args.includes(null))) : NotImplemented,
    // hashed as the frozenset of its members, so equal typing.Union[...] aliases hash alike
    __hash__: (u: PyUnion) => {
      const s = new PySet(true);
      for (const x of u.args) s.add(x === null ? NoneType : x);
      return pyHash(s);
    },
    __or__: (u: PyUnion, [o]) => unionOf(u, o) ?? NotImplemented,
    __ror__: (u: PyUnion, [o]) => unionOf(o, u) ?? NotImplemented,
  });
  // __args__ lists None as type(None), as CPython does
  defGetters(UnionTypeType, { __args__: (u: PyUnion) => new PyTuple(u.args.map((x) => (x === null ? NoneType : x))) });
}

setTypeUnion(unionOf);
