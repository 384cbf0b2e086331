/**
 * Casts between object arrays and the other dtypes, as NumPy performs them element by element: a number
 * becomes its Python value (int64 → int, float64 → float, bool → bool), an object becomes a number the
 * way Python's int()/float()/complex() convert it (str and bytes parse, None is NaN for floats and an error
 * for integers, bool is the truth value), and text is the object's str(). Installed into the runtime's converter (objectStore.ts).
 */
import { DType } from '../../../runtime/dtype';
import { setObjectCasts } from '../../../runtime/objectStore';
import { truthy } from '../../objects/protocols';
import { PyBytes } from '../../objects/values';
import { latin1 } from '../../objects/types/bytes';
import { domainToPy, pyToDomain } from './scalars';

function fromObject(v: any, to: DType): any {
  if (to.kind === 'b') return truthy(v) ? 1 : 0;
  // float(b'1.5') and int(b'2') parse bytes as they parse str
  if (v instanceof PyBytes && !to.isText) return pyToDomain(latin1(v.data), to);
  return pyToDomain(v, to);
}

export function installObjectCasts(): void {
  setObjectCasts(domainToPy, fromObject);
}
