#!/usr/bin/env python3
"""Generates two synthetic samples that run on index schemes, unit registers and crosswalks,
and computes their expected results independently of par-survey (numpy; the questionnaire
scoring of Scripts/gen_samples.py):

  Samples/tay-son-communes-2021/  Tây Sơn district's own commune index for its 15 communes
                                  and towns (commune scheme, citizens, leaders, self-assessment)
  Samples/gia-lai-2025/           the merged Gia Lai province scoring its 135 communes and
                                  wards directly (illustrative 55/35/10 scheme, bonus and
                                  penalty, grade bands, ranking by unit type, a unit without
                                  leaders' forms rescaled, 2024 results of former Bình Định
                                  communes carried through a crosswalk)

    python3 Scripts/gen_index_samples.py           # write both samples, then check them
    python3 Scripts/gen_index_samples.py --check   # re-read the files, recompute, write expected.json

Everything is synthetic except the names of Tây Sơn's 15 communes and towns and of the five
new communes planned for Tây Sơn (DOMAIN.md; the final list is unverified). Fixed seeds: the
same bytes on every run.
"""
import argparse
import json
import os
import sys
from decimal import ROUND_HALF_UP, Decimal

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_samples import (TAY_SON_COMMUNES, Scorer, competition_ranks, csv_text, fmt_num, fold,  # noqa: E402
                         load_questionnaire, read_csv, write_text)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "Samples")
CIT_Q = "../../Questionnaires/sipas-citizen.json"
LEAD_Q = "../../Questionnaires/leaders.json"


def h(x):
    """Hundredths of a decimal text or Decimal."""
    return int(Decimal(str(x)) * 100)


def round_h(x, strict=True):
    """Unrounded points -> hundredths, half-up on the decimal text (as par-survey does).
    `strict`: the value must not sit on a rounding boundary (see `safe`)."""
    d = Decimal(repr(float(x))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert not strict or not near_boundary(float(x)), "points %r sit on a rounding boundary" % x
    return int(d * 100)


def fmt_h(v):
    return fmt_num(Decimal(v) / 100)


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------
# Drawing answers

def draw_citizens(rng, n, effect):
    """n forms of 22 answers: codes 1-5, 9 (don't know) or blank, from a latent model."""
    q_eff = np.linspace(0.3, -0.3, 22)
    latent = effect + rng.normal(0, 0.6, size=(n, 1)) + q_eff[None, :] + rng.logistic(0, 0.8, size=(n, 22))
    codes = 1 + (latent[..., None] > np.array([-2.6, -1.6, 0.0, 1.8])).sum(axis=-1)
    out = codes.astype(str).astype(object)
    out[rng.random((n, 22)) < 0.02] = "9"
    out[rng.random((n, 22)) < 0.02] = ""
    return out


def draw_leaders(rng, n, effect):
    latent = effect + rng.normal(0, 0.4, size=(n, 1)) + rng.logistic(0, 0.6, size=(n, 17))
    level = (latent[..., None] > np.array([-2.4, -1.0, 0.3])).sum(axis=-1)
    out = np.array(["D", "C", "B", "A"], dtype=object)[level]
    out[rng.random((n, 17)) < 0.04] = "E"
    out[rng.random((n, 17)) < 0.01] = ""
    return out


CIT_SCORER = Scorer(load_questionnaire("sipas-citizen.json"))
LEAD_SCORER = Scorer(load_questionnaire("leaders.json"))


def near_boundary(p):
    frac = abs(p * 100 - np.floor(p * 100))
    return abs(frac - 0.5) < 1e-6


def safe(draw, scorer, factor=1.0):
    """Redraws until the unit's points are clearly away from a rounding boundary: with a few
    forms, points such as 6.525 are exact in decimals and a last-bit difference between two
    correct programs would round them differently."""
    while True:
        a = draw()
        codes = np.array([[scorer.code_of(j, t) for j, t in enumerate(row)] for row in a], dtype=int)
        p = scorer.points_from(scorer.criterion_indices(codes))
        if not near_boundary(p) and not near_boundary(p * factor):
            return a


def self_rows(rng, criteria, level, subs=None):
    """(criterion, score, max) rows: each criterion scored around `level` of its max, 2 decimals."""
    rows = []
    for cid, mx in criteria:
        s = min(h(mx), max(0, int(round(h(mx) * min(1.0, level + rng.normal(0, 0.07))))))
        rows.append((cid, s, h(mx)))
        if subs and cid in subs:
            # split the score over the sub-criteria within their maxima
            left = s
            parts = []
            for k, (sid, smx) in enumerate(subs[cid]):
                if k == len(subs[cid]) - 1:
                    v = left
                else:
                    rest = sum(h(m) for _, m in subs[cid][k + 1:])
                    v = min(h(smx), max(left - rest, int(round(left * h(smx) / h(mx)))))
                parts.append((sid, v, h(smx)))
                left -= v
            assert left == 0 and all(0 <= v <= m for _, v, m in parts)
            rows += parts
    return rows


# ---------------------------------------------------------------------------------------
# Tây Sơn communes 2021

TS_DIR = os.path.join(SAMPLES, "tay-son-communes-2021")
TS_CRITERIA = [("1.1", 10), ("1.2", 4), ("1.3", 12), ("1.4", 7), ("1.5", 11), ("1.6", 4), ("1.7", 12)]
TS_SUBS = {"1.3": [("1.3.1", 3), ("1.3.2", 3), ("1.3.3", 6)]}


def ts_scheme():
    titles = {"1.1": ("Chỉ đạo, điều hành", "Direction and administration"),
              "1.2": ("Văn bản quy phạm pháp luật", "Legal documents"),
              "1.3": ("Cải cách thủ tục hành chính", "Administrative procedures"),
              "1.4": ("Cải cách bộ máy", "Organisation"),
              "1.5": ("Cải cách chế độ công vụ", "Civil service"),
              "1.6": ("Tài chính công", "Public finance"),
              "1.7": ("Chính quyền điện tử", "E-government")}
    sub_titles = {"1.3.1": ("Công khai thủ tục hành chính", "Publicity of procedures"),
                  "1.3.2": ("Bộ phận một cửa", "One-stop desk"),
                  "1.3.3": ("Kết quả giải quyết hồ sơ", "Results of handling files")}
    crit = []
    for cid, mx in TS_CRITERIA:
        c = {"id": cid, "title": {"vi": titles[cid][0], "en": titles[cid][1]}, "maxPoints": mx}
        if cid in TS_SUBS:
            c["criteria"] = [{"id": s, "title": {"vi": sub_titles[s][0], "en": sub_titles[s][1]}, "maxPoints": m}
                             for s, m in TS_SUBS[cid]]
        crit.append(c)
    return {
        "schemaVersion": 1,
        "id": "tay-son-2021-commune",
        "title": {"vi": "Chỉ số CCHC cấp xã, huyện Tây Sơn, năm 2021 (minh họa)",
                  "en": "Commune PAR Index, Tây Sơn district, 2021 (illustrative)"},
        "totalPoints": 100,
        "components": [
            {"id": "selfAssessment", "title": {"vi": "Kết quả tự đánh giá (thẩm định)", "en": "Appraised self-assessment"},
             "maxPoints": 60, "source": "selfAssessment"},
            {"id": "satisfaction", "title": {"vi": "Sự hài lòng của người dân, tổ chức", "en": "Citizen satisfaction"},
             "maxPoints": 30, "source": "satisfaction"},
            {"id": "leadership", "title": {"vi": "Đánh giá của lãnh đạo huyện", "en": "District leaders' assessment"},
             "maxPoints": 10, "source": "leadership"}],
        "criteria": crit,
        "missingComponent": "refuse",
        "rounding": {"places": 2, "mode": "halfUp"},
        "rankingGroups": [{"id": "xa-thi-tran", "title": {"vi": "Xã, thị trấn", "en": "Communes and towns"},
                           "unitTypes": ["commune", "town"]}],
    }


def gen_tay_son():
    rng = np.random.default_rng(20211230)
    units = [(("TS-%02d" % (i + 1)), name, eff) for i, (name, eff, _) in enumerate(TAY_SON_COMMUNES)]
    reg = [["tay-son", "Tây Sơn", "district", "", "", "2025-06-30"]]
    for uid, name, _ in units:
        reg.append([uid, name, "town" if name == "Phú Phong" else "commune", "tay-son", "", "2025-06-30"])
    write_text(os.path.join(TS_DIR, "register.csv"), csv_text(["id", "name", "type", "parent", "validFrom", "validTo"], reg))
    cit, lead, sa = [], [], []
    for k, (uid, name, eff) in enumerate(units):
        n = int(rng.integers(40, 81))
        a = safe(lambda: draw_citizens(rng, n, 1.3 + eff), CIT_SCORER)
        for i in range(n):
            cit.append(["%s-C%03d" % (uid, i + 1), name] + list(a[i]))
        m = int(rng.integers(8, 13))
        b = safe(lambda: draw_leaders(rng, m, 0.3 + 0.8 * eff), LEAD_SCORER)
        for i in range(m):
            lead.append(["%s-L%02d" % (uid, i + 1), uid, "district" if i % 3 else "party"] + list(b[i]))
        for cid, s, mx in self_rows(rng, TS_CRITERIA, 0.86 + 0.05 * eff, TS_SUBS if k % 2 == 0 else None):
            sa.append([name, cid, fmt_h(s), fmt_h(mx)])
    write_text(os.path.join(TS_DIR, "citizens.csv"), csv_text(["id", "commune"] + ["q%d" % i for i in range(1, 23)], cit))
    write_text(os.path.join(TS_DIR, "leaders.csv"), csv_text(["id", "unit", "group"] + ["l%d" % i for i in range(1, 18)], lead))
    write_text(os.path.join(TS_DIR, "self-assessment.csv"), csv_text(["unit", "criterion", "score", "max"], sa))
    write_text(os.path.join(TS_DIR, "scheme.json"), dumps(ts_scheme()))
    manifest = {
        "title": {"vi": "Chỉ số CCHC cấp xã năm 2021, huyện Tây Sơn (dữ liệu mẫu)",
                  "en": "Commune PAR Index 2021, Tây Sơn district (sample data)"},
        "year": 2021, "scheme": "scheme.json", "register": "register.csv",
        "components": [
            {"questionnaire": CIT_Q, "batches": ["citizens.csv"], "columns": {"id": "id", "unit": "commune"}},
            {"questionnaire": LEAD_Q, "batches": ["leaders.csv"], "columns": {"id": "id", "unit": "unit", "group": "group"}}],
        "selfAssessment": "self-assessment.csv",
    }
    write_text(os.path.join(TS_DIR, "survey.json"), dumps(manifest))


# ---------------------------------------------------------------------------------------
# Gia Lai 2025

GL_DIR = os.path.join(SAMPLES, "gia-lai-2025")
GL_CRITERIA = [("1", 7), ("2", 5), ("3", 9), ("4", 6), ("5", 8), ("6", 5), ("7", 9), ("8", 6)]
GL_SUBS = {"3": [("3.1", 3), ("3.2", 2), ("3.3", 4)]}
GL_TITLES = [("Công tác chỉ đạo, điều hành", "Direction and administration"),
             ("Xây dựng, thi hành văn bản", "Legal documents"),
             ("Cải cách thủ tục hành chính", "Administrative procedures"),
             ("Cải cách tổ chức bộ máy", "Organisation"),
             ("Cải cách chế độ công vụ", "Civil service"),
             ("Cải cách tài chính công", "Public finance"),
             ("Chính quyền điện tử, chính quyền số", "Digital government"),
             ("Thực hiện chính quyền địa phương hai cấp", "Two-tier local government")]
NEW_TAY_SON = ["Tây Sơn", "Bình Khê", "Bình Phú", "Bình Hiệp", "Bình An"]
# Illustrative crosswalk of the 15 old Tây Sơn communes into the 5 new ones (not the official
# mapping): Bình Khê is two old communes merged; Bình Thành is split 0.6 / 0.4 by population.
CROSSWALK = [("Phú Phong", "Tây Sơn", ""), ("Tây Xuân", "Tây Sơn", ""), ("Bình Nghi", "Tây Sơn", ""),
             ("Tây Thuận", "Bình Khê", ""), ("Tây Giang", "Bình Khê", ""),
             ("Vĩnh An", "Bình Phú", ""), ("Tây Bình", "Bình Phú", ""), ("Tây An", "Bình Phú", ""), ("Tây Phú", "Bình Phú", ""),
             ("Bình Tân", "Bình Hiệp", ""), ("Bình Thuận", "Bình Hiệp", ""), ("Bình Thành", "Bình Hiệp", "0.6"),
             ("Bình Tường", "Bình An", ""), ("Bình Hòa", "Bình An", ""), ("Tây Vinh", "Bình An", ""), ("Bình Thành", "Bình An", "0.4"),
             ("BD-VC-01", "GL-101", ""), ("BD-VC-01", "GL-102", "")]
NO_LEADERS = "GL-077"  # its leaders' forms were not returned: the 55 + 35 points are rescaled to 100


def gl_units():
    """(id, name, type) of the 135 new units: 110 communes (5 of them Tây Sơn's), 25 wards."""
    out = []
    for i in range(1, 136):
        uid = "GL-%03d" % i
        if i <= 5:
            out.append((uid, NEW_TAY_SON[i - 1], "commune"))
        elif i <= 110:
            out.append((uid, "Xã mẫu GL%03d" % i, "commune"))
        else:
            out.append((uid, "Phường mẫu GL%03d" % i, "ward"))
    return out


def gl_scheme():
    crit = []
    for (cid, mx), (vi, en) in zip(GL_CRITERIA, GL_TITLES):
        c = {"id": cid, "title": {"vi": vi, "en": en}, "maxPoints": mx}
        if cid in GL_SUBS:
            c["criteria"] = [{"id": "3.1", "title": {"vi": "Kiểm soát thủ tục hành chính", "en": "Control of procedures"}, "maxPoints": 3},
                             {"id": "3.2", "title": {"vi": "Công khai thủ tục hành chính", "en": "Publicity of procedures"}, "maxPoints": 2},
                             {"id": "3.3", "title": {"vi": "Giải quyết hồ sơ đúng hạn", "en": "Files handled on time"}, "maxPoints": 4}]
        crit.append(c)
    return {
        "schemaVersion": 1,
        "id": "gia-lai-2025-commune-illustrative",
        "title": {"vi": "Chỉ số CCHC cấp xã tỉnh Gia Lai năm 2025 (cơ cấu điểm minh họa)",
                  "en": "Commune PAR Index, Gia Lai province, 2025 (illustrative point split)"},
        "totalPoints": 100,
        "components": [
            {"id": "selfAssessment", "title": {"vi": "Kết quả tự đánh giá (thẩm định)", "en": "Appraised self-assessment"},
             "maxPoints": 55, "source": "selfAssessment"},
            {"id": "satisfaction", "title": {"vi": "Sự hài lòng của người dân, tổ chức", "en": "Citizen satisfaction"},
             "maxPoints": 35, "source": "satisfaction"},
            {"id": "leadership", "title": {"vi": "Đánh giá của đại biểu HĐND và lãnh đạo sở, ngành tỉnh",
                                           "en": "Provincial deputies' and agency leaders' assessment"},
             "maxPoints": 10, "source": "leadership"}],
        "criteria": crit,
        "adjustments": [
            {"id": "T1", "title": {"vi": "Điểm thưởng: sáng kiến, mô hình mới", "en": "Bonus: initiatives"}, "kind": "bonus", "maxPoints": 2},
            {"id": "P1", "title": {"vi": "Điểm trừ: vi phạm, chậm báo cáo", "en": "Penalty: breaches, late reports"}, "kind": "penalty", "maxPoints": 3}],
        "missingComponent": "rescale",
        "rounding": {"places": 2, "mode": "halfUp"},
        "grades": [
            {"id": "xuat-sac", "title": {"vi": "Xuất sắc", "en": "Excellent"}, "minimum": 90},
            {"id": "tot", "title": {"vi": "Tốt", "en": "Good"}, "minimum": 80},
            {"id": "kha", "title": {"vi": "Khá", "en": "Fair"}, "minimum": 70},
            {"id": "trung-binh", "title": {"vi": "Trung bình", "en": "Average"}, "minimum": 50},
            {"id": "yeu", "title": {"vi": "Yếu", "en": "Weak"}, "minimum": 0}],
        "rankingGroups": [
            {"id": "xa", "title": {"vi": "Xã, đặc khu", "en": "Communes, special zones"}, "unitTypes": ["commune", "special zone"]},
            {"id": "phuong", "title": {"vi": "Phường", "en": "Wards"}, "unitTypes": ["ward"]}],
    }


def gen_gia_lai():
    rng = np.random.default_rng(20251231)
    units = gl_units()
    reg = [["gia-lai", "Gia Lai", "province", "", "2025-07-01", ""],
           ["binh-dinh", "Bình Định", "province", "", "", "2025-06-30"],
           ["BD-TS", "Tây Sơn (huyện)", "district", "binh-dinh", "", "2025-06-30"],
           ["BD-VC", "Vân Canh (huyện)", "district", "binh-dinh", "", "2025-06-30"]]
    for uid, name, typ in units:
        reg.append([uid, name, typ, "gia-lai", "2025-07-01", ""])
    for i, (name, _, _) in enumerate(TAY_SON_COMMUNES):
        reg.append(["BD-TS-%02d" % (i + 1), name, "town" if name == "Phú Phong" else "commune", "BD-TS", "", "2025-06-30"])
    reg.append(["BD-VC-01", "Xã mẫu cũ VC01", "commune", "BD-VC", "", "2025-06-30"])
    write_text(os.path.join(GL_DIR, "register.csv"), csv_text(["id", "name", "type", "parent", "validFrom", "validTo"], reg))
    write_text(os.path.join(GL_DIR, "crosswalk.csv"), csv_text(["oldUnit", "newUnit", "share"], [list(r) for r in CROSSWALK]))

    # 2024: the old communes' results on their district's 2024 commune index (60/30/10), synthetic.
    prev = []
    old = [name for name, _, _ in TAY_SON_COMMUNES] + ["Xã mẫu cũ VC01"]
    pops = [p for _, _, p in TAY_SON_COMMUNES] + [3900]
    for name, pop in zip(old, pops):
        s = int(rng.integers(4700, 5700))
        sat = int(rng.integers(2300, 2800))
        ld = int(rng.integers(700, 900))
        prev.append([name, s, sat, ld, s + sat + ld, pop])
    ranks = competition_ranks([r[4] for r in prev[:15]]) + [1]
    write_text(os.path.join(GL_DIR, "previous-2024.csv"), csv_text(
        ["unit", "selfAssessment", "satisfaction", "leadership", "total", "rank", "population"],
        [[r[0], fmt_h(r[1]), fmt_h(r[2]), fmt_h(r[3]), fmt_h(r[4]), str(k), str(r[5])] for r, k in zip(prev, ranks)]))

    cit, lead, sa = [], [], []
    for k, (uid, name, typ) in enumerate(units):
        eff = rng.normal(0.45 if typ == "ward" else 0.3, 0.35)
        n = int(rng.integers(90, 201))
        a = safe(lambda: draw_citizens(rng, n, 1.0 + eff), CIT_SCORER, 35 / 30)
        for i in range(n):
            cit.append(["%s-C%03d" % (uid, i + 1), name] + list(a[i]))
        if uid != NO_LEADERS:
            m = int(rng.integers(4, 6))
            b = safe(lambda: draw_leaders(rng, m, 0.2 + eff), LEAD_SCORER)
            for i in range(m):
                # leaders' forms name the unit by its register id
                lead.append(["%s-L%d" % (uid, i + 1), uid, "deputy" if i < 2 else "agency"] + list(b[i]))
        for cid, s, mx in self_rows(rng, GL_CRITERIA, 0.8 + 0.1 * eff, GL_SUBS if k < 5 else None):
            sa.append([name, cid, fmt_h(s), fmt_h(mx)])
        if k % 9 == 2:
            sa.append([name, "T1", fmt_h(int(rng.integers(1, 9)) * 25), "2"])
        if k % 11 == 4:
            sa.append([name, "P1", fmt_h(int(rng.integers(1, 9)) * 25), ""])
    write_text(os.path.join(GL_DIR, "citizens.csv"), csv_text(["id", "unit"] + ["q%d" % i for i in range(1, 23)], cit))
    write_text(os.path.join(GL_DIR, "leaders.csv"), csv_text(["id", "unit", "group"] + ["l%d" % i for i in range(1, 18)], lead))
    write_text(os.path.join(GL_DIR, "self-assessment.csv"), csv_text(["unit", "criterion", "score", "max"], sa))
    write_text(os.path.join(GL_DIR, "scheme.json"), dumps(gl_scheme()))
    manifest = {
        "title": {"vi": "Chỉ số CCHC cấp xã năm 2025, tỉnh Gia Lai (dữ liệu mẫu)",
                  "en": "Commune PAR Index 2025, Gia Lai province (sample data)"},
        "year": 2025, "scheme": "scheme.json", "register": "register.csv", "crosswalk": "crosswalk.csv",
        "components": [
            {"questionnaire": CIT_Q, "batches": ["citizens.csv"], "columns": {"id": "id", "unit": "unit"}},
            {"questionnaire": LEAD_Q, "batches": ["leaders.csv"], "columns": {"id": "id", "unit": "unit", "group": "group"}}],
        "selfAssessment": "self-assessment.csv",
        "previous": "previous-2024.csv",
    }
    write_text(os.path.join(GL_DIR, "survey.json"), dumps(manifest))


# ---------------------------------------------------------------------------------------
# Checking: re-read the files and compute every unit's figures

def check_sample(folder):
    with open(os.path.join(folder, "survey.json"), encoding="utf-8") as f:
        man = json.load(f)
    with open(os.path.join(folder, man["scheme"]), encoding="utf-8") as f:
        scheme = json.load(f)
    year = man["year"]
    ref = "%d-12-31" % year
    _, reg, _, _ = read_csv(os.path.join(folder, man["register"]))

    def valid(r, date):
        return (r["validFrom"] == "" or r["validFrom"] <= date) and (r["validTo"] == "" or date <= r["validTo"])

    types = {}
    for g in scheme.get("rankingGroups", []):
        for t in g["unitTypes"]:
            types[fold(t)] = g["id"]
    units = [r for r in reg if valid(r, ref) and (not types or fold(r["type"]) in types)]
    name_of = {}
    for r in units:
        name_of[fold(r["id"])] = r["name"]
        name_of[fold(r["name"])] = r["name"]
    comp = {c["source"]: c for c in scheme["components"]}
    scorers = {}
    for c in man["components"]:
        q = load_questionnaire(os.path.basename(c["questionnaire"]))
        sc = Scorer(q)
        rows = []
        for b in c["batches"]:
            rows += read_csv(os.path.join(folder, b))[1]
        by = {}
        for r in rows:
            u = name_of[fold(r[c["columns"]["unit"]])]
            by.setdefault(u, []).append([sc.code_of(j, r.get(qid, "")) for j, qid in enumerate(sc.qids)])
        pts = {}
        for u, codes in by.items():
            crit = sc.criterion_indices(np.array(codes, dtype=int))
            p = sc.points_from(crit)  # on the questionnaire's maximum
            scheme_max = float(comp[q["component"]]["maxPoints"])
            if scheme_max != float(q["maxPoints"]):
                p = p * (scheme_max / float(q["maxPoints"]))
            pts[u] = (p, len(codes))
        scorers[q["component"]] = pts
    _, sa_rows, _, _ = read_csv(os.path.join(folder, man["selfAssessment"]))
    top = {c["id"] for c in scheme["criteria"]}
    adj = {a["id"]: (1 if a["kind"] == "bonus" else -1) for a in scheme.get("adjustments", [])}
    sa, bonus = {}, {}
    for r in sa_rows:
        u = name_of[fold(r["unit"])]
        if r["criterion"] in top:
            sa[u] = sa.get(u, 0) + h(r["score"])
        elif r["criterion"] in adj:
            bonus[u] = bonus.get(u, 0) + adj[r["criterion"]] * h(r["score"])
    total_max = h(scheme["totalPoints"])
    out = {}
    for r in units:
        u = r["name"]
        parts, present_max, missing = {}, 0, []
        if u in sa:
            parts["selfAssessment"] = sa[u]
            present_max += h(comp["selfAssessment"]["maxPoints"])
        else:
            missing.append("selfAssessment")
        for src in ("satisfaction", "leadership"):
            if src in comp and u in scorers.get(src, {}):
                parts[src] = round_h(scorers[src][u][0])
                present_max += h(comp[src]["maxPoints"])
            elif src in comp:
                missing.append(src)
        base = sum(parts.values())
        if missing:
            assert scheme["missingComponent"] == "rescale"
            base = int((Decimal(base) * total_max / present_max).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
        total = base + bonus.get(u, 0)
        grade = None
        for g in scheme.get("grades", []):
            if total >= h(g["minimum"]):
                grade = g["id"]
                break
        out[u] = {"unit": u, "id": r["id"], "type": r["type"], "rankGroup": types.get(fold(r["type"])),
                  "selfAssessment": parts.get("selfAssessment", 0), "satisfaction": parts.get("satisfaction", 0),
                  "leadership": parts.get("leadership", 0), "adjustment": bonus.get(u, 0), "total": total,
                  "grade": grade, "missing": missing,
                  "satisfactionPoints": scorers["satisfaction"][u][0] if u in scorers["satisfaction"] else None,
                  "leadershipPoints": scorers["leadership"][u][0] if u in scorers["leadership"] else None,
                  "citizens": scorers["satisfaction"].get(u, (0, 0))[1],
                  "leaders": scorers["leadership"].get(u, (0, 0))[1]}
    for g in {v["rankGroup"] for v in out.values()}:
        members = [u for u in out if out[u]["rankGroup"] == g]
        for u, k in zip(members, competition_ranks([out[u]["total"] for u in members])):
            out[u]["rank"] = k
            out[u]["of"] = len(members)
    # Previous year through the crosswalk: weights share x population, per component.
    if "crosswalk" in man:
        _, prev_rows, _, _ = read_csv(os.path.join(folder, man["previous"]))
        prev = {fold(r["unit"]): r for r in prev_rows}
        _, cw, _, _ = read_csv(os.path.join(folder, man["crosswalk"]))
        old_name = {fold(r["id"]): r["name"] for r in reg}
        old_name.update({fold(r["name"]): r["name"] for r in reg})
        links_per_old = {}
        for l in cw:
            links_per_old[fold(old_name[fold(l["oldUnit"])])] = links_per_old.get(fold(old_name[fold(l["oldUnit"])]), 0) + 1
        by_new = {}
        for l in cw:
            by_new.setdefault(name_of[fold(l["newUnit"])], []).append(l)
        for u, ls in by_new.items():
            if any(l["share"] == "" and links_per_old[fold(old_name[fold(l["oldUnit"])])] > 1 for l in ls):
                out[u]["previous"] = "notComparable"
                continue
            srcs = [(prev[fold(old_name[fold(l["oldUnit"])])], float(l["share"] or 1)) for l in ls]
            w = [s * float(p["population"]) for p, s in srcs]
            d = {}
            for key in ("selfAssessment", "satisfaction", "leadership"):
                v = sum(wi * h(p[key]) for wi, (p, _) in zip(w, srcs)) / sum(w)
                # same operations in the same order as par-survey: Σ w·x / Σ w / 100, then half-up
                d[key] = round_h(v / 100, strict=False)
            d["total"] = d["selfAssessment"] + d["satisfaction"] + d["leadership"]
            out[u]["previous"] = d
    return [out[r["name"]] for r in units]


def write_expected(folder, units, note):
    def pts(v):
        return float(Decimal(v) / 100)
    doc = {"note": note, "units": []}
    for u in units:
        e = {k: u[k] for k in ("unit", "id", "type", "rankGroup", "grade", "missing", "rank", "of", "citizens", "leaders")}
        for k in ("selfAssessment", "satisfaction", "leadership", "adjustment", "total"):
            e[k] = pts(u[k])
        e["satisfactionPoints"] = u["satisfactionPoints"]
        e["leadershipPoints"] = u["leadershipPoints"]
        if isinstance(u.get("previous"), dict):
            e["previous"] = {k: pts(v) for k, v in u["previous"].items()}
            e["previous"]["derived"] = True
        elif u.get("previous") == "notComparable":
            e["previous"] = {"notComparable": True}
        doc["units"].append(e)
    write_text(os.path.join(folder, "expected.json"), dumps(doc))
    return doc


def print_table(units, title):
    print(title)
    for u in sorted(units, key=lambda u: (u["rankGroup"] or "", u["rank"])):
        print("%-20s %-8s %3d/%-3d %6s %6s %6s %6s %7s %-10s %s" % (
            u["unit"], u["rankGroup"], u["rank"], u["of"], fmt_h(u["selfAssessment"]), fmt_h(u["satisfaction"]),
            fmt_h(u["leadership"]), fmt_h(u["adjustment"]), fmt_h(u["total"]), u["grade"] or "", u.get("previous", "")))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only check the written files")
    a = ap.parse_args(argv)
    if not a.check:
        gen_tay_son()
        gen_gia_lai()
    ts = check_sample(TS_DIR)
    assert len(ts) == 15 and sorted(u["unit"] for u in ts) == sorted(n for n, _, _ in TAY_SON_COMMUNES)
    write_expected(TS_DIR, ts, "Computed by Scripts/gen_index_samples.py from the files on disk (numpy), not by par-survey.")
    gl = check_sample(GL_DIR)
    assert len(gl) == 135
    assert all(90 <= u["citizens"] <= 200 for u in gl) and all(4 <= u["leaders"] <= 5 or u["id"] == NO_LEADERS for u in gl)
    assert [u["missing"] for u in gl if u["id"] == NO_LEADERS] == [["leadership"]]
    write_expected(GL_DIR, gl, "Computed by Scripts/gen_index_samples.py from the files on disk (numpy), not by par-survey.")
    print_table([u for u in gl if u["unit"] in NEW_TAY_SON or u["id"] in ("GL-101", "GL-102", NO_LEADERS)], "Gia Lai 2025 (selected)")
    print("citizens %d, leaders %d" % (sum(u["citizens"] for u in gl), sum(u["leaders"] for u in gl)))


if __name__ == "__main__":
    main()
