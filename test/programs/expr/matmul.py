# the @ operator on a user class
class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        if isinstance(other, Mat):
            n, m, p = len(self.rows), len(other.rows), len(other.rows[0])
            return Mat([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
        return NotImplemented
    def __rmatmul__(self, other):
        return "rmatmul with " + type(other).__name__
    def __repr__(self):
        return "Mat(%r)" % (self.rows,)
A = Mat([[1, 2], [3, 4]])
B = Mat([[5, 6], [7, 8]])
print(A @ B)
print(A @ B @ A)
print([1] @ A)
I = Mat([[1, 0], [0, 1]])
C = A
C @= I
print(C, C is A)
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)
