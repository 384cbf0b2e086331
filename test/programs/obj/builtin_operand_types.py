# user subclasses of int/float/str/list/tuple with operands whose reflected methods answer, and the errors
class S(str): pass
class L(list): pass
class T(tuple): pass
class I(int): pass
class F(float): pass
class O:
    def __radd__(self, other): return 'radd'
    def __rmul__(self, other): return 'rmul'
    def __rsub__(self, other): return 'rsub'
    def __eq__(self, other): return 'eq'
    def __gt__(self, other): return 'gt'
print(S('a') + O(), L([1]) + O(), T((1,)) + O(), I(1) + O(), F(1.5) + O(), 'a' + O(), [1] + O())
print(S('a') * O(), L([1]) * O(), I(2) * O(), I(2) - O(), I(1) == O(), I(1) < O(), 1 < O(), F(1.0) == O())
print(I(1) + 0.5, F(1.5) + 1j, I(3) * 1.5, 2.5 * I(2), I(7) // 2.0, divmod(I(7), 2.0), divmod(7, F(2.0)), I(2) ** 0.5, I(1) == 1.0, F(1.0) == I(1), I(1) < 1.5)
for e in ["S('a') + 5", "L([1]) + (2,)", "T((1,)) + [2]", "S('a') * 'b'", "L([1]) * 1.5"]:
    try:
        print(eval(e))
    except TypeError as x:
        print('TypeError:', x)
print(S('ab') + 'c', L([1]) + [2], T((1,)) + (2,), S('x') * 3, L([0]) * 2, 3 * T((1,)))
# the builtin types' operator methods called by name: what each takes, NotImplemented for the rest, and
# the sequences' errors
for e in ['"a".__add__(5)', '"a".__mul__("b")', '(1.5).__add__(1j)', '(1.5).__eq__(1j)', '(1).__eq__(True)', 'True.__add__(1)',
          '(1).__and__(True)', '(2.5).__lt__(3)', '(1j).__add__(2)', '(5).__divmod__(2.0)', '(5).__rpow__(2.0)', '[1].__mul__("a")',
          '(1,).__mul__(1.5)', '[1].__add__((2,))', '(1,).__add__([2])', 'b"a".__add__("x")', '(1).__add__(0.5)', '(1).__lt__(1.5)',
          '(1.5).__radd__(1)', '[1].__rmul__(2)', '"ab".__mod__(5)', '{1}.__or__([2])', '{1:2}.__or__([2])', 'int.__add__(1, 0.5)',
          '(3).__mul__(1.5)', '(3).__radd__(2.5)', 'int.__sub__(5, 1j)', '(2).__truediv__(1.0)', '(7).__floordiv__(2.0)',
          'float.__add__(1.5, 2)', '(2.0).__rsub__(1)', 'int.__add__(1, True)', '(5).__pow__(2.0)', '(5).__mod__(2.5)', '(4).__and__(1.0)',
          'str.__add__("a", "b")', 'list.__add__([1], [2])', 'I(2).__mul__(1.5)', 'F(2.0).__mul__(I(3))', 'S("a").__add__(I(1))',
          'S("a") + I(1)', 'S("ab") - 1', '(1).__eq__(1.0)', '(1.0).__eq__(1)', '(1).__ne__(1.0)', '(1).__ge__(I(1))']:
    try:
        print(e, '->', eval(e))
    except TypeError as x:
        print(e, '-> TypeError:', x)
