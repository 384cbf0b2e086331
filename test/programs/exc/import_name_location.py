# "cannot import name" names the module's file (and sets ImportError.path); sequence repetition by a
# float names bytes and bytearray as sequences
import os, sys, tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, 'helper_mod.py'), 'w') as f:
    f.write('x = 1\n')
sys.path.insert(0, d)
import helper_mod
try:
    from helper_mod import nothing
except ImportError as e:
    print(str(e).replace(d, '<DIR>'), e.name, e.path == helper_mod.__file__)
try:
    from collections import nothing
except ImportError as e:
    print(str(e).split(' (')[0], e.name)
for expr in ['1.5 * b"b"', 'b"b" * 1.5', 'bytearray(b"x") * 2.0', '2.0 * bytearray(b"x")', '[1] * 1.5']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
