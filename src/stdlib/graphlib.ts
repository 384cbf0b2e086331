/**
 * `graphlib`, written in Python (see src/stdlib/index.ts): TopologicalSorter (add, prepare, get_ready,
 * done, is_active, static_order) with CPython 3.11's ordering — nodes become ready in the order they
 * were first mentioned, successors in the order their edges were added — and CycleError, whose second
 * argument is the first cycle a depth-first search over that order meets.
 */
export const source = String.raw`
__all__ = ['TopologicalSorter', 'CycleError']

_PASSED_OUT = -1
_DONE = -2
_END = object()


class CycleError(ValueError):
    pass


class _Node:
    __slots__ = ('node', 'npred', 'succ')

    def __init__(self, node):
        self.node = node
        self.npred = 0
        self.succ = []


class TopologicalSorter:
    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._passed = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        info = self._info(node)
        info.npred += len(predecessors)
        for p in predecessors:
            self._info(p).succ.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [i.node for i in self._nodes.values() if i.npred == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        out = tuple(self._ready)
        for node in out:
            self._nodes[node].npred = _PASSED_OUT
        self._ready.clear()
        self._passed += len(out)
        return out

    def is_active(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        return self._finished < self._passed or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f'node {node!r} was not added using add()')
            if info.npred != _PASSED_OUT:
                if info.npred >= 0:
                    raise ValueError(f'node {node!r} was not passed out (still not ready)')
                raise ValueError(f'node {node!r} was already marked done')
            info.npred = _DONE
            for s in info.succ:
                sinfo = self._nodes[s]
                sinfo.npred -= 1
                if sinfo.npred == 0:
                    self._ready.append(s)
            self._finished += 1

    def _find_cycle(self):
        # iterative depth-first search; the path holds (node, iterator over its successors)
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            visited.add(start)
            path = [start]
            on_path = {start: 0}
            iters = [iter(self._nodes[start].succ)]
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    del on_path[path.pop()]
                    iters.pop()
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(self._nodes[nxt].succ))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        return cls
`;
