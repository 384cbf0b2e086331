/**
 * NumPy's float64 `tanh` on x86-64 with AVX-512: NumPy's own SIMD loop
 * (numpy/_core/src/umath/loops_hyperbolic.dispatch.cpp.src, converted from Intel SVML's tanh8_la), not libm;
 * it is not correctly rounded (about a third of random arguments differ from glibc's tanh by an ulp), so ndpy
 * redoes its arithmetic step for step.
 *
 * Method: |x| picks one of 16 intervals from its exponent and first fraction bit (clamped: |x| < 0.125 is
 * interval 0, |x| >= 24 interval 15, whose polynomial is the constant 1); with y = |x| - b (b the interval's
 * start, a plain subtraction), tanh(|x|) = c0 + c1·y + … + c16·y**16 by Horner's rule with one FMA per step,
 * and the sign of x is or-ed into the result. Arguments with |x| >= 1.5·2**1023 and infinities give ±1, NaN
 * gives NaN.
 *
 * The table is NumPy's (b, c0 … c16 per interval, BSD-3-Clause), read as IEEE bit patterns.
 * runtime/wasm/svmlTanhCode.ts emits the same arithmetic as WebAssembly; test/runtime/svmlTanh.test.ts
 * compares both with recorded NumPy results.
 */
import { fma } from './fma';
import { f64FromHex } from './svmlData';

/** 16 rows of b, c0, c1, …, c16 */
export const TANH_TABLE = f64FromHex(
  '0000000000000000 0000000000000000 3ff0000000000000 bbf0b3ea3fdfaa19 bfd5555555555555 bce6863ee44ed636 ' +
    '3fc1111111112ab5 bda1ea19ddddb3b4 bfaba1ba1990520b be351ca7f096011f 3f9664f94e6ac14e bea8c4c1fd7852fe ' +
    'bf822404577aa9dd befdd99a221ed573 3f6e3be689423841 bf2a1306713a4f3a bf55d7e76dc56871 3f35e67ab76a26e7 ' +
    '3fcc000000000000 3fcb8fd0416a7c92 3fee842ca3f08532 bfca48aaeb53bc21 bfd183afc292ba11 3fc04dcd0476c75e ' +
    '3fb5c19efdfc08ad bfb0b8df995ce4df bf96e37bba52f6fc 3f9eaaf3320c3851 bf94d3343bae39dd bfccce16b1046f13 ' +
    '403d8b07f7a82aa3 4070593a3735bab4 c0d263511f5baac1 c1045e509116b066 41528c38809c90c7 41848ee0627d8206 ' +
    '3fd4000000000000 3fd35f98a0ea650e 3fed11574af58f1b bfd19921f4329916 bfcc1a4b039c9bfa 3fc43d3449a80f08 ' +
    '3fa74c98dc34fbac bfb2955cf41e8164 3ecff7df18455399 3f9cf823fe761fc1 bf7bc748e60df843 bf81a16f224bb7b6 ' +
    'bf9f44ab92fbab0a bfccab654e44835e 40169f73b15ebe5c 4041fab9250984ce c076d57fb5190b02 c0a216d618b489ec ' +
    '3fdc000000000000 3fda5729ee488037 3fea945b9c24e4f9 bfd5e0f09bef8011 bfc16e1e6d8d0be6 3fc5c26f3699b7e7 ' +
    'bf790d6a8eff0a77 bfaf9d05c309f7c6 3f97362834d33a4e 3f9022271754ff1f bf8c89372b43ba85 bf62cbf00406bc09 ' +
    '3fb2eac604473d6a 3fd13ed80037dbac c025c1dd41cd6cb5 c0458d090ec3de95 4085f09f888f8ada 40a5b89107c8af4f ' +
    '3fe4000000000000 3fe1bf47eabb8f95 3fe6284c3374f815 bfd893b59c35c882 bf92426c751e48a2 3fc1a686f6ab2533 ' +
    'bfac3c021789a786 bf987d27ccff4291 3f9e7f8380184b45 bf731fe77c9c60af bf8129a092de747a 3f75b29bb02cf69b ' +
    '3f45f87d903aaac8 bf6045b9076cc487 bf58fd89fe05e0d1 bf74949d60113d63 3fa246332a2fcba5 3fb69d8374520eda ' +
    '3fec000000000000 3fe686650b8c2015 3fe02500a09f8d6e bfd6ba7cb7576538 3fb4f152b2bad124 3faf203c316ce730 ' +
    'bfae2196b7326859 3f8b2ca62572b098 3f869543e7c420d4 bf84a6046865ec7d 3f60c85b4d538746 3f607df0f9f90c17 ' +
    'bf5e104671036300 3f2085ee7e8ac170 3f73f7af01d5af7a 3f7c9fd6200d0ade bfb29d851a896fcd bfbded519f981716 ' +
    '3ff4000000000000 3feb2523bb6b2dee 3fd1f25131e3a8c0 bfce7291743d7555 3fbbba40cbef72be bf89c7a02788557c ' +
    'bf93a7a011ff8c2a 3f8f1cf6c7f5b00a bf7326bd4914222a bf4ca3f1f2b9192b 3f5be9392199ec18 bf4b852a6e0758d5 ' +
    '3f19bc98ddf0f340 3f23524622610430 bf1e40bdead17e6b 3f02cd40e0ad0a9f 3ed9065ae369b212 bef02d288b5b3371 ' +
    '3ffc000000000000 3fee1fbf97e33527 3fbd22ca1c24a139 bfbb6d85a01efb80 3fb01ba038be6a3d bf98157e26e0d541 ' +
    '3f6e4709c7e8430e 3f60379811e43dd5 bf5fc15b0a9d98fa 3f4c77dee0afd227 bf2a0c68a4489f10 bf0078c63d1b8445 ' +
    '3f0d4304bc9246e8 beff12a6626911b4 3ee224cd6c4513e5 be858ab8e019f311 beb8e1ba4c98a030 3eb290981209c1a6 ' +
    '4004000000000000 3fef9258260a71c2 3f9b3afe1fba5c76 bf9addae58c7141a 3f916df44871efc8 bf807b55c1c7d278 ' +
    '3f67682afa611151 bf4793826f78537e 3f14cffcfa69fbb6 3f04055bce68597a bf00462601dc2faa 3eec12eadd55be7a ' +
    'bed13c415f7b9d41 3eab9008bca408af be24b645e68eeaa3 be792fa6323b7cf8 3e6ffd0766ad4016 be567e924bf5ff6e ' +
    '400c000000000000 3feff112c63a9077 3f6dd37d19b22b21 bf6dc59376c7aa19 3f63c6869dfc8870 bf53a18d5843190f ' +
    '3f3ef2ee77717cbf bf2405695e36240f 3f057e48e5b79d10 bee2bf0cb4a71647 3eb7b6a219dea9f4 be6fa600f593181b ' +
    'be722b8d9720cdb0 3e634df71865f620 be4abfebfb72bc83 3e2df04d67876402 be0c63c29f505f5b 3de3f7f7de6b0eb6 ' +
    '4014000000000000 3fefff419668df11 3f27ccec13a9ef96 bf27cc5e74677410 3f1fb9aef915d828 bf0fb6bbc89b1a5b ' +
    '3ef95a4482f180b7 bee0e08de39ce756 3ec33b66d7d77264 bea31eaafe73efd5 3e80cbcc8d4c5c8a be5a3c935dce3f7d ' +
    '3e322666d739bec0 be05bb1bcf83ca73 3dd51c38f8695ed3 bd95c72be95e4d2c bd7fab216b9e0e49 3d69ed18bae3ebbc ' +
    '401c000000000000 3feffffc832750f2 3ecbe6c3f33250ae becbe6c0e8b4cc87 3ec299d1e27c6e11 beb299c9c684a963 ' +
    '3e9dc2c27da3b603 be83d709ba5f714e 3e66ac4e578b9b10 be46abb02c4368ed 3e2425bb231a5e29 be001c6d95e3ae96 ' +
    '3dd76a553d7e7918 bdaf2ac143fb6762 3d8313ac38c6832b bd55a89c30203106 3d2826b62056aa27 bcf7534c4f3dfa71 ' +
    '4024000000000000 3feffffffdc96f35 3e41b4865394f75f be41b486526b0565 3e379b5ddcca334c be279b5dd4fb3d01 ' +
    '3e12e2afd9f7433e bdf92e3fc5ee63e0 3ddcc74b8d3d5c42 bdbcc749ca8079dd 3d9992a4beac8662 bd74755a00ea1fd3 ' +
    '3d4de0fa59416a39 bd23eae52a3dbf57 3cf7787935626685 bccad6b3bb9eff65 3ca313e31762f523 bc730b73f1eaff20 ' +
    '402c000000000000 3fefffffffffcf58 3d8853f01bda5f28 bd8853f01bef63a4 3d8037f57bc62c9a bd7037f57ae72aa6 ' +
    '3d59f320348679ba bd414cc030f2110e 3d23c589137f92b4 bd03c5883836b9d2 3ce191ba5ed3fb67 bcbc1c6c063bb7ac ' +
    '3c948716cf3681b4 bc6b5e3e9ca0955e 3c401ffc49c6bc29 bc12705ccd3dd884 3bea37aa21895319 bbba2cff8135d462 ' +
    '4034000000000000 3ff0000000000000 3c73953c0197ef58 bc73955be519be31 3c6a2d4b50a2cff7 bc5a2ca2bba78e86 ' +
    '3c44b61d9bbcc940 bc2ba022e8d82a87 3c107f8e2c8707a1 bbf07a5416264aec 3bc892450bad44c4 bba3be9a4460fe00 ' +
    '3b873f9f2d2fda99 bb5eca68e2c1ba2e babf0b21acfa52ab ba8e0a4c47ae75f5 3ae5c7f1fd871496 bab5a71b5f7d9035 ' +
    '0000000000000000 3ff0000000000000' + ' 0000000000000000'.repeat(16),
);

const dv = new DataView(new ArrayBuffer(8));

/** the interval of |x| from the high word of x: exponent and first fraction bit, clamped to 0..15 */
const tanhRow = (hi: number): number => Math.min(Math.max(((hi & 0x7ff80000) - 0x3fc00000) | 0, 0), 0x780000) >>> 19;

/** NumPy's tanh loop, one lane */
export function svmlTanh(x: number): number {
  if (x !== x) return NaN;
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const a = Math.abs(x);
  let r: number;
  if ((hi & 0x7ff80000) > 0x7fe00000) r = 1;
  else {
    const t = tanhRow(hi) * 18;
    const y = a - TANH_TABLE[t];
    r = fma(TANH_TABLE[t + 17], y, TANH_TABLE[t + 16]);
    for (let k = 15; k >= 1; k--) r = fma(r, y, TANH_TABLE[t + k]);
  }
  return hi >>> 31 ? -Math.abs(r) : r;
}
