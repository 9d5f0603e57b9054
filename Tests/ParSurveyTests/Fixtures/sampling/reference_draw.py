"""An independent re-implementation of `par-survey draw` (xoshiro256** seeded by SplitMix64,
Lemire's bounded integers, partial Fisher-Yates per stratum; strata sorted by the UTF-8 bytes
of unit then stratum, members by the UTF-8 bytes of id) in plain Python integers, for
Tests/ParSurveyTests/Statistics/Sampling/DrawTests.swift. Run from this folder:
    python3 reference_draw.py > reference-draw.txt
It prints, for seed 20251206, given sizes (sizes-given.csv) and 1 reserve per stratum, each
stratum's sample (sorted by id) and reserve (in order of use)."""
import csv

M = (1 << 64) - 1


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M


class Xoshiro:
    def __init__(self, seed):
        x = seed
        s = []
        for _ in range(4):
            x = (x + 0x9E3779B97F4A7C15) & M
            z = x
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
            s.append(z ^ (z >> 31))
        self.s = s

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 17) & M
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def bounded(self, n):
        m = self.next() * n
        low = m & M
        if low < n:
            threshold = ((1 << 64) - n) % n
            while low < threshold:
                m = self.next() * n
                low = m & M
        return m >> 64


def key(s):
    return s.lower().encode("utf-8")


frame = list(csv.DictReader(open("frame.csv", encoding="utf-8")))
sizes = {(r["commune"], r["field"]): int(r["n"]) for r in csv.DictReader(open("sizes-given.csv", encoding="utf-8"))}
strata = {}
for r in frame:
    strata.setdefault((r["commune"], r["field"]), []).append(r["transactionId"])
rng = Xoshiro(20251206)
for st in sorted(strata, key=lambda k: (key(k[0]), key(k[1]))):
    members = sorted(strata[st], key=lambda s: s.encode("utf-8"))
    n = sizes[st]
    r = min(1, len(members) - n)
    for i in range(n + r):
        j = i + rng.bounded(len(members) - i)
        members[i], members[j] = members[j], members[i]
    sample = sorted(members[:n], key=lambda s: s.encode("utf-8"))
    print(f"{st[0]}|{st[1]}|sample={' '.join(sample)}|reserve={' '.join(members[n:n + r])}")
