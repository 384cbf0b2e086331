// NumPy's float32 exp/log SIMD algorithms, compared bit for bit with results recorded from NumPy 2.4.6
// (test/runtime/record_float32.py writes float32Simd.json: [input bits, output bits] pairs).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expf, logf } from '../../runtime/math/float32Simd';

const data = JSON.parse(readFileSync(join(__dirname, 'float32Simd.json'), 'utf8')) as Record<string, [number, number][]>;
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const fromBits = (b: number) => ((u32[0] = b), f32[0]);
const toBits = (x: number) => ((f32[0] = x), u32[0]);

describe('float32 exp/log as NumPy computes them', () => {
  for (const [name, fn] of [['exp', expf], ['log', logf]] as const) {
    it(`${name}: every recorded value bit-identical`, () => {
      const bad = data[name].filter(([x, y]) => toBits(fn(fromBits(x))) !== y);
      expect(bad.slice(0, 3)).toEqual([]);
      expect(data[name].length).toBeGreaterThan(3000);
    });
  }
});
