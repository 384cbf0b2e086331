# The ^ marker under the subscript of a chain (grid[r][c], d[a][b]) that raised IndexError or KeyError:
# the failing list or dict is known, and how deeply it nests tells which level of the chain it was.
import traceback


def show():
    for line in traceback.format_exc().splitlines()[1:]:
        print(line.replace(__file__, "FILE"))


grid = [[1, 2, 3], [4, 5, 6]]
cube = [[[0, 1], [2, 3]], [[4, 5], [6, 7]]]
for r, c in [(2, 0), (0, 3), (-3, 1)]:
    try:
        print(grid[r][c])
    except IndexError:
        show()
for i, j, k in [(2, 0, 0), (0, 2, 0), (0, 0, 2)]:
    try:
        print(cube[i][j][k])
    except IndexError:
        show()
tables = {"users": {"ann": 1}, "groups": {}}
for t, name in [("users", "bob"), ("roles", "ann")]:
    try:
        print(tables[t][name])
    except KeyError:
        show()


def neighbours(g, r, c):
    return [g[r + dr][c + dc] for dr, dc in ((0, 1), (1, 0))]


try:
    neighbours(grid, 1, 1)
except IndexError:
    show()
