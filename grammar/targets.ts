/**
 * Assignment-target checks: which expressions may be stored to or deleted, and CPython's names for
 * expression kinds used in its messages ("cannot assign to function call", ...).
 *
 * Pure functions over the AST. `invalidTarget` returns the first offending sub-expression in source order
 * (depth first, like CPython's _PyPegen_get_invalid_target), or null when the target is assignable.
 */

import type { Expr } from './ast.js';

export type TargetContext = 'store' | 'del';

export function invalidTarget(e: Expr, ctx: TargetContext): Expr | null {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return null;
    case 'Starred':
      return ctx === 'del' ? e : invalidTarget(e.value, ctx);
    case 'Tuple':
    case 'List':
      for (const x of e.elts) {
        const bad = invalidTarget(x, ctx);
        if (bad) return bad;
      }
      return null;
    default:
      return e;
  }
}

/** CPython's _PyPegen_get_expr_name */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield':
    case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': return 'f-string expression';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && 'ellipsis' in v) return 'ellipsis';
      return 'literal';
    }
    default:
      e satisfies never;
      return 'expression';
  }
}

/** number of Starred elements directly inside a Tuple/List target */
export function starCount(e: Expr): number {
  if (e.kind !== 'Tuple' && e.kind !== 'List') return 0;
  let n = 0;
  for (const x of e.elts) if (x.kind === 'Starred') n++;
  return n;
}
