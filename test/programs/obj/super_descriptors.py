# attributes found through super() go through the descriptor protocol: super(C, C) binds to no
# instance (a property comes back as itself), super() in a method binds to the instance
class P:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v


class Q(P):
    @P.x.setter
    def x(self, v):
        super(Q, type(self)).x.fset(self, v * 10)

    def parent_x(self):
        return super().x


class Ten:
    def __get__(self, obj, objtype=None):
        return ("class" if obj is None else "instance", objtype.__name__)


class A:
    ten = Ten()


class B(A):
    def via_super(self):
        return super().ten

    @classmethod
    def via_class(cls):
        return super(B, cls).ten


q = Q()
q.x = 2
print(q.x, q.parent_x(), type(super(Q, Q).x).__name__, super(Q, Q).x is P.x)
print(B().via_super(), B.via_class(), A.ten, A().ten)
