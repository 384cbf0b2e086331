/**
 * np.str_ and np.bytes_ values: the elements of 'U' and 'S' arrays as Python sees them (`a[0]`, iteration,
 * `max(a)`), which repr as `np.str_('x')` / `np.bytes_(b'x')` while behaving as str and bytes. Each is a
 * PyBoxed around the plain value, so the types work as subclasses of str and bytes do (their methods
 * return plain str and bytes, as in NumPy); `tolist()` and `item()` give the plain values.
 *
 * np.generic sits after str/bytes in their MRO, so its attributes that str and bytes lack (dtype, shape,
 * int(), float(), bool(), unary operators) are given here for text values.
 */
import * as D from '../../../runtime/dtype';
import { PyType, StrType, BytesType, IntType, FloatType } from '../../objects/pytype';
import { PyBytes, tuple } from '../../objects/values';
import { PyBoxed, unbox } from '../../objects/subclass';
import { PyExc } from '../../objects/exceptions';
import { throwPy } from '../../objects/errors';
import { repr, str } from '../../objects/repr';
import { format as pyFormat } from '../../objects/formatting';
import { defGetters } from '../../objects/descriptors';
import { defineMethods } from '../../objects/types/define';
import type { Kw } from '../../objects/function';
import { StrScalarType, BytesScalarType, pyDType } from './dtypes';
import { legacyScalarRepr } from './printOptions';

/** an element of a 'U' array: a np.str_ */
export function strScalar(s: string): any {
  return new PyBoxed(StrScalarType, s);
}

/** an element of an 'S' array: a np.bytes_ */
export function bytesScalar(b: PyBytes): any {
  return new PyBoxed(BytesScalarType, b);
}

/** int()/float() of a text scalar: a ValueError names the value by the scalar's repr when `named` */
function parsed(self: any, t: PyType, scalarType: PyType | null): any {
  try {
    return t.newInstance!(t, [unbox(self)], null);
  } catch (e) {
    const shown = repr(unbox(self));
    const msg = e instanceof PyExc && e.cls.name === 'ValueError' ? String(e.args.items[0] ?? '') : '';
    if (scalarType && msg.endsWith(shown)) throwPy('ValueError', msg.slice(0, msg.length - shown.length) + `np.${scalarType.name}(${shown})`);
    throw e;
  }
}

type Make = (args: any[], kw: Kw) => any;

function install(t: PyType, make: Make, box: (v: any) => any, count: (v: any) => number, dtype: (n: number) => D.DType, width: number): void {
  const name = `numpy.${t.name}`;
  const n = (self: any) => count(unbox(self));
  t.newInstance = (_cls, args, kw) => box(make(args, kw));
  // dispatched as a subclass of str/bytes (userDunder); error messages name it numpy.str_/numpy.bytes_
  t.isUser = true;
  Object.defineProperty(t, 'tpName', { get: () => name });
  const refuse = (what: string) => () => throwPy('TypeError', `bad operand type for ${what}: '${name}'`);
  defineMethods(t, {
    __repr__: (self: any) => (legacyScalarRepr() ? repr(unbox(self)) : `np.${t.name}(${repr(unbox(self))})`),
    __str__: (self: any) => str(unbox(self)),
    item: (self: any) => unbox(self),
    tolist: (self: any) => unbox(self),
    // NumPy names a str_ in int()'s message and both in float()'s
    __int__: (self: any) => parsed(self, IntType, t === StrScalarType ? t : null),
    __float__: (self: any) => parsed(self, FloatType, t),
    __bool__: (self: any) => n(self) > 0,
    __abs__: refuse('abs()'),
    __neg__: refuse('unary -'),
    __pos__: refuse('unary +'),
    __invert__: refuse('unary ~'),
    __round__: () => throwPy('TypeError', `type ${name} doesn't define __round__ method`),
  });
  defGetters(t, {
    dtype: (self: any) => pyDType(dtype(n(self))),
    shape: () => tuple([]),
    strides: () => tuple([]),
    ndim: () => 0,
    size: () => 1,
    itemsize: (self: any) => width * n(self),
    nbytes: (self: any) => width * n(self),
    T: (self: any) => self,
  });
}

export function installTextScalars(): void {
  const makeStr: Make = (args, kw) => StrType.newInstance!(StrType, args, kw);
  // np.bytes_: a str alone goes through the ASCII codec
  const makeBytes: Make = (args, kw) =>
    BytesType.newInstance!(BytesType, typeof args[0] === 'string' && args.length === 1 && !kw?.size ? [args[0], 'ascii'] : args, kw);
  install(StrScalarType, makeStr, strScalar, (s: string) => [...s].length, D.unicode, 4);
  install(BytesScalarType, makeBytes, bytesScalar, (b: PyBytes) => b.data.length, D.bytes, 1);
  // bytes has no format(); NumPy's generic one formats the scalar's str(), "b'hi'" (str_ keeps str's)
  defineMethods(BytesScalarType, { __format__: (self: any, [spec]) => pyFormat(str(unbox(self)), spec) });
}
