# numpy.ma operators as NumPy defines them: division-like operations mask non-finite results and
# their domain (always a full mask), other arithmetic keeps nomask and does not mask inf/nan, power
# masks invalid results, masked slots keep the first operand's data; %, @, &, |, ^ are ndarray's
# (the ufunc, then the inputs' masks); np.<ufunc>(masked array) warns like on plain data;
# corrcoef, mr_ and the class's module name
import warnings
import numpy as np
import numpy.ma as ma

a = ma.array([np.inf, 1., 2., -1.], mask=[0, 0, 1, 0])
print(ma.divide(a, 1), a / 1, a / 0, a * np.inf, a + np.nan, ma.add(a, np.inf))
print(a ** 0.5, ma.power(a, 0.5), a // 0, np.inf / a, 2 ** ma.array([1, 2], mask=[0, 1]), 7 // ma.array([2, 0]))
print((a + 1).data, (a / 0).data, repr(ma.array([1., 2.]) / 2), repr(ma.array([1., 2.]) + 2))
print(1 / ma.array([0, 1, 2]), ma.array([1, 2], mask=[1, 0]) == 1, ma.array([3, 2], mask=[1, 0]) < ma.array([1, 5]))
b = ma.array([[1, 2], [3, 4]], mask=[[0, 1], [0, 0]])
print(b @ b, np.eye(2) @ b, np.matmul(b, b))
c = ma.array([[1., 2, 3], [4, 5, 6]], mask=[[0, 1, 0], [0, 0, 0]])
try:
    print(c @ c.T)
except ValueError as e:
    print(e)
i = ma.array([6, 5, 12], mask=[0, 1, 0])
print(i & 3, i | 1, i ^ 5, 3 & i, ma.array([True, False]) & ma.array([True, True], mask=[0, 1]))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(np.log(ma.array([0.0, 1.0, np.e])), np.sqrt(ma.array([-1.0, 4.0], mask=[1, 0])), a % 0, ma.sqrt(ma.array([-4.]) ))
print([(x.category.__name__, str(x.message), x.filename == __file__) for x in w])
print(type(a), ma.MaskedArray.__module__)
print(repr(ma.corrcoef(ma.array([1, 2, 3, 4]), ma.array([2, 4, 5, 9]))))
x = ma.array([[1., 2, 3, 4], [2, 4, 5, 9]], mask=[[0, 0, 1, 0], [0, 0, 0, 0]])
print(repr(ma.cov(x)), repr(ma.corrcoef(x)), repr(ma.corrcoef(x[:, :2], rowvar=False)))
print(ma.corrcoef(ma.array([1., 2, 4])))
print(ma.mr_[1:3, ma.masked_array([5], mask=[1])], repr(ma.mr_[np.array([1, 2]), 0, 4:6]))
print(ma.mr_[ma.array([1., 2.], mask=[0, 1]), 3.5], ma.mr_[1:3])
try:
    ma.mr_['1,2']
except ma.MAError as e:
    print(e)
x = ma.array([1, 5, 3, 8], mask=[0, 1, 0, 0])
y = ma.array([1, 2, 3, 4], mask=[1, 1, 0, 0])
for r in [x == y, x != y, x < 4, x >= y, x == 5, x[x > 2], x == ma.array([1, 5, 3, 8]), ma.array([1, 2]) == ma.array([1, 3])]:
    print(repr(r), r.data)
print(x[1] == 5, x[0] == 1, (x > 0).all(), x == ma.masked, ma.masked < 1, 5 == ma.masked, ma.masked % 2, 2 ** ma.masked)
