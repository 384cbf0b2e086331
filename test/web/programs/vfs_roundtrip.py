import os
import numpy as np
with open('notes.txt', 'w') as f:
    f.write('line one\nline two\n')
with open('notes.txt') as f:
    print(f.read().splitlines())
np.save('a.npy', np.arange(6).reshape(2, 3))
print(np.load('a.npy'))
np.savez('b.npz', x=np.eye(2), y=np.array([1.5, 2.5]))
z = np.load('b.npz')
print(sorted(z.files), z['y'])
np.savetxt('t.csv', np.array([[1.5, 2.0], [3.0, 4.25]]), delimiter=',', fmt='%.2f')
print(open('t.csv').read(), end='')
print(np.loadtxt('t.csv', delimiter=','))
m = np.memmap('m.dat', dtype=np.float32, mode='w+', shape=(4,))
m[:] = [1, 2, 3, 4]
m.flush()
del m
r = np.memmap('m.dat', dtype=np.float32, mode='r', shape=(4,))
print(r, r.sum())
os.mkdir('sub')
print(sorted(os.listdir('.')))
print(os.path.exists('sub'), os.path.isdir('sub'), os.path.getsize('a.npy'))
os.remove('notes.txt')
try:
    open('notes.txt')
except FileNotFoundError as e:
    print(e)
