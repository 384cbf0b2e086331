# f-strings: specs, conversions, =, nesting
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{{literal}}", f"{'nested quotes'}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:e}|{pi:.3e}|{pi:g}|{1e20:g}|{0.00001234:g}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:>5}|{n:05d}|{n:+d}|{-n:+d}|{n: d}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#b}|{n:#o}")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}|{0.25:%}|{0.25:.1%}")
print(f"{name:*^11}|{name:>8}|{name:<8}|{name:.3}|{name!r}|{name!s}|{name!a}")
print(f"{'é'!a}", f"{[1, 'a']!r}", f"{None}", f"{True}", f"{3 + 4j}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{name:{'>'}{width}}|")
x = 10
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{pi=:.2f}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{len(items)} items", f"{items[0]}{items[-1]}", f"{dict(k=1)['k']}")
print(f"{f'{n}'}", f"{'inner' + f'{x}'}")
print(f"{n!r:>6}", f"{'ab'!r:^8}|")
print(f"{3.0}", f"{1e16}", f"{0.1 + 0.2}", f"{-0.0}", f"{float('inf')}")
print(f"multi {n} "
      f"part {x}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __str__(self):
        return "Pstr"
    def __repr__(self):
        return "Prepr"
p = P()
print(f"{p}", f"{p:xyz}", f"{p!s}", f"{p!r}")
print(f"{12:#010x}", f"{-12:08.2f}", f"{5:=+6}", f"{255:08b}", f"{1.5:08.3f}")
print(f"{123.456:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{1e-10:.3g}", f"{123456789:.3g}")
print(f"{'x':>{3}}", f"{n:{'d'}}", f"{3:3}|{'s':3}|")
