/**
 * Lists built by a loop of appends, made at their final size. In
 *
 *     out = []
 *     for i in range(n):
 *         out.append(f(i))
 *
 * V8 would grow `out` by pushes, reallocating and copying it about 25 times on the way to 200k items,
 * each time in fresh memory (the page faults cost as much as the copies): 4-5 ms in plain JS, where an
 * array made at its length fills in about 1 ms. When nothing can see the list while the loop runs, the
 * loop makes it at the length of the range or list it goes over (times the appends per iteration),
 * writes each append at a counter, and cuts the list to the counter when it is left, however that
 * happens (a `break`, a `continue` before an append, an exception, a `return`).
 *
 * Nothing sees the list: the name is a local of a plain function that no nested scope, `del` or
 * `locals()` reaches (FnCtx.watchable), it was bound to a new empty list by an earlier statement of the
 * same block with nothing mentioning it in between, and the loop mentions it only as the receiver of its
 * appends, which are statements of the loop body itself (not inside an `if`). At run time the list must
 * still be an empty plain list, and the loop a counting range loop or a loop over a plain list.
 */
import type { Stmt } from '../../grammar/ast';
import type { FnCtx } from './context';

/** what a loop presizes: the list's name and its append statements */
export interface Presize {
  name: string;
  appends: Set<Stmt>;
  /** the JS counter of items written, -1 when the list was not made at size */
  counter: string;
}

/** smallest length worth presizing, and the largest made up front */
const MIN_ITEMS = 1024;
const MAX_ITEMS = 1 << 24;

/** the list the For statement `body[i]` may presize, or null */
export function findPresize(ctx: FnCtx, body: Stmt[], i: number): Omit<Presize, 'counter'> | null {
  const loop = body[i];
  if (loop.kind !== 'For' || loop.isAsync || ctx.scope.kind !== 'function' || ctx.scope.isGenerator) return null;
  const appends = new Set<Stmt>();
  let name: string | null = null;
  for (const s of loop.body) {
    const recv = appendReceiver(s);
    if (recv === null || (name !== null && recv !== name)) continue;
    name = recv;
    appends.add(s);
  }
  if (name === null || !ctx.watchable.has(name) || ctx.watched.has(name)) return null;
  // the loop mentions the name only as those appends' receiver
  const n = name;
  const others = [loop.target, loop.iter, ...loop.orelse, ...loop.body.filter((s) => !appends.has(s))];
  if (others.some((x) => mentions(x, n)) || [...appends].some((s) => mentions(((s as any).value as any).args, n))) return null;
  // an earlier statement of the block bound it to `[]`, and nothing since mentions it
  for (let j = i - 1; j >= 0; j--) {
    const s = body[j];
    if (s.kind === 'Assign' && s.targets.length === 1 && s.targets[0].kind === 'Name' && s.targets[0].id === n && s.value.kind === 'List' && s.value.elts.length === 0) {
      return { name: n, appends };
    }
    if (mentions(s, n)) return null;
  }
  return null;
}

/** `NAME.append(x)` as a statement: NAME */
function appendReceiver(s: Stmt): string | null {
  if (s.kind !== 'Expr' || s.value.kind !== 'Call') return null;
  const c = s.value;
  if (c.func.kind !== 'Attribute' || c.func.attr !== 'append' || c.func.value.kind !== 'Name') return null;
  if (c.args.length !== 1 || c.args[0].kind === 'Starred' || c.keywords.length !== 0) return null;
  return c.func.value.id;
}

/** whether the AST `node` holds a Name node `name` (nested scopes included) */
function mentions(node: unknown, name: string): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some((x) => mentions(x, name));
  const o = node as Record<string, unknown>;
  if (o.kind === 'Name' && o.id === name) return true;
  // `global x` / `nonlocal x` and parameters name it without a Name node
  if ((o.kind === 'Global' || o.kind === 'Nonlocal') && (o.names as string[]).includes(name)) return true;
  for (const key in o) if (key !== 'span' && mentions(o[key], name)) return true;
  return false;
}

/**
 * Before the loop's `for (;;)`: make the list at `count` items (a JS expression) when it is still an
 * empty plain list, and start the counter.
 */
export function emitPresizeStart(ctx: FnCtx, p: Presize, list: string, count: string): void {
  const n = ctx.temp();
  ctx.emit(`${p.counter} = -1;`);
  ctx.emit(
    `if (Array.isArray(${list}) && ${list}.length === 0 && ${list}.cls === undefined && (${n} = (${count}) * ${p.appends.size}) >= ${MIN_ITEMS} && ${n} <= ${MAX_ITEMS}) { ${list} = new Array(${n}); ${p.counter} = 0; }`,
  );
}

/** an append of the presized list, its value in `x`: at the counter while it was made at size, else `usual` */
export function presizedAppend(p: Presize, list: string, x: string, usual: string): string {
  const c = p.counter;
  return `if (${c} >= 0) { if (${c} < ${list}.length) ${list}[${c}] = ${x}; else ${list}.push(${x}); ${c}++; } else ${usual};`;
}

/** after the loop (in a `finally`): the list cut to the items written */
export function presizeEnd(p: Presize, list: string): string {
  return `if (${p.counter} >= 0) { ${list}.length = ${p.counter}; ${p.counter} = -1; }`;
}

