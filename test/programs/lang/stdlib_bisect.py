# bisect (a stdlib module written in Python, src/stdlib/bisect.ts)
import bisect
from bisect import insort_left, bisect_left
a = [1, 3, 3, 7]
print(bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 0), bisect_left(a, 8))
bisect.insort(a, 5)
insort_left(a, 3)
print(a)
recs = [(1, 'a'), (4, 'b'), (9, 'c')]
print(bisect.bisect_left(recs, 4, key=lambda r: r[0]), bisect.bisect(a, 3, 2, 4))
bisect.insort(recs, (5, 'x'), key=lambda r: r[0])
print(recs)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print('ValueError:', e)
