/**
 * The numeric builtin functions: sum, round, abs, divmod and pow (three-argument pow's modular inverse
 * included). makeBuiltins (builtins.ts) puts them in the builtins namespace; `absValue` is also the fast
 * entry of abs() for generated code.
 */
import { typeOf } from './pytype';
import { PyFloat, PyComplex, PyTuple, NotImplemented, isFloat, floatValue, float } from './values';
import { PyBuiltin, parseArgs, expectArgs, Kw } from './function';
import { callSpecial } from './attrs';
import { throwPy } from './errors';
import { index } from './protocols';
import { asArray, PyGenerator } from './iterators';
import { PyBoxed, userDunder, unbox } from './subclass';
import { complexAbs } from './types/number';
import * as A from './arith';
import { roundFloat, roundHalfEven, roundInt, floatToInt } from './formatSpec';
import { tick, charge } from '../interp/state';

export function sumFn(args: any[], kw: Kw): any {
  const [it, startArg] = parseArgs('sum', args, kw, ['iterable/', 'start?']);
  let acc: any = startArg === undefined ? 0 : startArg;
  if (typeof acc === 'string') throwPy('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  if (it instanceof PyGenerator) return sumGenerator(it, acc);
  const items = asArray(it);
  let i = 0;
  if (typeof acc === 'number' && Number.isInteger(acc)) {
    acc = sumInts(items, acc);
    i = intsEnd;
    charge(i);
  }
  for (; i < items.length; i++) {
    // sum([[0]] * 10**5, []) is quadratic inside this loop: a list or tuple total charges the items it
    // copies, so the time limit is checked in proportion to the work (it was checked every 10 000 items,
    // by then copying tens of millions)
    if (Array.isArray(acc)) charge(acc.length + 1);
    else if (acc instanceof PyTuple) charge(acc.items.length + 1);
    else tick();
    acc = A.add(acc, items[i]);
  }
  return acc;
}

/** where sumInts stopped: the index of the first item it did not add */
let intsEnd = 0;
/**
 * The int start of sum(): ints (a raw integral JS number is always an int: integral floats are boxed)
 * add in JS while the total stays within ±2**53; the first other item or a larger total ends it (its
 * index in intsEnd), and sumFn's generic loop goes on from there. A function of its own, ending in
 * nothing that needs type feedback: V8 compiles the loop while the first long sum runs, and code after
 * a compiled loop that the interpreter had not yet reached (a call, a property read) threw the compiled
 * code away there, in every later sum too (48 times in the list_sum benchmark).
 */
function sumInts(items: any[], acc: number): number {
  let i = 0;
  for (; i < items.length; i++) {
    const x = items[i];
    if (typeof x !== 'number' || !Number.isInteger(x)) break;
    const r = acc + x;
    if (r > Number.MAX_SAFE_INTEGER || r < -Number.MAX_SAFE_INTEGER) break;
    acc = r;
  }
  intsEnd = i;
  return acc;
}

/**
 * sum() of a generator (`sum(x * x for x in xs)`), adding each item as it comes instead of collecting
 * them first: the same int fast path and budget charges as sumFn's loops.
 */
function sumGenerator(g: PyGenerator, acc: any): any {
  let x = g.next();
  if (typeof acc === 'number' && Number.isInteger(acc)) {
    let n = 0;
    for (; x !== undefined; x = g.next(), n++) {
      if (typeof x !== 'number' || !Number.isInteger(x)) break;
      const r = acc + x;
      if (r > Number.MAX_SAFE_INTEGER || r < -Number.MAX_SAFE_INTEGER) break;
      acc = r;
    }
    charge(n);
  }
  for (; x !== undefined; x = g.next()) {
    if (Array.isArray(acc)) charge(acc.length + 1);
    else if (acc instanceof PyTuple) charge(acc.items.length + 1);
    else tick();
    acc = A.add(acc, x);
  }
  return acc;
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/**
 * round(x, ndigits) for 0 <= ndigits <= 22 without the decimal digits roundFloat makes (5x faster on
 * a loop of round(v, 2)), or undefined near a tie. CPython rounds the exact x * 10**n half-even to an
 * int k and returns the double nearest k / 10**n, which is exactly what the division k / p gives (k and
 * p are exact). y = x * p carries an error below |y| * 2**-53, so when y's fraction is further than
 * twice that from 1/2, the exact product rounds to the same k as y.
 */
function fastRound(x: number, ndigits: number): number | undefined {
  if (ndigits < 0 || ndigits > 22 || !Number.isFinite(x)) return undefined;
  const p = POW10[ndigits];
  const y = x * p;
  if (!(Math.abs(y) < 4503599627370496)) return undefined;
  const fl = Math.floor(y);
  const frac = y - fl;
  if (Math.abs(frac - 0.5) <= Math.abs(y) * 2.220446049250313e-16) return undefined;
  const k = frac < 0.5 ? fl : fl + 1;
  return k === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : k / p;
}

export function roundFn(args: any[], kw: Kw): any {
  let [x, nd] = parseArgs('round', args, kw, ['number', 'ndigits?']);
  // an instance of an int/float subclass rounds as its value unless its class defines __round__
  if (x instanceof PyBoxed && userDunder(x, '__round__') === undefined) x = x.value;
  const ndigits = nd === undefined || nd === null ? null : index(nd);
  if (isFloat(x)) {
    const v = floatValue(x);
    if (ndigits === null) {
      if (!Number.isFinite(v)) throwPy(Number.isNaN(v) ? 'ValueError' : 'OverflowError', Number.isNaN(v) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      return floatToInt(roundHalfEven(v));
    }
    return float(fastRound(v, ndigits) ?? roundFloat(v, ndigits));
  }
  const i = A.asInt(x);
  if (i !== undefined) return ndigits === null || ndigits >= 0 ? i : roundInt(i, ndigits);
  const f = typeOf(x).lookup('__round__');
  if (f !== undefined) return ndigits === null ? callSpecial(f, x) : callSpecial(f, x, ndigits);
  return throwPy('TypeError', `type ${typeOf(x).tpName} doesn't define __round__ method`);
}

export function absFn(args: any[]): any {
  expectArgs('abs', args, 1);
  return absValue(args[0]);
}

/** abs(x) */
export function absValue(x: any): any {
  if (typeof x === 'number') return Math.abs(x);
  if (typeof x === 'bigint') return x < 0n ? -x : x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.v));
  if (x instanceof PyComplex) return complexAbs(x);
  const f = typeOf(x).lookup('__abs__');
  if (f !== undefined) return callSpecial(f, x);
  return throwPy('TypeError', `bad operand type for abs(): '${typeOf(x).tpName}'`);
}

export function divmodFn(args: any[]): any {
  expectArgs('divmod', args, 2);
  const [a, b] = args;
  const ia = A.asInt(a), ib = A.asInt(b);
  if (ia !== undefined && ib !== undefined) return new PyTuple([A.intFloorDiv(ia, ib), A.intMod(ia, ib)]);
  const fa = A.asFloat(a), fb = A.asFloat(b);
  if (fa !== undefined && fb !== undefined) {
    const [q, r] = A.floatFloorMod(fa, fb, 'divmod');
    return new PyTuple([new PyFloat(q), new PyFloat(r)]);
  }
  const f = typeOf(a).lookup('__divmod__');
  const r = f !== undefined ? callSpecial(f, a, b) : NotImplemented;
  if (r !== NotImplemented) return r;
  const g = typeOf(b).lookup('__rdivmod__');
  const rr = g !== undefined ? callSpecial(g, b, a) : NotImplemented;
  if (rr !== NotImplemented) return rr;
  // subclasses of int and float without their own __divmod__: the builtin's divmod of their values
  const ua = unbox(a), ub = unbox(b);
  if ((ua !== a || ub !== b) && (A.asFloat(ua) !== undefined || A.asInt(ua) !== undefined) && (A.asFloat(ub) !== undefined || A.asInt(ub) !== undefined)) return divmodFn([ua, ub]);
  return throwPy('TypeError', `unsupported operand type(s) for divmod(): '${typeOf(a).tpName}' and '${typeOf(b).tpName}'`);
}

export function powFn(args: any[], kw: Kw): any {
  const [b, e, m] = parseArgs('pow', args, kw, ['base', 'exp', 'mod?']);
  if (m === undefined || m === null) return A.pow(b, e);
  const B = A.asInt(b), E = A.asInt(e), M = A.asInt(m);
  if (B === undefined || E === undefined || M === undefined) {
    const f = typeOf(b).lookup('__pow__');
    // a user __pow__(self, e, mod); the builtin types' own (binary) __pow__ has no 3-argument form
    if (f !== undefined && f !== null && B === undefined && !(f instanceof PyBuiltin && f.nativeDunder)) {
      const r = callSpecial(f, b, e, m);
      if (r !== NotImplemented) return r;
    }
  }
  if (B === undefined || E === undefined || M === undefined) {
    // complex's own 3-argument power refuses first
    if (b instanceof PyComplex || e instanceof PyComplex) throwPy('ValueError', 'complex modulo');
    throwPy('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  let bb = BigInt(B), ee = BigInt(E), mm = BigInt(M);
  if (mm === 0n) throwPy('ValueError', 'pow() 3rd argument cannot be 0');
  const neg = mm < 0n;
  if (neg) mm = -mm;
  if (ee < 0n) {
    bb = modInverse(((bb % mm) + mm) % mm, mm);
    ee = -ee;
  }
  let r = 1n % mm;
  bb = ((bb % mm) + mm) % mm;
  while (ee > 0n) {
    if (ee & 1n) r = (r * bb) % mm;
    bb = (bb * bb) % mm;
    ee >>= 1n;
  }
  if (neg && r !== 0n) r -= mm;
  return A.norm(r);
}
function modInverse(a: bigint, m: bigint): bigint {
  let [g, x] = [a, 1n];
  let [g1, x1] = [m, 0n];
  while (g1 !== 0n) {
    const q = g / g1;
    [g, g1] = [g1, g - q * g1];
    [x, x1] = [x1, x - q * x1];
  }
  if (g !== 1n) throwPy('ValueError', 'base is not invertible for the given modulus');
  return ((x % m) + m) % m;
}

