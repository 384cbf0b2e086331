# NumPy's messages: view to a larger dtype, item() out of range (1-d and n-d), boolean-mask assignment
# count mismatch, matmul with a scalar operand; frombuffer of bytearray/memoryview; __array_priority__
import numpy as np
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: np.zeros((3, 3), np.int16).view(np.int32))
attempt(lambda: np.zeros(4, np.int32).view('S3'))
attempt(lambda: np.ones(2).item(5))
attempt(lambda: np.ones((3, 4)).item(100))
attempt(lambda: np.ones((3, 4)).item(-13))
def masked(m, v):
    a = np.zeros((2, 3))
    a[m] = v
    return a
attempt(lambda: masked(np.array([[1, 0, 1], [0, 0, 1]], bool), [1, 2]))
attempt(lambda: masked(np.array([[1, 0, 1], [0, 0, 1]], bool), [1, 2, 3]))
attempt(lambda: masked(np.array([True, False]), [1, 2]))
attempt(lambda: np.matmul(np.ones(3), 2))
attempt(lambda: np.matmul(2, np.ones(3)))
attempt(lambda: repr(np.frombuffer(bytearray(8), dtype=np.float32)))
attempt(lambda: np.frombuffer(memoryview(b'\x01\x02'), dtype=np.uint8))
b = np.frombuffer(bytearray(2), dtype=np.uint8)
b[0] = 7
print(b, b.flags.writeable, np.frombuffer(b'ab', dtype=np.uint8).flags.writeable)
print(np.arange(3).__array_priority__)
