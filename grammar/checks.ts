/**
 * Checks CPython performs after parsing (symtable and compiler) that are still "SyntaxError"s:
 * 'return'/'yield'/'await' outside function, 'break'/'continue' outside loop, nonlocal at module level,
 * default 'except:' not last, repeated keyword arguments. Run on a successfully parsed Module, in
 * CPython's order (symtable pass over the whole module first, then the compiler pass in source order).
 */

import { patternExprs } from './patterns.js';
import type { Expr, FStringPart, Module, Span, Stmt } from './ast.js';
import { PySyntaxError } from './errors.js';
import type { SourceText } from './source.js';

interface Ctx {
  fn: 'none' | 'sync' | 'async';
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

  // ---- symtable pass ----
  const symStmts = (body: Stmt[], inFunction: boolean): void => {
    for (const s of body) {
      if (s.kind === 'Nonlocal' && !inFunction) throw err('nonlocal declaration not allowed at module level', s.span);
      forEachChildBody(s, (b, fn) => symStmts(b, inFunction || fn));
    }
  };
  symStmts(mod.body, false);

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
        stmts(s.body, { fn: s.isAsync ? 'async' : 'sync', loop: false });
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

/** statement bodies nested in `s`; `fn` tells whether the body is a function body */
function forEachChildBody(s: Stmt, f: (body: Stmt[], fn: boolean) => void): void {
  switch (s.kind) {
    case 'FunctionDef': f(s.body, true); break;
    case 'ClassDef': f(s.body, false); break;
    case 'If': case 'While': case 'For': f(s.body, false); f(s.orelse, false); break;
    case 'With': f(s.body, false); break;
    case 'Match': for (const c of s.cases) f(c.body, false); break;
    case 'Try':
      f(s.body, false);
      for (const h of s.handlers) f(h.body, false);
      f(s.orelse, false);
      f(s.finalbody, false);
      break;
    default:
      break;
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
