/**
 * The `ndpy` command line: `ndpy file.py [args…]`, `ndpy -c "code" [args…]`, `ndpy -` (stdin), and the
 * interactive REPL (repl.ts): `ndpy` alone on a terminal, or `-i` before any of the forms above, which
 * runs the program first and then stays at the prompt. Without a terminal, `ndpy` alone runs the program
 * piped into it, as `python3` does. Runs the program through the public API with the Node host's file system, writes stdout/stderr
 * synchronously, and exits with the program's status; usage errors exit 2 like CPython.
 *
 * Ctrl-C: Node cannot run a SIGINT handler while synchronous JS runs, so when stdin is a terminal (a
 * user can press Ctrl-C) the program runs in a worker thread and the main thread turns SIGINT into a
 * store to a shared interrupt cell that the running code polls: KeyboardInterrupt is raised in the
 * program, which may catch it; uncaught, it prints CPython's traceback and exits with status 130.
 * Without a terminal (pipes, tests) the program runs on the main thread and starts faster.
 */
import { readFileSync, writeSync } from 'node:fs';
import { dirname, resolve, join, isAbsolute, sep } from 'node:path';
import { isatty } from 'node:tty';
import { workerThreads } from './workerThreads';
import { createInterpreter } from '../src/index';
import { nodeHost } from '../src/interp/nodeHost';
import { runTerminalRepl, runReplWorker, runPipedRepl, type ReplOptions } from './repl';

const USAGE = 'usage: ndpy [-i] [-c cmd | file | -] [arg] ...\n';

/** dist/launch.cjs, which a worker thread starts (set by `start`) */
let launcher = '';

/** the main script's path as CPython 3.11 shows it: a relative one joined to the current directory as given ("./", ".." kept) */
function scriptPath(p: string): string {
  if (isAbsolute(p)) return p;
  const cwd = process.cwd();
  return cwd.endsWith(sep) ? cwd + p : cwd + sep + p;
}

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e: any) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    }
  }
}

function stdinLines(): () => string | null {
  let buf: string[] | null = null;
  // the next line's index: shift() moved the whole rest of a large array for every line (200k lines of
  // input() took 14 s)
  let next = 0;
  return () => {
    if (buf === null) {
      let text = '';
      try {
        text = readFileSync(0, 'utf8');
      } catch {
        text = '';
      }
      buf = text.split(/(?<=\n)/);
      if (buf.length && buf[buf.length - 1] === '') buf.pop();
    }
    if (next >= buf.length) return null;
    const line = buf[next];
    buf[next++] = '';
    return line;
  };
}

function main(argv: string[], interruptCell: Int32Array | null): number | null {
  let code: string | null = null;
  let filename = '<stdin>';
  let args: string[];
  let scriptDir: string | null = process.cwd();
  const debug = process.env.NDPY_DEBUG === 'code';
  const kernelDebug = ({ '1': 1, '2': 2, '3': 3 } as const)[process.env.NDPY_DEBUG ?? ''];
  let interactive = false;
  while (argv[0] === '-i') {
    interactive = true;
    argv = argv.slice(1);
  }
  if (argv.length === 0) {
    args = [''];
    if (!interactive && isatty(0)) interactive = true;
    else if (!interactive) code = readFileSync(0, 'utf8');
  } else if (argv[0] === '-c') {
    if (argv.length < 2) {
      writeAll(2, 'Argument expected for the -c option\n' + USAGE);
      return 2;
    }
    code = argv[1];
    filename = '<string>';
    args = ['-c', ...argv.slice(2)];
  } else if (argv[0] === '-') {
    code = readFileSync(0, 'utf8');
    filename = '<stdin>';
    args = ['-', ...argv.slice(1)];
  } else if (argv[0].startsWith('-') && argv[0] !== '-') {
    writeAll(2, `Unknown option: ${argv[0]}\n` + USAGE);
    return 2;
  } else {
    filename = argv[0];
    try {
      code = readFileSync(filename, 'utf8');
    } catch (e: any) {
      writeAll(2, `ndpy: can't open file '${scriptPath(filename)}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    args = argv;
    // CPython 3.11 reports the main script by its absolute path (tracebacks, __file__); sys.path[0] is
    // its directory normalised
    scriptDir = dirname(resolve(filename));
    filename = scriptPath(filename);
  }
  if (interactive) {
    const opts: ReplOptions = { script: code === null ? null : { code, filename }, argv: args, scriptDir };
    if (workerThreads().isMainThread && isatty(0)) {
      runTerminalRepl(launcher, opts, { fs: nodeHost, debug });
      return null;
    }
    return runPipedRepl(opts, { fs: nodeHost, debug }, stdinLines());
  }
  code = code!;
  const interp = createInterpreter({
    stdout: (s) => writeAll(1, s),
    stderr: (s) => writeAll(2, s),
    argv: args,
    readLine: stdinLines(),
    fs: nodeHost,
    scriptDir,
    debug,
    kernelDebug,
    // a worker's process.stdout is not the terminal: the main thread says whether it is one
    lineBuffered: workerThreads().isMainThread ? isatty(1) : workerThreads().workerData?.stdoutIsTTY === true,
    interruptCell,
  });
  const r = interp.runScript(code, filename, { final: true });
  return r.error?.type === 'KeyboardInterrupt' ? 130 : r.exitCode;
}

/** Run the program in a worker and forward Ctrl-C to it through a shared cell. */
function runInWorker(): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  // a 60 MB stack, as bin/ndpy gives the main thread (deep recursion after sys.setrecursionlimit)
  const w = new (workerThreads().Worker)(launcher, { argv: process.argv.slice(2), workerData: { ndpyInterruptCell: cell, stdoutIsTTY: isatty(1) }, resourceLimits: { stackSizeMb: 60 } });
  process.on('SIGINT', () => {
    Atomics.store(cell, 0, 1);
    Atomics.notify(cell, 0);
  });
  w.on('error', (e) => {
    writeAll(2, `ndpy: ${e && (e as any).stack ? (e as any).stack : String(e)}\n`);
    process.exitCode = 1;
  });
  w.on('exit', (code) => {
    process.exitCode = code;
    process.exit(code);
  });
}

/**
 * Run the command line (process.argv) once; `dist` is the folder of dist/launch.cjs (started again in a
 * worker for Ctrl-C). The entry points call it as a microtask: see repl/main.ts.
 */
export function start(dist: string): void {
  launcher = join(dist, 'launch.cjs');
  // bin/ndpy starts node without NODE_EXTRA_CA_CERTS (it costs start-up time) and passes its value here
  const caCerts = process.env.NDPY_EXTRA_CA_CERTS;
  if (caCerts !== undefined) {
    process.env.NODE_EXTRA_CA_CERTS = caCerts;
    delete process.env.NDPY_EXTRA_CA_CERTS;
  }
  const argv = process.argv.slice(2);
  const { isMainThread, workerData } = workerThreads();
  if (!isMainThread && workerData?.ndpyRepl) return runReplWorker(workerData.ndpyRepl, { fs: nodeHost });
  const inWorker = !isMainThread && workerData?.ndpyInterruptCell instanceof Int32Array;
  const script = argv.length > 0 && argv[0] !== '-i';
  if (isMainThread && script && isatty(0) && !process.env.NDPY_NO_WORKER) runInWorker();
  else {
    const status = main(argv, inWorker ? workerData.ndpyInterruptCell : null);
    if (status !== null) process.exitCode = status;
  }
}
