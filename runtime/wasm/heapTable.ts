/**
 * Constant f64 tables of the inline math kernels (SVML's lookup tables), written into the array heap on
 * first use and kept for the life of the process: a kernel loads from the byte address the returned
 * function gives. The values come from a function so a table costs nothing until a kernel needs it.
 */
import { heap, Block } from '../memory';

export function f64Table(values: () => ArrayLike<number>): () => number {
  let block: Block | null = null;
  return () => {
    if (block === null) {
      const v = values();
      block = heap.alloc(8 * v.length);
      const dv = heap.view();
      for (let i = 0; i < v.length; i++) dv.setFloat64(block.ptr + 8 * i, v[i], true);
    }
    return block.ptr;
  };
}

/** two tables of equal length as (hi, lo) pairs: hi[0], lo[0], hi[1], lo[1], … */
export function pairs(hi: ArrayLike<number>, lo: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < hi.length; i++) out.push(hi[i], lo[i]);
  return out;
}
