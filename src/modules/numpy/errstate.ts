/**
 * Floating-point error handling state: `np.seterr`, `np.geterr`, `np.errstate` (a context manager that
 * restores the previous state on exit). The state is NumPy's four categories with actions 'ignore',
 * 'warn', 'raise', 'call', 'print', 'log'; defaults are NumPy's.
 */
import { PyType, builtinType, ObjectType } from '../../objects/pytype';
import { PyDict } from '../../objects/hashtable';
import { throwPy } from '../../objects/errors';
import { repr } from '../../objects/repr';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { defineMethods } from '../../objects/types/define';

export interface FPErr {
  divide: string;
  over: string;
  under: string;
  invalid: string;
}
export const fpErr: FPErr = { divide: 'warn', over: 'warn', under: 'ignore', invalid: 'warn' };

const ACTIONS = ['ignore', 'warn', 'raise', 'call', 'print', 'log'];

function asDict(e: FPErr): PyDict {
  const d = new PyDict();
  d.set('divide', e.divide);
  d.set('over', e.over);
  d.set('under', e.under);
  d.set('invalid', e.invalid);
  return d;
}

/** the keywords of seterr/errstate, an unknown one reported as CPython does for `owner` */
function checkKeys(kw: Kw, owner: string): void {
  for (const k of kw?.keys() ?? []) if (!['all', 'divide', 'over', 'under', 'invalid', 'call'].includes(k)) throwPy('TypeError', `${owner} got an unexpected keyword argument '${k}'`);
}

function parse(kw: Kw): Partial<FPErr> {
  const out: Partial<FPErr> = {};
  if (!kw) return out;
  checkKeys(kw, 'seterr()');
  const all = kw.get('all');
  for (const k of ['divide', 'over', 'under', 'invalid'] as const) {
    const v = kw.get(k) ?? all;
    if (v === undefined || v === null) continue;
    if (!ACTIONS.includes(v)) throwPy('ValueError', `invalid error mode ${repr(v)}`);
    out[k] = v;
  }
  return out;
}

/** Run f with all floating-point errors ignored (what NumPy's own helpers do with `errstate`). */
export function quietly<T>(f: () => T): T {
  const saved = { ...fpErr };
  Object.assign(fpErr, { divide: 'ignore', over: 'ignore', under: 'ignore', invalid: 'ignore' });
  try {
    return f();
  } finally {
    Object.assign(fpErr, saved);
  }
}

export const ErrstateType = builtinType('errstate', ObjectType, 'numpy');
class Errstate {
  declare cls: PyType;
  saved: FPErr | null = null;
  /** the keywords as given: NumPy checks their modes only on entering the context */
  constructor(readonly kw: Kw) {}
}
Errstate.prototype.cls = ErrstateType;

export function errstateFunctions(): Record<string, PyBuiltin> {
  defineMethods(ErrstateType, {
    __enter__: (e: Errstate) => {
      const over = parse(e.kw);
      e.saved = { ...fpErr };
      Object.assign(fpErr, over);
      return null;
    },
    __exit__: (e: Errstate) => {
      if (e.saved) Object.assign(fpErr, e.saved);
      return false;
    },
  });
  return {
    seterr: builtin('seterr', (_args, kw) => {
      const old = asDict(fpErr);
      Object.assign(fpErr, parse(kw));
      return old;
    }),
    geterr: builtin('geterr', () => asDict(fpErr)),
    errstate: builtin('errstate', (_args, kw) => {
      checkKeys(kw, 'errstate.__init__()');
      return new Errstate(kw ? new Map(kw) : null);
    }),
  };
}
