# Instances of str and bytes subclasses work wherever a str or bytes operand is expected.
class Name(str):
    def shout(self):
        return self.upper() + "!"


class Blob(bytes):
    pass


n = Name("li")
print(n in "alice", "li" in Name("alice"), n in ["li"], n in {"li": 1}, n.shout())
print(Blob(b"5") in b"55", b"5" in Blob(b"55"), Blob(b"5") in bytearray(b"x5"), b"ab".startswith(Blob(b"a")))
print(complex(Name("1+2j")), float(Name("2.5")), int(Name("7")), int(Blob(b"8")), float(Blob(b"1.5")))
try:
    complex(Name("1+2j"), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    3 in Name("abc")
except TypeError as e:
    print("TypeError:", e)
