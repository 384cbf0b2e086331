// Embedding ndpy in a Node program: `node docs/examples/node.mjs` (after `npm install` in the repo;
// an app that depends on the package writes `from 'ndpy'` instead of the relative path).
import { createInterpreter, PythonError } from '../../dist/index.js';

const py = createInterpreter({
  stdout: (text) => process.stdout.write(text),
  timeMs: 2000, // a runaway script ends with TimeoutError after 2 s
  maxArrayBytes: 256 << 20, // and cannot hold more than 256 MB of arrays
});

// hand Python a typed array (copied into the array heap) and a host function
const prices = new Float64Array([101.5, 99.25, 102.75, 104.0, 98.5]);
py.globals.set('prices', py.array(prices));
py.registerModule('host', { log: (msg) => console.log(`[host] ${msg}`) });

// the value of the last expression comes back as JS
const summary = py.run(`
import numpy as np
import host
returns = np.diff(prices) / prices[:-1]
host.log(f"{len(returns)} returns, worst {returns.min():.2%}")
{"mean": float(returns.mean()), "up_days": int((returns > 0).sum())}
`);
console.log(summary); // { mean: ..., up_days: 2 }

// arrays come back as NDArrayRef; toTypedArray gives their data without copying when it can
const scaled = py.run('prices * 2');
const { data, copied } = py.toTypedArray(scaled);
console.log(scaled.shape, Array.from(data), copied ? 'copied' : 'zero-copy view');

// Python exceptions arrive as PythonError, with CPython's traceback text
try {
  py.run('prices[10]');
} catch (e) {
  if (!(e instanceof PythonError)) throw e;
  console.log(`${e.type}: ${e.message}`);
}
