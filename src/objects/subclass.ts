/**
 * Subclassing builtin types (`class Meters(float)`, `class Registry(dict)`, `class Stack(list)`).
 *
 * Mutable containers keep their native representation and are tagged with the subclass (a JS array or a
 * PyDict/PySet carrying `cls` and an attribute dict `d`, see types/define.ts). Immutable values (int,
 * float, str, tuple, complex, bytes) cannot carry a tag, so an instance is a PyBoxed: a PyInstance whose
 * `value` is the underlying builtin value.
 *
 * The protocols dispatch on a user type first (`userDunder`): a method the subclass defines wins; the
 * builtin behaviour is reached through "native dunders" installed here on the builtin types (marked
 * `nativeDunder`), which apply the native protocol to the unboxed value and never dispatch back to the
 * subclass, so `super().__getitem__(k)` cannot recurse.
 */
import {
  PyType, IntType, FloatType, ComplexType, StrType, TupleType, BytesType, ListType, DictType, SetType,
  FrozenSetType, BoolType, RangeType, typeOf,
} from './pytype';
import { PyInstance, PyTuple, PyFloat, PyComplex, NotImplemented } from './values';
import { checkRepeat } from '../interp/state';
import { throwPy } from './errors';
import { PyBuiltin, Kw } from './function';

/** An instance of a user subclass of an immutable builtin type. */
export class PyBoxed extends PyInstance {
  constructor(cls: PyType, public value: any) {
    super(cls);
  }
}

/** The builtin value inside a subclass instance (or the value itself). */
export function unbox(v: any): any {
  return v instanceof PyBoxed ? v.value : v;
}

/** The user-defined class of a value, or null for plain builtin values and builtin types' instances. */
export function userType(o: any): PyType | null {
  if (o === null || typeof o !== 'object') return null;
  const t = o.cls;
  return t !== undefined && t.isUser === true ? t : null;
}

/** A special method the user's class (or a user base) defines; undefined when only the builtin one applies. */
export function userDunder(o: any, name: string): any {
  const t = userType(o);
  if (t === null) return undefined;
  const f = t.lookup(name);
  if (f === undefined || (f instanceof PyBuiltin && f.nativeDunder)) return undefined;
  return f;
}

/** Turn the result of a builtin constructor into an instance of the user subclass `cls`. */
export function asSubclassInstance(cls: PyType, v: any): any {
  if (v !== null && typeof v === 'object' && (v.cls === cls || v instanceof PyInstance)) return v;
  if (Array.isArray(v)) {
    (v as any).cls = cls;
    (v as any).d ??= Object.create(null);
    return v;
  }
  return new PyBoxed(cls, v);
}

type CmpOp = '<' | '<=' | '>' | '>=';
let compareOrNI: ((op: CmpOp, a: any, b: any) => any) | null = null;
/** protocols.ts registers its ordering that answers NotImplemented for unorderable pairs (it imports this
 * module, so importing it back here would reorder module initialisation). */
export function setNativeCompare(f: (op: CmpOp, a: any, b: any) => any): void {
  compareOrNI = f;
}

type Impl = (self: any, args: any[]) => any;

function native(t: PyType, name: string, impl: Impl, operand: ((self: any, other: any) => any) | null = null): void {
  if (t.dict[name] !== undefined) return; // a type file already provides it
  const n = ARITY.get(name);
  const checked: Impl = n === undefined ? impl : (self, args) => {
    if (args.length !== n) throwPy('TypeError', `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
    return impl(self, args);
  };
  const b = new PyBuiltin(name, (args, kw: Kw) => {
    // the unbound slot wrapper (int.__add__(x, y)) takes a self of its type only
    if (!args.length) throwPy('TypeError', `descriptor '${name}' of '${t.name}' object needs an argument`);
    if (!typeOf(args[0]).isSubtypeOf(t)) throwPy('TypeError', `descriptor '${name}' requires a '${t.name}' object but received a '${typeOf(args[0]).tpName}'`);
    return checked(args[0], args.slice(1));
  });
  b.meth = checked;
  b.nativeDunder = true;
  b.operand = operand;
  t.dict[name] = b;
}

export interface NativeProtocols {
  binary: (op: string, a: any, b: any) => any;
  unary: Record<string, (a: any) => any>;
  getItem: (o: any, k: any) => any;
  setItem: (o: any, k: any, v: any) => void;
  delItem: (o: any, k: any) => void;
  len: (o: any) => number;
  contains: (o: any, x: any) => boolean;
  iter: (o: any) => any;
  repr: (o: any) => string;
  str: (o: any) => string;
  hash: (o: any) => any;
  truthy: (o: any) => boolean;
  eq: (a: any, b: any) => any;
  compare: (op: '<' | '<=' | '>' | '>=', a: any, b: any) => any;
  format: (v: any, spec: string) => string;
  toInt: (v: any) => any;
  toFloat: (v: any) => any;
  /** raise the TypeError the operator `a op b` raises for these operands */
  opError: (op: string, a: any, b: any) => never;
  typeName: (v: any) => string;
}

/** an int (or bool) value, unboxed */
const isInt = (v: any): boolean => typeof v === 'bigint' || typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v));
/** an int or float value, unboxed (an integral float is a PyFloat box) */
const isReal = (v: any): boolean => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat;
/**
 * The operands a number type's own methods take (int.__add__(0.5) and float.__eq__(1j) are NotImplemented:
 * the other operand's reflected method decides), null for any.
 */
function operandTest(t: PyType): ((v: any) => boolean) | null {
  if (t === IntType || t === BoolType) return isInt;
  if (t === FloatType) return isReal;
  if (t === ComplexType) return (v) => isReal(v) || v instanceof PyComplex;
  return null;
}

const BINARY: [string, string, string][] = [
  ['+', '__add__', '__radd__'], ['-', '__sub__', '__rsub__'], ['*', '__mul__', '__rmul__'],
  ['/', '__truediv__', '__rtruediv__'], ['//', '__floordiv__', '__rfloordiv__'], ['%', '__mod__', '__rmod__'],
  ['**', '__pow__', '__rpow__'], ['<<', '__lshift__', '__rlshift__'], ['>>', '__rshift__', '__rrshift__'],
  ['&', '__and__', '__rand__'], ['|', '__or__', '__ror__'], ['^', '__xor__', '__rxor__'], ['@', '__matmul__', '__rmatmul__'],
];

/** The dunders taking a fixed number of arguments besides self (CPython's slot wrappers check the count:
 *  `(1).__add__()` raises "expected 1 argument, got 0"). */
const ARITY = new Map<string, number>();
// (not __pow__: pow(a, b, mod) reaches it with two arguments)
for (const [op, fwd, rev] of BINARY) if (op !== '**') ARITY.set(fwd, 1).set(rev, 1);
for (const name of ['__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__contains__']) ARITY.set(name, 1);
for (const name of ['__neg__', '__pos__', '__abs__', '__invert__', '__len__', '__hash__', '__bool__', '__int__', '__float__', '__index__', '__iter__', '__repr__', '__str__']) {
  ARITY.set(name, 0);
}

/** The binary operators each builtin type defines dunders for (as CPython's dir() lists them). */
const OPERATORS = new Map<PyType, string[]>([
  [IntType, ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^']],
  [FloatType, ['+', '-', '*', '/', '//', '%', '**']],
  [ComplexType, ['+', '-', '*', '/', '**']],
  [StrType, ['+', '*', '%']],
  [BytesType, ['+', '*', '%']],
  [TupleType, ['+', '*']],
  [ListType, ['+', '*']],
  [DictType, ['|']],
  [SetType, ['-', '&', '|', '^']],
  [FrozenSetType, ['-', '&', '|', '^']],
]);
OPERATORS.set(BoolType, OPERATORS.get(IntType)!);

/** Install the native dunders on the builtin types (idempotent: existing entries are kept). */
export function installNativeDunders(p: NativeProtocols): void {
  const all = [IntType, BoolType, FloatType, ComplexType, StrType, TupleType, BytesType, ListType, DictType, SetType, FrozenSetType];
  const numbers = [IntType, BoolType, FloatType, ComplexType];
  const sequences = [StrType, TupleType, BytesType, ListType];
  const containers = [...sequences, DictType, SetType, FrozenSetType];
  for (const t of all) {
    native(t, '__repr__', (s) => p.repr(unbox(s)));
    if (t === StrType) native(t, '__str__', (s) => p.str(unbox(s)));
    native(t, '__hash__', (s) => p.hash(unbox(s)));
    // containers have no __bool__: their truth is their __len__
    if (numbers.includes(t)) native(t, '__bool__', (s) => p.truthy(unbox(s)));
    native(t, '__format__', (s, [spec]) => p.format(unbox(s), spec));
    const takes = operandTest(t);
    native(t, '__eq__', (s, [o]) => (takes !== null && !takes(unbox(o)) ? NotImplemented : p.eq(unbox(s), unbox(o))));
    native(t, '__ne__', (s, [o]) => {
      if (takes !== null && !takes(unbox(o))) return NotImplemented;
      const r = p.eq(unbox(s), unbox(o));
      return r === NotImplemented ? r : !p.truthy(r);
    });
    // int.__lt__('a') is NotImplemented, so `1 < A()` tries A.__gt__ and then reports '<' with int and A
    for (const [op, name] of [['<', '__lt__'], ['<=', '__le__'], ['>', '__gt__'], ['>=', '__ge__']] as const) {
      native(t, name, (s, [o]) => (takes !== null && !takes(unbox(o)) ? NotImplemented : (compareOrNI ?? p.compare)(op, unbox(s), unbox(o))));
    }
  }
  for (const t of [...numbers, ...sequences, DictType, SetType, FrozenSetType]) {
    const ops = OPERATORS.get(t)!;
    for (const [op, fwd, rev] of BINARY) {
      if (!ops.includes(op)) continue;
      if (op === '*' && sequences.includes(t)) {
        // [0].__mul__(10**10): the length check the `*` operator makes (state.ts checkRepeat); a count that
        // is no int is refused as an index would be
        const times = (s: any, o: any, r: any) => {
          if (r === NotImplemented) throwPy('TypeError', `'${p.typeName(o)}' object cannot be interpreted as an integer`);
          return r;
        };
        const fwdOp = (s: any, o: any) => (checkRepeat(unbox(s), unbox(o)), p.binary(op, unbox(s), unbox(o)));
        const revOp = (s: any, o: any) => (checkRepeat(unbox(s), unbox(o)), p.binary(op, unbox(o), unbox(s)));
        native(t, fwd, (s, [o]) => times(s, o, fwdOp(s, o)), fwdOp);
        native(t, rev, (s, [o]) => times(s, o, revOp(s, o)), revOp);
        continue;
      }
      // the other operand of a number or sequence operator is used by value (K(6) | K(3), (1,) + T((2,)));
      // str and bytes `%` keep it whole, so a str subclass argument formats with its own __str__/__repr__
      const keep = op === '%' && (t === StrType || t === BytesType);
      const other = (o: any) => (keep ? o : unbox(o));
      // what the operators use (arith.ts tryDunder): the builtin operation of the values, NotImplemented
      // when it has none, so the other operand's reflected method is tried next
      const fwdOp = (s: any, o: any) => p.binary(op, unbox(s), other(o));
      const revOp = (s: any, o: any) => p.binary(op, other(o), unbox(s));
      const takes = operandTest(t);
      if (takes !== null) {
        native(t, fwd, (s, [o]) => (takes(unbox(o)) ? fwdOp(s, o) : NotImplemented), fwdOp);
        native(t, rev, (s, [o]) => (takes(unbox(o)) ? revOp(s, o) : NotImplemented), revOp);
        continue;
      }
      if (op === '+' && sequences.includes(t)) {
        // str/bytes/tuple/list.__add__ called directly refuses another type outright (no NotImplemented)
        native(t, fwd, (s, [o]) => {
          const r = fwdOp(s, o);
          return r === NotImplemented ? p.opError(op, s, o) : r;
        }, fwdOp);
        continue;
      }
      native(t, fwd, (s, [o]) => fwdOp(s, o), fwdOp);
      // str, bytes, tuple and list have no reflected `+` (concatenation only answers its own type)
      if (op !== '+' || numbers.includes(t)) native(t, rev, (s, [o]) => revOp(s, o), revOp);
    }
  }
  for (const t of numbers) {
    native(t, '__neg__', (s) => p.unary['-'](unbox(s)));
    native(t, '__pos__', (s) => p.unary['+'](unbox(s)));
    native(t, '__abs__', (s) => p.unary.abs(unbox(s)));
    // complex has neither (int(1j) and float(1j) are TypeErrors, '%d' % 1j asks for a real number)
    if (t === ComplexType) continue;
    native(t, '__int__', (s) => p.toInt(unbox(s)));
    native(t, '__float__', (s) => p.toFloat(unbox(s)));
  }
  for (const t of [StrType, BytesType, TupleType]) native(t, '__getnewargs__', (s) => new PyTuple([unbox(s)]));
  native(BytesType, '__bytes__', (s) => unbox(s));
  for (const t of [IntType, BoolType]) {
    native(t, '__index__', (s) => unbox(s));
    native(t, '__invert__', (s) => p.unary['~'](unbox(s)));
  }
  for (const t of [...containers, RangeType]) {
    native(t, '__len__', (s) => p.len(unbox(s)));
    native(t, '__iter__', (s) => p.iter(unbox(s)));
    native(t, '__contains__', (s, [x]) => p.contains(unbox(s), x));
    // sets are not subscriptable: hasattr(x, '__getitem__') tells sequences and mappings from them
    if (t !== SetType && t !== FrozenSetType) native(t, '__getitem__', (s, [k]) => p.getItem(unbox(s), k));
  }
  for (const t of [ListType, DictType]) {
    native(t, '__setitem__', (s, [k, v]) => (p.setItem(s, k, v), null));
    native(t, '__delitem__', (s, [k]) => (p.delItem(s, k), null));
  }
}
