# comprehensions and loops over range objects (a range evaluated outside the loop, or returned by a call)
r = range(3, 20, 4)
print([x for x in r], {x: x * x for x in r}, {x % 3 for x in r}, list(x for x in r), sum(x for x in range(10)))
print([x for x in range(10, 0, -3)], [x for x in range(0)], [x for x in range(5, 5)], [(i, j) for i in range(3) for j in range(i)])
for x in r:
    if x > 10: break
print(x)
for x in range(0):
    pass
else:
    print('empty else')
def gen():
    return range(4)
for x in gen():
    print(x, end=' ')
print()
print([x for x in range(-2**53 + 1, -2**53 + 4)], [x for x in range(2**53 - 3, 2**53 - 1)])
print(max(x * 7 % 11 for x in range(100)), any(x > 98 for x in range(100)), all(x < 5 for x in range(5)))
print(sorted({i: i * i for i in range(150000)}.items())[-1])
