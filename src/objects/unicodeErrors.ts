/**
 * UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: the `encoding`, `object`, `start`,
 * `end` and `reason` attributes and CPython 3.11's str() built from them
 * ("'utf-8' codec can't decode byte 0xff in position 2: invalid start byte").
 * Invariant: an instance made from the canonical 5 arguments (4 for UnicodeTranslateError) reads its
 * attributes from `args` unless they were assigned since (kept in a side table, as CPython keeps them in
 * C fields, not the instance dict); any other instance keeps BaseException's str().
 */
import { excTypes, PyExc } from './exceptions';
import { GetSet } from './descriptors';
import { defMethods } from './function';
import { PyBytes } from './values';
import { repr, str } from './repr';
import { codePoints } from './types/unicode';

const FIELDS: Record<string, string[]> = {
  UnicodeEncodeError: ['encoding', 'object', 'start', 'end', 'reason'],
  UnicodeDecodeError: ['encoding', 'object', 'start', 'end', 'reason'],
  UnicodeTranslateError: ['object', 'start', 'end', 'reason'],
};
const assigned = new WeakMap<PyExc, Record<string, any>>();

function field(e: PyExc, names: string[], k: string): any {
  const own = assigned.get(e);
  if (own !== undefined && k in own) return own[k];
  const items = e.args.items;
  return items.length === names.length ? items[names.indexOf(k)] : null;
}

function hexCp(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

function unicodeErrorStr(kind: string, e: PyExc): string | null {
  const names = FIELDS[kind];
  if (e.args.items.length !== names.length && assigned.get(e) === undefined) return null;
  const get = (k: string) => field(e, names, k);
  const obj = get('object');
  const start = Number(get('start'));
  const end = Number(get('end'));
  const reason = str(get('reason'));
  if (kind === 'UnicodeDecodeError') {
    const enc = str(get('encoding'));
    const data = obj instanceof PyBytes ? obj.data : null;
    if (data !== null && end === start + 1 && start >= 0 && start < data.length) {
      return `'${enc}' codec can't decode byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    }
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const cps = typeof obj === 'string' ? codePoints(obj) : [];
  const one = end === start + 1 && start >= 0 && start < cps.length;
  if (kind === 'UnicodeEncodeError') {
    const enc = str(get('encoding'));
    if (one) return `'${enc}' codec can't encode character '${hexCp(cps[start])}' in position ${start}: ${reason}`;
    return `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
  if (one) return `can't translate character '${hexCp(cps[start])}' in position ${start}: ${reason}`;
  return `can't translate characters in position ${start}-${end - 1}: ${reason}`;
}

export function installUnicodeErrors(): void {
  for (const [kind, names] of Object.entries(FIELDS)) {
    const t = excTypes.get(kind);
    if (t === undefined) continue;
    for (const k of names) {
      t.dict[k] = new GetSet(
        k,
        (e: PyExc) => field(e, names, k),
        (e: PyExc, v: any) => {
          let own = assigned.get(e);
          if (own === undefined) assigned.set(e, (own = {}));
          own[k] = v;
        },
      );
    }
    defMethods(t, {
      __str__: (self: PyExc) => {
        const s = unicodeErrorStr(kind, self);
        if (s !== null) return s;
        const items = self.args.items;
        return items.length === 0 ? '' : items.length === 1 ? str(items[0]) : repr(self.args);
      },
    });
  }
}
