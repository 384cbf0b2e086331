/**
 * numpy's side of src/interp/temporaries.ts: which operator operands leave the operation to ndarray's
 * own arithmetic (exact ndarrays, Python numbers, NumPy scalars — the result is then a new array owning
 * its memory), and the release of such a result once a reduction method has read it.
 */
import { NDArray } from '../../../runtime/ndarray';
import { heap } from '../../../runtime/memory';
import { PyFloat } from '../../objects/values';
import { setTempHooks } from '../../interp/temporaries';
import { NDArrayType } from './arrayType';
import { NPScalar } from './scalars';

const exact = (x: any): x is NDArray => x instanceof NDArray && (x as any).cls === NDArrayType;

export function installTemporaries(): void {
  setTempHooks({
    plain: (x) => typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof PyFloat || x instanceof NPScalar || exact(x),
    release: (temp, result) => {
      if (!exact(temp) || temp.base !== null || (result instanceof NDArray && result.block === temp.block)) return;
      heap.free(temp.block);
    },
  });
}
