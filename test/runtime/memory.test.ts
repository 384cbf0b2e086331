// The array heap: allocation, coalescing of freed blocks, and reclamation of buffers the program can no
// longer reach — while everything still reachable (locals, containers, views of a dropped base) keeps
// its data. Scripts run through the public API, as an embedding app would.
import { describe, it, expect } from 'vitest';
import { Heap, heap } from '../../runtime/memory';
import { createInterpreter } from '../../src/index';

function run(code: string): string {
  let out = '';
  let err = '';
  const py = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
  const r = py.runScript(code, 'mem.py');
  if (!r.ok) throw new Error(err);
  return out;
}

describe('allocator', () => {
  it('reuses and coalesces freed blocks', () => {
    const h = new Heap(1);
    const a = h.alloc(1000), b = h.alloc(1000), c = h.alloc(1000);
    const top = h.extent;
    h.free(a);
    h.free(b);
    const d = h.alloc(2000);
    expect(d.ptr).toBe(a.ptr);
    expect(h.extent).toBe(top);
    h.free(c);
    h.free(d);
    expect(h.extent).toBe(16);
  });
  it('grows the memory and zero-fills on request', () => {
    const h = new Heap(1);
    const a = h.alloc(200_000, true);
    expect(h.memory.buffer.byteLength).toBeGreaterThanOrEqual(200_016);
    expect(new Uint8Array(h.memory.buffer, a.ptr, a.size).every((x) => x === 0)).toBe(true);
  });
});

describe('reclamation', () => {
  it('rebinding a large array keeps the heap bounded', () => {
    const out = run(
      'import numpy as np\nfor i in range(120):\n    x = np.ones(2_000_000)\nprint(x[0], x.size)\n',
    );
    expect(out).toBe('1.0 2000000\n');
    // 120 × 16 MB were allocated; without reclamation the heap would exceed 1.9 GB
    expect(heap.extent).toBeLessThan(400 << 20);
  });
  it('keeps reachable arrays intact across collections', () => {
    const out = run(
      [
        'import numpy as np',
        'keep = [np.full(1000, i) for i in range(5)]',
        'v = np.arange(10)[2:5]',
        'for i in range(60):',
        '    junk = np.zeros(2_000_000)',
        'print([int(a[999]) for a in keep], v)',
      ].join('\n') + '\n',
    );
    expect(out).toBe('[0, 1, 2, 3, 4] [2 3 4]\n');
  });
});
