# Ordering comparisons where every candidate method answers NotImplemented: the TypeError names the
# operator as written and the operands in their original order (never the reflected operator), for
# classes without comparison methods, classes whose methods return NotImplemented, and builtin operands
# on either side. Comparisons that do succeed through the reflected method are unaffected.

class A:
    pass

class B:
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return NotImplemented

class Rev:
    def __gt__(self, other):
        return 'Rev.__gt__'
    def __le__(self, other):
        return 'Rev.__le__'

class K(int):
    pass

def attempt(label, f):
    try:
        print(label, '->', f())
    except TypeError as e:
        print(label, '->', 'TypeError:', e)

attempt("A() < 'a'", lambda: A() < 'a')
attempt('A() <= 1', lambda: A() <= 1)
attempt('A() > 1.5', lambda: A() > 1.5)
attempt('A() >= []', lambda: A() >= [])
attempt('1 < A()', lambda: 1 < A())
attempt("'a' <= A()", lambda: 'a' <= A())
attempt('(1,) > A()', lambda: (1,) > A())
attempt('[] >= A()', lambda: [] >= A())
attempt('A() < A()', lambda: A() < A())
attempt("B() < 'a'", lambda: B() < 'a')
attempt("'a' < B()", lambda: 'a' < B())
attempt('B() > B()', lambda: B() > B())
attempt('B() <= A()', lambda: B() <= A())
attempt('K(1) < A()', lambda: K(1) < A())
attempt("K(1) >= 'x'", lambda: K(1) >= 'x')
attempt('1 < Rev()', lambda: 1 < Rev())
attempt("'s' >= Rev()", lambda: 's' >= Rev())
attempt('K(1) < K(2)', lambda: K(1) < K(2))
attempt('K(3) >= 2.5', lambda: K(3) >= 2.5)
attempt('sorted([A(), A()])', lambda: sorted([A(), A()]))
attempt("max(1, 'a')", lambda: max(1, 'a'))
attempt("[1, A()] < [1, 'a']", lambda: [1, A()] < [1, 'a'])
