# whole program: polynomial fft signal (recorded from python3)
# polynomial fitting and FFT signal analysis
import numpy as np
from numpy.polynomial import Polynomial
import numpy.polynomial.polynomial as P

x = np.linspace(-1, 1, 21)
y = 3 * x**3 - 2 * x + 0.5 + 0.01 * np.sin(20 * x)
c = np.polyfit(x, y, 3)
print("polyfit", c)
print("polyval", np.polyval(c, [0, 0.5, 1]))
p = np.poly1d(c)
print(p)
print(p.order, p.coeffs, p(0.25), p.roots)
print(p.deriv(), p.integ(), sep="\n")
print(np.poly1d([1, -3, 2]).roots, np.roots([1, 0, -1]))
q = np.poly1d([1, 2]) * np.poly1d([1, -2])
print(q, q.c, repr(q))
print(np.polyder([1, 2, 3, 4]), np.polyint([3, 2, 1]))
print(np.polymul([1, 2], [3, 4]), np.polyadd([1, 2], [1, 0, 0]), np.polysub([5, 5], [1, 1]))
print(np.polydiv([1, -3, 2], [1, -1]))
c2, stats = np.polyfit(x, y, 2, full=False, cov=False), None
print(c2)
res = np.polyfit(x, y, 1, full=True)
print(res)
fit = Polynomial.fit(x, y, 3)
print(fit)
print(fit.convert())
print(fit.convert().coef)
print(fit(0.3), fit.domain, fit.window)
pp = Polynomial([1, 2, 3])
print(pp, repr(pp), pp(2), pp.deriv(), pp.integ(), pp.roots())
print(pp * pp, pp + 1, pp ** 2)
print(P.polyval(2, [1, 2, 3]), P.polyfit(x, y, 3))

# FFT
fs = 100.0
t = np.arange(0, 1, 1 / fs)
sig = np.sin(2 * np.pi * 5 * t) + 0.5 * np.sin(2 * np.pi * 12 * t) + 0.2
F = np.fft.fft(sig)
freqs = np.fft.fftfreq(len(sig), d=1 / fs)
mag = np.abs(F) / len(sig)
peaks = np.argsort(mag)[::-1][:5]
for k in sorted(peaks):
    print(f"f={freqs[k]:7.2f} Hz  |X|={mag[k]:.4f}")
R = np.fft.rfft(sig)
print(len(R), np.round(np.abs(R[:15]), 3))
print(np.fft.rfftfreq(10, 0.1))
print(np.allclose(np.fft.ifft(F).real, sig), np.allclose(np.fft.irfft(R, n=len(sig)), sig))
print(np.fft.fft([1, 2, 3, 4]))
print(np.fft.fft(np.eye(3)))
print(np.fft.fftshift(np.fft.fftfreq(8)))
print(np.fft.ifftshift(np.arange(6)))
print(np.fft.fft2(np.arange(6).reshape(2, 3)))
print(np.fft.rfft([1.0, 0, 0, 0, 0]))
print(np.fft.fft([1, 2, 3], n=5), np.fft.fft([1, 2, 3, 4], norm="ortho"))
print(np.fft.hfft([1, 2, 3]), np.fft.ihfft([1.0, 2, 3]))
power = np.abs(R) ** 2
print(f"dominant: {np.fft.rfftfreq(len(sig), 1/fs)[np.argmax(power[1:]) + 1]} Hz, total power {power.sum():.3f}")
print(np.fft.fftn(np.ones((2, 2, 2))))
print(np.convolve([1, 2, 3], [0, 1, 0.5]), np.convolve([1, 2, 3], [1, 1], 'same'), np.correlate([1, 2, 3], [0, 1]))
