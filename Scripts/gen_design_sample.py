#!/usr/bin/env python3
"""Samples/binh-dinh-2021-designs/: the Bình Định 2021 sample with its sampling design (issue 18).

    python3 Scripts/gen_design_sample.py

Copies Samples/binh-dinh-2021/ (answers, populations, self-assessment, previous year) and adds
only design columns, so every point estimate, score and rank is unchanged:
- citizens: `village` (interviews of a commune in consecutive blocks: 3 villages per commune,
  4 with 21 or more interviews), `communes_N` (the district's communes: all are in the sample, a
  census at stage 1) and `villages_N` (villages in the commune: 6 + commune number mod 5,
  synthetic); plan design block: strata = district, ids = commune + village,
  fpc = communes_N + villages_N (R: svydesign(ids = ~commune + village, strata = ~district,
  fpc = ~communes_N + villages_N)).
- leaders: `eligible` (synthetic: the unit's eligible deputies and leaders, 1.25 × the forms
  returned, rounded up); plan design block: strata = unit, fpc = eligible (rows sampled without
  replacement within the unit).
Deterministic (no random numbers): same bytes on every run.
"""
import csv, json, math, os, shutil, collections

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SRC = os.path.join(ROOT, "Samples", "binh-dinh-2021")
DST = os.path.join(ROOT, "Samples", "binh-dinh-2021-designs")


def read(path):
    """Rows of a sample CSV (the sample's files vary: BOM, ';' separator, CRLF) and its dialect."""
    with open(path, "rb") as f:
        raw = f.read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    first = text.split("\n", 1)[0]
    sep = ";" if ";" in first else ","
    crlf = first.endswith("\r")
    return list(csv.reader(text.splitlines(), delimiter=sep)), (bom, sep, crlf)


def write(path, rows, dialect=(False, ",", False)):
    bom, sep, crlf = dialect
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.writer(f, delimiter=sep, lineterminator="\r\n" if crlf else "\n")
        w.writerows(rows)


def main():
    if os.path.exists(DST):
        shutil.rmtree(DST)
    shutil.copytree(SRC, DST, ignore=shutil.ignore_patterns("expected.json"))
    # citizens
    for name in sorted(os.listdir(os.path.join(DST, "citizens"))):
        path = os.path.join(DST, "citizens", name)
        rows, dialect = read(path)
        head, body = rows[0], rows[1:]
        ci = head.index("commune")
        communes = list(dict.fromkeys(r[ci] for r in body))
        size = collections.Counter(r[ci] for r in body)
        seen = collections.Counter()
        out = [head[:ci + 1] + ["village", "communes_N", "villages_N"] + head[ci + 1:]]
        for r in body:
            c = r[ci]
            k = 4 if size[c] >= 21 else 3
            v = seen[c] * k // size[c] + 1
            seen[c] += 1
            number = communes.index(c) + 1
            out.append(r[:ci + 1] + ["T%d" % v, str(len(communes)), str(6 + number % 5)] + r[ci + 1:])
        write(path, out, dialect)
    # leaders
    path = os.path.join(DST, "leaders", "leaders.csv")
    rows, dialect = read(path)
    head, body = rows[0], rows[1:]
    ui = head.index("unit")
    n = collections.Counter(r[ui] for r in body)
    out = [head[:ui + 1] + ["eligible"] + head[ui + 1:]]
    for r in body:
        out.append(r[:ui + 1] + [str(math.ceil(1.25 * n[r[ui]]))] + r[ui + 1:])
    write(path, out, dialect)
    # plans
    for plan, design in (("citizens.json", {"strata": "district", "ids": ["commune", "village"], "fpc": ["communes_N", "villages_N"]}),
                         ("leaders.json", {"strata": "unit", "fpc": ["eligible"]})):
        p = os.path.join(DST, "weighting", plan)
        with open(p, encoding="utf-8") as f:
            j = json.load(f)
        j["description"] += "; sampling design: " + ("communes (all) then villages within communes" if plan == "citizens.json"
                                                     else "leaders drawn without replacement from the eligible")
        j["design"] = design
        with open(p, "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False, indent=2)
            f.write("\n")
    m = os.path.join(DST, "survey.json")
    with open(m, encoding="utf-8") as f:
        j = json.load(f)
    j["title"] = {k: v + (" — thiết kế mẫu" if k == "vi" else " — sampling design") for k, v in j["title"].items()}
    with open(m, "w", encoding="utf-8") as f:
        json.dump(j, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", DST)


if __name__ == "__main__":
    main()
