/**
 * The text codecs behind str.encode, bytes.decode and str(bytes, encoding): UTF-8, ASCII, Latin-1 and
 * Windows' cp1252 (a 'charmap' codec: Latin-1 with 27 other characters at 0x80-0x9f, five bytes unmapped)
 * (plus UTF-8 with signature, UTF-16 and UTF-32, BOM-aware, and the escape codecs of escapeCodecs.ts) with
 * the error handlers strict, ignore, replace, backslashreplace and xmlcharrefreplace (encode only).
 * Messages are CPython 3.11's (`'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`);
 * a run of consecutive unencodable characters is reported as one error (`in position 0-1`), and UTF-8
 * decoding reports the maximal invalid prefix the way CPython's decoder does.
 * Invariant: positions in messages are code point indices (encode) or byte offsets (decode).
 */
import { throwPy } from '../errors';
import { makeExc } from '../exceptions';
import { PyBytes, latin1Text } from '../values';
import { codePoints } from './unicode';
import { encodeEscape, decodeEscape } from './escapeCodecs';

export type Codec = 'utf-8' | 'ascii' | 'latin-1' | 'cp1252' | 'utf-8-sig' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be' | 'unicode-escape' | 'raw-unicode-escape';

const ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1', '8859': 'latin-1',
  cp819: 'latin-1', l1: 'latin-1', latin: 'latin-1', iso_ir_100: 'latin-1',
  cp1252: 'cp1252', windows_1252: 'cp1252',
  utf_8_sig: 'utf-8-sig', utf8_sig: 'utf-8-sig',
  utf_16: 'utf-16', utf16: 'utf-16', u16: 'utf-16', utf_16le: 'utf-16-le', utf_16_le: 'utf-16-le',
  utf_16be: 'utf-16-be', utf_16_be: 'utf-16-be',
  utf_32: 'utf-32', utf32: 'utf-32', u32: 'utf-32', utf_32le: 'utf-32-le', utf_32_le: 'utf-32-le',
  utf_32be: 'utf-32-be', utf_32_be: 'utf-32-be',
  unicode_escape: 'unicode-escape', raw_unicode_escape: 'raw-unicode-escape',
};

/** Resolve an encoding name like Python's codec registry normalisation, or raise LookupError. */
export function lookupCodec(name: string): Codec {
  const norm = name.trim().toLowerCase().replace(/[-\s]+/g, '_');
  const c = ALIASES[norm];
  if (!c) throwPy('LookupError', `unknown encoding: ${name}`);
  return c;
}

/** cp1252's bytes 0x80-0x9f ('\0' where unmapped); the other bytes are Latin-1's */
const CP1252 = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';
let cp1252Bytes: Map<number, number> | null = null;
/** the cp1252 byte of code point cp, or -1 */
function cp1252Byte(cp: number): number {
  if (cp < 0x80 || (cp >= 0xa0 && cp < 0x100)) return cp;
  cp1252Bytes ??= new Map([...CP1252].filter((c) => c !== '\0').map((c) => [c.charCodeAt(0), 0x80 + CP1252.indexOf(c)]));
  return cp1252Bytes.get(cp) ?? -1;
}

function escCp(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}
function unknownHandler(errors: string): never {
  throwPy('LookupError', `unknown error handler name '${errors}'`);
}
const HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']);

/** str.encode(encoding, errors) → bytes */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  if (codec === 'unicode-escape' || codec === 'raw-unicode-escape') return encodeEscape(s, codec === 'raw-unicode-escape');
  if (codec === 'utf-8-sig') {
    const body = encodeStr(s, 'utf-8', errors);
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return encodeWide(s, codec, errors);
  const cps = codePoints(s);
  const out: number[] = [];
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const bad = (cp: number) =>
    codec === 'cp1252' ? cp1252Byte(cp) < 0 : cp >= limit || (codec === 'utf-8' && cp >= 0xd800 && cp <= 0xdfff);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (!bad(cp)) {
      if (cp < 0x80) out.push(cp);
      else if (codec === 'latin-1') out.push(cp);
      else if (codec === 'cp1252') out.push(cp1252Byte(cp));
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      continue;
    }
    let j = i + 1;
    while (j < cps.length && bad(cps[j])) j++;
    if (!HANDLERS.has(errors)) unknownHandler(errors);
    if (errors === 'strict' || errors === 'surrogateescape') {
      if (codec === 'cp1252') throw makeExc('UnicodeEncodeError', 'charmap', s, i, j, 'character maps to <undefined>');
      const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
      // str() builds "'ascii' codec can't encode character '\xe9' in position 1: …" (unicodeErrors.ts)
      throw makeExc('UnicodeEncodeError', codec, s, i, j, reason);
    }
    for (let k = i; k < j; k++) {
      let rep = '';
      if (errors === 'replace') rep = '?';
      else if (errors === 'backslashreplace') rep = escCp(cps[k]);
      else if (errors === 'xmlcharrefreplace') rep = `&#${cps[k]};`;
      for (let m = 0; m < rep.length; m++) out.push(rep.charCodeAt(m));
    }
    i = j - 1;
  }
  return Uint8Array.from(out);
}

/** bytes.decode(encoding, errors) → str */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(encoding);
  if (codec === 'unicode-escape' || codec === 'raw-unicode-escape') return decodeEscape(data, codec === 'raw-unicode-escape');
  if (codec === 'utf-8-sig') {
    const bom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
    return decodeBytes(bom ? data.subarray(3) : data, 'utf-8', errors);
  }
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return decodeWide(data, codec, errors);
  let out = '';
  const fail = (start: number, end: number, reason: string): number => {
    if (!HANDLERS.has(errors) || errors === 'xmlcharrefreplace') {
      if (errors === 'xmlcharrefreplace') throwPy('TypeError', `don't know how to handle UnicodeDecodeError in error callback`);
      unknownHandler(errors);
    }
    if (errors === 'strict') {
      // str() builds "'utf-8' codec can't decode byte 0xff in position 0: …" (unicodeErrors.ts)
      throw makeExc('UnicodeDecodeError', codec === 'cp1252' ? 'charmap' : codec, new PyBytes(data.slice()), start, end, reason);
    }
    if (errors === 'replace') out += '\ufffd';
    else if (errors === 'backslashreplace') for (let k = start; k < end; k++) out += escCp(data[k]);
    else if (errors === 'surrogateescape') for (let k = start; k < end; k++) out += String.fromCharCode(0xdc00 + data[k]);
    return end;
  };
  if (codec === 'cp1252') {
    for (let i = 0; i < data.length; i++) {
      const c = data[i] >= 0x80 && data[i] < 0xa0 ? CP1252[data[i] - 0x80] : String.fromCharCode(data[i]);
      if (c !== '\0' || data[i] === 0) out += c;
      else fail(i, i + 1, 'character maps to <undefined>');
    }
    return out;
  }
  if (codec !== 'utf-8') {
    const limit = codec === 'ascii' ? 0x80 : 0x100;
    for (let i = 0; i < data.length; i++) {
      if (data[i] < limit) out += String.fromCharCode(data[i]);
      else fail(i, i + 1, 'ordinal not in range(128)');
    }
    return out;
  }
  let i = 0;
  const n = data.length;
  while (i < n) {
    const b = data[i];
    if (b < 0x80) {
      // ASCII run
      let j = i + 1;
      while (j < n && data[j] < 0x80) j++;
      out += latin1Text(data.subarray(i, j));
      i = j;
      continue;
    }
    let need: number, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      i = fail(i, i + 1, 'invalid start byte');
      continue;
    }
    let k = 1;
    let ok = true;
    for (; k <= need; k++) {
      if (i + k >= n) {
        ok = false;
        break;
      }
      const c = data[i + k];
      const l = k === 1 ? lo : 0x80, h = k === 1 ? hi : 0xbf;
      if (c < l || c > h) {
        ok = false;
        break;
      }
    }
    if (!ok) {
      i = fail(i, i + k, i + k >= n ? 'unexpected end of data' : 'invalid continuation byte');
      continue;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (k = 1; k <= need; k++) cp = (cp << 6) | (data[i + k] & 63);
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

// ---- UTF-16 / UTF-32 (a BOM-less 'utf-16'/'utf-32' decodes little-endian; encoding writes a little-endian BOM)

function wideLayout(codec: Codec): { unit: 2 | 4; little: boolean | null } {
  const unit = codec.startsWith('utf-16') ? 2 : 4;
  return { unit, little: codec.endsWith('-le') ? true : codec.endsWith('-be') ? false : null };
}

function encodeWide(s: string, codec: Codec, errors: string): Uint8Array {
  const { unit, little } = wideLayout(codec);
  const le = little !== false;
  const out: number[] = [];
  const put = (v: number, n: number) => {
    for (let k = 0; k < n; k++) out.push(le ? (v >>> (8 * k)) & 255 : (v >>> (8 * (n - 1 - k))) & 255);
  };
  if (little === null) put(0xfeff, unit);
  const cps = codePoints(s);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (cp >= 0xd800 && cp <= 0xdfff) {
      if (!HANDLERS.has(errors)) unknownHandler(errors);
      if (errors === 'strict' || errors === 'surrogateescape') {
        throw makeExc('UnicodeEncodeError', codec, s, i, i + 1, 'surrogates not allowed');
      }
      const rep = errors === 'replace' ? '?' : errors === 'backslashreplace' ? escCp(cp) : errors === 'xmlcharrefreplace' ? `&#${cp};` : '';
      for (const ch of rep) put(ch.charCodeAt(0), unit);
      continue;
    }
    if (unit === 4 || cp < 0x10000) put(cp, unit);
    else {
      const v = cp - 0x10000;
      put(0xd800 + (v >> 10), 2);
      put(0xdc00 + (v & 0x3ff), 2);
    }
  }
  return Uint8Array.from(out);
}

function decodeWide(data: Uint8Array, codec: Codec, errors: string): string {
  const { unit } = wideLayout(codec);
  let { little } = wideLayout(codec);
  let pos = 0;
  if (little === null) {
    little = true;
    if (unit === 2 && data.length >= 2) {
      if (data[0] === 0xff && data[1] === 0xfe) pos = 2;
      else if (data[0] === 0xfe && data[1] === 0xff) (pos = 2), (little = false);
    } else if (unit === 4 && data.length >= 4) {
      if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) pos = 4;
      else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) (pos = 4), (little = false);
    }
  }
  const name = `utf-${unit * 8}-${little ? 'le' : 'be'}`;
  const read = (at: number): number => {
    let v = 0;
    for (let k = 0; k < unit; k++) v = v * 256 + data[little ? at + unit - 1 - k : at + k];
    return v;
  };
  let out = '';
  const fail = (start: number, end: number, reason: string): void => {
    if (!HANDLERS.has(errors) || errors === 'xmlcharrefreplace') {
      if (errors === 'xmlcharrefreplace') throwPy('TypeError', `don't know how to handle UnicodeDecodeError in error callback`);
      unknownHandler(errors);
    }
    if (errors === 'strict') throw makeExc('UnicodeDecodeError', name, new PyBytes(data.slice()), start, end, reason);
    if (errors === 'replace') out += '\ufffd';
    else if (errors === 'backslashreplace') for (let k = start; k < end; k++) out += escCp(data[k]);
    else if (errors === 'surrogateescape') for (let k = start; k < end; k++) out += String.fromCharCode(0xdc00 + data[k]);
  };
  while (pos < data.length) {
    if (pos + unit > data.length) {
      fail(pos, data.length, 'truncated data');
      break;
    }
    const v = read(pos);
    if (unit === 4) {
      if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) fail(pos, pos + 4, 'code point not in range(0x110000)');
      else out += String.fromCodePoint(v);
      pos += 4;
      continue;
    }
    if (v < 0xd800 || v > 0xdfff) {
      out += String.fromCharCode(v);
      pos += 2;
    } else if (v >= 0xdc00) {
      fail(pos, pos + 2, 'illegal encoding');
      pos += 2;
    } else if (pos + 4 > data.length) {
      fail(pos, data.length, 'unexpected end of data');
      break;
    } else {
      const w = read(pos + 2);
      if (w >= 0xdc00 && w <= 0xdfff) {
        out += String.fromCharCode(v, w);
        pos += 4;
      } else {
        fail(pos, pos + 2, 'illegal UTF-16 surrogate');
        pos += 2;
      }
    }
  }
  return out;
}
