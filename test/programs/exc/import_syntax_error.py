# Importing a module whose source does not parse raises SyntaxError (or IndentationError) in the
# importer, with the module file's location, as CPython does.
import os
import sys
import tempfile
import traceback

d = tempfile.mkdtemp()
sys.path.insert(0, d)
sources = {"bad_syntax_mod": "def f(:\n    pass\n", "bad_indent_mod": "if True:\n  x = 1\n    y = 2\n",
           "bad_eof_mod": "try:\n    pass\n"}
for name, src in sources.items():
    with open(os.path.join(d, name + ".py"), "w") as f:
        f.write(src)
    try:
        __import__(name)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, os.path.basename(e.filename), e.lineno, e.offset, repr(e.text))
        print(traceback.format_exc().replace(__file__, "F").replace(d, "D"))
    print(name in sys.modules)
