// `npm run build:web`: bundle the web console (web/) into web/dist/ — index.html, main.js + main.css (the
// page, xterm.js included) and worker.js (the interpreter) — minified ES modules that any static server
// can serve. Prints each file's size and the gzipped total (budget: 600 KB). To stay in budget the page
// carries less than the command line: no numpy help texts (help() shows what it shows for any builtin), the Python
// standard-library sources lose comment-only and blank lines, and `argparse` (no command line in a page)
// and the WebAssembly disassembler behind `NDPY_DEBUG=3` (no environment in a page) are left out.
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
/** Python source without comment-only and blank lines (outside triple-quoted strings, kept verbatim) */
function slimPython(src) {
  const out = [];
  let open = null;
  for (const line of src.split('\n')) {
    if (open) {
      out.push(line);
      if ((line.split(open).length - 1) % 2 === 1) open = null;
      continue;
    }
    for (const q of ['"""', "'''"]) if ((line.split(q).length - 1) % 2 === 1) open = q;
    if (open || (line.trim() !== '' && !line.trim().startsWith('#'))) out.push(line.replace(/\s+$/, ''));
  }
  return out.join('\n');
}

const slim = {
  name: 'web-slim',
  setup(b) {
    // the help texts of numpy's functions (6 KB gzipped even as signatures only)
    b.onLoad({ filter: /src[\\/]modules[\\/]numpy[\\/]docs\.ts$/ }, () => ({ contents: 'export const numpyDocs = {};', loader: 'ts' }));
    b.onLoad({ filter: /runtime[\\/]wasm[\\/]disasm\.ts$/ }, () => ({ contents: 'export const disassemble = () => "";', loader: 'ts' }));
    b.onLoad({ filter: /src[\\/]stdlib[\\/]\w+\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (/[\\/]index\.ts$/.test(args.path)) return undefined;
      if (/[\\/]argparse\.ts$/.test(args.path)) return { contents: 'export const source = "";', loader: 'ts' };
      return { contents: text.replace(/String\.raw`([\s\S]*)`;/, (_, py) => `String.raw\`${slimPython(py)}\`;`), loader: 'ts' };
    });
  },
};
const common = { bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'warning', define, plugins: [slim] };
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
