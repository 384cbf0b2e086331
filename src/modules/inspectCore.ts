/**
 * `_inspect`: what the Python-written `inspect` module (src/stdlib/inspect.ts) cannot see from Python —
 * a function's parameter layout (ndpy functions have no `__code__`) and whether its body makes a
 * generator or a coroutine. The kind is read from the compiled JS function's text, whose body is one
 * `return $mkgen(function* …)` / `return $mkcoro(…)` for generator and coroutine functions
 * (src/compile/functions.ts); a PyFunction flag set by the compiler would be the sturdier source. Also
 * the state of a generator or coroutine (inspect.getgeneratorstate), which CPython reads from its frame.
 */
import { PyModule, tuple } from '../objects/values';
import { PyFunction, builtin } from '../objects/function';
import { PyGenerator } from '../objects/iterators';

const GEN = /^function[^{]*\{\s*return \$mkgen\(function\*/;
const CORO = /^function[^{]*\{\s*return \$mkcoro\(function\*/;
const ASYNC_GEN = /^function[^{]*\{\s*return \$asyncUnsupported\('an asynchronous generator/;

function kindOf(f: PyFunction): string {
  const text = Function.prototype.toString.call(f.fn);
  if (GEN.test(text)) return 'generator';
  if (CORO.test(text)) return 'coroutine';
  if (ASYNC_GEN.test(text)) return 'asyncgen';
  return '';
}

export function makeInspectCore(): PyModule {
  const m = new PyModule('_inspect');
  // (positional names, number positional-only, *name or None, keyword-only names, **name or None, kind)
  m.d.function_info = builtin('function_info', (args) => {
    const f = args[0];
    if (!(f instanceof PyFunction)) return null;
    const s = f.sig;
    return tuple([[...s.params], s.posonly, s.vararg, [...s.kwonly], s.kwarg, kindOf(f)]);
  });
  // inspect.getgeneratorstate / getcoroutinestate without frames: CREATED, RUNNING, SUSPENDED or CLOSED
  m.d.generator_state = builtin('generator_state', (args) => {
    const g = args[0];
    if (!(g instanceof PyGenerator)) return null;
    return g.running ? 'RUNNING' : g.finished ? 'CLOSED' : g.started ? 'SUSPENDED' : 'CREATED';
  });
  return m;
}
