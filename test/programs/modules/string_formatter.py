# string.Formatter: format/vformat, parse (the _string.formatter_parser tuples, escapes, nested specs,
# conversions, errors), get_field with attribute/index chains, auto numbering, and a subclass
# overriding get_value / convert_field / format_field / check_unused_args.
import string

fmt = string.Formatter()
print(fmt.format("{0} {x} {y!r:>5}", 1, x=2, y="s"))
print(fmt.format("{} and {}", "a", "b"), fmt.vformat("{a[1]}/{b.real}", (), {"a": [5, 6], "b": 3}))
print(fmt.format("{0[k]} {0[0]}", {"k": "v", 0: "zero"}), fmt.format("{:{w}.{p}f}", 3.14159, w=8, p=2))
for s in ["a{0}b{x:>3}c{y!r}", "a{{b", "x}}y{0}z", "{0[a:b]!r:>{w}}", "{}", "", "plain", "{!r}", "{a.b[0][x]}"]:
    print(repr(s), list(fmt.parse(s)))
for s in ["}", "end{", "{0", "{0!rr}", "{0!x}"]:
    try:
        print(fmt.format(s, 1))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
try:
    fmt.format("{} {0}", 1)
except ValueError as e:
    print(e)


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        return "[" + super().format_field(value, spec) + "]"

    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            print("unused:", sorted(extra))


d = Defaulting()
print(d.format("{name!u} is {age:>4} ({missing})", name="ann", age=7, spare=1))
