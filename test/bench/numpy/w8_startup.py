# start-up: import numpy and nothing else (issue [4/9]: ndpy -c vs python3 -c 'import numpy')
import numpy as np
print(np.__version__ != "")
