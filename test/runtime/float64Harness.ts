/**
 * Shared pieces of the float64 loop tests (svmlExp, svmlLog, svmlPow and the other SVML ports): Python's float.hex literals as
 * numbers, bit-exact comparison that treats every NaN alike, a seeded LCG, and running a float64 ufunc
 * loop through its WebAssembly kernel on given arguments (an input may be one broadcast scalar).
 */
import * as D from '../../runtime/dtype';
import { NDArray } from '../../runtime/ndarray';
import { loopFor, runElementwise } from '../../runtime/ufunc';
import { heap } from '../../runtime/memory';
import { forceHardwareFma } from '../../runtime/wasm/hardwareFma';

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
 * The kernel runs twice, with the software fused multiply-add and (where the engine fuses relaxed SIMD's,
 * runtime/wasm/hardwareFma.ts) the hardware one, and the two must agree bit for bit.
 */
export function runFloat64(name: string, args: Float64Array[], scalar: boolean[] = []): Float64Array {
  try {
    forceHardwareFma(false);
    const soft = runOnce(name, args, scalar);
    forceHardwareFma(true);
    const hard = runOnce(name, args, scalar);
    for (let i = 0; i < soft.length; i++) {
      if (!same(soft[i], hard[i])) throw new Error(`${name}: software and hardware FMA differ at ${args.map((a) => a[Math.min(i, a.length - 1)]).join(', ')}: ${soft[i]} vs ${hard[i]}`);
    }
    return soft;
  } finally {
    forceHardwareFma(null);
  }
}

function runOnce(name: string, args: Float64Array[], scalar: boolean[]): Float64Array {
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

/** how many of `n` arguments (the i-th is draw(i)) ufunc `name`'s kernel gives other bits for than `ref` */
export function kernelMismatches(name: string, ref: (x: number) => number, draw: (i: number) => number, n = 100000): number {
  const xs = Float64Array.from({ length: n }, (_, i) => draw(i));
  const k = runFloat64(name, [xs]);
  let bad = 0;
  for (let i = 0; i < n; i++) if (!same(k[i], ref(xs[i]))) bad++;
  return bad;
}
