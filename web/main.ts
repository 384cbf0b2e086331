/**
 * The web console page: an xterm.js terminal in front of the interpreter's Web Worker (worker.ts), with
 * the terminal REPL's behaviour — `>>>`/`...` prompts, echo, tracebacks, Tab completion, history (kept in
 * localStorage) — plus a Stop button, example snippets, and upload/download for the worker's in-memory
 * files. Line editing is web/lineEditor.ts.
 *
 * Stopping code: on a cross-origin-isolated page (`npm run web` sends COOP/COEP) Ctrl-C and Stop set a
 * shared interrupt cell and the code gets KeyboardInterrupt with its variables intact; elsewhere the
 * worker is terminated and a fresh one started, and the terminal says that the state was reset.
 * `window.ndpyConsole` exposes the ready time and the terminal text for the end-to-end test.
 */
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { WebLinksAddon } from '@xterm/addon-web-links';
import '@xterm/xterm/css/xterm.css';
import { LineEditor } from './lineEditor';
import { EXAMPLES } from './examples';

const HISTORY_KEY = 'ndpy-history';
const isolated = typeof SharedArrayBuffer === 'function' && (globalThis as any).crossOriginIsolated === true;

const term = new Terminal({
  cursorBlink: true,
  convertEol: false,
  fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
  fontSize: 15,
  theme: { background: '#1e1e2e', foreground: '#e4e4ef' },
  scrollback: 5000,
});
const fit = new FitAddon();
term.loadAddon(fit);
term.loadAddon(new WebLinksAddon());
term.open(document.getElementById('terminal')!);
fit.fit();
window.addEventListener('resize', () => fit.fit());

const out = (s: string) => term.write(s.replace(/\r?\n/g, '\r\n'));

function loadHistory(): string[] {
  try {
    const h = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(h) ? h.filter((x) => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

let worker: Worker;
let cell: Int32Array | null = null;
let inputCtl: Int32Array | null = null;
let inputData: Uint8Array | null = null;
let busy = false;
let awaitingInput = false;
let typedAhead = '';
let readyAt = -1;
let nextId = 0;
const pending = new Map<number, (c: { start: number; items: string[] }) => void>();
const stopButton = document.getElementById('stop') as HTMLButtonElement;

const editor = new LineEditor(
  {
    write: (d) => term.write(d),
    submit: (line) => {
      try {
        localStorage.setItem(HISTORY_KEY, JSON.stringify(editor.history.slice(-1000)));
      } catch {
        // storage full or disabled: history stays for this page only
      }
      if (awaitingInput) return giveInput(line);
      setBusy(true);
      worker.postMessage({ t: 'push', line });
    },
    interrupt: () => {
      if (awaitingInput) return interruptRun();
      out('KeyboardInterrupt\n');
      setBusy(true);
      worker.postMessage({ t: 'reset' });
    },
    eof: () => {
      if (awaitingInput) return giveInput(null);
      out('\n(the console stays open: reload the page to start over)\n');
      editor.start('>>> ');
    },
    complete: (before) =>
      new Promise((resolve) => {
        if (busy) return resolve({ start: before.length, items: [] });
        const id = nextId++;
        pending.set(id, resolve);
        worker.postMessage({ t: 'complete', id, text: before });
      }),
  },
  loadHistory(),
);

function setBusy(on: boolean): void {
  busy = on;
  stopButton.disabled = !on;
}

function giveInput(line: string | null): void {
  awaitingInput = false;
  if (!inputCtl || !inputData) return;
  const bytes = new TextEncoder().encode(line ?? '').subarray(0, inputData.length);
  inputData.set(bytes);
  Atomics.store(inputCtl, 1, bytes.length);
  Atomics.store(inputCtl, 0, line === null ? 2 : 1);
  Atomics.notify(inputCtl, 0);
}

function startWorker(): void {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  if (isolated) {
    cell = new Int32Array(new SharedArrayBuffer(4));
    inputCtl = new Int32Array(new SharedArrayBuffer(8));
    inputData = new Uint8Array(new SharedArrayBuffer(1 << 16));
  }
  worker.onmessage = (ev) => onMessage(ev.data);
  worker.postMessage({ t: 'init', cell, inputCtl, inputData });
  setBusy(true);
}

function onMessage(m: any): void {
  switch (m.t) {
    case 'out':
    case 'err':
      out(m.s);
      break;
    case 'done': {
      setBusy(false);
      if (readyAt < 0) readyAt = performance.now();
      editor.start(m.prompt);
      const rest = typedAhead;
      typedAhead = '';
      if (rest) typedAhead = editor.feed(rest);
      break;
    }
    case 'completions':
      pending.get(m.id)?.({ start: m.start, items: m.items });
      pending.delete(m.id);
      break;
    case 'input':
      awaitingInput = true;
      editor.start('');
      break;
    case 'files':
      showFiles(m.files);
      break;
    case 'file': {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([m.data]));
      a.download = m.path.split('/').pop();
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      break;
    }
  }
}

function interruptRun(): void {
  if (!busy && !awaitingInput) return;
  if (cell) {
    Atomics.store(cell, 0, 1);
    if (awaitingInput) giveInput('');
    return;
  }
  worker.terminate();
  awaitingInput = false;
  out('\nKeyboardInterrupt\nThe interpreter was restarted to stop the computation: all variables were reset.\n');
  startWorker();
}

term.onData((data) => {
  if (editor.reading) {
    typedAhead = editor.feed(data);
    return;
  }
  if (data.includes('\x03')) return interruptRun();
  typedAhead += data;
});
stopButton.addEventListener('click', () => {
  interruptRun();
  term.focus();
});

// examples: clicking one types it into the console
const examples = document.getElementById('examples')!;
for (const ex of EXAMPLES) {
  const b = document.createElement('button');
  b.textContent = ex.title;
  b.addEventListener('click', () => {
    const text = ex.code.endsWith('\n') ? ex.code : ex.code + '\n';
    if (editor.reading) typedAhead = editor.feed(text);
    else typedAhead += text;
    term.focus();
  });
  examples.appendChild(b);
}

// files: upload into the worker's working directory, download from it
const upload = document.getElementById('upload') as HTMLInputElement;
upload.addEventListener('change', async () => {
  for (const f of Array.from(upload.files ?? [])) worker.postMessage({ t: 'upload', name: f.name, data: await f.arrayBuffer() });
  upload.value = '';
  term.focus();
});
document.getElementById('refresh')!.addEventListener('click', () => {
  worker.postMessage({ t: 'files' });
  term.focus();
});
function showFiles(files: { path: string; size: number }[]): void {
  const list = document.getElementById('files')!;
  list.textContent = '';
  for (const f of files) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '#';
    a.textContent = `${f.path} (${f.size} bytes)`;
    a.addEventListener('click', (e) => {
      e.preventDefault();
      worker.postMessage({ t: 'download', path: f.path });
    });
    li.appendChild(a);
    list.appendChild(li);
  }
  if (!files.length) list.textContent = 'no files yet';
}

(window as any).ndpyConsole = {
  isolated,
  get readyMs() {
    return readyAt;
  },
  text(): string {
    const buf = term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buf.length; i++) lines.push(buf.getLine(i)?.translateToString(true) ?? '');
    return lines.join('\n').replace(/\n+$/, '');
  },
};

out(`ndpy — NumPy-flavoured Python in your browser${isolated ? '' : ' (Stop restarts the interpreter on this page)'}\nType Python; try the examples above. help(np.linspace) describes a function.\n`);
startWorker();
term.focus();
