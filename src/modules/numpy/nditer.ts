/**
 * `np.nditer`: iteration over one or several arrays broadcast together, yielding 0-d views of the
 * current elements (a tuple of them for a list of operands), so `y[...] = x * x` writes into the operand.
 *
 * Operands are read-only unless `op_flags` says 'readwrite' or 'writeonly'; a None operand is allocated
 * with the broadcast shape and the inputs' result dtype (or its `op_dtypes` entry) and is write-only, as
 * NumPy's 'allocate'. An `op_dtypes` entry for a given operand (allowed by `casting`, default 'safe', and
 * needing the 'buffered' flag) iterates over a cast copy, written back to a writable operand when the
 * iteration ends or the iterator closes. The order is 'C', 'F', 'A' (Fortran order when every array operand is
 * Fortran-contiguous and not C-contiguous, C order otherwise) or 'K', memory order: axes sorted by stride,
 * axes every operand walks backwards reversed (multi_index and c_index still name the original positions).
 * Flags: 'multi_index' (`it.multi_index`), 'c_index' / 'f_index' (`it.index`), and 'external_loop',
 * which yields 1-d views along the fastest axis, merged with the next axes while every operand stays
 * contiguous in that order. Also `operands`, `finished`, `iternext()`, `it[i]`, `value`, `itersize`,
 * `iterindex`, `shape`/`ndim` (NumPy's coalesced iteration shape), `reset()`, and use as a context manager.
 */
import { NDArray, broadcastStrides, broadcastShapes } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { builtinType, ObjectType, PyType } from '../../objects/pytype';
import { PyTuple, tuple, Ellipsis } from '../../objects/values';
import { PyIter, toArray } from '../../objects/iterators';
import { throwPy } from '../../objects/errors';
import { defineMethods } from '../../objects/types/define';
import { defGetters } from '../../objects/descriptors';
import { index as pyIndex } from '../../objects/protocols';
import { Kw } from '../../objects/function';
import { asArray, allocArray, castCopy, copyInto } from './coerce';
import { toDType, pyDType } from './dtypes';
import { kwArgs, dtRepr } from './ufuncs';
import { setIndex } from './indexing';

export const NditerType = builtinType('nditer', ObjectType, 'numpy');

type Access = 'readonly' | 'readwrite' | 'writeonly';

class Nditer extends PyIter {
  declare cls: PyType;
  private started = false;
  /** the multi-index of the current element (after a step) */
  cur: number[];
  done: boolean;

  constructor(
    readonly ops: NDArray[],
    readonly access: Access[],
    readonly many: boolean,
    readonly shape: number[],
    /** axes from slowest to fastest */
    readonly order: number[],
    readonly flags: Set<string>,
    /** elements per step along the fastest axes with external_loop (1 otherwise) */
    readonly chunk: number,
    readonly chunkAxes: number,
    /** each operand's stride (walking direction) along an external_loop chunk */
    readonly chunkStrides: number[],
    /** the operands as given (ops holds buffered copies where op_dtypes asked for another dtype) */
    readonly operands: NDArray[],
    /** axes walked from the end to the start (order 'K' over negative strides: memory order) */
    readonly flip: boolean[],
  ) {
    super();
    this.cur = this.start();
    this.done = shape.some((s) => s === 0);
  }

  private start(): number[] {
    return this.shape.map((n, d) => (this.flip[d] ? n - 1 : 0));
  }

  /** an operand's strides over the broadcast shape, negated along flipped axes (the walking direction) */
  walkStrides(a: NDArray): number[] {
    return broadcastStrides(a, this.shape).map((st, d) => (this.flip[d] ? -st : st));
  }

  /** the element views at the current position */
  private views(): any {
    const vs = this.ops.map((a, k) => {
      const st = broadcastStrides(a, this.shape);
      let off = a.offset;
      for (let d = 0; d < this.shape.length; d++) off += this.cur[d] * st[d];
      const v = this.chunk > 1 || this.flags.has('external_loop') ? a.view([this.chunk], [this.chunkStrides[k]], off) : a.view([], [], off);
      if (this.access[k] === 'readonly') v.writeable = false;
      return v;
    });
    return this.many ? new PyTuple(vs) : vs[0];
  }

  /**
   * The Python iteration protocol's step: the first call stays on the element the iterator stands on
   * (NumPy's `started` flag), later ones advance; false at the end.
   */
  private step(): boolean {
    if (this.done) return false;
    if (!this.started) {
      this.started = true;
      return true;
    }
    return this.advance();
  }

  /** move `cur` to the next element (or chunk); false at the end */
  advance(): boolean {
    if (this.done) return false;
    // the axes below the chunk move one step at a time, slowest last
    for (let i = this.order.length - 1 - this.chunkAxes; i >= 0; i--) {
      const d = this.order[i];
      if (this.flip[d]) {
        if (--this.cur[d] >= 0) return true;
        this.cur[d] = this.shape[d] - 1;
      } else {
        if (++this.cur[d] < this.shape[d]) return true;
        this.cur[d] = 0;
      }
    }
    this.done = true;
    return false;
  }

  next(): any {
    if (this.step()) return this.views();
    this.writeBack();
    return undefined;
  }

  /** copy the buffers of writable cast operands back into the operands */
  writeBack(): void {
    this.ops.forEach((a, k) => {
      if (a !== this.operands[k] && this.access[k] !== 'readonly') copyInto(this.operands[k], a);
    });
  }

  /** the current element views, positioned (for `it[i]`, `value` and `while not it.finished`) */
  current(): any {
    this.position();
    return this.views();
  }

  /** NumPy's error when the iteration is over */
  position(): void {
    if (this.done) throwPy('ValueError', 'Iterator is past the end');
  }

  reset(): void {
    this.started = false;
    this.cur = this.start();
    this.done = this.shape.some((s) => s === 0);
  }

  /** the position in iteration order (`iterindex`): the first element of the chunk with external_loop */
  iterIndex(): number {
    let k = 0;
    for (const d of this.order) k = k * this.shape[d] + (this.flip[d] ? this.shape[d] - 1 - this.cur[d] : this.cur[d]);
    return k;
  }

  /**
   * The shape NumPy's iterator reports: the broadcast shape with a multi-index; otherwise its own axes,
   * fastest first, with neighbours merged where every operand (and a tracked flat index) steps evenly
   * from one into the other and length-1 axes dropped (NpyIter's coalescing).
   */
  iterShape(): number[] {
    if (this.flags.has('multi_index')) return this.shape.slice();
    const strides = this.ops.map((a) => this.walkStrides(a));
    for (const fortran of [true, false]) {
      if (!this.flags.has(fortran ? 'f_index' : 'c_index')) continue;
      const st = this.shape.map(() => 0);
      let n = 1;
      for (const d of fortran ? [...this.shape.keys()] : [...this.shape.keys()].reverse()) {
        st[d] = this.flip[d] ? -n : n;
        n *= this.shape[d];
      }
      strides.push(st);
    }
    const out: { n: number; st: number[] }[] = [];
    for (const d of [...this.order].reverse()) {
      const ax = { n: this.shape[d], st: strides.map((s) => s[d]) };
      const prev = out[out.length - 1];
      if (prev && (prev.n === 1 || ax.n === 1 || ax.st.every((s, k) => s === prev.st[k] * prev.n))) {
        if (prev.n === 1) prev.st = ax.st;
        prev.n *= ax.n;
      } else out.push(ax);
    }
    return out.map((ax) => ax.n);
  }

  flatIndex(fortran: boolean): number {
    let k = 0;
    const axes = fortran ? [...this.shape.keys()].reverse() : [...this.shape.keys()];
    for (const d of axes) k = k * this.shape[d] + this.cur[d];
    return k;
  }
}
Nditer.prototype.cls = NditerType;

function strList(v: any): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [v];
  return toArray(v).map((x: any) => String(x));
}

/** operand k in its op_dtypes entry: a buffered copy when that differs, checked against the casting rule */
function castOperand(a: NDArray, k: number, req: any, acc: Access, casting: string, buffered: boolean): NDArray {
  if (req === null || req === undefined) return a;
  const dt = toDType(req);
  if (dt === a.dtype) return a;
  if (acc !== 'writeonly' && !D.canCast(a.dtype, dt, casting as D.Casting)) {
    throwPy('TypeError', `Iterator operand ${k} dtype could not be cast from ${dtRepr(a.dtype)} to ${dtRepr(dt)} according to the rule '${casting}'`);
  }
  if (acc !== 'readonly' && !D.canCast(dt, a.dtype, casting as D.Casting)) {
    throwPy('TypeError', `Iterator requested dtype could not be cast from ${dtRepr(dt)} to ${dtRepr(a.dtype)}, the operand ${k} dtype, according to the rule '${casting}'`);
  }
  if (!buffered) throwPy('TypeError', 'Iterator operand required copying or buffering, but neither copying nor buffering was enabled');
  return castCopy(a, dt);
}

export function makeNditer(args: any[], kw: Kw): Nditer {
  const p = kwArgs(args, kw, ['op', 'flags', 'op_flags', 'op_dtypes', 'order', 'casting', 'op_axes', 'itershape', 'buffersize']);
  const many = p.op instanceof PyTuple || Array.isArray(p.op) || (p.op?.cls?.name === 'list' && Array.isArray(p.op.items));
  const raw: any[] = many ? toArray(p.op) : [p.op];
  const flags = new Set(strList(p.flags));
  // op_flags: one list for every operand, or a list per operand
  const opFlagsRaw = p.op_flags === undefined || p.op_flags === null ? [] : toArray(p.op_flags);
  const perOp = opFlagsRaw.length > 0 && typeof opFlagsRaw[0] !== 'string';
  const opFlags = raw.map((_, k) => (perOp ? strList(opFlagsRaw[k]) : opFlagsRaw.map(String)));
  const listed = (v: any): boolean => Array.isArray(v) || v instanceof PyTuple || v?.cls?.name === 'list';
  const dtypes = p.op_dtypes === undefined || p.op_dtypes === null ? raw.map(() => null) : listed(p.op_dtypes) ? toArray(p.op_dtypes) : [p.op_dtypes];
  const ins = raw.map((v) => (v === null ? null : asArray(v)));
  const present = ins.filter((a): a is NDArray => a !== null);
  if (present.length === 0) throwPy('ValueError', 'At least one iterator operand must be non-NULL');
  const shape = broadcastShapes(present.map((a) => a.shape));
  if (shape === null) {
    throwPy('ValueError', `operands could not be broadcast together with shapes ${present.map((a) => `(${a.shape.join(',')}${a.ndim === 1 ? ',' : ''})`).join(' ')} `);
  }
  const resultDt = D.resultType(present.map((a) => a.dtype), []);
  const access: Access[] = [];
  const ops = ins.map((a, k) => {
    const f = opFlags[k];
    if (a === null) {
      access.push('writeonly');
      return allocArray(shape!, dtypes[k] !== null && dtypes[k] !== undefined ? toDType(dtypes[k]) : resultDt);
    }
    const acc: Access = f.includes('readwrite') ? 'readwrite' : f.includes('writeonly') ? 'writeonly' : 'readonly';
    if (acc !== 'readonly' && !a.writeable) throwPy('ValueError', 'output array is read-only');
    if (acc !== 'readonly' && a.shape.length !== shape!.length) throwPy('ValueError', `non-broadcastable output operand with shape (${a.shape.join(',')}) doesn't match the broadcast shape (${shape!.join(',')})`);
    access.push(acc);
    return a;
  });
  const casting = p.casting === undefined || p.casting === null ? 'safe' : String(p.casting);
  const buffered = flags.has('buffered') || opFlags.some((f) => f.includes('copy') || f.includes('updateifcopy'));
  const iterOps = ops.map((a, k) => (ins[k] === null ? a : castOperand(a, k, dtypes[k], access[k], casting, buffered)));
  const ord = p.order === undefined || p.order === null ? 'K' : String(p.order);
  const arrays = ins.filter((a): a is NDArray => a !== null && a.ndim > 1);
  const nd = shape!.length;
  if (shape!.some((n) => n === 0) && !flags.has('zerosize_ok')) throwPy('ValueError', 'Iteration of zero-sized operands is not enabled');
  let order: number[], flip = shape!.map(() => false);
  if (ord === 'K') {
    // NumPy walks memory order: axes where no operand steps forward are reversed (unless an output is
    // allocated), then ordered by stride
    const strides = ops.map((a) => broadcastStrides(a, shape!));
    if (ins.every((a) => a !== null)) flip = shape!.map((_, d) => strides.some((st) => st[d] < 0) && strides.every((st) => st[d] <= 0));
    order = memoryOrder(strides.map((st) => st.map((x, d) => (flip[d] ? -x : x))), nd);
  } else {
    const fortran = ord === 'F' || (ord === 'A' && arrays.length > 0 && arrays.every((a) => a.fContiguous && !a.cContiguous));
    order = fortran ? [...Array(nd).keys()].reverse() : [...Array(nd).keys()];
  }
  let chunk = 1, chunkAxes = 0;
  let chunkStrides = iterOps.map(() => 0);
  if (flags.has('external_loop') && nd > 0) {
    // the fastest axis, merged with slower ones while every operand steps evenly from the chunk into
    // the next axis (a length-1 axis always merges); each operand's chunk then has one stride
    const strides = iterOps.map((a) => broadcastStrides(a, shape!).map((x, d) => (flip[d] ? -x : x)));
    const fast = order[nd - 1];
    chunk = shape![fast];
    chunkAxes = 1;
    chunkStrides = strides.map((st) => st[fast]);
    for (let i = nd - 2; i >= 0; i--) {
      const d = order[i], n = shape![d];
      if (chunk !== 1 && n !== 1 && !strides.every((st, k) => st[d] === chunkStrides[k] * chunk)) break;
      if (chunk === 1) chunkStrides = strides.map((st) => st[d]);
      chunk *= n;
      chunkAxes++;
    }
  }
  return new Nditer(iterOps, access, many, shape!, order, flags, chunk, chunkAxes, chunkStrides, ops, flip);
}

/**
 * The axes from slowest to fastest for order 'K' (NumPy's npyiter_find_best_axis_ordering): starting
 * from C order, an insertion sort that moves an axis inside a faster one when, for the first operand
 * striding along both, the faster one has the larger stride and no operand says otherwise.
 */
function memoryOrder(strides: number[][], nd: number): number[] {
  const perm = [...Array(nd).keys()].reverse(); // fastest first
  for (let i0 = 1; i0 < nd; i0++) {
    const j0 = perm[i0];
    let pos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const j1 = perm[i1];
      let ambiguous = true, swap = false;
      for (const st of strides) {
        if (st[j0] === 0 || st[j1] === 0) continue;
        if (Math.abs(st[j1]) <= Math.abs(st[j0])) swap = false;
        else if (ambiguous) swap = true;
        ambiguous = false;
      }
      if (ambiguous) continue;
      if (!swap) break;
      pos = i1;
    }
    if (pos !== i0) {
      perm.splice(i0, 1);
      perm.splice(pos, 0, j0);
    }
  }
  return perm.reverse();
}

export function installNditer(): void {
  defineMethods(NditerType, {
    __iter__: (it: Nditer) => it,
    __next__: (it: Nditer) => it.next() ?? throwPy('StopIteration', ''),
    __enter__: (it: Nditer) => it,
    __exit__: (it: Nditer) => (it.writeBack(), null),
    close: (it: Nditer) => (it.writeBack(), null),
    reset: (it: Nditer) => (it.reset(), null),
    iternext: (it: Nditer) => {
      if (it.advance()) return true;
      it.writeBack();
      return false;
    },
    __getitem__: (it: Nditer, [i]) => {
      const v = it.current();
      return it.many ? v.items[pyIndex(i)] : pyIndex(i) === 0 ? v : throwPy('IndexError', 'Iterator operand index 1 is out of bounds');
    },
    __setitem__: (it: Nditer, [i, v]) => {
      const cur = it.current();
      const view = it.many ? cur.items[pyIndex(i)] : pyIndex(i) === 0 ? cur : throwPy('IndexError', 'Iterator operand index 1 is out of bounds');
      setIndex(view, Ellipsis, v);
      return null;
    },
    __len__: (it: Nditer) => it.ops.length,
  });
  defGetters(NditerType, {
    operands: (it: Nditer) => tuple(it.operands),
    dtypes: (it: Nditer) => tuple(it.ops.map((a) => pyDType(a.dtype))),
    finished: (it: Nditer) => it.done,
    value: (it: Nditer) => it.current(),
    itersize: (it: Nditer) => it.shape.reduce((x, y) => x * y, 1),
    iterrange: (it: Nditer) => tuple([0, it.shape.reduce((x, y) => x * y, 1)]),
    iterindex: (it: Nditer) => (it.position(), it.iterIndex()),
    shape: (it: Nditer) => (it.position(), tuple(it.iterShape())),
    ndim: (it: Nditer) => it.iterShape().length,
    nop: (it: Nditer) => it.ops.length,
    has_multi_index: (it: Nditer) => it.flags.has('multi_index'),
    has_index: (it: Nditer) => it.flags.has('c_index') || it.flags.has('f_index'),
    has_delayed_bufalloc: (it: Nditer) => it.flags.has('delay_bufalloc'),
    iterationneedsapi: (it: Nditer) => it.ops.some((a) => a.dtype.kind === 'O'),
    multi_index: (it: Nditer) => {
      it.position();
      if (!it.flags.has('multi_index')) throwPy('ValueError', 'Iterator is not tracking a multi-index');
      return tuple(it.cur.slice());
    },
    index: (it: Nditer) => {
      it.position();
      if (!it.flags.has('c_index') && !it.flags.has('f_index')) throwPy('ValueError', 'Iterator does not have an index');
      return it.flatIndex(it.flags.has('f_index'));
    },
  });
}
