# all of standard input through open(0), as competitive-programming solutions read it
data = open(0).read().split()
n = int(data[0])
pairs = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
print(n, sum(a * b for a, b in pairs), data[-1], len(data))
