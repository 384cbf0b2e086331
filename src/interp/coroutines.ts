/**
 * The runtime side of `async def`, `await`, `async for` and `async with` (helpers the code generator
 * emits; compile/functions.ts and compile/stmts.ts). A coroutine function compiles to a JS generator
 * function whose body runs inside a PyCoroutine; `await x` is `yield* $await(x)`, so whatever the
 * innermost awaitable yields (an asyncio future, or None for a bare reschedule) travels up to the code
 * driving the outermost coroutine with send()/throw(), and the awaitable's return value comes back as
 * the value of the `await`. CPython 3.11's TypeError/RuntimeError messages for misuse.
 */
import { PyCoroutine, PyGenerator } from '../objects/iterators';
import { typeOf } from '../objects/pytype';
import { throwPy } from '../objects/errors';
import { PyExc, PyTraceback, excType } from '../objects/exceptions';
import { callSpecial, callMethod, getAttr } from '../objects/attrs';
import { call } from '../objects/function';
import type { FuncInfo } from '../compile/functions';

function mkcoro(g: Generator<any, any, any>, info: FuncInfo): PyCoroutine {
  return new PyCoroutine(g, info.name, info.qualname);
}

/** `await v`: delegate to a coroutine, or to the iterator its type's __await__ returns. */
function* awaitValue(v: any): Generator<any, any, any> {
  if (v instanceof PyCoroutine) {
    if (v.awaited || v.finished) throwPy('RuntimeError', 'cannot reuse already awaited coroutine');
    v.awaited = true;
    const r = yield* v.g;
    v.finished = true;
    return r;
  }
  const t = typeOf(v);
  const f = t.lookup('__await__');
  if (f === undefined || f === null) throwPy('TypeError', `object ${t.tpName} can't be used in 'await' expression`);
  const it = callSpecial(f, v);
  if (it instanceof PyCoroutine) throwPy('TypeError', '__await__() returned a coroutine');
  if (it instanceof PyGenerator) {
    const r = yield* it.g;
    it.finished = true;
    return r;
  }
  if (typeOf(it).lookup('__next__') === undefined) throwPy('TypeError', `__await__() returned non-iterator of type '${typeOf(it).tpName}'`);
  let sent: any = null;
  for (;;) {
    let y: any;
    try {
      y = sent === null ? callMethod(it, '__next__', []) : callMethod(it, 'send', [sent]);
    } catch (e) {
      if (e instanceof PyExc && e.cls.isSubtypeOf(excType('StopIteration'))) return e.args.items[0] ?? null;
      throw e;
    }
    sent = yield y;
  }
}

/** the asynchronous iterator of `async for` */
function aiter(v: any): any {
  const t = typeOf(v);
  const f = t.lookup('__aiter__');
  if (f === undefined || f === null) throwPy('TypeError', `'async for' requires an object with __aiter__ method, got ${t.tpName}`);
  const it = callSpecial(f, v);
  if (typeOf(it).lookup('__anext__') === undefined) {
    throwPy('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).tpName}`);
  }
  return it;
}

/** the next item of `async for`, or undefined once __anext__ raises StopAsyncIteration */
function* anext(it: any): Generator<any, any, any> {
  try {
    return yield* awaitValue(callMethod(it, '__anext__', []));
  } catch (e) {
    if (e instanceof PyExc && e.cls.isSubtypeOf(excType('StopAsyncIteration'))) return undefined;
    throw e;
  }
}

/** `async with`: the bound __aexit__, checked with __aenter__ before anything runs */
function aexitOf(mgr: any): any {
  const t = typeOf(mgr);
  if (t.lookup('__aenter__') === undefined || t.lookup('__aexit__') === undefined) {
    throwPy('TypeError', `'${t.tpName}' object does not support the asynchronous context manager protocol`);
  }
  return getAttr(mgr, '__aexit__');
}

/** the awaitable of __aexit__(type, value, traceback) for an exception leaving the block */
function aexitExc(exit: any, e: PyExc): any {
  return call(exit, [e.cls, e, new PyTraceback(e)]);
}

export const asyncHelpers = {
  $mkcoro: mkcoro,
  $await: awaitValue,
  $aiter: aiter,
  $anext: anext,
  $aexit: aexitOf,
  $aexitExc: aexitExc,
  $asyncUnsupported: (what: string) => throwPy('NotImplementedError', `${what} is not supported by ndpy`),
};
