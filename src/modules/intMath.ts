/**
 * Integer kernels of the `math` module on Python ints (a JS number in the safe range, a bigint beyond):
 * factorial (binary-splitting product), gcd, isqrt (Newton iteration from an over-estimate), perm and
 * comb (exact bigint products). Arguments arrive already converted by `toIndex` (math.ts); results are
 * normalised with `norm`. Error messages and limits (LLONG_MAX) follow CPython 3.11's mathmodule.c.
 */
import { throwPy } from '../objects/errors';
import { norm } from '../objects/arith';

export const big = (v: number | bigint): bigint => (typeof v === 'bigint' ? v : BigInt(v));

function factorialBig(n: number): bigint {
  // product of [lo, hi] by binary splitting
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 16) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= BigInt(i);
      return r;
    }
    const mid = (lo + hi) >>> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  return n < 2 ? 1n : prod(2, n);
}

export function factorial(n: number | bigint): number | bigint {
  if (n < 0) throwPy('ValueError', 'factorial() not defined for negative values');
  if (typeof n === 'bigint' || n > 9223372036854775807) throwPy('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
  if (n <= 18) {
    let r = 1;
    for (let i = 2; i <= n; i++) r *= i;
    return r;
  }
  return norm(factorialBig(n));
}

export function gcd2(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y) {
      const t: number = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = big(a);
  let y = big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y) {
    const t = x % y;
    x = y;
    y = t;
  }
  return norm(x);
}

export function absInt(a: number | bigint): number | bigint {
  return typeof a === 'number' ? Math.abs(a) : norm(a < 0n ? -a : a);
}

export function isqrt(n: number | bigint): number | bigint {
  if (n < 0) throwPy('ValueError', 'isqrt() argument must be nonnegative');
  if (typeof n === 'number' && n < 2 ** 52) {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  const N = big(n);
  // Newton iteration from an over-estimate
  let x = 1n << BigInt(Math.ceil(N.toString(2).length / 2));
  for (;;) {
    const y = (x + N / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return norm(x);
}

const LLONG_MAX = 9223372036854775807n;

export function perm(n: number | bigint, k: number | bigint | null): number | bigint {
  if (k === null) return factorial(n);
  if (n < 0) throwPy('ValueError', 'n must be a non-negative integer');
  if (k < 0) throwPy('ValueError', 'k must be a non-negative integer');
  if (big(k) > big(n)) return 0;
  if (big(k) > LLONG_MAX) throwPy('OverflowError', `k must not exceed ${LLONG_MAX}`);
  const N = big(n);
  const K = Number(k);
  let r = 1n;
  for (let i = 0; i < K; i++) r *= N - BigInt(i);
  return norm(r);
}

export function comb(n: number | bigint, k: number | bigint): number | bigint {
  if (n < 0) throwPy('ValueError', 'n must be a non-negative integer');
  if (k < 0) throwPy('ValueError', 'k must be a non-negative integer');
  const N = big(n);
  let K = big(k);
  if (K > N) return 0;
  if (N - K < K) K = N - K;
  if (K > LLONG_MAX) throwPy('OverflowError', `min(n - k, k) must not exceed ${LLONG_MAX}`);
  let r = 1n;
  const kk = Number(K);
  for (let i = 1; i <= kk; i++) r = (r * (N - K + BigInt(i))) / BigInt(i);
  return norm(r);
}
