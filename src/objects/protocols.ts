/**
 * The object protocols the compiled code and the builtins lean on: truth, len, hash, equality and
 * ordering, containment, subscripting (with slices) and deletion.
 *
 * Fast paths first for the native representations (numbers, strings, JS arrays), then the dunder
 * methods of user classes with CPython's fallbacks (`__eq__` NotImplemented → identity, reflected
 * comparisons, `__contains__` → iteration, `__len__` → truth). Error texts are CPython's.
 */
import { typeOf, PyType, ObjectType, ClassMethodType } from './pytype';
import { PyFloat, PyComplex, PyTuple, PyRange, PySlice, PyBytes, PyInstance, NotImplemented, tuple } from './values';
import { PyDict, PySet } from './hashtable';
import { throwPy } from './errors';
import { callSpecial } from './attrs';
import { asFloat, asInt, norm } from './arith';
import { iter, toArray, isIterable } from './iterators';
import { makeExc, lookupFailure } from './exceptions';
import { repr } from './repr';
import { boxFloat } from './values';
import { PyBigRange, bigRangeLen, rangesEqual, bigRangeContains, bigRangeItem } from './types/bigRange';
import { PyBuiltin, PyFunction, call } from './function';
import { userDunder, userType, unbox, setNativeCompare } from './subclass';
import { DictType, TypeType, IntType, FloatType } from './pytype';

export function truthy(v: any): boolean {
  if (v === true) return true;
  if (v === false || v === null) return false;
  if (typeof v === 'number') return v !== 0;
  // the common containers of exactly their builtin type, before the user-class checks (`if kwargs:`)
  if (typeof v === 'string') return v.length !== 0;
  if (Array.isArray(v) && (v as any).cls === undefined) return v.length !== 0;
  if (v instanceof PyDict && v.cls === DictType) return v.size !== 0;
  return truthySlow(v);
}
function truthySlow(v: any): boolean {
  if (v instanceof PyInstance && v.constructor === PyInstance) {
    // an instance of a Python class whose __bool__ or __len__ is a Python function (`while queue:`)
    const t = v.cls;
    const b = t.lookup('__bool__');
    if (b instanceof PyFunction && b.takes(1)) {
      const r = b.fn(v);
      if (typeof r !== 'boolean') throwPy('TypeError', `__bool__ should return bool, returned ${typeOf(r).tpName}`);
      return r;
    }
    const l = b === undefined ? t.lookup('__len__') : undefined;
    if (l instanceof PyFunction && l.takes(1)) return lenResult(l.fn(v)) !== 0;
  }
  const b = userDunder(v, '__bool__');
  if (b === null) throwPy('TypeError', "'NoneType' object is not callable"); // `__bool__ = None`
  if (b !== undefined) {
    const r = callSpecial(b, v);
    if (typeof r !== 'boolean') throwPy('TypeError', `__bool__ should return bool, returned ${typeOf(r).tpName}`);
    return r;
  }
  const l = userDunder(v, '__len__');
  if (l === null) throwPy('TypeError', "'NoneType' object is not callable");
  if (l !== undefined) return lenResult(callSpecial(l, v)) !== 0;
  return truthyNative(unbox(v));
}

export function truthyNative(v: any): boolean {
  if (v === true) return true;
  if (v === false || v === null) return false;
  switch (typeof v) {
    case 'number':
      return v !== 0;
    case 'string':
      return v.length !== 0;
    case 'bigint':
      return true;
  }
  if (Array.isArray(v)) return v.length !== 0;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyTuple) return v.items.length !== 0;
  if (v instanceof PyDict || v instanceof PySet) return v.size !== 0;
  if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
  if (v instanceof PyRange) return v.length !== 0;
  if (v instanceof PyBigRange) return v.length !== 0n;
  if (v instanceof PyBytes) return v.data.length !== 0;
  const t = typeOf(v);
  const b = t.lookup('__bool__');
  if (b !== undefined && b !== null && !(b instanceof PyBuiltin && b.nativeDunder)) {
    const r = callSpecial(b, v);
    if (typeof r !== 'boolean') throwPy('TypeError', `__bool__ should return bool, returned ${typeOf(r).tpName}`);
    return r;
  }
  const l = t.lookup('__len__');
  if (l !== undefined && l !== null && !(l instanceof PyBuiltin && l.nativeDunder)) return lenResult(callSpecial(l, v)) !== 0;
  return true;
}

function lenResult(r: any): number {
  const n = asInt(r);
  if (n === undefined) throwPy('TypeError', `'${typeOf(r).tpName}' object cannot be interpreted as an integer`);
  if (n < 0) throwPy('ValueError', '__len__() should return >= 0');
  if (typeof n === 'bigint' && n > 0x7fffffffffffffffn) throwPy('OverflowError', "cannot fit 'int' into an index-sized integer");
  return Number(n);
}

export function len(v: any): number {
  // a str or plain list first: the user-class check reads `cls` off the array, a miss up its prototypes
  if (typeof v === 'string') return strLen(v);
  if (Array.isArray(v) && (v as any).cls === undefined) return v.length;
  const u = userDunder(v, '__len__');
  if (u === null) throwPy('TypeError', "'NoneType' object is not callable"); // `__len__ = None`
  if (u !== undefined) return lenResult(callSpecial(u, v));
  return lenNative(unbox(v));
}

export function lenNative(v: any): number {
  if (typeof v === 'string') return strLen(v);
  if (Array.isArray(v)) return v.length;
  if (v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.size;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyBigRange) return bigRangeLen(v) as number;
  if (v instanceof PyBytes) return v.data.length;
  const l = typeOf(v).lookup('__len__');
  if (l !== undefined && l !== null && !(l instanceof PyBuiltin && l.nativeDunder)) return lenResult(callSpecial(l, v));
  return throwPy('TypeError', `object of type '${typeOf(v).tpName}' has no len()`);
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
/**
 * Number of code points (Python str length), fast when there are no surrogate pairs. The test is a regular
 * expression: V8 answers it for a one-byte string without reading it, and scans two-byte strings natively
 * (a charCodeAt loop made `len(s)` and `s[i:j]` cost ~3 ns per character of `s`).
 */
export function strLen(s: string): number {
  const n = s.length;
  if (n < 32) {
    // a short str: a look at each unit beats the regex test (len of words as a sort key: 3x fewer ns)
    let pairs = 0;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          pairs++;
          i++;
        }
      }
    }
    return n - pairs;
  }
  if (s === lastLong) return lastLongLen;
  let len = n;
  if (HIGH_SURROGATE.test(s)) {
    for (let i = 0; i < n - 1; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          len--;
          i++;
        }
      }
    }
  }
  if (n >= 1024) {
    lastLong = s;
    lastLongLen = len;
  }
  return len;
}

/**
 * The last str of 1024 units or more whose length strLen worked out, and that length: a loop slicing or
 * indexing one long text asks again and again, and for a two-byte string (one character past U+00FF
 * anywhere in it) each answer was a scan of the whole text (an 880 KB text: 0.9 ms a slice).
 */
let lastLong = '';
let lastLongLen = 0;

// ---- hashing (src/objects/hash.ts) ----

export { pyHash, identityHash } from './hash';

// ---- equality and ordering ----

function numEq(a: any, b: any): boolean | undefined {
  a = boxFloat(a);
  b = boxFloat(b);
  const ia = asInt(a), ib = asInt(b);
  if (ia !== undefined && ib !== undefined) return ia == ib; // eslint-disable-line eqeqeq
  if ((ia !== undefined || a instanceof PyFloat) && (ib !== undefined || b instanceof PyFloat)) {
    if (typeof ia === 'bigint' || typeof ib === 'bigint') return cmpBigFloat(a, b) === 0;
    return asFloat(a) === asFloat(b);
  }
  if ((a instanceof PyComplex || ia !== undefined || a instanceof PyFloat) && (b instanceof PyComplex || ib !== undefined || b instanceof PyFloat)) {
    const ca = a instanceof PyComplex ? a : new PyComplex(asFloat(a)!, 0);
    const cb = b instanceof PyComplex ? b : new PyComplex(asFloat(b)!, 0);
    return ca.re === cb.re && ca.im === cb.im;
  }
  return undefined;
}

/** exact comparison of an int-like and a float, one of them a bigint; returns -1/0/1 or NaN */
function cmpBigFloat(a: any, b: any): number {
  const fa = asFloatLoose(a), fb = asFloatLoose(b);
  if (Number.isNaN(fa) || Number.isNaN(fb)) return NaN;
  // an infinite float is beyond every int (whose conversion may overflow to infinity too)
  if (a instanceof PyFloat && !Number.isFinite(fa)) return fa > 0 ? 1 : -1;
  if (b instanceof PyFloat && !Number.isFinite(fb)) return fb > 0 ? -1 : 1;
  if (!Number.isFinite(fa) || !Number.isFinite(fb) || fa !== fb) return fa < fb ? -1 : fa > fb ? 1 : 0;
  const ba = exactBig(a), bb = exactBig(b);
  return ba < bb ? -1 : ba > bb ? 1 : 0;
}
function asFloatLoose(v: any): number {
  if (v instanceof PyFloat) return v.v;
  return Number(asInt(v));
}
function exactBig(v: any): bigint {
  if (v instanceof PyFloat) return BigInt(Math.trunc(v.v));
  return BigInt(asInt(v)!);
}

/** Python `a == b` as a Python value (user __eq__ may return anything). */
export function eq(a: any, b: any): any {
  if ((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')) return a === b;
  return eqSlow(a, b);
}
function eqSlow(a: any, b: any): any {
  if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return a.v === b.v;
    if (typeof b === 'number') return a.v === b;
  } else if (b instanceof PyFloat && typeof a === 'number') return a === b.v;
  if (userType(a) !== null || userType(b) !== null) return richDispatch(a, b, false);
  return eqNative(a, b);
}
export function ne(a: any, b: any): any {
  if ((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')) return a !== b;
  if (userType(a) !== null || userType(b) !== null) return richDispatch(a, b, true);
  const c = complexFloatEq(a, b);
  if (c !== undefined) return !c;
  const d = neDunder(a, b);
  if (d !== NotImplemented) return d;
  const r = eqNative(a, b);
  return r === true ? false : r === false ? true : !truthy(r);
}

/** != for builtin objects whose type defines its own __ne__ (NumPy arrays compare element-wise). */
function neDunder(a: any, b: any): any {
  for (const [x, y] of [[a, b], [b, a]]) {
    if (x === null || typeof x !== 'object') continue;
    const f = typeOf(x).lookup('__ne__');
    if (f !== undefined && f !== null && f !== ObjectType.dict.__ne__ && !(f instanceof PyBuiltin && f.nativeDunder)) {
      const r = callSpecial(f, x, y);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}

/** CPython's rich comparison for == / != when a user class is involved (its dunders, reflected, identity last). */
function richDispatch(a: any, b: any, negate: boolean): any {
  const fwd = negate ? '__ne__' : '__eq__';
  const r = richUser(a, b, fwd, fwd, false);
  if (r !== NotImplemented) return r;
  return negate ? a !== b : a === b;
}

function richUser(a: any, b: any, fwd: string, rev: string, forEq: boolean): any {
  const ta = typeOf(a), tb = typeOf(b);
  if (tb !== ta && tb.isSubtypeOf(ta)) {
    const r = callDunderOrNI(b, rev, a);
    if (r !== NotImplemented) return r;
  }
  let r = callDunderOrNI(a, fwd, b);
  if (r !== NotImplemented) return r;
  r = callDunderOrNI(b, rev, a);
  if (r !== NotImplemented) return r;
  return forEq ? a === b : NotImplemented;
}

function callDunderOrNI(o: any, name: string, other: any): any {
  const f = typeOf(o).lookup(name);
  if (f === undefined || f === null) return NotImplemented;
  return callSpecial(f, o, other);
}

/** == between builtin values (subclass instances compared as their builtin base; no user dunders). */
/**
 * complex == a float subclass's instance (np.float64 is one): complex's own == comes first and answers
 * with a bool, before the other's __eq__; undefined for other pairs.
 */
function complexFloatEq(a: any, b: any): boolean | undefined {
  if (!(a instanceof PyComplex) || b === null || typeof b !== 'object' || b instanceof PyComplex || realValue === null || !typeOf(b).isSubtypeOf(FloatType)) return undefined;
  const v = realValue(b);
  return v === undefined ? undefined : a.im === 0 && a.re === v;
}

export function eqNative(a: any, b: any): any {
  if (a === b && typeof a !== 'object') return true;
  // two classes whose metaclass is type compare by identity (`cls in (int, str)`)
  if (a instanceof PyType && b instanceof PyType && a.cls === TypeType && b.cls === TypeType) return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  if ((typeof a === 'string' && (b === null || typeof b !== 'object')) || (typeof b === 'string' && (a === null || typeof a !== 'object'))) return false;
  const n = numEq(a, b);
  if (n !== undefined) return n;
  const c = complexFloatEq(a, b);
  if (c !== undefined) return c;
  if (Array.isArray(a) && Array.isArray(b)) return seqEq(a, b);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) return dictEq(a, b);
  if (a instanceof PySet && b instanceof PySet) return a.size === b.size && a.keys().every((k) => b.has(k));
  if (a instanceof PyRange && b instanceof PyRange) {
    return a.length === b.length && (a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step)));
  }
  if ((a instanceof PyRange || a instanceof PyBigRange) && (b instanceof PyRange || b instanceof PyBigRange)) return rangesEqual(a, b);
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return a.data.length === b.data.length && a.data.every((x, i) => x === b.data[i]);
  }
  // other builtin objects whose type defines __eq__ (dict views, slices, arrays …)
  if ((a !== null && typeof a === 'object') || (b !== null && typeof b === 'object')) {
    for (const [x, y] of [[a, b], [b, a]]) {
      const f = typeOf(x).lookup('__eq__');
      if (f !== undefined && f !== null && f !== ObjectType.dict.__eq__ && !(f instanceof PyBuiltin && f.nativeDunder)) {
        const r = callSpecial(f, x, y);
        if (r !== NotImplemented) return r;
      }
    }
  }
  return a === b;
}

function seqEq(x: any[], y: any[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !eqBool(x[i], y[i])) return false;
  return true;
}
function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const { k, v } of a.entries()) {
    const w = b.get(k);
    if (w === undefined || !(w === v || eqBool(v, w))) return false;
  }
  return true;
}

/** Equality as a JS boolean (identity implies equality, as in containers). */
export function eqBool(a: any, b: any): boolean {
  if (a === b) return true;
  const r = eq(a, b);
  return r === true || (r !== false && truthy(r));
}

type CmpOp = '<' | '<=' | '>' | '>=';
const CMP_DUNDER: Record<CmpOp, [string, string]> = {
  '<': ['__lt__', '__gt__'],
  '<=': ['__le__', '__ge__'],
  '>': ['__gt__', '__lt__'],
  '>=': ['__ge__', '__le__'],
};

function cmpNumbers(a: any, b: any): number | undefined {
  a = boxFloat(a);
  b = boxFloat(b);
  const ia = asInt(a), ib = asInt(b);
  if (ia !== undefined && ib !== undefined) return ia < ib ? -1 : ia > ib ? 1 : 0;
  if ((ia !== undefined || a instanceof PyFloat) && (ib !== undefined || b instanceof PyFloat)) {
    if (typeof ia === 'bigint' || typeof ib === 'bigint') return cmpBigFloat(a, b);
    const x = asFloat(a)!, y = asFloat(b)!;
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  }
  return undefined;
}

/** Python str ordering (by code point; JS `<` orders by UTF-16 unit, wrong for U+E000..U+FFFF vs astral). */
export function strCmp(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i), y = b.charCodeAt(i);
  const sx = x >= 0xd800 && x <= 0xdfff, sy = y >= 0xd800 && y <= 0xdfff;
  if (sx !== sy && (sx ? y : x) >= 0xe000) return sx ? 1 : -1;
  return x - y;
}

function applyCmp(op: CmpOp, c: number): boolean {
  if (Number.isNaN(c)) return false;
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
}

/** Python ordering comparison, returning a Python value. */
export function compare(op: CmpOp, a: any, b: any): any {
  if (userType(a) !== null || userType(b) !== null) {
    const [fwd, rev] = CMP_DUNDER[op];
    const r = richUser(a, b, fwd, rev, false);
    if (r !== NotImplemented) return r;
    return throwPy('TypeError', `'${op}' not supported between instances of '${typeOf(a).tpName}' and '${typeOf(b).tpName}'`);
  }
  return compareNative(op, a, b);
}

/** Ordering between builtin values (no user dunders). */
export function compareNative(op: CmpOp, a: any, b: any): any {
  const r = compareNativeOrNI(op, a, b);
  if (r !== NotImplemented) return r;
  return throwPy('TypeError', `'${op}' not supported between instances of '${typeOf(a).tpName}' and '${typeOf(b).tpName}'`);
}

/** compareNative, but NotImplemented (not a TypeError) when the two values have no native ordering, as a
 * builtin type's own __lt__ & co. answer so that the reflected method and the operator's message apply. */
export function compareNativeOrNI(op: CmpOp, a: any, b: any): any {
  if (typeof a === 'number' && typeof b === 'number') return applyCmp(op, a - b);
  if (typeof a === 'string' && typeof b === 'string') return applyCmp(op, strCmp(a, b));
  const c = cmpNumbers(a, b);
  if (c !== undefined) return applyCmp(op, c);
  if ((Array.isArray(a) && Array.isArray(b)) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const x: any[] = Array.isArray(a) ? a : a.items;
    const y: any[] = Array.isArray(b) ? b : (b as PyTuple).items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (x[i] === y[i] || eqBool(x[i], y[i])) continue;
      return compare(op, x[i], y[i]);
    }
    return applyCmp(op, x.length - y.length);
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (p: PySet, q: PySet) => p.keys().every((k) => q.has(k));
    switch (op) {
      case '<=': return sub(a, b);
      case '<': return a.size < b.size && sub(a, b);
      case '>=': return sub(b, a);
      case '>': return a.size > b.size && sub(b, a);
    }
  }
  for (const [x, y, name] of [[a, b, CMP_DUNDER[op][0]], [b, a, CMP_DUNDER[op][1]]] as const) {
    const f = typeOf(x).lookup(name);
    if (f !== undefined && f !== null && !(f instanceof PyBuiltin && f.nativeDunder)) {
      const r = callSpecial(f, x, y);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}
setNativeCompare(compareNativeOrNI);
// Entry points: int fast path inline, the rest out of line (see arith.ts for why).
export function lt(a: any, b: any): any {
  return typeof a === 'number' && typeof b === 'number' ? a < b : cmpSlow('<', a, b);
}
export function le(a: any, b: any): any {
  return typeof a === 'number' && typeof b === 'number' ? a <= b : cmpSlow('<=', a, b);
}
export function gt(a: any, b: any): any {
  return typeof a === 'number' && typeof b === 'number' ? a > b : cmpSlow('>', a, b);
}
export function ge(a: any, b: any): any {
  return typeof a === 'number' && typeof b === 'number' ? a >= b : cmpSlow('>=', a, b);
}
/** Ordering comparisons as JS booleans, for conditions (`if a < b:`). */
export function ltB(a: any, b: any): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a < b : condSlow('<', a, b);
}
export function leB(a: any, b: any): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a <= b : condSlow('<=', a, b);
}
export function gtB(a: any, b: any): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a > b : condSlow('>', a, b);
}
export function geB(a: any, b: any): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a >= b : condSlow('>=', a, b);
}

/**
 * The exact value of objects that compare as real numbers (numpy registers its scalars, so `if a[i] >
 * a[i - 1]:` in a loop compares two numbers), or undefined.
 */
let realValue: ((v: object) => number | undefined) | null = null;
export function setRealValues(f: (v: object) => number | undefined): void {
  realValue = f;
}

function condSlow(op: CmpOp, a: any, b: any): boolean {
  if (realValue !== null && ((typeof a === 'object' && a !== null) || (typeof b === 'object' && b !== null))) {
    const x = typeof a === 'number' ? a : typeof a === 'object' && a !== null ? realValue(a) : undefined;
    const y = x === undefined ? undefined : typeof b === 'number' ? b : typeof b === 'object' && b !== null ? realValue(b) : undefined;
    if (y !== undefined) return op === '<' ? x! < y : op === '<=' ? x! <= y : op === '>' ? x! > y : x! >= y;
  }
  return truthy(cmpSlow(op, a, b));
}

function cmpSlow(op: CmpOp, a: any, b: any): any {
  let x: number, y: number;
  if (a instanceof PyFloat) x = a.v;
  else if (typeof a === 'number') x = a;
  else return compare(op, a, b);
  if (b instanceof PyFloat) y = b.v;
  else if (typeof b === 'number') y = b;
  else return compare(op, a, b);
  switch (op) {
    case '<': return x < y;
    case '<=': return x <= y;
    case '>': return x > y;
    case '>=': return x >= y;
  }
}

/** `x in container` as a JS boolean. */
export function contains(container: any, x: any): boolean {
  if (container instanceof PyDict && container.cls === DictType) return container.has(x);
  const u = userDunder(container, '__contains__');
  if (u !== undefined && u !== null) return truthy(callSpecial(u, container, x));
  if (userType(container) !== null && (userDunder(container, '__iter__') !== undefined || userDunder(container, '__getitem__') !== undefined) && !(container instanceof PyDict || container instanceof PySet)) {
    const it = iter(container);
    for (let v = it.next(); v !== undefined; v = it.next()) if (v === x || eqBool(v, x)) return true;
    return false;
  }
  return containsNative(unbox(container), x);
}

export function containsNative(container: any, x: any): boolean {
  if (typeof container === 'string') {
    if (typeof x !== 'string' && typeof unbox(x) === 'string') x = unbox(x); // a str subclass instance
    if (typeof x !== 'string') throwPy('TypeError', `'in <string>' requires string as left operand, not ${typeOf(x).tpName}`);
    return container.includes(x);
  }
  if (Array.isArray(container)) {
    // two strs or two JS numbers are equal only when ===: no comparison call for those
    const kind = typeof x;
    const plain = kind === 'string' || kind === 'number';
    for (let i = 0; i < container.length; i++) {
      const c = container[i];
      if (c === x) return true;
      if (plain && typeof c === kind) continue;
      if (eqBool(c, x)) return true;
    }
    return false;
  }
  if (container instanceof PyDict || container instanceof PySet) return container.has(x);
  if (container instanceof PyTuple) return contains(container.items, x);
  if (container instanceof PyBigRange) {
    const r = bigRangeContains(container, boxFloat(x));
    if (r !== undefined) return r;
    return false;
  }
  if (container instanceof PyRange) {
    x = boxFloat(x);
    const v = asInt(x);
    if (v === undefined || (x instanceof PyFloat && !Number.isInteger(x.v))) {
      if (x instanceof PyFloat) return toArray(container).some((y) => eqBool(y, x));
      return false;
    }
    const n = Number(v);
    const { start, step } = container;
    if (step > 0 ? n < start || n >= container.stop : n > start || n <= container.stop) return false;
    return (n - start) % step === 0;
  }
  const t = typeOf(container);
  const f = t.lookup('__contains__');
  if (f !== undefined && f !== null && !(f instanceof PyBuiltin && f.nativeDunder)) return truthy(callSpecial(f, container, x));
  const gi = t.lookup('__getitem__');
  if (t.lookup('__iter__') === undefined && (gi === undefined || (gi instanceof PyBuiltin && gi.mappingOnly)))
    throwPy('TypeError', `argument of type '${t.tpName}' is not iterable`);
  const it = iter(container);
  for (let v = it.next(); v !== undefined; v = it.next()) if (v === x || eqBool(v, x)) return true;
  return false;
}

// ---- indexing ----

/** Convert an index object to a JS number via __index__ (ints and bools directly). */
export function index(v: any, what = ''): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') throwPy('IndexError', `cannot fit 'int' into an index-sized integer`);
  const f = typeOf(v).lookup('__index__');
  if (f !== undefined && f !== null) {
    const r = callSpecial(f, v);
    if (asInt(r) === undefined && !typeOf(r).isSubtypeOf(IntType)) throwPy('TypeError', `__index__ returned non-int (type ${typeOf(r).tpName})`);
    return index(r, what);
  }
  return throwPy('TypeError', what || `'${typeOf(v).tpName}' object cannot be interpreted as an integer`);
}

/** slice.indices(len): normalised [start, stop, step, count]. */
export function sliceIndices(s: PySlice, n: number): [number, number, number, number] {
  const sliceInt = (v: any) => {
    if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
    return index(v, 'slice indices must be integers or None or have an __index__ method');
  };
  const step = s.step === null ? 1 : sliceInt(s.step);
  if (step === 0) throwPy('ValueError', 'slice step cannot be zero');
  let start: number, stop: number;
  if (step > 0) {
    start = s.start === null ? 0 : sliceInt(s.start);
    stop = s.stop === null ? n : sliceInt(s.stop);
    if (start < 0) start = Math.max(0, start + n);
    else start = Math.min(start, n);
    if (stop < 0) stop = Math.max(0, stop + n);
    else stop = Math.min(stop, n);
  } else {
    start = s.start === null ? n - 1 : sliceInt(s.start);
    stop = s.stop === null ? -1 : sliceInt(s.stop);
    if (start < 0) start = Math.max(-1, start + n);
    else start = Math.min(start, n - 1);
    if (stop < 0) stop = s.stop === null ? -1 : Math.max(-1, stop + n);
    else stop = Math.min(stop, n - 1);
  }
  const count = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return [start, stop, step, count];
}

function sliceArray<T>(a: ArrayLike<T>, s: PySlice): T[] {
  const [start, , step, count] = sliceIndices(s, a.length);
  if (step === 1) return Array.prototype.slice.call(a, start, start + count) as T[];
  // made at its size: growing a large array by push reallocates it again and again
  const out: T[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = a[j];
  return out;
}

/** `what` names the sequence in "… index out of range", `kind` in "… indices must be integers" */
function seqIndex(k: any, n: number, what: string, kind = what): number {
  let i: number;
  if (typeof k === 'number' && Number.isInteger(k)) i = k;
  else if (typeof k === 'boolean') i = k ? 1 : 0;
  else if (typeof k === 'bigint') throwPy('IndexError', `cannot fit 'int' into an index-sized integer`);
  else {
    const f = typeOf(k).lookup('__index__');
    if (f === undefined || f === null) {
      const t = typeOf(k).tpName;
      throwPy('TypeError', kind === 'string' ? `string indices must be integers, not '${t}'` : `${kind} indices must be integers or slices, not ${t}`);
    }
    i = index(k);
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) throwPy('IndexError', what ? `${what} index out of range` : 'index out of range');
  return i;
}

/**
 * Subscripting of one builtin type's exact instances that skips the type's method lookup: numpy registers
 * ndarray's (a Python loop over `a[i]` and `m[i, j] = x` spends most of its time finding `__getitem__`).
 */
let exactItems: { cls: object; get: (o: any, k: any) => any; set: (o: any, k: any, v: any) => void } | null = null;
export function setExactItems(cls: object, get: (o: any, k: any) => any, set: (o: any, k: any, v: any) => void): void {
  exactItems = { cls, get, set };
}

export function getItem(o: any, k: any): any {
  if (exactItems !== null && o !== null && typeof o === 'object' && o.cls === exactItems.cls) return exactItems.get(o, k);
  if (Array.isArray(o) && (o as any).cls === undefined && typeof k === 'number' && (k | 0) === k) {
    const i = k < 0 ? k + o.length : k;
    if (i >= 0 && i < o.length) return o[i];
    throw lookupFailure('IndexError', 'list index out of range', o);
  }
  if (o instanceof PyDict && o.cls === DictType) {
    const v = o.get(k);
    if (v !== undefined) return v;
    throw lookupFailure('KeyError', k, o);
  }
  // an exact str at an int index (`word[-1]`, `line[i]`): no user-class lookup on the way; a str with
  // surrogate pairs (indexes count code points) and errors take the general path
  if (typeof o === 'string' && typeof k === 'number' && (k | 0) === k) {
    const n = o.length;
    if ((k < 0 ? k >= -n : k < n) && strLen(o) === n) return o[k < 0 ? k + n : k];
  }
  const u = userDunder(o, '__getitem__');
  if (u !== undefined) return u === null ? notSubscriptable(o) : callSpecial(u, o, k);
  return getItemNative(unbox(o), k);
}

function notSubscriptable(o: any): never {
  return throwPy('TypeError', `'${typeOf(o).tpName}' object is not subscriptable`);
}

/** The builtin types' own subscripting (subclass instances included, their overrides not consulted). */
export function getItemNative(o: any, k: any): any {
  if (Array.isArray(o)) {
    if (typeof k === 'number' && Number.isInteger(k)) {
      const i = k < 0 ? k + o.length : k;
      if (i >= 0 && i < o.length) return o[i];
      throw lookupFailure('IndexError', 'list index out of range', o);
    }
    if (k instanceof PySlice) return sliceArray(o, k);
    return o[seqIndex(k, o.length, 'list')];
  }
  if (typeof o === 'string') {
    if (k instanceof PySlice) return strSlice(o, k);
    if (typeof k === 'number' && (k | 0) === k && k >= 0 && k < o.length && strLen(o) === o.length) return o[k];
    const cps = o.length === strLen(o) ? null : [...o];
    const n = cps ? cps.length : o.length;
    const i = seqIndex(k, n, 'string');
    return cps ? cps[i] : o[i];
  }
  if (o instanceof PyDict) {
    const v = o.get(k);
    if (v !== undefined) return v;
    return missingKey(o, k);
  }
  if (o instanceof PyTuple) {
    if (k instanceof PySlice) return tuple(sliceArray(o.items, k));
    return o.items[seqIndex(k, o.items.length, 'tuple')];
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      // the slice's indices mapped through the range, as CPython's compute_slice does (range(10)[::-3]
      // is range(9, -1, -3))
      const [start, stop, step] = sliceIndices(k, o.length);
      return new PyRange(o.start + start * o.step, o.start + stop * o.step, step * o.step);
    }
    return o.at(seqIndex(k, o.length, 'range object', 'range'));
  }
  if (o instanceof PyBigRange) return bigRangeItem(o, k);
  if (o instanceof PyBytes) {
    if (k instanceof PySlice) return new PyBytes(Uint8Array.from(sliceArray(o.data, k)));
    return o.data[seqIndex(k, o.data.length, '', 'byte')];
  }
  const t = typeOf(o);
  const f = t.lookup('__getitem__');
  if (f !== undefined && f !== null && !(f instanceof PyBuiltin && f.nativeDunder)) return callSpecial(f, o, k);
  if (o instanceof PyType) {
    const cg = o.lookup('__class_getitem__');
    // a classmethod (as builtin containers' is) binds to the class subscripted, not to its metaclass
    if (cg !== undefined) return cg.cls === ClassMethodType ? call(cg.f, [o, k]) : callSpecial(cg, o, k);
    return (makeAlias !== null ? makeAlias(o, k) : null) ?? o; // list[int] in annotations (other classes: themselves)
  }
  return throwPy('TypeError', `'${t.tpName}' object is not subscriptable`);
}

let makeAlias: ((t: PyType, key: any) => any) | null = null;
/** Install `list[int]` (genericAlias.ts registers itself; importing it here would reorder module init). */
export function setGenericAlias(f: (t: PyType, key: any) => any): void {
  makeAlias = f;
}

function missingKey(d: PyDict, k: any): any {
  if (d.cls !== DictType) {
    const m = d.cls.lookup('__missing__');
    if (m !== undefined) return callSpecial(m, d, k);
  }
  throw lookupFailure('KeyError', k, d);
}

export function strSlice(s: string, k: PySlice): string {
  if (strLen(s) !== s.length) return sliceArray([...s], k).join('');
  const [start, , step, count] = sliceIndices(k, s.length);
  if (step === 1) return s.substr(start, count);
  let out = '';
  for (let i = 0, j = start; i < count; i++, j += step) out += s[j];
  return out;
}

export function setItem(o: any, k: any, v: any): void {
  if (Array.isArray(o) && (o as any).cls === undefined && typeof k === 'number' && (k | 0) === k) {
    const i = k < 0 ? k + o.length : k;
    if (i >= 0 && i < o.length) {
      o[i] = v;
      return;
    }
  }
  if (o instanceof PyDict && o.cls === DictType) {
    o.set(k, v);
    return;
  }
  if (exactItems !== null && o !== null && typeof o === 'object' && o.cls === exactItems.cls) {
    exactItems.set(o, k, v);
    return;
  }
  const u = userDunder(o, '__setitem__');
  if (u !== undefined && u !== null) {
    callSpecial(u, o, k, v);
    return;
  }
  setItemNative(unbox(o), k, v);
}

export function setItemNative(o: any, k: any, v: any): void {
  if (Array.isArray(o)) {
    if (typeof k === 'number' && Number.isInteger(k)) {
      const i = k < 0 ? k + o.length : k;
      if (i >= 0 && i < o.length) {
        o[i] = v;
        return;
      }
      throwPy('IndexError', 'list assignment index out of range');
    }
    if (k instanceof PySlice) return setSlice(o, k, v);
    o[seqIndex(k, o.length, 'list')] = v;
    return;
  }
  if (o instanceof PyDict) {
    o.set(k, v);
    return;
  }
  const t = typeOf(o);
  const f = t.lookup('__setitem__');
  if (f !== undefined && f !== null && !(f instanceof PyBuiltin && f.nativeDunder)) {
    callSpecial(f, o, k, v);
    return;
  }
  throwPy('TypeError', `'${t.tpName}' object does not support item assignment`);
}

function setSlice(o: any[], k: PySlice, v: any): void {
  const [start, stop, step, count] = sliceIndices(k, o.length);
  if (!isIterable(v)) throwPy('TypeError', step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
  const items = Array.isArray(v) && v !== o ? v : toArray(v);
  if (step === 1) {
    const removed = Math.max(0, stop - start);
    // no spread into splice: a long right-hand side would overflow the JS call stack
    if (items.length > 10000) {
      o.splice(start, removed);
      insertAll(o, start, items);
    } else o.splice(start, removed, ...items);
    return;
  }
  if (items.length !== count)
    throwPy('ValueError', `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
  for (let i = 0, j = start; i < count; i++, j += step) o[j] = items[i];
}

/** o[at:at] = items for a long items array, moving the tail once */
function insertAll(o: any[], at: number, items: any[]): void {
  const tail = o.slice(at);
  o.length = at;
  for (let i = 0; i < items.length; i++) o.push(items[i]);
  for (let i = 0; i < tail.length; i++) o.push(tail[i]);
}

export function delItem(o: any, k: any): void {
  const u = userDunder(o, '__delitem__');
  if (u !== undefined && u !== null) {
    callSpecial(u, o, k);
    return;
  }
  delItemNative(unbox(o), k);
}

export function delItemNative(o: any, k: any): void {
  if (Array.isArray(o)) {
    if (k instanceof PySlice) {
      const [start, , step, count] = sliceIndices(k, o.length);
      if (step === 1) {
        o.splice(start, count);
        return;
      }
      const drop = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
      let w = 0;
      for (let i = 0; i < o.length; i++) if (!drop.has(i)) o[w++] = o[i];
      o.length = w;
      return;
    }
    const i = seqIndex(k, o.length, 'list assignment');
    o.splice(i, 1);
    return;
  }
  if (o instanceof PyDict) {
    if (o.delete(k) === undefined) throw makeExc('KeyError', k);
    return;
  }
  const t = typeOf(o);
  const f = t.lookup('__delitem__');
  if (f !== undefined && f !== null && !(f instanceof PyBuiltin && f.nativeDunder)) {
    callSpecial(f, o, k);
    return;
  }
  throwPy('TypeError', `'${t.tpName}' object doesn't support item deletion`);
}

export { norm, repr, PyInstance };
