/**
 * NDArray: a block of linear memory seen through a dtype, a shape, byte strides and a byte offset —
 * NumPy's model exactly. Views (slices, transposes, reshapes of contiguous data, broadcasts) share the
 * block and record the array that owns it as `base`; they never copy.
 *
 * Flags follow NumPy's definitions: C/F contiguity ignores dimensions of length 1 and holds for empty
 * arrays; `owndata` is "no base"; `writeable` is cleared for broadcast views and read-only buffers.
 */
import { DType } from './dtype';
import { Block, heap } from './memory';
import { reader, writer } from './elements';

export class NDArray {
  constructor(
    public block: Block,
    public dtype: DType,
    public shape: number[],
    public strides: number[],
    public offset: number,
    public base: NDArray | null = null,
    public writeable = true,
  ) {}
  /** set while one watched Python name holds the only reference (src/interp/ownership.ts) */
  owned = false;

  /** A new C- (or F-) ordered array; zero-filled when `zero` (object arrays always: all None). */
  static empty(shape: number[], dtype: DType, order: 'C' | 'F' = 'C', zero = false): NDArray {
    const size = shapeSize(shape);
    const block = heap.alloc(size * dtype.itemsize, zero || dtype.kind === 'O');
    return new NDArray(block, dtype, shape.slice(), contiguousStrides(shape, dtype.itemsize, order), 0);
  }

  get ndim(): number {
    return this.shape.length;
  }
  get size(): number {
    return shapeSize(this.shape);
  }
  get itemsize(): number {
    return this.dtype.itemsize;
  }
  get nbytes(): number {
    return this.size * this.dtype.itemsize;
  }
  /** byte address of the first element (after loading the array's bytes, for a lazily filled block) */
  get addr(): number {
    const b = this.block;
    if (b.pager !== null) pageIn(this);
    return b.ptr + this.offset;
  }
  get owner(): NDArray {
    return this.base ?? this;
  }

  get cContiguous(): boolean {
    return isContiguous(this.shape, this.strides, this.dtype.itemsize, 'C');
  }
  get fContiguous(): boolean {
    return isContiguous(this.shape, this.strides, this.dtype.itemsize, 'F');
  }

  /**
   * Called with (view, source) for every view of an array that carries its own `cls` (an instance of a
   * Python subclass of ndarray), so the embedding layer can give the view the same class.
   */
  static viewHook: ((view: NDArray, src: NDArray) => void) | null = null;

  /** A view of the same memory with another shape/strides/offset (and optionally dtype). */
  view(shape: number[], strides: number[], offset: number, dtype: DType = this.dtype): NDArray {
    const v = new NDArray(this.block, dtype, shape, strides, offset, this.owner, this.writeable);
    if (NDArray.viewHook !== null && Object.prototype.hasOwnProperty.call(this, 'cls')) NDArray.viewHook(v, this);
    return v;
  }

  /** Byte address of the element at a full index (no bounds checks). */
  addrOf(index: number[]): number {
    const b = this.block;
    let a = b.ptr + this.offset;
    for (let i = 0; i < index.length; i++) a += index[i] * this.strides[i];
    if (b.pager !== null) b.pager.ensure(a - b.ptr, a - b.ptr + this.dtype.itemsize);
    return a;
  }

  /** Element at a full index, in the dtype's domain. */
  get(index: number[]): any {
    return reader(this.dtype)(heap.view(), this.addrOf(index));
  }
  set(index: number[], v: any): void {
    writer(this.dtype)(heap.view(), this.addrOf(index), v);
  }

  /** All elements in C order, in the dtype's domain. */
  toArray(): any[] {
    const out: any[] = new Array(this.size);
    const rd = reader(this.dtype);
    let k = 0;
    forEachAddr(this, (dv, a) => {
      out[k++] = rd(dv, a);
    });
    return out;
  }
}

/** Have a lazily filled block load the bytes `a` spans: [lowest, highest element + itemsize). */
function pageIn(a: NDArray): void {
  let lo = a.offset, hi = a.offset + a.dtype.itemsize;
  for (let i = 0; i < a.shape.length; i++) {
    const n = a.shape[i];
    if (n === 0) return;
    const d = (n - 1) * a.strides[i];
    if (d < 0) lo += d;
    else hi += d;
  }
  a.block.pager!.ensure(lo, hi);
}

/**
 * A typed array over the elements of a C-contiguous, native-byte-order array of a plain numeric dtype
 * (not float16/complex), or null. Valid until the next allocation (memory may grow).
 */
export function typedView(a: NDArray): Float64Array | Float32Array | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | BigInt64Array | BigUint64Array | null {
  if (!a.dtype.isNative || !a.cContiguous || a.addr % a.itemsize !== 0) return null;
  const buf = heap.buffer;
  const n = a.size, p = a.addr;
  switch (a.dtype.char) {
    case 'd': return new Float64Array(buf, p, n);
    case 'f': return new Float32Array(buf, p, n);
    case 'b': return new Int8Array(buf, p, n);
    case '?': case 'B': return new Uint8Array(buf, p, n);
    case 'h': return new Int16Array(buf, p, n);
    case 'H': return new Uint16Array(buf, p, n);
    case 'i': return new Int32Array(buf, p, n);
    case 'I': return new Uint32Array(buf, p, n);
    case 'l': return new BigInt64Array(buf, p, n);
    case 'L': return new BigUint64Array(buf, p, n);
  }
  return null;
}

export function shapeSize(shape: number[]): number {
  let n = 1;
  for (const s of shape) n *= s;
  return n;
}

export function contiguousStrides(shape: number[], itemsize: number, order: 'C' | 'F' = 'C'): number[] {
  const st = new Array(shape.length);
  let s = itemsize;
  if (order === 'C') {
    for (let i = shape.length - 1; i >= 0; i--) {
      st[i] = s;
      s *= Math.max(shape[i], 1);
    }
  } else {
    for (let i = 0; i < shape.length; i++) {
      st[i] = s;
      s *= Math.max(shape[i], 1);
    }
  }
  return st;
}

export function isContiguous(shape: number[], strides: number[], itemsize: number, order: 'C' | 'F'): boolean {
  if (shape.some((s) => s === 0)) return true;
  let expect = itemsize;
  const n = shape.length;
  for (let k = 0; k < n; k++) {
    const i = order === 'C' ? n - 1 - k : k;
    if (shape[i] === 1) continue;
    if (strides[i] !== expect) return false;
    expect *= shape[i];
  }
  return true;
}

/** NumPy's broadcasting of shapes; null when they do not broadcast. */
export function broadcastShapes(shapes: number[][]): number[] | null {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array(nd).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const j = nd - s.length + i;
      const d = s[i];
      if (d === out[j] || d === 1) continue;
      if (out[j] === 1) out[j] = d;
      else return null;
    }
  }
  return out;
}

/** The strides of `a` seen with the (broadcast) shape `shape`: 0 where a dimension is stretched. */
export function broadcastStrides(a: NDArray, shape: number[]): number[] {
  const nd = shape.length;
  const st = new Array(nd).fill(0);
  for (let i = 0; i < a.ndim; i++) {
    const j = nd - a.ndim + i;
    st[j] = a.shape[i] === 1 && shape[j] !== 1 ? 0 : a.strides[i];
  }
  return st;
}

/**
 * Merge adjacent dimensions that every operand walks contiguously (stride[i] = shape[i+1]·stride[i+1]),
 * so inner loops run as long as possible. Returns the coalesced shape and per-operand strides.
 */
export function coalesce(shape: number[], strides: number[][]): [number[], number[][]] {
  if (shape.length <= 1) return [shape, strides];
  const sh = [shape[0]];
  const st = strides.map((s) => [s[0]]);
  for (let i = 1; i < shape.length; i++) {
    const k = sh.length - 1;
    let ok = true;
    for (let o = 0; o < strides.length; o++) if (st[o][k] !== shape[i] * strides[o][i]) ok = false;
    if (ok || sh[k] === 1) {
      for (let o = 0; o < strides.length; o++) st[o][k] = sh[k] === 1 && !ok ? strides[o][i] : strides[o][i];
      sh[k] *= shape[i];
    } else if (shape[i] !== 1) {
      sh.push(shape[i]);
      for (let o = 0; o < strides.length; o++) st[o].push(strides[o][i]);
    }
  }
  return [sh, st];
}

/**
 * Drive an inner loop over a shape for several operands: `inner(n, addrs, steps)` runs once per
 * position of the outer dimensions with the inner dimension's length, each operand's address and step.
 */
export function stridedLoop(
  shape: number[],
  bases: number[],
  strides: number[][],
  inner: (n: number, addrs: number[], steps: number[]) => void,
): void {
  if (shapeSize(shape) === 0) return;
  const [sh, st] = coalesce(shape, strides);
  const nd = sh.length;
  const nops = bases.length;
  if (nd === 0) {
    inner(1, bases.slice(), new Array(nops).fill(0));
    return;
  }
  const n = sh[nd - 1];
  const steps = st.map((s) => s[nd - 1]);
  const addrs = bases.slice();
  if (nd === 1) {
    inner(n, addrs, steps);
    return;
  }
  const idx = new Array(nd - 1).fill(0);
  const cur = bases.slice();
  for (;;) {
    for (let o = 0; o < nops; o++) addrs[o] = cur[o];
    inner(n, addrs, steps);
    let d = nd - 2;
    for (; d >= 0; d--) {
      idx[d]++;
      for (let o = 0; o < nops; o++) cur[o] += st[o][d];
      if (idx[d] < sh[d]) break;
      for (let o = 0; o < nops; o++) cur[o] -= st[o][d] * sh[d];
      idx[d] = 0;
    }
    if (d < 0) return;
  }
}

/** Visit every element's address in C order. */
export function forEachAddr(a: NDArray, f: (dv: DataView, addr: number) => void): void {
  const dv = heap.view();
  stridedLoop(a.shape, [a.addr], [a.strides], (n, addrs, steps) => {
    let p = addrs[0];
    const s = steps[0];
    for (let i = 0; i < n; i++, p += s) f(dv, p);
  });
}
