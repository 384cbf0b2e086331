import numpy as np, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'log.txt')
def t(*a, **k):
    try:
        r = np.fromregex(*a, **k); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
with open(p, 'w') as f:
    f.write("1312 foo\n1534  bar\n444   qux\n")
t(p, r"(\d+)\s+...", [('num', np.int64)])
t(p, r"(\d+)\s+(\w+)", [('num', np.int32), ('key', 'U3')])
t(p, r"(?P<n>\d+)\s+(?P<w>\w+)$", [('num', np.int32), ('key', 'U3')])
t(p, r"(?m)^(\d)(\d+)", [('a', 'i1'), ('b', 'i8')])
t(p, r"\d+", [('num', np.int64)])
t(p, r"zzz(\d)", [('num', np.int64)])
t(p, r"(\d+)", np.int64)
t(p, r"(\d+) (\w+)", [('num', np.int64)])
with open(p, 'w') as f:
    f.write("x=1.5 y=2\nx=-3.25 y=7\n")
t(p, r"x=(\S+) y=(\d+)", [('x', np.float64), ('y', np.int32)])
with open(p) as f:
    t(f, r"x=(\S+) y=(\d+)", [('x', 'f4'), ('y', 'u1')])
with open(p, 'rb') as f:
    t(f, b"x=(\\S+) y=(\\d+)", [('x', 'f4'), ('y', 'u1')])
t(p, r"x=(\S+) y=(?P<yy>\d+)(?P=yy)?", [('x', 'f4'), ('y', 'u1')])
