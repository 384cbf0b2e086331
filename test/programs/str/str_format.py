# str.format
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:.3f} {:8.2e} {:,} {:x} {:#o}".format(2 / 3, 12345.678, 10 ** 7, 255, 8))
print("{0[0]} {0[1]} {1[k]}".format([7, 8], {"k": "v"}))
class O:
    attr = "attribute"
print("{0.attr} {o.attr}".format(O(), o=O()))
print("{!r} {!s}".format("q", "q"))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{{}} {}".format("braces"))
print("{:*<8}|{:08.3f}|{:+}".format("pad", -3.5, 7))
print(format(3.5, ".1%"), format(42, "b"), format("s", "^5"), format(1234.5, ",.1f"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print("{:d}".format(True), "{}".format(None), "{:5}|".format(True))
