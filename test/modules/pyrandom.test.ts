/**
 * The `_random` core (src/modules/pyrandom.ts): SHA-512 against FIPS 180-4 test vectors, and the first
 * draws of seeded generators against values recorded from CPython 3.11.
 */
import { describe, it, expect } from 'vitest';
import { createInterpreter } from '../../src/index';
// after src/index, which sets up the object model the module imports
import { sha512Digest as sha512 } from '../../src/modules/digests';

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('_random', () => {
  it('sha512 matches the FIPS 180-4 vectors', () => {
    expect(hex(sha512(new TextEncoder().encode('abc')))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
    expect(hex(sha512(new Uint8Array(0)))).toBe(
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    );
    // two blocks (112 bytes)
    const msg = 'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu';
    expect(hex(sha512(new TextEncoder().encode(msg)))).toBe(
      '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909',
    );
  });

  it('seeded streams equal CPython', () => {
    let out = '';
    const interp = createInterpreter({ stdout: (s: string) => (out += s), stderr: () => {} });
    const r = interp.runScript(
      [
        'import _random',
        'r = _random.Random(42)',
        'print(repr(r.random()), r.getrandbits(70))',
        'r.seed(0); print(repr(r.random()))',
        's = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random(), len(s), s[-1])',
      ].join('\n'),
      'pyrandom_test.py',
    );
    expect(r.ok).toBe(true);
    expect(out).toBe('0.6394267984578837 327273841618135227089\n0.8444218515250481\nTrue 625 2\n');
  });
});
