/**
 * `case` patterns of the match statement. The parser reads a pattern as an expression (`[a, *rest]`,
 * `{'k': v, **kw}`, `Point(x=0)`, `1 | 2`, `-1`, `1+2j`, `Color.RED`) and this file reinterprets it as a
 * Pattern, the same way assignment targets are expressions checked afterwards (DESIGN.md: the grammar
 * stays LL(k)). It also makes CPython's compile-time checks: literals and dotted names only, one starred
 * name per sequence, no name bound twice, the same names in every alternative of an or-pattern, and no
 * irrefutable pattern before the last case.
 */
import type { Expr, MatchCase, Pattern, Span } from './ast';

type Fail = (msg: string, span: Span) => never;

function isNumber(e: Expr): boolean {
  return e.kind === 'Constant' && typeof e.value === 'object' && e.value !== null && ('int' in e.value || 'float' in e.value);
}
function isImaginary(e: Expr): boolean {
  return e.kind === 'Constant' && typeof e.value === 'object' && e.value !== null && 'imag' in e.value;
}
function isSigned(e: Expr, test: (x: Expr) => boolean): boolean {
  return test(e) || (e.kind === 'UnaryOp' && e.op === '-' && test(e.operand));
}
function isDotted(e: Expr): boolean {
  return e.kind === 'Attribute' && (e.value.kind === 'Name' || isDotted(e.value));
}
/** a literal (number, string, bytes, None, True, False, complex `a+bj`) */
function isLiteral(e: Expr): boolean {
  if (e.kind === 'Constant') return true;
  if (isSigned(e, isNumber) || isSigned(e, isImaginary)) return true;
  return e.kind === 'BinOp' && (e.op === '+' || e.op === '-') && isSigned(e.left, isNumber) && isImaginary(e.right);
}

export function toPattern(e: Expr, fail: Fail): Pattern {
  const span = e.span;
  if (e.kind === 'Name') return e.id === '_' ? { kind: 'MatchWild', span } : { kind: 'MatchCapture', name: e.id, span };
  if (e.kind === 'JoinedStr') return fail('patterns may only match literals and attribute lookups', span);
  if (e.kind === 'NamedExpr' && e.asPattern) {
    const name = (e.target as { id: string }).id;
    if (name === '_') fail("cannot use '_' as a target", e.target.span);
    return { kind: 'MatchAs', pattern: toPattern(e.value, fail), name, span };
  }
  if (isLiteral(e)) {
    const identity = e.kind === 'Constant' && (e.value === null || typeof e.value === 'boolean');
    return { kind: 'MatchValue', value: e, identity, span };
  }
  if (isDotted(e)) return { kind: 'MatchValue', value: e, identity: false, span };
  if (e.kind === 'BinOp' && e.op === '|') {
    const alts: Pattern[] = [];
    const add = (x: Expr) => {
      if (x.kind === 'BinOp' && x.op === '|') {
        add(x.left);
        add(x.right);
      } else alts.push(toPattern(x, fail));
    };
    add(e);
    return { kind: 'MatchOr', alts, span };
  }
  if (e.kind === 'Tuple' || e.kind === 'List') {
    const items: Pattern[] = [];
    let star = -1;
    let starName: string | null = null;
    e.elts.forEach((x, i) => {
      if (x.kind === 'Starred') {
        if (star >= 0) fail('multiple starred names in sequence pattern', span);
        if (x.value.kind !== 'Name') fail('invalid syntax', x.value.span);
        star = i;
        starName = (x.value as { id: string }).id === '_' ? null : (x.value as { id: string }).id;
        items.push({ kind: 'MatchWild', span: x.span });
      } else items.push(toPattern(x, fail));
    });
    return { kind: 'MatchSequence', items, star, starName, span };
  }
  if (e.kind === 'Dict') {
    const keys: Expr[] = [];
    const values: Pattern[] = [];
    let rest: string | null = null;
    e.keys.forEach((k, i) => {
      const v = e.values[i];
      if (k === null) {
        if (v.kind !== 'Name' || v.id === '_' || i !== e.keys.length - 1) fail('invalid syntax', v.span);
        rest = (v as { id: string }).id;
        return;
      }
      if (!isLiteral(k) && !isDotted(k)) fail('mapping pattern keys may only match literals and attribute lookups', k.span);
      keys.push(k);
      values.push(toPattern(v, fail));
    });
    return { kind: 'MatchMapping', keys, values, rest, span };
  }
  if (e.kind === 'Call') {
    if (e.func.kind !== 'Name' && !isDotted(e.func)) fail('invalid syntax', e.func.span);
    const args = e.args.map((a) => (a.kind === 'Starred' ? fail('invalid syntax', a.span) : toPattern(a, fail)));
    const kwdNames: string[] = [];
    const kwdPatterns: Pattern[] = [];
    for (const k of e.keywords) {
      if (k.arg === null) fail('invalid syntax', k.value.span);
      kwdNames.push(k.arg as string);
      kwdPatterns.push(toPattern(k.value, fail));
    }
    return { kind: 'MatchClass', cls: e.func, args, kwdNames, kwdPatterns, span };
  }
  return fail('invalid syntax', span);
}

/** the names `p` binds, in order; a name bound twice fails */
export function patternNames(p: Pattern, fail: Fail): string[] {
  const out: string[] = [];
  boundNames(p, fail, out, []);
  return out;
}

/** add the names `p` binds to `out`, and the span of each binding to `spans` */
function boundNames(p: Pattern, fail: Fail, out: string[], spans: Span[]): void {
  const bind = (name: string, span: Span) => {
    if (out.includes(name)) fail(`multiple assignments to name '${name}' in pattern`, span);
    out.push(name);
    spans.push(span);
  };
  const sub = (q: Pattern) => boundNames(q, fail, out, spans);
  switch (p.kind) {
    case 'MatchWild': case 'MatchValue': break;
    case 'MatchCapture': bind(p.name, p.span); break;
    case 'MatchAs': sub(p.pattern); bind(p.name, p.span); break;
    case 'MatchSequence':
      p.items.forEach((x, i) => (i === p.star ? p.starName !== null && bind(p.starName, x.span) : sub(x)));
      break;
    case 'MatchMapping':
      p.values.forEach(sub);
      if (p.rest !== null) bind(p.rest, p.span);
      break;
    case 'MatchClass':
      [...p.args, ...p.kwdPatterns].forEach(sub);
      break;
    case 'MatchOr': {
      const first: string[] = [];
      boundNames(p.alts[0], fail, first, []);
      for (const alt of p.alts.slice(1)) {
        const names: string[] = [];
        const altSpans: Span[] = [];
        boundNames(alt, fail, names, altSpans);
        const odd = names.findIndex((n) => !first.includes(n));
        if (odd >= 0) fail('alternative patterns bind different names', altSpans[odd]);
        if (names.length !== first.length) fail('alternative patterns bind different names', alt.span);
      }
      for (const n of first) bind(n, p.span);
      break;
    }
    default:
      p satisfies never;
  }
}

/** the expressions a pattern evaluates: literals and dotted values, mapping keys, class references */
export function patternExprs(p: Pattern, out: Expr[] = []): Expr[] {
  switch (p.kind) {
    case 'MatchWild': case 'MatchCapture': break;
    case 'MatchValue': out.push(p.value); break;
    case 'MatchAs': patternExprs(p.pattern, out); break;
    case 'MatchSequence': for (const x of p.items) patternExprs(x, out); break;
    case 'MatchMapping':
      out.push(...p.keys);
      for (const v of p.values) patternExprs(v, out);
      break;
    case 'MatchClass':
      out.push(p.cls);
      for (const a of [...p.args, ...p.kwdPatterns]) patternExprs(a, out);
      break;
    case 'MatchOr': for (const a of p.alts) patternExprs(a, out); break;
    default:
      p satisfies never;
  }
  return out;
}

function irrefutable(p: Pattern): boolean {
  if (p.kind === 'MatchWild' || p.kind === 'MatchCapture') return true;
  if (p.kind === 'MatchAs') return irrefutable(p.pattern);
  return p.kind === 'MatchOr' && p.alts.some(irrefutable);
}

function unreachable(p: Pattern): string {
  const q = p.kind === 'MatchAs' ? p.pattern : p;
  return q.kind === 'MatchCapture' ? `name capture '${q.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable';
}

/** CPython's checks over a whole match statement's cases */
export function checkCases(cases: MatchCase[], fail: Fail): void {
  cases.forEach((c, i) => {
    patternNames(c.pattern, fail);
    if (c.pattern.kind === 'MatchOr') {
      for (const a of c.pattern.alts.slice(0, -1)) if (irrefutable(a)) fail(unreachable(a), a.span);
    }
    if (i < cases.length - 1 && c.guard === null && irrefutable(c.pattern)) fail(unreachable(c.pattern), c.pattern.span);
  });
}
