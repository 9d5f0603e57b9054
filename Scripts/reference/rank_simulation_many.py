#!/usr/bin/env python3
"""Independent figures for the rank simulation above the pairwise limit (more than 64 units),
where Swift ranks each draw by counting units per total (or by a radix sort): the same
per-draw rule as rank_simulation.py (its xoshiro256**, inv_cdf, ROUND_HALF_UP on the
shortest text, competition ranks), on a synthetic table defined by formulas that Swift's
test (Tests/ParSurveyTests/Scoring/Index/RankSimulationScaleTests.swift) rebuilds with the same
floating-point operations:

    unit u = 0..n-1:  fixed = 5000 + (37 u mod 1000) hundredths
                      satisfaction = 20 + (13 u mod 100) / 10, SE = 0.5 + (u mod 7) / 10
                      leadership   =  5 + (7 u mod 50) / 20,  SE = 0.2 + (u mod 5) / 20
                      (every 9th unit: both SEs 0, so ties of fixed totals occur;
                       with --wide, its fixed part is 200 points higher, so that the totals
                       span more hundredths than Swift counts and the radix sort ranks them)

    python3 Scripts/reference/rank_simulation_many.py [--units 100] [--draws 2000] [--seed 20211231] [--wide]

Prints each unit's 5th-95th percentile rank interval and a checksum of all rank counts:
sum over units u and ranks k of (u + 1) * k * count(u, k).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rank_simulation import percentile_rank, simulate  # noqa: E402


def table(n, wide):
    rows = []
    for u in range(n):
        certain = u % 9 == 0
        rows.append((5000 + (37 * u) % 1000 + (20000 if wide and certain else 0),
                     [(20 + ((13 * u) % 100) / 10, 0.0 if certain else 0.5 + (u % 7) / 10),
                      (5 + ((7 * u) % 50) / 20, 0.0 if certain else 0.2 + (u % 5) / 20)]))
    return rows


def main():
    args = sys.argv[1:]
    wide = "--wide" in args
    if wide:
        args.remove("--wide")
    opts = {"--units": 100, "--draws": 2000, "--seed": 20211231}
    for k in opts:
        if k in args:
            i = args.index(k); opts[k] = int(args[i + 1]); del args[i:i + 2]
    n, draws, seed = opts["--units"], opts["--draws"], opts["--seed"]
    rows = table(n, wide)
    counts = simulate([f for f, _ in rows], [c for _, c in rows], draws, seed)
    pct = lambda c, p: percentile_rank(c, p, draws)

    print(" ".join("%d-%d" % (pct(c, 5), pct(c, 95)) for c in counts))
    print("checksum", sum((u + 1) * k * c for u in range(n) for k, c in enumerate(counts[u])))


if __name__ == "__main__":
    main()
