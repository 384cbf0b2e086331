/**
 * The `warnings` module, as CPython 3.11 behaves without -W options: warn, warn_explicit, the filter list
 * (filterwarnings, simplefilter, resetwarnings, with the default filters that ignore DeprecationWarning
 * outside __main__ and the Pending/Import/Resource warnings), the actions error/ignore/always/default/
 * module/once with per-module `__warningregistry__` dicts invalidated when the filters change,
 * showwarning/formatwarning (replaceable by the script), WarningMessage and catch_warnings.
 *
 * Every warning of the interpreter goes through `warnFrom` (exported for NumPy's RuntimeWarnings, I/O
 * UserWarnings and the like), so filters, catch_warnings and the 'error' action apply to them too. The
 * file and line reported are those of the Python frame `stacklevel` levels up (traceback.ts reads them
 * from the JS stack; internal callers' frames are not Python frames, so level 1 is the user's line that
 * called NumPy); with no such frame, `sys:1` as CPython. Regular expressions of filters are Python's
 * `re` syntax translated to JS RegExp (a small Pattern type stands in for re.Pattern).
 */
import { PyModule, PyTuple, PyInstance } from '../objects/values';
import { builtin, parseArgs, call, isCallable, Kw } from '../objects/function';
import { throwPy } from '../objects/errors';
import { builtinType, ObjectType, PyType, TypeType, IntType, typeOf } from '../objects/pytype';
import { defMethods } from '../objects/function';
import { defGetters } from '../objects/descriptors';
import { getAttr, callMethod } from '../objects/attrs';
import { truthy, eqBool } from '../objects/protocols';
import { repr, str } from '../objects/repr';
import { excType, makeExc, PyExc } from '../objects/exceptions';
import { PyDict } from '../objects/hashtable';
import { importModule } from '../interp/imports';
import { state, InterpState } from '../interp/state';
import { pythonFrame } from '../interp/traceback';

const ACTIONS = ['error', 'ignore', 'always', 'default', 'module', 'once'];

// ---- re.Pattern stand-in ----

class Pattern {
  declare cls: PyType;
  readonly re: RegExp;
  constructor(public pattern: string, public ignoreCase: boolean) {
    this.re = translateRegex(pattern, ignoreCase);
  }
}
const PatternType = builtinType('Pattern', ObjectType, 're');
Pattern.prototype.cls = PatternType;
defGetters(PatternType, { pattern: (p: Pattern) => p.pattern });
defMethods(PatternType, {
  match(self: Pattern, args) {
    return self.re.test(str(args[0])) ? true : null;
  },
  __eq__(self: Pattern, args) {
    const o = args[0];
    return o instanceof Pattern && o.pattern === self.pattern && o.ignoreCase === self.ignoreCase;
  },
  __repr__(self: Pattern) {
    return `re.compile(${repr(self.pattern)}${self.ignoreCase ? ', re.IGNORECASE' : ''})`;
  },
});
const ReErrorType = new PyType('error', [excType('Exception')], null, false, 're');
ReErrorType.cls = TypeType;
ReErrorType.solid = excType('Exception').solid;
ReErrorType.newInstance = excType('Exception').newInstance;

/** Python regex syntax → an anchored JS RegExp (re.match semantics). */
function translateRegex(pattern: string, ignoreCase: boolean): RegExp {
  let flags = ignoreCase ? 'i' : '';
  let p = pattern;
  const inline = /^\(\?([aiLmsux]+)\)/.exec(p);
  if (inline) {
    p = p.slice(inline[0].length);
    for (const f of 'ims') if (inline[1].includes(f) && !flags.includes(f)) flags += f;
  }
  p = p
    .replace(/\(\?P</g, '(?<')
    .replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
    .replace(/\\A/g, '^')
    .replace(/\\Z/g, '$(?![\\s\\S])');
  try {
    return new RegExp(`^(?:${p})`, flags);
  } catch (e: any) {
    throw makeExc(ReErrorType, String(e?.message ?? e));
  }
}

// ---- per-interpreter state ----

interface WarnState {
  module: PyModule;
  /** bumped whenever the filters change; registries recorded under another version are cleared */
  version: number;
  /** linecache: source lines by file name (null when unreadable) */
  lines: Map<string, string[] | null>;
}
const states = new WeakMap<InterpState, WarnState>();

/** This interpreter's warnings state; the module is built on first use, imported or not (as in CPython). */
function warnState(): WarnState {
  const s = state();
  const w = states.get(s);
  if (w) return w;
  importModule('warnings', true);
  return states.get(s)!;
}

function filtersMutated(): void {
  warnState().version++;
}

// ---- argument checks ----

const warningType = (): PyType => excType('Warning');

function isWarningClass(v: any): v is PyType {
  return v instanceof PyType && v.isSubtypeOf(warningType());
}

function assertPy(cond: boolean, msg: string): void {
  if (!cond) throwPy('AssertionError', msg);
}

function isInt(v: any): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean' || (v instanceof PyInstance && v.cls.isSubtypeOf(IntType));
}

function checkAction(action: any): void {
  assertPy(typeof action === 'string' && ACTIONS.includes(action), `invalid action: ${repr(action)}`);
}

function checkLineno(lineno: any): void {
  assertPy(isInt(lineno) && Number(lineno) >= 0, 'lineno must be an int >= 0');
}

// ---- the filter list ----

function filterList(w: WarnState): any[] {
  const f = w.module.d.filters;
  if (!Array.isArray(f)) throwPy('ValueError', '_warnings.filters must be a list');
  return f;
}

function sameFilter(a: any, b: any): boolean {
  if (!(a instanceof PyTuple) || !(b instanceof PyTuple) || a.items.length !== b.items.length) return false;
  return a.items.every((x, i) => {
    const y = b.items[i];
    if (x === y) return true;
    if (x instanceof Pattern || y instanceof Pattern) return x instanceof Pattern && y instanceof Pattern && x.pattern === y.pattern && x.ignoreCase === y.ignoreCase;
    return eqBool(x, y);
  });
}

function addFilter(item: PyTuple, append: boolean): void {
  const w = warnState();
  const filters = filterList(w);
  if (!append) {
    const i = filters.findIndex((f) => sameFilter(f, item));
    if (i >= 0) filters.splice(i, 1);
    filters.unshift(item);
  } else if (!filters.some((f) => sameFilter(f, item))) {
    filters.push(item);
  }
  filtersMutated();
}

function filterwarnings(args: any[], kw: Kw): null {
  const [action, message = '', category = warningType(), module = '', lineno = 0, append = false] = parseArgs('filterwarnings', args, kw, [
    'action', 'message?', 'category?', 'module?', 'lineno?', 'append?',
  ]);
  checkAction(action);
  assertPy(typeof message === 'string', 'message must be a string');
  assertPy(category instanceof PyType, 'category must be a class');
  assertPy(isWarningClass(category), 'category must be a Warning subclass');
  assertPy(typeof module === 'string', 'module must be a string');
  checkLineno(lineno);
  const msg = message ? new Pattern(message, true) : null;
  const mod = module ? new Pattern(module, false) : null;
  addFilter(new PyTuple([action, msg, category, mod, Number(lineno)]), truthy(append));
  return null;
}

function simplefilter(args: any[], kw: Kw): null {
  const [action, category = warningType(), lineno = 0, append = false] = parseArgs('simplefilter', args, kw, ['action', 'category?', 'lineno?', 'append?']);
  checkAction(action);
  checkLineno(lineno);
  addFilter(new PyTuple([action, null, category, null, Number(lineno)]), truthy(append));
  return null;
}

function defaultFilters(): any[] {
  const f = (action: string, cat: string, mod: string | null): PyTuple => new PyTuple([action, null, excType(cat), mod, 0]);
  return [
    f('default', 'DeprecationWarning', '__main__'),
    f('ignore', 'DeprecationWarning', null),
    f('ignore', 'PendingDeprecationWarning', null),
    f('ignore', 'ImportWarning', null),
    f('ignore', 'ResourceWarning', null),
  ];
}

/** A filter field against the text or module name: None matches all, a str exactly, else `.match()`. */
function matches(pat: any, text: any): boolean {
  if (pat === null) return true;
  if (typeof pat === 'string') return pat === text;
  if (pat instanceof Pattern) return pat.re.test(str(text));
  return truthy(callMethod(pat, 'match', [text]));
}

/** The action of the first filter matching and that filter, else `defaultaction` and None. */
function findAction(w: WarnState, category: PyType, text: any, lineno: number, module: string): [any, any] {
  const filters = filterList(w);
  for (let i = 0; i < filters.length; i++) {
    const item = filters[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) throwPy('ValueError', `warnings.filters item ${i} isn't a 5-tuple`);
    const [action, msg, cat, mod, ln] = item.items;
    if (!matches(msg, text) || !matches(mod, module)) continue;
    if (!(cat instanceof PyType) || !category.isSubtypeOf(cat)) continue;
    if (Number(ln) === 0 || Number(ln) === lineno) return [action, item];
  }
  return [w.module.d.defaultaction, null];
}

/**
 * The action when the first filter that could match needs neither module nor line, else undefined.
 * (CPython consults the registry first; a registry entry only exists for a warning shown under the
 * same filters, so an 'ignore' or 'error' decided here is what CPython decides.)
 */
function actionWithoutSite(w: WarnState, category: PyType, text: any): any {
  const filters = filterList(w);
  for (const item of filters) {
    if (!(item instanceof PyTuple) || item.items.length !== 5) return undefined;
    const [action, msg, cat, mod, ln] = item.items;
    if (!(cat instanceof PyType) || !category.isSubtypeOf(cat) || !matches(msg, text)) continue;
    if (mod !== null || Number(ln) !== 0) return undefined;
    return action;
  }
  return w.module.d.defaultaction;
}

// ---- registries ----

/** `registry[key]`, clearing a registry recorded under an older version of the filters first. */
function alreadyWarned(w: WarnState, registry: PyDict | null, key: PyTuple, set: boolean): boolean {
  if (registry === null) return false;
  if (registry.get('version') !== w.version) {
    registry.clear();
    registry.set('version', w.version);
  }
  if (registry.get(key) !== undefined && truthy(registry.get(key))) return true;
  if (set) registry.set(key, true);
  return false;
}

function moduleRegistry(globals: any): PyDict | null {
  if (!globals) return null;
  let r = globals.__warningregistry__;
  if (r === undefined) globals.__warningregistry__ = r = new PyDict();
  return r instanceof PyDict ? r : null;
}

// ---- WarningMessage ----

const WarningMessageType = builtinType('WarningMessage', ObjectType, 'warnings');
const MSG_FIELDS = ['message', 'category', 'filename', 'lineno', 'file', 'line', 'source'];

function warningMessage(message: any, category: any, filename: any, lineno: any, file: any = null, line: any = null, source: any = null): PyInstance {
  const o = new PyInstance(WarningMessageType);
  Object.assign(o.d, { message, category, filename, lineno, file, line, source });
  o.d._category_name = category !== null ? getAttr(category, '__name__') : null;
  return o;
}
WarningMessageType.newInstance = (_cls, args, kw) => {
  const v = parseArgs('WarningMessage', args, kw, MSG_FIELDS.map((n, i) => (i < 4 ? n : n + '?')));
  return warningMessage(v[0], v[1], v[2], v[3], v[4] ?? null, v[5] ?? null, v[6] ?? null);
};
defMethods(WarningMessageType, {
  __str__(self: PyInstance) {
    const d = self.d;
    const lineno = d.lineno === null ? 'None' : str(d.lineno);
    return `{message : ${repr(d.message)}, category : ${repr(d._category_name)}, filename : ${repr(d.filename)}, lineno : ${lineno}, line : ${repr(d.line)}}`;
  },
});

// ---- showing ----

function sourceLines(w: WarnState, file: string): string[] | null {
  if (w.lines.has(file)) return w.lines.get(file)!;
  let lines: string[] | null = null;
  const fs = state().fs;
  if (fs && !file.startsWith('<')) {
    try {
      lines = new TextDecoder().decode(fs.readFile(file)).split(/\r?\n/);
    } catch {
      lines = null;
    }
  }
  w.lines.set(file, lines);
  return lines;
}

function getline(w: WarnState, file: any, lineno: any): string {
  if (typeof file !== 'string' || !isInt(lineno)) return '';
  return sourceLines(w, file)?.[Number(lineno) - 1] ?? '';
}

/** CPython's _formatwarnmsg_impl: `file:line: Category: message` and the stripped source line. */
function formatMsgImpl(w: WarnState, msg: PyInstance): string {
  const d = msg.d;
  let s = `${str(d.filename)}:${str(d.lineno)}: ${str(getAttr(d.category, '__name__'))}: ${str(d.message)}\n`;
  const line = d.line === null ? getline(w, d.filename, d.lineno) : d.line;
  if (line && truthy(line)) s += `  ${str(line).trim()}\n`;
  return s;
}

function formatMsg(w: WarnState, msg: PyInstance): string {
  const m = w.module.d;
  if (m.formatwarning !== m._formatwarning_orig) {
    const d = msg.d;
    return call(m.formatwarning, [d.message, d.category, d.filename, d.lineno, d.line]);
  }
  return formatMsgImpl(w, msg);
}

/** Write to sys.stderr (whatever the script made it), or the interpreter's stderr before sys is imported. */
function writeWarning(file: any, text: string): void {
  if (file === null) {
    const sys = state().modules.get('sys');
    if (!sys || sys.d.stderr === sys.d.__stderr__) {
      state().writeErr(text);
      return;
    }
    file = sys.d.stderr;
    if (file === null) return;
  }
  try {
    callMethod(file, 'write', [text]);
  } catch (e) {
    if (!(e instanceof PyExc && e.cls.isSubtypeOf(excType('OSError')))) throw e;
  }
}

function showMsgImpl(w: WarnState, msg: PyInstance): void {
  writeWarning(msg.d.file ?? null, formatMsg(w, msg));
}

function showMsg(w: WarnState, msg: PyInstance): void {
  const m = w.module.d;
  if (m.showwarning !== m._showwarning_orig) {
    if (!isCallable(m.showwarning)) throwPy('TypeError', 'warnings.showwarning() must be set to a function or method');
    const d = msg.d;
    call(m.showwarning, [d.message, d.category, d.filename, d.lineno, d.file, d.line]);
    return;
  }
  call(m._showwarnmsg_impl, [msg]);
}

// ---- warn ----

interface Site {
  filename: string;
  lineno: number;
  module: string;
  globals: any;
  lines: string[] | null;
}

/** Where a warning `stacklevel` Python frames up is attributed (CPython's setup_context). */
function siteOf(stacklevel: number, skipStdlib = false): Site {
  const f = pythonFrame(Math.max(stacklevel, 1), skipStdlib);
  const s = state();
  // no such frame: CPython's sys:1, with the registry in sys's namespace (warnings imports sys)
  if (!f) return { filename: 'sys', lineno: 1, module: 'sys', globals: s.modules.get('sys')?.d ?? null, lines: null };
  if (f.file === null) {
    // compiled code whose source is not a file (-c, the REPL, the embedding API): the main module
    const main = s.mainGlobals;
    return { filename: typeof main?.__file__ === 'string' ? main.__file__ : '<string>', lineno: 1, module: '__main__', globals: main, lines: null };
  }
  const globals = s.modules.get(f.module)?.d ?? null;
  return { filename: f.file, lineno: f.line, module: f.module, globals, lines: f.lines };
}

/** CPython's warn_explicit after the message and category are settled. */
function warnExplicit(w: WarnState, message: PyExc, category: PyType, text: any, filename: any, lineno: number, module: string, registry: PyDict | null, lines: string[] | null): void {
  const key = new PyTuple([text, category, lineno]);
  if (alreadyWarned(w, registry, key, false)) return;
  const [action, item] = findAction(w, category, text, lineno, module);
  if (action === 'error') throw message;
  if (action === 'ignore') return;
  if (action !== 'always') {
    if (registry !== null) registry.set(key, true);
    if (action === 'once' || action === 'module') {
      const reg = registry ?? (action === 'once' ? onceRegistry(w) : null);
      if (alreadyWarned(w, reg, new PyTuple([text, category]), true)) return;
    } else if (action !== 'default') {
      throwPy('RuntimeError', `Unrecognized action (${repr(action)}) in warnings.filters:\n ${repr(item)}`);
    }
  }
  if (lines && typeof filename === 'string' && !w.lines.has(filename)) w.lines.set(filename, lines);
  showMsg(w, warningMessage(message, category, filename, lineno));
}

function onceRegistry(w: WarnState): PyDict | null {
  const r = w.module.d.onceregistry;
  return r instanceof PyDict ? r : null;
}

/** The message instance and its category: a Warning instance stands for itself. */
function messageAndCategory(message: any, category: any): [PyExc, PyType, any] {
  if (message instanceof PyExc && message.cls.isSubtypeOf(warningType())) return [message, message.cls, str(message)];
  const cat = category === null || category === undefined ? excType('UserWarning') : category;
  if (!isWarningClass(cat)) throwPy('TypeError', `category must be a Warning subclass, not '${typeOf(cat).tpName}'`);
  return [call(cat, [message]), cat, message];
}

/**
 * Issue a warning as `warnings.warn(message, category, stacklevel)` does. For the interpreter's own
 * warnings (NumPy's RuntimeWarning …): `category` may be a builtin exception name; level 1 is the
 * innermost Python frame, i.e. the line that called into the library; `skipStdlib` counts past the
 * frames of ndpy's Python-coded library modules.
 */
export function warnFrom(category: PyType | string | null, message: any, stacklevel = 1, skipStdlib = false): void {
  const cat = typeof category === 'string' ? excType(category) : category;
  const w = warnState();
  const [msg, c, text] = messageAndCategory(message, cat);
  // finding the caller's line costs a stack walk: not needed when the filters already say ignore/error
  const early = actionWithoutSite(w, c, text);
  if (early === 'ignore') return;
  if (early === 'error') throw msg;
  const site = siteOf(stacklevel, skipStdlib);
  warnExplicit(w, msg, c, text, site.filename, site.lineno, site.module, moduleRegistry(site.globals), site.lines);
}

/**
 * A SyntaxWarning of the compiler (src/compile/syntaxWarnings.ts) at `filename`:`lineno`, issued as
 * CPython's compiler does: with no registry, for the module named after the file.
 */
export function warnCompiled(message: string, filename: string, lineno: number): void {
  const w = warnState();
  const [msg, c, text] = messageAndCategory(message, excType('SyntaxWarning'));
  const module = filename.toLowerCase().endsWith('.py') ? filename.slice(0, -3) : filename || '<unknown>';
  warnExplicit(w, msg, c, text, filename, lineno, module, null, null);
}

function warnBuiltin(args: any[], kw: Kw): null {
  const [message, category = null, stacklevel = 1] = parseArgs('warn', args, kw, ['message', 'category?', 'stacklevel?', 'source?']);
  if (!isInt(stacklevel)) throwPy('TypeError', `'${typeOf(stacklevel).tpName}' object cannot be interpreted as an integer`);
  warnFrom(category, message, Number(stacklevel));
  return null;
}

function warnExplicitBuiltin(args: any[], kw: Kw): null {
  const [message, category, filename, lineno, module = null, registry = null] = parseArgs('warn_explicit', args, kw, [
    'message', 'category', 'filename', 'lineno', 'module?', 'registry?', 'module_globals?', 'source?',
  ]);
  if (typeof filename !== 'string') throwPy('TypeError', `warn_explicit() argument 'filename' must be str, not ${typeOf(filename).tpName}`);
  if (!isInt(lineno)) throwPy('TypeError', `'${typeOf(lineno).tpName}' object cannot be interpreted as an integer`);
  if (registry !== null && !(registry instanceof PyDict)) throwPy('TypeError', `'registry' must be a dict or None`);
  const modName = module !== null ? module : filename.toLowerCase().endsWith('.py') ? filename.slice(0, -3) : filename || '<unknown>';
  const w = warnState();
  const [msg, c, text] = messageAndCategory(message, category);
  warnExplicit(w, msg, c, text, filename, Number(lineno), str(modName), registry, null);
  return null;
}

// ---- catch_warnings ----

class CatchWarnings {
  declare cls: PyType;
  entered = false;
  saved: { filters: any; showwarning: any; showImpl: any } | null = null;
  constructor(public record: boolean, public module: PyModule, public filter: any[] | null) {}
}
const CatchWarningsType = builtinType('catch_warnings', ObjectType, 'warnings');
CatchWarnings.prototype.cls = CatchWarningsType;

CatchWarningsType.newInstance = (_cls, args, kw) => {
  if (args.length) throwPy('TypeError', `catch_warnings.__init__() takes 1 positional argument but ${args.length + 1} were given`);
  const [record = false, module = null, action = null, category = warningType(), lineno = 0, append = false] = parseArgs('catch_warnings', args, kw, [
    '*record?', 'module?', 'action?', 'category?', 'lineno?', 'append?',
  ]);
  const mod = module === null ? warnState().module : module;
  if (!(mod instanceof PyModule)) throwPy('TypeError', 'catch_warnings(module=...) must be a module');
  return new CatchWarnings(truthy(record), mod, action === null ? null : [action, category, lineno, append]);
};

function catchRepr(self: CatchWarnings): string {
  const parts: string[] = [];
  if (self.record) parts.push('record=True');
  if (self.module !== warnState().module) parts.push(`module=${repr(self.module)}`);
  return `${self.cls.name}(${parts.join(', ')})`;
}

defMethods(CatchWarningsType, {
  __enter__(self: CatchWarnings) {
    if (self.entered) throwPy('RuntimeError', `Cannot enter ${catchRepr(self)} twice`);
    self.entered = true;
    const m = self.module.d;
    self.saved = { filters: m.filters, showwarning: m.showwarning, showImpl: m._showwarnmsg_impl };
    m.filters = Array.isArray(m.filters) ? m.filters.slice() : m.filters;
    call(m._filters_mutated, []);
    if (self.filter) call(m.simplefilter, self.filter);
    if (!self.record) return null;
    const log: any[] = [];
    m._showwarnmsg_impl = getAttr(log, 'append');
    m.showwarning = m._showwarning_orig;
    return log;
  },
  __exit__(self: CatchWarnings) {
    if (!self.entered || !self.saved) throwPy('RuntimeError', `Cannot exit ${catchRepr(self)} without entering first`);
    const m = self.module.d;
    m.filters = self.saved.filters;
    call(m._filters_mutated, []);
    m.showwarning = self.saved.showwarning;
    m._showwarnmsg_impl = self.saved.showImpl;
    return null;
  },
  __repr__(self: CatchWarnings) {
    return catchRepr(self);
  },
});

// ---- the module ----

function showwarningBuiltin(args: any[], kw: Kw): null {
  const [message, category, filename, lineno, file = null, line = null] = parseArgs('showwarning', args, kw, [
    'message', 'category', 'filename', 'lineno', 'file?', 'line?',
  ]);
  const w = warnState();
  showMsgImpl(w, warningMessage(message, category, filename, lineno, file, line));
  return null;
}

function formatwarningBuiltin(args: any[], kw: Kw): string {
  const [message, category, filename, lineno, line = null] = parseArgs('formatwarning', args, kw, ['message', 'category', 'filename', 'lineno', 'line?']);
  return formatMsgImpl(warnState(), warningMessage(message, category, filename, lineno, null, line));
}

export function makeWarnings(): PyModule {
  const m = new PyModule('warnings');
  const d = m.d;
  const s = state();
  states.set(s, { module: m, version: 0, lines: new Map() });
  d.__doc__ = 'Python part of the warnings subsystem.';
  d.__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter', 'resetwarnings', 'catch_warnings'];
  d.sys = importModule('sys', true);
  d.filters = defaultFilters();
  d.defaultaction = 'default';
  d._defaultaction = 'default';
  d.onceregistry = d._onceregistry = new PyDict();
  d.warn = builtin('warn', warnBuiltin);
  d.warn_explicit = builtin('warn_explicit', warnExplicitBuiltin);
  d.filterwarnings = builtin('filterwarnings', filterwarnings);
  d.simplefilter = builtin('simplefilter', simplefilter);
  d.resetwarnings = builtin('resetwarnings', (args, kw) => {
    parseArgs('resetwarnings', args, kw, []);
    const f = filterList(warnState());
    f.splice(0, f.length);
    filtersMutated();
    return null;
  });
  d._filters_mutated = builtin('_filters_mutated', () => {
    filtersMutated();
    return null;
  });
  d.showwarning = d._showwarning_orig = builtin('showwarning', showwarningBuiltin);
  d.formatwarning = d._formatwarning_orig = builtin('formatwarning', formatwarningBuiltin);
  d._showwarnmsg_impl = builtin('_showwarnmsg_impl', (args) => {
    showMsgImpl(warnState(), args[0]);
    return null;
  });
  d._showwarnmsg = builtin('_showwarnmsg', (args) => {
    showMsg(warnState(), args[0]);
    return null;
  });
  d._formatwarnmsg = builtin('_formatwarnmsg', (args) => formatMsg(warnState(), args[0]));
  d.WarningMessage = WarningMessageType;
  d.catch_warnings = CatchWarningsType;
  return m;
}
