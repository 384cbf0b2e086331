# return in various positions
def none_implicit():
    x = 1
def none_explicit():
    return
def pair():
    return 1, 2
def early(lst):
    for x in lst:
        if x > 2:
            return x
    return -1
def nested_loops():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return (i, j)
def in_while():
    n = 0
    while True:
        n += 1
        if n == 4:
            return n
print(none_implicit(), none_explicit(), pair(), early([1, 5, 3]), early([]), nested_loops(), in_while())
def ret_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_finally())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
a, b = pair()
print(a + b)
