/**
 * `_traceback`, the native half of `traceback` (src/stdlib/traceback.ts): the exception being handled
 * (or a given one) as CPython's traceback text — format_exc, print_exc, format_exception,
 * print_exception, format_exception_only — through the interpreter's own formatter
 * (src/interp/traceback.ts), so it reads as an uncaught exception's report would; and `_source_line`,
 * a line of a file the interpreter ran, for FrameSummary.line.
 */
import { PyModule } from '../objects/values';
import { builtin } from '../objects/function';
import { isExc, type PyExc } from '../objects/exceptions';
import { getAttr, callMethod } from '../objects/attrs';
import { state } from '../interp/state';
import { str } from '../objects/repr';
import { notesText } from '../interp/traceback';

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

function onlyLine(e: PyExc): string {
  const msg = str(e);
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
  const text = (e: PyExc | null) => (e === null ? 'NoneType: None\n' : state().formatError(e));
  d.format_exc = builtin('format_exc', () => text(current()));
  d.print_exc = builtin('print_exc', (_args, kw) => write(text(current()), kw?.get('file')));
  d.format_exception = builtin('format_exception', (args) => lines(text(excArg(args))));
  d.print_exception = builtin('print_exception', (args, kw) => write(text(excArg(args)), kw?.get('file')));
  d.format_exception_only = builtin('format_exception_only', (args) => {
    const e = excArg(args);
    return e === null ? ['NoneType: None\n'] : [onlyLine(e), ...lines(notesText(e))];
  });
  d._source_line = builtin('_source_line', (args) => {
    const [file, line] = args;
    const text = typeof file === 'string' && typeof line === 'number' ? state().sourceLines(file)?.[line - 1] : undefined;
    return text ?? '';
  });
  return m;
}
