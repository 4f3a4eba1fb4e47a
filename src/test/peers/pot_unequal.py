import sys, time, numpy as np, ot
n = int(sys.argv[1]); m = int(sys.argv[2])
rng = np.random.default_rng(1)
x = rng.standard_normal((n, 2)); k = rng.integers(0, 8, m); ang = 2 * np.pi * k / 8
y = 2 * np.stack([np.cos(ang), np.sin(ang)], 1) + 0.02 * rng.standard_normal((m, 2))
M = ot.dist(x, y); a = np.full(n, 1 / n); b = np.full(m, 1 / m)
t = time.perf_counter(); G = ot.emd(a, b, M, numItermax=100_000_000); dt = time.perf_counter() - t
print(f"pot_emd clustered {n}x{m} seconds {dt:.3f} cost {float((G * M).sum()):.12f}")
np.savetxt(f"/tmp/unequal_x_{n}.csv", x, delimiter=",", fmt="%.17g"); np.savetxt(f"/tmp/unequal_y_{m}.csv", y, delimiter=",", fmt="%.17g")
