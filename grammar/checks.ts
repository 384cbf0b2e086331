/**
 * Checks CPython performs after parsing (symtable and compiler) that are still "SyntaxError"s:
 * 'return'/'yield'/'await' outside function, 'break'/'continue' outside loop, default 'except:' not
 * last, repeated keyword arguments; and the symbol table's, on `global`, `nonlocal` and `import *`
 * (scopeChecks.ts). Run on a successfully parsed Module, in
 * CPython's order (symtable pass over the whole module first, then the compiler pass in source order).
 */

import { patternExprs } from './patterns.js';
import { checkScopes } from './scopeChecks.js';
import type { Expr, FStringPart, Module, Span, Stmt } from './ast.js';
import { PySyntaxError } from './errors.js';
import type { SourceText } from './source.js';

interface Ctx {
  fn: 'none' | 'sync' | 'async';
  /** an async function with a `yield`: its `return` takes no value */
  asyncGen?: boolean;
  loop: boolean;
  /** inside an except* block (not a loop or function nested in it): no break/continue/return out of it */
  exceptStar?: boolean;
}

const EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

export function checkModule(mod: Module, src: SourceText): void {
  const err = (msg: string, s: Span): PySyntaxError =>
    new PySyntaxError({
      msg, filename: src.filename, line: s.line, col: s.col + 1, endCol: s.endCol + 1, endLine: s.endLine,
      lineText: src.lineText(s.line),
    });

  // ---- symtable pass (scopeChecks.ts) ----
  checkScopes(mod, (msg, span) => {
    throw err(msg, span);
  });

  // ---- compiler pass ----
  const expr = (e: Expr | null, ctx: Ctx): void => {
    if (!e) return;
    switch (e.kind) {
      case 'Yield':
      case 'YieldFrom':
        if (ctx.fn === 'none') throw err("'yield' outside function", e.span);
        expr(e.value, ctx);
        return;
      case 'Await':
        if (ctx.fn === 'none') throw err("'await' outside function", e.span);
        if (ctx.fn === 'sync') throw err("'await' outside async function", e.span);
        expr(e.value, ctx);
        return;
      case 'Lambda': {
        const inner: Ctx = { fn: 'sync', loop: false };
        for (const d of e.args.defaults) expr(d, ctx);
        for (const d of e.args.kwDefaults) expr(d, ctx);
        expr(e.body, inner);
        return;
      }
      case 'Call': {
        expr(e.func, ctx);
        for (const a of e.args) expr(a, ctx);
        const seen = new Set<string>();
        for (const k of e.keywords) {
          if (k.arg !== null) {
            if (seen.has(k.arg)) throw err(`keyword argument repeated: ${k.arg}`, k.span);
            seen.add(k.arg);
          }
          expr(k.value, ctx);
        }
        return;
      }
      case 'JoinedStr':
        parts(e.parts, ctx);
        return;
      default:
        for (const c of childExprs(e)) expr(c, ctx);
    }
  };
  const parts = (ps: FStringPart[], ctx: Ctx): void => {
    for (const p of ps) if (p.kind === 'Field') {
      expr(p.value, ctx);
      if (p.spec) parts(p.spec, ctx);
    }
  };
  const stmts = (body: Stmt[], ctx: Ctx): void => {
    for (const s of body) stmt(s, ctx);
  };
  const stmt = (s: Stmt, ctx: Ctx): void => {
    switch (s.kind) {
      case 'Return':
        if (ctx.fn === 'none') throw err("'return' outside function", s.span);
        if (ctx.asyncGen && s.value) throw err("'return' with value in async generator", s.span);
        if (ctx.exceptStar) throw err(EXCEPT_STAR_EXIT, s.value?.span ?? s.span);
        expr(s.value, ctx);
        return;
      case 'Break':
        if (ctx.exceptStar) throw err(EXCEPT_STAR_EXIT, s.span);
        if (!ctx.loop) throw err("'break' outside loop", s.span);
        return;
      case 'Continue':
        if (ctx.exceptStar) throw err(EXCEPT_STAR_EXIT, s.span);
        if (!ctx.loop) throw err("'continue' not properly in loop", s.span);
        return;
      case 'FunctionDef': {
        for (const d of s.decorators) expr(d, ctx);
        for (const d of s.args.defaults) expr(d, ctx);
        for (const d of s.args.kwDefaults) expr(d, ctx);
        stmts(s.body, { fn: s.isAsync ? 'async' : 'sync', loop: false, asyncGen: s.isAsync && s.body.some(hasYield) });
        return;
      }
      case 'ClassDef':
        for (const d of s.decorators) expr(d, ctx);
        for (const b of s.bases) expr(b, ctx);
        for (const k of s.keywords) expr(k.value, ctx);
        stmts(s.body, { fn: 'none', loop: false });
        return;
      case 'For':
      case 'While':
        if (s.kind === 'For' && s.isAsync && ctx.fn !== 'async') throw err("'async for' outside async function", s.span);
        if (s.kind === 'For') {
          expr(s.target, ctx);
          expr(s.iter, ctx);
        } else expr(s.test, ctx);
        stmts(s.body, { ...ctx, loop: true, exceptStar: false });
        stmts(s.orelse, ctx);
        return;
      case 'Try':
        stmts(s.body, ctx);
        s.handlers.forEach((h, i) => {
          if (h.type === null && i < s.handlers.length - 1) throw err("default 'except:' must be last", h.span);
          expr(h.type, ctx);
          stmts(h.body, h.star ? { ...ctx, exceptStar: true } : ctx);
        });
        stmts(s.orelse, ctx);
        stmts(s.finalbody, ctx);
        return;
      case 'If':
        expr(s.test, ctx);
        stmts(s.body, ctx);
        stmts(s.orelse, ctx);
        return;
      case 'With':
        if (s.isAsync && ctx.fn !== 'async') throw err("'async with' outside async function", s.span);
        for (const it of s.items) {
          expr(it.contextExpr, ctx);
          expr(it.optionalVars, ctx);
        }
        stmts(s.body, ctx);
        return;
      case 'Match':
        expr(s.subject, ctx);
        for (const c of s.cases) {
          for (const x of patternExprs(c.pattern)) expr(x, ctx);
          expr(c.guard, ctx);
          stmts(c.body, ctx);
        }
        return;
      case 'Expr': expr(s.value, ctx); return;
      case 'Assign': for (const t of s.targets) expr(t, ctx); expr(s.value, ctx); return;
      case 'AugAssign': expr(s.target, ctx); expr(s.value, ctx); return;
      case 'AnnAssign': expr(s.target, ctx); expr(s.annotation, ctx); expr(s.value, ctx); return;
      case 'Delete': for (const t of s.targets) expr(t, ctx); return;
      case 'Raise': expr(s.exc, ctx); expr(s.cause, ctx); return;
      case 'Assert': expr(s.test, ctx); expr(s.msg, ctx); return;
      case 'Pass': case 'Global': case 'Nonlocal': case 'Import': case 'ImportFrom':
        return;
      default:
        s satisfies never;
    }
  };
  stmts(mod.body, { fn: 'none', loop: false });
}

/** whether statement `s` yields, for the function it is in (nested functions and classes are their own) */
function hasYield(s: Stmt): boolean {
  const inExpr = (e: Expr | null): boolean => {
    if (!e) return false;
    if (e.kind === 'Yield' || e.kind === 'YieldFrom') return true;
    if (e.kind === 'Lambda') return false;
    if (e.kind === 'JoinedStr') return e.parts.some((p) => p.kind === 'Field' && inExpr(p.value));
    return childExprs(e).some(inExpr);
  };
  switch (s.kind) {
    case 'FunctionDef':
      return s.decorators.some(inExpr) || s.args.defaults.some(inExpr) || s.args.kwDefaults.some(inExpr);
    case 'ClassDef':
      return s.decorators.some(inExpr) || s.bases.some(inExpr) || s.keywords.some((k) => inExpr(k.value));
    case 'Expr': case 'Return': return inExpr(s.value);
    case 'Assign': return s.targets.some(inExpr) || inExpr(s.value);
    case 'AugAssign': case 'AnnAssign': return inExpr(s.target) || inExpr(s.value);
    case 'Delete': return s.targets.some(inExpr);
    case 'Raise': return inExpr(s.exc) || inExpr(s.cause);
    case 'Assert': return inExpr(s.test) || inExpr(s.msg);
    case 'If': case 'While': return inExpr(s.test) || s.body.some(hasYield) || s.orelse.some(hasYield);
    case 'For': return inExpr(s.target) || inExpr(s.iter) || s.body.some(hasYield) || s.orelse.some(hasYield);
    case 'With': return s.items.some((i) => inExpr(i.contextExpr) || inExpr(i.optionalVars)) || s.body.some(hasYield);
    case 'Try':
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody].some((b) => b.some(hasYield)) || s.handlers.some((h) => inExpr(h.type));
    case 'Match': return inExpr(s.subject) || s.cases.some((c) => inExpr(c.guard) || c.body.some(hasYield));
    case 'Pass': case 'Break': case 'Continue': case 'Global': case 'Nonlocal': case 'Import': case 'ImportFrom':
      return false;
    default:
      s satisfies never;
      return false;
  }
}

function childExprs(e: Expr): (Expr | null)[] {
  switch (e.kind) {
    case 'Name': case 'Constant': return [];
    case 'JoinedStr': return [];
    case 'BinOp': return [e.left, e.right];
    case 'UnaryOp': return [e.operand];
    case 'BoolOp': return e.values;
    case 'Compare': return [e.left, ...e.comparators];
    case 'IfExp': return [e.test, e.body, e.orelse];
    case 'Lambda': return [e.body];
    case 'NamedExpr': return [e.target, e.value];
    case 'Call': return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'Attribute': return [e.value];
    case 'Subscript': return [e.value, e.index];
    case 'Slice': return [e.lower, e.upper, e.step];
    case 'Starred': return [e.value];
    case 'Tuple': case 'List': case 'Set': return e.elts;
    case 'Dict': return [...e.keys, ...e.values];
    case 'ListComp': case 'SetComp': case 'GeneratorExp':
      return [e.elt, ...e.generators.flatMap((g) => [g.target, g.iter, ...g.ifs])];
    case 'DictComp': return [e.key, e.value, ...e.generators.flatMap((g) => [g.target, g.iter, ...g.ifs])];
    case 'Yield': return [e.value];
    case 'YieldFrom': return [e.value];
    case 'Await': return [e.value];
    default:
      e satisfies never;
      return [];
  }
}
