# The first RecursionError of a run, caught: the JS stack overflow maps to RecursionError even when the
# conversion itself starts at the bottom of a nearly exhausted stack
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print(type(e).__name__, e)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
