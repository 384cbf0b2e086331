# markers under lines with wide characters (two columns each) and trailing spaces: CPython's own printer
# keeps the spaces, the traceback module strips them and its markers move left as many columns
import traceback

labels = {"東京": 1}
try:
    total = labels["東京"] + labels["大阪"]   
except KeyError:
    traceback.print_exc()
try:
    name = "名前: " + 42
except TypeError:
    traceback.print_exc()
count = len(labels) / 0   
