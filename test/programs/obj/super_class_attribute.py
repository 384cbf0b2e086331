# super(...).__class__ is the super type itself, not an attribute found along the MRO
class A:
    def f(self):
        return 'A'

class B(A):
    def f(self):
        return super().__class__, super().f(), type(super()), super().__repr__().split(' at')[0]

print(B().f(), super(B, B()).__class__, isinstance(super(B, B()), super))
print(super(B, B).__class__, super(B, B).f(B()))
