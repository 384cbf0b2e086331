/**
 * Signal windows and the Bessel function they need, as NumPy's lib/_function_base_impl.py computes them:
 * np.bartlett, np.blackman, np.hamming, np.hanning, np.kaiser and np.i0 (Cephes' Chebyshev expansions
 * on |x| ≤ 8 and above, the coefficient tables copied from NumPy).
 *
 * The windows are evaluated with the same ufuncs in the same order as NumPy's Python code
 * (n = arange(1-M, M, 2); 0.42 + 0.5·cos(πn/(M-1)) + 0.08·cos(2πn/(M-1)) …), so the last digits agree.
 */
import { NDArray, contiguousStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { asArray, allocArray, castCopy, fromPython } from './coerce';
import { kwArgs, applyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';
import { where3 } from './selection';

const U = (name: string, ...args: any[]) => applyUfunc(ufunc(name), args);
const f = (v: number) => new PyFloat(v);

const I0A = [
  -4.4153416464793395e-18, 3.3307945188222384e-17, -2.431279846547955e-16, 1.715391285555133e-15, -1.1685332877993451e-14,
  7.676185498604936e-14, -4.856446783111929e-13, 2.95505266312964e-12, -1.726826291441556e-11, 9.675809035373237e-11,
  -5.189795601635263e-10, 2.6598237246823866e-09, -1.300025009986248e-08, 6.046995022541919e-08, -2.670793853940612e-07,
  1.1173875391201037e-06, -4.4167383584587505e-06, 1.6448448070728896e-05, -5.754195010082104e-05, 0.00018850288509584165,
  -0.0005763755745385824, 0.0016394756169413357, -0.004324309995050576, 0.010546460394594998, -0.02373741480589947,
  0.04930528423967071, -0.09490109704804764, 0.17162090152220877, -0.3046826723431984, 0.6767952744094761,
];
const I0B = [
  -7.233180487874754e-18, -4.830504485944182e-18, 4.46562142029676e-17, 3.461222867697461e-17, -2.8276239805165836e-16,
  -3.425485619677219e-16, 1.7725601330565263e-15, 3.8116806693526224e-15, -9.554846698828307e-15, -4.150569347287222e-14,
  1.54008621752141e-14, 3.8527783827421426e-13, 7.180124451383666e-13, -1.7941785315068062e-12, -1.3215811840447713e-11,
  -3.1499165279632416e-11, 1.1889147107846439e-11, 4.94060238822497e-10, 3.3962320257083865e-09, 2.266668990498178e-08,
  2.0489185894690638e-07, 2.8913705208347567e-06, 6.889758346916825e-05, 0.0033691164782556943, 0.8044904110141088,
];

function chbevl(x: number, vals: number[]): number {
  let b0 = vals[0], b1 = 0, b2 = 0;
  for (let i = 1; i < vals.length; i++) {
    b2 = b1;
    b1 = b0;
    b0 = x * b1 - b2 + vals[i];
  }
  return 0.5 * (b0 - b2);
}

/** np.i0 over an array (float64, or the float dtype given) */
function i0(v: any): any {
  const a0 = asArray(v);
  if (a0.dtype.kind === 'c') throwPy('TypeError', 'i0 not supported for complex values');
  const a = asArray(U('absolute', a0.dtype.kind === 'f' ? a0 : castCopy(a0, D.float64)));
  const xs = a.toArray() as number[];
  const e = asArray(U('exp', a)).toArray() as number[];
  const vals = xs.map((x, i) => (x <= 8 ? e[i] * chbevl(x / 2 - 2, I0A) : (e[i] * chbevl(32 / x - 2, I0B)) / Math.sqrt(x)));
  const flat = fromPython(vals.map(f), a.dtype);
  return flat.view(a.shape.slice(), contiguousStrides(a.shape, a.itemsize), 0);
}

/** the symmetric sample points n = arange(1-M, M, 2) of the cosine windows, or the trivial windows */
function windowPoints(mArg: any): { n: NDArray; m: number } | NDArray {
  const m = Number(mArg?.v ?? mArg);
  if (m < 1) return allocArray([0], D.float64);
  if (m === 1) return fromPython([f(1)], D.float64);
  const len = Math.ceil((m - (1 - m)) / 2);
  return { n: fromPython(Array.from({ length: len }, (_, i) => f(1 - m + 2 * i)), D.float64), m };
}

function cosWindow(mArg: any, body: (n: NDArray, m: number) => any): NDArray {
  const w = windowPoints(mArg);
  if (w instanceof NDArray) return w;
  return asArray(body(w.n, w.m));
}

/** cos(k·π·n/(M-1)) in NumPy's order of operations */
const cosTerm = (n: NDArray, m: number, k: number) =>
  U('cos', U('divide', k === 1 ? U('multiply', f(Math.PI), n) : U('multiply', U('multiply', f(2), f(Math.PI)), n), f(m - 1)));

export function windowFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, fn: (args: any[], kw: Kw) => any) => builtin(name, fn);
  return {
    i0: b('i0', (args, kw) => i0(kwArgs(args, kw, ['x']).x)),
    bartlett: b('bartlett', (args, kw) =>
      cosWindow(kwArgs(args, kw, ['M']).M, (n, m) => where3(U('less_equal', n, 0), U('add', f(1), U('divide', n, f(m - 1))), U('subtract', f(1), U('divide', n, f(m - 1)))))),
    blackman: b('blackman', (args, kw) =>
      cosWindow(kwArgs(args, kw, ['M']).M, (n, m) => U('add', U('add', f(0.42), U('multiply', f(0.5), cosTerm(n, m, 1))), U('multiply', f(0.08), cosTerm(n, m, 2))))),
    hamming: b('hamming', (args, kw) => cosWindow(kwArgs(args, kw, ['M']).M, (n, m) => U('add', f(0.54), U('multiply', f(0.46), cosTerm(n, m, 1))))),
    hanning: b('hanning', (args, kw) => cosWindow(kwArgs(args, kw, ['M']).M, (n, m) => U('add', f(0.5), U('multiply', f(0.5), cosTerm(n, m, 1))))),
    kaiser: b('kaiser', (args, kw) => {
      const p = kwArgs(args, kw, ['M', 'beta']);
      const m = Number(p.M?.v ?? p.M), beta = Number(p.beta?.v ?? p.beta);
      if (m === 1) return fromPython([f(1)], D.float64);
      const n = fromPython(Array.from({ length: Math.max(0, Math.ceil(m)) }, (_, i) => f(i)), D.float64);
      const alpha = (m - 1) / 2;
      const inner = U('sqrt', U('subtract', f(1), U('power', U('divide', U('subtract', n, f(alpha)), f(alpha)), f(2))));
      return U('divide', i0(U('multiply', f(beta), inner)), i0(f(beta)));
    }),
  };
}
