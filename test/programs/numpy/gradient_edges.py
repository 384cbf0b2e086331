# np.gradient: uniform and coordinate spacing, first- and second-order edges; argmin/argmax keepdims
import numpy as np

f = np.array([1, 2, 4, 7, 11, 16.])
x = np.array([0., 1., 1.5, 3.5, 4., 6.])
print(np.gradient(f, x, edge_order=2))
print(np.gradient(f, x))
print(np.gradient(f, 0.3, edge_order=2))
print(np.gradient(f, np.arange(6) * 0.3, edge_order=2))
print(np.gradient(f ** 2.7, 1.7, edge_order=2))
print(np.gradient(np.array([[1, 2, 6], [3, 4, 5], [0, 1, 1]], dtype=float), [1., 2., 5.], [0, 1.5, 4], edge_order=2))
print(np.gradient(np.sin(np.linspace(0, 3, 7)), np.linspace(0, 3, 7) ** 2, edge_order=2))
print(np.gradient(np.array([1, 2, 4], dtype=np.float32), np.array([0., 0.5, 2])))
try:
    np.gradient(np.array([1., 2.]), edge_order=2)
except ValueError as e:
    print(type(e).__name__, e)

m = np.array([[5, 4, 9], [2, 3, 1]])
print(repr(np.argmin(m, axis=1, keepdims=True)))
print(repr(np.argmax(m, axis=0, keepdims=True)))
print(repr(m.argmax(axis=-1, keepdims=True)))
print(repr(np.argmin(np.arange(24).reshape(2, 3, 4) % 5, axis=1, keepdims=True)))
f32 = np.array([1, 2.5, 4, 7.25, 11], dtype=np.float32)
print(np.gradient(f32, 0.3), np.gradient(f32, np.float64(0.3)), np.gradient(f32, np.float32(0.3), edge_order=2))
print(np.gradient(f32, np.arange(5) * 0.3), np.gradient(f32, [0, 1, 3, 4, 7], edge_order=2))
print(np.gradient(np.array([1, 4, 9, 16]), 2), np.gradient(np.array([1, 4, 9, 16]), np.int64(2)))
