# zip() counts its keywords before naming a wrong one (PyArg_ParseTupleAndKeywords), and
# operator.invert is its own function (its __name__ is 'invert'; inv is the alias).
import operator

for kw in [{"x": 2}, {"strict": True, "x": 2}, {"a": 1, "b": 2, "c": 3}]:
    try:
        zip([1], **kw)
    except TypeError as e:
        print(e)
print(operator.invert.__name__, operator.inv.__name__, operator.__invert__.__name__, operator.__inv__.__name__)
try:
    operator.invert(1.5)
except TypeError as e:
    print(e)
print(operator.invert(5), operator.inv(5))
