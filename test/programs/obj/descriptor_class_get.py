# A user-defined descriptor reached through the class (Owner.attr) has its __get__ called with
# (None, Owner) -- for data descriptors (with __set__) and non-data ones alike; inherited too.
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Field {self.name} of {objtype.__name__}>"
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)


class Const:
    def __get__(self, obj, objtype=None):
        return ("const", obj, objtype.__name__)


class classproperty:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, cls):
        return self.f(cls)


class Model:
    x = Field()
    c = Const()

    @classproperty
    def label(cls):
        return cls.__name__.lower() + "s"


class Sub(Model):
    pass


m = Model()
m.x = 2
print(m.x, Model.x, Sub.x, m.__dict__)
print(Model.c, Sub.c, m.c[0], m.c[1] is m)
print(Model.label, Sub.label, m.label)
print(getattr(Model, "x"), getattr(Sub, "c"))
print(vars(Model)["x"].name, type(Model.__dict__["c"]).__name__)
