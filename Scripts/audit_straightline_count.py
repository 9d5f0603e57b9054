#!/usr/bin/env python3
"""Counts straight-lined forms (>= 10 answered questions, all one answer) in the Bình Định
sample independently of ParSurvey: the values AuditCommandTests pins (9 citizens' forms,
5 leaders' forms)."""
import csv, glob, unicodedata

def count(files, qids):
    n = 0
    for f in files:
        txt = open(f, encoding='utf-8-sig').read()
        d = max([',', ';', '\t'], key=txt.split('\n')[0].count)
        for r in csv.DictReader(txt.splitlines(), delimiter=d):
            a = [unicodedata.normalize('NFC', r[q].strip()).lower() for q in qids]
            a = [x for x in a if x != '']
            if len(a) >= 10 and len(set(a)) == 1:
                n += 1
    return n

print(count(sorted(glob.glob('Samples/binh-dinh-2021/citizens/*.csv')), ['q%d' % i for i in range(1, 23)]))
print(count(['Samples/binh-dinh-2021/leaders/leaders.csv'], ['l%d' % i for i in range(1, 18)]))
