# An out= array that does not fit: ufuncs broadcast given outputs with the inputs (naming them all when
# that fails), reductions check the output's dimensions and its remapped shape, accumulations its size,
# and matmul its core dimensions; `a @= b` writes into a (same_kind), keeping its identity.
import numpy as np

def t(label, f):
    try:
        r = f()
        print(label, "ok", r.shape, r.sum())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

a = np.zeros((2, 3))
b = np.arange(4.0)

def iadd():
    x = a.copy()
    x += b
def isub():
    x = a.copy()
    x -= np.ones((4, 2, 3))

t("iadd", iadd)
t("isub", isub)
t("add out", lambda: np.add(a, b, out=np.zeros(3)))
t("add out small", lambda: np.add(a, 1, out=np.zeros(3)))
t("add out clash", lambda: np.add(a, np.ones(3), out=np.zeros((3, 3))))
t("multiply outer out", lambda: np.multiply(np.ones((2, 1)), np.ones((1, 3)), out=np.zeros((2,))))
t("divmod outs", lambda: np.divmod(a, a, out=(np.zeros(3), np.zeros(3)))[0])

def red(shape, axis, out, keepdims=False, fn=np.add.reduce):
    t(f"reduce {shape} {axis} {out} {keepdims}", lambda: fn(np.ones(shape), axis=axis, out=np.zeros(out), keepdims=keepdims))

red((2, 3), 0, (4,)); red((2, 3), 1, (4,)); red((2, 3), 0, (1,)); red((2, 3), 1, (1,))
red((2, 3, 4), 0, (3, 5)); red((2, 3, 4), 1, (2, 5)); red((2, 3, 4), 2, (5, 3))
red((2, 3, 4), (0, 1), (5,)); red((2, 3, 4), (0, 2), (5,)); red((2, 3, 4), (1, 2), (5,))
red((2, 3, 4), 0, (1, 3, 5), True); red((2, 3, 4), 1, (2, 1, 1), True); red((2, 3, 4), (0, 2), (1, 1, 4), True)
red((2, 3, 4, 5), (0, 2), (3, 6)); red((2, 3), 0, (3,), True); red((2, 3), None, (2, 1), True)
red((2, 3), 0, (1, 3)); red((2, 3, 4), 0, (3, 1)); red((2, 3, 4), 0, (1, 1)); red((2, 1), 0, (5,))
red((2, 3), None, ()); red((2, 3), None, (1,)); red((2, 3), 0, (3,)); red((2, 3), 1, (2, 1), True)
red((2, 3), 0, (4,), fn=np.sum); red((2, 3), 1, (3,), fn=np.max); red((2, 3), 1, (3,), fn=np.any)
red((2, 3), 0, (2,), fn=np.mean); red((2, 3), 0, (2,), fn=np.std); red((2, 3), None, (1,), fn=np.var)

t("accumulate 1-d", lambda: np.add.accumulate(np.ones(3), out=np.zeros(4)))
t("accumulate clash", lambda: np.add.accumulate(np.ones((2, 3)), out=np.zeros((3, 2))))
t("cumsum flat", lambda: np.cumsum(np.ones((2, 3)), out=np.zeros(3)))
t("cumsum ok", lambda: np.cumsum(np.ones((2, 3)), out=np.zeros(6)))

def mm(x, y, o):
    t(f"matmul {x} {y} {o}", lambda: np.matmul(np.ones(x), np.ones(y), out=np.zeros(o)))

mm((2, 3), (3, 2), (3, 3)); mm((2, 3), (3, 2), (2, 3)); mm((2, 3), (3, 2), (2,)); mm((2, 3), (3, 2), (5, 2, 2))
mm((3,), (3,), (1,)); mm((3,), (3,), ()); mm((2, 3), (3,), (3,)); mm((2, 3), (3,), (2, 1)); mm((3,), (3, 2), (3,))
mm((4, 2, 3), (3, 2), (2, 2))
t("matmul int out", lambda: np.matmul(np.ones((2, 2)), np.ones((2, 2)), out=np.zeros((2, 2), int)))
t("matmul unsafe", lambda: np.matmul(np.ones((2, 2)), np.ones((2, 2)), out=np.zeros((2, 2), int), casting="unsafe"))

x = np.ones((2, 2))
y = x
x @= np.eye(2) * 3
print(y, x is y)
v = np.ones(2)
v @= np.ones((2, 2))
print(v)
def imatmul_int():
    m = np.ones((2, 2), int)
    m @= np.ones((2, 2))
def imatmul_shape():
    m = np.ones((2, 3))
    m @= np.ones((3, 2))
t("imatmul int", imatmul_int)
t("imatmul shape", imatmul_shape)
