/**
 * `exp` exactly as glibc 2.36's FMA variant computes it on x86-64 (ARM optimized-routines' exp, < 0.52
 * ulp): x = k ln2/128 + r, exp(x) = 2**(k/128) · (1 + tail + r + r²(C2 + r C3) + r⁴(C4 + r C5)) with the
 * table of glibcExpTable.ts, and the multiply-adds fused where the compiled code fuses them (read from
 * `objdump -d libm.so.6`). It is not correctly rounded: on about 1 input in 1,200 it returns the other
 * neighbour, which NumPy's lognormal, power, pareto, logseries and Poisson samplers inherit.
 */
import { fma } from './glibcLog';
import { EXP_T, EXP_TAIL } from './glibcExpTable';

const INVLN2N = 184.6649652337873; // 0x1.71547652b82fep+7
const SHIFT = 6755399441055744; // 0x1.8p52
const NEGLN2HIN = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const NEGLN2LON = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7

/** exp(x) as glibc's FMA variant returns it. */
export function glibcExp(x: number): number {
  const ax = Math.abs(x);
  if (!(ax >= 2 ** -54)) return Number.isNaN(x) ? x : 1 + x;
  if (ax >= 1024) {
    if (x === -Infinity) return 0;
    if (x === Infinity || Number.isNaN(x)) return x;
    return x > 0 ? Infinity : 0;
  }
  const kd = fma(x, INVLN2N, SHIFT) - SHIFT;
  const r = fma(kd, NEGLN2LON, fma(kd, NEGLN2HIN, x));
  const idx = kd & 127;
  const e = (kd - idx) / 128;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(fma(r, C3, C2), r2, EXP_TAIL[idx] + r));
  if (ax < 512) return fma(EXP_T[idx] * 2 ** e, tmp, EXP_T[idx] * 2 ** e);
  if (kd >= 0) {
    // the scale may overflow: compute it 2**1009 lower and scale back
    const scale = EXP_T[idx] * 2 ** (e - 1009);
    return fma(scale, tmp, scale) * 2 ** 1009;
  }
  // the result may be subnormal: round once, at the end
  const scale = EXP_T[idx] * 2 ** (e + 1022);
  const st = scale * tmp;
  let y = scale + st;
  if (y < 1.0) {
    const lo = scale - y + st;
    const hi = 1.0 + y;
    y = (1.0 - hi + y + lo + hi) - 1.0;
    if (y === 0) y = 0;
  }
  return y * 2 ** -1022;
}
