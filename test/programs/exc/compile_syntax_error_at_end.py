# compile() reporting an error at the end of its input (a try without handlers, a block header with no
# block, a dangling decorator): CPython's string tokenizer puts it just after the last line's text
# (the file tokenizer running a script reports offset 0 instead).
for src in ["try:\n    pass\n", "try:\n    x = 1\n\n\n", "try:\n    pass\n# c\n", "@dec\n", "if x:\n", "if x:\n\n",
            "match x:\n", "match x:\ny = 1\n", "class A:\n    def f(self):\n"]:
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
