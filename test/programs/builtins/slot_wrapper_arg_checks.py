# builtin operator dunders called directly check their argument count, and the unbound
# ones (int.__add__) check the type of self
exprs = ["(1).__add__()", "(1).__add__(1, 2)", "(1.5).__mul__()", "'a'.__add__()", "[].__len__(1)",
         "(1).__neg__(1)", "(1).__eq__()", "'a'.__lt__()", "[].__contains__()", "(1).__add__('a')",
         "(1).__radd__(2)", "(1.5).__add__(1)", "(1).__pow__(2, 3)", "int.__add__(1.5, 1)",
         "float.__add__(1, 2.0)", "int.__neg__('a')", "str.__len__([])", "list.__len__('ab')",
         "int.__add__(True, 2)", "int.__add__()", "str.__add__('a', 'b')", "(3).__hash__() == hash(3)",
         "[1, 2].__iter__().__next__()", "{1: 2}.__contains__(1)", "(2).__pow__(3)", "(2).__rpow__(3)"]
for e in exprs:
    try:
        print(e, "->", repr(eval(e)))
    except TypeError as ex:
        print(e, "-> TypeError:", ex)
class MyInt(int):
    pass
print(int.__add__(MyInt(2), 3), MyInt(2).__add__(3), MyInt(5).__neg__())
