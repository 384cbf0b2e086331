/**
 * One-time installation of everything the object model registers by side effect: the methods and
 * constructors of the builtin types, the native special methods that subclasses of builtin types inherit,
 * and the standard-library module factories.
 */
import { installBuiltinTypes } from '../objects/types/index';
import { installModules } from '../modules/index';
import { typeDictChanged } from '../objects/pytype';
import { installNativeDunders } from '../objects/subclass';
import * as A from '../objects/arith';
import * as P from '../objects/protocols';
import { iterNative, installIteratorProtocol } from '../objects/iterators';
import { reprNative, str } from '../objects/repr';
import { format } from '../objects/formatting';
import { call, setBoxedTest } from '../objects/function';
import '../objects/unionType'; // registers type | type with arith.ts
import '../objects/genericAlias'; // registers list[int] with protocols.ts
import { IntType, FloatType, typeOf } from '../objects/pytype';
import { PyInstance } from '../objects/values';
import { PyBoxed } from '../objects/subclass';
import { NotImplemented } from '../objects/values';
import { absValue } from '../objects/numericBuiltins';
import { installFastTypes } from '../objects/fastcalls';
import { setCheckpoint } from '../../runtime/ufunc';
import { poll } from './helpers';
import { state } from './state';

let installed = false;
export function installRuntime(): void {
  if (installed) return;
  installed = true;
  installBuiltinTypes();
  installModules();
  installNativeDunders({
    binary: A.binaryNative,
    unary: { '-': A.neg, '+': A.pos, '~': A.invert, abs: absValue },
    getItem: P.getItemNative,
    setItem: P.setItemNative,
    delItem: P.delItemNative,
    len: P.lenNative,
    contains: P.containsNative,
    iter: iterNative,
    repr: reprNative,
    str,
    hash: P.pyHash,
    truthy: P.truthyNative,
    // a builtin's __eq__ against an instance of an unrelated user class is NotImplemented (so its reflected
    // method runs), as in CPython
    eq: (a, b) => (b instanceof PyInstance && !(b instanceof PyBoxed) ? NotImplemented : P.eqNative(a, b)),
    compare: P.compareNative,
    format,
    toInt: (v) => call(IntType, [v]),
    toFloat: (v) => call(FloatType, [v]),
    opError: A.opError,
    typeName: (v) => typeOf(v).tpName,
  });
  installIteratorProtocol();
  installFastTypes();
  // long array kernels poll for Ctrl-C, interrupt() and deadlines between chunks
  setCheckpoint(() => {
    if (state()) poll();
  });
  setBoxedTest((v) => v instanceof PyBoxed);
  typeDictChanged();
}
