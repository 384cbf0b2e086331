# The marker under the call of a NumPy function whose message does not name it (stack, reshape, split,
# inv/solve, cholesky), not under another call on the line. Only this file's frames are printed: NumPy's
# own Python frames (CPython shows them) have no counterpart here.
import traceback
import numpy as np


def show():
    lines = traceback.format_exc().replace(__file__, "F").splitlines()
    for i, line in enumerate(lines):
        if line.startswith('  File "F"'):
            print(line)
            print(lines[i + 1])
            if i + 2 < len(lines) and lines[i + 2].strip() and set(lines[i + 2].strip()) <= set("^~"):
                print(lines[i + 2])
    print(lines[-1])


a = np.arange(4).reshape(2, 2)
try:
    x = np.stack([a, a.ravel()]) + 1
except ValueError:
    show()
try:
    y = a.reshape(3, 3).sum() + a.ravel().sum()
except ValueError:
    show()
try:
    z = np.split(np.arange(5), 2)[0] * a.sum()
except ValueError:
    show()
try:
    w = np.linalg.inv(np.zeros((2, 2))) @ np.eye(2).T
except np.linalg.LinAlgError:
    show()
try:
    v = np.linalg.solve(np.zeros((2, 2)), np.ones(2).copy()) + 1
except np.linalg.LinAlgError:
    show()
try:
    u = np.linalg.cholesky(-np.eye(2)) + a.sum()
except np.linalg.LinAlgError:
    show()
