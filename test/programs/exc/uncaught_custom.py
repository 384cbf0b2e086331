# an uncaught user-defined exception, raised from a nested call
class AppError(Exception):
    pass
def level3():
    raise AppError("something went wrong")
def level2():
    level3()
print("start")
try:
    level2()
except AppError as e:
    print("first time caught:", e)
level2()
