# import this: The Zen of Python, printed once however often it is imported
import this
print(this.s[:10], len(this.d), this.c, this.i)
import this
