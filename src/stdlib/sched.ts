/**
 * `sched`, written in Python (see src/stdlib/index.ts): a general event scheduler over a time function
 * and a delay function (time.monotonic and time.sleep by default, or a simulated clock). Events are
 * named tuples ordered by (time, priority, sequence) in a heap; run() calls each due event's action,
 * waits with the delay function for the next one, and — as CPython's does, to let other threads in —
 * calls delayfunc(0) after every action (a simulated clock sees those calls).
 */
export const source = String.raw`
import heapq as _heapq
import time as _time_module
from collections import namedtuple as _namedtuple
from itertools import count as _count

__all__ = ['scheduler']

Event = _namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_sentinel = object()


class scheduler:
    def __init__(self, timefunc=_time_module.monotonic, delayfunc=_time_module.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = _count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
        _heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        self._queue.remove(event)
        _heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    def run(self, blocking=True):
        q = self._queue
        while q:
            event = q[0]
            now = self.timefunc()
            if event.time > now:
                if not blocking:
                    return event.time - now
                self.delayfunc(event.time - now)
                continue
            _heapq.heappop(q)
            event.action(*event.argument, **event.kwargs)
            self.delayfunc(0)

    @property
    def queue(self):
        return sorted(self._queue)
`;
