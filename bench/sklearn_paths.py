#!/usr/bin/python3
"""Times scikit-learn's enet_path on the problems written by bench/linear.bench.mjs.

Serves requests on stdin so that the bench can alternate between our path and scikit-learn's
under the same machine load: each line "i r" asks for r timed runs of row i (problem-major,
then setting); the answer is one JSON line {"ms": [r times], "iters": n_iter summed over the path}.
"""
import json
import sys
import time
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import enet_path

warnings.simplefilter("ignore", ConvergenceWarning)
spec = json.load(open(sys.argv[1]))
rows = [(np.array(pb["X"]), np.array(pb["y"]), st) for pb in spec["problems"] for st in spec["settings"]]


def run(i):
    X, y, st = rows[i]
    t0 = time.perf_counter()
    # Centring is part of the job (our path centres too); precompute='auto' as default.
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    _, _, _, iters = enet_path(Xc, yc, l1_ratio=st["l1Ratio"], tol=st["tol"], max_iter=100000, return_n_iter=True)
    return (time.perf_counter() - t0) * 1000, int(sum(iters))


print("ready", flush=True)
for line in sys.stdin:
    i, r = map(int, line.split())
    times, iters = [], 0
    for _ in range(r):
        ms, iters = run(i)
        times.append(ms)
    print(json.dumps({"ms": times, "iters": iters}), flush=True)
