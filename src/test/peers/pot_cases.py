# POT's ot.emd on the bench ot cases: uniform (unit square) or clustered (source N(0,I), target eight Gaussians sd 0.02
# on the circle of radius 2), n x n and n x 3n/4, M = ot.dist (|x-y|^2); median wall and CPU seconds of ot.emd.
import sys, time, numpy as np, ot
n = int(sys.argv[1]); reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
rng = np.random.default_rng(n)
for kind in ("uniform", "clustered"):
    for m in (n, 3 * n // 4):
        if kind == "uniform":
            x = rng.random((n, 2)); y = rng.random((m, 2))
        else:
            x = rng.standard_normal((n, 2)); k = rng.integers(0, 8, m); ang = 2 * np.pi * k / 8
            y = 2 * np.stack([np.cos(ang), np.sin(ang)], 1) + 0.02 * rng.standard_normal((m, 2))
        M = ot.dist(x, y); a = np.full(n, 1 / n); b = np.full(m, 1 / m)
        walls, cpus = [], []
        for _ in range(reps):
            w0 = time.perf_counter(); c0 = time.process_time()
            G = ot.emd(a, b, M, numItermax=100_000_000)
            cpus.append(time.process_time() - c0); walls.append(time.perf_counter() - w0)
        print(f"pot_emd {kind} {n}x{m} wall_median {sorted(walls)[reps // 2]:.4f} cpu_median {sorted(cpus)[reps // 2]:.4f} cost {float((G * M).sum()):.12f}", flush=True)
