/**
 * `NpzFile`, what `np.load` returns for a .npz archive (numpy.lib.npyio.NpzFile, a Mapping): `.files`
 * (member names without their '.npy'), `npz[name]` (read and decoded on every access, as NumPy does;
 * members that are not .npy files come back as bytes), `in`, `len`, iteration over the names, `get`,
 * `keys()/values()/items()` views, `.f` (attribute access to the members), `close()`, use as a context
 * manager, and NumPy's repr `NpzFile 'x.npz' with keys: a, b`.
 *
 * The archive bytes are held in memory from `np.load` until `close()`; after closing, reading a member
 * fails as NumPy's does (its zip handle is None).
 */
import { builtinType, ObjectType, PyType } from '../../objects/pytype';
import { PyBytes, tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { makeExc } from '../../objects/exceptions';
import { defineMethods } from '../../objects/types/define';
import { defGetters } from '../../objects/descriptors';
import { ArrayIter } from '../../objects/iterators';
import { repr } from '../../objects/repr';
import { readZip, entryData, ZipEntry } from './zipArchive';
import { readArray, MAGIC_PREFIX } from './npyFormat';
import { MemInput, userWarning } from './ioFiles';

const NpzFileType = builtinType('NpzFile', ObjectType, 'numpy.lib.npyio');
const BagObjType = builtinType('BagObj', ObjectType, 'numpy.lib.npyio');
const KeysViewType = builtinType('KeysView', ObjectType, 'collections.abc');
const ValuesViewType = builtinType('ValuesView', ObjectType, 'collections.abc');
const ItemsViewType = builtinType('ItemsView', ObjectType, 'collections.abc');

export class NpzFile {
  declare cls: PyType;
  /** the member names without '.npy' (a Python list, as NumPy's attribute) */
  readonly files: string[];
  /** name or member name → member name */
  private readonly lookup = new Map<string, string>();
  private readonly entries = new Map<string, ZipEntry>();
  private data: Uint8Array | null;
  /** NumPy's `fid`: the file it opened itself (for the repr), or null */
  fidName: any;
  bag: BagObj | null;

  constructor(
    data: Uint8Array,
    fidName: any,
    readonly maxHeaderSize: number,
    readonly allowPickle: boolean,
  ) {
    this.data = data;
    this.fidName = fidName;
    this.files = [];
    for (const e of readZip(data)) {
      this.entries.set(e.name, e);
      const short = e.name.endsWith('.npy') ? e.name.slice(0, -4) : e.name;
      this.files.push(short);
      this.lookup.set(short, e.name);
    }
    for (const name of this.entries.keys()) this.lookup.set(name, name);
    this.bag = new BagObj(this);
  }

  has(key: any): boolean {
    return typeof key === 'string' && this.lookup.has(key);
  }

  get(key: any): any {
    const member = typeof key === 'string' ? this.lookup.get(key) : undefined;
    if (member === undefined) throw makeExc('KeyError', `${typeof key === 'string' ? key : repr(key)} is not a file in the archive`);
    if (this.data === null) throwPy('AttributeError', "'NoneType' object has no attribute 'open'");
    const bytes = entryData(this.data, this.entries.get(member)!);
    if (MAGIC_PREFIX.every((b, i) => bytes[i] === b)) return readArray(new MemInput(bytes), this.maxHeaderSize, userWarning, this.allowPickle);
    return new PyBytes(bytes.slice());
  }

  close(): void {
    this.data = null;
    this.fidName = null;
    this.bag = null;
  }

  repr(): string {
    const name = this.fidName === null ? 'object' : this.fidName;
    let names = this.files.slice(0, 5).join(', ');
    if (this.files.length > 5) names += '...';
    return `NpzFile ${repr(name)} with keys: ${names}`;
  }
}
NpzFile.prototype.cls = NpzFileType;

/** `npz.f`: the members as attributes. */
class BagObj {
  declare cls: PyType;
  constructor(readonly npz: NpzFile) {}
}
BagObj.prototype.cls = BagObjType;

/** keys()/values()/items() of an NpzFile: live views over its names. */
class NpzView {
  constructor(
    readonly cls: PyType,
    readonly npz: NpzFile,
  ) {}
  items(): any[] {
    const n = this.npz;
    if (this.cls === KeysViewType) return n.files.slice();
    if (this.cls === ValuesViewType) return n.files.map((k) => n.get(k));
    return n.files.map((k) => tuple([k, n.get(k)]));
  }
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  defGetters(NpzFileType, {
    files: (z: NpzFile) => z.files,
    f: (z: NpzFile) => z.bag,
  });
  defineMethods(NpzFileType, {
    __getitem__: (z: NpzFile, [k]) => z.get(k),
    __contains__: (z: NpzFile, [k]) => z.has(k),
    __len__: (z: NpzFile) => z.files.length,
    __iter__: (z: NpzFile) => new ArrayIter(z.files.slice()),
    __enter__: (z: NpzFile) => z,
    __exit__: (z: NpzFile) => {
      z.close();
      return null;
    },
    close: (z: NpzFile) => {
      z.close();
      return null;
    },
    __repr__: (z: NpzFile) => z.repr(),
    get: (z: NpzFile, [k, dflt]) => (z.has(k) ? z.get(k) : dflt ?? null),
    keys: (z: NpzFile) => new NpzView(KeysViewType, z),
    values: (z: NpzFile) => new NpzView(ValuesViewType, z),
    items: (z: NpzFile) => new NpzView(ItemsViewType, z),
  });
  defineMethods(BagObjType, {
    __getattr__: (b: BagObj, [name]) => {
      if (!b.npz.has(name)) throw makeExc('AttributeError', name);
      return b.npz.get(name);
    },
    __dir__: (b: BagObj) => b.npz.files.slice(),
  });
  for (const t of [KeysViewType, ValuesViewType, ItemsViewType]) {
    defineMethods(t, {
      __iter__: (v: NpzView) => new ArrayIter(v.items()),
      __len__: (v: NpzView) => v.npz.files.length,
      __repr__: (v: NpzView) => `${v.cls.name}(${v.npz.repr()})`,
    });
  }
  defineMethods(KeysViewType, { __contains__: (v: NpzView, [x]) => v.npz.has(x) });
}

/** The NpzFile for archive bytes; `fidName` is the path NumPy opened itself (null for a file object). */
export function npzFile(data: Uint8Array, fidName: any, maxHeaderSize: number, allowPickle: boolean): NpzFile {
  install();
  return new NpzFile(data, fidName, maxHeaderSize, allowPickle);
}
