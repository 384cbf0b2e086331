/**
 * NumPy's array printing (numpy/_core/arrayprint.py), restated: choosing one format per array (bool,
 * integer, floating with its positional/scientific decision and common padding, complex as two floating
 * formats), then laying elements out in nested brackets with NumPy's separators, line wrapping at
 * `linewidth`, and summarisation with '...' beyond `threshold` elements.
 *
 * Formats are computed from the elements that will actually be shown (the edge items when summarised),
 * as NumPy does, so widths match byte for byte. Values arrive in their dtype's domain (elements.ts).
 */
import { DType } from '../dtype';
import { NDArray } from '../ndarray';
import { Complex } from '../elements';
import { formatPositional, formatScientific, scalarFloatStr, Trim } from './dragon4';
import { NAT, formatDatetime, unitOf } from '../datetime';

export interface ArrayPrintOptions {
  precision: number;
  threshold: number;
  edgeitems: number;
  linewidth: number;
  suppress: boolean;
  nanstr: string;
  infstr: string;
  sign: '-' | '+' | ' ';
  floatmode: 'maxprec' | 'fixed' | 'unique' | 'maxprec_equal';
  /** NumPy legacy level as a number (113 for '1.13'); large when not in legacy mode */
  legacy: number;
  /**
   * per-kind overrides (NumPy's `formatter=`): the keys of NumPy's formatdict ('bool', 'int', 'timedelta',
   * 'datetime', 'float', 'complexfloat', 'void', 'numpystr', 'object') over the kind keys ('int_kind',
   * 'float_kind', 'complex_kind', 'str_kind') over 'all'
   */
  formatter?: Partial<Record<string, (v: any, dt: DType) => string>> | null;
  /** the host's element texts where NumPy prints an element's repr (str, bytes, object elements) */
  reprs?: { str: (v: string) => string; bytes: (v: string) => string; object: (v: any) => string };
}

type Fmt = (v: any) => string;

/** finfo(dtype).precision: decimal digits NumPy attributes to each float width */
function finfoPrecision(size: number): number {
  return size === 2 ? 3 : size === 4 ? 6 : 15;
}

class FloatingFormat {
  expFormat = false;
  padLeft = 0;
  padRight = 0;
  expSize = -1;
  unique = true;
  trim: Trim = '.';
  minDigits = 0;
  precision: number;
  constructor(
    data: number[],
    readonly size: number,
    private o: ArrayPrintOptions,
    readonly sign: '-' | '+' | ' ',
    isScalar: boolean,
  ) {
    if (o.legacy <= 113 && !isScalar && sign === '-') this.sign = ' ';
    this.precision = o.floatmode === 'unique' ? -1 : o.precision;
    this.fill(data);
  }

  private fill(data: number[]): void {
    const o = this.o;
    const finite = data.filter((x) => Number.isFinite(x));
    const nz = finite.filter((x) => x !== 0).map(Math.abs);
    if (nz.length) {
      let max = -Infinity, min = Infinity;
      for (const x of nz) {
        if (x > max) max = x;
        if (x < min) min = x;
      }
      const cutoff = o.legacy <= 202 ? 1e8 : Math.pow(10, Math.min(8, finfoPrecision(this.size)));
      if (max >= cutoff || (!o.suppress && (min < 0.0001 || max / min > 1000))) this.expFormat = true;
    }
    const plus = this.sign === '+';
    if (finite.length === 0) {
      this.padLeft = 0;
      this.padRight = 0;
      this.trim = '.';
      this.expSize = -1;
      this.unique = true;
      this.minDigits = 0;
    } else if (this.expFormat) {
      let trim: Trim = '.', unique = true;
      if (o.floatmode === 'fixed' || o.legacy <= 113) {
        trim = 'k';
        unique = false;
      }
      let maxExp = 0, maxFrac = 0, maxInt = 0;
      for (const x of finite) {
        const s = formatScientific(x, this.size, { precision: this.precision, unique, trim, sign: plus });
        const e = s.indexOf('e');
        const mant = s.slice(0, e);
        const dot = mant.indexOf('.');
        maxExp = Math.max(maxExp, s.length - e - 1);
        maxInt = Math.max(maxInt, dot < 0 ? mant.length : dot);
        maxFrac = Math.max(maxFrac, dot < 0 ? 0 : mant.length - dot - 1);
      }
      this.expSize = maxExp - 1;
      this.trim = 'k';
      this.precision = maxFrac;
      this.minDigits = maxFrac;
      this.unique = unique;
      this.padLeft = o.legacy <= 113 ? 3 : maxInt;
      this.padRight = this.expSize + 2 + this.precision;
    } else {
      let trim: Trim = '.', unique = true;
      if (o.floatmode === 'fixed') {
        trim = 'k';
        unique = false;
      }
      let maxInt = 0, maxFrac = 0;
      for (const x of finite) {
        const s = formatPositional(x, this.size, { precision: this.precision, fractional: true, unique, trim, sign: plus });
        const dot = s.indexOf('.');
        const ip = dot < 0 ? s : s.slice(0, dot);
        const fp = dot < 0 ? '' : s.slice(dot + 1);
        maxInt = Math.max(maxInt, o.legacy <= 113 ? 1 + ip.replace(/^[-+]/, '').length : ip.length);
        maxFrac = Math.max(maxFrac, fp.length);
      }
      this.padLeft = maxInt;
      this.padRight = maxFrac;
      this.expSize = -1;
      this.unique = unique;
      if (o.floatmode === 'fixed' || o.floatmode === 'maxprec_equal') {
        this.precision = this.minDigits = this.padRight;
        this.trim = 'k';
      } else {
        this.trim = '.';
        this.minDigits = 0;
      }
    }
    if (o.legacy > 113 && this.sign === ' ' && !finite.some((x) => x < 0 || Object.is(x, -0))) this.padLeft += 1;
    if (data.length !== finite.length) {
      const neginf = this.sign !== '-' || data.some((x) => x === -Infinity) ? 1 : 0;
      const offset = this.padRight + 1;
      this.padLeft = Math.max(this.padLeft, o.nanstr.length - offset, o.infstr.length + neginf - offset);
    }
  }

  format = (x: number): string => {
    const o = this.o;
    if (!Number.isFinite(x)) {
      let ret: string;
      if (Number.isNaN(x)) ret = (this.sign === '+' ? '+' : '') + o.nanstr;
      else ret = (x < 0 ? '-' : this.sign === '+' ? '+' : '') + o.infstr;
      return ' '.repeat(Math.max(0, this.padLeft + this.padRight + 1 - ret.length)) + ret;
    }
    if (this.expFormat) {
      return formatScientific(x, this.size, {
        precision: this.precision, minDigits: this.minDigits, unique: this.unique, trim: this.trim,
        sign: this.sign === '+', padLeft: this.padLeft, expDigits: this.expSize,
      });
    }
    return formatPositional(x, this.size, {
      precision: this.precision, minDigits: this.minDigits, unique: this.unique, fractional: true, trim: this.trim,
      sign: this.sign === '+', padLeft: this.padLeft, padRight: this.padRight,
    });
  };
}

/** NumPy's _TimelikeFormat: quoted ISO dates or plain counts, right-aligned to the widest of the extremes; NaT as 'NaT' */
function timelikeFormat(dt: DType, values: bigint[]): Fmt {
  const u = unitOf(dt);
  const fmt = dt.kind === 'M' ? (v: bigint) => `'${formatDatetime(v, u)}'` : (v: bigint) => String(v);
  const real = values.filter((v) => v !== NAT);
  let width = 0;
  if (real.length) {
    let lo = real[0], hi = real[0];
    for (const v of real) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    width = Math.max(fmt(lo).length, fmt(hi).length);
  }
  if (real.length < values.length) width = Math.max(width, 5);
  return (v: bigint) => (v === NAT ? "'NaT'" : fmt(v)).padStart(width);
}

function integerFormat(data: (number | bigint)[], sign: '-' | '+' | ' '): Fmt {
  let width = 0;
  if (data.length) {
    let max = data[0], min = data[0];
    for (const x of data) {
      if (x > max) max = x;
      if (x < min) min = x;
    }
    let maxLen = String(max).length;
    if (sign === ' ' && min < 0) sign = '-';
    if (max >= 0 && (sign === '+' || sign === ' ')) maxLen += 1;
    width = Math.max(maxLen, String(min).length);
  }
  return (x) => {
    let s = String(x);
    if (x >= 0 && sign === '+') s = '+' + s;
    else if (x >= 0 && sign === ' ') s = ' ' + s;
    return s.length < width ? ' '.repeat(width - s.length) + s : s;
  };
}

/**
 * The per-element format NumPy would choose for these (shown) values of dtype `dt`. `floatStr` formats
 * floats as their scalar str() unless a float formatter is given (a record scalar's fields: NumPy's
 * _void_scalar_to_string defaults float_kind to str).
 */
export function formatFunction(dt: DType, values: any[], o: ArrayPrintOptions, isScalar: boolean, floatStr = false): Fmt {
  const f = o.formatter;
  if (floatStr && dt.kind === 'f' && !f?.float && !f?.float_kind) return (x: number) => scalarFloatStr(x, dt.itemsize, o.legacy <= 202);
  if (f) {
    const pick = (...keys: string[]) => {
      for (const k of keys) if (f[k]) return f[k]!;
      return undefined;
    };
    const custom =
      dt.kind === 'b' ? pick('bool', 'all')
      : dt.kind === 'i' || dt.kind === 'u' ? pick('int', 'int_kind', 'all')
      : dt.kind === 'f' ? pick('float', 'float_kind', 'all')
      : dt.kind === 'c' ? pick('complexfloat', 'complex_kind', 'all')
      : dt.kind === 'M' ? pick('datetime', 'all')
      : dt.kind === 'm' ? pick('timedelta', 'all')
      : dt.kind === 'O' ? pick('object', 'all')
      : dt.kind === 'U' || dt.kind === 'S' ? pick('numpystr', 'str_kind', 'all')
      // a structured void formats field by field (each field's own entry applies)
      : !dt.fields && !dt.subBase ? pick('void', 'all')
      : undefined;
    // the element's own dtype goes along (a record's fields each have theirs)
    if (custom) return (x: any) => custom(x, dt);
  }
  switch (dt.kind) {
    case 'V': {
      // NumPy's StructuredVoidFormat / SubArrayFormat: one format per field, computed over its column
      if (dt.subBase) {
        const inner = formatFunction(dt.subBase, values.flatMap((v: any[]) => v.flat(Infinity)), o, false, floatStr);
        const sub = (v: any): string => (Array.isArray(v) ? '[' + v.map(sub).join(', ') + ']' : inner(v));
        return sub;
      }
      // unstructured void: every byte as an upper-case hex escape, b'\x0A\xFF'
      if (!dt.fields) return (r: number[]) => "b'" + r.map((b) => '\\x' + b.toString(16).toUpperCase().padStart(2, '0')).join('') + "'";
      const fields = dt.fields;
      // each field is formatted as its own column; a record scalar's fields are 0-d (isScalar)
      const fns = fields.map((fl, i) => formatFunction(fl.dtype, values.map((r: any[]) => r[i]), o, isScalar && !fl.dtype.subBase, floatStr));
      return (r: any[]) => {
        const parts = fields.map((_, i) => fns[i](r[i]));
        return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
      };
    }
    case 'U':
      // NumPy prints str elements by their repr
      return o.reprs?.str ?? ((v: string) => JSON.stringify(v));
    case 'O':
      // the Python layer's object repr: lists as list([...]) (NumPy's _object_format)
      return o.reprs?.object ?? ((v: any) => String(v));
    case 'S':
      // the Python layer's bytes repr prints b'…' literals
      return o.reprs?.bytes ?? ((v: string) => JSON.stringify(v));
    case 'M':
    case 'm':
      return timelikeFormat(dt, values);
    case 'b': {
      const t = isScalar ? 'True' : ' True';
      return (v) => (v ? t : 'False');
    }
    case 'i':
    case 'u':
      return integerFormat(values, o.sign);
    case 'f':
      return new FloatingFormat(values, dt.itemsize, o, o.sign, isScalar).format;
    case 'c': {
      const size = dt.itemsize / 2;
      const re = new FloatingFormat(values.map((z: Complex) => z.re), size, o, o.sign, isScalar);
      const im = new FloatingFormat(values.map((z: Complex) => z.im), size, o, '+', isScalar);
      return (z: Complex) => {
        const r = re.format(z.re);
        let i = im.format(z.im);
        const sp = i.trimEnd().length;
        i = i.slice(0, sp) + 'j' + i.slice(sp);
        return r + i;
      };
    }
  }
}

function extendLine(s: string, line: string, word: string, width: number, nextPrefix: string, legacy: number): [string, string] {
  let wrap = line.length + word.length > width;
  if (legacy > 113 && line.length <= nextPrefix.length) wrap = false;
  if (wrap) {
    s += line.trimEnd() + '\n';
    line = nextPrefix;
  }
  return [s, line + word];
}

function extendLinePretty(s: string, line: string, word: string, width: number, nextPrefix: string, legacy: number): [string, string] {
  const words = word.split('\n');
  if (words.length === 1 || legacy <= 113) return extendLine(s, line, word, width, nextPrefix, legacy);
  const maxLen = Math.max(...words.map((w) => w.length));
  let indent: string;
  if (line.length + maxLen > width && line.length > nextPrefix.length) {
    s += line.trimEnd() + '\n';
    line = nextPrefix + words[0];
    indent = nextPrefix;
  } else {
    indent = ' '.repeat(line.length);
    line += words[0];
  }
  for (const w of words.slice(1)) {
    s += line.trimEnd() + '\n';
    line = indent + w;
  }
  line += ' '.repeat(maxLen - words[words.length - 1].length);
  return [s, line];
}

/**
 * NumPy's `_formatArray`: the bracketed layout of an n-d array with `fmt` per element. `get(index)`
 * reads one element; `summary` is '...' when summarising.
 */
function formatArray(
  shape: number[], get: (idx: number[]) => any, fmt: Fmt, lineWidth: number, nextLinePrefix: string,
  separator: string, edgeItems: number, summary: string, legacy: number,
): string {
  const nd = shape.length;
  const recurse = (index: number[], hanging: string, currWidth: number): string => {
    const axis = index.length;
    const left = nd - axis;
    if (left === 0) return fmt(get(index));
    const nextHanging = hanging + ' ';
    const nextWidth = legacy <= 113 ? currWidth : currWidth - 1;
    const len = shape[axis];
    const showSummary = summary !== '' && 2 * edgeItems < len;
    const leading = showSummary ? edgeItems : 0;
    const trailing = showSummary ? edgeItems : len;
    let s = '';
    if (left === 1) {
      const elemWidth = legacy <= 113 ? currWidth - separator.trimEnd().length : currWidth - Math.max(separator.trimEnd().length, 1);
      let line = hanging;
      for (let i = 0; i < leading; i++) {
        const word = recurse([...index, i], nextHanging, nextWidth);
        [s, line] = extendLinePretty(s, line, word, elemWidth, hanging, legacy);
        line += separator;
      }
      if (showSummary) {
        [s, line] = extendLine(s, line, summary, elemWidth, hanging, legacy);
        line += legacy <= 113 ? ', ' : separator;
      }
      for (let i = trailing; i > 1; i--) {
        const word = recurse([...index, len - i], nextHanging, nextWidth);
        [s, line] = extendLinePretty(s, line, word, elemWidth, hanging, legacy);
        line += separator;
      }
      const lastWidth = legacy <= 113 ? currWidth : elemWidth;
      const word = recurse([...index, len - 1], nextHanging, nextWidth);
      [s, line] = extendLinePretty(s, line, word, lastWidth, hanging, legacy);
      s += line;
    } else {
      const lineSep = separator.trimEnd() + '\n'.repeat(left - 1);
      for (let i = 0; i < leading; i++) s += hanging + recurse([...index, i], nextHanging, nextWidth) + lineSep;
      if (showSummary) s += hanging + summary + (legacy <= 113 ? ', \n' : lineSep);
      for (let i = trailing; i > 1; i--) s += hanging + recurse([...index, len - i], nextHanging, nextWidth) + lineSep;
      s += hanging + recurse([...index, len - 1], nextHanging, nextWidth);
    }
    return '[' + s.slice(hanging.length) + ']';
  };
  return recurse([], nextLinePrefix, lineWidth);
}

/** The elements `formatArray` will show (all of them, or the edge items of every axis when summarised). */
function shownValues(shape: number[], get: (idx: number[]) => any, edge: number, summarise: boolean): any[] {
  const out: any[] = [];
  const walk = (index: number[]) => {
    const axis = index.length;
    if (axis === shape.length) {
      out.push(get(index));
      return;
    }
    const n = shape[axis];
    if (summarise && 2 * edge < n) {
      for (let i = 0; i < edge; i++) walk([...index, i]);
      for (let i = n - edge; i < n; i++) walk([...index, i]);
    } else for (let i = 0; i < n; i++) walk([...index, i]);
  };
  walk([]);
  return out;
}

/** np.array2string: the bracketed text of `a` (without any `array(` wrapper). */
export function array2string(a: NDArray, o: ArrayPrintOptions, separator = ' ', prefix = '', suffix = ''): string {
  const lineWidth = o.legacy > 113 ? o.linewidth - suffix.length : o.linewidth;
  if (a.size === 0) return '[]';
  const summarise = a.size > o.threshold;
  const get = (idx: number[]) => a.get(idx);
  const values = shownValues(a.shape, get, o.edgeitems, summarise);
  const fmt = formatFunction(a.dtype, values, o, a.ndim === 0);
  return formatArray(a.shape, get, fmt, lineWidth, ' ' + ' '.repeat(prefix.length), separator, o.edgeitems, summarise ? '...' : '', o.legacy);
}
