/**
 * DEFLATE compression that produces zlib's bytes exactly (the `zlib` module: scripts print compressed
 * data and its length). The algorithm is zlib 1.2.x's as CPython links it: a sliding window of twice
 * the window size refilled and slid as zlib's fill_window does (window positions, with 0 meaning "no
 * entry", decide which earlier strings can match), hash chains of 3-byte prefixes, the per-level
 * parameters of zlib's configuration table (good/lazy/nice lengths, chain limit) driving its fast
 * (levels 1-3) and lazy (4-9) parsers, blocks ended after lit_bufsize-1 symbols, and for each block
 * zlib's choice between stored, fixed and dynamic Huffman codes, with its tree construction (heap
 * order with depth tie-breaks, the bit-length overflow fix-up) and its code-length run encoding.
 * Strategies other than the default and Z_FILTERED are not implemented; level 0 writes stored blocks.
 * (src/modules/numpy/deflate.ts is a smaller compressor whose output is valid but not zlib's.)
 */

const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
const TOO_FAR = 4096;
const L_CODES = 286;
const D_CODES = 30;
const BL_CODES = 19;
const HEAP_SIZE = 2 * L_CODES + 1;
const MAX_BITS = 15;
const END_BLOCK = 256;
const EXTRA_LBITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const EXTRA_DBITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const EXTRA_BLBITS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
/** zlib's configuration table: [good_length, max_lazy, nice_length, max_chain] for levels 0-9 */
const CONFIG = [[0, 0, 0, 0], [4, 4, 8, 4], [4, 5, 16, 8], [4, 6, 32, 32], [4, 4, 16, 16], [8, 16, 32, 32],
  [8, 16, 128, 128], [8, 32, 128, 256], [32, 128, 258, 1024], [32, 258, 258, 4096]];
export const Z_FILTERED = 1;

// length (0..255 as stored: length - 3) -> length code; distance -> distance code
const LENGTH_CODE = new Uint8Array(256);
const BASE_LENGTH = new Int32Array(29);
const DIST_CODE = new Uint8Array(512);
const BASE_DIST = new Int32Array(30);
{
  let length = 0;
  for (let code = 0; code < 28; code++) {
    BASE_LENGTH[code] = length;
    for (let n = 0; n < 1 << EXTRA_LBITS[code]; n++) LENGTH_CODE[length++] = code;
  }
  // length 258 (stored 255) has its own code, 28, rather than the last of code 27's range
  LENGTH_CODE[length - 1] = 28;
  let dist = 0;
  for (let code = 0; code < 16; code++) {
    BASE_DIST[code] = dist;
    for (let n = 0; n < 1 << EXTRA_DBITS[code]; n++) DIST_CODE[dist++] = code;
  }
  dist >>= 7;
  for (let code = 16; code < D_CODES; code++) {
    BASE_DIST[code] = dist << 7;
    for (let n = 0; n < 1 << (EXTRA_DBITS[code] - 7); n++) DIST_CODE[256 + dist++] = code;
  }
}
const dCode = (dist: number): number => (dist < 256 ? DIST_CODE[dist] : DIST_CODE[256 + (dist >> 7)]);

function reverseBits(code: number, len: number): number {
  let r = 0;
  for (let i = 0; i < len; i++, code >>= 1) r = (r << 1) | (code & 1);
  return r;
}

/** A Huffman tree over `elems` symbols (and its internal nodes): frequencies, parents, lengths, codes. */
class Tree {
  freq = new Int32Array(HEAP_SIZE);
  dad = new Int32Array(HEAP_SIZE);
  len = new Int32Array(HEAP_SIZE);
  code = new Int32Array(HEAP_SIZE);
  maxCode = 0;
  constructor(readonly elems: number, readonly extra: number[], readonly extraBase: number, readonly maxLength: number, readonly stat: Tree | null) {}
}

/** Canonical codes for the lengths in `t.len` (zlib's gen_codes), stored bit-reversed for LSB-first output. */
function genCodes(t: Tree, maxCode: number, blCount: Int32Array): void {
  const next = new Int32Array(MAX_BITS + 1);
  let code = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) next[bits] = code = (code + blCount[bits - 1]) << 1;
  for (let n = 0; n <= maxCode; n++) {
    const l = t.len[n];
    if (l !== 0) t.code[n] = reverseBits(next[l]++, l);
  }
}

const STATIC_L = new Tree(288, EXTRA_LBITS, 257, MAX_BITS, null);
const STATIC_D = new Tree(D_CODES, EXTRA_DBITS, 0, MAX_BITS, null);
{
  const count = new Int32Array(MAX_BITS + 1);
  for (let n = 0; n < 288; n++) {
    STATIC_L.len[n] = n < 144 ? 8 : n < 256 ? 9 : n < 280 ? 7 : 8;
    count[STATIC_L.len[n]]++;
  }
  genCodes(STATIC_L, 287, count);
  for (let n = 0; n < D_CODES; n++) {
    STATIC_D.len[n] = 5;
    STATIC_D.code[n] = reverseBits(n, 5);
  }
}

class Output {
  buf = new Uint8Array(1024);
  n = 0;
  bitBuf = 0;
  bitCount = 0;
  byte(b: number): void {
    if (this.n === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.n++] = b & 0xff;
  }
  bits(value: number, length: number): void {
    this.bitBuf |= value << this.bitCount;
    this.bitCount += length;
    while (this.bitCount >= 8) {
      this.byte(this.bitBuf);
      this.bitBuf >>>= 8;
      this.bitCount -= 8;
    }
  }
  /** flush the last partial byte (zlib's bi_windup) */
  align(): void {
    if (this.bitCount > 0) this.byte(this.bitBuf);
    this.bitBuf = 0;
    this.bitCount = 0;
  }
}

/** The deflate state of one compression: zlib's deflate_state, the fields this port uses. */
class Deflater {
  readonly wSize: number;
  readonly wMask: number;
  readonly hashMask: number;
  readonly hashShift: number;
  readonly window: Uint8Array;
  readonly prev: Uint16Array;
  readonly head: Uint16Array;
  readonly symEnd: number;
  sym: number[] = [];
  strstart = 0;
  blockStart = 0;
  lookahead = 0;
  insert = 0;
  insH = 0;
  matchLength = MIN_MATCH - 1;
  prevLength = MIN_MATCH - 1;
  matchAvailable = false;
  matchStart = 0;
  prevMatch = 0;
  inPos = 0;
  readonly good: number;
  readonly lazy: number;
  readonly nice: number;
  readonly chain: number;
  readonly ltree = new Tree(L_CODES, EXTRA_LBITS, 257, MAX_BITS, STATIC_L);
  readonly dtree = new Tree(D_CODES, EXTRA_DBITS, 0, MAX_BITS, STATIC_D);
  readonly bltree = new Tree(BL_CODES, EXTRA_BLBITS, 0, 7, null);
  readonly heap = new Int32Array(HEAP_SIZE);
  readonly depth = new Int32Array(HEAP_SIZE);
  readonly blCount = new Int32Array(MAX_BITS + 1);
  heapLen = 0;
  heapMax = 0;
  optLen = 0;
  staticLen = 0;

  constructor(readonly input: Uint8Array, readonly out: Output, readonly level: number, wbits: number, memLevel: number, readonly strategy: number, readonly syncFlush: boolean) {
    this.wSize = 1 << wbits;
    this.wMask = this.wSize - 1;
    const hashBits = memLevel + 7;
    this.hashMask = (1 << hashBits) - 1;
    this.hashShift = Math.floor((hashBits + MIN_MATCH - 1) / MIN_MATCH);
    this.window = new Uint8Array(2 * this.wSize);
    this.prev = new Uint16Array(this.wSize);
    this.head = new Uint16Array(1 << hashBits);
    this.symEnd = (1 << (memLevel + 6)) - 1;
    [this.good, this.lazy, this.nice, this.chain] = CONFIG[level];
    this.initBlock();
  }

  get maxDist(): number {
    return this.wSize - MIN_LOOKAHEAD;
  }

  private updateHash(h: number, c: number): number {
    return ((h << this.hashShift) ^ c) & this.hashMask;
  }

  /** insert the string at `str` into its hash chain; returns the previous head of that chain */
  private insertString(str: number): number {
    this.insH = this.updateHash(this.insH, this.window[str + MIN_MATCH - 1]);
    const h = this.head[this.insH];
    this.prev[str & this.wMask] = h;
    this.head[this.insH] = str;
    return h;
  }

  /** zlib's fill_window: slide the upper half down when strstart nears the end, then read more input */
  private fillWindow(): void {
    const wsize = this.wSize;
    do {
      let more = 2 * wsize - this.lookahead - this.strstart;
      if (this.strstart >= wsize + this.maxDist) {
        this.window.copyWithin(0, wsize, 2 * wsize - more);
        this.matchStart -= wsize;
        this.strstart -= wsize;
        this.blockStart -= wsize;
        if (this.insert > this.strstart) this.insert = this.strstart;
        for (const table of [this.head, this.prev]) {
          for (let i = 0; i < table.length; i++) table[i] = table[i] >= wsize ? table[i] - wsize : 0;
        }
        more += wsize;
      }
      if (this.inPos >= this.input.length) break;
      const n = Math.min(more, this.input.length - this.inPos);
      this.window.set(this.input.subarray(this.inPos, this.inPos + n), this.strstart + this.lookahead);
      this.inPos += n;
      this.lookahead += n;
      if (this.lookahead + this.insert >= MIN_MATCH) {
        let str = this.strstart - this.insert;
        this.insH = this.updateHash(this.window[str], this.window[str + 1]);
        while (this.insert) {
          this.insertString(str);
          str++;
          this.insert--;
          if (this.lookahead + this.insert < MIN_MATCH) break;
        }
      }
    } while (this.lookahead < MIN_LOOKAHEAD && this.inPos < this.input.length);
  }

  /** zlib's longest_match: the longest match along the hash chain from curMatch (its start in matchStart) */
  private longestMatch(curMatch: number): number {
    const w = this.window;
    let chain = this.chain;
    const scan = this.strstart;
    let bestLen = this.prevLength;
    let nice = this.nice;
    const limit = this.strstart > this.maxDist ? this.strstart - this.maxDist : 0;
    const strend = scan + MAX_MATCH;
    if (this.prevLength >= this.good) chain >>= 2;
    if (nice > this.lookahead) nice = this.lookahead;
    do {
      const m = curMatch;
      if (w[m + bestLen] !== w[scan + bestLen] || w[m + bestLen - 1] !== w[scan + bestLen - 1] || w[m] !== w[scan] || w[m + 1] !== w[scan + 1]) continue;
      // bytes 2 are equal when 0 and 1 are (same hash), so zlib compares from byte 3
      let s = scan + 3, t = m + 3;
      while (s < strend && w[s] === w[t]) {
        s++;
        t++;
      }
      const len = s - scan;
      if (len > bestLen) {
        this.matchStart = curMatch;
        bestLen = len;
        if (len >= nice) break;
      }
    } while ((curMatch = this.prev[curMatch & this.wMask]) > limit && --chain !== 0);
    return bestLen <= this.lookahead ? bestLen : this.lookahead;
  }

  private tally(dist: number, lc: number): boolean {
    this.sym.push(dist, lc);
    if (dist === 0) this.ltree.freq[lc]++;
    else {
      this.ltree.freq[LENGTH_CODE[lc] + 257]++;
      this.dtree.freq[dCode(dist - 1)]++;
    }
    return this.sym.length / 2 === this.symEnd;
  }

  private flushBlock(last: boolean): void {
    const stored = this.blockStart >= 0 ? this.window.subarray(this.blockStart, this.strstart) : null;
    this.trFlushBlock(stored, this.strstart - this.blockStart, last);
    this.blockStart = this.strstart;
  }

  /** levels 4-9: zlib's deflate_slow (a match is taken only if the next position has no longer one) */
  deflateSlow(): void {
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      this.prevLength = this.matchLength;
      this.prevMatch = this.matchStart;
      this.matchLength = MIN_MATCH - 1;
      if (hashHead !== 0 && this.prevLength < this.lazy && this.strstart - hashHead <= this.maxDist) {
        this.matchLength = this.longestMatch(hashHead);
        if (this.matchLength <= 5 && (this.strategy === Z_FILTERED || (this.matchLength === MIN_MATCH && this.strstart - this.matchStart > TOO_FAR))) {
          this.matchLength = MIN_MATCH - 1;
        }
      }
      if (this.prevLength >= MIN_MATCH && this.matchLength <= this.prevLength) {
        const maxInsert = this.strstart + this.lookahead - MIN_MATCH;
        const flush = this.tally(this.strstart - 1 - this.prevMatch, this.prevLength - MIN_MATCH);
        this.lookahead -= this.prevLength - 1;
        this.prevLength -= 2;
        do {
          if (++this.strstart <= maxInsert) this.insertString(this.strstart);
        } while (--this.prevLength !== 0);
        this.matchAvailable = false;
        this.matchLength = MIN_MATCH - 1;
        this.strstart++;
        if (flush) this.flushBlock(false);
      } else if (this.matchAvailable) {
        if (this.tally(0, this.window[this.strstart - 1])) this.flushBlock(false);
        this.strstart++;
        this.lookahead--;
      } else {
        this.matchAvailable = true;
        this.strstart++;
        this.lookahead--;
      }
    }
    if (this.matchAvailable) {
      this.tally(0, this.window[this.strstart - 1]);
      this.matchAvailable = false;
    }
    this.finish();
  }

  /**
   * The end of the stream; after a Z_SYNC_FLUSH (syncFlush) that block is not the last: an empty stored
   * block follows it, then the Z_FINISH call's empty last block.
   */
  private finish(): void {
    if (this.syncFlush) {
      if (this.sym.length) this.flushBlock(false);
      this.storedBlock(new Uint8Array(0), false);
    }
    this.flushBlock(true);
  }

  /** levels 1-3: zlib's deflate_fast (greedy matching; short matches' strings enter the hash chains) */
  deflateFast(): void {
    for (;;) {
      if (this.lookahead < MIN_LOOKAHEAD) {
        this.fillWindow();
        if (this.lookahead === 0) break;
      }
      let hashHead = 0;
      if (this.lookahead >= MIN_MATCH) hashHead = this.insertString(this.strstart);
      if (hashHead !== 0 && this.strstart - hashHead <= this.maxDist) this.matchLength = this.longestMatch(hashHead);
      let flush: boolean;
      if (this.matchLength >= MIN_MATCH) {
        flush = this.tally(this.strstart - this.matchStart, this.matchLength - MIN_MATCH);
        this.lookahead -= this.matchLength;
        if (this.matchLength <= this.lazy && this.lookahead >= MIN_MATCH) {
          this.matchLength--;
          do {
            this.strstart++;
            this.insertString(this.strstart);
          } while (--this.matchLength !== 0);
          this.strstart++;
        } else {
          this.strstart += this.matchLength;
          this.matchLength = 0;
          this.insH = this.updateHash(this.window[this.strstart], this.window[this.strstart + 1]);
        }
      } else {
        flush = this.tally(0, this.window[this.strstart]);
        this.lookahead--;
        this.strstart++;
      }
      if (flush) this.flushBlock(false);
    }
    this.finish();
  }

  /** level 0: the input in stored blocks of at most 65535 bytes */
  deflateStored(): void {
    const data = this.input;
    let pos = 0;
    do {
      const n = Math.min(65535, data.length - pos);
      this.storedBlock(data.subarray(pos, pos + n), pos + n >= data.length);
      pos += n;
    } while (pos < data.length);
  }

  private initBlock(): void {
    this.ltree.freq.fill(0, 0, L_CODES);
    this.dtree.freq.fill(0, 0, D_CODES);
    this.bltree.freq.fill(0, 0, BL_CODES);
    this.ltree.freq[END_BLOCK] = 1;
    this.optLen = this.staticLen = 0;
    this.sym = [];
  }

  /** zlib's smaller(): by frequency, then by depth */
  private smaller(t: Tree, n: number, m: number): boolean {
    return t.freq[n] < t.freq[m] || (t.freq[n] === t.freq[m] && this.depth[n] <= this.depth[m]);
  }

  private downHeap(t: Tree, k: number): void {
    const heap = this.heap;
    const v = heap[k];
    let j = k << 1;
    while (j <= this.heapLen) {
      if (j < this.heapLen && this.smaller(t, heap[j + 1], heap[j])) j++;
      if (this.smaller(t, v, heap[j])) break;
      heap[k] = heap[j];
      k = j;
      j <<= 1;
    }
    heap[k] = v;
  }

  /** zlib's build_tree: Huffman code lengths (limited to t.maxLength) and codes for t's frequencies */
  private buildTree(t: Tree): void {
    const heap = this.heap;
    let maxCode = -1;
    this.heapLen = 0;
    this.heapMax = HEAP_SIZE;
    for (let n = 0; n < t.elems; n++) {
      if (t.freq[n] !== 0) {
        heap[++this.heapLen] = maxCode = n;
        this.depth[n] = 0;
      } else t.len[n] = 0;
    }
    // at least two codes of non-zero frequency
    while (this.heapLen < 2) {
      const node = (heap[++this.heapLen] = maxCode < 2 ? ++maxCode : 0);
      t.freq[node] = 1;
      this.depth[node] = 0;
      this.optLen--;
      if (t.stat) this.staticLen -= t.stat.len[node];
    }
    t.maxCode = maxCode;
    for (let n = this.heapLen >> 1; n >= 1; n--) this.downHeap(t, n);
    let node = t.elems;
    do {
      const n = heap[1];
      heap[1] = heap[this.heapLen--];
      this.downHeap(t, 1);
      const m = heap[1];
      heap[--this.heapMax] = n;
      heap[--this.heapMax] = m;
      t.freq[node] = t.freq[n] + t.freq[m];
      this.depth[node] = Math.max(this.depth[n], this.depth[m]) + 1;
      t.dad[n] = t.dad[m] = node;
      heap[1] = node++;
      this.downHeap(t, 1);
    } while (this.heapLen >= 2);
    heap[--this.heapMax] = heap[1];
    this.genBitlen(t);
    genCodes(t, maxCode, this.blCount);
  }

  /** zlib's gen_bitlen: lengths from the tree, the optimal and static block sizes, overflow fix-up */
  private genBitlen(t: Tree): void {
    const heap = this.heap, blCount = this.blCount;
    blCount.fill(0);
    t.len[heap[this.heapMax]] = 0;
    let overflow = 0;
    let h: number;
    for (h = this.heapMax + 1; h < HEAP_SIZE; h++) {
      const n = heap[h];
      let bits = t.len[t.dad[n]] + 1;
      if (bits > t.maxLength) {
        bits = t.maxLength;
        overflow++;
      }
      t.len[n] = bits;
      if (n > t.maxCode) continue;
      blCount[bits]++;
      const xbits = n >= t.extraBase ? t.extra[n - t.extraBase] : 0;
      const f = t.freq[n];
      this.optLen += f * (bits + xbits);
      if (t.stat) this.staticLen += f * (t.stat.len[n] + xbits);
    }
    if (overflow === 0) return;
    do {
      let bits = t.maxLength - 1;
      while (blCount[bits] === 0) bits--;
      blCount[bits]--;
      blCount[bits + 1] += 2;
      blCount[t.maxLength]--;
      overflow -= 2;
    } while (overflow > 0);
    for (let bits = t.maxLength; bits !== 0; bits--) {
      let n = blCount[bits];
      while (n !== 0) {
        const m = heap[--h];
        if (m > t.maxCode) continue;
        if (t.len[m] !== bits) {
          this.optLen += (bits - t.len[m]) * t.freq[m];
          t.len[m] = bits;
        }
        n--;
      }
    }
  }

  /**
   * zlib's scan_tree (out null: count the code-length symbols into the bit-length tree) and send_tree
   * (write them): runs of equal lengths become REP_3_6 (16), runs of zeros REPZ_3_10 (17) / REPZ_11_138 (18).
   */
  private runLengths(t: Tree, maxCode: number, out: Output | null): void {
    const bl = this.bltree;
    const emit = (sym: number) => (out ? out.bits(bl.code[sym], bl.len[sym]) : bl.freq[sym]++);
    let prevlen = -1, nextlen = t.len[0], count = 0;
    let maxCount = 7, minCount = 4;
    if (nextlen === 0) (maxCount = 138), (minCount = 3);
    if (!out) t.len[maxCode + 1] = 0xffff;
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = t.len[n + 1];
      if (++count < maxCount && curlen === nextlen) continue;
      if (count < minCount) {
        do emit(curlen);
        while (--count !== 0);
      } else if (curlen !== 0) {
        if (curlen !== prevlen) {
          emit(curlen);
          count--;
        }
        emit(16);
        out?.bits(count - 3, 2);
      } else if (count <= 10) {
        emit(17);
        out?.bits(count - 3, 3);
      } else {
        emit(18);
        out?.bits(count - 11, 7);
      }
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) (maxCount = 138), (minCount = 3);
      else if (curlen === nextlen) (maxCount = 6), (minCount = 3);
      else (maxCount = 7), (minCount = 4);
    }
  }

  private buildBlTree(): number {
    this.runLengths(this.ltree, this.ltree.maxCode, null);
    this.runLengths(this.dtree, this.dtree.maxCode, null);
    this.buildTree(this.bltree);
    let maxBlindex: number;
    for (maxBlindex = BL_CODES - 1; maxBlindex >= 3; maxBlindex--) if (this.bltree.len[BL_ORDER[maxBlindex]] !== 0) break;
    this.optLen += 3 * (maxBlindex + 1) + 5 + 5 + 4;
    return maxBlindex;
  }

  private storedBlock(data: Uint8Array, last: boolean): void {
    const out = this.out;
    out.bits(last ? 1 : 0, 3);
    out.align();
    out.byte(data.length);
    out.byte(data.length >> 8);
    out.byte(~data.length);
    out.byte(~data.length >> 8);
    for (const b of data) out.byte(b);
  }

  private compressBlock(lt: Tree, dt: Tree): void {
    const out = this.out, sym = this.sym;
    for (let i = 0; i < sym.length; i += 2) {
      let dist = sym[i];
      let lc = sym[i + 1];
      if (dist === 0) out.bits(lt.code[lc], lt.len[lc]);
      else {
        let code = LENGTH_CODE[lc];
        out.bits(lt.code[code + 257], lt.len[code + 257]);
        if (EXTRA_LBITS[code]) out.bits(lc - BASE_LENGTH[code], EXTRA_LBITS[code]);
        dist--;
        code = dCode(dist);
        out.bits(dt.code[code], dt.len[code]);
        if (EXTRA_DBITS[code]) out.bits(dist - BASE_DIST[code], EXTRA_DBITS[code]);
      }
    }
    out.bits(lt.code[END_BLOCK], lt.len[END_BLOCK]);
  }

  /** zlib's _tr_flush_block: the block in whichever of stored, fixed and dynamic form is smallest */
  private trFlushBlock(stored: Uint8Array | null, storedLen: number, last: boolean): void {
    this.buildTree(this.ltree);
    this.buildTree(this.dtree);
    const maxBlindex = this.buildBlTree();
    let optLenb = (this.optLen + 3 + 7) >> 3;
    const staticLenb = (this.staticLen + 3 + 7) >> 3;
    if (staticLenb <= optLenb) optLenb = staticLenb;
    const out = this.out;
    if (storedLen + 4 <= optLenb && stored !== null) {
      this.storedBlock(stored, last);
    } else if (staticLenb === optLenb) {
      out.bits(2 + (last ? 1 : 0), 3);
      this.compressBlock(STATIC_L, STATIC_D);
    } else {
      out.bits(4 + (last ? 1 : 0), 3);
      const lcodes = this.ltree.maxCode + 1, dcodes = this.dtree.maxCode + 1, blcodes = maxBlindex + 1;
      out.bits(lcodes - 257, 5);
      out.bits(dcodes - 1, 5);
      out.bits(blcodes - 4, 4);
      for (let rank = 0; rank < blcodes; rank++) out.bits(this.bltree.len[BL_ORDER[rank]], 3);
      this.runLengths(this.ltree, lcodes - 1, out);
      this.runLengths(this.dtree, dcodes - 1, out);
      this.compressBlock(this.ltree, this.dtree);
    }
    this.initBlock();
    if (last) out.align();
  }
}

/**
 * A raw deflate stream of `data` as zlib writes it (level 0-9, window bits 9-15, memLevel 1-9): given
 * at once and finished (Z_FINISH), or with `syncFlush` flushed (Z_SYNC_FLUSH) before being finished.
 */
export function deflateZlibRaw(data: Uint8Array, level: number, wbits: number, memLevel: number, strategy: number, syncFlush = false): Uint8Array {
  const out = new Output();
  const d = new Deflater(data, out, level, wbits, memLevel, strategy, syncFlush);
  if (level === 0) d.deflateStored();
  else if (level <= 3) d.deflateFast();
  else d.deflateSlow();
  return out.buf.slice(0, out.n);
}

/** The two header bytes of a zlib stream (RFC 1950) as zlib writes them for a level and window size. */
export function zlibHeader(level: number, wbits: number): [number, number] {
  const flags = level < 2 ? 0 : level < 6 ? 1 : level === 6 ? 2 : 3;
  let header = ((8 + ((wbits - 8) << 4)) << 8) | (flags << 6);
  header += 31 - (header % 31);
  return [header >> 8, header & 0xff];
}
