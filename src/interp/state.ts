/**
 * The state of the interpreter that is currently running: its output streams, loaded modules, the
 * interrupt/budget counters polled at loop back-edges and calls, and the stack of exceptions being
 * handled (for bare `raise` and `sys.exc_info()`).
 *
 * Generated code and builtins are shared by all interpreters in a process; `run()` installs its own
 * state here on entry and restores the previous one on exit, so interpreters never see each other.
 */
import type { PyModule } from '../objects/values';
import type { PyExc } from '../objects/exceptions';

export interface HostIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readLine: () => string | null;
}

/**
 * What the host grants of its file system (Node's CLI grants all of it; a browser page none or a
 * virtual one). Paths are plain strings; errors are thrown as `{ code: 'ENOENT' | 'EEXIST' | … }`.
 */
export interface HostFS {
  cwd(): string;
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array, append: boolean): void;
  exists(path: string): boolean;
  isDir(path: string): boolean;
  isFile(path: string): boolean;
  listdir(path: string): string[];
  remove(path: string): void;
  rmdir(path: string): void;
  mkdir(path: string, recursive: boolean): void;
  rename(from: string, to: string): void;
  tmpdir(): string;
  mkdtemp(prefix: string): string;
  size(path: string): number;
  mtime(path: string): number;
  env(): Record<string, string>;
  pid(): number;
  sep: string;
}

export class InterpState {
  modules = new Map<string, PyModule>();
  handling: PyExc[] = [];
  /** absolute time (ms since epoch) after which KeyboardInterrupt-like TimeoutError is raised; 0 = none */
  deadline = 0;
  /** an Int32Array cell set non-zero by another thread to interrupt */
  interruptCell: Int32Array | null = null;
  interruptRequested = false;
  argv: string[] = [''];
  /** directory of the main script, for importing sibling .py files */
  scriptDir: string | null = null;
  private outBuf: string[] = [];
  private outLen = 0;
  builtinsModule: PyModule | null = null;
  mainGlobals: any = null;
  /** null when the host grants no file system (open() and os.* then raise OSError) */
  fs: HostFS | null = null;

  /**
   * Limits of the embedding API (0 = none). `steps` counts loop iterations and calls; the step and output
   * limits and the deadline are hard: their exceptions cannot be caught by the script (see helpers.ts).
   */
  stepLimit = 0;
  stepsUsed = 0;
  outputLimit = 0;
  outputUsed = 0;
  maxRecursion = 0;

  constructor(public io: HostIO) {}

  /** flush stdout at every newline (CPython's behaviour when stdout is a terminal) */
  lineBuffered = false;

  write(text: string): void {
    if (this.outputLimit) {
      this.outputUsed += text.length;
      if (this.outputUsed > this.outputLimit) {
        this.outputUsed = this.outputLimit;
        hardLimit('OSError', `output limit exceeded (maxOutputBytes=${this.outputLimit})`);
      }
    }
    this.outBuf.push(text);
    this.outLen += text.length;
    if (this.outLen > 8192 || (this.lineBuffered && text.includes('\n'))) this.flush();
  }
  flush(): void {
    if (this.outBuf.length) {
      const s = this.outBuf.join('');
      this.outBuf = [];
      this.outLen = 0;
      this.io.stdout(s);
    }
  }
  writeErr(text: string): void {
    this.flush();
    this.io.stderr(text);
  }
}

/** Raise a limit's exception marked hard (installed by helpers.ts, which owns exception creation). */
let hardLimit: (type: string, message: string) => never = (type, message) => {
  throw new Error(`${type}: ${message}`);
};
export function setHardLimitRaiser(f: (type: string, message: string) => never): void {
  hardLimit = f;
}

let current: InterpState | null = null;

export function state(): InterpState {
  return current!;
}
export function setState(s: InterpState | null): InterpState | null {
  const prev = current;
  current = s;
  return prev;
}
