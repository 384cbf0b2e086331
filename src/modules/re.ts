/**
 * `_re`, the engine of `re` (src/stdlib/re.ts adds the RegexFlag constants): Python regular expressions on top of JS RegExp. Patterns are translated by reParse.ts (Python
 * syntax, errors and character-class semantics) and run with the 'v' and 'd' flags; match / fullmatch use
 * sticky variants. Python's rule for empty matches in findall / finditer / sub / split (a match may not be
 * empty where the previous match ended empty) uses a third variant that refuses an empty match. Positions
 * are code points in Python and UTF-16 units in JS: strings with astral characters get an index map.
 * bytes patterns run on latin-1 strings with ASCII classes. Compiled patterns are cached.
 */
import { PyModule, PyTuple, PyBytes, latin1Text } from '../objects/values';
import { builtin, call, Kw, PyBuiltin } from '../objects/function';
import { throwPy } from '../objects/errors';
import { typeOf, builtinType, PyType, ObjectType, TypeType } from '../objects/pytype';
import { PyExc, excType } from '../objects/exceptions';
import { defineMethods } from '../objects/types/define';
import { defGetters } from '../objects/descriptors';
import { repr } from '../objects/repr';
import { PyDict } from '../objects/hashtable';
import { JSIter, CallIterType } from '../objects/iterators';
import { index } from '../objects/protocols';
import { unbox } from '../objects/subclass';
import { kwArgs } from '../objects/types/args';
import { Translator, F_TEMPLATE, F_I, F_L, F_M, F_S, F_U, F_X, F_DEBUG, F_A } from './reParse';

// ---- re.error ----

const ErrorType = new PyType('error', [excType('Exception')], null, false, 're');
ErrorType.cls = TypeType;
ErrorType.solid = excType('Exception').solid;
ErrorType.newInstance = (cls) => new PyExc(cls);
ErrorType.qualname = 'error';

function reError(msg: string, pattern: any, pos: number | null): never {
  let full = msg;
  let lineno: any = null, colno: any = null;
  if (pos !== null && pattern !== null) {
    const text = typeof pattern === 'string' ? [...pattern] : [...latin1(pattern)];
    const before = text.slice(0, pos);
    lineno = before.filter((ch) => ch === '\n').length + 1;
    const lastNl = before.lastIndexOf('\n');
    colno = pos - lastNl;
    full = text.includes('\n') ? `${msg} at position ${pos} (line ${lineno}, column ${colno})` : `${msg} at position ${pos}`;
  }
  const e = new PyExc(ErrorType);
  e.args = new PyTuple([full]);
  e.d.msg = msg;
  e.d.pattern = pattern;
  e.d.pos = pos;
  e.d.lineno = lineno;
  e.d.colno = colno;
  throw e;
}

// ---- strings: str or latin-1 bytes, with code point <-> UTF-16 maps ----

function latin1(b: PyBytes): string {
  return latin1Text(b.data);
}
function toBytes(s: string): PyBytes {
  const a = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return new PyBytes(a);
}

/** A subject string prepared for matching. */
class Subject {
  s: string; // the JS string (latin-1 for bytes)
  isBytes: boolean;
  cpToU: Int32Array | null = null; // code point index -> UTF-16 index (only with astral characters)
  uToCp: Int32Array | null = null;
  ncp: number;
  constructor(public orig: any) {
    const text = unbox(orig); // a str or bytes subclass instance is matched as its value
    if (typeof text === 'string') {
      this.s = text;
      this.isBytes = false;
      let astral = false;
      for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch >= 0xd800 && ch <= 0xdbff) {
          astral = true;
          break;
        }
      }
      if (astral) {
        const cps = [...text];
        this.cpToU = new Int32Array(cps.length + 1);
        this.uToCp = new Int32Array(text.length + 1);
        let u = 0;
        for (let k = 0; k < cps.length; k++) {
          this.cpToU[k] = u;
          this.uToCp[u] = k;
          if (cps[k].length === 2) this.uToCp[u + 1] = k + 1;
          u += cps[k].length;
        }
        this.cpToU[cps.length] = u;
        this.uToCp[u] = cps.length;
        this.ncp = cps.length;
      } else this.ncp = text.length;
    } else if (text instanceof PyBytes) {
      this.s = latin1(text);
      this.isBytes = true;
      this.ncp = this.s.length;
    } else {
      if (text instanceof Uint8Array) throwPy('TypeError', 'bytearray is not supported by re');
      throwPy('TypeError', `expected string or bytes-like object, got '${typeOf(orig).tpName}'`);
    }
  }
  u(cp: number): number {
    return this.cpToU ? this.cpToU[cp] : cp;
  }
  cp(u: number): number {
    return this.uToCp ? this.uToCp[u] : u;
  }
  slice(a: number, b: number): any {
    const t = this.s.slice(a, b);
    return this.isBytes ? toBytes(t) : t;
  }
  /** one code point forward from UTF-16 index u */
  next(u: number): number {
    const ch = this.s.charCodeAt(u);
    return ch >= 0xd800 && ch <= 0xdbff && u + 1 < this.s.length ? u + 2 : u + 1;
  }
}

// ---- Pattern ----

const PatternType = builtinType('Pattern', ObjectType, 're');
const MatchType = builtinType('Match', ObjectType, 're');

class PyPattern {
  declare cls: PyType;
  pattern: any;
  flags: number;
  groups: number;
  /** the JS group number of each Python group (hidden groups of atomic ones come between) */
  index: number[];
  names: Map<string, number>;
  isBytes: boolean;
  src: string;
  private rxSearch: RegExp | null = null;
  private rxMatch: RegExp | null = null;
  private rxFull: RegExp | null = null;
  private rxNonEmpty: RegExp | null = null;
  constructor(pattern: any, flags: number) {
    this.pattern = pattern;
    this.isBytes = pattern instanceof PyBytes;
    const text = this.isBytes ? latin1(pattern) : (pattern as string);
    if (this.isBytes) {
      if (flags & F_U) throwPy('ValueError', 'cannot use UNICODE flag with a bytes pattern');
    } else {
      if (flags & F_L) throwPy('ValueError', 'cannot use LOCALE flag with a str pattern');
      if (flags & F_A && flags & F_U) throwPy('ValueError', 'ASCII and UNICODE flags are incompatible');
    }
    const raise = (msg: string, pos: number | null): never => reError(msg, pattern, pos);
    const t = new Translator(text, flags, this.isBytes, raise).translate();
    let f = t.flags;
    if (!this.isBytes && !(f & F_A)) f |= F_U;
    this.flags = f;
    this.groups = t.groups;
    this.index = t.index;
    this.names = t.names;
    this.src = t.src;
    if (t.groups > 99) reError('too many groups', pattern, null);
    this.rxSearch = this.make(this.src, 'g'); // validates now
  }
  private make(src: string, extra: string): RegExp {
    try {
      return new RegExp(src, 'dv' + extra + (this.flags & F_I ? 'i' : ''));
    } catch (e) {
      return reError(`unsupported pattern (${(e as Error).message})`, this.pattern, null);
    }
  }
  search(): RegExp {
    return (this.rxSearch ??= this.make(this.src, 'g'));
  }
  matchRx(): RegExp {
    return (this.rxMatch ??= this.make(this.src, 'y'));
  }
  fullRx(): RegExp {
    return (this.rxFull ??= this.make(`(?:${this.src})(?![\\s\\S])`, 'y'));
  }
  private twins: RegExp[] = [];
  private twinOf: RegExp[] = [];
  /** `rx` (one of this pattern's variants, with the 'd' flag) without it: for finding a match */
  withoutIndices(rx: RegExp): RegExp {
    const i = this.twinOf.indexOf(rx);
    if (i >= 0) return this.twins[i];
    const t = new RegExp(rx.source, rx.flags.replace('d', ''));
    this.twinOf.push(rx);
    this.twins.push(t);
    return t;
  }
  nonEmptyRx(): RegExp {
    if (!this.rxNonEmpty) {
      const raise = (msg: string, pos: number | null): never => reError(msg, this.pattern, pos);
      const text = this.isBytes ? latin1(this.pattern) : (this.pattern as string);
      const t = new Translator(text, this.flags & ~F_U, this.isBytes, raise, 1).translate();
      this.rxNonEmpty = this.make(`(?=([\\s\\S]*))(?:${t.src})(?!\\1(?![\\s\\S]))`, 'y');
    }
    return this.rxNonEmpty;
  }
}
PyPattern.prototype.cls = PatternType;

class PyMatch {
  declare cls: PyType;
  /** the whole match's UTF-16 span */
  a0: number;
  a1: number;
  private spans: number[] | null = null;
  constructor(
    public re: PyPattern,
    public subj: Subject,
    /** the match found without the 'd' flag: its group strings, no offsets */
    private r: RegExpExecArray,
    /** the same pattern with the 'd' flag, and the groups it adds before the pattern's own */
    private rxD: RegExp,
    private shift: number,
    public pos: number,
    public endpos: number,
  ) {
    this.a0 = r.index;
    this.a1 = r.index + r[0].length;
  }
  /**
   * UTF-16 spans, 2 per group, -1 when the group did not participate. V8 makes a match with the 'd' flag
   * (group offsets) about 3x as slowly, so they are found on first use, by matching again at the same
   * place with it: most matches are only asked for group strings.
   */
  get u(): number[] {
    if (this.spans === null) {
      const rx = this.rxD;
      rx.lastIndex = this.a0;
      const ind = (rx.exec(this.r.input) as any).indices as ([number, number] | undefined)[];
      const u: number[] = new Array(2 * (this.re.groups + 1));
      u[0] = this.a0;
      u[1] = this.a1;
      for (let g = 1; g <= this.re.groups; g++) {
        const sp = ind[this.re.index[g] + this.shift];
        if (sp) {
          u[2 * g] = sp[0];
          u[2 * g + 1] = sp[1];
        } else u[2 * g] = u[2 * g + 1] = -1;
      }
      this.spans = u;
    }
    return this.spans;
  }
  start(g: number): number {
    return this.u[2 * g] < 0 ? -1 : this.subj.cp(this.u[2 * g]);
  }
  end(g: number): number {
    return this.u[2 * g] < 0 ? -1 : this.subj.cp(this.u[2 * g + 1]);
  }
  /** group g's text as matched (latin-1 for bytes), undefined when it did not participate */
  text(g: number): string | undefined {
    return this.r[g === 0 ? 0 : this.re.index[g] + this.shift];
  }
  group(g: number, dflt: any = null): any {
    if (!this.subj.isBytes) {
      const v = this.text(g);
      return v === undefined ? dflt : v;
    }
    const a = this.u[2 * g];
    return a < 0 ? dflt : this.subj.slice(a, this.u[2 * g + 1]);
  }
  lastindex(): number | null {
    let best = -1;
    for (let g = 1; g <= this.re.groups; g++) {
      const a = this.u[2 * g];
      if (a < 0) continue;
      const e = this.u[2 * g + 1];
      if (best < 0) {
        best = g;
        continue;
      }
      const be = this.u[2 * best + 1], ba = this.u[2 * best];
      if (e > be || (e === be && a < ba)) best = g;
    }
    return best < 0 ? null : best;
  }
}
PyMatch.prototype.cls = MatchType;

function execAt(p: PyPattern, rx: RegExp, subj: Subject, s: string, at: number, pos: number, endpos: number, shift = 0): PyMatch | null {
  const plain = p.withoutIndices(rx);
  plain.lastIndex = at;
  const r = plain.exec(s);
  return r === null ? null : new PyMatch(p, subj, r, rx, shift, pos, endpos);
}

interface Region {
  subj: Subject;
  s: string; // subject truncated at endpos
  posU: number;
  pos: number;
  endpos: number;
}

function region(p: PyPattern, string: any, pos: any, endpos: any): Region {
  const subj = new Subject(string);
  if (subj.isBytes !== p.isBytes) {
    throwPy('TypeError', p.isBytes ? 'cannot use a bytes pattern on a string-like object' : 'cannot use a string pattern on a bytes-like object');
  }
  let a = pos === undefined ? 0 : index(pos);
  let b = endpos === undefined ? subj.ncp : index(endpos);
  if (a < 0) a = 0;
  if (a > subj.ncp) a = subj.ncp;
  if (b < 0) b = 0;
  if (b > subj.ncp) b = subj.ncp;
  const bu = subj.u(b);
  return { subj, s: bu === subj.s.length ? subj.s : subj.s.slice(0, bu), posU: subj.u(a), pos: a, endpos: b };
}

function doSearch(p: PyPattern, r: Region): PyMatch | null {
  if (r.posU > r.s.length) return null;
  return execAt(p, p.search(), r.subj, r.s, r.posU, r.pos, r.endpos);
}

/** All matches left to right with Python's empty-match rule. */
function* allMatches(p: PyPattern, r: Region): Generator<PyMatch> {
  let at = r.posU;
  let mustAdvance = false;
  const s = r.s;
  while (at <= s.length) {
    let m: PyMatch | null = null;
    if (mustAdvance) {
      m = execAt(p, p.nonEmptyRx(), r.subj, s, at, r.pos, r.endpos, 1);
      if (!m) {
        if (at >= s.length) return;
        at = r.subj.next(at);
      }
    }
    if (!m) m = execAt(p, p.search(), r.subj, s, at, r.pos, r.endpos);
    if (!m) return;
    yield m;
    mustAdvance = m.a0 === m.a1;
    at = m.a1;
  }
}

// ---- templates (sub / expand) ----

type Template = (string | number)[];

function parseTemplate(p: PyPattern, repl: string): Template {
  const out: Template = [];
  let lit = '';
  const c = [...repl];
  const err = (msg: string, pos: number): never => reError(msg, p.isBytes ? toBytes(repl) : repl, pos);
  let i = 0;
  while (i < c.length) {
    const ch = c[i++];
    if (ch !== '\\') {
      lit += ch;
      continue;
    }
    const start = i - 1;
    if (i >= c.length) err('bad escape (end of pattern)', start);
    const e = c[i++];
    if (e === 'g') {
      if (c[i] !== '<') err('missing <', i);
      i++;
      let name = '';
      const nameStart = i;
      while (i < c.length && c[i] !== '>') name += c[i++];
      if (i >= c.length) {
        if (!name) err('missing group name', nameStart);
        err('missing >, unterminated name', nameStart);
      }
      i++;
      if (!name) err('missing group name', nameStart);
      let g: number;
      if (/^[0-9]+$/.test(name)) {
        g = Number(name);
        if (g > p.groups) err(`invalid group reference ${g}`, nameStart);
      } else {
        if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) err(`bad character in group name '${name}'`, nameStart);
        const gi = p.names.get(name);
        if (gi === undefined) throwPy('IndexError', `unknown group name '${name}'`);
        g = gi;
      }
      if (lit) out.push(lit);
      lit = '';
      out.push(g);
    } else if (e === '0') {
      let o = '0';
      while (o.length < 3 && i < c.length && '01234567'.includes(c[i])) o += c[i++];
      lit += String.fromCharCode(parseInt(o, 8));
    } else if ('123456789'.includes(e)) {
      let num = e;
      if (i < c.length && /[0-9]/.test(c[i])) {
        if ('01234567'.includes(e) && '01234567'.includes(c[i]) && i + 1 < c.length && '01234567'.includes(c[i + 1])) {
          const o = e + c[i] + c[i + 1];
          i += 2;
          const v = parseInt(o, 8);
          if (v > 0o377) err(`octal escape value \\${o} outside of range 0-0o377`, start);
          lit += String.fromCharCode(v);
          continue;
        }
        num += c[i++];
      }
      const g = Number(num);
      if (g > p.groups) err(`invalid group reference ${g}`, start + 1);
      if (lit) out.push(lit);
      lit = '';
      out.push(g);
    } else {
      const m: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
      if (m[e] !== undefined) lit += m[e];
      else if (/[a-zA-Z]/.test(e)) err(`bad escape \\${e}`, start);
      else lit += '\\' + e;
    }
  }
  if (lit) out.push(lit);
  return out;
}

function expandTemplate(t: Template, m: PyMatch): string {
  let s = '';
  for (const part of t) {
    if (typeof part === 'string') s += part;
    else {
      const v = m.text(part);
      if (v !== undefined) s += v;
    }
  }
  return s;
}

function templateText(p: PyPattern, repl: any): string {
  if (p.isBytes) {
    if (!(repl instanceof PyBytes)) throwPy('TypeError', `expected a bytes-like object, ${typeOf(repl).tpName} found`);
    return latin1(repl);
  }
  if (typeof repl !== 'string') throwPy('TypeError', `expected str instance, ${typeOf(repl).tpName} found`);
  return repl;
}

function subImpl(p: PyPattern, repl: any, string: any, count: number): [any, number] {
  const r = region(p, string, undefined, undefined);
  let fn: ((m: PyMatch) => string) | null = null;
  if (typeof unbox(repl) === 'string' || unbox(repl) instanceof PyBytes) {
    repl = unbox(repl); // a str or bytes subclass instance is a template too
    const text = templateText(p, repl);
    if (!text.includes('\\')) fn = () => text;
    else {
      const t = parseTemplate(p, text);
      fn = (m) => expandTemplate(t, m);
    }
  } else {
    fn = (m) => {
      const v = call(repl, [m]);
      return templateText(p, v);
    };
  }
  let out = '';
  let last = 0;
  let n = 0;
  for (const m of allMatches(p, r)) {
    if (count > 0 && n >= count) break;
    out += r.s.slice(last, m.a0) + fn(m);
    last = m.a1;
    n++;
  }
  out += r.subj.s.slice(last);
  return [r.subj.isBytes ? toBytes(out) : out, n];
}

function splitImpl(p: PyPattern, string: any, maxsplit: number): any[] {
  const r = region(p, string, undefined, undefined);
  const out: any[] = [];
  let last = 0;
  let n = 0;
  if (maxsplit < 0) return [r.subj.slice(0, r.s.length)];
  for (const m of allMatches(p, r)) {
    if (maxsplit > 0 && n >= maxsplit) break;
    out.push(r.subj.slice(last, m.a0));
    for (let g = 1; g <= p.groups; g++) out.push(m.group(g));
    last = m.a1;
    n++;
  }
  out.push(r.subj.slice(last, r.subj.s.length));
  return out;
}

function findallImpl(p: PyPattern, r: Region): any[] {
  const out: any[] = [];
  const empty = p.isBytes ? toBytes('') : '';
  for (const m of allMatches(p, r)) {
    if (p.groups === 0) out.push(m.group(0));
    else if (p.groups === 1) out.push(m.group(1, empty));
    else {
      const items: any[] = [];
      for (let g = 1; g <= p.groups; g++) items.push(m.group(g, empty));
      out.push(new PyTuple(items));
    }
  }
  return out;
}

// ---- compile and cache ----

const cache = new Map<string, PyPattern>();
const bytesCache = new Map<string, PyPattern>();

function flagsArg(v: any): number {
  if (v === undefined) return 0;
  return index(v);
}

function compile(pattern: any, flags: number): PyPattern {
  if (pattern instanceof PyPattern) {
    if (flags) throwPy('ValueError', 'cannot process flags argument with a compiled pattern');
    return pattern;
  }
  pattern = unbox(pattern); // a str or bytes subclass instance compiles as its value
  if (typeof pattern === 'string') {
    const key = flags + ':' + pattern;
    let p = cache.get(key);
    if (!p) {
      p = new PyPattern(pattern, flags);
      if (cache.size >= 512) cache.delete(cache.keys().next().value!);
      cache.set(key, p);
    }
    return p;
  }
  if (pattern instanceof PyBytes) {
    const key = flags + ':' + latin1(pattern);
    let p = bytesCache.get(key);
    if (!p) {
      p = new PyPattern(pattern, flags);
      if (bytesCache.size >= 512) bytesCache.delete(bytesCache.keys().next().value!);
      bytesCache.set(key, p);
    }
    return p;
  }
  return throwPy('TypeError', 'first argument must be string or compiled pattern');
}

// ---- Pattern methods ----

function groupIndex(p: PyPattern): PyDict {
  const d = new PyDict();
  for (const [k, v] of p.names) d.set(k, v);
  return d;
}

const FLAG_NAMES: [number, string][] = [
  [F_TEMPLATE, 're.TEMPLATE'], [F_I, 're.IGNORECASE'], [F_L, 're.LOCALE'], [F_M, 're.MULTILINE'], [F_S, 're.DOTALL'],
  [F_U, 're.UNICODE'], [F_X, 're.VERBOSE'], [F_DEBUG, 're.DEBUG'], [F_A, 're.ASCII'],
];

function patternRepr(p: PyPattern): string {
  let r = repr(p.pattern);
  if (r.length > 200) r = r.slice(0, 200);
  let f = p.flags;
  if (!p.isBytes) f &= ~F_U;
  if (!f) return `re.compile(${r})`;
  const names: string[] = [];
  for (const [bit, name] of FLAG_NAMES) {
    if (f & bit) {
      names.push(name);
      f &= ~bit;
    }
  }
  if (f) names.push('0x' + f.toString(16));
  return `re.compile(${r}, ${names.join('|')})`;
}

function posArgs(name: string, args: any[], kw: Kw): [any, any, any] {
  const [s, pos, endpos] = kwArgs(name, args, kw, ['string', 'pos', 'endpos'], 1);
  return [s, pos, endpos];
}

defineMethods(PatternType, {
  match: (p: PyPattern, args, kw) => {
    const r = region(p, ...posArgs('match', args, kw));
    return r.posU > r.s.length ? null : execAt(p, p.matchRx(), r.subj, r.s, r.posU, r.pos, r.endpos);
  },
  fullmatch: (p: PyPattern, args, kw) => {
    const r = region(p, ...posArgs('fullmatch', args, kw));
    return r.posU > r.s.length ? null : execAt(p, p.fullRx(), r.subj, r.s, r.posU, r.pos, r.endpos);
  },
  search: (p: PyPattern, args, kw) => doSearch(p, region(p, ...posArgs('search', args, kw))),
  findall: (p: PyPattern, args, kw) => findallImpl(p, region(p, ...posArgs('findall', args, kw))),
  finditer: (p: PyPattern, args, kw) => new JSIter(allMatches(p, region(p, ...posArgs('finditer', args, kw))), CallIterType),
  sub: (p: PyPattern, args, kw) => {
    const [repl, s, count] = kwArgs('sub', args, kw, ['repl', 'string', 'count'], 2);
    return subImpl(p, repl, s, count === undefined ? 0 : index(count))[0];
  },
  subn: (p: PyPattern, args, kw) => {
    const [repl, s, count] = kwArgs('subn', args, kw, ['repl', 'string', 'count'], 2);
    return new PyTuple(subImpl(p, repl, s, count === undefined ? 0 : index(count)));
  },
  split: (p: PyPattern, args, kw) => {
    const [s, maxsplit] = kwArgs('split', args, kw, ['string', 'maxsplit'], 1);
    return splitImpl(p, s, maxsplit === undefined ? 0 : index(maxsplit));
  },
  __repr__: (p: PyPattern) => patternRepr(p),
  __eq__: (p: PyPattern, [o]) => o instanceof PyPattern && o.flags === p.flags && o.isBytes === p.isBytes && (p.isBytes ? latin1(o.pattern) === latin1(p.pattern) : o.pattern === p.pattern),
  __hash__: (p: PyPattern) => {
    let h = p.flags;
    const t = p.isBytes ? latin1(p.pattern) : (p.pattern as string);
    for (let i = 0; i < t.length; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
    return h;
  },
  __copy__: (p: PyPattern) => p,
  __deepcopy__: (p: PyPattern) => p,
});
defGetters(PatternType, {
  pattern: (p: PyPattern) => p.pattern,
  flags: (p: PyPattern) => p.flags,
  groups: (p: PyPattern) => p.groups,
  groupindex: (p: PyPattern) => groupIndex(p),
});

// ---- Match methods ----

function groupArg(m: PyMatch, g: any): number {
  if (typeof g === 'string') {
    const i = m.re.names.get(g);
    if (i === undefined) throwPy('IndexError', 'no such group');
    return i;
  }
  let i: number;
  try {
    i = typeof g === 'number' || typeof g === 'boolean' ? index(g) : typeof g === 'bigint' ? -1 : index(g);
  } catch {
    return throwPy('IndexError', 'no such group');
  }
  if (i < 0 || i > m.re.groups) throwPy('IndexError', 'no such group');
  return i;
}

function matchRepr(m: PyMatch): string {
  return `<re.Match object; span=(${m.start(0)}, ${m.end(0)}), match=${repr(m.group(0))}>`;
}

defineMethods(MatchType, {
  group: (m: PyMatch, args, kw) => {
    if (kw && kw.size) throwPy('TypeError', 'group() takes no keyword arguments');
    if (args.length === 0) return m.group(0);
    if (args.length === 1) return m.group(groupArg(m, args[0]));
    return new PyTuple(args.map((g) => m.group(groupArg(m, g))));
  },
  __getitem__: (m: PyMatch, [g]) => m.group(groupArg(m, g)),
  groups: (m: PyMatch, args, kw) => {
    const [d] = kwArgs('groups', args, kw, ['default']);
    const items: any[] = [];
    for (let g = 1; g <= m.re.groups; g++) items.push(m.group(g, d === undefined ? null : d));
    return new PyTuple(items);
  },
  groupdict: (m: PyMatch, args, kw) => {
    const [d] = kwArgs('groupdict', args, kw, ['default']);
    const out = new PyDict();
    for (const [k, g] of m.re.names) out.set(k, m.group(g, d === undefined ? null : d));
    return out;
  },
  start: (m: PyMatch, args) => m.start(args.length ? groupArg(m, args[0]) : 0),
  end: (m: PyMatch, args) => m.end(args.length ? groupArg(m, args[0]) : 0),
  span: (m: PyMatch, args) => {
    const g = args.length ? groupArg(m, args[0]) : 0;
    return new PyTuple([m.start(g), m.end(g)]);
  },
  expand: (m: PyMatch, [t]) => {
    const text = templateText(m.re, t);
    const out = expandTemplate(parseTemplate(m.re, text), m);
    return m.subj.isBytes ? toBytes(out) : out;
  },
  __repr__: (m: PyMatch) => matchRepr(m),
  __copy__: (m: PyMatch) => m,
  __deepcopy__: (m: PyMatch) => m,
});
defGetters(MatchType, {
  string: (m: PyMatch) => m.subj.orig,
  re: (m: PyMatch) => m.re,
  pos: (m: PyMatch) => m.pos,
  endpos: (m: PyMatch) => m.endpos,
  lastindex: (m: PyMatch) => m.lastindex(),
  lastgroup: (m: PyMatch) => {
    const li = m.lastindex();
    if (li === null) return null;
    for (const [k, g] of m.re.names) if (g === li) return k;
    return null;
  },
  regs: (m: PyMatch) => {
    const items: any[] = [];
    for (let g = 0; g <= m.re.groups; g++) items.push(new PyTuple([m.start(g), m.end(g)]));
    return new PyTuple(items);
  },
});

// ---- module ----

const SPECIAL = new Set([...'()[]{}?*+-|^$\\.&~# \t\n\r\v\f']);

function escape(pattern: any): any {
  pattern = unbox(pattern);
  if (typeof pattern === 'string') {
    let out = '';
    for (const ch of pattern) out += SPECIAL.has(ch) ? '\\' + ch : ch;
    return out;
  }
  if (pattern instanceof PyBytes) {
    let out = '';
    for (const ch of latin1(pattern)) out += SPECIAL.has(ch) ? '\\' + ch : ch;
    return toBytes(out);
  }
  return throwPy('TypeError', `expected str or bytes, not ${typeOf(pattern).tpName}`);
}

export function makeRe(): PyModule {
  const m = new PyModule('_re');
  const d = m.d;
  d.error = ErrorType;
  d.Pattern = PatternType;
  d.Match = MatchType;
  const fn = (name: string, params: string[], min: number, impl: (p: PyPattern, a: any[]) => any): PyBuiltin =>
    builtin(name, (args, kw) => {
      const a = kwArgs(name, args, kw, params, min);
      const flags = flagsArg(a[params.indexOf('flags')]);
      return impl(compile(a[0], flags), a);
    });
  d.compile = builtin('compile', (args, kw) => {
    const [p, flags] = kwArgs('compile', args, kw, ['pattern', 'flags'], 1);
    return compile(p, flagsArg(flags));
  });
  d.match = fn('match', ['pattern', 'string', 'flags'], 2, (p, a) => {
    const r = region(p, a[1], undefined, undefined);
    return execAt(p, p.matchRx(), r.subj, r.s, 0, 0, r.endpos);
  });
  d.fullmatch = fn('fullmatch', ['pattern', 'string', 'flags'], 2, (p, a) => {
    const r = region(p, a[1], undefined, undefined);
    return execAt(p, p.fullRx(), r.subj, r.s, 0, 0, r.endpos);
  });
  d.search = fn('search', ['pattern', 'string', 'flags'], 2, (p, a) => doSearch(p, region(p, a[1], undefined, undefined)));
  d.findall = fn('findall', ['pattern', 'string', 'flags'], 2, (p, a) => findallImpl(p, region(p, a[1], undefined, undefined)));
  d.finditer = fn('finditer', ['pattern', 'string', 'flags'], 2, (p, a) => new JSIter(allMatches(p, region(p, a[1], undefined, undefined)), CallIterType));
  d.sub = fn('sub', ['pattern', 'repl', 'string', 'count', 'flags'], 3, (p, a) => subImpl(p, a[1], a[2], a[3] === undefined ? 0 : index(a[3]))[0]);
  d.subn = fn('subn', ['pattern', 'repl', 'string', 'count', 'flags'], 3, (p, a) => new PyTuple(subImpl(p, a[1], a[2], a[3] === undefined ? 0 : index(a[3]))));
  d.split = fn('split', ['pattern', 'string', 'maxsplit', 'flags'], 2, (p, a) => splitImpl(p, a[1], a[2] === undefined ? 0 : index(a[2])));
  d.escape = builtin('escape', (args, kw) => {
    const [p] = kwArgs('escape', args, kw, ['pattern'], 1);
    return escape(p);
  });
  d.purge = builtin('purge', () => {
    cache.clear();
    bytesCache.clear();
    return null;
  });
  return m;
}
