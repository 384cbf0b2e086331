/**
 * `np.nditer`: iteration over one or several arrays broadcast together, yielding 0-d views of the
 * current elements (a tuple of them for a list of operands), so `y[...] = x * x` writes into the operand.
 *
 * Operands are read-only unless `op_flags` says 'readwrite' or 'writeonly'; a None operand is allocated
 * with the broadcast shape and the inputs' result dtype (or its `op_dtypes` entry) and is write-only, as
 * NumPy's 'allocate'. An `op_dtypes` entry for a given operand (allowed by `casting`, default 'safe', and
 * needing the 'buffered' flag) iterates over a cast copy, written back to a writable operand when the
 * iteration ends or the iterator closes. The order is 'C', 'F', or 'K'/'A' (Fortran order when every array operand is
 * Fortran-contiguous and not C-contiguous, C order otherwise: memory order for the usual layouts).
 * Flags: 'multi_index' (`it.multi_index`), 'c_index' / 'f_index' (`it.index`), and 'external_loop',
 * which yields 1-d views along the fastest axis, merged with the next axes while every operand stays
 * contiguous in that order. Also `operands`, `finished`, `iternext()`, `it[i]`, `value`, `itersize`,
 * `reset()`, and use as a context manager.
 */
import { NDArray, broadcastStrides, broadcastShapes } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { builtinType, ObjectType, PyType } from '../../objects/pytype';
import { PyTuple, tuple } from '../../objects/values';
import { PyIter, toArray } from '../../objects/iterators';
import { throwPy } from '../../objects/errors';
import { defineMethods } from '../../objects/types/define';
import { defGetters } from '../../objects/descriptors';
import { index as pyIndex } from '../../objects/protocols';
import { Kw } from '../../objects/function';
import { asArray, allocArray, castCopy, copyInto } from './coerce';
import { toDType, pyDType } from './dtypes';
import { kwArgs, dtRepr } from './ufuncs';

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
    /** the operands as given (ops holds buffered copies where op_dtypes asked for another dtype) */
    readonly operands: NDArray[],
  ) {
    super();
    this.cur = shape.map(() => 0);
    this.done = shape.some((s) => s === 0);
  }

  /** the element views at the current position */
  private views(): any {
    const vs = this.ops.map((a, k) => {
      const st = broadcastStrides(a, this.shape);
      let off = a.offset;
      for (let d = 0; d < this.shape.length; d++) off += this.cur[d] * st[d];
      const fast = this.order[this.order.length - 1];
      const v = this.chunk > 1 || this.flags.has('external_loop') ? a.view([this.chunk], [st[fast]], off) : a.view([], [], off);
      if (this.access[k] === 'readonly') v.writeable = false;
      return v;
    });
    return this.many ? new PyTuple(vs) : vs[0];
  }

  /** move `cur` to the next element (or chunk); false at the end */
  private step(): boolean {
    if (this.done) return false;
    if (!this.started) {
      this.started = true;
      return true;
    }
    // the axes below the chunk move one step at a time, slowest last
    for (let i = this.order.length - 1 - this.chunkAxes; i >= 0; i--) {
      const d = this.order[i];
      if (++this.cur[d] < this.shape[d]) return true;
      this.cur[d] = 0;
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
    if (!this.started) this.step();
    if (this.done) throwPy('StopIteration', '');
    return this.views();
  }

  reset(): void {
    this.started = false;
    this.cur = this.shape.map(() => 0);
    this.done = this.shape.some((s) => s === 0);
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
  const fortran = ord === 'F' || ((ord === 'K' || ord === 'A') && arrays.length > 0 && arrays.every((a) => a.fContiguous && !a.cContiguous));
  const nd = shape!.length;
  const order = fortran ? [...Array(nd).keys()].reverse() : [...Array(nd).keys()];
  let chunk = 1, chunkAxes = 0;
  if (flags.has('external_loop') && nd > 0) {
    // the fastest axis, merged with slower ones while every operand stays contiguous in this order
    const strides = ops.map((a) => broadcastStrides(a, shape!));
    chunk = shape![order[nd - 1]];
    chunkAxes = 1;
    for (let i = nd - 2; i >= 0; i--) {
      const inner = order[i + 1], outer = order[i];
      if (!strides.every((st) => st[outer] === st[inner] * shape![inner])) break;
      chunk *= shape![outer];
      chunkAxes++;
    }
  } else if (nd === 0) chunkAxes = 0;
  return new Nditer(iterOps, access, many, shape!, order, flags, chunk, chunkAxes, ops);
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
      it.current();
      return it.next() !== undefined;
    },
    __getitem__: (it: Nditer, [i]) => {
      const v = it.current();
      return it.many ? v.items[pyIndex(i)] : pyIndex(i) === 0 ? v : throwPy('IndexError', 'Iterator operand index 1 is out of bounds');
    },
    __len__: (it: Nditer) => it.ops.length,
  });
  defGetters(NditerType, {
    operands: (it: Nditer) => tuple(it.operands),
    dtypes: (it: Nditer) => tuple(it.ops.map((a) => pyDType(a.dtype))),
    finished: (it: Nditer) => {
      if (!it.done) it.current();
      return it.done;
    },
    value: (it: Nditer) => it.current(),
    itersize: (it: Nditer) => it.shape.reduce((x, y) => x * y, 1),
    multi_index: (it: Nditer) => {
      if (!it.flags.has('multi_index')) throwPy('ValueError', 'Iterator is not tracking a multi-index');
      it.current();
      return tuple(it.cur.slice());
    },
    index: (it: Nditer) => {
      if (!it.flags.has('c_index') && !it.flags.has('f_index')) throwPy('ValueError', 'Iterator does not have an index');
      it.current();
      return it.flatIndex(it.flags.has('f_index'));
    },
  });
}
