/**
 * The str-like methods of `bytes` and `bytearray` that pad, re-case or cut the value as a whole: center,
 * ljust, rjust, zfill, capitalize, title, istitle, expandtabs, partition, rpartition, removeprefix,
 * removesuffix, splitlines and translate, plus bytes.maketrans (CPython's Objects/bytes_methods.c and stringlib, with their messages).
 *
 * They work on the latin-1 view of the data (one char per byte) as bytes.ts does. What differs from str:
 * case only exists for ASCII letters, a fill byte is a bytes object of length 1, and splitlines breaks
 * only at \n, \r and \r\n.
 */
import { PyTuple } from '../values';
import { throwPy } from '../errors';
import { Method } from './define';
import { noArgs, oneArg, kwArgs, methodArgs } from './args';
import { bytesLike, ssize } from './str';
import { truthy } from '../protocols';
import { typeOf, PyType } from '../pytype';

const isLower = (c: string) => c >= 'a' && c <= 'z';
const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const upper = (c: string) => (isLower(c) ? c.toUpperCase() : c);
const lower = (c: string) => (isUpper(c) ? c.toLowerCase() : c);

/** Methods for type `t` (bytes or bytearray); `latin1`/`wrap` convert data to latin-1 text and text to a value of `t`. */
export function layoutMethods(t: PyType, latin1: (d: Uint8Array) => string, wrap: (s: string) => any): Record<string, Method> {
  const q = t.name;
  const text = (self: any) => latin1(self.data);
  const needBytes = (v: any): string => {
    const d = bytesLike(v);
    if (!d) throwPy('TypeError', `a bytes-like object is required, not '${typeOf(v).tpName}'`);
    return latin1(d);
  };
  const pad = (name: string, how: 'l' | 'r' | 'c'): Method => (self, args, kw) => {
    methodArgs(q, name, args, kw, 1, 2);
    const width = ssize(args[0]);
    let fill = ' ';
    if (args.length > 1) {
      const d = bytesLike(args[1]);
      if (!d || d.length !== 1) throwPy('TypeError', `${name}() argument 2 must be a byte string of length 1, not ${typeOf(args[1]).tpName}`);
      fill = String.fromCharCode(d[0]);
    }
    const s = text(self);
    if (s.length >= width) return wrap(s);
    const marg = width - s.length;
    // CPython's stringlib pad: centring puts the odd byte on the left when the width is odd
    const left = how === 'l' ? 0 : how === 'r' ? marg : (marg >> 1) + (marg & width & 1);
    return wrap(fill.repeat(left) + s + fill.repeat(marg - left));
  };
  const partition = (name: string, rev: boolean): Method => (self, args, kw) => {
    const sep = needBytes(oneArg(`${q}.${name}`, args, kw));
    if (!sep) throwPy('ValueError', 'empty separator');
    const s = text(self);
    const i = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0) return new PyTuple(rev ? [wrap(''), wrap(''), wrap(s)] : [wrap(s), wrap(''), wrap('')]);
    return new PyTuple([wrap(s.slice(0, i)), wrap(sep), wrap(s.slice(i + sep.length))]);
  };
  const cased = (s: string, i: number) => i > 0 && (isLower(s[i - 1]) || isUpper(s[i - 1]));
  return {
    center: pad('center', 'c'),
    ljust: pad('ljust', 'l'),
    rjust: pad('rjust', 'r'),
    zfill: (self, args, kw) => {
      const width = ssize(oneArg(`${q}.zfill`, args, kw));
      const s = text(self);
      if (s.length >= width) return wrap(s);
      const fill = '0'.repeat(width - s.length);
      return wrap(s[0] === '+' || s[0] === '-' ? s[0] + fill + s.slice(1) : fill + s);
    },
    capitalize: (self, args, kw) => {
      noArgs(`${q}.capitalize`, args, kw);
      const s = text(self);
      return wrap(upper(s.slice(0, 1)) + [...s.slice(1)].map(lower).join(''));
    },
    title: (self, args, kw) => {
      noArgs(`${q}.title`, args, kw);
      const s = text(self);
      return wrap([...s].map((c, i) => (cased(s, i) ? lower(c) : upper(c))).join(''));
    },
    istitle: (self, args, kw) => {
      noArgs(`${q}.istitle`, args, kw);
      const s = text(self);
      let seen = false;
      for (let i = 0; i < s.length; i++) {
        if (isUpper(s[i]) && cased(s, i)) return false;
        if (isLower(s[i]) && !cased(s, i)) return false;
        seen ||= isUpper(s[i]);
      }
      return seen;
    },
    expandtabs: (self, args, kw) => {
      const [size] = kwArgs('expandtabs', args, kw, ['tabsize']);
      const tab = size === undefined ? 8 : ssize(size);
      let out = '', col = 0;
      for (const c of text(self)) {
        if (c === '\t') {
          const n = tab > 0 ? tab - (col % tab) : 0;
          out += ' '.repeat(n);
          col += n;
        } else {
          out += c;
          col = c === '\n' || c === '\r' ? 0 : col + 1;
        }
      }
      return wrap(out);
    },
    partition: partition('partition', false),
    rpartition: partition('rpartition', true),
    removeprefix: (self, args, kw) => {
      const p = needBytes(oneArg(`${q}.removeprefix`, args, kw));
      const s = text(self);
      return wrap(p && s.startsWith(p) ? s.slice(p.length) : s);
    },
    removesuffix: (self, args, kw) => {
      const p = needBytes(oneArg(`${q}.removesuffix`, args, kw));
      const s = text(self);
      return wrap(p && s.endsWith(p) ? s.slice(0, -p.length) : s);
    },
    splitlines: (self, args, kw) => {
      const [keep] = kwArgs('splitlines', args, kw, ['keepends']);
      const ends = keep !== undefined && truthy(keep);
      const s = text(self);
      const out: any[] = [];
      let i = 0;
      while (i < s.length) {
        let j = i;
        while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++;
        const eol = j < s.length ? (s[j] === '\r' && s[j + 1] === '\n' ? 2 : 1) : 0;
        out.push(wrap(s.slice(i, ends ? j + eol : j)));
        i = j + eol;
      }
      return out;
    },
    translate: (self, args, kw) => {
      const del = kw?.get('delete');
      if (args.length + (kw ? kw.size : 0) > 2 || (kw && kw.size && del === undefined)) throwPy('TypeError', `${q}.translate() takes at most 2 arguments`);
      if (args.length < 1) throwPy('TypeError', `translate() takes at least 1 positional argument (0 given)`);
      const table = args[0] === null ? null : needBytes(args[0]);
      if (table !== null && table.length !== 256) throwPy('ValueError', 'translation table must be 256 characters long');
      const drop = new Set(args.length > 1 || del !== undefined ? needBytes(args.length > 1 ? args[1] : del) : '');
      let out = '';
      for (const c of text(self)) if (!drop.has(c)) out += table === null ? c : table[c.charCodeAt(0)];
      return wrap(out);
    },
  };
}

/** bytes.maketrans(frm, to): the 256-byte table mapping each byte of frm to the same place in to. */
export function maketrans(frm: Uint8Array | null, to: Uint8Array | null): Uint8Array {
  if (frm === null || to === null) throwPy('TypeError', 'a bytes-like object is required');
  if (frm.length !== to.length) throwPy('ValueError', 'maketrans arguments must have same length');
  const table = Uint8Array.from({ length: 256 }, (_, i) => i);
  frm.forEach((b, i) => (table[b] = to[i]));
  return table;
}
