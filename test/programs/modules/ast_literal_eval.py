from ast import literal_eval
import ast
cases = ["1", "-1", "+2.5", "1e3", "0x1F", "1_000", "3j", "1+2j", "-1-2.5j", "'abc'", '"a" \'b\'', "b'xy'", "rb'\\n'", "r'\\d'",
         "'''tri\nple'''", "None", "True", "False", "...", "()", "(1,)", "(1)", "(1, 2, (3, [4]))", "[]", "[1, 'a', None,]",
         "{}", "{1: 'a', 'b': [2, 3], (1, 2): {3}}", "{1, 2, 2}", "set()", "  [1, 2]", "\t{'k': -3}", "[\n 1,\n 2\n]", "'\\u00e9\\n'",
         "{'nested': {'deep': [1, {2: (3,)}]}}", "-0.0", "1.5e-7", "0b101", "0o17", "[1, -2, +3]", "'x'  # comment"]
for c in cases:
    print(repr(c), "->", repr(literal_eval(c)))
bad = ["x", "f(1)", "1*2", "1+2", "--1", "-True", "1+-2j", "2j+1", "a.b", "[1, x]", "{**d}", "f'x'", "1 if 2 else 3", "not 1", "[1][0]", "set([1])", "1 < 2", "lambda: 1", "[*a]", "1+2j+3j"]
for c in bad:
    try:
        literal_eval(c)
        print("ok?", c)
    except ValueError as e:
        print(repr(c), "ValueError", str(e).split(" object at ")[0])
for c in ["1 +", "[1, 2", "'unterminated", "", "1 2"]:
    try:
        literal_eval(c)
    except SyntaxError as e:
        print(repr(c), "SyntaxError", e.msg)
print(literal_eval("[" + ", ".join(str(i) for i in range(50)) + "]")[-1])
for c in ["'a' + 'b'", "[1] + [2]", "(1, 2)[0]", "{'a': 1}['a']", "None + 1j", "1j + 1j", "x = 1"]:
    try:
        print(repr(c), literal_eval(c))
    except ValueError as e:
        print(repr(c), "ValueError", str(e).split(" object at ")[0])
    except SyntaxError as e:
        print(repr(c), "SyntaxError", e.msg)
data = literal_eval(str({"users": [{"name": "ann", "tags": ("a", "b"), "score": -1.5}], "ok": True}))
print(data["users"][0]["tags"], data["ok"])
