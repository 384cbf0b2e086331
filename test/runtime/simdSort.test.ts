// np.argsort's tie order with the default kind, compared index for index with NumPy 2.4.6 on an AVX-512
// machine (scripts/recordArgsort.py writes argsortTies.json: arrays with many ties, NaNs, ±0 and the dtype's
// extreme values, sizes 1..40 and up to 1000 for the x86-simd-sort dtypes).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as D from '../../runtime/dtype';
import { Complex } from '../../runtime/elements';
import { defaultArgsort } from '../../runtime/argsort';
import { simdArgsort } from '../../runtime/simdSort';
import { npyArgQuicksort, stdSort } from '../../runtime/stdSort';

interface Case {
  dtype: string;
  values: any[];
  argsort: number[];
}
const data = JSON.parse(readFileSync(join(__dirname, 'argsortTies.json'), 'utf8')) as { cases: Case[] };

const float = (v: number | string) => (typeof v === 'number' ? v : v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : Number(v));
function decode(dt: D.DType, v: any): any {
  if (dt.kind === 'b') return v ? 1 : 0;
  if (dt.kind === 'i' || dt.kind === 'u') return typeof v === 'string' ? BigInt(v) : v;
  if (dt.kind === 'f') return float(v);
  return new Complex(float(v[0]), float(v[1]));
}

const byDtype = new Map<string, Case[]>();
for (const c of data.cases) byDtype.set(c.dtype, [...(byDtype.get(c.dtype) ?? []), c]);

describe('default-kind argsort matches NumPy tie for tie', () => {
  for (const [name, cases] of byDtype) {
    it(`${name}: ${cases.length} arrays`, () => {
      const dt = D.BY_NAME[name];
      const bad = cases
        .map((c) => ({ n: c.values.length, got: defaultArgsort(dt, c.values.map((v) => decode(dt, v))), want: c.argsort }))
        .filter((r) => r.got.some((x, i) => x !== r.want[i]));
      expect(bad.slice(0, 2)).toEqual([]);
    });
  }
});

describe('sorting building blocks', () => {
  it('the SIMD network keeps a key equal to the padding value inside the array', () => {
    const keys = [Infinity, 1, Infinity, Infinity, 1, Infinity, Infinity, 1, Infinity];
    expect(simdArgsort(keys, Infinity, -Infinity, true)).toEqual([1, 4, 7, 0, 3, 2, 5, 6, 8]); // NumPy 2.4.6
  });
  it('already ordered input comes back as the identity, ties included', () => {
    const keys = Array.from({ length: 600 }, (_, i) => Math.floor(i / 100));
    expect(simdArgsort(keys, Infinity, -Infinity, false)).toEqual(keys.map((_, i) => i));
  });
  it('std::sort and NumPy quicksort sort large inputs', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 13);
    const less = (i: number, j: number) => keys[i] < keys[j];
    const idx = keys.map((_, i) => i);
    stdSort(idx, 0, idx.length, less);
    const q = npyArgQuicksort(keys.length, less);
    for (const p of [idx, q]) {
      for (let i = 1; i < p.length; i++) expect(keys[p[i - 1]] <= keys[p[i]]).toBe(true);
      expect(new Set(p).size).toBe(keys.length);
    }
  });
});
