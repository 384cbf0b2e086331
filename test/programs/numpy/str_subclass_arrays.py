# instances of str subclasses are text to NumPy: array dtype, 0-d arrays, comparisons with str arrays
import numpy as np
class S(str): pass
a = np.array([S('a'), S('bc')])
print(a, a.dtype, np.array(S('x')).dtype, a == S('a'), S('a') in a, np.char.upper([S('q')]), np.unique([S('b'), 'a']))
d = {S('k'): 1}; print(d['k'], 'k' in d, sorted([S('b'), 'a']), S('a') + 'b', f"{S('z')}", "%s" % S('y'), np.where(a == 'a', a, S('-')))
import json; print(json.dumps({S('a'): S('b')}), str(S('x')), len(S('abc')), S('a b').split())
