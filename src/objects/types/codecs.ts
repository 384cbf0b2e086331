/**
 * The text codecs behind str.encode, bytes.decode and str(bytes, encoding): UTF-8, ASCII and Latin-1 with
 * the error handlers strict, ignore, replace, backslashreplace and xmlcharrefreplace (encode only).
 * Messages are CPython 3.11's (`'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`);
 * a run of consecutive unencodable characters is reported as one error (`in position 0-1`), and UTF-8
 * decoding reports the maximal invalid prefix the way CPython's decoder does.
 * Invariant: positions in messages are code point indices (encode) or byte offsets (decode).
 */
import { throwPy } from '../errors';
import { codePoints } from './unicode';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

const ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1', '8859': 'latin-1',
  cp819: 'latin-1', l1: 'latin-1', latin: 'latin-1', iso_ir_100: 'latin-1',
};

/** Resolve an encoding name like Python's codec registry normalisation, or raise LookupError. */
export function lookupCodec(name: string): Codec {
  const norm = name.trim().toLowerCase().replace(/[-\s]+/g, '_');
  const c = ALIASES[norm];
  if (!c) throwPy('LookupError', `unknown encoding: ${name}`);
  return c;
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
  const cps = codePoints(s);
  const out: number[] = [];
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const bad = (cp: number) => cp >= limit || (codec === 'utf-8' && cp >= 0xd800 && cp <= 0xdfff);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (!bad(cp)) {
      if (cp < 0x80) out.push(cp);
      else if (codec === 'latin-1') out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      continue;
    }
    let j = i + 1;
    while (j < cps.length && bad(cps[j])) j++;
    if (!HANDLERS.has(errors)) unknownHandler(errors);
    if (errors === 'strict' || errors === 'surrogateescape') {
      const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
      const where = j - i === 1 ? `character '${escCp(cp)}' in position ${i}` : `characters in position ${i}-${j - 1}`;
      throwPy('UnicodeEncodeError', `'${codec}' codec can't encode ${where}: ${reason}`);
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
  let out = '';
  const fail = (start: number, end: number, reason: string): number => {
    if (!HANDLERS.has(errors) || errors === 'xmlcharrefreplace') {
      if (errors === 'xmlcharrefreplace') throwPy('TypeError', `don't know how to handle UnicodeDecodeError in error callback`);
      unknownHandler(errors);
    }
    if (errors === 'strict') {
      const where = end - start === 1
        ? `byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}`
        : `bytes in position ${start}-${end - 1}`;
      throwPy('UnicodeDecodeError', `'${codec}' codec can't decode ${where}: ${reason}`);
    }
    if (errors === 'replace') out += '\ufffd';
    else if (errors === 'backslashreplace') for (let k = start; k < end; k++) out += escCp(data[k]);
    else if (errors === 'surrogateescape') for (let k = start; k < end; k++) out += String.fromCharCode(0xdc00 + data[k]);
    return end;
  };
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
      for (let c = i; c < j; c += 8192) out += String.fromCharCode(...data.subarray(c, Math.min(j, c + 8192)));
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
