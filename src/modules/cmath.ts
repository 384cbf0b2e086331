/**
 * The `cmath` module of CPython 3.11: complex square root, exponential and logarithms, the
 * trigonometric and hyperbolic functions and their inverses, phase/polar/rect, the isfinite/isinf/
 * isnan/isclose tests and the constants.
 *
 * For finite arguments every function follows the formulas of CPython's cmathmodule.c (Kahan's
 * branch-cut-aware algorithms: asin/acos/asinh/acosh through two square roots, atanh through log1p,
 * overflow-avoiding rescaling near DBL_MAX), built on the same glibc-faithful real kernels as the math
 * module, so results agree to the last bit. Errors follow its errno rules: a logarithm of zero or atanh(±1)
 * is `ValueError: math domain error`, an overflowing exp/cosh/sinh/rect `OverflowError: math range error`.
 * Non-finite arguments follow C99 Annex G for sqrt, exp and log; for the other functions CPython's
 * special-value tables are not reproduced and the formulas' result is returned.
 */
import { PyModule, PyFloat, PyComplex, PyTuple } from '../objects/values';
import { typeOf } from '../objects/pytype';
import { builtin, Kw, PyBuiltin, parseArgs } from '../objects/function';
import { throwPy } from '../objects/errors';
import { callSpecial } from '../objects/attrs';
import { oneArg } from '../objects/types/args';
import { toDouble } from './math';
import { crSin, crCos, crTan, crAtan2 } from '../../runtime/math/libm';
import { sinh as rSinh, cosh as rCosh, tanh as rTanh, asinh as rAsinh } from '../../runtime/math/fdlibmHyperbolic';
import { glibcLog, glibcLog1p } from '../../runtime/random/glibcLog';
import { glibcExp } from '../../runtime/random/glibcExp';
import { hypot } from '../../runtime/math/hypot';
import { copysign, ldexp } from '../../runtime/math/floatBits';

type C = [number, number];

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = glibcLog(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;
const finite = (z: C) => Number.isFinite(z[0]) && Number.isFinite(z[1]);
const domainError = (): never => throwPy('ValueError', 'math domain error');
const rangeError = (): never => throwPy('OverflowError', 'math range error');
const log = (x: number) => (x > 0 && Number.isFinite(x) ? glibcLog(x) : Math.log(x));
const log1p = (x: number) => (x > -1 && Number.isFinite(x) ? glibcLog1p(x) : Math.log1p(x));
const exp = (x: number) => glibcExp(x);

/** An argument as a complex pair: complex, __complex__, or any real number (PyFloat_AsDouble rules). */
function toComplex(v: any): C {
  if (v instanceof PyComplex) return [v.re, v.im];
  const f = typeof v === 'object' && v !== null ? typeOf(v).lookup('__complex__') : undefined;
  if (f !== undefined && f !== null) {
    const r = callSpecial(f, v);
    if (!(r instanceof PyComplex)) throwPy('TypeError', `__complex__ returned non-complex (type ${typeOf(r).name})`);
    return [r.re, r.im];
  }
  return [toDouble(v), 0];
}

// ---- the kernels (cmathmodule.c) ----

function sqrt([x, y]: C): C {
  if (x === 0 && y === 0) return [0, y];
  if (y === Infinity || y === -Infinity) return [Infinity, y];
  if (x !== x) return [x, NaN];
  if (x === -Infinity) return y !== y ? [NaN, Infinity] : [0, copysign(Infinity, y)];
  if (x === Infinity) return y !== y ? [x, y] : [x, copysign(0, y)];
  if (y !== y) return [NaN, NaN];
  let ax = Math.abs(x), s: number;
  const ay = Math.abs(y);
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ldexp(ax, 53);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return x >= 0 ? [s, copysign(d, y)] : [d, copysign(s, y)];
}

function cexp([x, y]: C): C {
  if (!finite([x, y])) {
    if (x === -Infinity && Number.isFinite(y)) return [0 * crCos(y), 0 * crSin(y)];
    if (x === Infinity && y === 0) return [x, y];
    if (x === Infinity && Number.isFinite(y)) return [x * crCos(y), x * crSin(y)];
    return [NaN, NaN];
  }
  let r: C;
  if (x > LOG_LARGE) {
    const l = exp(x - 1);
    r = [l * crCos(y) * Math.E, l * crSin(y) * Math.E];
  } else {
    const l = exp(x);
    r = [l * crCos(y), l * crSin(y)];
  }
  if (!finite(r)) rangeError();
  return r;
}

/** c_log: the principal logarithm; log(0) is a domain error. */
function clog([x, y]: C): C {
  if (!finite([x, y])) {
    if (x !== x || y !== y) return [x === Infinity || x === -Infinity || y === Infinity || y === -Infinity ? Infinity : NaN, NaN];
    return [Infinity, crAtan2(y, x)];
  }
  const ax = Math.abs(x), ay = Math.abs(y);
  let re: number;
  if (ax > LARGE || ay > LARGE) re = log(hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax === 0 && ay === 0) domainError();
    re = log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = Math.max(ax, ay), an = Math.min(ax, ay);
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = log(h);
  }
  return [re, crAtan2(y, x)];
}

/** _Py_c_quot: complex division by Smith's method; division by zero is a domain error here. */
function quot([ar, ai]: C, [br, bi]: C): C {
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) domainError();
    const ratio = bi / br, denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (abi >= abr) {
    const ratio = br / bi, denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function acos([x, y]: C): C {
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const l = log(hypot(x / 2, y / 2)) + LN2 * 2;
    return [crAtan2(Math.abs(y), x), x < 0 ? -copysign(l, y) : copysign(l, -y)];
  }
  const s1 = sqrt([1 - x, -y]), s2 = sqrt([1 + x, y]);
  return [2 * crAtan2(s1[0], s2[0]), rAsinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function acosh([x, y]: C): C {
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) return [log(hypot(x / 2, y / 2)) + LN2 * 2, crAtan2(y, x)];
  const s1 = sqrt([x - 1, y]), s2 = sqrt([x + 1, y]);
  return [rAsinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * crAtan2(s1[1], s2[0])];
}

function asinh([x, y]: C): C {
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const l = log(hypot(x / 2, y / 2)) + LN2 * 2;
    return [y >= 0 ? copysign(l, x) : -copysign(l, -x), crAtan2(y, Math.abs(x))];
  }
  const s1 = sqrt([1 + y, -x]), s2 = sqrt([1 - y, x]);
  return [rAsinh(s1[0] * s2[1] - s2[0] * s1[1]), crAtan2(y, s1[0] * s2[0] - s1[1] * s2[1])];
}

function atanh([x, y]: C): C {
  if (x < 0) {
    const r = atanh([-x, -y]);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(y);
  if (x > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(x / 2, y / 2);
    return [x / 4 / h / h, -copysign(Math.PI / 2, -y)];
  }
  if (x === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) domainError();
    return [-log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(crAtan2(2, -ay) / 2, y)];
  }
  return [log1p((4 * x) / ((1 - x) * (1 - x) + ay * ay)) / 4, -crAtan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2];
}

function cosh([x, y]: C): C {
  let r: C;
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    r = [crCos(y) * rCosh(xm1) * Math.E, crSin(y) * rSinh(xm1) * Math.E];
  } else r = [crCos(y) * rCosh(x), crSin(y) * rSinh(x)];
  if (!finite(r) && finite([x, y])) rangeError();
  return r;
}

function sinh([x, y]: C): C {
  let r: C;
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    r = [crCos(y) * rSinh(xm1) * Math.E, crSin(y) * rCosh(xm1) * Math.E];
  } else r = [crCos(y) * rSinh(x), crSin(y) * rCosh(x)];
  if (!finite(r) && finite([x, y])) rangeError();
  return r;
}

function tanh([x, y]: C): C {
  if (Math.abs(x) > LOG_LARGE) return [copysign(1, x), 4 * crSin(y) * crCos(y) * exp(-2 * Math.abs(x))];
  const tx = rTanh(x), ty = crTan(y), cx = 1 / rCosh(x);
  const txty = tx * ty, denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
}

/** f(z) = -i·g(i·z) — how asin, atan, sin and tan are derived from their hyperbolic partners. */
const rotated = (g: (z: C) => C) => ([x, y]: C): C => {
  const s = g([-y, x]);
  return [s[1], -s[0]];
};

function rect(r: number, phi: number): C {
  if (!Number.isFinite(r) || !Number.isFinite(phi)) return [r * crCos(phi), r * crSin(phi)];
  const z: C = phi === 0 ? [r, r * phi] : [r * crCos(phi), r * crSin(phi)];
  if (!finite(z)) rangeError();
  return z;
}

// ---- the module ----

const cx = ([re, im]: C) => new PyComplex(re, im);

function unary(name: string, f: (z: C) => C): PyBuiltin {
  return builtin(name, (args, kw) => cx(f(toComplex(oneArg(`cmath.${name}`, args, kw)))));
}

function positional(name: string, args: any[], kw: Kw, min: number, max: number): void {
  if (kw && kw.size) throwPy('TypeError', `${name}() takes no keyword arguments`);
  if (args.length >= min && args.length <= max) return;
  const want = min === max ? `${min}` : args.length < min ? `at least ${min}` : `at most ${max}`;
  throwPy('TypeError', `${name} expected ${want} argument${(min === max ? min : args.length < min ? min : max) === 1 ? '' : 's'}, got ${args.length}`);
}

function isclose(args: any[], kw: Kw): boolean {
  const vals = parseArgs('isclose', args, kw, ['a', 'b', '*rel_tol?', 'abs_tol?']);
  const a = toComplex(vals[0]), b = toComplex(vals[1]);
  const relTol = vals[2] === undefined ? 1e-9 : toDouble(vals[2]);
  const absTol = vals[3] === undefined ? 0 : toDouble(vals[3]);
  if (relTol < 0 || absTol < 0) throwPy('ValueError', 'tolerances must be non-negative');
  if (a[0] === b[0] && a[1] === b[1]) return true;
  if (!finite(a) || !finite(b)) return false;
  const diff = hypot(b[0] - a[0], b[1] - a[1]);
  return diff <= relTol * hypot(b[0], b[1]) || diff <= relTol * hypot(a[0], a[1]) || diff <= absTol;
}

export function makeCmath(): PyModule {
  const m = new PyModule('cmath');
  const d = m.d;
  d.pi = new PyFloat(Math.PI);
  d.e = new PyFloat(Math.E);
  d.tau = new PyFloat(2 * Math.PI);
  d.inf = new PyFloat(Infinity);
  d.nan = new PyFloat(NaN);
  d.infj = new PyComplex(0, Infinity);
  d.nanj = new PyComplex(0, NaN);
  const kernels: [string, (z: C) => C][] = [
    ['sqrt', sqrt], ['exp', cexp], ['acos', acos], ['acosh', acosh], ['asinh', asinh], ['atanh', atanh],
    ['cosh', cosh], ['sinh', sinh], ['tanh', tanh], ['asin', rotated(asinh)], ['atan', rotated(atanh)],
    ['sin', rotated(sinh)], ['tan', rotated(tanh)], ['cos', ([x, y]) => cosh([-y, x])],
    ['log10', (z) => { const [re, im] = clog(z); return [re / LN10, im / LN10]; }],
  ];
  for (const [name, f] of kernels) d[name] = unary(name, f);
  d.log = builtin('log', (args, kw) => {
    positional('log', args, kw, 1, 2);
    const z = clog(toComplex(args[0]));
    return cx(args.length === 2 ? quot(z, clog(toComplex(args[1]))) : z);
  });
  d.phase = builtin('phase', (args, kw) => {
    const [x, y] = toComplex(oneArg('cmath.phase', args, kw));
    return new PyFloat(crAtan2(y, x));
  });
  d.polar = builtin('polar', (args, kw) => {
    const [x, y] = toComplex(oneArg('cmath.polar', args, kw));
    const r = hypot(x, y);
    if (r === Infinity && Number.isFinite(x) && Number.isFinite(y)) rangeError();
    return new PyTuple([new PyFloat(r), new PyFloat(crAtan2(y, x))]);
  });
  d.rect = builtin('rect', (args, kw) => {
    positional('rect', args, kw, 2, 2);
    return cx(rect(toDouble(args[0]), toDouble(args[1])));
  });
  const test = (name: string, f: (z: C) => boolean) => builtin(name, (args, kw) => f(toComplex(oneArg(`cmath.${name}`, args, kw))));
  d.isfinite = test('isfinite', finite);
  d.isnan = test('isnan', ([x, y]) => x !== x || y !== y);
  d.isinf = test('isinf', ([x, y]) => Math.abs(x) === Infinity || Math.abs(y) === Infinity);
  d.isclose = builtin('isclose', isclose);
  return m;
}
