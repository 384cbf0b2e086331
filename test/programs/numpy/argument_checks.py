# argument validation of searchsorted sides, pad modes/keywords, repeat counts, digitize bins; clip's out-of-range int bounds
import numpy as np
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['lef','x','Left','left ', '', 'rightx', 'R', None, 1, 'left', 'right']:
    t(lambda: np.searchsorted([1,2,3],2,side=s))
t(lambda: np.arange(3).searchsorted(2, side='rite'))
t(lambda: np.pad([1,2],1,'edge',constant_values=3))
t(lambda: np.pad([1,2],1,'reflect',stat_length=3))
t(lambda: np.pad([1,2],1,mode=None))
t(lambda: np.pad([1,2],1,'constant',foo=3))
t(lambda: np.pad([1,2],1,'constant',constant_values=3))
t(lambda: np.pad([1,2],(1,2),'mean',stat_length=1))
t(lambda: np.repeat([1,2],[-1]))
t(lambda: np.repeat([1,2],[1,-1]))
t(lambda: np.repeat([[1,2]],-2, axis=0))
t(lambda: np.digitize([1,2],[1,3,2]))
t(lambda: np.digitize([1,2],[[1,3,2]]))
t(lambda: np.digitize([1,2],5))
t(lambda: np.digitize([1,2],[3,3,1]))
t(lambda: np.digitize([1,2],[1,1]))
t(lambda: np.digitize([1,2],[]))
t(lambda: np.clip(np.arange(10, dtype=np.uint8), -1, 300))
t(lambda: np.clip(np.arange(10, dtype=np.int8), -200, 5))
t(lambda: np.clip(np.arange(10, dtype=np.int8), 2, 2**70))
t(lambda: np.arange(5, dtype=np.uint16).clip(-5))
t(lambda: np.clip(np.arange(5, dtype=np.uint8), -1.5, 3))
t(lambda: np.clip(np.int8(5), -1000, 3))
t(lambda: np.clip([1, 2, 300], 0, 2**64))
