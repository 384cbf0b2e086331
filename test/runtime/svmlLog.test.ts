// NumPy's float64 log (Intel SVML's log8_ha arithmetic, runtime/math/svmlLog.ts): recorded NumPy 2.4.6
// results on x86-64 AVX-512 (float.hex; most picked where NumPy differs from glibc's log, the rest at the
// reciprocal table's steps, subnormals and edges), special values, and the inline WebAssembly kernel
// (runtime/wasm/svmlLogCode.ts) against the JS reference on random arguments in every range.
// Runs over 2·10^7 arguments against NumPy itself live outside the suite (see the commit message).
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64 } from './float64Harness';
import { svmlLog } from '../../runtime/math/svmlLog';

// [x, np.log(x)] from python3 + NumPy 2.4.6
const NUMPY: [string, string][] = [
  ['0x1.54061017cea24p+3', '0x1.2e7ff03762c2bp+1'],
  ['0x1.7d4068acc6630p-1', '-0x1.2df11e6983273p-2'],
  ['0x1.ed2fb5bdb8988p-1', '-0x1.32b01ec371f0ap-5'],
  ['0x1.02fab31a66180p+0', '0x1.7b25d813815edp-7'],
  ['0x1.04f4cc2f9da06p+0', '0x1.3a2afd1bfd899p-6'],
  ['0x1.01940037b14aep+0', '0x1.92c2bd3158b1cp-8'],
  ['0x1.ea76e726262c8p-1', '-0x1.6006635605633p-5'],
  ['0x1.f8542bc51430cp-1', '-0x1.eeac20c576b23p-7'],
  ['0x1.3bfbcd32e4708p-2', '-0x1.2d00041206257p+0'],
  ['0x1.fcc49b0c856f4p-1', '-0x1.9f02283f22245p-8'],
  ['0x1.03ffe86704316p+0', '0x1.fbfeed0969386p-7'],
  ['0x1.ee2108264bc82p+0', '0x1.50b377dfd5a99p-1'],
  ['0x1.0d7068db7ea12p+0', '0x1.a324ab6168efap-5'],
  ['0x1.0d5100d18e336p+0', '0x1.9f699328d9a87p-5'],
  ['0x1.83672abf00a2cp+0', '0x1.a83b1fbd1a168p-2'],
  ['0x1.4d02b146bd4a4p+1', '0x1.e98bae71f9a3ap-1'],
  ['0x1.f1e051af0e4b0p-1', '-0x1.ca4f9a0f2d4bcp-6'],
  ['0x1.fb198dee3a464p-1', '-0x1.3b1f2c9ea1a14p-7'],
  ['0x1.e3d03c1aa4b50p-1', '-0x1.cfdfd97cc07c6p-5'],
  ['0x1.a41bdc735dc10p-1', '-0x1.951dd720af8e9p-3'],
  ['0x1.18e674441b8d2p+0', '0x1.7c32f76622d48p-4'],
  ['0x1.d405fc7baddd8p-1', '-0x1.6fd8cc83f9d65p-4'],
  ['0x1.068c8e0414b1cp+0', '0x1.9dddfe272adcbp-6'],
  ['0x1.f6467a0835744p+1', '0x1.5dfb73d850ee8p+0'],
  ['0x1.040e000001000p+29', '0x1.41df294a6742fp+4'],
  ['0x1.040f000001000p+2', '0x1.66eb098506686p+0'],
  ['0x1.1f6f000001000p+10', '0x1.c306bcc4442f4p+2'],
  ['0x1.1f70000001000p-23', '-0x1.fa7327fc0b8f3p+3'],
  ['0x1.4142000001000p+49', '0x1.1187bcf29e390p+5'],
  ['0x1.4143000001000p-47', '-0x1.02ce8494dd88bp+5'],
  ['0x1.6c14000001000p+29', '0x1.47415e80b565bp+4'],
  ['0x1.6c15000001000p-23', '-0x1.f2e2c849454a0p+3'],
  ['0x1.a419000001000p-25', '-0x1.0d557b875de8dp+4'],
  ['0x1.a41a000001000p-48', '-0x1.0634ba1dcb824p+5'],
  ['0x1.f07f000001000p-16', '-0x1.4db1d24940570p+3'],
  ['0x1.f080000001000p-37', '-0x1.8fbea059f1eb3p+4'],
  ['0x0.0000000000001p-1022', '-0x1.74385446d71c3p+9'],
  ['0x0.c000000000000p-1022', '-0x1.6257909bce36ep+9'],
  ['0x1.0000000000000p+0', '0x0.0p+0'],
  ['0x1.0000000000000p+1', '0x1.62e42fefa39efp-1'],
  ['0x1.0000000000000p-1', '-0x1.62e42fefa39efp-1'],
  ['0x1.fffffffffffffp+1023', '0x1.62e42fefa39efp+9'],
  ['0x1.0000000000001p+0', '0x1.fffffffffffffp-53'],
  ['0x1.fffffffffffffp-1', '-0x1.0000000000000p-53'],
];

const rnd = lcg(2024);

describe('svmlLog', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const k = runFloat64('log', [xs]);
    NUMPY.forEach(([x, y], i) => {
      expect(svmlLog(xs[i]), x).toBe(hex(y));
      expect(k[i], x).toBe(hex(y));
    });
  });

  it('special values', () => {
    const xs = [0, -0, -1, Infinity, -Infinity, NaN, -5e-324];
    const want = [-Infinity, -Infinity, NaN, Infinity, NaN, NaN, NaN];
    const k = runFloat64('log', [Float64Array.from(xs)]);
    xs.forEach((x, i) => {
      expect(same(svmlLog(x), want[i]), String(x)).toBe(true);
      expect(same(k[i], want[i]), String(x)).toBe(true);
    });
  });

  it('kernel agrees with the JS reference over every range', () => {
    const n = 200000;
    const xs = new Float64Array(n);
    const bits = new BigUint64Array(1);
    const asF = new Float64Array(bits.buffer);
    for (let i = 0; i < n; i++) {
      switch (i % 5) {
        case 0: xs[i] = rnd() * 4; break;
        case 1: xs[i] = 2 ** (rnd() * 2098 - 1074); break;
        case 2: xs[i] = 1 + (rnd() - 0.5) * 2 ** -(rnd() * 40); break;
        case 3: xs[i] = (1 + (Math.floor(rnd() * 65536) + (rnd() < 0.5 ? 0 : 1 - 2 ** -30)) / 65536) * 2 ** Math.floor(rnd() * 200 - 100); break;
        default:
          bits[0] = (BigInt(Math.floor(rnd() * 2 ** 32)) << 32n) | BigInt(Math.floor(rnd() * 2 ** 32));
          xs[i] = asF[0];
      }
    }
    const k = runFloat64('log', [xs]);
    let bad = 0;
    for (let i = 0; i < n; i++) if (!same(k[i], svmlLog(xs[i]))) bad++;
    expect(bad).toBe(0);
  });
});
