# loadtxt warns once per call when a line without data falls inside max_rows (numbered from the file's start)
import io
import warnings
import numpy as np

warnings.simplefilter('always')
for txt, skip in [('1 2\n\n3 4\n5 6\n', 0), ('#c\n1 2\n#d\n3 4\n', 0), ('x\n1 2\n\n\n3 4\n', 1), ('1 2\n3 4\n\n5 6\n', 0)]:
    with warnings.catch_warnings(record=True) as caught:
        rows = np.loadtxt(io.StringIO(txt), max_rows=2, skiprows=skip)
    print(rows.tolist(), [(w.category.__name__, str(w.message)) for w in caught])
