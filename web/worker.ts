/**
 * The web console's Web Worker: one interactive Session (src/session.ts) over an in-memory file system,
 * so a long computation never freezes the page. The page sends lines, completion requests and files;
 * the worker sends back output as it is printed, the next prompt, completions and files.
 *
 * Interrupts: when the page is cross-origin isolated it shares an Int32Array cell that the running
 * code polls (Ctrl-C raises KeyboardInterrupt and keeps every variable); otherwise the page can only
 * terminate this worker and start a new one. input() works in the isolated case too: the worker blocks on
 * a shared buffer until the page has read a line; without isolation it raises EOFError.
 */
import { createSession, createMemoryFS } from '../src/index';

interface Init {
  t: 'init';
  cell: Int32Array | null;
  inputCtl: Int32Array | null;
  inputData: Uint8Array | null;
}

const post = (m: unknown, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);
const fs = createMemoryFS();
let session: ReturnType<typeof createSession>['session'] | null = null;
let interruptCell: Int32Array | null = null;

function start(init: Init): void {
  const { cell, inputCtl, inputData } = init;
  interruptCell = cell;
  const readLine = (): string | null => {
    if (!inputCtl || !inputData) return null;
    Atomics.store(inputCtl, 0, 0);
    post({ t: 'input' });
    Atomics.wait(inputCtl, 0, 0);
    if (Atomics.load(inputCtl, 0) === 2) return null;
    return new TextDecoder().decode(inputData.slice(0, Atomics.load(inputCtl, 1)));
  };
  const created = createSession({
    stdout: (s) => post({ t: 'out', s }),
    stderr: (s) => post({ t: 'err', s }),
    fs,
    readLine,
    lineBuffered: true,
    interruptCell: cell,
  });
  session = created.session;
  post({ t: 'done', prompt: session.prompt });
}

self.onmessage = (ev: MessageEvent) => {
  const m = ev.data;
  switch (m.t) {
    case 'init':
      return start(m as Init);
    case 'push':
      if (interruptCell) Atomics.store(interruptCell, 0, 0);
      session!.push(m.line);
      return post({ t: 'done', prompt: session!.prompt });
    case 'reset':
      session!.reset();
      return post({ t: 'done', prompt: session!.prompt });
    case 'complete': {
      const c = session!.complete(m.text);
      return post({ t: 'completions', id: m.id, start: c.start, items: c.items });
    }
    case 'upload':
      fs.writeFile(`${fs.cwd()}/${m.name}`, new Uint8Array(m.data), false);
      return post({ t: 'files', files: fs.files() });
    case 'files':
      return post({ t: 'files', files: fs.files() });
    case 'download': {
      const data = fs.readFile(m.path);
      return post({ t: 'file', path: m.path, data: data.buffer }, [data.buffer as ArrayBuffer]);
    }
  }
};
