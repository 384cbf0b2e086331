# whole program: csv statistics report (recorded from python3)
# CSV round trip and statistics report
import numpy as np, tempfile, os

rng = np.random.default_rng(2024)
names = ["alpha", "beta", "gamma", "delta", "eps"]
data = np.column_stack([np.arange(1, 11), rng.normal(50, 10, 10), rng.uniform(0, 1, 10), rng.integers(0, 100, 10)])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.csv")
    np.savetxt(path, data, delimiter=",", header="id,score,frac,count", fmt=["%d", "%.4f", "%.6f", "%d"], comments="")
    with open(path) as f:
        text = f.read()
    print(text)
    loaded = np.loadtxt(path, delimiter=",", skiprows=1)
    print(loaded.shape, loaded.dtype)
    print(loaded[:3])
    g = np.genfromtxt(path, delimiter=",", names=True)
    print(g.dtype.names)
    print(g["score"].mean(), g["count"].max())
    print(g[:2])
    cols = np.loadtxt(path, delimiter=",", skiprows=1, usecols=(0, 3), dtype=int)
    print(cols.T)
    a, b = np.loadtxt(path, delimiter=",", skiprows=1, usecols=(1, 2), unpack=True)
    print(a.round(2), b.round(3))
    p2 = os.path.join(d, "mixed.txt")
    with open(p2, "w") as f:
        f.write("# name value flag\n")
        for i, nm in enumerate(names):
            f.write(f"{nm} {i * 1.5} {i % 2 == 0}\n")
        f.write("zeta nan True\n")
    arr = np.genfromtxt(p2, dtype=None, encoding="utf-8", names=["name", "value", "flag"])
    print(arr)
    print(arr.dtype)
    print(arr["name"][arr["value"] > 2])
    m = np.genfromtxt(p2, usecols=1)
    print(m, np.nanmean(m), np.isnan(m).sum())
    np.savetxt(os.path.join(d, "m.txt"), np.arange(6).reshape(2, 3))
    print(open(os.path.join(d, "m.txt")).read())
    np.savetxt(os.path.join(d, "m2.txt"), np.array([[1.5, 2.25], [3, 4]]), fmt="%8.3f", delimiter="|", footer="end")
    print(open(os.path.join(d, "m2.txt")).read())
    np.save(os.path.join(d, "x.npy"), data)
    print(np.array_equal(np.load(os.path.join(d, "x.npy")), data))
    np.savez(os.path.join(d, "z.npz"), a=data, b=np.arange(3))
    with np.load(os.path.join(d, "z.npz")) as z:
        print(sorted(z.files), z["b"])
    missing = os.path.join(d, "miss.csv")
    with open(missing, "w") as f:
        f.write("1,2,3\n4,,6\n7,8,\n")
    print(np.genfromtxt(missing, delimiter=","))
    print(np.genfromtxt(missing, delimiter=",", filling_values=-1))
    from io import StringIO
    print(np.loadtxt(StringIO("1 2\n3 4\n")))
    print(np.genfromtxt(StringIO("a,b\n1,2\n3,4"), delimiter=",", names=True))

scores = data[:, 1]
print(f"mean={scores.mean():.3f} median={np.median(scores):.3f} std={scores.std(ddof=1):.3f}")
print("percentiles", np.percentile(scores, [25, 50, 75]))
print("quantile", np.quantile(scores, 0.9, method="nearest"))
hist, edges = np.histogram(scores, bins=5)
for h, lo, hi in zip(hist, edges[:-1], edges[1:]):
    print(f"[{lo:6.2f}, {hi:6.2f}) {'*' * h}")
print(np.histogram(scores, bins=[30, 40, 50, 60, 70])[0])
print(np.corrcoef(data[:, 1], data[:, 2]))
print(np.cov(data[:, 1:3].T))
print(np.digitize(scores, [40, 50, 60]))
ranks = scores.argsort().argsort()
print(ranks)
order = np.argsort(-scores)
for r, i in enumerate(order[:3], 1):
    print(f"{r}. id={int(data[i, 0])} score={scores[i]:.2f}")
print(np.histogram2d(data[:, 1], data[:, 2], bins=2))
