# POT's log-domain Sinkhorn on the bench sinkhorn problem: source N(0, I) 1,500 points, target eight Gaussians
# (sd 0.02, radius 2) 2,000 points, M = |x-y|^2 (ot.dist), reg 0.1, stopThr 1e-9; CPU seconds of the call.
import sys, time, numpy as np, ot
rng = np.random.default_rng(7)
x = rng.standard_normal((1500, 2))
k = rng.integers(0, 8, 2000)
ang = k * np.pi / 4
y = np.stack([2 * np.cos(ang), 2 * np.sin(ang)], 1) + 0.02 * rng.standard_normal((2000, 2))
M = ot.dist(x, y)
a = np.full(1500, 1 / 1500); b = np.full(2000, 1 / 2000)
reg = float(sys.argv[1]) if len(sys.argv) > 1 else 0.1
t0 = time.process_time(); w0 = time.time()
P, log = ot.sinkhorn(a, b, M, reg, method="sinkhorn_log", stopThr=1e-9, numItermax=100000, log=True)
t1 = time.process_time(); w1 = time.time()
print({"reg": reg, "cpu_s": round(t1 - t0, 3), "wall_s": round(w1 - w0, 3), "iterations": log["niter"],
       "cost": float((P * M).sum()), "l1_target": float(np.abs(P.sum(0) - b).sum())})
if len(sys.argv) > 2:
    np.savetxt(sys.argv[2] + "/x.csv", x, delimiter=",", fmt="%.17g")
    np.savetxt(sys.argv[2] + "/y.csv", y, delimiter=",", fmt="%.17g")
