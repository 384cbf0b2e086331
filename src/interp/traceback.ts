/**
 * Printing an uncaught exception the way CPython does: `Traceback (most recent call last):`, one
 * `File "x.py", line N, in f` frame per level with the stripped source line, chained causes and
 * contexts first, then `Type: message`.
 */
import type { PyExc } from '../objects/exceptions';
import { str } from '../objects/repr';

export type SourceLookup = (file: string) => string[] | null;

function qualifiedName(e: PyExc): string {
  const t = e.cls;
  return t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
}

export function formatException(e: PyExc, sources: SourceLookup): string {
  let out = '';
  const seen = new Set<PyExc>();
  const chain = (x: PyExc): void => {
    seen.add(x);
    if (x.cause && !seen.has(x.cause)) {
      chain(x.cause);
      out += '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (x.context && !x.suppressContext && !seen.has(x.context)) {
      chain(x.context);
      out += '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    out += formatOne(x, sources);
  };
  chain(e);
  return out;
}

function formatOne(e: PyExc, sources: SourceLookup): string {
  let out = '';
  if (e.tb.length) {
    out += 'Traceback (most recent call last):\n';
    for (let i = e.tb.length - 1; i >= 0; i--) {
      const f = e.tb[i];
      out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
      const lines = sources(f.file);
      const text = lines?.[f.line - 1]?.trim();
      if (text) out += `    ${text}\n`;
    }
  }
  let msg: string;
  try {
    msg = str(e);
  } catch {
    msg = '<exception str() failed>';
  }
  out += msg ? `${qualifiedName(e)}: ${msg}\n` : `${qualifiedName(e)}\n`;
  return out;
}
