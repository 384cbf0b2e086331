/**
 * `np.memmap` and `np.load(..., mmap_mode=…)` (format.open_memmap) without an operating-system mapping,
 * paged in by hand: the memmap's whole byte range is reserved in the array heap without being touched
 * (fresh WebAssembly pages cost no resident memory until written), and the file is read in 1 MiB chunks
 * the first time an array over the mapping hands out an address that reaches them — the block's `Pager`,
 * called by NDArray.addr with the view's byte extent. So a row of a 2 GB file costs a chunk or two.
 * `flush()` writes back, in the writable modes ('r+', 'w+'; 'c' is copy-on-write and never writes, 'r' is
 * read-only), the loaded chunks whose bytes differ from those last read or written. 'w+' and a short
 * 'r+' file are extended with `truncate` (sparse). Hosts without positional I/O (HostFS.readAt/writeAt)
 * get the whole file read at creation and written back whole.
 *
 * A memmap is a `MemmapArray`, an NDArray whose views are memmaps sharing the same mapping (so `m[1]`
 * prints as `memmap([3, 4, 5])`), while results that own new memory — `m + 1`, `m.sum()` — are plain
 * arrays and scalars, as NumPy's `memmap.__array_wrap__` makes them.
 *
 * Where an OS mapping would let other readers see unflushed changes, ndpy flushes the changed live
 * writable maps of a file before NumPy's own readers (np.fromfile, np.load, np.memmap, a chunk load of
 * another map …) read it; the builtin open() still sees the file as last flushed. A writable map is live
 * until its arrays are garbage-collected; then its changes are flushed and its memory freed (Heap.watch).
 */
import { NDArray, contiguousStrides, shapeSize } from '../../../runtime/ndarray';
import { DType, uint8 } from '../../../runtime/dtype';
import { Block, Pager, heap } from '../../../runtime/memory';
import type { HostFS } from '../../interp/state';
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
import { ByteInput, readHeader } from './npyFormat';
import { hasMethod, readPath, writePath, beforeRead, MemInput, userWarning } from './ioFiles';

const MemmapType = builtinType('memmap', NDArrayType, 'numpy');

/** bytes per chunk: the unit of loading and writing back */
export const CHUNK = 1 << 20;

/**
 * The heap copy of a file region. A writable one ('r+', 'w+') stays live while any memmap over it does,
 * and a later 'r' or 'r+' memmap of a part of it shares it, as mappings of one file share the operating
 * system's page cache. It must not reference the arrays over it.
 */
interface Store {
  path: string;
  /** where the region starts in the file */
  offset: number;
  nbytes: number;
  block: Block;
  /** written back by flush (made by 'r+' or 'w+') */
  writable: boolean;
  /** per chunk: 1 once its bytes were read from the file */
  loaded: Uint8Array;
  nLoaded: number;
  /** writable stores: each loaded chunk's bytes as last read or written (to find the changed ones) */
  synced: Map<number, Uint8Array>;
  /** the live writable stores of the interpreter run that made this one */
  live: Store[];
  /** memmaps (roots) over it not yet garbage-collected, for writable stores */
  users: number;
  closed: boolean;
}

/** One np.memmap call: its arguments and the store it sees; shared by the memmap and its views. */
interface Mapping {
  filename: any;
  /** the `offset` argument: where the array data starts in the file */
  offset: number;
  mode: string;
  store: Store;
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

/** live writable stores per interpreter (strong references: their changes must reach the file) */
const liveStores = new WeakMap<object, Store[]>();
function storesOfRun(): Store[] {
  let stores = liveStores.get(state());
  if (!stores) liveStores.set(state(), (stores = []));
  return stores;
}

/** the bytes of chunk `c` in the heap (valid until the next allocation) */
function chunkBytes(s: Store, c: number): Uint8Array {
  const start = c * CHUNK;
  return new Uint8Array(heap.buffer, s.block.ptr + start, Math.min(CHUNK, s.nbytes - start));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** the loaded chunks whose bytes differ from the file's as last read or written, in order */
function changedChunks(s: Store): number[] {
  const out: number[] = [];
  if (s.closed || !s.writable) return out;
  for (const [c, was] of s.synced) if (!sameBytes(chunkBytes(s, c), was)) out.push(c);
  return out.sort((x, y) => x - y);
}

/** Read chunk `c` from the file into the heap. */
function loadChunk(s: Store, fs: HostFS, c: number): void {
  let data: Uint8Array;
  try {
    data = fs.readAt!(s.path, s.offset + c * CHUNK, chunkBytes(s, c).length);
  } catch (e) {
    return hostError(e, s.path);
  }
  // the file may have shrunk since the memmap was made: what is missing reads as zeros
  const bytes = chunkBytes(s, c);
  bytes.set(data);
  if (data.length < bytes.length) bytes.fill(0, data.length);
  if (s.writable) s.synced.set(c, bytes.slice());
  s.loaded[c] = 1;
  s.nLoaded++;
}

/** NDArray.addr's hook: load the chunks that hold block bytes [lo, hi). */
class StorePager implements Pager {
  constructor(readonly s: Store) {}

  ensure(lo: number, hi: number): void {
    const s = this.s;
    if (s.nLoaded === s.loaded.length || s.closed) return;
    const first = Math.floor(Math.max(lo, 0) / CHUNK);
    const last = Math.floor((Math.min(hi, s.nbytes) - 1) / CHUNK);
    let fs: HostFS | null = null;
    for (let c = first; c <= last; c++) {
      if (s.loaded[c]) continue;
      if (fs === null) {
        fs = hostFS();
        // another live store's unflushed changes would be visible through an OS mapping: flush them first
        for (const o of s.live) if (o !== s && o.path === s.path) flushStore(o);
      }
      loadChunk(s, fs, c);
    }
  }
}

/** Write a store's changed chunks into its file region. */
function flushStore(s: Store): void {
  const dirty = changedChunks(s);
  if (!dirty.length) return;
  const fs = hostFS();
  try {
    if (fs.writeAt) {
      // adjacent changed chunks go out as one write
      for (let i = 0; i < dirty.length; ) {
        let j = i + 1;
        while (j < dirty.length && dirty[j] === dirty[j - 1] + 1) j++;
        const start = dirty[i] * CHUNK, end = Math.min(s.nbytes, dirty[j - 1] * CHUNK + CHUNK);
        fs.writeAt(s.path, s.offset + start, new Uint8Array(heap.buffer, s.block.ptr + start, end - start).slice());
        i = j;
      }
    } else {
      const file = fs.readFile(s.path);
      const out = new Uint8Array(Math.max(file.length, s.offset + s.nbytes));
      out.set(file);
      for (const c of dirty) out.set(chunkBytes(s, c), s.offset + c * CHUNK);
      fs.writeFile(s.path, out, false);
    }
  } catch (e) {
    hostError(e, s.path);
  }
  for (const c of dirty) s.synced.set(c, chunkBytes(s, c).slice());
}

function flushChangedMapsOf(path: string): void {
  const abs = abspath(path);
  for (const s of storesOfRun()) if (s.path === abs) flushStore(s);
}

/** A memmap over a writable store was garbage-collected; with the last, write back and free the memory. */
function release(s: Store): void {
  if (--s.users > 0 || s.closed) return;
  try {
    flushStore(s);
  } catch {
    // like an unmapped region whose file went away: nothing left to write to
  }
  s.closed = true;
  const i = s.live.indexOf(s);
  if (i >= 0) s.live.splice(i, 1);
  s.block.pager = null;
  s.synced.clear();
  heap.free(s.block);
}
/** (a function of its own, so the callback holds the store and not the memmap it watches) */
const releaser = (s: Store) => () => release(s);

/** Length of the file at `path`, after NumPy's readers' flush hook, with readPath's errors. */
function fileLength(fs: HostFS, path: string, name: any): number {
  for (const hook of beforeRead) hook(path);
  try {
    if (fs.isDir(path)) throw { code: 'EISDIR' };
    fs.readAt!(path, 0, 0); // opens it, as reading would
    return fs.size(path);
  } catch (e) {
    return hostError(e, typeof name === 'string' ? name : path);
  }
}

/** A new store over file bytes [offset, offset + nbytes): reserved, not touched (or filled from `file`). */
function newStore(path: string, offset: number, nbytes: number, writable: boolean, file: Uint8Array | null): Store {
  // not zeroed and not touched: chunks are filled from the file before anything reads them
  const block: Block = heap.alloc(nbytes);
  const nChunks = Math.ceil(nbytes / CHUNK);
  const s: Store = { path, offset, nbytes, block, writable, loaded: new Uint8Array(nChunks), nLoaded: 0, synced: new Map(), live: storesOfRun(), users: 0, closed: false };
  if (file) {
    new Uint8Array(heap.buffer, block.ptr, nbytes).set(file.subarray(offset, offset + nbytes));
    s.loaded.fill(1);
    s.nLoaded = nChunks;
    if (writable) for (let c = 0; c < nChunks; c++) s.synced.set(c, chunkBytes(s, c).slice());
  } else if (nbytes > 0) block.pager = new StorePager(s);
  if (writable) s.live.push(s);
  return s;
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
  const fs = hostFS();
  const positional = fs.readAt !== undefined && fs.writeAt !== undefined && fs.truncate !== undefined;
  if (mode === 'w+') writePath(path, new Uint8Array(0), name);
  // without positional I/O: the whole file, read now
  let file = positional ? null : readPath(path, name);
  let length = file ? file.length : fileLength(fs, path, name);
  let shape: number[];
  if (shapeArg === null) {
    const bytes = length - offset;
    if (bytes % dt.itemsize) throwPy('ValueError', 'Size of available data is not a multiple of the data-type size.');
    shape = [bytes / dt.itemsize];
  } else shape = shapeArg;
  const nbytes = shapeSize(shape) * dt.itemsize;
  checkAlloc(nbytes, shape, dt);
  const end = offset + nbytes;
  if (end === 0) throwPy('ValueError', 'cannot mmap an empty file');
  if (length < end) {
    if (mode === 'r+' || mode === 'w+') {
      if (file) {
        const grown = new Uint8Array(end);
        grown.set(file);
        writePath(path, grown, name);
        file = grown;
      } else {
        try {
          fs.truncate!(path, end);
        } catch (e) {
          hostError(e, typeof name === 'string' ? name : path);
        }
      }
      length = end;
    } else throwPy('ValueError', length === 0 ? 'cannot mmap an empty file' : 'mmap length is greater than file size');
  }
  const writable = mode === 'r+' || mode === 'w+';
  // 'r' and 'r+' see a live writable store of the region if there is one ('c' is private, 'w+' new)
  const shared = mode === 'r' || mode === 'r+' ? storesOfRun().find((s) => s.path === path && s.offset <= offset && end <= s.offset + s.nbytes) : undefined;
  const store = shared ?? newStore(path, offset, nbytes, writable, file);
  const root = new MemmapArray(store.block, dt, shape.slice(), contiguousStrides(shape, dt.itemsize, order), offset - store.offset, null, mode !== 'r');
  root.map = { filename: path, offset, mode, store };
  if (store.writable) {
    store.users++;
    heap.watch(root, releaser(store));
  }
  return cls === MemmapType ? root : wrapAs(root, cls, null);
}

/** A file read from a position on, a piece at a time (the header of a .npy file to map). */
class FileInput implements ByteInput {
  constructor(
    readonly fs: HostFS,
    readonly path: string,
    readonly length: number,
    public pos = 0,
  ) {}
  read(n: number): Uint8Array {
    const want = n < 0 ? this.length - this.pos : Math.min(n, Math.max(0, this.length - this.pos));
    const out = this.fs.readAt!(this.path, this.pos, want);
    this.pos += out.length;
    return out;
  }
}

/** np.load(file, mmap_mode=…): a memmap over the data of a .npy file. */
export function openNpyMemmap(file: any, mode: string, maxHeaderSize: number): NDArray {
  if (hasMethod(file, 'read')) throwPy('ValueError', 'Filename must be a string or a path-like object.  Memmap cannot use existing file handles.');
  if (mode.includes('w')) throwPy('TypeError', "'NoneType' object is not subscriptable");
  const path = fsPath(file);
  const fs = hostFS();
  const src = fs.readAt ? new FileInput(fs, path, fileLength(fs, path, file)) : new MemInput(readPath(path, file));
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
      if (m && (m.mode === 'r+' || m.mode === 'w+')) flushStore(m.store);
      return null;
    },
  });
  return MemmapType;
}
