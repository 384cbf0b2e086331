/**
 * `atexit`, written in Python (see src/stdlib/index.ts): register / unregister exit callbacks and
 * `_run_exitfuncs`, which calls them last-registered first (callbacks registered while it runs are
 * dropped), reporting an exception from one — SystemExit included — on stderr as CPython's "Exception
 * ignored in atexit callback" and going on with the rest. The interpreter calls `_run_exitfuncs` when the
 * main program ends (src/interp/interpreter.ts), if the program imported this module.
 */
export const source = String.raw`
import sys as _sys

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _ncallbacks():
    return len(_callbacks)


def _clear():
    _callbacks.clear()


def _run_exitfuncs():
    pending = _callbacks[:]
    _callbacks.clear()
    while pending:
        func, args, kwargs = pending.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import traceback
            try:
                _sys.stdout.flush()
            except Exception:
                pass
            print('Exception ignored in atexit callback: %r' % (func,), file=_sys.stderr)
            # the report starts at the callback, as CPython's (whose caller is C code)
            tb = exc.__traceback__
            tb = getattr(tb, 'tb_next', None) or tb
            text = ['Traceback (most recent call last):\n'] + traceback.format_tb(tb)
            text += traceback.format_exception_only(type(exc), exc)
            _sys.stderr.write(''.join(text))
    # callbacks registered while the others ran are dropped, as CPython does at exit
    _callbacks.clear()
`;
