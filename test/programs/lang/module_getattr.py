# PEP 562: a module-level __getattr__ computes missing attributes (getattr with a default, hasattr)
import types, sys
m = types.ModuleType('lazy')
def _ga(name):
    if name == 'answer':
        return 42
    raise AttributeError(f"module 'lazy' has no attribute '{name}'")
m.__getattr__ = _ga
print(m.answer, getattr(m, 'nope', 'default'), hasattr(m, 'nope'))
try:
    m.nope
except AttributeError as e:
    print(e)
