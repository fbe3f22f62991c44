#!/usr/bin/python3
"""Times scikit-learn's enet_path on the problems written by bench/linear.bench.mjs."""
import json
import sys
import time
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import enet_path

warnings.simplefilter("ignore", ConvergenceWarning)
spec = json.load(open(sys.argv[1]))
out = []
for pb in spec["problems"]:
    X, y = np.array(pb["X"]), np.array(pb["y"])
    for st in spec["settings"]:
        times = []
        for _ in range(spec["repeats"]):
            t0 = time.perf_counter()
            # Centring is part of the job (our path centres too); precompute='auto' as default.
            Xc, yc = X - X.mean(axis=0), y - y.mean()
            _, _, _, iters = enet_path(Xc, yc, l1_ratio=st["l1Ratio"], tol=st["tol"],
                                       max_iter=100000, return_n_iter=True)
            times.append((time.perf_counter() - t0) * 1000)
        out.append({"ms": min(times), "iters": int(sum(iters))})
print(json.dumps(out))
