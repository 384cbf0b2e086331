/**
 * The methods of `tuple` (PyTuple) and its constructor. `tuple(t)` returns `t` itself when it is an exact
 * tuple, as CPython does; every other iterable is materialised. Messages are CPython 3.11's.
 */
import { TupleType } from '../pytype';
import { PyTuple, EMPTY_TUPLE, tuple } from '../values';
import { throwPy } from '../errors';
import { toArray } from '../iterators';
import { defineMethods, permissiveInit } from './define';
import { oneArg, posArgs } from './args';
import { seqIndex, seqCount } from './list';

/** Install the tuple methods and constructor on TupleType. */
export function installTuple(): void {
  TupleType.newInstance = (_cls, args, kw) => {
    posArgs('tuple', 'tuple', args, kw, 0, 1);
    if (!args.length) return EMPTY_TUPLE;
    const v = args[0];
    if (v instanceof PyTuple && v.cls === TupleType) return v;
    return tuple(toArray(v));
  };
  defineMethods(TupleType, {
    index: (t: PyTuple, args, kw) => {
      posArgs('index', 'tuple.index', args, kw, 1, 3);
      const i = seqIndex(t.items, args[0], args);
      if (i < 0) throwPy('ValueError', 'tuple.index(x): x not in tuple');
      return i;
    },
    count: (t: PyTuple, args, kw) => seqCount(t.items, oneArg('tuple.count', args, kw)),
  });
  permissiveInit(TupleType);
}
