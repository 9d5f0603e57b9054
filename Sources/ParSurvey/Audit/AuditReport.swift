/// The audit as text, Markdown, CSV or JSON, in Vietnamese or English. CSV is one row per
/// flagged form (a unit-level flag is one row without a form); JSON names every flagged form
/// by respondent id, batch file and line.
public enum AuditReport {
    /// Renders one component's audit, with its exclusion and sensitivity when given.
    public static func render(
        _ audit: DataAudit, exclusion: AuditExclusion? = nil, sensitivity: [AuditSensitivity] = [],
        style: ReportStyle
    ) -> String {
        switch style.format {
        case .json: return JSONWriter.write(json(audit, exclusion: exclusion, sensitivity: sensitivity))
        case .csv: return csv(audit, style: style)
        case .table, .markdown: return text(audit, exclusion: exclusion, sensitivity: sensitivity, style: style)
        }
    }

    static func rule(_ r: AuditRule, _ style: ReportStyle) -> String { r.rawValue }

    static func severity(_ s: AuditSeverity, _ style: ReportStyle) -> String {
        switch s {
        case .high: return style.t("cao", "high")
        case .medium: return style.t("vừa", "medium")
        case .low: return style.t("thấp", "low")
        }
    }

    static func p(_ x: Double?, _ style: ReportStyle) -> String {
        guard let x else { return "" }
        if x < 1e-6 { return style.t("< 0,000001", "< 0.000001") }
        return style.number(x, places: 6)
    }

    /// Text or Markdown.
    static func text(_ audit: DataAudit, exclusion: AuditExclusion?, sensitivity: [AuditSensitivity], style: ReportStyle) -> String {
        let md = style.format == .markdown
        func heading(_ s: String) -> String { md ? "### \(s)\n\n" : "\(s)\n" }
        func table(_ t: TextTable) -> String { (md ? t.markdown() : t.text(width: style.width)) + "\n" }
        let input = audit.input
        let n = input.table.rowCount
        var out =
            (md ? "## " : "") + style.t("Kiểm tra chất lượng dữ liệu: ", "Data-quality audit: ")
            + audit.questionnaire.title.text(style.language) + "\n\n"
        out += style.t("Phiếu được kiểm tra: \(style.count(n))", "Forms audited: \(style.count(n))") + "\n"
        let cols = input.columnsUsed.map { "\($0.role) = \($0.column)" }.joined(separator: ", ")
        out +=
            style.t("Cột siêu dữ liệu: ", "Metadata columns: ")
            + (cols.isEmpty
                ? style.t("không có (bỏ qua quy tắc thời gian và điều tra viên)", "none (timing and interviewer rules skipped)") : cols)
            + "\n\n"
        let s = summaryTable(audit, style: style)
        out += heading(style.t("Tóm tắt", "Summary"))
        out += s.rows.isEmpty ? style.t("Không có cờ nào.\n\n", "No flags.\n\n") : table(s)
        let d = audit.duplicates
        out += heading(
            style.t("Trùng lặp: cặp phiếu khác nhau ở tối đa k câu", "Duplicates: pairs of forms differing in at most k answers"))
        out +=
            style.t(
                "k = \(d.k) (\(d.kFromData ? "chọn từ dữ liệu: k lớn nhất có số cặp kỳ vọng do ngẫu nhiên ≤ \(style.number(audit.options.chancePairBudget, places: 1))" : "do người dùng chọn")); \(style.count(d.eligible)) phiếu đủ điều kiện",
                "k = \(d.k) (\(d.kFromData ? "from the data: the largest k with at most \(style.number(audit.options.chancePairBudget, places: 1)) pair expected by chance" : "given")); \(style.count(d.eligible)) forms eligible"
            ) + "\n"
        var ct = TextTable(
            headers: [
                "k", style.t("Kỳ vọng (độc lập trong đơn vị)", "Expected (independence within unit)"),
                style.t("Kỳ vọng (độc lập theo mức hài lòng)", "Expected (independence given level)"), style.t("Quan sát", "Observed"),
            ],
            alignments: [.right, .right, .right, .right])
        for c in d.chance {
            ct.add([
                String(c.k), style.number(c.expected, places: 3), style.number(c.expectedGivenLevel, places: 3),
                c.observed.map(style.count) ?? "–",
            ])
        }
        out += table(ct)
        out += heading(style.t("Trả lời một kiểu theo đơn vị", "Straight-lining by unit"))
        var st = TextTable(
            headers: [
                style.t("Đơn vị", "Unit"), style.t("Phiếu", "Forms"), style.t("Cùng một mã", "All one code"),
                style.t("Chuỗi dài (≥ \(audit.straightLining.longRun))", "Long run (≥ \(audit.straightLining.longRun))"),
                style.t("Tỷ lệ", "Share"),
            ],
            alignments: [.left, .right, .right, .right, .right])
        for u in audit.straightLining.units {
            st.add([u.unit, style.count(u.forms), style.count(u.straightLined), style.count(u.longRuns), style.percent(u.share)])
        }
        out += table(st)
        if let iv = audit.interviewers {
            out += heading(
                style.t(
                    "Tương quan nội bộ điều tra viên (\(iv.column)), tỷ lệ hài lòng của phiếu",
                    "Intra-interviewer correlation (\(iv.column)), forms' satisfied share"))
            var it = TextTable(
                headers: [style.t("Đơn vị", "Unit"), style.t("Điều tra viên", "Interviewers"), style.t("Phiếu", "Forms"), "ρ"],
                alignments: [.left, .right, .right, .right])
            for c in iv.correlations {
                it.add([
                    c.unit ?? style.t("Chung", "Pooled"), style.count(c.interviewers), style.count(c.forms),
                    c.rho.map { style.number($0, places: 3) } ?? "–",
                ])
            }
            out += table(it)
            out += style.t(
                "Kiểm định Rao–Scott (mỗi điều tra viên so với phần còn lại của đơn vị): \(iv.tests) kiểm định, hiệu chỉnh Holm\n\n",
                "Rao–Scott tests (each interviewer against the rest of the unit): \(iv.tests) tests, Holm-corrected\n\n")
        }
        out += heading(style.t("Đơn vị: tỷ lệ hài lòng và độ phân tán", "Units: satisfied share and spread"))
        var ut = TextTable(
            headers: [
                style.t("Đơn vị", "Unit"), style.t("Phiếu", "Forms"), style.t("Tỷ lệ hài lòng", "Satisfied share"), "z", "SD", "z (SD)",
            ],
            alignments: [.left, .right, .right, .right, .right, .right])
        for u in audit.units.units {
            ut.add([
                u.unit, style.count(u.forms), style.percent(u.share), u.shareZ.map { style.number($0, places: 2) } ?? "–",
                style.number(u.spread, places: 3), u.spreadZ.map { style.number($0, places: 2) } ?? "–",
            ])
        }
        out += table(ut)
        if !audit.flags.isEmpty {
            out += heading(style.t("Cờ", "Flags"))
            var ft = TextTable(
                headers: [
                    style.t("Quy tắc", "Rule"), style.t("Mức", "Severity"), style.t("Đơn vị", "Unit"), style.t("Phiếu", "Forms"), "p",
                    style.t("Bằng chứng", "Evidence"),
                ],
                alignments: [.left, .left, .left, .left, .right, .left])
            for f in audit.flags {
                let ids = f.rows.prefix(3).map { r -> String in
                    let x = input.describe(r)
                    return "\(x.id) (\(x.file):\(x.line))"
                }
                let forms =
                    ids.joined(separator: "; ")
                    + (f.rows.count > 3 ? style.t(" … (\(f.rows.count) phiếu)", " … (\(f.rows.count) forms)") : "")
                ft.add([
                    rule(f.rule, style), severity(f.severity, style), f.unit ?? "", forms, p(f.pValue, style),
                    f.evidence.text(style.language),
                ])
            }
            out += table(ft)
        }
        if let e = exclusion {
            out += heading(style.t("Phiếu bị loại theo kiểm tra (--exclude-flagged)", "Forms excluded by the audit (--exclude-flagged)"))
            var et = TextTable(
                headers: [style.t("Tệp", "Batch"), style.t("Lý do", "Reason"), style.t("Phiếu", "Forms")],
                alignments: [.left, .left, .right])
            for c in e.counts { et.add([c.file, c.rule.rawValue, style.count(c.forms)]) }
            out += table(et)
            let t = BatchAccount.total(e.loaded.accounts)
            out +=
                style.t(
                    "Đọc \(style.count(t.read)) = nhận \(style.count(t.accepted)) + loại \(style.count(t.rejected)) + bỏ ra \(style.count(t.excluded))",
                    "Read \(style.count(t.read)) = accepted \(style.count(t.accepted)) + rejected \(style.count(t.rejected)) + excluded \(style.count(t.excluded))"
                ) + "\n\n"
        }
        for sens in sensitivity { out += sensitivityText(sens, style: style) }
        return out
    }

    /// Flags per rule and severity: flags and distinct forms.
    static func summaryTable(_ audit: DataAudit, style: ReportStyle) -> TextTable {
        var s = TextTable(
            headers: [style.t("Quy tắc", "Rule"), style.t("Mức", "Severity"), style.t("Cờ", "Flags"), style.t("Phiếu", "Forms")],
            alignments: [.left, .left, .right, .right])
        for c in audit.counts() { s.add([rule(c.rule, style), severity(c.severity, style), style.count(c.flags), style.count(c.forms)]) }
        return s
    }

    /// Each unit's points and rank with all forms and without the flagged ones.
    static func sensitivityTable(_ s: AuditSensitivity, style: ReportStyle) -> TextTable {
        var t = TextTable(
            headers: [
                style.t("Đơn vị", "Unit"), style.t("Điểm (mọi phiếu)", "Points (all forms)"),
                style.t("Điểm (bỏ phiếu bị cờ)", "Points (flagged out)"),
                style.t("Chênh", "Change"), style.t("Hạng trước", "Rank before"), style.t("Hạng sau", "Rank after"),
            ],
            alignments: [.left, .right, .right, .right, .right, .right])
        for r in s.rows {
            t.add([
                r.unit, r.before.map(style.points) ?? "–", r.after.map(style.points) ?? "–",
                r.change.map { ($0 > 0 ? "+" : "") + style.points($0) } ?? "–",
                r.rankBefore.map(String.init) ?? "–", r.rankAfter.map(String.init) ?? "–",
            ])
        }
        return t
    }

    /// The report's audit section: per component, its flags (and the forms left out), then
    /// the index with and without the flagged forms.
    public static func sections(_ audits: [(audit: DataAudit, exclusion: AuditExclusion)], sensitivity: AuditSensitivity) -> [TableSection]
    {
        let vi = ReportStyle(format: .markdown, language: .vi)
        let en = ReportStyle(format: .markdown, language: .en)
        var out: [TableSection] = []
        for (audit, ex) in audits {
            let left = ex.counts.reduce(0) { $0 + $1.forms }
            let rules = Set(ex.counts.map(\.rule)).sorted().map(\.rawValue).joined(separator: ", ")
            out.append(
                TableSection(
                    title: audit.questionnaire.title,
                    heading: LocalizedText(
                        vi: "Cờ theo quy tắc và mức (docs/AUDIT.md); \(vi.count(audit.input.table.rowCount)) phiếu được kiểm tra",
                        en: "Flags by rule and severity (docs/AUDIT.md); \(en.count(audit.input.table.rowCount)) forms audited"),
                    tableVI: summaryTable(audit, style: vi), tableEN: summaryTable(audit, style: en),
                    outside: LocalizedText(
                        vi: "Bỏ ra \(vi.count(left)) phiếu bị cờ" + (rules.isEmpty ? "" : " (\(rules))") + ".",
                        en: "\(en.count(left)) flagged forms left out" + (rules.isEmpty ? "" : " (\(rules))") + ".")))
        }
        out.append(
            TableSection(
                title: LocalizedText(vi: "Độ nhạy của chỉ số", en: "Sensitivity of the index"),
                heading: LocalizedText(
                    vi: "Tổng điểm và hạng với mọi phiếu và khi bỏ các phiếu bị cờ",
                    en: "Total points and rank with all forms and with the flagged forms left out"),
                tableVI: sensitivityTable(sensitivity, style: vi), tableEN: sensitivityTable(sensitivity, style: en),
                outside: LocalizedText(vi: "", en: "")))
        return out
    }

    /// The sensitivity table (with and without the flagged forms).
    public static func sensitivityText(_ s: AuditSensitivity, style: ReportStyle) -> String {
        let md = style.format == .markdown
        let t = sensitivityTable(s, style: style)
        let title = style.t("Độ nhạy: ", "Sensitivity: ") + s.title.text(style.language)
        return (md ? "### \(title)\n\n" + t.markdown() : "\(title)\n" + t.text(width: style.width)) + "\n"
    }

    /// CSV: one row per flagged form.
    static func csv(_ audit: DataAudit, style: ReportStyle) -> String {
        var t = TextTable(headers: [
            "rule", "severity", "unit", "subject", "id", "file", "line", "count", "pValue", "statistic", "evidence",
        ])
        for f in audit.flags {
            let common = [f.rule.rawValue, f.severity.rawValue, f.unit ?? "", f.subject ?? ""]
            let tail = [
                f.count.map(String.init) ?? "", f.pValue.map { String($0) } ?? "", f.statistic.map { String($0) } ?? "",
                f.evidence.text(style.language),
            ]
            if f.rows.isEmpty { t.add(common + ["", "", ""] + tail) }
            for r in f.rows {
                let x = audit.input.describe(r)
                t.add(common + [x.id, x.file, String(x.line)] + tail)
            }
        }
        return t.csv()
    }

    /// JSON: summary, rule tables, every flag with its forms.
    public static func json(_ audit: DataAudit, exclusion: AuditExclusion? = nil, sensitivity: [AuditSensitivity] = []) -> JSONValue {
        let input = audit.input
        func form(_ r: Int) -> JSONValue {
            let x = input.describe(r)
            return .object([("id", .string(x.id)), ("file", .string(x.file)), ("line", JSONWriter.int(x.line))])
        }
        func opt(_ x: Double?) -> JSONValue { x.map { JSONWriter.number($0) } ?? .null }
        let o = audit.options
        var pairs: [(key: String, value: JSONValue)] = [
            ("questionnaire", .string(audit.questionnaire.id)),
            ("forms", JSONWriter.int(input.table.rowCount)),
            ("columns", .object(input.columnsUsed.map { ($0.role, .string($0.column)) })),
            (
                "thresholds",
                .object([
                    ("nearDifferences", JSONWriter.int(audit.duplicates.k)), ("nearDifferencesFromData", .bool(audit.duplicates.kFromData)),
                    ("chancePairBudget", JSONWriter.number(o.chancePairBudget)),
                    ("duplicateMinAnsweredShare", JSONWriter.number(o.duplicateMinAnsweredShare)),
                    ("duplicateMinMinority", JSONWriter.int(o.duplicateMinMinority)),
                    ("straightLineMinAnswered", JSONWriter.int(o.straightLineMinAnswered)),
                    ("longRun", JSONWriter.int(audit.straightLining.longRun)),
                    ("minSecondsPerQuestion", JSONWriter.number(o.minSecondsPerQuestion)), ("burstForms", JSONWriter.int(o.burstForms)),
                    ("unitBurstForms", JSONWriter.int(o.unitBurstForms)), ("burstMinutes", JSONWriter.number(o.burstMinutes)),
                    ("period", o.period.map { .string(AuditTime.format($0.lowerBound) + ".." + AuditTime.format($0.upperBound)) } ?? .null),
                    ("interviewerAlpha", JSONWriter.number(o.interviewerAlpha)),
                    ("interviewerMinForms", JSONWriter.int(o.interviewerMinForms)),
                    ("interviewerCorrelation", JSONWriter.number(o.interviewerCorrelationThreshold)),
                    ("unitShare", JSONWriter.number(o.unitShareThreshold)), ("unitRobustZ", JSONWriter.number(o.unitRobustZ)),
                ])
            ),
            (
                "summary",
                .array(
                    audit.counts().map { c in
                        .object([
                            ("rule", .string(c.rule.rawValue)), ("severity", .string(c.severity.rawValue)),
                            ("flags", JSONWriter.int(c.flags)), ("forms", JSONWriter.int(c.forms)),
                        ])
                    })
            ),
            (
                "duplicates",
                .object([
                    ("eligible", JSONWriter.int(audit.duplicates.eligible)),
                    (
                        "chance",
                        .array(
                            audit.duplicates.chance.map { c in
                                .object([
                                    ("k", JSONWriter.int(c.k)), ("expected", JSONWriter.number(c.expected)),
                                    ("expectedGivenLevel", JSONWriter.number(c.expectedGivenLevel)),
                                    ("observed", c.observed.map(JSONWriter.int) ?? .null),
                                ])
                            })
                    ),
                ])
            ),
            (
                "straightLining",
                .array(
                    audit.straightLining.units.map { u in
                        .object([
                            ("unit", .string(u.unit)), ("forms", JSONWriter.int(u.forms)),
                            ("straightLined", JSONWriter.int(u.straightLined)),
                            ("longRuns", JSONWriter.int(u.longRuns)), ("share", JSONWriter.number(u.share)),
                        ])
                    })
            ),
            (
                "interviewers",
                audit.interviewers.map { iv in
                    .object([
                        ("column", .string(iv.column)), ("tests", JSONWriter.int(iv.tests)),
                        (
                            "correlations",
                            .array(
                                iv.correlations.map { c in
                                    .object([
                                        ("unit", c.unit.map { .string($0) } ?? .null), ("interviewers", JSONWriter.int(c.interviewers)),
                                        ("forms", JSONWriter.int(c.forms)), ("rho", opt(c.rho)),
                                    ])
                                })
                        ),
                    ])
                } ?? .null
            ),
            (
                "units",
                .array(
                    audit.units.units.map { u in
                        .object([
                            ("unit", .string(u.unit)), ("forms", JSONWriter.int(u.forms)), ("share", JSONWriter.number(u.share)),
                            ("shareZ", opt(u.shareZ)), ("spread", JSONWriter.number(u.spread)), ("spreadZ", opt(u.spreadZ)),
                        ])
                    })
            ),
            (
                "flags",
                .array(
                    audit.flags.map { f in
                        .object([
                            ("rule", .string(f.rule.rawValue)), ("severity", .string(f.severity.rawValue)),
                            ("unit", f.unit.map { .string($0) } ?? .null), ("subject", f.subject.map { .string($0) } ?? .null),
                            ("count", f.count.map(JSONWriter.int) ?? .null), ("pValue", opt(f.pValue)), ("statistic", opt(f.statistic)),
                            ("evidence", .object([("vi", .string(f.evidence.vi)), ("en", .string(f.evidence.en))])),
                            ("forms", .array(f.rows.map(form))), ("related", .array(f.relatedRows.map(form))),
                        ])
                    })
            ),
        ]
        if let e = exclusion {
            pairs.append(
                (
                    "excluded",
                    .object([
                        (
                            "reasons",
                            .array(
                                e.counts.map {
                                    .object([
                                        ("file", .string($0.file)), ("rule", .string($0.rule.rawValue)),
                                        ("forms", JSONWriter.int($0.forms)),
                                    ])
                                })
                        ),
                        ("accounting", AccountingReport.json(e.loaded.accounts)),
                    ])
                ))
        }
        if !sensitivity.isEmpty {
            pairs.append(
                (
                    "sensitivity",
                    .array(
                        sensitivity.map { s in
                            .object([
                                ("title", .string(s.title.en)),
                                (
                                    "units",
                                    .array(
                                        s.rows.map { r in
                                            .object([
                                                ("unit", .string(r.unit)), ("before", JSONWriter.hundredths(r.before)),
                                                ("after", JSONWriter.hundredths(r.after)),
                                                ("rankBefore", r.rankBefore.map(JSONWriter.int) ?? .null),
                                                ("rankAfter", r.rankAfter.map(JSONWriter.int) ?? .null),
                                            ])
                                        })
                                ),
                            ])
                        })
                ))
        }
        return .object(pairs)
    }
}
