// The helper thread (runtime/parallel.ts): rows of a job run exactly once, on either thread, and the
// kernels that share their rows (long sums, gathers) give what the one-thread code gives, digit for digit.
// This file installs the Node host before the array heap's memory exists, so the memory here is shared.
import { describe, it, expect, beforeAll } from 'vitest';
import { heap } from '../../runtime/memory';
import { installThreads } from '../../src/interp/threads';
import { parallelFn, parallelStats, runRows, startHelper, threadsReady } from '../../runtime/parallel';
import { Code, Op, I32, assemble } from '../../runtime/wasm/assembler';
import { sumKernel } from '../../runtime/wasm/reduce';
import { gatherKernel } from '../../runtime/wasm/gather';
import { pairwise, pairwisePieces, combinePieces } from '../../runtime/pairwise';
import { fusedSumKernel } from '../../runtime/wasm/fusedSum';
import { packedMatmul } from '../../runtime/wasm/matmulPacked';
import * as D from '../../runtime/dtype';

installThreads();

beforeAll(async () => {
  startHelper();
  for (let i = 0; i < 500 && !threadsReady(); i++) await new Promise((r) => setTimeout(r, 10));
});

/** `row(i, out, spin, tid)`: spins, adds 1 to the count at out + 8i, stores tid at out + 8i + 4; returns 2i */
function rowFunction() {
  const I = 0, OUT = 1, SPIN = 2, TID = 3;
  const c = new Code();
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(SPIN).op(Op.i32_eqz, Op.br_if, 1);
  c.get(SPIN).i32(1).op(Op.i32_sub).set(SPIN);
  c.op(Op.br, 0, Op.end, Op.end);
  const slot = () => c.get(OUT).get(I).i32(8).op(Op.i32_mul, Op.i32_add);
  slot(), slot(), c.mem(Op.i32_load, 2).i32(1).op(Op.i32_add).mem(Op.i32_store, 2);
  slot(), c.get(TID).mem(Op.i32_store, 2, 4);
  c.get(I).i32(2).op(Op.i32_mul);
  const mod = new WebAssembly.Module(assemble([{ name: 'row', params: [I32, I32, I32, I32], results: [I32], locals: [], body: c }]) as BufferSource);
  const local = new WebAssembly.Instance(mod, { env: { mem: heap.memory } }).exports.row as (...a: number[]) => number;
  return parallelFn(mod, 'row', local);
}

describe('helper thread', () => {
  it('shares the heap memory and starts', () => {
    expect(heap.shared).toBe(true);
    expect(threadsReady()).toBe(true);
  });

  it('runs every row exactly once, some of them in the helper', () => {
    const f = rowFunction();
    const rows = 400;
    const block = heap.alloc(8 * rows);
    let helped = 0;
    // the helper may be slow to wake on a busy machine, and jobs after one that stalled run on one thread: try jobs until it has taken rows
    for (let attempt = 0; attempt < 300 && helped === 0; attempt++) {
      new Uint8Array(heap.buffer, block.ptr, 8 * rows).fill(0);
      const res = runRows(f, rows, 3, (i, a) => ((a[0] = i), (a[1] = block.ptr), (a[2] = 5000)));
      const w = new Int32Array(heap.buffer, block.ptr, 2 * rows);
      for (let i = 0; i < rows; i++) {
        expect(w[2 * i]).toBe(1);
        expect(res[i]).toBe(2 * i);
      }
      for (let i = 0; i < rows; i++) helped += w[2 * i + 1];
    }
    expect(helped).toBeGreaterThan(0);
    heap.free(block);
  });

  it('sums long rows with the one-thread digits', () => {
    for (const [dt, n] of [[D.float64, 3_000_017], [D.float32, 1_500_003]] as const) {
      const size = dt.itemsize;
      const b = heap.alloc(size * n);
      const view = size === 8 ? new Float64Array(heap.buffer, b.ptr, n) : new Float32Array(heap.buffer, b.ptr, n);
      for (let i = 0; i < n; i++) view[i] = Math.sin(i) * 10 ** ((i % 7) - 3);
      const rnd = size === 4 ? Math.fround : (x: number) => x;
      const want = pairwise((i) => view[i], 0, n, rnd);
      const sum = sumKernel(dt, dt)!;
      for (let k = 0; k < 5; k++) expect(sum(b.ptr, n, size)).toBe(want);
      heap.free(b);
    }
  });

  it('sums fused 2-d broadcasts in pieces on either thread with the pairwise digits of the materialized array', () => {
    // (x[:, None] - y[None, :])**2 summed: rows of 1499 (so leaves cross rows' ends), float64 and float32
    const e = { op: 'square', args: [{ op: 'subtract', args: [{ leaf: 0 }, { leaf: 1 }] }] };
    for (const dt of [D.float64, D.float32]) {
      const size = dt.itemsize, R = 801, C = 1499, n = R * C;
      const bx = heap.alloc(size * R), by = heap.alloc(size * C), slots = heap.alloc(size * 128 * 128);
      const arr = (ptr: number, len: number) => (size === 8 ? new Float64Array(heap.buffer, ptr, len) : new Float32Array(heap.buffer, ptr, len));
      const x = arr(bx.ptr, R), y = arr(by.ptr, C);
      for (let i = 0; i < R; i++) x[i] = Math.sin(i);
      for (let j = 0; j < C; j++) y[j] = Math.cos(j) * 0.5;
      const rnd = size === 4 ? Math.fround : (v: number) => v;
      const want = pairwise((k) => rnd(rnd(x[Math.floor(k / C)] - y[k % C]) ** 2), 0, n, rnd);
      const k = fusedSumKernel(e, dt, [0, 1], true)!;
      expect(k(n, 0, C, slots.ptr, bx.ptr, by.ptr, size, 0)).toBe(want);
      const { starts, lens, depth } = pairwisePieces(n, 1 << 14);
      expect(starts.length).toBeLessThanOrEqual(128);
      // until the helper has taken some rows (on a busy machine it may take none: the digits are checked either way)
      const before = parallelStats.helperRows;
      let shared = false;
      for (let t = 0; t < 100 && !shared; t++) {
        const sums = runRows(k.par!, starts.length, 8, (r, a) => {
          a.splice(0, 8, lens[r], starts[r], C, slots.ptr + 128 * size * r, bx.ptr, by.ptr, size, 0);
        });
        expect(combinePieces(sums, depth, rnd)).toBe(want);
        shared = parallelStats.helperRows > before;
      }
      heap.free(bx), heap.free(by), heap.free(slots);
    }
  });

  it('gathers long index arrays and finds the first bad index', () => {
    const len = 1000, n = 300_000;
    const src = heap.alloc(8 * len), idx = heap.alloc(8 * n), out = heap.alloc(8 * n);
    const s = new Float64Array(heap.buffer, src.ptr, len);
    for (let i = 0; i < len; i++) s[i] = i + 0.5;
    const ix = new BigInt64Array(heap.buffer, idx.ptr, n);
    for (let i = 0; i < n; i++) ix[i] = BigInt(((i * 7919) % (2 * len)) - len);
    const g = gatherKernel(8)!;
    expect(g(src.ptr, 8, len, idx.ptr, n, out.ptr)).toBe(0);
    const o = new Float64Array(heap.buffer, out.ptr, n);
    let wrong = 0;
    for (let i = 0; i < n; i++) if (o[i] !== s[(((i * 7919) % (2 * len)) - len + len) % len]) wrong++;
    expect(wrong).toBe(0);
    ix[250_001] = BigInt(len);
    ix[290_000] = BigInt(-len - 1);
    expect(g(src.ptr, 8, len, idx.ptr, n, out.ptr)).toBe(250_002);
    heap.free(src), heap.free(idx), heap.free(out);
  });

  it("multiplies matrices in row blocks on both threads with the triple loop's digits", () => {
    const n = 300, k = 120, m = 130;
    const mm = packedMatmul('d')!;
    const A = heap.alloc(8 * n * k), B = heap.alloc(8 * k * m), C = heap.alloc(8 * n * m), W = heap.alloc(mm.workspace(n, k, m));
    const a = new Float64Array(heap.buffer, A.ptr, n * k), b = new Float64Array(heap.buffer, B.ptr, k * m);
    for (let i = 0; i < n * k; i++) a[i] = Math.sin(i) * 3;
    for (let i = 0; i < k * m; i++) b[i] = Math.cos(i * 0.7) / 7;
    // until the helper has taken row blocks (jobs after one that went wrong run on one thread)
    const before = parallelStats.helperRows;
    for (let attempt = 0; attempt < 200 && parallelStats.helperRows === before; attempt++) mm.run(A.ptr, B.ptr, C.ptr, n, k, m, 8 * k, 8, 8 * m, 8, W.ptr);
    expect(parallelStats.helperRows).toBeGreaterThan(before);
    const c = new Float64Array(heap.buffer, C.ptr, n * m);
    let wrong = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let acc = 0;
        for (let t = 0; t < k; t++) acc += a[i * k + t] * b[t * m + j];
        if (c[i * m + j] !== acc) wrong++;
      }
    }
    expect(wrong).toBe(0);
    heap.free(A), heap.free(B), heap.free(C), heap.free(W);
  });
});
