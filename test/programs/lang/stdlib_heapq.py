import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heappush(h, v)
print(h, h[0])
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapify(data)
print(data, heapreplace(data, 5), data, heappushpop(data, 0), heappushpop(data, 3), data)
try:
    heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
tasks = []
heappush(tasks, (2, 'write'))
heappush(tasks, (1, 'plan'))
heappush(tasks, (3, 'test'))
heappush(tasks, (1, 'coffee'))
print([heappop(tasks) for _ in range(4)])
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(nlargest(3, nums), nsmallest(3, nums), nlargest(0, nums), nsmallest(20, [3, 1]), nlargest(2, iter([5, 9, 1])))
people = [{'n': 'a', 'age': 30}, {'n': 'b', 'age': 25}, {'n': 'c', 'age': 30}, {'n': 'd', 'age': 20}]
print(nlargest(2, people, key=lambda p: p['age']), nsmallest(2, people, key=lambda p: p['age']))
print(nlargest(2, ['bb', 'a', 'cc', 'd'], key=len), nsmallest(2, ['bb', 'a', 'cc', 'd'], key=len))
print(list(merge([1, 3, 5], [2, 4, 6], [0, 7])), list(merge()), list(merge([], [1])))
print(list(merge(['a', 'ccc'], ['bb', 'dddd'], key=len)), list(merge([5, 3, 1], [4, 2], reverse=True)))
import random
dist = {0: 0}
graph = {0: [(1, 4), (2, 1)], 1: [(3, 1)], 2: [(1, 2), (3, 5)], 3: []}
pq = [(0, 0)]
while pq:
    d, u = heappop(pq)
    if d > dist.get(u, 1e9):
        continue
    for v, w in graph[u]:
        if d + w < dist.get(v, 1e9):
            dist[v] = d + w
            heappush(pq, (d + w, v))
print(dist)
big = list(range(1000, 0, -3))
heapify(big)
out = []
while big:
    out.append(heappop(big))
print(out == sorted(out), len(out), out[:5])
