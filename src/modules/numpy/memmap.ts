/**
 * `np.memmap` and `np.load(..., mmap_mode=…)` (format.open_memmap) without an operating-system mapping:
 * the mapped bytes are read into an ordinary array when the memmap is made, and written back to the file
 * by `flush()` in the writable modes ('r+', 'w+'; 'c' is copy-on-write and never writes, 'r' is
 * read-only). A memmap is a `MemmapArray`, an NDArray whose views are memmaps sharing the same mapping
 * (so `m[1]` prints as `memmap([3, 4, 5])`), while results that own new memory — `m + 1`, `m.sum()` —
 * are plain arrays and scalars, as NumPy's `memmap.__array_wrap__` makes them.
 *
 * Where an OS mapping would let other readers see unflushed changes, ndpy flushes the changed live
 * writable maps of a file before NumPy's own readers (np.fromfile, np.load, np.memmap …) read it; the
 * builtin open() still sees the file as last flushed.
 */
import { NDArray, contiguousStrides, shapeSize } from '../../../runtime/ndarray';
import { DType, uint8 } from '../../../runtime/dtype';
import { Block, heap } from '../../../runtime/memory';
import { builtinType, PyType } from '../../objects/pytype';
import { PyTuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { Kw, builtin } from '../../objects/function';
import { PyStaticMethod } from '../../objects/descriptors';
import { PyFile, fsPath, hostFS, hostError } from '../../objects/file';
import { index as pyIndex } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { defineMethods } from '../../objects/types/define';
import { defGetters } from '../../objects/descriptors';
import { nativeBinary } from '../../objects/arith';
import { abspath } from '../os';
import { state } from '../../interp/state';
import { NDArrayType } from './arrayType';
import { toDType } from './dtypes';
import { kwArgs } from './ufuncs';
import { wrapAs } from './subclassing';
import { checkAlloc } from './alloc';
import { readHeader } from './npyFormat';
import { hasMethod, readPath, writePath, beforeRead, MemInput, userWarning } from './ioFiles';

const MemmapType = builtinType('memmap', NDArrayType, 'numpy');

/** One mapping of a file region, shared by a memmap and its views. */
interface Mapping {
  path: string;
  filename: any;
  /** the `offset` argument: where the array data starts in the file */
  offset: number;
  mode: string;
  root: NDArray;
  /** the bytes as last read or flushed (to know whether the map changed) */
  synced: Uint8Array;
}

class MemmapArray extends NDArray {
  map: Mapping | null = null;

  override view(shape: number[], strides: number[], offset: number, dtype: DType = this.dtype): NDArray {
    const v = new MemmapArray(this.block, dtype, shape, strides, offset, this.owner, this.writeable);
    v.map = this.map;
    return v;
  }
}
(MemmapArray.prototype as any).cls = MemmapType;

const MODES = ['r', 'c', 'r+', 'w+'];
const MODE_EQUIVALENTS: Record<string, string> = { readonly: 'r', copyonwrite: 'c', readwrite: 'r+', write: 'w+' };

/** live writable mappings per interpreter (strong references: their changes must reach the file) */
const liveMaps = new WeakMap<object, Mapping[]>();
function mapsOfRun(): Mapping[] {
  let maps = liveMaps.get(state());
  if (!maps) liveMaps.set(state(), (maps = []));
  return maps;
}

function rootBytes(m: Mapping): Uint8Array {
  return new Uint8Array(heap.buffer, m.root.addr, m.root.nbytes);
}

function changed(m: Mapping): boolean {
  const now = rootBytes(m);
  for (let i = 0; i < now.length; i++) if (now[i] !== m.synced[i]) return true;
  return false;
}

/** Write a mapping's bytes into its file region. */
function flushMap(m: Mapping): void {
  if (m.mode !== 'r+' && m.mode !== 'w+') return;
  const fs = hostFS();
  let file: Uint8Array;
  try {
    file = fs.readFile(m.path);
  } catch (e) {
    return hostError(e, m.filename);
  }
  const bytes = rootBytes(m).slice();
  const end = m.offset + bytes.length;
  const out = new Uint8Array(Math.max(file.length, end));
  out.set(file);
  out.set(bytes, m.offset);
  try {
    fs.writeFile(m.path, out, false);
  } catch (e) {
    hostError(e, m.filename);
  }
  m.synced = bytes;
}

function flushChangedMapsOf(path: string): void {
  const abs = abspath(path);
  for (const m of mapsOfRun()) if (m.path === abs && changed(m)) flushMap(m);
}

let hooked = false;

/** np.memmap(filename, dtype, mode, offset, shape, order) for a path (or an open file's path). */
export function makeMemmap(filename: any, dt: DType, modeArg: string, offset: number, shapeArg: number[] | null, order: 'C' | 'F', cls: PyType = MemmapType): NDArray {
  if (!hooked) {
    hooked = true;
    beforeRead.push(flushChangedMapsOf);
  }
  const mode = MODE_EQUIVALENTS[modeArg] ?? modeArg;
  if (!MODES.includes(mode)) {
    throwPy('ValueError', `mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', 'readwrite', 'write'] (got '${modeArg}')`);
  }
  if (mode === 'w+' && shapeArg === null) throwPy('ValueError', "shape must be given if mode == 'w+'");
  const name = filename instanceof PyFile ? filename.name : filename;
  const path = abspath(filename instanceof PyFile ? filename.path : fsPath(filename));
  if (mode === 'w+') writePath(path, new Uint8Array(0), name);
  let file = readPath(path, name);
  let shape: number[];
  if (shapeArg === null) {
    const bytes = file.length - offset;
    if (bytes % dt.itemsize) throwPy('ValueError', 'Size of available data is not a multiple of the data-type size.');
    shape = [bytes / dt.itemsize];
  } else shape = shapeArg;
  const nbytes = shapeSize(shape) * dt.itemsize;
  checkAlloc(nbytes, shape, dt);
  const end = offset + nbytes;
  if (end === 0) throwPy('ValueError', 'cannot mmap an empty file');
  if (file.length < end) {
    if (mode === 'r+' || mode === 'w+') {
      const grown = new Uint8Array(end);
      grown.set(file);
      writePath(path, grown, name);
      file = grown;
    } else throwPy('ValueError', file.length === 0 ? 'cannot mmap an empty file' : 'mmap length is greater than file size');
  }
  const block: Block = heap.alloc(nbytes);
  const root = new MemmapArray(block, dt, shape.slice(), contiguousStrides(shape, dt.itemsize, order), 0, null, mode !== 'r');
  new Uint8Array(heap.buffer, block.ptr, nbytes).set(file.subarray(offset, end));
  const m: Mapping = { path, filename: path, offset, mode, root, synced: file.slice(offset, end) };
  root.map = m;
  if (mode === 'r+' || mode === 'w+') mapsOfRun().push(m);
  return cls === MemmapType ? root : wrapAs(root, cls, null);
}

/** np.load(file, mmap_mode=…): a memmap over the data of a .npy file. */
export function openNpyMemmap(file: any, mode: string, maxHeaderSize: number): NDArray {
  if (hasMethod(file, 'read')) throwPy('ValueError', 'Filename must be a string or a path-like object.  Memmap cannot use existing file handles.');
  if (mode.includes('w')) throwPy('TypeError', "'NoneType' object is not subscriptable");
  const path = fsPath(file);
  const src = new MemInput(readPath(path, file));
  const h = readHeader(src, maxHeaderSize, userWarning);
  return makeMemmap(file, h.dtype, mode, src.pos, h.shape, h.fortranOrder ? 'F' : 'C');
}

function shapeOf(v: any): number[] | null {
  if (v === undefined || v === null) return null;
  if (v instanceof PyTuple || Array.isArray(v)) return toArray(v).map((x: any) => pyIndex(x));
  return [pyIndex(v)];
}

function mappingOf(a: any): Mapping | null {
  return a instanceof MemmapArray ? a.map : null;
}

let installed = false;
/** The `memmap` type, ready to be called. */
export function memmapType(): PyType {
  if (installed) return MemmapType;
  installed = true;
  // operators dispatch on the exact builtin type: a memmap computes as an ndarray
  nativeBinary.set(MemmapType, nativeBinary.get(NDArrayType)!);
  MemmapType.dict.__new__ = new PyStaticMethod(
    builtin('__new__', (args: any[], kw: Kw) => {
      const p = kwArgs(args.slice(1), kw, ['filename', 'dtype', 'mode', 'offset', 'shape', 'order']);
      const dt = p.dtype === undefined ? uint8 : toDType(p.dtype);
      const offset = p.offset === undefined ? 0 : pyIndex(p.offset);
      return makeMemmap(p.filename, dt, p.mode === undefined ? 'r+' : String(p.mode), offset, shapeOf(p.shape), p.order === 'F' ? 'F' : 'C', args[0]);
    }),
  );
  defGetters(MemmapType, {
    filename: (a: any) => mappingOf(a)?.filename ?? null,
    offset: (a: any) => mappingOf(a)?.offset ?? null,
    mode: (a: any) => mappingOf(a)?.mode ?? null,
  });
  defineMethods(MemmapType, {
    flush: (a: any) => {
      const m = mappingOf(a);
      if (m) flushMap(m);
      return null;
    },
  });
  return MemmapType;
}
