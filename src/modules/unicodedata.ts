/**
 * `unicodedata`: character properties of the Unicode 14.0 database (CPython 3.11's). Normalization is
 * String.prototype.normalize (the JS engine's Unicode version); names, general categories, mirrored
 * flags, bidirectional classes, East Asian widths, combining classes and numeric values come from the
 * generated tables of `_unicodedata_tables` (src/stdlib/unicodeData.ts, made by
 * scripts/unicodeData.py), decoded on first use. Names cover the BMP, U+10000-U+100FF, the
 * mathematical alphanumerics and the emoji / symbol block U+1F000-U+1FAFF, plus the algorithmic names of
 * CJK ideographs and Hangul syllables everywhere.
 */
import { PyModule, float } from '../objects/values';
import { builtin, parseArgs } from '../objects/function';
import { throwPy } from '../objects/errors';
import { typeOf } from '../objects/pytype';
import { importModule } from '../interp/imports';
import { makeExc } from '../objects/exceptions';
import { setNamedCharLookup } from '../../grammar/strings';
import { setEscapeNameLookup } from '../objects/types/escapeCodecs';

interface Tables {
  names: Map<number, string>;
  codes: Map<string, number>;
  category: RunTable;
  mirrored: RunTable;
  bidi: RunTable;
  eaw: RunTable;
  ccc: RunTable;
  decompTag: RunTable;
  decompFix: Map<number, string>;
  numeric: Map<number, { value: number; isInt: boolean; decimal: boolean; digit: boolean }>;
}

/** value runs: starts ascending, values[i] holds from starts[i] to starts[i + 1] - 1 */
interface RunTable {
  starts: number[];
  values: string[];
}

const tablesByModule = new WeakMap<PyModule, Tables>();

function tables(): Tables {
  const mod = importModule('_unicodedata_tables', false);
  let t = tablesByModule.get(mod);
  if (!t) {
    t = decodeTables(mod);
    tablesByModule.set(mod, t);
  }
  return t;
}

function text(mod: PyModule, key: string): string {
  return String(mod.d[key]).replace(/\n/g, '');
}

function decodeRuns(s: string): RunTable {
  const starts: number[] = [];
  const values: string[] = [];
  let at = 0;
  for (const item of s.split(' ')) {
    const k = item.indexOf(':');
    at += parseInt(item.slice(0, k), 36);
    starts.push(at);
    values.push(item.slice(k + 1));
  }
  return { starts, values };
}

/** the East Asian width class of a code point ('W', 'F', 'Na', 'H', 'A' or 'N') */
export function eastAsianWidth(cp: number): string {
  return runValue(tables().eaw, cp);
}

function runValue(t: RunTable, cp: number): string {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return t.values[lo];
}

function decodeNames(mod: PyModule): [Map<number, string>, Map<string, number>] {
  const alpha = text(mod, 'ALPHA');
  const A = alpha.length;
  const nsingle = Number(text(mod, 'NSINGLE'));
  const ndouble = Number(text(mod, 'NDOUBLE'));
  const words = text(mod, 'WORDS').split(' ');
  const body = text(mod, 'NAMES');
  const points: number[] = [];
  for (const run of text(mod, 'NAME_RUNS').split(' ')) {
    const [a, n] = run.split(':').map((x) => parseInt(x, 16));
    for (let i = 0; i < n; i++) points.push(a + i);
  }
  const names = new Map<number, string>();
  const codes = new Map<string, number>();
  let prev: string[] = [];
  let i = 0;
  let which = 0;
  while (i < body.length) {
    const shared = body.charCodeAt(i++) - 48;
    const ws = prev.slice(0, shared);
    while (i < body.length) {
      const c = body.charCodeAt(i);
      if (c >= 48 && c <= 57) break;
      const lead = alpha.indexOf(body[i++]);
      let index: number;
      if (lead < nsingle) index = lead;
      else if (lead < nsingle + ndouble) index = nsingle + (lead - nsingle) * A + alpha.indexOf(body[i++]);
      else {
        const hi = alpha.indexOf(body[i++]);
        const lo = alpha.indexOf(body[i++]);
        index = nsingle + ndouble * A + ((lead - nsingle - ndouble) * A + hi) * A + lo;
      }
      ws.push(words[index]);
    }
    const name = ws.join(' ');
    names.set(points[which], name);
    codes.set(name, points[which]);
    which++;
    prev = ws;
  }
  return [names, codes];
}

function decodeTables(mod: PyModule): Tables {
  const [names, codes] = decodeNames(mod);
  const numeric: Tables['numeric'] = new Map();
  for (const run of text(mod, 'NUMERIC').split(' ')) {
    const [a, n, v, flags] = run.split(':');
    const start = parseInt(a, 16);
    const count = parseInt(n, 16);
    const isInt = /^-?\d+$/.test(v);
    for (let k = 0; k < count; k++) {
      numeric.set(start + k, { value: Number(v) + k, isInt, decimal: flags.includes('d'), digit: flags.includes('g') });
    }
  }
  const decompFix = new Map<number, string>();
  for (const item of text(mod, 'DECOMP_FIX').split(' ')) {
    const [a, mapping] = item.split(':');
    decompFix.set(parseInt(a, 16), mapping.replace(/\./g, ' '));
  }
  return { decompTag: decodeRuns(text(mod, 'DECOMP_TAG')), decompFix, names, codes, category: decodeRuns(text(mod, 'CATEGORY')), mirrored: decodeRuns(text(mod, 'MIRRORED')), bidi: decodeRuns(text(mod, 'BIDI')), eaw: decodeRuns(text(mod, 'EAW')), ccc: decodeRuns(text(mod, 'CCC')), numeric };
}

// ---- algorithmic names ----

const CJK_UNIFIED: [number, number][] = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b738], [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a],
];
const CJK_COMPAT: [number, number][] = [[0xf900, 0xfa6d], [0xfa70, 0xfad9], [0x2f800, 0x2fa1d]];
const JAMO_L = 'G GG N D DD R M B BB S SS  J JJ C K T P H'.split(' ');
const JAMO_V = 'A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I'.split(' ');
const JAMO_T = ' G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H'.split(' ');
const HANGUL_BASE = 0xac00;
const HANGUL_COUNT = 19 * 21 * 28;

const inRanges = (cp: number, rs: [number, number][]) => rs.some(([a, b]) => cp >= a && cp <= b);

function algorithmicName(cp: number): string | null {
  if (inRanges(cp, CJK_UNIFIED)) return `CJK UNIFIED IDEOGRAPH-${hex(cp)}`;
  if (inRanges(cp, CJK_COMPAT)) return `CJK COMPATIBILITY IDEOGRAPH-${hex(cp)}`;
  if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
    const s = cp - HANGUL_BASE;
    return `HANGUL SYLLABLE ${JAMO_L[Math.floor(s / 588)]}${JAMO_V[Math.floor((s % 588) / 28)]}${JAMO_T[s % 28]}`;
  }
  return null;
}

function algorithmicLookup(name: string): number | null {
  const m = /^CJK (UNIFIED|COMPATIBILITY) IDEOGRAPH-([0-9A-F]{4,5})$/.exec(name);
  if (m) {
    const cp = parseInt(m[2], 16);
    return inRanges(cp, m[1] === 'UNIFIED' ? CJK_UNIFIED : CJK_COMPAT) ? cp : null;
  }
  if (name.startsWith('HANGUL SYLLABLE ')) {
    const rest = name.slice(16);
    // the longest matching jamo short names, in L V T order
    for (let l = 0; l < 19; l++) {
      if (!rest.startsWith(JAMO_L[l])) continue;
      const r1 = rest.slice(JAMO_L[l].length);
      for (let v = 0; v < 21; v++) {
        if (!r1.startsWith(JAMO_V[v])) continue;
        const t = JAMO_T.indexOf(r1.slice(JAMO_V[v].length));
        if (t >= 0) return HANGUL_BASE + (l * 21 + v) * 28 + t;
      }
    }
  }
  return null;
}

function hex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

// ---- properties ----

/** the one character argument of `fname`, as a code point */
function charArg(fname: string, v: any, argLabel = 'argument'): number {
  if (typeof v !== 'string') throwPy('TypeError', `${fname}() ${argLabel} must be a unicode character, not ${typeOf(v).name}`);
  const cp = v.codePointAt(0);
  if (cp === undefined || v.length !== (cp > 0xffff ? 2 : 1)) throwPy('TypeError', `${fname}() ${argLabel} must be a unicode character, not str`);
  return cp;
}

function charName(cp: number): string | null {
  return algorithmicName(cp) ?? tables().names.get(cp) ?? null;
}

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

function normalizeArgs(fname: string, args: any[], kw: any): [string, string] {
  const [form, s] = parseArgs(fname, args, kw, ['form', 'unistr']);
  if (typeof form !== 'string') throwPy('TypeError', `${fname}() argument 1 must be str, not ${typeOf(form).name}`);
  if (typeof s !== 'string') throwPy('TypeError', `${fname}() argument 2 must be str, not ${typeOf(s).name}`);
  if (!FORMS.has(form)) throwPy('ValueError', 'invalid normalization form');
  return [form, s];
}

/**
 * decomposition(): the one-level mapping as CPython prints it. It is derived from normalization — a
 * canonical mapping from NFD (a singleton's from NFC, otherwise the NFC of all but the last character
 * of the NFD form, then that last one), a compatibility mapping as the NFC of the NFKD form — with the
 * tag from DECOMP_TAG and the few mappings this derivation misses from DECOMP_FIX
 * (keep in step with derived_decomposition in scripts/unicodeData.py).
 */
function decomposition(cp: number): string {
  if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) return '';
  const t = tables();
  if (runValue(t.category, cp) === 'Cn') return ''; // assigned after Unicode 14.0
  const tag = runValue(t.decompTag, cp);
  const prefix = tag ? `<${tag}> ` : '';
  const fixed = t.decompFix.get(cp);
  if (fixed !== undefined) return prefix + fixed;
  const ch = String.fromCodePoint(cp);
  const nfd = ch.normalize('NFD');
  let parts: string[];
  if (nfd !== ch) {
    const composed = ch.normalize('NFC');
    if (composed !== ch) parts = [...composed];
    else {
      const cps = [...nfd];
      const last = cps.pop()!;
      parts = [...cps.join('').normalize('NFC'), last];
    }
  } else {
    const nfkd = ch.normalize('NFKD');
    if (nfkd === ch) return '';
    parts = [...nfkd.normalize('NFC')];
  }
  return prefix + parts.map((c) => hex(c.codePointAt(0)!)).join(' ');
}

/** The code point named `name` (any case), or undefined; what `\N{…}` in string literals asks. */
export function lookupCharName(name: string): number | undefined {
  const key = name.toUpperCase();
  try {
    return tables().codes.get(key) ?? algorithmicLookup(key) ?? undefined;
  } catch {
    return undefined; // no interpreter to load the tables with
  }
}
setNamedCharLookup(lookupCharName);
setEscapeNameLookup(lookupCharName);

export function makeUnicodedata(): PyModule {
  const m = new PyModule('unicodedata');
  const d = m.d;
  d.unidata_version = '14.0.0';
  d.lookup = builtin('lookup', (args) => {
    const name = args[0];
    if (typeof name !== 'string') throwPy('TypeError', `lookup() argument must be str, not ${typeOf(name).name}`);
    const key = name.toUpperCase();
    const cp = tables().codes.get(key) ?? algorithmicLookup(key);
    if (cp === undefined || cp === null) throw makeExc('KeyError', `undefined character name '${name}'`);
    return String.fromCodePoint(cp);
  });
  d.name = builtin('name', (args) => {
    const cp = charArg('name', args[0], 'argument 1');
    const n = charName(cp);
    if (n !== null) return n;
    if (args.length > 1) return args[1];
    return throwPy('ValueError', 'no such name');
  });
  d.category = builtin('category', (args) => runValue(tables().category, charArg('category', args[0])));
  d.bidirectional = builtin('bidirectional', (args) => runValue(tables().bidi, charArg('bidirectional', args[0])));
  d.east_asian_width = builtin('east_asian_width', (args) => runValue(tables().eaw, charArg('east_asian_width', args[0])));
  d.combining = builtin('combining', (args) => Number(runValue(tables().ccc, charArg('combining', args[0]))));
  d.mirrored = builtin('mirrored', (args) => Number(runValue(tables().mirrored, charArg('mirrored', args[0]))));
  const numberProp = (fname: string, want: 'decimal' | 'digit' | 'numeric', err: string) =>
    builtin(fname, (args) => {
      const cp = charArg(fname, args[0], 'argument 1');
      const e = tables().numeric.get(cp);
      if (e && (want === 'numeric' || e[want])) return want === 'numeric' ? float(e.value) : e.value;
      if (args.length > 1) return args[1];
      return throwPy('ValueError', err);
    });
  d.decimal = numberProp('decimal', 'decimal', 'not a decimal');
  d.digit = numberProp('digit', 'digit', 'not a digit');
  d.numeric = numberProp('numeric', 'numeric', 'not a numeric character');
  d.decomposition = builtin('decomposition', (args) => decomposition(charArg('decomposition', args[0])));
  d.normalize = builtin('normalize', (args, kw) => {
    const [form, s] = normalizeArgs('normalize', args, kw);
    return s.normalize(form);
  });
  d.is_normalized = builtin('is_normalized', (args, kw) => {
    const [form, s] = normalizeArgs('is_normalized', args, kw);
    return s.normalize(form) === s;
  });
  return m;
}
