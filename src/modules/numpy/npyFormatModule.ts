/**
 * `numpy.lib.format` as a module object: the .npy reading and writing primitives NumPy exposes —
 * `magic`, `read_magic`, `dtype_to_descr`, `descr_to_dtype`, `header_data_from_array_1_0`,
 * `write_array_header_1_0/2_0`, `read_array_header_1_0/2_0`, `write_array`, `read_array` and
 * `open_memmap` (which creates a new .npy file of a given dtype and shape in the 'w+' mode) — over the
 * implementation in npyFormat.ts and memmap.ts. Headers written from a user's dict follow NumPy's
 * `_write_array_header`: `repr` of each value, keys sorted, growth-axis room, 64-byte alignment.
 */
import { DType, float64 } from '../../../runtime/dtype';
import { PyModule, PyBytes, PyTuple, tuple } from '../../objects/values';
import { PyDict, PySet } from '../../objects/hashtable';
import { throwPy } from '../../objects/errors';
import { builtin, Kw } from '../../objects/function';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { repr } from '../../objects/repr';
import { fsPath } from '../../objects/file';
import { pyDType, toDType } from './dtypes';
import { asArray } from './coerce';
import { kwArgs } from './ufuncs';
import {
  MAGIC_PREFIX, MAX_HEADER_SIZE, descrOf, dtypeFromDescr, readMagic, readHeaderAfterMagic, readArray,
  wrapHeader, wrapHeaderGuessVersion, withGrowthRoom, arrayBytes, objectData, storesFortran, NpyHeader,
} from './npyFormat';
import { FileObjectInput, writeToObject, hasMethod, writePath, userWarning } from './ioFiles';
import { makeMemmap, openNpyMemmap } from './memmap';

/** A `version` argument: null for "the oldest that fits", else the major number of (1,0)/(2,0)/(3,0). */
function versionArg(v: any): number | null {
  if (v === undefined || v === null) return null;
  const items = v instanceof PyTuple ? v.items : null;
  if (!items || items.length !== 2 || items[1] !== 0 || ![1, 2, 3].includes(items[0])) {
    throwPy('ValueError', `we only support format version (1,0), (2,0), and (3,0), not ${repr(v)}`);
  }
  return items[0];
}

/** _write_array_header's bytes for a header dict. */
function headerBlock(d: PyDict, version: number | null): Uint8Array {
  const keys = d.keys().slice().sort((a: any, b: any) => (a < b ? -1 : a > b ? 1 : 0));
  let text = '{' + keys.map((k: any) => `'${k}': ${repr(d.get(k))}, `).join('') + '}';
  const shape = d.get('shape');
  text = withGrowthRoom(text, truthy(d.get('fortran_order')), shape instanceof PyTuple ? shape.items : toArray(shape));
  if (version === null) return wrapHeaderGuessVersion(text, userWarning);
  const block = wrapHeader(text, version);
  if (!block) throwPy('ValueError', `Header length ${text.length + 1} too big for version=(${version}, 0)`);
  return block;
}

function headerDict(descr: any, fortran: boolean, shape: number[]): PyDict {
  const d = new PyDict();
  d.set('shape', tuple(shape));
  d.set('fortran_order', fortran);
  d.set('descr', descr);
  return d;
}

function headerTuple(h: NpyHeader): PyTuple {
  return tuple([tuple(h.shape), h.fortranOrder, pyDType(h.dtype)]);
}

function readHeaderOf(major: number) {
  return (args: any[], kw: Kw) => {
    const p = kwArgs(args, kw, ['fp', 'max_header_size']);
    const max = p.max_header_size === undefined ? MAX_HEADER_SIZE : pyIndex(p.max_header_size);
    return headerTuple(readHeaderAfterMagic(new FileObjectInput(p.fp), major, max, userWarning));
  };
}

function writeHeaderOf(major: number) {
  return (args: any[], kw: Kw) => {
    const p = kwArgs(args, kw, ['fp', 'd']);
    writeToObject(p.fp, headerBlock(p.d, major));
    return null;
  };
}

function openMemmap(args: any[], kw: Kw): any {
  const p = kwArgs(args, kw, ['filename', 'mode', 'dtype', 'shape', 'fortran_order', 'version', 'max_header_size']);
  if (hasMethod(p.filename, 'read') || hasMethod(p.filename, 'write')) {
    throwPy('ValueError', 'Filename must be a string or a path-like object.  Memmap cannot use existing file handles.');
  }
  const mode = p.mode === undefined ? 'r+' : String(p.mode);
  const path = fsPath(p.filename);
  if (mode.includes('w')) {
    const version = versionArg(p.version);
    const dt: DType = p.dtype === undefined || p.dtype === null ? float64 : toDType(p.dtype);
    const fortran = p.fortran_order !== undefined && truthy(p.fortran_order);
    if (p.shape === undefined || p.shape === null) throwPy('TypeError', "'NoneType' object is not subscriptable");
    const shape = (p.shape instanceof PyTuple ? p.shape.items : toArray(p.shape)).map((x: any) => pyIndex(x));
    const head = headerBlock(headerDict(descrOf(dt), fortran, shape), version);
    writePath(path, head, p.filename);
    return makeMemmap(p.filename, dt, mode === 'w+' ? 'r+' : mode, head.length, shape, fortran ? 'F' : 'C');
  }
  return openNpyMemmap(p.filename, mode, p.max_header_size === undefined ? MAX_HEADER_SIZE : pyIndex(p.max_header_size));
}

/** The `numpy.lib.format` module. */
export function npyFormatModule(): PyModule {
  const m = new PyModule('numpy.lib.format');
  const d = m.d;
  d.MAGIC_PREFIX = new PyBytes(MAGIC_PREFIX.slice());
  d.MAGIC_LEN = 8;
  d.ARRAY_ALIGN = 64;
  d.BUFFER_SIZE = 2 ** 18;
  d.GROWTH_AXIS_MAX_DIGITS = 21;
  const keys = new PySet();
  for (const k of ['descr', 'fortran_order', 'shape']) keys.add(k);
  d.EXPECTED_KEYS = keys;
  // dtypes here carry no metadata: each is its own metadata-free form
  d.drop_metadata = builtin('drop_metadata', (args, kw) => pyDType(toDType(kwArgs(args, kw, ['dtype']).dtype)));
  d.magic = builtin('magic', (args, kw) => {
    const p = kwArgs(args, kw, ['major', 'minor']);
    const major = pyIndex(p.major), minor = pyIndex(p.minor);
    if (major < 0 || major > 255) throwPy('ValueError', 'major version must be 0 <= major < 256');
    if (minor < 0 || minor > 255) throwPy('ValueError', 'minor version must be 0 <= minor < 256');
    return new PyBytes(new Uint8Array([...MAGIC_PREFIX, major, minor]));
  });
  d.read_magic = builtin('read_magic', (args, kw) => tuple(readMagic(new FileObjectInput(kwArgs(args, kw, ['fp']).fp))));
  d.dtype_to_descr = builtin('dtype_to_descr', (args, kw) => descrOf(toDType(kwArgs(args, kw, ['dtype']).dtype)));
  d.descr_to_dtype = builtin('descr_to_dtype', (args, kw) => {
    const descr = kwArgs(args, kw, ['descr']).descr;
    const dt = dtypeFromDescr(descr);
    if (!dt) throwPy('TypeError', `data type ${repr(descr)} not understood`);
    return pyDType(dt);
  });
  d.header_data_from_array_1_0 = builtin('header_data_from_array_1_0', (args, kw) => {
    const a = asArray(kwArgs(args, kw, ['array']).array);
    return headerDict(descrOf(a.dtype), storesFortran(a), a.shape);
  });
  d.write_array_header_1_0 = builtin('write_array_header_1_0', writeHeaderOf(1));
  d.write_array_header_2_0 = builtin('write_array_header_2_0', writeHeaderOf(2));
  d.read_array_header_1_0 = builtin('read_array_header_1_0', readHeaderOf(1));
  d.read_array_header_2_0 = builtin('read_array_header_2_0', readHeaderOf(2));
  d.write_array = builtin('write_array', (args, kw) => {
    const p = kwArgs(args, kw, ['fp', 'array', 'version', 'allow_pickle', 'pickle_kwargs']);
    const a = asArray(p.array);
    const data = objectData(a, p.allow_pickle === undefined || truthy(p.allow_pickle)) ?? arrayBytes(a);
    writeToObject(p.fp, headerBlock(headerDict(descrOf(a.dtype), storesFortran(a), a.shape), versionArg(p.version)));
    writeToObject(p.fp, data);
    return null;
  });
  d.read_array = builtin('read_array', (args, kw) => {
    const p = kwArgs(args, kw, ['fp', 'allow_pickle', 'pickle_kwargs', 'max_header_size']);
    const allowPickle = p.allow_pickle !== undefined && truthy(p.allow_pickle);
    const max = allowPickle ? Infinity : p.max_header_size === undefined ? MAX_HEADER_SIZE : pyIndex(p.max_header_size);
    return readArray(new FileObjectInput(p.fp), max, userWarning, allowPickle);
  });
  d.open_memmap = builtin('open_memmap', openMemmap);
  return m;
}
