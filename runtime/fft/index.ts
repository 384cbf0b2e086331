/**
 * One-dimensional FFTs as numpy.fft computes them (pocketfft, NumPy ≥ 2.0): `complexFft` transforms n
 * interleaved complex values in place, `realForward` / `realBackward` convert between n reals and the
 * FFTPACK halfcomplex order (r0, re1, im1, …). Each length gets a plan chosen by pocketfft's rule —
 * FFTPACK mixed radix unless n ≥ 50 has a prime factor p with p² > n and Bluestein's estimated cost
 * (×1.5 fudge) is lower — and plans are cached per length (a small LRU).
 */
import { ComplexPlan } from './complexPlan';
import { RealPlan } from './realPlan';
import { BluesteinPlan } from './bluestein';
import { costGuess, goodSizeCmplx, largestPrimeFactor } from './twiddle';

function useBluestein(n: number, realFactor: number): boolean {
  const lpf = n < 50 ? 0 : largestPrimeFactor(n);
  if (lpf * lpf <= n) return false;
  const comp1 = realFactor * costGuess(n);
  const comp2 = 2 * costGuess(goodSizeCmplx(2 * n - 1)) * 1.5;
  return comp2 < comp1;
}

const CACHE_SIZE = 16;
const complexPlans = new Map<number, ComplexPlan | BluesteinPlan>();
const realPlans = new Map<number, RealPlan | BluesteinPlan>();

function cached<T>(cache: Map<number, T>, n: number, make: () => T): T {
  let p = cache.get(n);
  if (p !== undefined) {
    cache.delete(n);
  } else {
    p = make();
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as number);
  }
  cache.set(n, p);
  return p;
}

/** In-place complex DFT of c (n = c.length/2 values; e^-2πi when `forward`), scaled by fct. */
export function complexFft(c: Float64Array, fct: number, forward: boolean): void {
  const n = c.length / 2;
  const plan = cached(complexPlans, n, () => (useBluestein(n, 1) ? new BluesteinPlan(n) : new ComplexPlan(n)));
  plan.exec(c, fct, forward);
}

/** In place: n reals → halfcomplex, scaled by fct. */
export function realForward(c: Float64Array, fct: number): void {
  const plan = realPlan(c.length);
  if (plan instanceof BluesteinPlan) plan.execReal(c, fct, true);
  else plan.exec(c, fct, true);
}

/** In place: halfcomplex → n reals (unnormalised inverse), scaled by fct. */
export function realBackward(c: Float64Array, fct: number): void {
  const plan = realPlan(c.length);
  if (plan instanceof BluesteinPlan) plan.execReal(c, fct, false);
  else plan.exec(c, fct, false);
}

function realPlan(n: number): RealPlan | BluesteinPlan {
  return cached(realPlans, n, () => (useBluestein(n, 0.5) ? new BluesteinPlan(n) : new RealPlan(n)));
}
