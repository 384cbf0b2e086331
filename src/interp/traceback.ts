/**
 * Printing an uncaught exception the way CPython does: `Traceback (most recent call last):`, one
 * `File "x.py", line N, in f` frame per level with the stripped source line, chained causes and
 * contexts first, then `Type: message`. Also `pythonFrame(level)`: the file and line of a Python frame
 * running now, read from the JS stack (for the warnings module, which reports its caller's line).
 */
import type { PyExc } from '../objects/exceptions';
import { str } from '../objects/repr';
import { state } from './state';

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
  lines?: string[] | null;
}

const SCRIPT_URL = 'ndpy-script-';
const scripts = new Map<string, Script>();
const MAX_SCRIPTS = 4096;
let nextScript = 0;

/** Register a compiled module's text; returns the sourceURL comment to end its source with. */
export function registerScript(file: string, module: string, wrappedJs: (url: string) => string): string {
  const url = SCRIPT_URL + ++nextScript;
  const comment = `//# sourceURL=${url}`;
  scripts.set(url, { file, module, js: wrappedJs(comment) });
  // an embedder calling run() forever compiles forever: keep the most recent scripts only
  if (scripts.size > MAX_SCRIPTS) scripts.delete(scripts.keys().next().value!);
  return comment;
}

/**
 * The `level`-th Python frame of the current JS stack (1 = innermost), or null when there are fewer (or
 * the engine has no V8 stack API). Stack capture costs about a microsecond a frame, so a short stack is
 * tried first.
 */
export function pythonFrame(level: number): PyFrameRef | null {
  for (const limit of [12 + 4 * level, Infinity]) {
    const sites = callSites(limit);
    let seen = 0;
    for (const c of sites) if (isPython(c) && ++seen === level) return frameOf(c);
    if (sites.length < limit) return null;
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
