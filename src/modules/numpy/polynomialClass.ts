/**
 * numpy.polynomial.Polynomial (power series, coefficients lowest degree first) and the functions of
 * numpy.polynomial.polynomial it rests on (polyval, polyfit, and the coefficient-series add, subtract
 * and multiply with their trailing-zero trimming). Follows numpy/polynomial/_polybase.py: a series has
 * `coef`, `domain` and `window` (default [-1, 1]) and `symbol`; evaluation first maps x by
 * off + scl·x from domain to window; `fit` fits in the window with the domain spanning the data;
 * `convert` re-expands in another domain by evaluating the series at the identity series, exactly as
 * NumPy does (so coefficients round the same way); repr and the unicode str (superscript powers,
 * `pu.format_float` coefficients, wrapped at the print-options linewidth) match NumPy's.
 *
 * Calculus, roots, powers and division come from polynomialCalculus.ts (real coefficients), and for the
 * other bases products, powers, roots and fromroots from polynomialBasisArith.ts.
 *
 * Limits: only real coefficients print like NumPy (complex ones print with str()).
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { formatPositional, formatScientific } from '../../../runtime/format/dragon4';
import { PyModule, PyTuple, PyFloat, NotImplemented, tuple } from '../../objects/values';
import { PyType, ObjectType, builtinType, typeOf } from '../../objects/pytype';
import { builtin, call, Kw } from '../../objects/function';
import { getAttr } from '../../objects/attrs';
import { importModule } from '../../interp/imports';
import { PyClassMethod, defGetters } from '../../objects/descriptors';
import { defineMethods } from '../../objects/types/define';
import { throwPy } from '../../objects/errors';
import { index, truthy, repr } from '../../objects/protocols';
import { str as pyStr } from '../../objects/repr';
import { stack } from './joining';
import { kwArgs, applyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';
import { asArray, castCopy, elementScalar } from './coerce';
import { scalar, NPScalar } from './scalars';
import { binary, nativeBinary } from '../../objects/arith';
import { statisticsFunctions } from './statistics';
import { arrayRepr } from './printing';
import { printOptions } from './printOptions';
import { readValues, fromValues } from './linalgStack';
import { realSeries, realNumber, series, derivative, integral, companion, roots, fromRoots, power, divide, divideTuple } from './polynomialCalculus';
import { Basis, BASES, Ring, evaluate, basisFit, basisModule, derivSeries, numberValue } from './polynomialBases';
import { basisMul, basisPow, basisFromRoots, basisRoots, basisDiv, basisIntegral } from './polynomialBasisArith';

const U = (name: string, ...args: any[]): any => applyUfunc(ufunc(name), args);

/** numpy.polynomial._polybase.ABCPolyBase: the methods every series class shares */
const PolyBaseType = builtinType('ABCPolyBase', ObjectType, 'numpy.polynomial._polybase');
export const PolynomialType = builtinType('Polynomial', PolyBaseType, 'numpy.polynomial.polynomial');
/** the class of each other basis (polynomialBases.ts) */
const basisTypes = new Map<Basis, PyType>(BASES.map((b) => [b, builtinType(b.name, PolyBaseType, `numpy.polynomial.${b.module}`)]));

class Series {
  readonly cls: PyType;
  constructor(
    readonly coef: NDArray,
    readonly domain: NDArray,
    readonly window: NDArray,
    readonly symbol: string,
    /** null for the power series */
    readonly basis: Basis | null,
  ) {
    this.cls = basis ? basisTypes.get(basis)! : PolynomialType;
  }
}

/** the basis of a series class (or of a subclass of one) */
function basisOfClass(cls: PyType): Basis | null {
  for (const [b, t] of basisTypes) if (cls.isSubtypeOf(t)) return b;
  return null;
}

const defaultInterval = (basis: Basis | null): NDArray => fromValues([2], D.float64, basis?.interval ?? [-1, 1]);

/** pu.as_series for one input: a fresh 1-D float (or complex) copy. */
function asSeries(v: any): NDArray {
  let a = asArray(v);
  if (a.ndim === 0) a = a.view([1], [0], a.offset);
  if (a.size === 0) throwPy('ValueError', 'Coefficient array is empty');
  if (a.ndim !== 1) throwPy('ValueError', 'Coefficient array is not 1-d');
  const dt = a.dtype.kind === 'c' ? (a.dtype === D.complex64 ? D.complex64 : D.complex128) : a.dtype === D.float32 || a.dtype === D.float16 ? a.dtype : D.float64;
  return castCopy(a, dt);
}

/** pu.trimseq: drop trailing exact zeros, keeping one coefficient. */
function trimseq(a: NDArray): NDArray {
  const v = readValues(a, a.dtype.kind === 'c');
  const w = a.dtype.kind === 'c' ? 2 : 1;
  let n = a.shape[0];
  while (n > 1 && v[w * (n - 1)] === 0 && (w === 1 || v[w * (n - 1) + 1] === 0)) n--;
  return n === a.shape[0] ? a : a.view([n], [a.strides[0]], a.offset);
}

let convolveFn: any = null;
function convolve(a: NDArray, v: NDArray): NDArray {
  convolveFn ??= statisticsFunctions().convolve;
  return convolveFn.fn([a, v], null);
}

function head(a: NDArray, n: number): NDArray {
  return a.view([n], [a.strides[0]], a.offset);
}

/** numpy.polynomial.polynomial.polyadd / polysub (sub = c1 - c2). */
function seriesAddSub(c1Arg: any, c2Arg: any, sub: boolean): NDArray {
  const c1 = asSeries(c1Arg), c2 = asSeries(c2Arg);
  let ret: NDArray;
  if (c1.shape[0] > c2.shape[0]) {
    const h = head(c1, c2.shape[0]);
    applyUfunc(ufunc(sub ? 'subtract' : 'add'), [h, c2], { out: h });
    ret = c1;
  } else {
    const b = sub ? asArray(U('negative', c2)) : c2;
    const h = head(b, c1.shape[0]);
    applyUfunc(ufunc('add'), [h, c1], { out: h });
    ret = b;
  }
  return trimseq(ret);
}

/** numpy.polynomial.polynomial.polymul */
function seriesMul(c1Arg: any, c2Arg: any): NDArray {
  return trimseq(convolve(asSeries(c1Arg), asSeries(c2Arg)));
}

/** numpy.polynomial.polynomial.polyval: Horner from the highest coefficient, c0 = c[-i] + c0·x. */
function seriesVal(x: any, cArg: any): any {
  let c = asArray(cArg);
  if (c.ndim === 0) c = c.view([1], [0], c.offset);
  if ('biu'.includes(c.dtype.kind)) c = asArray(U('add', c, new PyFloat(0)));
  if (Array.isArray(x) || x instanceof PyTuple) x = asArray(x);
  const n = c.shape[0];
  const zero = x instanceof NDArray || x instanceof NPScalar ? U('multiply', x, 0) : binary('*', x, 0);
  let c0 = U('add', elementScalar(c, [n - 1]), zero);
  for (let i = 2; i <= n; i++) c0 = U('add', elementScalar(c, [n - i]), U('multiply', c0, x));
  return c0;
}

function seriesArg(v: any): number[] {
  return Array.from(readValues(asArray(v), false));
}

/** pu.mapparms: off, scl of the linear map from `oldI` to `newI`. */
function mapparms(oldI: number[], newI: number[]): [number, number] {
  const oldlen = oldI[1] - oldI[0], newlen = newI[1] - newI[0];
  return [(oldI[1] * newI[0] - oldI[0] * newI[1]) / oldlen, newlen / oldlen];
}

function interval(v: any, what: 'Domain' | 'Window', basis: Basis | null): NDArray {
  if (v === undefined || v === null) return defaultInterval(basis);
  const a = asSeries(v);
  if (a.shape[0] !== 2) throwPy('ValueError', `${what} has wrong number of elements.`);
  return a;
}

function makeSeries(coef: any, domain: any, window: any, symbol: any, basis: Basis | null): Series {
  const sym = symbol === undefined || symbol === null ? 'x' : symbol;
  if (typeof sym !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(sym)) {
    throwPy(typeof sym === 'string' ? 'ValueError' : 'TypeError', typeof sym === 'string' ? 'Symbol string must be a valid Python identifier' : 'Symbol must be a non-empty string');
  }
  return new Series(asSeries(coef), interval(domain, 'Domain', basis), interval(window, 'Window', basis), sym, basis);
}

function sameInterval(a: NDArray, b: NDArray): boolean {
  const x = seriesArg(a), y = seriesArg(b);
  return x[0] === y[0] && x[1] === y[1];
}

/** ABCPolyBase._get_coefficients: another series' coefficients (same domain/window/symbol) or the value. */
function coefficientsOf(self: Series, other: any): any {
  if (!(other instanceof Series)) return other;
  if (other.basis !== self.basis) throwPy('TypeError', 'Polynomial types differ');
  if (!sameInterval(self.domain, other.domain)) throwPy('TypeError', 'Domains differ');
  if (!sameInterval(self.window, other.window)) throwPy('TypeError', 'Windows differ');
  if (self.symbol !== other.symbol) throwPy('ValueError', 'Polynomial symbols differ');
  return other.coef;
}

function like(self: Series, coef: NDArray): Series {
  return new Series(coef, self.domain, self.window, self.symbol, self.basis);
}

/** Apply a coefficient-series operation, NotImplemented when the operand is not a series. */
function arith(self: Series, other: any, op: (a: any, b: any) => NDArray, reflected: boolean): any {
  const oc = coefficientsOf(self, other);
  // a product of two series is basis-specific; by a single coefficient it is the power series' scaling
  const basis = self.basis;
  if (op === seriesMul && basis && self.coef.shape[0] > 1 && coefLength(oc) > 1) {
    op = (a, b) => series(basisMul(basis, realSeries(a, false), realSeries(b, false)));
  }
  try {
    return like(self, reflected ? op(oc, self.coef) : op(self.coef, oc));
  } catch (e) {
    if (other instanceof Series || other instanceof NDArray) throw e;
    return NotImplemented;
  }
}

const OPS: Record<string, (a: any, b: any) => NDArray> = {
  '+': (a, b) => seriesAddSub(a, b, false),
  '-': (a, b) => seriesAddSub(a, b, true),
  '*': seriesMul,
};

/** length of a coefficient operand (1 for a number) */
function coefLength(v: any): number {
  return v instanceof NDArray ? (v.ndim === 0 ? 1 : v.shape[0]) : Array.isArray(v) ? v.length : 1;
}

function operator(op: string, self: Series, other: any, reflected: boolean): any {
  const f = OPS[op];
  if (f) return arith(self, other, f, reflected);
  if (reflected) return NotImplemented;
  switch (op) {
    case '**':
      if (self.basis) return like(self, series(basisPow(self.basis, realSeries(self.coef, true), other, MAXPOWER)));
      return like(self, series(power(realSeries(self.coef, true), other, MAXPOWER)));
    case '/':
      // true division only by a number (ABCPolyBase.__truediv__), through polydiv
      if (other instanceof Series || other instanceof NDArray || !(typeof other === 'number' || typeof other === 'bigint' || other instanceof PyFloat || other instanceof NPScalar)) {
        throwPy('TypeError', `unsupported types for true division: '${typeName(self)}', '${typeName(other)}'`);
      }
      return divmod(self, other)[0];
    case '//':
      return divmod(self, other)[0];
    case '%':
      return divmod(self, other)[1];
  }
  return NotImplemented;
}

const numberLike = (v: any): any => (typeof v === 'number' ? scalarF(v) : v);

/** the product of two coefficient arrays of `basis`; by a one-coefficient array it is a plain scaling */
function ringMul(basis: Basis | null, a: any, b: any): NDArray {
  if (!basis || coefLength(a) === 1 || coefLength(b) === 1) return seriesMul(a, b);
  return series(basisMul(basis, realSeries(a, false), realSeries(b, false)));
}

/** arithmetic on coefficient arrays of `basis` beside plain numbers: a series evaluated at a series */
function seriesRing(basis: Basis | null): Ring {
  return {
    add: (a, b) => (typeof a === 'number' && typeof b === 'number' ? a + b : seriesAddSub(numberLike(a), numberLike(b), false)),
    sub: (a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : seriesAddSub(numberLike(a), numberLike(b), true)),
    mul: (a, b) => (typeof a === 'number' && typeof b === 'number' ? a * b : ringMul(basis, numberLike(a), numberLike(b))),
    div: (a, n) => (typeof a === 'number' ? a / n : asArray(U('true_divide', a, n))),
  };
}

/** self(arg): arg mapped from domain to window, then Horner. `arg` may itself be a series. */
function callSeries(self: Series, arg: any): any {
  const [off, scl] = mapparms(seriesArg(self.domain), seriesArg(self.window));
  if (arg instanceof Series) {
    const mapped = like(arg, seriesAddSub(seriesMul(arg.coef, new PyFloat(scl)), new PyFloat(off), false));
    const ring = seriesRing(arg.basis);
    if (self.basis) return like(mapped, self.basis.val(realSeries(self.coef, false), mapped.coef, ring));
    const c = self.coef;
    const n = c.shape[0];
    let c0 = like(mapped, seriesAddSub(seriesMul(mapped.coef, 0), elementScalar(c, [n - 1]), false));
    for (let i = 2; i <= n; i++) {
      const prod = ring.mul(c0.coef, mapped.coef);
      c0 = like(mapped, seriesAddSub(prod, elementScalar(c, [n - i]), false));
    }
    return c0;
  }
  const x = Array.isArray(arg) || arg instanceof PyTuple ? asArray(arg) : arg;
  const mappedX = U('add', scalarF(off), U('multiply', scalarF(scl), x));
  return self.basis ? evaluate(self.basis, mappedX, self.coef) : seriesVal(mappedX, self.coef);
}

function scalarF(v: number): NPScalar {
  return scalar(D.float64, v);
}

/** pu.format_float with the current print options. */
function formatFloat(x: number, parens: boolean): string {
  const o = printOptions;
  if (Number.isNaN(x)) return o.nanstr;
  if (!Number.isFinite(x)) return x > 0 ? o.infstr : '-' + o.infstr;
  let exp = false;
  if (x !== 0) {
    const a = Math.abs(x);
    if (a >= 1e8 || a < 10 ** Math.min(0, Math.floor(-(o.precision - 1) / 2))) exp = true;
  }
  const fixed = o.floatmode === 'fixed';
  const opts = { precision: o.precision, unique: !fixed, trim: (fixed ? 'k' : '0') as 'k' | '0', sign: o.sign === '+' };
  if (exp) {
    const s = formatScientific(x, 8, opts);
    return parens ? `(${s})` : s;
  }
  return formatPositional(x, 8, { ...opts, fractional: true });
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹', SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
const digits = (n: number, set: string): string => [...String(n)].map((d) => set[Number(d)]).join('');

/** The default str() style set by np.polynomial.set_default_printstyle (kept on this interpreter's module). */
function unicodeByDefault(): boolean {
  const pm = getAttr(importModule('numpy', true), 'polynomial');
  return !(pm instanceof PyModule && pm.d._use_unicode === false);
}

/** __format__: '' for str(), 'ascii' or 'unicode' for that style */
function seriesFormat(self: Series, spec: any): string {
  if (spec === '') return seriesStr(self);
  if (spec === 'ascii' || spec === 'unicode') return seriesStr(self, spec === 'unicode');
  return throwPy('ValueError', `Unsupported format string '${spec}' passed to ${repr(self.cls)}.__format__. Valid options are 'ascii' and 'unicode'`);
}

function seriesStr(self: Series, unicode = unicodeByDefault()): string {
  const linewidth = Math.max(printOptions.linewidth, 1);
  const c = readValues(self.coef, self.coef.dtype.kind === 'c');
  const complex = self.coef.dtype.kind === 'c';
  const coefStr = (i: number): string => (complex ? pyStr(elementScalar(self.coef, [i])) : formatFloat(c[i], false));
  let out = coefStr(0);
  const [off, scale] = mapparms(seriesArg(self.domain), seriesArg(self.window));
  let sym: string;
  if (off === 0 && scale === 1) sym = self.symbol;
  else if (scale === 1) sym = `(${formatFloat(off, false)} + ${self.symbol})`;
  else if (off === 0) sym = `(${formatFloat(scale, false)}${self.symbol})`;
  else sym = `(${formatFloat(off, false)} + ${formatFloat(scale, false)}${self.symbol})`;
  const n = self.coef.shape[0];
  for (let i = 1; i < n; i++) {
    out += ' ';
    let term: string;
    if (complex) term = `+ ${coefStr(i)}`;
    else term = c[i] >= 0 ? `+ ${formatFloat(c[i], true)}` : `- ${formatFloat(-c[i], true)}`;
    if (!unicode) term += self.basis ? ` ${self.basis.letter}_${i}(${sym})` : i === 1 ? ` ${sym}` : ` ${sym}**${i}`;
    else if (self.basis) term += `·${self.basis.letter}${digits(i, SUBSCRIPT)}(${sym})`;
    else term += i === 1 ? `·${sym}` : `·${sym}${digits(i, SUPERSCRIPT)}`;
    const lines = out.split('\n');
    let lineLen = lines[lines.length - 1].length + term.length;
    if (i < n - 1) lineLen += 2;
    if (lineLen >= linewidth) term = term.replace(' ', '\n');
    out += term;
  }
  return out;
}

function seriesRepr(self: Series): string {
  const inner = (a: NDArray): string => arrayRepr(a).slice(6, -1);
  return `${self.basis?.name ?? 'Polynomial'}(${inner(self.coef)}, domain=${inner(self.domain)}, window=${inner(self.window)}, symbol='${self.symbol}')`;
}

/** Polynomial.fit (and the other bases'): domain from the data (or given), fit in the window. */
function classFit(p: Record<string, any>, basis: Basis | null): any {
  let domain: NDArray;
  if (p.domain === undefined || p.domain === null) {
    const xv = readValues(asArray(p.x), false);
    let lo = Infinity, hi = -Infinity;
    for (const v of xv) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    domain = fromValues([2], D.float64, [lo, hi]);
  } else if (Array.isArray(p.domain) && p.domain.length === 0) domain = defaultInterval(basis);
  else domain = interval(p.domain, 'Domain', basis);
  const window = interval(p.window, 'Window', basis);
  const [off, scl] = mapparms(seriesArg(domain), seriesArg(window));
  const xnew = U('add', scalarF(off), U('multiply', scalarF(scl), asArray(p.x)));
  const r = basisFit(basis, xnew, p.y, p.deg, p.rcond, p.full, p.w);
  if (r instanceof PyTuple) return tuple([makeSeries(r.items[0], domain, window, p.symbol, basis), r.items[1]]);
  return makeSeries(r, domain, window, p.symbol, basis);
}

/** convert: the series evaluated at the identity of `kind` (its class by default) over the new domain */
function convert(self: Series, p: Record<string, any>): Series {
  const kind = p.kind === undefined || p.kind === null ? self.cls : p.kind;
  if (!(kind instanceof PyType) || !kind.isSubtypeOf(PolyBaseType)) throwPy('TypeError', `'${typeName(kind)}' is not a series class`);
  return callSeries(self, classIdentity({ domain: p.domain, window: p.window, symbol: self.symbol }, basisOfClass(kind)));
}

/** ABCPolyBase.maxpower: the largest power `**` accepts. */
const MAXPOWER = 100;

function typeName(o: any): string {
  return repr(typeOf(o));
}

function sameValues(a: NDArray, b: NDArray): boolean {
  if (a.shape[0] !== b.shape[0]) return false;
  const x = readValues(a, a.dtype.kind === 'c'), y = readValues(b, b.dtype.kind === 'c');
  return x.every((v, i) => v === y[i]);
}

/**
 * ABCPolyBase.__eq__: a chain of `and`s, so the first failing test decides the result's type — False
 * for another class or coefficient count, np.False_ for a differing domain, window or coefficient.
 */
function seriesEq(s: Series, o: any): any {
  if (!(o instanceof Series) || !o.cls.isSubtypeOf(s.cls)) return false;
  if (!sameInterval(s.domain, o.domain) || !sameInterval(s.window, o.window)) return scalar(D.bool, 0);
  if (s.coef.shape[0] !== o.coef.shape[0]) return false;
  if (!sameValues(s.coef, o.coef)) return scalar(D.bool, 0);
  return s.symbol === o.symbol;
}

/** __divmod__: polydiv on the coefficients, quotient and remainder as series. */
function divmod(self: Series, other: any): [Series, Series] {
  const c1 = realSeries(self.coef, true), c2 = realSeries(coefficientsOf(self, other), true);
  const [q, r] = self.basis ? basisDiv(self.basis, c1, c2) : divide(c1, c2);
  return [like(self, series(q)), like(self, series(r))];
}

/** ABCPolyBase.trim: trailing coefficients no larger than tol in magnitude dropped (one zero kept at least) */
function trim(self: Series, tolArg: any): Series {
  const tol = tolArg === undefined ? 0 : realNumber(tolArg);
  if (tol < 0) throwPy('ValueError', 'tol must be non-negative');
  const complex = self.coef.dtype.kind === 'c';
  const c = readValues(self.coef, complex);
  const mag = (i: number) => (complex ? Math.hypot((c[i] as any).re, (c[i] as any).im) : Math.abs(c[i] as number));
  let last = c.length - 1;
  while (last >= 0 && mag(last) <= tol) last--;
  if (last < 0) return like(self, asArray(U('multiply', head(self.coef, 1), 0)));
  return like(self, head(self.coef, last + 1));
}

/** the first-degree series off + scl·x of a basis, as each basis's `*line` function writes it */
function lineCoef(basis: Basis | null, off: number, scl: number): number[] {
  if (scl === 0) return [off];
  if (!basis) return [off, scl];
  if (basis.prefix === 'herm') return [off, scl / 2];
  if (basis.prefix === 'lag') return [off + scl, -scl];
  return [off, scl];
}

/** the classmethods identity(domain, window, symbol) and basis(deg, domain, window, symbol) */
function classIdentity(p: Record<string, any>, basis: Basis | null): Series {
  const domain = p.domain === undefined || p.domain === null ? defaultInterval(basis) : interval(p.domain, 'Domain', basis);
  const window = p.window === undefined || p.window === null ? defaultInterval(basis) : interval(p.window, 'Window', basis);
  const [off, scl] = mapparms(seriesArg(window), seriesArg(domain));
  const coef = lineCoef(basis, off, scl);
  return makeSeries(fromValues([coef.length], D.float64, coef), domain, window, p.symbol, basis);
}

function classBasis(p: Record<string, any>, basis: Basis | null): Series {
  const deg = index(p.deg);
  if (deg < 0) throwPy('ValueError', 'deg must be non-negative integer');
  const coef = new Array(deg + 1).fill(0);
  coef[deg] = 1;
  return makeSeries(fromValues([deg + 1], D.float64, coef), p.domain ?? null, p.window ?? null, p.symbol, basis);
}

function truncate(self: Series, sizeArg: any): Series {
  const size = Number(sizeArg);
  if (!Number.isInteger(size) || size < 1) throwPy('ValueError', 'size must be a positive integer');
  return size >= self.coef.shape[0] ? self : like(self, head(self.coef, size));
}

/** fromroots (every basis): roots mapped from domain to window, coefficients divided by scl**deg. */
function classFromRoots(p: Record<string, any>, basis: Basis | null): Series {
  const rs = realSeries(p.roots, false);
  const domain = p.domain === undefined || (Array.isArray(p.domain) && p.domain.length === 0) ? defaultInterval(basis) : interval(p.domain, 'Domain', basis);
  const window = interval(p.window, 'Window', basis);
  const [off, scl] = mapparms(seriesArg(domain), seriesArg(window));
  const denom = scl ** rs.length;
  const mapped = rs.map((r) => off + scl * r);
  const coef = (basis ? basisFromRoots(basis, mapped) : fromRoots(mapped)).map((c) => c / denom);
  return makeSeries(series(coef), domain, window, p.symbol, basis);
}

export function installPolynomial(): void {
  if (PolynomialType.newInstance) return;
  for (const t of [PolynomialType, ...basisTypes.values()]) {
    t.newInstance = (cls, args, kw) => {
      const p = kwArgs(args, kw, ['coef', 'domain', 'window', 'symbol']);
      return makeSeries(p.coef, p.domain, p.window, p.symbol, basisOfClass(cls));
    };
    nativeBinary.set(t, (op, a, b, reflected) => operator(op, a, b, reflected));
  }
  defGetters(PolyBaseType, {
    coef: (s: Series) => s.coef,
    domain: (s: Series) => s.domain,
    window: (s: Series) => s.window,
    symbol: (s: Series) => s.symbol,
  });
  defineMethods(PolyBaseType, {
    __call__: (s: Series, [x]: any[]) => callSeries(s, x),
    __repr__: (s: Series) => seriesRepr(s),
    __str__: (s: Series) => seriesStr(s),
    __format__: (s: Series, [spec]: any[]) => seriesFormat(s, spec),
    trim: (s: Series, args: any[], kw: Kw) => trim(s, kwArgs(args, kw, ['tol']).tol),
    __len__: (s: Series) => s.coef.shape[0],
    __neg__: (s: Series) => like(s, asArray(U('negative', s.coef))),
    __pos__: (s: Series) => s,
    __add__: (s: Series, [o]: any[]) => operator('+', s, o, false),
    __radd__: (s: Series, [o]: any[]) => operator('+', s, o, true),
    __sub__: (s: Series, [o]: any[]) => operator('-', s, o, false),
    __rsub__: (s: Series, [o]: any[]) => operator('-', s, o, true),
    __mul__: (s: Series, [o]: any[]) => operator('*', s, o, false),
    __rmul__: (s: Series, [o]: any[]) => operator('*', s, o, true),
    __pow__: (s: Series, [o]: any[]) => operator('**', s, o, false),
    __truediv__: (s: Series, [o]: any[]) => operator('/', s, o, false),
    __floordiv__: (s: Series, [o]: any[]) => operator('//', s, o, false),
    __mod__: (s: Series, [o]: any[]) => operator('%', s, o, false),
    __divmod__: (s: Series, [o]: any[]) => tuple(divmod(s, o)),
    __eq__: (s: Series, [o]: any[]) => seriesEq(s, o),
    __ne__: (s: Series, [o]: any[]) => !truthy(seriesEq(s, o)),
    deriv: (s: Series, args: any[], kw: Kw) => {
      const p = kwArgs(args, kw, ['m']);
      const [, scl] = mapparms(seriesArg(s.domain), seriesArg(s.window));
      if (s.basis) return like(s, series(derivSeries(s.basis, realSeries(s.coef, false), index(p.m ?? 1), scl)));
      return like(s, series(derivative(realSeries(s.coef, false), p.m ?? 1, scl)));
    },
    integ: (s: Series, args: any[], kw: Kw) => {
      const p = kwArgs(args, kw, ['m', 'k', 'lbnd']);
      const [off, scl] = mapparms(seriesArg(s.domain), seriesArg(s.window));
      const lbnd = p.lbnd === undefined || p.lbnd === null ? 0 : off + scl * realNumber(p.lbnd);
      const c = realSeries(s.coef, false);
      if (s.basis) return like(s, series(basisIntegral(s.basis, c, p.m ?? 1, p.k, lbnd, 1 / scl, numberValue(s.basis))));
      return like(s, series(integral(c, p.m ?? 1, p.k, lbnd, 1 / scl)));
    },
    roots: (s: Series) => {
      const [off, scl] = mapparms(seriesArg(s.window), seriesArg(s.domain));
      const r = s.basis ? basisRoots(s.basis, realSeries(s.coef, true)) : roots(realSeries(s.coef, true));
      return U('add', scalarF(off), U('multiply', scalarF(scl), r));
    },
    truncate: (s: Series, [size]: any[]) => truncate(s, size),
    linspace: (s: Series, args: any[], kw: Kw) => {
      const p = kwArgs(args, kw, ['n', 'domain']);
      const dom = p.domain === undefined || p.domain === null ? s.domain : asArray(p.domain);
      const linspace = getAttr(importModule('numpy', true), 'linspace');
      const x = call(linspace, [elementScalar(dom, [0]), elementScalar(dom, [1]), p.n ?? 100]);
      return tuple([x, callSeries(s, x)]);
    },
    cutdeg: (s: Series, [deg]: any[]) => truncate(s, binary('+', deg, 1)),
    degree: (s: Series) => s.coef.shape[0] - 1,
    mapparms: (s: Series) => tuple(mapparms(seriesArg(s.domain), seriesArg(s.window)).map((v) => scalarF(v))),
    convert: (s: Series, args: any[], kw: Kw) => convert(s, kwArgs(args, kw, ['domain', 'kind', 'window'])),
    copy: (s: Series) => new Series(castCopy(s.coef, s.coef.dtype), castCopy(s.domain, s.domain.dtype), castCopy(s.window, s.window.dtype), s.symbol, s.basis),
  });
  PolyBaseType.dict.fromroots = new PyClassMethod(builtin('fromroots', (args: any[], kw: Kw) =>
    classFromRoots(kwArgs(args.slice(1), kw, ['roots', 'domain', 'window', 'symbol']), basisOfClass(args[0]))));
  PolyBaseType.dict.identity = new PyClassMethod(builtin('identity', (args: any[], kw: Kw) =>
    classIdentity(kwArgs(args.slice(1), kw, ['domain', 'window', 'symbol']), basisOfClass(args[0]))));
  PolyBaseType.dict.basis = new PyClassMethod(builtin('basis', (args: any[], kw: Kw) =>
    classBasis(kwArgs(args.slice(1), kw, ['deg', 'domain', 'window', 'symbol']), basisOfClass(args[0]))));
  PolyBaseType.dict.fit = new PyClassMethod(builtin('fit', (args: any[], kw: Kw) =>
    classFit(kwArgs(args.slice(1), kw, ['x', 'y', 'deg', 'domain', 'rcond', 'full', 'w', 'window', 'symbol']), basisOfClass(args[0]))));
  for (const [b, t] of [[null, PolynomialType], ...basisTypes] as [Basis | null, PyType][]) t.dict.basis_name = b?.letter ?? null;
}

/** numpy.polynomial.chebyshev, .legendre, .hermite, .hermite_e and .laguerre */
export function basisModules(): PyModule[] {
  installPolynomial();
  return [...basisTypes].map(([b, t]) => basisModule(b, t));
}

/** The numpy.polynomial.polynomial module (the power-series helpers and the class). */
export function powerSeriesModule(): PyModule {
  installPolynomial();
  const m = new PyModule('numpy.polynomial.polynomial');
  m.d.Polynomial = PolynomialType;
  m.d.polyval = builtin('polyval', (args: any[], kw: Kw) => {
    const p = kwArgs(args, kw, ['x', 'c', 'tensor']);
    return seriesVal(p.x, p.c);
  });
  m.d.polyfit = builtin('polyfit', (args: any[], kw: Kw) => {
    const p = kwArgs(args, kw, ['x', 'y', 'deg', 'rcond', 'full', 'w']);
    // numpy.polynomial.polynomial.polyfit: the power-series Vandermonde matrix
    return basisFit(null, p.x, p.y, p.deg, p.rcond, p.full, p.w);
  });
  m.d.polyadd = builtin('polyadd', (args: any[]) => seriesAddSub(args[0], args[1], false));
  m.d.polysub = builtin('polysub', (args: any[]) => seriesAddSub(args[0], args[1], true));
  m.d.polymul = builtin('polymul', (args: any[]) => seriesMul(args[0], args[1]));
  m.d.polyder = builtin('polyder', (args: any[], kw: Kw) => {
    const p = kwArgs(args, kw, ['c', 'm', 'scl', 'axis']);
    return series(derivative(realSeries(p.c, false), p.m ?? 1, p.scl === undefined ? 1 : realNumber(p.scl)));
  });
  m.d.polyint = builtin('polyint', (args: any[], kw: Kw) => {
    const p = kwArgs(args, kw, ['c', 'm', 'k', 'lbnd', 'scl', 'axis']);
    return series(integral(realSeries(p.c, false), p.m ?? 1, p.k, p.lbnd === undefined ? 0 : realNumber(p.lbnd), p.scl === undefined ? 1 : realNumber(p.scl)));
  });
  m.d.polyroots = builtin('polyroots', (args: any[]) => roots(realSeries(args[0], true)));
  m.d.polyfromroots = builtin('polyfromroots', (args: any[]) => series(fromRoots(realSeries(args[0], false))));
  m.d.polypow = builtin('polypow', (args: any[], kw: Kw) => {
    const p = kwArgs(args, kw, ['c', 'pow', 'maxpower']);
    return series(power(realSeries(p.c, true), p.pow, p.maxpower === undefined || p.maxpower === null ? null : realNumber(p.maxpower)));
  });
  m.d.polydiv = builtin('polydiv', (args: any[]) => divideTuple(args[0], args[1]));
  m.d.polycompanion = builtin('polycompanion', (args: any[]) => {
    const c = realSeries(args[0], true);
    if (c.length < 2) throwPy('ValueError', 'Series must have maximum degree of at least 1.');
    const n = c.length - 1;
    return fromValues([n, n], D.float64, c.length === 2 ? [-c[0] / c[1]] : companion(c));
  });
  m.d.polyvander = builtin('polyvander', (args: any[], kw: Kw) => {
    const p = kwArgs(args, kw, ['x', 'deg']);
    const deg = index(p.deg);
    if (deg < 0) throwPy('ValueError', 'deg must be non-negative');
    // columns 1, x, x**2, ... by repeated multiplication, on x as at least 1-d floats
    let x = asArray(U('add', asArray(p.x), new PyFloat(0)));
    if (x.ndim === 0) x = x.view([1], [0], x.offset);
    const cols: NDArray[] = [asArray(U('add', asArray(U('multiply', x, 0)), 1))];
    for (let i = 1; i <= deg; i++) cols.push(asArray(U('multiply', cols[i - 1], x)));
    return stack(cols, -1);
  });
  m.d.polyline = builtin('polyline', (args: any[]) => asArray(realNumber(args[1]) !== 0 ? [args[0], args[1]] : [args[0]]));
  return m;
}

