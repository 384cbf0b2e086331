# sys.modules['__main__'] sees module-level names defined after it was taken
import sys
m = sys.modules['__main__']
def f():
    return 'f called'
x = 42
print(m.f(), m.x, 'numpy' in sys.modules, type(sys.modules).__name__)
