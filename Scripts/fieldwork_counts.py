#!/usr/bin/env python3
"""Fieldwork counts of Samples/sampling-2025 straight from its files, independently of
ParSurvey: per commune, forms planned (drawn rows with reserve = 0), rows received in
citizens/forms.csv, and of those rows how many carry a transactionId drawn in the sample,
drawn in the reserve (reserve > 0), or not drawn at all; response rate = from sample / planned. The values
FieldworkReportSectionTests pins in the report's fieldwork section."""
import csv, collections

draw = list(csv.DictReader(open('Samples/sampling-2025/sample/draw.csv', encoding='utf-8')))
reserve = {r['transactionId']: r['reserve'] != '0' for r in draw}  # 0 drawn, k > 0 k-th reserve
planned = collections.Counter(r['commune'] for r in draw if r['reserve'] == '0')
rows = collections.Counter(); fromSample = collections.Counter(); fromReserve = collections.Counter(); outside = collections.Counter()
for f in csv.DictReader(open('Samples/sampling-2025/citizens/forms.csv', encoding='utf-8')):
    c = f['commune']; rows[c] += 1
    t = f['transactionId']
    if t not in reserve: outside[c] += 1
    elif reserve[t]: fromReserve[c] += 1
    else: fromSample[c] += 1
for c in planned:
    print(c, planned[c], rows[c], fromSample[c], fromReserve[c], outside[c], '%.1f%%' % (100 * fromSample[c] / planned[c]))
