import ParSurveyIO
import ParSurveyScoring
import ParSurveyStatistics
extension ComparisonReport {
    /// CSV: one row per question and group (group `*` = everyone), weighted counts and row
    /// percentages per category code, missing answers, the share with its interval, the
    /// difference test, and the question's Rao–Scott test repeated on each of its rows.
    static func csv(_ r: ComparisonResult) -> TextTable {
        var codes: [String] = []
        for q in r.questions { for c in q.crosstab.categories where !codes.contains(c.code) { codes.append(c.code) } }
        var headers = ["question", "group", "respondents", "answered", "answeredWeighted", "missing", "missingWeighted"]
        headers += codes.map { "weighted_" + $0 } + codes.map { "percent_" + $0 }
        headers += [
            "share", "standardError", "ciLow", "ciHigh", "df", "difference", "differenceStandardError", "pValue", "pValueHolm",
            "significantlyBelow", "pearsonChiSquare", "F", "ndf", "ddf", "pValueF", "chiSquareAdjusted", "chiSquareDF",
            "pValueChiSquare", "designEffectsFrom",
        ]
        var t = TextTable(headers: headers)
        func num(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }
        for q in r.questions {
            let x = q.crosstab
            let test: [String] =
                q.test.map {
                    [
                        num($0.pearsonChiSquare), num($0.f), num($0.ndf), num($0.ddf), num($0.pValueF),
                        num($0.chiSquareAdjusted), String($0.chiSquareDF), num($0.pValueChiSquare),
                        $0.designEffectsFrom.rawValue,
                    ]
                } ?? Array(repeating: "", count: 9)
            func categoryCells(_ weights: [Double]) -> [String] {
                let total = weights.reduce(0, +)
                let byCode = Dictionary(uniqueKeysWithValues: zip(x.categories.map(\.code), weights))
                return codes.map { num(byCode[$0]) } + codes.map { c in byCode[c].map { total > 0 ? "\($0 / total * 100)" : "" } ?? "" }
            }
            for (g, name) in x.groups.enumerated() {
                var row = [
                    q.question.id, name, String(x.rows[g]), String(x.answered(g)), num(x.answeredWeight(g)),
                    String(x.missingCounts[g]), num(x.missingWeighted[g]),
                ]
                row += categoryCells(x.weighted[g])
                if let s = q.shares.first(where: { $0.group == name }) {
                    row += [
                        num(s.share.estimate), num(s.share.standardError), num(s.share.confidenceInterval?.low),
                        num(s.share.confidenceInterval?.high), String(s.share.degreesOfFreedom), num(s.difference),
                        num(s.differenceStandardError), num(s.pValue), num(s.pValueHolm), s.significantlyBelow ? "true" : "false",
                    ]
                } else {
                    row += Array(repeating: "", count: 10)
                }
                t.add(row + test)
            }
            let all = (0..<x.categories.count).map { k in x.weighted.reduce(0) { $0 + $1[k] } }
            var row = [
                q.question.id, "*", String(x.rows.reduce(0, +)), String(x.groups.indices.reduce(0) { $0 + x.answered($1) }),
                num(all.reduce(0, +)), String(x.missingCounts.reduce(0, +)), num(x.missingWeighted.reduce(0, +)),
            ]
            row += categoryCells(all)
            let p = q.pooled
            row += [
                num(p.estimate), num(p.standardError), num(p.confidenceInterval?.low), num(p.confidenceInterval?.high),
                String(p.degreesOfFreedom), "", "", "", "", "",
            ]
            t.add(row + test)
        }
        return t
    }

    /// The JSON document.
    public static func json(_ r: ComparisonResult) -> JSONValue {
        func interval(_ ci: ConfidenceInterval?) -> JSONValue { ComponentReport.interval(ci) }
        func share(_ s: ShareEstimate) -> [(key: String, value: JSONValue)] {
            [
                ("share", JSONWriter.number(s.estimate)), ("standardError", JSONWriter.number(s.standardError)),
                ("confidenceInterval", interval(s.confidenceInterval)), ("degreesOfFreedom", JSONWriter.int(s.degreesOfFreedom)),
                ("answered", JSONWriter.int(s.answered)),
            ]
        }
        let questions: [JSONValue] = r.questions.map { q in
            let x = q.crosstab
            let groups: [JSONValue] = x.groups.enumerated().map { g, name in
                var pairs: [(key: String, value: JSONValue)] = [
                    ("group", .string(name)), ("respondents", JSONWriter.int(x.rows[g])),
                    ("weightedCounts", .array(x.weighted[g].map { JSONWriter.number($0) })),
                    ("counts", .array(x.counts[g].map { JSONWriter.int($0) })),
                    ("rowPercent", .array(x.categories.indices.map { JSONWriter.number(x.rowShare(g, $0).map { $0 * 100 }) })),
                    ("missing", JSONWriter.int(x.missingCounts[g])), ("missingWeighted", JSONWriter.number(x.missingWeighted[g])),
                ]
                if let s = q.shares.first(where: { $0.group == name }) {
                    pairs += share(s.share)
                    pairs += [
                        ("difference", JSONWriter.number(s.difference)),
                        ("differenceStandardError", JSONWriter.number(s.differenceStandardError)),
                        ("pValue", JSONWriter.number(s.pValue)), ("pValueHolm", JSONWriter.number(s.pValueHolm)),
                        ("significantlyBelow", .bool(s.significantlyBelow)),
                    ]
                }
                return .object(pairs)
            }
            let test: JSONValue =
                q.test.map { t in
                    .object([
                        ("rows", JSONWriter.int(t.rows)), ("columns", JSONWriter.int(t.columns)),
                        ("zeroCells", JSONWriter.int(t.zeroCells)),
                        ("pearsonChiSquare", JSONWriter.number(t.pearsonChiSquare)), ("F", JSONWriter.number(t.f)),
                        ("ndf", JSONWriter.number(t.ndf)), ("ddf", JSONWriter.number(t.ddf)), ("pValueF", JSONWriter.number(t.pValueF)),
                        ("meanDesignEffect", JSONWriter.number(t.meanDesignEffect)),
                        ("chiSquareAdjusted", JSONWriter.number(t.chiSquareAdjusted)), ("chiSquareDF", JSONWriter.int(t.chiSquareDF)),
                        ("pValueChiSquare", JSONWriter.number(t.pValueChiSquare)),
                        ("designEffectsFrom", .string(t.designEffectsFrom.rawValue)),
                    ])
                } ?? .null
            return .object([
                ("question", .string(q.question.id)),
                ("text", .object([("vi", .string(q.question.text.vi)), ("en", .string(q.question.text.en))])),
                (
                    "categories",
                    .array(
                        x.categories.map {
                            .object([("code", .string($0.code)), ("vi", .string($0.label.vi)), ("en", .string($0.label.en))])
                        })
                ),
                ("groups", .array(groups)),
                ("pooled", .object(share(q.pooled))),
                ("test", test),
                ("warnings", .array(q.warnings.map { .string($0.description) })),
            ])
        }
        return .object([
            ("questionnaire", .object([("id", .string(r.questionnaire.id)), ("version", .string(r.questionnaire.version))])),
            ("groupedBy", .string(r.groupedBy)),
            ("confidenceLevel", JSONWriter.number(r.confidenceLevel)),
            ("weighting", .string(r.weighting)),
            ("varianceMethod", .string(r.varianceMethod.en)),
            ("questions", .array(questions)),
            ("warnings", .array(r.warnings.map { .string($0.description) })),
            ("accounting", AccountingReport.json(r.accounts)),
        ])
    }
}
