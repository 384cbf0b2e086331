/**
 * The coordinates of the true elements of a boolean array, one int64 array per axis — what `nonzero()`
 * returns and what boolean-mask indexing turns a mask into. Read straight from the mask's bytes (made
 * C-contiguous first when it is not) in two tight passes, counting then writing, with each int64 stored
 * as two 32-bit halves: no per-element boxing.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { heap } from '../../../runtime/memory';
import { allocArray, castCopy } from './coerce';

/** Coordinates of the non-zero bytes of `mask` (a bool array) in C order, for each axis of `shape` (mask.shape). */
export function maskCoords(mask: NDArray, shape: number[]): NDArray[] {
  const flat = mask.cContiguous ? mask : castCopy(mask, mask.dtype);
  const n = flat.size;
  const count = countTrue(new Uint8Array(heap.buffer, flat.addr, n));
  const out = shape.map(() => allocArray([count], D.int64));
  // allocation may have moved the buffer: take the views now
  const bytes = new Uint8Array(heap.buffer, flat.addr, n);
  const halves = out.map((a) => new Int32Array(heap.buffer, a.addr, 2 * count));
  if (shape.length === 1) fill1d(bytes, halves[0]);
  else fillNd(bytes, shape, halves);
  return out;
}

// branch-free loops: a mask of random truth values would mispredict half its branches
function countTrue(bytes: Uint8Array): number {
  let c = 0;
  for (let i = 0; i < bytes.length; i++) c += bytes[i] !== 0 ? 1 : 0;
  return c;
}

/** every position is written, and kept by advancing past it when the byte is true (writes past the end of h are dropped) */
function fill1d(bytes: Uint8Array, h: Int32Array): void {
  h.fill(0);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    h[j] = i;
    j += bytes[i] !== 0 ? 2 : 0;
  }
}

function fillNd(bytes: Uint8Array, shape: number[], halves: Int32Array[]): void {
  const nd = shape.length;
  const idx = new Int32Array(nd);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) {
      for (let d = 0; d < nd; d++) {
        halves[d][j] = idx[d];
        halves[d][j + 1] = 0;
      }
      j += 2;
    }
    for (let d = nd - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
}
