/**
 * Decoding of string and bytes literal bodies (escape sequences), shared by plain literals and the
 * literal parts of f-strings.
 *
 * Input is a slice of the (newline-normalised) source. Unknown escapes are kept verbatim, as CPython does.
 * `\N{...}` knows a few common names itself and asks the host's Unicode name table for the rest (the
 * interpreter installs `unicodedata`'s, see `setNamedCharLookup`). Failures throw `EscapeError`, which the
 * caller turns into a positioned SyntaxError.
 */

export class EscapeError extends Error {}

const SIMPLE: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

const NAMED: Record<string, number> = {
  'BULLET': 0x2022, 'DEGREE SIGN': 0xb0, 'EM DASH': 0x2014, 'EN DASH': 0x2013, 'HORIZONTAL ELLIPSIS': 0x2026,
  'NO-BREAK SPACE': 0xa0, 'MULTIPLICATION SIGN': 0xd7, 'PLUS-MINUS SIGN': 0xb1, 'MICRO SIGN': 0xb5,
  'GREEK SMALL LETTER ALPHA': 0x3b1, 'GREEK SMALL LETTER BETA': 0x3b2, 'GREEK SMALL LETTER PI': 0x3c0,
  'GREEK SMALL LETTER MU': 0x3bc, 'GREEK SMALL LETTER SIGMA': 0x3c3, 'GREEK CAPITAL LETTER SIGMA': 0x3a3,
  'GREEK CAPITAL LETTER DELTA': 0x394, 'INFINITY': 0x221e, 'CHECK MARK': 0x2713, 'SPACE': 0x20,
  'LINE FEED': 0x0a, 'NULL': 0x00, 'SNOWMAN': 0x2603, 'COPYRIGHT SIGN': 0xa9, 'EURO SIGN': 0x20ac,
  'RIGHTWARDS ARROW': 0x2192, 'LEFTWARDS ARROW': 0x2190, 'BLACK STAR': 0x2605, 'WHITE STAR': 0x2606,
  'GRINNING FACE': 0x1f600, 'SNAKE': 0x1f40d, 'HEAVY CHECK MARK': 0x2714, 'CROSS MARK': 0x274c,
  'LATIN SMALL LETTER E WITH ACUTE': 0xe9, 'SUPERSCRIPT TWO': 0xb2, 'SQUARE ROOT': 0x221a,
};

let namedChar: ((name: string) => number | undefined) | null = null;
/** Install the lookup of Unicode character names for `\N{...}` beyond the built-in few. */
export function setNamedCharLookup(f: (name: string) => number | undefined): void {
  namedChar = f;
}

const isOct = (c: string): boolean => c >= '0' && c <= '7';
const HEX = /^[0-9a-fA-F]+$/;

/** Decode a str literal body. `raw` bodies are returned unchanged. */
export function decodeStr(text: string, start: number, end: number, raw: boolean): string {
  if (raw) return text.slice(start, end);
  let i = text.indexOf('\\', start);
  if (i < 0 || i >= end) return text.slice(start, end);
  let out = text.slice(start, i);
  while (i < end) {
    const c = text[i];
    if (c !== '\\') {
      const j = text.indexOf('\\', i);
      const stop = j < 0 || j > end ? end : j;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    const e = text[i + 1];
    if (e in SIMPLE) {
      out += SIMPLE[e];
      i += 2;
    } else if (isOct(e)) {
      let j = i + 1;
      let v = 0;
      while (j < end && j < i + 4 && isOct(text[j])) v = v * 8 + (text.charCodeAt(j++) - 48);
      out += String.fromCodePoint(v);
      i = j;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const h = text.slice(i + 2, Math.min(i + 2 + n, end));
      if (h.length < n || !HEX.test(h)) {
        throw new EscapeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - start}-${i - start + 1 + h.length}: truncated \\${e}${'X'.repeat(n)} escape`,
        );
      }
      const v = parseInt(h, 16);
      if (v > 0x10ffff) {
        throw new EscapeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - start}-${i - start + 1 + n}: illegal Unicode character`,
        );
      }
      out += String.fromCodePoint(v);
      i += 2 + n;
    } else if (e === 'N') {
      const close = text.indexOf('}', i);
      const name = text[i + 2] === '{' && close > 0 && close < end ? text.slice(i + 3, close) : null;
      const cp = name === null ? undefined : (NAMED[name.toUpperCase()] ?? namedChar?.(name));
      if (cp === undefined) {
        const endPos = name === null ? i + 1 : close;
        throw new EscapeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - start}-${endPos - start}: ${name === null ? 'malformed \\N character escape' : 'unknown Unicode character name'}`,
        );
      }
      out += String.fromCodePoint(cp);
      i = close + 1;
    } else {
      out += '\\';
      i += 1;
    }
  }
  return out;
}

/** Decode a bytes literal body into byte values. Non-ASCII characters throw. */
export function decodeBytes(text: string, start: number, end: number, raw: boolean): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) > 127) throw new EscapeError('bytes can only contain ASCII literal characters');
  }
  let i = start;
  while (i < end) {
    const c = text[i];
    if (raw || c !== '\\') {
      out.push(text.charCodeAt(i++));
      continue;
    }
    const e = text[i + 1];
    if (e in SIMPLE) {
      const s = SIMPLE[e];
      if (s !== '') out.push(s.charCodeAt(0));
      i += 2;
    } else if (isOct(e)) {
      let j = i + 1;
      let v = 0;
      while (j < end && j < i + 4 && isOct(text[j])) v = v * 8 + (text.charCodeAt(j++) - 48);
      out.push(v & 0xff);
      i = j;
    } else if (e === 'x') {
      const h = text.slice(i + 2, Math.min(i + 4, end));
      if (h.length < 2 || !HEX.test(h)) {
        throw new EscapeError(`(value error) invalid \\x escape at position ${i - start}`);
      }
      out.push(parseInt(h, 16));
      i += 4;
    } else {
      out.push(92);
      i += 1;
    }
  }
  return out;
}
