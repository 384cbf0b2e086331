# str.join accepts instances of str subclasses (and str-mixin enum members)
class S(str): pass
print(', '.join([S('a'), 'b', S('c')]), '-'.join((S('x'),)), type('-'.join([S('q')])).__name__)
import enum
class L(str, enum.Enum):
    A = 'a'
    B = 'b'
print(', '.join(L))
try:
    ', '.join(['a', 1])
except TypeError as e:
    print(e)
