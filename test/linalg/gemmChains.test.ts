// The WebAssembly fused chains of the BLAS-digits matmul (runtime/wasm/gemmChains.ts) against the same
// chains with blas.ts's software fma, bit for bit: pairs of columns, a last odd column, strided operands.
import { describe, it, expect } from 'vitest';
import { heap } from '../../runtime/memory';
import { fma } from '../../runtime/linalg/blas';
import { gemmChains } from '../../runtime/wasm/gemmChains';
import { hardwareFma } from '../../runtime/wasm/hardwareFma';

describe('gemm chains', () => {
  it('match the software fused multiply-add chains digit for digit', () => {
    const chains = gemmChains();
    if (!hardwareFma()) {
      expect(chains).toBeNull();
      return;
    }
    let seed = 99;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 10 ** ((seed % 7) - 3);
    for (const [n, k, m, tA, tB] of [[3, 5, 4, false, false], [7, 33, 9, true, false], [1, 17, 3, false, true], [5, 2, 1, true, true], [12, 40, 11, false, false]] as const) {
      const blk = heap.alloc(8 * (n * k + k * m + n * m + 16));
      const f = new Float64Array(heap.buffer);
      const ao = blk.ptr / 8, bo = ao + n * k, oo = bo + k * m;
      for (let i = 0; i < n * k + k * m; i++) f[ao + i] = rnd();
      // A is n×k (row-major, or column-major when tA), B k×m likewise
      const [sa0, sa1] = tA ? [1, n] : [k, 1];
      const [sb0, sb1] = tB ? [1, k] : [m, 1];
      chains!(n, k, m, m, 8 * ao, 8 * sa0, 8 * sa1, 8 * bo, 8 * sb0, 8 * sb1, 8 * oo);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < m; j++) {
          let s = f[ao + i * sa0] * f[bo + j * sb1];
          for (let t = 1; t < k; t++) s = fma(f[ao + i * sa0 + t * sa1], f[bo + t * sb0 + j * sb1], s);
          expect(f[oo + i * m + j], `${n}x${k}x${m} [${i}, ${j}]`).toBe(s);
        }
      }
      heap.free(blk);
    }
  });
});
