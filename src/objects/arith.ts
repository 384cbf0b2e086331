/**
 * Python arithmetic on int (number | bigint), bool, float (PyFloat) and complex (PyComplex), and the
 * dunder protocol for everything else.
 *
 * Each operator has a small exported function with an int fast path (`add`, `mul`, …) that V8 inlines
 * into generated code; the slow path (`binary`) handles floats, complex, sequences and user classes with
 * CPython's rules: try `a.__op__(b)`, then `b.__rop__(a)` (first when b's type is a proper subclass that
 * overrides it), NotImplemented falls through, and the final TypeError names the operand types.
 * Integer results are normalised: a bigint only when outside ±(2**53-1); ints are never -0.
 */
import { typeOf, PyType } from './pytype';
import { PyFloat, PyComplex, PyTuple, PyInstance, PyBytes, NotImplemented, tuple, float } from './values';
import { throwPy } from './errors';
import { makeExc } from './exceptions';
import { callSpecial } from './attrs';
import { crPow, crExp, crLog, crSin, crCos, crAtan2 } from '../../runtime/math/libm';
import { hypot } from '../../runtime/math/hypot';
import { toArray } from './iterators';
import { PyBoxed } from './subclass';
import { PyBuiltin } from './function';
import { checkLength } from '../interp/state';

const MAX = Number.MAX_SAFE_INTEGER;
const TWO52 = 4503599627370496;

export function norm(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
function big(a: number | bigint): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

/** Python int value of an int-like (int or bool), else undefined. */
export function asInt(v: any): number | bigint | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) throwPy('OverflowError', 'int too large to convert to float');
  return f;
}

/** JS number of an int/bool/float, else undefined. */
export function asFloat(v: any): number | undefined {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return intToFloat(v);
  return undefined;
}

type Kind = 0 | 1 | 2 | 3; // 0 not numeric, 1 int, 2 float, 3 complex
function kind(v: any): Kind {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? 1 : 2;
    case 'bigint':
    case 'boolean':
      return 1;
    case 'object':
      if (v instanceof PyFloat) return 2;
      if (v instanceof PyComplex) return 3;
  }
  return 0;
}
function toComplex(v: any): PyComplex {
  if (v instanceof PyComplex) return v;
  return new PyComplex(asFloat(v)!, 0);
}

// ---- int operations (inputs already int-like) ----

function intAdd(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) + big(b));
}
function intSub(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return norm(big(a) - big(b));
}
function intMul(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}
export function intFloorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (b === 0 || b === 0n) throwPy('ZeroDivisionError', 'integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number' && a < TWO52 && a > -TWO52) {
    const q = Math.floor(a / b);
    return q === 0 ? 0 : q;
  }
  const A = big(a), B = big(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return norm(q);
}
export function intMod(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throwPy('ZeroDivisionError', 'integer modulo by zero');
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const A = big(a), B = big(b);
  if (B === 0n) throwPy('ZeroDivisionError', 'integer modulo by zero');
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return norm(r);
}
export function intPow(a: number | bigint, b: number | bigint): number | bigint | PyFloat {
  if (b < 0) {
    const fa = intToFloat(a);
    if (fa === 0) throwPy('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return floatPow(fa, intToFloat(b));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    let result = 1;
    let base = a;
    let e = b;
    let ok = true;
    while (e > 0) {
      if (e & 1) {
        result *= base;
        if (result > MAX || result < -MAX) { ok = false; break; }
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (base > MAX || base < -MAX) { ok = false; break; }
      }
    }
    if (ok) return result === 0 ? 0 : result;
  }
  const B = big(b);
  if (B > 100000000n && (a !== 0 && a !== 1 && a !== -1)) throwPy('MemoryError', '');
  return norm(big(a) ** B);
}
function intShift(a: number | bigint, b: number | bigint, left: boolean): number | bigint {
  if (b < 0) throwPy('ValueError', 'negative shift count');
  if (left) {
    if (typeof a === 'number' && typeof b === 'number' && b < 31 && Math.abs(a) < 2 ** 21) return a * 2 ** b;
    return norm(big(a) << big(b));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    if (b > 60) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  return norm(big(a) >> big(b));
}
function isI32(v: number | bigint): v is number {
  return typeof v === 'number' && (v | 0) === v;
}
function intBit(a: number | bigint, b: number | bigint, op: '&' | '|' | '^'): number | bigint {
  if (isI32(a) && isI32(b)) return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
  const A = big(a), B = big(b);
  return norm(op === '&' ? A & B : op === '|' ? A | B : A ^ B);
}

/**
 * Python's `a % m` for a safe int `a` and an int 0 < m <= 2**31 (never -0). JS's `%` on numbers outside
 * int32 is fmod, a call into C (measured: a 1M-step LCG loop, 57 -> 25 ms in plain JS with the division
 * below). For |a| < 2**52, q = floor(a / m) is off by at most one and q * m is exact (below 2**53), so one
 * correction gives the remainder.
 */
export function remInt(a: number, m: number): number {
  if (a < TWO52 && a > -TWO52) {
    let r = a - Math.floor(a / m) * m;
    if (r < 0) r += m;
    else if (r >= m) r -= m;
    return r + 0;
  }
  const r = a % m;
  return r < 0 ? r + m : r + 0;
}
/** `(a * b) % m`, exact, for ints 0 <= a, b < m <= 2**31 (the product may pass 2**53) */
export function mulMod(a: number, b: number, m: number): number {
  const p = a * b;
  if (p <= MAX) return remInt(p, m);
  // b = hi * 2**16 + lo: every partial product stays below 2**48
  const hi = Math.floor(b / 65536);
  const lo = b - hi * 65536;
  return remInt(remInt(a * hi, m) * 65536 + a * lo, m);
}

// ---- float operations ----

export function floatFloorMod(x: number, y: number, what: 'floordiv' | 'mod' | 'divmod'): [number, number] {
  if (y === 0) {
    throwPy('ZeroDivisionError', what === 'floordiv' ? 'float floor division by zero' : what === 'mod' ? 'float modulo' : 'float divmod()');
  }
  let mod = x % y;
  let div = (x - mod) / y;
  // C's tests, in which a NaN counts as non-zero (inf // 3.0 and divmod(nan, 7) are NaNs)
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (x / y < 0 || Object.is(x / y, -0)) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatPow(x: number, y: number): any {
  if (x === 0 && y < 0) throwPy('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) return complexPow(new PyComplex(x, 0), new PyComplex(y, 0));
  if (x === 1 || y === 0) return new PyFloat(1);
  const r = crPow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    // CPython raises it from errno ERANGE: the args are (errno, strerror), as an OSError's would be
    throw makeExc('OverflowError', 34, 'Numerical result out of range');
  }
  return float(r);
}

// ---- complex ----

function complexDiv(a: PyComplex, b: PyComplex): PyComplex {
  const { re: ar, im: ai } = a;
  const { re: br, im: bi } = b;
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) throwPy('ZeroDivisionError', 'complex division by zero');
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return new PyComplex(NaN, NaN);
}
function cmul(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  if (b.im === 0 && Number.isInteger(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    let r = new PyComplex(1, 0);
    let x = a;
    let m = Math.abs(n);
    while (m > 0) {
      if (m & 1) r = cmul(r, x);
      x = cmul(x, x);
      m >>= 1;
    }
    // 1/r with r zero is the division error CPython reports as the power's
    if (n < 0 && r.re === 0 && r.im === 0) throwPy('ZeroDivisionError', '0.0 to a negative or complex power');
    return n < 0 ? complexDiv(new PyComplex(1, 0), r) : r;
  }
  if (b.re === 0 && b.im === 0) return new PyComplex(1, 0);
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) throwPy('ZeroDivisionError', '0.0 to a negative or complex power');
    return new PyComplex(0, 0);
  }
  // CPython's _Py_c_pow, with the C library's (correctly rounded) functions rather than V8's
  const vabs = hypot(a.re, a.im);
  let len = crPow(vabs, b.re);
  const at = crAtan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= crExp(at * b.im);
    phase += b.im * crLog(vabs);
  }
  return new PyComplex(len * crCos(phase), len * crSin(phase));
}

function numeric(op: string, a: any, b: any, ka: Kind, kb: Kind): any {
  const k = ka > kb ? ka : kb;
  if (k === 1) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '&' || op === '|' || op === '^')) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    const x = asInt(a)!, y = asInt(b)!;
    switch (op) {
      case '+': return intAdd(x, y);
      case '-': return intSub(x, y);
      case '*': return intMul(x, y);
      case '/': {
        if (y === 0 || y === 0n) throwPy('ZeroDivisionError', 'division by zero');
        if (typeof x === 'number' && typeof y === 'number') return float(x / y);
        return float(bigTrueDiv(big(x), big(y)));
      }
      case '//': return intFloorDiv(x, y);
      case '%': return intMod(x, y);
      case '**': return intPow(x, y);
      case '<<': return intShift(x, y, true);
      case '>>': return intShift(x, y, false);
      case '&': case '|': case '^': return intBit(x, y, op);
    }
    return NotImplemented;
  }
  if (k === 2) {
    const x = asFloat(a)!, y = asFloat(b)!;
    switch (op) {
      case '+': return float(x + y);
      case '-': return float(x - y);
      case '*': return float(x * y);
      case '/':
        if (y === 0) throwPy('ZeroDivisionError', 'float division by zero');
        return float(x / y);
      case '//': return float(floatFloorMod(x, y, 'floordiv')[0]);
      case '%': return float(floatFloorMod(x, y, 'mod')[1]);
      case '**': return floatPow(x, y);
    }
    return NotImplemented;
  }
  const x = toComplex(a), y = toComplex(b);
  switch (op) {
    case '+': return new PyComplex(x.re + y.re, x.im + y.im);
    case '-': return new PyComplex(x.re - y.re, x.im - y.im);
    case '*': return cmul(x, y);
    case '/': return complexDiv(x, y);
    case '**': return complexPow(x, y);
  }
  return NotImplemented;
}

function bigTrueDiv(a: bigint, b: bigint): number {
  // both exact as floats: one division rounds (Number(2**53 + 1) would already have rounded)
  const exact = (v: bigint) => v <= 2n ** 53n && v >= -(2n ** 53n);
  if (exact(a) && exact(b)) return Number(a) / Number(b);
  // correctly rounded: the quotient scaled by 2**s to a 53-bit integer (fewer bits for a subnormal
  // result, whose last bit is 2**-1074), rounded half to even by the remainder, then scaled back exactly
  const neg = (a < 0n) !== (b < 0n);
  const A = a < 0n ? -a : a;
  const B = b < 0n ? -b : b;
  if (A === 0n) return neg ? -0 : 0;
  const scaled = (s: number): [bigint, bigint] => {
    const n = s >= 0 ? A << BigInt(s) : A;
    const d = s >= 0 ? B : B << BigInt(-s);
    return [n / d, n % d * 2n - d];
  };
  let s = 53 - (A.toString(2).length - B.toString(2).length);
  if (scaled(s)[0] >= 1n << 53n) s -= 1;
  s = Math.min(s, 1074);
  const [q, half] = scaled(s);
  const m = half > 0n || (half === 0n && (q & 1n) === 1n) ? q + 1n : q;
  // 2**-s in two factors: either alone may leave the float range where the product does not
  const r = Number(m) * Math.pow(2, -Math.trunc(s / 2)) * Math.pow(2, Math.trunc(s / 2) - s);
  if (!Number.isFinite(r)) throwPy('OverflowError', 'integer division result too large for a float');
  return neg ? -r : r;
}

// ---- sequences ----

function seqRepeat(seq: any, n: any): any {
  const k = asInt(n)!;
  const count = typeof k === 'bigint' ? (k > 0n ? throwPy('OverflowError', 'cannot fit \'int\' into an index-sized integer') : 0) : Math.max(0, k);
  if (typeof seq === 'string') return count > 0 ? seq.repeat(count) : '';
  if (Array.isArray(seq)) return arrayRepeat(seq, count);
  return tuple(arrayRepeat((seq as PyTuple).items, count));
}

/**
 * `count` copies of a plain array's items, one after another. Short lists repeated many times are written
 * into an array made at its full length: `[True] * 800000` is a common way to start a sieve (doubling
 * with concat made and copied arrays of twice the size on the way, each of them fresh memory: 16 -> 6 ms
 * for that sieve start).
 */
function arrayRepeat(seq: any[], count: number): any[] {
  const len = seq.length;
  if (count <= 0 || len === 0) return [];
  const n = len * count;
  checkLength(n);
  if (n < 64) {
    // small results stay packed (an array made at its length is holey, slightly slower to read)
    const out: any[] = [];
    for (let c = 0; c < count; c++) for (let i = 0; i < len; i++) out.push(seq[i]);
    return out;
  }
  if (len === 1) return new Array(n).fill(seq[0]);
  if (len >= 16) {
    // long items: doubled by concat, a memory copy per step (a loop per item took seconds for `l * 2`
    // of a list of millions)
    let out = seq.slice();
    let have = 1;
    while (have * 2 <= count) {
      out = out.concat(out);
      have *= 2;
    }
    return have < count ? out.concat(arrayRepeat(seq, count - have)) : out;
  }
  const out = new Array(n);
  for (let i = 0, j = 0; i < n; i++) {
    out[i] = seq[j];
    if (++j === len) j = 0;
  }
  return out;
}

const DUNDER: Record<string, [string, string]> = {
  '+': ['__add__', '__radd__'],
  '-': ['__sub__', '__rsub__'],
  '*': ['__mul__', '__rmul__'],
  '/': ['__truediv__', '__rtruediv__'],
  '//': ['__floordiv__', '__rfloordiv__'],
  '%': ['__mod__', '__rmod__'],
  '**': ['__pow__', '__rpow__'],
  '@': ['__matmul__', '__rmatmul__'],
  '<<': ['__lshift__', '__rlshift__'],
  '>>': ['__rshift__', '__rrshift__'],
  '&': ['__and__', '__rand__'],
  '|': ['__or__', '__ror__'],
  '^': ['__xor__', '__rxor__'],
};
export const INPLACE: Record<string, string> = {
  '+': '__iadd__', '-': '__isub__', '*': '__imul__', '/': '__itruediv__', '//': '__ifloordiv__',
  '%': '__imod__', '**': '__ipow__', '@': '__imatmul__', '<<': '__ilshift__', '>>': '__irshift__',
  '&': '__iand__', '|': '__ior__', '^': '__ixor__',
};

/** `str % args`, installed by formatting.ts (kept out of this module's imports). */
let strPercent: ((fmt: string, args: any) => string) | null = null;
export function setStrPercent(f: (fmt: string, args: any) => string): void {
  strPercent = f;
}

/** Hook for builtin containers/strings that implement operators natively (str %, set |, dict |). */
export const nativeBinary: Map<PyType, (op: string, a: any, b: any, reflected: boolean) => any> = new Map();

function tryDunder(obj: any, name: string, other: any): any {
  const t = typeOf(obj);
  const f = t.lookup(name);
  if (f === undefined || f === null) return NotImplemented;
  // a builtin type's own operator method inherited by a subclass: the operation itself
  if (f instanceof PyBuiltin && f.operand !== null) return f.operand(obj, other);
  return callSpecial(f, obj, other);
}

function isUserish(v: any): boolean {
  return v !== null && typeof v === 'object' && (v instanceof PyInstance || v.cls?.isUser === true);
}

/** A builtin type's own binary operator (its native dunder): numbers and sequences only, else NotImplemented. */
export function binaryNative(op: string, a: any, b: any): any {
  const ka = kind(a), kb = kind(b);
  if (ka && kb) return numeric(op, a, b, ka, kb);
  return builtinBinary(op, a, b);
}

/** The general binary operator: a OP b. */
export function binary(op: string, a: any, b: any): any {
  const ka = kind(a), kb = kind(b);
  if (ka && kb) {
    const r = numeric(op, a, b, ka, kb);
    if (r !== NotImplemented) return r;
  } else if (!isUserish(a) && !isUserish(b)) {
    if (scalarArith !== null && (a instanceof scalarArith.cls || b instanceof scalarArith.cls)) {
      const r = scalarArith.fn(op, a, b);
      if (r !== undefined) return r;
    }
    const r = builtinBinary(op, a, b);
    if (r !== NotImplemented) return r;
  }
  const [fwd, rev] = DUNDER[op];
  const ta = typeOf(a), tb = typeOf(b);
  const bFirst = tb !== ta && tb.isSubtypeOf(ta) && tb.lookup(rev) !== undefined && tb.lookup(rev) !== ta.lookup(rev);
  if (bFirst) {
    const r = tryDunder(b, rev, a);
    if (r !== NotImplemented) return r;
  }
  if (isUserish(a) || !ka) {
    let r = isUserish(a) ? tryDunder(a, fwd, b) : builtinBinary(op, a, b);
    // 'b' + S('a'): a builtin's own operator takes a subclass instance by value ('%' formats it whole)
    if (r === NotImplemented && b instanceof PyBoxed && op !== '%' && !isUserish(a)) r = builtinBinary(op, a, b.value);
    if (r !== NotImplemented) return r;
  }
  if (!bFirst && tb !== ta) {
    // a builtin right operand's reflected operator (a NumPy scalar after a Python class's __add__)
    const r = isUserish(b) ? tryDunder(b, rev, a) : isUserish(a) ? builtinBinary(op, a, b) : NotImplemented;
    if (r !== NotImplemented) return r;
  }
  // [0] * n where n's class defines __index__: sequence repetition, tried after n's own __rmul__
  if (op === '*') {
    const isSeq = (v: any) => typeof v === 'string' || Array.isArray(v) || v instanceof PyTuple;
    const [seq, n] = isSeq(a) ? [a, b] : [b, a];
    const ix = isSeq(seq) && isUserish(n) ? typeOf(n).lookup('__index__') : undefined;
    if (ix !== undefined) return seqRepeat(seq, callSpecial(ix, n));
  }
  // `int | None` in annotations: a PEP 604 union of types (unionType.ts)
  if (op === '|' && typeUnion !== null) {
    const u = typeUnion(a, b);
    if (u !== null) return u;
  }
  return opError(op, a, b);
}

/**
 * Arithmetic on NumPy scalars that needs none of the operator protocol (numpy's scalarMath.ts registers
 * it): `fn` gives the result, or undefined to go the general way.
 */
let scalarArith: { cls: Function; fn: (op: string, a: any, b: any) => any } | null = null;
export function setScalarArith(cls: Function, fn: (op: string, a: any, b: any) => any): void {
  scalarArith = { cls, fn };
}

let typeUnion: ((a: any, b: any) => any) | null = null;
/** Install `type | type` (unionType.ts registers itself; importing it here would reorder module init). */
export function setTypeUnion(f: (a: any, b: any) => any): void {
  typeUnion = f;
}

export function opError(op: string, a: any, b: any): never {
  const na = typeOf(a).tpName, nb = typeOf(b).tpName;
  // a subclass of str/tuple fails as its base sequence does ("can only concatenate str (not "int") to str")
  if (a instanceof PyBoxed) a = a.value;
  if (b instanceof PyBoxed) b = b.value;
  if (op === '+' && typeof a === 'string') throwPy('TypeError', `can only concatenate str (not "${nb}") to str`);
  if (op === '+' && Array.isArray(a)) throwPy('TypeError', `can only concatenate list (not "${nb}") to list`);
  if (op === '+' && a instanceof PyTuple) throwPy('TypeError', `can only concatenate tuple (not "${nb}") to tuple`);
  // (bytes and bytearray repeat as the other sequences do)
  const seq = (v: any) => typeof v === 'string' || Array.isArray(v) || v instanceof PyTuple || v instanceof PyBytes || (v !== null && typeof v === 'object' && typeOf(v).mro.some((t) => t.name === 'bytearray'));
  if (op === '*' && seq(a) && !kind(b)) throwPy('TypeError', `can't multiply sequence by non-int of type '${nb}'`);
  if (op === '*' && seq(b) && !kind(a)) throwPy('TypeError', `can't multiply sequence by non-int of type '${na}'`);
  if (op === '*' && (seq(a) || seq(b))) throwPy('TypeError', `can't multiply sequence by non-int of type '${kind(a) ? na : nb}'`);
  const sym = op === '**' ? '** or pow()' : op;
  throwPy('TypeError', `unsupported operand type(s) for ${sym}: '${na}' and '${nb}'`);
}

function nativeIndex(v: any): boolean {
  return v !== null && typeof v === 'object' && !isUserish(v) && typeOf(v).lookup('__index__') !== undefined && (arrayType === null || !typeOf(v).isSubtypeOf(arrayType));
}

/**
 * numpy.ndarray (numpy's module registers it): an array has __index__ (when it holds one int) but is no
 * repeat count: `[2, 3] * a` multiplies elementwise, as the array's nb_multiply comes before the list's
 * repeat in CPython, while a NumPy integer scalar still repeats the list.
 */
let arrayType: PyType | null = null;
export function setArrayType(t: PyType): void {
  arrayType = t;
}

function isSeq(v: any): boolean {
  return typeof v === 'string' || Array.isArray(v) || v instanceof PyTuple;
}

function builtinBinary(op: string, a: any, b: any): any {
  const seqA = isSeq(a), seqB = isSeq(b);
  if (op === '+' && (seqA || seqB)) {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (Array.isArray(a) && Array.isArray(b)) return a.concat(b);
    if (a instanceof PyTuple && b instanceof PyTuple) return tuple(a.items.concat(b.items));
  } else if (op === '*' && (seqA || seqB)) {
    const ka = kind(a), kb = kind(b);
    if (seqA && kb === 1) return seqRepeat(a, b);
    if (seqB && ka === 1) return seqRepeat(b, a);
    // a builtin-typed count with __index__ (a NumPy integer) repeats as CPython's sq_repeat does
    if (seqA && nativeIndex(b)) return seqRepeat(a, callSpecial(typeOf(b).lookup('__index__'), b));
    if (seqB && nativeIndex(a)) return seqRepeat(b, callSpecial(typeOf(a).lookup('__index__'), a));
  }
  const ha = a !== null && typeof a === 'object' ? nativeBinary.get(typeOf(a)) : typeof a === 'string' ? nativeBinary.get(typeOf(a)) : undefined;
  if (ha) {
    const r = ha(op, a, b, false);
    if (r !== NotImplemented) return r;
  }
  const hb = b !== null && (typeof b === 'object') ? nativeBinary.get(typeOf(b)) : undefined;
  if (hb && typeOf(b) !== typeOf(a)) {
    const r = hb(op, b, a, true);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

// ---- the fast entry points used by generated code ----

// Each entry point keeps only small fast paths (ints, and floats held as plain numbers), small enough for
// V8 to inline many per loop body; everything else goes through a separate, non-inlined slow function.
export function add(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (r <= MAX && r >= -MAX) return r;
    } else return Number.isInteger(r) ? new PyFloat(r) : r; // a float operand: an integral result is boxed
  }
  return addSlow(a, b);
}
/** An int held as a number or a float in either representation (not bool, not bigint). */
function isRealNum(v: any): boolean {
  return typeof v === 'number' || v instanceof PyFloat;
}
function realNum(v: any): number {
  return typeof v === 'number' ? v : v.v;
}
/** Both operands are ints (number or bigint). */
function isBigPair(a: any, b: any): boolean {
  const ta = typeof a, tb = typeof b;
  return (ta === 'bigint' || (ta === 'number' && Number.isInteger(a))) && (tb === 'bigint' || (tb === 'number' && Number.isInteger(b)));
}
function addSlow(a: any, b: any): any {
  // boxed (integral-valued) floats mixed with numbers: the common case after `k += 1.0`
  if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return float(a.v + b.v);
    if (typeof b === 'number') return float(a.v + b);
  } else if (b instanceof PyFloat && typeof a === 'number') return float(a + b.v);
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (isBigPair(a, b)) return norm(big(a) + big(b));
  if (isRealNum(a) && isRealNum(b)) return float(realNum(a) + realNum(b));
  return binary('+', a, b);
}
export function sub(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (r <= MAX && r >= -MAX) return r;
    } else return Number.isInteger(r) ? new PyFloat(r) : r; // a float operand: an integral result is boxed
  }
  return subSlow(a, b);
}
function subSlow(a: any, b: any): any {
  // boxed (integral-valued) floats mixed with numbers: the common case after `k += 1.0`
  if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return float(a.v - b.v);
    if (typeof b === 'number') return float(a.v - b);
  } else if (b instanceof PyFloat && typeof a === 'number') return float(a - b.v);
  if (isBigPair(a, b)) return norm(big(a) - big(b));
  if (isRealNum(a) && isRealNum(b)) return float(realNum(a) - realNum(b));
  return binary('-', a, b);
}
export function mul(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (r <= MAX && r >= -MAX) return r === 0 ? 0 : r;
    } else return Number.isInteger(r) ? new PyFloat(r) : r; // `0 * 0.5`: a boxed float
  }
  return mulSlow(a, b);
}
function mulSlow(a: any, b: any): any {
  // boxed (integral-valued) floats mixed with numbers: the common case after `k += 1.0`
  if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return float(a.v * b.v);
    if (typeof b === 'number') return float(a.v * b);
  } else if (b instanceof PyFloat && typeof a === 'number') return float(a * b.v);
  // str * int (an f-string's `'x' * n`): the repeat seqRepeat would do, without the dispatch
  if (typeof a === 'string' && typeof b === 'number' && Number.isInteger(b)) return b > 0 ? a.repeat(b) : '';
  if (isBigPair(a, b)) return norm(big(a) * big(b));
  if (isRealNum(a) && isRealNum(b)) return float(realNum(a) * realNum(b));
  return binary('*', a, b);
}
export function truediv(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = a / b;
    if (!Number.isInteger(r)) return r;
  }
  return truedivSlow(a, b);
}
function truedivSlow(a: any, b: any): any {
  if (a instanceof PyFloat && typeof b === 'number' && b !== 0) return float(a.v / b);
  if (isRealNum(a) && isRealNum(b) && realNum(b) !== 0) return float(realNum(a) / realNum(b));
  return binary('/', a, b);
}
export function floordiv(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0 && a < TWO52 && a > -TWO52 && Number.isInteger(a) && Number.isInteger(b)) {
    const q = Math.floor(a / b);
    return q === 0 ? 0 : q;
  }
  return binary('//', a, b);
}
export function mod(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0 && Number.isInteger(a) && Number.isInteger(b)) {
    if (a < TWO52 && a > -TWO52 && b < TWO52 && b > -TWO52) {
      // as in remInt: no fmod call; the quotient is off by at most one and q * b is exact
      let r = a - Math.floor(a / b) * b;
      if (b > 0 ? r < 0 : r > 0) r += b;
      else if (b > 0 ? r >= b : r <= b) r -= b;
      return r + 0;
    }
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  if (typeof a === 'string' && strPercent !== null && !isUserish(b)) return strPercent(a, b);
  if (isBigPair(a, b)) return intMod(a, b);
  return binary('%', a, b);
}
export function pow(a: any, b: any): any {
  // two plain numbers (`x ** 2`, `i ** k`): what numeric() would pick, without the operator dispatch
  if (typeof a === 'number' && typeof b === 'number') return Number.isInteger(a) && Number.isInteger(b) ? intPow(a, b) : floatPow(a, b);
  return binary('**', a, b);
}
export function matmul(a: any, b: any): any {
  return binary('@', a, b);
}
export function lshift(a: any, b: any): any {
  return binary('<<', a, b);
}
export function rshift(a: any, b: any): any {
  return binary('>>', a, b);
}
export function bitand(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return binary('&', a, b);
}
export function bitor(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return binary('|', a, b);
}
export function bitxor(a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return binary('^', a, b);
}

/** a OP= b: __iop__ when the type has it, lists extend in place, otherwise the plain operator. */
export function inplace(op: string, a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return BINOPS[op](a, b);
  // a list (not a subclass, whose class may define __iadd__ / __imul__)
  if (Array.isArray(a) && (a as any).cls === undefined) {
    if (op === '+') {
      if (Array.isArray(b)) { for (let i = 0, n = b.length; i < n; i++) a.push(b[i]); return a; }
      const items = toArray(b);
      for (const x of items) a.push(x);
      return a;
    }
    if (op === '*' && kind(b) === 1) {
      const copy = a.slice();
      const n = Number(asInt(b));
      a.length = 0;
      for (let i = 0; i < n; i++) for (const x of copy) a.push(x);
      return a;
    }
  }
  if (a !== null && typeof a === 'object' && !(a instanceof PyFloat)) {
    const f = typeOf(a).lookup(INPLACE[op]);
    if (f !== undefined && f !== null) {
      const r = callSpecial(f, a, b);
      if (r !== NotImplemented) return r;
    }
  }
  try {
    return BINOPS[op](a, b);
  } catch (e: any) {
    // CPython names the augmented operator in the message: "unsupported operand type(s) for +=: …"
    const args = e?.args?.items;
    if (args && typeof args[0] === 'string' && args[0].startsWith(`unsupported operand type(s) for ${op === '**' ? '** or pow()' : op}:`)) {
      args[0] = args[0].replace(`for ${op === '**' ? '** or pow()' : op}:`, `for ${op}=:`);
    }
    throw e;
  }
}


export const BINOPS: Record<string, (a: any, b: any) => any> = {
  '+': add, '-': sub, '*': mul, '/': truediv, '//': floordiv, '%': mod, '**': pow, '@': matmul,
  '<<': lshift, '>>': rshift, '&': bitand, '|': bitor, '^': bitxor,
};

// ---- unary ----

export function neg(a: any): any {
  if (typeof a === 'number') return Number.isInteger(a) ? 0 - a : -a;
  if (a instanceof PyFloat) return new PyFloat(-a.v);
  if (typeof a === 'bigint') return norm(-a);
  if (typeof a === 'boolean') return a ? -1 : 0;
  if (a instanceof PyComplex) return new PyComplex(-a.re, -a.im);
  return unaryDunder(a, '__neg__', '-');
}
export function pos(a: any): any {
  if (typeof a === 'number' || typeof a === 'bigint' || a instanceof PyFloat || a instanceof PyComplex) return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  return unaryDunder(a, '__pos__', '+');
}
export function invert(a: any): any {
  if (typeof a === 'number' && Number.isInteger(a)) return -a - 1;
  if (typeof a === 'bigint') return norm(-a - 1n);
  if (typeof a === 'boolean') return a ? -2 : -1;
  return unaryDunder(a, '__invert__', '~');
}
function unaryDunder(a: any, name: string, sym: string): any {
  const f = typeOf(a).lookup(name);
  if (f !== undefined && f !== null) return callSpecial(f, a);
  return throwPy('TypeError', `bad operand type for unary ${sym}: '${typeOf(a).tpName}'`);
}

