# A SyntaxError as the traceback module reports it: its file and line, the source line stripped and a
# caret range (not `msg (file, line N)`), in format_exception_only and in a formatted traceback.
import sys
import traceback

for src in ["x = = 1", "def f(:\n  pass", "if x\n  y", "x = (1,\n", "  x = 1", "a b c"]:
    try:
        compile(src, "f.py", "exec")
    except SyntaxError as e:
        print(traceback.format_exc().replace(__file__, "F"))
        print(traceback.format_exception_only(type(e), e))
for args in [("m", ("f.py", 3, 5, "x = = 1\n", 3, 6)), ("m", ("f.py", None, None, None, None, None)),
             ("m", (None, 2, 0, "abc", 2, 0)), ("", ("f.py", 1, 3, "  \tab  cd\n", 1, 9)), ("m",),
             ("m", ("f.py", 1, 1, "abc", 1, -1)), ("m", ("f.py", 1, 9, "abc", 1, 12)), ("m", ("", 4, 2, "\n\n  xyz", 4, 4))]:
    for cls in (SyntaxError, IndentationError):
        e = cls(*args)
        print(traceback.format_exception_only(type(e), e))
e = SyntaxError("with note", ("f.py", 1, 1, "x", 1, 2))
e.add_note("a note")
print(traceback.format_exception_only(type(e), e))
