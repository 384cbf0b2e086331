/**
 * NumPy's pairwise summation, which sets the last digits of every float and complex sum: blocks of up to
 * 128 values are added in 8 interleaved accumulators combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)),
 * longer runs are split in two halves (a multiple of 8 first) summed recursively. For complex values
 * NumPy runs the same scheme over the interleaved real/imaginary scalars, so each part has 4 lanes
 * (elements 0,1,2,3 mod 4) combined as (l0+l1)+(l2+l3). `rnd` rounds each step to a narrower float.
 */
import type { Complex } from './elements';

/** NumPy's pairwise summation (PW_BLOCKSIZE 128, 8 accumulators) over n values read by `get(i)`. */
export function pairwise(get: (i: number) => number, start: number, n: number, rnd: (x: number) => number = (x) => x): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res = rnd(res + get(start + i));
    return res;
  }
  if (n <= 128) {
    const r = [0, 0, 0, 0, 0, 0, 0, 0];
    for (let j = 0; j < 8; j++) r[j] = get(start + j);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] = rnd(r[j] + get(start + i + j));
    let res = rnd(rnd(rnd(r[0] + r[1]) + rnd(r[2] + r[3])) + rnd(rnd(r[4] + r[5]) + rnd(r[6] + r[7])));
    for (; i < n; i++) res = rnd(res + get(start + i));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return rnd(pairwise(get, start, n2, rnd) + pairwise(get, start + n2, n - n2, rnd));
}

/** NumPy's complex pairwise sum of n values read by `get(i)`: [real part, imaginary part]. */
export function complexPairwise(get: (i: number) => Complex, start: number, n: number, rnd: (x: number) => number = (x) => x): [number, number] {
  if (n < 4) {
    let re = 0, im = 0;
    for (let i = 0; i < n; i++) {
      const v = get(start + i);
      re = rnd(re + v.re);
      im = rnd(im + v.im);
    }
    return [re, im];
  }
  if (n <= 64) {
    const re = [0, 0, 0, 0], im = [0, 0, 0, 0];
    for (let j = 0; j < 4; j++) {
      const v = get(start + j);
      re[j] = v.re;
      im[j] = v.im;
    }
    let i = 4;
    for (; i < n - (n % 4); i += 4) {
      for (let j = 0; j < 4; j++) {
        const v = get(start + i + j);
        re[j] = rnd(re[j] + v.re);
        im[j] = rnd(im[j] + v.im);
      }
    }
    let rr = rnd(rnd(re[0] + re[1]) + rnd(re[2] + re[3]));
    let ri = rnd(rnd(im[0] + im[1]) + rnd(im[2] + im[3]));
    for (; i < n; i++) {
      const v = get(start + i);
      rr = rnd(rr + v.re);
      ri = rnd(ri + v.im);
    }
    return [rr, ri];
  }
  // NumPy halves the 2n scalars, less a remainder mod 8 scalars: n - n % 8 scalars, (n - n % 8) / 2 values
  const h = (n - (n % 8)) / 2;
  const [r1, i1] = complexPairwise(get, start, h, rnd);
  const [r2, i2] = complexPairwise(get, start + h, n - h, rnd);
  return [rnd(r1 + r2), rnd(i1 + i2)];
}

/**
 * The subtrees of NumPy's pairwise tree over n values at the first depth where each holds at most
 * `piece` values, in order: the pairwise sum of each is the pairwise sum of its values alone, so kernels
 * may sum the pieces separately (in any order, on any thread) and `combinePieces` adds them as the top
 * of the tree does. `depth` is 0 when n ≤ piece (one piece).
 */
export function pairwisePieces(n: number, piece: number): { starts: number[]; lens: number[]; depth: number } {
  let depth = 0;
  while (n / 2 ** depth > piece) depth++;
  const starts: number[] = [], lens: number[] = [];
  const cut = (s: number, len: number, d: number): void => {
    if (d === 0) return void (starts.push(s), lens.push(len));
    const n2 = Math.floor(len / 2) - (Math.floor(len / 2) % 8);
    cut(s, n2, d - 1);
    cut(s + n2, len - n2, d - 1);
  };
  cut(0, n, depth);
  return { starts, lens, depth };
}

/** The top of the pairwise tree over the sums of `pairwisePieces` at `depth`: left subtree first. */
export function combinePieces(sums: ArrayLike<number>, depth: number, rnd: (x: number) => number = (x) => x): number {
  let next = 0;
  const combine = (d: number): number => (d === 0 ? sums[next++] : rnd(combine(d - 1) + combine(d - 1)));
  return combine(depth);
}
