/**
 * Parts of the interpreter the page fetches on first use: the web build (scripts/webChunks.mjs) takes
 * large parts a script may never need (numpy.random, numpy.fft, numpy.linalg's numerics, text I/O, `re`,
 * `json` …) out of worker.js into chunks/<name>.js, and puts in their place stubs that call `chunk` the
 * first time one of their functions is called, or the first time a script looks inside one of their
 * modules (`lazyObject`). A chunk does not carry its own copy of the runtime: the code it shares with the
 * worker (the object model, ndarray, …) comes from the worker's modules, which the worker's entry hands
 * over with `exposeToChunks`, so classes, `instanceof` and module state are the same on both sides.
 */
import { fetchSync } from './syncFetch';

/** a module's exports */
type Exports = Record<string, any>;

/** the worker's modules the chunks import, by source path */
let shared: Record<string, Exports> = {};
/** the chunks fetched so far: name → their entry files' exports by source path */
const loaded = new Map<string, Record<string, Exports>>();

export function exposeToChunks(modules: Record<string, Exports>): void {
  shared = modules;
}

/**
 * The exports of the files of chunk `name` by source path, fetched and run on first use. A chunk is the
 * body of a function of `__ndpyShared` (the worker's modules) leaving its entry files' exports in
 * `__ndpyChunk.files` (esbuild's iife format).
 */
export function chunk(name: string): Record<string, Exports> {
  let files = loaded.get(name);
  if (!files) {
    const path = `chunks/${name}.js`;
    let text: string;
    try {
      text = fetchSync(path);
    } catch (e) {
      throw new Error(`could not fetch ${path}, a part of the interpreter (${(e as Error).message})`);
    }
    files = new Function('__ndpyShared', `${text}\nreturn __ndpyChunk.files;\n//# sourceURL=${path}`)(shared) as Record<string, Exports>;
    loaded.set(name, files);
  }
  return files;
}

/**
 * An object standing for the one `load()` makes, made on the first look inside (reading, writing,
 * listing or deleting a property), which every later look then goes to: a module whose namespace comes
 * with a chunk.
 */
export function lazyObject<T extends object>(load: () => T): T {
  let target: T | undefined;
  const real = () => (target ??= load());
  return new Proxy(Object.create(null), {
    get: (_t, k) => Reflect.get(real(), k),
    set: (_t, k, v) => Reflect.set(real(), k, v),
    has: (_t, k) => Reflect.has(real(), k),
    deleteProperty: (_t, k) => Reflect.deleteProperty(real(), k),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_t, k) => Reflect.getOwnPropertyDescriptor(real(), k),
    defineProperty: (_t, k, desc) => Reflect.defineProperty(real(), k, desc),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  }) as T;
}
