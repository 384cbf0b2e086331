#!/usr/bin/env node
// Transcendental ufunc benchmark: times np.exp, np.sin and np.log (and whatever --ops names) on 10**7 float64
// under bin/ndpy and under python3 + NumPy, inside each process (time.perf_counter around the call and one
// element read, so start-up, parsing and array creation are excluded).
//
// Each round starts one ndpy and one python3 process, alternating which goes first; a process times every op
// --reps times and reports its best. The table shows, per op, the median over rounds of those per-process
// bests, in ns per element, and ndpy/NumPy (how many times slower ndpy is).
//
//   node test/bench/ufuncs.mjs [--rounds N] [--reps N] [--n N] [--ops exp,sin,log] [--python CMD] [--ndpy PATH]
//
// Plain Node ESM, no dependencies. Arguments: exp and sin over linspace(-5, 5), log over linspace(0.01, 100),
// arcsin/arccos/arctanh over linspace(-0.99, 0.99), arccosh over linspace(1, 100); anything else over
// linspace(-5, 5).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const opts = { rounds: 5, reps: 3, n: 10 ** 7, ops: ['exp', 'sin', 'log'], python: 'python3', ndpy: join(ROOT, 'bin', 'ndpy') };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const v = argv[++i];
  switch (argv[i - 1]) {
    case '--rounds': opts.rounds = Number(v); break;
    case '--reps': opts.reps = Number(v); break;
    case '--n': opts.n = Number(v); break;
    case '--ops': opts.ops = v.split(','); break;
    case '--python': opts.python = v; break;
    case '--ndpy': opts.ndpy = resolve(v); break;
    default:
      console.error(`usage: node test/bench/ufuncs.mjs [--rounds N] [--reps N] [--n N] [--ops a,b] [--python CMD] [--ndpy PATH]`);
      process.exit(2);
  }
}

const domain = (op) =>
  ({ log: [0.01, 100], log2: [0.01, 100], log10: [0.01, 100], log1p: [0, 100], sqrt: [0, 100], arcsin: [-0.99, 0.99],
     arccos: [-0.99, 0.99], arctanh: [-0.99, 0.99], arccosh: [1, 100] })[op] ?? [-5, 5];

/** the timed program: one line per op, "op best_seconds" */
function program() {
  const lines = ['import numpy as np', 'import time', `n = ${opts.n}`];
  for (const op of opts.ops) {
    const [lo, hi] = domain(op);
    lines.push(
      `a = np.linspace(${lo}, ${hi}, n)`,
      'best = 1e9',
      `for i in range(${opts.reps}):`,
      '    t = time.perf_counter()',
      `    r = np.${op}(a)`,
      '    v = float(r[n // 2])',
      '    best = min(best, time.perf_counter() - t)',
      `print("${op}", best)`,
      'r = None',
    );
  }
  return lines.join('\n') + '\n';
}

function run(cmd, file) {
  const [exe, ...pre] = cmd.split(' ');
  const p = spawnSync(exe, [...pre, file], { encoding: 'utf8', timeout: 600_000 });
  if (p.status !== 0) throw new Error(`${cmd} failed: ${p.stderr || p.error}`);
  return Object.fromEntries(p.stdout.trim().split('\n').map((l) => l.split(' ')).map(([op, s]) => [op, Number(s)]));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'ndpy-ufunc-bench-'));
try {
  const file = join(dir, 'ufuncs.py');
  writeFileSync(file, program());
  const times = { ndpy: [], numpy: [] };
  for (let r = 0; r < opts.rounds; r++) {
    const order = r % 2 ? ['numpy', 'ndpy'] : ['ndpy', 'numpy'];
    for (const who of order) times[who].push(run(who === 'ndpy' ? opts.ndpy : opts.python, file));
  }
  const ns = (who, op) => (median(times[who].map((t) => t[op])) / opts.n) * 1e9;
  console.log(`${opts.n} float64, median of ${opts.rounds} processes (best of ${opts.reps} calls each), ns/element`);
  console.log('op        ndpy     NumPy   ndpy/NumPy');
  for (const op of opts.ops) {
    const a = ns('ndpy', op), b = ns('numpy', op);
    console.log(`${op.padEnd(8)} ${a.toFixed(2).padStart(7)} ${b.toFixed(2).padStart(8)} ${(a / b).toFixed(1).padStart(10)}x`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
