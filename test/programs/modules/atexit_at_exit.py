# Functions registered with atexit run when the program ends: last registered first, after the main code
import atexit
def bye(name, punct="!"):
    print("bye", name + punct)
atexit.register(bye, "first")
@atexit.register
def last():
    print("registered last, runs first")
atexit.register(bye, "unregistered")
atexit.unregister(bye)
atexit.register(bye, "again", punct="?")
print("main done")
