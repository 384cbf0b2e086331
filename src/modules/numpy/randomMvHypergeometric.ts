/**
 * Generator.multivariate_hypergeometric: draws of `nsample` items without replacement from urns of
 * `colors` items, as counts per colour, with NumPy 2.4's checks and both of its methods step for step
 * (distributions.c): "marginals" draws each colour but the last as a hypergeometric of that colour
 * against the colours after it; "count" runs a partial Fisher-Yates shuffle of one list of colour
 * labels that carries over from one variate to the next. When nsample is more than half the total both
 * draw the complement and subtract it from `colors`, as NumPy does. The result has shape
 * size + (len(colors),), int64.
 */
import { NDArray } from '../../../runtime/ndarray';
import { BitGenerator } from '../../../runtime/random/bitGenerator';
import { hypergeometric } from '../../../runtime/random/hypergeometric';
import { randomInterval } from '../../../runtime/random/boundedIntegers';
import { throwPy } from '../../objects/errors';
import { Method } from '../../objects/types/define';
import { index as pyIndex } from '../../objects/protocols';
import { asArray } from './coerce';
import { sizeShape, fillInt64, namedArgs } from './randomArgs';

type Src = { bg: BitGenerator };

const INT64_MAX = '9223372036854775807';
/** the largest total the "count" method takes here (it holds one label per item) */
const COUNT_LIMIT = 100000000;

function colorsOf(v: any): number[] {
  const bad = () => throwPy('ValueError', `colors must be a one-dimensional sequence of nonnegative integers not exceeding ${INT64_MAX}.`);
  const a = asArray(v);
  if (a.ndim !== 1) bad();
  if (a.size > 0 && a.dtype.kind !== 'i' && a.dtype.kind !== 'u') bad();
  const c = Array.from(a.toArray(), Number);
  if (c.some((x) => x < 0)) bad();
  return c;
}

/** one variate by the "marginals" method into out[off..] (nsample already at most half the total) */
function marginals(bg: BitGenerator, colors: number[], total: number, nsample: number, out: number[], off: number): void {
  let left = nsample, remaining = total;
  for (let j = 0; left > 0 && j + 1 < colors.length; j++) {
    remaining -= colors[j];
    const r = hypergeometric(bg, colors[j], remaining, left);
    out[off + j] = r;
    left -= r;
  }
  if (left > 0) out[off + colors.length - 1] = left;
}

function multivariateHypergeometric(g: Src, p: Record<string, any>): NDArray {
  const method = p.method ?? 'marginals';
  if (method !== 'count' && method !== 'marginals') throwPy('ValueError', 'method must be "count" or "marginals".');
  let nsample: number;
  try {
    nsample = pyIndex(p.nsample);
  } catch {
    throwPy('ValueError', 'nsample must be an integer');
  }
  if (nsample < 0) throwPy('ValueError', 'nsample must be nonnegative.');
  const colors = colorsOf(p.colors);
  const total = colors.reduce((s, x) => s + x, 0);
  if (method === 'count' && total > COUNT_LIMIT) throwPy('MemoryError', `Insufficient memory for multivariate_hypergeometric with method='count' and sum(colors)=${total}`);
  const k = colors.length;
  const shape = [...(sizeShape(p.size) ?? []), k];
  const n = shape.reduce((a, b) => a * b, 1);
  const out = new Array(n).fill(0);
  if (k > 0 && nsample > total) throwPy('ValueError', 'nsample > sum(colors)');
  if (k > 0 && total > 0 && nsample > 0) {
    const complement = nsample > Math.floor(total / 2);
    const draws = complement ? total - nsample : nsample;
    const labels: number[] = [];
    if (method === 'count') colors.forEach((c, i) => { for (let j = 0; j < c; j++) labels.push(i); });
    for (let off = 0; off < n; off += k) {
      if (method === 'marginals') marginals(g.bg, colors, total, draws, out, off);
      else {
        for (let j = 0; j < draws; j++) {
          const q = j + randomInterval(g.bg, total - j - 1);
          [labels[q], labels[j]] = [labels[j], labels[q]];
        }
        for (let j = 0; j < draws; j++) out[off + labels[j]]++;
      }
      if (complement) for (let c = 0; c < k; c++) out[off + c] = colors[c] - out[off + c];
    }
  }
  return fillInt64(shape, (i) => out[i]);
}

export const generatorMvHypergeometricMethods: Record<string, Method> = {
  multivariate_hypergeometric: (g: Src, args, kw) => {
    const p = namedArgs('multivariate_hypergeometric', args, kw, ['colors', 'nsample', 'size', 'method']);
    if (p.colors === undefined || p.nsample === undefined) {
      // Cython's wording
      const given = [p.colors, p.nsample].filter((x) => x !== undefined).length;
      throwPy('TypeError', `multivariate_hypergeometric() takes at least 2 positional arguments (${given} given)`);
    }
    return multivariateHypergeometric(g, p);
  },
};

