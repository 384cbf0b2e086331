# recursion tens of thousands of calls deep once the limit is raised, as scripts with a recursive
# flood fill or depth-first search do
import sys
sys.setrecursionlimit(100000)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(30000))
grid = [[0] * 120 for _ in range(120)]
def fill(r, c):
    if r < 0 or r >= 120 or c < 0 or c >= 120 or grid[r][c]:
        return 0
    grid[r][c] = 1
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
print(fill(0, 0))
