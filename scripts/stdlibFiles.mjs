// The standard-library modules written in Python (src/stdlib/) as files next to the command line's bundles,
// for scripts/build.mjs: dist/stdlib/<file>.py, read the first time a script imports the module, instead of
// String.raw templates inside dist/cli.cjs and dist/snapshot.cjs. The web build does the same with
// fetches (scripts/build-web.mjs, web/stdlibLoader.ts); here the text is kept verbatim, so line numbers
// stay those of src/stdlib/.
//
// Why: a template literal's text was held three times by the start-up snapshot: in the bundle's source
// and as the template object's raw and cooked strings (1.0 MB of Python). Measured: the blob 13.9 -> 11.4
// MB, its isolate part 7.2 -> 6.1 MB, ~3 ms less checksumming and deserializing for every run; dist/cli.cjs
// 3.7 -> 2.7 MB and its code cache 3.1 -> 1.6 MB. Reading a module's file on its first import costs
// tens of microseconds.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const stdlibIndex = readFileSync('src/stdlib/index.ts', 'utf8');
/**
 * file → its exports the index imports (`import { source as py_html, entitiesSource as py_htmlEntities }
 * from './html'` gives html's two)
 */
const exportsOf = new Map(
  [...stdlibIndex.matchAll(/import \{ ([^}]+) \} from '\.\/(\w+)'/g)].map(([, names, file]) => [
    file,
    names.split(',').map((part) => {
      const [exp, v] = part.trim().split(/\s+as\s+/);
      return { exp, module: new RegExp(`^\\s*'?([\\w.]+)'?: ${v},`, 'm').exec(stdlibIndex)?.[1] ?? file };
    }),
  ]),
);

/** the Python texts a stdlib file's exports evaluate to (a source may join several files' parts) */
async function sourcesOf(path) {
  const r = await build({ entryPoints: [path], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
}

/**
 * The loader the replaced modules call. `dir` is how the bundle finds dist/ at run time: `__dirname` in
 * dist/cli.cjs; the snapshot's bundle ran at build time, so it takes the folder of process.argv[1]
 * (dist/cli.cjs, which bin/ndpy names), as repl/snapshot.ts does. A missing file becomes the module's
 * source raising ImportError, so the script sees a Python error.
 */
function loaderSource(dir) {
  return `import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
export function loadStdlib(file, module) {
  const path = join(${dir}, 'stdlib', file + '.py');
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    return 'raise ImportError(' + JSON.stringify("could not read the source of the standard-library module '" + module + "' (" + path + ': ' + (e && e.code) + ')') + ')\\n';
  }
}
`;
}

/**
 * An esbuild plugin that makes each src/stdlib module export a function reading dist/stdlib/<stem>.py
 * (src/modules/index.ts calls a function source on first import). `files` collects stem → text for
 * writeStdlib. `dir` is the JS expression of the dist folder at run time (see loaderSource).
 */
export function stdlibPlugin(files, dir) {
  return {
    name: 'ndpy-stdlib-files',
    setup(b) {
      b.onResolve({ filter: /^ndpy:stdlib-loader$/ }, () => ({ path: 'loader', namespace: 'ndpy-stdlib' }));
      b.onLoad({ filter: /.*/, namespace: 'ndpy-stdlib' }, () => ({ contents: loaderSource(dir), loader: 'js', resolveDir: process.cwd() }));
      b.onLoad({ filter: /src[\\/]stdlib[\\/]\w+\.ts$/ }, async (args) => {
        const file = basename(args.path, '.ts');
        // index.ts, and the parts a module's source is assembled from, load as usual
        if (!exportsOf.has(file)) return undefined;
        const mod = await sourcesOf(args.path);
        const lines = [`import { loadStdlib } from 'ndpy:stdlib-loader';`];
        for (const { exp, module } of exportsOf.get(file)) {
          const text = mod[exp];
          if (typeof text !== 'string') throw new Error(`src/stdlib/${file}.ts: export ${exp} is not a string`);
          // an empty source registers no module (src/modules/index.ts): keep it a string
          if (!text.trim()) {
            lines.push(`export const ${exp} = ${JSON.stringify(text)};`);
            continue;
          }
          const stem = exp === 'source' ? file : `${file}.${exp}`;
          files.set(stem, text);
          lines.push(`export const ${exp} = () => loadStdlib(${JSON.stringify(stem)}, ${JSON.stringify(module)});`);
        }
        return { contents: lines.join('\n'), loader: 'ts' };
      });
    },
  };
}

/** write the collected sources to dist/stdlib/, replacing what an earlier build left there */
export function writeStdlib(files) {
  rmSync('dist/stdlib', { recursive: true, force: true });
  mkdirSync('dist/stdlib', { recursive: true });
  for (const [stem, text] of files) writeFileSync(join('dist/stdlib', `${stem}.py`), text);
}
