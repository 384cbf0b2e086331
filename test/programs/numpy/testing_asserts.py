# numpy.testing: assert_allclose / assert_array_equal / assert_almost_equal / assert_equal /
# assert_array_less / assert_approx_equal / assert_ / assert_raises, passing and failing (NumPy messages)
import numpy as np
from numpy.testing import assert_allclose, assert_array_equal
import numpy.testing as npt
np.testing.assert_allclose([1.0, 2.0], [1.0, 2.0 + 1e-9])
np.testing.assert_array_equal([1, 2], [1, 2])
np.testing.assert_almost_equal(1.0, 1.0000001)
np.testing.assert_equal({'a': [1, 2]}, {'a': [1, 2]})
npt.assert_array_almost_equal([1.0, np.nan], [1.0000001, np.nan])
def show(f, *a, **k):
    try:
        f(*a, **k)
        print("passed")
    except AssertionError as e:
        print("AssertionError:", e)
show(assert_array_equal, [1, 2], [1, 3])
show(assert_array_equal, np.arange(10), np.arange(10) * 2)
show(assert_allclose, [1.0, 2.1], [1.0, 2.0])
show(assert_allclose, np.linspace(0, 1, 5), np.linspace(0, 1, 5) + 1e-3, rtol=1e-5, err_msg='bad')
show(assert_allclose, [1.0, np.nan], [1.0, 2.0])
show(assert_allclose, [1, 2], [1, 2, 3])
show(npt.assert_almost_equal, 1.0, 1.001)
show(npt.assert_almost_equal, [1.0, 2.0], [1.0, 2.001], decimal=4)
show(npt.assert_equal, 1, 2)
show(npt.assert_equal, [1, 2], [1, 3])
show(npt.assert_array_less, [1, 5], [2, 3])
show(npt.assert_approx_equal, 1.0, 1.01, significant=3)
show(npt.assert_, 1 == 2, 'nope')
show(assert_array_equal, np.zeros((2, 2)), np.eye(2))
show(assert_allclose, 3.0, 3.5)
show(assert_array_equal, np.array([1, 2], dtype=np.uint8), np.array([3, 0], dtype=np.uint8))
with npt.assert_raises(ValueError):
    np.reshape(np.arange(3), (2, 2))
npt.assert_raises(ZeroDivisionError, lambda: 1 / 0)
print("done")
