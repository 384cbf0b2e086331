/**
 * The exception classes' Python-side methods and attributes: BaseException's __init__, __new__, args,
 * __cause__/__context__/__traceback__, add_note; StopIteration.value, SystemExit.code; NameError's and
 * AttributeError's name and obj; ImportError's msg, name and path; SyntaxError's location attributes
 * (filename, lineno, offset, text, ...), kept off the instance dict as CPython keeps them in C fields. builtins.ts installs them once.
 */
import { PyType, typeOf } from './pytype';
import { PyTuple, tuple } from './values';
import { builtin, defMethods } from './function';
import { PyStaticMethod, GetSet } from './descriptors';
import { throwPy } from './errors';
import { excTypes, PyExc, makeExc, BaseException, PyTraceback, isExc } from './exceptions';
import { repr, str, excStr, excRepr } from './repr';
import { toArray } from './iterators';
import { installExceptionGroups } from './exceptionGroups';
import { installUnicodeErrors } from './unicodeErrors';
import { installOSErrors } from './osError';

/** SyntaxError's location fields, in the order of its second argument */
const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
const syntaxFields = new WeakMap<PyExc, Record<string, any>>();
function syntaxRecord(e: PyExc): Record<string, any> {
  let r = syntaxFields.get(e);
  if (r === undefined) {
    r = { msg: null, print_file_and_line: null };
    for (const f of SYNTAX_FIELDS) r[f] = null;
    syntaxFields.set(e, r);
  }
  return r;
}

/** ImportError's fields: msg (its one argument), and the name and path keywords */
const importFields = new WeakMap<PyExc, { msg: any; name: any; path: any }>();
function importRecord(e: PyExc): { msg: any; name: any; path: any } {
  let r = importFields.get(e);
  if (r === undefined) {
    r = { msg: e.args.items.length === 1 ? e.args.items[0] : null, name: null, path: null };
    importFields.set(e, r);
  }
  return r;
}
/** An ImportError (or ModuleNotFoundError) raised by the import system, naming the module it is about. */
export function importError(type: 'ImportError' | 'ModuleNotFoundError', msg: string, name: string): PyExc {
  const e = makeExc(type, msg);
  importRecord(e).name = name;
  return e;
}

export function installExceptionAttrs(): void {
  defMethods(BaseException, {
    __init__: (self: PyExc, args, kw) => {
      if (kw !== null && kw.size > 0) throwPy('TypeError', `${typeOf(self).tpName}() takes no keyword arguments`);
      self.args = tuple(args);
      return null;
    },
    // BaseException's own: what super().__str__() in a subclass finds (not object's repr fallback)
    __str__: (self: PyExc) => excStr(self),
    __repr__: (self: PyExc) => excRepr(self),
    with_traceback: (self: PyExc, [tb]) => (setTraceback(self, tb), self),
    add_note: (self: PyExc, [note]) => {
      if (typeof note !== 'string') throwPy('TypeError', `note must be a str, not '${typeOf(note).tpName}'`);
      const notes = self.d.__notes__;
      if (notes === undefined) self.d.__notes__ = [note];
      else if (Array.isArray(notes) && (notes as any).cls === undefined) notes.push(note);
      else throwPy('TypeError', 'Cannot add note: __notes__ is not a list');
      return null;
    } });
  BaseException.dict.__new__ = new PyStaticMethod(builtin('__new__', (args) => {
    const cls = args[0] as PyType;
    const e = cls.newInstance!(cls, args.slice(1), null) as PyExc;
    e.args = tuple(args.slice(1));
    return e;
  }));
  BaseException.dict.args = undeletable('args', (e: PyExc) => e.args, (e: PyExc, v: any) => {
    e.args = tuple(toArray(v));
  });
  BaseException.dict.__cause__ = undeletable('__cause__', (e: PyExc) => e.cause, (e: PyExc, v: any) => {
    if (v !== null && !isExc(v)) throwPy('TypeError', 'exception cause must be None or derive from BaseException');
    e.cause = v;
    e.suppressContext = true;
  });
  BaseException.dict.__context__ = undeletable('__context__', (e: PyExc) => e.context, (e: PyExc, v: any) => {
    if (v !== null && !isExc(v)) throwPy('TypeError', 'exception context must be None or derive from BaseException');
    e.context = v;
  });
  BaseException.dict.__traceback__ = undeletable('__traceback__', (e: PyExc) => (e.tbLen ? new PyTraceback(e) : null), setTraceback);
  // a C bool member in CPython: only True or False may be stored, and it cannot be deleted
  const suppress = new GetSet('__suppress_context__', (e: PyExc) => e.suppressContext, (e: PyExc, v: any) => {
    if (typeof v !== 'boolean') throwPy('TypeError', 'attribute value type must be bool');
    e.suppressContext = v;
  });
  suppress.del = () => throwPy('TypeError', "can't delete numeric/char attribute");
  BaseException.dict.__suppress_context__ = suppress;
  installExceptionGroups();
  installUnicodeErrors();
  // KeyError etc. keep default; StopIteration.value, SystemExit.code (OSError's fields: osError.ts)
  excTypes.get('StopIteration')!.dict.value = new GetSet('value', (e: PyExc) => e.args.items[0] ?? null);
  excTypes.get('SystemExit')!.dict.code = new GetSet('code', (e: PyExc) => (e.args.items.length === 1 ? e.args.items[0] : e.args.items.length ? e.args : null));
  installOSErrors();
  for (const [type, field, slot] of [['NameError', 'name', 'excName'], ['AttributeError', 'name', 'excName'], ['AttributeError', 'obj', 'excObj']] as const) {
    excTypes.get(type)!.dict[field] = new GetSet(
      field,
      (e: PyExc) => e[slot] ?? null,
      (e: PyExc, v: any) => void (e[slot] = v),
    );
  }
  const ImportErrorType = excTypes.get('ImportError')!;
  defMethods(ImportErrorType, {
    __init__: (self: PyExc, args, kw) => {
      self.args = tuple(args);
      const r = { msg: args.length === 1 ? args[0] : null, name: null, path: null };
      if (kw !== null) {
        for (const [k, v] of kw) {
          if (k !== 'name' && k !== 'path') throwPy('TypeError', `'${k}' is an invalid keyword argument for ${typeOf(self).tpName}()`);
          r[k] = v;
        }
      }
      importFields.set(self, r);
      return null;
    },
  });
  for (const f of ['msg', 'name', 'path'] as const) {
    ImportErrorType.dict[f] = new GetSet(f, (e: PyExc) => importRecord(e)[f], (e: PyExc, v: any) => {
      importRecord(e)[f] = v;
    });
  }
  // SyntaxError's location attributes, set by its __init__ from (msg, (filename, lineno, offset, text,
  // end_lineno, end_offset))
  const SyntaxErrorType = excTypes.get('SyntaxError')!;
  defMethods(SyntaxErrorType, {
    __init__: (self: PyExc, args) => {
      self.args = tuple(args);
      const r = syntaxRecord(self);
      if (args.length >= 1) r.msg = args[0];
      if (args.length === 2) {
        const info = toArray(args[1]);
        if (info.length < 4 || info.length > 6) throwPy('IndexError', 'tuple index out of range');
        info.forEach((v, i) => (r[SYNTAX_FIELDS[i]] = v));
      }
      return null;
    },
    __str__: (self: PyExc) => {
      const r = syntaxFields.get(self);
      if (r === undefined) {
        // raised internally without __init__ (the args are just the message)
        const items = self.args.items;
        return items.length === 0 ? '' : items.length === 1 ? str(items[0]) : repr(self.args);
      }
      const msg = str(r.msg);
      const file = typeof r.filename === 'string' ? r.filename.slice(r.filename.lastIndexOf('/') + 1) : null;
      const line = typeof r.lineno === 'number' || typeof r.lineno === 'bigint' ? String(r.lineno) : null;
      if (file !== null && line !== null) return `${msg} (${file}, line ${line})`;
      if (file !== null) return `${msg} (${file})`;
      if (line !== null) return `${msg} (line ${line})`;
      return msg;
    } });
  for (const f of ['msg', ...SYNTAX_FIELDS, 'print_file_and_line']) {
    SyntaxErrorType.dict[f] = new GetSet(f, (e: PyExc) => syntaxRecord(e)[f], (e: PyExc, v: any) => {
      syntaxRecord(e)[f] = v;
    });
  }
}

/** A SyntaxError (or IndentationError, TabError) with its location attributes, as compile() raises it. */
export function makeSyntaxError(type: string, msg: string, filename: string, line: number, col: number, text: string | null, endLine: number, endCol: number): PyExc {
  const e = makeExc(type, msg, new PyTuple([filename, line, col, text, endLine, endCol]));
  const r = syntaxRecord(e);
  r.msg = msg;
  [filename, line, col, text, endLine, endCol].forEach((v, i) => (r[SYNTAX_FIELDS[i]] = v));
  return e;
}

/** The location of a builtin SyntaxError that has one (for printing it uncaught as CPython does), else null. */
export function syntaxErrorInfo(e: PyExc): { type: 'SyntaxError' | 'IndentationError' | 'TabError'; msg: string; filename: string; line: number; col: number; endLine: number; endCol: number; lineText: string | null } | null {
  const name = e.cls.name;
  if (name !== 'SyntaxError' && name !== 'IndentationError' && name !== 'TabError') return null;
  if (e.cls !== excTypes.get(name)) return null;
  const r = syntaxFields.get(e);
  if (!r || typeof r.filename !== 'string' || typeof r.lineno !== 'number') return null;
  const num = (v: any, d: number) => (typeof v === 'number' ? v : d);
  return {
    type: name, msg: str(r.msg), filename: r.filename, line: r.lineno, col: num(r.offset, 0),
    endLine: num(r.end_lineno, r.lineno), endCol: num(r.end_offset, 0), lineText: typeof r.text === 'string' ? r.text : null };
}

/** A BaseException field whose setter refuses `del` as CPython's do: "<name> may not be deleted". */
function undeletable(name: string, get: (e: PyExc) => any, set: (e: PyExc, v: any) => void): GetSet {
  const gs = new GetSet(name, get, set);
  gs.del = () => throwPy('TypeError', `${name} may not be deleted`);
  return gs;
}

/** `exc.__traceback__ = tb` / `exc.with_traceback(tb)`: the exception's frames become tb's chain */
export function setTraceback(e: PyExc, tb: unknown): void {
  if (tb === null) {
    e.tb = [];
    e.pendingFrame = null;
  } else if (tb instanceof PyTraceback) {
    e.tb = tb.frames.slice(0, tb.depth - tb.level);
    // the frame that made tb recorded itself: re-raising there must not record it again
    e.pendingFrame = tb.level === 0 ? tb.pending : null;
  } else {
    throwPy('TypeError', '__traceback__ must be a traceback or None');
  }
}
