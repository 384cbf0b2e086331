/**
 * `f.__code__` of a compiled function: a read-only code object describing its signature and locals, as
 * scripts inspect it (`co_argcount`, `co_varnames[:co_argcount]` in decorators, `co_name`,
 * `co_filename`, `co_firstlineno`). The compiler records these facts (src/compile/functions.ts,
 * FuncInfo); there is no bytecode, so attributes about it (co_code, co_consts, co_flags…) are absent.
 */
import { builtinType } from './pytype';
import { defGetters } from './descriptors';
import { defMethods } from './function';
import { PyTuple } from './values';
import { addr } from './repr';
import type { PyType } from './pytype';

/** what the compiler knows of a function (a subset of its FuncInfo) */
export interface CodeFacts {
  name: string;
  qualname: string;
  file: string;
  line?: number;
  params: string[];
  posonly: number;
  vararg: string | null;
  kwonly: string[];
  kwarg: string | null;
  varnames?: string[];
  freevars?: string[];
}

const FuncCodeType = builtinType('code');

export class PyFuncCode {
  declare cls: PyType;
  constructor(readonly facts: CodeFacts) {}
}
PyFuncCode.prototype.cls = FuncCodeType;

const varnames = (f: CodeFacts): string[] => {
  const params = [...f.params, ...f.kwonly, ...(f.vararg ? [f.vararg] : []), ...(f.kwarg ? [f.kwarg] : [])];
  return [...params, ...(f.varnames ?? []).filter((n) => !params.includes(n))];
};

defGetters(FuncCodeType, {
  co_name: (c: PyFuncCode) => c.facts.name,
  co_qualname: (c: PyFuncCode) => c.facts.qualname,
  co_filename: (c: PyFuncCode) => c.facts.file,
  co_firstlineno: (c: PyFuncCode) => c.facts.line ?? 1,
  co_argcount: (c: PyFuncCode) => c.facts.params.length,
  co_posonlyargcount: (c: PyFuncCode) => c.facts.posonly,
  co_kwonlyargcount: (c: PyFuncCode) => c.facts.kwonly.length,
  co_varnames: (c: PyFuncCode) => new PyTuple(varnames(c.facts)),
  co_nlocals: (c: PyFuncCode) => varnames(c.facts).length,
  co_freevars: (c: PyFuncCode) => new PyTuple(c.facts.freevars ?? []),
});
defMethods(FuncCodeType, {
  __repr__: (c: PyFuncCode) => `<code object ${c.facts.name} at ${addr(c)}, file "${c.facts.file}", line ${c.facts.line ?? 1}>`,
});
