/**
 * Expressions → JavaScript expressions.
 *
 * Every Python operation becomes a call to a small runtime helper (`$add`, `$getitem`, `$cmic`…) that
 * V8 inlines; control-flow operators (`and`, `or`, conditional, chained comparisons) become JS
 * conditionals over temporaries so each operand is evaluated once and left to right.
 * `compileTest` produces a JS boolean directly for `if`/`while` conditions, avoiding a Python bool.
 */
import type { Expr, Keyword, FStringPart, CmpOperator } from '../../grammar/ast';
import { FnCtx, mangle, ident } from './context';
import { resolve, type Scope } from './scope';
import { compileLambda } from './functions';
import { comprehension, genexprAsList, genexprArgCall } from './comprehensions';
import { fusion, fusesNothing } from './fusion';
import { realArith, realCompare } from './realArith';
import { intModTree } from './intMod';
import { inlineArith, inlineCompare, inlineGetItem, inlineSetItem, maybeNumber } from './numeric';
import { keepsNone, readKeepingNone, watchedLoad } from './ownership';
import { percentFormat } from './percentFormat';

const BINOP_FN: Record<string, string> = {
  '+': '$add', '-': '$sub', '*': '$mul', '/': '$truediv', '//': '$floordiv', '%': '$mod', '**': '$pow',
  '@': '$matmul', '<<': '$lshift', '>>': '$rshift', '&': '$bitand', '|': '$bitor', '^': '$bitxor',
};
const CMP_FN: Record<string, string> = { '<': '$lt', '<=': '$le', '>': '$gt', '>=': '$ge', '==': '$eq', '!=': '$ne' };

export function nameLoad(ctx: FnCtx, name: string): string {
  const r = resolve(ctx.scope, name);
  switch (r.kind) {
    case 'local':
      if (ctx.assigned.has(name)) return mangle(name);
      return `$lv(${mangle(name)}, ${ident(name)})`;
    case 'free':
      ctx.noteFree(name, r.scope);
      return `$fv(${mangle(name)}, ${ident(name)})`;
    case 'class':
      return `$cv($ns, ${ident(name)}, () => ${outerLoad(ctx, name)})`;
    case 'global':
      if (name === '__class__') {
        // a method's (or a function's nested in one) implicit __class__: the innermost enclosing class
        const cell = ctx.classCell ?? findClassCell(ctx);
        if (cell) return cell;
      }
      if (ctx.scope.kind === 'module' && ctx.scope.moduleLocals.has(name)) {
        // a module variable held in a JS local; before its first assignment it may still be in G (an
        // earlier REPL input) or be a builtin
        if (ctx.assigned.has(name)) return mangle(name);
        return `(${mangle(name)} !== undefined ? ${mangle(name)} : ${globalLoad(ctx, name)})`;
      }
      // cached at this site until any global store (builtins like len/range and module functions are
      // looked up once per epoch instead of probing the globals and builtins dictionaries every time)
      return globalLoad(ctx, name);
  }
}

/** How a class body reads a name it has not bound (yet): the enclosing scopes. */
function outerLoad(ctx: FnCtx, name: string): string {
  const s = ctx.scope;
  const parentScope = s.parent!;
  const tmp = new FnCtx(ctx.mod, parentScope, ctx.parent, ctx.qualPrefix);
  tmp.tempDecls = ctx.tempDecls; // temporaries the load needs are declared with this body's
  if (parentScope.kind === 'class') return `$gv(G.${safeProp(name)}, ${ident(name)}, G)`;
  return nameLoad(tmp, name);
}

/** A property name on the globals object G (Python identifiers are valid JS identifiers after escaping). */
export function safeProp(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : `[${ident(name)}]`.replace(/^\[/, '[');
}
export function gprop(name: string): string {
  const p = safeProp(name);
  return p.startsWith('[') ? `G${p}` : `G.${p}`;
}

/** JS statement storing `value` (a JS expression) into a Python name. */
export function nameStore(ctx: FnCtx, name: string, value: string): string {
  const r = resolve(ctx.scope, name);
  switch (r.kind) {
    case 'local':
      ctx.assigned.add(name);
      return `${mangle(name)} = ${value};`;
    case 'free':
      ctx.noteFree(name, r.scope);
      return `${mangle(name)} = ${value};`;
    case 'class':
      return `$ns[${ident(name)}] = ${value};`;
    case 'global':
      if (ctx.scope.kind === 'module' && ctx.scope.moduleLocals.has(name)) {
        ctx.assigned.add(name);
        return `${mangle(name)} = ${value};`;
      }
      return `${gprop(name)} = ${value}; $S.v++;`;
  }
}

/** Unbind without checking (the `except … as e` name after its handler). */
export function nameUnbind(ctx: FnCtx, name: string): string {
  const r = resolve(ctx.scope, name);
  ctx.assigned.delete(name);
  switch (r.kind) {
    case 'local':
    case 'free':
      return `${mangle(name)} = undefined;`;
    case 'class':
      return `delete $ns[${ident(name)}];`;
    case 'global':
      if (ctx.scope.kind === 'module' && ctx.scope.moduleLocals.has(name)) return `${mangle(name)} = undefined; delete ${gprop(name)}; $S.v++;`;
      return `delete ${gprop(name)}; $S.v++;`;
  }
}

export function nameDelete(ctx: FnCtx, name: string): string {
  const r = resolve(ctx.scope, name);
  switch (r.kind) {
    case 'local':
      ctx.assigned.delete(name);
      return `$lv(${mangle(name)}, ${ident(name)}); ${mangle(name)} = undefined;`;
    case 'free':
      return `$lv(${mangle(name)}, ${ident(name)}); ${mangle(name)} = undefined;`;
    case 'class':
      return `$delname($ns, ${ident(name)});`;
    case 'global':
      if (ctx.scope.kind === 'module' && ctx.scope.moduleLocals.has(name)) {
        ctx.assigned.delete(name);
        return `if (${mangle(name)} === undefined) $delname(G, ${ident(name)}); else { ${mangle(name)} = undefined; delete ${gprop(name)}; $S.v++; }`;
      }
      return `$delname(G, ${ident(name)});`;
  }
}

export function compileExpr(ctx: FnCtx, e: Expr): string {
  if (ctx.fuseLeaves !== null) {
    const t = ctx.fuseLeaves.get(e);
    if (t !== undefined) return t;
  }
  if (e.kind === 'BinOp' || e.kind === 'UnaryOp' || e.kind === 'Call') {
    const f = realArith(ctx, e) ?? intModTree(ctx, e) ?? fusion(ctx, e);
    if (f !== null) return f;
  }
  switch (e.kind) {
    case 'Name':
      return watchedLoad(ctx, e.id, nameLoad(ctx, e.id));
    case 'Constant':
      return constant(ctx, e.value);
    case 'JoinedStr':
      return joinedStr(ctx, e.parts);
    case 'BinOp': {
      const soft = ctx.softNode === e;
      ctx.softNode = null;
      const pf = e.op === '%' ? percentFormat(ctx, e) : null;
      if (pf !== null) return pf;
      const l = compileExpr(ctx, e.left);
      const r = compileExpr(ctx, e.right);
      if (soft) {
        // in a try body: a number divided by the int 0 hands its ZeroDivisionError back as $EXC
        const [a, b] = [ctx.temp(), ctx.temp()];
        const op = (maybeNumber(e.left) && maybeNumber(e.right) ? inlineArith(ctx, e.op, a, b, BINOP_FN[e.op]) : null) ?? `${BINOP_FN[e.op]}(${a}, ${b})`;
        return `(${a} = ${l}, ${b} = ${r}, ${b} === 0 && typeof ${a} === 'number' ? $zeroDivision("${e.op}", ${a}) : ${op})`;
      }
      const fast = maybeNumber(e.left) && maybeNumber(e.right) ? inlineArith(ctx, e.op, l, r, BINOP_FN[e.op]) : null;
      return fast ?? `${BINOP_FN[e.op]}(${l}, ${r})`;
    }
    case 'UnaryOp': {
      const v = e.op === 'not' ? compileTest(ctx, e.operand) : compileExpr(ctx, e.operand);
      if (e.op === 'not') return `!(${v})`;
      if (e.op === '-' && e.operand.kind === 'Constant' && typeof e.operand.value === 'object' && e.operand.value && 'int' in e.operand.value) {
        return constant(ctx, { int: -e.operand.value.int });
      }
      return e.op === '-' ? `$neg(${v})` : e.op === '+' ? `$pos(${v})` : `$invert(${v})`;
    }
    case 'BoolOp': {
      // a and b → (t = a, truthy(t) ? b : t)
      let out = compileExpr(ctx, e.values[e.values.length - 1]);
      for (let i = e.values.length - 2; i >= 0; i--) {
        const t = ctx.temp();
        const v = compileExpr(ctx, e.values[i]);
        out = e.op === 'and' ? `($truthy(${t} = ${v}) ? ${out} : ${t})` : `($truthy(${t} = ${v}) ? ${t} : ${out})`;
      }
      return out;
    }
    case 'Compare':
      return compare(ctx, e.left, e.ops, e.comparators, false);
    case 'IfExp':
      return `(${compileTest(ctx, e.test)} ? ${compileExpr(ctx, e.body)} : ${compileExpr(ctx, e.orelse)})`;
    case 'Lambda':
      return compileLambda(ctx, e);
    case 'NamedExpr': {
      const t = ctx.temp();
      const target = e.target.kind === 'Name' ? e.target.id : '';
      // the walrus binds in the enclosing function even from a comprehension
      let c: FnCtx = ctx;
      while (c.scope.kind === 'comprehension' && c.parent) c = c.parent;
      const before = new Set(ctx.assigned);
      // the store statement(s) ("a = b;" or "a = b; $S.v++;") as a comma expression
      const store = nameStore(c === ctx ? ctx : withScope(ctx, c.scope), target, t).replace(/;\s*$/, '').replace(/;\s*/g, ', ');
      ctx.assigned = before;
      return `(${t} = ${compileExpr(ctx, e.value)}, ${store}, ${t})`;
    }
    case 'Call': {
      const soft = ctx.softNode === e;
      ctx.softNode = null;
      return genexprArgCall(ctx, e) ?? call(ctx, e.func, e.args, e.keywords, soft);
    }
    case 'Attribute': {
      // instance attribute of a plain class: read the instance dict directly (a monomorphic load here)
      const soft = ctx.softNode === e;
      ctx.softNode = null;
      const o = ctx.temp();
      const v = keepsNone(e.value, e.attr, false) ? readKeepingNone(ctx, e.value) : compileExpr(ctx, e.value);
      return `(${o} = ${v}, ${attrLoad(ctx, o, e.attr, soft)})`;
    }
    case 'Subscript': {
      const soft = ctx.softNode === e && e.index.kind !== 'Slice';
      ctx.softNode = null;
      if (e.index.kind === 'Slice' || (e.index.kind !== 'Constant' && !maybeNumber(e.index))) return `${soft ? '$getitemSoft' : '$getitem'}(${compileExpr(ctx, e.value)}, ${compileExpr(ctx, e.index)})`;
      if (!maybeNumber(e.index)) return inlineGetItem(ctx, compileExpr(ctx, e.value), compileExpr(ctx, e.index), false, soft);
      return inlineGetItem(ctx, compileExpr(ctx, e.value), compileExpr(ctx, e.index), true, soft);
    }
    case 'Slice':
      return `$slice(${e.lower ? compileExpr(ctx, e.lower) : 'null'}, ${e.upper ? compileExpr(ctx, e.upper) : 'null'}, ${e.step ? compileExpr(ctx, e.step) : 'null'})`;
    case 'Starred':
      return `$starError()`;
    case 'Tuple': {
      // a tuple of constants is one constant, made once, as CPython folds it (`for dr, dc in ((0, 1), (1, 0))`)
      const folded = e.elts.length > 0 ? constantTuple(e) : undefined;
      if (folded !== undefined) return ctx.mod.k(folded);
      return `$tuple(${seqItems(ctx, e.elts)})`;
    }
    case 'List':
      return seqItems(ctx, e.elts);
    case 'Set': {
      // CPython builds a constant set display of 3+ items from a frozenset constant, and a display with
      // *iterables by set updates; both give a different iteration order than adding items one by one
      if (e.elts.some((x) => x.kind === 'Starred')) {
        const parts = e.elts.map((x) => compileExpr(ctx, x.kind === 'Starred' ? x.value : x));
        return `$starSet([${parts.join(', ')}], [${e.elts.map((x) => x.kind === 'Starred').join(', ')}])`;
      }
      if (e.elts.length > 2 && e.elts.every(isConstant)) return `$constSet(${seqItems(ctx, e.elts)})`;
      return `$set(${seqItems(ctx, e.elts)})`;
    }
    case 'Dict': {
      // str keys written out (`{"id": i, "name": n}`): straight into the new dict's Map, each key its own
      // slot (as PyDict.set stores a str), without the [key, value] arrays $dict takes (5 x 100k such records:
      // 594 -> 427 ms); a repeated key keeps its first place and takes the last value, as in Python
      // (a str starting with '¶' is not its own key: hashtable.ts plainStr)
      if (e.keys.length && e.keys.every((k) => k !== null && k.kind === 'Constant' && typeof k.value === 'string' && !k.value.startsWith('\u00b6'))) {
        const d = ctx.temp();
        const sets = e.keys.map((k, i) => {
          const key = compileExpr(ctx, k!);
          return `${d}.m.set(${key}, new $DictEntry(${key}, ${compileExpr(ctx, e.values[i])}))`;
        });
        return `(${d} = $newDict(), ${sets.join(', ')}, ${d})`;
      }
      const parts: string[] = [];
      for (let i = 0; i < e.keys.length; i++) {
        const k = e.keys[i];
        if (k === null) parts.push(`$dictUnpack(${compileExpr(ctx, e.values[i])})`);
        else parts.push(`[${compileExpr(ctx, k)}, ${compileExpr(ctx, e.values[i])}]`);
      }
      return `$dict([${parts.join(', ')}])`;
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return comprehension(ctx, e);
    case 'Yield':
      // in an async generator, marked apart from the futures its awaits yield (interp/asyncGenerators.ts)
      if (ctx.scope.isAsyncGen) return `(yield $agy(${e.value ? compileExpr(ctx, e.value) : 'null'}))`;
      return `(yield ${e.value ? compileExpr(ctx, e.value) : 'null'})`;
    case 'YieldFrom':
      return `(yield* $yf(${compileExpr(ctx, e.value)}))`;
    case 'Await':
      // inside a comprehension or lambda of an async def the await would need that function to be a coroutine too
      if (!ctx.scope.isCoroutine) return `$asyncUnsupported('await inside a comprehension')`;
      return `(yield* $await(${compileExpr(ctx, e.value)}))`;
    default:
      e satisfies never;
      return 'undefined';
  }
}

/** A module global read through a per-site cache [value, epoch] (see globalsEpoch). */
function globalLoad(ctx: FnCtx, name: string): string {
  const c = ctx.temp();
  return `((${c} = ${ctx.mod.k({ $ic: true })})[1] === $S.v ? ${c}[0] : $gvic(G, ${ident(name)}, ${c}))`;
}

/**
 * `o.name` for an object in the JS variable `o`: the site caches [class, epoch] of a plain class (no data
 * descriptors, no __getattribute__) and then reads the instance dict directly (a monomorphic load here).
 */
export function attrLoad(ctx: FnCtx, o: string, attr: string, soft = false): string {
  const v = ctx.temp();
  const ic = ctx.mod.k({ $ic: true });
  const name = ident(attr);
  return `${o} instanceof $Inst && ${o}.cls === ${ic}[0] && (${v} = ${o}.d[${name}]) !== undefined ? ${v} : ${soft ? '$getattrSoft' : '$getattrIC'}(${o}, ${name}, ${ic})`;
}

/** `o.name = value` as a statement; `value` is evaluated exactly once. */
export function attrStore(ctx: FnCtx, o: string, attr: string, value: string): string {
  const ic = ctx.mod.k({ $ic: true });
  const name = ident(attr);
  const v = ctx.temp();
  return `${v} = ${value}; if (${o} instanceof $Inst && ${o}.cls === ${ic}[0]) ${o}.d[${name}] = ${v}; else $setattrIC(${o}, ${name}, ${v}, ${ic});`;
}

/** A literal CPython's compiler folds to a constant (numbers incl. negated ones, strings, tuples of those). */
/**
 * The constant-table form of a tuple display whose items are all constants (numbers, strs, bytes, None,
 * bools, nested such tuples), `{ $tuple: [...] }` (compiler.ts materialise), or undefined.
 */
function constantTuple(e: Expr): any {
  const items: any[] = [];
  for (const x of (e as Extract<Expr, { kind: 'Tuple' }>).elts) {
    const v = constantItem(x);
    if (v === undefined) return undefined;
    items.push(v);
  }
  return { $tuple: items };
}
function constantItem(x: Expr): any {
  if (x.kind === 'Tuple') return constantTuple(x);
  let neg = false;
  if (x.kind === 'UnaryOp' && (x.op === '-' || x.op === '+') && x.operand.kind === 'Constant') {
    neg = x.op === '-';
    x = x.operand;
    const v = x.value;
    if (typeof v !== 'object' || v === null || !('int' in v || 'float' in v)) return undefined;
  }
  if (x.kind !== 'Constant') return undefined;
  const v = x.value;
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if ('int' in v) {
    const b = neg ? -v.int : v.int;
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
  }
  if ('float' in v) {
    const f = neg ? -v.float : v.float;
    return Number.isInteger(f) || Object.is(f, -0) ? { $float: f } : f;
  }
  if ('bytes' in v && !neg) return { $bytes: v.bytes };
  return undefined;
}

/** `names, [values]` of the function's own variables (not global or nonlocal ones), for $localsOf/$evalHere */
function localVariables(ctx: FnCtx): string {
  const sc = ctx.scope;
  const names = [...sc.bound].filter((n) => !sc.globals.has(n) && !sc.nonlocals.has(n));
  return `${ctx.mod.k(names)}, [${names.map(mangle).join(', ')}]`;
}

function isConstant(e: Expr): boolean {
  if (e.kind === 'Constant') return true;
  if (e.kind === 'UnaryOp' && (e.op === '-' || e.op === '+') && e.operand.kind === 'Constant') return typeof e.operand.value === 'object' && e.operand.value !== null;
  if (e.kind === 'Tuple') return e.elts.every(isConstant);
  return false;
}

function withScope(ctx: FnCtx, scope: Scope): FnCtx {
  const c = new FnCtx(ctx.mod, scope, ctx.parent, ctx.qualPrefix);
  return c;
}

/** A JS array literal of the elements, expanding starred items (the arguments of a call to `callee`). */
function seqItems(ctx: FnCtx, elts: Expr[], callee?: string): string {
  if (!elts.some((x) => x.kind === 'Starred')) return `[${elts.map((x) => compileExpr(ctx, x)).join(', ')}]`;
  const star = (x: Expr) => `...$starItems(${compileExpr(ctx, x)}${callee ? ', ' + callee : ''})`;
  const parts = elts.map((x) => (x.kind === 'Starred' ? star(x.value) : compileExpr(ctx, x)));
  return `[${parts.join(', ')}]`;
}

export function constant(ctx: FnCtx, v: import('../../grammar/ast').ConstValue): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'string') return ctx.mod.k(v);
  if ('int' in v) {
    const b = v.int;
    if (b >= -9007199254740991n && b <= 9007199254740991n) {
      const n = Number(b);
      return n < 0 ? `(${n})` : String(n);
    }
    return ctx.mod.k(b);
  }
  if ('float' in v) {
    // a float whose value is not an integer is a plain JS number (the representation arithmetic makes and
    // its fast paths expect: a K box reached every `x * k` of `v.scale(0.001)` through the slow path)
    const x = v.float;
    if (!Number.isInteger(x)) return Number.isFinite(x) ? `(${String(x)})` : x !== x ? 'NaN' : x > 0 ? 'Infinity' : '(-Infinity)';
    return ctx.mod.k({ $float: x });
  }
  if ('imag' in v) return ctx.mod.k({ $imag: v.imag });
  if ('bytes' in v) return ctx.mod.k({ $bytes: v.bytes });
  if ('ellipsis' in v) return '$Ellipsis';
  return 'null';
}

function joinedStr(ctx: FnCtx, parts: FStringPart[]): string {
  if (!parts.length) return ctx.mod.k('');
  const out = parts.map((p) => {
    if (p.kind === 'Text') return ctx.mod.k(p.value);
    const v = compileExpr(ctx, p.value);
    const conv = p.conversion === 'r' ? `$repr(${v})` : p.conversion === 'a' ? `$ascii(${v})` : p.conversion === 's' ? `$str(${v})` : v;
    if (p.spec && p.spec.length) return `$format(${conv}, ${joinedStr(ctx, p.spec)})`;
    return p.conversion ? conv : `$fstr(${conv})`;
  });
  // concatenation with + is ~3x faster than [..].join(''), and $flat keeps a stored result from being a rope
  return out.length === 1 ? `(${out[0]} + "")` : `$flat(${out.join(' + ')})`;
}

function compare(ctx: FnCtx, left: Expr, ops: CmpOperator[], comps: Expr[], asTest: boolean): string {
  const one = (op: CmpOperator, a: string, b: string, num: boolean): string => {
    switch (op) {
      case 'is': return `(${a} === ${b})`;
      case 'is not': return `(${a} !== ${b})`;
      case 'in':
      case 'not in': {
        // left operand first, as Python evaluates it; a plain dict and a str in a str are answered here
        // (through $contains, V8 did not inline the dict's lookup)
        const x = ctx.temp(), c = ctx.temp();
        const test = `(${c} instanceof $Dict && ${c}.cls === $DictType ? ${c}.has(${x}) : typeof ${c} === 'string' && typeof ${x} === 'string' ? ${c}.includes(${x}) : $contains(${c}, ${x}))`;
        return `(${x} = ${a}, ${c} = ${b}, ${op === 'in' ? test : `!${test}`})`;
      }
      default: {
        // in a condition, the ordering comparisons have variants that return a JS boolean directly
        if (asTest && op !== '==' && op !== '!=') return num ? inlineCompare(ctx, op, a, b, `${CMP_FN[op]}B`) : `${CMP_FN[op]}B(${a}, ${b})`;
        const c = num ? inlineCompare(ctx, op, a, b, CMP_FN[op]) : `${CMP_FN[op]}(${a}, ${b})`;
        return asTest ? `$truthy(${c})` : c;
      }
    }
  };
  if (ops.length === 1) {
    const op = ops[0];
    const plain = () => one(op, compileExpr(ctx, left), compileExpr(ctx, comps[0]), maybeNumber(left) && maybeNumber(comps[0]));
    return (op in CMP_FN ? realCompare(ctx, op, left, comps[0], plain) : null) ?? plain();
  }
  // a < b < c → (t1 = a, t2 = b, r = a<b, truthy(r) ? (t3 = c, b<c) : r)
  let prev = ctx.temp();
  const pieces: string[] = [`${prev} = ${compileExpr(ctx, left)}`];
  let expr = '';
  const chain: string[] = [];
  for (let i = 0; i < ops.length; i++) {
    const cur = ctx.temp();
    chain.push(`${cur} = ${compileExpr(ctx, comps[i])}`);
    const c = one(ops[i], prev, cur, maybeNumber(i === 0 ? left : comps[i - 1]) && maybeNumber(comps[i]));
    chain.push(c);
    prev = cur;
  }
  // build right to left
  const res = ctx.temp();
  for (let i = ops.length - 1; i >= 0; i--) {
    const assign = chain[2 * i];
    const test = chain[2 * i + 1];
    if (i === ops.length - 1) expr = `(${assign}, ${test})`;
    else expr = asTest ? `(${assign}, ${test} && ${expr})` : `(${assign}, ${res} = ${test}, $truthy(${res}) ? ${expr} : ${res})`;
  }
  return `(${pieces[0]}, ${expr})`;
}

/** A JS boolean for a condition. */
export function compileTest(ctx: FnCtx, e: Expr): string {
  switch (e.kind) {
    case 'Compare':
      return compare(ctx, e.left, e.ops, e.comparators, true);
    case 'BoolOp':
      return `(${e.values.map((v) => compileTest(ctx, v)).join(e.op === 'and' ? ' && ' : ' || ')})`;
    case 'UnaryOp':
      if (e.op === 'not') return `!${compileTest(ctx, e.operand)}`;
      break;
    case 'Constant':
      if (e.value === true) return 'true';
      if (e.value === false || e.value === null) return 'false';
      break;
  }
  return `$truthy(${compileExpr(ctx, e)})`;
}

// ---- calls ----

/** ndarray methods that only read their receiver: an operator's result they were called on can be freed after */
const READ_ONLY_METHODS = new Set(['sum', 'mean', 'std', 'var', 'min', 'max', 'prod', 'all', 'any', 'argmin', 'argmax', 'ptp']);

/** methods the array library may compute on `a - b` without the array a - b (src/interp/temporaries.ts) */
const DIFFERENCE_METHODS = new Set(['std', 'var']);

/** a constant argument (`0`, `-1`, `(0, 1)`, `True`, `None`): evaluating it early has no effect */
function quietArg(e: Expr): boolean {
  if (e.kind === 'Constant') return true;
  if (e.kind === 'UnaryOp') return e.op === '-' && e.operand.kind === 'Constant';
  return e.kind === 'Tuple' && e.elts.every(quietArg);
}

/**
 * `(a - b).std(…)` with constant arguments: a and b are offered to the library first; when it declines,
 * the usual code runs on the same a and b (read once). Fusable operands are left to the fuser.
 */
function differenceMethod(ctx: FnCtx, func: Expr, args: Expr[], keywords: Keyword[]): string | null {
  if (func.kind !== 'Attribute' || func.value.kind !== 'BinOp' || func.value.op !== '-' || !DIFFERENCE_METHODS.has(func.attr)) return null;
  const b = func.value;
  if (ctx.fuseLeaves?.has(b) || ctx.fuseLeaves?.has(b.left) || !fusesNothing(b)) return null;
  if (!args.every(quietArg) || !keywords.every((k) => k.arg !== null && quietArg(k.value))) return null;
  const [l, r, x] = [ctx.temp(), ctx.temp(), ctx.temp()];
  const head = `${l} = ${compileExpr(ctx, b.left)}, ${r} = ${compileExpr(ctx, b.right)}`;
  const kw = keywords.length ? `new Map([${keywords.map((k) => `[${ident(k.arg!)}, ${compileExpr(ctx, k.value)}]`).join(', ')}])` : 'null';
  const fast = `$reduceDifference(${l}, ${r}, ${ident(func.attr)}, [${args.map((a) => compileExpr(ctx, a)).join(', ')}], ${kw})`;
  const saved = ctx.fuseLeaves;
  ctx.fuseLeaves = new Map([...(saved ?? []), [b.left, l], [b.right, r]]);
  let plain: string;
  try {
    plain = call(ctx, func, args, keywords);
  } finally {
    ctx.fuseLeaves = saved;
  }
  return `(${head}, (${x} = ${fast}) !== undefined ? ${x} : ${plain})`;
}

function call(ctx: FnCtx, func: Expr, args: Expr[], keywords: Keyword[], soft = false): string {
  const diff = differenceMethod(ctx, func, args, keywords);
  if (diff !== null) return diff;
  if (func.kind === 'Attribute' && func.value.kind === 'BinOp' && READ_ONLY_METHODS.has(func.attr) && !ctx.fuseLeaves?.has(func.value)) {
    // `(a - b).std()`: the operator's new array is given back as the call returns (src/interp/temporaries.ts)
    const b = func.value;
    const [t, f, r] = [ctx.temp(), ctx.temp(), ctx.temp()];
    const fused = fusion(ctx, b);
    const recv = fused ?? `$opFresh(${BINOP_FN[b.op]}, ${compileExpr(ctx, b.left)}, ${compileExpr(ctx, b.right)})`;
    const saved = ctx.fuseLeaves;
    ctx.fuseLeaves = new Map([...(saved ?? []), [b, t]]);
    let body: string;
    try {
      body = call(ctx, func, args, keywords);
    } finally {
      ctx.fuseLeaves = saved;
    }
    if (fused !== null) return `(${t} = ${recv}, ${body})`;
    return `(${t} = ${recv}, ${f} = $takeFresh(${t}), ${r} = ${body}, ${f} && $releaseTemp(${t}, ${r}), ${r})`;
  }
  const simple = !args.some((a) => a.kind === 'Starred') && keywords.length === 0;
  // globals(): the calling module's namespace (the builtin alone cannot know which module calls it)
  if (func.kind === 'Name' && func.id === 'globals' && args.length === 0 && keywords.length === 0 && resolve(ctx.scope, 'globals').kind === 'global') {
    return `$globalsIn(${compileExpr(ctx, func)}, G)`;
  }
  // locals() / vars() in a function: its bound locals (the builtin alone cannot see them)
  if (func.kind === 'Name' && (func.id === 'locals' || func.id === 'vars') && args.length === 0 && keywords.length === 0 && ctx.scope.kind === 'function' && resolve(ctx.scope, func.id).kind === 'global') {
    ctx.localsDict ??= ctx.temp();
    return `(${ctx.localsDict} = $localsOf(${compileExpr(ctx, func)}, ${localVariables(ctx)}, ${ctx.localsDict}))`;
  }
  // eval(src) / exec(src) in a function: with its locals, as CPython runs them in the caller's frame
  if (func.kind === 'Name' && (func.id === 'eval' || func.id === 'exec') && args.length === 1 && args[0].kind !== 'Starred' && keywords.length === 0 && ctx.scope.kind === 'function' && resolve(ctx.scope, func.id).kind === 'global') {
    return `$evalHere(${compileExpr(ctx, func)}, ${compileExpr(ctx, args[0])}, G, ${localVariables(ctx)})`;
  }
  // zero-argument super()
  if (func.kind === 'Name' && func.id === 'super' && args.length === 0 && keywords.length === 0 && resolve(ctx.scope, 'super').kind === 'global') {
    const cell = findClassCell(ctx);
    const self = findFirstParam(ctx);
    if (cell && self) return `$super(${cell}, ${self})`;
  }
  if (func.kind === 'Attribute' && func.attr === 'join' && args.length === 1 && args[0].kind === 'GeneratorExp' && keywords.length === 0) {
    // str.join(<genexpr>) makes a list of the items first in CPython too: build it without a generator
    const o = ctx.temp();
    const g = args[0];
    const recv = compileExpr(ctx, func.value);
    const list = genexprAsList(ctx, g);
    const ic = () => ctx.mod.k({ $ic: true });
    // a str literal separator (`", ".join(…)`) needs no generator version
    if (func.value.kind === 'Constant' && typeof func.value.value === 'string') return `(${o} = ${recv}, $cmic(${o}, "join", ${ic()}, [${list}]))`;
    return `(${o} = ${recv}, typeof ${o} === 'string' ? $cmic(${o}, "join", ${ic()}, [${list}]) : $cmic(${o}, "join", ${ic()}, [${comprehension(ctx, g)}]))`;
  }
  if (func.kind === 'Attribute' && simple && args.length <= 6) {
    // o.m(a, b): a per-site inline cache of (type, epoch, function) lets V8 see one call target here
    const o = ctx.temp();
    const ic = ctx.temp();
    const recv = keepsNone(func.value, func.attr, true) ? readKeepingNone(ctx, func.value) : compileExpr(ctx, func.value);
    const parts = [`${o} = ${recv}`];
    const a = args.map((x) => {
      const t = ctx.temp();
      parts.push(`${t} = ${compileExpr(ctx, x)}`);
      return t;
    });
    const name = ident(func.attr);
    if (func.attr === 'append' && args.length === 1) {
      // list.append(x) is the most common call in Python loops: push directly on a plain list; a class's
      // own append (a deque, a stack) through the site cache, as other methods
      const k = ctx.mod.k({ $ic: true });
      const own = `${o} instanceof $Inst && ${o}.cls === ${k}[0] && ${o}.d[${name}] === undefined ? ${k}[2].fn(${o}, ${a[0]})`;
      return `(${parts.join(', ')}, Array.isArray(${o}) && ${o}.cls === undefined ? (${o}.push(${a[0]}), null) : ${own} : $cmic(${o}, ${name}, ${k}, [${a[0]}]))`;
    }
    if (func.attr === 'split' && args.length === 1) {
      // str.split(sep) with a non-empty str separator
      return `(${parts.join(', ')}, typeof ${o} === 'string' && typeof ${a[0]} === 'string' && ${a[0]} !== '' ? $split(${o}, ${a[0]}) : $cmic(${o}, ${name}, ${ctx.mod.k({ $ic: true })}, [${a[0]}]))`;
    }
    if (func.attr === 'get' && (args.length === 1 || args.length === 2)) {
      // dict.get(k[, default]) on a plain dict: a direct table lookup
      const v = ctx.temp();
      const dflt = args.length === 2 ? a[1] : 'null';
      return `(${parts.join(', ')}, ${o} instanceof $Dict && ${o}.cls === $DictType ? ((${v} = ${o}.get(${a[0]})) !== undefined ? ${v} : ${dflt}) : $cmic(${o}, ${name}, ${ctx.mod.k({ $ic: true })}, [${a.join(', ')}]))`;
    }
    parts.push(`${ic} = ${ctx.mod.k({ $ic: true })}`);
    if (STR_FIRST.has(func.attr) && !soft) {
      // a method only strs have, as a rule: the str path alone here ($cmic serves a class's own method
      // from the same cache), a third less code per call for V8 to run before and to compile
      return `(${parts.join(', ')}, typeof ${o} === 'string' && ${ic}[0] === $StrType ? ${ic}[3].meth(${o}, [${a.join(', ')}], null) : $cmic(${o}, ${name}, ${ic}, [${a.join(', ')}]))`;
    }
    const hit = `${o} instanceof $Inst && ${o}.cls === ${ic}[0] && ${o}.d[${name}] === undefined`;
    // a method of an exact str, list, dict or set: once $cmic has cached it for this site, call it here, where
    // V8 sees one target and can inline it (through the shared $cmic, `line.strip()` cost 3-5x CPython's call)
    const direct = (test: string) => ` : ${test} ? ${ic}[3].meth(${o}, [${a.join(', ')}], null)`;
    let builtins = '';
    if (STR_METHODS.has(func.attr)) builtins += direct(`typeof ${o} === 'string' && ${ic}[0] === $StrType`);
    if (LIST_METHODS.has(func.attr)) builtins += direct(`Array.isArray(${o}) && ${o}.cls === undefined && ${ic}[0] === $ListType`);
    if (DICT_METHODS.has(func.attr)) builtins += direct(`${o} instanceof $Dict && ${o}.cls === $DictType && ${ic}[0] === $DictType`);
    if (SET_METHODS.has(func.attr)) builtins += direct(`${o} instanceof $Set && ${o}.cls === $SetType && ${ic}[0] === $SetType`);
    // the cached function may take fewer arguments than it has parameters (PyFunction.nmin): the soft
    // flag goes only to one given all of them, as the last one
    const softHit = soft ? ` && ${ic}[2].nfast === ${args.length + 1}` : '';
    return `(${parts.join(', ')}, ${hit}${softHit} ? ${ic}[2].fn(${[o, ...a, ...(soft ? ['1'] : [])].join(', ')})${builtins} : $cmic(${o}, ${name}, ${ic}, [${a.join(', ')}]))`;
  }
  // named keyword arguments and no unpacking: a per-site cache of where each argument goes (interp/keywordCalls.ts)
  const named = keywords.length > 0 && keywords.every((k) => k.arg !== null) && !args.some((a) => a.kind === 'Starred') && args.length + keywords.length <= 12;
  if (named && func.kind === 'Attribute') {
    const o = ctx.temp();
    const recv = keepsNone(func.value, func.attr, true) ? readKeepingNone(ctx, func.value) : compileExpr(ctx, func.value);
    const head = `${o} = ${recv}`;
    const pos = args.map((x) => compileExpr(ctx, x));
    const vals = keywords.map((k) => compileExpr(ctx, k.value));
    const names = ctx.mod.k(keywords.map((k) => k.arg!));
    return `(${head}, $callMethodKwIC(${o}, ${ident(func.attr)}, [${pos.join(', ')}], ${names}, [${vals.join(', ')}], ${ctx.mod.k({ $ic: true })}))`;
  }
  const f = func.kind === 'Attribute' && keepsNone(func.value, func.attr, true) ? readKeepingNone(ctx, func) : compileExpr(ctx, func);
  if (named) {
    const ft = ctx.temp();
    const head = `${ft} = ${f}`;
    const pos = args.map((x) => compileExpr(ctx, x));
    const vals = keywords.map((k) => compileExpr(ctx, k.value));
    const names = ctx.mod.k(keywords.map((k) => k.arg!));
    return `(${head}, $callKwIC(${ft}, [${pos.join(', ')}], ${names}, [${vals.join(', ')}], ${ctx.mod.k({ $ic: true })}))`;
  }
  if (simple && args.length <= 6) {
    // f(a, b): the common case (a Python function called with exactly its positional parameters) is a
    // direct JS call at this site, so V8 can inline the callee
    const ft = ctx.temp();
    const parts = [`${ft} = ${f}`];
    const a = args.map((x) => {
      const t = ctx.temp();
      parts.push(`${t} = ${compileExpr(ctx, x)}`);
      return t;
    });
    // builtins such as len/abs/int/str/isinstance have arity-specific entries f1/f2 (no argument array)
    let fast = args.length === 1 || args.length === 2 ? ` : ${ft}?.f${args.length} !== undefined ? ${ft}.f${args.length}(${a.join(', ')})` : '';
    // int(s) has a version that hands back its ValueError (FnCtx.softNode)
    if (soft && args.length === 1) fast = ` : ${ft}?.s1 !== undefined ? ${ft}.s1(${a[0]})` + fast;
    if (func.kind === 'Name' && /^_?[A-Z]/.test(func.id)) {
      // a CapWords name is usually a class: construct plain classes (object.__new__, a Python __init__
      // taking these arguments) right here
      const init = ctx.temp();
      const obj = ctx.temp();
      fast = ` : ${ft} instanceof $Type && (${init} = ${ft}.plainInit) !== null && ${takes(init, args.length + 1)} ? (${obj} = new $Inst(${ft}), $initRet(${init}.fn(${[obj, ...a].join(', ')})), ${obj})` + fast;
    }
    // a Python function taking these arguments as they are (some trailing ones may be left to their
    // defaults, PyFunction.nmin); a soft call (FnCtx.softNode) only one given all, its flag last
    const direct = soft ? `${ft}.nfast === ${args.length}` : takes(ft, args.length);
    const slow = a.length <= 2 ? `$call${a.length}(${[ft, ...a].join(', ')})` : `$call(${ft}, [${a.join(', ')}])`;
    return `(${parts.join(', ')}, ${ft} instanceof $Fn && ${direct} ? ${ft}.fn(${[...a, ...(soft ? ['1'] : [])].join(', ')})${fast} : ${slow})`;
  }
  // the callee is evaluated first (and named by the messages of a bad `*x` / `**x`)
  const ft = ctx.temp();
  // `func(*args, **kwargs)` of two names (a decorator's wrapper passing its arguments on): the tuple's
  // items as they are when the dict is empty ($callStarKw); names, so evaluating both first changes nothing
  if (args.length === 1 && args[0].kind === 'Starred' && args[0].value.kind === 'Name' && keywords.length === 1 && keywords[0].arg === null && keywords[0].value.kind === 'Name') {
    return `(${ft} = ${f}, $callStarKw(${ft}, ${compileExpr(ctx, args[0].value)}, ${compileExpr(ctx, keywords[0].value)}))`;
  }
  // `func(*args)` of a name: the items of an exact tuple or list as they are ($callStar)
  if (args.length === 1 && args[0].kind === 'Starred' && args[0].value.kind === 'Name' && !keywords.length) {
    return `(${ft} = ${f}, $callStar(${ft}, ${compileExpr(ctx, args[0].value)}))`;
  }
  const pos = seqItems(ctx, args, ft);
  if (!keywords.length) return `(${ft} = ${f}, $call(${ft}, ${pos}))`;
  const kwParts = keywords.map((k) => (k.arg === null ? `$kwUnpack(${compileExpr(ctx, k.value)}, ${ft})` : `[[${ident(k.arg)}, ${compileExpr(ctx, k.value)}]]`));
  return `(${ft} = ${f}, $callKw(${ft}, ${pos}, [${kwParts.join(', ')}]))`;
}

/** JS test that the PyFunction `f` takes n positional arguments as they are (PyFunction.takes) */
function takes(f: string, n: number): string {
  return `${f}.nmin <= ${n} && ${f}.nfast >= ${n}`;
}

function findClassCell(ctx: FnCtx): string | null {
  for (let c: FnCtx | null = ctx; c; c = c.parent) if (c.classCell) return c.classCell;
  return null;
}
function findFirstParam(ctx: FnCtx): string | null {
  for (let c: FnCtx | null = ctx; c; c = c.parent) {
    if (c.scope.kind === 'function') return c.firstParam;
  }
  return null;
}

/** list and dict methods common in loops (their call sites get a direct path for exact lists and dicts) */
const LIST_METHODS = new Set(['pop', 'extend', 'insert', 'remove', 'index', 'count', 'sort', 'reverse', 'copy', 'clear']);
const DICT_METHODS = new Set(['items', 'keys', 'values', 'setdefault', 'pop', 'update', 'copy', 'clear', 'popitem']);
/** set methods common in loops (`seen.add(x)`; pop, copy and clear are left to the list and dict paths) */
const SET_METHODS = new Set(['add', 'discard', 'remove']);
/** str methods no builtin list/dict/thread/file has and user classes rarely define (STR_METHODS' first kind) */
const STR_FIRST = new Set(['strip', 'lstrip', 'rstrip', 'lower', 'upper', 'startswith', 'endswith', 'rfind', 'replace', 'rsplit', 'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'title', 'capitalize', 'swapcase', 'partition', 'rpartition', 'zfill', 'ljust', 'rjust', 'center', 'splitlines', 'casefold', 'removeprefix', 'removesuffix']);
/** str methods common in loops (their call sites get a direct path for str receivers) */
const STR_METHODS = new Set(['strip', 'lstrip', 'rstrip', 'lower', 'upper', 'startswith', 'endswith', 'find', 'rfind', 'index', 'count', 'replace', 'split', 'rsplit', 'join', 'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'title', 'capitalize', 'swapcase', 'partition', 'rpartition', 'zfill', 'ljust', 'rjust', 'center', 'format', 'encode', 'splitlines', 'casefold', 'removeprefix', 'removesuffix']);

// ---- assignment targets ----

/** Emit statements assigning the JS expression `value` (evaluated once) to a Python target. */
export function emitAssign(ctx: FnCtx, target: Expr, value: string): void {
  switch (target.kind) {
    case 'Name':
      ctx.emit(nameStore(ctx, target.id, value));
      return;
    case 'Attribute': {
      const o = ctx.temp();
      ctx.emit(`${o} = ${compileExpr(ctx, target.value)};`);
      ctx.emit(attrStore(ctx, o, target.attr, value));
      return;
    }
    case 'Subscript':
      if (target.index.kind === 'Slice') ctx.emit(`$setitem(${compileExpr(ctx, target.value)}, ${compileExpr(ctx, target.index)}, ${value});`);
      else ctx.emit(inlineSetItem(ctx, compileExpr(ctx, target.value), compileExpr(ctx, target.index), value));
      return;
    case 'Tuple':
    case 'List': {
      const elts = target.elts;
      const star = elts.findIndex((x) => x.kind === 'Starred');
      const t = ctx.temp();
      if (star < 0) ctx.emit(`${t} = $unpack(${value}, ${elts.length});`);
      else ctx.emit(`${t} = $unpackStar(${value}, ${star}, ${elts.length - star - 1});`);
      elts.forEach((x, i) => emitAssign(ctx, x.kind === 'Starred' ? x.value : x, `${t}[${i}]`));
      return;
    }
    case 'Starred':
      emitAssign(ctx, target.value, value);
      return;
    default:
      ctx.emit(`$assignError();`);
  }
}

/**
 * `a, b = b, a + b`, `nr, nc = r + dr, c + dc`: a display of as many values as there are targets (no
 * starred item on either side) is evaluated item by item into temporaries, which then go to the targets
 * in order, without making the tuple and unpacking it again (nothing can see that tuple; a loop doing
 * this made one tuple per iteration for the collector). Returns false when the statement is not of this form.
 */
export function emitParallelAssign(ctx: FnCtx, target: Expr, value: Expr): boolean {
  if ((target.kind !== 'Tuple' && target.kind !== 'List') || (value.kind !== 'Tuple' && value.kind !== 'List')) return false;
  const n = target.elts.length;
  if (n === 0 || value.elts.length !== n || target.elts.some((x) => x.kind === 'Starred') || value.elts.some((x) => x.kind === 'Starred')) return false;
  const temps = value.elts.map((x) => {
    const t = ctx.temp();
    ctx.emit(`${t} = ${compileExpr(ctx, x)};`);
    return t;
  });
  target.elts.forEach((x, i) => emitAssign(ctx, x, temps[i]));
  return true;
}

export { mangle };
