/**
 * The cells of `f.__closure__`: one per free variable of a closure (`f.__code__.co_freevars`, sorted by
 * name as CPython orders them), showing the variable's current value as `cell_contents`. Compiled
 * closures keep their free variables in JS variables shared with the enclosing function, so a cell reads
 * through the getter generated code gives the function (PyFunction.cells) and sees later rebinding, as
 * CPython's cells do. Reading a variable not bound yet raises ValueError("Cell is empty").
 */
import { builtinType, typeOf } from './pytype';
import { defGetters } from './descriptors';
import { defMethods } from './function';
import { throwPy } from './errors';
import { addr } from './repr';
import type { PyType } from './pytype';

const CellType = builtinType('cell');

export class PyCell {
  declare cls: PyType;
  constructor(readonly values: () => any[], readonly index: number) {}
  /** the variable's value, undefined while it is unbound */
  get value(): any {
    return this.values()[this.index];
  }
}
PyCell.prototype.cls = CellType;

defGetters(CellType, {
  cell_contents: (c: PyCell) => {
    const v = c.value;
    if (v === undefined) throwPy('ValueError', 'Cell is empty');
    return v;
  },
});
defMethods(CellType, {
  __repr__: (c: PyCell) => {
    const v = c.value;
    return v === undefined ? `<cell at ${addr(c)}: empty>` : `<cell at ${addr(c)}: ${typeOf(v).name} object at ${addr(v)}>`;
  },
});
