/**
 * Running sums and products along one strided row in WebAssembly (`np.cumsum`, `np.cumprod`,
 * `ufunc.accumulate`) for float64, float32 and int64 rows accumulated in their own dtype: out[0] = a[0],
 * out[i] = out[i-1] op a[i], each step rounded in the dtype (int64 wraps), as NumPy's loop does.
 * Exported function: `run(n, a, aStep, out, outStep)`. Cached per dtype and operation.
 */
import { DType } from '../dtype';
import { Code, Op, I32, I64, F32, F64, ValType } from './assembler';
import { singleKernel } from './module';

export type AccumulateKernel = (n: number, a: number, aStep: number, out: number, outStep: number) => void;

const N = 0, A = 1, AS = 2, O = 3, OS = 4, ACC = 5;

const TYPES: Record<string, { vt: ValType; load: number; store: number; align: number; add: number; mul: number }> = {
  d: { vt: F64, load: Op.f64_load, store: Op.f64_store, align: 3, add: Op.f64_add, mul: Op.f64_mul },
  f: { vt: F32, load: Op.f32_load, store: Op.f32_store, align: 2, add: Op.f32_add, mul: Op.f32_mul },
  l: { vt: I64, load: Op.i64_load, store: Op.i64_store, align: 3, add: Op.i64_add, mul: Op.i64_mul },
  q: { vt: I64, load: Op.i64_load, store: Op.i64_store, align: 3, add: Op.i64_add, mul: Op.i64_mul },
};

const cache = new Map<string, AccumulateKernel | null>();

/** The kernel for `name` ('add' or 'multiply') over rows of dtype d, or null. */
export function accumulateKernel(d: DType, name: string): AccumulateKernel | null {
  const t = TYPES[d.char];
  if (!t || !d.isNative || d.timeUnit !== null || (name !== 'add' && name !== 'multiply')) return null;
  const key = `${d.char}:${name}`;
  let k = cache.get(key);
  if (k !== undefined) return k;
  const c = new Code();
  // acc = a[0]; out[0] = acc
  c.get(A).mem(t.load, t.align).set(ACC);
  c.get(O).get(ACC).mem(t.store, t.align);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(N).i32(1).op(Op.i32_sub).tee(N).op(Op.i32_eqz, Op.br_if, 1);
  c.get(A).get(AS).op(Op.i32_add).set(A);
  c.get(O).get(OS).op(Op.i32_add).set(O);
  c.get(ACC).get(A).mem(t.load, t.align).op(name === 'add' ? t.add : t.mul).set(ACC);
  c.get(O).get(ACC).mem(t.store, t.align);
  c.op(Op.br, 0, Op.end, Op.end);
  k = singleKernel<AccumulateKernel>('accumulate', [I32, I32, I32, I32, I32], [], [t.vt], c);
  cache.set(key, k);
  return k;
}
