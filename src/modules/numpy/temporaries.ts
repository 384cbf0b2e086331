/**
 * numpy's side of src/interp/temporaries.ts: which operator operands leave the operation to ndarray's
 * own arithmetic (exact ndarrays, Python numbers, NumPy scalars — the result is then a new array owning
 * its memory), the release of such a result once a reduction method has read it, and `(a - b).var(…)` /
 * `.std(…)` of two exact ndarrays computed without a - b where reductions.ts can.
 */
import { NDArray } from '../../../runtime/ndarray';
import { heap } from '../../../runtime/memory';
import { PyFloat } from '../../objects/values';
import { setTempHooks } from '../../interp/temporaries';
import { NDArrayType, VAR_PARAMS, redOpts } from './arrayType';
import { varianceOfDifference } from './reductions';
import { NPScalar } from './scalars';

const exact = (x: any): x is NDArray => x instanceof NDArray && (x as any).cls === NDArrayType;

export function installTemporaries(): void {
  setTempHooks({
    plain: (x) => typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof PyFloat || x instanceof NPScalar || exact(x),
    release: (temp, result) => {
      if (!exact(temp) || temp.base !== null || (result instanceof NDArray && result.block === temp.block)) return;
      heap.free(temp.block);
    },
    reduceDifference: (l, r, method, args, kw) =>
      exact(l) && exact(r) ? varianceOfDifference(l, r, () => redOpts(args, kw, VAR_PARAMS), method === 'std') : undefined,
  });
}
