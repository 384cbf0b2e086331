/**
 * `re` pattern translation: a parser for Python's regular-expression syntax (sre_parse's grammar and its
 * error messages and positions) that emits the source of an equivalent JS RegExp for the 'v' flag.
 *
 * Python semantics kept explicit rather than borrowed from JS: `.` excludes only '\n' (not \r, U+2028);
 * `^`/`$`/`\A`/`\Z` are lookarounds on '\n' only; `\d \w \s \b` are Unicode-aware for str patterns
 * (Nd; L|N|_; str.isspace) and ASCII for bytes patterns or re.ASCII; every punctuation literal is emitted
 * as a `\u{…}` escape so no Python literal can become JS syntax. Scoped `(?i:…)` is emulated by case
 * variants (V8 in Node 20 has no modifiers); `(?-i:…)` inside a case-insensitive pattern is refused with
 * NotImplementedError. Atomic groups and possessive quantifiers become a look-ahead that captures what the
 * group matches followed by a backreference to it: the look-ahead is never backtracked into, so the text
 * is consumed as one piece. Those hidden captures make JS group numbers differ from Python's;
 * `Translated.index` maps one to the other.
 *
 * Conditionals `(?(g)yes|no)` need "has group g matched?", which JS cannot ask directly: a backreference
 * to a group that did not participate matches the empty string, as one to an empty capture does. So a
 * group some conditional names ends with a hidden capture of the whole subject (taken by a look-ahead
 * from its start): set exactly when group g is, and never empty unless the subject is. The condition
 * looks back to the subject's start and asks whether that capture's backreference spans it all; the one
 * case it cannot tell apart is an empty subject, where it answers "matched".
 */
import { throwPy } from '../objects/errors';
import { lookupCharName } from './unicodedata';

export const F_TEMPLATE = 1, F_I = 2, F_L = 4, F_M = 8, F_S = 16, F_U = 32, F_X = 64, F_DEBUG = 128, F_A = 256;

export interface Translated {
  src: string;
  flags: number;
  groups: number;
  names: Map<string, number>;
  /** index[g]: the JS group number of Python group g (1..groups), before the translator's offset */
  index: number[];
}

/**
 * Capturing groups are emitted as `(` followed by a marker naming the group (`P<n>` for Python group n,
 * `H<n>` for a hidden one), backreferences as a marker alone; `numberGroups` assigns JS numbers in the
 * order the groups open once the whole pattern is known (a possessive quantifier wraps a hidden group
 * around groups already emitted). Control characters never appear raw in a translation (esc), so the
 * markers cannot meet pattern text.
 */
const OPEN = '\x00', REF = '\x01', BODY = '\x02', END = '\x03';
const capture = (id: string): string => `(${OPEN}${id}${OPEN}`;
const reference = (id: string): string => `${REF}${id}${REF}`;
/** the body of capturing group n is emitted between these two markers (for its conditional flag) */
const bodyStart = (n: number): string => `${BODY}${n}${BODY}`;
const bodyEnd = (n: number): string => `${END}${n}${END}`;
/** zero-width: captures the whole subject as the flag of group n ('F<n>') */
const flagCapture = (n: number): string => `(?<=(?<![\\s\\S])(?=${capture('F' + n)}[\\s\\S]*))[\\s\\S]*)`;
/** zero-width: succeeds when group n's flag is set (or the subject is empty) */
const flagTest = (n: number): string => `(?<=(?<![\\s\\S])(?=${reference('F' + n)}(?![\\s\\S]))[\\s\\S]*)`;

function numberGroups(src: string, groups: number, offset: number, flagged: Set<number>): { src: string; index: number[] } {
  const js = new Map<string, number>();
  const index: number[] = new Array(groups + 1).fill(0);
  const marked = src
    .replace(/\x02(\d+)\x02/g, (_m, n: string) => (flagged.has(Number(n)) ? '(?:' : ''))
    .replace(/\x03(\d+)\x03/g, (_m, n: string) => (flagged.has(Number(n)) ? ')' + flagCapture(Number(n)) : ''));
  const opened = marked.replace(/\x00([PHF]\d+)\x00/g, (_m, id: string) => {
    js.set(id, js.size + 1);
    if (id[0] === 'P') index[Number(id.slice(1))] = js.size;
    return '';
  });
  return { src: opened.replace(/\x01([PHF]\d+)\x01/g, (_m, id: string) => `\\${js.get(id)! + offset}`), index };
}

export type ErrorRaiser = (msg: string, pos: number | null) => never;

const WS = new Set([' ', '\t', '\n', '\r', '\v', '\f']);
const DIGITS = '0123456789';
const OCT = '01234567';
const HEX = '0123456789abcdefABCDEF';

const U_WORD = '\\p{L}\\p{N}_';
const A_WORD = 'a-zA-Z0-9_';
const U_SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const A_SPACE = '\\t-\\r\\x20';

function esc(cp: number): string {
  if ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return String.fromCharCode(cp);
  if (cp > 0x7f && (cp < 0xd800 || cp > 0xdfff)) return String.fromCodePoint(cp);
  return `\\u{${cp.toString(16)}}`;
}

function caseVariants(cp: number): number[] {
  const c = String.fromCodePoint(cp);
  const out = [cp];
  for (const v of [c.toLowerCase(), c.toUpperCase()]) {
    const a = [...v];
    if (a.length === 1) {
      const x = a[0].codePointAt(0)!;
      if (!out.includes(x)) out.push(x);
    }
  }
  return out;
}

function isIdent(name: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name);
}

type Kind = 'none' | 'atom' | 'at' | 'repeat';

/** [min, max] count of a quantifier's JS text ('*', '+?', '{2,}', '{1,3}'…) */
function repeatBounds(q: string): [number, number] {
  switch (q[0]) {
    case '*': return [0, Infinity];
    case '+': return [1, Infinity];
    case '?': return [0, 1];
  }
  const m = /^\{(\d+)(,(\d*))?\}/.exec(q)!;
  const lo = Number(m[1]);
  return [lo, m[2] === undefined ? lo : m[3] ? Number(m[3]) : Infinity];
}

export class Translator {
  private c: string[];
  private i = 0;
  flags: number;
  groups = 0;
  names = new Map<string, number>();
  private open = new Set<number>();
  private localCI = false;
  /**
   * Match-length bounds of what alt()/seq()/group() last parsed (Infinity: unbounded), and of each closed
   * capturing group (a backreference matches as much as its group): a look-behind must be fixed-width.
   */
  private wLo = 0;
  private wHi = 0;
  private groupWidths = new Map<number, [number, number]>();
  private hidden = 0;
  /** groups some conditional names, with the pattern position of its first mention */
  private condRefs = new Map<number, number>();
  /** inside a look-behind: the first group number it defines (sre_parse's lookbehindgroups), else null */
  private lookbehindGroups: number | null = null;

  constructor(pattern: string, flags: number, private isBytes: boolean, private err: ErrorRaiser, private offset = 0) {
    this.c = [...pattern];
    this.flags = flags;
  }

  translate(): Translated {
    const src = this.alt(true);
    if (this.i < this.c.length) {
      // only ')' stops the top level early
      this.err('unbalanced parenthesis', this.i);
    }
    for (const [g, pos] of this.condRefs) if (g > this.groups) this.err(`invalid group reference ${g}`, pos);
    const numbered = numberGroups(src, this.groups, this.offset, new Set(this.condRefs.keys()));
    return { src: numbered.src, flags: this.flags, groups: this.groups, names: this.names, index: numbered.index };
  }

  /** `body` matched once and never given back to backtracking: an atomic group */
  private atomic(body: string): string {
    const id = 'H' + ++this.hidden;
    return `(?:(?=${capture(id)}${body}))(?:${reference(id)}))`;
  }

  private get ascii(): boolean {
    return this.isBytes || (this.flags & F_A) !== 0;
  }

  private alt(top: boolean): string {
    const branches: string[] = [this.seq(top)];
    let lo = this.wLo, hi = this.wHi;
    while (this.i < this.c.length && this.c[this.i] === '|') {
      this.i++;
      branches.push(this.seq(false));
      lo = Math.min(lo, this.wLo);
      hi = Math.max(hi, this.wHi);
    }
    this.wLo = lo;
    this.wHi = hi;
    return branches.join('|');
  }

  private skipVerbose(): boolean {
    if (!(this.flags & F_X)) return false;
    const ch = this.c[this.i];
    if (WS.has(ch)) {
      this.i++;
      return true;
    }
    if (ch === '#') {
      while (this.i < this.c.length && this.c[this.i] !== '\n') this.i++;
      return true;
    }
    return false;
  }

  private lit(cp: number): string {
    if (this.localCI && !(this.flags & F_I)) {
      const vs = caseVariants(cp);
      if (vs.length > 1) return '[' + vs.map(esc).join('') + ']';
    }
    return esc(cp);
  }

  private seq(first: boolean): string {
    let out = '';
    let lastStart = -1;
    let kind: Kind = 'none';
    let isLook = false;
    const c = this.c;
    // width bounds of the sequence so far and of its last item (which a repeat multiplies)
    let lo = 0, hi = 0, itemLo = 0, itemHi = 0;
    const item = (l: number, h: number) => {
      lo += l;
      hi += h;
      itemLo = l;
      itemHi = h;
    };
    while (this.i < c.length) {
      if (this.skipVerbose()) continue;
      const ch = c[this.i];
      if (ch === '|' || ch === ')') break;
      const start = this.i;
      if (ch === '*' || ch === '+' || ch === '?' || ch === '{') {
        let q: string | null = null;
        this.i++;
        if (ch === '{') {
          q = this.braces();
          if (q === null) {
            // not a repeat: a literal '{'
            this.i = start + 1;
            lastStart = out.length;
            out += this.lit(123);
            kind = 'atom';
            isLook = false;
            item(1, 1);
            continue;
          }
        } else q = ch;
        if (kind === 'none' || kind === 'at') this.err('nothing to repeat', start);
        if (kind === 'repeat') this.err('multiple repeat', start);
        if (this.i < c.length && c[this.i] === '?') {
          this.i++;
          q += '?';
        }
        const possessive = !q.endsWith('?') && this.i < c.length && c[this.i] === '+';
        if (possessive) this.i++;
        let atom = out.slice(lastStart);
        if (isLook) atom = `(?:${atom})`;
        out = out.slice(0, lastStart) + (possessive ? this.atomic(atom + q) : atom + q);
        kind = 'repeat';
        const [rLo, rHi] = repeatBounds(q);
        const l = itemLo * rLo, h = itemHi === 0 ? 0 : itemHi * rHi;
        lo += l - itemLo;
        hi += h - itemHi;
        itemLo = l;
        itemHi = h;
        continue;
      }
      lastStart = out.length;
      isLook = false;
      if (ch === '(') {
        const r = this.group(first && kind === 'none');
        if (r === null) continue; // comment or global flags: no item
        out += r.src;
        kind = 'atom';
        isLook = r.look;
        item(this.wLo, this.wHi);
        continue;
      }
      this.i++;
      if (ch === '[') {
        out += this.cls(start);
        kind = 'atom';
        item(1, 1);
      } else if (ch === '.') {
        out += this.flags & F_S ? '[\\s\\S]' : '[^\\n]';
        kind = 'atom';
        item(1, 1);
      } else if (ch === '^') {
        out += this.flags & F_M ? '(?<![^\\n])' : '(?<![\\s\\S])';
        kind = 'at';
        item(0, 0);
      } else if (ch === '$') {
        out += this.flags & F_M ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))';
        kind = 'at';
        item(0, 0);
      } else if (ch === '\\') {
        this.wLo = this.wHi = 1;
        const r = this.escape(start);
        out += r.src;
        kind = r.at ? 'at' : 'atom';
        if (r.at) item(0, 0);
        else item(this.wLo, this.wHi); // 1, or a backreference's group width
      } else {
        out += this.lit(ch.codePointAt(0)!);
        kind = 'atom';
        item(1, 1);
      }
    }
    this.wLo = lo;
    this.wHi = hi;
    return out;
  }

  /** After '{': a repeat {m}, {m,}, {,n}, {m,n} (returned as JS), or null when the brace is literal. */
  private braces(): string | null {
    const c = this.c;
    const start = this.i - 1;
    let lo = '', hi = '';
    if (c[this.i] === '}') return null;
    while (this.i < c.length && DIGITS.includes(c[this.i])) lo += c[this.i++];
    let comma = false;
    if (c[this.i] === ',') {
      comma = true;
      this.i++;
      while (this.i < c.length && DIGITS.includes(c[this.i])) hi += c[this.i++];
    } else hi = lo;
    if (c[this.i] !== '}') return null;
    this.i++;
    const l = lo ? Number(lo) : 0;
    if (hi && Number(hi) < l) this.err('min repeat greater than max repeat', start + 1);
    if (l > 4294967295 || (hi && Number(hi) > 4294967295)) this.err('the repetition number is too large', start);
    if (!comma) return `{${l}}`;
    return hi ? `{${l},${hi}}` : `{${l},}`;
  }

  private readName(term: string, what: string): string {
    const c = this.c;
    const start = this.i;
    let name = '';
    while (this.i < c.length && c[this.i] !== term) name += c[this.i++];
    if (this.i >= c.length) {
      if (!name) this.err(`missing ${what}`, start);
      this.err(`missing ${term}, unterminated name`, start);
    }
    this.i++;
    if (!name) this.err(`missing ${what}`, start);
    return name;
  }

  /** At '(' — returns the JS for the group, or null for a comment / global flags. */
  private group(atStart: boolean): { src: string; look: boolean } | null {
    const c = this.c;
    const open = this.i;
    this.i++;
    let prefix: string;
    let capture = -1;
    let look = false;
    let isAtomic = false;
    if (c[this.i] === '?') {
      this.i++;
      if (this.i >= c.length) this.err('unexpected end of pattern', this.i);
      const ch = c[this.i++];
      if (ch === 'P') {
        const ch2 = c[this.i++];
        if (ch2 === '<') {
          const nameStart = this.i;
          const name = this.readName('>', 'group name');
          if (!isIdent(name)) this.err(`bad character in group name '${name}'`, nameStart);
          if (this.names.has(name)) {
            this.err(`redefinition of group name '${name}' as group ${this.groups + 1}; was group ${this.names.get(name)}`, nameStart);
          }
          capture = ++this.groups;
          this.names.set(name, capture);
          prefix = '(' + OPEN + 'P' + capture + OPEN;
        } else if (ch2 === '=') {
          const nameStart = this.i;
          const name = this.readName(')', 'group name');
          if (!isIdent(name)) this.err(`bad character in group name '${name}'`, nameStart);
          const g = this.names.get(name);
          if (g === undefined) this.err(`unknown group name '${name}'`, nameStart);
          if (this.open.has(g)) this.err('cannot refer to an open group', open);
          this.checkLookbehindGroup(g!);
          [this.wLo, this.wHi] = this.groupWidths.get(g!) ?? [0, Infinity];
          return { src: this.backref(g), look: false };
        } else {
          if (ch2 === undefined) this.err('unexpected end of pattern', this.i - 1);
          this.err(`unknown extension ?P${ch2}`, open + 1);
        }
      } else if (ch === ':') {
        prefix = '(?:';
      } else if (ch === '#') {
        this.wLo = this.wHi = 0;
        while (this.i < c.length && c[this.i] !== ')') this.i++;
        if (this.i >= c.length) this.err('missing ), unterminated comment', open);
        this.i++;
        return null;
      } else if (ch === '=' || ch === '!') {
        prefix = `(?${ch}`;
        look = true;
      } else if (ch === '<') {
        const ch2 = c[this.i++];
        if (ch2 === '=' || ch2 === '!') {
          prefix = `(?<${ch2}`;
          look = true;
        } else {
          if (ch2 === undefined) this.err('unexpected end of pattern', this.i - 1);
          this.err(`unknown extension ?<${ch2}`, open + 1);
        }
      } else if (ch === '(') {
        return this.conditional(open);
      } else if (ch === '>') {
        prefix = '(?:';
        isAtomic = true;
      } else if ('aiLmsux-'.includes(ch)) {
        return this.flagGroup(open, atStart);
      } else {
        this.err(`unknown extension ?${ch}`, open + 1);
      }
    } else {
      capture = ++this.groups;
      prefix = '(' + OPEN + 'P' + capture + OPEN;
    }
    if (capture > 0) this.open.add(capture);
    const outerLookbehind = this.lookbehindGroups;
    if (look && prefix!.startsWith('(?<') && outerLookbehind === null) this.lookbehindGroups = this.groups + 1;
    const body = this.alt(false);
    this.lookbehindGroups = outerLookbehind;
    if (this.i >= c.length || c[this.i] !== ')') this.err('missing ), unterminated subpattern', open);
    this.i++;
    if (capture > 0) {
      this.open.delete(capture);
      this.groupWidths.set(capture, [this.wLo, this.wHi]);
    }
    if (look) {
      if (prefix!.startsWith('(?<') && this.wLo !== this.wHi) this.err('look-behind requires fixed-width pattern', null);
      this.wLo = this.wHi = 0;
    }
    const src = capture > 0 ? prefix! + bodyStart(capture) + body + bodyEnd(capture) + ')' : prefix! + body + ')';
    return { src: isAtomic ? this.atomic(src) : src, look };
  }

  /** After '(?(' — a conditional `(?(group)yes|no)` (sre_parse's GROUPREF_EXISTS and its errors). */
  private conditional(open: number): { src: string; look: boolean } {
    const c = this.c;
    const nameStart = this.i;
    const name = this.readName(')', 'group name');
    let g: number;
    if (isIdent(name)) {
      const n = this.names.get(name);
      if (n === undefined) this.err(`unknown group name '${name}'`, nameStart);
      g = n!;
    } else {
      if (!/^[0-9]+$/.test(name)) this.err(`bad character in group name '${name}'`, nameStart);
      g = Number(name);
      if (g === 0) this.err('bad group number', nameStart);
    }
    if (!this.condRefs.has(g)) this.condRefs.set(g, nameStart);
    this.checkLookbehindGroup(g);
    const yes = this.seq(false);
    let lo = this.wLo, hi = this.wHi;
    let no = '';
    if (c[this.i] === '|') {
      this.i++;
      no = this.seq(false);
      lo = Math.min(lo, this.wLo);
      hi = Math.max(hi, this.wHi);
      if (c[this.i] === '|') this.err('conditional backref with more than two branches', this.i);
    } else lo = 0;
    if (this.i >= c.length || c[this.i] !== ')') this.err('missing ), unterminated subpattern', open);
    this.i++;
    this.wLo = lo;
    this.wHi = hi;
    return { src: `(?:${flagTest(g)}(?:${yes})|(?!${flagTest(g)})(?:${no}))`, look: false };
  }

  private flagGroup(open: number, atStart: boolean): { src: string; look: boolean } | null {
    const c = this.c;
    this.i--;
    const letters: Record<string, number> = { a: F_A, i: F_I, L: F_L, m: F_M, s: F_S, u: F_U, x: F_X };
    let add = 0, del = 0;
    while (this.i < c.length && c[this.i] in letters) add |= letters[c[this.i++]];
    if (c[this.i] === '-') {
      this.i++;
      while (this.i < c.length && c[this.i] in letters) {
        const f = letters[c[this.i++]];
        if (f === F_A || f === F_L || f === F_U) this.err('bad inline flags: cannot turn off flags \'a\', \'u\' and \'L\'', this.i - 1);
        del |= f;
      }
      if (!del) this.err('missing flag', this.i);
    }
    const term = c[this.i];
    if (term === undefined) this.err('missing -, : or )', this.i);
    if (term !== ')' && term !== ':') {
      this.err(/[a-zA-Z]/.test(term) ? 'unknown flag' : 'missing -, : or )', this.i);
    }
    if (add & F_L && !this.isBytes) this.err("bad inline flags: cannot use 'L' flag with a str pattern", this.i);
    if (add & F_U && this.isBytes) this.err("bad inline flags: cannot use 'u' flag with a bytes pattern", this.i);
    if (add & F_A && add & F_U) this.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", this.i);
    this.i++;
    if (term === ')') {
      if (del) this.err('missing :', this.i - 1);
      if (!atStart) this.err('global flags not at the start of the expression', open);
      this.flags |= add;
      return null;
    }
    // scoped flags
    const saved = this.flags, savedCI = this.localCI;
    if ((del & F_I) && (this.flags & F_I)) throwPy('NotImplementedError', 're: (?-i:...) inside a case-insensitive pattern is not supported');
    if (add & F_I && !(this.flags & F_I)) this.localCI = true;
    this.flags = (this.flags | add) & ~del & ~F_I | (saved & F_I);
    const body = this.alt(false);
    if (this.i >= c.length || c[this.i] !== ')') this.err('missing ), unterminated subpattern', open);
    this.i++;
    this.flags = saved;
    this.localCI = savedCI;
    return { src: '(?:' + body + ')', look: false };
  }

  private backref(g: number): string {
    return `(?:${reference('P' + g)})`;
  }

  private classSet(ch: string, inClass: boolean): string | null {
    const a = this.ascii;
    let pos: string;
    switch (ch) {
      case 'd': return a ? (inClass ? '0-9' : '[0-9]') : '\\p{Nd}';
      case 'D': return a ? '[^0-9]' : '\\P{Nd}';
      case 'w': pos = a ? A_WORD : U_WORD; return inClass ? pos : `[${pos}]`;
      case 'W': return `[^${a ? A_WORD : U_WORD}]`;
      case 's': pos = a ? A_SPACE : U_SPACE; return inClass ? pos : `[${pos}]`;
      case 'S': return `[^${a ? A_SPACE : U_SPACE}]`;
    }
    return null;
  }

  private hexEscape(start: number, n: number, letter: string): number {
    const c = this.c;
    let h = '';
    for (let k = 0; k < n; k++) {
      if (this.i < c.length && HEX.includes(c[this.i])) h += c[this.i++];
      else this.err(`incomplete escape \\${letter}${h}`, start);
    }
    const v = parseInt(h, 16);
    if (v > 0x10ffff) this.err(`bad escape \\${letter}${h}`, start);
    return v;
  }

  /** Escapes common to both contexts: a code point, or null when not one of these. */
  private simpleEscape(ch: string, start: number): number | null {
    switch (ch) {
      case 'a': return 7;
      case 'f': return 12;
      case 'n': return 10;
      case 'r': return 13;
      case 't': return 9;
      case 'v': return 11;
      case '\\': return 92;
      case 'x': return this.hexEscape(start, 2, 'x');
      case 'u': if (this.isBytes) return null; return this.hexEscape(start, 4, 'u');
      case 'U': if (this.isBytes) return null; return this.hexEscape(start, 8, 'U');
      case 'N': {
        if (this.isBytes) return null;
        if (this.c[this.i] !== '{') this.err('missing {', this.i);
        this.i++;
        const name = this.readName('}', 'character name');
        const cp = lookupCharName(name);
        if (cp === undefined) this.err(`undefined character name '${name}'`, start);
        return cp!;
      }
    }
    return null;
  }

  /** After '\\' outside a class. */
  private escape(start: number): { src: string; at: boolean } {
    const c = this.c;
    if (this.i >= c.length) this.err('bad escape (end of pattern)', start);
    const ch = c[this.i++];
    const W = this.ascii ? A_WORD : U_WORD;
    switch (ch) {
      case 'A': return { src: '(?<![\\s\\S])', at: true };
      case 'Z': return { src: '(?![\\s\\S])', at: true };
      case 'b': return { src: `(?:(?<=[${W}])(?![${W}])|(?<![${W}])(?=[${W}]))`, at: true };
      case 'B': return { src: `(?:(?<=[${W}])(?=[${W}])|(?<![${W}])(?![${W}]))`, at: true };
    }
    const set = this.classSet(ch, false);
    if (set !== null) return { src: set, at: false };
    const simple = this.simpleEscape(ch, start);
    if (simple !== null) return { src: this.lit(simple), at: false };
    if (ch === '0') {
      let o = '0';
      while (o.length < 3 && this.i < c.length && OCT.includes(c[this.i])) o += c[this.i++];
      return { src: this.lit(parseInt(o, 8)), at: false };
    }
    if (DIGITS.includes(ch)) {
      if (this.i < c.length && DIGITS.includes(c[this.i])) {
        if (OCT.includes(ch) && OCT.includes(c[this.i]) && this.i + 1 < c.length && OCT.includes(c[this.i + 1])) {
          const o = ch + c[this.i] + c[this.i + 1];
          this.i += 2;
          const v = parseInt(o, 8);
          if (v > 0o377) this.err(`octal escape value \\${o} outside of range 0-0o377`, start);
          return { src: this.lit(v), at: false };
        }
        const g = Number(ch + c[this.i++]);
        return { src: this.groupRef(g, start), at: false };
      }
      return { src: this.groupRef(Number(ch), start), at: false };
    }
    if (/[a-zA-Z]/.test(ch)) this.err(`bad escape \\${ch}`, start);
    return { src: this.lit(ch.codePointAt(0)!), at: false };
  }

  /** A reference from inside a look-behind must name a group closed before the look-behind began. */
  private checkLookbehindGroup(g: number): void {
    if (this.lookbehindGroups === null) return;
    if (g > this.groups || this.open.has(g)) this.err('cannot refer to an open group', this.i);
    if (g >= this.lookbehindGroups) this.err('cannot refer to group defined in the same lookbehind subpattern', this.i);
  }

  private groupRef(g: number, start: number): string {
    if (g > this.groups) this.err(`invalid group reference ${g}`, start + 1);
    if (this.open.has(g)) this.err('cannot refer to an open group', start);
    this.checkLookbehindGroup(g);
    [this.wLo, this.wHi] = this.groupWidths.get(g) ?? [0, Infinity];
    return this.backref(g);
  }

  /** After '[' (at `start`). */
  private cls(start: number): string {
    const c = this.c;
    let neg = false;
    if (c[this.i] === '^') {
      neg = true;
      this.i++;
    }
    const parts: string[] = [];
    let first = true;
    const ci = this.localCI && !(this.flags & F_I);
    const addCp = (cp: number) => {
      if (ci) for (const v of caseVariants(cp)) parts.push(esc(v));
      else parts.push(esc(cp));
    };
    for (;;) {
      if (this.i >= c.length) this.err('unterminated character set', start);
      const itemStart = this.i;
      let ch = c[this.i++];
      if (ch === ']' && !first) break;
      first = false;
      let lo: number;
      if (ch === '\\') {
        const r = this.classEscape(itemStart);
        if (typeof r === 'string') {
          parts.push(r);
          continue;
        }
        lo = r;
      } else lo = ch.codePointAt(0)!;
      if (c[this.i] === '-') {
        this.i++;
        if (this.i >= c.length) this.err('unterminated character set', start);
        ch = c[this.i++];
        if (ch === ']') {
          addCp(lo);
          addCp(45);
          break;
        }
        let hi: number;
        if (ch === '\\') {
          const r = this.classEscape(this.i - 1);
          if (typeof r === 'string') this.err(`bad character range ${c.slice(itemStart, this.i).join('')}`, itemStart);
          hi = r;
        } else hi = ch.codePointAt(0)!;
        if (hi < lo) this.err(`bad character range ${c.slice(itemStart, this.i).join('')}`, itemStart);
        parts.push(`${esc(lo)}-${esc(hi)}`);
        if (ci) {
          // case-insensitive scope: add the other case of the ASCII letters in the range
          const a = Math.max(lo, 65), b = Math.min(hi, 90);
          if (a <= b) parts.push(`${esc(a + 32)}-${esc(b + 32)}`);
          const a2 = Math.max(lo, 97), b2 = Math.min(hi, 122);
          if (a2 <= b2) parts.push(`${esc(a2 - 32)}-${esc(b2 - 32)}`);
        }
      } else addCp(lo);
    }
    return `[${neg ? '^' : ''}${parts.join('')}]`;
  }

  /** After '\\' inside a class: a JS class fragment (string) or a code point. */
  private classEscape(start: number): string | number {
    const c = this.c;
    if (this.i >= c.length) this.err('unterminated character set', start);
    const ch = c[this.i++];
    const set = this.classSet(ch, true);
    if (set !== null) return set;
    if (ch === 'b') return 8;
    const simple = this.simpleEscape(ch, start);
    if (simple !== null) return simple;
    if (OCT.includes(ch)) {
      let o = ch;
      while (o.length < 3 && this.i < c.length && OCT.includes(c[this.i])) o += c[this.i++];
      const v = parseInt(o, 8);
      if (v > 0o377) this.err(`octal escape value \\${o} outside of range 0-0o377`, start);
      return v;
    }
    if (DIGITS.includes(ch) || /[a-zA-Z]/.test(ch)) this.err(`bad escape \\${ch}`, start);
    return ch.codePointAt(0)!;
  }
}
