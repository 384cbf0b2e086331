// `npm run build:web`: bundle the web console (web/) into web/dist/ — index.html, main.js + main.css (the
// page, xterm.js included) and worker.js (the interpreter) — minified ES modules that any static server can
// serve, and stdlib/*.py: the standard-library modules written in Python, each fetched the first time a
// script imports it (web/stdlibLoader.ts), without comment-only and blank lines, and chunks/*.js: large
// parts of the interpreter, each fetched the first time a script needs it (scripts/webChunks.mjs,
// web/chunkLoader.ts). Prints each file's size and the gzipped total of what the page loads up front
// (budget: 600 KB). The page carries less than the command line: no numpy help texts (help() shows what it
// shows for any builtin), and `argparse` (no command line in a page) and the WebAssembly disassembler
// behind `NDPY_DEBUG=3` (no environment in a page) are left out.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { grammarCache } from './grammarCache.mjs';
import { webChunks } from './webChunks.mjs';

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

/** the Python sources taken out of the bundle (stdlib/<stem>.py → source) */
const stdlib = new Map();
const loader = fileURLToPath(new URL('../web/stdlibLoader.ts', import.meta.url));
const stdlibIndex = readFileSync('src/stdlib/index.ts', 'utf8');
/**
 * file → its exports the index imports, each with the module name it registers (`import { source as
 * py_html, entitiesSource as py_htmlEntities } from './html'` gives html's two modules)
 */
const moduleNames = new Map(
  [...stdlibIndex.matchAll(/import \{ ([^}]+) \} from '\.\/(\w+)'/g)].map(([, names, file]) => [
    file,
    names.split(',').map((part) => {
      const [exp, v] = part.trim().split(/\s+as\s+/);
      return { exp, module: new RegExp(`^\\s*(\\w+): ${v},`, 'm').exec(stdlibIndex)?.[1] ?? file };
    }),
  ]),
);

/** the Python texts a stdlib file's exports evaluate to (a source may join several files' parts) */
async function sourcesOf(path) {
  const r = await build({ entryPoints: [path], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
}

const slim = {
  name: 'web-slim',
  setup(b) {
    // the help texts of numpy's functions (6 KB gzipped even as signatures only)
    b.onLoad({ filter: /src[\\/]modules[\\/]numpy[\\/]docs\.ts$/ }, () => ({ contents: 'export const numpyDocs = {};', loader: 'ts' }));
    b.onLoad({ filter: /runtime[\\/]wasm[\\/]disasm\.ts$/ }, () => ({ contents: 'export const disassemble = () => "";', loader: 'ts' }));
    // each standard-library module's Python source goes to stdlib/<file>.py, fetched on first import
    b.onLoad({ filter: /src[\\/]stdlib[\\/]\w+\.ts$/ }, async (args) => {
      const file = basename(args.path, '.ts');
      // index.ts, and the parts a module's source is assembled from, load as usual
      if (!moduleNames.has(file)) return undefined;
      if (file === 'argparse') return { contents: 'export const source = "";', loader: 'ts' };
      const mod = await sourcesOf(args.path);
      const lines = [`import { loadStdlib } from ${JSON.stringify(loader)};`];
      for (const { exp, module } of moduleNames.get(file)) {
        const stem = exp === 'source' ? file : `${file}.${exp}`;
        stdlib.set(stem, slimPython(mod[exp]));
        lines.push(`export const ${exp} = () => loadStdlib(${JSON.stringify(stem)}, ${JSON.stringify(module)});`);
      }
      return { contents: lines.join('\n'), loader: 'ts' };
    });
  },
};
const common = { bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'warning', define, plugins: [slim] };
const chunks = await webChunks(common);
await Promise.all([build({ ...common, entryPoints: { main: 'web/main.ts' }, outdir: out }), chunks.buildWorker(out)]);
copyFileSync('web/index.html', join(out, 'index.html'));
mkdirSync(join(out, 'stdlib'));
for (const [file, py] of stdlib) writeFileSync(join(out, 'stdlib', `${file}.py`), py);

/** raw and gzipped bytes of the files in `dir` (printing each when `list`) */
function sizes(dir, list) {
  let raw = 0;
  let gz = 0;
  for (const f of readdirSync(dir)) {
    if (statSync(join(dir, f)).isDirectory()) continue;
    const data = readFileSync(join(dir, f));
    const z = gzipSync(data, { level: 9 }).length;
    raw += data.length;
    gz += z;
    if (list) console.log(`  ${f.padEnd(12)} ${(data.length / 1024).toFixed(1).padStart(8)} KB  ${(z / 1024).toFixed(1).padStart(7)} KB gzipped`);
  }
  return { raw, gz };
}
const kb = (n) => (n / 1024).toFixed(1);
const lib = sizes(join(out, 'stdlib'), false);
const parts = sizes(join(out, 'chunks'), false);
console.log(`  chunks/      ${kb(parts.raw).padStart(8)} KB  ${kb(parts.gz).padStart(7)} KB gzipped (${readdirSync(join(out, 'chunks')).length} parts of the interpreter, each fetched on first use)`);
console.log(`  stdlib/      ${kb(lib.raw).padStart(8)} KB  ${kb(lib.gz).padStart(7)} KB gzipped (${stdlib.size} modules, each fetched on its first import)`);
const page = sizes(out, true);
console.log(`web/dist page: ${kb(page.raw)} KB, ${kb(page.gz)} KB gzipped`);
