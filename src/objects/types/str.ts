/**
 * The methods of `str` and its constructor, with CPython 3.11's results and error messages.
 *
 * A Python str is a JS string; Python indices count code points, so every method that takes or returns
 * a position or a width converts between code points and UTF-16 units when the string holds surrogate
 * pairs (checked once with `strLen`; pure-BMP strings take the direct path). Searching needs no
 * conversion: a well-formed needle cannot match half of a pair. Whitespace is Python's isspace(), and
 * case mappings come from unicode.ts (Final_Sigma, titlecase, casefold tables).
 * str.format lives in strFormat.ts, the codecs in codecs.ts.
 */
import { StrType, typeOf } from '../pytype';
import { PyTuple, PyBytes } from '../values';
import { PyDict } from '../hashtable';
import { Kw, builtin } from '../function';
import { PyStaticMethod } from '../descriptors';
import { throwPy } from '../errors';
import { PyExc, excType } from '../exceptions';
import { strLen, index, getItem } from '../protocols';
import { asArray, isIterable } from '../iterators';
import { str as toStr } from '../repr';
import { isPySpace, isPrintable } from '../numParse';
import { asInt } from '../arith';
import { defineMethods, permissiveInit } from './define';
import { noArgs, oneArg, posArgs, oldArgs, kwArgs, methodArgs, oldMethodArgs } from './args';
import {
  codePoints, isDecimalCp, isDigitCp, isNumericCp, isAlphaCp, isAlnumCp, isUpperCp, isLowerCp, isTitleCp,
  isCasedCp, lowerAt, upperCp, titleCp, casefoldCp,
} from './unicode';
import { encodeStr, decodeBytes } from './codecs';
import { formatWithArgs, formatWithMapping } from './strFormat';

// ---- argument conversion ----

const tn = (v: any) => typeOf(v).tpName;

function needStr(v: any, prefix = ''): string {
  if (typeof v !== 'string') throwPy('TypeError', `${prefix}must be str, not ${tn(v)}`);
  return v;
}

/** A C Py_ssize_t argument (width, count, maxsplit...). */
export function ssize(v: any): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint') throwPy('OverflowError', 'Python int too large to convert to C ssize_t');
  const n = index(v);
  return n;
}

/** A start/end argument of find/count/startswith: None → undefined; huge ints clamp. */
function sliceBound(v: any): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  const i = asInt(v);
  if (i !== undefined) return Number(i);
  const f = typeOf(v).lookup('__index__');
  if (f === undefined || f === null) throwPy('TypeError', 'slice indices must be integers or None or have an __index__ method');
  return index(v);
}

/** ADJUST_INDICES from CPython: clamp [start, end) into [0, n]. */
function adjust(start: any, end: any, n: number): [number, number] {
  let s = sliceBound(start) ?? 0;
  let e = sliceBound(end) ?? n;
  if (e > n) e = n;
  else if (e < 0) {
    e += n;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += n;
    if (s < 0) s = 0;
  }
  return [s, e];
}

// ---- code point / UTF-16 conversion ----

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
/** UTF-16 offset of code point index `cp` in s. */
function unitOf(s: string, cp: number): number {
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) u += isHigh(s.charCodeAt(u)) && isLow(s.charCodeAt(u + 1)) ? 2 : 1;
  return u;
}
/** Code point index of UTF-16 offset `u` in s. */
function cpOf(s: string, u: number): number {
  let n = 0;
  for (let i = 0; i < u; n++) i += isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
  return n;
}

// ---- searching ----

/** Code point index of UTF-16 offset j (only the prefix before j is scanned). */
function cpIndex(s: string, j: number): number {
  for (let i = 0; i < j; i++) if (isHigh(s.charCodeAt(i))) return cpOf(s, j);
  return j;
}

function findIn(s: string, sub: string, start: any, end: any, rev: boolean): number {
  if ((start === undefined || start === null) && (end === undefined || end === null) && sub.length) {
    // whole-string search: no bounds to convert, only the result
    const j = rev ? s.lastIndexOf(sub) : s.indexOf(sub);
    return j < 0 ? -1 : cpIndex(s, j);
  }
  const n = strLen(s);
  const bmp = n === s.length;
  const [st, en] = adjust(start, end, n);
  const m = strLen(sub);
  if (en - st < m) return -1;
  if (m === 0) return rev ? en : st;
  const us = bmp ? st : unitOf(s, st);
  const ue = bmp ? en : unitOf(s, en);
  let j: number;
  if (!rev) {
    j = s.indexOf(sub, us);
    if (j < 0 || j + sub.length > ue) return -1;
  } else {
    j = s.lastIndexOf(sub, ue - sub.length);
    if (j < us) return -1;
  }
  return bmp ? j : cpOf(s, j);
}

function countIn(s: string, sub: string, start: any, end: any): number {
  if ((start === undefined || start === null) && (end === undefined || end === null) && sub.length) {
    let count = 0;
    for (let j = s.indexOf(sub); j >= 0; j = s.indexOf(sub, j + sub.length)) count++;
    return count;
  }
  const n = strLen(s);
  const bmp = n === s.length;
  const [st, en] = adjust(start, end, n);
  const m = strLen(sub);
  if (en - st < m) return 0;
  if (m === 0) return en - st + 1;
  const us = bmp ? st : unitOf(s, st);
  const ue = bmp ? en : unitOf(s, en);
  let count = 0;
  for (let j = s.indexOf(sub, us); j >= 0 && j + sub.length <= ue; j = s.indexOf(sub, j + sub.length)) count++;
  return count;
}

function tailMatch(s: string, sub: string, start: any, end: any, atEnd: boolean): boolean {
  if ((start === undefined || start === null) && (end === undefined || end === null)) return atEnd ? s.endsWith(sub) : s.startsWith(sub);
  const n = strLen(s);
  const bmp = n === s.length;
  let [st, en] = adjust(start, end, n);
  const m = strLen(sub);
  en -= m;
  if (en < st) return false;
  if (m === 0) return true;
  const pos = atEnd ? en : st;
  const u = bmp ? pos : unitOf(s, pos);
  return s.startsWith(sub, u);
}

function startsOrEnds(name: string, s: string, args: any[], kw: Kw, atEnd: boolean): boolean {
  oldMethodArgs('str', name, args, kw, 1, 3);
  const [prefix, start, end] = args;
  if (prefix instanceof PyTuple) {
    for (const p of prefix.items) {
      if (typeof p !== 'string') throwPy('TypeError', `tuple for ${name} must only contain str, not ${tn(p)}`);
      if (tailMatch(s, p, start, end, atEnd)) return true;
    }
    return false;
  }
  if (typeof prefix !== 'string') throwPy('TypeError', `${name} first arg must be str or a tuple of str, not ${tn(prefix)}`);
  return tailMatch(s, prefix, start, end, atEnd);
}

// ---- splitting ----

function isWs(s: string, i: number): boolean {
  return isPySpace(s.charCodeAt(i));
}

/**
 * split() on runs of whitespace. (A global regex match of non-space runs took as long once optimized, and
 * 3x as long in a script's first few thousand calls, while V8 compiles the regex and its caller.)
 */
/** any whitespace but a lone space: a tab, a line break, another Unicode space, or two spaces in a row */
const NOT_SINGLE_SPACES = /[\t-\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| {2}/;

function splitWs(s: string, maxsplit: number): string[] {
  // a long text of words between single spaces (`("a b " * 20000).split()`): V8's own split at ' ',
  // after one regex test, instead of a character loop (a 460 KB text: 13 -> 7.6 ms on first use)
  if (maxsplit < 0 && s.length > 256 && !NOT_SINGLE_SPACES.test(s)) {
    const a = s.charCodeAt(0) === 32 ? 1 : 0;
    const b = s.charCodeAt(s.length - 1) === 32 ? s.length - 1 : s.length;
    return a >= b ? [] : (a === 0 && b === s.length ? s : s.slice(a, b)).split(' ');
  }
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  for (;;) {
    while (i < n && isWs(s, i)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      break;
    }
    let j = i;
    while (j < n && !isWs(s, j)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  for (;;) {
    while (i > 0 && isWs(s, i - 1)) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isWs(s, j - 1)) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

/** Separator offsets of the split in progress (splitStr), so the result array can be built at its size. */
const cuts = new Int32Array(4);

/** Piece k of s cut at `cuts[0..n)` with a separator of length m. */
function piece(s: string, k: number, n: number, m: number): string {
  return s.slice(k === 0 ? 0 : cuts[k - 1]! + m, k === n ? s.length : cuts[k]);
}

/**
 * `s.split(sep)` for a non-empty separator. V8's split allocates more per call than an indexOf loop,
 * which wins on the short lines loops split (measured 2-3x on 8-1024 characters); on a long text with
 * many pieces V8's is faster. Up to five pieces come back in an array literal of their exact size: an
 * array grown by push gets room for 17 elements at the first push, and that garbage made splitting a
 * four-field line ~25% slower.
 */
export function splitStr(s: string, sep: string): string[] {
  if (s.length > 4096) return s.split(sep);
  const m = sep.length;
  let n = 0;
  for (let j = s.indexOf(sep); j >= 0; j = s.indexOf(sep, j + m)) {
    if (n === 4) return splitMore(s, sep, j);
    cuts[n++] = j;
  }
  switch (n) {
    case 0: return [s];
    case 1: return [piece(s, 0, 1, m), piece(s, 1, 1, m)];
    case 2: return [piece(s, 0, 2, m), piece(s, 1, 2, m), piece(s, 2, 2, m)];
    case 3: return [piece(s, 0, 3, m), piece(s, 1, 3, m), piece(s, 2, 3, m), piece(s, 3, 3, m)];
    default: return [piece(s, 0, 4, m), piece(s, 1, 4, m), piece(s, 2, 4, m), piece(s, 3, 4, m), piece(s, 4, 4, m)];
  }
}

/** splitStr past four separators (at `cuts`, the fifth at j): the rest grows by push. */
function splitMore(s: string, sep: string, j: number): string[] {
  const m = sep.length;
  const out = [piece(s, 0, 4, m), piece(s, 1, 4, m), piece(s, 2, 4, m), piece(s, 3, 4, m), s.slice(cuts[3]! + m, j)];
  let i = j + m;
  for (j = s.indexOf(sep, i); j >= 0; j = s.indexOf(sep, i)) {
    out.push(s.slice(i, j));
    i = j + m;
  }
  out.push(s.slice(i));
  return out;
}

function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return splitStr(s, sep);
  const out: string[] = [];
  let i = 0;
  while (maxsplit < 0 || out.length < maxsplit) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let end = s.length;
  while (maxsplit < 0 || out.length < maxsplit) {
    if (end - sep.length < 0) break;
    const j = s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function splitArgs(name: string, args: any[], kw: Kw): [string | null, number] {
  const [sep, maxsplit] = kwArgs(name, args, kw, ['sep', 'maxsplit']);
  if (sep !== undefined && sep !== null && typeof sep !== 'string') throwPy('TypeError', `must be str or None, not ${tn(sep)}`);
  if (sep === '') throwPy('ValueError', 'empty separator');
  return [sep ?? null, maxsplit === undefined ? -1 : ssize(maxsplit)];
}

const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);

function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && !LINE_BREAKS.has(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) {
      eol = s.charCodeAt(j) === 0x0d && s.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
    }
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

// ---- stripping ----

/** the chars argument of the last strip with one, and the set of their code points */
let stripChars = '';
let stripSet = new Set<number>();

function strip(name: string, s: string, args: any[], kw: Kw, left: boolean, right: boolean): string {
  methodArgs('str', name, args, kw, 0, 1);
  const chars = args[0];
  let i = 0;
  let j = s.length;
  if (chars === undefined || chars === null) {
    if (left) while (i < j && isWs(s, i)) i++;
    if (right) while (j > i && isWs(s, j - 1)) j--;
    return s.slice(i, j);
  }
  if (typeof chars !== 'string') throwPy('TypeError', `${name} arg must be None or str`);
  // a loop strips with the same chars each time: their set is made once (it was most of the call)
  if (chars !== stripChars) {
    stripSet = new Set(codePoints(chars));
    stripChars = chars;
  }
  const set = stripSet;
  if (left) {
    while (i < j) {
      const cp = s.codePointAt(i)!;
      if (!set.has(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  if (right) {
    while (j > i) {
      const lo = s.charCodeAt(j - 1);
      const w = isLow(lo) && j - 2 >= i && isHigh(s.charCodeAt(j - 2)) ? 2 : 1;
      if (!set.has(s.codePointAt(j - w)!)) break;
      j -= w;
    }
  }
  return s.slice(i, j);
}

// ---- padding ----

function fillChar(v: any): string {
  if (v === undefined) return ' ';
  if (typeof v !== 'string') throwPy('TypeError', `The fill character must be a unicode character, not ${tn(v)}`);
  if (strLen(v) !== 1) throwPy('TypeError', 'The fill character must be exactly one character long');
  return v;
}

function pad(name: string, s: string, args: any[], kw: Kw, how: 'l' | 'r' | 'c'): string {
  methodArgs('str', name, args, kw, 1, 2);
  const width = ssize(args[0]);
  const fill = fillChar(args[1]);
  const n = strLen(s);
  if (n >= width) return s;
  const marg = width - n;
  let left: number;
  if (how === 'l') left = 0;
  else if (how === 'r') left = marg;
  else left = (marg >> 1) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

// ---- case mapping ----

function mapCps(s: string, f: (cps: number[], i: number) => string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += f(cps, i);
  return out;
}

/**
 * ASCII fast paths of title() and swapcase(): the new char codes go into a scratch array turned into a
 * string at once (a string built a character at a time took 2x CPython's time; this is about 2x faster
 * than CPython). Null when the text has a non-ASCII character, which the code-point versions handle.
 */
const scratch: number[] = [];
const SCRATCH_MAX = 8192;
function asciiTitle(s: string): string | null {
  const n = s.length;
  if (n > SCRATCH_MAX) return null;
  scratch.length = n;
  let prevCased = false;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c > 127) return null;
    const up = c >= 65 && c <= 90;
    const low = c >= 97 && c <= 122;
    if (prevCased) {
      if (up) c += 32;
    } else if (low) c -= 32;
    prevCased = up || low;
    scratch[i] = c;
  }
  return String.fromCharCode.apply(null, scratch);
}
function asciiSwapcase(s: string): string | null {
  const n = s.length;
  if (n > SCRATCH_MAX) return null;
  scratch.length = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return null;
    scratch[i] = c >= 65 && c <= 90 ? c + 32 : c >= 97 && c <= 122 ? c - 32 : c;
  }
  return String.fromCharCode.apply(null, scratch);
}

function title(s: string): string {
  const fast = asciiTitle(s);
  if (fast !== null) return fast;
  const cps = codePoints(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleCp(cp);
    prevCased = isCasedCp(cp);
  }
  return out;
}

function isTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const cp of codePoints(s)) {
    if (isUpperCp(cp) || isTitleCp(cp)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerCp(cp)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

function allCps(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if (!pred(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
function isIdentifier(s: string): boolean {
  const cps = codePoints(s);
  if (!cps.length || !XID_START.test(String.fromCodePoint(cps[0]))) return false;
  for (let i = 1; i < cps.length; i++) if (!XID_CONTINUE.test(String.fromCodePoint(cps[i]))) return false;
  return true;
}

// ---- the rest ----

function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
    } else {
      col++;
      out += ch;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return out;
}

function replace(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (old === '') {
    if (count === 0) return s;
    const cps = [...s];
    let out = '';
    let k = 0;
    for (; k < cps.length && k < count; k++) out += rep + cps[k];
    if (k < count) return out + rep;
    return out + cps.slice(k).join('');
  }
  // the pieces are added to a rope that is flattened once at the end: a line with no match comes back
  // as it is, and a 60-character line with one comma replaced cost 360 ns by split and join, 140 this way
  let j = s.indexOf(old);
  if (j < 0 || count === 0) return s;
  const m = old.length;
  let out = '';
  let i = 0;
  for (let done = 0; ; ) {
    out += s.slice(i, j);
    out += rep;
    i = j + m;
    if (++done >= count) break;
    j = s.indexOf(old, i);
    if (j < 0) break;
  }
  out += s.slice(i);
  out.charCodeAt(0);
  return out;
}

function zfill(s: string, width: number): string {
  const n = strLen(s);
  if (n >= width) return s;
  const fill = width - n;
  if (s[0] === '+' || s[0] === '-') return s[0] + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

function join(sep: string, iterable: any): string {
  if (!isIterable(iterable)) throwPy('TypeError', 'can only join an iterable');
  let items = asArray(iterable);
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] === 'string') continue;
    // instances of str subclasses (boxed, subclass.ts) join as their string value
    const x = items[i];
    const v = x !== null && typeof x === 'object' && typeof x.value === 'string' && typeOf(x).isSubtypeOf(StrType) ? x.value : undefined;
    if (typeof v !== 'string') throwPy('TypeError', `sequence item ${i}: expected str instance, ${tn(items[i])} found`);
    if (items === iterable) items = items.slice();
    items[i] = v;
  }
  return items.join(sep);
}

function partition(s: string, sep: any, rev: boolean): PyTuple {
  needStr(sep);
  if (sep === '') throwPy('ValueError', 'empty separator');
  const j = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (j < 0) return new PyTuple(rev ? ['', '', s] : [s, '', '']);
  return new PyTuple([s.slice(0, j), sep, s.slice(j + sep.length)]);
}

function isLookupError(e: unknown): boolean {
  return e instanceof PyExc && e.cls.isSubtypeOf(excType('LookupError'));
}

function translate(s: string, table: any): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let v: any;
    if (table instanceof PyDict) v = table.get(cp);
    else {
      try {
        v = getItem(table, cp);
      } catch (e) {
        if (!isLookupError(e)) throw e;
        v = undefined;
      }
    }
    if (v === undefined) out += ch;
    else if (v === null) continue;
    else if (typeof v === 'string') out += v;
    else {
      const i = asInt(v);
      if (i === undefined) throwPy('TypeError', 'character mapping must return integer, None or str');
      if (i < 0 || i > 0x10ffff) throwPy('ValueError', 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(Number(i));
    }
  }
  return out;
}

function maketrans(args: any[], kw: Kw): PyDict {
  posArgs('maketrans', 'str.maketrans', args, kw, 1, 3);
  const [x, y, z] = args;
  const d = new PyDict();
  if (args.length === 1) {
    if (!(x instanceof PyDict)) throwPy('TypeError', 'if you give only one argument to maketrans it must be a dict');
    for (const { k, v } of x.entries()) {
      if (typeof k === 'string') {
        if (strLen(k) !== 1) throwPy('ValueError', 'string keys in translate table must be of length 1');
        d.set(k.codePointAt(0)!, v);
      } else if (asInt(k) !== undefined) d.set(k, v);
      else throwPy('TypeError', 'keys in translate table must be strings or integers');
    }
    return d;
  }
  if (typeof y !== 'string') throwPy('TypeError', `maketrans() argument 2 must be str, not ${tn(y)}`);
  if (z !== undefined && typeof z !== 'string') throwPy('TypeError', `maketrans() argument 3 must be str, not ${tn(z)}`);
  if (typeof x !== 'string') throwPy('TypeError', 'first maketrans argument must be a string if there is a second argument');
  const xs = codePoints(x), ys = codePoints(y);
  if (xs.length !== ys.length) throwPy('ValueError', 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < xs.length; i++) d.set(xs[i], ys[i]);
  if (z !== undefined) for (const cp of codePoints(z)) d.set(cp, null);
  return d;
}

function encodingArgs(name: string, args: any[], kw: Kw, names: string[]): [string, string] {
  const [encoding, errors] = kwArgs(name, args, kw, names);
  if (encoding !== undefined && typeof encoding !== 'string') throwPy('TypeError', `${name}() argument '${names[0]}' must be str, not ${tn(encoding)}`);
  if (errors !== undefined && typeof errors !== 'string') throwPy('TypeError', `${name}() argument '${names[1]}' must be str, not ${tn(errors)}`);
  return [encoding ?? 'utf-8', errors ?? 'strict'];
}

/** The bytes of a bytes-like object (bytes or a bytearray-like with `data`), or null. */
export function bytesLike(v: any): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v !== null && typeof v === 'object' && v.data instanceof Uint8Array) return v.data;
  if (v !== null && typeof v === 'object' && v.value instanceof PyBytes) return v.value.data; // a bytes subclass instance
  return null;
}

/** str(object='', encoding='utf-8', errors='strict') */
function newStr(args: any[], kw: Kw): string {
  if (args.length === 1 && kw === null) return toStr(args[0]);
  const [obj, encoding, errors] = kwArgs('str', args, kw, ['object', 'encoding', 'errors']);
  if (encoding === undefined && errors === undefined) return obj === undefined ? '' : toStr(obj);
  if (encoding !== undefined && typeof encoding !== 'string') throwPy('TypeError', `str() argument 'encoding' must be str, not ${tn(encoding)}`);
  if (errors !== undefined && typeof errors !== 'string') throwPy('TypeError', `str() argument 'errors' must be str, not ${tn(errors)}`);
  if (obj === undefined) return '';
  if (typeof obj === 'string') throwPy('TypeError', 'decoding str is not supported');
  const data = bytesLike(obj);
  if (!data) throwPy('TypeError', `decoding to str: need a bytes-like object, ${tn(obj)} found`);
  return decodeBytes(data, encoding ?? 'utf-8', errors ?? 'strict');
}

function isMethod(name: string, pred: (cp: number) => boolean) {
  return (s: string, args: any[], kw: Kw) => {
    noArgs(`str.${name}`, args, kw);
    return allCps(s, pred);
  };
}

/** Install the str methods and constructor on StrType. */
export function installStr(): void {
  StrType.newInstance = (_cls, args, kw) => newStr(args, kw);
  defineMethods(StrType, {
    join: (s: string, args, kw) => join(s, oneArg('str.join', args, kw)),
    split: (s: string, args, kw) => {
      const [sep, max] = splitArgs('split', args, kw);
      return sep === null ? splitWs(s, max) : splitSep(s, sep, max);
    },
    rsplit: (s: string, args, kw) => {
      const [sep, max] = splitArgs('rsplit', args, kw);
      return sep === null ? rsplitWs(s, max) : rsplitSep(s, sep, max);
    },
    splitlines: (s: string, args, kw) => {
      const [keepends] = kwArgs('splitlines', args, kw, ['keepends']);
      return splitLines(s, keepends === undefined ? false : ssize(keepends) !== 0);
    },
    strip: (s: string, args, kw) => strip('strip', s, args, kw, true, true),
    lstrip: (s: string, args, kw) => strip('lstrip', s, args, kw, true, false),
    rstrip: (s: string, args, kw) => strip('rstrip', s, args, kw, false, true),
    replace: (s: string, args, kw) => {
      posArgs('replace', 'str.replace', args, kw, 2, 3);
      if (typeof args[0] !== 'string') throwPy('TypeError', `replace() argument 1 must be str, not ${tn(args[0])}`);
      if (typeof args[1] !== 'string') throwPy('TypeError', `replace() argument 2 must be str, not ${tn(args[1])}`);
      return replace(s, args[0], args[1], args.length > 2 ? ssize(args[2]) : -1);
    },
    find: (s: string, args, kw) => {
      oldArgs('str.find', args, kw, 1, 3);
      return findIn(s, needStr(args[0]), args[1], args[2], false);
    },
    rfind: (s: string, args, kw) => {
      oldArgs('str.rfind', args, kw, 1, 3);
      return findIn(s, needStr(args[0]), args[1], args[2], true);
    },
    index: (s: string, args, kw) => {
      oldArgs('str.index', args, kw, 1, 3);
      const r = findIn(s, needStr(args[0]), args[1], args[2], false);
      if (r < 0) throwPy('ValueError', 'substring not found');
      return r;
    },
    rindex: (s: string, args, kw) => {
      oldArgs('str.rindex', args, kw, 1, 3);
      const r = findIn(s, needStr(args[0]), args[1], args[2], true);
      if (r < 0) throwPy('ValueError', 'substring not found');
      return r;
    },
    count: (s: string, args, kw) => {
      oldArgs('str.count', args, kw, 1, 3);
      return countIn(s, needStr(args[0]), args[1], args[2]);
    },
    startswith: (s: string, args, kw) => startsOrEnds('startswith', s, args, kw, false),
    endswith: (s: string, args, kw) => startsOrEnds('endswith', s, args, kw, true),
    upper: (s: string, args, kw) => (noArgs('str.upper', args, kw), s.toUpperCase()),
    lower: (s: string, args, kw) => (noArgs('str.lower', args, kw), s.toLowerCase()),
    title: (s: string, args, kw) => (noArgs('str.title', args, kw), title(s)),
    capitalize: (s: string, args, kw) => {
      noArgs('str.capitalize', args, kw);
      return mapCps(s, (cps, i) => (i === 0 ? titleCp(cps[0]) : lowerAt(cps, i)));
    },
    swapcase: (s: string, args, kw) => {
      noArgs('str.swapcase', args, kw);
      return asciiSwapcase(s) ?? mapCps(s, (cps, i) => {
        const cp = cps[i];
        if (isUpperCp(cp)) return lowerAt(cps, i);
        if (isLowerCp(cp)) return upperCp(cp);
        return String.fromCodePoint(cp);
      });
    },
    casefold: (s: string, args, kw) => (noArgs('str.casefold', args, kw), mapCps(s, casefoldCp)),
    center: (s: string, args, kw) => pad('center', s, args, kw, 'c'),
    ljust: (s: string, args, kw) => pad('ljust', s, args, kw, 'l'),
    rjust: (s: string, args, kw) => pad('rjust', s, args, kw, 'r'),
    zfill: (s: string, args, kw) => zfill(s, ssize(oneArg('str.zfill', args, kw))),
    isdigit: isMethod('isdigit', isDigitCp),
    isdecimal: isMethod('isdecimal', isDecimalCp),
    isnumeric: isMethod('isnumeric', isNumericCp),
    isalpha: isMethod('isalpha', isAlphaCp),
    isalnum: isMethod('isalnum', isAlnumCp),
    isspace: isMethod('isspace', isPySpace),
    isupper: (s: string, args, kw) => {
      noArgs('str.isupper', args, kw);
      let cased = false;
      for (const cp of codePoints(s)) {
        if (isLowerCp(cp) || isTitleCp(cp)) return false;
        if (isUpperCp(cp)) cased = true;
      }
      return cased;
    },
    islower: (s: string, args, kw) => {
      noArgs('str.islower', args, kw);
      let cased = false;
      for (const cp of codePoints(s)) {
        if (isUpperCp(cp) || isTitleCp(cp)) return false;
        if (isLowerCp(cp)) cased = true;
      }
      return cased;
    },
    istitle: (s: string, args, kw) => (noArgs('str.istitle', args, kw), isTitle(s)),
    isidentifier: (s: string, args, kw) => (noArgs('str.isidentifier', args, kw), isIdentifier(s)),
    isprintable: (s: string, args, kw) => (noArgs('str.isprintable', args, kw), s === '' || allCps(s, isPrintable)),
    isascii: (s: string, args, kw) => (noArgs('str.isascii', args, kw), /^[\0-\x7f]*$/.test(s)),
    partition: (s: string, args, kw) => partition(s, oneArg('str.partition', args, kw), false),
    rpartition: (s: string, args, kw) => partition(s, oneArg('str.rpartition', args, kw), true),
    expandtabs: (s: string, args, kw) => {
      const [tabsize] = kwArgs('expandtabs', args, kw, ['tabsize']);
      return expandTabs(s, tabsize === undefined ? 8 : ssize(tabsize));
    },
    encode: (s: string, args, kw) => {
      const [encoding, errors] = encodingArgs('encode', args, kw, ['encoding', 'errors']);
      return new PyBytes(encodeStr(s, encoding, errors));
    },
    format: (s: string, args, kw) => formatWithArgs(s, args, kw),
    format_map: (s: string, args, kw) => formatWithMapping(s, oneArg('str.format_map', args, kw)),
    translate: (s: string, args, kw) => translate(s, oneArg('str.translate', args, kw)),
    removeprefix: (s: string, args, kw) => {
      const p = needStr(oneArg('str.removeprefix', args, kw), 'removeprefix() argument ');
      return p && s.startsWith(p) ? s.slice(p.length) : s;
    },
    removesuffix: (s: string, args, kw) => {
      const p = needStr(oneArg('str.removesuffix', args, kw), 'removesuffix() argument ');
      return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    },
  });
  StrType.dict.maketrans = new PyStaticMethod(builtin('maketrans', maketrans));
  permissiveInit(StrType);
}
