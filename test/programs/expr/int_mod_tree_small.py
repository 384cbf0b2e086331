def main():
    vals = [0, 1, -1, 7, -7, 10, 11, -11, 12, 2**31 - 1, -2**31, 2**40 + 3, -(2**45) - 5, 2**52 + 1, 9007199254740991, -9007199254740991, 2**60, 3.5, -2.0, True]
    Ms = [1, 2, 11, 97, 65536, 94906265, 94906266, 2**31]
    out = []
    for M in Ms:
        for a in vals:
            for b in vals[::3]:
                try:
                    r = ((a * b) % 11, (a * b + 5) % 97, (a - b) % 65536, (a * b - b * 3) % 94906265, (a * 7 + b) % 94906266, (a * b) % 2147483648, (a * a * b) % 1, (3 - a * b) % 2)
                except Exception as e:
                    r = type(e).__name__
                out.append(r)
    print(len(out))
    for r in out: print(r)
    for r in out[:40]: print(r)
    print(out[-40:])
main()
