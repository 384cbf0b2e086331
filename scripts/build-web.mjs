// `npm run build:web`: bundle the web console (web/) into web/dist/ — index.html, main.js + main.css (the
// page, xterm.js included) and worker.js (the interpreter) — minified ES modules that any static server
// can serve. Prints each file's size and the gzipped total (budget: 600 KB).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { grammarCache } from './grammarCache.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const out = 'web/dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const grammar = await grammarCache();
const define = grammar ? { __NDPY_GRAMMAR_CACHE__: JSON.stringify(grammar) } : {};
const common = { bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'warning', define };
await Promise.all([
  build({ ...common, entryPoints: { main: 'web/main.ts' }, outdir: out }),
  build({ ...common, entryPoints: { worker: 'web/worker.ts' }, outdir: out }),
]);
copyFileSync('web/index.html', join(out, 'index.html'));

let raw = 0;
let gz = 0;
for (const f of readdirSync(out)) {
  const data = readFileSync(join(out, f));
  const z = gzipSync(data, { level: 9 }).length;
  raw += statSync(join(out, f)).size;
  gz += z;
  console.log(`  ${f.padEnd(12)} ${(data.length / 1024).toFixed(1).padStart(8)} KB  ${(z / 1024).toFixed(1).padStart(7)} KB gzipped`);
}
console.log(`web/dist: ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
