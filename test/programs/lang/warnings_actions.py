# the actions: error raises, ignore, always, default (once per line), module and once, show counts
import warnings

shown = []


def show(message, category, filename, lineno, file=None, line=None):
    shown.append((category.__name__, str(message), lineno))


warnings.showwarning = show


def run(action):
    shown.clear()
    warnings.resetwarnings()
    warnings.simplefilter(action)
    for i in range(3):
        warnings.warn("loop")
    warnings.warn("loop")
    warnings.warn("other")
    warnings.warn("loop")
    return list(shown)


for action in ["always", "default", "module", "once", "ignore"]:
    print(action, run(action))

warnings.resetwarnings()
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("caught", type(e).__name__, e)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", type(e).__name__, e)
inst = DeprecationWarning("the instance")
try:
    warnings.warn(inst)
except DeprecationWarning as e:
    print("same instance:", e is inst)

# the default action: the registry is reset when the filters change
shown.clear()
warnings.resetwarnings()
for i in range(2):
    warnings.warn("again")
warnings.simplefilter("default")
warnings.warn("again")
print(shown)

# default filters: DeprecationWarning shown in __main__, Pending/Import/Resource ignored
shown.clear()
warnings.resetwarnings()
warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
warnings.filterwarnings("ignore", category=DeprecationWarning)
warnings.filterwarnings("ignore", category=PendingDeprecationWarning, append=True)
warnings.warn("dep", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("fut", FutureWarning)
print(shown)

# warn_explicit
shown.clear()
warnings.resetwarnings()
reg = {}
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 43, registry=reg)
print(shown, sorted(k for k in reg if k != "version"), "version" in reg)
warnings.simplefilter("error")
try:
    warnings.warn_explicit("explicit error", RuntimeWarning, "f.py", 1)
except RuntimeWarning as e:
    print("explicit raised", e)

# a user formatwarning is used by the default showwarning
warnings.resetwarnings()
warnings.showwarning = warnings._showwarning_orig
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


cap = Capture()
old = sys.stderr
sys.stderr = cap
warnings.warn("to capture")
warnings.formatwarning = lambda message, category, filename, lineno, line=None: "CUSTOM %s %s %d\n" % (category.__name__, message, lineno)
warnings.warn("formatted")
sys.stderr = old
print(cap.parts[0].split(":", 1)[1])
print(cap.parts[1:])
print(warnings.formatwarning is not warnings._formatwarning_orig)
