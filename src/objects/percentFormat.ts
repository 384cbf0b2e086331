/**
 * printf-style string formatting: Python's `str % args`.
 *
 * Role: a self-contained interpreter for the `%` mini-language (flags `-+ 0#`, width/precision with `*`,
 * `%(key)s` mapping keys, length modifiers h/l/L ignored, conversions d i u o x X e E f F g G c r s a %).
 * Everything that needs the object model (str()/repr()/ascii(), int/float coercion, type names) goes
 * through the `PercentHooks` the caller supplies, so this file has no dependency on object representations.
 * Invariants: argument consumption, padding and error texts follow CPython 3.11's `PyUnicode_Format`
 * (Objects/unicodeobject.c) step by step — e.g. the argument is fetched *before* the conversion character is
 * validated, a mapping key replaces the argument source, '0' padding goes between sign/prefix and digits,
 * and floats are laid out by floatRepr.ts's `doubleToString` (correctly rounded, ties to even). Indices in
 * error messages count code points. Written from scratch after studying CPython's behaviour.
 */
import { throwPy } from './errors';
import { doubleToString, fastFixed, type DtsCode } from './floatRepr';
import { reprInt } from './numParse';

/** What percentFormat needs from the object model. */
export interface PercentHooks {
  /** str(v) */
  str(v: unknown): string;
  /** repr(v) */
  repr(v: unknown): string;
  /** ascii(v) */
  ascii(v: unknown): string;
  /** Type name for messages, e.g. 'str', 'float'. */
  typeName(v: unknown): string;
  /** v is a str (subclasses included) → its value, else null. Used by %c. */
  asStr(v: unknown): string | null;
  /** PyLong_Check: v is an int (bool included) → its value, else null. */
  exactInt(v: unknown): number | bigint | null;
  /**
   * %d/%i/%u on a non-int: if v is a number (PyNumber_Check), int(v) — floats truncate, and the hook
   * raises for inf/nan itself; null when v is not a number or has no int conversion (→ TypeError here).
   */
  toInt(v: unknown): number | bigint | null;
  /** %o/%x/%X/%c on a non-int: operator.index(v), or null when unsupported. */
  toIndex(v: unknown): number | bigint | null;
  /** %e/%f/%g: float(v) via __float__/__index__, or null when not a real number (strs give null). */
  toFloat(v: unknown): number | null;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

function cpLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function cpSlice(s: string, n: number): string {
  let i = 0;
  let k = 0;
  while (i < s.length && k < n) {
    i += s.codePointAt(i)! > 0xffff ? 2 : 1;
    k++;
  }
  return s.slice(0, i);
}

function isNeg(v: number | bigint): boolean {
  return typeof v === 'number' ? v < 0 : v < 0n;
}

/** _PyUnicode_FormatLong: digits (with optional 0x/0o prefix) padded to `prec` digits. */
function formatLong(v: number | bigint, alt: boolean, prec: number, type: string): string {
  const neg = isNeg(v);
  const mag = typeof v === 'number' ? Math.abs(v) : neg ? -v : v;
  let digits: string;
  let prefix = '';
  if (type === 'o') {
    digits = mag.toString(8);
    if (alt) prefix = '0o';
  } else if (type === 'x' || type === 'X') {
    digits = mag.toString(16);
    if (alt) prefix = '0x';
  } else {
    digits = reprInt(mag);
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let s = (neg ? '-' : '') + prefix + digits;
  if (type === 'X') s = s.toUpperCase();
  return s;
}

/** A conversion of a plain format: the literal text before it, its flags, width, precision and character. */
interface Spec {
  lit: string;
  flags: number;
  width: number;
  prec: number;
  ch: string;
  /** a number conversion (pad's `signed`) */
  signed: boolean;
}

/**
 * Formats seen before, parsed, when every conversion in them is plain (no `%(key)`, no `*`, a valid
 * conversion character, sizes in range), else null. A format is usually a constant used in a loop: its
 * parse, a closure per character, cost about as much as the formatting ("%d-%s-%.2f" % t: ~600 ns).
 */
const PLAIN_SPECS = new Map<string, { specs: Spec[]; tail: string } | null>();

function plainSpecs(fmt: string): { specs: Spec[]; tail: string } | null {
  let parsed = PLAIN_SPECS.get(fmt);
  if (parsed === undefined) {
    parsed = parsePlain(fmt);
    if (PLAIN_SPECS.size >= 512) PLAIN_SPECS.clear();
    PLAIN_SPECS.set(fmt, parsed);
  }
  return parsed;
}

const CONVERSIONS = 'sradiuoxXeEfFgGc';

function parsePlain(fmt: string): { specs: Spec[]; tail: string } | null {
  const specs: Spec[] = [];
  const n = fmt.length;
  let lit = '';
  let pos = 0;
  for (;;) {
    const pc = fmt.indexOf('%', pos);
    if (pc < 0) break;
    lit += fmt.slice(pos, pc);
    pos = pc + 1;
    let c = fmt.charCodeAt(pos);
    if (c === 37) {
      lit += '%';
      pos++;
      continue;
    }
    let flags = 0;
    for (;; c = fmt.charCodeAt(++pos)) {
      if (c === 45) flags |= F_LJUST;
      else if (c === 43) flags |= F_SIGN;
      else if (c === 32) flags |= F_BLANK;
      else if (c === 35) flags |= F_ALT;
      else if (c === 48) flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (c >= 48 && c <= 57) {
      width = 0;
      for (; c >= 48 && c <= 57; c = fmt.charCodeAt(++pos)) if ((width = width * 10 + c - 48) > 1e9) return null;
    }
    let prec = -1;
    if (c === 46) {
      prec = 0;
      for (c = fmt.charCodeAt(++pos); c >= 48 && c <= 57; c = fmt.charCodeAt(++pos)) if ((prec = prec * 10 + c - 48) > 1e9) return null;
    }
    if (c === 104 || c === 108 || c === 76) pos++;
    if (pos >= n || !CONVERSIONS.includes(fmt[pos]!)) return null;
    specs.push({ lit, flags, width, prec, ch: fmt[pos]!, signed: SIGNED.has(fmt[pos]!) });
    lit = '';
    pos++;
  }
  return { specs, tail: lit + fmt.slice(pos) };
}

/**
 * `fmt % args`.
 *
 * `args`: the positional arguments — the items when the right operand is a tuple, otherwise a one-element
 * array holding the operand itself (null is treated as an empty tuple).
 * `mapping`: a key lookup when the right operand is a mapping in CPython's sense (not a tuple, not a str,
 * but has __getitem__ — dicts, and also lists, which merely suppresses "not all arguments converted");
 * null otherwise. The lookup raises (KeyError …) itself for missing keys.
 */
export function percentFormat(
  fmt: string,
  args: unknown[] | null,
  mapping: ((key: string) => unknown) | null,
  hooks: PercentHooks,
): string {
  if (mapping === null) {
    const parsed = plainSpecs(fmt);
    if (parsed !== null) {
      const items = args ?? [];
      let out = '';
      let idx = 0;
      for (const sp of parsed.specs) {
        out += sp.lit;
        if (idx >= items.length) throwPy('TypeError', 'not enough arguments for format string');
        const str = convert(sp.ch, items[idx++], sp.flags, sp.prec, hooks, fmt, 0);
        out += pad(str, sp.ch, sp.flags, sp.width, sp.prec, sp.signed);
      }
      if (idx < items.length) throwPy('TypeError', 'not all arguments converted during string formatting');
      return out + parsed.tail;
    }
  }
  // Argument source: `items` with `idx`, or a single object (after a %(key) lookup).
  let items: unknown[] = args ?? [];
  let single: unknown = undefined;
  let singleMode = false; // true: arglen = -1 semantics
  let idx = 0; // for singleMode: 0 = not yet consumed, 1 = consumed
  const hasDict = mapping !== null;

  const nextArg = (): unknown => {
    if (singleMode) {
      if (idx === 0) {
        idx = 1;
        return single;
      }
    } else if (idx < items.length) {
      return items[idx++];
    }
    throwPy('TypeError', 'not enough arguments for format string');
  };
  const unconsumed = (): boolean => (singleMode ? idx === 0 : idx < items.length);

  const n = fmt.length;
  let out = '';
  let pos = 0;
  let litStart = 0;

  while (pos < n) {
    const pc = fmt.indexOf('%', pos);
    if (pc < 0) break;
    out += fmt.slice(litStart, pc);
    pos = pc + 1;
    if (pos >= n) throwPy('ValueError', 'incomplete format');
    if (fmt.charCodeAt(pos) === 37) {
      out += '%';
      pos++;
      litStart = pos;
      continue;
    }

    // ---- parse one conversion spec
    let flags = 0;
    let width = -1;
    let prec = -1;
    let ch = '';
    let exhausted = false;
    const read = (): void => {
      if (pos < n) {
        const cp = fmt.codePointAt(pos)!;
        ch = String.fromCodePoint(cp);
        pos += ch.length;
      } else {
        exhausted = true;
      }
    };

    if (fmt.charCodeAt(pos) === 40 /* ( */) {
      if (!hasDict) throwPy('TypeError', 'format requires a mapping');
      pos++;
      const keyStart = pos;
      let depth = 1;
      while (depth > 0 && pos < n) {
        const c = fmt.charCodeAt(pos);
        if (c === 41) depth--;
        else if (c === 40) depth++;
        pos++;
      }
      if (depth > 0) throwPy('ValueError', 'incomplete format key');
      const key = fmt.slice(keyStart, pos - 1);
      single = mapping!(key);
      singleMode = true;
      idx = 0;
    }

    // flags
    for (;;) {
      read();
      if (exhausted) break;
      if (ch === '-') flags |= F_LJUST;
      else if (ch === '+') flags |= F_SIGN;
      else if (ch === ' ') flags |= F_BLANK;
      else if (ch === '#') flags |= F_ALT;
      else if (ch === '0') flags |= F_ZERO;
      else break;
    }
    // width
    if (!exhausted && ch === '*') {
      const v = nextArg();
      const w = hooks.exactInt(v);
      if (w === null) throwPy('TypeError', '* wants int');
      if (typeof w === 'bigint') throwPy('OverflowError', 'Python int too large to convert to C ssize_t');
      width = w;
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      read();
    } else if (!exhausted && ch >= '0' && ch <= '9') {
      width = ch.charCodeAt(0) - 48;
      for (;;) {
        read();
        if (exhausted || ch < '0' || ch > '9') break;
        width = width * 10 + (ch.charCodeAt(0) - 48);
        if (width > Number.MAX_SAFE_INTEGER / 10) throwPy('ValueError', 'width too big');
      }
    }
    // precision
    if (!exhausted && ch === '.') {
      prec = 0;
      read();
      if (!exhausted && (ch as string) === '*') {
        const v = nextArg();
        const p = hooks.exactInt(v);
        if (p === null) throwPy('TypeError', '* wants int');
        if (typeof p === 'bigint' || p > 2147483647 || p < -2147483648) {
          throwPy('OverflowError', 'Python int too large to convert to C int');
        }
        prec = p < 0 ? 0 : p;
        read();
      } else if (!exhausted && ch >= '0' && ch <= '9') {
        prec = ch.charCodeAt(0) - 48;
        for (;;) {
          read();
          if (exhausted || ch < '0' || ch > '9') break;
          const d = ch.charCodeAt(0) - 48;
          if (prec > (2147483647 - d) / 10) throwPy('ValueError', 'precision too big');
          prec = prec * 10 + d;
        }
      }
    }
    if (!exhausted && (ch === 'h' || ch === 'l' || ch === 'L')) read();
    if (exhausted) throwPy('ValueError', 'incomplete format');

    // ---- format the argument
    const v = nextArg();
    const str = convert(ch, v, flags, prec, hooks, fmt, pos);
    const signed = SIGNED.has(ch);
    out += pad(str, ch, flags, width, prec, signed);
    litStart = pos;
    if (hasDict && unconsumed()) {
      throwPy('TypeError', 'not all arguments converted during string formatting');
    }
  }
  out += fmt.slice(litStart);
  if (!hasDict && unconsumed()) {
    throwPy('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}

/** The conversions whose text has a sign that '0' padding goes after (pad's `signed`). */
const SIGNED = new Set(['i', 'd', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G']);

/** One conversion's text before padding (`pos`: just past the conversion character in fmt, for the message of an unsupported one). */
function convert(ch: string, v: unknown, flags: number, prec: number, hooks: PercentHooks, fmt: string, pos: number): string {
  let str: string;
  switch (ch) {
    case 's':
    case 'r':
    case 'a': {
      str = ch === 's' ? hooks.str(v) : ch === 'r' ? hooks.repr(v) : hooks.ascii(v);
      break;
    }
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      let iv = hooks.exactInt(v);
      if (iv === null) {
        iv = ch === 'o' || ch === 'x' || ch === 'X' ? hooks.toIndex(v) : hooks.toInt(v);
        if (iv === null) {
          if (ch === 'o' || ch === 'x' || ch === 'X') {
            throwPy('TypeError', `%${ch} format: an integer is required, not ${hooks.typeName(v)}`);
          }
          throwPy('TypeError', `%${ch} format: a real number is required, not ${hooks.typeName(v)}`);
        }
      }
      str = formatLong(iv, (flags & F_ALT) !== 0, prec, ch);
      break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const fv = hooks.toFloat(v);
      if (fv === null) throwPy('TypeError', `must be real number, not ${hooks.typeName(v)}`);
      // '%.2f' of a finite float: the layout f-strings use (format(x, '.2f') 60 -> 35 ns)
      const fixed = (ch === 'f' || ch === 'F') && !(flags & F_ALT) && Number.isFinite(fv) ? fastFixed(fv, prec < 0 ? 6 : prec) : null;
      str = fixed ?? doubleToString(fv, ch as DtsCode, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
      break;
    }
    case 'c': {
      const sv = hooks.asStr(v);
      let cp: number;
      if (sv !== null) {
        if (cpLen(sv) !== 1) throwPy('TypeError', '%c requires int or char');
        cp = sv.codePointAt(0)!;
      } else {
        const iv = hooks.exactInt(v) ?? hooks.toIndex(v);
        if (iv === null) throwPy('TypeError', '%c requires int or char');
        if (typeof iv === 'bigint' || iv < 0 || iv > 0x10ffff) {
          throwPy('OverflowError', '%c arg not in range(0x110000)');
        }
        cp = iv;
      }
      str = String.fromCodePoint(cp);
      break;
    }
    default: {
      const cp = ch.codePointAt(0)!;
      const shown = cp >= 31 && cp <= 126 ? ch : '?';
      throwPy(
        'ValueError',
        `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${cpLen(fmt.slice(0, pos)) - 1}`,
      );
    }
  }
  return str;
}

/** unicode_format_arg_output: apply sign, '#' prefix placement, width and fill. */
function pad(str: string, ch: string, flags: number, width: number, prec: number, signed: boolean): string {
  // no width, no sign flag and nothing to cut (a precision only cuts %s, %r and %a): the text as it is
  if (width === -1 && !(flags & (F_SIGN | F_BLANK)) && (prec === -1 || !(ch === 's' || ch === 'r' || ch === 'a'))) return str;
  const fill = signed && flags & F_ZERO ? '0' : ' ';
  let len = cpLen(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) {
    return str;
  }
  if (ch === 's' || ch === 'r' || ch === 'a') {
    if (prec >= 0 && len > prec) {
      str = cpSlice(str, prec);
      len = prec;
    }
  }
  let p = 0; // index into str (all content after the sign is ASCII for numeric conversions)
  let signChar = '';
  if (signed) {
    const c = str[0];
    if (c === '-' || c === '+') {
      signChar = c;
      len--;
      p++;
    } else if (flags & F_SIGN) signChar = '+';
    else if (flags & F_BLANK) signChar = ' ';
    else signed = false;
  }
  if (width < len) width = len;
  let out = '';
  if (signed) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const hasPrefix = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  if (hasPrefix) {
    if (fill !== ' ') {
      out += str.slice(p, p + 2);
      p += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (signed) out += signChar;
    if (hasPrefix) {
      out += str.slice(p, p + 2);
      p += 2;
    }
  }
  if (len > 0) out += p === 0 ? cpSlice(str, len) : str.slice(p, p + len);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
