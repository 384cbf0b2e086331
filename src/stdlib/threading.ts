/**
 * `threading`, written in Python (see src/stdlib/index.ts). ndpy runs one thread of Python, so a
 * Thread's target runs to completion inside start() — the order a CPython run of short worker
 * functions almost always shows — and join() only checks its preconditions. Locks, RLocks, semaphores
 * and events keep CPython's state rules and error messages (release of an unlocked lock, a bounded
 * semaphore released too often, starting a thread twice); a blocking acquire of a lock that is already
 * held can never succeed here: with a timeout it returns False, without one it raises RuntimeError
 * (CPython would wait forever) rather than hanging.
 * Names follow CPython 3.11 ("Thread-1 (worker)", "MainThread"); idents are stable fake numbers.
 */
export const source = String.raw`
import sys as _sys

__all__ = ['get_ident', 'get_native_id', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Thread', 'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'excepthook',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_IDENT_BASE = 139900000000000
_counter = 0


def _newname(name_template='Thread-%d'):
    global _counter
    _counter += 1
    return name_template % _counter


class _LockBase:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError('timeout value must be a non-negative number')
        if self._locked:
            if blocking and timeout == -1:
                raise RuntimeError('ndpy runs one thread: waiting for this lock would never end')
            return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return '<' + state + ' _thread.lock object at ' + hex(id(self)) + '>'


class Lock(_LockBase):
    pass


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._count and self._owner != me:
            return False
        self._owner = me
        self._count += 1
        return True

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return ('<' + state + ' _thread.RLock object owner=' + str(self._owner or 0) + ' count=' +
                str(self._count) + ' at ' + hex(id(self)) + '>')


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        return False

    def wait_for(self, predicate, timeout=None):
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all

    def __repr__(self):
        return '<Condition(' + repr(self._lock) + ', 0)>'


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value <= 0:
            return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        return ('<' + type(self).__module__ + '.' + type(self).__qualname__ + ' at ' + hex(id(self)) +
                ': value=' + str(self._value) + '>')


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n

    def __repr__(self):
        return ('<' + type(self).__module__ + '.' + type(self).__qualname__ + ' at ' + hex(id(self)) +
                ': value=' + str(self._value) + '/' + str(self._initial_value) + '>')


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return self._flag

    def __repr__(self):
        state = 'set' if self._flag else 'unset'
        return ('<' + type(self).__module__ + '.' + type(self).__qualname__ + ' at ' + hex(id(self)) +
                ': ' + state + '>')


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._action = action
        self._count = 0
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        if self._count == self._parties:
            self._count = 0
            if self._action is not None:
                self._action()
        return index

    def reset(self):
        self._count = 0
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args, /):
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    _sys.stderr.write('Exception in thread ' + str(name) + ':\n')
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=_sys.stderr)


_active = {}
_current = []


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    name += ' (' + target.__name__ + ')'
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = False
        self._running = False
        self._is_stopped = False
        self._initialized = True

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        self._ident = _IDENT_BASE + id(self) % 100000 * 4096
        self._running = True
        _active[self._ident] = self
        _current.append(self)
        try:
            self.run()
        except BaseException as e:
            excepthook(ExceptHookArgs(type(e), e, e.__traceback__, self))
        finally:
            _current.pop()
            del _active[self._ident]
            self._running = False
            self._is_stopped = True

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        return self._running

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' ' + str(self._ident)
        return '<' + type(self).__name__ + '(' + self._name + ', ' + status + ')>'


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._running = True
        self._ident = _IDENT_BASE


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    pass


_main_thread = _MainThread()
_active[_main_thread._ident] = _main_thread


def current_thread():
    if _current:
        return _current[-1]
    return _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def get_ident():
    return current_thread()._ident


get_native_id = get_ident


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


def settrace(func):
    pass


def setprofile(func):
    pass


def stack_size(size=0):
    return 0

`;
