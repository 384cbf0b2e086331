# unbounded recursion: the traceback has as many frames as CPython's recursion limit allows
import sys


def walk(node):
    return walk(node + 1) + 1


def main():
    sys.setrecursionlimit(300)
    return walk(0)


main()
