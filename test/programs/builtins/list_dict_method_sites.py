# list and dict method calls take a direct path at their call site for exact lists and dicts; a subclass overriding the method, seen at the same site, still gets its own
class L(list):
    def pop(self, *a): return 'L.pop'
class D(dict):
    def items(self): return [('D', 'items')]
def popper(x):
    return x.pop()
def itemizer(x):
    return list(x.items())
for obj in [[1, 2, 3], L([1]), [4], L()]:
    print(popper(obj))
for obj in [{'a': 1}, D(b=2), {'c': 3}]:
    print(itemizer(obj))
st = []
for i in range(100):
    st.append(i)
    if len(st) > 10:
        st.pop(0)
print(st, st.index(95), st.count(99))
d = {}
for i in range(50):
    d.setdefault(i % 7, []).append(i)
print(sorted(d.keys()), d.pop(3), d.popitem(), list(d.values())[:2])
lst = [3, 1, 2]
lst.sort(); lst.reverse(); lst.insert(1, 9); lst.extend((7, 8)); lst.remove(9)
print(lst, lst.copy(), d.copy() == d)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    [1].index(5)
except ValueError as e:
    print('ValueError', e)
