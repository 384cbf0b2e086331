/**
 * The terminal REPL of `ndpy` (no arguments, or `-i script.py`): Node's readline gives line editing,
 * history and Tab completion on the main thread, and the interpreter runs in a worker thread driving a
 * host-neutral Session (src/session.ts). Splitting them is what makes Ctrl-C work: while Python code runs,
 * the main thread still reads keys, so Ctrl-C stores to a shared interrupt cell that the running code
 * polls (KeyboardInterrupt, state kept); at the prompt Ctrl-C drops the typed line, as CPython does.
 *
 * Messages, main → worker: push (a line), reset, complete; worker → main: ready, done (next prompt and
 * exit status), completions, input (Python's input() wants a line: the worker blocks on a shared buffer
 * until the main thread has read one). History lives in ~/.ndpy_history, oldest line first.
 *
 * Without a terminal (`ndpy -i < file`) the session runs on the main thread over the piped lines and
 * writes prompts to stderr, like `python3 -i`.
 */
import { readFileSync, writeFileSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { workerThreads } from './workerThreads';
import { createSession, type InterpreterOptions } from '../src/index';

export interface ReplOptions {
  /** run this file first (`ndpy -i script.py`), in the session's namespace */
  script: { code: string; filename: string } | null;
  argv: string[];
  scriptDir: string | null;
}

const VERSION = '0.1.0';
const HISTORY_SIZE = 1000;
const INPUT_BYTES = 1 << 16;

export function banner(): string {
  return `ndpy ${VERSION} (Python 3.11 language, NumPy 2.4 API) on node ${process.version}\nType help(object) for help, exit() or Ctrl-D to leave.\n`;
}

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  for (let off = 0; off < buf.length; ) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e: any) {
      if (e.code !== 'EAGAIN') throw e;
    }
  }
}

const historyFile = () => join(homedir(), '.ndpy_history');

function loadHistory(): string[] {
  try {
    const lines = readFileSync(historyFile(), 'utf8').split('\n').filter((l) => l !== '');
    return lines.slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

function saveHistory(newestFirst: readonly string[]): void {
  try {
    writeFileSync(historyFile(), [...newestFirst].reverse().join('\n') + '\n');
  } catch {
    // an unwritable home directory only costs the history
  }
}

/** Main thread, stdin a terminal: readline in front, the interpreter in `worker`. */
export function runTerminalRepl(workerFile: string, opts: ReplOptions, sessionOptions: Partial<InterpreterOptions>): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const inputCtl = new Int32Array(new SharedArrayBuffer(8));
  const inputData = new Uint8Array(new SharedArrayBuffer(INPUT_BYTES));
  const worker = new (workerThreads().Worker)(workerFile, {
    argv: [],
    workerData: { ndpyRepl: { cell, inputCtl, inputData, opts, debug: sessionOptions.debug ?? false } },
  });
  let busy = true; // until the worker says it is ready (and while it runs the -i script)
  let awaitingInput = false;
  const queued: string[] = [];
  const pending = new Map<number, (r: [string[], string]) => void>();
  let nextId = 0;

  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    history: loadHistory(),
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: false,
    prompt: '>>> ',
    completer: (text: string, done: (err: null, r: [string[], string]) => void) => {
      if (busy) return done(null, [[], text]);
      const id = nextId++;
      pending.set(id, (r) => done(null, r));
      worker.postMessage({ t: 'complete', id, text });
    },
  });
  rl.on('history', (h: string[]) => saveHistory(h));

  const giveInput = (line: string | null) => {
    const bytes = Buffer.from(line ?? '', 'utf8').subarray(0, INPUT_BYTES);
    inputData.set(bytes);
    Atomics.store(inputCtl, 1, bytes.length);
    Atomics.store(inputCtl, 0, line === null ? 2 : 1);
    Atomics.notify(inputCtl, 0);
    awaitingInput = false;
  };
  const send = (line: string) => {
    busy = true;
    worker.postMessage({ t: 'push', line });
  };

  rl.on('line', (line) => {
    if (awaitingInput) giveInput(line);
    else if (busy) queued.push(line);
    else send(line);
  });
  rl.on('SIGINT', () => {
    if (busy) {
      queued.length = 0;
      Atomics.store(cell, 0, 1);
      Atomics.notify(cell, 0);
      if (awaitingInput) giveInput('');
      return;
    }
    // at the prompt: drop the line and any statement being typed
    rl.write(null, { ctrl: true, name: 'e' });
    rl.write(null, { ctrl: true, name: 'u' });
    writeAll(1, '\nKeyboardInterrupt\n');
    worker.postMessage({ t: 'reset' });
    rl.setPrompt('>>> ');
    rl.prompt();
  });
  rl.on('close', () => {
    // Ctrl-D on an empty line (or the end of input)
    if (awaitingInput) return giveInput(null);
    writeAll(1, '\n');
    process.exit(0);
  });

  worker.on('message', (m: any) => {
    switch (m.t) {
      case 'ready':
      case 'done':
        if (m.exit !== null && m.exit !== undefined) {
          rl.removeAllListeners('close');
          rl.close();
          process.exit(m.exit);
        }
        busy = false;
        rl.setPrompt(m.prompt);
        // lines typed ahead while code ran are already on the screen (readline echoed them)
        if (queued.length) send(queued.shift()!);
        else rl.prompt();
        break;
      case 'completions': {
        const cb = pending.get(m.id);
        pending.delete(m.id);
        cb?.([m.items, m.word]);
        break;
      }
      case 'input':
        awaitingInput = true;
        if (queued.length) giveInput(queued.shift()!);
        break;
    }
  });
  worker.on('error', (e) => {
    writeAll(2, `ndpy: internal error: ${(e as any)?.stack ?? String(e)}\n`);
    process.exit(1);
  });
  worker.on('exit', (code) => process.exit(code));
}

/** Worker side of the terminal REPL: one session, commands from the main thread. */
export function runReplWorker(data: any, sessionOptions: Partial<InterpreterOptions>): void {
  const { cell, inputCtl, inputData, opts, debug } = data as {
    cell: Int32Array; inputCtl: Int32Array; inputData: Uint8Array; opts: ReplOptions; debug: boolean;
  };
  const port = workerThreads().parentPort!;
  const readLine = (): string | null => {
    Atomics.store(inputCtl, 0, 0);
    port.postMessage({ t: 'input' });
    Atomics.wait(inputCtl, 0, 0);
    if (Atomics.load(inputCtl, 0) === 2) return null;
    return Buffer.from(inputData.subarray(0, Atomics.load(inputCtl, 1))).toString('utf8');
  };
  const { session, interpreter } = createSession({
    ...sessionOptions,
    stdout: (s) => writeAll(1, s),
    stderr: (s) => writeAll(2, s),
    argv: opts.argv,
    readLine,
    scriptDir: opts.scriptDir,
    lineBuffered: true,
    interruptCell: cell,
    debug,
  });
  let exit: number | null = null;
  if (opts.script) {
    const r = interpreter.runScript(opts.script.code, opts.script.filename);
    if (r.exited) exit = r.exitCode;
  } else writeAll(1, banner());
  port.postMessage({ t: 'ready', prompt: session.prompt, exit });
  port.on('message', (m: any) => {
    switch (m.t) {
      case 'push':
        Atomics.store(cell, 0, 0);
        session.push(m.line);
        port.postMessage({ t: 'done', prompt: session.prompt, exit: session.exitStatus });
        break;
      case 'reset':
        session.reset();
        break;
      case 'complete': {
        const c = session.complete(m.text);
        port.postMessage({ t: 'completions', id: m.id, items: c.items, word: m.text.slice(c.start) });
        break;
      }
    }
  });
}

/** `ndpy -i` with stdin not a terminal: the session over the piped lines, prompts on stderr. */
export function runPipedRepl(opts: ReplOptions, sessionOptions: Partial<InterpreterOptions>, lines: () => string | null): number {
  const { session, interpreter } = createSession({
    ...sessionOptions,
    stdout: (s) => writeAll(1, s),
    stderr: (s) => writeAll(2, s),
    argv: opts.argv,
    readLine: lines,
    scriptDir: opts.scriptDir,
  });
  if (opts.script) {
    const r = interpreter.runScript(opts.script.code, opts.script.filename);
    if (r.exited) return r.exitCode;
  } else writeAll(2, banner());
  for (;;) {
    writeAll(2, session.prompt);
    const line = lines();
    if (line === null) {
      writeAll(2, '\n');
      return 0;
    }
    session.push(line.replace(/\r?\n$/, ''));
    if (session.exitStatus !== null) return session.exitStatus;
  }
}
