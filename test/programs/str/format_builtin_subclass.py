# format() / f-strings / str.format with an empty spec on int, float and str subclasses use str(self)
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

class Temp(float):
    def __str__(self):
        return f"{float(self):.1f}°"

class Tag(str):
    def __str__(self):
        return f"<{str.__str__(self)}>"

m, t, g = Money(250), Temp(21.456), Tag('b')
print(format(m), f"{m}", "{}".format(m), "%s" % m)
print(f"{m:d}", f"{m:>6}", f"{m:,}", format(m, 'x'))
print(format(t), f"{t}", f"{t:.2f}", f"{t:>8.1f}")
print(format(g), f"{g}", f"{g:>3}", "{0}|{0!r}".format(g))
print(f"{[m, t]}")

class Plain(int):
    pass
print(f"{Plain(7)}", format(Plain(7), '03d'), f"{True}", f"{True:d}")
