/**
 * Reading SVML's tables: the ports of Intel SVML's float64 routines (runtime/math/svml*.ts) carry their
 * constants as the IEEE-754 bit patterns of numpy/SVML (BSD-3-Clause), written as 16 hex digits each, so no
 * decimal round trip can change a bit.
 */

const dv = new DataView(new ArrayBuffer(8));

/** the doubles whose big-endian bit patterns are the whitespace-separated 16-digit hex words of `s` */
export function f64FromHex(s: string): Float64Array {
  const words = s.trim().split(/\s+/);
  const out = new Float64Array(words.length);
  for (let i = 0; i < words.length; i++) {
    dv.setUint32(0, parseInt(words[i].slice(0, 8), 16));
    dv.setUint32(4, parseInt(words[i].slice(8, 16), 16));
    out[i] = dv.getFloat64(0);
  }
  return out;
}
