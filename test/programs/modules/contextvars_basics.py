# contextvars: ContextVar get/set/reset with tokens, copy_context and Context.run
import contextvars
v = contextvars.ContextVar('v', default=1)
print(v.get(), v.name)
t = v.set(2)
print(v.get(), t.old_value is contextvars.Token.MISSING, t.var is v, contextvars.Token.MISSING)
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError', 'used' in str(e))
ctx = contextvars.copy_context()


def work(x):
    v.set(x)
    return v.get() * 2


print(ctx.run(work, 10), v.get(), ctx[v], v in ctx, len(ctx), list(ctx.keys()) == [v])
print(ctx.get(v), dict(ctx.items())[v])
w = contextvars.ContextVar('w')
try:
    w.get()
except LookupError:
    print('LookupError')
print(w.get(5), w.get(None))
t2 = w.set('a')
other = contextvars.copy_context()
w.set('b')
print(other[w], w.get())
try:
    other.run(lambda: w.reset(t2))
except ValueError as e:
    print('ValueError', 'different Context' in str(e))
try:
    ctx.run(lambda: ctx.run(lambda: None))
except RuntimeError as e:
    print('RuntimeError', 'already entered' in str(e))
print(contextvars.Context().get(v, 'fallback'), len(contextvars.Context()))
