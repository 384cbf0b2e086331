// `npm run bench:embed`: the cost of the embedding round trip the issue asks about — a 1M-element
// Float64Array handed to Python from JS, then `py.run('x.sum()')` — against the bare sum in a JS loop.
// Medians of 31 repetitions after warm-up. Run after `npm install` (it uses the built dist/index.js).
import { createInterpreter } from '../../dist/index.js';

const N = 1_000_000;
const data = new Float64Array(N).map((_, i) => (i % 1000) * 0.5);
const py = createInterpreter();

function median(f, reps = 31) {
  const times = [];
  for (let i = 0; i < 5; i++) f();
  for (let i = 0; i < reps; i++) {
    const t = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[reps >> 1];
}

let check = 0;
const tSet = median(() => py.globals.set('x', py.array(data)));
py.globals.set('x', py.array(data));
const tRun = median(() => (check = py.run('x.sum()')));
const tBoth = median(() => {
  py.globals.set('x', py.array(data));
  check = py.run('x.sum()');
});
const tEmpty = median(() => py.run('None'));
const tJs = median(() => {
  let s = 0;
  for (let i = 0; i < N; i++) s += data[i];
  check = s;
});
console.log(`1M float64: set from JS (copy into the array heap) ${tSet.toFixed(2)} ms`);
console.log(`py.run('x.sum()') round trip ${tRun.toFixed(2)} ms (of which an empty py.run('None') is ${tEmpty.toFixed(3)} ms)`);
console.log(`set + run ${tBoth.toFixed(2)} ms; a plain JS loop summing the Float64Array: ${tJs.toFixed(2)} ms; sum = ${check}`);
