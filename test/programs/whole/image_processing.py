# whole program: image processing (recorded from python3)
# image processing style and statistics reports
import numpy as np
rng = np.random.default_rng(1)
img = rng.integers(0, 256, size=(8, 8)).astype(np.uint8)
print(img)
print(img.mean(), img.std(), np.median(img), img.min(), img.max(), img.dtype)
hist = np.bincount(img.ravel() // 32, minlength=8)
print(hist, hist.sum())
norm = (img - img.min()) / (img.max() - img.min())
print(np.round(norm[:2], 3))
kernel = np.ones((3, 3)) / 9
padded = np.pad(img.astype(float), 1, mode='reflect')
blur = np.zeros_like(img, dtype=float)
for i in range(8):
    for j in range(8):
        blur[i, j] = np.sum(padded[i:i+3, j:j+3] * kernel)
print(np.round(blur, 2)[:3])
gx = np.zeros((8, 8)); gy = np.zeros((8, 8))
sob = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
for i in range(8):
    for j in range(8):
        win = padded[i:i+3, j:j+3]
        gx[i, j] = (win * sob).sum(); gy[i, j] = (win * sob.T).sum()
mag = np.hypot(gx, gy)
print(mag.max(), np.unravel_index(mag.argmax(), mag.shape), (mag > 200).sum())
thr = (img > 128).astype(int)
print(thr.sum(axis=0), thr.sum(axis=1))
print(np.flipud(img)[:2], np.rot90(img)[:2], img.T[:2])
small = img.reshape(4, 2, 4, 2).mean(axis=(1, 3))
print(small)
eq = np.interp(img.ravel(), np.sort(img.ravel()), np.linspace(0, 255, 64)).reshape(8, 8)
print(np.round(eq[:2], 1))
print(np.percentile(img, [10, 50, 90]), np.quantile(img, [0.25, 0.75], method='lower'))
u, c = np.unique(img % 7, return_counts=True)
print(dict(zip(u.tolist(), c.tolist())))
print(np.where(img > 240), np.argwhere(img < 10))
print(np.clip(img.astype(int) - 100, 0, None)[:2])
rgb = np.stack([img, img // 2, 255 - img], axis=-1)
gray = rgb @ np.array([0.299, 0.587, 0.114])
print(gray.shape, np.round(gray[:2], 3))
print(rgb.reshape(-1, 3).mean(axis=0), rgb.max(axis=(0, 1)))
print(np.cumsum(hist), np.diff(hist), np.gradient(hist.astype(float)))
