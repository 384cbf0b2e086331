// numpy.linalg accuracy suite, run through the interpreter API: (a) reconstruction and orthonormality
// of qr / svd / inv / eigh / eig / cholesky / lstsq / pinv on random matrices (square, tall, wide,
// complex, stacked), (b) backward-error bounds on ill-conditioned ones (Hilbert n = 8..12, Vandermonde,
// nearly singular), (c) agreement with NumPy to 1e-10 relative on well-conditioned matrices, against
// test/linalg/agreement.json (recorded by test/linalg/record_agreement.py, which the interpreter also
// runs here to build the same inputs and evaluate the same calls). ndpy only produces the factors; all
// residuals, norms and tolerances are computed below in TypeScript from the returned numbers.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterpreter, type Interpreter } from '../../src/index';

const EPS = 2 ** -52;
const here = __dirname;
const recorder = readFileSync(join(here, 'record_agreement.py'), 'utf8');
const fixture = JSON.parse(readFileSync(join(here, 'agreement.json'), 'utf8'));

// ---------------------------------------------------------------- complex matrices in TypeScript

/** a row-major m×n complex matrix */
interface M {
  m: number;
  n: number;
  re: Float64Array;
  im: Float64Array;
}
interface Enc {
  shape: number[];
  re: number[];
  im?: number[];
}

function zeros(m: number, n: number): M {
  return { m, n, re: new Float64Array(m * n), im: new Float64Array(m * n) };
}
function eye(m: number, n = m): M {
  const r = zeros(m, n);
  for (let i = 0; i < Math.min(m, n); i++) r.re[i * n + i] = 1;
  return r;
}
/** the matrices of an encoded (…, m, n) array, in C order of the batch */
function mats(e: Enc): M[] {
  const [m, n] = e.shape.slice(-2);
  const count = e.shape.slice(0, -2).reduce((a, b) => a * b, 1);
  const out: M[] = [];
  for (let b = 0; b < count; b++) {
    const x = zeros(m, n);
    for (let k = 0; k < m * n; k++) {
      x.re[k] = e.re[b * m * n + k];
      x.im[k] = e.im ? e.im[b * m * n + k] : 0;
    }
    out.push(x);
  }
  return out;
}
/** the vectors of an encoded (…, k) array */
function vecs(e: Enc): { re: number[]; im: number[] }[] {
  const k = e.shape[e.shape.length - 1];
  const out = [];
  for (let b = 0; b * k < e.re.length || (k === 0 && b === 0); b++) {
    out.push({ re: e.re.slice(b * k, b * k + k), im: e.im ? e.im.slice(b * k, b * k + k) : new Array(k).fill(0) });
    if (k === 0) break;
  }
  return out;
}
function mul(a: M, b: M): M {
  if (a.n !== b.m) throw new Error(`mul: ${a.m}x${a.n} · ${b.m}x${b.n}`);
  const c = zeros(a.m, b.n);
  for (let i = 0; i < a.m; i++) {
    for (let l = 0; l < a.n; l++) {
      const ar = a.re[i * a.n + l], ai = a.im[i * a.n + l];
      for (let j = 0; j < b.n; j++) {
        const br = b.re[l * b.n + j], bi = b.im[l * b.n + j];
        c.re[i * b.n + j] += ar * br - ai * bi;
        c.im[i * b.n + j] += ar * bi + ai * br;
      }
    }
  }
  return c;
}
function ct(a: M): M {
  const t = zeros(a.n, a.m);
  for (let i = 0; i < a.m; i++) {
    for (let j = 0; j < a.n; j++) {
      t.re[j * a.m + i] = a.re[i * a.n + j];
      t.im[j * a.m + i] = -a.im[i * a.n + j];
    }
  }
  return t;
}
function sub(a: M, b: M): M {
  if (a.m !== b.m || a.n !== b.n) throw new Error(`sub: ${a.m}x${a.n} - ${b.m}x${b.n}`);
  const c = zeros(a.m, a.n);
  for (let k = 0; k < a.re.length; k++) {
    c.re[k] = a.re[k] - b.re[k];
    c.im[k] = a.im[k] - b.im[k];
  }
  return c;
}
function fro(a: M): number {
  let s = 0;
  for (let k = 0; k < a.re.length; k++) s += a.re[k] ** 2 + a.im[k] ** 2;
  return Math.sqrt(s);
}
/** columns scaled: a · diag(d) (d complex) */
function scaleCols(a: M, dr: number[], di: number[]): M {
  const c = zeros(a.m, a.n);
  for (let i = 0; i < a.m; i++) {
    for (let j = 0; j < a.n; j++) {
      const k = i * a.n + j;
      c.re[k] = a.re[k] * dr[j] - a.im[k] * di[j];
      c.im[k] = a.re[k] * di[j] + a.im[k] * dr[j];
    }
  }
  return c;
}
function cols(a: M, k: number): M {
  const c = zeros(a.m, k);
  for (let i = 0; i < a.m; i++) for (let j = 0; j < k; j++) [c.re[i * k + j], c.im[i * k + j]] = [a.re[i * a.n + j], a.im[i * a.n + j]];
  return c;
}
function rows(a: M, k: number): M {
  return { m: k, n: a.n, re: a.re.slice(0, k * a.n), im: a.im.slice(0, k * a.n) };
}
/** ‖XᴴX − I‖_F: departure of the columns of X from orthonormality */
function orthCols(x: M): number {
  return fro(sub(mul(ct(x), x), eye(x.n)));
}
function maxBelowDiag(r: M): number {
  let mx = 0;
  for (let i = 0; i < r.m; i++) for (let j = 0; j < Math.min(i, r.n); j++) mx = Math.max(mx, Math.hypot(r.re[i * r.n + j], r.im[i * r.n + j]));
  return mx;
}
function maxAboveDiag(r: M): number {
  return maxBelowDiag(ct(r));
}

// ---------------------------------------------------------------- bookkeeping of observed errors

/** per check name: the largest observed error as a fraction of its tolerance */
const worst = new Map<string, { ratio: number; err: number; tol: number; where: string }>();
let checks = 0;
function within(name: string, where: string, err: number, tol: number): void {
  checks++;
  const ratio = err === 0 ? 0 : err / tol;
  const w = worst.get(name);
  if (!w || ratio > w.ratio || Number.isNaN(ratio)) worst.set(name, { ratio, err, tol, where });
  expect(Number.isFinite(err), `${name} ${where}: error is ${err}`).toBe(true);
  expect(err, `${name} ${where}: ${err} > ${tol}`).toBeLessThanOrEqual(tol);
}

// ---------------------------------------------------------------- the interpreter

let py: Interpreter;
function pyRun(code: string): any {
  return py.run(code);
}

const HELPERS = `
import numpy as np
la = np.linalg
def enc(x):
    return encode(np, x)
def gen(seed, shape, cplx):
    rng = np.random.default_rng(seed)
    g = rng.standard_normal(shape)
    if cplx:
        g = g + 1j * rng.standard_normal(shape)
    return g
`;

beforeAll(() => {
  let err = '';
  py = createInterpreter({ stderr: (s) => (err += s) });
  // the recorder's definitions (make_cases, encode, run_all, make_ill) without its __main__ block
  const r = py.runScript(`__name__ = 'record_agreement'\n${recorder}\n${HELPERS}`, join(here, 'record_agreement.py'));
  if (!r.ok) throw new Error(`loading record_agreement.py failed: ${err}`);
});

// ---------------------------------------------------------------- (a) random matrices

const SHAPES: number[][] = [[1, 1], [2, 2], [6, 6], [20, 20], [40, 40], [30, 12], [12, 30], [1, 5], [5, 1], [3, 8, 8], [2, 3, 7, 5], [2, 4, 9]];

describe('(a) reconstruction on random matrices', () => {
  let seed = 100;
  for (const cplx of [false, true]) {
    for (const shape of SHAPES) {
      seed++;
      const s = seed;
      const label = `${cplx ? 'complex' : 'real'} ${shape.join('x')}`;
      const src = `gen(${s}, (${shape.join(', ')},), ${cplx ? 'True' : 'False'})`;
      const [m, n] = shape.slice(-2);
      const k = Math.min(m, n), big = Math.max(m, n);
      const tol = 10 * big * EPS;

      it(`qr ${label}`, () => {
        const r = pyRun(`a = ${src}\nq, r = la.qr(a)\nqc, rc = la.qr(a, mode='complete')\n{'a': enc(a), 'q': enc(q), 'r': enc(r), 'qc': enc(qc), 'rc': enc(rc), 'r_only': enc(la.qr(a, mode='r'))}`);
        const A = mats(r.a), Q = mats(r.q), R = mats(r.r), QC = mats(r.qc), RC = mats(r.rc), R2 = mats(r.r_only);
        expect(r.q.shape).toEqual([...shape.slice(0, -2), m, k]);
        expect(r.r.shape).toEqual([...shape.slice(0, -2), k, n]);
        expect(r.qc.shape).toEqual([...shape.slice(0, -2), m, m]);
        A.forEach((a, b) => {
          const na = fro(a);
          within('qr ‖A−QR‖/‖A‖', label, fro(sub(a, mul(Q[b], R[b]))) / na, tol);
          within('qr ‖QᴴQ−I‖', label, orthCols(Q[b]), tol);
          expect(maxBelowDiag(R[b]), 'R upper triangular').toBe(0);
          within('qr complete ‖A−QR‖/‖A‖', label, fro(sub(a, mul(QC[b], RC[b]))) / na, tol);
          within('qr complete ‖QᴴQ−I‖', label, orthCols(QC[b]), tol);
          expect(maxBelowDiag(RC[b])).toBe(0);
          // mode='r' is the same R
          within("qr mode='r' vs R", label, fro(sub(R2[b], R[b])) / na, tol);
        });
      });

      it(`svd ${label}`, () => {
        const r = pyRun(`a = ${src}\nu, s, vh = la.svd(a)\nu2, s2, vh2 = la.svd(a, full_matrices=False)\n{'a': enc(a), 'u': enc(u), 's': enc(s), 'vh': enc(vh), 'u2': enc(u2), 's2': enc(s2), 'vh2': enc(vh2), 'sv': enc(la.svd(a, compute_uv=False))}`);
        expect(r.u.shape).toEqual([...shape.slice(0, -2), m, m]);
        expect(r.vh.shape).toEqual([...shape.slice(0, -2), n, n]);
        expect(r.u2.shape).toEqual([...shape.slice(0, -2), m, k]);
        expect(r.vh2.shape).toEqual([...shape.slice(0, -2), k, n]);
        const A = mats(r.a), U = mats(r.u), VH = mats(r.vh), U2 = mats(r.u2), VH2 = mats(r.vh2);
        const S = vecs(r.s), S2 = vecs(r.s2), SV = vecs(r.sv);
        A.forEach((a, b) => {
          const na = fro(a), s = S[b].re, zero = new Array(k).fill(0);
          for (let i = 0; i < k; i++) {
            expect(s[i]).toBeGreaterThanOrEqual(0);
            if (i) expect(s[i]).toBeLessThanOrEqual(s[i - 1]);
            expect(S[b].im[i]).toBe(0);
          }
          within('svd ‖A−UΣVᴴ‖/‖A‖ (full)', label, fro(sub(a, mul(scaleCols(cols(U[b], k), s, zero), rows(VH[b], k)))) / na, tol);
          within('svd ‖UᴴU−I‖ (full)', label, orthCols(U[b]), tol);
          within('svd ‖VVᴴ−I‖ (full)', label, orthCols(ct(VH[b])), tol);
          within('svd ‖A−UΣVᴴ‖/‖A‖ (reduced)', label, fro(sub(a, mul(scaleCols(U2[b], S2[b].re, zero), VH2[b]))) / na, tol);
          within('svd ‖UᴴU−I‖ (reduced)', label, orthCols(U2[b]), tol);
          within('svd ‖VVᴴ−I‖ (reduced)', label, orthCols(ct(VH2[b])), tol);
          // the three calls agree on Σ; Σ's 2-norm equals ‖A‖_F
          const smax = s[0] ?? 0;
          for (let i = 0; i < k; i++) {
            within('svd Σ same across calls', label, Math.abs(S2[b].re[i] - s[i]) + Math.abs(SV[b].re[i] - s[i]), tol * smax);
          }
          within('svd Σσ² = ‖A‖_F²', label, Math.abs(Math.hypot(...s) - na) / na, tol);
        });
      });

      if (m === n) {
        it(`inv ${label}`, () => {
          const r = pyRun(`a = ${src}\n{'a': enc(a), 'x': enc(la.inv(a))}`);
          const A = mats(r.a), X = mats(r.x);
          A.forEach((a, b) => {
            const kappa = fro(a) * fro(X[b]);
            within('inv ‖A·inv(A)−I‖ / (n·κ_F·eps)', label, fro(sub(mul(a, X[b]), eye(n))), 10 * n * kappa * EPS);
            within('inv ‖inv(A)·A−I‖ / (n·κ_F·eps)', label, fro(sub(mul(X[b], a), eye(n))), 10 * n * kappa * EPS);
          });
        });

        it(`eigh ${label}`, () => {
          const r = pyRun(`a = ${src}\nh = (a + np.swapaxes(a, -1, -2).conj()) / 2\nw, v = la.eigh(h)\nwu, vu = la.eigh(h, UPLO='U')\n{'h': enc(h), 'w': enc(w), 'v': enc(v), 'wu': enc(wu), 'vu': enc(vu), 'wv': enc(la.eigvalsh(h))}`);
          expect(r.w.im, 'eigh eigenvalues are real').toBeUndefined();
          const H = mats(r.h), V = mats(r.v), VU = mats(r.vu), W = vecs(r.w), WU = vecs(r.wu), WV = vecs(r.wv);
          H.forEach((h, b) => {
            const nh = fro(h), zero = new Array(n).fill(0);
            for (let i = 1; i < n; i++) expect(W[b].re[i]).toBeGreaterThanOrEqual(W[b].re[i - 1]);
            within('eigh ‖HV−VΛ‖/‖H‖', label, fro(sub(mul(h, V[b]), scaleCols(V[b], W[b].re, zero))) / nh, tol);
            within('eigh ‖VᴴV−I‖', label, orthCols(V[b]), tol);
            within("eigh UPLO='U' ‖HV−VΛ‖/‖H‖", label, fro(sub(mul(h, VU[b]), scaleCols(VU[b], WU[b].re, zero))) / nh, tol);
            within("eigh UPLO='U' ‖VᴴV−I‖", label, orthCols(VU[b]), tol);
            for (let i = 0; i < n; i++) within('eigvalsh = eigh values', label, Math.abs(WV[b].re[i] - W[b].re[i]) + Math.abs(WU[b].re[i] - W[b].re[i]), tol * nh);
          });
        });

        it(`eig ${label}`, () => {
          const r = pyRun(`a = ${src}\nw, v = la.eig(a)\n{'a': enc(a), 'w': enc(w), 'v': enc(v), 'wv': enc(la.eigvals(a))}`);
          const A = mats(r.a), V = mats(r.v), W = vecs(r.w), WV = vecs(r.wv);
          A.forEach((a, b) => {
            const na = fro(a);
            within('eig ‖AV−VΛ‖/‖A‖', label, fro(sub(mul(a, V[b]), scaleCols(V[b], W[b].re, W[b].im))) / na, tol);
            // unit columns, as LAPACK normalizes them
            for (let j = 0; j < n; j++) {
              let s = 0;
              for (let i = 0; i < n; i++) s += V[b].re[i * n + j] ** 2 + V[b].im[i * n + j] ** 2;
              within('eig ‖v‖ = 1', label, Math.abs(Math.sqrt(s) - 1), tol);
            }
            // eigvals: the same multiset (each matched to its nearest eig value)
            const used = new Set<number>();
            for (let i = 0; i < n; i++) {
              let best = -1, bd = Infinity;
              for (let j = 0; j < n; j++) {
                const d = Math.hypot(WV[b].re[i] - W[b].re[j], WV[b].im[i] - W[b].im[j]);
                if (!used.has(j) && d < bd) [best, bd] = [j, d];
              }
              used.add(best);
              within('eigvals = eig values', label, bd, tol * na);
            }
          });
        });

        it(`cholesky ${label}`, () => {
          const r = pyRun(`a = ${src}\np = a @ np.swapaxes(a, -1, -2).conj() + np.eye(a.shape[-1])\n{'p': enc(p), 'l': enc(la.cholesky(p)), 'u': enc(la.cholesky(p, upper=True))}`);
          const P = mats(r.p), Lo = mats(r.l), Up = mats(r.u);
          P.forEach((p, b) => {
            const l = Lo[b];
            expect(maxAboveDiag(l), 'L lower triangular').toBe(0);
            expect(maxBelowDiag(Up[b]), 'U upper triangular').toBe(0);
            for (let i = 0; i < n; i++) {
              expect(l.re[i * n + i]).toBeGreaterThan(0);
              expect(l.im[i * n + i]).toBe(0);
            }
            within('cholesky ‖LLᴴ−P‖/‖P‖', label, fro(sub(mul(l, ct(l)), p)) / fro(p), tol);
            within('cholesky ‖UᴴU−P‖/‖P‖', label, fro(sub(mul(ct(Up[b]), Up[b]), p)) / fro(p), tol);
          });
        });
      }

      if (shape.length === 2) {
        it(`lstsq / pinv ${label}`, () => {
          const r = pyRun(`a = ${src}\nb = gen(${s + 1000}, (${m}, 2), ${cplx ? 'True' : 'False'})\nx, res, rk, sv = la.lstsq(a, b, rcond=None)\n{'a': enc(a), 'b': enc(b), 'x': enc(x), 'res': enc(res), 'rank': int(rk), 'p': enc(la.pinv(a))}`);
          const [a] = mats(r.a), [bm] = mats(r.b), [x] = mats(r.x), [p] = mats(r.p);
          const na = fro(a);
          expect(r.rank).toBe(k);
          // normal equations: Aᴴ(Ax − b) ≈ 0, relative to ‖A‖(‖A‖‖x‖ + ‖b‖)
          const resid = sub(mul(a, x), bm);
          within('lstsq ‖Aᴴ(Ax−b)‖', label, fro(mul(ct(a), resid)), tol * na * (na * fro(x) + fro(bm)));
          if (m > n) {
            // the reported residuals are ‖Ax − b‖² per column
            for (let j = 0; j < 2; j++) {
              let ss = 0;
              for (let i = 0; i < m; i++) ss += resid.re[i * 2 + j] ** 2 + resid.im[i * 2 + j] ** 2;
              within('lstsq residuals = ‖Ax−b‖²', label, Math.abs(r.res.re[j] - ss), tol * (ss + na * fro(x) * fro(bm)));
            }
          } else expect(r.res.shape).toEqual([0]);
          // Penrose conditions
          within('pinv ‖A·A⁺·A − A‖/‖A‖', label, fro(sub(mul(mul(a, p), a), a)) / na, tol * na * fro(p));
          within('pinv ‖A⁺·A·A⁺ − A⁺‖/‖A⁺‖', label, fro(sub(mul(mul(p, a), p), p)) / fro(p), tol * na * fro(p));
        });
      }
    }
  }
});

// ---------------------------------------------------------------- (b) ill-conditioned matrices

describe('(b) backward error on ill-conditioned matrices', () => {
  const names = Object.keys(fixture.ill).sort();
  it('has the ill-conditioned set', () => expect(names.length).toBeGreaterThanOrEqual(9));
  for (const name of names) {
    const ref = fixture.ill[name];
    it(name, () => {
      const r = pyRun(`a = make_ill(np)[${JSON.stringify(name)}]
q, r = la.qr(a)
u, s, vh = la.svd(a)
out = {'a': enc(a), 'q': enc(q), 'r': enc(r), 'u': enc(u), 's': enc(s), 'vh': enc(vh), 'x': enc(la.inv(a))}
try:
    out['l'] = enc(la.cholesky(a))
    w, v = la.eigh(a)
    out['w'] = enc(w); out['v'] = enc(v)
except la.LinAlgError:
    pass
out`);
      const [a] = mats(r.a), [q] = mats(r.q), [R] = mats(r.r), [u] = mats(r.u), [vh] = mats(r.vh), [x] = mats(r.x);
      const n = a.n, na = fro(a), s = r.s.re as number[], tol = 10 * n * EPS;
      within('ill qr ‖A−QR‖ ≤ c·n·eps·‖A‖', name, fro(sub(a, mul(q, R))), tol * na);
      within('ill qr ‖QᴴQ−I‖', name, orthCols(q), tol);
      expect(maxBelowDiag(R)).toBe(0);
      within('ill svd ‖A−UΣVᴴ‖ ≤ c·n·eps·‖A‖', name, fro(sub(a, mul(scaleCols(u, s, new Array(n).fill(0)), vh))), tol * na);
      within('ill svd ‖UᴴU−I‖', name, orthCols(u), tol);
      within('ill svd ‖VVᴴ−I‖', name, orthCols(ct(vh)), tol);
      // singular values are perturbed by at most ‖δA‖₂ (Weyl): absolute agreement with NumPy's to c·n·eps·σ_max
      ref.s.forEach((sv: number, i: number) => within('ill svd σ vs NumPy (abs, Weyl)', name, Math.abs(s[i] - sv), tol * ref.s[0]));
      // ‖A·inv(A) − I‖ ≤ c·n·cond(A)·eps (cond from NumPy's singular values)
      within('ill ‖A·inv(A)−I‖ ≤ c·n·cond·eps', name, fro(sub(mul(a, x), eye(n))), 10 * n * ref.cond * EPS);
      if (r.l) {
        const [l] = mats(r.l), [v] = mats(r.v);
        const w = r.w.re as number[];
        within('ill cholesky ‖LLᴴ−A‖ ≤ c·n·eps·‖A‖', name, fro(sub(mul(l, ct(l)), a)), tol * na);
        within('ill eigh ‖AV−VΛ‖ ≤ c·n·eps·‖A‖', name, fro(sub(mul(a, v), scaleCols(v, w, new Array(n).fill(0)))), tol * na);
        within('ill eigh ‖VᴴV−I‖', name, orthCols(v), tol);
        // for a positive definite A the eigenvalues are its singular values
        const sorted = [...ref.s].reverse();
        w.forEach((wi, i) => within('ill eigh λ vs NumPy σ (abs)', name, Math.abs(wi - sorted[i]), tol * ref.s[0]));
      }
    });
  }
});

// ---------------------------------------------------------------- (c) agreement with NumPy

const RTOL = 1e-10;

/** a recorded number: JSON number, or 'nan' / 'inf' / '-inf' as repr strings */
const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v));

function compare(key: string, mode: string, want: any, got: any): void {
  if ('error' in want || 'value' in want || got === undefined || 'error' in got || 'value' in got) {
    expect(got, key).toEqual(want);
    return;
  }
  expect(got.shape, `${key} shape`).toEqual(want.shape);
  expect(!!got.im, `${key} complex result`).toBe(!!want.im);
  const wr = want.re.map(num), wi = want.im ? want.im.map(num) : wr.map(() => 0);
  const gr = got.re as number[], gi = got.im ? (got.im as number[]) : gr.map(() => 0);
  const mag = (i: number, r: number[], im: number[]) => Math.hypot(r[i], im[i]);
  if (mode === 'exact') {
    expect(gr, key).toEqual(wr);
    expect(gi, key).toEqual(wi);
    return;
  }
  if (mode === 'elem') {
    for (let i = 0; i < wr.length; i++) {
      const err = Math.hypot(gr[i] - wr[i], gi[i] - wi[i]);
      within(`agree elem`, `${key}[${i}]`, err, RTOL * mag(i, wr, wi) + 1e-300);
    }
    return;
  }
  // 'norm' and 'eig' per innermost row for eig sets, per whole array for norm
  if (mode === 'eig') {
    const k = want.shape[want.shape.length - 1];
    for (let b = 0; b < wr.length / k; b++) {
      let scale = 0;
      for (let i = 0; i < k; i++) scale = Math.max(scale, mag(b * k + i, wr, wi));
      const used = new Set<number>();
      for (let i = 0; i < k; i++) {
        let best = -1, bd = Infinity;
        for (let j = 0; j < k; j++) {
          const d = Math.hypot(gr[b * k + j] - wr[b * k + i], gi[b * k + j] - wi[b * k + i]);
          if (!used.has(j) && d < bd) [best, bd] = [j, d];
        }
        used.add(best);
        within('agree eig (normwise)', `${key}[${b}]`, bd, RTOL * scale);
      }
    }
    return;
  }
  let scale = 0, err = 0;
  for (let i = 0; i < wr.length; i++) {
    scale = Math.max(scale, mag(i, wr, wi));
    err = Math.max(err, Math.hypot(gr[i] - wr[i], gi[i] - wi[i]));
  }
  within('agree norm (normwise)', key, err, RTOL * scale);
}

describe('(c) agreement with NumPy on well-conditioned matrices (1e-10 relative)', () => {
  let got: Record<string, [string, any]>;
  beforeAll(() => {
    got = pyRun('run_all(np)');
  });
  const want: Record<string, [string, any]> = fixture.results;
  const keys = Object.keys(want);
  it('recorded with NumPy 2.x, a substantial set', () => {
    expect(fixture.numpy.startsWith('2.')).toBe(true);
    expect(keys.length).toBeGreaterThan(1000);
  });
  it('ndpy evaluates exactly the recorded quantities', () => {
    expect(Object.keys(got).sort()).toEqual([...keys].sort());
  });
  // one test per case (matrix), all its quantities inside
  const byCase = new Map<string, string[]>();
  for (const k of keys) {
    const c = k.slice(0, k.indexOf('.'));
    if (!byCase.has(c)) byCase.set(c, []);
    byCase.get(c)!.push(k);
  }
  for (const [c, ks] of byCase) {
    it(c, () => {
      for (const k of ks) {
        const [mode, w] = want[k];
        expect(got[k]?.[0], k).toBe(mode);
        compare(k, mode, w, got[k][1]);
      }
    });
  }
});

// ---------------------------------------------------------------- summary

describe('summary', () => {
  it('reports the worst observed error per check (as a fraction of its tolerance)', () => {
    const lines = [...worst.entries()].sort((a, b) => b[1].ratio - a[1].ratio).map(([k, w]) => `${w.ratio.toExponential(2).padStart(9)}  ${k}  (err ${w.err.toExponential(2)}, tol ${w.tol.toExponential(2)}; ${w.where})`);
    console.log(`${checks} tolerance checks; worst error/tolerance per check:\n${lines.join('\n')}`);
    expect(checks).toBeGreaterThan(0);
  });
});
