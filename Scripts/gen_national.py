#!/usr/bin/env python3
"""Generates a synthetic national-scale manifest: every one of Vietnam's 3,321 commune-level
units (2,621 communes, 687 wards, 13 special zones; names synthetic) with about 100 citizen
forms and 5 leaders' forms each (about 332,000 + 16,600 forms), a register, an illustrative
scheme ranking communes, wards and special zones separately, and a self-assessment table.

    python3 Scripts/gen_national.py /tmp/national        # writes /tmp/national/survey.json and its files
    time .build/release/par-survey run /tmp/national --format csv --output /tmp/national/out.csv

numpy, fixed seed; the data is not committed (about 20 MB).
"""
import json
import os
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(out):
    rng = np.random.default_rng(20250701)
    os.makedirs(out, exist_ok=True)
    types = ["commune"] * 2621 + ["ward"] * 687 + ["special zone"] * 13
    n_units = len(types)
    ids = ["VN-%04d" % (i + 1) for i in range(n_units)]
    names = [("Xã mẫu %04d" if t == "commune" else "Phường mẫu %04d" if t == "ward" else "Đặc khu mẫu %04d") % (i + 1)
             for i, t in enumerate(types)]
    with open(os.path.join(out, "register.csv"), "w", encoding="utf-8") as f:
        f.write("id,name,type,parent,validFrom,validTo\n")
        for i, n, t in zip(ids, names, types):
            f.write("%s,%s,%s,,2025-07-01,\n" % (i, n, t))
    eff = rng.normal(1.2, 0.35, size=n_units)
    sizes = rng.integers(90, 111, size=n_units)
    unit_of = np.repeat(np.arange(n_units), sizes)
    n = unit_of.size
    latent = eff[unit_of][:, None] + rng.normal(0, 0.6, size=(n, 1)) + rng.logistic(0, 0.8, size=(n, 22))
    codes = 1 + (latent[..., None] > np.array([-2.6, -1.6, 0.0, 1.8])).sum(axis=-1)
    codes[rng.random((n, 22)) < 0.02] = 9
    text = codes.astype(str)
    text[rng.random((n, 22)) < 0.02] = ""
    with open(os.path.join(out, "citizens.csv"), "w", encoding="utf-8") as f:
        f.write("id,unit," + ",".join("q%d" % i for i in range(1, 23)) + "\n")
        lines = [("C%07d,%s," % (k + 1, ids[u])) + ",".join(row) for k, (u, row) in enumerate(zip(unit_of, text))]
        f.write("\n".join(lines) + "\n")
    m = 5
    lu = np.repeat(np.arange(n_units), m)
    ll = (eff[lu] - 0.9)[:, None] + rng.normal(0, 0.4, size=(lu.size, 1)) + rng.logistic(0, 0.6, size=(lu.size, 17))
    lev = np.array(["D", "C", "B", "A"])[(ll[..., None] > np.array([-2.4, -1.0, 0.3])).sum(axis=-1)]
    lev[rng.random(lev.shape) < 0.04] = "E"
    with open(os.path.join(out, "leaders.csv"), "w", encoding="utf-8") as f:
        f.write("id,unit,group," + ",".join("l%d" % i for i in range(1, 18)) + "\n")
        f.write("\n".join("L%06d,%s,%s,%s" % (k + 1, ids[u], "deputy" if k % m < 2 else "agency", ",".join(r))
                          for k, (u, r) in enumerate(zip(lu, lev))) + "\n")
    crit = [("1", 7), ("2", 5), ("3", 9), ("4", 6), ("5", 8), ("6", 5), ("7", 9), ("8", 6)]
    with open(os.path.join(out, "self-assessment.csv"), "w", encoding="utf-8") as f:
        f.write("unit,criterion,score,max\n")
        for i in range(n_units):
            for c, mx in crit:
                s = min(mx * 100, int(mx * 100 * rng.uniform(0.7, 0.98)))
                f.write("%s,%s,%d.%02d,%d\n" % (ids[i], c, s // 100, s % 100, mx))
    with open(os.path.join(ROOT, "Samples", "gia-lai-2025", "scheme.json"), encoding="utf-8") as f:
        scheme = json.load(f)
    scheme["id"] = "national-2025-illustrative"
    scheme["title"] = {"vi": "Chỉ số CCHC cấp xã toàn quốc (dữ liệu tổng hợp)", "en": "National commune PAR Index (synthetic)"}
    scheme["rankingGroups"] = [{"id": "xa", "title": {"vi": "Xã", "en": "Communes"}, "unitTypes": ["commune"]},
                               {"id": "phuong", "title": {"vi": "Phường", "en": "Wards"}, "unitTypes": ["ward"]},
                               {"id": "dac-khu", "title": {"vi": "Đặc khu", "en": "Special zones"}, "unitTypes": ["special zone"]}]
    with open(os.path.join(out, "scheme.json"), "w", encoding="utf-8") as f:
        json.dump(scheme, f, ensure_ascii=False, indent=2)
    manifest = {"title": {"vi": "Chỉ số CCHC cấp xã toàn quốc 2025 (dữ liệu tổng hợp)", "en": "National commune PAR Index 2025 (synthetic)"},
                "year": 2025, "scheme": "scheme.json", "register": "register.csv",
                "components": [
                    {"questionnaire": os.path.join(ROOT, "Questionnaires", "sipas-citizen.json"), "batches": ["citizens.csv"],
                     "columns": {"id": "id", "unit": "unit"}},
                    {"questionnaire": os.path.join(ROOT, "Questionnaires", "leaders.json"), "batches": ["leaders.csv"],
                     "columns": {"id": "id", "unit": "unit", "group": "group"}}],
                "selfAssessment": "self-assessment.csv"}
    with open(os.path.join(out, "survey.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
    print("%d units, %d citizen forms, %d leaders' forms -> %s" % (n_units, n, lu.size, out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/national")
