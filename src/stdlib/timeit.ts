/**
 * `timeit`, written in Python: Timer (statement and setup as strings or callables), timeit, repeat and
 * default_timer (time.perf_counter), autorange. String statements are compiled with the setup into one
 * function run in a loop, as CPython does, with the caller's globals when `globals` is given.
 */
export const source = String.raw`
import time as _time
import itertools as _itertools

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_number = 1000000
default_repeat = 5
default_timer = _time.perf_counter


def _indent(code, n):
    return code.replace('\n', '\n' + ' ' * n)


class Timer:
    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        ns = {} if globals is None else globals
        local_ns = {}
        if isinstance(setup, str):
            setup_code = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            setup_code = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            stmt_code = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            stmt_code = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        src = ('def inner(_it, _timer' + (', _setup=_setup' if '_setup' in local_ns else '') +
               (', _stmt=_stmt' if '_stmt' in local_ns else '') + '):\n'
               '    ' + setup_code + '\n'
               '    _t0 = _timer()\n'
               '    for _i in _it:\n'
               '        ' + stmt_code + '\n'
               '    _t1 = _timer()\n'
               '    return _t1 - _t0\n')
        self.src = src
        exec(src, ns, local_ns)
        self.inner = local_ns['inner']

    def timeit(self, number=default_number):
        return self.inner(_itertools.repeat(None, number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
`;
