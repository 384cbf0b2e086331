/**
 * Arity-specific entry points (`f1`, `f2`) for the builtins that loops call most: `len(x)`, `abs(x)`,
 * `int(s)`, `isinstance(o, T)`, `max(a, b)`, `range(n)`, `print(x)`, …. A call site in generated code
 * with one or two positional arguments calls `f.f1(a)` / `f.f2(a, b)` directly when present, skipping the
 * argument array and the generic argument parsing. Each entry must behave exactly like the full builtin
 * called with those positional arguments.
 */
import { Attrs, IntType, FloatType, StrType, BoolType, TypeType, RangeType, ListType, TupleType, SetType, PyType, typeOf } from './pytype';
import { getAttr, isPlainExcType, instanceOf } from './attrs';
import { PyExc, excTypes } from './exceptions';
import { PyTuple } from './values';
import { len, pyHash, truthy, compare } from './protocols';
import { repr, str } from './repr';
import { iter } from './iterators';
import { intOf, floatOf } from './types/number';

type Fn1 = (a: any) => any;
type Fn2 = (a: any, b: any) => any;

/** Builtin functions of one builtins namespace (each interpreter has its own PyBuiltin objects). */
export function installFastFunctions(b: Attrs, full: Record<string, (args: any[], kw: any) => any>): void {
  const set1 = (name: string, f: Fn1) => (b[name].f1 = f);
  const set2 = (name: string, f: Fn2) => (b[name].f2 = f);
  set1('len', len);
  set1('repr', repr);
  set1('hash', pyHash);
  // an instance of a user class goes to the full builtin: iter(x) is then x.__iter__()'s own result
  set1('iter', (x) => (x !== null && typeof x === 'object' && x.cls?.isUser === true ? full.iter([x], null) : iter(x)));
  // max(a, b) / min(a, b): the first of equal elements wins, as in CPython
  set2('max', (x, y) => (truthy(compare('>', y, x)) ? y : x));
  set2('min', (x, y) => (truthy(compare('<', y, x)) ? y : x));
  // a class whose metaclass is type has type's own __instancecheck__/__subclasscheck__: the MRO test
  set2('isinstance', (o, t) => (t instanceof PyType && t.cls === TypeType ? instanceOf(o, t) : full.isinstance([o, t], null)));
  set2('issubclass', (c, t) => (c instanceof PyType && t instanceof PyType && t.cls === TypeType ? c.isSubtypeOf(t) : full.issubclass([c, t], null)));
  set2('getattr', (o, name) => (typeof name === 'string' ? getAttr(o, name) : full.getattr([o, name], null)));
  for (const name of ['abs', 'sum', 'round', 'ord', 'chr', 'next', 'sorted', 'print', 'max', 'min', 'any', 'all', 'format', 'callable', 'id']) {
    if (b[name].f1 === undefined) set1(name, (x) => full[name]([x], null));
  }
  for (const name of ['isinstance', 'issubclass', 'round', 'next', 'print', 'getattr', 'hasattr', 'divmod', 'pow', 'format']) {
    if (b[name].f2 === undefined) set2(name, (x, y) => full[name]([x, y], null));
  }
}

/** Builtin types (shared by all interpreters); set once after the types are installed. */
export function installFastTypes(): void {
  const via = (t: typeof IntType): Fn1 => (x) => t.newInstance!(t, [x], null);
  IntType.f1 = intOf;
  FloatType.f1 = floatOf;
  StrType.f1 = (x) => (typeof x === 'string' ? x : str(x));
  BoolType.f1 = truthy;
  TypeType.f1 = typeOf;
  RangeType.f1 = via(RangeType);
  RangeType.f2 = (a, b) => RangeType.newInstance!(RangeType, [a, b], null);
  // ValueError("bad amount"): builtin exception classes whose __new__/__init__ are BaseException's make
  // the instance here (through type.__call__ it was a third of a raise-and-catch in a loop)
  for (const t of new Set(excTypes.values())) {
    if (isPlainExcType(t)) {
      t.f1 = (a) => {
        const e = new PyExc(t);
        e.args = new PyTuple([a]);
        return e;
      };
    }
  }
  ListType.f1 = via(ListType);
  TupleType.f1 = via(TupleType);
  SetType.f1 = via(SetType);
}
