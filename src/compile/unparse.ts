/**
 * An expression back to Python source text, as CPython writes it for `from __future__ import annotations`
 * (PEP 563): annotations are then not evaluated but kept as this text, so a forward reference such as
 * `def push(self) -> Node:` inside class Node, or a name only a type checker knows, raises nothing.
 *
 * The text is normalised, not copied from the source: one space around binary operators and after
 * commas, a str constant by its repr, parentheses only where precedence needs them (and around a tuple
 * outside a subscript). Precedence levels run from the loosest (a tuple) to the tightest (an atom).
 */
import type { Arguments, Comprehension, Expr, FStringPart } from '../../grammar/ast';
import { reprStr } from '../objects/numParse';
import { reprFloat } from '../objects/floatRepr';
import type { FnCtx } from './context';
import { compileExpr, constant } from './exprs';

const enum P {
  Tuple = 1,
  Test, // if-else, lambda
  Or,
  And,
  Not,
  Cmp,
  Bor, // also a starred expression's operand
  Bxor,
  Band,
  Shift,
  Arith,
  Term,
  Factor,
  Power,
  Await,
  Atom,
}

const BINARY: Record<string, P> = {
  '|': P.Bor, '^': P.Bxor, '&': P.Band, '<<': P.Shift, '>>': P.Shift, '+': P.Arith, '-': P.Arith,
  '*': P.Term, '/': P.Term, '//': P.Term, '%': P.Term, '@': P.Term, '**': P.Power,
};

const paren = (s: string, own: P, at: P): string => (own < at ? `(${s})` : s);

/** a float as CPython's annotation text writes it (infinity overflows a literal) */
function floatText(x: number): string {
  return x === Infinity ? '1e309' : reprFloat(x);
}

function constantText(v: Extract<Expr, { kind: 'Constant' }>['value']): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return reprStr(v);
  if ('int' in v) return v.int.toString();
  if ('float' in v) return floatText(v.float);
  if ('imag' in v) return `${floatText(v.imag).replace(/\.0$/, '')}j`;
  if ('bytes' in v) return 'b' + reprStr(String.fromCharCode(...v.bytes));
  return '...';
}

function args(a: Arguments): string {
  const out: string[] = [];
  const positional = [...a.posonly, ...a.args];
  const first = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    out.push(i >= first ? `${p.name}=${unparseAt(a.defaults[i - first], P.Test)}` : p.name);
    if (a.posonly.length && i === a.posonly.length - 1) out.push('/');
  });
  if (a.vararg) out.push(`*${a.vararg.name}`);
  else if (a.kwonly.length) out.push('*');
  a.kwonly.forEach((p, i) => out.push(a.kwDefaults[i] ? `${p.name}=${unparseAt(a.kwDefaults[i]!, P.Test)}` : p.name));
  if (a.kwarg) out.push(`**${a.kwarg.name}`);
  return out.join(', ');
}

function generators(gens: Comprehension[]): string {
  return gens
    .map((g) => `${g.isAsync ? ' async' : ''} for ${unparseAt(g.target, P.Tuple)} in ${unparseAt(g.iter, P.Test + 1)}${g.ifs.map((c) => ` if ${unparseAt(c, P.Test + 1)}`).join('')}`)
    .join('');
}

function fstring(parts: FStringPart[]): string {
  const body = parts
    .map((p) => {
      if (p.kind === 'Text') return p.value.replace(/[{}]/g, (c) => c + c);
      const conv = p.conversion ? `!${p.conversion}` : '';
      const spec = p.spec ? `:${p.spec.map((s) => (s.kind === 'Text' ? s.value : `{${unparseAt(s.value, P.Test)}}`)).join('')}` : '';
      const v = unparseAt(p.value, P.Test);
      return `{${v.startsWith('{') ? ' ' : ''}${v}${conv}${spec}}`;
    })
    .join('');
  return 'f' + reprStr(body);
}

/** a subscript's index: a tuple without parentheses (a 1-tuple keeps its comma), slices as `a:b:c` */
function index(e: Expr): string {
  if (e.kind === 'Tuple' && e.elts.length) {
    const items = e.elts.map(index);
    return items.length === 1 ? `${items[0]},` : items.join(', ');
  }
  if (e.kind === 'Slice') {
    const part = (x: Expr | null): string => (x ? unparseAt(x, P.Test) : '');
    return `${part(e.lower)}:${part(e.upper)}${e.step ? `:${part(e.step)}` : ''}`;
  }
  return unparseAt(e, P.Test);
}

function unparseAt(e: Expr, at: P): string {
  switch (e.kind) {
    case 'Name':
      return e.id;
    case 'Constant':
      return constantText(e.value);
    case 'JoinedStr':
      return fstring(e.parts);
    case 'Attribute': {
      const v = unparseAt(e.value, P.Atom);
      // `1 .real`: an int literal needs a space before its attribute's dot
      return `${e.value.kind === 'Constant' && typeof e.value.value === 'object' && e.value.value !== null && 'int' in e.value.value ? v + ' ' : v}.${e.attr}`;
    }
    case 'Subscript':
      return `${unparseAt(e.value, P.Atom)}[${index(e.index)}]`;
    case 'Call': {
      const items = [
        ...e.args.map((a) => unparseAt(a, P.Test)),
        ...e.keywords.map((k) => (k.arg === null ? `**${unparseAt(k.value, P.Test)}` : `${k.arg}=${unparseAt(k.value, P.Test)}`)),
      ];
      return `${unparseAt(e.func, P.Atom)}(${items.join(', ')})`;
    }
    case 'BinOp': {
      const own = BINARY[e.op];
      const power = e.op === '**';
      const s = `${unparseAt(e.left, power ? own + 1 : own)} ${e.op} ${unparseAt(e.right, power ? own : own + 1)}`;
      return paren(s, own, at);
    }
    case 'UnaryOp': {
      if (e.op === 'not') return paren(`not ${unparseAt(e.operand, P.Not)}`, P.Not, at);
      return paren(`${e.op}${unparseAt(e.operand, P.Factor)}`, P.Factor, at);
    }
    case 'BoolOp': {
      const own = e.op === 'or' ? P.Or : P.And;
      return paren(e.values.map((v) => unparseAt(v, own + 1)).join(` ${e.op} `), own, at);
    }
    case 'Compare': {
      let s = unparseAt(e.left, P.Cmp + 1);
      e.ops.forEach((op, i) => (s += ` ${op} ${unparseAt(e.comparators[i], P.Cmp + 1)}`));
      return paren(s, P.Cmp, at);
    }
    case 'IfExp':
      return paren(`${unparseAt(e.body, P.Test + 1)} if ${unparseAt(e.test, P.Test + 1)} else ${unparseAt(e.orelse, P.Test)}`, P.Test, at);
    case 'Lambda': {
      const a = args(e.args);
      return paren(`lambda${a ? ' ' + a : ''}: ${unparseAt(e.body, P.Test)}`, P.Test, at);
    }
    case 'NamedExpr':
      return `(${unparseAt(e.target, P.Atom)} := ${unparseAt(e.value, P.Atom)})`;
    case 'Starred':
      return `*${unparseAt(e.value, P.Bor)}`;
    case 'Tuple': {
      const items = e.elts.map((x) => unparseAt(x, P.Test));
      const s = items.length === 1 ? `${items[0]},` : items.join(', ');
      return items.length === 0 || at > P.Tuple ? `(${s})` : s;
    }
    case 'List':
      return `[${e.elts.map((x) => unparseAt(x, P.Test)).join(', ')}]`;
    case 'Set':
      return e.elts.length ? `{${e.elts.map((x) => unparseAt(x, P.Test)).join(', ')}}` : '{*()}';
    case 'Dict':
      return `{${e.keys.map((k, i) => (k === null ? `**${unparseAt(e.values[i], P.Bor)}` : `${unparseAt(k, P.Test)}: ${unparseAt(e.values[i], P.Test)}`)).join(', ')}}`;
    case 'ListComp':
      return `[${unparseAt(e.elt, P.Test)}${generators(e.generators)}]`;
    case 'SetComp':
      return `{${unparseAt(e.elt, P.Test)}${generators(e.generators)}}`;
    case 'DictComp':
      return `{${unparseAt(e.key, P.Test)}: ${unparseAt(e.value, P.Test)}${generators(e.generators)}}`;
    case 'GeneratorExp':
      return `(${unparseAt(e.elt, P.Test)}${generators(e.generators)})`;
    case 'Slice':
      return index(e);
    case 'Await':
      return paren(`await ${unparseAt(e.value, P.Atom)}`, P.Await, at);
    case 'Yield':
      return `(yield${e.value ? ' ' + unparseAt(e.value, P.Test) : ''})`;
    case 'YieldFrom':
      return `(yield from ${unparseAt(e.value, P.Test)})`;
  }
}

/** The source text of an annotation under `from __future__ import annotations`. */
export function unparse(e: Expr): string {
  return unparseAt(e, P.Test);
}

/** An annotation's value in generated code: its text under the future import, else the evaluated expression. */
export function annotationValue(ctx: FnCtx, e: Expr): string {
  return ctx.mod.futureAnnotations ? constant(ctx, unparse(e)) : compileExpr(ctx, e);
}
