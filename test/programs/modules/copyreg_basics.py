# copyreg: dispatch_table registrations used by pickle and copy-style reductions
import sys; sys.modules  # keeps module-level names visible to pickle while the script runs
import copyreg
import pickle


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y


def make_vec(x, y):
    return Vec(x, y)


def reduce_vec(v):
    return make_vec, (v.x, v.y)


copyreg.pickle(Vec, reduce_vec)
print(copyreg.dispatch_table[Vec] is reduce_vec)
data = pickle.dumps(Vec(3, 4))
print(data)
v = pickle.loads(data)
print(type(v).__name__, v.x, v.y)
try:
    copyreg.pickle(Vec, 5)
except TypeError as e:
    print(e)


class Base:
    pass


obj = copyreg._reconstructor(Base, object, None)
print(type(obj).__name__)
print(copyreg.__newobj__(Base).__class__.__name__)
print(copyreg._slotnames(type('S', (), {'__slots__': ('a', '__b')})))
copyreg.add_extension('mymod', 'thing', 240)
print(copyreg._extension_registry[('mymod', 'thing')], copyreg._inverted_registry[240])
copyreg.remove_extension('mymod', 'thing', 240)
print(('mymod', 'thing') in copyreg._extension_registry)
