# ndarray subclasses overriding __array_ufunc__ (NumPy's subclassing guide), __array_wrap__ on ufunc and
# reduction results, __array_ufunc__ = None, and which functions keep or drop the subclass.
import numpy as np
class A(np.ndarray):
    def __array_ufunc__(self, ufunc, method, *inputs, out=None, **kwargs):
        args = []
        in_no = []
        for i, input_ in enumerate(inputs):
            if isinstance(input_, A):
                in_no.append(i)
                args.append(input_.view(np.ndarray))
            else:
                args.append(input_)
        outputs = out
        out_no = []
        if outputs:
            out_args = []
            for j, output in enumerate(outputs):
                if isinstance(output, A):
                    out_no.append(j)
                    out_args.append(output.view(np.ndarray))
                else:
                    out_args.append(output)
            kwargs['out'] = tuple(out_args)
        else:
            outputs = (None,) * ufunc.nout
        info = {}
        if in_no:
            info['inputs'] = in_no
        if out_no:
            info['outputs'] = out_no
        results = super().__array_ufunc__(ufunc, method, *args, **kwargs)
        if results is NotImplemented:
            return NotImplemented
        if method == 'at':
            if isinstance(inputs[0], A):
                inputs[0].info = info
            return
        if ufunc.nout == 1:
            results = (results,)
        results = tuple((np.asarray(result).view(A) if output is None else output) for result, output in zip(results, outputs))
        if results and isinstance(results[0], A):
            results[0].info = info
        return results[0] if len(results) == 1 else results
a = np.arange(5.).view(A)
b = np.sin(a)
print(b.info)
b = np.sin(np.arange(5.), out=(a,))
print(b.info)
a = np.arange(5.).view(A)
b = np.ones(1).view(A)
c = a + b
print(c.info)
a += b
print(a.info)
print(type(np.add.reduce(a)), np.multiply.outer(np.arange(2).view(A), [1, 2]).info)
class MySubClass(np.ndarray):
    def __array_wrap__(self, obj, context=None, return_scalar=False):
        print('In __array_wrap__:')
        print('   self is %s' % repr(self))
        print('   arr is %s' % repr(obj))
        return super().__array_wrap__(obj, context, return_scalar)
    def __array_finalize__(self, obj):
        print('In __array_finalize__:')
        print('   self is %s' % repr(self))
        print('   obj is %s' % repr(obj))
obj = np.arange(5).view(MySubClass)
ret = np.add(obj, 1)
print(type(ret).__name__)
class W2(np.ndarray):
    def __array_wrap__(self, obj, context=None, return_scalar=False):
        print('wrap', context[0].__name__ if context else context, return_scalar, obj.shape)
        return super().__array_wrap__(obj, context, return_scalar)
w = np.arange(4.).view(W2)
print(repr(w + 1), repr(w.sum()), repr(np.sum(w, axis=0)), repr(np.add.reduce(w, keepdims=True)), repr(w[0] * 2))
class NoUF(np.ndarray):
    __array_ufunc__ = None
try:
    np.arange(3).view(NoUF) + 1
except TypeError as e:
    print(type(e).__name__, e)
class Sub(np.ndarray):
    pass
s = np.arange(4).view(Sub)
print(type(np.asarray(s)).__name__, type(np.asanyarray(s)).__name__, type(np.array(s)).__name__, type(np.array(s, subok=True)).__name__)
print(type(s.copy()).__name__, type(np.copy(s)).__name__, type(np.zeros_like(s)).__name__, type(np.ones_like(s, subok=False)).__name__)
print(type(np.empty_like(s)).__name__, type(np.full_like(s, 3)).__name__, type(np.ascontiguousarray(s)).__name__, np.asarray(s).base is not None)
class UF(np.ndarray):
    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        print("ufunc", ufunc.__name__, method, len(inputs), sorted(kwargs))
        args = [i.view(np.ndarray) if isinstance(i, UF) else i for i in inputs]
        if 'out' in kwargs:
            kwargs['out'] = tuple(o.view(np.ndarray) if isinstance(o, UF) else o for o in kwargs['out'])
        return getattr(ufunc, method)(*args, **kwargs)
u = np.arange(4).view(UF)
print(u + 1, 2 * u, -u, abs(u), u > 1, np.sqrt(u), np.add.reduce(u, axis=0), np.add.accumulate(u))
print(np.maximum.outer(u[:2], [1, 2]), np.add.reduceat(u, [0, 2]))
u2 = np.arange(3).view(UF)
u2 += 1
print(repr(u2))
class Other:
    def __repr__(self):
        return "Other()"

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        return NotImplemented
try:
    np.add(u, Other())
except TypeError as e:
    print(type(e).__name__, e)
