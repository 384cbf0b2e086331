// NumPy's float64 power (Intel SVML's pow8_ha main path, runtime/math/svmlPow.ts): recorded NumPy 2.4.6
// results on x86-64 AVX-512 (float.hex; most picked where NumPy differs from glibc's pow), the
// scalar-exponent fast path NumPy's loop takes (1/x, 1, sqrt, x, x·x), and the WebAssembly kernel
// (which runs that fast path inline and calls the JS reference otherwise) against the JS reference.
import { describe, it, expect } from 'vitest';
import { hex, same, lcg, runFloat64 } from './float64Harness';
import { svmlPow, powerStride0 } from '../../runtime/math/svmlPow';

// [x, y, np.power(x, y)] from python3 + NumPy 2.4.6, both operands arrays (no scalar fast path)
const NUMPY: [string, string, string][] = [
  ['0x1.cdf3639bc5252p+0', '0x1.3bce51f48ba70p+1', '0x1.1294917f719dbp+2'],
  ['0x1.8982763e6081ep+0', '0x1.42988699ff0d6p+3', '0x1.310ad048685a2p+6'],
  ['0x1.78abbc017930dp+1', '-0x1.f54eebccfe67ap+3', '0x1.858f81c98279ap-25'],
  ['0x1.0f50a9a6f3880p+0', '0x1.4eb1f8c48c314p+3', '0x1.d613651b158d0p+0'],
  ['0x1.44d2618ac9875p+1', '0x1.0b88448f8159cp+2', '0x1.8861458c5e776p+5'],
  ['0x1.b96f5b62f1350p-5', '-0x1.2e1286f9fbea2p+4', '0x1.78b07c4c5ea39p+79'],
  ['0x1.e2cb81d2a4ba3p-1', '0x1.3bf15488d5054p+4', '0x1.4116603a18d03p-2'],
  ['0x1.9e58452293c4cp-3', '0x1.ce8c0e9d4bc94p+3', '0x1.997a90cd89604p-34'],
  ['0x1.7876e703dfd50p-1', '-0x1.380491528737cp+4', '0x1.9210715de291ep+8'],
  ['0x1.e0de32b3aacdep+0', '-0x1.429c9beabaea0p+1', '0x1.a2194606289eap-3'],
  ['0x1.eabf20ba94666p-2', '-0x1.5917e7229b480p+1', '0x1.d0f4721bf3ee5p+2'],
  ['0x1.7eab95a80060ap+0', '0x1.60324d503fe6cp+2', '0x1.24596b08a15bcp+3'],
  ['0x1.08b20a70fd5e4p-2', '-0x1.01d0597837bccp+2', '0x1.d17980a4199cap+7'],
  ['0x1.9a1dd8abd7114p-3', '0x1.049a2b2e4cbe8p+1', '0x1.360d09224209ap-5'],
  ['0x1.23ffe62dbeee6p+1', '-0x1.2add17ec8bcd6p+4', '0x1.b62a2f5168c2cp-23'],
  ['0x1.d13dc3ea9ada8p+0', '-0x1.09a6aacec80d1p+4', '0x1.9d39b232e7894p-15'],
  ['0x1.dbe49badda296p-2', '-0x1.c8022d85fd3e2p+3', '0x1.afa9cd41125b3p+15'],
  ['0x1.e930b07ce252cp+0', '-0x1.9e111d7b25200p-2', '0x1.8a0c095a7263dp-1'],
  ['0x1.ef41eb011af3cp+0', '0x1.6d56d941cebccp+3', '0x1.d3a2d1f866457p+10'],
  ['0x1.0eedf2795178dp+1', '0x1.80623e5f22928p+3', '0x1.fdf7348d05a3ep+12'],
  ['0x1.d9ce51a94a222p+0', '0x1.e54ac3abff7b8p+2', '0x1.a9f671883827fp+6'],
  ['0x1.9c0b659567dd8p-2', '0x1.2a9feb572f3a0p+4', '0x1.66f7047d0836fp-25'],
  ['0x1.1be25eb6a7d34p+1', '0x1.5c28b7432eacep+3', '0x1.6abefd3220c07p+12'],
  ['0x1.148f18c7f8724p-3', '0x1.36dfdca4f4796p+3', '0x1.ea85754ef2d4bp-29'],
  ['0x1.5b28a90fe1ccbp+0', '0x1.16c031a99fa30p+4', '0x1.9368b69b5bb7ap+7'],
  ['0x1.32668434ad1fcp+0', '0x1.b53e6b7cdbdd4p+3', '0x1.74e9b0d294aa7p+3'],
  ['0x1.a83c882382a00p-8', '-0x1.3da8e35d90e75p+3', '0x1.2236f1ebdd6aep+72'],
  ['0x1.4a5033b20d8abp-1', '-0x1.d17b860b8c994p+2', '0x1.83b94ff140144p+4'],
  ['0x1.baa803253d4f8p+0', '0x1.b4cb0fb2d39acp+3', '0x1.b8c82a23b814cp+10'],
  ['0x1.f0d26523313e4p-1', '0x1.3c11090ccd414p+3', '0x1.7c59ad0393299p-1'],
  ['0x1.49dfbcf89ab5cp+74', '0x1.7d8d8a2852148p+0', '0x1.c98d5a6b45fa4p+110'],
  ['0x1.99c3abb59be40p-76', '-0x1.f12994677a4a0p-2', '0x1.7bd94dfa908a7p+36'],
  ['0x1.21ff8a63de730p+289', '-0x1.a9790f06bc6aap+0', '0x1.4d9b626e7fb20p-481'],
  ['0x1.4a62d19904020p-127', '-0x1.c3cdca827aee2p+0', '0x1.66f046fa20a06p+223'],
  ['0x1.9df489424c256p-126', '-0x1.f5a07653e7694p-1', '0x1.b3eced0938749p+122'],
  ['0x1.3e7251d6d473bp+243', '-0x1.0d7987efb9666p+0', '0x1.d67ff3a01507cp-257'],
  ['0x1.036b3ef14e2cep-44', '-0x1.f58927a37d9e0p-1', '0x1.0ef7e7d7c91fbp+43'],
  ['0x1.12c6b49995b4fp+71', '0x1.49527a085d77cp+0', '0x1.61cdd6baea8ddp+91'],
  ['0x1.a806240774ceep-141', '-0x1.9bfb8e03d417cp+0', '0x1.abc8344cd3a23p+225'],
  ['0x1.8cebfce2265e3p-137', '-0x1.98fd327c733d0p-1', '0x1.e8203f5961111p+108'],
  ['0x1.6e3640b47cc78p-118', '-0x1.040b2c5b7b19ap+0', '0x1.43d924f963b6cp+119'],
  ['0x1.6bf1a9bb61a40p+169', '0x1.dc9a26a134718p-2', '0x1.dbcce9880d846p+78'],
  ['0x1.64714d245126fp+157', '-0x1.5cf7f39f51eb0p-3', '0x1.1f58b3f4ad4b2p-27'],
  ['0x1.21908809bee75p+34', '-0x1.a0a72bc9e1fd4p+0', '0x1.4bc22152ab196p-56'],
  ['0x1.1649946d6ce58p+1', '-0x1.602bb6897c4e4p+3', '0x1.971bd91e60f3cp-13'],
  ['0x1.dfc4c98f9a7bbp+309', '-0x1.261b18ab34302p+0', '0x1.f35f3488dd003p-357'],
  ['0x1.01a6de5e77abdp+200', '-0x1.506b50869bec0p-4', '0x1.7cb3c614a19cfp-17'],
  ['0x1.6419441fec1c9p+233', '0x1.e5a7c50eaf2a6p+0', '0x1.e63d1f1ed8fe4p+442'],
  ['0x1.f847351aa22a8p-203', '-0x1.5cc0837499450p-2', '0x1.bf09612490ac3p+68'],
  ['0x1.05e31ed7bee74p-1', '-0x1.4ae142fc53140p-2', '0x1.3debdaa5c96c9p+0'],
  ['0x1.d6c89afd507a5p-1', '0x1.d1e3ba64dd000p+2', '0x1.15ef0c06bcfd4p-1'],
  ['0x1.faa781074772fp-314', '-0x1.e6d6ee1e13456p+0', '0x1.33e222fbc0737p+595'],
  ['0x1.6bd40f266b3f4p+0', '-0x1.3b15ea4899d70p+3', '0x1.0132ce18ba163p-5'],
  ['0x1.deb6a7fc10747p+91', '0x1.1be40243fe06cp+0', '0x1.e2ed135bd4f53p+101'],
  ['0x1.54c0fd6576da0p+0', '-0x1.70518fec6ae6cp+2', '0x1.8af6a4755588ap-3'],
  ['0x0.0000000000001p-1022', '0x1.0000000000000p-1', '0x1.0000000000000p-537'],
  ['0x0.02e055c9a3f6cp-1022', '-0x1.0624dd2f1a9fcp-10', '0x1.051a64d27530ep+1'],
  ['0x1.0000000000000p+0', '0x1.7e43c8800759cp+996', '0x1.0000000000000p+0'],
  ['0x1.0000000000000p+1', '0x1.fe80000000000p+9', '0x1.0000000000000p+1021'],
  ['0x1.0000000000000p+1', '-0x1.fe80000000000p+9', '0x1.0000000000000p-1021'],
  ['0x1.0000000000000p-1', '0x1.8000000000000p+1', '0x1.0000000000000p-3'],
  ['0x1.4000000000000p+3', '-0x1.4000000000000p+2', '0x1.4f8b588e368f0p-17'],
  ['0x1.c000000000000p+2', '0x1.5555555555555p-2', '0x1.e9b5dba58189dp+0'],
];

const rnd = lcg(77);

describe('svmlPow', () => {
  it('reproduces recorded NumPy results, in JS and in the kernel', () => {
    const xs = Float64Array.from(NUMPY.map(([x]) => hex(x)));
    const ys = Float64Array.from(NUMPY.map(([, y]) => hex(y)));
    const k = runFloat64('power', [xs, ys]);
    NUMPY.forEach(([x, y, r], i) => {
      expect(svmlPow(xs[i], ys[i]), `${x} ** ${y}`).toBe(hex(r));
      expect(k[i], `${x} ** ${y}`).toBe(hex(r));
    });
  });

  it('a scalar exponent of -1, 0, 0.5, 1 or 2 takes the fast path, others the full routine', () => {
    const xs = Float64Array.from({ length: 1000 }, () => rnd() * 10 + 1e-3);
    for (const e of [-1, 0, 0.5, 1, 2, 3, -0.5, 2.5]) {
      const k = runFloat64('power', [xs, Float64Array.of(e)], [false, true]);
      const want = e === -1 ? (x: number) => 1 / x : e === 0 ? () => 1 : e === 0.5 ? Math.sqrt : e === 1 ? (x: number) => x : e === 2 ? (x: number) => x * x : (x: number) => svmlPow(x, e);
      let bad = 0;
      for (let i = 0; i < xs.length; i++) if (!same(k[i], want(xs[i])) || !same(powerStride0(xs[i], e), want(xs[i]))) bad++;
      expect(bad, `exponent ${e}`).toBe(0);
    }
  });

  it('special values follow C pow', () => {
    const cases: [number, number, number][] = [
      [0, -1, Infinity], [-0, -1, -Infinity], [-2, 3, -8], [-2, 0.5, NaN], [NaN, 0, 1], [1, NaN, 1],
      [Infinity, -2, 0], [-Infinity, 3, -Infinity], [0.5, Infinity, 0], [2, -Infinity, 0], [2, 1e6, Infinity], [2, -1e6, 0],
    ];
    const k = runFloat64('power', [Float64Array.from(cases.map((c) => c[0])), Float64Array.from(cases.map((c) => c[1]))]);
    cases.forEach(([x, y, r], i) => {
      expect(same(svmlPow(x, y), r), `${x} ** ${y}`).toBe(true);
      expect(same(k[i], r), `${x} ** ${y}`).toBe(true);
    });
  });

  it('kernel agrees with the JS reference over every range', () => {
    const n = 100000;
    const xs = new Float64Array(n), ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      xs[i] = i % 3 === 0 ? rnd() * 4 : i % 3 === 1 ? 2 ** (rnd() * 2000 - 1000) : (rnd() - 0.5) * 100;
      ys[i] = i % 3 === 2 ? Math.round((rnd() - 0.5) * 20) : (rnd() - 0.5) * 40;
    }
    const k = runFloat64('power', [xs, ys]);
    let bad = 0;
    for (let i = 0; i < n; i++) if (!same(k[i], svmlPow(xs[i], ys[i]))) bad++;
    expect(bad).toBe(0);
  });
});
