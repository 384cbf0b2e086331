/**
 * `struct`: packing Python values into bytes and back by format strings, through a DataView. The first
 * character picks byte order, sizes and alignment: `@` (default; native = little-endian x86-64 sizes,
 * with `l`/`L`/`n`/`N`/`P` of 8 bytes and each item aligned to its size), `=`, `<`, `>`, `!` (standard
 * sizes, no alignment). Codes: x c b B ? h H i I l L q Q n N P e f d s p, with repeat counts. pack,
 * unpack, calcsize, pack_into, unpack_from, iter_unpack, Struct and struct.error, with CPython's messages.
 */
import { PyModule, PyTuple, PyBytes, PyFloat, tuple } from '../objects/values';
import { builtin } from '../objects/function';
import { throwPy } from '../objects/errors';
import { makeExc, excType } from '../objects/exceptions';
import { PyType, builtinType, ObjectType, typeOf } from '../objects/pytype';
import { defineMethods } from '../objects/types/define';
import { defGetters } from '../objects/descriptors';
import { index as pyIndex, truthy } from '../objects/protocols';
import { ArrayIter } from '../objects/iterators';
import { toHalfBits, fromHalfBits } from '../../runtime/half';

const StructError = new PyType('error', [excType('Exception')], null, false, 'struct');

const fail = (msg: string): never => {
  throw makeExc(StructError, msg);
};

interface Item {
  code: string;
  count: number;
  offset: number;
  size: number;
}
interface Layout {
  little: boolean;
  items: Item[];
  size: number;
  nvalues: number;
}

const STD: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };
const NATIVE: Record<string, number> = { ...STD, l: 8, L: 8, n: 8, N: 8, P: 8 };

const layouts = new Map<string, Layout>();

function layout(fmt: any): Layout {
  const f = fmt instanceof PyBytes ? new TextDecoder().decode(fmt.data) : fmt;
  if (typeof f !== 'string') throwPy('TypeError', `Struct() argument 1 must be a str or bytes object, not ${typeOf(fmt).tpName}`);
  let l = layouts.get(f);
  if (l) return l;
  let i = 0;
  let mode = '@';
  if (f.length && '@=<>!'.includes(f[0])) mode = f[i++];
  const native = mode === '@';
  const sizes = native ? NATIVE : STD;
  const little = mode === '@' || mode === '=' || mode === '<';
  const items: Item[] = [];
  let offset = 0;
  let nvalues = 0;
  while (i < f.length) {
    const c = f[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      i++;
      continue;
    }
    let count = 1;
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < f.length && f[j] >= '0' && f[j] <= '9') j++;
      count = Number(f.slice(i, j));
      i = j;
      if (i >= f.length) fail('repeat count given without format specifier');
    }
    const code = f[i++];
    const size = sizes[code];
    if (size === undefined) fail('bad char in struct format');
    if (native && code !== 's' && code !== 'p' && code !== 'x' && code !== 'c' && size > 1) offset = Math.ceil(offset / size) * size;
    items.push({ code, count, offset, size });
    if (code === 's' || code === 'p') {
      offset += count;
      nvalues += 1;
    } else {
      offset += size * count;
      if (code !== 'x') nvalues += count;
    }
  }
  l = { little, items, size: offset, nvalues };
  layouts.set(f, l);
  return l;
}

const NAMED: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };

/** an integer argument for `code`, with CPython's range errors (which differ by code and byte order) */
function intArg(v: any, lo: bigint, hi: bigint, code: string, little: boolean): bigint {
  if ((typeof v === 'number' && !Number.isInteger(v)) || (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && !(v && typeOf(v).lookup('__index__')))) {
    fail('required argument is not an integer');
  }
  const x = typeof v === 'bigint' ? v : typeof v === 'number' ? BigInt(v) : typeof v === 'boolean' ? BigInt(+v) : BigInt(pyIndex(v));
  if (x >= lo && x <= hi) return x;
  if (little) {
    if (NAMED[code]) fail(`${NAMED[code]} format requires ${lo} <= number <= ${hi}`);
    if (code === 'i') fail(`'i' format requires ${lo} <= number <= ${hi}`);
  } else if (code !== 'q' && code !== 'Q') fail(`'${code}' format requires ${lo} <= number <= ${hi}`);
  return fail('argument out of range');
}

const RANGES: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n], B: [0n, 255n], h: [-32768n, 32767n], H: [0n, 65535n], i: [-(2n ** 31n), 2n ** 31n - 1n], I: [0n, 2n ** 32n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n], Q: [0n, 2n ** 64n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n], N: [0n, 2n ** 64n - 1n], P: [0n, 2n ** 64n - 1n],
};

function range(code: string, size: number): [bigint, bigint] {
  if (code === 'l') return size === 8 ? RANGES.q : RANGES.i;
  if (code === 'L') return size === 8 ? RANGES.Q : RANGES.I;
  return RANGES[code];
}

function floatArg(v: any): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  const f = v && typeOf(v).lookup('__float__');
  if (!f) fail('required argument is not a float');
  const r = (f as any).meth ? (f as any).meth(v, [], null) : null;
  return r instanceof PyFloat ? r.v : Number(r);
}

function packInto(l: Layout, dv: DataView, base: number, values: any[]): void {
  if (values.length !== l.nvalues) fail(`pack expected ${l.nvalues} items for packing (got ${values.length})`);
  let k = 0;
  for (const it of l.items) {
    if (it.code === 's' || it.code === 'p') {
      const v = values[k++];
      if (!(v instanceof PyBytes)) fail(`argument for '${it.code}' must be a bytes object`);
      const data = (v as PyBytes).data;
      if (it.code === 's') {
        for (let j = 0; j < it.count; j++) dv.setUint8(base + it.offset + j, j < data.length ? data[j] : 0);
      } else if (it.count > 0) {
        const n = Math.min(data.length, it.count - 1, 255);
        dv.setUint8(base + it.offset, n);
        for (let j = 1; j < it.count; j++) dv.setUint8(base + it.offset + j, j - 1 < n ? data[j - 1] : 0);
      }
      continue;
    }
    for (let r = 0; r < it.count; r++) {
      const at = base + it.offset + r * it.size;
      if (it.code === 'x') {
        dv.setUint8(at, 0);
        continue;
      }
      const v = values[k++];
      switch (it.code) {
        case 'c':
          if (!(v instanceof PyBytes) || v.data.length !== 1) fail("char format requires a bytes object of length 1");
          dv.setUint8(at, (v as PyBytes).data[0]);
          break;
        case '?':
          dv.setUint8(at, truthy(v) ? 1 : 0);
          break;
        case 'e':
          dv.setUint16(at, toHalfBits(floatArg(v)), l.little);
          break;
        case 'f': {
          const x = floatArg(v);
          if (Number.isFinite(x) && !Number.isFinite(Math.fround(x))) throwPy('OverflowError', 'float too large to pack with f format');
          dv.setFloat32(at, x, l.little);
          break;
        }
        case 'd':
          dv.setFloat64(at, floatArg(v), l.little);
          break;
        default: {
          const [lo, hi] = range(it.code, it.size);
          const x = intArg(v, lo, hi, it.code, l.little);
          if (it.size === 8) dv.setBigUint64(at, BigInt.asUintN(64, x), l.little);
          else if (it.size === 4) dv.setUint32(at, Number(BigInt.asUintN(32, x)), l.little);
          else if (it.size === 2) dv.setUint16(at, Number(BigInt.asUintN(16, x)), l.little);
          else dv.setUint8(at, Number(BigInt.asUintN(8, x)));
        }
      }
    }
  }
}

function unpackFrom(l: Layout, dv: DataView, base: number): PyTuple {
  const out: any[] = [];
  const int = (x: bigint) => (x >= -(2n ** 53n) && x <= 2n ** 53n ? Number(x) : x);
  for (const it of l.items) {
    if (it.code === 's') {
      out.push(new PyBytes(new Uint8Array(dv.buffer.slice(dv.byteOffset + base + it.offset, dv.byteOffset + base + it.offset + it.count))));
      continue;
    }
    if (it.code === 'p') {
      const n = it.count ? Math.min(dv.getUint8(base + it.offset), it.count - 1) : 0;
      out.push(new PyBytes(new Uint8Array(dv.buffer.slice(dv.byteOffset + base + it.offset + 1, dv.byteOffset + base + it.offset + 1 + n))));
      continue;
    }
    for (let r = 0; r < it.count; r++) {
      const at = base + it.offset + r * it.size;
      const signed = it.code === 'b' || it.code === 'h' || it.code === 'i' || it.code === 'l' || it.code === 'q' || it.code === 'n';
      switch (it.code) {
        case 'x': break;
        case 'c': out.push(new PyBytes(new Uint8Array([dv.getUint8(at)]))); break;
        case '?': out.push(dv.getUint8(at) !== 0); break;
        case 'e': out.push(new PyFloat(fromHalfBits(dv.getUint16(at, l.little)))); break;
        case 'f': out.push(new PyFloat(dv.getFloat32(at, l.little))); break;
        case 'd': out.push(new PyFloat(dv.getFloat64(at, l.little))); break;
        default:
          if (it.size === 8) out.push(int(signed ? dv.getBigInt64(at, l.little) : dv.getBigUint64(at, l.little)));
          else if (it.size === 4) out.push(signed ? dv.getInt32(at, l.little) : dv.getUint32(at, l.little));
          else if (it.size === 2) out.push(signed ? dv.getInt16(at, l.little) : dv.getUint16(at, l.little));
          else out.push(signed ? dv.getInt8(at) : dv.getUint8(at));
      }
    }
  }
  return tuple(out.map((v) => (v instanceof PyFloat && !Number.isInteger(v.v) ? v.v : v)));
}

function bufferOf(b: any): Uint8Array {
  if (b instanceof PyBytes) return b.data;
  if (b && b.data instanceof Uint8Array) return b.data;
  return throwPy('TypeError', `a bytes-like object is required, not '${typeOf(b).tpName}'`);
}

export function pack(fmt: any, values: any[]): PyBytes {
  const l = layout(fmt);
  const out = new Uint8Array(l.size);
  packInto(l, new DataView(out.buffer), 0, values);
  return new PyBytes(out);
}

export function unpack(fmt: any, buf: any, offset = 0, exact = true): PyTuple {
  const l = layout(fmt);
  const data = bufferOf(buf);
  if (exact ? data.length !== l.size : data.length - offset < l.size) {
    fail(exact ? `unpack requires a buffer of ${l.size} bytes` : `unpack_from requires a buffer of at least ${l.size + offset} bytes for unpacking ${l.size} bytes at offset ${offset} (actual buffer size is ${data.length})`);
  }
  return unpackFrom(l, new DataView(data.buffer, data.byteOffset, data.length), offset);
}

export const StructType = builtinType('Struct', ObjectType, 'struct');
class StructObj {
  declare cls: PyType;
  constructor(readonly format: string) {}
}
StructObj.prototype.cls = StructType;

export function makeStruct(): PyModule {
  const m = new PyModule('struct');
  const d = m.d;
  d.error = StructError;
  d.Struct = StructType;
  d.pack = builtin('pack', (args) => pack(args[0], args.slice(1)));
  d.unpack = builtin('unpack', (args) => unpack(args[0], args[1]));
  d.calcsize = builtin('calcsize', (args) => layout(args[0]).size);
  d.unpack_from = builtin('unpack_from', (args, kw) => unpack(args[0], args[1], Number(pyIndex(kw?.get('offset') ?? args[2] ?? 0)), false));
  d.pack_into = builtin('pack_into', (args) => {
    const l = layout(args[0]);
    const data = bufferOf(args[1]);
    const off = Number(pyIndex(args[2]));
    if (off + l.size > data.length) fail(`pack_into requires a buffer of at least ${l.size + off} bytes for packing ${l.size} bytes at offset ${off} (actual buffer size is ${data.length})`);
    packInto(l, new DataView(data.buffer, data.byteOffset, data.length), off, args.slice(3));
    return null;
  });
  d.iter_unpack = builtin('iter_unpack', (args) => {
    const l = layout(args[0]);
    const data = bufferOf(args[1]);
    if (l.size === 0 || data.length % l.size !== 0) fail(`iterative unpacking requires a buffer of a multiple of ${l.size} bytes`);
    const rows: PyTuple[] = [];
    for (let o = 0; o < data.length; o += l.size) rows.push(unpackFrom(l, new DataView(data.buffer, data.byteOffset, data.length), o));
    return new ArrayIter(rows);
  });
  StructType.newInstance = (_cls, args) => {
    layout(args[0]);
    return new StructObj(args[0] instanceof PyBytes ? new TextDecoder().decode(args[0].data) : args[0]);
  };
  defineMethods(StructType, {
    pack: (s: StructObj, args) => pack(s.format, args),
    unpack: (s: StructObj, [b]) => unpack(s.format, b),
    unpack_from: (s: StructObj, args, kw) => unpack(s.format, args[0], Number(pyIndex(kw?.get('offset') ?? args[1] ?? 0)), false),
    iter_unpack: (s: StructObj, [b]) => {
      const l = layout(s.format);
      const data = bufferOf(b);
      const rows: PyTuple[] = [];
      for (let o = 0; o + l.size <= data.length && l.size > 0; o += l.size) rows.push(unpackFrom(l, new DataView(data.buffer, data.byteOffset, data.length), o));
      return new ArrayIter(rows);
    },
  });
  defGetters(StructType, {
    format: (s: StructObj) => s.format,
    size: (s: StructObj) => layout(s.format).size,
  });
  return m;
}
