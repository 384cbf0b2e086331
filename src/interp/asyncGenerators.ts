/**
 * Asynchronous generators (`async def` with `yield`, and async generator expressions) and the builtins
 * aiter()/anext(). The body compiles to one JS generator (compile/functions.ts) in which both kinds of
 * suspension are JS yields: `await` yields whatever the awaited future yields (interp/coroutines.ts),
 * while a Python `yield v` yields v wrapped in an AsyncYield marker. The generator runs inside a
 * PyGenerator (for its exception-handling bookkeeping), and the async generator's methods hand out
 * awaitables — coroutines over a small JS driver — that resume the body, pass every unmarked value up to
 * whoever drives the awaiting task, and finish with the next marked value: `__anext__()`/`asend(v)`
 * resolve to the yielded value or raise StopAsyncIteration at the end, `athrow()` raises into the body,
 * `aclose()` raises GeneratorExit into it. CPython 3.11's messages for misuse.
 */
import { PyCoroutine, PyGenerator } from '../objects/iterators';
import { builtinType, typeOf } from '../objects/pytype';
import { throwPy } from '../objects/errors';
import { PyExc, excType, makeExc } from '../objects/exceptions';
import { builtin, call, defMethods, expectArgs } from '../objects/function';
import { defGetters } from '../objects/descriptors';
import { callSpecial } from '../objects/attrs';
import { addr } from '../objects/repr';
import { PyType } from '../objects/pytype';
import type { FuncInfo } from '../compile/functions';
import { asyncHelpers } from './coroutines';
import { state } from './state';

/**
 * sys.set_asyncgen_hooks: per interpreter, the callables given each async generator as it is first
 * iterated (an event loop records it, to aclose() it at shutdown_asyncgens) and at finalization
 * (never called here: ndpy has no reference counting to tell when one is dropped).
 */
const hooks = new WeakMap<object, { firstiter: any; finalizer: any }>();
export function asyncgenHooks(): { firstiter: any; finalizer: any } {
  let h = hooks.get(state());
  if (h === undefined) hooks.set(state(), (h = { firstiter: null, finalizer: null }));
  return h;
}

export const AsyncGeneratorType = builtinType('async_generator');

/** what a Python-level `yield v` in an async generator body hands to the driver */
class AsyncYield {
  constructor(readonly v: any) {}
}

export class PyAsyncGenerator {
  declare cls: PyType;
  /** an asend/athrow/aclose awaitable is resuming the body */
  running = false;
  /** the firstiter hook has seen it */
  hooked = false;
  constructor(
    readonly gen: PyGenerator,
    readonly name: string,
    readonly qualname: string,
  ) {}
}
PyAsyncGenerator.prototype.cls = AsyncGeneratorType;

const isExc = (e: any, name: string) => e instanceof PyExc && e.cls.isSubtypeOf(excType(name));

/**
 * Resume the body (send `arg`, or throw it with how = 'throw') until it yields a marked value, which is
 * the result; awaits inside pass through. `closing`: the GeneratorExit of aclose() is being delivered.
 */
function* drive(ag: PyAsyncGenerator, how: 'send' | 'throw', arg: any, closing = false): Generator<any, any, any> {
  const gen = ag.gen;
  if (closing && (gen.finished || !gen.started)) {
    gen.finished = true;
    return null;
  }
  if (gen.finished) {
    if (how === 'throw') throw arg;
    throw makeExc('StopAsyncIteration');
  }
  if (!ag.hooked) {
    ag.hooked = true;
    const first = asyncgenHooks().firstiter;
    if (first !== null) call(first, [ag]);
  }
  if (ag.running) throwPy('RuntimeError', closing ? 'aclose(): asynchronous generator is already running' : 'anext(): asynchronous generator is already running');
  ag.running = true;
  try {
    let mode = how, val = arg;
    for (;;) {
      let y: any;
      try {
        y = mode === 'throw' ? gen.throwInto(val) : gen.send(val);
      } catch (e) {
        if (closing && (isExc(e, 'GeneratorExit') || isExc(e, 'StopAsyncIteration') || isExc(e, 'StopIteration'))) return null;
        // the body returned (a PyGenerator reports its end as StopIteration; one the body raised is a
        // RuntimeError by then)
        if (isExc(e, 'StopIteration')) throw makeExc('StopAsyncIteration');
        if (isExc(e, 'StopAsyncIteration')) {
          const re = makeExc('RuntimeError', 'async generator raised StopAsyncIteration');
          re.cause = e as PyExc;
          throw re;
        }
        throw e;
      }
      if (y instanceof AsyncYield) {
        if (closing) throwPy('RuntimeError', 'async generator ignored GeneratorExit');
        return y.v;
      }
      // an await in the body: the future goes up to the task, and what comes back resumes the body
      try {
        val = yield y;
        mode = 'send';
      } catch (e) {
        val = e;
        mode = 'throw';
      }
    }
  } finally {
    ag.running = false;
  }
}

function awaitable(ag: PyAsyncGenerator, g: Generator<any, any, any>): PyCoroutine {
  return new PyCoroutine(g, ag.name, ag.qualname);
}

/** the exception athrow(typ[, val]) raises: an instance, or the class called with the value */
function thrown(args: any[]): any {
  let e = args[0];
  if (e instanceof PyType) e = call(e, args.length > 1 && args[1] !== null ? [args[1]] : []);
  if (!(e instanceof PyExc)) throwPy('TypeError', 'exceptions must be classes or instances deriving from BaseException, not ' + typeOf(e).tpName);
  return e;
}

defMethods(AsyncGeneratorType, {
  __aiter__: (ag: PyAsyncGenerator) => ag,
  __anext__: (ag: PyAsyncGenerator) => awaitable(ag, drive(ag, 'send', null)),
  asend: (ag: PyAsyncGenerator, args) => (expectArgs('asend', args, 1), awaitable(ag, drive(ag, 'send', args[0]))),
  athrow: (ag: PyAsyncGenerator, args) => (expectArgs('athrow', args, 1, 3), awaitable(ag, drive(ag, 'throw', thrown(args)))),
  aclose: (ag: PyAsyncGenerator) => awaitable(ag, drive(ag, 'throw', makeExc('GeneratorExit'), true)),
  __repr__: (ag: PyAsyncGenerator) => `<async_generator object ${ag.qualname} at ${addr(ag)}>`,
});
defGetters(AsyncGeneratorType, {
  __name__: (ag: PyAsyncGenerator) => ag.name,
  __qualname__: (ag: PyAsyncGenerator) => ag.qualname,
  ag_running: (ag: PyAsyncGenerator) => ag.running,
});

/** the builtin anext(it[, default]): the awaitable of it.__anext__(), giving `default` at the end */
function anextBuiltin(args: any[]): any {
  expectArgs('anext', args, 1, 2);
  const it = args[0];
  const f = typeOf(it).lookup('__anext__');
  if (f === undefined || f === null) throwPy('TypeError', `'${typeOf(it).tpName}' object is not an async iterator`);
  const aw = callSpecial(f, it);
  if (args.length === 1) return aw;
  const dflt = args[1];
  function* withDefault(): Generator<any, any, any> {
    try {
      return yield* asyncHelpers.$await(aw);
    } catch (e) {
      if (isExc(e, 'StopAsyncIteration')) return dflt;
      throw e;
    }
  }
  return new PyCoroutine(withDefault(), 'anext', 'anext');
}

/** the builtin aiter(x): x.__aiter__(), which must be an async iterator */
function aiterBuiltin(args: any[]): any {
  expectArgs('aiter', args, 1);
  const t = typeOf(args[0]);
  const f = t.lookup('__aiter__');
  if (f === undefined || f === null) throwPy('TypeError', `'${t.tpName}' object is not an async iterable`);
  const it = callSpecial(f, args[0]);
  if (typeOf(it).lookup('__anext__') === undefined) throwPy('TypeError', `aiter() returned not an async iterator of type '${typeOf(it).tpName}'`);
  return it;
}

export function asyncBuiltins(): Record<string, any> {
  return { aiter: builtin('aiter', aiterBuiltin), anext: builtin('anext', anextBuiltin) };
}

export const asyncGenHelpers = {
  /** an async generator function's call: its body's JS generator as the async generator object */
  $mkagen: (g: Generator<any, any, any>, info: FuncInfo) => new PyAsyncGenerator(new PyGenerator(g, info.name, info.qualname), info.name, info.qualname),
  /** a Python-level `yield v` in an async generator body */
  $agy: (v: any) => new AsyncYield(v),
};
