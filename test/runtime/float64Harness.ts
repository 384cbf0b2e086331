/**
 * Shared pieces of the float64 loop tests (svmlExp, svmlLog, svmlPow): Python's float.hex literals as
 * numbers, bit-exact comparison that treats every NaN alike, a seeded LCG, and running a float64 ufunc
 * loop through its WebAssembly kernel on given arguments (an input may be one broadcast scalar).
 */
import * as D from '../../runtime/dtype';
import { NDArray } from '../../runtime/ndarray';
import { loopFor, runElementwise } from '../../runtime/ufunc';
import { heap } from '../../runtime/memory';

/** a float.hex() string such as '-0x1.8p+3' as a number */
export const hex = (s: string): number => {
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(s)!;
  const v = (parseInt(m[2], 10) + parseInt(m[3], 16) / 16 ** m[3].length) * 2 ** Number(m[4]);
  return m[1] ? -v : v;
};

/** the same double (NaNs all alike) */
export const same = (a: number, b: number) => Object.is(a, b) || (a !== a && b !== b);

/** uniform numbers in [0, 1) from a seeded LCG */
export function lcg(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/**
 * ufunc `name` on float64 arguments through its WebAssembly kernel; the result has the length of the
 * first argument, and an argument of length 1 marked in `scalar` is broadcast as a 0-d array (stride 0).
 */
export function runFloat64(name: string, args: Float64Array[], scalar: boolean[] = []): Float64Array {
  const n = args[0].length;
  const ins = args.map((a, i) => {
    const arr = NDArray.empty(scalar[i] ? [] : [n], D.float64);
    new Float64Array(heap.buffer, arr.addr, scalar[i] ? 1 : n).set(scalar[i] ? a.subarray(0, 1) : a);
    return arr;
  });
  const out = NDArray.empty([n], D.float64);
  runElementwise(loopFor(name, ins.map(() => D.float64), [D.float64])!, ins, [out], [n]);
  return new Float64Array(heap.buffer, out.addr, n).slice();
}
