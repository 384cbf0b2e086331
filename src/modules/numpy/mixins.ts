/**
 * numpy.lib.mixins: NDArrayOperatorsMixin, a base class whose Python operators call the matching NumPy
 * ufunc on the operands (so a class defining `__array_ufunc__` gets `+`, `<`, `-x`, `x += y`, … through
 * it). A binary operator returns NotImplemented when the other operand sets `__array_ufunc__ = None`;
 * in-place operators pass `out=(self,)`; reflected ones swap the operands.
 */
import { PyModule, NotImplemented, tuple } from '../../objects/values';
import { builtinType, ObjectType } from '../../objects/pytype';
import { call, Kw } from '../../objects/function';
import { getAttr, getAttrOrUndef } from '../../objects/attrs';
import { defineMethods } from '../../objects/types/define';
import { importModule } from '../../interp/imports';

export const OperatorsMixinType = builtinType('NDArrayOperatorsMixin', ObjectType, 'numpy.lib.mixins');

const COMPARISONS: Record<string, string> = { lt: 'less', le: 'less_equal', eq: 'equal', ne: 'not_equal', gt: 'greater', ge: 'greater_equal' };
const NUMERIC: Record<string, string> = {
  add: 'add', sub: 'subtract', mul: 'multiply', matmul: 'matmul', truediv: 'divide', floordiv: 'floor_divide',
  mod: 'remainder', pow: 'power', lshift: 'left_shift', rshift: 'right_shift', and: 'bitwise_and', xor: 'bitwise_xor', or: 'bitwise_or',
};
const UNARY: Record<string, string> = { neg: 'negative', pos: 'positive', abs: 'absolute', invert: 'invert' };

function npUfunc(name: string): any {
  return getAttr(importModule('numpy', true), name);
}

/** the other operand opts out of NumPy's dispatch (`__array_ufunc__ = None`) */
function disables(other: any): boolean {
  return getAttrOrUndef(other, '__array_ufunc__') === null;
}

function installMixin(): void {
  if (OperatorsMixinType.dict.__add__) return;
  const methods: Record<string, (self: any, args: any[], kw: Kw) => any> = {};
  const binary = (ufunc: string, reflected: boolean) => (self: any, [other]: any[]) =>
    disables(other) ? NotImplemented : call(npUfunc(ufunc), reflected ? [other, self] : [self, other]);
  for (const [op, uf] of Object.entries(COMPARISONS)) methods[`__${op}__`] = binary(uf, false);
  for (const [op, uf] of Object.entries({ ...NUMERIC, divmod: 'divmod' })) {
    methods[`__${op}__`] = binary(uf, false);
    methods[`__r${op}__`] = binary(uf, true);
    if (op !== 'divmod') methods[`__i${op}__`] = (self, [other]) => call(npUfunc(uf), [self, other], new Map([['out', tuple([self])]]));
  }
  for (const [op, uf] of Object.entries(UNARY)) methods[`__${op}__`] = (self) => call(npUfunc(uf), [self]);
  defineMethods(OperatorsMixinType, methods);
  // defining __eq__ leaves instances unhashable, as for the Python class
  OperatorsMixinType.dict.__hash__ = null;
}

export function mixinsModule(): PyModule {
  installMixin();
  const m = new PyModule('numpy.lib.mixins');
  m.d.NDArrayOperatorsMixin = OperatorsMixinType;
  return m;
}
