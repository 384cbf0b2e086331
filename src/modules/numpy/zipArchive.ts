/**
 * Zip archives (PKWARE APPNOTE) as `.npz` files use them: reading any archive (stored or deflated
 * entries, zip64 sizes and offsets, data prepended before the archive) and writing the exact bytes
 * Python's `zipfile` produces for `np.savez` — each entry opened with `force_zip64=True`, so local headers
 * carry 0xFFFFFFFF sizes plus a zip64 extra field, version 4.5, the fixed 1980-01-01 00:00 timestamp of a
 * fresh `ZipInfo`, Unix `?rw-------` attributes in the central directory, and no data descriptors (the
 * archive is written to a seekable file).
 *
 * Errors follow zipfile: `BadZipFile: File is not a zip file`, `Bad CRC-32 for file '…'`, and
 * NotImplementedError for compression methods other than stored and deflate.
 */
import { makeExc } from '../../objects/exceptions';
import { throwPy } from '../../objects/errors';
import { repr } from '../../objects/repr';
import { crc32 } from './crc32';
import { deflateRaw } from './deflate';
import { inflateRaw, InflateError } from './inflate';
import { excClass } from './ioFiles';

/** zipfile.BadZipFile */
const BadZipFileType = excClass('BadZipFile', 'zipfile');
/** zlib.error, raised for a corrupt deflate stream */
const ZlibErrorType = excClass('error', 'zlib');

function badZip(msg: string): never {
  throw makeExc(BadZipFileType, msg);
}

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compSize: number;
  size: number;
  /** offset of the local file header in the archive bytes */
  headerOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const ZIP64_LIMIT = 0xffffffff;

function u64(dv: DataView, p: number): number {
  return Number(dv.getBigUint64(p, true));
}

/** The central directory of an archive held in `data`. */
export function readZip(data: Uint8Array): ZipEntry[] {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = -1;
  for (let p = data.length - 22; p >= Math.max(0, data.length - 22 - 65535); p--) {
    if (dv.getUint32(p, true) === SIG_END) {
      end = p;
      break;
    }
  }
  if (end < 0) badZip('File is not a zip file');
  let count = dv.getUint16(end + 10, true);
  let cdSize = dv.getUint32(end + 12, true);
  let cdOffset = dv.getUint32(end + 16, true);
  let endStart = end;
  const loc = end - 20;
  if (loc >= 0 && dv.getUint32(loc, true) === SIG_END64_LOCATOR) {
    const p = loc - 56;
    if (p < 0 || dv.getUint32(p, true) !== SIG_END64) badZip('Corrupt zip64 end of central directory locator');
    count = u64(dv, p + 32);
    cdSize = u64(dv, p + 40);
    cdOffset = u64(dv, p + 48);
    endStart = p;
  }
  // bytes prepended to the archive shift every recorded offset
  const concat = endStart - cdSize - cdOffset;
  if (concat < 0) badZip('Bad offset for central directory');
  const entries: ZipEntry[] = [];
  let p = cdOffset + concat;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || dv.getUint32(p, true) !== SIG_CENTRAL) badZip('Bad magic number for central directory');
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const crc = dv.getUint32(p + 16, true);
    let compSize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let headerOffset = dv.getUint32(p + 42, true);
    const rawName = data.subarray(p + 46, p + 46 + nameLen);
    const name = flags & 0x800 ? new TextDecoder().decode(rawName) : cp437(rawName);
    // zip64 extra field: the 64-bit values of the fields that are saturated, in this order
    let q = p + 46 + nameLen;
    const extraEnd = q + extraLen;
    while (q + 4 <= extraEnd) {
      const id = dv.getUint16(q, true);
      const len = dv.getUint16(q + 2, true);
      if (id === 1) {
        let r = q + 4;
        if (size === ZIP64_LIMIT) (size = u64(dv, r)), (r += 8);
        if (compSize === ZIP64_LIMIT) (compSize = u64(dv, r)), (r += 8);
        if (headerOffset === ZIP64_LIMIT) headerOffset = u64(dv, r);
      }
      q += 4 + len;
    }
    entries.push({ name, method, crc, compSize, size, headerOffset: headerOffset + concat });
    p = extraEnd + commentLen;
  }
  return entries;
}

/** IBM code page 437, the default encoding of zip names, for the bytes ASCII does not cover. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
function cp437(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += c < 128 ? String.fromCharCode(c) : CP437_HIGH[c - 128];
  return s;
}

/** The uncompressed content of an entry (CRC checked, as zipfile does at the end of a read). */
export function entryData(data: Uint8Array, e: ZipEntry): Uint8Array {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const h = e.headerOffset;
  if (h + 30 > data.length || dv.getUint32(h, true) !== SIG_LOCAL) badZip('Bad magic number for file header');
  const start = h + 30 + dv.getUint16(h + 26, true) + dv.getUint16(h + 28, true);
  let out: Uint8Array;
  if (e.method === 0) {
    out = data.subarray(start, start + e.compSize);
  } else if (e.method === 8) {
    try {
      out = inflateRaw(data.subarray(start, start + e.compSize), 0, e.size).data;
    } catch (err) {
      if (err instanceof InflateError) throw makeExc(ZlibErrorType, `Error -3 while decompressing data: ${err.message}`);
      throw err;
    }
  } else {
    return throwPy('NotImplementedError', 'That compression method is not supported');
  }
  if (out.length !== e.size || crc32(out) !== e.crc) badZip(`Bad CRC-32 for file ${repr(e.name)}`);
  return out;
}

/** An archive of `files` (in order) as zipfile writes it; deflated when `compress`. */
export function writeZip(files: { name: string; data: Uint8Array }[], compress: boolean): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const ascii = /^[\x00-\x7f]*$/.test(f.name);
    const name = new TextEncoder().encode(f.name);
    const flags = ascii ? 0 : 0x800;
    const body = compress ? deflateRaw(f.data) : f.data;
    const crc = crc32(f.data);
    const method = compress ? 8 : 0;
    const local = new Uint8Array(30 + name.length + 20);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, SIG_LOCAL, true);
    lv.setUint16(4, 45, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint16(10, 0, true); // time 00:00:00
    lv.setUint16(12, (1 << 5) | 1, true); // date 1980-01-01
    lv.setUint32(14, crc, true);
    lv.setUint32(18, ZIP64_LIMIT, true);
    lv.setUint32(22, ZIP64_LIMIT, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 20, true);
    local.set(name, 30);
    const x = 30 + name.length;
    lv.setUint16(x, 1, true);
    lv.setUint16(x + 2, 16, true);
    lv.setBigUint64(x + 4, BigInt(f.data.length), true);
    lv.setBigUint64(x + 12, BigInt(body.length), true);

    const big = f.data.length > ZIP64_LIMIT || body.length > ZIP64_LIMIT;
    const farOffset = offset > ZIP64_LIMIT;
    const zip64: number[] = [];
    if (big) zip64.push(f.data.length, body.length);
    if (farOffset) zip64.push(offset);
    const extraLen = zip64.length ? 4 + 8 * zip64.length : 0;
    const cen = new Uint8Array(46 + name.length + extraLen);
    const cv = new DataView(cen.buffer);
    cv.setUint32(0, SIG_CENTRAL, true);
    cv.setUint16(4, (3 << 8) | 45, true); // made by Unix, version 4.5
    cv.setUint16(6, 45, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, 0, true);
    cv.setUint16(14, (1 << 5) | 1, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, big ? ZIP64_LIMIT : body.length, true);
    cv.setUint32(24, big ? ZIP64_LIMIT : f.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extraLen, true);
    cv.setUint32(38, 0o600 << 16, true); // external attributes: ?rw-------
    cv.setUint32(42, farOffset ? ZIP64_LIMIT : offset, true);
    cen.set(name, 46);
    if (extraLen) {
      const e = 46 + name.length;
      cv.setUint16(e, 1, true);
      cv.setUint16(e + 2, 8 * zip64.length, true);
      zip64.forEach((v, i) => cv.setBigUint64(e + 4 + 8 * i, BigInt(v), true));
    }
    parts.push(local, body);
    central.push(cen);
    offset += local.length + body.length;
  }
  let cdSize = 0;
  for (const c of central) cdSize += c.length;
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, SIG_END, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let p = 0;
  for (const part of [...parts, ...central, end]) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}
