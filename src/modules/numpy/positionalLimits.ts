/**
 * Too many positional arguments to a NumPy function are refused as CPython refuses them for a Python
 * function (`array() takes from 1 to 2 positional arguments but 4 were given`; NumPy's C functions word
 * it the same way), before the function reads any of them. The limits come from the signatures in the
 * help table (docs.ts), which follow NumPy's own: parameters before a bare `*` are positional, those
 * without a default required. Signatures with `*args` or optional brackets (`arange([start,] stop…)`)
 * set no limit.
 */
import { PyBuiltin } from '../../objects/function';
import { PyModule } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { numpyDocs } from './docs';

interface Limits {
  min: number;
  max: number;
}

/**
 * The positional parameter counts of a signature line `name(a, b=1, *, c=None)`, or null for none;
 * with `all`, the count of every parameter (keyword-only ones too) as `max`.
 */
export function positionalLimits(sig: string, all = false): Limits | null {
  const m = /^[\w.]+\((.*)\)$/.exec(sig);
  if (m === null || sig.includes('[')) return null;
  let min = 0, max = 0;
  // a default may hold a call or tuple with commas of its own: split at top-level commas only
  for (const raw of m[1].split(/,(?![^()]*\))/)) {
    const p = raw.trim();
    if (p === '' || p === '/') continue;
    if (p.startsWith('**')) return null;
    if (p === '*' && all) continue;
    if (p.startsWith('*')) return p === '*' ? { min, max } : null;
    max++;
    if (!p.includes('=')) min = max;
  }
  return { min, max };
}

/** NumPy classes the help table lists as functions, with the method that takes their arguments */
const CLASSES: Record<string, string> = { errstate: '__init__', finfo: '__new__', iinfo: '__init__' };

/** C functions whose argument parser counts keyword-only arguments too, in the old wording */
const OLD_STYLE = new Set(['fromiter', 'frombuffer', 'fromstring', 'fromfile']);

/** CPython's complaint about `given` positional arguments to `name` */
function tooMany(name: string, l: Limits, given: number): never {
  const method = CLASSES[name];
  // a class's method counts self among its arguments
  if (method !== undefined) return tooMany(`${name}.${method}`, { min: l.min + 1, max: l.max + 1 }, given + 1);
  const takes = l.min === l.max ? `${l.max} positional argument${l.max === 1 ? '' : 's'}` : `from ${l.min} to ${l.max} positional arguments`;
  return throwPy('TypeError', `${name}() takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`);
}

/**
 * Give each documented function of a numpy (sub)module its positional limit; `prefix` is the module's
 * path below numpy as the help table spells it ('' or 'linalg.').
 */
export function limitPositionals(m: PyModule, prefix: string): void {
  const done = new Set<PyBuiltin>();
  // led by the help table, not the module: the web page has no help texts, and reading a submodule's
  // names there would fetch the chunk behind it (numpy.fft) before a script uses it
  for (const [key, doc] of Object.entries(numpyDocs)) {
    if (!key.startsWith(prefix) || key.includes('.', prefix.length)) continue;
    const name = key.slice(prefix.length);
    const f = m.d[name];
    if (!(f instanceof PyBuiltin) || done.has(f)) continue;
    const old = OLD_STYLE.has(name);
    const l = positionalLimits(doc.split('\n', 1)[0], old);
    if (l === null) continue;
    done.add(f);
    const impl = f.fn;
    if (old) {
      f.fn = (args, kw) => {
        const n = args.length + (kw ? kw.size : 0);
        return n > l.max ? throwPy('TypeError', `${name}() takes at most ${l.max} arguments (${n} given)`) : impl(args, kw);
      };
    } else f.fn = (args, kw) => (args.length > l.max ? tooMany(f.name, l, args.length) : impl(args, kw));
    if (l.max < 2) f.f2 = undefined;
    if (l.max < 1) f.f1 = undefined;
  }
}
