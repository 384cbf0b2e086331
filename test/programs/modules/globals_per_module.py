# globals() is the namespace of the module whose code calls it, also when another module calls that code
import enum, os, sys, tempfile

class Perm(enum.IntFlag):  # enum's metaclass looks its own Flag class up in globals()
    R = 4
    W = 2
    X = 1

print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R in Perm(6), ~Perm.R)

class Shade(enum.Flag):
    LIGHT = enum.auto()
    DARK = enum.auto()

print(Shade.LIGHT | Shade.DARK, list(Shade))

d = tempfile.mkdtemp()
with open(os.path.join(d, "helpermod.py"), "w") as f:
    f.write("X = 1\ndef names():\n    g = globals()\n    return 'X' in g, g['__name__'], 'main_only' in g\n")
sys.path.insert(0, d)
import helpermod
main_only = True
print(helpermod.names(), "main_only" in globals(), globals()["__name__"])
