/**
 * Named-tuple result types (np.unique_counts → UniqueCountsResult(values=…, counts=…)): tuple
 * subclasses whose fields are also attributes, with the collections.namedtuple repr.
 */
import { PyType, TupleType, TypeType } from '../../objects/pytype';
import { PyTuple } from '../../objects/values';
import { GetSet } from '../../objects/descriptors';
import { defineMethods } from '../../objects/types/define';
import { repr } from '../../objects/repr';

export function makeNamedTuple(name: string, fields: string[]): (items: any[]) => PyTuple {
  const t = new PyType(name, [TupleType], null, false, 'numpy');
  t.cls = TypeType;
  t.solid = TupleType;
  fields.forEach((f, i) => {
    t.dict[f] = new GetSet(f, (self: PyTuple) => self.items[i]);
  });
  defineMethods(t, {
    __repr__: (self: PyTuple) => `${name}(${fields.map((f, i) => `${f}=${repr(self.items[i])}`).join(', ')})`,
  });
  return (items) => {
    const tup = new PyTuple(items);
    (tup as any).cls = t;
    return tup;
  };
}
