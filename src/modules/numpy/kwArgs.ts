/**
 * Keyword-argument parsing for NumPy's builtins: `kwArgs` maps positional and keyword arguments to
 * parameter names, and an unexpected keyword is reported in the words of the function being called
 * (`kwNamed` / `withKwComplaint` set that wording for the length of a call).
 */
import { throwPy } from '../../objects/errors';
import type { Kw } from '../../objects/function';

/**
 * How the builtin being called words an unexpected keyword `k` (set by `kwNamed` for the length of the
 * call; null outside one).
 */
let kwComplaint: ((k: string) => string) | null = null;

/**
 * `f` as the body of the builtin `name`: an unexpected keyword argument is reported as CPython reports
 * it for a Python function of that name (`sort() got an unexpected keyword argument 'x'`), or with
 * `complaint` for NumPy's C functions, which word it their own way.
 */
export function kwNamed(name: string, f: (args: any[], kw: Kw) => any, complaint?: (k: string) => string): (args: any[], kw: Kw) => any {
  const say = complaint ?? ((k: string) => `${name}() got an unexpected keyword argument '${k}'`);
  return (args, kw) => {
    if (!kw || kw.size === 0) return f(args, kw);
    const prev = kwComplaint;
    kwComplaint = say;
    try {
      return f(args, kw);
    } finally {
      kwComplaint = prev;
    }
  };
}

/** run `f` with `say` wording an unexpected keyword argument (methods' form of kwNamed) */
export function withKwComplaint<T>(say: (k: string) => string, f: () => T): T {
  const prev = kwComplaint;
  kwComplaint = say;
  try {
    return f();
  } finally {
    kwComplaint = prev;
  }
}

/** Positional-or-keyword arguments by name (undefined when absent). */
export function kwArgs(args: any[], kw: Kw, names: string[]): Record<string, any> {
  const out: Record<string, any> = {};
  names.forEach((n, i) => {
    if (i < args.length) out[n] = args[i];
  });
  if (kw) {
    for (const [k, v] of kw) {
      if (!names.includes(k)) throwPy('TypeError', kwComplaint ? kwComplaint(k) : `'${k}' is an invalid keyword argument`);
      out[k] = v;
    }
  }
  return out;
}
