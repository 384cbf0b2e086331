# np.char.array / np.char.chararray: the legacy string array class, its methods and operators, and
# numpy.char's comparisons that ignore trailing whitespace (numpy.strings' do not)
import numpy as np

print(np.char.equal(np.array(["a "]), np.array(["a"])), np.char.equal("a ", "a"), np.strings.equal("a ", "a"))
print(np.char.less(["b ", "a"], ["b", "b"]), np.char.not_equal("x", "x  "))
e = np.char.array(["hello", "World", "numPy"])
print(e, repr(e), e.dtype, type(e).__name__)
print(repr(e.upper()), repr(e + "!"), repr("<" + e), repr(e * 2), repr(e.center(7, "*")))
print(e == "hello", type(e == "hello").__name__, e[1], type(e[1]).__name__, repr(e[e.startswith("h")]))
print(repr(e.find("l")), repr(e.count("l")), repr(e.isalpha()), repr(e.split("o")), repr(e.encode()))
print(repr(e.replace("l", "L")), repr(e.title()), repr(e.swapcase()), repr(e.zfill(6)), repr(e.rjust(6)))
c = np.char.array(["abc ", "de"])
print(c[0], repr(c[0]), c == "abc", c != "de", c < "b", repr(c.rstrip()), c.itemsize, c.tolist())
print(repr(np.char.array([b"a", b"bc"])), repr(np.char.array("abc")), repr(np.char.array(["a", "b"], itemsize=3)))
print(repr(np.char.asarray(["x"])), repr(np.char.array([1, 2])), repr(np.char.array([1, 2], unicode=True)))
print(repr(np.char.array([["a", "b"], ["c", "d"]]).T), type(e.view(np.ndarray)).__name__)
print(repr(np.char.array(["%05.1f"]) % np.array([1.25])))
d = np.char.chararray((2, 3), itemsize=2)
print(repr(d.dtype), d.shape, type(d).__name__)
for f in (np.char.isnumeric, np.char.isdecimal):
    try:
        print(f(np.array([b"12"])))
    except TypeError as ex:
        print("TypeError:", ex)
print(np.char.isnumeric(np.array(["12", "x"])), np.char.array(["12", "x"]).isnumeric())
