#!/usr/bin/env python3
"""Straight-lined forms (>= 10 answered questions, all one answer) per batch file of the Bình
Định sample, independently of ParSurvey (the same rule as audit_straightline_count.py): the
per-batch counts AccountingExclusionTests pins for `run --exclude-flagged straightline.all`."""
import csv, glob, unicodedata

def count(f, qids):
    n = 0
    txt = open(f, encoding='utf-8-sig').read()
    d = max([',', ';', '\t'], key=txt.split('\n')[0].count)
    for r in csv.DictReader(txt.splitlines(), delimiter=d):
        a = [unicodedata.normalize('NFC', r[q].strip()).lower() for q in qids]
        a = [x for x in a if x != '']
        if len(a) >= 10 and len(set(a)) == 1:
            n += 1
    return n

for f in sorted(glob.glob('Samples/binh-dinh-2021/citizens/*.csv')):
    print(f, count(f, ['q%d' % i for i in range(1, 23)]))
print('Samples/binh-dinh-2021/leaders/leaders.csv', count('Samples/binh-dinh-2021/leaders/leaders.csv', ['l%d' % i for i in range(1, 18)]))
