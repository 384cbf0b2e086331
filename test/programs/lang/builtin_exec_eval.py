x = 10
print(eval("x + 1"))
print(eval("  [i*i for i in range(4)]"))
exec("y = x * 2")
print(y)
ns = {}
exec("a = 1\ndef f(n):\n    return n + a\nb = f(5)", ns)
print(sorted(k for k in ns if k != '__builtins__'), ns['b'], ns['f'](1))
print(eval("p * q", {"p": 3, "q": 4}))
print(eval("p + r", {"p": 3}, {"r": 5}))
loc = {}
exec("z = len('abc')", {}, loc)
print(loc)
c = compile("1 + 2", "<s>", "eval")
print(eval(c), type(c).__name__)
c2 = compile("w = 7", "<s>", "exec")
exec(c2)
print(w)
for src in ["1 +", "x = 1", "", "1; 2"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.filename, str(e))
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(e.msg, e.lineno, repr(e.text), str(e))
try:
    exec("  x = 1")
except IndentationError as e:
    print(type(e).__name__, e.msg)
try:
    exec(5)
except TypeError as e:
    print(e)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("zde", e)
def g():
    return eval("x * 3")
print(g())
e = SyntaxError("m", ("/a/b.py", 3, 1, "x", 3, 2))
print(str(e), e.filename, e.lineno, e.offset, e.text)
print(str(SyntaxError()), str(SyntaxError("q")))
print(eval("__name__"), eval("__name__", {}))
exec("class K: pass\nprint(K.__module__)", {})
exec("class K: pass\nprint(K.__module__)")
print('x' in globals(), globals()['x'])
globals()['newname'] = 5
print(newname)
# exec in a function with globals(): binds module globals
def h():
    exec("made_in_h = 'yes'", globals())
h()
print(made_in_h)
# a namespace dict stays live for functions defined by exec
ns2 = {'base': 100}
exec("def add(n):\n    return base + n", ns2)
print(ns2['add'](1))
print(eval("(lambda v: v * 2)(21)"))
print(eval("'%s-%s' % (1, 2)", {}))
code = compile("for i in range(3):\n    acc.append(i)", "<loop>", "exec")
acc = []
exec(code)
exec(code, {'acc': acc})
print(acc, code.co_filename)
try:
    compile("1 +", "<c>", "eval")
except SyntaxError as e:
    print(e.filename, e.msg)
try:
    compile("x", "<c>", "bogus")
except ValueError as e:
    print(e)
print(eval(b"2 ** 10"))
