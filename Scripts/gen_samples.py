#!/usr/bin/env python3
"""Generate and check the Bình Định 2021 sample survey (python3 + numpy only).

    python3 Scripts/gen_samples.py           # write Samples/binh-dinh-2021/, then run the checker
    python3 Scripts/gen_samples.py --check   # only re-read the written files and check them

Only Tây Sơn's published figures are real (self-assessment 50.39 by criterion group,
satisfaction 25.70, leaders 8.02, total 84.11, rank 4/11). Every answer, every other unit's
figure, the populations used for weighting and the 2020 table are synthetic.

Generation: for each unit, draw respondents from a latent-satisfaction model (fixed seed);
write the synthetic populations and the weighting plans; weight every respondent with the
plans (sample_weighting.py, numpy, independent of par-survey); then shift each unit's latent
scale by bisection so it lands near its planned points and edit single answers with
`tune_to_window` until the unrounded WEIGHTED points fall in the planned window
[plan - 0.005, plan + 0.005), as near its middle as single edits allow.

Check: parses the written files with nothing from the generator but the questionnaires
(separator from the header line, BOM, CRLF, quoted fields, codes or NFC/NFD labels), weights
them with the manifest's plans, scores them (weighted, and unweighted for comparison), prints
the table and Tây Sơn's per-commune indices, asserts Tây Sơn's published figures, and writes
`expected.json`.
"""
import argparse
import csv
import io
import json
import os
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

import numpy as np

from sample_weighting import PlanWeighting, kish

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUESTIONNAIRES = os.path.join(ROOT, "Questionnaires")
OUT = os.path.join(ROOT, "Samples", "binh-dinh-2021")
SEED = 20211231

# (unit, file slug, id prefix) in the manifest's order.
UNITS = [
    ("Quy Nhơn", "quy-nhon", "QN"),
    ("An Nhơn", "an-nhon", "AN"),
    ("Hoài Nhơn", "hoai-nhon", "HN"),
    ("An Lão", "an-lao", "AL"),
    ("Hoài Ân", "hoai-an", "HA"),
    ("Phù Mỹ", "phu-my", "PM"),
    ("Phù Cát", "phu-cat", "PC"),
    ("Tây Sơn", "tay-son", "TS"),
    ("Tuy Phước", "tuy-phuoc", "TP"),
    ("Vân Canh", "van-canh", "VC"),
    ("Vĩnh Thạnh", "vinh-thanh", "VT"),
]
URBAN = {"Quy Nhơn", "An Nhơn", "Hoài Nhơn"}  # city and towns: wards (phường)
TAY_SON = "Tây Sơn"
LABEL_BATCH = "Phù Mỹ"      # ';' separator, Vietnamese labels instead of codes, some NFD
BOM_CRLF_BATCH = "Hoài Nhơn"  # UTF-8 BOM, CRLF line endings, quoted commune field

# Planned published points (self-assessment, satisfaction, leadership). Tây Sơn's are the
# published 2021 figures; all others are synthetic, chosen so that totals spread over
# 78-89 and Tây Sơn ranks 4th with no tie.
PLAN = {
    "Quy Nhơn": ("53.45", "25.92", "8.19"),
    "An Nhơn": ("54.10", "26.48", "8.44"),
    "Hoài Nhơn": ("51.86", "25.31", "8.20"),
    "An Lão": ("47.40", "24.36", "7.55"),
    "Hoài Ân": ("48.05", "24.91", "7.68"),
    "Phù Mỹ": ("48.93", "25.06", "7.76"),
    "Phù Cát": ("50.12", "25.47", "7.87"),
    "Tây Sơn": ("50.39", "25.70", "8.02"),
    "Tuy Phước": ("49.74", "25.18", "7.98"),
    "Vân Canh": ("46.48", "24.18", "7.41"),
    "Vĩnh Thạnh": ("47.22", "24.02", "7.59"),
}
PUBLISHED_TAY_SON = {"selfAssessment": "50.39", "satisfaction": "25.70", "leadership": "8.02",
                     "total": "84.11", "rank": 4}

GROUPS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"]
GROUP_MAX = {"1.1": 10, "1.2": 5, "1.3": 10, "1.4": 7, "1.5": 11, "1.6": 5, "1.7": 12}
# Tây Sơn 2021 as published; 1.3.1-1.3.3 are in the report, 1.3.4 is the remainder of 1.3.
TAY_SON_SELF = [("1.1", "9.25", "10"), ("1.2", "5", "5"), ("1.3", "6.47", "10"),
                ("1.3.1", "0", "2"), ("1.3.2", "1", "1.5"), ("1.3.3", "2.97", "3"),
                ("1.3.4", "2.5", "3.5"), ("1.4", "6", "7"), ("1.5", "10.5", "11"),
                ("1.6", "3.5", "5"), ("1.7", "9.67", "12")]

# Tây Sơn's 15 communes and towns, with a latent satisfaction effect and an adult population
# (both synthetic). The two lowest effects follow the report's remarks on one-stop desks
# without a room or proper records. Populations differ tenfold while every commune gets
# about 20 interviews: weighting matters.
TAY_SON_COMMUNES = [
    ("Phú Phong", 0.10, 14800), ("Tây Thuận", -0.15, 2300), ("Tây Giang", -0.85, 6900),
    ("Vĩnh An", -1.05, 1500), ("Tây Xuân", 0.55, 6200), ("Bình Nghi", -0.20, 7100),
    ("Tây Bình", 0.05, 5400), ("Tây An", -0.25, 4900), ("Tây Phú", 0.30, 4200),
    ("Bình Tường", 0.20, 9800), ("Bình Tân", 0.05, 4400), ("Bình Thuận", 0.25, 5100),
    ("Bình Hòa", 0.15, 5600), ("Tây Vinh", 0.20, 5300), ("Bình Thành", 0.35, 5700),
]
GENDERS = ["Nam", "Nữ"]
AGE_GROUPS = ["18-29", "30-44", "45-59", "60+"]
LEADER_GROUPS = ["delegate", "provincial", "district"]

HALF_WINDOW = 0.005  # a published value v needs unrounded points in [v - 0.005, v + 0.005)

# Weighting (synthetic populations): citizens post-stratified to commune populations within
# each district and raked to commune and gender x age margins; leaders' groups given fixed
# shares of each unit's weight. The sample over-represents women and older people.
POP_SEED = SEED + 4
POP_GENDER = np.array([0.49, 0.51])
POP_AGE = np.array([0.27, 0.30, 0.25, 0.18])
LEADER_SHARES = {"delegate": 0.3, "provincial": 0.3, "district": 0.4}
CITIZEN_PLAN = "weighting/citizens.json"
LEADER_PLAN = "weighting/leaders.json"
COMMUNE_POPULATIONS = "populations/communes.csv"
GENDER_AGE_POPULATIONS = "populations/gender-age.csv"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(s):
    """Key used to compare labels, codes and unit names: NFC, trimmed, case-folded."""
    return nfc(s).strip().casefold()


def round2(x):
    """Round half-up to 2 decimals on the decimal text of x (84.105 -> 84.11)."""
    return Decimal(repr(float(x))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def competition_ranks(values):
    """Rank descending; ties share the best rank (1, 2, 2, 4)."""
    return [1 + sum(1 for w in values if w > v) for v in values]


def load_questionnaire(name):
    with open(os.path.join(QUESTIONNAIRES, name), encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------------------------------
# Scoring on integer-coded answers (generator side).
# Internal code of an answer = 1 + index of its option in the question's scale; 0 = blank.

class Scorer:
    """Scores a questionnaire on an (n, Q) array of internal codes, optionally weighted."""

    def __init__(self, q):
        self.q = q
        scales = {s["id"]: s for s in q["scales"]}
        self.questions = [x for e in q["elements"] for x in e["questions"]]
        self.qids = [x["id"] for x in self.questions]
        self.scales = [scales[x["scale"]] for x in self.questions]
        width = 1 + max(len(s["options"]) for s in self.scales)
        Q = len(self.questions)
        self.valid = np.zeros((Q, width))
        self.value = np.zeros((Q, width))
        for j, s in enumerate(self.scales):
            for k, o in enumerate(s["options"], start=1):
                if o.get("missing"):
                    continue
                self.valid[j, k] = 1.0
                if q["scoring"] == "shareSatisfied":
                    self.value[j, k] = 1.0 if o.get("satisfied") else 0.0
                else:
                    self.value[j, k] = float(o["credit"])
        self.qweight = np.array([float(x.get("weight", 1)) for x in self.questions])
        self.elements = []
        j = 0
        for e in q["elements"]:
            idx = np.arange(j, j + len(e["questions"]))
            j += len(e["questions"])
            self.elements.append((e["id"], float(e.get("weight", 1)), idx))
        self.points_per_q = None
        if any("points" in x for x in self.questions):
            self.points_per_q = np.array([float(x["points"]) for x in self.questions])
        self._cols = np.arange(Q)

    def code_of(self, j, token):
        """Internal code of a data token (code or vi/en label) for question j; 0 if blank."""
        key = fold(token)
        if key == "":
            return 0
        for k, o in enumerate(self.scales[j]["options"], start=1):
            if key in (fold(str(o["code"])), fold(o["label"]["vi"]), fold(o["label"]["en"])):
                return k
        raise ValueError("answer %r is not an option of %s" % (token, self.qids[j]))

    def criterion_indices(self, codes, weights=None):
        w = np.ones(codes.shape[0]) if weights is None else np.asarray(weights, float)
        valid = self.valid[self._cols, codes]
        value = self.value[self._cols, codes]
        den = w @ valid
        return (w @ value) / den

    def element_indices(self, crit):
        return np.array([np.average(crit[idx], weights=self.qweight[idx])
                         for _, _, idx in self.elements])

    def overall_index(self, crit):
        ew = np.array([wt for _, wt, _ in self.elements])
        return float(np.average(self.element_indices(crit), weights=ew))

    def points_from(self, crit):
        if self.points_per_q is not None:
            return float(self.points_per_q @ crit)
        return float(self.q["maxPoints"]) * self.overall_index(crit)

    def points(self, codes, weights=None):
        return self.points_from(self.criterion_indices(codes, weights))

    def neighbours(self):
        """Per question: (raise, lower) maps between adjacent valid options by value.

        Only moves that cross a value step change the score, e.g. Bình thường <-> Hài lòng
        for shareSatisfied, A <-> B <-> C <-> D for meanCredit."""
        out = []
        for j, s in enumerate(self.scales):
            ks = [k for k in range(1, len(s["options"]) + 1) if self.valid[j, k]]
            ks.sort(key=lambda k: self.value[j, k])
            up, down = [], []
            for a, b in zip(ks, ks[1:]):
                if self.value[j, b] > self.value[j, a]:
                    up.append((a, b))
                    down.append((b, a))
            out.append((up, down))
        return out


def tune_to_window(codes, score_fn, lo, hi, moves, max_steps=20000):
    """Edit single answers of `codes` in place until lo <= score_fn(codes) < hi.

    Deterministic greedy: at each step try every candidate edit from `moves(codes, d)`
    (d = +1 raises the score, -1 lowers it) and apply the one that brings the score
    closest to the window's middle; stop when no single edit gets closer. `score_fn`
    may close over respondent weights, so the same routine tunes weighted scores.
    Returns (final score, number of edits)."""
    target = (lo + hi) / 2.0
    s = score_fn(codes)
    steps = 0
    while steps < max_steps:
        gap = abs(target - s)
        best = None
        for i, j, new in moves(codes, 1 if target > s else -1):
            old = codes[i, j]
            codes[i, j] = new
            s2 = score_fn(codes)
            codes[i, j] = old
            if abs(target - s2) < gap - 1e-12 and (best is None or abs(target - s2) < best[0]):
                best = (abs(target - s2), i, j, new, s2)
        if best is None:
            break
        _, i, j, new, s = best
        codes[i, j] = new
        steps += 1
    if not lo <= s < hi:
        raise RuntimeError("tuning ended at %.6f outside [%.3f, %.3f)" % (s, lo, hi))
    return s, steps


def adjacent_moves(scorer, order, per_pair=2):
    """Candidate edits: for each question and each adjacent option pair, the first
    `per_pair` respondents (in the fixed order `order`) holding the source option."""
    nb = scorer.neighbours()

    def moves(codes, direction):
        out = []
        for j, (up, down) in enumerate(nb):
            col = codes[order, j]
            for src, dst in (up if direction > 0 else down):
                for r in np.flatnonzero(col == src)[:per_pair]:
                    out.append((int(order[r]), j, dst))
        return out
    return moves


def calibrate_shift(make_codes, score_fn, target, tol, lo=-6.0, hi=8.0, iters=60):
    """Bisection on the latent shift (scores are non-decreasing in it), stopped as soon as
    the score is within `tol` of the target: the last stretch is left to tune_to_window."""
    mid = (lo + hi) / 2.0
    for _ in range(iters):
        mid = (lo + hi) / 2.0
        s = score_fn(make_codes(mid))
        if abs(s - target) <= tol:
            break
        if s < target:
            lo = mid
        else:
            hi = mid
    return mid


def ordinal(latent, cuts):
    """1 + number of cut points below the latent value."""
    return 1 + (latent[..., None] > cuts).sum(axis=-1)


# ---------------------------------------------------------------------------------------
# Drawing the respondents

def draw_citizens(rng, unit, prefix, scorer, q_eff):
    """Respondents of one unit (communes, gender, age) and a function from a latent shift to
    answer codes. Tuning comes later, once the weights are known."""
    Q = len(scorer.qids)
    if unit == TAY_SON:
        sizes = rng.integers(18, 23, size=len(TAY_SON_COMMUNES))
        communes = [c for c, _, _ in TAY_SON_COMMUNES]
        c_eff = np.array([e for _, e, _ in TAY_SON_COMMUNES])
    else:
        kind = "Phường mẫu" if unit in URBAN else "Xã mẫu"
        m = 4
        communes = ["%s %s%d" % (kind, prefix, i + 1) for i in range(m)]
        if unit not in URBAN:
            communes[0] = "Thị trấn mẫu %s" % prefix
        n = int(rng.integers(250, 401))
        share = rng.dirichlet(np.full(m, 6.0))
        sizes = np.floor(share * n).astype(int)
        sizes[0] += n - sizes.sum()
        c_eff = rng.normal(0.0, 0.3, size=m)
    commune = np.repeat(np.arange(len(communes)), sizes)
    n = commune.size
    gender = rng.choice(2, size=n, p=[0.44, 0.56])
    age = rng.choice(4, size=n, p=[0.17, 0.33, 0.31, 0.19])
    person = rng.normal(0.0, 0.7, size=n) + np.array([-0.2, 0.0, 0.1, 0.2])[age]
    unit_q = q_eff + rng.normal(0.0, 0.12, size=Q)
    noise = rng.logistic(0.0, 0.8, size=(n, Q))
    base = (c_eff[commune] + person)[:, None] + unit_q[None, :] + noise
    dk_rate = np.where(np.arange(Q) >= 18, 0.05, 0.012)  # feedback items: more "don't know"
    dont_know = rng.random((n, Q)) < dk_rate[None, :]
    blank = rng.random((n, Q)) < 0.03
    cuts = np.array([-2.6, -1.6, 0.0, 1.8])
    dk_code = 1 + [o.get("missing", False) for o in scorer.scales[0]["options"]].index(True)

    def make_codes(shift):
        c = ordinal(base + shift, cuts)
        c[dont_know] = dk_code
        c[blank] = 0
        return c

    rows = {
        "id": ["%s-%04d" % (prefix, i + 1) for i in range(n)],
        "commune": [communes[c] for c in commune],
        "gender": [GENDERS[g] for g in gender],
        "age_group": [AGE_GROUPS[a] for a in age],
    }
    return {"rows": rows, "communes": communes, "make_codes": make_codes, "order": rng.permutation(n),
            "tol": 0.25}


def draw_leaders(rng, unit, prefix, scorer, q_eff):
    Q = len(scorer.qids)
    n = int(rng.integers(30, 61))
    group = rng.choice(3, size=n, p=[0.22, 0.33, 0.45])
    group.sort(kind="stable")
    g_eff = np.array([-0.25, -0.35, 0.45])  # district/commune leaders rate their unit higher
    person = rng.normal(0.0, 0.5, size=n)
    noise = rng.logistic(0.0, 0.6, size=(n, Q))
    base = (g_eff[group] + person)[:, None] + (q_eff + rng.normal(0.0, 0.1, size=Q))[None, :] + noise
    cannot = rng.random((n, Q)) < np.array([0.09, 0.04, 0.02])[group][:, None]
    blank = rng.random((n, Q)) < 0.01
    cuts = np.array([-2.4, -1.0, 0.3])  # D | C | B | A on the latent scale
    opts = scorer.scales[0]["options"]
    code_of = {o["code"]: k for k, o in enumerate(opts, start=1)}
    level_to_code = np.array([code_of["D"], code_of["C"], code_of["B"], code_of["A"]])

    def make_codes(shift):
        c = level_to_code[ordinal(base + shift, cuts) - 1]
        c[cannot] = code_of["E"]
        c[blank] = 0
        return c

    rows = {"id": ["L-%s-%03d" % (prefix, i + 1) for i in range(n)],
            "group": [LEADER_GROUPS[g] for g in group]}
    return {"rows": rows, "make_codes": make_codes, "order": rng.permutation(n), "tol": 0.1}


def tune(drawn, scorer, target_points, weights):
    """Answers whose WEIGHTED points fall in the window that rounds to `target_points`."""
    def score(c):
        return scorer.points(c, weights)
    make_codes = drawn["make_codes"]
    codes = make_codes(calibrate_shift(make_codes, score, target_points, tol=drawn["tol"]))
    final, steps = tune_to_window(codes, score, target_points - HALF_WINDOW,
                                  target_points + HALF_WINDOW, adjacent_moves(scorer, drawn["order"]))
    return codes, final, steps


def self_assessment_rows(rng, unit, total):
    """Group scores (2 decimals, within max) summing exactly to `total`."""
    if unit == TAY_SON:
        return TAY_SON_SELF
    deficit = int((Decimal(60) - Decimal(total)) * 100)  # in hundredths
    quarters, rest = divmod(deficit, 25)
    maxc = np.array([GROUP_MAX[g] * 100 for g in GROUPS])
    lost = np.zeros(len(GROUPS), dtype=int)
    share = maxc * rng.dirichlet(np.full(len(GROUPS), 4.0))  # bigger groups lose more
    share = share / share.sum()
    for _ in range(quarters):  # hand out quarter points one at a time, by share, within max
        room = (lost + 25 <= maxc)
        k = int(np.argmax(np.where(room, share * deficit - lost, -np.inf)))
        lost[k] += 25
    if rest:  # the odd hundredths go to a group that has fractional sub-scores
        k = next(i for i, g in enumerate(GROUPS) if g in ("1.7", "1.3") and lost[i] + rest <= maxc[i])
        lost[k] += rest
    out = []
    for g, l in zip(GROUPS, lost):
        score = (Decimal(GROUP_MAX[g] * 100 - int(l)) / 100)
        out.append((g, fmt_num(score), str(GROUP_MAX[g])))
    return out


def fmt_num(d):
    """Decimal without trailing zeros: 5, 10.5, 6.47."""
    d = Decimal(d).quantize(Decimal("0.01"))
    s = format(d, "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def previous_year(rng):
    rows = []
    for unit, _, _ in UNITS:
        s, sat, lead = (Decimal(x) for x in PLAN[unit])
        s = round2(float(s) + rng.uniform(-3.0, 1.5))
        sat = round2(min(29.5, float(sat) + rng.uniform(-1.2, 0.8)))
        lead = round2(min(9.8, float(lead) + rng.uniform(-0.5, 0.3)))
        rows.append([unit, s, sat, lead])
    # a tie, so that tools meet one: the 6th-placed unit's total copied to the 7th
    totals = [r[1] + r[2] + r[3] for r in rows]
    order = sorted(range(len(rows)), key=lambda i: -totals[i])
    a, b = order[5], order[6]
    rows[b][1] = totals[a] - rows[b][2] - rows[b][3]
    totals = [r[1] + r[2] + r[3] for r in rows]
    ranks = competition_ranks(totals)
    return [r + [t, k] for r, t, k in zip(rows, totals, ranks)]


# ---------------------------------------------------------------------------------------
# Writing

def write_text(path, text, bom=False, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def csv_text(header, rows, sep=","):
    for r in [header] + rows:
        for v in r:
            if any(ch in v for ch in (sep, '"', "\n", "\r")) and not (v.startswith('"') and v.endswith('"')):
                raise ValueError("field needs quoting: %r" % v)
    return "".join(sep.join(r) + "\n" for r in [header] + rows)


def int_split(total, shares):
    """Integer totals proportional to shares that sum exactly to total."""
    raw = np.asarray(shares, dtype=float) * total / np.sum(shares)
    out = np.floor(raw).astype(np.int64)
    rem = int(total - out.sum())
    out[np.argsort(-(raw - out), kind="stable")[:rem]] += 1
    return out


def write_weighting_files(unit_communes):
    """Synthetic adult populations (communes; gender x age per district) and the two plans."""
    prng = np.random.default_rng(POP_SEED)
    tay_son = {c: p for c, _, p in TAY_SON_COMMUNES}
    communes, cross = [], []
    for unit, names in unit_communes:
        pops = [tay_son[c] if unit == TAY_SON else int(prng.integers(15, 181)) * 100 for c in names]
        communes += [[unit, c, str(p)] for c, p in zip(names, pops)]
        gs = POP_GENDER + prng.uniform(-0.015, 0.015) * np.array([1, -1])
        ag = POP_AGE * prng.uniform(0.85, 1.15, size=4)
        split = int_split(sum(pops), np.outer(gs, ag / ag.sum()).ravel())
        cross += [[unit, g, a, str(int(split[i * 4 + j]))] for i, g in enumerate(GENDERS) for j, a in enumerate(AGE_GROUPS)]
    write_text(os.path.join(OUT, COMMUNE_POPULATIONS), csv_text(["district", "commune", "total"], communes))
    write_text(os.path.join(OUT, GENDER_AGE_POPULATIONS), csv_text(["district", "gender", "age_group", "total"], cross))
    citizens = {
        "description": "citizens: post-stratified to commune populations within each district, "
                       "raked to commune and gender × age margins within each district (synthetic populations)",
        "steps": [
            {"step": "postStratify", "cells": ["commune"], "withinUnit": True, "totals": "../" + COMMUNE_POPULATIONS},
            {"step": "rake", "withinUnit": True, "tolerance": 1e-10, "maxSweeps": 100, "margins": [
                {"variables": ["commune"], "totals": "../" + COMMUNE_POPULATIONS},
                {"variables": ["gender", "age_group"], "totals": "../" + GENDER_AGE_POPULATIONS}]},
        ],
    }
    leaders = {
        "description": "leaders: in each unit, delegates 30 %, provincial leaders 30 %, district and commune leaders 40 % of the weight",
        "steps": [{"step": "groupShares", "withinUnit": True, "shares": LEADER_SHARES}],
    }
    for path, plan in ((CITIZEN_PLAN, citizens), (LEADER_PLAN, leaders)):
        write_text(os.path.join(OUT, path), json.dumps(plan, ensure_ascii=False, indent=2) + "\n")


def generate():
    rng = np.random.default_rng(SEED)
    cit_q = load_questionnaire("sipas-citizen.json")
    lead_q = load_questionnaire("leaders.json")
    cit, led = Scorer(cit_q), Scorer(lead_q)
    cit_q_eff = rng.normal(0.0, 0.3, size=len(cit.qids))
    cit_q_eff[18:] -= 0.35  # feedback handling is the weakest element nationally
    led_q_eff = rng.normal(0.0, 0.3, size=len(led.qids))

    drawn = []
    for unit, _, prefix in UNITS:
        drawn.append((draw_citizens(rng, unit, prefix, cit, cit_q_eff), draw_leaders(rng, unit, prefix, led, led_q_eff)))

    # populations and plans, then the weights the plans give (they depend only on who was drawn)
    write_weighting_files([(unit, d["communes"]) for (unit, _, _), (d, _) in zip(UNITS, drawn)])
    cit_rows = [{"district": unit, "commune": c, "gender": g, "age_group": a}
                for (unit, _, _), (d, _) in zip(UNITS, drawn)
                for c, g, a in zip(d["rows"]["commune"], d["rows"]["gender"], d["rows"]["age_group"])]
    led_rows = [{"unit": unit, "group": g} for (unit, _, _), (_, d) in zip(UNITS, drawn) for g in d["rows"]["group"]]
    cit_w, _ = PlanWeighting(os.path.join(OUT, CITIZEN_PLAN), "district").apply(cit_rows)
    led_w, _ = PlanWeighting(os.path.join(OUT, LEADER_PLAN), "unit", "group").apply(led_rows)

    batches, leader_rows, table = [], [], []
    cpos = lpos = 0
    for (unit, slug, prefix), (dc, dl) in zip(UNITS, drawn):
        _, sat_plan, lead_plan = PLAN[unit]
        nc, nl = len(dc["rows"]["id"]), len(dl["rows"]["id"])
        codes, sat, sat_steps = tune(dc, cit, float(sat_plan), cit_w[cpos:cpos + nc])
        lcodes, lead, lead_steps = tune(dl, led, float(lead_plan), led_w[lpos:lpos + nl])
        cpos, lpos = cpos + nc, lpos + nl
        batches.append((unit, slug, dc["rows"], codes))
        leader_rows.append((unit, dl["rows"], lcodes))
        table.append((unit, sat, lead, nc, nl, sat_steps, lead_steps))

    # citizens/<slug>.csv
    header = ["id", "district", "commune", "gender", "age_group"] + cit.qids
    lab_rng = np.random.default_rng(SEED + 1)
    for unit, slug, rows, codes in batches:
        opts = cit.scales[0]["options"]
        labels = unit == LABEL_BATCH
        out = []
        for i in range(codes.shape[0]):
            answers = []
            for j in range(codes.shape[1]):
                k = codes[i, j]
                if k == 0:
                    answers.append("")
                elif labels:
                    lab = opts[k - 1]["label"]["vi"]
                    if lab_rng.random() < 0.3:
                        lab = unicodedata.normalize("NFD", lab)
                    answers.append(lab)
                else:
                    answers.append(str(opts[k - 1]["code"]))
            commune = rows["commune"][i]
            if unit == BOM_CRLF_BATCH:
                commune = '"%s"' % commune
            out.append([rows["id"][i], unit, commune, rows["gender"][i], rows["age_group"][i]] + answers)
        write_text(os.path.join(OUT, "citizens", slug + ".csv"),
                   csv_text(header, out, ";" if labels else ","),
                   bom=unit == BOM_CRLF_BATCH, crlf=unit == BOM_CRLF_BATCH)

    # leaders/leaders.csv
    opts = led.scales[0]["options"]
    out = []
    for unit, lrows, lcodes in leader_rows:
        for i in range(lcodes.shape[0]):
            out.append([lrows["id"][i], unit, lrows["group"][i]]
                       + ["" if k == 0 else opts[k - 1]["code"] for k in lcodes[i]])
    write_text(os.path.join(OUT, "leaders", "leaders.csv"),
               csv_text(["id", "unit", "group"] + led.qids, out))

    # self-assessment.csv
    sa_rng = np.random.default_rng(SEED + 2)
    out = []
    for unit, _, _ in UNITS:
        for crit, score, mx in self_assessment_rows(sa_rng, unit, PLAN[unit][0]):
            out.append([unit, crit, score, mx])
    write_text(os.path.join(OUT, "self-assessment.csv"),
               csv_text(["unit", "criterion", "score", "max"], out))

    # previous-2020.csv (synthetic)
    prev = previous_year(np.random.default_rng(SEED + 3))
    write_text(os.path.join(OUT, "previous-2020.csv"),
               csv_text(["unit", "selfAssessment", "satisfaction", "leadership", "total", "rank"],
                        [[u, "%.2f" % a, "%.2f" % b, "%.2f" % c, "%.2f" % t, str(k)]
                         for u, a, b, c, t, k in prev]))

    # survey.json
    manifest = {
        "title": {"vi": "Chỉ số CCHC năm 2021 tỉnh Bình Định (dữ liệu mẫu)",
                  "en": "PAR Index 2021, Bình Định province (sample data)"},
        "year": 2021,
        "units": [u for u, _, _ in UNITS],
        "components": [
            {"questionnaire": "../../Questionnaires/sipas-citizen.json",
             "batches": ["citizens/%s.csv" % s for _, s, _ in UNITS],
             "columns": {"id": "id", "unit": "district"},
             "weighting": CITIZEN_PLAN},
            {"questionnaire": "../../Questionnaires/leaders.json",
             "batches": ["leaders/leaders.csv"],
             "columns": {"id": "id", "unit": "unit", "group": "group"},
             "weighting": LEADER_PLAN},
        ],
        "selfAssessment": "self-assessment.csv",
        "previous": "previous-2020.csv",
    }
    write_text(os.path.join(OUT, "survey.json"),
               json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")

    print("generated (unrounded WEIGHTED survey points straight after tuning):")
    print("%-11s %9s %9s %9s %9s %6s %6s" % ("unit", "satisf.", "leaders", "n_cit", "n_lead", "edits", "edits"))
    for unit, sat, lead, nc, nl, e1, e2 in table:
        print("%-11s %9.4f %9.4f %9d %9d %6d %6d" % (unit, sat, lead, nc, nl, e1, e2))
    print()
    return {u: (s, l) for u, s, l, *_ in table}


# ---------------------------------------------------------------------------------------
# Checker: independent of the generator's data; reads only what is on disk.

def read_csv(path):
    """Rows of a CSV file as dicts: BOM, CRLF/LF, and ',' ';' or tab (from the header)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    first = text.split("\n", 1)[0]
    sep = max([",", ";", "\t"], key=first.count)
    rows = list(csv.reader(io.StringIO(text), delimiter=sep))
    header = [nfc(h).strip() for h in rows[0]]
    out = [dict(zip(header, r)) for r in rows[1:] if r]
    for i, r in enumerate(rows[1:], start=2):
        if r and len(r) != len(header):
            raise ValueError("%s:%d: %d fields, header has %d" % (path, i, len(r), len(header)))
    return header, out, sep, text


def score_component(scorer, rows, unit_col, units, weights):
    """Per unit: criterion indices, element indices, overall index, unrounded points (weighted)."""
    by_unit = {fold(u): u for u in units}
    codes = {u: [] for u in units}
    wts = {u: [] for u in units}
    for r, w in zip(rows, weights):
        u = by_unit[fold(r[unit_col])]
        codes[u].append([scorer.code_of(j, r.get(qid, "")) for j, qid in enumerate(scorer.qids)])
        wts[u].append(w)
    out = {}
    for u in units:
        c = np.array(codes[u], dtype=int)
        w = np.array(wts[u])
        crit = scorer.criterion_indices(c, w)
        out[u] = {"n": int(c.shape[0]), "crit": crit, "elem": scorer.element_indices(crit),
                  "overall": scorer.overall_index(crit), "points": scorer.points_from(crit),
                  "codes": c, "weights": w,
                  "unweightedPoints": scorer.points_from(scorer.criterion_indices(c))}
    return out


def check(generated=None):
    with open(os.path.join(OUT, "survey.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    units = [nfc(u) for u in manifest["units"]]
    comps = {}
    notes = []
    for comp in manifest["components"]:
        with open(os.path.normpath(os.path.join(OUT, comp["questionnaire"])), encoding="utf-8") as f:
            q = json.load(f)
        scorer = Scorer(q)
        rows, ids = [], set()
        for b in comp["batches"]:
            path = os.path.join(OUT, b)
            header, brows, sep, text = read_csv(path)
            raw = open(path, "rb").read()
            notes.append("%s: %d rows, sep %r%s%s, NFD cells %d" % (
                b, len(brows), sep, ", BOM" if raw.startswith(b"\xef\xbb\xbf") else "",
                ", CRLF" if b"\r\n" in raw else "",
                sum(1 for r in brows for v in r.values() if nfc(v) != v)))
            for r in brows:
                rid = r[comp["columns"]["id"]]
                if rid in ids:
                    raise AssertionError("duplicate id %s in %s" % (rid, b))
                ids.add(rid)
            rows += brows
        weights = np.ones(len(rows))
        if comp.get("weighting"):
            weights, steps = PlanWeighting(os.path.join(OUT, comp["weighting"]), comp["columns"]["unit"],
                                           comp["columns"].get("group")).apply(rows)
            notes.append("%s: %s" % (comp["weighting"], "; ".join(
                x["step"] + ("" if "sweeps" not in x else " (%d sweeps, margin error %.1e)" % (x["sweeps"], x["maxMarginError"]))
                for x in steps)))
        comps[q["component"]] = (q, scorer, score_component(scorer, rows, comp["columns"]["unit"], units, weights), rows,
                                 comp["columns"]["unit"], weights)

    # self-assessment: groups 1.1-1.7 and sub-criteria that must add up to their group
    _, sa_rows, _, _ = read_csv(os.path.join(OUT, manifest["selfAssessment"]))
    sa = {u: {} for u in units}
    for r in sa_rows:
        score, mx = Decimal(r["score"]), Decimal(r["max"])
        assert score == score.quantize(Decimal("0.01")) and Decimal(0) <= score <= mx, r
        sa[nfc(r["unit"])][r["criterion"]] = (score, mx)
    self_total = {}
    for u in units:
        groups = {k: v for k, v in sa[u].items() if k.count(".") == 1}
        assert sorted(groups) == GROUPS, (u, sorted(groups))
        assert sum(v[1] for v in groups.values()) == 60, u
        for g, (score, mx) in groups.items():
            subs = [v for k, v in sa[u].items() if k.startswith(g + ".")]
            if subs:
                assert sum(s for s, _ in subs) == score and sum(m for _, m in subs) == mx, (u, g)
        self_total[u] = sum(v[0] for v in groups.values())

    # previous year's table: total = sum of components, ranks from totals (ties share)
    _, prev, _, _ = read_csv(os.path.join(OUT, manifest["previous"]))
    assert sorted(nfc(r["unit"]) for r in prev) == sorted(units)
    prev_totals = [Decimal(r["total"]) for r in prev]
    for r, k in zip(prev, competition_ranks(prev_totals)):
        assert Decimal(r["selfAssessment"]) + Decimal(r["satisfaction"]) + Decimal(r["leadership"]) \
            == Decimal(r["total"]) and int(r["rank"]) == k, r

    sat = comps["satisfaction"][2]
    lead = comps["leadership"][2]
    table = {}
    for u in units:
        s_pts, l_pts = round2(sat[u]["points"]), round2(lead[u]["points"])
        table[u] = {"selfAssessment": self_total[u], "satisfaction": s_pts, "leadership": l_pts,
                    "total": self_total[u] + s_pts + l_pts}
    ranks = competition_ranks([table[u]["total"] for u in units])
    for u, k in zip(units, ranks):
        table[u]["rank"] = k

    # Tây Sơn: per commune overall index (weighted; within a commune the raking still moves weights)
    cq, cscorer, _, crows, ucol, cweights = comps["satisfaction"]
    ts_pairs = [(r, w) for r, w in zip(crows, cweights) if fold(r[ucol]) == fold(TAY_SON)]
    ts_rows = [r for r, _ in ts_pairs]
    communes = []
    for r in ts_rows:
        c = nfc(r["commune"]).strip()
        if c not in communes:
            communes.append(c)
    by_commune = {}
    for c in communes:
        mine = [(r, w) for r, w in ts_pairs if nfc(r["commune"]).strip() == c]
        codes = np.array([[cscorer.code_of(j, r.get(qid, "")) for j, qid in enumerate(cscorer.qids)]
                          for r, _ in mine], dtype=int)
        crit = cscorer.criterion_indices(codes, np.array([w for _, w in mine]))
        by_commune[c] = (codes.shape[0], cscorer.overall_index(crit), float(sum(w for _, w in mine)))

    # print
    for n in notes:
        print(n)
    print()
    print("weighted (the plans in the manifest); unweighted points for comparison")
    print("%-11s %6s %6s %8s %8s %6s %8s %5s  %10s %10s  %9s %9s  %6s" % (
        "unit", "n_cit", "n_lead", "self", "satisf.", "lead.", "total", "rank", "sat.index", "lead.pts",
        "unw.sat", "unw.lead", "deff"))
    for u in units:
        t = table[u]
        print("%-11s %6d %6d %8s %8s %6s %8s %5d  %10.6f %10.6f  %9.4f %9.4f  %6.3f" % (
            u, sat[u]["n"], lead[u]["n"], t["selfAssessment"], t["satisfaction"], t["leadership"],
            t["total"], t["rank"], sat[u]["overall"], lead[u]["points"], sat[u]["unweightedPoints"],
            lead[u]["unweightedPoints"], kish(sat[u]["weights"])["designEffect"]))
    print()
    print("Tây Sơn, weighted satisfaction overall index by commune:")
    for c in communes:
        n, idx, pop = by_commune[c]
        print("  %-11s n=%3d  population %6.0f  index %.4f  (points %.2f)" % (c, n, pop, idx, 30 * idx))
    print()

    # assertions
    ts = table[TAY_SON]
    for key in ("selfAssessment", "satisfaction", "leadership", "total"):
        assert ts[key] == Decimal(PUBLISHED_TAY_SON[key]), (key, ts[key])
    assert ts["rank"] == PUBLISHED_TAY_SON["rank"]
    assert sum(1 for u in units if table[u]["total"] > ts["total"]) == 3
    assert sum(1 for u in units if table[u]["total"] == ts["total"]) == 1
    margins = (sat[TAY_SON]["points"] - 25.70, lead[TAY_SON]["points"] - 8.02)
    assert all(abs(m) < 0.0035 for m in margins), margins
    for u in units:
        assert table[u]["satisfaction"] == Decimal(PLAN[u][1]) and table[u]["leadership"] == Decimal(PLAN[u][2]), u
        if generated is not None:
            assert abs(generated[u][0] - sat[u]["points"]) < 1e-9 and abs(generated[u][1] - lead[u]["points"]) < 1e-9, u
    check_nfc()
    print("checks passed: Tây Sơn %s + %s + %s = %s, rank %d/%d (unrounded survey points off "
          "the published value by %+.5f and %+.5f)" % (ts["selfAssessment"], ts["satisfaction"],
                                                     ts["leadership"], ts["total"], ts["rank"],
                                                     len(units), margins[0], margins[1]))

    # expected.json
    def f(d):
        return float(d)
    eid = [e["id"] for e in cq["elements"]]
    expected = {
        "note": "Written by `python3 Scripts/gen_samples.py --check` from the files alone. "
                "Weighted with the manifest's plans (weighting/*.json, computed by Scripts/sample_weighting.py, "
                "numpy, independently of par-survey). Criterion index: weighted shareSatisfied / meanCredit over "
                "valid answers (blank and missing options excluded). Points round half-up to 2 decimals; "
                "total = sum of the rounded components; rank by total, ties share the best rank. "
                "`unweighted` gives the points with every respondent counting 1; `weighting` Kish's design "
                "effect n Σw²/(Σw)² and effective sample size (Σw)²/Σw² per unit.",
        "units": {},
        "taySon": {
            "criterionIndex": {qid: float(v) for qid, v in zip(cscorer.qids, sat[TAY_SON]["crit"])},
            "leadershipMeanCredit": {qid: float(v) for qid, v in
                                     zip(comps["leadership"][1].qids, lead[TAY_SON]["crit"])},
            "communeOverallIndex": {c: by_commune[c][1] for c in communes},
            "communeRespondents": {c: by_commune[c][0] for c in communes},
            "communeSumOfWeights": {c: by_commune[c][2] for c in communes},
        },
    }
    for u in units:
        t = table[u]
        expected["units"][u] = {
            "selfAssessment": f(t["selfAssessment"]), "satisfaction": f(t["satisfaction"]),
            "leadership": f(t["leadership"]), "total": f(t["total"]), "rank": t["rank"],
            "satisfactionIndex": sat[u]["overall"], "satisfactionPoints": sat[u]["points"],
            "elementIndex": {e: float(v) for e, v in zip(eid, sat[u]["elem"])},
            "leadershipIndex": lead[u]["points"] / 10.0, "leadershipPoints": lead[u]["points"],
            "citizenRespondents": sat[u]["n"], "leaderRespondents": lead[u]["n"],
            "unweighted": {"satisfactionPoints": sat[u]["unweightedPoints"],
                           "leadershipPoints": lead[u]["unweightedPoints"]},
            "weighting": {"citizens": kish(sat[u]["weights"]), "leaders": kish(lead[u]["weights"])},
        }
    write_text(os.path.join(OUT, "expected.json"),
               json.dumps(expected, ensure_ascii=False, indent=2) + "\n")
    size = sum(os.path.getsize(os.path.join(d, x)) for d, _, fs in os.walk(os.path.join(ROOT, "Samples"))
               for x in fs)
    print("Samples/ total size: %d bytes" % size)


def check_nfc():
    """Every sample and questionnaire file is NFC, except the label batch's deliberate NFD labels."""
    label_file = dict((u, s) for u, s, _ in UNITS)[LABEL_BATCH] + ".csv"
    for top in (os.path.join(ROOT, "Samples"), QUESTIONNAIRES):
        for d, _, fs in os.walk(top):
            for x in fs:
                p = os.path.join(d, x)
                with open(p, encoding="utf-8-sig") as f:
                    text = f.read()
                if x == label_file:
                    assert nfc(text) != text, "label batch should carry some NFD labels"
                else:
                    assert nfc(text) == text, "%s is not NFC" % p


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only check the written files")
    a = ap.parse_args(argv)
    generated = None if a.check else generate()
    check(generated)


if __name__ == "__main__":
    main()
