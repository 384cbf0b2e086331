# The ^ marker under the `+` of a chain of string concatenations that met a non-str: not a `+` whose
# right operand is certainly a str (a literal, an f-string, str(), a str method, a name only ever
# assigned such values).
import traceback


def show():
    for line in traceback.format_exc().splitlines()[1:]:
        print(line.replace(__file__, "FILE"))


name = "bob"
age = 5
try:
    print("name: " + name + " age: " + age)
except TypeError:
    show()
total = 12
try:
    print("Total: " + total + " items")
except TypeError:
    show()
n = 3
try:
    print("a: " + str(n) + f" b{n}: " + name.upper() + n)
except TypeError:
    show()
s = "start"
try:
    s += 5
except TypeError:
    show()
