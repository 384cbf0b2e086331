/**
 * `_zlib`, the native half of the `zlib` module (src/stdlib/zlib.ts): whole-buffer compression with
 * zlib's exact output (src/modules/zlibDeflate.ts) in the zlib, raw and gzip formats that `wbits`
 * selects as CPython's zlib does, decompression (src/modules/numpy/inflate.ts) checking the header and
 * checksum, and the adler32/crc32 checksums. Errors come back as ValueError with zlib's message; the
 * Python module turns them into `zlib.error`.
 */
import { PyModule, PyBytes, PyTuple } from '../objects/values';
import { builtin } from '../objects/function';
import { throwPy } from '../objects/errors';
import { crc32 } from './numpy/crc32';
import { inflateRaw, InflateError } from './numpy/inflate';
import { deflateZlibRaw, zlibHeader } from './zlibDeflate';

/** Adler-32 of `data`, continuing from `value` (1 to start). */
function adler32(data: Uint8Array, value: number): number {
  let a = value & 0xffff, b = (value >>> 16) & 0xffff;
  for (let i = 0; i < data.length; ) {
    // 3800 bytes at a time keep the sums exact in doubles before the modulo
    const end = Math.min(data.length, i + 3800);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function bytesArg(v: any, what: string): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  throwPy('TypeError', `a bytes-like object is required, not '${what}'`);
}

function u32be(out: Uint8Array, at: number, v: number): void {
  out[at] = v >>> 24;
  out[at + 1] = v >>> 16;
  out[at + 2] = v >>> 8;
  out[at + 3] = v;
}

/** `data` compressed; wbits 9..15 a zlib stream, -9..-15 raw deflate, 25..31 a gzip member. */
function deflate(data: Uint8Array, level: number, wbits: number, memLevel: number, strategy: number, syncFlush: boolean): Uint8Array {
  if (level === -1) level = 6;
  const kind = wbits < 0 ? 'raw' : wbits > 15 ? 'gzip' : 'zlib';
  let bits = Math.abs(wbits) - (kind === 'gzip' ? 16 : 0);
  if (level < 0 || level > 9 || bits < 8 || bits > 15 || memLevel < 1 || memLevel > 9) throwPy('ValueError', 'Bad compression level');
  // zlib widens a window of 8 bits to 9
  if (bits === 8) bits = 9;
  const body = deflateZlibRaw(data, level, bits, memLevel, strategy, syncFlush);
  if (kind === 'raw') return body;
  if (kind === 'zlib') {
    const out = new Uint8Array(body.length + 6);
    out.set(zlibHeader(level, bits), 0);
    out.set(body, 2);
    u32be(out, body.length + 2, adler32(data, 1));
    return out;
  }
  const out = new Uint8Array(body.length + 18);
  // no name, mtime 0, extra flags for the fastest/best levels, OS 3 (Unix) as zlib writes on Linux
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, level === 9 ? 2 : level < 2 ? 4 : 0, 3], 0);
  out.set(body, 10);
  const dv = new DataView(out.buffer);
  dv.setUint32(10 + body.length, crc32(data), true);
  dv.setUint32(14 + body.length, data.length >>> 0, true);
  return out;
}

/** Decompress a stream in the format `wbits` names (as for deflate; 0 and 40..47 read a zlib header,
 *  32+ also a gzip one); returns the data and the offset just past the stream. */
function inflate(src: Uint8Array, wbits: number): [Uint8Array, number] {
  let pos = 0;
  let kind = wbits < 0 ? 'raw' : wbits >= 16 && wbits < 32 ? 'gzip' : 'zlib';
  if (wbits >= 32 && src[0] === 0x1f && src[1] === 0x8b) kind = 'gzip';
  if (kind === 'zlib') {
    if (src.length < 2) throw new InflateError('incomplete or truncated stream');
    const [cmf, flg] = src;
    if (((cmf << 8) | flg) % 31 !== 0) throw new InflateError('incorrect header check');
    if ((cmf & 15) !== 8) throw new InflateError('unknown compression method');
    if (wbits > 0 && wbits <= 15 && (cmf >> 4) + 8 > wbits) throw new InflateError('invalid window size');
    pos = 2;
  } else if (kind === 'gzip') {
    if (src.length < 10) throw new InflateError('incomplete or truncated stream');
    if (src[0] !== 0x1f || src[1] !== 0x8b) throw new InflateError('incorrect header check');
    const flags = src[3];
    pos = 10;
    if (flags & 4) pos += 2 + (src[pos] | (src[pos + 1] << 8));
    if (flags & 8) while (src[pos++] !== 0);
    if (flags & 16) while (src[pos++] !== 0);
    if (flags & 2) pos += 2;
  }
  const { data, end } = inflateRaw(src, pos);
  if (kind === 'raw') return [data, end];
  const tail = kind === 'zlib' ? 4 : 8;
  if (end + tail > src.length) throw new InflateError('incomplete or truncated stream');
  const dv = new DataView(src.buffer, src.byteOffset + end, tail);
  const ok = kind === 'zlib' ? dv.getUint32(0) === adler32(data, 1) : dv.getUint32(0, true) === crc32(data);
  if (!ok) throw new InflateError('incorrect data check');
  return [data, end + tail];
}

export function makeZlibCore(): PyModule {
  const m = new PyModule('_zlib');
  m.d.deflate = builtin('deflate', ([data, level, wbits, memLevel, strategy, sync]) =>
    new PyBytes(deflate(bytesArg(data, 'object'), Number(level), Number(wbits), Number(memLevel), Number(strategy), sync === true)),
  );
  m.d.inflate = builtin('inflate', ([data, wbits]) => {
    try {
      const [out, end] = inflate(bytesArg(data, 'object'), Number(wbits));
      return new PyTuple([new PyBytes(out), end]);
    } catch (e) {
      // the inflater's message, or zlib's for a stream that ends early
      if (e instanceof InflateError) throwPy('ValueError', e.message === 'unexpected end of compressed data' ? 'incomplete or truncated stream' : e.message);
      throw e;
    }
  });
  m.d.adler32 = builtin('adler32', ([data, value]) => adler32(bytesArg(data, 'object'), value === undefined ? 1 : Number(value)));
  m.d.crc32 = builtin('crc32', ([data, value]) => crc32(bytesArg(data, 'object'), value === undefined ? 0 : Number(value)));
  return m;
}
