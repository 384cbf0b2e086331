/**
 * `np.fromregex(file, regexp, dtype)`: `re.findall` over the whole text, one record per match — the
 * groups fill the fields of the structured `dtype` in order (a single group fills the first field), each
 * string converted as NumPy's string-to-number casts do.
 *
 * ndpy has no `re` module, so the pattern (a str) runs on JavaScript's RegExp after translating the
 * Python syntax that differs: named groups `(?P<n>…)` and back-references `(?P=n)`, `\A` and `\Z`, `$`
 * (which in Python also matches before a final newline), and leading inline flags `(?i)`, `(?m)`,
 * `(?s)`. findall's shape of results is Python's: whole matches without groups, the group with one,
 * tuples with several (unmatched groups as '').
 */
import { DType } from '../../../runtime/dtype';
import { PyBytes } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { Kw } from '../../objects/function';
import { decodeBytes } from '../../objects/types/codecs';
import { toDType } from './dtypes';
import { pyToDomain } from './scalars';
import { kwArgs } from './ufuncs';
import { readText } from './ioFiles';
import { leavesOf, rowsToArray } from './textArrays';

/** A JavaScript RegExp for a Python pattern (the constructs listed in the header). */
function pythonRegExp(pattern: string): RegExp {
  let flags = 'g';
  let src = pattern;
  const inline = /^\(\?([aiLmsux]+)\)/.exec(src);
  if (inline) {
    src = src.slice(inline[0].length);
    for (const f of inline[1]) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1];
      if (!inClass && n === 'A') out += '(?<![\\s\\S])';
      else if (!inClass && n === 'Z') out += '(?![\\s\\S])';
      else out += c + (n ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') out += src[++i];
      continue;
    }
    if (src.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
      continue;
    }
    const back = /^\(\?P=(\w+)\)/.exec(src.slice(i));
    if (back) {
      out += `\\k<${back[1]}>`;
      i += back[0].length - 1;
      continue;
    }
    out += c === '$' && !flags.includes('m') ? '(?=\\n?(?![\\s\\S]))' : c;
  }
  try {
    return new RegExp(out, flags);
  } catch (e) {
    return throwPy('ValueError', `unsupported regular expression ${JSON.stringify(pattern)}: ${(e as Error).message}`);
  }
}

/** re.findall: each match's groups (or the whole match), as arrays of strings. */
function findall(re: RegExp, text: string): { groups: number; found: string[][] } {
  const groups = new RegExp(`${re.source}|`, re.flags.replace('g', '')).exec('')!.length - 1;
  const found: string[][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(groups === 0 ? [m[0]] : m.slice(1).map((g) => g ?? ''));
    if (m[0] === '') re.lastIndex++;
  }
  return { groups, found };
}

export function fromregex(args: any[], kw: Kw): any {
  const p = kwArgs(args, kw, ['file', 'regexp', 'dtype', 'encoding']);
  const encoding = p.encoding === undefined || p.encoding === null ? null : String(p.encoding);
  const text = readText(p.file, encoding);
  const dt: DType = toDType(p.dtype);
  if (!dt.fields) throwPy('TypeError', 'dtype must be a structured datatype.');
  const pattern = p.regexp instanceof PyBytes ? decodeBytes(p.regexp.data, 'latin-1', 'strict') : p.regexp;
  if (typeof pattern !== 'string') throwPy('TypeError', 'fromregex() needs the pattern as a str or bytes (ndpy has no re module)');
  const { groups, found } = findall(pythonRegExp(pattern), text);
  const leaves = leavesOf(dt);
  const rows = found.map((vals) => {
    if (groups > 1 && vals.length !== leaves.length) throwPy('ValueError', `could not assign tuple of length ${vals.length} to structure with ${leaves.length} fields.`);
    return (groups > 1 ? vals : [vals[0]]).map((s, k) => pyToDomain(s, leaves[k].dtype));
  });
  if (groups <= 1 && leaves.length !== 1) {
    // one value per match fills the first field, then the bytes are viewed as records (NumPy's .view(dtype))
    throwPy('ValueError', 'When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.');
  }
  return rowsToArray(rows, dt, 0);
}
