#!/usr/bin/env python3
"""Independent re-implementation of the rank simulation by the published rule
(Sources/ParSurveyScoring/Index/RankSimulation.swift), to check its figures.

    par-survey run FOLDER --format json --lang en > run.json
    python3 Scripts/reference/rank_simulation.py run.json FOLDER/survey.json [--seed 20211231] [--draws 10000]

Per draw, for each unit in the manifest's declared order and each survey component
(satisfaction, then leadership): u = ((xoshiro256** output >> 11) + 0.5) * 2^-53 (the
generator seeded by four SplitMix64 outputs), z = Phi^-1(u) (statistics.NormalDist.inv_cdf,
Wichura's AS 241), the drawn points x = estimate + SE * z rounded half-up to 2 decimals on
the shortest decimal text of x (decimal.ROUND_HALF_UP on repr(x)); the unit's total =
published total - published satisfaction - published leadership + the rounded draws
(hundredths); ranks by total, highest first, ties sharing a rank (competition ranking).
Rank interval: 5th and 95th percentiles of the simulated ranks (inverse empirical
distribution); P(rank) = share of draws with the published rank. Units whose total is
rescaled (a missing component) are not handled here.
"""
import json
import sys
from decimal import Decimal, ROUND_HALF_UP
from statistics import NormalDist

MASK = (1 << 64) - 1


def splitmix64(seed):
    x = seed
    while True:
        x = (x + 0x9E3779B97F4A7C15) & MASK
        z = x
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


class Xoshiro:
    def __init__(self, seed):
        g = splitmix64(seed)
        self.s = [next(g) for _ in range(4)]

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def open_unit(self):
        return ((self.next() >> 11) + 0.5) * 2.0 ** -53


def hundredths(x):
    return int(Decimal(repr(x)).scaleb(2).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def competition_ranks(totals):
    return [1 + sum(1 for v in totals if v > t) for t in totals]


def simulate(fixed, comps, draws, seed):
    """counts[k][r]: how many of `draws` draws put unit k at competition rank r. Unit k's
    total is fixed[k] hundredths plus, per component (estimate, SE), the published rounding
    of estimate + SE * z with z from the inverse normal of the next open-unit uniform."""
    inv = NormalDist().inv_cdf
    rng = Xoshiro(seed)
    n = len(fixed)
    counts = [[0] * (n + 1) for _ in range(n)]
    for _ in range(draws):
        totals = []
        for k in range(n):
            t = fixed[k]
            for est, se in comps[k]:
                z = inv(rng.open_unit())
                t += hundredths(est if se == 0 else est + se * z)
            totals.append(t)
        for k, r in enumerate(competition_ranks(totals)):
            counts[k][r] += 1
    return counts


def percentile_rank(c, p, draws):
    """The smallest rank r with at least ceil(p % of draws) draws at rank <= r."""
    need = (p * draws + 99) // 100
    cum = 0
    for r in range(1, len(c)):
        cum += c[r]
        if cum >= need:
            return r
    return len(c) - 1


def main():
    args = sys.argv[1:]
    seed, draws = 20211231, 10000
    if "--seed" in args:
        i = args.index("--seed"); seed = int(args[i + 1]); del args[i:i + 2]
    if "--draws" in args:
        i = args.index("--draws"); draws = int(args[i + 1]); del args[i:i + 2]
    run = json.load(open(args[0], encoding="utf-8"))
    order = json.load(open(args[1], encoding="utf-8"))["units"]
    by_name = {u["unit"]: u for u in run["units"]}
    units = [by_name[n] for n in order]
    h = lambda v: int(round(v * 100))
    fixed = [h(u["total"]) - h(u["satisfaction"]) - h(u["leadership"]) for u in units]
    comps = [[(u["satisfactionPoints"], u.get("satisfactionStandardError") or 0.0),
              (u["leadershipPoints"], u.get("leadershipStandardError") or 0.0)] for u in units]
    published = competition_ranks([h(u["total"]) for u in units])
    counts = simulate(fixed, comps, draws, seed)
    pct = lambda c, p: percentile_rank(c, p, draws)
    print("unit\trank\tinterval\tP(rank)")
    for k, u in enumerate(units):
        print(f"{u['unit']}\t{published[k]}\t{pct(counts[k], 5)}-{pct(counts[k], 95)}\t{counts[k][published[k]] / draws}")


if __name__ == "__main__":
    main()
