# Traceback objects and the frame-level traceback API: tb_next/tb_lineno/tb_frame, extract_tb and its
# FrameSummary entries, walk_tb, format_tb/format_list/print_tb, limits, and repeated-frame collapsing.
import io
import traceback


def inner(n):
    if n == 0:
        raise ValueError("bottom")
    inner(n - 1)


def outer():
    inner(5)


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    levels = []
    while tb is not None:
        code = tb.tb_frame.f_code
        # (f_lineno of a frame still running, here the module's, is its current line)
        lineno = tb.tb_frame.f_lineno if code.co_name != "<module>" else None
        levels.append((code.co_name, tb.tb_lineno, lineno, code.co_filename == __file__))
        tb = tb.tb_next
    print(levels)
    stack = traceback.extract_tb(e.__traceback__)
    print(type(stack).__name__, len(stack))
    first = stack[0]
    print(first.name, first.lineno, first.line, first.filename == __file__)
    print(repr(first).replace(__file__, "FILE"))
    filename, lineno, name, line = stack[-1]
    print(lineno, name, line, stack[-1][2], len(stack[-1]))
    print(first == (__file__, 18, "<module>", "outer()"))
    print([f.name for f in traceback.extract_tb(e.__traceback__, limit=2)])
    print([f.name for f in traceback.extract_tb(e.__traceback__, limit=-2)])
    print([lineno for frame, lineno in traceback.walk_tb(e.__traceback__)])
    for text in traceback.format_tb(e.__traceback__):
        print(text.replace(__file__, "FILE"), end="")
    print("".join(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 9, "g", None)])), end="")
    out = io.StringIO()
    traceback.print_tb(e.__traceback__, limit=1, file=out)
    print(out.getvalue().replace(__file__, "FILE"), end="")
    summary = traceback.StackSummary.from_list([("a.py", 3, "f", "x = 1")] * 6)
    print("".join(summary.format()), end="")
