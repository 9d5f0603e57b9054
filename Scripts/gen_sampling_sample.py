#!/usr/bin/env python3
"""Generates Samples/sampling-2025: a SYNTHETIC sampling frame for five communes of the
former Tây Sơn district (Gia Lai province from 1 July 2025; the commune list is unverified),
and, once the sample is drawn, the returned forms. Every name, id, phone number and answer
is made up. Deterministic (fixed seeds): re-running gives the same bytes.

Steps (from the repository root; docs/SAMPLING.md shows the output):

    python3 Scripts/gen_sampling_sample.py frame
    par-survey sample-size --frame Samples/sampling-2025/frame/transactions.csv --unit commune \
        --error 0.05 --format csv --output Samples/sampling-2025/sample/sizes.csv
    par-survey draw Samples/sampling-2025/frame/transactions.csv --id transactionId --unit commune \
        --strata field --sizes Samples/sampling-2025/sample/sizes.csv --reserve 0.1 --seed 20251206 \
        --output Samples/sampling-2025/sample/draw.csv
    python3 Scripts/gen_sampling_sample.py forms

`frame` writes frame/transactions.csv (completed one-stop-desk transactions of 2025),
populations/communes.csv (N per commune, for the weighting plan), self-assessment.csv and
leaders/leaders.csv (4–5 leader forms per commune, as in Gia Lai's 2025 plan). `forms` reads
sample/draw.csv and writes citizens/forms.csv: most drawn people answer, some do not and are
replaced from the reserve list, two forms come from people outside the sample and one row is
malformed (rejected), so `par-survey fieldwork` has something to show.
"""
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "Samples" / "sampling-2025"
COMMUNES = [  # commune, completed transactions in 2025 (synthetic), satisfaction level
    ("Tây Sơn", 1450, 0.86),
    ("Bình Khê", 820, 0.80),
    ("Bình Phú", 610, 0.83),
    ("Bình Hiệp", 430, 0.76),
    ("Bình An", 280, 0.81),
]
FIELDS = [("đất đai", 0.35), ("hộ tịch", 0.30), ("kinh doanh", 0.15), ("chính sách xã hội", 0.20)]
# how satisfied each procedure field leaves people, relative to the commune (makes design weights matter)
FIELD_SHIFT = {"đất đai": -0.12, "hộ tịch": 0.06, "kinh doanh": 0.02, "chính sách xã hội": 0.05}


def write(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def frame():
    rng = random.Random(2025)
    rows = []
    k = 0
    for commune, n, _ in COMMUNES:
        for _ in range(n):
            k += 1
            field = rng.choices([f for f, _ in FIELDS], [w for _, w in FIELDS])[0]
            day = rng.randrange(1, 336)
            month, dom = 1 + (day - 1) // 28, 1 + (day - 1) % 28
            rows.append([f"GL-2025-{k:05d}", commune, field, f"2025-{month:02d}-{dom:02d}", f"09{rng.randrange(10**8):08d}"])
    rng.shuffle(rows)  # the desk's export is in no useful order
    write(ROOT / "frame" / "transactions.csv", ["transactionId", "commune", "field", "completedOn", "phone"], rows)
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    write(ROOT / "populations" / "communes.csv", ["commune", "total"], [[c, counts[c]] for c, _, _ in COMMUNES])
    # self-assessment (60 points), synthetic
    crit = [("1.1", 10), ("1.2", 5), ("1.3", 10), ("1.4", 7), ("1.5", 11), ("1.6", 5), ("1.7", 12)]
    sa = []
    for commune, _, _ in COMMUNES:
        for c, mx in crit:
            sa.append([commune, c, f"{mx * rng.uniform(0.7, 0.98):.2f}".rstrip("0").rstrip("."), mx])
    write(ROOT / "self-assessment.csv", ["unit", "criterion", "score", "max"], sa)
    # leaders: 4–5 forms per commune (provincial deputies and agency leaders)
    lead = []
    k = 0
    for commune, _, _ in COMMUNES:
        for g in ["delegate", "delegate", "provincial", "provincial", "provincial"][: rng.choice([4, 5])]:
            k += 1
            lead.append([f"L-{k:03d}", commune, g] + [rng.choices("ABCDE", [45, 30, 12, 5, 8])[0] for _ in range(17)])
    write(ROOT / "leaders" / "leaders.csv", ["id", "unit", "group"] + [f"l{i}" for i in range(1, 18)], lead)


def answer(rng, p):
    if rng.random() < 0.03:
        return "9"
    return rng.choice("45") if rng.random() < p else rng.choice("123")


def forms():
    rng = random.Random(1206)
    level = {c: p for c, _, p in COMMUNES}
    draw = list(csv.DictReader(open(ROOT / "sample" / "draw.csv", encoding="utf-8")))
    main = [r for r in draw if r["reserve"] == "0"]
    reserve = {}
    for r in draw:
        if r["reserve"] != "0":
            reserve.setdefault((r["commune"], r["field"]), []).append(r)
    out = []
    k = 0

    def form(r, commune=None):
        nonlocal k
        k += 1
        c = commune or r["commune"]
        p = min(0.97, level[c] + FIELD_SHIFT[r["field"]])
        return [f"F-{k:05d}", r["transactionId"], c, r["field"], r["designWeight"]] + [answer(rng, p) for _ in range(22)]

    for r in main:
        # Bình Hiệp's fieldwork is behind: 60 % reached so far; elsewhere 88 %
        reached = 0.60 if r["commune"] == "Bình Hiệp" else 0.88
        if rng.random() < reached:
            out.append(form(r))
        else:
            spare = reserve.get((r["commune"], r["field"]), [])
            if spare and rng.random() < 0.5:
                out.append(form(spare.pop(0)))
    # two forms from people who were not drawn (an acquaintance of an official, a walk-in)
    out.append(form({"transactionId": "GL-2025-99901", "field": "đất đai", "designWeight": "1"}, "Bình Khê"))
    out.append(form({"transactionId": "GL-2025-99902", "field": "hộ tịch", "designWeight": "1"}, "Tây Sơn"))
    bad = form(main[0])
    bad[7] = "7"  # not an option of q3: rejected
    out.insert(10, bad)
    write(ROOT / "citizens" / "forms.csv",
          ["id", "transactionId", "commune", "field", "designWeight"] + [f"q{i}" for i in range(1, 23)], out)


if __name__ == "__main__":
    {"frame": frame, "forms": forms}[sys.argv[1] if len(sys.argv) > 1 else "frame"]()
