// Embedding ndpy in a web page: bundle this file (see docs/embedding.md) and open index.html. The
// interpreter runs on the page's thread here for brevity; a real app runs long scripts in a Web Worker
// (web/worker.ts shows how) so the page never freezes.
import { createInterpreter, PythonError } from '../../../dist/index.js';

const out = document.getElementById('out');
const py = createInterpreter({ stdout: (text) => (out.textContent += text), timeMs: 1000 });

document.getElementById('run').addEventListener('click', () => {
  out.textContent = '';
  py.globals.set('n', Number(document.getElementById('n').value));
  try {
    const total = py.run(document.getElementById('code').value);
    out.textContent += `\n→ ${JSON.stringify(total)}`;
  } catch (e) {
    out.textContent += e instanceof PythonError ? e.formatted : String(e);
  }
});
