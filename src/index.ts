/**
 * The public embedding API: `createInterpreter(options)` returns an interpreter whose `run(code)` executes
 * Python source and reports how it ended. The CLI, the REPL and the web console use only this module.
 */
import { Interpreter as Core } from './interp/interpreter';
import type { HostFS } from './interp/state';
import { budget } from './interp/helpers';
import { Session } from './session';

function requestPoll(): void {
  budget.n = 0;
}

export type { HostFS };
export type { Session, PushResult, Completion } from './session';
export { createMemoryFS, type MemoryFS } from './interp/memoryHost';

export interface InterpreterOptions {
  /** receives everything Python writes to sys.stdout (print, sys.stdout.write) */
  stdout?: (text: string) => void;
  /** receives tracebacks and sys.stderr writes */
  stderr?: (text: string) => void;
  /** sys.argv; argv[0] is the script name */
  argv?: string[];
  /** one line of input for input(), or null at end of file */
  readLine?: () => string | null;
  /** file-system access granted to Python code (open, os, tempfile); none by default */
  fs?: HostFS | null;
  /** directory searched for `import name` → name.py */
  scriptDir?: string | null;
  /** print the generated JavaScript to stderr */
  debug?: boolean;
  /**
   * Deliver stdout at every newline instead of in 8 KiB blocks, as CPython does when stdout is a
   * terminal (progress output appears as it is printed). Default false.
   */
  lineBuffered?: boolean;
  /**
   * A cell of a SharedArrayBuffer another thread sets non-zero to interrupt the running code
   * (KeyboardInterrupt at its next poll); cleared when the interrupt is delivered.
   */
  interruptCell?: Int32Array | null;
}

export interface RunResult {
  /** true when the code ran to the end (or called sys.exit(0)) */
  ok: boolean;
  /** the process exit status the CLI should use: 0, 1 for an uncaught exception, or sys.exit's code */
  exitCode: number;
  /** for an uncaught exception: its type name and message, e.g. 'ValueError', 'bad value' */
  error?: { type: string; message: string };
  /** true when the code ended by raising SystemExit (sys.exit(), exit()); exitCode is its status */
  exited?: boolean;
}

export interface Interpreter {
  /** Run a module's source. `filename` appears in tracebacks (default '<string>'). */
  run(code: string, filename?: string): RunResult;
  /** Ask running code to stop with KeyboardInterrupt at its next poll (from a callback or another thread's flag). */
  interrupt(): void;
}

function makeCore(options: InterpreterOptions): Core {
  const core = new Core({
    io: {
      stdout: options.stdout ?? ((s) => void s),
      stderr: options.stderr ?? ((s) => void s),
      readLine: options.readLine ?? (() => null),
    },
    fs: options.fs ?? null,
    argv: options.argv ?? [''],
    debug: options.debug ?? false,
  });
  core.state.scriptDir = options.scriptDir ?? null;
  core.state.lineBuffered = options.lineBuffered ?? false;
  core.state.interruptCell = options.interruptCell ?? null;
  return core;
}

function facade(core: Core): Interpreter {
  return {
    run: (code, filename) => core.run(code, filename),
    interrupt: () => {
      core.state.interruptRequested = true;
      requestPoll();
    },
  };
}

export function createInterpreter(options: InterpreterOptions = {}): Interpreter {
  return facade(makeCore(options));
}

/**
 * An interactive session over a fresh interpreter (see src/session.ts): what the terminal REPL and the
 * web console drive, line by line. `interpreter` runs code in the same namespace (`ndpy -i script.py`).
 */
export function createSession(options: InterpreterOptions = {}): { session: Session; interpreter: Interpreter } {
  const core = makeCore(options);
  return { session: new Session(core), interpreter: facade(core) };
}
