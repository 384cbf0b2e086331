/**
 * Jump-ahead for the 128-bit linear congruential generators behind PCG64 and PCG64DXSM
 * (`state = state * mult + inc mod 2**128`): `delta` steps are applied in O(log delta) by composing
 * the affine map with itself (Brown, "Random number generation with arbitrary strides"), which is what
 * NumPy's `advance` and `jumped` do. `delta` is taken modulo 2**128, so negative steps go backwards.
 */
const MASK128 = (1n << 128n) - 1n;

/** The state after `delta` steps of the LCG (mult, inc) from `state`. */
export function advanceLcg128(state: bigint, inc: bigint, mult: bigint, delta: bigint): bigint {
  let d = delta & MASK128;
  let accMult = 1n;
  let accPlus = 0n;
  let curMult = mult;
  let curPlus = inc;
  while (d > 0n) {
    if (d & 1n) {
      accMult = (accMult * curMult) & MASK128;
      accPlus = (accPlus * curMult + curPlus) & MASK128;
    }
    curPlus = ((curMult + 1n) * curPlus) & MASK128;
    curMult = (curMult * curMult) & MASK128;
    d >>= 1n;
  }
  return (accMult * state + accPlus) & MASK128;
}

/** NumPy's jump size for PCG64 and PCG64DXSM: (phi - 1) * 2**128, odd */
export const PCG_JUMP_STEP = 0x9e3779b97f4a7c15f39cc0605cedc835n;
