# queue (FIFO / LIFO / priority / simple) in a single thread, and keyword
import queue, keyword
from collections import deque
grid = ["S.#", "..#", "#.E"]
q = queue.Queue(); q.put((0, 0, 0)); seen = {(0, 0)}
while not q.empty():
    r, c, d = q.get()
    if grid[r][c] == "E":
        print("reached E in", d, "steps"); break
    for dr, dc in ((1, 0), (0, 1), (-1, 0), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 3 and 0 <= nc < 3 and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc)); q.put((nr, nc, d + 1))
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]: pq.put(item)
print([pq.get() for _ in range(pq.qsize())], pq.empty())
lq = queue.LifoQueue(maxsize=2); lq.put(1); lq.put(2); print(lq.full(), lq.qsize(), lq.get(), lq.get())
for bad in (lambda: queue.Queue().get_nowait(), lambda: lq.get(block=False), lambda: queue.SimpleQueue().get_nowait()):
    try:
        bad()
    except queue.Empty as e:
        print("Empty", repr(e), type(e).__name__)
small = queue.Queue(1); small.put("x")
try:
    small.put_nowait("y")
except queue.Full as e:
    print("Full", repr(e))
small.task_done()
try:
    small.task_done()
except ValueError as e:
    print(type(e).__name__, e)
sq = queue.SimpleQueue(); sq.put(5); print(sq.qsize(), sq.get(), sq.empty())
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.kwlist[:5])
