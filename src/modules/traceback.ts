/**
 * `_traceback`, the native half of `traceback` (src/stdlib/traceback.ts): the exception being handled
 * (or a given one) as CPython's traceback text — format_exc, print_exc, format_exception,
 * print_exception, format_exception_only — through the interpreter's own formatter
 * (src/interp/traceback.ts), so it reads as an uncaught exception's report would; and `_source_line`,
 * a line of a file the interpreter ran, for FrameSummary.line.
 */
import { PyModule, PyTuple } from '../objects/values';
import { builtin, type Kw } from '../objects/function';
import { isExc, type PyExc } from '../objects/exceptions';
import { getAttr, callMethod } from '../objects/attrs';
import { state } from '../interp/state';
import { str } from '../objects/repr';
import { notesText, callerFrame, formatException, sysTracebackLimit, syntaxErrorLines } from '../interp/traceback';
import { truthy } from '../objects/protocols';
import { asInt } from '../objects/arith';
import { typeOf } from '../objects/pytype';
import { throwPy } from '../objects/errors';

function current(): PyExc | null {
  const h = state().handling;
  return h[h.length - 1] ?? null;
}

/** the exception argument of format_exception/print_exception: (exc) or (type, value, tb) */
function excArg(args: any[]): PyExc | null {
  const v = args.length >= 2 ? args[1] : args[0];
  return isExc(v) ? v : null;
}

/** the text split into lines that keep their newline, as CPython's format_* lists are */
function lines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((l) => l !== '');
}

/** The lines are those CPython's format_exception lists: each frame's lines, and each "During handling …"
 * separator with its blank lines, are one item */
const SEPARATORS = new Set([
  'During handling of the above exception, another exception occurred:\n',
  'The above exception was the direct cause of the following exception:\n',
]);
function reportItems(text: string): string[] {
  const ls = lines(text);
  const out: string[] = [];
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    const last = out.length ? out[out.length - 1] : '';
    if (l.startsWith('    ') && last.startsWith('  File ')) out[out.length - 1] = last + l;
    else if (l === '\n' && SEPARATORS.has(ls[i + 1]) && ls[i + 2] === '\n') {
      out.push(l + ls[i + 1] + ls[i + 2]);
      i += 2;
    } else out.push(l);
  }
  return out;
}

function onlyLine(e: PyExc): string {
  const located = syntaxErrorLines(e);
  if (located !== null) return located;
  let msg: string;
  try {
    msg = str(e);
  } catch {
    msg = '<exception str() failed>';
  }
  const t = e.cls;
  const name = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
  return msg ? `${name}: ${msg}\n` : `${name}\n`;
}


function write(text: string, file: any): null {
  const out = file === undefined || file === null ? getAttr(state().modules.get('sys'), 'stderr') : file;
  callMethod(out, 'write', [text]);
  return null;
}

export function makeTraceback(): PyModule {
  const m = new PyModule('_traceback');
  const d = m.d;
  /** `limit` as the traceback module reads it: the argument, else sys.tracebacklimit (negative: none) */
  const limitOf = (v: any): number | null => {
    if (v === undefined || v === null) {
      const n = sysTracebackLimit();
      return n === null ? null : Math.max(0, n);
    }
    const n = asInt(v);
    // (traceback.py compares it with 0 first)
    return n === undefined ? throwPy('TypeError', `'>=' not supported between instances of '${typeOf(v).tpName}' and 'int'`) : Number(n);
  };
  /** the report of `e` (chain false: without the exceptions it was raised from or while handling) */
  const report = (e: PyExc | null, limit: any, chain: any): string => {
    if (e === null) return 'NoneType: None\n';
    const text = () => formatException(e, (f) => state().sourceLines(f), false, limitOf(limit));
    if (chain === undefined || truthy(chain)) return text();
    const { cause, context } = e;
    e.cause = null;
    e.context = null;
    try {
      return text();
    } finally {
      e.cause = cause;
      e.context = context;
    }
  };
  /** argument `i` of a call, or its keyword `name` (undefined when neither is given) */
  const arg = (args: any[], kw: Kw, i: number, name: string) => kw?.get(name) ?? args[i];
  // format_exc(limit, chain), print_exc(limit, file, chain); format_exception(exc, value, tb, limit, chain),
  // print_exception(exc, value, tb, limit, file, chain)
  d.format_exc = builtin('format_exc', (args, kw) => report(current(), arg(args, kw, 0, 'limit'), arg(args, kw, 1, 'chain')));
  d.print_exc = builtin('print_exc', (args, kw) =>
    write(report(current(), arg(args, kw, 0, 'limit'), arg(args, kw, 2, 'chain')), arg(args, kw, 1, 'file')));
  d.format_exception = builtin('format_exception', (args, kw) => reportItems(report(excArg(args), arg(args, kw, 3, 'limit'), arg(args, kw, 4, 'chain'))));
  d.print_exception = builtin('print_exception', (args, kw) =>
    write(report(excArg(args), arg(args, kw, 3, 'limit'), arg(args, kw, 5, 'chain')), arg(args, kw, 4, 'file')));
  d.format_exception_only = builtin('format_exception_only', (args) => {
    const e = excArg(args);
    return e === null ? ['NoneType: None\n'] : [...lines(onlyLine(e)), ...lines(notesText(e))];
  });
  // (file, line, JS function name) of the innermost frame outside the named modules, or None
  d._caller = builtin('_caller', (args) => {
    const f = callerFrame(new Set(args.filter((a) => typeof a === 'string')));
    return f === null ? null : new PyTuple([f.file ?? '', f.line, f.func]);
  });
  d._source_line = builtin('_source_line', (args) => {
    const [file, line] = args;
    const text = typeof file === 'string' && typeof line === 'number' ? state().sourceLines(file)?.[line - 1] : undefined;
    return text ?? '';
  });
  return m;
}
