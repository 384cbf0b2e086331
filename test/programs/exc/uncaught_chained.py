# uncaught exception raised while handling another
print("chained")
try:
    1 / 0
except ZeroDivisionError as e:
    raise RuntimeError("handler failed") from e
