#!/usr/bin/env node
// Benchmark runner (`npm run bench`): times bin/ndpy against CPython on the programs in test/bench/<section>/*.py.
//
// Every subfolder of test/bench that holds .py files is a section (loops, numpy, ...) reported in its own table.
// For each program, `bin/ndpy prog.py` and `python3 prog.py` run interleaved for N rounds; the wall time of each
// process is measured, their stdouts must be identical (MISMATCH otherwise), and the table shows the median times
// and the ratio python/ndpy (how many times faster ndpy is; > 1 means ndpy wins), with a geometric mean per
// section and overall.
//
// Options:
//   --rounds N        rounds per program and implementation (default 5)
//   --filter SUBSTR   only programs whose path relative to test/bench contains SUBSTR (repeatable)
//   --timeout SECS    kill a process after SECS seconds (default 300)
//   --python CMD      the CPython executable (default python3)
//   --ndpy PATH       the ndpy launcher (default bin/ndpy)
//
// A program may also time its own workload (excluding start-up and input generation) and report it as
// lines `#region-ms <milliseconds>` on stderr (summed per run); the "region" column is then the ratio of
// the two sides' median region times, measured the same way in both languages by the same Python code.
// python3 runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed from its environment.
//
// Without python3 the ndpy times are shown alone; a program importing numpy when CPython lacks numpy is run
// under ndpy only and marked "numpy not available". Exit status is 1 if any program failed or mismatched.
// Plain Node ESM, no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..', '..');

function parseArgs(argv) {
  const opts = { rounds: 5, filters: [], timeout: 300, python: 'python3', ndpy: join(ROOT, 'bin', 'ndpy') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) die(`missing value for ${flag}`);
      return v;
    };
    switch (flag) {
      case '--rounds': opts.rounds = Math.max(1, parseInt(value(), 10) || 0); break;
      case '--filter': opts.filters.push(value()); break;
      case '--timeout': opts.timeout = Number(value()); break;
      case '--python': opts.python = value(); break;
      case '--ndpy': opts.ndpy = resolve(value()); break;
      case '-h': case '--help':
        console.log('usage: node test/bench/run.mjs [--rounds N] [--filter SUBSTR] [--timeout SECS] [--python CMD] [--ndpy PATH]');
        process.exit(0);
      default: die(`unknown argument: ${arg}`);
    }
  }
  return opts;
}

function die(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

/** Sections: every directory under test/bench (recursively) with .py files, keyed by its relative path. */
function findSections(dir, out = new Map()) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const programs = entries.filter((e) => e.isFile() && e.name.endsWith('.py')).map((e) => join(dir, e.name));
  if (programs.length && dir !== BENCH_DIR) out.set(relative(BENCH_DIR, dir).split(sep).join('/'), programs);
  for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') findSections(join(dir, e.name), out);
  return out;
}

function probe(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30000 });
  return r.error || r.status !== 0 ? null : (r.stdout + r.stderr).trim();
}

/** How to launch ndpy: a node script is started with this very node (no reliance on the exec bit or PATH). */
function ndpyCommand(path) {
  if (!existsSync(path)) return null;
  // run the launcher itself, as a user does, so its shebang (node flags, CommonJS entry) applies;
  // plain .js/.mjs files are run with this node
  const isScript = /\.(m|c)?js$/.test(path);
  return isScript ? { cmd: process.execPath, pre: [path] } : { cmd: path, pre: [] };
}

/** python's environment: OpenBLAS tuning variables this machine may set are dropped for NumPy's run */
const pyEnv = { ...process.env };
delete pyEnv.OPENBLAS_CORETYPE;
delete pyEnv.OPENBLAS_L2_SIZE;

function runOnce(cmd, args, timeoutSecs, env = process.env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: timeoutSecs * 1000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let failure = null;
  if (r.error) failure = r.error.code === 'ETIMEDOUT' ? `timeout after ${timeoutSecs}s` : r.error.message;
  else if (r.signal) failure = `killed by ${r.signal}`;
  else if (r.status !== 0) {
    const lines = (r.stderr || '').split(/\r?\n/).filter((l) => l.trim());
    failure = `exit ${r.status}${lines.length ? ': ' + lines[lines.length - 1].trim() : ''}`;
  }
  const regions = [...(r.stderr ?? '').matchAll(/^#region-ms ([0-9.eE+-]+)\s*$/gm)].map((m) => Number(m[1]));
  return { ms, stdout: r.stdout ?? '', failure, region: regions.length ? regions.reduce((a, b) => a + b, 0) : undefined };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const geomean = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
const fmtMs = (ms) => (ms === undefined ? '-' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const fmtRatio = (r) => (r === undefined ? '-' : r >= 10 ? r.toFixed(1) + 'x' : r.toFixed(2) + 'x');
const usesNumpy = (src) => /^\s*(import\s+numpy\b|from\s+numpy\b)/m.test(src);

function firstDifference(a, b) {
  const al = a.split('\n');
  const bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return `line ${i + 1}: ndpy ${JSON.stringify(al[i] ?? '<missing>').slice(0, 80)} vs python ${JSON.stringify(bl[i] ?? '<missing>').slice(0, 80)}`;
  }
  return 'outputs differ';
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const sections = findSections(BENCH_DIR);

  const pyVersion = probe(opts.python, ['--version']);
  const hasNumpy = pyVersion !== null && probe(opts.python, ['-c', 'import numpy; print(numpy.__version__)']);
  const ndpy = ndpyCommand(opts.ndpy);

  console.log(`ndpy benchmarks: ${opts.rounds} round(s) each, wall time per process, median shown`);
  const shown = opts.ndpy.startsWith(ROOT + sep) ? relative(ROOT, opts.ndpy) : opts.ndpy;
  console.log(`  ndpy:   ${ndpy ? shown : `${shown} not found (build it first); showing python times only`}`);
  if (pyVersion) console.log(`  python: ${opts.python} (${pyVersion}${hasNumpy ? `, numpy ${hasNumpy}` : ', numpy not available'})`);
  else console.log(`  python: ${opts.python} not found; showing ndpy times only`);
  if (ndpy && pyVersion) console.log('  ratio = python ms / ndpy ms (how many times faster ndpy is)');
  if (!ndpy && !pyVersion) die('neither ndpy nor python is available');

  // start-up cost of each (an empty program), measured interleaved like the programs; the "compute"
  // column is the ratio with each side's start-up subtracted, i.e. how the program's own work compares
  let ndpyStart;
  let pyStart;
  if (ndpy && pyVersion) {
    const ns = [];
    const ps = [];
    for (let round = 0; round < Math.max(5, opts.rounds * 2); round++) {
      const a = runOnce(ndpy.cmd, [...ndpy.pre, '-c', 'pass'], opts.timeout);
      const b = runOnce(opts.python, ['-c', 'pass'], opts.timeout, pyEnv);
      if (!a.failure) ns.push(a.ms);
      if (!b.failure) ps.push(b.ms);
    }
    if (ns.length && ps.length) {
      ndpyStart = median(ns);
      pyStart = median(ps);
      console.log(`  start-up (empty program): ndpy ${fmtMs(ndpyStart)} ms, python ${fmtMs(pyStart)} ms`);
      console.log('  compute = (python ms - python start-up) / (ndpy ms - ndpy start-up)');
    }
  }

  const allRatios = [];
  let problems = 0;
  let ran = 0;
  let sectionsRan = 0;

  for (const [section, files] of sections) {
    const chosen = files.filter((f) => {
      const rel = relative(BENCH_DIR, f).split(sep).join('/');
      return !opts.filters.length || opts.filters.some((s) => rel.includes(s));
    });
    if (!chosen.length) continue;
    sectionsRan++;

    console.log(`\n== ${section} ==`);
    const nameWidth = Math.max(16, ...chosen.map((f) => f.slice(f.lastIndexOf(sep) + 1, -3).length));
    // columns: ndpy and python times when available, the ratio only when both are
    const showNdpy = !!ndpy;
    const showPy = pyVersion !== null;
    const showCompute = ndpyStart !== undefined;
    const showRegion = showNdpy && showPy && chosen.some((f) => /#region-ms/.test(readFileSync(f, 'utf8')));
    const row = (label, nMs, pMs, ratio, compute, region, status) =>
      [label.padEnd(nameWidth), showNdpy ? nMs.padStart(9) : null, showPy ? pMs.padStart(9) : null, showNdpy && showPy ? ratio.padStart(7) : null, showCompute ? compute.padStart(8) : null, showRegion ? region.padStart(18) : null, status]
        .filter((c) => c !== null).join('  ').trimEnd();
    const header = row('program', 'ndpy ms', 'python ms', 'ratio', 'compute', 'region ms (ratio)', 'status');
    console.log(header);
    console.log('-'.repeat(header.length + 10));
    const ratios = [];
    const computes = [];
    const regionRatios = [];

    for (const file of chosen) {
      ran++;
      const name = file.slice(file.lastIndexOf(sep) + 1, -3);
      const rel = relative(ROOT, file);
      const src = readFileSync(file, 'utf8');
      const runPython = pyVersion !== null && !(usesNumpy(src) && !hasNumpy);
      const notes = [];
      if (pyVersion !== null && !runPython) notes.push('numpy not available');

      const ndpyTimes = [];
      const pyTimes = [];
      const ndpyRegions = [];
      const pyRegions = [];
      let ndpyFailure = null;
      let pyFailure = null;
      let mismatch = null;
      for (let round = 0; round < opts.rounds; round++) {
        // interleave, alternating which one goes first so drift (thermal, caches) affects both alike
        const order = round % 2 === 0 ? ['ndpy', 'py'] : ['py', 'ndpy'];
        const outs = {};
        for (const who of order) {
          if (who === 'ndpy' && ndpy && !ndpyFailure) {
            const r = runOnce(ndpy.cmd, [...ndpy.pre, rel], opts.timeout);
            if (r.failure) ndpyFailure = r.failure;
            else { ndpyTimes.push(r.ms); outs.ndpy = r.stdout; if (r.region !== undefined) ndpyRegions.push(r.region); }
          } else if (who === 'py' && runPython && !pyFailure) {
            const r = runOnce(opts.python, [rel], opts.timeout, pyEnv);
            if (r.failure) pyFailure = r.failure;
            else { pyTimes.push(r.ms); outs.py = r.stdout; if (r.region !== undefined) pyRegions.push(r.region); }
          }
        }
        if (!mismatch && outs.ndpy !== undefined && outs.py !== undefined && outs.ndpy !== outs.py) mismatch = firstDifference(outs.ndpy, outs.py);
        if ((!ndpy || ndpyFailure) && (!runPython || pyFailure)) break;
      }

      const ndpyMs = ndpyTimes.length && !ndpyFailure ? median(ndpyTimes) : undefined;
      const pyMs = pyTimes.length && !pyFailure ? median(pyTimes) : undefined;
      let ratio;
      let compute;
      if (ndpyFailure) notes.push(`ndpy FAILED (${ndpyFailure})`);
      if (pyFailure) notes.push(`python FAILED (${pyFailure})`);
      if (mismatch) notes.push(`MISMATCH ${mismatch}`);
      if (ndpyFailure || mismatch) problems++;
      if (ndpyMs !== undefined && pyMs !== undefined && !mismatch) {
        ratio = pyMs / ndpyMs;
        ratios.push(ratio);
        allRatios.push(ratio);
        if (ndpyStart !== undefined && ndpyMs > ndpyStart && pyMs > pyStart) {
          compute = (pyMs - pyStart) / (ndpyMs - ndpyStart);
          computes.push(compute);
        }
      }
      let region = '-';
      if (ratio !== undefined && ndpyRegions.length === ndpyTimes.length && pyRegions.length === pyTimes.length && ndpyRegions.length) {
        const nr = median(ndpyRegions), pr = median(pyRegions);
        regionRatios.push(pr / nr);
        region = `${fmtMs(nr)}/${fmtMs(pr)} (${fmtRatio(pr / nr)})`;
      }
      if (!notes.length) notes.push(ndpyMs !== undefined && pyMs !== undefined ? 'ok' : '');
      console.log(row(name, fmtMs(ndpyMs), fmtMs(pyMs), fmtRatio(ratio), fmtRatio(compute), region, notes.join('; ')));
    }
    if (ratios.length) console.log(row('geometric mean', '', '', fmtRatio(geomean(ratios)), computes.length ? fmtRatio(geomean(computes)) : '', regionRatios.length ? fmtRatio(geomean(regionRatios)) : '', `(${ratios.length} program${ratios.length === 1 ? '' : 's'})`));
  }

  if (!ran) {
    console.log(`\nno benchmark programs matched${opts.filters.length ? ' the filter ' + opts.filters.map((f) => JSON.stringify(f)).join(', ') : ''}`);
    process.exit(1);
  }
  if (allRatios.length && sectionsRan > 1) console.log(`\noverall geometric mean: ${fmtRatio(geomean(allRatios))} over ${allRatios.length} program(s)`);
  if (problems) console.log(`\n${problems} program(s) failed or mismatched`);
  process.exit(problems ? 1 : 0);
}

main();
