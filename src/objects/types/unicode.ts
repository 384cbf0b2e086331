/**
 * Character classes and case mappings for the str methods, per code point, following CPython 3.11's
 * `unicodectype.c` definitions: isdecimal = category Nd; isdigit adds Numeric_Type=Digit; isnumeric adds
 * Numeric_Type=Numeric; isalpha = categories L*; cased = Lowercase|Uppercase|Lt; title() maps with the
 * Unicode titlecase mapping (ǆ → ǅ, ß → Ss) and lower() honours the Final_Sigma rule.
 * What JS regex properties and toUpperCase/toLowerCase cannot give is read from unicodeTables.ts.
 */
import { DIGIT_EXTRA, NUMERIC_EXTRA, CASEFOLD, TITLE } from './unicodeTables';

function parseRanges(s: string): Int32Array {
  const parts = s.split(',');
  const out = new Int32Array(parts.length * 2);
  parts.forEach((p, i) => {
    const [a, b] = p.split('-');
    out[2 * i] = parseInt(a, 36);
    out[2 * i + 1] = parseInt(b ?? a, 36);
  });
  return out;
}
function inRanges(r: Int32Array, cp: number): boolean {
  let lo = 0, hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}
function parseMapping(s: string): Map<number, string> {
  const m = new Map<number, string>();
  for (const e of s.split(',')) {
    const [k, v] = e.split(':');
    m.set(parseInt(k, 36), String.fromCodePoint(...v.split('.').map((x) => parseInt(x, 36))));
  }
  return m;
}

let digitExtra: Int32Array | null = null;
let numericExtra: Int32Array | null = null;
let casefoldMap: Map<number, string> | null = null;
let titleMap: Map<number, string> | null = null;

const RE_ND = /\p{Nd}/u;
const RE_L = /\p{L}/u;
const RE_UPPER = /\p{Uppercase}/u;
const RE_LOWER = /\p{Lowercase}/u;
const RE_LT = /\p{Lt}/u;
const RE_CASE_IGNORABLE = /\p{Case_Ignorable}/u;

const chr = (cp: number) => String.fromCodePoint(cp);

export function isDecimalCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return RE_ND.test(chr(cp));
}
export function isDigitCp(cp: number): boolean {
  if (isDecimalCp(cp)) return true;
  return cp >= 128 && inRanges((digitExtra ??= parseRanges(DIGIT_EXTRA)), cp);
}
export function isNumericCp(cp: number): boolean {
  if (isDigitCp(cp)) return true;
  return cp >= 128 && inRanges((numericExtra ??= parseRanges(NUMERIC_EXTRA)), cp);
}
export function isAlphaCp(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return RE_L.test(chr(cp));
}
export function isAlnumCp(cp: number): boolean {
  return isAlphaCp(cp) || isNumericCp(cp);
}
export function isUpperCp(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return RE_UPPER.test(chr(cp));
}
export function isLowerCp(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  return RE_LOWER.test(chr(cp));
}
export function isTitleCp(cp: number): boolean {
  return cp >= 128 && RE_LT.test(chr(cp));
}
export function isCasedCp(cp: number): boolean {
  return isUpperCp(cp) || isLowerCp(cp) || isTitleCp(cp);
}
function isCaseIgnorableCp(cp: number): boolean {
  return RE_CASE_IGNORABLE.test(chr(cp));
}

/** Code points of s (lone surrogates kept as single units, like Python's str). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** Full lowercase of cps[i], applying Final_Sigma to U+03A3 as CPython's lower_ucs4 does. */
export function lowerAt(cps: number[], i: number): string {
  const cp = cps[i];
  if (cp === 0x3a3) return finalSigma(cps, i) ? '\u03c2' : '\u03c3';
  return cp < 128 ? (cp >= 65 && cp <= 90 ? chr(cp + 32) : chr(cp)) : chr(cp).toLowerCase();
}
function finalSigma(cps: number[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(cps[j])) j--;
  if (j < 0 || !isCasedCp(cps[j])) return false;
  j = i + 1;
  while (j < cps.length && isCaseIgnorableCp(cps[j])) j++;
  return j === cps.length || !isCasedCp(cps[j]);
}
export function upperCp(cp: number): string {
  return cp < 128 ? (cp >= 97 && cp <= 122 ? chr(cp - 32) : chr(cp)) : chr(cp).toUpperCase();
}
export function titleCp(cp: number): string {
  if (cp < 128) return upperCp(cp);
  return (titleMap ??= parseMapping(TITLE)).get(cp) ?? chr(cp).toUpperCase();
}
export function casefoldCp(cps: number[], i: number): string {
  const cp = cps[i];
  if (cp < 128) return lowerAt(cps, i);
  const f = (casefoldMap ??= parseMapping(CASEFOLD)).get(cp);
  return f ?? chr(cp).toLowerCase();
}
