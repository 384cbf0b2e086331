/**
 * `heapq`, written in Python (see src/stdlib/index.ts): the binary min-heap functions on lists, with
 * CPython 3.11's semantics (including stable nlargest/nsmallest and merge with key/reverse). The five
 * primitives are the TypeScript ones of `_heapq` (src/modules/heapqCore.ts).
 */
export const source = String.raw`
def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


# the primitives in TypeScript (src/modules/heapqCore.ts), as CPython's heapq takes them from C; the
# Python _siftdown/_siftup above stay, as in CPython (scripts call heapq._siftdown for decrease-key)
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapify_max(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup_max(x, i)


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    if key is None:
        decorated = [(elem, i) for i, elem in enumerate(iterable)]
        decorated.sort()
        return [elem for elem, i in decorated[:n]]
    decorated = [(key(elem), i, elem) for i, elem in enumerate(iterable)]
    decorated.sort(key=_first_two)
    return [elem for k, i, elem in decorated[:n]]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    if key is None:
        decorated = [(elem, -i) for i, elem in enumerate(iterable)]
        decorated.sort(reverse=True)
        return [elem for elem, i in decorated[:n]]
    decorated = [(key(elem), -i, elem) for i, elem in enumerate(iterable)]
    decorated.sort(key=_first_two, reverse=True)
    return [elem for k, i, elem in decorated[:n]]


def _first_two(t):
    return (t[0], t[1])


def merge(*iterables, key=None, reverse=False):
    h = []
    direction = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
        except StopIteration:
            continue
        h.append([key(value) if key is not None else value, order * direction, value, it])
    if reverse:
        _heapify_max(h)
    else:
        heapify(h)
    while h:
        entry = h[0]
        yield entry[2]
        try:
            value = next(entry[3])
        except StopIteration:
            if reverse:
                _heappop_max(h)
            else:
                heappop(h)
            continue
        entry[0] = key(value) if key is not None else value
        entry[2] = value
        if reverse:
            _heapreplace_max(h, entry)
        else:
            heapreplace(h, entry)
`;
