/**
 * Fusing across statements. In
 *
 *     d = a - b
 *     sq = d * d + c
 *     r = np.sqrt(sq).sum()
 *
 * `d` and `sq` are temporaries: each is read once, by the next statement. NumPy materializes both; here
 * the three statements compile to one fused expression, `np.sqrt((a - b) * (a - b) + c).sum()`, one
 * pass over a, b and c with no temporary array — the cross-statement fusion a lazy array graph would
 * give, decided at compile time instead.
 *
 * Why not a lazy graph at run time: deferring an operation until its value escapes needs a barrier on
 * every path that writes array memory (ufunc `out=`, item assignment, sort, `+=`, …) and moves
 * data-dependent errors and warnings away from the statement that causes them. Here the compiler sees
 * every use of a name, so nothing is deferred past the run of statements it checked.
 *
 * A run is a sequence of consecutive statements of one block, `name = <fusable tree>` (fusion.ts) for
 * deferrable names, ending with a statement that reads the last of them in its value: `targets =
 * <expression>`, `target op= <expression>` or `return <expression>`, where the expression with each
 * name replaced by its tree is again a fusable tree. A name is deferrable when the body mentions it in its assignment and otherwise only in the one
 * statement that reads it (`d * d` copies d's tree: the kernel computes it twice, reading the arrays once), and
 * it is a watchable local (ownership.ts: a private plain local no nested scope or dynamic lookup
 * reaches; at module level only when nothing reads the module's variables after it ends, the command
 * line's scripts). Then the value of the assignment is unobservable except through that one read, which
 * comes before any statement other than the run's assignments can run.
 *
 * The run compiles to the fused expression, strict: if the fuser declines it (not arrays of one float
 * dtype, a broadcast error, a value not finite, any exception, reading a leaf included), the statements
 * run one by one as written, so errors, warnings and their line numbers are exactly those of the plain
 * code. Module-level runs need `ModuleCtx.variablesEndWithBody`: otherwise the embedding, a later
 * interactive input or an importer could read the variable left unbound.
 */
import type { Expr, Stmt } from '../../grammar/ast';
import type { FnCtx } from './context';
import { mangle } from './context';
import { fusion } from './fusion';
import { nameStore } from './exprs';

/** nodes that open a scope of their own */
const NESTED = new Set(['FunctionDef', 'ClassDef', 'Lambda', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

/**
 * How often each name appears in `body`, outside nested scopes. For the body's private names that is
 * every mention: a nested scope that mentions one (its decorators, defaults or first iterable included)
 * has its own variable of that name, or the name would not be private (scope.ts privateNames).
 */
export function nameCounts(body: Stmt[]): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (node: any): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) walk(x);
      return;
    }
    if (NESTED.has(node.kind)) return;
    if (node.kind === 'Name') counts.set(node.id, (counts.get(node.id) ?? 0) + 1);
    for (const key in node) if (key !== 'span') walk(node[key]);
  };
  walk(body);
  return counts;
}

/** the deferrable names of a body (watchable ones it mentions at least twice) → how often it mentions them */
export function deferrableNames(body: Stmt[], watchable: ReadonlySet<string>): Map<string, number> {
  const counts = nameCounts(body);
  return new Map([...watchable].filter((n) => counts.get(n)! >= 2).map((n) => [n, counts.get(n)!]));
}

/** `s` as a deferred assignment: the name and its tree, or null */
function definition(ctx: FnCtx, s: Stmt): { name: string; value: Expr } | null {
  if (s.kind !== 'Assign' || s.targets.length !== 1 || s.targets[0].kind !== 'Name') return null;
  const name = s.targets[0].id;
  return ctx.deferrable.has(name) ? { name, value: s.value } : null;
}

/** the names `node` mentions outside nested scopes, and how often */
function mentions(node: any, out: Map<string, number>): Map<string, number> {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const x of node) mentions(x, out);
    return out;
  }
  if (NESTED.has(node.kind)) return out;
  if (node.kind === 'Name') out.set(node.id, (out.get(node.id) ?? 0) + 1);
  for (const key in node) if (key !== 'span') mentions(node[key], out);
  return out;
}

/** the number of nodes of an expression (a name read several times copies its tree: this bounds that) */
function size(node: any): number {
  if (node === null || typeof node !== 'object') return 0;
  if (Array.isArray(node)) return node.reduce((n: number, x: any) => n + size(x), 0);
  let n = 1;
  for (const key in node) if (key !== 'span') n += size(node[key]);
  return n;
}
/** the largest fused expression a run may build */
const MAX_NODES = 400;

/** `e` with each name in `defs` replaced by its (already substituted) tree */
function substitute(e: any, defs: Map<string, Expr>): any {
  if (e === null || typeof e !== 'object') return e;
  if (Array.isArray(e)) return e.map((x) => substitute(x, defs));
  if (NESTED.has(e.kind)) return e;
  if (e.kind === 'Name' && defs.has(e.id)) return defs.get(e.id);
  const out: any = {};
  for (const key in e) out[key] = key === 'span' ? e[key] : substitute(e[key], defs);
  return out;
}

/** an assignment target whose evaluation after the value cannot differ: a name, `name.attr`, `name[name or constant]` */
function plainTarget(t: Expr): boolean {
  if (t.kind === 'Name') return true;
  if (t.kind === 'Attribute') return t.value.kind === 'Name';
  return t.kind === 'Subscript' && t.value.kind === 'Name' && (t.index.kind === 'Name' || t.index.kind === 'Constant');
}

/**
 * The value of a statement that may end a run: `targets = value` (Python computes the value first),
 * `target op= value` for a plain target, `return value`; null for any other statement.
 */
function consumed(s: Stmt): Expr | null {
  if (s.kind === 'Assign') return s.value;
  if (s.kind === 'AugAssign') return plainTarget(s.target) ? s.value : null;
  if (s.kind === 'Return') return s.value;
  return null;
}

/**
 * Compile the run of statements starting at `body[i]` as one fused expression, if there is one there:
 * returns how many statements it took (0: none, compile `body[i]` as usual). `compileStmt` compiles a
 * statement the plain way, for when the fuser declines.
 */
export function deferredRun(ctx: FnCtx, body: Stmt[], i: number, compileStmt: (ctx: FnCtx, s: Stmt) => void): number {
  const first = definition(ctx, body[i]);
  if (first === null) return 0;
  // grow the run while some deferred name is still unread; each statement that reads the last of them
  // may end a run (the longest that fuses is taken)
  const defs = new Map<string, Expr>();
  const pending = new Set<string>();
  const reads = new Map<string, number>();
  const ends: { end: number; value: Expr }[] = [];
  for (let k = i; k < body.length; k++) {
    const s = body[k];
    if (k > i) {
      const used = mentions(s, new Map());
      const value = consumed(s);
      const inValue = value === null ? new Map<string, number>() : mentions(value, new Map());
      let whole = true;
      for (const n of pending) {
        const m = used.get(n);
        if (m === undefined) continue;
        pending.delete(n);
        // every mention but the assignment is in this statement's value
        if (m !== ctx.deferrable.get(n)! - 1 || inValue.get(n) !== m) whole = false;
      }
      if (!whole) break;
      if (value !== null && pending.size === 0) {
        const v = substitute(value, defs);
        if (size(v) <= MAX_NODES) ends.push({ end: k, value: v });
      }
    }
    const d = definition(ctx, s);
    // a name some deferred tree reads must not be rebound inside the run (it cannot be: a deferred name
    // is assigned once and read after; this keeps that reasoning checked)
    if (d === null || reads.has(d.name)) break;
    defs.set(d.name, substitute(d.value, defs));
    mentions(d.value, reads);
    pending.add(d.name);
  }
  let best: { end: number; value: Expr } | undefined;
  let fast: string | null = null;
  let watched = false;
  /** the name a run's last statement assigns its value to, alone */
  const nameTarget = (s: Stmt): string | null => (s.kind === 'Assign' && s.targets.length === 1 && s.targets[0].kind === 'Name' ? s.targets[0].id : null);
  while ((best = ends.pop()) !== undefined) {
    const target = nameTarget(body[best.end]);
    watched = target !== null && ctx.watched.has(target);
    fast = fusion(ctx, best.value, { own: watched });
    if (fast !== null) break;
  }
  if (best === undefined || fast === null) return 0;
  const last = body[best.end];
  const target = nameTarget(last);
  ctx.setLine(body[i].span);
  if (target !== null && ctx.watchable.has(target)) ctx.ownFound.add(target);
  const end = best.end;
  const r = ctx.temp();
  // reading a leaf may raise (a name not bound, an attribute): the statements then raise it at their line
  ctx.emit(`try { ${r} = ${fast}; } catch { ${r} = $DECLINED; }`);
  ctx.emit(`if (${r} !== $DECLINED) {`);
  const outs = [
    ctx.branch(() =>
      ctx.block(() => {
        if (target !== null) {
          ctx.emit(`${watched ? `$drop(${mangle(target)}, ${r}); ` : ''}${nameStore(ctx, target, r)}`);
          return;
        }
        // the last statement as written, its value being the fused result (not looked into by the
        // inline float arithmetic of realArith.ts, which would compile the value's own leaves)
        const saved = ctx.fuseLeaves, noReal = ctx.noReal;
        ctx.fuseLeaves = new Map([...(saved ?? []), [(last as { value: Expr }).value, r]]);
        ctx.noReal = true;
        try {
          compileStmt(ctx, last);
        } finally {
          ctx.fuseLeaves = saved;
          ctx.noReal = noReal;
        }
      }),
    ),
  ];
  ctx.emit('} else {');
  outs.push(ctx.branch(() => ctx.block(() => {
    for (let k = i; k <= end; k++) compileStmt(ctx, body[k]);
  })));
  ctx.emit('}');
  ctx.assigned = new Set([...outs[0]].filter((n) => outs[1].has(n)));
  ctx.lastLine = -1;
  return end - i + 1;
}
