// Build: bundle the interpreter and the command line into dist/ with esbuild, plus their start-up caches.
// Runs on `npm install` / `npm ci` through the `prepare` script, so a fresh clone is runnable at once.
// Type declarations for the package entry (dist/types) come from `tsc -p tsconfig.types.json`, run last.
//
//   dist/index.js           the library (src/index.ts), ESM: the package entry
//   dist/cli.cjs            the command line (repl/cli.ts), CommonJS; first line `//ndpy-build <content hash>`
//   dist/launch.cjs         the loader bin/ndpy starts (repl/launch.ts): runs dist/cli.cjs with a code cache
//   dist/cli.cjs.*.cache    V8 code caches for dist/cli.cjs, one per set of node flags, saved by warm-up runs
//                           of scripts/warmup.py
//   dist/cli.js             the command line as an ES module, as before (`node dist/cli.js …`; no code cache)
//   dist/snapshot.cjs       the snapshot entry (repl/snapshot.ts)
//   dist/stdlib/            the Python-written stdlib modules, their precompiled JS (*.compiled, made with the
//                           snapshot) and V8 code caches of that JS (*.v8cache, made by bin/ndpy)
//   dist/ndpy.blob          V8 start-up snapshot of the command line, made by `node --build-snapshot
//                           dist/snapshot.cjs` with this Node.js; dist/ndpy.blob.node names that node binary
//                           and carries its modification time, so bin/ndpy uses the blob only with that binary
//
// The bundles carry the parser's grammar analysis (grammar/parser.ts `exportGrammarCache`, injected as
// `__NDPY_GRAMMAR_CACHE__`), which saves ~25 ms of Chevrotain self-analysis per process. The caches are
// optional: if making one fails the build warns and goes on, and everything still runs, only slower.
import { build } from 'esbuild';
import { grammarCache } from './grammarCache.mjs';
import { stdlibPlugin, writeStdlib } from './stdlibFiles.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning' };
const warn = (msg) => console.warn(`build: ${msg}`);

/**
 * A bundle's text with the non-ASCII characters of its comments written as \uXXXX. esbuild escapes them
 * in code (charset 'ascii') but copies the comments it keeps (doc comments of class members: '→', '—')
 * as they are, and one such character makes V8 hold the whole source as a two-byte string: the 3.7 MB
 * bundle took 7.4 MB of the start-up snapshot's heap, and reading it through dist/launch.cjs decodes
 * it as UTF-16 too. Lines that are not plainly comments are left alone (with a warning: only memory).
 */
function asciiComments(text, file) {
  const out = text.replace(/^.*[^\x00-\x7f].*$/gm, (line) =>
    /^\s*(\/\*|\*|\/\/)/.test(line) ? line.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : line,
  );
  const left = /^.*[^\x00-\x7f].*$/m.exec(out);
  if (left) warn(`${file}: non-ASCII text outside a comment, so V8 keeps the bundle as a two-byte string: ${left[0].trim().slice(0, 100)}`);
  return out;
}

/** the node flags bin/ndpy starts node with (its `flags=` line): V8 only takes a code cache or a snapshot made under the same flags */
function launcherFlags() {
  const line = readFileSync('bin/ndpy', 'utf8').split('\n').find((l) => l.startsWith('flags='));
  // the value may be quoted to hold several flags: flags="--a --b"
  return line ? line.slice('flags='.length).trim().replace(/^"(.*)"$/, '$1').split(/\s+/).filter(Boolean) : [];
}

/**
 * Make dist/ndpy.blob under the node flags bin/ndpy passes (a snapshot is only taken by a node started with
 * the same V8 flags), then dist/ndpy.blob.node: the absolute path of this node binary, with the binary's
 * modification time given to the file, which bin/ndpy compares with the `node` it is about to start.
 * Without them bin/ndpy starts through dist/launch.cjs, only slower.
 */
async function startupSnapshot(flags) {
  for (const f of ['dist/ndpy.blob', 'dist/ndpy.blob.node']) rmSync(f, { force: true });
  const ok = await new Promise((done) => {
    const child = spawn(process.execPath, [...flags, '--snapshot-blob', 'dist/ndpy.blob', '--build-snapshot', 'dist/snapshot.cjs'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 60_000,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', (e) => done(warn(`no start-up snapshot: ${e.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) return done(true);
      done(warn(`no start-up snapshot (node --build-snapshot: ${code ?? signal}): ${stderr.trim().slice(0, 2000)}`));
    });
  });
  if (!ok) return;
  writeFileSync('dist/ndpy.blob.node', `${realpathSync(process.execPath)}\n`);
  // the exact (nanosecond) modification time, which utimes cannot set: coreutils' touch -r
  const touch = spawnSync('touch', ['-r', process.execPath, 'dist/ndpy.blob.node']);
  if (touch.status !== 0) {
    rmSync('dist/ndpy.blob.node', { force: true });
    warn('no start-up snapshot: touch -r failed');
  }
}

/**
 * V8 code caches of the stdlib modules the snapshot precompiled (dist/stdlib/*.v8cache, repl/snapshot.ts
 * useCodeCaches): written by bin/ndpy itself, so under the node and flags that will read them.
 */
function stdlibCodeCaches() {
  if (!existsSync('dist/ndpy.blob.node')) return;
  const run = spawnSync('sh', ['bin/ndpy', '-c', 'pass'], { env: { ...process.env, NDPY_WRITE_CODE_CACHE: 'stdlib' }, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) warn(`no code caches for the stdlib modules (bin/ndpy: ${run.status ?? run.signal}): ${(run.stderr ?? '').trim().slice(0, 2000)}`);
}

/** run the warm-up program through dist/launch.cjs under `flags` and let it save its code cache */
function codeCache(flags) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...flags, 'dist/launch.cjs', 'scripts/warmup.py'], {
      env: { ...process.env, NDPY_WRITE_CODE_CACHE: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 60_000,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const fail = (why) => {
      warn(`the warm-up run for the code cache (node ${flags.join(' ') || 'without flags'}) failed, so the cache may be missing or cover less: ${why}`);
      done();
    };
    child.on('error', (e) => fail(e.message));
    child.on('close', (code, signal) => (code === 0 ? done() : fail(`${code ?? signal}: ${stderr.trim().slice(0, 2000)}`)));
  });
}

mkdirSync('dist', { recursive: true });
for (const f of readdirSync('dist')) if (/^cli\.cjs\.(.*\.)?(cache|tmp)$/.test(f)) rmSync(join('dist', f), { force: true });
const grammar = await grammarCache();
const define = grammar ? { __NDPY_GRAMMAR_CACHE__: JSON.stringify(grammar) } : {};

// dist/cli.cjs and the snapshot read the Python-written stdlib modules from dist/stdlib/ (scripts/stdlibFiles.mjs)
const stdlib = new Map();
await Promise.all([
  build({ ...common, format: 'esm', define, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' }),
  build({ ...common, format: 'esm', define, entryPoints: ['repl/main.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, format: 'cjs', define, plugins: [stdlibPlugin(stdlib, '__dirname')], entryPoints: ['repl/main.ts'], outfile: 'dist/cli.cjs', write: false }).then((cli) => {
    const text = asciiComments(cli.outputFiles[0].text, 'dist/cli.cjs');
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 32);
    writeFileSync('dist/cli.cjs', `//ndpy-build ${hash}\n${text}`);
  }),
  build({ ...common, format: 'cjs', entryPoints: ['repl/launch.ts'], outfile: 'dist/launch.cjs' }),
  build({ ...common, format: 'cjs', define, plugins: [stdlibPlugin(stdlib, 'dirname(process.argv[1])')], entryPoints: ['repl/snapshot.ts'], outfile: 'dist/snapshot.cjs', write: false }).then((snap) =>
    writeFileSync('dist/snapshot.cjs', asciiComments(snap.outputFiles[0].text, 'dist/snapshot.cjs')),
  ),
]);
writeStdlib(stdlib);
await startupSnapshot(launcherFlags());
stdlibCodeCaches();

// one code cache per way of starting: bin/ndpy's fallback (its flags) and `node dist/launch.cjs`
const flags = launcherFlags();
await Promise.all(flags.length ? [codeCache(flags), codeCache([])] : [codeCache([])]);

// type declarations of the package entry (package.json "types"), when TypeScript is installed (it is a
// dev dependency: present for `npm install`/`npm ci` in this repository)
await new Promise((done) => {
  let tsc;
  try {
    tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
  } catch {
    warn('typescript is not installed: no type declarations for the package entry');
    return done();
  }
  const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.types.json'], { stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('close', (code) => {
    if (code !== 0) warn(`declaration build failed (tsc exit ${code})`);
    done();
  });
});
