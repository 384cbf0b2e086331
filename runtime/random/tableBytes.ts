/**
 * Constant tables stored as the base64 text of their little-endian float64 bytes: the ziggurat tables
 * (zigguratNormal.ts, zigguratExponential.ts) written this way take 6 KB less of the web page gzipped
 * than as number literals, and decode to the same doubles bit for bit. Whitespace in the text is ignored.
 */
export function doubles(base64: string): Float64Array {
  const bin = atob(base64.replace(/\s+/g, ''));
  const view = new DataView(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) view.setUint8(i, bin.charCodeAt(i));
  const out = new Float64Array(bin.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat64(8 * i, true);
  return out;
}
