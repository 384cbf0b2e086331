/**
 * Compiling the match statement. Each `case` pattern becomes plain data (src/interp/match.ts MatchDesc,
 * in the constants table) plus the list of expressions it needs (literals, dotted values, mapping keys,
 * classes), evaluated when the case is tried; the cases run in order inside a labelled block:
 *
 *     m: { s = <subject>;
 *          if ((c = $match(K[i], s, [values…], n)) !== null) { x = c[0]; …; if (<guard>) { <body>; break m; } }
 *          … }
 *
 * Captured names are assigned only when their pattern matched (and before the guard runs, as in CPython).
 * A Python `break`/`continue` in a case body still reaches the enclosing loop: JS's unlabelled break
 * skips labelled blocks.
 */
import type { Expr, Pattern, Stmt } from '../../grammar/ast';
import { patternNames } from '../../grammar/patterns';
import type { MatchDesc } from '../interp/match';
import type { FnCtx } from './context';
import { compileExpr, compileTest, nameStore } from './exprs';
import { compileBlock } from './stmts';

/** the pattern as data, numbering captures by `names` and collecting the expressions it reads */
function describe(p: Pattern, names: string[], exprs: Expr[]): MatchDesc {
  const value = (e: Expr) => exprs.push(e) - 1;
  const cap = (name: string) => names.indexOf(name);
  switch (p.kind) {
    case 'MatchWild': return { k: '_' };
    case 'MatchCapture': return { k: 'c', i: cap(p.name) };
    case 'MatchValue': return { k: 'v', j: value(p.value), is: p.identity };
    case 'MatchAs': return { k: 'a', p: describe(p.pattern, names, exprs), i: cap(p.name) };
    case 'MatchOr': return { k: '|', alts: p.alts.map((a) => describe(a, names, exprs)) };
    case 'MatchSequence':
      return {
        k: 's',
        star: p.star,
        items: p.items.map((x, i) => (i === p.star ? (p.starName === null ? { k: '_' } : { k: 'c', i: cap(p.starName) }) : describe(x, names, exprs))),
      };
    case 'MatchMapping': {
      const keys = p.keys.map(value);
      return { k: 'm', keys, vals: p.values.map((v) => describe(v, names, exprs)), rest: p.rest === null ? -1 : cap(p.rest) };
    }
    case 'MatchClass': {
      const j = value(p.cls);
      return { k: 'k', j, args: p.args.map((a) => describe(a, names, exprs)), kw: p.kwdNames, kwp: p.kwdPatterns.map((a) => describe(a, names, exprs)) };
    }
  }
}

export function compileMatch(ctx: FnCtx, s: Extract<Stmt, { kind: 'Match' }>): void {
  const label = ctx.uid('$match');
  const subject = ctx.temp();
  const caps = ctx.temp();
  ctx.emit(`${label}: {`);
  const outs: Set<string>[] = [new Set(ctx.assigned)];
  ctx.block(() => {
    ctx.emit(`${subject} = ${compileExpr(ctx, s.subject)};`);
    for (const c of s.cases) {
      ctx.setLine(c.span);
      const names = patternNames(c.pattern, () => undefined as never);
      const exprs: Expr[] = [];
      const desc = describe(c.pattern, names, exprs);
      const values = exprs.map((e) => compileExpr(ctx, e)).join(', ');
      ctx.emit(`if ((${caps} = $match(${ctx.mod.k(desc)}, ${subject}, [${values}], ${names.length})) !== null) {`);
      outs.push(
        ctx.branch(() =>
          ctx.block(() => {
            names.forEach((n, i) => ctx.emit(nameStore(ctx, n, `${caps}[${i}]`)));
            if (c.guard) {
              ctx.emit(`if (${compileTest(ctx, c.guard)}) {`);
              ctx.block(() => {
                compileBlock(ctx, c.body);
                ctx.emit(`break ${label};`);
              });
              ctx.emit('}');
            } else {
              compileBlock(ctx, c.body);
              ctx.emit(`break ${label};`);
            }
          }),
        ),
      );
      ctx.emit('}');
    }
  });
  ctx.emit('}');
  ctx.assigned = new Set([...outs[0]].filter((n) => outs.every((o) => o.has(n))));
}
