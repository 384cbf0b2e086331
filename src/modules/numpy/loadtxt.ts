/**
 * `np.loadtxt`, after NumPy 2's C reader (numpy/_core/src/multiarray/textreading): lines are tokenized
 * into fields — on runs of whitespace when `delimiter` is None (leading and trailing whitespace make no
 * fields), else on the delimiter character; an unquoted comment character ends the line; with a
 * `quotechar`, quoted fields may hold delimiters and `""` stands for a quote. A line whose only field is
 * empty is skipped (blank and comment lines), and does not count towards `max_rows`; `skiprows` skips
 * physical lines first. Several or multi-character comment markers are stripped beforehand, as NumPy's
 * Python layer does.
 *
 * Each field is converted by the column's converter (a callable whose result is then cast to the
 * dtype) or parsed strictly for the dtype (textFields.ts). Errors carry NumPy's texts and positions:
 * "could not convert string 'x' to float64 at row 1, column 2." (0-based data row, 1-based column),
 * "the number of columns changed from 3 to 2 at row 2; use `usecols` …" and "invalid column index 5 at
 * row 1 with 3 columns" (1-based rows). The result is (rows × columns), or records for a structured
 * dtype, then shaped by `ndmin` and transposed by `unpack`.
 */
import { NDArray } from '../../../runtime/ndarray';
import { DType, float64 } from '../../../runtime/dtype';
import { PyBytes } from '../../objects/values';
import { PyDict } from '../../objects/hashtable';
import { throwPy } from '../../objects/errors';
import { PyExc } from '../../objects/exceptions';
import { Kw, call, isCallable } from '../../objects/function';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { toArray, isIterable } from '../../objects/iterators';
import { repr, str as pyStr } from '../../objects/repr';
import { typeOf } from '../../objects/pytype';
import { decodeBytes } from '../../objects/types/codecs';
import { toDType, dtypeStr } from './dtypes';
import { pyToDomain } from './scalars';
import { kwArgs } from './ufuncs';
import { transpose } from './shape';
import { fieldView } from './structured';
import { textLines, warn, pathArg } from './ioFiles';
import { leavesOf, parseField, rowsToArray, ensureNdmin, ndminArg } from './textArrays';

interface Tokenizer {
  delimiter: string | null;
  comment: string | null;
  quote: string | null;
}

/** A control character argument: None or one character (bytes decoded as latin-1). */
function controlChar(v: any): string | null {
  if (v === undefined || v === null) return null;
  const s = v instanceof PyBytes ? decodeBytes(v.data, 'latin-1', 'strict') : v;
  if (typeof s !== 'string' || [...s].length !== 1) {
    throwPy('TypeError', `Text reading control character must be a single unicode character or None; but got: ${repr(v)}`);
  }
  return s;
}

function isWs(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\x1c' || c === '\x1d' || c === '\x1e' || c === '\x1f' || c === '\x85' || c === '\xa0' || /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/.test(c);
}

/** Split one line (without its line ending) into fields; [] for a line with no data. */
function tokenize(line: string, t: Tokenizer): string[] {
  const fields: string[] = [];
  let cur = '';
  let quotedField = false;
  let i = 0;
  const ws = t.delimiter === null;
  if (ws) while (i < line.length && isWs(line[i])) i++;
  let inQuotes = false;
  for (; i < line.length; i++) {
    const c = line[i];
    if (inQuotes) {
      if (c === t.quote) {
        if (line[i + 1] === t.quote) {
          cur += c;
          i++;
        } else inQuotes = false;
      } else cur += c;
      continue;
    }
    if (c === '\n' || c === '\r') throwPy('ValueError', 'Found an unquoted embedded newline within a single line of input.  This is currently not supported.');
    if (c === t.comment) break;
    if (c === t.quote && cur === '') {
      inQuotes = true;
      quotedField = true;
      continue;
    }
    if (ws ? isWs(c) : c === t.delimiter) {
      fields.push(cur);
      cur = '';
      quotedField = false;
      if (ws) {
        while (i + 1 < line.length && isWs(line[i + 1])) i++;
      }
      continue;
    }
    cur += c;
  }
  if (inQuotes) throwPy('ValueError', 'Found an unquoted embedded newline within a single line of input.  This is currently not supported.');
  fields.push(cur);
  // one empty field is an empty line; whitespace splitting drops a trailing empty field
  if ((fields.length === 1 || ws) && fields[fields.length - 1] === '' && !quotedField) fields.pop();
  return fields;
}

/** A line without its line ending. */
function chomp(line: string): string {
  if (line.endsWith('\r\n')) return line.slice(0, -2);
  if (line.endsWith('\n') || line.endsWith('\r')) return line.slice(0, -1);
  return line;
}

function nonnegInt(v: any): number {
  let n: number;
  try {
    n = pyIndex(v);
  } catch {
    return throwPy('TypeError', 'argument must be an integer');
  }
  if (n < 0) throwPy('ValueError', 'argument must be nonnegative');
  return n;
}

/** usecols as a list of ints (an int alone is one column), or null. */
function usecolsArg(v: any): number[] | null {
  if (v === undefined || v === null) return null;
  const items = isIterable(v) && typeof v !== 'string' ? toArray(v) : [v];
  return items.map((x: any) => {
    if (typeof x === 'number' && Number.isInteger(x)) return x;
    try {
      return pyIndex(x);
    } catch {
      return throwPy('TypeError', `usecols must be an int or a sequence of ints but it contains at least one element of type '${typeOf(x).tpName}'`);
    }
  });
}

function commentsArg(v: any): string[] | null {
  if (v === undefined) return ['#'];
  if (v === null) return null;
  const list = typeof v === 'string' || v instanceof PyBytes ? [v] : toArray(v);
  return list.map((x: any) => (x instanceof PyBytes ? decodeBytes(x.data, 'latin-1', 'strict') : pyStr(x)));
}

type Converter = ((s: string) => any) | null;

/** The converters for each output column (NumPy's create_conv_funcs). */
function converterList(conv: any, ncols: number, rowFields: number, usecols: number[] | null): Converter[] {
  const out: Converter[] = new Array(ncols).fill(null);
  if (conv === undefined || conv === null) return out;
  const wrap = (f: any): Converter => (s: string) => call(f, [s]);
  if (!(conv instanceof PyDict)) {
    if (!isCallable(conv)) throwPy('TypeError', 'converters must be a dictionary mapping columns to converter functions or a single callable.');
    return out.map(() => wrap(conv));
  }
  for (const { k, v: f } of conv.entries()) {
    let col = pyIndex(k);
    if (usecols) {
      const i = usecols.indexOf(col);
      if (i < 0) continue;
      col = i;
    } else {
      if (col < -rowFields || col >= rowFields) throwPy('ValueError', `converter specified for column ${col}, which is invalid for the number of fields ${rowFields}.`);
      if (col < 0) col += rowFields;
    }
    if (!isCallable(f)) throwPy('TypeError', 'values of the converters dictionary must be callable, but the value associated with the key 0 is not');
    out[col] = wrap(f);
  }
  return out;
}

/** the rows NumPy's loadtxt reads at a time for dtypes whose size it has to discover */
const LOADTXT_CHUNK = 50000;

export function loadtxt(args: any[], kw: Kw): any {
  const p = kwArgs(args, kw, ['fname', 'dtype', 'comments', 'delimiter', 'converters', 'skiprows', 'usecols', 'unpack', 'ndmin', 'encoding', 'max_rows', 'quotechar', 'like']);
  const dt: DType = p.dtype === undefined || p.dtype === null ? float64 : toDType(p.dtype);
  const comments = commentsArg(p.comments);
  const delimiter = controlChar(p.delimiter);
  const quote = controlChar(p.quotechar);
  const usecols = usecolsArg(p.usecols);
  const ndmin = ndminArg(p.ndmin);
  const skiprows = p.skiprows === undefined ? 0 : nonnegInt(p.skiprows);
  const maxRows = p.max_rows === undefined || p.max_rows === null ? -1 : nonnegInt(p.max_rows);
  const encoding = p.encoding === undefined || p.encoding === null || p.encoding === 'bytes' ? null : String(p.encoding);
  if (comments && comments.includes('')) throwPy('ValueError', 'comments cannot be an empty string. Use comments=None to disable comments.');
  // one single-character comment is the tokenizer's; anything else is stripped from each line first
  const single = comments && comments.length === 1 && [...comments[0]].length === 1 ? comments[0] : null;
  const strip = comments && comments.length && !single ? comments : null;
  if (strip && strip.length > 1 && delimiter !== null && strip.includes(delimiter)) {
    throwPy('TypeError', `Comment characters '(${strip.map((c) => repr(c)).join(', ')})' cannot include the delimiter '${delimiter}'`);
  }
  if (strip && quote !== null) throwPy('ValueError', 'when multiple comments or a multi-character comment is given, quotes are not supported.  In this case quotechar must be set to None.');
  const chars = [delimiter, single, quote].filter((c) => c !== null);
  if (new Set(chars).size !== chars.length) throwPy('TypeError', "The values for control characters 'comment' and 'delimiter' are incompatible");
  const tok: Tokenizer = { delimiter, comment: single, quote };

  let lines: Iterable<string>;
  try {
    lines = textLines(p.fname, encoding);
  } catch (e) {
    if (e instanceof PyExc && typeOf(e).tpName === 'TypeError') throwPy('ValueError', `fname must be a string, filehandle, list of strings,\nor generator. Got ${repr(typeOf(p.fname))} instead.`);
    throw e;
  }

  const leaves = leavesOf(dt);
  const structured = dt.fields !== null;
  const rows: any[][] = [];
  let ncols = -1;
  let convs: Converter[] | null = null;
  let skipped = 0;
  let lineNo = 0;
  let warnedEmpty = false;
  // NumPy reads unsized str/bytes/datetime dtypes in chunks of 50000 rows, each read with that max_rows
  const unsized = (dt.isText && dt.chars === 0) || dt.timeUnit === '';
  const chunkRows = unsized ? (maxRows < 0 ? LOADTXT_CHUNK : Math.min(LOADTXT_CHUNK, maxRows)) : maxRows;
  for (const raw of lines) {
    lineNo++;
    if (skipped < skiprows) {
      skipped++;
      continue;
    }
    if (maxRows >= 0 && rows.length >= maxRows) break;
    let line = chomp(raw);
    if (strip) for (const c of strip) line = line.split(c)[0];
    const fields = tokenize(line, tok);
    if (fields.length === 0) {
      if (chunkRows >= 0 && !warnedEmpty) {
        warnedEmpty = true;
        warn('UserWarning', `Input line ${lineNo} contained no data and will not be counted towards \`max_rows=${chunkRows}\`.  This differs from the behaviour in NumPy <=1.22 which counted lines rather than rows.  If desired, the previous behaviour can be achieved by using \`itertools.islice\`.\nPlease see the 1.23 release notes for an example on how to do this.  If you wish to ignore this warning, use \`warnings.filterwarnings\`.  This warning is expected to be removed in the future and is given only once per \`loadtxt\` call.`);
      }
      continue;
    }
    const row = rows.length;
    if (ncols < 0) {
      ncols = usecols ? usecols.length : fields.length;
      convs = converterList(p.converters, ncols, fields.length, usecols);
      if (structured && ncols !== leaves.length) {
        throwPy('ValueError', `the dtype passed requires ${leaves.length} columns but ${ncols} were found at row ${row + 1}; use \`usecols\` to select a subset and avoid this error`);
      }
    } else if (!usecols && fields.length !== ncols) {
      throwPy('ValueError', `the number of columns changed from ${ncols} to ${fields.length} at row ${row + 1}; use \`usecols\` to select a subset and avoid this error`);
    }
    const values: any[] = new Array(ncols);
    for (let k = 0; k < ncols; k++) {
      let col = k;
      if (usecols) {
        col = usecols[k] < 0 ? usecols[k] + fields.length : usecols[k];
        if (col < 0 || col >= fields.length) throwPy('ValueError', `invalid column index ${usecols[k]} at row ${row + 1} with ${fields.length} columns`);
      }
      const leaf = structured ? leaves[k].dtype : dt;
      const s = fields[col];
      const fail = (): never => throwPy('ValueError', `could not convert string ${repr(s.length > 100 ? s.slice(0, 100) : s)} to ${dtypeStr(leaf)} at row ${row}, column ${col + 1}.`);
      const conv = convs![k];
      let v: any;
      if (conv) {
        try {
          const r = conv(s);
          v = leaf.kind === 'U' && leaf.chars === 0 ? pyStr(r) : pyToDomain(r, leaf);
        } catch (e) {
          if (e instanceof PyExc) fail();
          throw e;
        }
      } else {
        v = parseField(s, leaf);
        if (v === undefined) fail();
      }
      values[k] = v;
    }
    rows.push(values);
    // the warning is given once per chunk
    if (unsized && rows.length % LOADTXT_CHUNK === 0) warnedEmpty = false;
  }
  let arr: NDArray = rowsToArray(rows, dt, usecols ? usecols.length : 1);
  arr = ensureNdmin(arr, ndmin);
  if (arr.ndim > 0 && arr.shape[0] === 0) warn('UserWarning', `loadtxt: input contained no data: "${pathArg(p.fname) ?? pyStr(p.fname)}"`);
  if (p.unpack !== undefined && truthy(p.unpack)) {
    if (structured) return dt.fields!.map((f) => fieldView(arr, f.name));
    return transpose(arr, null);
  }
  return arr;
}

