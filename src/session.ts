/**
 * An interactive session, host-neutral: the terminal REPL (repl/) and the web console (web/) both drive
 * one. `push(line)` adds a line of input and, once the input forms a whole statement, runs it the way
 * CPython's interactive loop does: expression statements echo their repr (None echoes nothing) and set
 * `_`; an uncaught exception prints a traceback naming `File "<stdin>", line N` and leaves every earlier
 * binding in place. `complete(text, cursor)` offers what rlcompleter offers: keywords, names, attributes
 * (`np.lin` → `np.linalg`, `np.linspace(`) and, after `import`, module names.
 *
 * When is an input whole? The rules of CPython's codeop, restated over our parser's errors: an error that
 * the lexer marks incomplete (open bracket, unterminated triple quote, trailing backslash, a block header
 * with no body yet) asks for more lines; a compound statement (`def`, `if`, `@decorator`, …) goes on until
 * a blank line, and a syntax error that sits past its last line (`try:` with no `except` yet) means it
 * is still being typed. Any other error is final and is printed as CPython prints it.
 */
import { parse, PySyntaxError, formatSyntaxError } from '../grammar/index';
import type { Interpreter as Core } from './interp/interpreter';
import { builtinModuleNames } from './interp/imports';
import { getAttr } from './objects/attrs';
import { dirOf } from './objects/builtins';
import { isCallable } from './objects/function';

export type PushResult = 'complete' | 'incomplete' | 'error';

export interface Completion {
  /** offset in the text where the completed word starts; each item replaces text[start, cursor) */
  start: number;
  items: string[];
}

// keyword.kwlist of Python 3.11, and the suffix rlcompleter adds to each
const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
  'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];
const BARE_KEYWORDS = new Set(['False', 'None', 'True', 'break', 'continue', 'pass', 'else']);

const COMPOUND_START = /^(?:@|(?:async\s+)?(?:def|for|with)\b|if\b|while\b|try\b|class\b|match\b)/;

export class Session {
  private lines: string[] = [];
  /** the exit status once the code raised SystemExit (exit(), quit(), sys.exit()); null while running on */
  exitStatus: number | null = null;

  constructor(private readonly core: Core) {}

  /** the prompt for the next line: `>>> ` at a statement's start, `... ` within one */
  get prompt(): string {
    return this.lines.length ? '... ' : '>>> ';
  }

  /** Forget a partly typed statement (Ctrl-C at the prompt). */
  reset(): void {
    this.lines = [];
  }

  /** Add one line (without its newline); run the statement once it is whole. */
  push(line: string): PushResult {
    this.lines.push(line);
    const source = this.lines.join('\n') + '\n';
    const verdict = this.judge(source, line);
    if (verdict === 'incomplete') return 'incomplete';
    this.lines = [];
    if (verdict === 'blank') return 'complete';
    if (verdict instanceof PySyntaxError) {
      this.core.state.writeErr(formatSyntaxError(verdict));
      return 'error';
    }
    const r = this.core.run(source, '<stdin>', true);
    if (r.exited) this.exitStatus = r.exitCode;
    return r.ok ? 'complete' : 'error';
  }

  private judge(source: string, last: string): 'blank' | 'incomplete' | 'run' | PySyntaxError {
    const code = this.lines.filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    if (code.length === 0) return 'blank';
    const ended = last.trim() === '' && this.lines.length > 1;
    const compound = COMPOUND_START.test(code[0].trimStart());
    try {
      parse(source, '<stdin>');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      if (e.incomplete && !(ended && e.type === 'IndentationError')) return 'incomplete';
      if (compound && !ended && (e.atEnd || e.line > this.lines.length)) return 'incomplete';
      return e;
    }
    return compound && !ended ? 'incomplete' : 'run';
  }

  /** Completions for the word that ends at `cursor`, as rlcompleter proposes them. */
  complete(text: string, cursor = text.length): Completion {
    const before = text.slice(0, cursor);
    if (before.trim() === '') return { start: cursor, items: ['    '] };
    const imp = /^\s*(?:import|from)\s+(?:[\w.]+\s*,\s*)*([\w.]*)$/.exec(before);
    if (imp) {
      const word = imp[1];
      // private modules (a segment starting with `_`, as numpy._core) only once a `_` is typed there,
      // as rlcompleter proposes private names
      const typed = word.split('.');
      const last = typed.length - 1;
      const hidden = (n: string) => n.split('.').some((seg, i) => i >= last && seg.startsWith('_') && !(i === last && typed[last].startsWith('_')));
      const items = builtinModuleNames().filter((n) => n.startsWith(word) && !hidden(n)).sort();
      return { start: cursor - word.length, items };
    }
    const m = /[A-Za-z_][\w]*(?:\.[A-Za-z_]?\w*)*$/.exec(before);
    if (!m) return { start: cursor, items: [] };
    const word = m[0];
    const items = this.core.within(() => {
      try {
        return word.includes('.') ? this.attrMatches(word) : this.nameMatches(word);
      } catch {
        return [];
      }
    });
    return { start: cursor - word.length, items };
  }

  private nameMatches(word: string): string[] {
    const out = new Set<string>();
    for (const k of KEYWORDS) {
      if (!k.startsWith(word)) continue;
      out.add(k === 'finally' || k === 'try' ? k + ':' : BARE_KEYWORDS.has(k) ? k : k + ' ');
    }
    const g = this.core.globals as Record<string, any>;
    const seen = new Set<string>();
    for (let ns: any = g; ns && ns !== Object.prototype; ns = Object.getPrototypeOf(ns)) {
      for (const name of Object.keys(ns)) {
        if (!name.startsWith(word) || seen.has(name) || KEYWORDS.includes(name)) continue;
        seen.add(name);
        out.add(isCallable(ns[name]) ? name + '(' : name);
      }
    }
    return [...out].sort();
  }

  private attrMatches(word: string): string[] {
    const dot = word.lastIndexOf('.');
    const path = word.slice(0, dot).split('.');
    const prefix = word.slice(dot + 1);
    const g = this.core.globals as Record<string, any>;
    let obj = g[path[0]];
    if (obj === undefined) return [];
    for (const part of path.slice(1)) obj = getAttr(obj, part);
    const hide = prefix === '' ? '_' : prefix === '_' ? '__' : null;
    const out: string[] = [];
    for (const name of dirOf(obj) as string[]) {
      if (!name.startsWith(prefix) || (hide && name.startsWith(hide))) continue;
      let value: any;
      try {
        value = getAttr(obj, name);
      } catch {
        value = undefined;
      }
      out.push(`${word.slice(0, dot)}.${name}${value !== undefined && isCallable(value) ? '(' : ''}`);
    }
    return out.sort();
  }
}
