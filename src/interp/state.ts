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
import { throwPy } from '../objects/errors';
import { PyTuple } from '../objects/values';

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
  /**
   * Positional access for np.memmap, which loads and writes back only the parts of a file it touches.
   * Optional: without them memmap reads and rewrites whole files. `readAt` returns `length` bytes from
   * `position` (fewer at the end of the file); `writeAt` writes `data` at `position`, extending the file
   * if needed; `truncate` sets the file's length (new bytes read as zeros, sparse where possible).
   */
  readAt?(path: string, position: number, length: number): Uint8Array;
  writeAt?(path: string, position: number, data: Uint8Array): void;
  truncate?(path: string, length: number): void;
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
  /**
   * os.system: run `command` through the host's shell with this process's standard streams and the given
   * environment, and return the wait status (exit code << 8, or the signal number). Optional: without it
   * os.system reports that no shell exists.
   */
  system?(command: string, env: Record<string, string> | null): number;
  /** os.fstat of a standard descriptor (0, 1, 2): its mode and size (a file's size when input is redirected from one) */
  fstat?(fd: number): { mode: number; size: number };
  sep: string;
}

export class InterpState {
  modules = new Map<string, PyModule>();
  handling: PyExc[] = [];
  /** CPython's traceback text for an exception (with source lines), set by the interpreter */
  formatError: (e: PyExc) => string = (e) => String(e);
  /** the lines of a file the interpreter ran (for tracebacks), or null */
  sourceLines: (file: string) => string[] | null = () => null;
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
  /** sys.getrecursionlimit() */
  recursionLimit = 1000;

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

/**
 * The step countdown: loops charge it 32 iterations at a time (compile/context.ts pollCounter), builtins
 * that loop charge it per item (tick, charge); at zero the poller (helpers.ts `poll`) charges the steps
 * used and checks the deadline and the interrupt flag.
 */
export const budget = { n: 10000, granted: 10000 };

/**
 * Python call depth, counted by the functions compiled with a recursion guard: those that call their own
 * name, directly or through other functions of their module (compile/scope.ts recursiveDefs), and every
 * function when the embedding sets maxRecursion.
 */
export const depth = { n: 0, max: Infinity };
/**
 * The depth past which a guarded call raises RecursionError: CPython's recursion limit counts the module's
 * frame too, so `def f(n): return f(n + 1)` called from the module gets limit - 1 frames.
 */
export function depthLimit(s: InterpState): number {
  return Math.min(s.maxRecursion > 0 ? s.maxRecursion : Infinity, s.recursionLimit - 1);
}
let poller: () => void = () => {
  budget.n = budget.granted = 10000;
};
export function setPoller(f: () => void): void {
  poller = f;
}
/**
 * One step of a loop that runs inside a builtin rather than in generated code (iterators with no end of
 * their own, such as `iter(int, 1)`, `range(10**15)` or a user `__next__`, and builtins that call back
 * into Python per item): it counts like a loop iteration, so the time, step and interrupt limits reach
 * code like `sum(iter(int, 1))` or `list(range(10**12))` that never returns to a back-edge.
 */
export function tick(): void {
  if (--budget.n <= 0) poller();
}
/** `n` steps at once, for builtins that copy or build `n` items in one go (`l.extend(l)`, `[0] * n`). */
export function charge(n: number): void {
  budget.n -= n;
  if (budget.n <= 0) poller();
}

/**
 * The most items one list, tuple or other JS array may hold. V8 aborts the whole process (it does not
 * throw) when `push` grows an array past its FixedArray limit (about 2**27 elements), so everything that
 * builds an array of unbounded length checks against this first and raises MemoryError instead.
 */
export const MAX_SEQUENCE = 2 ** 26;
export function checkLength(n: number): void {
  if (n > MAX_SEQUENCE) throwPy('MemoryError', `cannot make a sequence of ${n} items (the limit is ${MAX_SEQUENCE})`);
}

/**
 * `seq * n` (and `seq *= n`) for a list or tuple: refuse a result longer than MAX_SEQUENCE before arith.ts
 * builds it by pushing. TODO(arith.ts owner): check in seqRepeat and inplace themselves, which would
 * cover `operator.mul` and every other route there.
 */
export function checkRepeat(seq: any, n: any): void {
  const k = seqLength(seq);
  if (k > 0 && (typeof n === 'number' || typeof n === 'boolean')) {
    checkLength(k * Number(n));
    charge(k * Number(n));
  }
}
/** the length of a list or tuple, else -1 */
export function seqLength(v: any): number {
  return Array.isArray(v) ? v.length : v instanceof PyTuple ? v.items.length : -1;
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
