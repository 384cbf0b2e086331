# NumPy 2's DeprecationWarnings of the N-D transforms (s without axes, None inside s) reach the user
# only from rfftn/irfftn: fftn, fft2 and the other wrappers are attributed to NumPy's own code
import warnings
import numpy as np

img = np.arange(12.).reshape(3, 4)
calls = [
    lambda: np.round(np.fft.irfftn(np.fft.rfftn(img), img.shape) - img, 12),
    lambda: np.fft.fftn(img, s=(2, 2)).shape,
    lambda: np.fft.fft2(img, s=(3, 3), axes=None).shape,
    lambda: np.fft.ifftn(img, s=[4]).shape,
    lambda: np.fft.fftn(img, s=(None, 3), axes=(0, 1)).shape,
    lambda: np.fft.rfftn(img, s=(2, 4)).shape,
    lambda: np.fft.rfft2(img, s=(2, 4), axes=None).shape,
    lambda: np.fft.rfftn(img, s=(None, 4), axes=(0, 1)).shape,
    lambda: np.fft.irfft2(img, s=(2, 4)).shape,
    lambda: np.fft.irfftn(img, s=(3, 6), axes=(0, 1)).shape,
]
for f in calls:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('default')
        warnings.filterwarnings('ignore', module='numpy')
        r = f()
    print(r, [(x.category.__name__, str(x.message)[:40]) for x in w])
