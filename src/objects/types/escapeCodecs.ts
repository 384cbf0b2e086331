/**
 * The 'unicode_escape' and 'raw_unicode_escape' codecs: text as Latin-1 bytes with backslash escapes,
 * as Python string literals write them. Encoding escapes what is not printable ASCII (`\t`, `\xe9`,
 * `\u20ac`, `\U0001f600`; the raw codec only what Latin-1 cannot hold); decoding reads every literal
 * escape (`\n`, `\101`, `\x41`, `\u00e9`, `\N{BULLET}`; the raw codec only `\u` and `\U`) and keeps an
 * unknown one as written. Errors are CPython 3.11's ("'unicodeescape' codec can't decode bytes in
 * position 0-2: truncated \xXX escape"), raised strictly whatever the error handler.
 */
import { makeExc } from '../exceptions';
import { PyBytes } from '../values';
import { codePoints } from './unicode';

/** the one-letter escapes and what they stand for */
const SIMPLE: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '' };

let namedChar: (name: string) => number | undefined = () => undefined;
/** Install the lookup of Unicode character names `\N{…}` uses (unicodedata's, as the grammar gets it). */
export function setEscapeNameLookup(f: (name: string) => number | undefined): void {
  namedChar = f;
}

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/** str.encode('unicode_escape') (raw: 'raw_unicode_escape') → bytes */
export function encodeEscape(s: string, raw: boolean): Uint8Array {
  let text = '';
  for (const cp of codePoints(s)) {
    if (cp >= 0x10000) text += '\\U' + hex(cp, 8);
    else if (cp >= 0x100) text += '\\u' + hex(cp, 4);
    else if (raw) text += String.fromCharCode(cp);
    else if (cp === 0x5c) text += '\\\\';
    else if (cp === 9) text += '\\t';
    else if (cp === 10) text += '\\n';
    else if (cp === 13) text += '\\r';
    else if (cp < 0x20 || cp >= 0x7f) text += '\\x' + hex(cp, 2);
    else text += String.fromCharCode(cp);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** bytes.decode('unicode_escape') (raw: 'raw_unicode_escape') → str */
export function decodeEscape(data: Uint8Array, raw: boolean): string {
  const fail = (start: number, end: number, reason: string): never => {
    throw makeExc('UnicodeDecodeError', raw ? 'rawunicodeescape' : 'unicodeescape', new PyBytes(data.slice()), start, end, reason);
  };
  const at = (i: number) => String.fromCharCode(data[i]);
  const text = (from: number, to: number) => String.fromCharCode(...data.subarray(from, to));
  const isHex = (i: number) => i < data.length && /[0-9a-fA-F]/.test(at(i));
  let out = '';
  let i = 0;
  while (i < data.length) {
    if (data[i] !== 0x5c) {
      out += at(i++);
      continue;
    }
    if (i + 1 >= data.length) {
      if (raw) return out + '\\';
      fail(i, i + 1, '\\ at end of string');
    }
    const e = at(i + 1);
    if (!raw && e in SIMPLE) {
      out += SIMPLE[e];
      i += 2;
    } else if (!raw && e >= '0' && e <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < data.length && j < i + 4 && at(j) >= '0' && at(j) <= '7') v = v * 8 + data[j++] - 48;
      out += String.fromCodePoint(v);
      i = j;
    } else if ((!raw && e === 'x') || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      let j = i + 2;
      while (j < i + 2 + n && isHex(j)) j++;
      if (j < i + 2 + n) fail(i, j, `truncated \\${e}${'X'.repeat(n)} escape`);
      const v = parseInt(text(i + 2, j), 16);
      if (v > 0x10ffff) fail(i, j, 'illegal Unicode character');
      out += String.fromCodePoint(v);
      i = j;
    } else if (!raw && e === 'N') {
      const close = data.indexOf(0x7d, i);
      const name = data[i + 2] === 0x7b && close > i + 3 ? text(i + 3, close) : null;
      const cp = name === null ? undefined : namedChar(name);
      if (cp === undefined) fail(i, name === null ? i + 2 : close + 1, name === null ? 'malformed \\N character escape' : 'unknown Unicode character name');
      out += String.fromCodePoint(cp!);
      i = close + 1;
    } else {
      out += '\\';
      i += 1;
    }
  }
  return out;
}
