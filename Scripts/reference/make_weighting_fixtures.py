#!/usr/bin/env python3
"""Build the weighting test cases under Tests/ParSurveyTests/Fixtures/weighting/cases/.

    python3 Scripts/reference/make_weighting_fixtures.py [--gen ../shared/reference/gen.py]
    Rscript Scripts/reference/weights_reference.R Tests/ParSurveyTests/Fixtures/weighting/cases/*

The first command writes, per case, the inputs: `responses.csv` (gen.py output with a
`district` column added, 5 questions, perturbed design weights), the population files and
the weighting plans. The second computes the reference weights and diagnostics with R's
survey package (`reference-weights.csv`, `reference.json`). CI runs neither: it only reads
what they wrote.

Cases (seed, size): tiny (101, 50; 5 communes in 2 districts, 2 to 15 respondents a
commune), sparse (202, 300; 20 communes, commune C07 cut to a single respondent),
medium (303, 3000), large (404, 20000; fewer plans to keep the repository small).
numpy only; same output byte for byte on every run.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "ParSurveyTests", "Fixtures", "weighting", "cases")

# name: (seed, n, communes, districts, commune cut to one respondent or None)
CASES = {
    "tiny": (101, 50, 5, 2, None),
    "sparse": (202, 300, 20, 4, "C07"),
    "medium": (303, 3000, 15, 5, None),
    "large": (404, 20000, 40, 8, None),
}
LARGE_PLANS = {"ps", "rake_within", "trim_add_strict", "groups"}

GENDERS = ["Male", "Female"]
AGES = ["18-29", "30-44", "45-59", "60+"]


def int_split(total, shares):
    """Integer totals proportional to shares that sum exactly to total (as gen.py)."""
    raw = np.asarray(shares, dtype=float) * total / np.sum(shares)
    out = np.floor(raw).astype(np.int64)
    rem = int(total - out.sum())
    order = np.argsort(-(raw - out), kind="stable")
    out[order[:rem]] += 1
    return out


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def plans():
    """The weighting plans every case gets (file name -> plan)."""
    rake3 = {"step": "rake", "tolerance": 1e-10, "maxSweeps": 100, "margins": [
        {"variables": ["gender"], "totals": "../gender.csv"},
        {"variables": ["age_group"], "totals": "../age.csv"},
        {"variables": ["commune"], "totals": "../commune.csv"}]}
    rake_within = {"step": "rake", "withinUnit": True, "tolerance": 1e-10, "maxSweeps": 100, "margins": [
        {"variables": ["commune"], "totals": "../district-commune.csv"},
        {"variables": ["gender"], "totals": "../district-gender.csv"},
        {"variables": ["age_group"], "totals": "../district-age.csv"}]}
    trim = {"step": "trim", "bounds": "relativeToMean", "upper": 2.5}
    return {
        "ps": {"description": "postStratify(~commune)",
               "steps": [{"step": "postStratify", "cells": ["commune"], "totals": "../commune.csv"}]},
        "ps_within": {"description": "postStratify(~district+commune)",
                      "steps": [{"step": "postStratify", "cells": ["commune"], "withinUnit": True,
                                 "totals": "../district-commune.csv"}]},
        "rake": {"description": "rake(~gender, ~age_group, ~commune)", "steps": [rake3]},
        "rake_within": {"description": "rake(~district+commune, ~district+gender, ~district+age_group)",
                        "steps": [rake_within]},
        "rake_cross": {"description": "rake(~district+commune, ~district+gender+age_group)",
                       "steps": [{"step": "rake", "withinUnit": True, "tolerance": 1e-10, "maxSweeps": 100,
                                  "margins": [
                                      {"variables": ["commune"], "totals": "../district-commune.csv"},
                                      {"variables": ["gender", "age_group"],
                                       "totals": "../district-gender-age.csv"}]}]},
        "trim_add": {"description": "trimWeights(rake3, upper = 2.5 mean, strict = FALSE)",
                     "steps": [rake3, dict(trim, redistribution="additive", strict=False)]},
        "trim_add_strict": {"description": "trimWeights(rake3, lower = 0.4 mean, upper = 2.5 mean, strict = TRUE)",
                            "steps": [rake3, dict(trim, lower=0.4, redistribution="additive", strict=True)]},
        "trim_prop": {"description": "proportional trimming of rake3, lower 0.4 mean, upper 2.5 mean, strict",
                      "steps": [rake3, dict(trim, lower=0.4, redistribution="proportional", strict=True)]},
        "trim_prop_once": {"description": "proportional trimming of rake3, upper 2.5 mean, one pass",
                           "steps": [rake3, dict(trim, redistribution="proportional", strict=False)]},
        "trim_within": {"description": "rake within district, then trimWeights per district (upper 2.5 mean, strict)",
                        "steps": [rake_within, dict(trim, redistribution="additive", strict=True, withinUnit=True)]},
        "trim_rerake": {"description": "rake3, trimWeights(upper = 2.5 mean, strict = TRUE), rake3 again",
                        "steps": [rake3, dict(trim, redistribution="additive", strict=True, rerake=True)]},
        "groups": {"description": "group shares within district: citizen 0.6, business 0.25, official 0.15",
                   "steps": [{"step": "groupShares", "withinUnit": True,
                              "shares": {"citizen": 0.6, "business": 0.25, "official": 0.15}}]},
        "normalize": {"description": "rake within district, then weights summing to each district's sample size",
                      "steps": [rake_within, {"step": "normalize", "to": "sampleSize", "withinUnit": True}]},
    }


def build(name, gen):
    seed, n, C, D, cut = CASES[name]
    folder = os.path.join(OUT, name)
    os.makedirs(os.path.join(folder, "plans"), exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        resp, marg = os.path.join(tmp, "r.csv"), os.path.join(tmp, "m.csv")
        subprocess.run([sys.executable, gen, "--n", str(n), "--seed", str(seed), "--communes", str(C),
                        "--questions", "5", "--out", resp, "--margins", marg], check=True)
        with open(resp, newline="") as f:
            rows = list(csv.reader(f))
        with open(marg, newline="") as f:
            margins = list(csv.reader(f))[1:]
    header, rows = rows[0], rows[1:]
    rng = np.random.default_rng(seed + 7)
    communes = ["C%02d" % (i + 1) for i in range(C)]
    district_of = {c: "D%d" % (1 + (i * D) // C) for i, c in enumerate(communes)}
    ci, wi = header.index("commune"), header.index("weight")
    if cut is not None:
        keep, seen = [], False
        for r in rows:
            if r[ci] == cut:
                if seen:
                    continue
                seen = True
            keep.append(r)
        rows = keep
    # unequal design weights within communes, too
    factors = np.exp(rng.normal(0.0, 0.35, size=len(rows)))
    out = []
    for r, fct in zip(rows, factors):
        r = list(r)
        r[wi] = "%.6f" % (float(r[wi]) * fct)
        out.append(r[:1] + [district_of[r[ci]]] + r[1:])
    write_csv(os.path.join(folder, "responses.csv"), header[:1] + ["district"] + header[1:], out)

    pop = {v: [(lev, int(t)) for var, lev, t in margins if var == v] for v in ("gender", "age_group", "commune")}
    write_csv(os.path.join(folder, "gender.csv"), ["gender", "total"], pop["gender"])
    write_csv(os.path.join(folder, "age.csv"), ["age_group", "total"], pop["age_group"])
    write_csv(os.path.join(folder, "commune.csv"), ["commune", "total"], pop["commune"])
    write_csv(os.path.join(folder, "district-commune.csv"), ["district", "commune", "total"],
              [(district_of[c], c, t) for c, t in pop["commune"]])
    dg, da, dga = [], [], []
    for d in sorted(set(district_of.values())):
        total = sum(t for c, t in pop["commune"] if district_of[c] == d)
        gs = np.array([0.49, 0.51]) + rng.uniform(-0.03, 0.03) * np.array([1, -1])
        ag = np.array([0.28, 0.30, 0.24, 0.18]) * rng.uniform(0.8, 1.2, size=4)
        dg += [(d, g, int(t)) for g, t in zip(GENDERS, int_split(total, gs))]
        da += [(d, a, int(t)) for a, t in zip(AGES, int_split(total, ag))]
        cross = int_split(total, np.outer(gs, ag / ag.sum()).ravel())
        dga += [(d, g, a, int(cross[i * 4 + j])) for i, g in enumerate(GENDERS) for j, a in enumerate(AGES)]
    write_csv(os.path.join(folder, "district-gender.csv"), ["district", "gender", "total"], dg)
    write_csv(os.path.join(folder, "district-age.csv"), ["district", "age_group", "total"], da)
    write_csv(os.path.join(folder, "district-gender-age.csv"), ["district", "gender", "age_group", "total"], dga)

    for pname, plan in plans().items():
        if name == "large" and pname not in LARGE_PLANS:
            continue
        with open(os.path.join(folder, "plans", pname + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(plan, indent=2) + "\n")
    sys.stderr.write("%s: %d rows\n" % (name, len(out)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gen", default=os.path.join(os.path.dirname(ROOT), "shared", "reference", "gen.py"))
    ap.add_argument("cases", nargs="*", default=list(CASES))
    a = ap.parse_args()
    for c in a.cases:
        build(c, a.gen)


if __name__ == "__main__":
    main()
