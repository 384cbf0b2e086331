# An uncaught AttributeError for a misspelled numpy function suggests the close name, as CPython's report does.
import numpy as np

print(np.arange(3))
print(np.arrange(5))
