/**
 * `collections.deque`'s Python source, joined into the module's by src/stdlib/collections.ts: a list
 * with a head index (popleft moves the index and compacts the list when half of it is spent), maxlen
 * trimming from the other end, rotation, and CPython's reprs and errors.
 */
export const dequeSource = String.raw`# ---------------------------------------------------------------- deque

_deque_repr_running = set()


class deque:
    __slots__ = ('_a', '_h', '_maxlen')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._a = []
        self._h = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        if self._h:
            del self._a[:self._h]
            self._h = 0

    def append(self, x):
        self._a.append(x)
        m = self._maxlen
        if m is not None and len(self._a) - self._h > m:
            self.popleft()

    def appendleft(self, x):
        if self._h == 0:
            n = len(self._a)
            if n < 8:
                n = 8
            self._a[0:0] = [None] * n
            self._h = n
        self._h -= 1
        self._a[self._h] = x
        m = self._maxlen
        if m is not None and len(self._a) - self._h > m:
            self.pop()

    def pop(self):
        if len(self._a) == self._h:
            raise IndexError('pop from an empty deque')
        x = self._a.pop()
        if len(self._a) == self._h:
            self._a = []
            self._h = 0
        return x

    def popleft(self):
        a = self._a
        h = self._h
        if len(a) == h:
            raise IndexError('pop from an empty deque')
        x = a[h]
        a[h] = None
        h += 1
        if h == len(a):
            self._a = []
            h = 0
        elif h > 64 and h * 2 > len(a):
            del a[:h]
            h = 0
        self._h = h
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        m = self._maxlen
        if m is None:
            self._a.extend(iterable)
        else:
            for x in iterable:
                self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._a = []
        self._h = 0

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        items = self._a[self._h:]
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
        if stop > n:
            stop = n
        i = start
        while i < stop:
            y = items[i]
            if y is x or y == x:
                return i
            i += 1
        raise ValueError(repr(x) + ' is not in deque')

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._compact()
        self._a.insert(i, x)

    def remove(self, value):
        self._compact()
        for i, y in enumerate(self._a):
            if y is value or y == value:
                del self._a[i]
                return
        raise ValueError(repr(value) + ' is not in deque')

    def reverse(self):
        self._compact()
        self._a.reverse()

    def rotate(self, n=1):
        size = len(self._a) - self._h
        if size <= 1:
            return
        n = n % size
        if n:
            items = self._a[self._h:]
            self._a = items[size - n:] + items[:size - n]
            self._h = 0

    def __len__(self):
        return len(self._a) - self._h

    def __bool__(self):
        return len(self._a) > self._h

    def _index(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = i.__index__()
            else:
                raise TypeError('sequence index must be integer, not ' + repr(type(i).__name__))
        n = len(self._a) - self._h
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._h + i

    def __getitem__(self, i):
        return self._a[self._index(i)]

    def __setitem__(self, i, x):
        self._a[self._index(i)] = x

    def __delitem__(self, i):
        j = self._index(i) - self._h
        self._compact()
        del self._a[j]

    def __iter__(self):
        return iter(self._a[self._h:])

    def __reversed__(self):
        return reversed(self._a[self._h:])

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def __repr__(self):
        # a deque inside itself shows as [...] (its items are shown through a list copy)
        key = id(self)
        if key in _deque_repr_running:
            return '[...]'
        _deque_repr_running.add(key)
        try:
            body = repr(self._a[self._h:])
        finally:
            _deque_repr_running.discard(key)
        if self._maxlen is None:
            return type(self).__name__ + '(' + body + ')'
        return type(self).__name__ + '(' + body + ', maxlen=' + str(self._maxlen) + ')'

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._a[self._h:] == other._a[other._h:]

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._a[self._h:] != other._a[other._h:]

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._a[self._h:] < other._a[other._h:]

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._a[self._h:] <= other._a[other._h:]

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._a[self._h:] > other._a[other._h:]

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._a[self._h:] >= other._a[other._h:]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        new = type(self)(self, self._maxlen)
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = type(self)((), self._maxlen)
        new.extend(self._a[self._h:] * n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._a[self._h:]
        self.clear()
        self.extend(items * n)
        return self


MutableSequence.register(deque)


`;
