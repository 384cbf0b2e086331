/**
 * `import`: builtin modules are built on first import from the factories registered in src/modules/,
 * cached per interpreter in `state().modules`; anything else is looked up as a `.py` file next to the
 * main script (when the host grants file access) and raises ModuleNotFoundError otherwise.
 *
 * That cache is a ModuleTable: a Map for the TypeScript side over the very PyDict that is
 * `sys.modules`, so a script sees every loaded module there and its own changes (adding a module object,
 * deleting one so that it is imported afresh) are what `import` uses; values that are not modules are
 * ignored by `import`.
 */
import { PyModule } from '../objects/values';
import { PyDict } from '../objects/hashtable';
import { makeExc } from '../objects/exceptions';
import { importError } from '../objects/exceptionAttrs';
import { state } from './state';
import { typeDictChanged } from '../objects/pytype';

/** The loaded modules by name, stored in a PyDict (`dict`, which is sys.modules). Keys other than str are skipped. */
export class ModuleTable extends Map<string, PyModule> {
  readonly dict = new PyDict();
  override get(name: string): PyModule | undefined {
    return this.dict.get(name);
  }
  override set(name: string, m: PyModule): this {
    this.dict.set(name, m);
    return this;
  }
  override has(name: string): boolean {
    return this.dict.has(name);
  }
  override delete(name: string): boolean {
    return this.dict.delete(name) !== undefined;
  }
  override clear(): void {
    this.dict.clear();
  }
  override get size(): number {
    return this.dict.size;
  }
  override *entries(): MapIterator<[string, PyModule]> {
    for (const { k, v } of [...this.dict.entries()]) if (typeof k === 'string') yield [k, v];
  }
  override *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<PyModule> {
    for (const [, v] of this.entries()) yield v;
  }
  override [Symbol.iterator](): MapIterator<[string, PyModule]> {
    return this.entries();
  }
  override forEach(f: (v: PyModule, k: string, m: Map<string, PyModule>) => void): void {
    for (const [k, v] of this.entries()) f(v, k, this);
  }
}

/** The dict behind `sys.modules` of the running interpreter. */
export function modulesDict(): PyDict {
  const t = state().modules;
  if (t instanceof ModuleTable) return t.dict;
  const d = new PyDict();
  for (const [k, v] of t) d.set(k, v);
  return d;
}

type Factory = () => PyModule;
const factories = new Map<string, Factory>();
/** Loads a sibling `.py` module for a name, or returns null (installed by the interpreter). */
let fileLoader: ((name: string) => PyModule | null) | null = null;
/** Runs Python source as a module (installed by the interpreter; for the stdlib modules written in Python). */
let sourceRunner: ((name: string, filename: string, code: string) => PyModule) | null = null;

export function registerModule(name: string, factory: Factory): void {
  factories.set(name, factory);
}
/** the names of the modules built into the interpreter (for completion after `import`) */
export function builtinModuleNames(): string[] {
  return [...factories.keys()];
}
export function setFileLoader(f: ((name: string) => PyModule | null) | null): void {
  fileLoader = f;
}
export function setSourceRunner(f: (name: string, filename: string, code: string) => PyModule): void {
  sourceRunner = f;
}
/** A standard-library module written in Python (src/stdlib/): compiled and run on first import. */
export function registerSourceModule(name: string, source: () => string): void {
  factories.set(name, () => {
    if (!sourceRunner) throw makeExc('ImportError', `cannot import ${name} here`);
    return sourceRunner(name, `<ndpy>/${name.replace(/\./g, '/')}.py`, source());
  });
}

function load(name: string): PyModule {
  const s = state();
  // only a module object found in sys.modules is used (a script storing anything else there, such as
  // sys.modules['os'] = 1, gets the real module again)
  const cached = s.modules.get(name);
  if (cached instanceof PyModule) return cached;
  const f = factories.get(name);
  let m: PyModule | null = null;
  if (f) m = f();
  else if (fileLoader && !name.includes('.')) m = fileLoader(name);
  if (!m) {
    throw importError('ModuleNotFoundError', `No module named '${name}'`, name);
  }
  s.modules.set(name, m);
  typeDictChanged(); // module factories may define or extend types
  return m;
}

/** `import a.b.c`: loads every prefix; returns the top package, or the leaf when `leaf` is true. */
export function importModule(name: string, leaf: boolean): PyModule {
  if (name.startsWith('.')) throw makeExc('ImportError', 'attempted relative import with no known parent package');
  const parts = name.split('.');
  let top: PyModule | null = null;
  let parent: PyModule | null = null;
  let m: PyModule | null = null;
  for (let i = 0; i < parts.length; i++) {
    const full = parts.slice(0, i + 1).join('.');
    m = load(full);
    if (parent && parent.d[parts[i]] === undefined) parent.d[parts[i]] = m;
    if (!top) top = m;
    parent = m;
  }
  return leaf ? m! : top!;
}
