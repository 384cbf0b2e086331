/**
 * The common dtype of several arrays (strong operands only): NumPy's promote_types folded over them.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';

export function commonDTypeOf(arrs: NDArray[]): D.DType {
  let dt = arrs[0].dtype.native;
  for (let i = 1; i < arrs.length; i++) dt = D.promote(dt, arrs[i].dtype);
  return dt;
}
