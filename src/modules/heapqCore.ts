/**
 * `_heapq`: the binary-heap primitives in TypeScript, which heapq (src/stdlib/heapq.ts, Python) imports
 * over its own definitions, as CPython's heapq.py imports its C `_heapq`. The sift loops are CPython's
 * (`siftdown` moves the new item up towards the root, `siftup` sends the hole at `pos` to a leaf and then
 * sifts the item back up), and so are the comparisons: only `<`, and an error when a comparison changed
 * the list's size. A list subclass is a list here too. Written in Python, heappush and heappop were twice
 * as slow as CPython's.
 */
import { PyModule } from '../objects/values';
import { builtin, type Kw } from '../objects/function';
import { typeOf } from '../objects/pytype';
import { throwPy } from '../objects/errors';
import { ltB } from '../objects/protocols';

/** the heap argument of `fname(*args)` taking `n` arguments, with CPython's messages for bad calls */
function list(fname: string, args: any[], kw: Kw, n: 1 | 2): any[] {
  if (kw && kw.size) throwPy('TypeError', `_heapq.${fname}() takes no keyword arguments`);
  if (args.length !== n) {
    throwPy('TypeError', n === 1 ? `_heapq.${fname}() takes exactly one argument (${args.length} given)` : `${fname} expected 2 arguments, got ${args.length}`);
  }
  const heap = args[0];
  if (!Array.isArray(heap)) throwPy('TypeError', `${fname}() argument${n === 1 ? '' : ' 1'} must be list, not ${heap === null ? 'None' : typeOf(heap).name}`);
  return heap;
}

/** heap[pos] < heap[other], checking that the comparison left the list's size alone */
function less(heap: any[], a: any, b: any): boolean {
  const n = heap.length;
  const r = ltB(a, b);
  if (heap.length !== n) throwPy('RuntimeError', 'list changed size during iteration');
  return r;
}

function siftdown(heap: any[], start: number, pos: number): void {
  const item = heap[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    if (!less(heap, item, parent)) break;
    heap[pos] = parent;
    pos = parentPos;
  }
  heap[pos] = item;
}

function siftup(heap: any[], pos: number): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !less(heap, heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftdown(heap, start, pos);
}

function heappop(heap: any[]): any {
  if (!heap.length) throwPy('IndexError', 'index out of range');
  const last = heap.pop();
  if (!heap.length) return last;
  const top = heap[0];
  heap[0] = last;
  siftup(heap, 0);
  return top;
}

export function makeHeapqCore(): PyModule {
  const m = new PyModule('_heapq');
  const d = m.d;
  d.heappush = builtin('heappush', (args, kw) => {
    const heap = list('heappush', args, kw, 2);
    heap.push(args[1]);
    siftdown(heap, 0, heap.length - 1);
    return null;
  });
  d.heappop = builtin('heappop', (args, kw) => heappop(list('heappop', args, kw, 1)));
  d.heapreplace = builtin('heapreplace', (args, kw) => {
    const heap = list('heapreplace', args, kw, 2);
    if (!heap.length) throwPy('IndexError', 'index out of range');
    const top = heap[0];
    heap[0] = args[1];
    siftup(heap, 0);
    return top;
  });
  d.heappushpop = builtin('heappushpop', (args, kw) => {
    const heap = list('heappushpop', args, kw, 2);
    let item = args[1];
    if (heap.length && less(heap, heap[0], item)) {
      const top = heap[0];
      heap[0] = item;
      item = top;
      siftup(heap, 0);
    }
    return item;
  });
  d.heapify = builtin('heapify', (args, kw) => {
    const heap = list('heapify', args, kw, 1);
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftup(heap, i);
    return null;
  });
  return m;
}
