/**
 * Inline fast paths for arithmetic, ordering comparisons and list subscripts.
 *
 * `a + b` would otherwise always be a call to `$add`; when V8 declines to inline it (a big loop body uses
 * up its inlining budget) every operation pays a call and boxes its float result. Here the common cases
 * are written out in the generated code, and anything else falls back to the runtime helper, which
 * implements the full semantics:
 *
 * - int + - * int where the result is a safe integer (|x| < 2**53: exact, and short of the boundary
 *   where Python ints become bigints); a product's -0 becomes 0 (Python ints have no -0);
 * - float results that are not integral (floats with integral values and -0.0 must be PyFloat boxes, see
 *   values.ts: a non-integral result can only come from a non-integral, hence float, operand);
 * - `/` of two numbers with a non-zero divisor and a non-integral quotient;
 * - `//` and `%` of int32 ints (`%` only for a non-negative dividend and positive divisor);
 * - `<`, `<=`, `>`, `>=`, `==`, `!=` of two JS numbers (ints and unboxed floats compare as JS does,
 *   NaN included).
 *
 * - `lst[i]` and `lst[i] = v` for a plain list and an index in 0 ≤ i < len (negative indexes, slices and
 *   other containers go through `$getitem` / `$setitem`).
 *
 * Operands are evaluated once, left to right, into temporaries unless they are already plain variables
 * or constants that the other operand cannot change.
 */
import type { Expr } from '../../grammar/ast';
import type { FnCtx } from './context';

/** a JS variable, a constants-table entry, a non-negative integer literal or a float literal */
const SIMPLE = /^(?:[A-Za-z_$][\w$]*|K\[\d+\]|\d+|\([\d.]+(?:e[+-]\d+)?\))$/;
/** a compiler temporary or a constant: nothing evaluated later can change it */
const STABLE = /^(?:\$t\d+|K\[\d+\]|\d+|\([\d.]+(?:e[+-]\d+)?\))$/;
/**
 * a non-integral float literal as exprs.ts `constant` writes it, `(0.5)`: a number, never zero, and any
 * sum or product with it is a float (plain when not integral)
 */
const isFloatLit = (x: string): boolean => /^\([\d.]+(?:e[+-]\d+)?\)$/.test(x);

type Shape = 'add' | 'mul' | 'div' | 'floordiv' | 'mod';
const SHAPE: Record<string, Shape> = { '+': 'add', '-': 'add', '*': 'mul', '/': 'div', '//': 'floordiv', '%': 'mod' };

/** an integer literal in int32 range: its number and int32 tests are known true and left out */
const isLit = (x: string): boolean => /^\d+$/.test(x) && Number(x) <= 0x7fffffff;
/** `typeof x === 'number'` for each operand that is not a literal, joined by && ('' when none) */
const numTests = (...xs: string[]): string[] => xs.filter((x) => !isLit(x) && !isFloatLit(x)).map((x) => `typeof ${x} === 'number'`);
const i32Tests = (...xs: string[]): string[] => xs.filter((x) => !isLit(x)).map((x) => `(${x} | 0) === ${x}`);
/** the conjunction of tests, 'true' when there are none */
const all = (tests: string[]): string => (tests.length ? tests.join(' && ') : 'true');

/** Operand references plus the assignments that must run first. */
function operands(ctx: FnCtx, l: string, r: string): [string[], string, string] {
  const pre: string[] = [];
  let a = l;
  let b = r;
  if (!(STABLE.test(l) || (SIMPLE.test(l) && SIMPLE.test(r)))) {
    a = ctx.temp();
    pre.push(`${a} = ${l}`);
  }
  if (!SIMPLE.test(r)) {
    b = ctx.temp();
    pre.push(`${b} = ${r}`);
  }
  return [pre, a, b];
}

/** `a op b` with an inline number fast path and `fallback(a, b)` (a helper name) otherwise; null if no fast path for op. */
export function inlineArith(ctx: FnCtx, op: string, l: string, r: string, fallback: string): string | null {
  const shape = SHAPE[op];
  if (shape === undefined) return null;
  if (ctx.coldArith) return `${fallback}(${l}, ${r})`;
  const [pre, a, b] = operands(ctx, l, r);
  const nums = numTests(a, b);
  const i32 = i32Tests(a, b);
  const nonZero = isLit(b) ? (Number(b) !== 0 ? [] : ['false']) : isFloatLit(b) ? [] : [`${b} !== 0`];
  const slow = `${fallback}(${a}, ${b})`;
  const floatLit = isFloatLit(a) || isFloatLit(b);
  let body: string;
  if (floatLit && (shape === 'floordiv' || shape === 'mod')) {
    body = slow;
  } else if (floatLit && shape !== 'div') {
    // a float operand: the result is a float, plain unless integral
    const t = ctx.temp();
    body = `${all([...nums, `(${t} = ${a} ${op} ${b}, !Number.isInteger(${t}))`])} ? ${t} : ${slow}`;
  } else if (shape === 'add' || shape === 'mul') {
    const t = ctx.temp();
    // an integral result is exact when it is a safe integer (|x| < 2**53) and both operands are ints
    const ints = [a, b].filter((x) => !isLit(x)).map((x) => `Number.isInteger(${x})`);
    // int32 operands (and, for a product, an int32 result) are answered by bit tests first: before V8
    // optimizes a loop, each Number.isInteger/isSafeInteger is a builtin call in its interpreter
    const small = [...i32, ...(shape === 'mul' ? [`(${t} | 0) === ${t}`] : [])];
    const ok = `(${t} = ${a} ${op} ${b}, ${small.length ? `${all(small)} || ` : ''}(Number.isSafeInteger(${t}) ? ${all(ints)} : !Number.isInteger(${t})))`;
    body = `${all([...nums, ok])} ? ${shape === 'mul' ? `${t} + 0` : t} : ${slow}`;
  } else if (shape === 'div') {
    const t = ctx.temp();
    body = `${all([...nums, ...nonZero, `(${t} = ${a} / ${b}, !Number.isInteger(${t}))`])} ? ${t} : ${slow}`;
  } else if (shape === 'floordiv') {
    body = `${all([...nums, ...i32, ...nonZero])} ? Math.floor(${a} / ${b}) + 0 : ${slow}`;
  } else {
    const signs = [...(isLit(a) ? [] : [`${a} >= 0`]), ...(isLit(b) ? (Number(b) > 0 ? [] : ['false']) : [`${b} > 0`])];
    body = `${all([...nums, ...i32, ...signs])} ? ${a} % ${b} : ${slow}`;
  }
  return pre.length ? `(${pre.join(', ')}, ${body})` : `(${body})`;
}

/** An ordering/equality comparison with an inline number fast path; `fallback` is the helper name. */
export function inlineCompare(ctx: FnCtx, op: string, l: string, r: string, fallback: string): string {
  if (ctx.coldArith) return `${fallback}(${l}, ${r})`;
  const [pre, a, b] = operands(ctx, l, r);
  const js = op === '==' ? '===' : op === '!=' ? '!==' : op;
  const body = `${all(numTests(a, b))} ? ${a} ${js} ${b} : ${fallback}(${a}, ${b})`;
  return pre.length ? `(${pre.join(', ')}, ${body})` : `(${body})`;
}

/** A Python expression that can evaluate to a JS number (worth an inline number test). */
export function maybeNumber(e: Expr): boolean {
  switch (e.kind) {
    case 'Constant':
      return e.value !== null && typeof e.value === 'object' && ('int' in e.value || 'float' in e.value);
    case 'JoinedStr': case 'List': case 'Tuple': case 'Dict': case 'Set': case 'ListComp': case 'SetComp':
    case 'DictComp': case 'GeneratorExp': case 'Lambda':
      return false;
    default:
      return true;
  }
}

/**
 * `o[k]` with inline fast paths: a plain list or tuple and an int index (`min(pts, key=lambda p: p[0])`
 * over 100k pairs took 60 ms on its first call through `$getitem`, 31 ms so); a plain dict and a key stored as itself
 * (str, int, non-integral float, an object hashed by identity: HashTable's fast keys), found by one Map
 * lookup. Any other key, a miss (KeyError, or a key equal but stored otherwise, like 1.0 for 1) and
 * every other container take `$getitem`. A loop reading `d["k"]` measured 40 -> 25 ns per read. A dict
 * subclass keeping dict's item methods (defaultdict, Counter: PyType.dictItems) is read the same way.
 */
export function inlineGetItem(ctx: FnCtx, o: string, k: string, listIndex = true, soft = false): string {
  // soft: a missing key or index comes back as $EXC (FnCtx.softNode)
  const slow = soft ? '$getitemSoft' : '$getitem';
  if (/^\d+$/.test(o)) return `${slow}(${o}, ${k})`; // `5[0]`: no list test (and `5.cls` is no JS)
  const [pre, a, b] = operands(ctx, o, k);
  const e = ctx.temp();
  const dict = `${a} instanceof $Dict && (${a}.cls === $DictType || ${a}.cls.dictItems) && (${e} = ${a}.entry(${b})) !== undefined ? ${e}.v : ${slow}(${a}, ${b})`;
  const index = isLit(b) ? [] : [`typeof ${b} === 'number'`, `(${b} >>> 0) === ${b}`];
  // exact tuples too (`p[0]` of a pair): a subclass may define __getitem__
  const tuple = `${all([`${a} instanceof $Tup`, `${a}.cls === $TupType`, ...index, `${b} < ${a}.items.length`])} ? ${a}.items[${b}] : ${dict}`;
  const body = listIndex ? `${all([`Array.isArray(${a})`, `${a}.cls === undefined`, ...index, `${b} < ${a}.length`])} ? ${a}[${b}] : ${tuple}` : dict;
  return pre.length ? `(${pre.join(', ')}, ${body})` : `(${body})`;
}

/** `o[k] = v` as a statement (o, k, then v evaluated, as `$setitem(o, k, v)` does), plain lists and dicts inline. */
export function inlineSetItem(ctx: FnCtx, o: string, k: string, v: string): string {
  const a = ctx.temp();
  const b = ctx.temp();
  const c = ctx.temp();
  return `${a} = ${o}; ${b} = ${k}; ${c} = ${v}; if (Array.isArray(${a}) && ${a}.cls === undefined && typeof ${b} === 'number' && (${b} >>> 0) === ${b} && ${b} < ${a}.length) ${a}[${b}] = ${c}; else if (${a} instanceof $Dict && (${a}.cls === $DictType || ${a}.cls.dictItems)) ${a}.set(${b}, ${c}); else $setitem(${a}, ${b}, ${c});`;
}
