/**
 * NumPy's file I/O functions, assembled for the numpy module: `ioFunctions()` returns np.save, np.load,
 * np.savez, np.savez_compressed, np.memmap, np.fromfile, np.fromstring, np.loadtxt, np.savetxt,
 * np.genfromtxt and np.fromregex; `installIoMethods(ndarray)` adds `ndarray.tofile`.
 *
 * save/load follow numpy/lib/_npyio_impl.py: a path argument gets '.npy' / '.npz' appended when
 * missing, a file object is written or read at its position; load tells .npy, .npz (zip) and pickle
 * files apart by their first bytes and returns an array, an NpzFile, or (allow_pickle=True) what the
 * pickle holds; object arrays are stored pickled (pickling.ts). savez names positional arrays arr_0, arr_1 … after the keyword ones, as NumPy
 * does, and writes stored (savez) or deflated (savez_compressed) zip entries.
 */
import { PyType } from '../../objects/pytype';
import { throwPy } from '../../objects/errors';
import { makeExc, PyExc } from '../../objects/exceptions';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { fsPath } from '../../objects/file';
import { repr } from '../../objects/repr';
import { asArray } from './coerce';
import { kwArgs, kwNamed } from './ufuncs';
import { encodeNpy, readArray, readRest, MAGIC_PREFIX, MAX_HEADER_SIZE, ByteInput } from './npyFormat';
import { pickleLoads } from './pickling';
import { writeZip } from './zipArchive';
import { npzFile } from './npzFile';
import { hasMethod, readPath, writePath, writeToObject, MemInput, FileObjectInput, excClass, userWarning } from './ioFiles';
import { memmapType, openNpyMemmap } from './memmap';
import { rawFileFunctions, installToFile } from './rawFile';
import { loadtxt } from './loadtxt';
import { savetxt } from './savetxt';
import { genfromtxt } from './genfromtxt';
import { fromregex } from './fromregex';

const UnpicklingErrorType = excClass('UnpicklingError', 'pickle');

function startsWith(data: Uint8Array, prefix: ArrayLike<number>): boolean {
  if (data.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (data[i] !== prefix[i]) return false;
  return true;
}

function save(args: any[], kw: Kw): null {
  const p = kwArgs(args, kw, ['file', 'arr', 'allow_pickle']);
  if (p.arr === undefined) throwPy('TypeError', "save() missing 1 required positional argument: 'arr'");
  const allowPickle = p.allow_pickle === undefined || truthy(p.allow_pickle);
  if (hasMethod(p.file, 'write')) {
    writeToObject(p.file, encodeNpy(asArray(p.arr), userWarning, allowPickle));
    return null;
  }
  let path = fsPath(p.file);
  if (!path.endsWith('.npy')) path += '.npy';
  writePath(path, encodeNpy(asArray(p.arr), userWarning, allowPickle));
  return null;
}

function load(args: any[], kw: Kw): any {
  const p = kwArgs(args, kw, ['file', 'mmap_mode', 'allow_pickle', 'fix_imports', 'encoding', 'max_header_size']);
  const encoding = p.encoding ?? 'ASCII';
  if (!['ASCII', 'latin1', 'bytes'].includes(encoding)) throwPy('ValueError', "encoding must be 'ASCII', 'latin1', or 'bytes'");
  const allowPickle = p.allow_pickle !== undefined && truthy(p.allow_pickle);
  let maxHeader = p.max_header_size === undefined ? MAX_HEADER_SIZE : pyIndex(p.max_header_size);
  if (allowPickle) maxHeader = Infinity;
  let src: ByteInput;
  let rewind: (n: number) => void;
  let rest: () => Uint8Array;
  let fidName: any = null;
  if (hasMethod(p.file, 'read')) {
    const f = new FileObjectInput(p.file);
    src = f;
    rewind = (n) => f.seek(-n, 1);
    rest = () => f.read(-1);
  } else {
    const path = fsPath(p.file);
    const m = new MemInput(readPath(path, p.file));
    src = m;
    rewind = (n) => (m.pos -= n);
    rest = () => m.data;
    fidName = path;
  }
  const magic = src.read(MAGIC_PREFIX.length);
  if (magic.length === 0) throw makeExc('EOFError', 'No data left in file');
  rewind(magic.length);
  if (startsWith(magic, [0x50, 0x4b, 3, 4]) || startsWith(magic, [0x50, 0x4b, 5, 6])) return npzFile(rest(), fidName, maxHeader, allowPickle);
  if (startsWith(magic, MAGIC_PREFIX) && magic.length === MAGIC_PREFIX.length) {
    const mode = p.mmap_mode;
    if (mode !== undefined && mode !== null && truthy(mode)) return openNpyMemmap(p.file, String(mode), maxHeader);
    return readArray(src, maxHeader, userWarning, allowPickle);
  }
  if (!allowPickle) {
    throwPy('ValueError', 'This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`.');
  }
  // anything else is a pickle (NumPy hands it to pickle.load)
  try {
    return pickleLoads(readRest(src));
  } catch (e) {
    if (e instanceof PyExc) throw makeExc(UnpicklingErrorType, `Failed to interpret file ${repr(p.file)} as a pickle`);
    throw e;
  }
}

function savez(compress: boolean): (args: any[], kw: Kw) => null {
  return (args, kw) => {
    if (args.length < 1 && !kw?.has('file')) throwPy('TypeError', `${compress ? 'savez_compressed' : 'savez'}() missing 1 required positional argument: 'file'`);
    const file = args.length ? args[0] : kw!.get('file');
    const named = new Map<string, any>();
    for (const [k, v] of kw ?? []) if (k !== 'allow_pickle' && !(k === 'file' && !args.length)) named.set(k, v);
    args.slice(1).forEach((v, i) => {
      const key = `arr_${i}`;
      if (named.has(key)) throwPy('ValueError', `Cannot use un-named variables and keyword ${key}`);
      named.set(key, v);
    });
    const allowPickle = !kw?.has('allow_pickle') || truthy(kw.get('allow_pickle'));
    const entries = [...named].map(([k, v]) => ({ name: `${k}.npy`, data: encodeNpy(asArray(v), userWarning, allowPickle) }));
    const zip = writeZip(entries, compress);
    if (hasMethod(file, 'write')) writeToObject(file, zip);
    else {
      let path = fsPath(file);
      if (!path.endsWith('.npz')) path += '.npz';
      writePath(path, zip);
    }
    return null;
  };
}

/** The numpy-level I/O functions and types, to be merged into the numpy module's namespace. */
export function ioFunctions(): Record<string, PyBuiltin | PyType> {
  return {
    save: builtin('save', kwNamed('save', save)),
    load: builtin('load', kwNamed('load', load)),
    savez: builtin('savez', kwNamed('savez', savez(false))),
    savez_compressed: builtin('savez_compressed', kwNamed('savez_compressed', savez(true))),
    memmap: memmapType(),
    loadtxt: builtin('loadtxt', kwNamed('loadtxt', loadtxt)),
    savetxt: builtin('savetxt', kwNamed('savetxt', savetxt)),
    genfromtxt: builtin('genfromtxt', kwNamed('genfromtxt', genfromtxt)),
    fromregex: builtin('fromregex', kwNamed('fromregex', fromregex)),
    ...rawFileFunctions(),
  };
}

/** Methods of ndarray that belong to file I/O: `tofile`. */
export function installIoMethods(ndarrayType: PyType): void {
  installToFile(ndarrayType);
}

