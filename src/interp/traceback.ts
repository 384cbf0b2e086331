/**
 * Printing an uncaught exception the way CPython does: `Traceback (most recent call last):`, one
 * `File "x.py", line N, in f` frame per level with the stripped source line and the `~~^~~` marker
 * line under the failing expression (caretLines.ts), chained causes and contexts first, then
 * `Type: message`; exception groups with their members in indented sections. Also
 * `pythonFrame(level)`: the file and line of a Python frame running now, read from the JS stack (for the
 * warnings module, which reports its caller's line).
 */
import { excTypes, type PyExc, type Frame } from '../objects/exceptions';
import { caretLine } from './caretLines';
import { str } from '../objects/repr';
import { state, type InterpState } from './state';
import { suggestionFor } from './suggestions';
import { dirOf } from '../objects/builtins';
import { isGroup, groupMembers } from '../objects/exceptionGroups';
import { getAttrOrUndef } from '../objects/attrs';
import { asInt } from '../objects/arith';

export type SourceLookup = (file: string) => string[] | null;

function qualifiedName(e: PyExc): string {
  const t = e.cls;
  return t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
}

const CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n';
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** where an exception group's members are being printed: nesting depth (for the "| " margins) */
interface PrintContext {
  depth: number;
  /** how many frames each traceback shows: the first `limit`, or the last `-limit` when negative; null for all */
  limit: number | null;
  needClose: boolean;
  seen: Set<PyExc>;
}

/**
 * `cPrinter`: print as CPython's own printer of an uncaught exception does, not as its Python traceback
 * module (traceback.print_exc and friends): with the "Did you mean" hint (3.11's traceback module has
 * none) and source lines keeping their trailing spaces (see caretLines.ts). Exception groups print
 * their members in numbered, indented sections, as CPython 3.11 does.
 */
export function formatException(e: PyExc, sources: SourceLookup, cPrinter = false, limit: number | null = null): string {
  const ctx: PrintContext = { depth: 0, limit, needClose: false, seen: new Set() };
  return formatChain(e, sources, cPrinter, ctx).join('');
}

function indent(ctx: PrintContext): string {
  return ' '.repeat(2 * ctx.depth);
}

/** text with every line prefixed by the current group margin */
function emit(ctx: PrintContext, text: string, margin = '|'): string {
  if (!text) return '';
  const prefix = indent(ctx) + (ctx.depth ? margin + ' ' : '');
  return prefix ? text.split(/(?<=\n)/).map((l) => prefix + l).join('') : text;
}

function formatChain(e: PyExc, sources: SourceLookup, cPrinter: boolean, ctx: PrintContext): string[] {
  const chain: [string | null, PyExc][] = [];
  for (let x: PyExc | null = e; x !== null && !ctx.seen.has(x); ) {
    ctx.seen.add(x);
    let msg: string | null = null;
    let next: PyExc | null = null;
    if (x.cause) [msg, next] = [CAUSE, x.cause];
    else if (x.context && !x.suppressContext) [msg, next] = [CONTEXT, x.context];
    chain.push([next !== null && !ctx.seen.has(next) ? msg : null, x]);
    x = next;
  }
  const out: string[] = [];
  for (const [msg, x] of chain.reverse()) {
    if (msg !== null) out.push(emit(ctx, msg));
    if (!isGroup(x)) {
      // (a limit that leaves no frame leaves out the heading too)
      const shown = x.tbLen ? frames(x, sources, cPrinter, ctx.limit) : '';
      if (x.tbLen && (shown !== '' || ctx.limit === null)) out.push(emit(ctx, 'Traceback (most recent call last):\n'), emit(ctx, shown));
      out.push(emit(ctx, onlyLine(x, cPrinter)));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      out.push(emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`));
    } else {
      out.push(...formatGroup(x, sources, cPrinter, ctx));
    }
  }
  return out;
}

function formatGroup(g: PyExc, sources: SourceLookup, cPrinter: boolean, ctx: PrintContext): string[] {
  const out: string[] = [];
  const toplevel = ctx.depth === 0;
  if (toplevel) ctx.depth++;
  if (g.tbLen) {
    out.push(emit(ctx, 'Exception Group Traceback (most recent call last):\n', toplevel ? '+' : '|'), emit(ctx, frames(g, sources, cPrinter, ctx.limit)));
  }
  out.push(emit(ctx, onlyLine(g, cPrinter)));
  const members = groupMembers(g);
  const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out.push(`${indent(ctx)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) out.push(...formatChain(members[i], sources, cPrinter, ctx));
    else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      out.push(emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`));
    }
    if (last && ctx.needClose) {
      out.push(`${indent(ctx)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (toplevel) ctx.depth = 0;
  return out;
}

/** more consecutive identical frames than this (deep recursion) print as "[Previous line repeated …]" */
const RECURSIVE_CUTOFF = 3;
function repeated(count: number): string {
  const n = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/** the standard library's modules: their frames are left out of printed tracebacks (see `shownFrames`) */
const STDLIB_FILE = '<ndpy>/';

/**
 * The frames a printed traceback shows, outermost first, each with the frame it called (null for the
 * innermost). Frames of ndpy's own standard library modules are left out: most of what they implement
 * is C in CPython (deque, reduce, bisect, datetime, decimal…), which adds no frame, and the rest would
 * show CPython's own file paths and line numbers, which ndpy cannot reproduce anyway. A RecursionError
 * that overflowed the (much deeper) JS stack shows the outermost `sys.getrecursionlimit()` frames, as
 * many as CPython would have had when it raised. `limit` keeps the first `limit` frames (the last
 * `-limit` when negative).
 */
function shownFrames(e: PyExc, limit: number | null): [Frame, Frame | null][] {
  let tb = e.tb;
  // (printed outside any run too, as the embedding API formats an exception)
  const depth = (state() as InterpState | null)?.recursionLimit ?? 1000;
  if (tb.length > depth && e.cls === excTypes.get('RecursionError')) tb = tb.slice(tb.length - depth);
  const out: [Frame, Frame | null][] = [];
  for (let i = tb.length - 1; i >= 0; i--) if (!tb[i].file.startsWith(STDLIB_FILE)) out.push([tb[i], i > 0 ? tb[i - 1] : null]);
  if (limit === null) return out;
  return limit >= 0 ? out.slice(0, limit) : out.slice(Math.max(0, out.length + limit));
}

function frames(e: PyExc, sources: SourceLookup, cPrinter: boolean, limit: number | null): string {
  let out = '';
  let last: { file: string; name: string; line: number } | null = null;
  let count = 0;
  let msg: string | undefined;
  const lazyMessage = () => (msg ??= message(e));
  for (const [f, next] of shownFrames(e, limit)) {
    if (last === null || last.file !== f.file || last.line !== f.line || last.name !== f.name) {
      if (count > RECURSIVE_CUTOFF) out += repeated(count);
      last = f;
      count = 0;
    }
    if (++count > RECURSIVE_CUTOFF) continue;
    const lines = sources(f.file);
    const at = lines ? caretLine(lines, f, next, e, lazyMessage, cPrinter) : null;
    const line = at?.line ?? f.line;
    out += `  File "${f.file}", line ${line}, in ${f.name}\n`;
    const text = lines?.[line - 1];
    if (text?.trim()) out += `    ${cPrinter ? text.trimStart() : text.trim()}\n` + (at?.marker ?? '');
  }
  if (count > RECURSIVE_CUTOFF) out += repeated(count);
  return out;
}

function message(e: PyExc): string {
  try {
    return str(e);
  } catch {
    return '<exception str() failed>';
  }
}

function onlyLine(e: PyExc, cPrinter: boolean): string {
  const located = cPrinter ? null : syntaxErrorLines(e);
  if (located !== null) return located + notesText(e);
  let msg = message(e);
  const hint = cPrinter ? suggestionFor(e, e.tb[0]?.varnames ?? [], dirOf) : null;
  if (hint !== null) msg += `. Did you mean: '${hint}'?`;
  return (msg ? `${qualifiedName(e)}: ${msg}\n` : `${qualifiedName(e)}\n`) + notesText(e);
}

/**
 * A SyntaxError's last lines as the traceback module writes them: where it is (file and line), the
 * source line stripped, a caret range under the columns it gives, then `Type: msg`; null for other
 * exceptions. (CPython's own printer of an uncaught one draws it differently: grammar/errors.ts.)
 */
export function syntaxErrorLines(e: PyExc): string | null {
  const syntax = excTypes.get('SyntaxError');
  if (syntax === undefined || !e.cls.isSubtypeOf(syntax)) return null;
  const field = (k: string) => getAttrOrUndef(e, k) ?? null;
  const [filename, lineno, text, offset] = [field('filename'), field('lineno'), field('text'), field('offset')];
  let out = '';
  let suffix = '';
  if (lineno !== null) out += `  File "${filename === null || filename === '' ? '<string>' : str(filename)}", line ${str(lineno)}\n`;
  else if (filename !== null) suffix = ` (${str(filename)})`;
  if (typeof text === 'string') {
    const right = text.replace(/\n+$/, '');
    const left = right.replace(/^[ \n\f]+/, '');
    const spaces = right.length - left.length;
    out += `    ${left}\n`;
    const start = asInt(offset);
    if (start !== undefined) {
      let end = asInt(field('end_offset')) ?? 0;
      if (end == 0) end = start; // eslint-disable-line eqeqeq
      if (end == start || end == -1) end = Number(start) + 1; // eslint-disable-line eqeqeq
      const col = Number(start) - 1 - spaces;
      const endCol = Number(end) - 1 - spaces;
      if (col >= 0) out += `    ${left.slice(0, col).replace(/\S/g, ' ')}${'^'.repeat(Math.max(0, endCol - col))}\n`;
    }
  }
  const msg = field('msg');
  return `${out}${qualifiedName(e)}: ${msg !== null && msg !== '' ? str(msg) : '<no detail available>'}${suffix}\n`;
}

/** `sys.tracebacklimit` when it is set to an int, else null */
export function sysTracebackLimit(): number | null {
  const sys = state().modules.get('sys');
  const n = sys === undefined ? undefined : asInt(getAttrOrUndef(sys, 'tracebacklimit'));
  return n === undefined ? null : Number(n);
}

/** the lines of `e.__notes__` (add_note), printed after the exception's message */
export function notesText(e: PyExc): string {
  const notes = e.d.__notes__;
  if (notes === undefined) return '';
  if (!Array.isArray(notes)) return `${str(notes)}\n`;
  return notes.map((n) => `${str(n)}\n`).join('');
}

// ---- the Python frames on the JS stack (for the warnings module) ----
//
// Generated code keeps its current line in a local (`$ln`), invisible from outside, so a builtin that
// needs its caller's file and line (warnings.warn, NumPy's RuntimeWarnings) reads V8's structured stack
// instead: compiler.ts names every module it compiles with a `//# sourceURL=ndpy-script-N` comment and
// registers its generated text here, and a frame's Python line is the nearest `$ln = N` before the call
// position in its own function (closed nested functions and blocks skipped). Engines without V8's stack
// API give no frames, which callers treat as unknown.

/** A Python frame found on the JS stack; `file` is null when its module could not be identified. */
export interface PyFrameRef {
  file: string | null;
  line: number;
  module: string;
  /** the module's source lines, when known */
  lines: string[] | null;
}

interface Script {
  file: string;
  module: string;
  /** the JS text V8 compiled (positions in stack frames are offsets into it) */
  js: string;
  /** its constants table (`K`), where each function's code info is */
  constants: readonly unknown[];
  lines?: string[] | null;
}

const SCRIPT_URL = 'ndpy-script-';
const scripts = new Map<string, Script>();
const MAX_SCRIPTS = 4096;
let nextScript = 0;

/**
 * Register a compiled module's text; returns the sourceURL comment to end its source with. `fixedName`
 * names a stdlib module's code compiled from a V8 code cache: V8 keeps the script name the cache was
 * made under (scripts/build.mjs imports the modules in its own order), so that name must not depend on
 * the order of imports; its text is the same each time, so registering it again changes nothing.
 */
export function registerScript(file: string, module: string, wrappedJs: (url: string) => string, constants: readonly unknown[], fixedName: string | null = null): string {
  const url = SCRIPT_URL + (fixedName ?? ++nextScript);
  const comment = `//# sourceURL=${url}`;
  scripts.set(url, { file, module, js: wrappedJs(comment), constants });
  // an embedder calling run() forever compiles forever: keep the most recent scripts only
  if (scripts.size > MAX_SCRIPTS) scripts.delete(scripts.keys().next().value!);
  return comment;
}

/** Drop every registered script (their modules' code is no longer running: see src/index.ts precompileStdlib). */
export function forgetScripts(): void {
  scripts.clear();
}

/**
 * The `level`-th Python frame of the current JS stack (1 = innermost), or null when there are fewer (or
 * the engine has no V8 stack API). Stack capture costs about a microsecond a frame, so a short stack is
 * tried first. `skipStdlib` leaves out the frames of ndpy's standard library modules, as printed
 * tracebacks do (their code is C in CPython and NumPy, which adds no frame).
 */
export function pythonFrame(level: number, skipStdlib = false): PyFrameRef | null {
  for (const limit of [12 + 4 * level, Infinity]) {
    const sites = callSites(limit);
    let seen = 0;
    // an outlined loop (src/compile/outline.ts) runs in a function `$loop` inside its Python frame's
    // function: the frame that called it is the same Python frame, not counted again
    let caller = false;
    for (const c of sites) {
      if (!isPython(c)) continue;
      if (skipStdlib && scripts.get(urlOf(c)!)?.file.startsWith(STDLIB_FILE)) continue;
      const outlined = c.getFunctionName?.() === '$loop';
      if (!caller && ++seen === level) return frameOf(c);
      caller = outlined;
    }
    if (sites.length < limit) return null;
  }
  return null;
}

/**
 * The innermost Python frame not in one of the `skip` modules (logging's findCaller), or null; `func` is
 * the Python function's name (CPython's co_name: `<module>` at the top level), '' when not known.
 */
export function callerFrame(skip: Set<string>): (PyFrameRef & { func: string }) | null {
  // a short stack first: capturing costs about a microsecond a frame
  for (const limit of [40, Infinity]) {
    const sites = callSites(limit);
    for (const c of sites) {
      if (!isPython(c)) continue;
      const script = scripts.get(urlOf(c)!);
      if (script && skip.has(script.module)) continue;
      const pos: number | undefined = c.getPosition?.();
      return { ...frameOf(c), func: script && pos !== undefined ? functionNameAt(script, pos) : '' };
    }
    if (sites.length < limit) break;
  }
  return null;
}

/** the sourceURL of a `new Function` frame (getFileName is undefined for those) */
function urlOf(c: any): string | undefined {
  return c.getScriptNameOrSourceURL?.() ?? c.getFileName?.();
}
function isPython(c: any): boolean {
  const f = urlOf(c);
  return typeof f === 'string' && f.startsWith(SCRIPT_URL);
}

function callSites(limit: number): any[] {
  const E = Error as any;
  if (typeof E.captureStackTrace !== 'function') return [];
  const prepare = E.prepareStackTrace;
  const prevLimit = E.stackTraceLimit;
  try {
    E.prepareStackTrace = (_e: unknown, cs: unknown) => cs;
    E.stackTraceLimit = limit;
    const holder: any = {};
    E.captureStackTrace(holder, callSites);
    return Array.isArray(holder.stack) ? holder.stack : [];
  } catch {
    return [];
  } finally {
    E.prepareStackTrace = prepare;
    E.stackTraceLimit = prevLimit;
  }
}

function frameOf(c: any): PyFrameRef {
  const script = scripts.get(urlOf(c)!);
  const pos: number | undefined = c.getPosition?.();
  if (!script || pos === undefined) return { file: null, line: 0, module: '__main__', lines: null };
  if (script.lines === undefined) script.lines = script.file.endsWith('.py') ? readSource(script.file) : null;
  return { file: script.file, line: lineBefore(script.js, pos), module: script.module, lines: script.lines };
}

function readSource(file: string): string[] | null {
  const fs = state().fs;
  if (!fs) return null;
  try {
    return new TextDecoder().decode(fs.readFile(file)).split(/\r?\n/);
  } catch {
    return null;
  }
}

/**
 * The name of the Python function (module, class body) whose generated code holds offset `pos`. Each one
 * ends with a catch passing its code info to `$tb` (`} catch ($e) { throw $tb($e, K[n], $ln); }`, see
 * src/compile/functions.ts): the first such catch after `pos` that closes a block `pos` is in is its own,
 * those of nested functions defined further on being inside blocks that open after `pos`.
 */
function functionNameAt(script: Script, pos: number): string {
  const js = script.js;
  let depth = 0;
  let lowest = 0;
  for (let i = pos; i < js.length; i++) {
    const ch = js.charCodeAt(i);
    if (ch === 123) depth++; // {
    else if (ch === 125 && --depth < lowest) {
      lowest = depth;
      const m = /^\} catch \(\$e\) \{ (?:throw|const \$x =) \$tb\(\$e, K\[(\d+)\]/.exec(js.slice(i, i + 64));
      const info = m ? (script.constants[Number(m[1])] as { name?: unknown } | undefined) : undefined;
      if (typeof info?.name === 'string') return info.name;
    }
  }
  return '';
}

/**
 * The Python line of a call at offset `pos` of generated JS: the last `$ln = N` before it that is not
 * inside a closed block (a nested function, an earlier loop body); 0 when none. Every function's first
 * statement records its line, so the search never needs to leave the function containing the call.
 */
export function lineBefore(js: string, pos: number): number {
  let depth = 0;
  for (let i = Math.min(pos, js.length) - 1; i >= 0; i--) {
    const ch = js.charCodeAt(i);
    if (ch === 125) depth++; // }
    else if (ch === 123) depth--; // {
    else if (ch === 36 && depth <= 0 && js.startsWith('$ln = ', i)) {
      const m = /^\$ln = (\d+)/.exec(js.slice(i, i + 24));
      if (m) return Number(m[1]);
    }
  }
  return 0;
}
