import colorsys
for rgb in [(0.2, 0.4, 0.4), (1, 0, 0), (0, 0, 0), (1, 1, 1), (0.1, 0.9, 0.35), (0.5, 0.5, 0.2), (0.99, 0.01, 0.6)]:
    hsv = colorsys.rgb_to_hsv(*rgb); hls = colorsys.rgb_to_hls(*rgb); yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, hsv, hls, yiq)
    print(colorsys.hsv_to_rgb(*hsv), colorsys.hls_to_rgb(*hls), colorsys.yiq_to_rgb(*yiq))
for h in range(0, 12):
    print(h, colorsys.hsv_to_rgb(h / 12, 0.8, 0.9), colorsys.hls_to_rgb(h / 12, 0.3, 0.7), colorsys.hls_to_rgb(h / 12, 0.7, 0.5))
print(colorsys.hsv_to_rgb(0.5, 0, 3), colorsys.hls_to_rgb(0.5, 2, 0), colorsys.hsv_to_rgb(1.0, 1, 1), colorsys.yiq_to_rgb(2, 2, 2))
print(colorsys.rgb_to_hsv(255, 128, 0), colorsys.rgb_to_hls(200, 100, 50))
print(colorsys.__all__, colorsys.ONE_THIRD)
