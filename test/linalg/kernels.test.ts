// Numeric kernels checked against fixtures recorded from python3 by test/linalg/record.py: glibc's sin/cos
// (the FFT twiddle factors depend on their exact rounding) and FFT round trips of the pocketfft port.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glibcSin, glibcCos } from '../../runtime/math/glibcSinCos';
import { complexFft, realForward, realBackward } from '../../runtime/fft/index';

function fromHex(s: string): number {
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`bad hex float ${s}`);
  const frac = m[3] ? parseInt(m[3], 16) / 16 ** m[3].length : 0;
  const v = (Number(m[2]) + frac) * 2 ** Number(m[4]);
  return m[1] ? -v : v;
}

describe('glibc sin/cos emulation', () => {
  const rows: [string, string, string][] = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'glibc_sincos.json'), 'utf8'));
  it('matches math.sin / math.cos bit for bit', () => {
    let bad = 0;
    for (const [x, s, c] of rows) {
      const v = fromHex(x);
      if (glibcSin(v) !== fromHex(s) || glibcCos(v) !== fromHex(c) || glibcSin(-v) !== -fromHex(s)) bad++;
    }
    expect(rows.length).toBeGreaterThan(1000);
    expect(bad).toBe(0);
  });
});

describe('pocketfft port', () => {
  const lengths = [1, 2, 7, 13, 16, 60, 97, 128, 210, 257, 1000, 1013];
  it('inverts: ifft(fft(x)) ≈ x and irfft(rfft(x)) ≈ x', () => {
    for (const n of lengths) {
      const x = new Float64Array(2 * n).map((_, i) => ((i * 37) % 101) / 7 - 3);
      const y = x.slice();
      complexFft(y, 1, true);
      complexFft(y, 1 / n, false);
      for (let i = 0; i < 2 * n; i++) expect(Math.abs(y[i] - x[i])).toBeLessThan(1e-12);
      const r = x.slice(0, n);
      const h = r.slice();
      realForward(h, 1);
      realBackward(h, 1 / n);
      for (let i = 0; i < n; i++) expect(Math.abs(h[i] - r[i])).toBeLessThan(1e-12);
    }
  });
  it('agrees with a direct DFT', () => {
    const n = 31;
    const x = new Float64Array(2 * n).map((_, i) => Math.cos(i));
    const y = x.slice();
    complexFft(y, 1, true);
    for (let k = 0; k < n; k++) {
      let re = 0, im = 0;
      for (let j = 0; j < n; j++) {
        const a = (-2 * Math.PI * j * k) / n;
        re += x[2 * j] * Math.cos(a) - x[2 * j + 1] * Math.sin(a);
        im += x[2 * j] * Math.sin(a) + x[2 * j + 1] * Math.cos(a);
      }
      expect(Math.abs(y[2 * k] - re)).toBeLessThan(1e-10);
      expect(Math.abs(y[2 * k + 1] - im)).toBeLessThan(1e-10);
    }
  });
});
