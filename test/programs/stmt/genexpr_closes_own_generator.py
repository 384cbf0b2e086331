# A generator expression passed straight to next/any/all/min/max is closed as the call returns (CPython
# frees it then), and closing it closes a generator it made itself: that generator's finally blocks run
# before the next statement. Generators reached through a name are not closed.
def g(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("fin", tag)
print(next(x for x in g("next")))
print(any(x > 1 for x in g("any")))
print(all(x < 1 for x in g("all")))
print(max(x for x in g("max")), min(x for x in g("min")))
print(next((x for x in g("default") if x > 10), "none"))
print(sum(x for x in g("sum")), sorted(x for x in g("sorted"))[:2])
print(next(y for y in (x * 2 for x in g("nested"))))
named = g("named")
print(next(x for x in named))
print("named still open:", next(named))
named.close()
lst = [3, 1, 2]
print(next(i for i, v in enumerate(lst) if v == 1), any(v > 2 for v in lst))
def first_even(n):
    return next(x for x in g(f"call {n}") if x % 2 == 0 and x >= n)
print(first_even(1), first_even(3))
