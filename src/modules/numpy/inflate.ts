/**
 * DEFLATE decompression (RFC 1951), for reading `savez_compressed` archives and .gz text files: stored,
 * fixed-Huffman and dynamic-Huffman blocks. Also the gzip wrapper (RFC 1952) around a deflate stream.
 *
 * Huffman codes are decoded canonically, as in Mark Adler's `puff.c`: per code length, the count of
 * codes and the symbols in code order; a code is read bit by bit (most significant bit first, which is
 * how DEFLATE packs Huffman codes) and compared against the first code of each length. A first-level
 * table indexed by the next 9 bits resolves most codes in one step. Malformed input raises
 * `InflateError` (the callers turn it into the Python error NumPy would surface).
 */

export class InflateError extends Error {}

const MAXBITS = 15;
const FAST_BITS = 9;

/** A canonical Huffman code: counts per length, symbols in code order, and a fast table for short codes. */
interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
  /** (symbol << 4 | length) for every FAST_BITS-bit prefix whose code is that short; 0 when longer */
  fast: Int32Array;
}

function buildHuffman(lengths: Uint8Array | number[], n: number): Huffman {
  const count = new Uint16Array(MAXBITS + 1);
  for (let s = 0; s < n; s++) count[lengths[s]]++;
  const offs = new Uint16Array(MAXBITS + 1);
  for (let len = 1; len < MAXBITS; len++) offs[len + 1] = offs[len] + count[len];
  const symbol = new Uint16Array(n);
  for (let s = 0; s < n; s++) if (lengths[s] !== 0) symbol[offs[lengths[s]]++] = s;
  // fast table: walk the canonical codes of length ≤ FAST_BITS and fill every suffix completion
  const fast = new Int32Array(1 << FAST_BITS);
  let code = 0;
  let index = 0;
  for (let len = 1; len <= FAST_BITS; len++) {
    for (let k = 0; k < count[len]; k++) {
      // codes are read MSB first; the table is indexed by the bits in reading order (reversed)
      const rev = reverse(code, len);
      for (let fill = rev; fill < 1 << FAST_BITS; fill += 1 << len) fast[fill] = (symbol[index] << 4) | len;
      code++;
      index++;
    }
    code <<= 1;
  }
  return { count, symbol, fast };
}

function reverse(code: number, len: number): number {
  let r = 0;
  for (let i = 0; i < len; i++) {
    r = (r << 1) | (code & 1);
    code >>= 1;
  }
  return r;
}

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

let fixedCodes: [Huffman, Huffman] | null = null;
function fixed(): [Huffman, Huffman] {
  if (!fixedCodes) {
    const l: number[] = [];
    for (let s = 0; s < 288; s++) l.push(s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8);
    fixedCodes = [buildHuffman(l, 288), buildHuffman(new Array(30).fill(5), 30)];
  }
  return fixedCodes;
}

class Inflater {
  private pos: number;
  private bitBuf = 0;
  private bitCnt = 0;
  out: Uint8Array;
  outLen = 0;

  constructor(
    private readonly src: Uint8Array,
    start: number,
    sizeHint: number,
  ) {
    this.pos = start;
    this.out = new Uint8Array(Math.max(sizeHint, 1024));
  }

  /** position just past the last byte consumed (after the final block, byte-aligned) */
  get end(): number {
    return this.pos - (this.bitCnt >> 3);
  }

  private need(n: number): void {
    while (this.bitCnt < n) {
      if (this.pos >= this.src.length) throw new InflateError('unexpected end of compressed data');
      this.bitBuf |= this.src[this.pos++] << this.bitCnt;
      this.bitCnt += 8;
    }
  }

  private bits(n: number): number {
    if (n === 0) return 0;
    this.need(n);
    const v = this.bitBuf & ((1 << n) - 1);
    this.bitBuf >>>= n;
    this.bitCnt -= n;
    return v;
  }

  private ensure(extra: number): void {
    if (this.outLen + extra <= this.out.length) return;
    const grown = new Uint8Array(Math.max(this.out.length * 2, this.outLen + extra));
    grown.set(this.out.subarray(0, this.outLen));
    this.out = grown;
  }

  private decode(h: Huffman): number {
    // fast path: enough buffered bits (or input) for a table lookup
    if (this.bitCnt < FAST_BITS) {
      while (this.bitCnt < 24 && this.pos < this.src.length) {
        this.bitBuf |= this.src[this.pos++] << this.bitCnt;
        this.bitCnt += 8;
      }
    }
    if (this.bitCnt >= FAST_BITS) {
      const e = h.fast[this.bitBuf & ((1 << FAST_BITS) - 1)];
      if (e !== 0) {
        const len = e & 15;
        this.bitBuf >>>= len;
        this.bitCnt -= len;
        return e >> 4;
      }
    }
    let code = 0, first = 0, index = 0;
    for (let len = 1; len <= MAXBITS; len++) {
      code |= this.bits(1);
      const count = h.count[len];
      if (code - count < first) return h.symbol[index + (code - first)];
      index += count;
      first += count;
      first <<= 1;
      code <<= 1;
    }
    throw new InflateError('invalid Huffman code');
  }

  private stored(): void {
    this.bitBuf = 0;
    this.pos -= this.bitCnt >> 3;
    this.bitCnt = 0;
    if (this.pos + 4 > this.src.length) throw new InflateError('unexpected end of compressed data');
    const len = this.src[this.pos] | (this.src[this.pos + 1] << 8);
    const nlen = this.src[this.pos + 2] | (this.src[this.pos + 3] << 8);
    if (len !== (~nlen & 0xffff)) throw new InflateError('invalid stored block lengths');
    this.pos += 4;
    if (this.pos + len > this.src.length) throw new InflateError('unexpected end of compressed data');
    this.ensure(len);
    this.out.set(this.src.subarray(this.pos, this.pos + len), this.outLen);
    this.outLen += len;
    this.pos += len;
  }

  private codes(lit: Huffman, dist: Huffman): void {
    for (;;) {
      let sym = this.decode(lit);
      if (sym < 256) {
        if (this.outLen >= this.out.length) this.ensure(1);
        this.out[this.outLen++] = sym;
        continue;
      }
      if (sym === 256) return;
      sym -= 257;
      if (sym >= 29) throw new InflateError('invalid literal/length code');
      const len = LEN_BASE[sym] + this.bits(LEN_EXTRA[sym]);
      const ds = this.decode(dist);
      if (ds >= 30) throw new InflateError('invalid distance code');
      const d = DIST_BASE[ds] + this.bits(DIST_EXTRA[ds]);
      if (d > this.outLen) throw new InflateError('invalid distance too far back');
      this.ensure(len);
      const o = this.out;
      let p = this.outLen;
      for (let k = 0; k < len; k++, p++) o[p] = o[p - d];
      this.outLen = p;
    }
  }

  private dynamic(): void {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new InflateError('bad counts');
    const cl = new Uint8Array(19);
    for (let i = 0; i < ncode; i++) cl[CL_ORDER[i]] = this.bits(3);
    const clh = buildHuffman(cl, 19);
    const lengths = new Uint8Array(nlen + ndist);
    let i = 0;
    while (i < nlen + ndist) {
      const sym = this.decode(clh);
      if (sym < 16) {
        lengths[i++] = sym;
        continue;
      }
      let len = 0;
      let rep: number;
      if (sym === 16) {
        if (i === 0) throw new InflateError('repeat with no first length');
        len = lengths[i - 1];
        rep = 3 + this.bits(2);
      } else if (sym === 17) rep = 3 + this.bits(3);
      else rep = 11 + this.bits(7);
      if (i + rep > nlen + ndist) throw new InflateError('too many lengths');
      while (rep--) lengths[i++] = len;
    }
    if (lengths[256] === 0) throw new InflateError('no end-of-block code');
    this.codes(buildHuffman(lengths.subarray(0, nlen), nlen), buildHuffman(lengths.subarray(nlen), ndist));
  }

  run(): void {
    let last = 0;
    do {
      last = this.bits(1);
      const type = this.bits(2);
      if (type === 0) this.stored();
      else if (type === 1) this.codes(...fixed());
      else if (type === 2) this.dynamic();
      else throw new InflateError('invalid block type');
    } while (!last);
  }
}

/** Decompress a raw deflate stream starting at `start`; returns the data and where the stream ended. */
export function inflateRaw(src: Uint8Array, start = 0, sizeHint = 0): { data: Uint8Array; end: number } {
  const inf = new Inflater(src, start, sizeHint || src.length * 4);
  inf.run();
  return { data: inf.out.slice(0, inf.outLen), end: inf.end };
}

/** Whether the data starts with gzip's magic bytes. */
export function isGzip(data: Uint8Array): boolean {
  return data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
}

/** Decompress a gzip file (every member, concatenated, as Python's gzip module does). */
export function gunzip(src: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let pos = 0;
  while (pos < src.length) {
    if (!isGzip(src.subarray(pos)) || src[pos + 2] !== 8) throw new InflateError('Not a gzipped file');
    const flags = src[pos + 3];
    let p = pos + 10;
    if (flags & 4) p += 2 + (src[p] | (src[p + 1] << 8));
    if (flags & 8) while (src[p++] !== 0);
    if (flags & 16) while (src[p++] !== 0);
    if (flags & 2) p += 2;
    const { data, end } = inflateRaw(src, p);
    parts.push(data);
    pos = end + 8;
    while (pos < src.length && src[pos] === 0) pos++;
  }
  let total = 0;
  for (const q of parts) total += q.length;
  const out = new Uint8Array(total);
  let o = 0;
  for (const q of parts) {
    out.set(q, o);
    o += q.length;
  }
  return out;
}
