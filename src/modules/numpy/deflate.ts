/**
 * DEFLATE compression (RFC 1951), for `savez_compressed` and .gz text output: LZ77 over a 32 KiB window
 * (hash chains of 3-byte prefixes, a chain walk bounded in steps and ended by a long enough match,
 * one-step lazy matching, as zlib does at its middle levels) feeding blocks of up to 16 Ki symbols, each emitted in whichever of stored, fixed-Huffman or
 * dynamic-Huffman form is smallest. Dynamic codes are Huffman codes limited to 15 bits (7 for the
 * code-length code) — when a tree is too deep, frequencies are halved and the tree rebuilt — with the
 * code lengths run-length coded by symbols 16/17/18.
 *
 * The output is a valid stream any inflater (zlib, Python's zipfile) reads; it is not byte-identical to
 * zlib's, so archives are compared by content, not bytes. Also the gzip (RFC 1952) wrapper.
 */
import { crc32 } from './crc32';

const WINDOW = 32768;
const MIN_MATCH = 3;
const MAX_MATCH = 258;
const HASH_BITS = 15;
const MAX_CHAIN = 128;
/** matches at least this long are taken without looking one byte further */
const LAZY_LIMIT = 32;
/** a match this long ends the chain walk (zlib's nice_length at level 6) */
const NICE = 128;
const BLOCK_SYMBOLS = 16384;

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** length (3..258) → length code index 0..28 */
const LEN_CODE = new Uint8Array(259);
for (let c = 0; c < 29; c++) {
  const top = c === 28 ? 258 : LEN_BASE[c] + (1 << LEN_EXTRA[c]) - 1;
  for (let l = LEN_BASE[c]; l <= top && l <= 258; l++) LEN_CODE[l] = c;
}
LEN_CODE[258] = 28;

function distCode(d: number): number {
  let lo = 0, hi = 29;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DIST_BASE[mid] <= d) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

class BitWriter {
  buf = new Uint8Array(1 << 16);
  len = 0;
  private acc = 0;
  private cnt = 0;

  private grow(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    const g = new Uint8Array(Math.max(this.buf.length * 2, this.len + extra));
    g.set(this.buf.subarray(0, this.len));
    this.buf = g;
  }

  /** write the low n bits of v, least significant first */
  bits(v: number, n: number): void {
    this.acc |= v << this.cnt;
    this.cnt += n;
    if (this.cnt >= 16) {
      this.grow(4);
      while (this.cnt >= 8) {
        this.buf[this.len++] = this.acc & 0xff;
        this.acc >>>= 8;
        this.cnt -= 8;
      }
    }
  }

  align(): void {
    this.grow(4);
    while (this.cnt > 0) {
      this.buf[this.len++] = this.acc & 0xff;
      this.acc >>>= 8;
      this.cnt = Math.max(0, this.cnt - 8);
    }
    this.acc = 0;
  }

  bytes(data: Uint8Array): void {
    this.grow(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
  }
}

/** Code lengths of a Huffman code for `freq`, no code longer than `limit` bits. */
function codeLengths(freq: ArrayLike<number>, limit: number): Uint8Array {
  const n = freq.length;
  const f = Array.from(freq);
  for (;;) {
    const lengths = huffmanLengths(f);
    let max = 0;
    for (let i = 0; i < n; i++) max = Math.max(max, lengths[i]);
    if (max <= limit) return lengths;
    for (let i = 0; i < n; i++) if (f[i] > 0) f[i] = Math.max(1, f[i] >> 1);
  }
}

function huffmanLengths(freq: number[]): Uint8Array {
  const n = freq.length;
  const lengths = new Uint8Array(n);
  const used: number[] = [];
  for (let i = 0; i < n; i++) if (freq[i] > 0) used.push(i);
  if (used.length === 0) return lengths;
  if (used.length === 1) {
    lengths[used[0]] = 1;
    return lengths;
  }
  // nodes: leaves 0..n-1, internal nodes appended; two sorted queues make this O(n log n)
  const weight: number[] = freq.slice();
  const parent: number[] = new Array(n).fill(-1);
  const leaves = used.slice().sort((a, b) => freq[a] - freq[b] || a - b);
  const internal: number[] = [];
  let li = 0, ii = 0;
  const pick = (): number => {
    if (ii >= internal.length || (li < leaves.length && weight[leaves[li]] <= weight[internal[ii]])) return leaves[li++];
    return internal[ii++];
  };
  for (let k = 0; k < used.length - 1; k++) {
    const a = pick(), b = pick();
    const node = weight.length;
    weight.push(weight[a] + weight[b]);
    parent.push(-1);
    parent[a] = node;
    parent[b] = node;
    internal.push(node);
  }
  const depth: number[] = new Array(weight.length).fill(0);
  for (let node = weight.length - 2; node >= 0; node--) if (parent[node] >= 0) depth[node] = depth[parent[node]] + 1;
  for (const s of used) lengths[s] = depth[s];
  return lengths;
}

/** Canonical codes (bit-reversed, ready to write LSB first) for the given lengths. */
function canonicalCodes(lengths: Uint8Array): Uint16Array {
  const count = new Uint16Array(16);
  for (const l of lengths) count[l]++;
  count[0] = 0;
  const next = new Uint16Array(16);
  let code = 0;
  for (let bits = 1; bits <= 15; bits++) {
    code = (code + count[bits - 1]) << 1;
    next[bits] = code;
  }
  const codes = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) {
    const l = lengths[s];
    if (l === 0) continue;
    let c = next[l]++;
    let r = 0;
    for (let i = 0; i < l; i++) {
      r = (r << 1) | (c & 1);
      c >>= 1;
    }
    codes[s] = r;
  }
  return codes;
}

const FIXED_LIT = new Uint8Array(288).map((_, s) => (s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8));
const FIXED_DIST = new Uint8Array(30).fill(5);

/** Run-length code a sequence of code lengths with symbols 0–18 (RFC 1951 §3.2.7). */
function rleLengths(lengths: Uint8Array): { sym: number[]; extra: number[] } {
  const sym: number[] = [];
  const extra: number[] = [];
  for (let i = 0; i < lengths.length; ) {
    const l = lengths[i];
    let run = 1;
    while (i + run < lengths.length && lengths[i + run] === l) run++;
    i += run;
    if (l === 0) {
      while (run >= 11) {
        const r = Math.min(run, 138);
        sym.push(18), extra.push(r - 11);
        run -= r;
      }
      if (run >= 3) {
        sym.push(17), extra.push(run - 3);
        run = 0;
      }
    } else {
      sym.push(l), extra.push(0);
      run--;
      while (run >= 3) {
        const r = Math.min(run, 6);
        sym.push(16), extra.push(r - 3);
        run -= r;
      }
    }
    while (run-- > 0) sym.push(l), extra.push(0);
  }
  return { sym, extra };
}

/** One block's symbols: literals (< 256) or (length, distance) pairs. */
class Block {
  lit: number[] = [];
  dist: number[] = [];

  emit(w: BitWriter, raw: Uint8Array, last: boolean): void {
    const litFreq = new Array(286).fill(0);
    const distFreq = new Array(30).fill(0);
    for (let i = 0; i < this.lit.length; i++) {
      const v = this.lit[i];
      if (this.dist[i] === 0) litFreq[v]++;
      else {
        litFreq[257 + LEN_CODE[v]]++;
        distFreq[distCode(this.dist[i])]++;
      }
    }
    litFreq[256] = 1;
    const litLen = codeLengths(litFreq, 15);
    const distLen = codeLengths(distFreq, 15);
    let nlit = 286;
    while (nlit > 257 && litLen[nlit - 1] === 0) nlit--;
    let ndist = 30;
    while (ndist > 1 && distLen[ndist - 1] === 0) ndist--;
    const all = new Uint8Array(nlit + ndist);
    all.set(litLen.subarray(0, nlit), 0);
    all.set(distLen.subarray(0, ndist), nlit);
    const rle = rleLengths(all);
    const clFreq = new Array(19).fill(0);
    for (const s of rle.sym) clFreq[s]++;
    // zlib rejects an incomplete code-length code: make sure it has two symbols
    if (clFreq.filter((f) => f > 0).length < 2) clFreq[clFreq[0] > 0 ? 1 : 0] = 1;
    const clLen = codeLengths(clFreq, 7);
    let ncl = 19;
    while (ncl > 4 && clLen[CL_ORDER[ncl - 1]] === 0) ncl--;

    const dataCost = (ll: Uint8Array, dl: Uint8Array) => {
      let bits = ll[256];
      for (let s = 0; s < 286; s++) if (s !== 256) bits += litFreq[s] * (ll[s] + (s > 256 ? LEN_EXTRA[s - 257] : 0));
      for (let d = 0; d < 30; d++) bits += distFreq[d] * (dl[d] + DIST_EXTRA[d]);
      return bits;
    };
    let dynCost = 14 + 3 * ncl + dataCost(litLen, distLen);
    for (const s of rle.sym) dynCost += clLen[s] + (s === 16 ? 2 : s === 17 ? 3 : s === 18 ? 7 : 0);
    const fixCost = dataCost(FIXED_LIT, FIXED_DIST);
    const storedCost = (raw.length + 5) * 8;
    if (storedCost <= fixCost && storedCost <= dynCost && raw.length <= 65535) {
      w.bits(last ? 1 : 0, 3);
      w.align();
      w.bits(raw.length & 0xffff, 16);
      w.bits(~raw.length & 0xffff, 16);
      w.align();
      w.bytes(raw);
      return;
    }
    if (fixCost <= dynCost) {
      w.bits((last ? 1 : 0) | (1 << 1), 3);
      this.symbols(w, FIXED_LIT, FIXED_DIST);
      return;
    }
    w.bits((last ? 1 : 0) | (2 << 1), 3);
    w.bits(nlit - 257, 5);
    w.bits(ndist - 1, 5);
    w.bits(ncl - 4, 4);
    for (let i = 0; i < ncl; i++) w.bits(clLen[CL_ORDER[i]], 3);
    const clCodes = canonicalCodes(clLen);
    for (let i = 0; i < rle.sym.length; i++) {
      const s = rle.sym[i];
      w.bits(clCodes[s], clLen[s]);
      if (s === 16) w.bits(rle.extra[i], 2);
      else if (s === 17) w.bits(rle.extra[i], 3);
      else if (s === 18) w.bits(rle.extra[i], 7);
    }
    this.symbols(w, litLen, distLen);
  }

  private symbols(w: BitWriter, ll: Uint8Array, dl: Uint8Array): void {
    const lc = canonicalCodes(ll), dc = canonicalCodes(dl);
    for (let i = 0; i < this.lit.length; i++) {
      const v = this.lit[i];
      const d = this.dist[i];
      if (d === 0) {
        w.bits(lc[v], ll[v]);
        continue;
      }
      const c = LEN_CODE[v];
      w.bits(lc[257 + c], ll[257 + c]);
      if (LEN_EXTRA[c]) w.bits(v - LEN_BASE[c], LEN_EXTRA[c]);
      const k = distCode(d);
      w.bits(dc[k], dl[k]);
      if (DIST_EXTRA[k]) w.bits(d - DIST_BASE[k], DIST_EXTRA[k]);
    }
    w.bits(lc[256], ll[256]);
  }
}

/** Compress `data` into a raw deflate stream. */
export function deflateRaw(data: Uint8Array): Uint8Array {
  const w = new BitWriter();
  const n = data.length;
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  const prev = new Int32Array(WINDOW);
  const hash = (p: number) => Math.imul((data[p] << 16) | (data[p + 1] << 8) | data[p + 2], 0x9e3779b1) >>> (32 - HASH_BITS);
  const insert = (p: number) => {
    if (p + MIN_MATCH > n) return;
    const h = hash(p);
    prev[p & (WINDOW - 1)] = head[h];
    head[h] = p;
  };
  let matchDist = 0;
  /** length of the longest match at p (0 when shorter than MIN_MATCH); its distance in matchDist */
  const longest = (p: number): number => {
    if (p + MIN_MATCH > n) return 0;
    let cand = head[hash(p)];
    let bestLen = 0, bestDist = 0;
    const maxLen = Math.min(MAX_MATCH, n - p);
    for (let chain = 0; cand >= 0 && p - cand <= WINDOW - 1 && chain < MAX_CHAIN; chain++) {
      if (data[cand + bestLen] === data[p + bestLen]) {
        let l = 0;
        while (l < maxLen && data[cand + l] === data[p + l]) l++;
        if (l > bestLen) {
          bestLen = l;
          bestDist = p - cand;
          if (l >= NICE || l === maxLen) break;
        }
      }
      const nx = prev[cand & (WINDOW - 1)];
      if (nx >= cand) break;
      cand = nx;
    }
    matchDist = bestDist;
    return bestLen >= MIN_MATCH ? bestLen : 0;
  };

  let block = new Block();
  let blockStart = 0;
  let done = false;
  const flush = (end: number, last: boolean) => {
    block.emit(w, data.subarray(blockStart, end), last);
    block = new Block();
    blockStart = end;
    done = last;
  };
  for (let p = 0; p < n; ) {
    const len = longest(p);
    const dist = matchDist;
    insert(p);
    if (len === 0 || (len < LAZY_LIMIT && p + 1 < n && longest(p + 1) > len)) {
      // a literal, also when a longer match starts at the next byte (lazy matching)
      block.lit.push(data[p]);
      block.dist.push(0);
      p++;
    } else {
      block.lit.push(len);
      block.dist.push(dist);
      for (let k = 1; k < len; k++) insert(p + k);
      p += len;
    }
    if (block.lit.length >= BLOCK_SYMBOLS) flush(p, p >= n);
  }
  if (!done) flush(n, true);
  w.align();
  return w.buf.slice(0, w.len);
}

/** A gzip file (RFC 1952) holding `data`: no name, mtime 0, OS 255 (unknown). */
export function gzip(data: Uint8Array): Uint8Array {
  const body = deflateRaw(data);
  const out = new Uint8Array(10 + body.length + 8);
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255], 0);
  out.set(body, 10);
  const dv = new DataView(out.buffer);
  dv.setUint32(10 + body.length, crc32(data), true);
  dv.setUint32(14 + body.length, data.length >>> 0, true);
  return out;
}
