# AttributeError, NameError, UnboundLocalError messages
class Foo:
    def __init__(self):
        self.y = 1
try:
    Foo().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    Foo.missing_class_attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.split
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(x)
except NameError as e:
    print("NameError:", e)
def local_use():
    try:
        print(qqq)
    except NameError as e:
        print("NameError:", e, type(e).__name__)
local_use()
counter = 0
def bad_increment():
    counter += 1
try:
    bad_increment()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def used_before():
    try:
        print(v)
    except NameError as e:
        print("caught as NameError:", type(e).__name__, e)
    v = 1
used_before()
def free_var():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print("free var:", e)
    z = 1
free_var()
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
