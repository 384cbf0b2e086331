/**
 * Standard-library modules written in TypeScript beyond the core ones registered in index.ts: each
 * entry maps a module name to its factory (run once per interpreter on first import). Private helper
 * modules (`_random`) back the Python-written ones in src/stdlib/.
 */
import type { PyModule } from '../objects/values';
import { makeRandomCore } from './pyrandom';
import { makeRe } from './re';
import { makeJson } from './json';
import { makeGc } from './gc';
import { makeTraceback } from './traceback';
import { makeStruct } from './struct';
import { makeHashlibCore } from './digests';
import { makeHeapqCore } from './heapqCore';
import { makeItertoolsCore } from './itertoolsCore';
import { makeInspectCore } from './inspectCore';
import { makeUnicodedata } from './unicodedata';
import { makeHostInfo } from './hostInfo';
import { makeExtensionTypes } from './extensionTypes';
import { makeCollectionsCore } from './collectionsCore';
import { makeLruCore } from './lruCore';
import { makeZlibCore } from './zlibCore';

export const TS_STDLIB: Record<string, () => PyModule> = {
  _random: makeRandomCore,
  _re: makeRe,
  json: makeJson,
  gc: makeGc,
  _traceback: makeTraceback,
  struct: makeStruct,
  _hashlib: makeHashlibCore,
  _heapq: makeHeapqCore,
  _itertools: makeItertoolsCore,
  _inspect: makeInspectCore,
  unicodedata: makeUnicodedata,
  _ndpy_host: makeHostInfo,
  _ndpy_types: makeExtensionTypes,
  _collections: makeCollectionsCore,
  _lru: makeLruCore,
  _zlib: makeZlibCore,
};
