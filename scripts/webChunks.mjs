// The web build's chunks (web/chunkLoader.ts): large parts of the interpreter a script may never need,
// taken out of worker.js into chunks/<name>.js, each fetched the first time it is needed. A chunk starts
// from its entry files (CHUNKS); everything only they reach goes with it. In worker.js, and in the other
// chunks, an entry file becomes a stub with the same exports that fetch the chunk on first use. A chunk
// imports what it shares with the worker from the worker's own modules (exposed by the worker's entry),
// never a copy. The command line bundles everything as usual (scripts/build.mjs).
//
// The order: an analysis build of the whole worker gives the import graph, hence the worker's files
// (those reached without entering an entry file, and those two chunks would both reach: no copies) and
// each chunk's; the chunks are built (recording which worker modules they import), then worker.js with
// those modules exposed. The build fails if an entry file exports something a stub cannot stand for, or
// (a check) if a file went into two chunks or into a chunk and worker.js.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const N = 'src/modules/numpy/';
const files = (...names) => Object.fromEntries(names.map((f) => [`${f}.ts`, {}]));
/**
 * chunk → its entry files, each with the module factories among its exports and the name of the module
 * each makes (the module is filled on the first look inside it). Every other export of an entry file must
 * be a function the worker calls only when a script needs it: its stub fetches the chunk on the first call.
 */
const CHUNKS = {
  random: { [`${N}random.ts`]: { randomModule: 'numpy.random' } },
  fft: { [`${N}fft.ts`]: { fftModule: 'numpy.fft' } },
  linalg: files(`${N}linalgSpectral`, `${N}linalgFactor`, `${N}linalgNorm`, `${N}linalgProducts`),
  textio: files(`${N}loadtxt`, `${N}genfromtxt`, `${N}savetxt`, `${N}fromregex`),
  re: files('src/modules/re'),
  json: files('src/modules/json'),
  pyrandom: files('src/modules/pyrandom'),
  hashlib: files('src/modules/digests'),
  unicodedata: files('src/modules/unicodedata'),
  cmath: files('src/modules/cmath'),
};
const LOADER = 'web/chunkLoader.ts';
const MODULE = 'src/objects/values.ts';

/** metafile-style path of an absolute one */
const rel = (path) => relative(process.cwd(), path).split('\\').join('/');
/** `import * as m<i>` lines for `paths` and the object literal naming them by path */
function namespaces(paths) {
  const lines = paths.map((p, i) => `import * as m${i} from ${JSON.stringify(`./${p}`)};`);
  return [lines.join('\n'), `{ ${paths.map((p, i) => `${JSON.stringify(p)}: m${i}`).join(', ')} }`];
}

/** the stub standing for entry file `file` of chunk `name`, with `exports` */
function stub(name, file, factories, exports) {
  const lazy = exports.some((e) => factories[e]);
  const lines = [
    `import { chunk${lazy ? ', lazyObject' : ''} } from "./${LOADER}";`,
    ...(lazy ? [`import { PyModule } from "./${MODULE}";`] : []),
    `const own = () => chunk(${JSON.stringify(name)})[${JSON.stringify(file)}];`,
  ];
  for (const e of exports) {
    const mod = factories[e];
    lines.push(
      mod
        ? `export function ${e}(...a) { const m = new PyModule(${JSON.stringify(mod)}); m.d = lazyObject(() => (m.d = own().${e}(...a).d)); return m; }`
        : `export function ${e}(...a) { return own().${e}(...a); }`,
    );
  }
  return lines.join('\n');
}

/** the exports of entry file `file`, each checked to be a function */
async function exportsOf(file) {
  const r = await build({ entryPoints: [file], bundle: false, format: 'esm', write: false, metafile: true, logLevel: 'silent' });
  const names = Object.values(r.metafile.outputs)[0].exports;
  const src = readFileSync(file, 'utf8');
  for (const e of names) {
    if (!new RegExp(`^export (async )?function\\*? ${e.replace(/\$/g, '\\$')}\\b`, 'm').test(src)) {
      throw new Error(`web chunks: ${file} exports ${e}, which is not a function: a stub cannot stand for it`);
    }
  }
  return names;
}

/**
 * Plan the chunks of the worker that `common` (esbuild options: plugins, define …) builds from web/worker.ts;
 * `buildWorker(outdir)` then writes outdir/worker.js and outdir/chunks/.
 */
export async function webChunks(common) {
  const analysis = await build({ ...common, entryPoints: ['web/worker.ts'], write: false, metafile: true });
  const imports = new Map(Object.entries(analysis.metafile.inputs).map(([p, v]) => [p, v.imports.filter((i) => !i.external).map((i) => i.path)]));
  /** entry file → [chunk, its factories] */
  const entries = new Map(Object.entries(CHUNKS).flatMap(([name, fs]) => Object.entries(fs).map(([f, factories]) => [f, [name, factories]])));
  const stubs = new Map();
  for (const [f, [name, factories]] of entries) stubs.set(f, stub(name, f, factories, await exportsOf(f)));
  /** the files reached from `starts` without entering a file `stop` names */
  const reach = (starts, stop) => {
    const seen = new Set();
    const todo = [...starts];
    while (todo.length) {
      const f = todo.pop();
      if (seen.has(f) || stop(f)) continue;
      seen.add(f);
      todo.push(...(imports.get(f) ?? []));
    }
    return seen;
  };
  // the worker's files: reached without entering an entry file, and those two chunks would share
  let worker = reach(['web/worker.ts', LOADER], (f) => entries.has(f));
  for (;;) {
    const seen = new Map();
    for (const [name, fs] of Object.entries(CHUNKS)) {
      for (const f of reach(Object.keys(fs), (f) => worker.has(f) || (entries.has(f) && entries.get(f)[0] !== name))) seen.set(f, seen.has(f) ? null : name);
    }
    const both = [...seen].filter(([, name]) => name === null).map(([f]) => f);
    if (!both.length) break;
    worker = reach([...worker, ...both], (f) => entries.has(f));
  }
  const skip = Symbol('resolving');
  /** stubs for other chunks' entry files; in a chunk (`own`), the worker's modules instead of copies */
  const plugin = (own) => ({
    name: 'web-chunks',
    setup(b) {
      if (own) {
        b.onResolve({ filter: /^\./ }, async (args) => {
          if (args.pluginData === skip) return undefined;
          const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: skip });
          const p = rel(r.path);
          return worker.has(p) ? { path: p, namespace: 'ndpy-shared' } : { path: r.path, errors: r.errors };
        });
        b.onLoad({ filter: /.*/, namespace: 'ndpy-shared' }, (args) => ({ contents: `module.exports = __ndpyShared[${JSON.stringify(args.path)}];`, loader: 'js' }));
      }
      b.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const p = rel(args.path);
        if (entries.has(p) && entries.get(p)[0] !== own) return { contents: stubs.get(p), loader: 'js', resolveDir: process.cwd() };
        return undefined;
      });
    },
  });
  const plugins = (own) => [plugin(own), ...(common.plugins ?? [])];

  async function buildChunk(name, outdir) {
    const [head, obj] = namespaces(Object.keys(CHUNKS[name]));
    const r = await build({
      ...common,
      plugins: plugins(name),
      stdin: { contents: `${head}\nexport const files = ${obj};`, resolveDir: process.cwd(), sourcefile: `chunk-${name}.js`, loader: 'js' },
      format: 'iife',
      globalName: '__ndpyChunk',
      outfile: join(outdir, 'chunks', `${name}.js`),
      metafile: true,
    });
    const inputs = Object.keys(r.metafile.inputs);
    const shared = inputs.filter((p) => p.startsWith('ndpy-shared:')).map((p) => p.slice('ndpy-shared:'.length));
    const own = inputs.filter((p) => !p.includes(':') && p !== `chunk-${name}.js` && !(entries.has(p) && entries.get(p)[0] !== name));
    return { name, uses: shared, own };
  }

  async function buildWorker(outdir) {
    mkdirSync(join(outdir, 'chunks'), { recursive: true });
    const built = await Promise.all(Object.keys(CHUNKS).map((name) => buildChunk(name, outdir)));
    const owner = new Map();
    for (const c of built) {
      for (const p of c.own) {
        if (owner.has(p)) throw new Error(`web chunks: ${p} went into both chunks ${owner.get(p)} and ${c.name}`);
        owner.set(p, c.name);
      }
    }
    const [head, obj] = namespaces([...new Set(built.flatMap((c) => c.uses))].sort());
    // the worker's entry: the worker, then (all its modules evaluated) the modules the chunks use
    const contents = `import "./web/worker.ts";\nimport { exposeToChunks } from "./${LOADER}";\n${head}\nexposeToChunks(${obj});`;
    const r = await build({
      ...common,
      plugins: plugins(null),
      stdin: { contents, resolveDir: process.cwd(), sourcefile: 'worker-entry.js', loader: 'js' },
      outfile: join(outdir, 'worker.js'),
      metafile: true,
    });
    for (const p of Object.keys(r.metafile.inputs)) if (owner.has(p) && !entries.has(p)) throw new Error(`web chunks: ${p} went into worker.js and chunk ${owner.get(p)}`);
  }
  return { buildWorker };
}
