# uncaught exception class without arguments
import sys
print("partial output", end="")
sys.stdout.write(" still flushed\n")
raise NotImplementedError
